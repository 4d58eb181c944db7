#!/usr/bin/env bash
# The project's test command: restores, builds and runs every test project, then prints one summary line.
# Works on a fresh machine with the .NET SDK; tests against the live API run only when OPENAI_API_KEY is set.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet build OaiClient.sln -c Release -nologo -clp:ErrorsOnly
set +e
dotnet test OaiClient.sln -c Release --no-build -nologo --logger "console;verbosity=normal" 2>&1 | tee "$log" \
  | grep -E '^\s*(Failed|Skipped) |^(Passed|Failed)!|error|Error Message' 
status=${PIPESTATUS[0]}
set -e

# One plain closing line, summed over the test assemblies ("Passed!  - Failed: 0, Passed: 12, Skipped: 1, ...").
awk -F'[:,]' '/(Passed|Failed)!  - Failed:/ {
    for (i = 1; i <= NF; i++) {
      if ($i ~ /Failed$/) f += $(i+1); else if ($i ~ / Passed$/) p += $(i+1); else if ($i ~ / Skipped$/) s += $(i+1)
    }
  } END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
