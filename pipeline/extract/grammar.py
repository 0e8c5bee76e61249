"""The one number grammar every kind shares: digits, number words, scales, ranges and units.

QUANTITY matches things like 'up to 3$\\times$', '25 trillion', '1.2-trillion-token',
'+4.8 to +12.6', '2-4x', '(<3%)', '22GiB', 'between 3 and 5', 'sub-2B', 'five'.
It only finds and normalizes numbers; deciding what a number is about is classify.py's job.
"""
from __future__ import annotations

import functools

import regex

from pipeline.extract import lexicon


def alternatives(words, escape=True) -> str:
    """Alternation of the words, longest first so 'more than' wins over 'more'."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(regex.escape(word).replace(r"\ ", r"\s+") if escape else word for word in ordered)


# The digits float() reads. The regex module's \d also takes digits of Unicode versions newer
# than Python's own, which float() then refuses.
DIGIT = "[0-9]"

# The pieces of a power of ten, shared by the grammar and the reading of its value.
MANTISSA = rf"{DIGIT}+(?:\.{DIGIT}+)?"  # also a plain number
POWER_TIMES = r"\s?(?:×|\\times|x)\s?"
EXPONENT = rf"[\-−]?{DIGIT}+"
# Text copied from a PDF writes the exponent in superscripts: '1.5×10¹²', '6×10²³'.
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT_EXPONENT = rf"⁻?[{SUPERSCRIPT_DIGITS}]+"
# A unit fraction of something named after it: '1/3 of the energy', '1/7th the carbon footprint'.
# Other slashes join two numbers ('7B/13B', '40/80GB'), so only these are read as one.
FRACTION = rf"1/[1-9]{DIGIT}{{0,2}}(?:th)?(?=\s+(?:of\s+)?(?:the|its|their)\b)"
THOUSANDS = r"(?:,|\{,\}|\\,)"  # LaTeX writes '10{,}000' or '10\,000'
DIGITS = rf"""
    (?: {FRACTION}                                   # 1/3 of the, 1/10th the
      | {MANTISSA}{POWER_TIMES}10\^\{{?{EXPONENT}\}}?   # 1.5 × 10^12, 1.4 \times 10^{{12}}
      | {DIGIT}+\^\{{?{EXPONENT}\}}?                  # 10^3 or 10^{{-2}}
      | (?:{MANTISSA}{POWER_TIMES})?10{SUPERSCRIPT_EXPONENT}   # 1.5×10¹², 10⁶
      | {MANTISSA}[eE]{EXPONENT}(?![\p{{L}}\p{{N}}])      # 6e23, 3e-4: as code and compute budgets write it
      | {DIGIT}{{1,3}}(?:[ \u2009\u202f]{DIGIT}{{3}})+(?![0-9.,\p{{L}}])   # 10 000, as SI style writes it; not 'Llama 3 405B'
      | {DIGIT}{{1,3}}(?:{THOUSANDS}{DIGIT}{{3}})+(?:\.{DIGIT}+)?   # 1,000 or 12,345.6; LaTeX '10{{,}}000'
      | {MANTISSA}                                   # 12 or 1.32
      | \.{DIGIT}+ )                                 # .5
