#!/usr/bin/env bash
# The package check: packs every library into artifacts/packages, then builds and runs tests/Package/Consumer, a small
# app that restores those packages from that folder (never the source projects), and publishes it with Native AOT,
# counting trim and AOT warnings (any warning fails). scripts/test.sh runs it; alone it takes about two minutes.
# Usage: bash scripts/package.sh [--no-build]   (--no-build packs what the last Release build of the solution left)
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
pack_args=()
[ "${1:-}" = "--no-build" ] && pack_args+=(--no-build)

# Native AOT links with clang; Debian's package brings it (as root, the way CI runs).
if ! command -v clang > /dev/null 2>&1; then
  echo "Package check: clang not found, installing it with apt-get (Native AOT links with it)"
  apt-get update -qq && apt-get install -y -qq clang zlib1g-dev > /dev/null
fi

rm -rf artifacts/packages artifacts/consumer-aot
# The consumer restores into a cache of its own: drop the previous Oai.* so the packages just made are the ones used.
rm -rf artifacts/package-cache/oai.*
dotnet pack OaiClient.sln -c Release -nologo -clp:ErrorsOnly "${pack_args[@]}"
echo "Packages: $(cd artifacts/packages && ls | tr '\n' ' ')"

consumer=tests/Package/Consumer
echo "Consumer (JIT), restored from artifacts/packages:"
dotnet run --project "$consumer" -c Release -nologo

log=artifacts/consumer-aot.log
mkdir -p artifacts
set +e
dotnet publish "$consumer" -c Release -r linux-x64 -nologo -o artifacts/consumer-aot > "$log" 2>&1
status=$?
set -e
warnings=$(grep -oE '(warning|error) (IL[0-9]+|CS[0-9]+|NU[0-9]+)' "$log" | sort -u | wc -l || true)
if [ "$status" -ne 0 ] || [ "$warnings" -ne 0 ]; then
  grep -E 'warning|error' "$log" | sort -u || true
  echo "Native AOT publish failed (exit $status, $warnings distinct warnings or errors); full log in $log"
  exit 1
fi
size=$(stat -c %s artifacts/consumer-aot/Consumer)
echo "Native AOT publish: 0 trim/AOT warnings, executable $size bytes ($((size / 1024 / 1024)) MiB, symbols apart)"
echo "Consumer (Native AOT):"
artifacts/consumer-aot/Consumer
