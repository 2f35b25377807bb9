#!/usr/bin/env bash
# Renders the sample reports in a real browser: writes them with `friendlygov report` and with the
# Đồng Nai sample (the README's first command), takes a headless Chromium screenshot of each
# index.html and of one unit's page, and fails when a page is
# missing, blank, lacks its charts or unit names, or the browser reports an error. The sample's
# unit pages must show each indicator's self-assessed, appraised and difference figures and each
# cap's reason as its result bundle (.friendlygov/report/result.json) records them, and
# `friendlygov result verify` must pass on that bundle.
#
# Installs Debian's chromium with apt-get when it is not on PATH (CI runs as root). Prints one
# line per page rendered. Keeps the PNGs in $FRIENDLYGOV_RENDER_OUT when that is set.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "render-reports: ERROR: $*" >&2; exit 1; }

if ! command -v chromium >/dev/null 2>&1; then
  echo "render-reports: chromium is not on PATH: installing Debian's chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || fail "apt-get update failed"
  # A font with Vietnamese glyphs, so the screenshots show the text rather than empty boxes.
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null \
    || fail "apt-get install chromium failed"
  command -v chromium >/dev/null 2>&1 || fail "chromium is still not on PATH after installing it"
fi
command -v python3 >/dev/null 2>&1 || fail "python3 is needed to decode the screenshots"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="$work/reports"
pngs=${FRIENDLYGOV_RENDER_OUT:-$work/png}
mkdir -p "$pngs"

