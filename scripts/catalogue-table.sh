#!/usr/bin/env bash
# Regenerates the table of entries in docs/catalogue.md from the shipped catalogue, between the markers
# <!-- catalogue-table:begin --> and <!-- catalogue-table:end -->. Run from the repository root after
# editing src/main/resources/zhibiao/catalogue.tsv:
#
#   scripts/catalogue-table.sh [CATALOGUE.tsv] [DOC.md]
set -euo pipefail

catalogue=${1:-src/main/resources/zhibiao/catalogue.tsv}
doc=${2:-docs/catalogue.md}
for f in "$catalogue" "$doc"; do
  [[ -f $f ]] || { echo "no such file: $f (run from the repository root)" >&2; exit 2; }
done
grep -q '<!-- catalogue-table:begin -->' "$doc" && grep -q '<!-- catalogue-table:end -->' "$doc" \
  || { echo "$doc lacks the catalogue-table markers; add both lines where the table goes" >&2; exit 2; }

table=$(mktemp)
trap 'rm -f "$table"' EXIT
# Entries in file order (grouped as the file groups them); | inside a cell is escaped for Markdown.
awk -F'\t' '
  /^#/ || NF == 0 { next }
  !header { header = 1; next }
  {
    for (i = 1; i <= NF; i++) gsub(/\|/, "\\|", $i)
    if ($9 != group) { group = $9; count[group] = 0 }
    unit = ($7 == "") ? "—" : $7
    printf "| %s | `%s` | %s | %s | %s | %s |\n", $9, $1, $2, $3, $5, unit
  }
' "$catalogue" > "$table"
entries=$(wc -l < "$table")

awk -v table="$table" -v entries="$entries" '
  /<!-- catalogue-table:begin -->/ {
    print
    print ""
    print entries " entries."
    print ""
    print "| group | code | name | English | measure | base unit |"
    print "|---|---|---|---|---|---|"
    while ((getline row < table) > 0) print row
    print ""
    skipping = 1
    next
  }
  /<!-- catalogue-table:end -->/ { skipping = 0 }
  !skipping { print }
' "$doc" > "$doc.tmp"
mv "$doc.tmp" "$doc"
echo "$doc: $entries entries"
