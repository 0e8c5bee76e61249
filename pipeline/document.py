"""One document's claims for `claims extract`: a file in any supported format, or plain text."""
from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pandas as pd
import regex

from pipeline.claims import claims
from pipeline.errors import InputError
from pipeline.ingest import FORMATS, ingest
from pipeline.ingest.record import SourceRecord, normalize_whitespace, source_location
from pipeline.outputs import FLOAT_FORMAT
from pipeline.papers import LIST_SEPARATOR, papers

SHOWN_COLUMNS = ["field", "kind", "value", "value_high", "unit", "qualifier", "role", "subject",
                 "metric", "comparator", "text", "start", "end"]


def _plain_text_papers(text: str, name: str) -> tuple[pd.DataFrame, bool]:
    """Plain text is one abstract, its lines joined (abstracts are often pasted wrapped). A
    first line followed by a blank line is the title. Without one, the file's name stands in,
    and the second value says that the title's claims are none of the paper's ('nvfp4.txt'
    claims no format)."""
    paragraphs = [block for block in regex.split(r"\n\s*\n", text.strip()) if block.strip()]
    if not paragraphs:
        raise InputError(name, 1, "no text to read")
    has_title = len(paragraphs) > 1 and "\n" not in paragraphs[0].strip()
    title = normalize_whitespace(paragraphs[0]) if has_title else name
    abstract = normalize_whitespace(" ".join(paragraphs[1:] if has_title else paragraphs))
    return papers([SourceRecord(title=title, abstract=abstract, source=f"{name}:1")]), not has_title


def _first_line(sources: str) -> int:
    """The line of a paper's first source ('papers.jsonl:3; papers.jsonl:9' -> 3), else 0."""
    return source_location(sources.split(LIST_SEPARATOR)[0])[1] or 0


def claims_of_document(file: str, as_of: dt.date | None = None) -> pd.DataFrame:
    """The claims of every paper in `file` ('-' for stdin), with the paper's title."""
    title_stands_in = False
    if file == "-":
        table, title_stands_in = _plain_text_papers(sys.stdin.read(), "<stdin>")
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
            table, title_stands_in = _plain_text_papers(text, path.name)
    rejected: list[str] = []
    found = claims(table, rejected)
    if title_stands_in:
        found = found[found["field"] != "title"].reset_index(drop=True)
    for problem in rejected:
        print(f"warning: {problem}", file=sys.stderr)
    titles = dict(zip(table["paper_id"], table["title"]))
    # The papers table is in id order; a reader of one file expects the file's own order.
    line_of = {paper: _first_line(sources) for paper, sources in zip(table["paper_id"], table["sources"])}
    found = found.assign(title=found["paper_id"].map(titles), _line=found["paper_id"].map(line_of))
    return found.sort_values("_line", kind="stable").drop(columns="_line").reset_index(drop=True)


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