"""
# A scale as a word ('25 trillion', '12-billion') or a suffix glued to the digits ('8B', '128k').
SCALE_WORDS = rf"(?i:{alternatives(lexicon.SCALE_WORDS)})"

# Numbers and ratio verbs written as words; 'threefold' is 'three' and the times sign 'fold';
# 'one' only before a scale word ('one billion') or a machine ('on one GPU', 'one 80GB A100').
WORD_NUMBERS = {**lexicon.NUMBER_WORDS, **lexicon.RATIO_VERBS, **lexicon.SCALED_NUMBER_WORDS}
# A fraction is hyphened ('one-third'), plural ('two thirds') or spaced before 'of', 'the', 'and'
# or a clause's end ('a third of the FLOPs', 'by a third.'); else 'a third' is an ordinal ('a third stage').
# (No spaces in the pattern: it is used in patterns that are not verbose.)
FRACTION_WORD = (rf"(?i:\b(?:{alternatives(lexicon.FRACTION_NUMERATORS)})"
                 rf"(?:-|\s+(?=\p{{L}}+(?:s\b|\s+(?:of|the|and|or)\b|\s*[.,;]|$)))"
                 rf"(?:{alternatives(lexicon.FRACTION_DENOMINATORS)})s?\b)")
_FRACTION_WORD = regex.compile(FRACTION_WORD)
_UNIT_WORD = rf"(?:{alternatives(lexicon.UNIT_WORDS)})"
_BELOW_A_HUNDRED = rf"(?:(?:{alternatives(lexicon.TENS_WORDS)})(?:-{_UNIT_WORD})?|{alternatives(lexicon.TEEN_WORDS)}|{_UNIT_WORD})"
# 'twenty-five', 'five hundred', 'one hundred twenty-eight': tried before the single words.
COMPOUND_NUMBER_WORD = (rf"\b(?:{_BELOW_A_HUNDRED}[\s\-]+hundred(?:(?:\s+and)?\s+{_BELOW_A_HUNDRED})?"
                        rf"|(?:{alternatives(lexicon.TENS_WORDS)})-{_UNIT_WORD})\b")
NUMBER_WORD = rf"""(?i:{COMPOUND_NUMBER_WORD}
                    |{FRACTION_WORD}
                    |\b(?:{alternatives(lexicon.NUMBER_WORDS | lexicon.RATIO_VERBS)})(?:\b|(?=fold\b))
                    |\b(?:{alternatives(lexicon.SCALED_NUMBER_WORDS)})(?=[\s\-]+{SCALE_WORDS}\b|\s+(?:\d+\s?GB\s+)?(?-i:{lexicon.HARDWARE_WORDS})))"""
_FRACTION_PARTS = regex.compile(r"(?P<numerator>\p{L}+)[\s\-]+(?P<denominator>\p{L}+?)s?")


def fraction_value(word: str) -> float | None:
    """The value of a fraction in words ('two-thirds' -> 0.6667, 'a quarter' -> 0.25), else None."""
    parts = _FRACTION_PARTS.fullmatch(word.lower())
    if not parts or parts["denominator"] not in lexicon.FRACTION_DENOMINATORS:
        return None
    return lexicon.FRACTION_NUMERATORS[parts["numerator"]] / lexicon.FRACTION_DENOMINATORS[parts["denominator"]]
SIGN = r"[+\-−±↑↓]"  # an arrow is a sign of a change: '68.4 (↑2.1)'
SCALE_SUFFIXES = "[" + "".join(lexicon.SCALE_SUFFIXES) + "]"


# A suffix may stand apart from the digits only before the noun it scales: '1.5 B parameters'.
SPACED_SUFFIX = r"(?:(?<=\d)\s(?=[BMTK]\s+(?:parameters?|params?|tokens?|models?)\b))?"


# A scale word alone is a number before the noun it scales or after 'sub-': 'trillion-parameter
# models', 'a billion tokens', 'sub-billion models'; not 'billions of parameters'.
_SCALED_NOUN = rf"(?i:{alternatives(lexicon.PARAMETER_NOUNS | lexicon.TOKEN_NOUNS)})"
BARE_SCALE = rf"(?=(?:{SCALE_WORDS})[\s\-]+(?:{_SCALED_NOUN}|times|fold)\b)|(?<=\b[Ss]ub-)(?=(?:{SCALE_WORDS})\b)"  # 'a thousand times'


# LaTeX sets a scale upright or apart from its digits: '$1.4\mathrm{T}$', '$7\text{B}$', '70\,B'.
LATEX_ROMAN = r"\\(?:mathrm|text|textrm|rm)\s*\{"


def _number(name: str) -> str:
    """A signed number with an optional scale, all in groups prefixed with `name`."""
    return rf"""
        (?P<{name}_sign>{SIGN})?
        (?: (?P<{name}_digits>{DIGITS}) | (?P<{name}_numword>{NUMBER_WORD}) | (?P<{name}_bare>{BARE_SCALE}) )
        (?: \$?(?({name}_bare)|(?:\s+|-))(?P<{name}_word>{SCALE_WORDS})\b      # 25 trillion, 12-billion, 'trillion' alone
          | [$}}]?{SPACED_SUFFIX}(?:\\,|(?P<{name}_roman>{LATEX_ROMAN}))?   # '70\,B', '$7\text{{B}}$', '\num{{1.5}}T'
            (?P<{name}_suffix>{SCALE_SUFFIXES})(?({name}_roman)\}})(?![\p{{L}}\p{{N}}]) )?  # 8B, 128k, '1.5 B parameters', '$1.3$B'
    """


# LaTeX puts a symbol or a number in math, perhaps braced: '$\\geq$', '${\\sim}$', '$1.3$B'.
MATH_OPEN = r"\$?\{?"
MATH_CLOSE = r"\}?\$?"


# LaTeX writes a non-breaking space as a tilde glued to the word before: 'a~7B model' is exact.
NOT_A_LATEX_SPACE = r"(?!(?<=[\p{L}\p{N}])~)"


# Read backwards from a number's start, so the scan for numbers does not try thirty
# qualifier phrases at every position of the text. (?r) matches right to left, so the search
# tries the one place that can match (ending at the number) first and fails fast elsewhere.
QUALIFIER_PHRASE = alternatives(lexicon.QUALIFIER_PHRASES)
# Words that open a clause set against the one before: 'X is 2x faster, while Y ...'.
CONTRASTING_CLAUSE = r"\b(?:while|whereas)\b"
# Words that set a number against another one, a baseline's: 'compared to 32%', 'up from 22.5%'.
SET_AGAINST_LEAD = r"\b(?:compared\s+(?:to|with)|versus|vs\.?|against|(?:up|down)\s+from|relative\s+to)"
# 'by (up to) 2x', 'has (over) 1.2 trillion', 'and (≈)40% lower latency'
OPTIONAL_QUALIFIER = rf"(?:(?i:{QUALIFIER_PHRASE})\s+|(?:{alternatives(lexicon.QUALIFIER_SYMBOLS)})\s*)?"  # LaTeX's '\approx' too
QUALIFIER_BEFORE = regex.compile(
    rf"""(?r)
    (?: \b(?P<qualifier>(?i:{QUALIFIER_PHRASE}))\}}?\s+(?:(?:a|an|only|just)\s+)?\$?  # up to (a|only), 'up to $2.5\times$', '\emph{{up to}} 2x'
      | {MATH_OPEN}{NOT_A_LATEX_SPACE}(?P<qualifier_symbol>{alternatives(lexicon.QUALIFIER_SYMBOLS)}){MATH_CLOSE}\s* )  # <, ~, sub-, $\geq$
    \Z
    """,
    regex.VERBOSE,
)

# A number never starts inside a word, a version or a name ('Llama-3.1-70B', 'A10G', 'Mamba-2').
# Sizes may be listed with a slash: '125M/350M models'; so may signed changes: '+3.7/+1.0'.
NOT_INSIDE_A_NAME = r"(?:(?<=\b[Ss]ub-)|(?<=\d[BMKT]/)|(?<=\d/)(?=[+\-−]\d)|(?<![\p{L}\p{N}_.@])(?<![\p{L}\p{N}][\-:/]))"

# 'between 3 and 5' joins with 'and'; every other range with a dash or 'to'. A qualifier
# after 'to' bounds only the high end, and the whole stays a range: 'from 70 million to over 16 billion'.
# A tilde between two numbers is a dash, as many papers write it: '2.35x ~ 3.47x', '2$\sim$4x'.
# LaTeX writes an en dash as '--', and math may close before it and open after: '$1.8$--$2.4\times$'.
RANGE_DASH = r"(?:\$?(?:-{2,3}|[\-–—~∼])\$?|\$?\\sim\$?|\\text\{[\-–]\})"  # '$2\text{-}3\times$' too
RANGE_SEPARATOR = rf"""
    (?(between) \s+and\s+
               | (?: \s*{RANGE_DASH}\s* | -?\s+to\s+ (?:(?P<high_qualifier>(?i:{QUALIFIER_PHRASE}))\s+)? ) )  # '2- to 3-fold'
