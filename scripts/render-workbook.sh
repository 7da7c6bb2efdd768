#!/usr/bin/env bash
# Renders a workbook the way LibreOffice prints it: one PDF (every sheet, with its print setup) and one PNG
# per page, to look at formats, widths, wrapping, CJK glyphs and the 概览 chart without a desktop.
#
#   scripts/render-workbook.sh WORKBOOK.xlsx [OUT_DIR] [DPI]
#
# Needs: libreoffice-calc (soffice), poppler-utils (pdftoppm), fonts-noto-cjk (else CJK shows as boxes).
#   apt-get install -y libreoffice-calc poppler-utils fonts-noto-cjk
set -euo pipefail

if [[ $# -lt 1 || ! -f "$1" ]]; then
  echo "usage: $0 WORKBOOK.xlsx [OUT_DIR] [DPI]" >&2
  exit 2
fi
workbook=$1
out=${2:-target/render}
dpi=${3:-80}
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y libreoffice-calc poppler-utils)" >&2; exit 3; }
done
mkdir -p "$out"
name=$(basename "${workbook%.*}")

# A private profile: no clash with a running LibreOffice, no first-start dialogs, nothing left in $HOME.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice --headless --norestore -env:UserInstallation="file://$profile" \
  --convert-to pdf --outdir "$out" "$workbook" >/dev/null

pdftoppm -r "$dpi" -png "$out/$name.pdf" "$out/$name"
ls -1 "$out/$name".pdf "$out/$name"*.png
