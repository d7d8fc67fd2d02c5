#!/usr/bin/env bash
# Graceful shutdown under load: the packaged service (on a fresh database of the PostgreSQL at
# 127.0.0.1:5432) gets SIGTERM while 8 requests that each need the database (half its pool) are in flight. Checks
# that every one of them is answered in full (200, a complete JSON body); that a request sent during
# the drain is either answered in full with "Connection: close" (Quarkus serves what reaches it while
# draining, and closes the connection, so that a client moves on to another instance) or refused once
# the port is closed, never cut off; and that the process exits within the drain timeout
# (quarkus.shutdown.timeout, 10 s). Usage: graceful-shutdown.sh JAR
set -euo pipefail
jar=$(realpath "${1:-target/quarkus-app/quarkus-run.jar}")
port=18084
work=$(mktemp -d)
. "$(dirname "$0")/service.sh"
fresh_database mynacard_shutdown
start_service "$jar"

# Each request a vintage the service has not answered yet: computed by SQL, none from memory.
requests=8
for n in $(seq 1 $requests); do
  curl -s -o "$work/body.$n" -w '%{http_code}' --max-time 30 \
    "http://127.0.0.1:$port/api/v1/observations?metric=cards-issued,cards-issued-rate&level=prefecture&asOf=$(( n + 30 ))" \
    >"$work/status.$n" &
done
sleep 0.1
signalled=$(date +%s%N)
kill -TERM "$service"
sleep 1
late=$(curl -s -D "$work/late.headers" -o "$work/late.json" -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/api/v1/summary" || true)
if [ "$late" = 200 ] && grep -qi '^connection: close' "$work/late.headers" \
    && python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["tiles"]' "$work/late.json" 2>/dev/null; then
  late="200 in full, Connection: close"
fi
wait $(jobs -p | grep -v "^$service$") 2>/dev/null || true
exit_status=0
wait "$service" || exit_status=$?
stopped_ms=$(( ($(date +%s%N) - signalled) / 1000000 ))
service=""

failures=0
answered=0
for n in $(seq 1 $requests); do
  status=$(cat "$work/status.$n")
  if [ "$status" = 200 ] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["data"]' "$work/body.$n" 2>/dev/null; then
    answered=$((answered + 1))
  else
    echo "shutdown: in-flight request $n answered '$status'"; failures=$((failures + 1))
  fi
done
echo "shutdown: $answered of $requests in-flight requests answered in full; a request 1 s after SIGTERM: $late (000: refused);" \
  "the process exited with $exit_status after ${stopped_ms} ms"
[[ "$late" == 000 || "$late" == "200 in full, Connection: close" ]] \
  || { echo "shutdown: a request sent during the drain was answered '$late'"; failures=$((failures + 1)); }
(( stopped_ms < 12000 )) || { echo "shutdown: took ${stopped_ms} ms"; failures=$((failures + 1)); }
if grep -E 'ERROR|Exception' "$work/service.log" >/dev/null; then
  echo "shutdown: errors in the log:"; grep -E 'ERROR|Exception' "$work/service.log" | head -5; failures=$((failures + 1))
fi
exit $(( failures > 0 ))