"""

TIMES = rf"""
    (?: \s?(?:{'|'.join(lexicon.LATEX_TIMES_FORMS)})                 # 3$\times$, delimited by itself
      | \s?(?:{'|'.join(lexicon.TIMES_SIGNS)})(?![\p{{L}}\p{{N}}])          # 3x, 3 x, 3×
      | \s+times\b                                                   # 5.5 times
      | -?(?i:fold)\b )                                              # 10-fold, Ten-Fold
"""
PERCENT_SIGN = r"\\?%"  # LaTeX sources escape it: '45\% fewer FLOPs'
# A bold number closes its brace before the sign: '$\mathbf{83.2}\%$'.
# '7.7% point(s)' is points, as 'percentage points' are.
_PERCENT_POINTS = rf"\s?{PERCENT_SIGN}[\s\-]points?\b"
PERCENT = rf"(?: \}}?\s?{PERCENT_SIGN}(?![\s\-]points?\b) | \s+percent\b | \s+per\s+cent\b )"
POINTS = rf"(?: (?:\s+|-)(?:(?:absolute|relative)\s+)?(?:percentage\s+)?points?\b | {_PERCENT_POINTS} | \s?pp\b | \s?p\.p\.(?!\w) | \s+pts?\b )"   # '0.5-point drop', '3.3 absolute points'
MEMORY = rf"(?:\s|-(?=\p{{Ll}}))?(?P<memory_unit>{alternatives(lexicon.MEMORY_UNITS)})\b(?!/s\b|\s+per\s+second\b)"  # '3.35 TB/s' is a bandwidth

LOW_UNIT = rf"(?:{'|'.join(lexicon.TIMES_FORMS)})(?=\s*{RANGE_DASH}|\s+to\s|\s+and\s)|\s?{PERCENT_SIGN}(?=\s*{RANGE_DASH}|\s+to\s|\s+and\s)"

UNIT = rf"""
    (?: (?P<times>{TIMES}) | (?P<percent>{PERCENT}) | (?P<points>{POINTS}) | {MEMORY} )
