#!/usr/bin/env bash
# The Web API sample over real HTTP, as deployed: the built sample started in Production on a
# free port of 127.0.0.1, with JWT sign-in configured from environment variables, checked with
# curl (health 200, only the actor header 401, a token 200, an oversized command 413, an evidence
# workbook downloaded, filled and uploaded, the 101st request of an actor in a minute 429 with
# Retry-After). First, started in Production with the
# header scheme, it must refuse to start. Every wait is bounded; the server is always killed.
#
# Builds the sample if its Debug build is missing. Prints one line per check.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "webapi-smoke: ERROR: $*" >&2; exit 1; }
command -v curl >/dev/null 2>&1 || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq >/dev/null && apt-get install -y -qq curl >/dev/null; } || fail "curl is needed"

# Run from its output folder, whose appsettings.json is the content root's, as when deployed.
bin=$PWD/samples/FriendlyGov.Samples.WebApi/bin/Debug/net10.0
dll=$bin/FriendlyGov.Samples.WebApi.dll
[[ -f $dll ]] || dotnet build samples/FriendlyGov.Samples.WebApi --nologo -v quiet >/dev/null || fail "the sample does not build"

work=$(mktemp -d)
pid=
cleanup() {
  if [[ -n $pid ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

export ASPNETCORE_ENVIRONMENT=Production
export ConnectionStrings__FriendlyGov="Data Source=$work/webapi.db"
export SignIn__Issuer=https://sso.smoke.example SignIn__Audience=friendlygov-webapi
SignIn__SigningKey="smoke-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export SignIn__SigningKey
export Logging__LogLevel__Default=Warning

# 1. The header scheme in Production: refused at start-up, with the reason.
if (cd "$bin" && SignIn__Scheme=ActorHeader timeout 60 dotnet "$dll" --urls http://127.0.0.1:0 >"$work/refused.out" 2>"$work/refused.err"); then
  fail "started in Production with the header scheme"
fi
grep -q "refuses to start: SignIn:Scheme is ActorHeader" "$work/refused.err" || fail "the refusal does not say why: $(cat "$work/refused.err")"
echo "webapi-smoke: Production with the actor header scheme: refused to start, saying why"

# 2. Production with JWT, on a free port.
port=
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 40000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[[ -n $port ]] || fail "no free port found"
base=http://127.0.0.1:$port
(cd "$bin" && exec dotnet "$dll" --urls "$base") >"$work/server.out" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  [[ $(curl -s -o /dev/null -m 2 -w '%{http_code}' "$base/health/live" || true) == 200 ]] && break
  kill -0 "$pid" 2>/dev/null || fail "the sample stopped: $(cat "$work/server.out")"
  sleep 0.5
done

status() { curl -s -o "$work/body" -D "$work/headers" -m 10 -w '%{http_code}' "$@"; }
expect() { local want=$1 what=$2; shift 2; local got; got=$(status "$@"); [[ $got == "$want" ]] || fail "$what: expected $want, got $got: $(head -c 400 "$work/body")"; echo "webapi-smoke: $what: $got"; }

expect 200 "GET /health/live" "$base/health/live"
expect 200 "GET /health/ready (database reachable and migrated)" "$base/health/ready"

admin=$(dotnet "$dll" token --id admin-smoke --roles ProvinceAdministrator --province "Đồng Nai") || fail "the token command failed"
reader=$(dotnet "$dll" token --id appraiser-smoke --roles Appraiser --province "Đồng Nai") || fail "the token command failed"
units='{"units":[{"code":"25993","kind":"ward","name":"Phường Trảng Dài","province":"Đồng Nai","existedFrom":"2020-01-01"}]}'

expect 401 "POST /units with only the actor header" -X POST -H 'Content-Type: application/json' \
  -H 'X-FriendlyGov-Actor: id=admin; roles=ProvinceAdministrator; province=%C4%90%E1%BB%93ng%20Nai' -d "$units" "$base/units"
expect 200 "POST /units with a token" -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $admin" -d "$units" "$base/units"
head -c 70000 /dev/zero | tr '\0' 'x' | sed 's/^/{"officialCode":"CB-001","ruleId":"5K.3","on":"2025-01-02","source":"citizenReport","sourceReference":"R-1","account":"/; s/$/"}/' >"$work/big.json"
expect 413 "POST /observations with a 70 kB body" -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $admin" --data-binary "@$work/big.json" "$base/observations"

# 3. A unit's evidence workbook: downloaded, filled by another program (one cell: G1.2.1's share,
# row 11, column E), uploaded back as multipart/form-data; a blank one is refused naming why, and
# a file over Limits:UploadBodyBytes (16 MiB) is refused with 413 before it is read.
round='{"framework":"dongnai-friendly-government@2024.1","period":"2024","province":"Đồng Nai","unitCodes":["25993"],"selfAssessmentDeadline":"2099-01-31","appraisalDeadline":"2099-02-28"}'
expect 200 "POST /rounds" -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $admin" -d "$round" "$base/rounds"
round_id=$(sed -E 's/.*"roundId":"([^"]+)".*/\1/' "$work/body")
officer=$(dotnet "$dll" token --id officer-smoke --roles UnitOfficer --province "Đồng Nai" --unit 25993) || fail "the token command failed"
workbook=$base/rounds/$round_id/units/25993/evidence-workbook
expect 200 "GET the unit's evidence workbook" -H "Authorization: Bearer $officer" "$workbook"
cp "$work/body" "$work/blank.xlsx"
[[ $(head -c 2 "$work/blank.xlsx") == PK ]] || fail "the workbook is not a zip archive"
grep -qi '^content-type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' "$work/headers" || fail "the workbook's content type is wrong"
python3 - "$work/blank.xlsx" "$work/filled.xlsx" <<'PY' || fail "could not fill the workbook"
import re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as src, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename.startswith("xl/worksheets/") and b">G1.2.1<" in data:
            data, n = re.subn(rb'<c r="E11"([^>]*?)/>', rb'<c r="E11"\1><v>0.55</v></c>', data)
            assert n == 1, "E11 not found"
        dst.writestr(item, data)
PY
expect 400 "POST a blank workbook" -X POST -H "Authorization: Bearer $officer" -F "file=@$work/blank.xlsx" -F source=self "$workbook"
grep -q 'holds no self evidence' "$work/body" || fail "the refusal of a blank workbook does not say why: $(head -c 400 "$work/body")"
expect 200 "POST the filled workbook" -X POST -H "Authorization: Bearer $officer" -F "file=@$work/filled.xlsx" -F source=self "$workbook"
grep -q '"entries":1' "$work/body" || fail "the filled workbook did not record one entry: $(cat "$work/body")"
head -c $((16 * 1024 * 1024 + 1)) /dev/zero >"$work/huge.xlsx"
expect 413 "POST a 16 MiB + 1 byte workbook" -X POST -H "Authorization: Bearer $officer" -F "file=@$work/huge.xlsx" -F source=self "$workbook"

for i in $(seq 1 100); do
  got=$(status -H "Authorization: Bearer $reader" "$base/units/25993/history")
  [[ $got != 429 ]] || fail "request $i of 100 was refused with 429"
done
expect 429 "the 101st request of an actor in a minute" -H "Authorization: Bearer $reader" "$base/units/25993/history"
grep -qi '^retry-after: [0-9]' "$work/headers" || fail "the 429 has no Retry-After"
echo "webapi-smoke: the 429 carries $(grep -i '^retry-after' "$work/headers" | tr -d '\r')"
