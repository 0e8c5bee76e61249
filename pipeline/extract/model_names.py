"""Sizes inside model names: 'Llama-3.1-70B-Instruct', 'Qwen3-30B-A3B-Thinking-2507',
'Qwen-2.5-7B/72B', '30B/3.6A', '56B/47B', 'llama-13b', 'Nemotron-Nano12B-v2-Base'.

A name is one run of letters, digits and joiners (- _ / .) with at least one size segment.
Versions ('Llama-3.1', 'Nemotron-4', 'Qwen3.5') have no scale letter and are never sizes;
'k' is left out because in a name it is a context length ('Phi-3-mini-4k').
"""
from __future__ import annotations

import regex

from pipeline.extract.claim import Claim
from pipeline.extract.context import trained_on
from pipeline.extract.grammar import DIGIT, scaled_by
from pipeline.extract.lexicon import DATASET_FAMILIES, PARAMETER_NOUNS, SCALE_SUFFIXES, TOKEN_NOUNS

NAME_TOKEN = regex.compile(
    r"""
    (?<![\p{L}\p{N}_.\-/])
    [\p{L}\p{N}]+ (?:[\-_/.][\p{L}\p{N}]+)+     # at least two segments joined
    (?![\p{L}\p{N}]|[\-_/][\p{L}\p{N}])
    """,
    regex.VERBOSE,
)

SIZE_SEGMENT = regex.compile(
    rf"""
    ^(?P<prefix>\p{{L}}{{2,}})??                  # a name glued to the size: Nano12B
    (?P<active_marker>A)?                         # A3B: the active size of a mixture of experts
    (?P<digits>{DIGIT}+(?:\.{DIGIT}+)?)
    (?P<suffix>[BbMm]|(?P<active_suffix>A))$      # 70B, 13b, 350m; 3.6A is active too
    """,
    regex.VERBOSE,
)

# Segments that make a hyphenated token a noun phrase ('70B-parameter'), not a name.
PHRASE_WORDS = PARAMETER_NOUNS | TOKEN_NOUNS | {"scale", "sized", "size", "class", "level", "model", "models"}

_SEGMENT = regex.compile(r"[^\-_/]+")
_ACTIVE_MARK = regex.compile(r"(?:^|[\-_])A\d|\dA$")
# A count of experts beside a size ('Llama 4 Scout 17B-16E') is no part of the name.
_EXPERTS = regex.compile(rf"{DIGIT}+E")
# A size in a name below this is no model size but a length: 'Qwen2.5-1M' reads a million tokens.
SMALLEST_NAMED_SIZE = 1e7


def _segments(token: str):
    """(segment, start offset within token) split at - _ /; dots stay inside ('3.1', '3.6A')."""
    for match in _SEGMENT.finditer(token):
        yield match.group(), match.start()


def sizes_in_token(token: str, offset: int) -> list[Claim]:
    """Parameter claims of every size segment of a name token found at `offset`."""
    segments = list(_segments(token))
    # The name part: segments with letters that are not sizes ('Qwen3' in 'Qwen3-8B').
    words = [segment for segment, _ in segments
             if any(char.isalpha() for char in segment) and not SIZE_SEGMENT.match(segment)
             and not _EXPERTS.fullmatch(segment)]
    experts = any(_EXPERTS.fullmatch(segment) for segment, _ in segments)
    if any(word.lower() in PHRASE_WORDS for word in words) or token.lower().startswith("sub-"):
        return []  # '70B-parameter' is a noun phrase and 'sub-2B' a bound: the number grammar reads them
    if not words and "/" not in token and not _ACTIVE_MARK.search(token) and not experts:
        return []  # '7B-70B' is a range: the number grammar reads it
    claims = []
    for segment, start in segments:
        size = SIZE_SEGMENT.match(segment)
        if not size or (size["prefix"] and size["active_marker"]):
            continue
        if size["suffix"] in ("M", "m") and not words:  # '350M/1B' alone could be anything
            continue
        scale = SCALE_SUFFIXES["B"] if size["active_suffix"] else SCALE_SUFFIXES[size["suffix"]]
        if float(size["digits"]) * scale < SMALLEST_NAMED_SIZE:
            continue
        is_active = bool(size["active_marker"] or size["active_suffix"])
        number_start = start + (len(size["prefix"]) if size["prefix"] else 0)
        claims.append(Claim(
            kind="parameter_count",
            value=scaled_by(float(size["digits"]), scale),  # 'Llama-2-8.3B' is 8.3e9 exactly
            start=offset + number_start,
            end=offset + start + len(segment),
            unit="parameters",
            role="active" if is_active else "",
            subject=token if words else "",
            token="" if words else token,
            token_start=-1 if words else offset,
        ))
    if any(claim.role == "active" for claim in claims):
        for claim in claims:
            claim.role = claim.role or "total"
    return claims


# A size segment ends in digits and a scale letter; the run of name characters around one
# is the only place a token with a size can be, so NAME_TOKEN is tried there alone.
_SIZE_HINT = regex.compile(r"\d[BbMmA](?![\p{L}\p{N}])")
_NAME_CHARACTERS = regex.compile(r"[\p{L}\p{N}\-_/.]*")
_NAME_CHARACTERS_BEFORE = regex.compile(r"[\p{L}\p{N}\-_/.]*", regex.REVERSE)


def _runs_with_a_size(text: str) -> list[tuple[int, int]]:
    """(start, end) of each maximal run of name characters that holds a size-shaped segment."""
    runs = []
    for hint in _SIZE_HINT.finditer(text):
        if runs and hint.start() < runs[-1][1]:
            continue
        start = _NAME_CHARACTERS_BEFORE.match(text, 0, hint.start()).start()
        runs.append((start, _NAME_CHARACTERS.match(text, hint.start()).end()))
    return runs


def model_size_claims(text: str) -> list[Claim]:
    """Every size named inside a model-name token of `text`."""
    claims = []
    matches = (match for start, end in _runs_with_a_size(text) for match in NAME_TOKEN.finditer(text, start, end))
    for match in matches:
        token = match.group()
        if token.endswith("."):
            token = token[:-1]
        if not names_a_dataset(text, token, match.start()):
            claims.extend(sizes_in_token(token, match.start()))
    return claims


def names_a_dataset(text: str, token: str, start: int, end: int | None = None) -> bool:
    """Whether the name token at `start` is a dataset's: one of the known families ('LAION-5B'),
    or what something is trained on ('pre-trained on JFT-300M' counts images, not parameters).
    `end`: where the phrase ends when a size follows the name ('trained on X 300M outputs')."""
    end = start + len(token) if end is None else end
    return token.split("-")[0].lower() in DATASET_FAMILIES or trained_on(text, start, end)