"""

# Math closed right after the number, glued to its unit or hyphened word: '$35$\%', '$1.9$-point',
# '$4$-bit' (a '$' beside a space is read as one: context.as_prose).
MATH_END = rf"\}}?\$(?={PERCENT_SIGN}|-\p{{L}}|(?:{alternatives(lexicon.MEMORY_UNITS)})\b)"  # '$80$GB' too

# A times sign may stand before the number: 'a ×2.3 speedup', 'x1.8 higher throughput' (a
# lower-case x only before a decimal, so 'x2' in a formula stays a name).
PREFIX_TIMES = r"(?:×|x(?=\d+\.\d))(?=\d)"  # glued to its digits, where the scan for numbers starts

QUANTITY = regex.compile(
    rf"""
    (?:(?P<between>between)\s+)?           # remembered so the range joins with 'and'
    {NOT_INSIDE_A_NAME}
    (?P<low>(?P<prefix_times>{PREFIX_TIMES})?{_number("low")})
    (?: (?P<low_unit>{LOW_UNIT})? {RANGE_SEPARATOR}      # '2x-3x' and '20%-30%' write the unit twice
        (?P<high>{_number("high")}) )?
    (?:{MATH_END})?
    (?P<plus_percent>\+(?={PERCENT_SIGN}|{TIMES}))?  # '10+%', '100+ times': a lower bound
    {UNIT}?
    (?=(?P<plus>\+)(?![\p{{L}}\p{{N}}+]))?  # '100B+ parameters': a lower bound, the '+' not in the span
    """,
    regex.VERBOSE,
)


# Where a quantity can start: a run of digits, or the '.' and sign just before it; 'between';
# a number word, or the sign just before it. Trying QUANTITY at every character is slow
# because the number-word alternation is tried at each one; trying it only here gives the
# same matches (tests/test_extract.py checks that on random text) several times faster.
_DIGIT_RUN = regex.compile(rf"{DIGIT}+")
_SIGNS = "+-−±↑↓"


class _AlphanumericOnly(dict):
    """A str.translate table that keeps letters and decimal digits and blanks the rest, filled
    as met. Those are the characters that are both word characters (\\b of number words) and
    letters or numbers (the bounds of format names), so a word either pattern finds is a run."""

    def __missing__(self, code: int) -> str:
        self[code] = chr(code) if chr(code).isalpha() or chr(code).isdecimal() else " "
        return self[code]


_ALPHANUMERIC_ONLY = _AlphanumericOnly()


@functools.lru_cache(maxsize=4)  # several stages ask about the same text in a row
def words_of(text: str) -> frozenset[str]:
    """The lower-cased runs of letters and digits in the text. A scan for rare words (number
    words, format names) runs only if one occurs whole, which a set lookup tells at once."""
    return frozenset(text.lower().translate(_ALPHANUMERIC_ONLY).split())


def _digit_starts(text: str) -> list[int]:
    starts = []
    for run in _DIGIT_RUN.finditer(text):
        position = run.start()
        starts.append(position)
        if position and text[position - 1] == ".":
            starts.append(position - 1)
            position -= 1
        if position and text[position - 1] in _SIGNS:
            starts.append(position - 1)
        if position and text[position - 1] in "×x":  # 'a ×2.3 speedup'
            starts.append(position - 1)
    return starts


def _word_starts(text: str, lowered: str, words) -> list[int]:
    """Positions of the words in the lower-cased text (and of a sign just before one)."""
    starts = []
    for word in words:
        for position in positions_of(lowered, word):
            starts.append(position)
            if position and text[position - 1] in _SIGNS:
                starts.append(position - 1)
    return starts


def _number_word_starts(text: str) -> list[int]:
    """Positions where a number word may start: only words that occur whole are searched for,
    which is far cheaper than trying the alternation everywhere."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer: offsets would shift
        return list(range(len(text)))
    words = words_of(text)
    if "fold" in lowered:  # 'threefold' holds 'three'
        words = words | {word[:-4] for word in words if word.endswith("fold")}
    present = (WORD_NUMBERS.keys() | lexicon.SCALE_WORDS.keys()) & words  # a scale word may stand alone
    fractions = []  # 'a third': 'a' is no number alone, so fractions are found whole (with a sign before)
    if any(denominator in lowered for denominator in lexicon.FRACTION_DENOMINATORS):  # a substring test is far cheaper
        for fraction in _FRACTION_WORD.finditer(text):
            fractions.append(fraction.start())
            if fraction.start() and text[fraction.start() - 1] in _SIGNS:
                fractions.append(fraction.start() - 1)
    return _word_starts(text, lowered, ["between", *present]) + fractions


