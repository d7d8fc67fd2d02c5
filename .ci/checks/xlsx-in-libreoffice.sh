#!/usr/bin/env bash
# Downloads all 1,741 municipalities as xlsx and opens the workbook with LibreOffice headless (converting
# its first sheet to CSV): the codes keep their leading zeros and the Japanese names are readable.
# Usage: xlsx-in-libreoffice.sh BASE_URL
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
curl -sf "$base/api/v1/regional-rates?level=municipality&date=2022-12-31&sort=code&format=xlsx" -o "$dir/municipalities.xlsx"
HOME="$dir" soffice --headless --norestore --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' \
  --outdir "$dir" "$dir/municipalities.xlsx" >/dev/null 2>&1
csv="$dir/municipalities.csv"
rows=$(($(wc -l <"$csv") - 2))
sapporo=$(grep -c '^[0-9]*,"011002","札幌市",' "$csv" || true)
[ "$rows" = 1741 ] || { echo "xlsx: LibreOffice read $rows municipalities, expected 1741"; head -5 "$csv"; exit 1; }
[ "$sapporo" = 1 ] || { echo "xlsx: 011002 札幌市 not intact"; head -5 "$csv"; exit 1; }
zeros=$(cut -d, -f2 "$csv" | grep -c '^"0' || true)
echo "xlsx: LibreOffice opened 1,741 municipalities; 011002 札幌市 intact; $zeros codes keep a leading zero"
echo "xlsx: header rows: $(head -1 "$csv" | cut -d, -f1-4) / $(sed -n 2p "$csv" | cut -d, -f1-4)"
