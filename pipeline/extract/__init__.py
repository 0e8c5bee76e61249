"""Extracting the claims of one text (a title or an abstract).

Order of work: numeric formats and sizes inside model names first (they hold digits the
general grammar must not read again), then every other number, classified from its
context; then lists are resolved (a number with no noun borrows its neighbour's), and
subjects and baselines are attached.
"""
from __future__ import annotations

import regex

from pipeline.extract import context, grammar, lexicon
from pipeline.extract.claim import Claim
from pipeline.extract.classify import (BENCHMARK_NAME, PHASE, SCORE_AFTER, classify, is_a_model_name, measure_opening_at,
                                      parameter_role, times_less, times_more, token_claim, Context)
from pipeline.extract.model_names import model_size_claims
from pipeline.extract.precision import precision_claims
from pipeline.extract.quantities import Quantity, is_not_a_claim, quantities_in
from schemas.claims import VALUE_RANGE

RELATIVE_KINDS = {"speedup", "cost_reduction", "accuracy_delta"}
KINDS_WITH_SUBJECT = {"parameter_count", "token_count", "context_length", "speedup", "cost_reduction",
                      "accuracy_delta", "precision", "memory", "percentage"}

# What may stand between two numbers of one list: '8k input and 16k', '120 billion (active 12',
# '4B and 8B', '2.2x and 7.5x', '15B, 8B, and 4B', 'a 9B and a 6B'.
# An item may bound itself: '1.3x and up to 2.9x'. Only these bounds: 'and a maximum of 2048' is no list.
_BOUND_OF_AN_ITEM = r"(?:up\s+to|over|about|around|nearly|approximately|roughly|more\s+than|less\s+than|at\s+least|at\s+most)"
# A preposition starts a phrase about something else: '6.5x, with about 1.4x improvement over';
# so does a relative pronoun: 'Llama 2 7B, which uses 2T tokens'.
_LIST_JOINER = regex.compile(
    r"[\s,/()]*(?:(?:and|or|a|an|the|active|total"
    r"|(?!(?:with|by|over|than|for|at|in|on|from|versus|vs|which|who|whose|that|while|whereas)\b)\p{L}+)[\s,/()]*){0,2}"
    rf"(?:{_BOUND_OF_AN_ITEM}\s+)?")
# 'and', 'or', 'and a', 'and uses', 'and reaches a', 'and total training memory by'
# and a qualifier of the next claim: 'by up to 2.6x on a single A100 GPU and up to 3.7x ... over vLLM'
_PARALLEL_JOINER = regex.compile(
    rf"(?:[^.;:,]|\.(?=\w)){{0,40}}\b(?:and|or)\s+(?:\p{{Ll}}+s\s+(?:an?\s+)?|an?\s+|by\s+|{context.SAME_VERB_AND_BY})?{grammar.OPTIONAL_QUALIFIER}\$?")  # '$62\%$'
# Two ratios of one measure, in a list: '1.2x on A100, 1.4x on L40S'; or with the verb left out
# after a semicolon: '... throughput of Llama-3-8B by 1.2x on A100; and Qwen1.5-72B by 2.4x'.
_COMMA_ITEM = rf"[^.;:,]{{0,40}},\s*"  # an item's own words, then the comma before the next item
_PARALLEL_OR_LISTED = regex.compile(
    rf"{_PARALLEL_JOINER.pattern}|{_COMMA_ITEM}{grammar.OPTIONAL_QUALIFIER}"
    rf"|[^.;:]{{0,40}};\s*(?:and\s+)?(?:[^.;:,]|\.(?=\w)){{0,40}}\bby\s+{grammar.OPTIONAL_QUALIFIER}")  # 'Qwen1.5-72B'
# Only these make two percentages one list; '15.9% (51.9% to 67.8%)' gives the scores behind a change.
_AND_OR_COMMA = regex.compile(  # '0.7%/0.8%', 'by a relative 12% and an absolute 3.4%'
    r"\s*(?:,\s*)?(?:and|or)\s+(?:an?\s+(?:absolute|relative)\s+)?|\s*[,/]\s*")
_OPENING_BRACKET_AT_END = regex.compile(r"\(\s*\Z")
# 'a hidden size of 4096 and 32 layers': a number after a measure of a design counts that
# measure, not the things of the list after it.
_SIZE_OF_BEFORE = regex.compile(
    r"\b(?P<measure>(?:[\p{Ll}\-]+\s+)?(?:size|dimension|dimensionality|width|depth|rank))\s+of\s+\Z")
_OF_AFTER = regex.compile(r"\s+of\b")
_AND_A_NAME_WITH = regex.compile(rf"\s+and\s+{context.LIST_NAME}\s+(?:with|has|having|at)\s+")
_PART_OF = regex.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?")  # '2,048 of 128K tokens', '9 out of 10 cases'
_JOINS = regex.compile(r"\band\b|\bor\b|\bto\b|\bof\b|,|/|\(")


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < span_end and span_start < end for span_start, span_end in spans)


# 'a WER of 3.1%, a 15% relative reduction', '80% accuracy, a 5% increase': a number after a
# comma and an article says more about the one before; it is no next item of a list.
_APPOSITIVE = regex.compile(r",\s*(?:an?|the)\s+\Z")


def chained(text: str, first: Quantity | Claim, second: Quantity | Claim) -> bool:
    """Whether two numbers (or their claims) are joined as items of one list: '2.2x and 7.5x'."""
    between = text[first.end:second.start]
    return bool(_LIST_JOINER.fullmatch(between) and _JOINS.search(between)) and not _APPOSITIVE.search(between)


def _compatible(first: Quantity, second: Quantity) -> bool:
    return first.unit == second.unit and first.scaled == second.scaled


# '12% on GSM8K and 8% on MATH': each number of the pair with a benchmark of its own.
# 'by 35% on QM9 and by 21% on OC20': the verb before the first 'by' serves the second.
# 'by 18% for Hindi and 25% for Tamil': each for a setting of its own.
_ON_A_BENCHMARK_AND = regex.compile(rf"\s+(?:on|in|for)\s+(?:the\s+)?{BENCHMARK_NAME}\s*,?\s+(?:and|or)\s+(?P<by>by\s+)?")
_ON_A_BENCHMARK = regex.compile(r"\s+(?:on|in|for)\s+(?:the\s+)?\p{Lu}")


_BENCHMARK_AFTER = regex.compile(rf"\s+(?:on|in)\s+(?:the\s+)?(?P<name>{BENCHMARK_NAME})")


def _parallel_benchmarks(text: str, first: Quantity, second: Quantity) -> bool:
    return bool(_ON_A_BENCHMARK_AND.fullmatch(text, first.end, second.start) and _ON_A_BENCHMARK.match(text, second.end))


def _and_by_on_a_benchmark(text: str, first: Quantity) -> bool:
    """'by 35% on QM9 and by': the next change, on a benchmark of its own, has no verb of its own."""
    parallel = _ON_A_BENCHMARK_AND.match(text, first.end)
    return bool(parallel and parallel["by"])


def _parallel_scores(text: str, first: Quantity, second: Quantity) -> bool:
    """'by 4.2% mAP and 3.1% NDS': two numbers, each with the name of its own score after it."""
    score = SCORE_AFTER.match(text, first.end)
    return bool(score and _AND_OR_COMMA.fullmatch(text, score.end(), second.start) and SCORE_AFTER.match(text, second.end))


_BARE_COMMA = regex.compile(r"\s*,\s*")
_PARAMETER_NOUN_AFTER = regex.compile(rf"[\s\-]+(?i:{grammar.alternatives(lexicon.PARAMETER_NOUNS)})\b")
_LIST_GOES_ON = regex.compile(r"\s*(?:,|and\b|or\b)")


