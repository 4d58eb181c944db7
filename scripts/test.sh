#!/usr/bin/env bash
# The project's test command: restores, builds and runs every test project, then prints one summary line.
# Works on a fresh machine with the .NET SDK (and Node.js/npm for the Steady contract tests); tests against the live
# API run only when OPENAI_API_KEY is set.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

mkdir -p TestResults
log=TestResults/test-output.log

# The contract tests run Steady, the OpenAPI mock server OpenAI's own SDKs test against, from a project-local npm
# install (.tools/steady, git-ignored). Installed on the first run, reused afterwards. Without node/npm the contract
# tests fail and say why; the other tests still run.
steady_version=0.22.1
steady_dir=.tools/steady
steady_package="$steady_dir/node_modules/@stdy/cli/package.json"
if [ -f "$steady_package" ] && grep -q "\"version\": \"$steady_version\"" "$steady_package"; then
  echo "Steady $steady_version: using the install in $steady_dir"
elif command -v npm > /dev/null 2>&1; then
  echo "Steady $steady_version: npm install --prefix $steady_dir @stdy/cli@$steady_version"
  npm install --prefix "$steady_dir" "@stdy/cli@$steady_version" --no-audit --no-fund --loglevel=error \
    || echo "Steady $steady_version: npm install failed; the contract tests will fail"
else
  echo "Steady $steady_version: npm not found (install Node.js with npm); the contract tests will fail"
fi

dotnet build OaiClient.sln -c Release -nologo -clp:ErrorsOnly
echo "Checking the house style (dotnet format --verify-no-changes)..."
dotnet format OaiClient.sln --verify-no-changes --no-restore
echo "Package check (scripts/package.sh): pack, consumer restored from the packages, Native AOT publish..."
set +e
bash scripts/package.sh --no-build
package_status=$?
# Passed tests are kept in the log file only; failures, skips (with their reasons) and totals are shown.
dotnet test OaiClient.sln -c Release --no-build -nologo --logger "console;verbosity=normal" > "$log" 2>&1
status=$?
set -e
grep -vE '^\s+Passed |^\[xUnit\.net [0-9:.]+\]\s+(Discover|Start|Finish)' "$log" || true

# One plain closing line, summed over the test assemblies ("Total tests: 12 / Passed: 11 / Skipped: 1").
awk '/^[[:space:]]+Passed: [0-9]+$/ { p += $2 } /^[[:space:]]+Failed: [0-9]+$/ { f += $2 } /^[[:space:]]+Skipped: [0-9]+$/ { s += $2 }
  END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
if [ "$package_status" -ne 0 ]; then
  echo "The package check failed (see above)"
  exit "$package_status"
fi
exit "$status"
