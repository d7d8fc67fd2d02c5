#!/usr/bin/env bash
# Scale out: two instances of the packaged service on one PostgreSQL (a fresh database at 127.0.0.1:5432)
# behind HAProxy on loopback, which routes by readiness. While wrk reads through HAProxy, a release is
# published through one instance; within 1 s both answer with it (the same ETag, the new Tokyo figure),
# as does HAProxy, and no request fails meanwhile. A release stream open on the other instance announces
# it within 1 s, and a stream resumed on the first with the Last-Event-ID the second gave sends it too. The release is a crafted revision of a real table
# (all_prefectures.csv of MIC's 2022-12-31 set with Tokyo's card count changed by one), as the soak's.
# Usage: two-replicas.sh JAR
set -euo pipefail
jar=$(realpath "${1:-target/quarkus-app/quarkus-run.jar}")
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
. .ci/checks/service.sh
key="replicas-$RANDOM$RANDOM"
export MYNACARD_API_KEYS="ops:write:$(printf %s "$key" | sha256sum | cut -d' ' -f1)"
fresh_database mynacard_replicas
first=18086 second=18087 balancer=18088
replicas=()
stop_replicas() {
  kill "${pollers[@]}" 2>/dev/null || true
  [ -n "${haproxy:-}" ] && kill "$haproxy" 2>/dev/null || true
  for pid in "${replicas[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  stop_all
}
trap stop_replicas EXIT
for port in $first $second; do
  start_service "$jar"
  replicas+=("$service")
  mv "$work/service.log" "$work/replica-$port.log"
done
service=""

cat >"$work/haproxy.cfg" <<CFG
global
  log stderr format short local0 warning
defaults
  mode http
  timeout connect 1s
  timeout client 30s
  timeout server 30s
  retry-on conn-failure empty-response 503
  retries 2
backend replicas
  balance roundrobin
  option httpchk GET /q/health/ready
  http-check expect status 200
  default-server check inter 500ms fall 2 rise 1
  server first 127.0.0.1:$first
  server second 127.0.0.1:$second
frontend api
  bind 127.0.0.1:$balancer
  default_backend replicas
CFG
haproxy -f "$work/haproxy.cfg" -db >"$work/haproxy.log" 2>&1 &
haproxy=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$balancer/q/health/ready" >/dev/null && break; sleep 0.1; done

TOKYO="/api/v1/observations?metric=cards-issued&area=13&date=2022-12-31"
answer() { # PORT: "ETag value release" of Tokyo's figure
  curl -s -D "$work/headers" "http://127.0.0.1:$1$TOKYO" -o "$work/body"
  printf '%s %s\n' "$(sed -n 's/^[Ee][Tt]ag: *//p' "$work/headers" | tr -d '\r')" \
    "$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["data"][0]; print(d["value"], d["release"])' "$work/body")"
}
before=$(answer $first)
[ "$before" = "$(answer $second)" ] || { echo "replicas: the two instances differ before the publish"; exit 1; }

# Reads through HAProxy for the whole change: summary, Tokyo's figure and the prefecture ranking.
cat >"$work/reads.lua" <<'LUA'
local paths = { "/api/v1/summary", "/api/v1/observations?metric=cards-issued&area=13&date=2022-12-31",
  "/api/v1/regional-rates?level=prefecture", "/api/v1/releases" }
local n = 0
request = function() n = n + 1; return wrk.format("GET", paths[n % #paths + 1]) end
LUA
wrk -t1 -c8 -d8s -s "$work/reads.lua" "http://127.0.0.1:$balancer" >"$work/wrk.txt" 2>&1 &
reads=$!
sleep 2

poll() { # PORT: "nanoseconds ETag" lines
  while :; do
    printf '%s %s\n' "$(date +%s%N)" "$(curl -s -o /dev/null -w '%header{etag}' "http://127.0.0.1:$1$TOKYO")"
    sleep 0.01
  done
}
pollers=()
for port in $first $second; do
  poll $port >"$work/poll.$port" &
  pollers+=($!)
done

# A release stream on the second instance, each line stamped with when it arrived.
python3 -u -c '
import sys, time, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=30) as stream:
    for line in stream:
        print(time.time_ns(), line.decode().rstrip(), flush=True)
' "http://127.0.0.1:$second/api/v1/releases/stream" >"$work/stream.$second" 2>&1 &
pollers+=($!)
for _ in $(seq 1 50); do grep -q "event:ready" "$work/stream.$second" && break; sleep 0.1; done
ready_id=$(awk '$2 ~ /^id:/ { sub(/^id:/, "", $2); print $2; exit }' "$work/stream.$second")
[ -n "$ready_id" ] || { echo "replicas: the stream on :$second sent no ready event"; cat "$work/stream.$second"; exit 1; }

SET=data/mic-c4j/20221231
sed "s/13794933,7985934,57.9/13794933,7985935,57.9/" "$SET/all_prefectures.csv" >"$work/all_prefectures.csv"
grep -q "13794933,7985935,57.9" "$work/all_prefectures.csv"
status=$(curl -s -o "$work/publish.json" -w '%{http_code}' -H "Authorization: Bearer $key" \
  -F "file=@$work/all_prefectures.csv" -F "file=@$SET/all_localgovs.csv" \
  -F "file=@$SET/summary_by_types.csv" -F "file=@$SET/demographics.csv" "http://127.0.0.1:$first/api/v1/releases")
published=$(date +%s%N)
[ "$status" = 201 ] || { echo "replicas: the publish answered $status"; cat "$work/publish.json"; exit 1; }
release=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["created"][0]["releaseId"])' "$work/publish.json")

