#!/usr/bin/env python3
"""Summarises a Stryker.NET JSON report: per-file counts and score, then every surviving or uncovered mutant.

Usage: python3 mutation/summary.py StrykerOutput/core/reports/mutation-report.json [--survivors]

The score is Stryker's: (killed + timeout) / (killed + timeout + survived + no coverage). Compile errors and ignored
mutants are not counted; they are listed so that a file whose mutants all failed to compile does not look tested.
"""
import json
import os
import sys
from collections import Counter

STATUSES = ["Killed", "Timeout", "Survived", "NoCoverage", "CompileError", "Ignored"]


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show_survivors = "--survivors" in sys.argv
    if len(args) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(args[0], encoding="utf-8") as f:
        report = json.load(f)
    root = report.get("projectRoot", "")
    rows, totals, leftovers = [], Counter(), []
    for path, data in sorted(report["files"].items()):
        counts = Counter(m["status"] for m in data["mutants"])
        if counts["Killed"] + counts["Timeout"] + counts["Survived"] + counts["NoCoverage"] == 0:
            continue  # excluded by the run's mutate filter
        name = os.path.relpath(path, root) if root else path
        rows.append((name, counts))
        totals.update(counts)
        for m in data["mutants"]:
            if m["status"] in ("Survived", "NoCoverage"):
                leftovers.append((name, m))

    def score(c: Counter) -> str:
        detected = c["Killed"] + c["Timeout"]
        valid = detected + c["Survived"] + c["NoCoverage"]
        return f"{100.0 * detected / valid:6.2f}%" if valid else "   n/a"

    width = max([len(n) for n, _ in rows] + [5])
    print(f"{'file':<{width}}   score  killed timeout survived nocov compile ignored")
    for name, c in rows + [("total", totals)]:
        print(f"{name:<{width}} {score(c)} {c['Killed']:7d} {c['Timeout']:7d} {c['Survived']:8d} {c['NoCoverage']:5d}"
              f" {c['CompileError']:7d} {c['Ignored']:7d}")
    if show_survivors and leftovers:
        print()
        for name, m in leftovers:
            loc = m["location"]["start"]
            replacement = " ".join(m.get("replacement", "").split())[:90]
            print(f"{m['status']:<10} {name}:{loc['line']}:{loc['column']}  {m['mutatorName']}  ->  {replacement}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
