"""The listing format: a header line, the title glued to its authors, the abstract.

    CLApr 4, 2025Code
    Nemotron-H: A Family of ... ModelsAaron Blakeman, Aarti Basant et al. · nvidia
    As inference-time scaling becomes critical ...
"""
from __future__ import annotations

import datetime as dt

import regex

from pipeline.errors import InputError, InputWarning
from pipeline.ingest.authors import split_title_authors
from pipeline.ingest.dates import DATE_PATTERN, parse_printed_date
from pipeline.ingest.record import SourceRecord, normalize_whitespace

NAME = "listing"

HEADER = regex.compile(
    rf"""
    ^(?P<category>[A-Z]{{2,4}})     # arXiv category code, glued: CL, LG, AI
    {DATE_PATTERN}
    (?P<code>Code)?$                # badge: the paper links its code
    """,
    regex.VERBOSE,
)

# Category codes that are not under cs.
CATEGORY_ARCHIVES = {"ML": "stat.ML", "AS": "eess.AS", "IV": "eess.IV", "SP": "eess.SP"}

ET_AL = regex.compile(r"\s*et al\.?$")
ORG_SEPARATOR = " · "


def detect(lines: list[str]) -> bool:
    """A listing starts with a category-and-date header line."""
    first = next((line for line in lines if line.strip()), "")
    return bool(HEADER.match(first.strip()))


def category_name(code: str) -> str:
    return CATEGORY_ARCHIVES.get(code, f"cs.{code}")


def split_orgs(byline: str) -> tuple[str, tuple[str, ...]]:
    """('Title...Authors et al.', ('nvidia',)) from a line that may end in ' · org1, org2'."""
    if ORG_SEPARATOR not in byline:
        return byline, ()
    head, _, orgs = byline.rpartition(ORG_SEPARATOR)
    return head, tuple(org.strip() for org in orgs.split(",") if org.strip())


def parse_entry(header, byline: str, abstract: str, path: str, lines: tuple[int, int, int],
                as_of: dt.date, on_error) -> SourceRecord:
    """One entry from its header match, byline and abstract; `lines` are their line numbers."""
    line, title_line, abstract_line = lines
    head, orgs = split_orgs(normalize_whitespace(byline))
    truncated = bool(ET_AL.search(head))
    head = ET_AL.sub("", head)
    split = split_title_authors(head)
    if split is None:  # authors of unusual shape ('marah abdin'): keep the paper and its claims
        on_error(InputWarning(path, title_line, "cannot split the title from the author list; "
                                                "the whole line is kept as the title"))
        split = (head, [])
    title, authors = split
    published, inferred = parse_printed_date(header, as_of)
    return SourceRecord(
        title=title,
        abstract=normalize_whitespace(abstract),
        source=f"{path}:{line}",
        title_source=f"{path}:{title_line}",
        abstract_source=f"{path}:{abstract_line}",
        authors=tuple(authors),
        authors_truncated=truncated,
        n_authors=None if truncated or not authors else len(authors),
        orgs=orgs,
        published=published,
        date_inferred=inferred,
        category=category_name(header["category"]),
        has_code=bool(header["code"]),
    )


def parse(lines: list[str], path: str, as_of: dt.date, on_error) -> list[SourceRecord]:
    """Every entry of a listing file; `on_error(InputError)` raises or records a skip."""
    numbered = [(number, line.strip()) for number, line in enumerate(lines, 1) if line.strip()]
    records, index = [], 0
    while index < len(numbered):
        number, line = numbered[index]
        header = HEADER.match(line)
        if not header:
            on_error(InputError(path, number, f"expected a listing header like 'CLApr 4, 2025Code', got {line[:40]!r}"))
            index += 1
            continue
        body = [text for _, text in numbered[index + 1: index + 3]]
        body_lines = tuple(number for number, _ in numbered[index + 1: index + 3])
        if len(body) < 2 or any(HEADER.match(text) for text in body):
            on_error(InputError(path, number, "listing entry has no title or no abstract line"))
            index += 1 + sum(1 for text in body[:1] if not HEADER.match(text))
            continue
        try:
            records.append(parse_entry(header, body[0], body[1], path, (number, *body_lines), as_of, on_error))
        except InputError as error:
            on_error(error)
        index += 3
    return records

