"""`claims compare`: an ad-hoc pivot of one kind of claim, by paper or by model."""
from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from pipeline.errors import InputError
from pipeline.models import name_tokens
from pipeline.outputs import FLOAT_FORMAT, read_csv
from schemas.claims import KINDS


def _values(group: pd.DataFrame) -> str:
    shown = []
    for value, high, qualifier in zip(group["value"], group["value_high"], group["qualifier"]):
        mark = {"upper_bound": "≤", "lower_bound": "≥", "approx": "~"}.get(qualifier, "")
        shown.append(f"{mark}{value:g}" + (f"–{high:g}" if pd.notna(high) else ""))
    return "; ".join(shown)


def _distinct(values) -> str:
    return "; ".join(dict.fromkeys(value for value in values if isinstance(value, str) and value))


def pivot(outputs: Path, kind: str, by: str = "paper") -> pd.DataFrame:
    """One row per paper (or model) with its claims of `kind`: count, values, largest, context."""
    if kind not in KINDS:
        raise InputError(kind, None, f"unknown kind; one of {', '.join(KINDS)}")
    claims_path, papers_path = outputs / "claims.csv", outputs / "papers.csv"
    for path in (claims_path, papers_path):
        if not path.is_file():
            raise InputError(str(path), None, "missing: run `claims run` first")
    claims = read_csv(claims_path).fillna({"subject": "", "metric": "", "comparator": "", "role": ""})
    claims["value"] = claims["value"].astype(float)
    claims["value_high"] = claims["value_high"].astype(float)
    titles = dict(zip(*read_csv(papers_path)[["paper_id", "title"]].T.values))
    chosen = claims[claims["kind"] == kind].copy()
    chosen["title"] = chosen["paper_id"].map(titles)
    if by == "model":
        chosen = chosen[chosen["subject"] != ""]
        chosen["group"] = [" ".join(sorted(set(name_tokens(subject)))) or subject for subject in chosen["subject"]]
        label = "model"
    else:
        chosen["group"] = chosen["title"]
        label = "paper"
    rows = []
    for _, group in chosen.groupby("group", sort=False):
        top = group["value_high"].fillna(group["value"])
        rows.append({
            label: group["subject"].iloc[0] if by == "model" else group["title"].iloc[0],
            "papers" if by == "model" else "subjects": _distinct(group["title"] if by == "model" else group["subject"]),
            "n": len(group), "max": top.max(), "values": _values(group),
            "roles": _distinct(group["role"]), "metrics": _distinct(group["metric"]),
            "comparators": _distinct(group["comparator"]),
        })
    frame = pd.DataFrame(rows, columns=[label, "papers" if by == "model" else "subjects", "n", "max", "values",
                                        "roles", "metrics", "comparators"])
    return frame.sort_values(["max", label], ascending=[False, True], kind="stable").reset_index(drop=True)


def render(frame: pd.DataFrame, fmt: str) -> str:
    if fmt == "csv":
        buffer = io.StringIO()
        frame.to_csv(buffer, index=False, lineterminator="\n", float_format=FLOAT_FORMAT)
        return buffer.getvalue()
    cells = [[f"{value:g}" if isinstance(value, float) else str(value).replace("|", "\\|") for value in row]
             for row in frame.itertuples(index=False)]
    lines = ["| " + " | ".join(frame.columns) + " |", "|" + "---|" * len(frame.columns)]
    lines += ["| " + " | ".join(row) + " |" for row in cells]
    return "\n".join(lines) + "\n"
