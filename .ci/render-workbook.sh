#!/usr/bin/env bash
# Opens the workbooks FriendlyGov writes in a real spreadsheet program: writes the sample ranking
# as .xlsx with `friendlygov report --format xlsx` and an evidence workbook with
# `friendlygov workbook new`, converts both to PDF with LibreOffice headless, renders the first
# page of each to PNG with pdftoppm and fails when a conversion fails or a page is blank
# (.ci/png-check.py). Prints one line per workbook.
#
# Installs Debian's libreoffice-calc-nogui and poppler-utils with apt-get when soffice or pdftoppm
# is missing (CI runs as root). Keeps the PDFs and PNGs in $FRIENDLYGOV_RENDER_OUT when set.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "render-workbook: ERROR: $*" >&2; exit 1; }

if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  echo "render-workbook: soffice or pdftoppm is not on PATH: installing libreoffice-calc-nogui and poppler-utils"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || fail "apt-get update failed"
  apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui poppler-utils fonts-dejavu-core >/dev/null \
    || fail "apt-get install libreoffice-calc-nogui poppler-utils failed"
  command -v soffice >/dev/null 2>&1 || fail "soffice is still not on PATH after installing it"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${FRIENDLYGOV_RENDER_OUT:-$work/out}
mkdir -p "$out"

cli() { dotnet run --project src/FriendlyGov.Cli -c Release -- "$@"; }
cli report samples/evidence/*.json --out "$work/reports" --format xlsx >"$work/report.out" 2>&1 \
  || { cat "$work/report.out" >&2; fail "friendlygov report --format xlsx failed"; }
ranking=$(tail -n 1 "$work/report.out")
[[ $ranking == "$work/reports/ranking.xlsx" && -f $ranking ]] || fail "friendlygov report did not write $work/reports/ranking.xlsx (it printed: $ranking)"

printf 'code,name,kind,province\n25996,Phường Tân Phong,phuong,Đồng Nai\n26089,Xã Bình Lộc,xa,Đồng Nai\n' >"$work/units.csv"
cli workbook new --framework dongnai-friendly-government@2024.1 --units "$work/units.csv" --period 2024 \
  --out "$work/evidence-workbook.xlsx" >"$work/new.out" 2>&1 || { cat "$work/new.out" >&2; fail "friendlygov workbook new failed"; }

for book in "$ranking" "$work/evidence-workbook.xlsx"; do
  name=$(basename "$book" .xlsx)
  # A profile of its own, so a LibreOffice already running for someone else is not reused.
  timeout 180 soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$out" "$book" \
    >"$work/$name.soffice.log" 2>&1 || { cat "$work/$name.soffice.log" >&2; fail "LibreOffice could not convert $name.xlsx"; }
  [[ -s $out/$name.pdf ]] || { cat "$work/$name.soffice.log" >&2; fail "LibreOffice wrote no PDF for $name.xlsx"; }
  pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$out/$name.pdf" "$out/$name" || fail "pdftoppm could not render $name.pdf"
  check=$(python3 .ci/png-check.py "$out/$name.png") || fail "$name.xlsx renders as a blank page: $check"
  echo "render-workbook: $name.xlsx: $check"
done
