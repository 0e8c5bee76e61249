"""Numeric formats: 'BF16, FP8, and FP4 formats', 'pre-trained in NVFP4', 'bfloat16 precision'."""
from __future__ import annotations

import regex

from pipeline.extract.claim import Claim
from pipeline.extract.grammar import DIGIT, SET_AGAINST_LEAD, matches_at, positions_of, qualifier_before, words_of
from pipeline.extract.lexicon import PRECISION_CUES_INSIDE_WORDS, PRECISION_FORMATS, PRECISION_ROLE_CUES

_BY_SURFACE = {surface.lower(): label_bits for surface, label_bits in PRECISION_FORMATS.items()}
_SPACE_OR_HYPHEN = regex.compile(r"[\s\-]+")
# A format named in words is spaced or hyphened: 'half precision', 'half-precision'.
_FORMAT_SURFACES = "|".join(regex.escape(surface).replace("\\ ", r"[\s\-]")
                            for surface in sorted(PRECISION_FORMATS, key=len, reverse=True))

# A format hyphened to a model acronym names a model: 'FP8-LM'; not 'FP8-quantized', 'FP8-GEMM'.
_NOT_A_MODEL_NAME = r"(?!-(?-i:\p{Lu}*LMs?|BERT|ViT|Net)\b)"

FORMAT = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}]|[\p{{L}}\p{{N}}]\.)   # not inside a word or a dotted name: 'LLM.int8()'
    (?P<format>{_FORMAT_SURFACES})
    (?![\p{{L}}\p{{N}}])
    {_NOT_A_MODEL_NAME}
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_WIDTH_DIGITS = rf"{DIGIT}{{1,2}}(?:\.{DIGIT}{{1,2}})?"  # 4-bit, 1.58-bit, '2.5 bits on average'
_BIT_WORDS = {"two": 2, "three": 3, "four": 4, "six": 6, "eight": 8, "sixteen": 16, "thirty-two": 32}
BIT_WIDTH = regex.compile(
    rf"""(?<![\p{{L}}\p{{N}}.])
    (?P<bits>{_WIDTH_DIGITS}|(?i:{"|".join(_BIT_WORDS)}))   # 4-bit, 1.58-bit, eight bits
    (?:\$?-|\s{{1,2}}|(?=(?i:bits?)\b))(?i:bits?)\b(?!\s*(?:per|/)\s*+(?!(?:value|weight|parameter|element|entry|activation)s?\b))
                                                             # '2 bits per weight' is a width, 'bits per second' a rate;
                                                             # math may close before the unit: '$4$-bit', '$8$ bits'
    """,
    regex.VERBOSE,
)

_CUES_BY_LENGTH = sorted(PRECISION_ROLE_CUES, key=len, reverse=True)
ROLE_CUE = regex.compile(
    "|".join([*(cue for cue in _CUES_BY_LENGTH if cue.startswith(PRECISION_CUES_INSIDE_WORDS)),
              rf"(?<!\p{{L}})(?:{'|'.join(cue for cue in _CUES_BY_LENGTH if not cue.startswith(PRECISION_CUES_INSIDE_WORDS))})"]),
    regex.IGNORECASE)
_CLAUSE_START = regex.compile(r"[.;:!?]\s")
CLAUSE_END = regex.compile(r"[.;:!?]|,\s(?:and|while|but)\s")


_ARTICLE = regex.compile(r"\b(?:a|an|the)\b", regex.IGNORECASE)


# A comma or conjunction between two phrases; read backwards, the last one before a position.
_PHRASE_BREAK = regex.compile(r",|\band\b|\bor\b")
_LAST_CONJUNCTION = regex.compile(r"(?r)" + _PHRASE_BREAK.pattern)


# A verb or a preposition between two formats puts the second in a phrase of its own:
# 'post-trained in BF16 and released in BF16, FP8 and NVFP4 checkpoints'.
_OWN_PHRASE_OPENER = regex.compile(r"\b(?:\p{Ll}{2,}(?<!e)ed|in|to|with|using|for)\b")  # not the verb 'speed'




def _own_phrase_end(after: str) -> int | None:
    """Where this format's phrase ends if the next format starts a phrase of its own: at that
    format after an article ('BF16 and an FP8-quantized version'), at the verb or preposition
    that opens it ('BF16 and released in FP8'); None if they share one phrase and its cue
    ('NVFP4 and FP8 elastic checkpoints', 'INT4 weight and INT8 activation quantization', 'FP8
    (E4M3) inference')."""
    following = FORMAT.search(after)
    if not following:
        return None
    opener = _OWN_PHRASE_OPENER.search(after, 0, following.start())
    if opener:  # the next phrase starts at the conjunction before its opener: 'FP8 and serve in FP4'
        joiner = _LAST_CONJUNCTION.search(after, 0, opener.start())
        return joiner.start() if joiner else opener.start()
    return following.start() if _ARTICLE.search(after, 0, following.start()) else None


