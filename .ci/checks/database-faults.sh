#!/usr/bin/env bash
# Database faults against a private PostgreSQL cluster this script owns (the machine's initdb/pg_ctl, as
# the postgres user, on its own port): hung by SIGSTOP and back; stopped and started again; hung, then
# stopped the moment it resumes, while the queries that waited for it run. Checks that answers in
# memory keep coming, that new ones answer 503 problem+json within 2.5 s, that the service recovers
# within 5 s of the database's return without a restart, and that nothing is logged as an error or
# printed raw. Usage: database-faults.sh JAR
set -euo pipefail
jar=$(realpath "${1:-target/quarkus-app/quarkus-run.jar}")
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pgport=55432 port=18083
work=$(mktemp -d)
chown postgres "$work"
log="$work/service.log"
pg() { runuser -u postgres -- "$bin/pg_ctl" -D "$work/data" -o "-p $pgport -k $work" -l "$work/pg.log" -w "$@" >/dev/null; }
postgres_pids() { local main; main=$(head -1 "$work/data/postmaster.pid"); echo "$main $(pgrep -P "$main" | tr '\n' ' ')"; }
cleanup() {
  [ -n "${service:-}" ] && kill "$service" 2>/dev/null && wait "$service" 2>/dev/null || true
  kill -CONT $(postgres_pids) 2>/dev/null || true
  pg stop -m immediate 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

runuser -u postgres -- "$bin/initdb" -D "$work/data" -A trust -U postgres >/dev/null
pg start
psql -h 127.0.0.1 -p "$pgport" -U postgres -qc "CREATE DATABASE mynacard"
MYNACARD_DB_HOST=127.0.0.1 MYNACARD_DB_PORT=$pgport QUARKUS_HTTP_PORT=$port MYNACARD_RATE_LIMIT_ENABLED=false \
  java -jar "$jar" >"$log" 2>&1 &
service=$!
. "$(dirname "$0")/service.sh"
wait_ready "$log"

failures=0
# request PATH EXPECTED_STATUS MAX_SECONDS: one request, its status and time checked
request() {
  local out status time
  out=$(curl -s -o "$work/body" -w '%{http_code} %{time_total}' --max-time 10 "http://127.0.0.1:$port$1" || true)
  status=${out% *} time=${out#* }
  if [ "$status" = "$2" ] && awk -v t="$time" -v m="$3" 'BEGIN { exit !(t <= m) }' \
      && { [ "$2" = 200 ] || grep -q '"type":"/problems/service-unavailable"' "$work/body"; }; then
    echo "ok   $1 -> $status in ${time}s"
  else
    echo "FAIL $1 -> $status in ${time}s (expected $2 within ${3}s): $(head -c 200 "$work/body")"; failures=$((failures + 1))
  fi
}
# recovered PATH: 200 within 5 s of the database's return
recovered() {
  local start=$SECONDS
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port$1")" = 200 ]; do
    if [ $((SECONDS - start)) -ge 5 ]; then echo "FAIL $1 did not recover within 5 s"; failures=$((failures + 1)); return; fi
    sleep 0.2
  done
  echo "ok   $1 -> 200 again $((SECONDS - start)) s after the database's return"
}

# hung_reads VINTAGE: with the database hung, three reads of a vintage not asked for before (answered
# by SQL, not from memory) answer 503 within the budget. The area directory is in memory since start,
# so the first is no longer its first use.
hung_reads() {
  request "/api/v1/issuances?asOf=$1" 503 2.5
  request "/api/v1/summary?asOf=$1" 503 2.5
  request "/api/v1/observations?metric=cards-issued&area=13&asOf=$1" 503 2.5
}

request /api/v1/summary 200 5           # computed once, kept in memory from here on
request "/api/v1/summary?asOf=30" 200 5  # a vintage: SQL
errors_before=$(grep -c ' ERROR ' "$log" || true)

echo "-- hung (SIGSTOP) --"
kill -STOP $(postgres_pids)
request /api/v1/summary 200 1
hung_reads 31
kill -CONT $(postgres_pids)
recovered "/api/v1/summary?asOf=31"

echo "-- down (pg_ctl stop) --"
pg stop -m fast
request /api/v1/summary 200 1
request "/api/v1/summary?asOf=32" 503 2.5
pg start
recovered "/api/v1/summary?asOf=32"

echo "-- stopped while the queries that waited run (pg_ctl stop right after SIGCONT) --"
kill -STOP $(postgres_pids)
hung_reads 33
kill -CONT $(postgres_pids)
pg stop -m fast
pg start
recovered "/api/v1/summary?asOf=33"

errors_after=$(grep -c ' ERROR ' "$log" || true)
# Stack frames, and exceptions printed raw (without the log's format) by a library.
traces=$(grep -cE '^	at |^[a-z][a-zA-Z0-9_.]*\.[A-Z][a-zA-Z0-9_]*(Exception|Error)' "$log" || true)
echo "faults: $((errors_after - errors_before)) ERROR lines and $traces stack-trace lines logged during the faults"
[ "$((errors_after - errors_before))" = 0 ] && [ "$traces" = 0 ] || { echo "FAIL errors logged"; failures=$((failures + 1)); }
[ "$failures" = 0 ] || { echo "faults: $failures check(s) failed"; tail -30 "$log"; exit 1; }
echo "faults: every check passed"
