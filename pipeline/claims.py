"""Stage 2: the papers table -> the claims table, one row per claim, grounded in the papers."""
from __future__ import annotations

import hashlib

import pandas as pd
from pandera import errors as pa_errors

from pipeline.cycles import cycle_collector_paused
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


def failing_rows(frame: pd.DataFrame, papers: pd.DataFrame) -> dict[object, str]:
    """Index label -> names of the checks it fails, for rows of `frame` that fail a schema."""
    try:
        validate_claims(frame, papers, lazy=True)
        return {}
    except pa_errors.SchemaErrors as errors:
        cases = errors.failure_cases.dropna(subset=["index"])
        failing: dict[object, list[str]] = {}
        for label, check in zip(cases["index"], cases["check"].astype(str)):
            if check not in failing.setdefault(label, []):
                failing[label].append(check)
        return {label: ", ".join(checks) for label, checks in failing.items()}


def claims(papers: pd.DataFrame, rejected: list[str] | None = None) -> pd.DataFrame:
    """The validated claims table of every paper's title and abstract.

    A claim that fails the schema is an extractor bug. By default it fails the whole table;
    given a `rejected` list, such claims are left out and described there instead, so one bad
    reading does not cost a run every other claim."""
    rows = []
    with cycle_collector_paused():
        for field in FIELDS:
            # Plain lists: iterating pandas string arrays costs a Python call per element.
            for paper_id, text in zip(papers["paper_id"].tolist(), papers[field].tolist()):
                rows.extend(claim_rows(paper_id, field, text if isinstance(text, str) else ""))
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["value_high"] = frame["value_high"].astype("float64")
    frame["field_order"] = frame["field"].map({field: index for index, field in enumerate(FIELDS)})
    frame = frame.sort_values(["paper_id", "field_order", "start", "end", "kind", "role"], kind="stable")
    frame = frame.drop(columns="field_order").reset_index(drop=True)
    if rejected is not None:
        failing = failing_rows(frame, papers)
        for label, checks in failing.items():
            row = frame.loc[label]
            rejected.append(f"left out claim {row['text']!r} of paper {row['paper_id']} "
                            f"({row['field']} {row['start']}-{row['end']}): fails {checks}")
        frame = frame.drop(index=list(failing)).reset_index(drop=True)
    return validate_claims(frame, papers)
