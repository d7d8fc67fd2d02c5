#!/usr/bin/env bash
# A/B of two packaged builds on a noisy machine: both servers run side by side pinned to core 0, each
# with its own fresh embedded PostgreSQL, and wrk (core 1) measures them in turn, 10 s rounds
# alternating A, B, A, B..., after warming both up. Prints each round and the median of each side.
#
#   bench/ab.sh A_JAR B_JAR [ROUNDS]       the uncached mix (bench/random-mix.lua)
#   PATHQ=/api/v1/areas/011002/series?metric=cards-issued,cards-issued-rate bench/ab.sh A_JAR B_JAR
#                                          one fixed request instead (answered from memory)
#   B_JAVA_OPTS="... -XX:TieredStopAtLevel=1" bench/ab.sh JAR JAR
#                                          one build under two JVM settings (B's; A has JAVA_OPTS)
set -euo pipefail
cd "$(dirname "$0")/.."
A_JAR=$1 B_JAR=$2 ROUNDS=${3:-5}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
JAVA_OPTS=${JAVA_OPTS:-"@src/main/jvm/jvm.options"}
B_JAVA_OPTS=${B_JAVA_OPTS:-$JAVA_OPTS}
export MALLOC_ARENA_MAX=2 QUARKUS_LOG_LEVEL=WARN
# One client on loopback measures the service, not its rate limit (which would answer it with 429s).
export MYNACARD_RATE_LIMIT_ENABLED=${MYNACARD_RATE_LIMIT_ENABLED:-false}
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

start() { # jar port name JVM-options
  MYNACARD_EMBEDDED_DATA_DIR="$work/$3-pg" QUARKUS_HTTP_PORT=$2 taskset -c 0 java $4 -jar "$1" >"$work/$3.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 900); do
    curl -sf "http://127.0.0.1:$2/q/health/ready" >/dev/null && return
    sleep 0.2
  done
  echo "$3 not ready" >&2; cat "$work/$3.log" >&2; exit 1
}
start "$A_JAR" 18091 A "$JAVA_OPTS"
start "$B_JAR" 18092 B "$B_JAVA_OPTS"
curl -sf "http://127.0.0.1:18091/api/v1/areas?level=municipality" | grep -o '"code":"[0-9]\{6\}"' | cut -d'"' -f4 >"$work/areas.txt"
curl -sf "http://127.0.0.1:18091/api/v1/observations?metric=cards-issued&level=prefecture&area=13&limit=100" \
  | grep -o '"date":"[0-9-]*"' | cut -d'"' -f4 | sort -u >"$work/dates.txt"

round() { # port seconds
  if [ -n "${PATHQ:-}" ]; then
    taskset -c 1 wrk -t1 -c64 "-d$2s" "http://127.0.0.1:$1$PATHQ" | awk '/Requests\/sec/ { print $2 }'
  else
    taskset -c 1 wrk -t1 -c64 "-d$2s" -s bench/random-mix.lua "http://127.0.0.1:$1/" -- "$work/areas.txt" "$work/dates.txt" \
      | awk '/^RESULT/ { print $2 }'
  fi
}
for _ in 1 2 3 4 5 6; do round 18091 10 >/dev/null; round 18092 10 >/dev/null; done # JIT warm-up, 60 s each
a=() b=()
for i in $(seq 1 "$ROUNDS"); do
  a+=("$(round 18091 10)"); b+=("$(round 18092 10)")
  echo "round $i: A ${a[-1]} req/s, B ${b[-1]} req/s"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ma=$(median "${a[@]}") mb=$(median "${b[@]}")
echo "median: A $ma req/s, B $mb req/s, B/A $(awk -v a="$ma" -v b="$mb" 'BEGIN { printf "%.0f %%", 100 * b / a }')"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
