"""Restate the hand-checked golden tables (tests/golden/) in the spec's gold layout, so that
`claims eval` can score the seeds. Run after a reviewed change to tests/golden/claims.csv:

    python tests/gold/seed_gold_from_golden.py
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
GOLDEN = HERE.parent / "golden"


def occurrence(text: str, needle: str, start: int) -> int:
    """Which occurrence of `needle` in `text` starts at `start` (1-based)."""
    count, at = 0, -1
    while True:
        at = text.find(needle, at + 1)
        if at < 0 or at > start:
            return count
        count += 1


def main() -> None:
    papers = pd.read_csv(GOLDEN / "papers.csv", dtype=str, keep_default_na=False)
    claims = pd.read_csv(GOLDEN / "claims.csv", dtype=str, keep_default_na=False)
    with (HERE / "seeds.records.jsonl").open("w") as out:
        for paper in papers.itertuples():
            out.write(json.dumps({"id": paper.paper_id, "title": paper.title, "abstract": paper.abstract,
                                  "authors": paper.authors.split("; ") if paper.authors else [],
                                  "date": paper.published, "url": ""}, ensure_ascii=False) + "\n")
    text_of = {(paper.paper_id, field): getattr(paper, field) for paper in papers.itertuples() for field in ("title", "abstract")}
    with (HERE / "seeds.claims.jsonl").open("w") as out:
        for claim in claims.itertuples():
            out.write(json.dumps({
                "id": claim.paper_id, "field": claim.field, "text": claim.text,
                "occurrence": occurrence(text_of[(claim.paper_id, claim.field)], claim.text, int(claim.start)),
                "kind": claim.kind, "value": float(claim.value),
                "value_high": float(claim.value_high) if claim.value_high else None, "unit": claim.unit,
                "qualifier": claim.qualifier, "role": claim.role, "subject": claim.subject,
                "metric": claim.metric, "comparator": claim.comparator}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
