"""Numbers found by the grammar, before anyone decides what they are about."""
from __future__ import annotations

import dataclasses
import functools

import regex

from pipeline.extract import grammar, lexicon


@dataclasses.dataclass
class Quantity:
    start: int               # first character of the number (sign included, qualifier not)
    end: int                 # last character of the unit, or of the number
    value: float
    value_high: float | None
    qualifier: str
    unit: str                # 'times', 'percent', 'points', 'memory' or '' for a plain number
    scaled: bool             # a scale word or suffix: '25 trillion', '8B'
    suffix: str              # the glued scale letter, if any
    signed: bool             # an explicit + or - stood before the number
    numword: str             # the number word, if the number was written as one
    memory_unit: str = ""
    scale: float = 1.0       # the factor of its scale word or suffix: 1e12 for '13 trillion'


_UNIT_GROUPS = ("times", "percent", "points")

_CHANGE_FROM = regex.compile(
    rf"\b(?:{'|'.join(lexicon.CHANGE_VERB_STEMS)})\w*\b[^.;:]{{0,60}}\bfrom\s+\Z", regex.IGNORECASE)


# Scores before and after a change: 'accuracy goes from 7% to 33%', 'a gain of 26% (7% to 33%)';
# not 'ranging from 2% to 5%'.
_SCORES_FROM = regex.compile(r"(?r)(?<!\b(?:rang|vary|vari|span)\w*\s+(?:\S+\s+){0,2})\bfrom\s+\Z|\d\s?%\s*\(\s*\Z")


_CHANGED_BY = regex.compile(r"\bby\s+\Z")
# After 'by', 'N% to M%' is a change and the score it reaches only where the score is far above
# the change ('by 1.2% to 84.5%'); ends of one size are a range of the change ('by 10% to 20%').
_SCORE_OVER_CHANGE = 4


def _is_a_change(text: str, match, low: float, high: float) -> bool:
    """'8B to 4B' falls and 'extends ... from 4K to 128K' changes: two numbers, not a range."""
    if high < low:
        return True
    joined_by_to = "to" in text[match.end("low"):match.start("high")].split()
    if joined_by_to and match["percent"] and _SCORES_FROM.search(text, max(0, match.start() - 40), match.start()):
        return True
    if joined_by_to and match["percent"] and match["low_unit"] and high > _SCORE_OVER_CHANGE * low \
            and _CHANGED_BY.search(text, max(0, match.start() - 40), match.start()):
        return True  # 'accuracy increases by 1.2% to 84.5%': the change, then the score it reaches
    return joined_by_to and bool(_CHANGE_FROM.search(text, max(0, match.start() - 80), match.start()))


def _unit_of(match) -> str:
    if match["prefix_times"]:
        return "times"
    for unit in _UNIT_GROUPS:
        if match[unit]:
            return unit
    return "memory" if match["memory_unit"] else ""


def _unit_of_low(match) -> str:
    """The unit written after a range's low end: '20%-30%', '2x-3x'."""
    return "percent" if "%" in match["low_unit"] else "times"


def _ends_of_another_unit(text: str, match, common: dict) -> list[Quantity]:
    """The two numbers of a 'range' whose low end has a unit the high end lacks: 'by 40% to about
    2,000 tokens' is 40% and 2,000 tokens, no range."""
    low = Quantity(match.start("low"), match.end("low_unit"), grammar.number_value(match, "low"), None,
                   scaled=grammar.has_scale(match, "low"),
                   **{**common, "qualifier": grammar.qualifier_before(text, match.start()), "unit": _unit_of_low(match)},
                   scale=grammar.scale_of(match, "low"))
    return [low, _high_end(match, common)]


def _high_end(match, common: dict) -> Quantity:
    """The high end of a 'range' read as a number of its own, with its own scale and qualifier."""
    return Quantity(match.start("high"), match.end(), grammar.number_value(match, "high"), None,
                    scaled=grammar.has_scale(match, "high"),
                    **{**common, "qualifier": grammar.high_qualifier_of(match), "suffix": match["high_suffix"] or "",
                       "numword": (match["high_numword"] or "").lower()},
                    scale=grammar.scale_of(match, "high"))