# When each instance first answered with another ETag than before, from pollers started before the
# publish (curl alone, every 10 ms, so that the harness's own work does not hide the moment).
etag_before=${before%% *}
seen_ms=""
for _ in $(seq 1 250); do
  firsts=()
  for port in $first $second; do
    firsts+=("$(awk -v old="$etag_before" '$2 != "" && $2 != old { print $1; exit }' "$work/poll.$port")")
  done
  if [ -n "${firsts[0]}" ] && [ -n "${firsts[1]}" ]; then
    latest=$(printf '%s\n' "${firsts[@]}" | sort -n | tail -1)
    seen_ms=$(( (latest - published) / 1000000 )); (( seen_ms > 0 )) || seen_ms=0
    break
  fi
  sleep 0.02
done
announced_ms=""
for _ in $(seq 1 100); do
  at=$(awk -v id="id:release-$release" '$2 == id { print $1; exit }' "$work/stream.$second")
  if [ -n "$at" ]; then announced_ms=$(( (at - published) / 1000000 )); (( announced_ms > 0 )) || announced_ms=0; break; fi
  sleep 0.02
done
kill "${pollers[@]}" 2>/dev/null || true
resumed=$(curl -sN --max-time 2 -H "Last-Event-ID: $ready_id" "http://127.0.0.1:$first/api/v1/releases/stream" || true)
[ -n "$seen_ms" ] || { echo "replicas: after 5 s, an instance still answers with ETag $etag_before"; exit 1; }
a=$(answer $first) b=$(answer $second)
[ "$a" = "$b" ] && [[ "$a" == *" 7985935 $release" ]] \
  || { echo "replicas: $first answers '$a' and $second '$b' (release $release)"; exit 1; }
through=$(for _ in 1 2 3 4; do answer $balancer; done | sort -u)
wait "$reads" || { echo "replicas: wrk failed:"; cat "$work/wrk.txt"; exit 1; }

# /q/metrics after a load: the two instances' counts for the route equal what wrk sent through HAProxy
# (give or take the requests still in flight when wrk stopped, at most one per connection).
counted() { # the instances' request count of the regional-rates route, all statuses
  for port in $first $second; do curl -s "http://127.0.0.1:$port/q/metrics"; done \
    | awk '/^http_server_requests_seconds_count\{.*uri="\/api\/v1\/regional-rates"/ { n += $NF } END { printf "%d\n", n }'
}
counted_before=$(counted)
wrk -t1 -c4 -d3s "http://127.0.0.1:$balancer/api/v1/regional-rates?level=municipality&parent=47" >"$work/wrk-metrics.txt" 2>&1
sent=$(awk '/requests in/ { print $1 }' "$work/wrk-metrics.txt")
counted_after=$(counted)

failures=0
(( counted_after - counted_before >= sent && counted_after - counted_before <= sent + 4 )) \
  || { echo "replicas: /q/metrics counted $(( counted_after - counted_before )) regional-rates requests, wrk sent $sent"; failures=1; }
(( seen_ms <= 1000 )) || { echo "replicas: both answered with the new release only after $seen_ms ms"; failures=1; }
[ "$through" = "$a" ] || { echo "replicas: through HAProxy: $through"; failures=1; }
[ -n "$announced_ms" ] && (( announced_ms <= 1000 )) \
  || { echo "replicas: the stream on :$second announced release $release after '${announced_ms:-never}' ms"; failures=1; }
grep -q "^id:release-$release\$" <<<"$resumed" \
  || { echo "replicas: a stream resumed on :$first after $ready_id did not send release $release: $resumed"; failures=1; }
requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
if grep -qE 'Non-2xx|Socket errors' "$work/wrk.txt"; then
  echo "replicas: reads failed during the change:"; grep -E 'Non-2xx|Socket errors' "$work/wrk.txt"; failures=1
fi
if grep -hE 'ERROR|Exception' "$work"/replica-*.log >/dev/null; then
  echo "replicas: errors in a log:"; grep -hE 'ERROR|Exception' "$work"/replica-*.log | head -5; failures=1
fi
echo "replicas: release $release published through :$first; both instances answered with it (ETag ${a%% *})" \
  "$seen_ms ms after the 201 (0: before it), and HAProxy too; the stream on :$second announced it after $announced_ms ms" \
  "and one resumed on :$first after $ready_id sent it; $requests reads through HAProxy during the change, none failed;" \
  "/q/metrics counted $(( counted_after - counted_before )) requests of /api/v1/regional-rates where wrk sent $sent"
exit $failures
