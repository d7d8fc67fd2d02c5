#!/usr/bin/env bash
# kill -9 during a large upload, twice: once while the body is still arriving (sent at 100 kB/s), once
# while its import transaction is open in the database. After each: no release and no figure of it in
# the database, and after a restart no upload temp file left; then the same upload succeeds (201). The
# upload is three bundled long-format files, each with its first card count changed by one (a crafted
# revision, in this check's own database on the PostgreSQL at 127.0.0.1:5432). Usage: killed-upload.sh JAR
set -euo pipefail
jar=$(realpath "${1:-target/quarkus-app/quarkus-run.jar}")
cd "$(dirname "$0")/../.."
port=18085
work=$(mktemp -d)
. .ci/checks/service.sh
key="killed-upload-$RANDOM$RANDOM"
export MYNACARD_API_KEYS="ops:write:$(printf %s "$key" | sha256sum | cut -d' ' -f1)"
fresh_database mynacard_killed
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -tAc "$1"; }
mkdir -p "$work/tmp" "$work/upload"
start() { start_service "$jar" -Djava.io.tmpdir="$work/tmp"; }
upload() { # extra curl options
  curl -s -o "$work/answer.json" -w '%{http_code}' -H "Authorization: Bearer $key" "$@" \
    $(for f in "$work"/upload/*.csv; do printf -- '-F file=@%s ' "$f"; done) "http://127.0.0.1:$port/api/v1/releases" || true
}
for f in national_by_age_sex.csv municipality_issuance_2022-12-31.csv prefecture_issuance.csv; do
  python3 - "data/$f" "$work/upload/$f" <<'PY'
import csv, io, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
column = rows[0].index("issued_cumulative")
rows[1][column] = str(int(rows[1][column]) + 1)
out = io.StringIO(); csv.writer(out, lineterminator="\n").writerows(rows)
open(sys.argv[2], "w", encoding="utf-8", newline="").write(out.getvalue())
PY
done
failures=0
fail() { echo "killed-upload: $*"; failures=$((failures + 1)); }

start
state() { echo "$(sql 'SELECT count(*) FROM release') releases, $(sql 'SELECT count(*) FROM observation') figures"; }
before=$(state)

# 1. Killed while the body arrives.
upload --limit-rate 100k >/dev/null &
sleep 2
spooled=$(find "$work/tmp/mynacard-uploads" -type f | wc -l)
kill -9 "$service"; wait "$service" 2>/dev/null || true; service=""
wait || true
[ "$(state)" = "$before" ] || fail "after a kill mid-body the database holds $(state), was $before"
echo "killed-upload: killed mid-body with $spooled file(s) spooled; database unchanged: $(state)"
start
left=$(find "$work/tmp/mynacard-uploads" -mindepth 1 -maxdepth 1 ! -name "$service" | wc -l)
[ "$left" = 0 ] || fail "$left upload spool(s) of the killed process left after the restart"

# 2. Killed while the import's transaction is open.
upload >/dev/null &
killed=""
for _ in $(seq 1 400); do
  if [ "$(sql "SELECT count(*) FROM pg_stat_activity WHERE datname = '$db' AND xact_start IS NOT NULL AND pid <> pg_backend_pid() AND query ILIKE '%observation%'")" != 0 ]; then
    kill -9 "$service"; killed=yes; break
  fi
  sleep 0.02
done
wait "$service" 2>/dev/null || true; service=""
wait || true
[ -n "$killed" ] || fail "the import's transaction was never seen open"
[ "$(state)" = "$before" ] || fail "after a kill mid-import the database holds $(state), was $before"
echo "killed-upload: killed mid-import; database unchanged: $(state)"
start
left=$(find "$work/tmp/mynacard-uploads" -mindepth 1 -maxdepth 1 ! -name "$service" | wc -l)
[ "$left" = 0 ] || fail "$left upload spool(s) of the killed process left after the restart"

# 3. The same upload now succeeds, and leaves no temp file behind.
status=$(upload)
created=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["created"]))' "$work/answer.json" 2>/dev/null || echo 0)
[ "$status" = 201 ] && [ "$created" = 3 ] || fail "the upload afterwards answered $status with $created release(s) created"
spooled=$(find "$work/tmp/mynacard-uploads" -type f | wc -l)
[ "$spooled" = 0 ] || fail "$spooled upload temp file(s) left after a successful upload"
echo "killed-upload: the same upload then answered $status with $created releases; now $(state); $spooled temp files"
exit $(( failures > 0 ))
