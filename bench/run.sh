#!/usr/bin/env bash
# Benchmark harness: starts the packaged jar (it builds nothing: run ./mvnw -B package -DskipTests first),
# loads the dataset into a fresh database (on both cores: no load generator runs then), restarts pinned
# to core 0 to measure startup with the data present, warms up, runs wrk per scenario on core 1, stops
# the server by its PID and prints one Markdown table.
#
#   bench/run.sh                      embedded PostgreSQL in a fresh temporary directory
#   BENCH_DB=local bench/run.sh       a fresh database on the PostgreSQL at 127.0.0.1:5432
#   DURATION=10 CONNECTIONS=64 MIX_WARMUP_MIN=40 MIX_WARMUP_MAX=180 bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-64}
WARMUP=${WARMUP:-5}
# The uncached mix runs code the other scenarios barely touch, and C2 on one core takes 30 s (a fast
# machine) to 80 s (one 2.4 times slower) to compile it: it is warmed up in 10 s rounds, at least
# MIX_WARMUP_MIN seconds (early rounds can agree while still compiling), until two rounds in a row are
# within 10 % of each other, for at most MIX_WARMUP_MAX seconds.
MIX_WARMUP_MIN=${MIX_WARMUP_MIN:-40}
MIX_WARMUP_MAX=${MIX_WARMUP_MAX:-180}
PORT=${PORT:-18090}
. bench/server.sh

start 0-1
first_start_ms=$ready_ms
import_line=$(grep -o 'Bundled dataset: .*' "$log" || true)
stop
start 0

