"""JSON Lines in the layout of the arXiv metadata snapshot, one paper an object:

    {"id": "2504.03624", "title": "...", "authors": "A, B and C", "abstract": "...",
     "categories": "cs.CL cs.LG", "update_date": "2025-04-05", ...}

Titles and abstracts there carry hard line breaks and runs of spaces.
"""
from __future__ import annotations

import datetime as dt
import json

import regex

from pipeline.errors import InputError
from pipeline.ingest.record import SourceRecord, normalize_whitespace

NAME = "arxiv_jsonl"

AUTHOR_SEPARATOR = regex.compile(r",\s*(?:and\s+)?|\s+and\s+")


def detect(lines: list[str]) -> bool:
    first = next((line for line in lines if line.strip()), "")
    return first.lstrip().startswith("{")


def split_authors(authors) -> tuple[str, ...]:
    """A list as given, or the snapshot's 'A, B and C' string split into names."""
    if isinstance(authors, list):
        return tuple(normalize_whitespace(str(name)) for name in authors if str(name).strip())
    text = normalize_whitespace(str(authors or ""))
    return tuple(name for name in AUTHOR_SEPARATOR.split(text) if name)


def _optional_text(value) -> str | None:
    return normalize_whitespace(str(value)) if value not in (None, "") else None


def parse_object(obj: dict, path: str, number: int) -> SourceRecord:
    title = normalize_whitespace(str(obj.get("title") or ""))
    if not title:
        raise InputError(path, number, "record has no title")
    authors = split_authors(obj.get("authors"))
    published = None
    if obj.get("update_date"):
        try:
            published = dt.date.fromisoformat(str(obj["update_date"]))
        except ValueError:
            raise InputError(path, number, f"update_date {obj['update_date']!r} is not an ISO date") from None
    categories = str(obj.get("categories") or "").split()
    return SourceRecord(
        title=title,
        abstract=normalize_whitespace(str(obj.get("abstract") or "")),
        source=f"{path}:{number}",
        title_source=f"{path}:{number}",
        abstract_source=f"{path}:{number}",
        authors=authors,
        n_authors=len(authors) or None,
        published=published,
        category=categories[0] if categories else None,
        arxiv_id=_optional_text(obj.get("id")),
    )


def parse(lines: list[str], path: str, as_of: dt.date, on_error) -> list[SourceRecord]:
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(path, number, f"not valid JSON ({error.msg})") from None
            if not isinstance(obj, dict):
                raise InputError(path, number, "JSON line is not an object")
            records.append(parse_object(obj, path, number))
        except InputError as error:
            on_error(error)
    return records
