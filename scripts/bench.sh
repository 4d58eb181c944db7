#!/usr/bin/env bash
# The benchmarks: this library side by side with the official OpenAI package and the floor (HttpClient + SseParser +
# source-generated JSON into minimal types), on identical canned bytes. See docs/performance.md.
#
#   bash scripts/bench.sh --quick [name...]   every scenario in one process, about a second each, then the ratio
#                                             table (ours / official, ours / floor): a regression check, under a minute
#   bash scripts/bench.sh                     the full run: BenchmarkDotNet (ShortRun, in process, MemoryDiagnoser) over every
#                                             scenario, its ratio table, then the 256 MiB upload and download
#   bash scripts/bench.sh --files             only the 256 MiB upload and download (peak working-set growth)
#   bash scripts/bench.sh --alloc Class.Method N   where one benchmark's bytes go, by type (sampled allocation events)
#   bash scripts/bench.sh --pair A.Method B.Method N   time of B / time of A, measured alternately for N rounds (median)
#   bash scripts/bench.sh -- <BenchmarkDotNet arguments>   anything BenchmarkDotNet takes (--filter, --job, --profiler EP)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

project=benchmarks/Oai.Benchmarks
dotnet build "$project" -c Release --nologo -v quiet -clp:ErrorsOnly
run() { dotnet run -c Release --no-build --project "$project" -- "$@"; }

case "${1:-}" in
  --quick | --files | --alloc | --pair) run "$@" ;;
  --) shift; run "$@" ;;
  "")
    # In process: BenchmarkDotNet's own rebuild of the project timed out (2 min) on the shared two-core machine.
    run --filter '*' --job short --inProcess
    run --files
    ;;
  *) echo "usage: bash scripts/bench.sh [--quick [name...] | --files | --alloc Class.Method N | --pair A.Method B.Method N | -- <BenchmarkDotNet arguments>]" >&2; exit 2 ;;
esac
