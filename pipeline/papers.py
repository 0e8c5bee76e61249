"""Stage 1: source records -> the papers table, one row per unique paper.

A paper found in several sources is merged into one row. Where its copies disagree,
the row says so (n_variants, differing_fields) rather than silently picking one.
"""
from __future__ import annotations

import hashlib
import unicodedata

import pandas as pd
import regex

from pipeline.ingest.record import SourceRecord
from schemas.papers import PapersSchema

LIST_SEPARATOR = "; "
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")


def title_key(title: str) -> str:
    """The title with case, spacing and punctuation folded away: equal for copies of one paper."""
    folded = unicodedata.normalize("NFKC", title).casefold()
    return _NOT_ALNUM.sub(" ", folded).strip()


def paper_id(title: str) -> str:
    """A stable id: the same title in any source, any case or punctuation, gives the same id."""
    return hashlib.sha1(title_key(title).encode("utf-8")).hexdigest()[:12]


def _first(values):
    return next((value for value in values if value is not None and value != ()), None)


def _authors_agree(copies: list[SourceRecord]) -> bool:
    """Copies agree if each list is a prefix of the longest (a source may cut it with et al.)."""
    lists = [copy.authors for copy in copies if copy.authors]
    longest = max(lists, key=len, default=())
    return all(
        longest[: len(names)] == names if copy.authors_truncated else names == longest
        for copy, names in ((copy, copy.authors) for copy in copies if copy.authors)
    )


# Fields compared across copies of one paper; metadata only one source prints is not compared.
COMPARED_FIELDS = ("title", "abstract", "published", "orgs", "category", "has_code", "n_authors")


def differing_fields(copies: list[SourceRecord]) -> list[str]:
    differing = []
    for field in COMPARED_FIELDS:
        values = {getattr(copy, field) for copy in copies} - {None, ()}
        if len(values) > 1:
            differing.append(field)
    if not _authors_agree(copies):
        differing.append("authors")
    return sorted(differing)


def merge_copies(copies: list[SourceRecord]) -> dict:
    """One papers row from every copy of a paper; earlier sources win where they differ."""
    longest_authors = max(copies, key=lambda copy: (len(copy.authors), not copy.authors_truncated))
    published_from = next((copy for copy in copies if copy.published is not None), None)
    n_authors = _first(copy.n_authors for copy in copies)
    variants = {(copy.title, copy.abstract) for copy in copies}
    return {
        "paper_id": paper_id(copies[0].title),
        "title": copies[0].title,
        "authors": LIST_SEPARATOR.join(longest_authors.authors),
        "authors_truncated": longest_authors.authors_truncated,
        "n_authors": n_authors if n_authors is not None else pd.NA,
        "orgs": LIST_SEPARATOR.join(_first(copy.orgs for copy in copies) or ()),
        "published": published_from.published.isoformat() if published_from else pd.NA,
        "date_inferred": published_from.date_inferred if published_from else False,
        "category": _first(copy.category for copy in copies) or pd.NA,
        "has_code": _first(copy.has_code for copy in copies),
        "upvotes": _first(copy.upvotes for copy in copies) if _first(copy.upvotes for copy in copies) is not None else pd.NA,
        "arxiv_id": _first(copy.arxiv_id for copy in copies) or pd.NA,
        "abstract": copies[0].abstract,
        "sources": LIST_SEPARATOR.join(copy.source for copy in copies),
        "title_source": copies[0].title_source,
        "abstract_source": copies[0].abstract_source,
        "n_variants": len(variants),
        "differing_fields": LIST_SEPARATOR.join(differing_fields(copies)),
    }


def papers(records: list[SourceRecord]) -> pd.DataFrame:
    """The validated papers table, sorted by paper_id."""
    groups: dict[str, list[SourceRecord]] = {}
    for record in records:
        groups.setdefault(paper_id(record.title), []).append(record)
    rows = [merge_copies(copies) for copies in groups.values()]
    frame = pd.DataFrame(rows, columns=list(PapersSchema.to_schema().columns))
    frame = frame.sort_values("paper_id", kind="stable").reset_index(drop=True)
    return PapersSchema.validate(frame.astype(PAPERS_DTYPES))


PAPERS_DTYPES = {
    "n_authors": "Int64",
    "upvotes": "Int64",
    "has_code": "boolean",
    "authors_truncated": bool,
    "date_inferred": bool,
    "n_variants": "int64",
}