# 'by a factor of 3.5' is '3.5x'; a qualifier stands before the phrase: 'up to a factor of 3'.
_FACTOR_OF_BEFORE = regex.compile(r"(?r)\b(?:an?\s+)?factor\s+of\s+\Z", regex.IGNORECASE)


def _factor_of_start(text: str, match, unit: str) -> int:
    """Where 'a factor of' starts before a plain number, or -1."""
    if unit or grammar.has_scale(match):
        return -1
    factor = _FACTOR_OF_BEFORE.search(text, max(0, match.start() - 20), match.start())
    return factor.start() if factor else -1


def quantities_in(text: str) -> list[Quantity]:
    """Every number of `text` with its qualifier, range and unit; falling 'ranges' split in two."""
    found = []
    has_factor = "factor" in text or "Factor" in text
    has_orders = "magnitude" in text
    for match in grammar.quantity_matches(text):
        unit = _unit_of(match)
        factor_start = _factor_of_start(text, match, unit) if has_factor else -1
        common = dict(
            qualifier=grammar.qualifier_before(text, factor_start) if factor_start >= 0 and not match["high"]
            else grammar.qualifier_of(match, text),  # 'by a factor of 4 to 20' is a range
            unit="times" if factor_start >= 0 else unit,
            suffix=match["low_suffix"] or "",
            signed=bool(match["low_sign"]),
            numword=(match["low_numword"] or "").lower(),
            memory_unit=match["memory_unit"] or "",
        )
        if match["high"] and match["low_unit"] and _unit_of_low(match) != unit:
            found.extend(_ends_of_another_unit(text, match, common))  # '40% to about 2,000 tokens'
            continue
        if match["high"] and (match["high_suffix"] or match["high_word"]) and _low_end_is_a_version(text, match):
            found.append(_high_end(match, common))  # 'Llama 2-70B', 'scale Evo 2 to 40 billion': a version, then a size
            continue
        if match["high"]:
            low, high, borrowed = grammar.range_values(match)
            low_scaled = grammar.has_scale(match, "low") or borrowed
            low_suffix = common["suffix"] or (match["high_suffix"] or "" if borrowed else "")
            if _is_a_change(text, match, low, high):
                low_end = match.end("low_unit") if match["low_unit"] else match.end("low")
                found.append(Quantity(match.start("low"), low_end, low, None, scaled=low_scaled, **{**common, "qualifier": "exact", "suffix": low_suffix},
                                      scale=grammar.scale_of(match, "high" if borrowed else "low")))
                found.append(Quantity(match.start("high"), match.end(), high, None, scaled=grammar.has_scale(match, "high"), **{**common, "qualifier": grammar.high_qualifier_of(match), "suffix": match["high_suffix"] or ""},
                                      scale=grammar.scale_of(match, "high")))
                continue
            orders = _ORDERS_OF_MAGNITUDE.match(text, match.end()) if has_orders and not unit and not grammar.has_scale(match) else None
            if orders and 0 < low < high <= _MOST_ORDERS:  # '3-4 orders of magnitude less compute': 1000-10000x
                found.append(Quantity(match.start("low"), orders.end(), 10.0 ** low, 10.0 ** high, scaled=False,
                                      **{**common, "unit": "times"}))
                continue
            common["scaled"] = low_scaled or grammar.has_scale(match, "high")
            common["suffix"] = low_suffix
            found.append(Quantity(match.start("low"), match.end(), low, high, **common, scale=grammar.scale_of(match, "high")))
        else:
            low = grammar.number_value(match, "low")
            orders = _ORDERS_OF_MAGNITUDE.match(text, match.end()) if has_orders and not unit and not grammar.has_scale(match) else None
            if orders and 0 < low <= _MOST_ORDERS:  # 'three orders of magnitude less compute': 1000x
                found.append(Quantity(match.start("low"), orders.end(), 10.0 ** low, None, scaled=False,
                                      **{**common, "unit": "times"}))
                continue
            found.append(Quantity(match.start("low"), match.end(), low, None, scaled=grammar.has_scale(match, "low"), **common,
                                  scale=grammar.scale_of(match, "low")))
    if has_orders:  # 'an order of magnitude' has no digits nor number word to find it by
        found.extend(Quantity(order.start(), order.end(), 10.0, None, qualifier=grammar.qualifier_before(text, order.start()),
                              unit="times", scaled=False, suffix="", signed=False, numword="")
                     for order in _AN_ORDER_OF_MAGNITUDE.finditer(text))
        found.sort(key=lambda quantity: quantity.start)
    return found