def _listed_together(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether two numbers are items of one list, written alike ('8k input and 16k', '125M and 350M'),
    or with the unit or scale of both written once after the last ('lose 1.2 and 0.4 points',
    '8 and 13 trillion tokens')."""
    if not chained(text, first, second) or second.numword in lexicon.RATIO_VERBS:
        return False  # 'from 7.1 to 3.4 and doubles sampling speed': a verb is no list item
    if first.suffix and second.suffix and first.suffix != second.suffix and _BARE_COMMA.fullmatch(text, first.end, second.start) \
            and not _LIST_GOES_ON.match(text, second.end):
        return False  # '(70B, 1.4T tokens)': a size and an amount, no list of two amounts
    written_once = not first.unit and not first.scaled and bool(_AND_OR_COMMA.fullmatch(text, first.end, second.start))
    return _compatible(first, second) or (written_once and (second.unit == "points" or (second.scaled and not second.unit)))


_PART_OF_A_WHOLE = 0.01  # '2 trillion tokens and 7 billion' is no part of the tokens
_SHORTEST_PLAIN_AMOUNT = 512  # '32,768 during long-context training' is an amount; '8 during' may count anything
# An amount in one setting, then another: '1 million on a single GPU and up to 10 million on eight GPUs'.
_SETTING = r"\s+(?:on|in|for|with|at|across|using|during)\s+"
_IN_A_SETTING = regex.compile(_SETTING)
_IN_A_SETTING_AND = regex.compile(rf"(?:\s+\p{{Ll}}+)?{_SETTING}[^.;:,]{{0,40}}?\s+(?:and|or)\s+{grammar.OPTIONAL_QUALIFIER}")


def _amount_before(claims: list, bounds: list, bound) -> Claim | None:
    """The last amount of tokens or parameters, or context length, before a number in its
    sentence, or None."""
    for claim, claim_bound in zip(reversed(claims), reversed(bounds)):
        if claim is not None and claim_bound == bound and claim.kind in ("token_count", "parameter_count", "context_length"):
            return claim
    return None


def _borrow(text: str, quantity: Quantity, neighbour: Claim, sentence, scale: float = 1.0) -> Claim:
    """The claim of a number that has no noun of its own, shaped like its list neighbour's; a
    `scale` written once for the list multiplies it ('8 and 13 trillion tokens')."""
    claim = Claim(neighbour.kind, grammar.scaled_by(quantity.value, scale), quantity.start, quantity.end, neighbour.unit,
                  quantity.qualifier, grammar.scaled_by(quantity.value_high, scale) if quantity.value_high else None,
                  role=neighbour.role, metric=neighbour.metric)
    if claim.kind == "token_count":
        own_role = token_claim(Context(text, quantity, sentence))[1]
        claim.role = own_role if own_role in ("sequence", "dataset") else neighbour.role
    if claim.kind == "parameter_count" and neighbour.role == "active":
        claim.role = "total"
    elif claim.kind == "parameter_count":  # 'activates 37 billion of its 671 billion parameters': its own words
        claim.role = parameter_role(Context(text, quantity, sentence)) or claim.role
    if claim.kind == "accuracy_delta" and neighbour.value < 0 < claim.value:  # 'lose 1.2 and 0.4 points'
        claim.negate()
    own_score = SCORE_AFTER.match(text, quantity.end) if claim.kind == "accuracy_delta" else None
    if own_score:  # 'by 2.1 mAP and 3.5 mIoU': each change of its own score
        claim.metric = own_score["metric"]
    own = _OWN_ADJECTIVES_THEN_AND.match(text, quantity.end) if claim.kind == "count" and neighbour.metric else None
    if own and not any(word in lexicon.FUNCTION_WORDS for word in own["words"].split()):
        claim.metric = f"{own['words']} {neighbour.metric.split()[-1]}"  # '46 natural and 13 programming languages'
    return claim


# Adjectives of a count's own before the list goes on: '46 natural and 13 programming languages'.
_OWN_ADJECTIVES_THEN_AND = regex.compile(r"\s+(?P<words>\p{Ll}[\p{Ll}\-]*(?:\s+\p{Ll}[\p{Ll}\-]*)?)\s*,?\s+(?:and|or)\s+\S*\d")


def number_claims(text: str, taken: list[tuple[int, int]], sentences) -> list[Claim]:
    """Claims of every number that is not inside a name or format, lists resolved."""
    quantities = [
        quantity for quantity in quantities_in(context.blank_non_prose(text))
        if not _overlaps(quantity.start, quantity.end, taken) and not is_not_a_claim(text, quantity)
    ]
    bounds = [context.sentence_of(sentences, quantity.start) for quantity in quantities]
    claims = [classify(text, quantity, bound) for quantity, bound in zip(quantities, bounds)]
    # Right to left, so '8k input and 16k output tokens' hands 'tokens' back along the list, and
    # '8, 16 and 32 billion' its scale.
    list_scale = [quantity.scale for quantity in quantities]
    for index in range(len(quantities) - 2, -1, -1):
        claim, neighbour = claims[index], claims[index + 1]
        # '3.2% and 4.1% improvements': a share with no noun of its own is a change like its neighbour.
        # '100B, 200B and 300B tokens': a size read from its 'B' alone is an amount of the list's
        # noun; not one with a noun of its own ('7B parameters and 2.7T tokens').
        unlabelled = claim is None or not claim.kind or (claim.kind == "percentage" and neighbour is not None
                                                         and neighbour.kind == "accuracy_delta") \
            or (claim.kind == "parameter_count" and not claim.role and neighbour is not None
                and neighbour.kind == "token_count" and not _PARAMETER_NOUN_AFTER.match(text, quantities[index].end))
        # '45.2 (+6.3)', '80.5% (7.7% absolute improvement)': a signed number after an unsigned
        # one, or a change in brackets after a score, is the change of it, not a list item.
        change_of_it = (quantities[index + 1].signed and not quantities[index].signed) or (
            claim is not None and claim.kind == "percentage"
            and _OPENING_BRACKET_AT_END.search(text, quantities[index].end, quantities[index + 1].start))
        part_of = claim is None and neighbour is not None and neighbour.kind in ("token_count", "count") \
            and not quantities[index].unit and not quantities[index].scaled \
            and bool(_PART_OF.fullmatch(text, quantities[index].end, quantities[index + 1].start))  # '2,048 of 128K tokens'
        # 'ModernBERT-base with 149M and ModernBERT-large with 395M parameters': a size in a phrase
        # parallel to the next one's.
        parallel_named = claim is None and neighbour is not None and neighbour.kind == "parameter_count" \
            and quantities[index].scaled and not quantities[index].unit \
            and bool(_AND_A_NAME_WITH.fullmatch(text, quantities[index].end, quantities[index + 1].start))
        if unlabelled and neighbour and neighbour.kind and not change_of_it \
                and (part_of or parallel_named or _listed_together(text, quantities[index], quantities[index + 1])):
            bare = not quantities[index].scaled and not quantities[index].unit and not part_of  # a part keeps its own scale
            if bare:
                list_scale[index] = list_scale[index + 1]
            claims[index] = _borrow(text, quantities[index], neighbour, bounds[index], list_scale[index] if bare else 1.0)
            size_of = _SIZE_OF_BEFORE.search(text, max(0, quantities[index].start - 40), quantities[index].start)
            if size_of and claims[index].kind == "count":
                claims[index].metric = size_of["measure"]  # 'a hidden size of 4096 and 32 layers'
    # 'MobileLLM 125M and 350M, which': a size with no noun after a labelled one is the same kind;
    # so is a bare number after a change in points ('improves perplexity by 0.8 and 0.5').
    for index in range(1, len(quantities)):
        claim, previous = claims[index], claims[index - 1]
        in_points = previous is not None and previous.kind == "accuracy_delta" and previous.unit == "points"
        if (claim is None or not claim.kind) and previous is not None \
                and (previous.kind == "parameter_count" or in_points) \
                and _listed_together(text, quantities[index - 1], quantities[index]):
            claims[index] = _borrow(text, quantities[index], previous, bounds[index])
        elif (claim is None or not claim.kind) and in_points and not quantities[index].unit \
                and _parallel_benchmarks(text, quantities[index - 1], quantities[index]):
            # 'improves exact match by 3.1 on Natural Questions and 2.4 on TriviaQA'
            claims[index] = _borrow(text, quantities[index], previous, bounds[index])
            claims[index].metric = _BENCHMARK_AFTER.match(text, quantities[index].end)["name"].rstrip(".")
    # '9 trillion tokens, of which 8 trillion are used in pretraining and 1 trillion in continued
    # pretraining': a scaled number with no noun of its own, a part of an amount named before it in
    # its sentence, is an amount of the same thing; so is a shorter context than one named before
    # ('recall up to 10M tokens, a leap over Claude 2.1 (200k)').
    for index in range(1, len(quantities)):
        scaled = quantities[index].scaled
        if claims[index] is None and (scaled or quantities[index].value >= _SHORTEST_PLAIN_AMOUNT) and not quantities[index].unit:
            whole = _amount_before(claims[:index], bounds[:index], bounds[index])
            # '... of up to 1 million on a single GPU and up to 10 million on an 8-GPU system': a
            # parallel phrase's amount is of the same thing, however large; in digits too: '4,096
            # tokens during pretraining and 32,768 during long-context training'.
            parallel = whole is not None and bool(_IN_A_SETTING_AND.fullmatch(text, whole.end, quantities[index].start)) \
                and bool(_IN_A_SETTING.match(text, quantities[index].end))
            if whole and (parallel or (scaled and _PART_OF_A_WHOLE <= quantities[index].value / whole.value <= 1)):
                claims[index] = _borrow(text, quantities[index], whole, bounds[index])
                if whole.kind == "parameter_count":
                    claims[index].role = parameter_role(Context(text, quantities[index], bounds[index]))
    # 'outperforms X and Y by 12.3% and 9.8%', 'gains of up to 12% on GSM8K and 8% on MATH': a share
    # right after a change given in percent, in one list or in a parallel phrase of its own
    # benchmark, is a change too; after a speedup or a saving ('throughput increases by 35% on A100
    # and 52% on H100') it is converted alike, unless it is a range or a share of things ('..., and
    # 40% of requests').
    # A change with 'by' and no verb of its own goes the way of the one before: 'reduces the mean
    # absolute error by 35% on QM9 and by 21% on OC20'.
    for index in range(1, len(quantities)):
        claim, previous = claims[index], claims[index - 1]
        if claim is None or previous is None or not (quantities[index - 1].unit == "percent" or (
                quantities[index - 1].unit == "points" and previous.kind == "accuracy_delta")):
            continue  # 'improves by 3 percentage points and 12 percent' is a change in both
        parallel = _parallel_benchmarks(text, quantities[index - 1], quantities[index]) \
            or _parallel_scores(text, quantities[index - 1], quantities[index])
        if claim.kind == previous.kind == "accuracy_delta" and parallel and _and_by_on_a_benchmark(text, quantities[index - 1]) \
                and (claim.value < 0) != (previous.value < 0):
            claim.negate()
        if claim.kind != "percentage":
            continue
        if not parallel and not _AND_OR_COMMA.fullmatch(text, quantities[index - 1].end, quantities[index].start):
            continue
        if previous.kind == "accuracy_delta" and not _OF_AFTER.match(text, quantities[index].end):
            claims[index] = _borrow(text, quantities[index], previous, bounds[index])
            claims[index].unit = "percent"  # after points too
            if parallel:
                claims[index].metric = claim.metric  # its own benchmark: '8% on MATH'
        elif previous.kind in ("speedup", "cost_reduction") and quantities[index].qualifier != "range" \
                and not _OF_AFTER.match(text, quantities[index].end):
            claims[index] = _borrow(text, quantities[index], previous, bounds[index])
            # Converted as its neighbour was: 'reduces latency by 35% on A100 and by 21% on H100'
            # is less time, so 1 / (1 - p), though a speedup.
            convert = times_less if previous.value == times_less(quantities[index - 1].value, None)[0] else times_more
            claims[index].value, claims[index].value_high = convert(quantities[index].value, quantities[index].value_high)
    # A ratio with no cue of its own takes the kind of the ratio before it in its sentence.
    for index, claim in enumerate(claims):
        if claim is not None and not claim.kind:
            earlier = [other for other, bound in zip(claims[:index], bounds[:index])
                       if other is not None and other.unit == "x" and other.kind and bound == bounds[index]]
            if earlier:
                claim.kind = earlier[-1].kind
    # '... throughput ... by up to 2.6x on one GPU and up to 3.7x on eight': a parallel ratio with
    # no metric of its own measures what the one before it does.
    # Counts between them ('on a single GPU') do not break the pair.
    # So does a change of a score: 'improves by 12.5% relative to X and by 4.2% relative to Y'.
    ratios = [(claim, bound) for claim, bound in zip(claims, bounds)
              if claim is not None and (claim.unit == "x" or claim.kind == "accuracy_delta")]
    for (previous, previous_bound), (claim, bound) in zip(ratios, ratios[1:]):
        unnamed = not claim.metric or (claim.metric == "speed" and previous.metric.endswith(" speed"))  # 'speed' is no name
        if unnamed and previous.kind == claim.kind and bound == previous_bound \
                and _PARALLEL_OR_LISTED.fullmatch(text, previous.end, claim.start):
            own_phase = _PHASE_AFTER.match(text, claim.end) if claim.kind == "speedup" else None
            claim.metric = f"{own_phase['phase']} speed" if own_phase else previous.metric  # '... and 2.2x on decode'
    return [claim for claim in claims if claim is not None and claim.kind and is_plausible(claim)]


# A phase right after a ratio is what it speeds up: '2.2-3.4x on decode'.
_PHASE_AFTER = regex.compile(rf"\s+(?:(?:on|in|for|during)\s+)?(?:the\s+)?{PHASE}")


def is_plausible(claim: Claim) -> bool:
    """Whether the value lies in its unit's plausible range: '0 tokens' or '2 parameters' is
    a number next to a noun, not a claim (the schema's ranges, one source of truth)."""
    low, high = VALUE_RANGE[claim.unit]
    return low <= claim.value <= high and (claim.value_high is None or low <= claim.value_high <= high)


def _group_members(text: str, claims: list[Claim]) -> list[list[Claim]]:
    """Runs of claims of one kind joined as a list ('2.2x and 7.5x'), in order."""
    groups: list[list[Claim]] = []
    for claim in claims:
        if groups:
            last = groups[-1][-1]
            if last.kind == claim.kind and chained(text, last, claim):  # not 'up to 6.5x speedup, a 1.4x improvement over X'
                groups[-1].append(claim)
                continue
        groups.append([claim])
    return groups


def attach_comparators(text: str, claims: list[Claim], sentences) -> None:
    """Baselines of relative claims; a list closed by 'respectively' pairs them in order."""
    relative = [claim for claim in claims if claim.kind in RELATIVE_KINDS]
    starts = sorted(claim.start for claim in relative)
    for group in _group_members(text, relative):
        sentence_start, sentence_end = context.sentence_of(sentences, group[0].start)
        next_claim = next((start for start in starts if start > group[-1].end), sentence_end)
        phrase, phrase_end = context.comparator_after(text, group[-1].end, min(sentence_end, next_claim))
        if phrase:
            respectively = "respectively" in text[phrase_end:sentence_end][:20]
        else:  # 'outperforms X and Y on Z by 12.3% and 9.8%, respectively'
            phrase = context.comparator_before(text, sentence_start, group[0].start)
            respectively = "respectively" in text[group[-1].end:sentence_end][:60]  # '2.1x faster, respectively'
        items = context.split_list(phrase)
        if respectively and len(items) == len(group):
            for claim, item in zip(group, items):
                claim.comparator = item
            continue
        for claim in group:
            claim.comparator = phrase
    for claim in relative:
        if claim.comparator and claim.comparator == claim.metric:
            claim.comparator = ""  # 'improves on AIME by 4.1 points': the benchmark, no baseline
    # '+4.8 to +12.6 gains on MATH and +4.6 to +14.3 gains on MBPP+ over strong baselines',
    # '2.71 times faster and uses 3.55 times less GPU memory than LLaMA': parallel claims
    # joined by 'and' or 'or' share the baseline named after the last of them.
    listed = _items_of_comma_lists(text, relative)
    for claim, following in reversed(list(zip(relative, relative[1:]))):
        if not claim.comparator and following.comparator \
                and (_PARALLEL_JOINER.fullmatch(text, claim.end, following.start) or chained(text, claim, following)
                     or (id(claim) in listed and id(following) in listed)):
            claim.comparator = following.comparator


# An item of a list of three or more, its own words after it: '3x less memory, 2x less compute,
# and 4x fewer tokens than X' (two items joined by ', and' are two clauses: '360x cost reduction,
# and around 7x compared to X').
_COMMA_ITEM_GAP = regex.compile(rf"{_COMMA_ITEM}{grammar.OPTIONAL_QUALIFIER}\$?")
_LAST_COMMA_ITEM_GAP = regex.compile(rf"{_COMMA_ITEM}(?:and|or)\s+{grammar.OPTIONAL_QUALIFIER}\$?")


def _items_of_comma_lists(text: str, claims: list[Claim]) -> set[int]:
    """ids of the claims in lists of three or more items closed by ', and' or ', or'."""
    items: set[int] = set()
    run = claims[:1]
    for claim, following in zip(claims, claims[1:]):
        if _COMMA_ITEM_GAP.fullmatch(text, claim.end, following.start):
            run.append(following)
            continue
        if _LAST_COMMA_ITEM_GAP.fullmatch(text, claim.end, following.start) and len(run) >= 2:
            items.update(id(member) for member in [*run, following])
        run = [following]
    return items


# 'by 3.4 and 2.1 points on MMLU and GSM8K, respectively': the benchmarks listed after the changes.
_BENCHMARK_LIST_AFTER = regex.compile(r"[^,;.]{0,30}?\b(?:on|in|across)\s+(?:the\s+)?(?P<list>[^;.]+?),?\s+respectively\b")


_RESPECTIVELY_AFTER = regex.compile(r"[^.;]{0,40}?\brespectively\b")
# A domain a list of changes is on, in lower case: 'on math, coding, logic puzzles, ..., respectively'.
_NAMES_A_DOMAIN = regex.compile(rf"(?!(?:{'|'.join(sorted(lexicon.FUNCTION_WORDS))})\b)\p{{Ll}}[\p{{L}}\-]*(?:\s\p{{Ll}}[\p{{L}}\-]*){{0,2}}")
_PHASE_LIST_AFTER = regex.compile(
    r"\s+(?:speed-?ups?\s+|faster\s+)?(?:in|on|for|during)\s+(?:the\s+)?(?P<list>[\p{L}\s,]+?)(?:\s+(?:phases?|stages?))?,?\s+respectively\b")


def pair_metrics_respectively(text: str, claims: list[Claim], sentences) -> None:
    """Changes or scores listed together and closed by 'respectively' take the benchmarks
    named after them in order, as they take their baselines: 'by 3.4 and 2.1 points on MMLU
    and GSM8K, respectively', 'scores of 67% and 65% on HumanEval and MBPP, respectively'.
    Changes with none named after them take those of as many scores before them in their
    sentence: '57.1% on MATH and 84.0% on GSM8K, outperforming GPT-3.5 by 20.1 and 6.9 points,
    respectively'; so do scores ('..., up from 6.5% and 59.2% respectively')."""
    for group in _group_members(text, [claim for claim in claims if claim.kind == "speedup"]):
        phases = _PHASE_LIST_AFTER.match(text, group[-1].end) if len(group) > 1 else None
        items = context.split_list(phases["list"]) if phases else []
        if len(items) == len(group) and all(item.lower() in lexicon.PHASES for item in items):
            for claim, item in zip(group, items):  # '4.1x and 3.2x speedups in prefill and decode, respectively'
                claim.metric = f"{item} speed"
    listed = [claim for claim in claims if claim.kind in ("accuracy_delta", "percentage")]
    for group in _group_members(text, listed):
        if len(group) < 2:
            continue
        benchmarks = _BENCHMARK_LIST_AFTER.match(text, group[-1].end)
        items = context.split_list(benchmarks["list"]) if benchmarks else []
        if len(items) == len(group) and all(item[:1].isupper() or _NAMES_A_DOMAIN.fullmatch(item) for item in items):
            for claim, item in zip(group, items):
                claim.metric = item
        elif not any(claim.metric for claim in group):
            sentence_start = context.sentence_of(sentences, group[0].start)[0]
            scores = [claim for claim in listed if sentence_start <= claim.start and claim.end <= group[0].start
                      and claim.kind == "percentage" and claim.metric]
            # Without 'respectively' only scores on as many different benchmarks pair: '88.7% and
            # 92.4% on ARC-Challenge and HellaSwag, respectively, outperforming X by 3.2 and 1.1 points'.
            distinct = len({score.metric for score in scores}) == len(scores)
            if len(scores) == len(group) and (distinct or _RESPECTIVELY_AFTER.match(text, group[-1].end)):
                for claim, score in zip(group, scores):
                    claim.metric = score.metric


# '93.2% to 95.1%', '45% to over 60%', '(28.9% vs. 9.3%)': a score set against the one before,
# perhaps after what that one is on ('45% on GSM8K versus 38% for the baseline').
# Or after what a share is of: 'completes 12.5% of tasks end-to-end, compared to 4.4%'.
_TO_A_SCORE = regex.compile(
    rf"(?:\s+of\s+(?:the\s+)?(?:[\p{{Ll}}\-]+\s+){{0,3}}?[\p{{Ll}}\-]+)?"
    rf"(?:\s+(?:on|in)\s+(?:the\s+)?{BENCHMARK_NAME})?,?\s+(?:to|vs\.?|versus|compared\s+(?:to|with))\s+(?:\S+\s+)?")
# '92.5% agreement with human preferences, compared to 85% for GPT-4': a few words, then the score set against.
_COMPARED_TO_A_SCORE = regex.compile(rf"[^\d.;]{{0,60}}?,\s+{context.SET_AGAINST_LEAD}\s+(?:only\s+|just\s+)?", regex.IGNORECASE)
# Numbers between the two are no claims (the two are neighbours), so versions may stand there: 'GPT-4'.
_UP_FROM_A_SCORE = regex.compile(r"(?:[^.;]|\.(?=\d)){0,80},\s+(?:up|down)\s+from\s+(?:only\s+|just\s+)?")
# Measures a score set against a named one says nothing more than: 'an MMLU-Pro accuracy of 62.58%
# versus 62.62%' (the second read 'accuracy' from the words before the first).
_GENERIC_MEASURES = {"accuracy", "score", "scores", "performance"}


def _is_a_generic_measure(metric: str) -> bool:
    """A measure phrase ('accuracy', 'pass@1'), not a benchmark's name ('MMLU-Pro', 'HumanEval')."""
    return metric.lower() in _GENERIC_MEASURES or metric.lower() in lexicon.QUALITY_METRICS
# 'rises by 11.4 points, from 56.8%', 'by an absolute 15.9% (51.9% to 67.8%)'
_FROM_AFTER_A_CHANGE = regex.compile(r"\s*(?:[,(]?\s*(?:up\s+|down\s+)?(?:from|to)\s+(?:only\s+|just\s+)?|\(\s*)")  # 'by 6.1 points, to 71.7%'
# 'GPT-4o (9.3%)', 'surpassing GPT-4, which achieves 80%'
_SCORE_OF_A_NAME = regex.compile(
    r"\p{Lu}[\p{L}\p{N}\-.]*(?:\s*\(|,?\s+(?:which|that|who)\s+(?:only\s+)?(?:achieves|achieved|scores|scored|reaches|reached|attains|gets)"
    r"(?:\s+(?:only|just))?)\s*\Z")
_SENTENCE_END = regex.compile(r"[.;]\s")
# A score, what it is measured on, then a comma or bracket and a few words before its change:
# '51.2% on MMLU-Pro, 7.3 points above', '45.2% on AIME, a 6.3% improvement', '80.5% (7.7%'.
# A share of things ('43.2% of issues') is no score whose measure a change could take.
# '61.2% on MMMU, outperforming GPT-4V by 4.4 points': the words may beat a named model by it.
_SCORE_THEN_ITS_CHANGE = regex.compile(
    r"(?!\s+of\b)(?:[^,;:.()\d]|(?<=[\-@])\d){0,60}(?:,|\()\s*(?:respectively,\s*)?"  # its benchmark ('top-1 accuracy on ImageNet'), then a comma or bracket
    rf"""(?:(?:\p{{Ll}}+\s+){{0,4}}
          | (?:{context.BEATING_VERB}|improving\s+(?:over|on|upon))\s+(?:{context.LIST_NAME}|(?:[\p{{L}}\-]+\s+){{1,6}}?)
            \s*by\s+(?:an?\s+(?:average\s+of\s+)?)?{grammar.OPTIONAL_QUALIFIER} )  # 'surpassing the previous state of the art by'
        \$?""",
    regex.VERBOSE)


def _without_digits_of(name: str, between: str) -> str:
    """The words between a score and its change, the digits and dots of the score's benchmark
    blanked: 'on AIME 2024, a 25-point gain' has no number between the two."""
    return between.replace(name, regex.sub(r"[\d.]", "N", name)) if name else between


def _named_only_by_the_score(text: str, metric: str, score: Claim, change: Claim) -> bool:
    """Whether a change's metric is the phrase of the score before it, not its own: '65.4% success
    rate on WebArena, up 12.3 points' gave the change 'success rate', the score 'WebArena'."""
    return metric.lower() in text[score.end:change.start].lower() and metric.lower() not in text[change.end:].lower()


def borrow_metrics_of_scores(text: str, claims: list[Claim]) -> None:
    """Scores and their changes written next to each other share a measure: the scores a change
    ran from and to, a score set against the one before ('from 93.2% to 95.1%'), and a change right
    after a score, in an appositive or brackets, with no measure of its own ('51.2% on MMLU-Pro,
    7.3 points above the previous open model' is of MMLU-Pro)."""
    # 'rises by 11.4 points, from 56.8% to 68.2%': the score a change ran from is of its measure.
    for change, score in zip(claims, claims[1:]):
        if change.kind == "accuracy_delta" and change.metric and score.kind == "percentage" and not score.metric \
                and _FROM_AFTER_A_CHANGE.fullmatch(text, change.end, score.start):
            score.metric = change.metric
    # 'Top-5 accuracy improves from 93.2% to 95.1%': the score after 'to' or 'vs.' is of the same
    # measure, as is the one a score rose from ('79.2% on AlpacaEval 2.0, up from 22.5%').
    for before, after in zip(claims, claims[1:]):
        generic = _is_a_generic_measure(after.metric) and not _is_a_generic_measure(before.metric)
        if after.kind == before.kind == "percentage" and before.metric and (not after.metric or generic) \
                and (_TO_A_SCORE.fullmatch(text, before.end, after.start)
                     or _UP_FROM_A_SCORE.fullmatch(text, before.end, after.start)
                     or _COMPARED_TO_A_SCORE.fullmatch(text, before.end, after.start)):
            after.metric = before.metric
    for score, change in zip(claims, claims[1:]):
        if change.kind == "accuracy_delta" and score.kind == "percentage" and score.metric \
                and (not change.metric or _named_only_by_the_score(text, change.metric, score, change)) \
                and _SCORE_THEN_ITS_CHANGE.fullmatch(_without_digits_of(score.metric, text[score.end:change.start])):
            change.metric = score.metric
    # 'reaches 28.9% on AIME 2024, surpassing GPT-4o (9.3%) and Claude-3.5-Sonnet (16.0%)': the
    # scores of the models it is set against are on the same benchmark.
    scored = None
    for claim in claims:
        if claim.kind != "percentage":
            continue
        if not claim.metric and scored and _SCORE_OF_A_NAME.search(text, scored.end, claim.start) \
                and not _SENTENCE_END.search(text, scored.end, claim.start):
            claim.metric = scored.metric
        elif claim.metric:
            scored = claim


def share_metrics_in_lists(text: str, claims: list[Claim]) -> None:
    """Numbers of one list with one measure named once are all of it: '45.1%, 58.3% and 66.7% on
    MMLU', 'speedups of 1.5x, 2.3x, and 3.1x'."""
    for group in _group_members(text, [claim for claim in claims if claim.kind in RELATIVE_KINDS | {"percentage"}]):
        named = {claim.metric for claim in group if claim.metric}
        last = group[-1]
        written_once = not text[last.start:last.end].isalpha() and all(  # not a verb: '2.7x-3.5x, doubled throughput'
            _AND_OR_COMMA.fullmatch(text, claim.end, following.start) for claim, following in zip(group, group[1:]))
        if len(group) > 1 and written_once and last.metric and text[last.end:].lstrip().lower().startswith(last.metric.lower()):
            for claim in group:  # '50%, 70%, and 90% sparsity': the noun written once is every item's
                claim.metric = last.metric
        elif len(group) > 1 and len(named) == 1:
            for claim in group:
                claim.metric = claim.metric or next(iter(named))


def share_roles_in_lists(text: str, claims: list[Claim]) -> None:
    """Token amounts of one list with one role read near one of them all have it: 'thinking
    budgets of 4K, 8K and 16K tokens' (the budget is named far from the last)."""
    for group in _group_members(text, [claim for claim in claims if claim.kind == "token_count"]):
        roles = {claim.role for claim in group if claim.role}
        if len(group) > 1 and len(roles) == 1:
            for claim in group:
                claim.role = claim.role or next(iter(roles))


# A model a claim's subject is likened to is no subject either: 'Minitron-4B matches Llama-3-8B',
# 'comparable performance to GPT-3', 'performance competitive with Llama-2'.
_PEER_LEAD = regex.compile(
    rf"\b(?:{context.PEER_VERB}|(?:comparable|similar)\s+(?:\p{{L}}+\s+)?to"
    r"|(?:competitive|comparable)\s+(?:\p{L}+\s+)?with"  # 'comparable performance with LLaMA2 7B'
    r"|same\s+(?:[\p{L}\-]+\s+){0,3}as|agree(?:s|d|ing)?\s+with"
    r"|of(?<=\d\s?(?:%|x|×|\stimes)\s+(?:the\s+)?(?:\p{Ll}+\s+){1,2}of))\s+")  # '90% quality of ChatGPT', '2x the throughput of vLLM': whose measure it is


def _comparator_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where baselines and peers are named in text[start:end]: no name there is a subject."""
    regions = []
    for lead in [*context.COMPARATOR_LEAD.finditer(text, start, end), *_PEER_LEAD.finditer(text, start, end)]:
        phrase = context.phrase_until_clause_end(text, lead.end(), end)
        regions.append((lead.end(), lead.end() + len(phrase)))
    return regions


_NAME_IN_BRACKETS_AFTER = regex.compile(r"(?:[\s\-]+[\p{L}]+){0,2}\s*\((?P<name>[^()]{2,60})\)")
# Brackets that compare or give examples name other models: '13B (e.g., larger than Megatron GPT 8.3B)'.
_ASIDE_IN_BRACKETS = regex.compile(r"\s*(?:e\.g\.|i\.e\.|such\s+as|including|cf\.|vs\.?|versus|compared|\p{L}+er\s+than)",
                                   regex.IGNORECASE)
_NAME_RIGHT_AFTER = regex.compile(r"(?:[\s\-]+param(?:eter)?s?)? (?P<name>\S.{0,60})")  # '1.3B parameter InstructGPT model'
# A name written after a size is taken only if it looks like a model's name ('Llama-2', 'LLaMA',
# 'Qwen2'), since in Title Case titles the words after a size are often just words ('7B Parameter Model').
_MODEL_LIKE_NAME = regex.compile(r"[\d\-]|\p{Lu}\S*\p{Lu}")
# Between a name and a size said of it: 'Nemotron 3 Super, a 120 billion', 'Nemotron-H, a
# family of 8B', 'DeepSeek-V3, a strong Mixture-of-Experts (MoE) language model with 671B',
# 'phi-1 is a Transformer-based model with 1.3B'.
_APPOSITIVE_GAP = regex.compile(
    r"""
      \s*,\s*(?:\b\p{L}+\b[\s,]*){0,3}                   # a few words after a comma
    | \s*:\s*                                             # 'StarCoder and StarCoderBase: 15.5B parameter models'
    | \s+(?:includes|comprises|comes\s+in|offers|spans)\s+   # 'OLMo 2 includes 7B and 13B models'
    | (?:\s*\([^()]*\))?(?:\s+model)?(?:,?\s+(?:which|that))?\s+(?:has|had|uses|used|contains|activates|activated)\s+(?:only\s+|just\s+|a\s+total\s+of\s+)?  # 'Mixtral uses 13B active parameters', 'Phi-3.5-MoE (16x3.8B) activates 6.6B', 'X model, which contains a total of 456B'
      (?:[0-9]+\s+\p{Ll}+\s*(?:,|,?\s+and)\s+){0,3}       # other parts listed first: 'X has 128 experts and 400B total parameters'
    | \s+(?:models?|family|suite|series|checkpoints|variants)\s+  # 'Gemma 2 models at 2B, 9B and 27B'
      (?:(?:range|ranges|ranging|span|spans|spanning|come|comes|are|available|released|in|at|of|with|from|sizes?)\s+){1,4}
    | (?<=\bscal(?:e|es|ed|ing)\s+\S+(?:\s+\S+)?)(?:\s+models?)?\s+(?:up\s+)?to\s+  # 'We scale Griffin (models) up to 14B'
    | \s+(?:scales|scaled|grows|grew)\s+(?:up\s+)?to\s+               # 'RWKV scales to 14 billion'
    | \s+with\s+(?:only\s+|just\s+)?                                   # 'Phi-2 with 2.7B parameters'
    | (?:\s*[,:]\s*(?:which\s+(?:is|was)\s+)?|\s+(?:is|was)\s+)(?:\p{Ll}+ly\s+)?  # or a phrase that says what the name is
      (?i:a|an|the|our)\s+                                 # ('X, which is currently the largest ...')
      (?:(?:[\p{L}\-]+|\(\p{Lu}[\p{L}\-]*\))\s+){0,10}
      (?:ranging\s+(?:in\s+(?:scale|size)\s+)?from\s+)?    # 'Llama 2, a collection of ... LLMs ranging in scale from 7B'
      (?:[\p{L}\-]+,\s*with\s+(?:a\s+total\s+of\s+)?)?     # 'Hunyuan-Large, the largest MoE model, with a total of 389B'
    """
    # or a verb of having: 'GLaM has (over) 1.2 trillion parameters', 'The phi-1.5 model has'
    # or what it has with the size: 'Llama 3 has a dense Transformer with 405B parameters'
    rf"| (?:\s+(?:model|LLM|network))?(?:\s+\p{{Ll}}+ly)?\s+(?:has|had|contains|totals)\s+"  # 'GPT-4 reportedly has'
    rf"(?:a\s+total\s+of\s+|only\s+|just\s+|an?\s+(?:[\p{{L}}\-]+\s+){{1,3}}with\s+)?{grammar.OPTIONAL_QUALIFIER}",
    regex.VERBOSE,
)


def _subject_of_size(text: str, claim: Claim, names, list_start: int) -> str:
    """A size's model: one named in brackets just after it ('a 12-billion-parameter model
    (Nemotron-Nano-12B-v2-Base)') or right after it ('the 70B Llama-2 model'), or one a few
    words before it, or whose appositive holds the size; else none, since a size further from a
    name is usually another model ('... from the 56B model')."""
    brackets = _NAME_IN_BRACKETS_AFTER.match(text, claim.end)
    if brackets and not _ASIDE_IN_BRACKETS.match(brackets["name"]):
        inside = context.names_in(text, brackets.start("name"), brackets.end("name"))
        if inside:
            return inside[0][2]
    right_after = _NAME_RIGHT_AFTER.match(text, claim.end)
    if right_after:
        following = _name_starting_at(text, right_after.start("name"), right_after.end("name"))
        if _MODEL_LIKE_NAME.search(following):
            return following
    if names and _APPOSITIVE_GAP.fullmatch(text, names[-1][1], list_start) and not _sized_otherwise(names[-1][2], claim.value):
        return names[-1][2]
    called = _CALLED_AFTER.match(text, claim.end)
    if called:  # 'a 280 billion parameter model called Gopher'
        return _name_starting_at(text, called.end(), min(len(text), called.end() + 60))
    apposed = _MODEL_NOUN_AND_COMMA_AFTER.match(text, claim.end)
    if apposed:  # 'a 7B-parameter DNA language model, Evo, on ...'; not 'a 7B model, Llama-2-13B, and GPT-4'
        name = _name_starting_at(text, apposed.end(), min(len(text), apposed.end() + 60))
        after = apposed.end() + len(name)
        if name and _APPOSITION_CLOSES.match(text, after) and not _sized_otherwise(name, claim.value):
            return name
    return ""


_SIZE_WRITTEN = rf"(?P<digits>\d+(?:\.\d+)?)(?P<suffix>[{''.join(lexicon.SCALE_SUFFIXES)}])"  # '235B'
_SIZE_IN_A_NAME = regex.compile(rf"{_SIZE_WRITTEN}(?![\p{{L}}\d])")
_SIZE_ENDING_A_NAME = regex.compile(rf"{_SIZE_WRITTEN}\Z")


def _sized_otherwise(name: str, value: float) -> bool:
    """Whether a name ends with a size other than `value` and holds none equal to it: 'Llama-2-13B,
    a 7B model' names two models; 'Qwen3-235B-A22B, has 235B total parameters' one."""
    size = _SIZE_ENDING_A_NAME.search(name)
    return bool(size) and not any(_is_size(found, value) for found in _SIZE_IN_A_NAME.finditer(name))


def _is_size(found, value: float) -> bool:
    """Whether a size written in a name ('235B') is `value`."""
    return abs(float(found["digits"]) * lexicon.SCALE_SUFFIXES[found["suffix"]] - value) <= 1e-6 * value


def _name_starting_at(text: str, start: int, end: int) -> str:
    """The name that starts right at `start` (within text[start:end]), or ''."""
    following = context.names_in(text, start, end)
    return following[0][2] if following and following[0][0] == start else ""


# A size's model named after it: 'a 280 billion parameter model called Gopher'.
_CALLED_AFTER = regex.compile(r"(?:[\s\-]+[\p{L}\-]+){0,4}?\s+(?:called|named|dubbed|coined),?\s+")
# ... or set after its noun between commas: 'a 7B-parameter DNA language model, Evo, trained on'.
_MODEL_NOUN_AND_COMMA_AFTER = regex.compile(
    rf"(?:[\s\-]+[\p{{L}}\-]+){{0,4}}?\s+(?i:{grammar.alternatives(lexicon.MODEL_NOUNS)}),\s+")
_APPOSITION_CLOSES = regex.compile(r",(?!\s+(?:and|or)\b)|\s+(?:which|that|is|was)\b")


_DETERMINERS = {"Your", "Our", "Their", "My", "Its", "His", "Her", "This", "That", "These", "Those", "Any", "Every", "Each"}


def _looks_like_a_name_in_title_case(text: str, start: int, name: str, direct: bool) -> bool:
    """In a Title Case title every word is capitalized ('The Era of 1-bit LLMs', 'A 2.7B Model
    Beats 70B Models'), so a name must look like a model's (digits, hyphen, acronym), or stand
    right before the number without a verb's or plural's 's' ('Distilling Gemma 7B', not
    'Beats 70B'), or open the title before a colon ('Jamba: A Hybrid ...')."""
    if _MODEL_LIKE_NAME.search(name):
        return True
    if direct and name.split()[-1] in _DETERMINERS:  # 'How to Train Your 7B Model'
        return False
    if direct:  # 'Matches Dense 70B Models': a verb and an adjective name nothing
        return not all(word in lexicon.TITLE_ADJECTIVES or (word.endswith("s") and word[1:].islower()) for word in name.split())
    return not text[:start].strip() and text[start + len(name):].lstrip().startswith(":")


# Brackets of prose gloss a name or aside from the sentence; a name in them is no subject of a
# claim outside: 'YaRN (Yet another RoPE extensioN method), ..., requiring 10x less tokens'.
# Brackets of names ('(RetNet)', '(Llama-2-7B and Mistral-7B)') hold no two lower-case words.
_PROSE_IN_BRACKETS = regex.compile(r"\((?=[^()]*\b\p{Ll}{2,}\b[^()]*\b\p{Ll}{2,}\b)[^()]*\)")
# A sentence opening 'On X,' names a benchmark or a setting, not its subject: 'On MMLU it scores
# 56.7, ... while requiring 10x less training compute'.
# 'On AIME 2024 and MATH-500, our model ...': what a sentence opens by being on is benchmarks.
_OPENING_ON = regex.compile(r"\s*(?:On|Across)\s+[^,;.]{1,80},")
_OPENING_ON_THE = regex.compile(r"\s*On\s+(?:the\s+)?")  # 'On MMLU our model ...', with no comma
_MEASURED_ON = regex.compile(r"(?:\s+\p{Ll}[\p{Ll}\-]*){0,3}?\s+(?:on|across)\s+(?:the\s+)?(?=\p{Lu})")  # '1.5x end-to-end speedup on X'
# A name a score is given on is a benchmark: '60.8 on AIME, 47.3 on LiveCodeBench', '43.2% of
# issues on SWE-bench Verified', '52.8 AP on COCO'.
_SCORED_ON_BEFORE = regex.compile(
    r"(?r)(?:[\d%](?:\s+of\s+(?:[\p{L}\-]+\s+){1,3}?|(?:\s+[\p{L}\p{N}\-@]+){1,2})?\s*"  # '58.7 box AP on COCO'
    r"|\b(?i:performance|accuracy|scores?|results?)\s+)"  # 'performance on AIME 2024 follows ...'
    r"(?:on|in)\s+(?:the\s+)?\Z")


# A plain word naming an activity or a quality, by its ending: 'Distillation', 'Deduplication',
# 'Alignment', 'Sparsity', 'Robustness'.
_ACTIVITY_NOUN = regex.compile(r"\p{Lu}\p{Ll}{3,}(?:tion|sion|ment|ity|ness|ance|ence)")
# ... or people by what they do: 'Evaluators preferred', 'Participants completed', 'Clinicians rated'.
_PEOPLE_NOUN = regex.compile(r"\p{Lu}\p{Ll}+(?:ors|ers|ants|ents|ists|ees|ians)")
# A word of lexicon.KINDS_OF_MODELS before a plural of models says what kind they are.
_PLAIN_WORD_BEFORE_MODELS = regex.compile(rf"(?P<word>\p{{Lu}}\p{{Ll}}+)\s+(?:{'|'.join(sorted(word for word in lexicon.MODEL_NOUNS if word.endswith('s')))})\b")
# A plain capitalized word opening a sentence and modifying the noun after it is no name on its
# own: 'Empirical evaluation shows'; a name is followed by its verb ('Mamba enjoys', 'Mamba can',
# 'Mamba significantly outperforms') or by punctuation. With a noun of method the two words name
# a technique: 'Speculative decoding yields', 'Grouped-query attention reduces'.
_PLAIN_WORD_BEFORE_A_NOUN = regex.compile(
    r"\p{Lu}\p{Ll}+(?:-\p{Ll}+)*\s+(?!(?:\p{Ll}+(?<!ss)s|\p{Ll}+ed|\p{Ll}+ly|of(?=\s+\p{Lu})|can|could|will|would|may|might|must|should"
    r"|also|further|not|then|thus|alone|only)\b)(?P<noun>\p{Ll}[\p{Ll}\-]*)")


# A hyphenated plain word opening a sentence before a comma or a plural noun of models or methods
# describes: 'On-device, the model ...', 'Long-context models reach ...', 'Low-rank adapters'. A
# plural after a one-word name is mostly its verb ('Self-consistency boosts'), so only known nouns.
_HYPHENED_WORD_AS_ADJECTIVE = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Ll}+)+(?:\s*,|\s+(?P<noun>\p{Ll}+)\b)")


