#!/usr/bin/env bash
# Records the answers to requests.txt from a running service (BASE, default http://localhost:8080), one
# NN.http file each: the status line, the headers RecordedAnswersTest compares, a blank line, the body.
# Run against a service that loaded the bundled dataset into a fresh database; RecordedAnswersTest
# replays the same requests and asserts byte-identical answers.
set -euo pipefail
cd "$(dirname "$0")"
BASE=${BASE:-http://localhost:8080}
n=0
while IFS= read -r path; do
  n=$((n + 1))
  file=$(printf '%02d.http' "$n")
  headers=$(mktemp)
  body=$(mktemp)
  curl -s -H 'Accept: */*' -D "$headers" -o "$body" "$BASE$path"
  {
    head -n1 "$headers" | tr -d '\r'
    grep -iE '^(content-type|cache-control|vary|link|content-disposition):' "$headers" | tr -d '\r' | sort -f
    echo
    cat "$body"
  } > "$file"
  rm -f "$headers" "$body"
done < requests.txt
echo "recorded $n answers"
