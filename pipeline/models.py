"""Stage 3a: the claims table -> model entities, one row per model named with a size.

Names that differ only in case, separators, word order, a 'v' before a version or a 'Base'
suffix resolve to one entity, and so do names whose size is written in them and names
given with a size beside them: 'Nemotron Nano V2 12B' = 'Nemotron-Nano-12B-v2-Base', and
'Nemotron 3 Nano 30B-A3B' = 'Nemotron Nano v3 (30B/3.6A)'. The total size is part of the
key, so siblings of different sizes ('-9B-v2' and '-12B-v2') never merge: a wrong merge is
worse than a missed one.
"""
from __future__ import annotations

import hashlib

import pandas as pd
import regex

from pipeline.extract.lexicon import SIZE_TIER_NAMES
from schemas.comparison import ModelsSchema

_SEPARATORS = regex.compile(r"[\s\-_/]+")
_SIZE = regex.compile(r"^(?:\d+(?:\.\d+)?[bmt]|a\d+(?:\.\d+)?[bm]?|\d+(?:\.\d+)?a)$")
_GLUED_SIZE = regex.compile(r"^(?P<name>\p{L}{2,})\d+(?:\.\d+)?[bm]$")
_LETTER_DIGIT = regex.compile(r"(?<=\p{L})(?=\d)|(?<=\d)(?=\p{L})")
DROPPED_WORDS = {"base", "v"}
_GENERIC = {name.casefold() for name in SIZE_TIER_NAMES}


def name_tokens(subject: str) -> list[str]:
    """Lowercased name words without sizes: 'Nemotron-Nano12B-v2-Base' -> nemotron nano 2."""
    tokens = []
    for token in _SEPARATORS.split(subject.casefold()):
        if not token or _SIZE.match(token):
            continue
        glued = _GLUED_SIZE.match(token)
        if glued:
            token = glued["name"]
        tokens.extend(part for part in _LETTER_DIGIT.split(token) if part and part not in DROPPED_WORDS)
    return tokens


def entity_key(subject: str, total: float | None) -> str | None:
    """The resolution key, or None for a name too generic to be an entity ('Nano')."""
    words = sorted(set(name_tokens(subject)))
    if not words or set(words) <= _GENERIC or not any(word.isalpha() for word in words):
        return None
    size = f"{total / 1e9:g}b" if total else "?"
    return " ".join(words) + " @" + size


def _mentions(claims: pd.DataFrame) -> list[dict]:
    """Each named size as one model mention; an active size joins the total before it
    ('30B-A3B', '30B/3.6A', '120 billion (active 12 billion)'), and every size of a list
    ('Qwen-2.5-7B/72B', 'Nemotron-H ... 8B and 56B/47B') is a model of its own."""
    sizes = claims[(claims["kind"] == "parameter_count") & (claims["subject"] != "")]
    sizes = sizes.sort_values(["paper_id", "field", "start"], kind="stable")
    mentions: list[dict] = []
    for row in sizes.itertuples(index=False):
        span = f"{row.paper_id}:{row.field}:{row.start}-{row.end}"
        last = mentions[-1] if mentions else None
        if row.role == "active" and last and (last["paper_id"], last["subject"]) == (row.paper_id, row.subject) \
                and last["active"] is None:
            last.update(active=float(row.value), active_text=row.text)
        else:
            is_active = row.role == "active"
            mentions.append({"paper_id": row.paper_id, "subject": row.subject,
                             "total": None if is_active else float(row.value),
                             "active": float(row.value) if is_active else None,
                             "active_text": row.text if is_active else "", "claim_ids": [], "spans": []})
        mentions[-1]["claim_ids"].append(row.claim_id)
        mentions[-1]["spans"].append(span)
    return mentions


def model_sizes(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per model mention with its entity key, total and active sizes and claims.
    active_from_name is true where the active size was read from a name ('A3B'), which
    rounds, rather than stated as a figure ('3.6A', '12 billion')."""
    rows = []
    for mention in _mentions(claims):
        key = entity_key(mention["subject"], mention["total"])
        if key is None:
            continue
        rows.append({**mention, "key": key,
                     "active_from_name": mention["active_text"][:1] in ("A", "a")})
    return pd.DataFrame(rows, columns=["key", "paper_id", "subject", "total", "active", "active_text",
                                       "active_from_name", "claim_ids", "spans"])


def display_name(subjects: list[str], total: float | None) -> str:
    """A spelling that shows the size ('Nemotron-H-47B-Base'), else the name and its size."""
    if total:
        size = f"{total / 1e9:g}B"
        with_size = [subject for subject in subjects if regex.search(rf"(?<![\d.]){regex.escape(size)}\b", subject, regex.IGNORECASE)
                     and "/" not in subject]
        if with_size:
            return min(with_size, key=len)
        return f"{subjects[0]} ({size})"
    return subjects[0]


def _join(values) -> str:
    return "; ".join(dict.fromkeys(str(value) for value in values))


def models(claims: pd.DataFrame) -> pd.DataFrame:
    """The validated models table, sorted by name."""
    sizes = model_sizes(claims)
    rows = []
    for key, group in sizes.groupby("key", sort=True):
        actives = [value for value in group["active"] if value is not None and not pd.isna(value)]
        totals = [value for value in group["total"] if value is not None and not pd.isna(value)]
        rows.append({
            "model_id": hashlib.sha1(key.encode()).hexdigest()[:12],
            "name": display_name(list(group["subject"]), totals[0] if totals else None),
            "aliases": _join(sorted(set(group["subject"]))),
            "total_params": totals[0] if totals else None,
            "active_params": max(set(actives), key=actives.count) if actives else None,
            "active_values": _join(f"{value:g}" for value in sorted(set(actives))),
            "n_papers": group["paper_id"].nunique(),
            "papers": _join(sorted(set(group["paper_id"]))),
            "claim_ids": _join(claim for ids in group["claim_ids"] for claim in ids),
            "spans": _join(span for spans in group["spans"] for span in spans),
        })
    frame = pd.DataFrame(rows, columns=list(ModelsSchema.to_schema().columns))
    frame = frame.sort_values(["name", "model_id"], kind="stable").reset_index(drop=True)
    return ModelsSchema.validate(frame)