# A name alone in brackets after a number is whose that number is: 'from 8.9 (GPTQ) to 6.8'.
_NUMBER_THEN_BRACKET_BEFORE = regex.compile(r"(?r)[\d%]\s*\(\s*\Z")
_CLOSING_BRACKET = regex.compile(r"\s*\)")


def _owns_the_number_before(text: str, sentence_start: int, name: tuple[int, int, str]) -> bool:
    """Whether a name stands alone in brackets right after a number: 'from 8.9 (GPTQ) to 6.8'."""
    return bool(_NUMBER_THEN_BRACKET_BEFORE.search(text, sentence_start, name[0]) and _CLOSING_BRACKET.match(text, name[1]))


# A clause of its own about our model or method: ', and our student reduces', '; our method',
# 'Experiments on Llama-2 show that our method ...'.
_OUR_NOUNS = sorted(lexicon.MODEL_NOUNS | {"method", "methods", "approach", "system", "framework", "agent", "retriever",
                                            "reranker", "policy", "algorithm", "technique", "pipeline", "kernel",
                                            "kernels", "detector", "tokenizer", "optimizer"}, key=len, reverse=True)
# A clause set against the one before opens with a model of its own: 'GPT-4 reaches 86.4%, while
# the strongest open model reaches 70.0%'.
_OUR = r"our\s+(?:[\p{Ll}\-]+\s+){0,2}?"  # 'our', 'our distilled 3B', before one of _OUR_NOUNS
_OUR_MODEL_CLAUSE = regex.compile(
    rf"(?:(?:,\s*(?:and|but|while|whereas)|;|\bwhile|\bwhereas|\bthat)\s+{_OUR}"
    r"|(?:,\s*(?:but|while|whereas)|\bwhile|\bwhereas)\s+the\s+(?:[\p{Ll}\-]+\s+){0,3}?)"
    rf"(?:{'|'.join(_OUR_NOUNS)})\b")


