#!/usr/bin/env python3
"""Refreshes every `<!-- snippet: FILE#NAME -->` code block in docs/*.md from the compiled region it names.
DocSnippetTests fails when a block and its region differ; run this after editing a sample."""
import pathlib, re, sys

root = pathlib.Path(__file__).resolve().parent.parent

def region(path, name):
    lines = (root / path).read_text().splitlines()
    start = next(i for i, l in enumerate(lines) if l.strip() == f"// docs:begin {name}")
    end = next(i for i in range(start + 1, len(lines)) if lines[i].strip() == "// docs:end")
    body = lines[start + 1:end]
    indent = min(len(l) - len(l.lstrip()) for l in body if l.strip())
    return "\n".join(l[indent:] if len(l) >= indent else l.lstrip() for l in body)

pattern = re.compile(r"<!-- snippet: (?P<file>[^#\s]+)#(?P<name>[\w-]+) -->\n```csharp\n.*?```", re.S)
for doc in sorted((root / "docs").glob("*.md")):
    text = doc.read_text()
    new = pattern.sub(lambda m: f"<!-- snippet: {m['file']}#{m['name']} -->\n```csharp\n{region(m['file'], m['name'])}\n```", text)
    if new != text:
        doc.write_text(new)
        print(f"updated {doc.relative_to(root)}", file=sys.stderr)