def quantity_matches(text: str) -> list:
    """The matches of QUANTITY.finditer(text), trying the pattern only where a number can start."""
    return matches_at(QUANTITY, text, _digit_starts(text) + _number_word_starts(text))


def matches_at(pattern, text: str, starts) -> list:
    """The matches pattern.finditer(text) gives, when every match starts at one of `starts`:
    the pattern is tried only there, left to right, past the end of the match before."""
    matches, end = [], 0
    for start in sorted(set(starts)):
        match = pattern.match(text, start) if start >= end else None
        if match:
            matches.append(match)
            end = match.end()
    return matches


def positions_of(lowered: str, word: str) -> list[int]:
    """Every position of `word` in the lower-cased text, overlapping ones too."""
    positions, position = [], lowered.find(word)
    while position >= 0:
        positions.append(position)
        position = lowered.find(word, position + 1)
    return positions


_POWER = regex.compile(rf"(?:(?P<mantissa>{MANTISSA}){POWER_TIMES})?(?P<base>{DIGIT}+)\^\{{?(?P<exponent>{EXPONENT})\}}?")


_THOUSANDS_SEPARATORS = regex.compile(r"\{,\}|\\,|[, \u2009\u202f]")


_SUPERSCRIPT_POWER = regex.compile(rf"10(?={SUPERSCRIPT_EXPONENT})")
_FROM_SUPERSCRIPTS = str.maketrans(SUPERSCRIPT_DIGITS + "⁻", "0123456789-")


def _digits_value(digits: str) -> float:
    """'1,000' -> 1000.0, '10^{-2}' -> 0.01, '1.5 × 10^12' -> 1.5e12, '1.5×10¹²' -> 1.5e12, '6e23' -> 6e23,
    '1/4th' -> 0.25."""
    if "10" in digits and any(char in SUPERSCRIPT_DIGITS for char in digits):
        digits = _SUPERSCRIPT_POWER.sub("10^", digits).translate(_FROM_SUPERSCRIPTS)
    if "/" in digits:
        return 1 / float(digits.split("/")[1].removesuffix("th"))
    power = _POWER.fullmatch(digits)
    if power:
        value = float(power["base"]) ** float(power["exponent"].replace("−", "-"))
        return value * float(power["mantissa"]) if power["mantissa"] else value
    return float(_THOUSANDS_SEPARATORS.sub("", digits).replace("−", "-"))


def scale_of(match, name: str) -> float:
    """The factor of the scale word or suffix of the number group `name`, 1 if none."""
    if match[f"{name}_word"]:
        return lexicon.SCALE_WORDS[match[f"{name}_word"].lower()]
    if match[f"{name}_suffix"]:
        return lexicon.SCALE_SUFFIXES[match[f"{name}_suffix"]]
    return 1.0