_OF_THE_BEFORE = regex.compile(r"(?r)\bof\s+(?:the\s+)?\Z")
# A sentence about our model, unnamed: 'Our model, ...', 'Our distilled 3B student ...'.
_OUR_OPENING = regex.compile(rf"\s*Our\s+(?:[\p{{Ll}}\d\-]+\s+){{0,2}}?(?:{'|'.join(_OUR_NOUNS)})\b")


# A sentence opening with a clause of its own before our model's: 'When paired with GPT-4o, our
# retriever boosts accuracy by 8.1%' is about the retriever.
_OPENING_CLAUSE_THEN_OURS = regex.compile(
    rf"\s*(?:When|If|Once|After|Although|Though|Because|Since|By|Using|For)\b[^,;:]{{0,80}}(?P<comma>,)\s+{_OUR}"
    rf"(?:{'|'.join(_OUR_NOUNS)})\b")


def _last_clause_of_our_model(text: str, start: int, end: int) -> int:
    """Where the last clause about our model before `end` starts, or 0 if none."""
    clauses = list(_OUR_MODEL_CLAUSE.finditer(text, start, end))
    if clauses:
        return clauses[-1].start()
    opening = _OPENING_CLAUSE_THEN_OURS.match(text, start, end)
    return opening.start("comma") if opening else 0