# A format after one of these is what another is measured against ('faster than BF16',
# 'Compared with FP8, ...'; not 'less than 3 bits'); it takes only a cue of its own phrase, which
# ends at punctuation or a conjunction.
_SET_AGAINST_BEFORE = regex.compile(
    rf"(?:(?<!\b(?:less|more|fewer|rather|other)\s)\bthan|\bover|{SET_AGAINST_LEAD})\s+(?:the\s+|an?\s+)?\Z",
    regex.IGNORECASE)
_PHRASE_END_AFTER = regex.compile(r"[,;:.()]|\b(?:and|or|while|but|with)\b")
# A format before one of these is measured against too, with no role of its own unless a cue
# follows it: 'retains 99.1% of BF16 accuracy', 'the FP16 baseline'.
_REFERENCE_AFTER = regex.compile(r"\s+(?:accuracy|quality|performance|baselines?|counterparts?|reference)\b", regex.IGNORECASE)




def _first_decisive(after: str, cues: list):
    """The first cue, unless it is the weak 'precision' and a stronger cue follows in the same
    noun phrase: 'FP8 mixed precision training' is training, 'bfloat16 precision' inference."""
    first = cues[0]
    if first.group().lower() == "precision" and len(cues) > 1 \
            and not _PHRASE_BREAK.search(after, first.end(), cues[1].start()):
        return cues[1]
    return first


def precision_role(text: str, start: int, end: int) -> str:
    """The role cue nearest the format in its clause: after it first ('FP8 training'), then before."""
    after = text[end:end + 40]
    set_against = bool(_SET_AGAINST_BEFORE.search(text, max(0, start - 20), start))
    clause_end, own_phrase_end = CLAUSE_END.search(after), _own_phrase_end(after)
    # A format measured against takes only a cue of its own phrase: 'than FP8 training', not
    # 'Compared with FP8, NVFP4 training ...'.
    phrase_end = _PHRASE_END_AFTER.search(after) if set_against else None
    stops = [stop for stop in (clause_end.start() if clause_end else None, own_phrase_end, phrase_end.start() if phrase_end else None)
             if stop is not None]
    after = after[: min(stops)] if stops else after
    cues = list(ROLE_CUE.finditer(after))
    decisive = _first_decisive(after, cues).group().lower() if cues else ""
    if decisive and decisive != "precision":
        return PRECISION_ROLE_CUES[decisive]
    if not decisive and (_REFERENCE_AFTER.match(text, end) or set_against):
        return ""  # 'faster than BF16', 'Compared with FP8, ...': a format measured against
    # The weak 'precision' yields to a cue before the format: 'a training run in 4-bit precision'.
    before = text[max(0, start - 80):start]
    clause_starts = list(_CLAUSE_START.finditer(before))
    before = before[clause_starts[-1].end():] if clause_starts else before
    cues = list(ROLE_CUE.finditer(before))
    return PRECISION_ROLE_CUES[cues[-1].group().lower()] if cues else PRECISION_ROLE_CUES.get(decisive, "")