def _low_end_is_a_version(text: str, match) -> bool:
    """A plain number right after a capitalized name is its version, no end of a range."""
    if grammar.has_scale(match, "low") or match["low_numword"] or match["low_sign"] or match["low_unit"] or match["between"]:
        return False
    return _is_after_a_name(text, match.start("low"))


def _is_after_a_name(text: str, start: int) -> bool:
    """Whether a capitalized name stands right before the number, whose version it would be.
    A verb's gerund is no name, nor is a number with thousands a version: 'Achieving 10,000
    Tokens per Second'."""
    name = _NAME_BEFORE.search(text, max(0, start - 30), start)
    return bool(name) and name.group(1) not in lexicon.NOT_NAMES and not _GERUND.fullmatch(name.group(1)) \
        and not _THOUSANDS_AT.match(text, start)


_GERUND = regex.compile(r"\p{Lu}\p{Ll}+ing")
_THOUSANDS_AT = regex.compile(r"\d{1,3},\d{3}(?!\d)")


# A ratio in powers of ten: 'two orders of magnitude' is 100x, 'an order of magnitude' 10x.
_ORDERS_OF_MAGNITUDE = regex.compile(r"\s+orders?\s+of\s+magnitude\b", regex.IGNORECASE)
_AN_ORDER_OF_MAGNITUDE = regex.compile(r"\b(?:[Aa]n|[Oo]ne)\s+order\s+of\s+magnitude\b")
_MOST_ORDERS = 12


_YEAR = regex.compile(r"^(?:19\d\d|20[0-3]\d)$")  # 2048 and 4096 are lengths, not years
_MONTH_BEFORE = regex.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+$")
SETTING_BEFORE = regex.compile(r"=\s*$")
# A hyperparameter named before its value: 'top-p 0.95', 'a temperature of 0.8', 'weight decay 0.1'.
_HYPERPARAMETER_BEFORE = regex.compile(
    r"(?r)\b(?:top-[pk]|temperature|learning\s+rate|weight\s+decay|dropout|label\s+smoothing|momentum|base|seed|rank|alpha)"
    r"\s+(?:of\s+)?$", regex.IGNORECASE)
_EVERY_BEFORE = regex.compile(r"\b(?i:every|no|any|not\s+a)\s+$")  # 'every single instance', 'no single method'
_DECIBELS = regex.compile(r"dB\b")  # '1.2dB', a change of a score in decibels
# A word that labels the number after it, written in lower case: 'step 2', 'stage 3', 'eq. 4'.
_LABEL_BEFORE = regex.compile(
    r"\b(?:step|stage|phase|round|part|section|table|figure|fig\.|eq\.|equation|appendix|chapter|algorithm"
    r"|iteration|epoch|version|level|task|exp\.|experiment)\s+$")
_NAME_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Lu}[\p{L}\p{N}\-]*|\p{Ll}+\d[\p{L}\p{N}\-]*)\s+$")  # 'Llama 3', 'wav2vec 2.0'
# One machine after a number, its noun phrase ending there, is its model number: 'a laptop 4090
# GPU', not '64 GPU hours' or '512 TPU v4 chips'.
_ONE_MACHINE_AFTER = regex.compile(
    r"\s+(?:GPU|CPU|NPU|TPU)(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|with|for|in|on|at|to|while|which|that|is|was|can)\b)")