# The names of a list a number was measured on: 'speedups on Vicuna-7B, Vicuna-13B and Llama-2-70B-Chat',
# or two names joined by 'and' where the phrase ends: 'on MATH-500 and AIME 2024 while'; not 'on
# MATH and Phi3-mini-3.8B from 41.4%', whose second name opens a phrase and may be the next subject.
_NAME_LIST_AT = regex.compile(rf"{context.LIST_NAME}(?:(?:\s*,\s*{context.LIST_NAME})+(?:\s*,?\s+(?:and|or)\s+{context.LIST_NAME})?"
                           rf"|\s+(?:and|or)\s+(?>{context.LIST_NAME})(?=\s*(?:[,;)]|\.(?!\w)|$)|\s+(?:while|whereas|but|with|respectively)\b))")
_LIST_ITEM_START = regex.compile(r"(?:^|,\s*|\s(?:and|or)\s+)(?=\p{Lu})")


def _listed_name_starts(text: str, start: int) -> list[int]:
    """Where each name of a list starting at `start` starts; [start] if no list."""
    listed = _NAME_LIST_AT.match(text, start)
    if not listed:
        return [start]
    return [start + item.end() for item in _LIST_ITEM_START.finditer(listed.group())]


_NEXT_WORD = regex.compile(r"\s+[\p{L}\-]+")


def _opens_a_metric(text: str, name: tuple[int, int, str], lowered_metrics: set[str]) -> bool:
    """Whether a name, or a one-word name and the word after it, are a claim's measure: 'Pipeline
    bubbles are reduced by 2.5x' (the metric 'pipeline bubbles'), no name 'Pipeline'."""
    if name[2].lower() in lowered_metrics:  # 'Time-to-first-token is reduced ..., a 5.2x improvement'
        return True
    following = _NEXT_WORD.match(text, name[1])
    return bool(following) and text[name[0]:following.end()].lower() in lowered_metrics


