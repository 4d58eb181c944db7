#!/usr/bin/env python3
"""Brings src/*/PublicAPI.Unshipped.txt in line with the code after a deliberate public API change.

Builds the solution, adds every symbol the analyzer reports as undeclared (RS0016) and removes every declared symbol
it no longer finds (RS0017), then sorts the file. Review the diff: it is the public API change.
Usage: python3 scripts/update-public-api.py
"""
import collections
import pathlib
import re
import subprocess

root = pathlib.Path(__file__).resolve().parent.parent
build = subprocess.run(
    ["dotnet", "build", "OaiClient.sln", "-c", "Release", "-nologo", "-clp:ErrorsOnly", "--no-incremental", "-p:TreatWarningsAsErrors=false",
     "-warnaserror:RS0016,RS0017"],
    cwd=root, capture_output=True, text=True)
added = collections.defaultdict(set)
removed = collections.defaultdict(set)
for line in build.stdout.splitlines():
    match = re.search(r"error (RS0016|RS0017): Symbol '(.+?)' is (?:not part|part) of the declared .*\[(.+?)\.csproj\]", line)
    if match:
        project = pathlib.Path(match.group(3)).parent
        (added if match.group(1) == "RS0016" else removed)[project].add(match.group(2))

for project in sorted(set(added) | set(removed)):
    path = project / "PublicAPI.Unshipped.txt"
    lines = [l for l in path.read_text().splitlines() if l and not l.startswith("#")]
    kept = sorted((set(lines) - removed[project]) | added[project], key=str.lower)
    path.write_text("#nullable enable\n" + "\n".join(kept) + "\n")
    print(f"{path.relative_to(root)}: +{len(added[project])} -{len(removed[project])}")