# List markers: '2)' anywhere, '2. ' only where an item can start (text start, after : ; or a
# sentence), so '... a sequence length of 8192. The' keeps its number.
_MARKER_CLOSE = regex.compile(r"^\)")
_MARKER_DOT = regex.compile(r"^\.\s")
_ITEM_START_BEFORE = regex.compile(r"(?:^|[.:;]\s*|\n\s*)$")


# A factor of a product is a dimension: '1024×1024 images', '7 × 7 kernels', '3x3'. An 'x' with
# spaces only between two plain numbers ('512 x 512 pixels'), since '8x 4090 GPUs' and '4 x 80GB
# A100s' count machines.
_DIGITS_AT = regex.compile(r"[\d.,]*\d")
_FACTOR_FOLLOWS = regex.compile(r"(?:x|\s?×\s?|\sx\s(?=\d+(?:\.\d+)?(?![\p{L}\d.])))\d(?!\d*[\^⁰¹²³⁴⁵⁶⁷⁸⁹⁻])")  # not a power of ten: '1.5 × 10^12', '1.5×10¹²'
_FACTOR_BEFORE = regex.compile(r"(?r)\d(?:x|\s?×\s?)\Z")
_SPACED_FACTOR_BEFORE = regex.compile(r"(?r)\d\sx\s\Z")  # the second side of '512 x 512', a plain number


# A size of a screen or image is a dimension too: '4K-resolution images', '4K resolution'; a
# few of them are counted: 'three resolutions', '4 resolutions'.
_RESOLUTION_AFTER = regex.compile(r"[\s\-]?resolution(?P<plural>s)?\b", regex.IGNORECASE)
_MOST_RESOLUTIONS_COUNTED = 100


def _is_a_resolution(text: str, quantity: Quantity) -> bool:
    after = _RESOLUTION_AFTER.match(text, quantity.end)
    return bool(after) and not (after["plural"] and not quantity.scaled and quantity.value < _MOST_RESOLUTIONS_COUNTED)


def is_a_dimension(text: str, quantity: Quantity) -> bool:
    digits = _DIGITS_AT.match(text, quantity.start)
    return bool(digits and _FACTOR_FOLLOWS.match(text, digits.end())) \
        or bool(_FACTOR_BEFORE.match(text, 0, quantity.start)) \
        or (not quantity.unit and not quantity.scaled and bool(_SPACED_FACTOR_BEFORE.match(text, 0, quantity.start))) \
        or _is_a_resolution(text, quantity)


# A plain number hyphened to a word makes an adjective of them that counts nothing ('two-stage
# pipeline', '8-GPU nodes'), unless the word is what the number measures ('4096-token context').
_HYPHENED_WORD = regex.compile(r"-(?P<word>\p{L}+)")


def _is_a_compound_adjective(text: str, end: int) -> bool:
    hyphened = _HYPHENED_WORD.match(text, end)
    return bool(hyphened) and hyphened["word"].lower() not in lexicon.TOKEN_NOUNS | lexicon.PARAMETER_NOUNS


# A fraction's denominator after a number word: 'two thirds', 'three-quarters' (not 'third-party').
_FRACTION_AFTER = regex.compile(
    rf"[\s\-]+(?:{grammar.alternatives(lexicon.FRACTION_DENOMINATORS)})s?(?![\p{{L}}\-])", regex.IGNORECASE)


# 'per million tokens', 'per 1K requests': the unit of a rate, no amount.
_PER_BEFORE = regex.compile(r"(?r)\bper\s+\Z", regex.IGNORECASE)
# A chip's family before a glued size makes it the chip's model number: 'Ascend 910B'.
_HARDWARE_BEFORE = regex.compile(rf"(?r){lexicon.HARDWARE_WORDS}\s+\Z")
# A set of values written out: 'ternary {-1, 0, 1}'.
_SET_OF_NUMBERS = regex.compile(r"\{\s*[+\-−]?\d+(?:\.\d+)?(?:\s*,\s*[+\-−]?\d+(?:\.\d+)?)+\s*\}")


