"""Every claim of every probe sentence, as JSON, and what changed since a dump made before.

The probes are sentences and abstracts written in the style of real papers (no gold: they are
for reading what a change to the extractor does). Before a change:

    python3 tests/probes/dump_claims.py /tmp/before.json

after it:

    python3 tests/probes/dump_claims.py /tmp/after.json --since /tmp/before.json

prints each probe whose claims changed, with the rows lost (-) and gained (+).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from pipeline.extract import extract

PROBES = Path(__file__).parent


def probe_texts() -> list[str]:
    """One text per non-empty line of every probe file, in file order."""
    return [line.strip() for path in sorted(PROBES.glob("*.txt"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def claims_of(text: str) -> list[list]:
    return [[text[c.start:c.end], c.kind, c.value, c.value_high, c.unit, c.qualifier, c.role, c.subject, c.metric,
             c.comparator] for c in extract(text)]


def changes(before: dict, after: dict) -> list[str]:
    lines = []
    for text, rows in after.items():
        old = before.get(text)
        if old is None or old == rows:
            continue
        lines.append(f"== {text[:300]}")
        lines += [f"  - {row}" for row in old if row not in rows] + [f"  + {row}" for row in rows if row not in old]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--since", type=Path, help="a dump made before, to print what changed")
    args = parser.parse_args()
    dump = {text: claims_of(text) for text in probe_texts()}
    args.output.write_text(json.dumps(dump, indent=0), encoding="utf-8")
    print(f"{len(dump)} probes, {sum(len(rows) for rows in dump.values())} claims")
    if args.since:
        lines = changes(json.loads(args.since.read_text(encoding="utf-8")), dump)
        print("\n".join(lines))
        print(f"{sum(line.startswith('==') for line in lines)} probes changed")


if __name__ == "__main__":
    main()
