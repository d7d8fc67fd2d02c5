#!/usr/bin/env bash
# Soak: DURATION seconds (600) of mixed reads (bench/soak-mix.lua) at CONNECTIONS (64), each waiting
# SOAK_THINK_MS (20) between its requests, after WARMUP seconds (60) of the same, against the packaged jar on a fresh database, while an operator publishes
# two releases and retracts one, at 1/4, 1/2 and 3/4 of the run. The reads run as wrk rounds of ROUND
# seconds (10), so that the rounds with a change in them show their own latency instead of being
# averaged into ten minutes. Server on core 0, wrk on core 1. Fails unless: no error and no non-2xx/3xx
# answer in any round, p99 of every round under P99_LIMIT_MS (50), every change answered 201/200 and
# seen by the very next read (no stale answer). Prints a Markdown report (rounds, changes, RSS).
#
#   bench/soak.sh                              the PostgreSQL at 127.0.0.1:5432, a fresh database
#   BENCH_DB=embedded DURATION=120 bench/soak.sh
#
# The releases are crafted revisions of a real table (all_prefectures.csv of MIC's 2022-12-31 set with
# Tokyo's card count changed) published into the soak's own throwaway database, as PublishingTest does.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-600}
WARMUP=${WARMUP:-60}
ROUND=${ROUND:-10}
CONNECTIONS=${CONNECTIONS:-64}
export SOAK_THINK_MS=${SOAK_THINK_MS:-20}
P99_LIMIT_MS=${P99_LIMIT_MS:-50}
PORT=${PORT:-18094}
BENCH_DB=${BENCH_DB:-local}
key="soak-$RANDOM-$RANDOM-$RANDOM"
MYNACARD_API_KEYS="soak:write:$(printf %s "$key" | sha256sum | cut -d' ' -f1)"
export MYNACARD_API_KEYS
. bench/server.sh

SET=data/mic-c4j/20221231
TOKYO="/api/v1/observations?metric=cards-issued&area=13&date=2022-12-31"
BUNDLED_TOKYO=7985934

start "${SERVER_CORES:-0}"
mix_inputs
rss() { echo $(( $(ps -o rss= -p "$pid") / 1024 )); }
rss_start=$(rss)

round() { # seconds
  taskset -c 1 wrk -t1 "-c$CONNECTIONS" "-d$1s" --latency -s bench/soak-mix.lua "$BASE/" -- "$work/areas.txt" "$work/dates.txt" \
    | awk '/^RESULT/ { print $2, $4, $6, $7 }'
}

# The Tokyo figure and release the next read answers with.
tokyo() { curl -sf "$BASE$TOKYO" | python3 -c 'import json,sys; d=json.load(sys.stdin)["data"][0]; print(d["value"], d["release"])'; }

# publish COUNT: a revision of the set in which Tokyo holds COUNT cards; prints "status seconds release"
publish() {
  sed "s/13794933,$BUNDLED_TOKYO,57.9/13794933,$1,57.9/" "$SET/all_prefectures.csv" >"$work/all_prefectures.csv"
  grep -q "13794933,$1,57.9" "$work/all_prefectures.csv"
  curl -s -o "$work/publish.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $key" \
    -F "file=@$work/all_prefectures.csv" -F "file=@$SET/all_localgovs.csv" \
    -F "file=@$SET/summary_by_types.csv" -F "file=@$SET/demographics.csv" "$BASE/api/v1/releases"
  echo " $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["created"][0]["releaseId"])' "$work/publish.json" 2>/dev/null || echo -)"
}
retract() { # ID
  curl -s -o /dev/null -w '%{http_code} %{time_total}' -X DELETE -H "Authorization: Bearer $key" \
    "$BASE/api/v1/releases/$1?reason=soak+test+retraction"
  echo
}

# The operator: each change, then at once the read that must already show it.
operator() {
  local quarter=$(( DURATION / 4 )) status seconds id first
  sleep "$quarter"
  read -r status seconds first < <(publish 7985940)
  echo "publish (Tokyo 7,985,940)|$status|$seconds|$(tokyo)|7985940 $first"
  sleep "$quarter"
  read -r status seconds id < <(publish 7985946)
  echo "publish (Tokyo 7,985,946)|$status|$seconds|$(tokyo)|7985946 $id"
  sleep "$quarter"
  read -r status seconds < <(retract "$id")
  echo "retract release $id|$status|$seconds|$(tokyo)|7985940 $first"
}

for (( s = 0; s < WARMUP; s += ROUND )); do round "$ROUND" >/dev/null; done
operator >"$work/changes" &
operator_pid=$!
began=$(date +%s)
: >"$work/rounds"
while (( $(date +%s) - began < DURATION )); do
  echo "$(( $(date +%s) - began )) $(round "$ROUND")" >>"$work/rounds"
done
wait "$operator_pid" || echo "FAIL: the operator stopped early" >&2
rss_end=$(rss)
[ -n "${KEEP_LOG:-}" ] && cp "$log" "$KEEP_LOG"

failed=0
echo "| round start (s) | requests/s | p99 ms | errors | non-2xx/3xx |"
echo "|---|---|---|---|---|"
while read -r at rps p99 errors status; do
  echo "| $at | $rps | $p99 | $errors | $status |"
  awk -v p="$p99" -v l="$P99_LIMIT_MS" 'BEGIN { exit !(p >= l) }' && { echo "FAIL: p99 $p99 ms in the round at $at s" >&2; failed=1; }
  [ "$errors" = 0 ] && [ "$status" = 0 ] || { echo "FAIL: $errors errors, $status non-2xx/3xx in the round at $at s" >&2; failed=1; }
done <"$work/rounds"
echo
echo "| change | status | seconds | next read (value release) | expected |"
echo "|---|---|---|---|---|"
while IFS='|' read -r change status seconds seen expected; do
  echo "| $change | $status | $seconds | $seen | $expected |"
  [[ "$status" == 20[01] ]] || { echo "FAIL: $change answered $status" >&2; failed=1; }
  [ "$seen" = "$expected" ] || { echo "FAIL: stale answer after $change: $seen, expected $expected" >&2; failed=1; }
done <"$work/changes"
[ "$(wc -l <"$work/changes")" = 3 ] || { echo "FAIL: the operator made $(wc -l <"$work/changes") of 3 changes" >&2; failed=1; }
summary=$(awk '{ n++; r += $2; if ($3 > p) p = $3 } END { printf "%d rounds, mean %.0f requests/s, worst round p99 %.2f ms", n, r / n, p }' "$work/rounds")
echo
echo "- $summary; $CONNECTIONS connections, ${SOAK_THINK_MS} ms between a connection's requests; ${WARMUP} s warm-up first; database: $dbdesc"
echo "- server RSS: ${rss_start} MB at the start, ${rss_end} MB at the end (JAVA_OPTS: '$JAVA_OPTS')"
echo "- ERROR lines in the server log: $(grep -c ERROR "$log" || true)"
echo "- load average after: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
exit "$failed"
