#!/usr/bin/env bash
# The packages as an integrator gets them. Usage: .ci/outside-app.sh [FEED]
#
# FEED is a folder of packed packages (.nupkg and .snupkg); without it, the solution is packed
# into a temporary one. Then:
#   1. .ci/outside-app/PackageCheck.cs checks the packages: no stray runtimeconfig.json, no test
#      framework in the friendlygov tool, PDBs with /_/ paths and Source Link to the repository.
#   2. .ci/outside-app/ (an outside console app referencing only FriendlyGov.Application and
#      FriendlyGov.Infrastructure.Sqlite from FEED) is built in a temporary folder, away from the
#      repository's build settings; its output must hold no Npgsql and no PostgreSQL package.
#   3. The app runs: a whole round through IMediator, every assessment and the round's audit
#      trail read back, the database deleted and the round driven again in the same process.
# Each dotnet step is bounded by a timeout; any failure exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)
repository=$(sed -n 's:.*<RepositoryUrl>\(.*\)</RepositoryUrl>.*:\1:p' Directory.Build.props)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
limit=${FRIENDLYGOV_OUTSIDE_APP_TIMEOUT:-1200}

feed=${1:-}
if [[ -z $feed ]]; then
  feed="$work/feed"
  timeout "$limit" dotnet pack FriendlyGov.Domain.sln -c Release -o "$feed" --nologo -v quiet
fi
feed=$(cd "$feed" && pwd)

mkdir "$work/check"
cp .ci/outside-app/PackageCheck.cs "$work/check/"
timeout "$limit" dotnet run "$work/check/PackageCheck.cs" -- "$feed" "$repository"

# The app restores FriendlyGov packages from FEED only into its own folder, so an older package of
# the same version in the machine's cache is never used; other packages come from that cache first.
mkdir "$work/app"
cp .ci/outside-app/OutsideApp.csproj .ci/outside-app/Program.cs "$work/app/"
cat >"$work/app/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources>
    <clear />
    <add key="friendlygov" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="friendlygov"><package pattern="FriendlyGov.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
  <fallbackPackageFolders><add key="cache" value="${NUGET_PACKAGES:-$HOME/.nuget/packages}" /></fallbackPackageFolders>
</configuration>
CONFIG
timeout "$limit" dotnet build "$work/app" -c Release -p:FriendlyGovVersion="$version" --nologo -v quiet

bin="$work/app/bin/Release/net10.0"
if ls "$bin" | grep -qi '^npgsql' || grep -qi 'npgsql\|FriendlyGov.Infrastructure.PostgreSql' "$bin/OutsideApp.deps.json"; then
  echo "outside-app: ERROR: the SQLite-only app carries Npgsql or the PostgreSQL package" >&2
  exit 1
fi
echo "outside-app: no Npgsql in the SQLite-only app"

timeout "$limit" dotnet "$bin/OutsideApp.dll"