# An adjective opening a sentence before a plural and the plural's own verb: 'Speculative cascades
# reduce cost' ('Hyena operators are' keeps its name: no adjective's ending).
_ADJECTIVE_BEFORE_A_PLURAL_AND_ITS_VERB = regex.compile(
    r"\p{Lu}\p{Ll}+(?:ive|al|ous|ic|ent|ant|ary|able|ible|ful|less)\s+\p{Ll}+s\s+"
    r"(?:reduce|improve|achieve|outperform|enable|yield|cut|lower|increase|boost|show|are|were|have|can|could|may|will)\b")


def _as_opening_name(text: str, sentence_start: int, name: tuple[int, int, str]) -> tuple[int, int, str] | None:
    """The name as written, or, where it opens its sentence, widened by the noun of method after
    it, or None if it is a plain word before a noun."""
    if text[sentence_start:name[0]].strip():
        return name
    if measure_opening_at(text, name[0]) > name[1] or _ADJECTIVE_BEFORE_A_PLURAL_AND_ITS_VERB.match(text, name[0]):
        return None  # 'Refusal rates drop', 'Speculative cascades reduce cost': a measure or a thing, no name
    if _ACTIVITY_NOUN.fullmatch(name[2]) or _PEOPLE_NOUN.fullmatch(name[2]):
        return None  # 'Distillation yields a student that is 40% smaller', 'Deduplication removes 40%': an activity
    adjective = _HYPHENED_WORD_AS_ADJECTIVE.match(text, name[0])
    if adjective and adjective["noun"] in lexicon.METHOD_NOUNS:
        return name[0], adjective.end(), adjective.group()
    if adjective and (not adjective["noun"] or adjective["noun"] in lexicon.MODEL_NOUNS):
        return None
    before_a_noun = _PLAIN_WORD_BEFORE_A_NOUN.match(text, name[0])
    if not before_a_noun:
        plural = _PLAIN_WORD_BEFORE_MODELS.match(text, name[0])
        if plural and plural["word"].lower() in lexicon.KINDS_OF_MODELS:
            return None  # 'Reward models trained on ...', 'Diffusion models achieve ...', not 'Minitron models'
        return name
    if before_a_noun["noun"] in lexicon.METHOD_NOUNS:
        return name[0], before_a_noun.end(), before_a_noun.group()
    return None


# A sentence opening with a pronoun for a model goes on about the one named before:
# 'We present DeepSeek-V2, ... It comprises 236B total parameters'.
# ('The resulting model' is a new one, not the one named before.)
_PRONOUN_OPENING = regex.compile(
    r"\s*(?:(?:On|In|For|Across|With|At|Under)\s+[^,.;]{1,60},\s+(?:it|they)|It|They|(?:The|This|Our)\s+(?:model|system|method))\s+\p{Ll}")  # 'On Mip-NeRF 360, it improves'


# The method or teacher a model was trained with is not the model: 'Our 3B model trained with GRPO
# reaches 40.3%', 'Knowledge distillation from GPT-4 improves the 7B student'.
_TRAINED_WITH_BEFORE = regex.compile(
    r"(?r)\b(?:(?:trained|tuned|finetuned|fine-tuned|optimized|aligned|distilled|post-trained)\s+(?:with|using|via|by)"
    r"|(?:distillation|distilled|distilling|transfer)\s+from)\s+\Z")


def _nearest_actor(text: str, sentence_start: int, names: list[tuple[int, int, str]], claim_start: int) -> str:
    """The nearest name before a claim, unless a preposition stands before it and an earlier
    name acts: 'StarCoder is trained on tokens from The Stack, with a context of 8K' is about
    StarCoder, since a name after a preposition is a setting of the claim."""
    nearest = names[-1]
    # A list's preposition stands before its first name: 'accuracy comparable to Qwen3, Gemma3, and Llama3.2'.
    head = _head_of_its_list(text, names)
    if not _AFTER_A_PREPOSITION.match(text, sentence_start, head) and not _is_enabled(text, sentence_start, nearest):
        opening = names[0]
        if len(names) > 1 and _is_an_object(text, sentence_start, head, nearest) and not text[sentence_start:opening[0]].strip() \
                and _has_a_verb_of_its_own(text, opening[1]) \
                and _CLAUSE_BREAK.search(text, nearest[1], claim_start):
            # 'ChipNeMo adapts LLaMA2 ..., reducing model size by 5x': the actor's, not its object's
            # (but 'Wanda prunes LLaMA-65B to 50% sparsity' is of the object's new state)
            return opening[2]
        return nearest[2]
    actors = [name for name in names[:-1] if name[0] < head and _is_an_actor(text, sentence_start, name)]
    if actors:
        return actors[-1][2]
    if _OUR_OPENING.match(text, sentence_start) and not _OF_THE_BEFORE.search(text, sentence_start, head):
        return ""  # 'Our model, trained on data generated by GPT-4o, beats its teacher': ours, unnamed
        # (but 'Our method boosts the accuracy of Llama-3.1-8B from ...' is Llama's)
    # 'matches o1-mini on AIME24 at half the cost': a name measured on is a benchmark or a
    # machine, unless it is a model ('Experiments on LLaMA-2-70B show ...').
    measured_on = _MEASURED_ON_BEFORE.match(text, sentence_start, head) and not is_a_model_name(nearest[2])
    drawn_from = _DRAWN_FROM_BEFORE.search(text, sentence_start, head) and not is_a_model_name(nearest[2]) \
        and not _SIZE_RIGHT_AFTER.match(text, nearest[1])  # 'tokens from FineWeb', not 'samples from DeepSeekMath 7B'
    return "" if _TRAINED_WITH_BEFORE.search(text, sentence_start, head) or measured_on or drawn_from else nearest[2]


# A list closed by its conjunction: 'Based on MuonClip, K2 was' is no list.
_CLOSED_NAME_LIST_AT = regex.compile(rf"{context.LIST_NAME}(?:\s*,\s*{context.LIST_NAME})*\s*,?\s+(?:and|or)\s+{context.LIST_NAME}")


def _head_of_its_list(text: str, names: list[tuple[int, int, str]]) -> int:
    """Where the list of names that ends with the last one starts; the last name's start if it
    ends no list."""
    last = names[-1]
    for name in names[:-1]:
        listed = _CLOSED_NAME_LIST_AT.match(text, name[0])
        if listed and listed.end() >= last[1]:
            return name[0]
    return last[0]



def _is_enabled(text: str, sentence_start: int, name: tuple[int, int, str]) -> bool:
    """Whether a name is what a method lets do something, not the method: 'KIVI enables Llama,
    Falcon, and Mistral models to maintain ...'."""
    return bool(_ENABLED_BEFORE.match(text, sentence_start, name[0]) and _TO_A_VERB_AFTER.match(text, name[1]))


# The object of a verb of enabling, perhaps a list: 'enables Llama, Falcon, and'.
_ENABLED_BEFORE = regex.compile(r"(?r)\b(?:enabl|allow|permit|let|help)\w*\s+(?:[\p{L}\p{N}.\-]+,?\s+){0,8}?\Z")
_TO_A_VERB_AFTER = regex.compile(r"(?:\s+\p{Ll}+)?\s+to\s+\p{Ll}")


def _is_an_actor(text: str, sentence_start: int, name: tuple[int, int, str]) -> bool:
    """Whether a name does what its clause says: a verb follows it ('MegaBlocks achieves') or
    we act on it ('We apply Nemotron Elastic to ...'), and no preposition stands before it."""
    if _AFTER_A_PREPOSITION.match(text, sentence_start, name[0]):
        return False
    return bool(_ACTING_VERB_AFTER.match(text, name[1]) or _INTRODUCED_BY.match(text, sentence_start, name[0])
                or _APPLIED_BEFORE.match(text, sentence_start, name[0]))


# A name right after a verb, perhaps with an article and two words: its object ('adapts LLaMA2',
# 'trains a 3-layer GraphSAGE').
_OBJECT_OF_A_VERB = regex.compile(r"(?r)\b(?P<verb>\p{Ll}{3,}(?:s|ed))\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}\d\-]+\s+){0,2}?\Z")
_CLAUSE_BREAK = regex.compile(rf",|{grammar.CONTRASTING_CLAUSE}")


def _is_an_object(text: str, sentence_start: int, head: int, name: tuple[int, int, str]) -> bool:
    """Whether a name is the object of a verb that is not one of change ('adapts LLaMA2', not
    'boosts Qwen2.5-Math-7B from 58.8%', whose scores those are) and has no verb of its own
    ('GPT-4 that achieves 80%')."""
    verb = _OBJECT_OF_A_VERB.search(text, sentence_start, head)
    return bool(verb) and verb["verb"] not in lexicon.FUNCTION_WORDS \
        and not verb["verb"].startswith(lexicon.RAISING_STEMS + lexicon.REDUCTION_STEMS) \
        and not context.has_a_verb_after(text, name[1])


_PRESENT_VERB_AFTER = regex.compile(r"\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?<!ss)s\b")  # 'ranks', 'significantly improves'


def _has_a_verb_of_its_own(text: str, name_end: int) -> bool:
    """Whether a verb follows the name ending at `name_end`: 'ChipNeMo adapts', 'SplatZip shrinks'."""
    return bool(_ACTING_VERB_AFTER.match(text, name_end) or _PRESENT_VERB_AFTER.match(text, name_end))


_ACTING_VERB_AFTER = regex.compile(
    rf",?\s+(?:(?:can|further|also|then|thus)\s+)?(?:is|are|was|were|has|have|\p{{Ll}}+ed|{'|'.join(lexicon.CLAUSE_VERBS)})\b")
_APPLIED_BEFORE = regex.compile(r"(?r)\bappl(?:y|ies|ied|ying)\s+(?:(?:the|our)\s+)?\Z", regex.IGNORECASE)
_SIZE_RIGHT_AFTER = regex.compile(r"[\s\-]\d+(?:\.\d+)?[BM]\b")
_DRAWN_FROM_BEFORE = regex.compile(r"(?r)\b(?:tokens|data|documents|samples|examples|text)\s+(?:drawn\s+|sampled\s+)?from\s+(?:the\s+)?\Z")
_MEASURED_ON_BEFORE = regex.compile(r"(?r)\b(?:on|across|for)\s+(?:(?:the|The)\s+)?\Z")
_AFTER_A_PREPOSITION = regex.compile(
    r"(?r)\b(?:from|with|for|using|via|on|in|to|into|by|under|through|across|of)\s+(?:(?:the|The|a|an)\s+)?\Z")
# How a sentence names what it is about: 'We present X', 'we develop and release X', or X opening
# the sentence, before a verb or an appositive ('Mooncake is ...', 'DeepSeek-V2, a strong ...').
_INTRODUCED_BY = regex.compile(
    r"(?r)\b(?:present|introduc|propos|releas|develop|train|build|buil|offer|fine-tun|finetun|pretrain|adapt)\w*\s+(?:(?:the|our)\s+)?\Z",
    regex.IGNORECASE)  # 'We fine-tune Llama-3-8B with LoRA ..., reaching 64.2%' is Llama's
_APPOSITIVE_AFTER = regex.compile(r"\s*,\s*(?:a|an|the|our)\s")


def _antecedent(text: str, sentences, sentence_start: int, sentence_names) -> str:
    """The model the sentence before is about, which a pronoun opening this sentence stands
    for ('We present DeepSeek-V2, ... It comprises 236B'); '' if that sentence names none."""
    previous = [bounds for bounds in sentences if bounds[1] <= sentence_start]
    if not previous:
        return ""
    start, end = previous[-1]
    for name_start, name_end, name in sentence_names.names_in(start, end):
        opens = not text[start:name_start].strip()
        if len(name) > 1 and (_INTRODUCED_BY.search(text, start, name_start) or (
                opens and (context.has_a_verb_after(text, name_end) or _has_a_verb_of_its_own(text, name_end)
                           or _APPOSITIVE_AFTER.match(text, name_end)))):  # 'SplatZip shrinks scenes ...'
            return name
    return ""


