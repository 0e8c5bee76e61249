"""The daily-papers page: a page header, then per paper

    Title

    Abstract (one or more paragraphs)

    nvidia NVIDIA            <- organization handle and name, or '• 24 authors'
    ·
    Nov 20, 2025 3           <- date and upvotes
"""
from __future__ import annotations

import datetime as dt

import regex

from pipeline.errors import InputError
from pipeline.ingest.dates import DATE_PATTERN, parse_printed_date
from pipeline.ingest.record import SourceRecord, normalize_whitespace

NAME = "daily_papers"

TRAILER = regex.compile(rf"^{DATE_PATTERN}(?:\s+(?P<upvotes>\d+))?$", regex.VERBOSE)  # upvotes may be missing
AUTHOR_COUNT = regex.compile(r"^•\s*(?P<count>\d+)\s+authors?$")
SEPARATOR = "·"
PAGE_DATE = regex.compile(rf"^{DATE_PATTERN}$", regex.VERBOSE)
PAGE_HEADER_LINES = {
    "new",
    "Get trending papers in your email inbox!",
    "Subscribe",
    "Daily Papers",
    "byAK and the research community",
}


def detect(lines: list[str]) -> bool:
    """The page has date-and-upvote trailer lines, each after a lone '·' line."""
    stripped = [line.strip() for line in lines if line.strip()]
    return any(
        TRAILER.match(line) and index > 0 and stripped[index - 1] == SEPARATOR
        for index, line in enumerate(stripped)
    )


def _is_page_header(line: str) -> bool:
    return line in PAGE_HEADER_LINES or bool(PAGE_DATE.match(line))


def parse_block(block: list[tuple[int, str]], trailer, path: str, as_of: dt.date) -> SourceRecord:
    """One paper from its non-blank lines (title .. '·') and its trailer match."""
    if len(block) < 4 or block[-1][1] != SEPARATOR:
        start = block[0][0] if block else None
        raise InputError(path, start, "daily-papers entry needs a title, an abstract, an author or org line and '·'")
    (title_line, title), *abstract_lines, (_, meta), _separator = block
    author_count = AUTHOR_COUNT.match(meta)
    published, inferred = parse_printed_date(trailer, as_of)
    return SourceRecord(
        title=normalize_whitespace(title),
        abstract=normalize_whitespace(" ".join(text for _, text in abstract_lines)),
        source=f"{path}:{title_line}",
        title_source=f"{path}:{title_line}",
        abstract_source=f"{path}:{abstract_lines[0][0]}" if abstract_lines else "",
        n_authors=int(author_count["count"]) if author_count else None,
        orgs=() if author_count else (meta.split()[0],),
        published=published,
        date_inferred=inferred,
        upvotes=int(trailer["upvotes"]) if trailer["upvotes"] else None,
    )


def parse(lines: list[str], path: str, as_of: dt.date, on_error) -> list[SourceRecord]:
    records: list[SourceRecord] = []
    block: list[tuple[int, str]] = []
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or (not records and not block and _is_page_header(line)):
            continue
        trailer = TRAILER.match(line)
        if trailer and block and block[-1][1] == SEPARATOR:
            try:
                records.append(parse_block(block, trailer, path, as_of))
            except InputError as error:
                on_error(error)
            block = []
        else:
            block.append((number, line))
    if block:
        on_error(InputError(path, block[0][0], "daily-papers entry is not closed by a date and upvote line"))
    return records
