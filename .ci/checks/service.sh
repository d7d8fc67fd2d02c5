# Sourced by the checks that run the packaged service: a fresh database on the PostgreSQL at
# 127.0.0.1:5432 (dropped on exit), the service started on it, and the wait for its readiness.
# Expects work (a temporary directory) and port; sets db and service.

# fresh_database PREFIX: a database of this run's own, dropped (and the service killed) on exit.
fresh_database() {
  db="$1_$$"
  psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $db"
  trap 'stop_all' EXIT
}

stop_all() {
  [ -n "${service:-}" ] && kill -9 "$service" 2>/dev/null || true
  [ -n "${db:-}" ] && psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null || true
  rm -rf "$work"
}

# start_service JAR [JAVA_OPTION...]: the service on $db, its log appended to $work/service.log.
start_service() {
  local jar=$1
  shift
  MYNACARD_DB_HOST=127.0.0.1 MYNACARD_DB_NAME=$db QUARKUS_HTTP_PORT=$port MYNACARD_RATE_LIMIT_ENABLED=false \
    java "$@" -jar "$jar" >>"$work/service.log" 2>&1 &
  service=$!
  wait_ready "$work/service.log"
}

# wait_ready LOG: up to 3 minutes for readiness; else the log's tail and exit 1.
wait_ready() {
  for i in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && return
    [ "$i" = 180 ] && { echo "$(basename "$0"): the service did not become ready"; tail -20 "$1"; exit 1; }
    sleep 1
  done
}