def _without_generic_tail(name: str) -> str:
    """A Title Case title capitalizes the nouns after a name: 'Llama-3.1-405B Inference' -> 'Llama-3.1-405B'."""
    words = name.split()
    while len(words) > 1 and context.is_generic(words[-1]):  # 'Cheaper Fine-Tuning' -> 'Cheaper'
        words.pop()
    if all(word in lexicon.TITLE_ADJECTIVES for word in words):
        return ""  # 'Towards 10x Cheaper LLM Inference via FP4': an adjective left alone names nothing
    return " ".join(words)


def _sized_token_after_its_name(text: str, sentence_names, sentences, size: Claim) -> str:
    """A token that opens with its size names the model with the name written before it:
    'Nemotron-4 340B-Instruct', not '340B-Instruct' alone."""
    token_start = text.rfind(size.subject, 0, size.start + len(size.subject))
    if token_start < 1 or text[token_start - 1] != " ":
        return size.subject
    name = context.name_directly_before(sentence_names, token_start, context.sentence_of(sentences, size.start)[0])
    return f"{name} {size.subject}" if name else size.subject


_ACRONYM = regex.compile(r"\p{Lu}{2,6}")
_WORDS_BEFORE_A_BRACKET = regex.compile(r"(?r)((?:\p{L}[\p{L}\-]*[\s,]+){1,9})\(\Z")
_WORD = regex.compile(r"\p{L}[\p{L}\-]*")
_BRACKET_THEN_A_NOUN = regex.compile(r"\)\s+\p{Ll}")  # '(ARC) tasks': the term names a kind of thing


def _defines_a_term(text: str, name: tuple[int, int, str]) -> bool:
    """Whether a name is an acronym in brackets, spelled by the lower-case words before it, that
    describes the noun after it: a term ('agentic, reasoning, and coding (ARC) tasks'), no model;
    'Sparse Mixture Attention (SMA)' and 'sparse mixture attention (SMA), which' name one."""
    start, end, acronym = name
    if not _ACRONYM.fullmatch(acronym) or not _BRACKET_THEN_A_NOUN.match(text, end):
        return False  # '(SMA), which reaches': the acronym is what the sentence is about
    before = _WORDS_BEFORE_A_BRACKET.search(text, max(0, start - 120), start)
    if not before:
        return False
    words = [word for word in _WORD.findall(before.group(1)) if word not in lexicon.FUNCTION_WORDS]
    last = words[-len(acronym):]
    return len(last) == len(acronym) and all(word.islower() for word in last) \
        and "".join(word[0] for word in last) == acronym.lower()


def attach_subjects(text: str, claims: list[Claim], sentences) -> None:
    """The model or system each claim is about: a name written just before it, else the
    nearest name earlier in its sentence that is not a baseline or a metric."""
    metrics = {claim.metric for claim in claims if claim.metric}
    lowered_metrics = {metric.lower() for metric in metrics}
    # 'by up to 1.8x on MT-bench and 4x ...': what a number was measured on is a benchmark.
    measured_on = {start for on in (_MEASURED_ON.match(text, claim.end) for claim in claims) if on
                   for start in _listed_name_starts(text, on.end())}
    # Sizes listed together ('8B and 56B/47B', '120 billion (active 12 billion)') share the
    # place where their list starts, so a name a few words before the list is all of theirs.
    sentence_names = context.SentenceNames(text, sentences)
    prose_in_brackets = [aside.span() for aside in _PROSE_IN_BRACKETS.finditer(text)] if "(" in text else []
    title_case = context.is_title_case(text)
    baseline_regions: dict[int, list[tuple[int, int]]] = {}
    list_start = {}
    for group in _group_members(text, [claim for claim in claims if claim.kind == "parameter_count"]):
        for member in group:
            list_start[id(member)] = group[0].anchor_start
    for claim in claims:
        if claim.subject and claim.kind == "parameter_count" and claim.subject[0].isdigit():
            claim.subject = _sized_token_after_its_name(text, sentence_names, sentences, claim)
        if claim.subject or claim.kind not in KINDS_WITH_SUBJECT:
            continue
        sentence_start, sentence_end = context.sentence_of(sentences, claim.start)
        direct = context.name_directly_before(sentence_names, claim.anchor_start, sentence_start)
        if direct in metrics:  # 'MMLU +2.3': the benchmark is what changed, not who changed it
            direct = ""
        if direct and claim.kind != "parameter_count" \
                and _SCORED_ON_BEFORE.match(text, sentence_start, text.rindex(direct, 0, claim.anchor_start)):
            direct = ""  # '58.7 box AP on COCO test-dev, +2.1 AP': a benchmark, no subject
        if direct and title_case:
            direct_start = text.rindex(direct, 0, claim.anchor_start)
            direct = direct if _looks_like_a_name_in_title_case(text, direct_start, direct, True) else ""
        if direct and claim.kind == "parameter_count":
            joiner = text[claim.anchor_start - 1]
            surface = claim.token or text[claim.start:claim.end]
            claim.subject = f"{direct}{joiner}{surface}" if joiner in " -" else direct
            continue
        if direct:
            claim.subject = direct
            continue
        if sentence_start not in baseline_regions:  # one sentence holds several claims
            baseline_regions[sentence_start] = _comparator_regions(text, sentence_start, sentence_end)
        regions = baseline_regions[sentence_start]
        asides = [span for span in prose_in_brackets if not span[0] < claim.start < span[1]]
        opening_on = _OPENING_ON.match(text, sentence_start, claim.anchor_start)
        names = [_as_opening_name(text, sentence_start, name)
                 for name in sentence_names.names_in(sentence_start, claim.anchor_start)]
        names = [name for name in names
                 if name and (not _overlaps(name[0], name[1], regions) or context.has_a_verb_after(text, name[1]))
                 and not _overlaps(name[0], name[1], asides)
                 and not (opening_on and name[1] <= opening_on.end())
                 and not _OPENING_ON_THE.fullmatch(text, sentence_start, name[0])
                 and name[2] not in metrics and name[0] not in measured_on
                 and not _opens_a_metric(text, name, lowered_metrics)
                 and not _SCORED_ON_BEFORE.match(text, sentence_start, name[0])
                 and not _owns_the_number_before(text, sentence_start, name)
                 and not _defines_a_term(text, name)
                 and not (claim.comparator and name[2] in claim.comparator)  # 'and SmoothQuant by 25.0 points'
                 and (not title_case or _looks_like_a_name_in_title_case(text, name[0], name[2], False))]
        own_clause = _last_clause_of_our_model(text, sentence_start, claim.anchor_start) if names else 0
        if own_clause:  # '..., and our student reduces sampling time by 12.5x': not the name before
            names = [name for name in names if name[0] >= own_clause]
        if claim.kind == "parameter_count":
            claim.subject = _subject_of_size(text, claim, names, list_start[id(claim)])
        elif names:
            subject = _nearest_actor(text, sentence_start, names, claim.anchor_start)
            claim.subject = _without_generic_tail(subject) if title_case else subject
        if not claim.subject and not names and _PRONOUN_OPENING.match(text, sentence_start, claim.start):
            claim.subject = _antecedent(text, sentences, sentence_start, sentence_names)
        if not claim.subject and not names:
            claim.subject = _subject_after_the_opening(text, sentence_start, sentence_end, claim)


# A sentence may open with a phrase about the model its clause then names: 'With 5.6B parameters,
# Phi-4-Multimodal ranks first', 'Trained with a context size of 32k tokens, Mixtral outperforms'.
_OPENING_PHRASE = regex.compile(
    r"\s*(?:With|At|Using|Despite|Given|Having|Featuring|Equipped|Built|Trained|Pre-?trained|Fine-?tuned|Distilled)\b"
    r"[^,;:]*,\s+")


def _subject_after_the_opening(text: str, sentence_start: int, sentence_end: int, claim: Claim) -> str:
    """The name opening the clause after the opening phrase a claim is in, if it acts; else ''."""
    opening = _OPENING_PHRASE.match(text, sentence_start, sentence_end)
    if not opening or claim.end > opening.end():
        return ""
    names = context.names_in(text, opening.end(), min(sentence_end, opening.end() + 80))
    if names and names[0][0] == opening.end() and _has_a_verb_of_its_own(text, names[0][1]):
        return names[0][2]
    return ""


# A list of names before a list of as many numbers: 'GPT-4o and Claude 3.5 Sonnet score 9.3% and
# 16.0%', 'The accuracy of A, B and C improves by 2.1, 1.7 and 1.2 points respectively'. After
# 'on', 'in' or 'across' the names are benchmarks: 'On AIME 2024 and MATH-500, ... 72.6% and 94.3%,
# respectively'. A lower-case name holds a digit: 'phi-3-small and phi-3-medium'.
_LIST_ITEM = rf"(?:{context.LIST_NAME}|\p{{Ll}}+-[\p{{L}}\p{{N}}\-.]*\d[\p{{L}}\p{{N}}\-.]*)"
_NAME_LIST = regex.compile(
    rf"(?P<on>\b(?:[Oo]n|[Ii]n|[Aa]cross)\s+(?:the\s+)?)?(?P<list>{_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM})*\s*,?\s+and\s+{_LIST_ITEM})")
# The models a list of numbers is of, named after them: '... speedups for A and B, respectively'.
_FOR_NAMES_RESPECTIVELY = regex.compile(
    rf"[^.;]{{0,40}}?\bfor\s+(?:the\s+)?(?P<list>{_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM})*\s*,?\s+and\s+{_LIST_ITEM}),?\s+respectively\b")
_SCORING_VERB_AFTER = regex.compile(
    r"\s+(?:\p{Ll}+ly\s+)?(?:score|reach|achieve|obtain|attain|get)s?\b")
_RESPECTIVELY_BEFORE = regex.compile(r"(?r)\brespectively,?\s+(?:\S+\s+){0,2}\Z")


