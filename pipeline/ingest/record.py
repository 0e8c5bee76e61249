"""The one shape every source format parses into, before papers are merged."""
from __future__ import annotations

import dataclasses
import datetime as dt


def normalize_whitespace(text: str) -> str:
    """One space between words, none at the ends: sources wrap and pad text differently.

    str.split's whitespace is regex's \\s plus four ASCII separator controls; it is six times
    faster than a regex substitution, which matches at every space of an abstract."""
    return " ".join(text.split())


def source_location(source: str) -> tuple[str, int | None]:
    """(file, line) of a record's source: ('seeds/a.txt', 12) from 'seeds/a.txt:12'; no line if none."""
    file, _, line = source.rpartition(":")
    return (file, int(line)) if line.isdigit() else (source, None)


@dataclasses.dataclass(frozen=True)
class SourceRecord:
    """One paper as one source file printed it, with where it came from."""

    title: str
    abstract: str
    source: str  # "file:line" of the record's first line
    title_source: str = ""     # "file:line" where the title is printed
    abstract_source: str = ""  # "file:line" where the abstract starts
    authors: tuple[str, ...] = ()
    authors_truncated: bool = False
    n_authors: int | None = None
    orgs: tuple[str, ...] = ()
    published: dt.date | None = None
    date_inferred: bool = False
    category: str | None = None
    has_code: bool | None = None
    upvotes: int | None = None
    arxiv_id: str | None = None
