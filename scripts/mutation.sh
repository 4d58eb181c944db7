#!/usr/bin/env bash
# Mutation testing with Stryker.NET (a local tool: .config/dotnet-tools.json) over the unit tests alone.
# Not part of CI: a run takes minutes (see docs/testing.md for the scopes, their timings and the latest scores).
#
#   bash scripts/mutation.sh [core|client|responses|all] [extra Stryker options...]
#
#   core       the seven core files: RetryPolicy, ResponseErrors, ApiKeyRedactor, OaiApiException, RateLimitInfo,
#              CapturedMessages, ErrorTypes
#   client     src/Client: the pipeline, the errors (Oai*Exception, RateLimitInfo) and telemetry
#   responses  src/Responses (assembly Oai.Records): record parsing (converters, records, accumulators)
#   all        client, then responses (the default)
#
# Extra options go to every Stryker run and win over mutation/<scope>.json, e.g. one file while killing its survivors:
#   bash scripts/mutation.sh core -m "**/RetryPolicy.cs"
# Reports: StrykerOutput/<scope>/reports/mutation-report.{html,json} (git-ignored), summarised per file at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

scope=${1:-all}
[ $# -gt 0 ] && shift
case "$scope" in
  core | client | responses) scopes=("$scope") ;;
  all) scopes=(client responses) ;;
  *)
    echo "usage: bash scripts/mutation.sh [core|client|responses|all] [extra Stryker options...]" >&2
    exit 2
    ;;
esac

dotnet tool restore > /dev/null

for s in "${scopes[@]}"; do
  out="$root/StrykerOutput/$s"
  rm -rf "$out"
  echo "== Stryker: scope '$s' (mutation/$s.json), reports in StrykerOutput/$s"
  started=$(date +%s)
  # Stryker runs from the test project; its config names the project under test and the files to mutate.
  (cd tests/Unit && dotnet stryker --config-file "$root/mutation/$s.json" --output "$out" --skip-version-check "$@")
  echo "== scope '$s' took $(( ($(date +%s) - started) / 60 )) min $(( ($(date +%s) - started) % 60 )) s"
  python3 mutation/summary.py "$out/reports/mutation-report.json" --survivors
done