# Quantization papers name the widths of weights, activations and the KV cache in one token:
# 'W4A8', 'W8A8', 'W4A16g128' (with its group size), 'W4A8KV4'. Each width is a claim of its own,
# anchored to its own letters, so a reader sees which tensor has which width.
_WIDTH_OF_A_TENSOR = r"\d{1,2}(?:\.\d{1,2})?"
WEIGHT_ACTIVATION_WIDTHS = regex.compile(
    rf"""(?<![\p{{L}}\p{{N}}])
    (?P<weights>W{_WIDTH_OF_A_TENSOR})
    (?:(?P<activations>A{_WIDTH_OF_A_TENSOR})(?P<cache>KV{_WIDTH_OF_A_TENSOR})?
       |(?P<cache>KV{_WIDTH_OF_A_TENSOR}))
    (?:G\d+)?                                # group size
    (?![\p{{L}}\p{{N}}])
    {_NOT_A_MODEL_NAME}
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_TENSOR_LETTERS = ("weights", "activations", "cache")
_LETTERS_OF_A_TENSOR = regex.compile(r"\A\p{L}+")


def tensor_width_claims(text: str) -> list[Claim]:
    """'W4A8KV4' -> 4 bits at 'W4', 8 at 'A8', 4 at 'KV4'. The notation is quantization's, so
    that is the role unless a cue says otherwise ('W4A16 inference')."""
    claims = []
    for match in WEIGHT_ACTIVATION_WIDTHS.finditer(text):
        role = precision_role(text, match.start(), match.end()) or "quantization"
        for tensor in _TENSOR_LETTERS:
            for start, end in match.spans(tensor):
                bits = float(_LETTERS_OF_A_TENSOR.sub("", text[start:end]))
                claims.append(Claim("precision", bits, start, end, "bits", role=role, metric=f"{bits:g}-bit",
                                    token_start=match.start()))  # its subject is read before the whole token
    return sorted(claims, key=lambda claim: claim.start)


# Words that tell a format may occur; for a format in words its last word, which is rarer than
# its first ('precision', not the 'single' of 'a single GPU').
_FORMAT_WORDS = frozenset(surface.split()[-1] for surface in _BY_SURFACE)
_BIT_NOUNS = frozenset({"bit", "bits"})
# ... and the first word of each, where a match can start: FORMAT is tried only there, since
# trying its thirty case-blind surfaces at every character costs ~100 µs an abstract.
_FIRST_FORMAT_WORDS = frozenset(surface.split()[0] for surface in _BY_SURFACE)


def format_matches(text: str) -> list:
    """The matches of FORMAT.finditer(text), trying the pattern only where a format's first word occurs."""
    words = words_of(text)
    if not _FORMAT_WORDS & words:
        return []
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer: offsets would shift
        return list(FORMAT.finditer(text))
    return matches_at(FORMAT, text, [position for word in _FIRST_FORMAT_WORDS & words for position in positions_of(lowered, word)])


def may_hold_a_width(text: str) -> bool:
    """Whether 'bit' or 'bits' occurs whole or glued to digits ('2bit'): only then is BIT_WIDTH tried."""
    words = words_of(text)
    return bool(_BIT_NOUNS & words) or any(word.endswith(("bit", "bits")) and word[:1].isdigit() for word in words)


def precision_claims(text: str) -> list[Claim]:
    # Most abstracts name no format: a set lookup of the text's words tells, and the
    # case-insensitive alternations run only when one occurs.
    claims = []
    for match in format_matches(text):
        label, bits = _BY_SURFACE[_SPACE_OR_HYPHEN.sub(" ", match["format"].lower())]
        claims.append(Claim("precision", float(bits), match.start(), match.end(), "bits",
                            role=precision_role(text, match.start(), match.end()), metric=label))
    for match in BIT_WIDTH.finditer(text) if may_hold_a_width(text) else ():
        role = precision_role(text, match.start(), match.end())
        low = _WIDTH_RANGE_LOW.match(text, 0, match.start())
        if low and _width(low["bits"]) < _width(match["bits"]):  # '3-4 bits', '2 to 3 bits': one claim, as every range is
            low_bits, high_bits = _width(low["bits"]), _width(match["bits"])
            claims.append(Claim("precision", low_bits, low.start(), match.end(), "bits", "range", high_bits,
                                role=role, metric=f"{low_bits:g}-{high_bits:g}-bit"))
            continue
        for start, end, bits in [*reversed(_widths_listed_before(text, match.start())),
                                 (match.start(), match.end(), match["bits"])]:
            bits = _width(bits)
            claims.append(Claim("precision", bits, start, end, "bits", qualifier_before(text, start),
                                role=role, metric=f"{bits:g}-bit"))
    return claims + tensor_width_claims(text)


def _width(bits: str) -> float:
    """'4' or 'four' -> 4.0."""
    return float(_BIT_WORDS.get(bits.lower()) or bits)


# The low end of a range of widths: the '3-' of '3-4 bits', the '2 to' of '2 to 3 bits' (not
# 'from 16 to 4 bits', a change of width).
_WIDTH_RANGE_LOW = regex.compile(
    rf"(?r)(?<![\p{{L}}\p{{N}}.])(?<!\bfrom\s+)(?P<bits>{_WIDTH_DIGITS})(?:\s*[\-–—]\s*|\s+to\s+)\Z")


# A width listed before the one that names the unit: '3 or 4 bits', '2-, 3- and 4-bit', '4/8-bit'.
_WIDTH_LISTED_BEFORE = regex.compile(
    rf"(?r)(?<![\p{{L}}\p{{N}}.])(?P<bits>{_WIDTH_DIGITS})-?(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|/)\Z")
_VERSION_NAME_BEFORE = regex.compile(r"(?r)\p{Lu}[\p{L}\p{N}\-]*\s+\Z")  # 'Llama 3 and 4-bit': a version


def _widths_listed_before(text: str, position: int) -> list[tuple[int, int, str]]:
    """(start, end, digits) of the widths listed before a bit width, nearest first."""
    widths = []
    while (item := _WIDTH_LISTED_BEFORE.match(text, 0, position)) \
            and not _VERSION_NAME_BEFORE.match(text, 0, item.start()):
        widths.append((item.start(), item.end("bits"), item["bits"]))
        position = item.start()
    return widths