dotnet run --project src/FriendlyGov.Cli -c Release -- report samples/evidence/*.json --out "$out" >"$work/report.out" 2>&1 \
  || { cat "$work/report.out" >&2; fail "friendlygov report failed"; }
index=$(tail -n 1 "$work/report.out")
[[ $index == "$out/index.html" && -f $index ]] || fail "friendlygov report did not print the path of $out/index.html (it printed: $index)"

# The unit names the pages must show, read from the sample evidence.
mapfile -t names < <(python3 -c '
import json, sys
for path in sys.argv[1:]:
    print(json.load(open(path, encoding="utf-8"))["unit"]["name"])' samples/evidence/*.json)
units=("$out"/units/*.html)
first_unit=${units[0]}
first_name=$(python3 -c '
import json, glob, os, sys
code = os.path.basename(sys.argv[1])[:-5]
for path in sorted(glob.glob("samples/evidence/*.json")):
    unit = json.load(open(path, encoding="utf-8"))["unit"]
    if unit["code"] == code: print(unit["name"])' "$first_unit")

chromium_run() { # chromium_run PROFILE-DIR ARGS...: the flags every run shares
  local profile=$1; shift
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --no-default-browser-check \
    --user-data-dir="$profile" "$@"
}

render() { # render PAGE NAME EXPECTED-TEXT...
  local page=$1 name=$2; shift 2
  local png="$pngs/$name.png" dom="$work/$name.dom.html" log="$work/$name.log"
  rm -f "$png"
  chromium_run "$(mktemp -d "$work/profile.XXXX")" --window-size=1280,1800 --screenshot="$png" "file://$page" >"$log" 2>&1 \
    || { cat "$log" >&2; fail "$name: chromium exited non-zero while taking the screenshot"; }
  chromium_run "$(mktemp -d "$work/profile.XXXX")" --dump-dom "file://$page" >"$dom" 2>"$log" \
    || { cat "$log" >&2; fail "$name: chromium exited non-zero while dumping the DOM"; }
  [[ -s $png ]] || fail "$name: no screenshot was written to $png"
  grep -q '<svg' "$dom" || fail "$name: the rendered page has no <svg> chart"
  for text in "$@"; do
    grep -qF -e "$text" "$dom" || fail "$name: the rendered page does not show '$text'"
  done
  local verdict
  verdict=$(python3 .ci/png-check.py "$png") || fail "$name: $verdict"
  echo "render-reports: $name: rendered $(basename "$page") to PNG, $verdict"
}

render "$index" ranking "${names[@]}"
render "$first_unit" "unit-$(basename "$first_unit" .html)" "$first_name"

# The README's first command: the Đồng Nai sample runs a whole round through the workflow, prints
# the ranking and writes its report folder under .friendlygov/ in the current directory.
repo=$PWD
(cd "$work" && dotnet run --project "$repo/samples/FriendlyGov.Samples.DongNai" -c Release -- --fresh) >"$work/sample.out" 2>&1 \
  || { cat "$work/sample.out" >&2; fail "the Đồng Nai sample failed"; }
grep -qF "Xã Dak Lua" "$work/sample.out" || { cat "$work/sample.out" >&2; fail "the Đồng Nai sample did not print its ranking"; }
sample="$work/.friendlygov/report"
[[ -f $sample/index.html && -f $sample/units/26119.html ]] || fail "the Đồng Nai sample did not write its report folder $sample"
render "$sample/index.html" sample-ranking "Xã Dak Lua" "Phường An Hòa"
render "$sample/units/26119.html" sample-unit-26119 "Xã Dak Lua"

# The sample's published results: its result bundle verifies with the tool alone, and every unit
# page shows the self-assessed, appraised and difference figures and the cap reasons the bundle
# records (a page made from a snapshot that dropped them would show empty columns).
[[ -f $sample/result.json ]] || fail "the Đồng Nai sample did not write $sample/result.json"
dotnet run --project src/FriendlyGov.Cli -c Release -- result verify "$sample/result.json" >"$work/verify.out" 2>&1 \
  || { cat "$work/verify.out" >&2; fail "friendlygov result verify failed on the sample's result.json"; }
grep -qx "30 units verified, ranking verified" "$work/verify.out" || { cat "$work/verify.out" >&2; fail "result verify did not verify 30 units"; }
differing=$(python3 - "$sample" <<'PY'
import html, json, sys
folder = sys.argv[1]
bundle = json.load(open(f"{folder}/result.json", encoding="utf-8"))
def figure(value):
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
problems, best = [], None
for unit in bundle["units"]:
    code = unit["unitCode"]
    page = open(f"{folder}/units/{code}.html", encoding="utf-8").read()
    for heading in ("Tự đánh giá / <span class=\"en\">Self</span>", "Thẩm định / <span class=\"en\">Appraised</span>", "Chênh lệch / <span class=\"en\">Difference</span>"):
        if heading not in page: problems.append(f"{code}: no column {heading}")
    for id, result in unit["scorecard"]["indicators"].items():
        cells = [figure(result[k]) if k in result else "" for k in ("selfAssessed", "appraised")]
        diff = result.get("difference")
        cells.append("" if diff is None else ("+" if diff > 0 else "") + figure(diff))
        row = "".join(f'<td class="num">{c}</td>' for c in cells) + "</tr>"
        if row not in page: problems.append(f"{code}: {id} does not show {cells}")
        if diff not in (None, 0) and best is None: best = (code, cells)
    for cap, reason in unit["scorecard"]["caps"].items():
        if reason is None or html.escape(reason["en"], quote=True) not in page: problems.append(f"{code}: cap {cap} shows no reason")
if best is None: problems.append("no unit has an appraised difference to check")
for p in problems: print(p, file=sys.stderr)
if problems: sys.exit(1)
print(f"{best[0]} {best[1][0]} {best[1][1]} {best[1][2]}")
PY
) || fail "the sample's unit pages do not show the figures of its result bundle"
read -r diff_unit diff_self diff_appraised diff_value <<<"$differing"
render "$sample/units/$diff_unit.html" "sample-unit-$diff_unit" "Chênh lệch" "Difference" "$diff_value"
echo "render-reports: the sample's result.json verifies; every unit page shows its self, appraised and difference figures and cap reasons"

# The 2025 round of the main job, on the same database as the 2024 round above: it ranks Đồng Nai's
# 95 units of 1 July 2025, and its ranking shows beside Phường Trấn Biên (26041, formed from units
# the 2024 round assessed) its predecessors' 2024 mean. Every one of the 95 has predecessors in the
# shipped lineage, so none shows a dash: Phường Bình Phước (25195), formed from 6 units of the former
# Bình Phước (awk -F, '$4=="25195"' vn-unit-lineage-2025.csv), none of which the 2024 round
# assessed, shows "no results (0/6)".
(cd "$work" && dotnet run --project "$repo/samples/FriendlyGov.Samples.DongNai" -c Release -- --year 2025) >"$work/sample-2025.out" 2>&1 \
  || { cat "$work/sample-2025.out" >&2; fail "the Đồng Nai sample's 2025 round failed"; }
grep -qF "95 units ranked" "$work/sample-2025.out" || { cat "$work/sample-2025.out" >&2; fail "the 2025 round did not rank 95 units"; }
sample2025="$work/.friendlygov/report-2025"
[[ -f $sample2025/index.html ]] || fail "the 2025 round did not write its report folder $sample2025"
mean=$(python3 - "$sample2025/index.html" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
rows = re.findall(r'<tr><td class="num">\d+</td><td class="code">(\d{5})</td>.*?</tr>', page)
if len(rows) != 95: sys.exit(f"the 2025 ranking lists {len(rows)} units, not 95")
row = re.search(r'<td class="code">26041</td>.*?</tr>', page).group(0)
found = re.search(r'<span class="en">mean</span> (\d+(?:\.\d+)?) \(\d+/\d+\)', row)
if not found: sys.exit("Phường Trấn Biên (26041) shows no predecessors' 2024 mean")
dashes = [code for code in rows if re.search(r'<td class="code">' + code + r'</td>.*?<td class="num">—</td></tr>', page)]
if dashes: sys.exit(f"{len(dashes)} units formed from others show no predecessors: {', '.join(dashes)}")
if '<span class="en">no results</span> (0/6)</td></tr>' not in re.search(r'<td class="code">25195</td>.*?</tr>', page).group(0):
    sys.exit("Phường Bình Phước (25195) does not show its 6 predecessors of Bình Phước with no results")
print(found.group(1))
PY
) || fail "the 2025 ranking does not rank 95 units with their predecessors' 2024 results"
render "$sample2025/index.html" sample-ranking-2025 "Phường Trấn Biên" "units it was formed from" "$mean" "Phường Bình Phước" "no results"
echo "render-reports: the 2025 round ranks 95 units, each with its predecessors, and shows Phường Trấn Biên's predecessors' 2024 mean, $mean"
