"""One document's claims for `claims extract`: a file in any supported format, or plain text."""
from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pandas as pd

from pipeline.claims import claims
from pipeline.errors import InputError
from pipeline.ingest import FORMATS, ingest
from pipeline.ingest.record import SourceRecord, normalize_whitespace
from pipeline.outputs import FLOAT_FORMAT
from pipeline.papers import papers

SHOWN_COLUMNS = ["field", "kind", "value", "value_high", "unit", "qualifier", "role", "subject",
                 "metric", "comparator", "text", "start", "end"]


def _plain_text_papers(text: str, name: str) -> pd.DataFrame:
    """Plain text is one abstract; its first line doubles as the title when there are several."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise InputError(name, 1, "no text to read")
    title = normalize_whitespace(lines[0]) if len(lines) > 1 else name
    abstract = normalize_whitespace(" ".join(lines[1:] if len(lines) > 1 else lines))
    return papers([SourceRecord(title=title, abstract=abstract, source=f"{name}:1")])


def claims_of_document(file: str, as_of: dt.date | None = None) -> pd.DataFrame:
    """The claims of every paper in `file` ('-' for stdin), with the paper's title."""
    if file == "-":
        table = _plain_text_papers(sys.stdin.read(), "<stdin>")
    else:
        path = Path(file)
        if not path.is_file():
            raise InputError(file, None, "no such file")
        text = path.read_text(encoding="utf-8", errors="replace")
        lines = text.splitlines()
        if any(module.detect(lines) for module in FORMATS):
            ingested = ingest([path], as_of=as_of)
            for warning in ingested.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            table = papers(ingested.records)
        else:
            table = _plain_text_papers(text, path.name)
    rejected: list[str] = []
    found = claims(table, rejected)
    for problem in rejected:
        print(f"warning: {problem}", file=sys.stderr)
    titles = dict(zip(table["paper_id"], table["title"]))
    return found.assign(title=found["paper_id"].map(titles))


def render(frame: pd.DataFrame, fmt: str) -> str:
    if fmt == "csv":
        buffer = io.StringIO()
        frame.to_csv(buffer, index=False, lineterminator="\n", float_format=FLOAT_FORMAT)
        return buffer.getvalue()
    if fmt == "json":
        records = json.loads(frame.to_json(orient="records"))
        return json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    if frame.empty:
        return "no claims found\n"
    blocks = []
    for title, group in frame.groupby("title", sort=False):
        shown = group[SHOWN_COLUMNS].copy()
        shown["value"] = shown["value"].map(lambda value: f"{value:g}")
        shown["value_high"] = shown["value_high"].map(lambda value: "" if pd.isna(value) else f"{value:g}")
        blocks.append(f"{title}\n{shown.to_string(index=False)}\n")
    return "\n".join(blocks)