def pair_listed_names_in_order(text: str, claims: list[Claim], sentences) -> None:
    """Numbers listed together take, in order, the names of a list of as many before them in their
    sentence: as subjects when 'respectively' closes or opens the numbers, the names are the
    subject of a verb of scoring, or the numbers after 'by' change the measure 'of' the names; as
    benchmarks after 'on'. A list of baselines is left alone. Sizes listed right after as many
    names are theirs ('Phi-3-small and Phi-3-medium, with 7B and 14B parameters')."""
    listed = [claim for claim in claims if claim.kind in KINDS_WITH_SUBJECT and claim.kind != "parameter_count"]
    for group in _group_members(text, listed):
        if len(group) < 2:
            continue
        sentence_start, sentence_end = context.sentence_of(sentences, group[0].start)
        models_after = _FOR_NAMES_RESPECTIVELY.match(text, group[-1].end, sentence_end)
        items = context.split_list(models_after["list"]) if models_after else []
        if len(items) == len(group) and all(context.clean_name(item) == item for item in items):
            for claim, item in zip(group, items):  # '3.2x and 2.6x speedups for Llama-3-8B and Llama-3-70B, respectively'
                claim.subject = item
            continue
        found = list(_NAME_LIST.finditer(text, sentence_start, group[0].start))
        if not found:
            continue
        names = found[-1]
        items = context.split_list(names["list"])
        if len(items) != len(group) or any(context.clean_name(item) != item for item in items) \
                or any(claim.comparator and claim.comparator in names["list"] for claim in group) \
                or context.COMPARATOR_LEAD.search(text, max(sentence_start, names.start() - 30), names.start() + 1):
            continue
        respectively = _RESPECTIVELY_AFTER.match(text, group[-1].end, sentence_end) \
            or _RESPECTIVELY_BEFORE.search(text, sentence_start, group[0].start)
        if names["on"] and respectively and not any(claim.metric for claim in group):
            for claim, item in zip(group, items):
                claim.metric = item
        elif not names["on"] and (respectively or _SCORING_VERB_AFTER.match(text, names.end())
                                  or (_OF_BEFORE.search(text, sentence_start, names.start("list"))
                                      and _THEN_BY.fullmatch(text, names.end(), group[0].start))):
            for claim, item in zip(group, items):
                claim.subject = item
    # 'Phi-3-small and Phi-3-medium, with 7B and 14B parameters': sizes right after as many names.
    for group in _group_members(text, [claim for claim in claims if claim.kind == "parameter_count" and not claim.token]):
        sentence_start = context.sentence_of(sentences, group[0].start)[0]
        gap = _SIZES_OF_NAMES_GAP.search(text, sentence_start, group[0].anchor_start) if len(group) > 1 else None
        found = list(_NAME_LIST.finditer(text, max(sentence_start, gap.start() - 120), gap.start())) if gap else []
        names = found[-1] if found and found[-1].end() == gap.start() else None
        items = context.split_list(names["list"]) if names and not names["on"] else []
        if len(items) == len(group) and all(context.clean_name(item) == item for item in items):
            for claim, item in zip(group, items):
                claim.subject = item


# 'improves the decoding speed of A, B, and C on an A100 GPU by up to x, y, and z': whose measure
# each number changes.
_OF_BEFORE = regex.compile(r"(?r)\bof\s+\Z")
_THEN_BY = regex.compile(rf"[^,;.]{{0,40}}\bby\s+{grammar.OPTIONAL_QUALIFIER}")
# What stands between a list of names and the list of their sizes: ', with', ' have', ': '.
# Found right before the sizes first, so the names are looked for only where it stands.
_SIZES_OF_NAMES_GAP = regex.compile(r"(?r)\s*(?:,\s*(?:with|having|of)\s+|\s+(?:with|have|has)\s+|:\s*)\Z")


def borrow_subjects_of_paired_sizes(text: str, claims: list[Claim]) -> None:
    """A size with no subject of its own is about the model of the size it pairs with: the
    active size after its total ('671B total parameters with 37B activated') or the total after
    its active one in the same clause ('32B activated parameters and 1T total parameters'), or
    the same size said again in an appositive ('Mistral 7B, a 7-billion-parameter language model')."""
    sizes = [claim for claim in claims if claim.kind == "parameter_count"]
    for size, following in zip(sizes, sizes[1:]):
        if following.subject or not size.subject:
            continue
        between = text[size.end:following.anchor_start]
        if ({size.role, following.role} == {"total", "active"}
                and (_paired_as_total_and_active(between) or _ONE_CLAUSE.fullmatch(between))) or (
                size.value == following.value and _APPOSITIVE_GAP.fullmatch(text, size.end, following.anchor_start)):
            following.subject = size.subject


def subjects_of_scores_set_against(text: str, claims: list[Claim]) -> None:
    """A number a claim is set against, followed by whose it is, is about that one: 'compared to
    39.8% for GPT-4o' is GPT-4o's; 'up from 1.96% for the previous best' and 'the previous state
    of the art of 3.8%' are no named model's. So are both scores of a change followed by whose
    they are: 'from 76.1% to 78.9% for ResNet-50'."""
    for start, end in zip(claims, claims[1:]):
        if start.kind == end.kind == "percentage" and _FROM_A_SCORE_BEFORE.search(text, max(0, start.start - 10), start.start) \
                and _TO_A_SCORE_BETWEEN.fullmatch(text, start.end, end.start):
            whose = _WHOSE_AFTER.match(text, end.end)
            names = context.names_in(text, whose.end(), min(len(text), whose.end() + 80)) if whose else []
            if names and names[0][0] == whose.end():
                start.subject = end.subject = names[0][2]
    for claim in claims:
        if claim.kind == "parameter_count":
            continue
        if _PREVIOUS_BEST_OF_BEFORE.match(text, max(0, claim.start - 60), claim.start):
            claim.subject = ""  # 'the previous state of the art of 3.8%': the score of no model named
            continue
        if not _SET_AGAINST_BEFORE.match(text, max(0, claim.start - 40), claim.start):
            continue
        beaten = _BEATEN_THEN_SCORES.search(text, max(0, claim.start - 150), claim.start)
        if beaten:  # 'surpasses GPT-4o on AIME (28.9% vs. 9.3%)': the second score is the one beaten
            claim.subject = beaten["name"]
            continue
        whose = _WHOSE_AFTER.match(text, claim.end)
        if not whose:
            continue
        names = context.names_in(text, whose.end(), min(len(text), whose.end() + 80), examples=True)
        claim.subject = names[0][2] if names and names[0][0] == whose.end() else ""


_FROM_A_SCORE_BEFORE = regex.compile(r"\bfrom\s+\Z")
_TO_A_SCORE_BETWEEN = regex.compile(r"\s+to\s+")
_SET_AGAINST_BEFORE = regex.compile(
    rf"(?r){context.SET_AGAINST_LEAD}\s+"
    r"(?:(?:only|just|about|around|roughly|nearly|approximately)\s+)?[~≈]?\s*\Z", regex.IGNORECASE)
_BEATEN_THEN_SCORES = regex.compile(
    rf"{context.BEATING_VERB}\s+(?P<name>{context.LIST_NAME}(?:\s+\d+(?:\.\d+)?[BM])?)\s+(?:on|in)\s+[^()]{{1,40}}"
    r"\(\s*[\d.]+\s*%?\s+(?:vs\.?|versus)\s+\Z")
_PREVIOUS_BEST_OF_BEFORE = regex.compile(
    r"(?r)\b(?:previous|prior|former)\s+(?:best|record|state[\s\-]of[\s\-]the[\s\-]art|SOTA)(?:\s+\p{Ll}+)?\s+of\s+\Z",
    regex.IGNORECASE)
# Whose a number set against is, perhaps after its noun: 'compared to 39.8% for GPT-4o', 'up from
# 7 trillion tokens for Qwen2'.
_WHOSE_AFTER = regex.compile(r"(?:\s+(?!(?:and|or|but|while|whereas)\b)\p{Ll}+)?\s+(?:for|by|from|with)\s+(?:the\s+)?")


_SPACED_VERSION_AT_END = regex.compile(r"\s\d+(?:\.\d+)?\Z")


def extend_subjects_with_their_sizes(text: str, claims: list[Claim]) -> None:
    """A name written before a size of its own ('Llama 3 405B reaches 88.6%') names the model with
    that size: the claims about the name take the sized subject the size already has."""
    for size in (claim for claim in claims if claim.kind == "parameter_count"):
        surface = size.token or text[size.start:size.end]
        name = size.subject.removesuffix(f"{text[size.anchor_start - 1]}{surface}")  # 'Llama 3 405B', 'Llama 2-70B'
        name_start = size.anchor_start - 1 - len(name)
        if text[size.anchor_start - 1] == "-" and not _SPACED_VERSION_AT_END.search(name):
            continue  # 'LLaVA-7B' is one name token, 'LLaVA' alone another model
        if name == size.subject or text[name_start:size.anchor_start - 1] != name:
            continue
        for claim in claims:
            if claim.subject == name and claim.kind != "parameter_count" and claim.start > size.end \
                    and text.rfind(name, 0, claim.anchor_start) == name_start:
                claim.subject = size.subject


# '32 billion activated parameters and 1 trillion total parameters', '17B active parameters, 128
# experts, and 400B total parameters': an active size and a total one in one clause are one model's.
_ONE_CLAUSE = regex.compile(r"[^.;:()]{0,60}")


def _paired_as_total_and_active(between: str) -> bool:
    return bool(_ACTIVE_SIZE_FOLLOWS.fullmatch(between) or _ACTIVE_SIZE_IN_CLAUSE.fullmatch(between))


_ACTIVE_SIZE_FOLLOWS = regex.compile(r"\s*[(/]\s*(?:active\s*)?")
# '47B parameters, but only uses 13B active parameters': the same model's sizes in one clause pair.
# Brackets end the clause, but for an abbreviated scale: '7 billion (B) parameters but uses only 1B'.
_ACTIVE_SIZE_IN_CLAUSE = regex.compile(
    r"(?:\(\p{Lu}{1,2}\)|[^.;:()]){0,60}?\b(?:but|while|with|of\s+which|whereas)\b[^.;:()]{0,30}")


def mark_total_sizes(text: str, claims: list[Claim]) -> None:
    """A size followed by an active size in brackets or after a slash is the total:
    '120 billion (active 12 billion)', '23B (2.8A)', '30B/3.6A'; so is one an active size
    follows in its clause after 'but', 'while', 'with' or 'of which' ('47B parameters, but
    only uses 13B active')."""
    sizes = [claim for claim in claims if claim.kind == "parameter_count"]
    for size, following in zip(sizes, sizes[1:]):
        if following.role == "active" and not size.role and _paired_as_total_and_active(text[size.end:following.start]):
            size.role = "total"


_REPORT_TAIL = regex.compile(r"\s+(?:Technical\s+|Tech\s+)?Report\Z")


def extract(text: str) -> list[Claim]:
    """Every claim of one title or abstract, in order of position. Offsets are the text's own;
    the words read are those of `context.as_prose(text)`."""
    original, text = text, context.as_prose(text)
    sentences = context.sentence_bounds(text)
    claims = precision_claims(text) + model_size_claims(text)
    taken = [(claim.anchor_start, claim.end) for claim in claims] + \
            [(claim.start, claim.end + len(claim.token)) for claim in claims if claim.token]
    claims += number_claims(text, taken, sentences)
    claims.sort(key=lambda claim: (claim.start, claim.end, claim.role))
    mark_total_sizes(text, claims)
    pair_metrics_respectively(text, claims, sentences)
    borrow_metrics_of_scores(text, claims)
    share_metrics_in_lists(text, claims)
    share_roles_in_lists(text, claims)
    attach_comparators(text, claims, sentences)
    attach_subjects(text, claims, sentences)
    pair_listed_names_in_order(text, claims, sentences)
    borrow_subjects_of_paired_sizes(text, claims)
    subjects_of_scores_set_against(text, claims)
    extend_subjects_with_their_sizes(text, claims)
    for claim in claims:  # a speedup no measure was found for is one of speed, as 'faster' is
        if claim.kind == "speedup" and not claim.metric:
            claim.metric = "speed"
        report = _REPORT_TAIL.search(claim.subject)  # a title's 'Kimi-VL Technical Report' is about Kimi-VL
        if report and report.start() > 0:
            claim.subject = claim.subject[:report.start()]
        if original[claim.end:claim.end + 1] == "$" and original[claim.start:claim.end].count("$") % 2:
            claim.end += 1  # the math a span opens closes in it: '3$\times$', not '3$\times'
        if original is not text:
            claim.subject, claim.metric, claim.comparator = (
                context.in_the_original(original, text, words) for words in (claim.subject, claim.metric, claim.comparator))
    return claims
