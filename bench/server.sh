# Sourced by the harness scripts (run.sh, soak.sh): the packaged jar with the service's documented JVM
# settings on a fresh database, started pinned to given cores and stopped by its PID. Expects PORT;
# sets JAR, BASE, work (a temporary directory removed on exit), log, pid, dbdesc, and start()/stop().
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
BASE="http://127.0.0.1:$PORT"
work=$(mktemp -d)
log="$work/server.log"
pid=""

[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ "$(nproc)" -ge 2 ] || { echo "needs 2 cores to pin server and load generator apart" >&2; exit 2; }

# The service's documented JVM settings (README, Dockerfile); override with JAVA_OPTS.
JAVA_OPTS=${JAVA_OPTS:-"@src/main/jvm/jvm.options"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# One client on loopback measures the service, not its rate limit (which would answer it with 429s).
export MYNACARD_RATE_LIMIT_ENABLED=${MYNACARD_RATE_LIMIT_ENABLED:-false}
export QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_LEVEL=WARN QUARKUS_LOG_CATEGORY__JP_MYNACARD__LEVEL=INFO
if [ "${BENCH_DB:-embedded}" = local ]; then
  db="mynacard_bench_$$"
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db"
  export MYNACARD_DB_HOST=127.0.0.1 MYNACARD_DB_NAME=$db
  dbdesc="PostgreSQL at 127.0.0.1:5432 (fresh database $db)"
else
  export MYNACARD_EMBEDDED_DATA_DIR="$work/pgdata"
  dbdesc="embedded PostgreSQL 14 (zonky), fresh data directory"
fi

stop() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  pid=""
}
cleanup() {
  stop
  if [ "${BENCH_DB:-embedded}" = local ]; then psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Starts the server on the given cores; sets pid and ready_ms (launch to readiness).
start() {
  local started=$(date +%s%N)
  taskset -c "$1" java $JAVA_OPTS -jar "$JAR" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -sf "$BASE/q/health/ready" >/dev/null; then
      ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
      return
    fi
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  echo "server not ready" >&2; exit 1
}

# Inputs of the uncached mix (random-mix.lua): every municipality and every MIC reference date, in
# $work/areas.txt and $work/dates.txt.
mix_inputs() {
  curl -sf "$BASE/api/v1/areas?level=municipality" | grep -o '"code":"[0-9]\{6\}"' | cut -d'"' -f4 >"$work/areas.txt"
  curl -sf "$BASE/api/v1/observations?metric=cards-issued&level=prefecture&area=13&limit=100" \
    | grep -o '"date":"[0-9-]*"' | cut -d'"' -f4 | sort -u >"$work/dates.txt"
}