@functools.lru_cache(maxsize=4)  # asked once per number of the same text
def _sets_of_numbers(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(found.span() for found in _SET_OF_NUMBERS.finditer(text)) if "{" in text else ()


def _in_a_set_of_numbers(text: str, quantity: Quantity) -> bool:
    return any(start < quantity.start < end for start, end in _sets_of_numbers(text))


_EXPONENT_BEFORE = regex.compile(r"\^\{?\Z")
_PLUS_MINUS_BEFORE = regex.compile(r"(?:±|\+/-|\$\\pm\$|\\pm)\s*\$?\Z")


def is_not_a_claim(text: str, quantity: Quantity) -> bool:
    """Years, dates, list markers, dimensions, chip numbers ('Ascend 910B'), versions after a name
    ('Nemotron 3', 'Llama 3.1'), the unit of a rate ('per million tokens'), values of a set
    ('{-1, 0, 1}'), number words before a fraction's denominator, error bars ('± 0.4') and
    exponents of a formula ('N^{-0.34}')."""
    if is_a_dimension(text, quantity) or _PER_BEFORE.match(text, max(0, quantity.start - 10), quantity.start) \
            or _in_a_set_of_numbers(text, quantity):
        return True
    if quantity.suffix and not quantity.unit and _HARDWARE_BEFORE.search(text, max(0, quantity.start - 20), quantity.start):
        return True  # 'Ascend 910B NPUs': the model number of a chip, no size
    surface = text[quantity.start:quantity.end]
    just_before = text[max(0, quantity.start - 6):quantity.start]
    if surface.startswith("±") or (("±" in just_before or "pm" in just_before or "/-" in just_before)
                                   and _PLUS_MINUS_BEFORE.search(just_before)):
        return True  # '35.2 ± 0.4%': an error bar, no claim of its own
    if "^" in just_before and _EXPONENT_BEFORE.search(just_before):
        return True  # 'L(N) = 1.69 + 406.4 N^{-0.34}': an exponent of a formula
    plain = not quantity.unit and not quantity.scaled and not quantity.signed
    if not plain:
        return False
    before, after = text[max(0, quantity.start - 30):quantity.start], text[quantity.end:quantity.end + 3]
    if after[:1].isalpha() and not _DECIBELS.match(text, quantity.end):  # glued to letters that are no unit or scale: '3D', '1st', '8bit'
        return True
    if quantity.numword == "single" and _EVERY_BEFORE.search(before):  # 'every single instance' is all of them
        return True
    if _is_a_compound_adjective(text, quantity.end):  # 'single-turn dialogue', 'five-shot prompts', '8-GPU nodes'
        return True
    if quantity.numword and _FRACTION_AFTER.match(text, quantity.end):  # a share, no count of thirds
        return True
    if _YEAR.match(surface) or _MONTH_BEFORE.search(before):
        return True
    if SETTING_BEFORE.search(before) or _HYPERPARAMETER_BEFORE.search(before):  # 'k=32', 'top-p 0.95': a setting, no claim
        return True
    if not quantity.numword and quantity.value > 1 and _ONE_MACHINE_AFTER.match(text, quantity.end):
        return True  # 'a laptop 4090 GPU': a model number before one machine
    if _LABEL_BEFORE.search(before):  # 'step 2', 'stage 3', 'eq. 4': a label, as 'Table 2' is
        return True
    if not quantity.numword and (_MARKER_CLOSE.match(after) or (
            _MARKER_DOT.match(after) and quantity.value < 100 and _ITEM_START_BEFORE.search(before))):
        return True
    return not quantity.numword and _is_after_a_name(text, quantity.start)