mix_inputs
etag=$(curl -sfI "$BASE/api/v1/summary" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
# What browsers send: the large answers again as the compressed bytes kept for such clients.
GZIP="Accept-Encoding: gzip, deflate, br"

scenarios=(
  "reference: /q/health/live|/q/health/live|"
  "summary|/api/v1/summary|"
  "prefecture rates, latest|/api/v1/regional-rates|"
  "municipality rates of Tokyo|/api/v1/regional-rates?parent=13|"
  "one municipality's full series|/api/v1/areas/011002/series?metric=cards-issued,cards-issued-rate|"
  "observations page (100 rows)|/api/v1/observations?metric=cards-issued&level=municipality&limit=100|"
  "CSV of all 1,741 municipalities|/api/v1/regional-rates?level=municipality&date=2022-12-31&format=csv|"
  "municipality rates of Tokyo, gzip|/api/v1/regional-rates?parent=13|$GZIP"
  "one municipality's full series, gzip|/api/v1/areas/011002/series?metric=cards-issued,cards-issued-rate|$GZIP"
  "observations page (100 rows), gzip|/api/v1/observations?metric=cards-issued&level=municipality&limit=100|$GZIP"
  "CSV of all 1,741 municipalities, gzip|/api/v1/regional-rates?level=municipality&date=2022-12-31&format=csv|$GZIP"
  "304 revalidation of summary|/api/v1/summary|If-None-Match: $etag"
  "uncached random mix|/|mix"
  "uncached random mix, gzip|/|mix-gzip"
  "reference again (drift over the run)|/q/health/live|"
)

# One 10 s round of the uncached mix (extra wrk options, such as a header, first).
mix_round() {
  taskset -c 1 wrk -t1 -c64 -d10s "$@" -s bench/random-mix.lua "$BASE/" -- "$work/areas.txt" "$work/dates.txt"
}

# Warms the mix up until its throughput is steady; sets mix_warmup (seconds spent).
warm_up_mix() {
  local previous=0 rps
  for (( mix_warmup = 10; mix_warmup <= MIX_WARMUP_MAX; mix_warmup += 10 )); do
    rps=$(mix_round | awk '/^RESULT/ { print $2 }')
    (( mix_warmup >= MIX_WARMUP_MIN )) \
      && awk -v now="$rps" -v before="$previous" 'BEGIN { exit !(now > 0.9 * before && now < 1.1 * before) }' && return
    previous=$rps
  done
  mix_warmup="$MIX_WARMUP_MAX (not steady)"
}

# JIT warm-up over every scenario first, so that no scenario pays for compiling another's code paths.
for entry in "${scenarios[@]}"; do
  IFS='|' read -r name path extra <<<"$entry"
  if [ "$extra" = mix ]; then
    warm_up_mix
  elif [ "$extra" = mix-gzip ]; then # the same code as the mix, and the compression
    mix_round -H "$GZIP" >/dev/null
  else
    taskset -c 1 wrk -t1 -c8 -d2s "$BASE$path" >/dev/null
  fi
done

# CPU time of the server (from /proc) and of wrk (bash's time) during each measured run, as a share of
# one core: a load generator near 100 % means the row measures wrk, not the server.
hz=$(getconf CLK_TCK)
server_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
TIMEFORMAT='%U %S'

rows=()
for entry in "${scenarios[@]}"; do
  IFS='|' read -r name path extra <<<"$entry"
  args=(-t1 "-c$CONNECTIONS" --latency)
  if [[ "$extra" == mix* ]]; then
    args+=(-s bench/random-mix.lua)
    [ "$extra" = mix-gzip ] && args+=(-H "$GZIP")
    target=("$BASE/" -- "$work/areas.txt" "$work/dates.txt")
  else
    args+=(-s bench/report.lua)
    [ -n "$extra" ] && args+=(-H "$extra")
    target=("$BASE$path")
  fi
  taskset -c 1 wrk "${args[@]}" "-d${WARMUP}s" "${target[@]}" >/dev/null
  before=$(server_ticks)
  { time taskset -c 1 wrk "${args[@]}" "-d${DURATION}s" "${target[@]}" >"$work/wrk.out"; } 2>"$work/wrk.cpu"
  after=$(server_ticks)
  read -r _ rps p50 p99 p999 errors status < <(grep '^RESULT' "$work/wrk.out")
  server_cpu=$(awk -v t=$((after - before)) -v hz="$hz" -v d="$DURATION" 'BEGIN { printf "%.0f %%", 100 * t / hz / d }')
  wrk_cpu=$(awk -v d="$DURATION" '{ printf "%.0f %%", 100 * ($1 + $2) / d }' "$work/wrk.cpu")
  rows+=("$name|$rps|$p50|$p99|$p999|$errors|$status|$server_cpu|$wrk_cpu")
done

# Each share against the reference measured first and against the one measured last: on a noisy
# machine the two differ, and a share is only as firm as the lower of them.
reference_start=$(cut -d'|' -f2 <<<"${rows[0]}")
reference_end=$(cut -d'|' -f2 <<<"${rows[-1]}")
echo "| scenario | requests/s | % of reference (start / end) | p50 ms | p99 ms | p99.9 ms | errors | non-2xx/3xx | server CPU | wrk CPU |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for row in "${rows[@]}"; do
  IFS='|' read -r name rps p50 p99 p999 errors status server_cpu wrk_cpu <<<"$row"
  share=$(awk -v a="$rps" -v b="$reference_start" -v c="$reference_end" 'BEGIN { printf "%.0f %% / %.0f %%", 100 * a / b, 100 * a / c }')
  echo "| $name | $rps | $share | $p50 | $p99 | $p999 | $errors | $status | $server_cpu | $wrk_cpu |"
done
rss_mb=$(( $(ps -o rss= -p "$pid") / 1024 ))
echo
echo "- database: $dbdesc; $CONNECTIONS connections, ${DURATION} s per scenario after ${WARMUP} s warm-up (JIT warm-up first: 2 s per scenario, ${mix_warmup} s of the mix, until steady); server on core 0, wrk on core 1"
echo "- first start (empty database, import included, server and database on both cores): ${first_start_ms} ms to ready; ${import_line}"
echo "- second start (dataset present, core 0): ${ready_ms} ms from launch to ready"
echo "- server RSS after the run: ${rss_mb} MB (JAVA_OPTS: '$JAVA_OPTS', MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX)"
echo "- load average after: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