def scaled_by(value: float, scale: float) -> float:
    """value * scale without the binary noise of the product: '8.3 billion' is 8.3e9, not 8300000000.000001."""
    return value if scale == 1.0 else float(f"{value * scale:.12g}")


def number_value(match, name: str) -> float:
    """The value of the number group `name` of a QUANTITY match, scale and sign applied."""
    if match[f"{name}_digits"]:
        value = _digits_value(match[f"{name}_digits"])
    elif match[f"{name}_bare"] is not None:  # 'trillion-parameter': the scale alone
        value = 1.0
    else:
        word = match[f"{name}_numword"]
        fraction = fraction_value(word)
        value = fraction if fraction is not None else number_word_value(word)
    value = scaled_by(value, scale_of(match, name))
    if match[f"{name}_sign"] in ("-", "−", "↓"):
        value = -value
    return value


_NUMBER_WORD_PARTS = regex.compile(r"[\s\-]+(?:and\s+)?")


def number_word_value(word: str) -> float:
    """'five' -> 5, 'twenty-five' -> 25, 'five hundred' -> 500, 'one hundred twenty' -> 120."""
    total = 0.0
    for part in _NUMBER_WORD_PARTS.split(word.lower()):
        total = total * 100 if part == "hundred" and total else total + WORD_NUMBERS[part]
    return total


def range_values(match) -> tuple[float, float, bool]:
    """(low, high, whether low borrowed the high end's scale) of a range. Papers write a scale
    once for both ends ('5 to 500 billion', '7-70B', 'between 1 and 2 trillion'); a low end
    with no scale of its own takes it, unless that would put it above the high end ('512 to
    4K tokens' runs from 512)."""
    low, high = number_value(match, "low"), number_value(match, "high")
    scale = scale_of(match, "high")
    if scale != 1.0 and not has_scale(match, "low") and 0 < low * scale <= high:
        return scaled_by(low, scale), high, True
    return low, high, False


def has_scale(match, name: str = "low") -> bool:
    return bool(match[f"{name}_word"] or match[f"{name}_suffix"])


def qualifier_of(match, text: str) -> str:
    """exact unless a qualifier phrase or symbol stands before the number; range if a high end."""
    if match["high"]:
        return "range"
    if match["between"]:
        return "exact"  # 'between 8B' with no other end
    if match["plus"] or match["plus_percent"]:
        return "lower_bound"
    return qualifier_before(text, match.start(), of_a_change=bool(match["times"] or match["percent"] or match["points"]))


def qualifier_before(text: str, position: int, of_a_change: bool = False) -> str:
    """The qualifier a phrase or symbol ending at `position` gives a number there; exact if none.
    `of_a_change`: the number is a ratio, share or points, which 'gains over' bounds ('gains over
    5%'), though 'gains over 3 baselines' compares."""
    before = QUALIFIER_BEFORE.search(text, max(0, position - 30), position)
    if before and before["qualifier"]:
        if before["qualifier"].lower() == "over":
            word = _word_before(text, before.start()).lower()
            if word in lexicon.OVER_AS_ACROSS and not (of_a_change and word in lexicon.OVER_AS_COMPARED):
                return "exact"
        if before["qualifier"].lower() == "within" and _ARTICLE_AT_END.search(before.group()):
            return "exact"  # 'within 1% of' bounds; 'within a single model' is a place
        return _qualifier_of_phrase(before["qualifier"])
    if before:
        return lexicon.QUALIFIER_SYMBOLS[before["qualifier_symbol"]]
    return "exact"


_LAST_WORD = regex.compile(r"(?r)(\p{L}+)\W*\Z")
_ARTICLE_AT_END = regex.compile(r"\b(?i:a|an)\s+\Z")


def _word_before(text: str, position: int) -> str:
    word = _LAST_WORD.search(text, max(0, position - 20), position)
    return word.group(1) if word else ""


def high_qualifier_of(match) -> str:
    """The qualifier of a range's high end read on its own: 'over' in '50% to over 60%'."""
    return _qualifier_of_phrase(match["high_qualifier"]) if match["high_qualifier"] else "exact"


def _qualifier_of_phrase(phrase: str) -> str:
    """'Up  to' as written -> 'upper_bound'."""
    return lexicon.QUALIFIER_PHRASES[" ".join(phrase.lower().split())]
