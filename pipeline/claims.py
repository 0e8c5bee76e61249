"""Stage 2: the papers table -> the claims table, one row per claim, grounded in the papers."""
from __future__ import annotations

import hashlib

import pandas as pd

from pipeline.extract import extract
from schemas.claims import COLUMNS, FIELDS, validate_claims


def claim_id(paper_id: str, field: str, start: int, end: int, kind: str, role: str) -> str:
    """Stable as long as the paper's text is: the same span and reading give the same id."""
    key = f"{paper_id}|{field}|{start}|{end}|{kind}|{role}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def claim_rows(paper_id: str, field: str, text: str) -> list[tuple]:
    """One row tuple, in COLUMNS order, per claim of one field of one paper."""
    return [
        (claim_id(paper_id, field, claim.start, claim.end, claim.kind, claim.role), paper_id,
         claim.kind, claim.value, claim.value_high, claim.unit, claim.qualifier, claim.role,
         claim.subject, claim.metric, claim.comparator, text[claim.start:claim.end],
         claim.start, claim.end, field)
        for claim in extract(text)
    ]


def claims(papers: pd.DataFrame) -> pd.DataFrame:
    """The validated claims table of every paper's title and abstract."""
    rows = []
    for field in FIELDS:
        for paper_id, text in zip(papers["paper_id"], papers[field]):
            rows.extend(claim_rows(paper_id, field, text if isinstance(text, str) else ""))
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["value_high"] = frame["value_high"].astype("float64")
    frame["field_order"] = frame["field"].map({field: index for index, field in enumerate(FIELDS)})
    frame = frame.sort_values(["paper_id", "field_order", "start", "end", "kind", "role"], kind="stable")
    frame = frame.drop(columns="field_order").reset_index(drop=True)
    return validate_claims(frame, papers)
