"""Deciding what a number is about from the words around it: kind, value, role and metric."""
from __future__ import annotations

import functools
import itertools

import regex

from pipeline.extract import context, grammar, lexicon, model_names
from pipeline.extract.claim import Claim
from pipeline.extract.model_names import names_a_dataset
from pipeline.extract.quantities import SETTING_BEFORE, Quantity

# A score may be cut off at its top k ('nDCG@10', 'mAP@0.5'), and keeps the cut in its name.
_AT_K = r"@\d+(?:\.\d+)?"
# A metric phrase, singular or plural ('training costs' is the metric 'training cost').
_METRIC = regex.compile(
    r"\b(?P<metric>(?:" + "|".join(regex.escape(phrase).replace(r"\ ", r"[\ \-]")  # 'inter-token-latency' as 'inter-token latency'
                                  for phrase in sorted(lexicon.METRIC_PHRASES, key=len, reverse=True))
    + rf")(?:{_AT_K}\b)?)s?\b",  # 'nDCG@10'
    regex.IGNORECASE,
)
# A benchmark's name: capitalized words and an edition year or version ('MATH', 'Natural Questions',
# 'AIME 2024', 'AlpacaEval 2.0').
BENCHMARK_NAME = r"\p{Lu}[\p{L}\p{N}@+\-.]*\p{L}?[+]?(?:\s(?:\p{Lu}[\p{L}\p{N}@+\-]*|(?:19|20)\d\d\b|\d\.\d\b|v\d+(?:\.\d+)*\b))*"  # 'SQuAD v2.0'
# Lower-case words before a benchmark's name, when a noun after says it is one: 'on the
# competition-level MATH benchmark'.
_DESCRIBED_BENCHMARK = rf"(?:[\p{{Ll}}\-]+\s+){{1,3}}(?={BENCHMARK_NAME}\s+(?:benchmark|dataset|suite)s?\b)"
_BENCHMARK = regex.compile(
    rf"\b(?:on|in|for|of)\s+(?:the\s+)?(?:[\p{{L}}\d]+-shot\s+|{_DESCRIBED_BENCHMARK})?"  # 'on five-shot MMLU'
    rf"(?P<name>{BENCHMARK_NAME})(?:\s+(?:benchmark|score|accuracy))?")
# A sentence opening 'On MATH,' or 'Evaluated on MMLU,' names the benchmark of the scores in it.
_OPENING_BENCHMARK = regex.compile(
    rf"\s*(?:On|Across|(?:Evaluated|Tested|Measured|Benchmarked)\s+on)\s+(?:the\s+)?(?P<name>{BENCHMARK_NAME})"
    r"(?:\s+benchmark)?\s*,")
_PLURAL_NOT_NOUN = {"this", "is", "was", "has", "its", "does", "thus", "plus", "less", "across", "always",
                    "perhaps", "various", "previous", "numerous", "corpus", "focus", "status", "bias",
                    "analysis", "basis", "process", "access", "class", "loss", "cross", "gains", "times",
                    "us", "as", "yes", "was", "uses", "includes", "achieves", "improves", "outperforms",
                    "requires", "shows", "yields", "reduces", "enables", "makes", "gives", "consists",
                    # fields of study end in -ics and count nothing: '12,500 competition mathematics problems'
                    "mathematics", "physics", "economics", "statistics", "robotics", "linguistics", "genomics",
                    "dynamics", "ethics", "analytics", "informatics"}


def _has(words_or_text, cues) -> bool:
    """Whether any cue occurs in the text; a cue written with a leading space only at a word's start."""
    text = words_or_text if isinstance(words_or_text, str) else " ".join(words_or_text)
    text = " " + text.lower()
    return any(cue in text for cue in cues)


def _first_cue(text: str, cue_sets: dict[str, tuple[str, ...]]) -> str:
    """The name of the cue set whose cue appears earliest in `text`, or ''."""
    lowered, best, best_at = text.lower(), "", len(text) + 1
    for name, cues in cue_sets.items():
        for cue in cues:
            at = lowered.find(cue)
            if 0 <= at < best_at:
                best, best_at = name, at
    return best


def _last_cue(text: str, cue_sets: dict[str, tuple[str, ...]]) -> str:
    """The name of the cue set whose cue appears last (nearest a number after `text`), or ''."""
    lowered, best, best_at = text.lower(), "", -1
    for name, cues in cue_sets.items():
        for cue in cues:
            at = lowered.rfind(cue)
            if at > best_at:
                best, best_at = name, at
    return best


# 'a 30% smaller model at the cost of a 1.2-point drop': an idiom, no cost measured.
_AT_THE_COST_OF = regex.compile(r"\bat\s+(?:the|a|an|some|little)\s+(?:\p{L}+\s+)?cost\s+of\b", regex.IGNORECASE)


def metric_near(after: str, before: str, kind: str = "") -> str:
    """The first metric phrase after the number, else the last one before it; a speedup
    only takes speed metrics and a saving only other ones."""
    def fits(phrase: str) -> bool:
        phrase = phrase if phrase.lower() in lexicon.QUALITY_METRICS else phrase.split("@")[0]  # 'nDCG@10' is as 'nDCG' is
        is_speed = any(word in phrase.lower() for word in lexicon.SPEED_METRIC_WORDS)
        is_quality = phrase.lower() in lexicon.QUALITY_METRICS
        is_share = phrase.lower() in lexicon.SHARE_METRICS
        return {"speedup": is_speed, "cost_reduction": not is_speed and not is_quality and not is_share,
                "accuracy_delta": is_quality, "percentage": is_quality or is_share}.get(kind, True)

    for found in _METRIC.finditer(_AT_THE_COST_OF.sub(" ", after) if "cost" in after else after):
        if fits(found["metric"]):
            return _as_metric(found["metric"])
    fitting = [_as_metric(found["metric"]) for found in _METRIC.finditer(before)
               if fits(found["metric"]) and found["metric"].lower() not in lexicon.METRICS_ONLY_AFTER]
    return fitting[-1] if fitting else ""


def measure_opening_at(text: str, position: int) -> int:
    """End of the metric phrase starting at `position` ('Refusal rates drop'), else -1."""
    found = _METRIC.match(text, position)
    return found.end() if found else -1


def _as_metric(phrase: str) -> str:
    """Metric phrases are named in lower case ('Throughput' -> 'throughput'); acronyms as written,
    plural or mixed-case ones too ('WER', 'KV cache', 'GPUs', 'mIoU')."""
    if phrase.isupper():
        return phrase
    return " ".join(word if _ACRONYM.fullmatch(word.split("@")[0]) else word.lower() for word in phrase.split(" "))


_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\d]+s?|\p{Ll}?(?:\p{Lu}\p{Ll}?){2,}")  # 'mIoU'


# Verbs a share's noun phrase may run into: 'with 1% of traffic show a 0.5% lift'.
_VERBS_AFTER_A_SUBJECT = {"show", "shows", "demonstrate", "demonstrates", "indicate", "indicates", "reveal",
                          "reveals", "suggest", "suggests", "confirm", "confirms", "remain", "remains",
                          "need", "needs", "require", "requires", "suffice", "suffices",  # '5% of the parameters need'
                          "yields", "leads", "improves", "reduces", "increases", "achieves", "causes", "incurs",
                          "degrades", "hurts", "preserves", "retains", "comes", "stems", "arises", "derives",
                          "contain", "contains", "include", "includes", "exhibit", "exhibits",
                          "fail", "fails", "succeed", "succeeds"}  # '40% of the runs fail'
# A plural noun after a noun is its verb: 'pruning 40% of attention heads results in'.
_VERBS_AFTER_A_NOUN = {"results"}


# Words that are nouns or verbs: a verb when an object follows ('1% of the data matches full
# training'), a noun before a preposition ('% of exact matches on SQuAD').
_NOUNS_OR_VERBS = {"matches", "match", "rivals"}
_DETERMINERS = ("the", "a", "an", "its", "their", "our")


def _leading_noun_phrase(words: list[str]) -> list[str]:
    """'the parameters per forward pass' -> ['parameters']: articles skipped, cut at a function word."""
    for index, word in enumerate(words[1:-1], start=1):
        following = words[index + 1].lower()
        if word.lower() in _NOUNS_OR_VERBS and (following in _DETERMINERS or following not in lexicon.FUNCTION_WORDS):
            words = words[:index]
            break
    words = [word for word in words if word.lower() not in _DETERMINERS]
    phrase = []
    for index, word in enumerate(words):
        participle = phrase and word.endswith("ed") and (
            is_plural_noun(phrase[-1]) or words[index + 1:index + 2] == ["by"])  # 'of respondents preferred', 'drop caused by'
        if word.lower() in lexicon.FUNCTION_WORDS or word.lower() in _VERBS_AFTER_A_SUBJECT \
                or word.lower() in _ONLY_VERBS \
                or (phrase and word.lower() in _VERBS_AFTER_A_NOUN) or participle:
            break
        phrase.append(word)
    return phrase


# 'of GPT-4's performance': a name with digits, owning what the share is of.
_OF_A_NAME_WITH_DIGITS = regex.compile(r"\s+of\s+(?:the\s+)?(?P<owner>\p{Lu}[\p{L}\p{N}\-.]*\p{N}[\p{L}\p{N}\-.]*['’]s)\s+(?=\p{L})")


_TASK_NOUNS = ("issues", "problems", "tasks", "questions", "instances", "puzzles", "challenges", "test cases")
_TASKS_OF_A_BENCHMARK = regex.compile(
    rf"\s+of\s+(?:the\s+)?(?:[\p{{Ll}}\-]+\s+){{0,2}}(?:{'|'.join(_TASK_NOUNS)})\s+(?:on|in|from)\s+(?:the\s+)?(?P<name>{BENCHMARK_NAME})")


_OBJECT_PRONOUNS = {"it", "them"}  # no noun follows them, as one may follow 'these'


def _shared_noun_phrase(text: str, position: int) -> str:
    """What a share after `position` is of, as written: '% of the original 10T-token pool' ->
    'original 10T-token pool', '% of GPT-4's performance' -> 'GPT-4's performance'."""
    owner = _OF_A_NAME_WITH_DIGITS.match(text, position)
    if owner:  # the digits of the name would end the words read below
        owned = _leading_noun_phrase(context.words_after(text, owner.end(), 6))
        return f"{owner['owner']} {context.as_written(text, owner.end(), owned)}" if owned else ""
    words = context.words_after(text, position, 8)[1:]  # past 'of'
    phrase = _leading_noun_phrase(words)
    if phrase and (phrase[0].lower() in _OBJECT_PRONOUNS or (len(phrase) == 1 and phrase[0].lower() in lexicon.PRONOUNS)):
        return ""  # 'activates 2% of them', 'training on 10% of them matches': what they are was named before
    return context.as_written(text, position, phrase)



_ACRONYM_PLURAL = regex.compile(r"\p{Lu}[\p{Lu}\d]+s")


# Plurals with no 's': '665K instruction data', '1M human preference annotations'.
_PLURALS_WITHOUT_S = {"data", "criteria", "phenomena"}


def is_plural_noun(word: str) -> bool:
    """'games', 'GPUs', 'LLMs', 'data'; not 'corpus', 'analysis', 'this', 'less'."""
    if _ACRONYM_PLURAL.fullmatch(word):
        return True
    word = word.lower()
    return word in _PLURALS_WITHOUT_S or (
        len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _PLURAL_NOT_NOUN)


class Context:
    """The text around one quantity, computed once and read by every rule."""

    def __init__(self, text: str, quantity: Quantity, sentence: tuple[int, int]):
        self.text = text
        self.value = quantity.value
        self.start = quantity.start
        self.end = quantity.end
        self.sentence = sentence
        self.after = context.clause_after(text, quantity.end, sentence[1])
        self.before = context.clause_before(text, quantity.start, sentence[0])
        words = context.words_after(text, quantity.end, limit=10)  # one scan for both views
        self.phrase_as_written = context.noun_phrase(words, limit=9)
        self.phrase = [word.lower() for word in self.phrase_as_written]
        self.words = [word.lower() for word in words[:6]]
        self.sentence_text = text[sentence[0]:sentence[1]]

    @functools.cached_property
    def own_clause(self) -> str:
        """The words before the number since the ratio or share before it: 'by up to 2.6x ... and
        up to ' -> ' ... and up to '. Asked by both the kind and the metric of a ratio."""
        return _RATIO_OR_SHARE.split(self.before)[-1]

    @functools.cached_property
    def own_after(self) -> str:
        """The clause after the number up to the next number, whose words are that one's:
        '5.1x smaller and 3.3x faster' -> ' smaller and '. Asked by a ratio's and a share's kind."""
        own = _UP_TO_A_NUMBER.match(self.after).group()
        in_words = _RATIO_IN_WORDS.search(own) if "fold" in own or "twice" in own or "thrice" in own else None
        return own[:in_words.start()] if in_words else own

    @functools.cached_property
    def before_qualifier(self) -> str:
        """The lower-cased clause before the number without its qualifier: 'improves throughput
        by up to ' -> 'improves throughput by '. Read by the kind and the metric of a number."""
        before = self.before[-50:].lower()
        qualifier = grammar.QUALIFIER_BEFORE.search(before)
        return before[:qualifier.start()] if qualifier else before

    @functools.cached_property
    def clause_before_qualifier(self) -> str:
        """The whole lower-cased clause before the number without its qualifier, for cues said far
        before it: 'we reduce the memory footprint of the optimizer states by'."""
        lowered = self.before.lower()
        qualifier_length = len(self.before[-50:].lower()) - len(self.before_qualifier)
        return lowered[:len(lowered) - qualifier_length]

    @functools.cached_property
    def changed_by(self) -> bool:
        """Whether a verb and 'by' stand right before the number, qualifier aside: 'improves MMLU
        by (up to)'; or a verb of change alone: 'throughput improves 2.1x'. Asked by the kind, the
        metric and the sign of a number."""
        return bool(_BY_AT_END.search(self.before_qualifier))

    @functools.cached_property
    def verb_and_object(self) -> str:
        """The last verb of change in the clause before the number (since the ratio or share
        before it) and the words after that verb that name what it changes, however far before
        the number: 'improves the decoding speed of Llama2-7B, Llama2-13B, and Vicuna-33B on an
        A100 GPU by' -> 'improves the decoding speed of Llama2-7B, L'. '' if the clause has no
        such verb. Asked by the kind and the metric of a ratio and of a share."""
        clause = _RATIO_OR_SHARE.split(context.clause_before(self.text, self.start, self.sentence[0], _FAR_CLAUSE_WIDTH))[-1]
        # In prose a capital inside a clause starts a name, not a verb: 'Hugging Face Accelerate'.
        title_case = context.is_title_case(self.sentence_text)
        verbs = [verb for verb in _CHANGE_VERB.finditer(clause)
                 if clause[verb.start()].islower() or not clause[:verb.start()].strip() or title_case]
        return clause[verbs[-1].start():verbs[-1].end() + _OBJECT_LENGTH] if verbs else ""

    @functools.cached_property
    def change_words(self) -> list[str]:
        """The words after the number without how its change is taken: 'a 20% relative
        improvement' -> ['improvement', ...]."""
        return self.words[1:] if self.words[:1] in _HOW_A_CHANGE_IS_TAKEN else self.words

    @functools.cached_property
    def restated_clause(self) -> str:
        """The clause a change in an appositive restates, or '': 'throughput reaches 5,000
        tokens/s, a 30% increase over X' -> 'throughput reaches 5,000 tokens/s'. Only a bare
        change noun restates; 'a 30% increase in accuracy' names its own measure."""
        tail = _APPOSITIVE_TAIL.search(self.before)
        words = self.change_words
        if not tail or words[:1] not in _BARE_CHANGE_NOUNS or words[1:2] in (["in"], ["of"]):
            return ""
        return _CLAUSE_COMMA.split(self.before[:tail.start()])[-1]


_OBJECT_LENGTH = 40  # 'improves the decoding speed of', however long the list of models after it
_FAR_CLAUSE_WIDTH = 200  # a clause before 'by' with a long list of names in it

# ', a 30% increase', ', which is a 40% reduction'; a comma in a number ('5,000') ends no clause.
_APPOSITIVE_TAIL = regex.compile(rf",\s+(?:which\s+is\s+|i\.e\.,?\s+)?an?\s+{grammar.OPTIONAL_QUALIFIER}\Z")
_CLAUSE_COMMA = regex.compile(r",\s")
_RISE_NOUNS = ("improvement", "increase", "gain", "boost", "speedup", "speed-up")
_FALL_NOUNS = ("reduction", "decrease", "saving", "savings", "cut")
_BARE_CHANGE_NOUNS = [[noun] for noun in _RISE_NOUNS + _FALL_NOUNS]
_HOW_A_CHANGE_IS_TAKEN = [["relative"], ["absolute"], ["average"], ["overall"]]
_RATE_CUES = ("throughput", "speed", "goodput", *lexicon.RATE_UNITS, *lexicon.SERVING_RATES)


def _restated_change(ctx: Context, p: float, p_high: float | None) -> tuple[str, float, float | None, str] | None:
    """(kind, value, value_high, unit) of a share that restates the clause before it as a change
    of speed or of a resource: more of a rate is a speedup, less time a speedup, less of a cost
    a saving ('latency drops to 20 ms, a 40% reduction' -> 1.67x). None if it restates no such
    clause."""
    clause = ctx.restated_clause
    if not clause:
        return None
    if ctx.change_words[0] in _RISE_NOUNS and _has(clause, _RATE_CUES):
        return "speedup", *times_more(p, p_high), "x"
    if ctx.change_words[0] in _FALL_NOUNS and 0 < p < 100 and _names_a_resource_or_time(clause):
        return ("speedup" if _speaks_of_time(clause) else "cost_reduction"), *times_less(p, p_high), "x"
    return None


_BARE_COMPARISON = regex.compile(r"\s*(?:higher|greater|larger|better|more|bigger)\s*(?:than\b|$)", regex.IGNORECASE)
_BARE_FALL = regex.compile(r"\s*(?:lower|smaller|less|shorter)\s*(?:than\b|$|[,.;)])", regex.IGNORECASE)


_INCREASE_IN = regex.compile(r"\s*(?:increase|improvement|gain|boost)s?\s+in\s+(?P<what>[^,;.]{1,40})", regex.IGNORECASE)


def _speed_increase(after: str) -> bool:
    """'7x increases in pre-training speed': an increase of a speed, however many words name it."""
    increase = _INCREASE_IN.match(after)
    return bool(increase) and _has(increase["what"], lexicon.SPEEDUP_CUES)


_LOWER_ERROR = regex.compile(r"\s*(?:lower|smaller|less|reduced)\s+(?:[\p{L}\-]+\s+){0,2}?(?:error|perplexity|loss)\b",
                            regex.IGNORECASE)
_TIMES_THE = regex.compile(r"\s*(?:the|as\s+(?:much|many))\s+", regex.IGNORECASE)


# The words after a number that are its own, up to the next number: a digit not glued to letters
# ('CO2' is a word), or a ratio in words ('threefold', 'twice').
_UP_TO_A_NUMBER = regex.compile(r"(?:[^\d]|(?<=\p{L})\d+)*")
_RATIO_IN_WORDS = regex.compile(r"\b(?:\p{L}+-?fold|twice|thrice)\b")


_CONTEXT_NOUNS = {"context", "contexts"}  # '128K contexts'
# Nouns tokens describe as the length of an input: 'a 256K-token window', 'the 1M-token
# needle-in-a-haystack test', '128K-token passkey retrieval'.
_WINDOW_NOUNS = {"window", "windows", "needle-in-a-haystack", "needle", "passkey", "haystack"}
_RESAMPLED = regex.compile(r"(?:\s*(?:,|or|and)\s*\d+(?:\.\d+)?\s*[x×])*\s*(?:down|up|sub)-?sampl", regex.IGNORECASE)  # '4x or 8x downsampled'


# More work per unit of a resource is a saving of it: '2x better performance per watt', '4x more
# tokens per dollar'.
_MORE = r"(?:higher|better|more|greater)\s+"
_PER_A_RESOURCE = regex.compile(
    rf"\s*(?:{_MORE}|(?:improvement|gain|increase)s?\s+in\s+)(?P<metric>(?:[\p{{L}}\-]+\s+){{1,2}}per\s+(?:watt|dollar|joule|kwh|\$))\b",
    regex.IGNORECASE)  # '2x better performance per watt', 'a 3.1x improvement in performance per watt'
# A share more efficient saves what it is efficient in: '30% more energy efficient', '20% higher
# memory efficiency'; not an efficiency that is itself a share ('scaling efficiency').
_MORE_EFFICIENT = regex.compile(rf"\s*{_MORE}(?P<what>(?:\p{{Ll}}+[\s\-]+){{0,2}}?)efficien(?:t|cy)\b")
_SHARE_EFFICIENCIES = {metric.removesuffix("efficiency").strip() for metric in lexicon.SHARE_METRICS if metric.endswith("efficiency")}
# An efficiency named after a saving ratio is its measure: '2x computational efficiency'.
_EFFICIENCY_AFTER = regex.compile(rf"\s*(?:{_MORE})?(?P<metric>(?:[\p{{Ll}}\-]+\s+){{0,2}}efficiency)\b")


# Orders of magnitude a study spans are no ratio of a gain: 'models spanning five orders of
# magnitude in compute', 'scaling laws over 6 orders of magnitude'; unless a word of change
# follows ('over three orders of magnitude faster').
_SPANNING_BEFORE = regex.compile(
    r"\b(?:span|spans|spanned|spanning|across|covering|covers|over|ranging|ranges)\s+(?:[\p{L}\p{N}\-]+\s+){0,3}$")
_CHANGE_WORD_AFTER = regex.compile(
    r"\s+(?:less|fewer|more|faster|slower|cheaper|smaller|larger|lower|higher|better|reduction|improvement|speed-?ups?|savings?)\b")


def ratio_kind(ctx: Context, changed_by: bool) -> str:
    """speedup, cost_reduction, '' when unknown, or 'none' for a ratio that is neither.

    After the number, the first strong cue decides: '2.5x cheaper and 3x faster' is a saving,
    '1.9x lower latency' a speedup though 'lower' leans to savings. A ratio of 'more tokens'
    or 'larger models' is neither kind. `changed_by`: a verb and 'by' stand before the number.
    """
    if not changed_by and ctx.text.endswith("magnitude", ctx.start, ctx.end) and _SPANNING_BEFORE.search(ctx.before[-60:]) \
            and not _CHANGE_WORD_AFTER.match(ctx.after):
        return "none"  # 'across 34 models and 5 orders of magnitude of compute' is a range studied, no gain
    if changed_by:
        # 'cutting weight memory by 3.9x and improving decoding throughput by 2.4x': what the
        # verb changes is named before 'by'; the words after belong to the next clause.
        cues = {"speedup": lexicon.SPEEDUP_CUES, "cost_reduction": lexicon.STRONG_COST_CUES}
        changed = _last_cue(ctx.before[-60:], cues) or _first_cue(ctx.verb_and_object, cues)
        if changed:
            return changed
        if _reduces_last(ctx.own_clause) or _reduces_last(ctx.verb_and_object):
            if _error_metric_before(ctx):
                return "none"  # 'error rates are reduced by a factor of 2.3' betters a score
            # 'cuts the number of training steps by a factor of 3', 'cuts job completion time by 2x'
            return _cut_kind(ctx.own_clause)
        if _REDUCED_BY_AND_BY_BEFORE.search(ctx.before):  # '... by 40% and the total GPU hours by 2.1x'
            return _cut_kind(ctx.own_clause)
    if ctx.restated_clause and _reduces_last(ctx.restated_clause):
        return _cut_kind(ctx.restated_clause)  # 'TTFT is reduced from 2.1 s to 0.4 s, a 5.2x improvement'
    if _LOWER_ERROR.match(ctx.after):
        return "none"  # '2.6x lower numerical error' betters a score: neither a speed nor a saving
    if _RESAMPLED.match(ctx.after):
        return "none"  # 'a 4x or 8x downsampled latent space' is a factor of a design, no gain
    times_the = _TIMES_THE.match(ctx.after)
    if times_the and _SAVING_VERB_BEFORE.search(ctx.before_qualifier):
        return "cost_reduction"  # 'saves up to 5x the pre-training compute'
    if times_the:  # '2x the throughput' is a speedup, '2x the memory' or 'twice as much time' a rise in a cost
        multiplied = ctx.after[times_the.end():times_the.end() + 30]
        return "speedup" if _has(multiplied, ("throughput", "speed", "goodput", "request rate", *lexicon.RATE_UNITS)) \
            else "none"  # '2.4x the tokens per second', '2.3 times the request rate of vLLM'
    # The words after the next number are that number's: '5.1x smaller and 3.3x faster'.
    strong = _first_cue(ctx.own_after, {"speedup": lexicon.SPEEDUP_CUES, "cost_reduction": lexicon.STRONG_COST_CUES,
                                    "none": lexicon.INCREASE_CUES})
    if strong == "none" and (_has(_before_a_verb(ctx.words[:4]), lexicon.SPEEDUP_CUES) or _speed_increase(ctx.after)):
        return "speedup"  # 'higher inference throughput'; but '30x longer sequences ... memory' is neither
    if (strong == "none" and _has(ctx.words[:4], ("efficien",))) or _PER_A_RESOURCE.match(ctx.own_after):
        return "cost_reduction"  # '2.5x higher sample efficiency', like 'improves sample efficiency by 2.5x'
    if strong in ("speedup", "cost_reduction"):
        return strong
    if _SAVING_VERB_BEFORE.search(ctx.before_qualifier) and (
            _names_a_resource_or_time(ctx.own_after[:40]) or _has(ctx.own_after[:40], lexicon.SPENT_NOUNS)):
        return _cut_kind(ctx.own_after[:40])  # 'saves up to 2.5x inference tokens', 'cuts 3x memory'
    after_kind = _first_cue(ctx.after, {"cost_reduction": lexicon.COST_CUES, "none": lexicon.INCREASE_CUES})
    if after_kind == "cost_reduction" and _BARE_FALL.match(ctx.after) \
            and _last_cue(_own_words_before(ctx)[-60:], {"speedup": lexicon.SPEEDUP_CUES, "cost_reduction": lexicon.COST_CUES}) == "speedup":
        return "speedup"  # 'a 45 ms latency, 3x lower than X', 'its latency is 3x lower': the noun came before
    bare_rise = after_kind == "none" and bool(_BARE_COMPARISON.match(ctx.after))
    if bare_rise:
        after_kind = ""  # 'a throughput ..., which is 1.5-2x higher than X': the noun came before
    if after_kind == "none" and _has(ctx.after, lexicon.COST_CUES[:4]):
        return "cost_reduction"  # 'higher cost savings'
    if after_kind:
        return after_kind
    # 'reduces latency by 35% and memory footprint by 2.1x': the nearer cue is this one's.
    nearer = _last_cue(ctx.before[-60:], {"speedup": lexicon.SPEEDUP_CUES, "cost_reduction": lexicon.COST_CUES})
    if bare_rise and nearer == "cost_reduction":
        return "none"  # '3.8 x 10^25 FLOPs, almost 50x more than Llama 2' spends more: no saving
    if not nearer and context.is_title_case(ctx.sentence_text):
        # A title puts the cue anywhere: 'Speculative Decoding at 6.5x: Lossless Acceleration of 70B Models'.
        return _first_cue(ctx.sentence_text, {"speedup": lexicon.SPEEDUP_CUES, "cost_reduction": lexicon.STRONG_COST_CUES})
    if not nearer and _has(ctx.before[-60:] + " " + ctx.after[:40], lexicon.WEAK_SPEEDUP_CUES):
        return "speedup"  # 'outperforms existing serving systems by 1.5-2.8x for distributed inference'
    return nearer


def _own_words_before(ctx: Context) -> str:
    """The clause before the number without the first word after the number before it, which is
    that number's own ('1.6x faster, 2.3x smaller': 'faster' is the 1.6x's)."""
    if len(ctx.own_clause) == len(ctx.before):
        return ctx.own_clause
    rest = ctx.own_clause.split(None, 1)
    return rest[1] if len(rest) > 1 else ""


def _reduces_last(clause: str) -> bool:
    """Whether the last verb of change in a clause lowers what it acts on: not in 'with 98% cost
    reduction or improve the accuracy over GPT-4 by', where the reduction is the number before's."""
    return _last_cue(clause, {"fall": lexicon.REDUCTION_STEMS, "rise": lexicon.RAISING_STEMS}) == "fall"


# 'improves MMLU by', 'outperforms X by an absolute': the number is the size of the change.
# 'by an absolute success rate of 34%': a measure may stand between 'by' and the number.
_QUALITY_MEASURE = grammar.alternatives(lexicon.QUALITY_METRICS)
_BY_AT_END = regex.compile(  # (?r): searched from the end it is anchored at
    r"(?r)(?:\sby(?:\s+(?:only|just))?(?:\s+an?)?(?:\s+(?:absolute|relative|average|additional))?"
    rf"(?:\s+(?:factor|average|margin|{_QUALITY_MEASURE})\s+of)?"
    r"|\b(?:improves|improved|increases|increased|rises|rose|grows|grew|drops|dropped|falls|fell|decreases|decreased"
    r"|declines|declined|shrinks|shrank|jumps|jumped|climbs|climbed))\s*$",  # 'throughput improves 2.1x', 'latency drops 45%'
    regex.IGNORECASE)
_REDUCTION_VERB = rf"\b(?:{'|'.join(lexicon.REDUCTION_STEMS)})\w*"
_REDUCED_BY = rf"{_REDUCTION_VERB}\b[^,;:]{{0,40}}\bby\s+(?:only\s+|just\s+)?{grammar.OPTIONAL_QUALIFIER}"
# 'reduces memory by (nearly) half' and 'saves (up to) 42.5% of training costs'.
_REDUCED_BY_BEFORE = regex.compile(rf"{_REDUCED_BY}$", regex.IGNORECASE)
_RATIO_OR_SHARE_SIGN = rf"(?:{grammar.PERCENT_SIGN}|(?:x|×|times|-?fold)\b)"
_RATIO_OR_SHARE = regex.compile(rf"{grammar.DIGIT}\s?{_RATIO_OR_SHARE_SIGN}")
# 'reduces optimizer memory by up to 82.5% and total training memory by 63.3%', 'reduces trainable
# parameters by 2.5-fold and GPU memory by 18%': the verb serves both.
_REDUCED_BY_AND_BY_BEFORE = regex.compile(
    rf"{_REDUCED_BY}(?:{grammar.MANTISSA}(?:\s*[\-–]\s*{grammar.MANTISSA})?\s?{_RATIO_OR_SHARE_SIGN}|half|{grammar.FRACTION_WORD})"  # '... by two thirds and memory by', 'by 29-69% and
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+){context.SAME_VERB_AND_BY}{grammar.OPTIONAL_QUALIFIER}$",  # ', latency by 25%' too
    regex.IGNORECASE)
# 'saves 30% memory and 20% compute': the second share is saved too.
_SAVED_AND_BEFORE = regex.compile(
    rf"\b(?:sav|cut)\w*\s+{grammar.OPTIONAL_QUALIFIER}{grammar.MANTISSA}\s?{grammar.PERCENT_SIGN}\s+(?:[\p{{Ll}}\-]+\s+){{1,3}}?"
    rf"(?:,\s*(?:and\s+)?|and\s+){grammar.OPTIONAL_QUALIFIER}$", regex.IGNORECASE)
_SAVING_VERB_BEFORE = regex.compile(rf"{_REDUCTION_VERB}\s+{grammar.OPTIONAL_QUALIFIER}$", regex.IGNORECASE)


# 'latency', 'training time', 'TTFT'; not the 'time' in LaTeX's times sign or in 'times'.
_TIME_WORD = regex.compile(r"latency|\b(?:ttft|tpot)\b|(?<![\\\p{L}])time\b", regex.IGNORECASE)


def _speaks_of_time(text: str) -> bool:
    return bool(_TIME_WORD.search(text))


def _names_a_resource_or_time(text: str) -> bool:
    """Whether the words name what a saving or a speedup can be of: a resource spent or a time."""
    return _has(text, lexicon.STRONG_COST_CUES) or _speaks_of_time(text)


def _cut_kind(clause: str) -> str:
    """A cut of a time is a speedup, of anything else a saving: 'reduces latency by half'."""
    return "speedup" if _time_named_last(clause) else "cost_reduction"


def _time_named_last(text: str) -> bool:
    """Whether a time is named after any resource: 'a 2.6x speedup in time-to-first-token and
    reduce memory usage by' reduces memory."""
    times = [found.start() for found in _TIME_WORD.finditer(text)]
    if not times:
        return False
    lowered = text.lower()
    return times[-1] > max(lowered.rfind(cue) for cue in lexicon.STRONG_COST_CUES)


def times_more(p: float, p_high: float | None) -> tuple[float, float | None]:
    """'20% faster' -> 1.2: the ratio of the new speed to the old."""
    return 1 + p / 100, (1 + p_high / 100) if p_high else None


def times_less(p: float, p_high: float | None) -> tuple[float, float | None]:
    """'60% less memory' -> 2.5: how many times less is needed, 1 / (1 - p)."""
    high = round(1 / (1 - p_high / 100), 4) if p_high and p_high < 100 else None
    return round(1 / (1 - p / 100), 4), high


# 'reduces the gap to full precision by 45.1%': the gap is in a score, not a resource spent.
_GAP = regex.compile(r"\bgaps?\b")
_CHANGE_OF_BEFORE = regex.compile(
    r"""(?: \b(?P<noun>gain|improvement|enhancement|increase|boost|speedup|speed-up|acceleration|reduction|saving
                  |drop|decrease|decline|degradation)s? | \bloss(?:es)? )   # an accuracy loss is a drop
        \s+of\s+(?:(?:only|just)\s+)?$""",
    regex.IGNORECASE | regex.VERBOSE)


_APPOSITIVE_CHANGE_OF = regex.compile(r",\s+an?\s+(?:relative\s+|absolute\s+)?\p{Ll}+\s+of\s+(?:(?:only|just)\s+)?$")


def _drop(p: float, p_high: float | None) -> tuple[str, float, float | None, str]:
    """A fall in a score is negative; '3-5% drop' is the range -5 .. -3."""
    return ("accuracy_delta", -p_high, -p, "percent") if p_high else ("accuracy_delta", -p, None, "percent")


_ERROR_METRIC = regex.compile(
    r"\b(?:" + "|".join(sorted(lexicon.ERROR_METRICS, key=len, reverse=True)) + r")\b", regex.IGNORECASE)


def lowers_an_error(ctx: Context, before: str, by_at_end: bool) -> bool:
    """Whether a percentage is a fall in a score where lower is better: 'reduces WER by 10%',
    '10% lower MSE', 'a 15% relative reduction in word error rate', 'a word error rate of 4.2%, a 20%
    relative reduction'. It is a change of that score,
    not a saving of a resource. The verb may serve two: 'reduced false positives by 5.7% and false
    negatives by 9.4%'."""
    if by_at_end and _REDUCED_BY_AND_BY_BEFORE.search(ctx.before):  # the second: its own words tell
        return bool(_ERROR_METRIC.search(_RATIO_OR_SHARE.split(before)[-1]))
    if by_at_end and _has(before[-40:], lexicon.LOWERING_WORDS):
        return bool(_ERROR_METRIC.search(before[-40:]))
    if not _has(ctx.words[:3], lexicon.LOWERING_WORDS):
        return False
    if _ERROR_METRIC.search(ctx.after[:40]):
        return True
    # 'a word error rate of 4.2%, a 20% relative reduction': the score was named just before,
    # unless what is lowered is named after ('a 20% reduction in memory').
    return not _has(ctx.after[:40], lexicon.STRONG_COST_CUES + lexicon.SPEEDUP_CUES) \
        and bool(_ERROR_METRIC.search(ctx.before[-60:]))


# A number followed by one of these has no noun of its own: 'reduced by 63% and throughput
# increased by 1.9x' says nothing of the 63% after 'and'.
_NEXT_CLAUSE_WORDS = ("and", "or", "but", "while", "whereas", "with", "without")


def _before_a_verb(words: list[str]) -> list[str]:
    """The words up to the verb of a clause the number is in the subject of: '20% heavy hitters
    improves the throughput' -> 'heavy hitters'. A first word is a noun ('20% increases in speed');
    a conjunction starts the next clause."""
    if words[:1] and words[0] in _NEXT_CLAUSE_WORDS:
        return []
    for index, word in enumerate(words[1:], start=1):
        if word in lexicon.CLAUSE_VERBS:
            return words[:index]
    return words


_CHANGE_NOUNS = ("improvement", " gain", "increase", "boost", "drop", "decrease", "reduction", "degradation", "loss")


def _is_a_relative_score(words: list[str]) -> bool:
    """'a 85.1% relative score compared with GPT-4' is a score measured against another model's,
    not a change; 'a 5% relative accuracy gain' is a change."""
    return words[:1] in (["relative"], ["absolute"]) and words[1:2] in (["score"], ["accuracy"], ["performance"]) \
        and not _has(words[2:3], _CHANGE_NOUNS)


# 'costs 30% less to serve': the verb names the resource a share less saves.
_COSTS_BEFORE = regex.compile(r"\bcost(?:s|ing)?\s+$")


# Something made smaller by a share is saved, as by a ratio: '40% smaller than BERT-base', 'a 40%
# smaller student', 'the dataset is 26% smaller'; not a gap to close ('the gap is 30% smaller').
_SMALLER = regex.compile(r"\s*smaller\b(?!\s+gaps?\b)", regex.IGNORECASE)


# A verb of gaining right before the share: 'it gains 3% accuracy on MMLU'.
_GAINED_BEFORE = regex.compile(r"\b(?:gain|gains|gained|gaining|adds|added|adding)\s+$")


# A score that falls, named by the benchmark alone: 'MMLU drops by only 1%'; whatever falls is a
# score when the clause names no resource, time or speed ('memory use fell by 40%' is a saving).
_FALLS_BY = regex.compile(r"\b(?:drop|decrease|decline|fall|fell|degrade)\w*\s+by\s+(?:only\s+|just\s+)?$")


def _a_score_falls_by(clause: str) -> bool:
    return bool(_FALLS_BY.search(clause)) and not _has(
        clause, lexicon.STRONG_COST_CUES + lexicon.SPENT_NOUNS + lexicon.SPEEDUP_CUES) and not _speaks_of_time(clause)


# A share in brackets right after a noun of change is its size: 'negligible accuracy loss (<0.5%)'.
_CHANGE_NOUN_THEN_BRACKET = regex.compile(
    rf"\b(?P<noun>{'|'.join(lexicon.SCORE_CHANGE_NOUNS)})\s*\(\s*(?:\$\{{?)?$", regex.IGNORECASE)


# The first of two values a share moved between: its cues are the second's ('from 12% to less than 1%').
_FROM_BEFORE = regex.compile(r"\bfrom\s+$", regex.IGNORECASE)
_TO_A_NUMBER_AFTER = regex.compile(rf"\s*to\s+{grammar.OPTIONAL_QUALIFIER}[\d.]")


# A rate of events is a score: 'reducing the rate of reward hacking by 70%'; not a rate of work
# or a setting ('bit rate', 'learning rate').
_RATE_OF_EVENTS = regex.compile(
    r"(?<!\b(?:bit|sampling|learning|frame|token|data|request|arrival|compression|clock|code|acceptance)[\s\-])\brates?\b",
    regex.IGNORECASE)
_OWNED_BY = r"(?:(?:the|its|their)\s+)?"  # 'improves (the) latency', 'and (its) latency'
# Bettering an efficiency saves what it is an efficiency of: 'improves communication efficiency by 40%'.
_IMPROVES_AN_EFFICIENCY = regex.compile(
    rf"\b(?:improv|increas|boost|rais)\w*\s+{_OWNED_BY}(?P<what>(?:[\p{{L}}\-]+\s+){{0,3}}?efficiency)\s+by\s+$",
    regex.IGNORECASE)
# Bettering a time shortens it: 'improves task completion time by 26%', 'improves latency by 30%'.
_A_TIME = rf"{_OWNED_BY}(?:[\p{{L}}\-]+\s+){{0,3}}?(?:latency|time|runtime|ttft|tpot)\s+"
_IMPROVING_A_TIME = rf"\bimprov\w*\s+{_A_TIME}(?:\p{{L}}+\s+){{0,3}}?by\s+"
_IMPROVES_A_TIME = regex.compile(rf"{_IMPROVING_A_TIME}$", regex.IGNORECASE)
# '... by 26% and latency by 20%': the verb serves the second time too.
_AND_A_TIME_BY = regex.compile(rf"\s*and\s+{_A_TIME}by\s+$")
_IMPROVES_A_TIME_BY_A_SHARE = regex.compile(rf"{_IMPROVING_A_TIME}[\d.]+\s*%$", regex.IGNORECASE)
_FALL_IN_AFTER = regex.compile(
    r"\s*(?:drop|decrease|decline|fall|cut)s?\s+in\s+(?P<what>(?:(?!\b(?:and|or|while)\b)[^,;.\d]){1,40})", regex.IGNORECASE)
_APPOSITIVE_COMMA_AT_END = regex.compile(rf",\s+{grammar.OPTIONAL_QUALIFIER}$")


def _restates_a_spent_amount(ctx: Context) -> bool:
    """Whether a share after a comma restates an amount spent in the clause before it: 'The total
    training budget is 2.4M GPU hours, about 40% less than comparable open models'."""
    comma = _APPOSITIVE_COMMA_AT_END.search(ctx.before)
    return bool(comma) and _has(ctx.before[:comma.start()].lower(), lexicon.STRONG_COST_CUES + lexicon.SPENT_NOUNS + ("budget",))


def _error_metric_before(ctx: Context) -> str:
    """The error metric ('perplexity', 'hallucination rate') named just before the number, or "":
    cutting one betters a score rather than speeding anything up or saving anything."""
    metric = metric_near("", ctx.before[-60:], "accuracy_delta")
    return metric if metric.lower() in lexicon.ERROR_METRICS else ""


_TRAILS_BEFORE = regex.compile(r"\b(?:trail\w*|lag\w*|behind|short\s+of)\s[^,;:]{0,40}\bby\s+$", regex.IGNORECASE)


_LOSS_METRIC = regex.compile(r"\b(?:validation|training|train|test|eval|evaluation|pretraining|language\s+modeling)\s+loss\b")
_WHILE = regex.compile(grammar.CONTRASTING_CLAUSE, regex.IGNORECASE)


def _first_written_words(ctx: Context, count: int) -> list[str]:
    """The words of the first `count` words as written after the number, a hyphened word being
    one: 'inter-token latency reduction' is three words, though `ctx.words` splits it."""
    written = ctx.after.split(None, count)[:count]
    return ctx.words[:count + sum(word.count("-") for word in written)]


def percent_claim(ctx: Context, quantity: Quantity) -> tuple[str, float, float | None, str]:
    """(kind, value, value_high, unit) of a percentage: a speedup, saving, accuracy change or share."""
    p, p_high = quantity.value, quantity.value_high
    before = ctx.before_qualifier if quantity.qualifier not in ("exact", "range") else ctx.before[-50:].lower()
    by_at_end = bool(_BY_AT_END.search(before))  # 'improves throughput by', 'drops by'
    # 'reduces memory by 30% and improves accuracy by 2%': the change a number measures is named
    # after the number before it.
    own_clause = _RATIO_OR_SHARE.split(
        ctx.clause_before_qualifier if quantity.qualifier not in ("exact", "range") else ctx.before.lower())[-1]
    own_clause = _WHILE.split(own_clause)[-1]  # '... higher throughput than X, while improving accuracy by'
    if _FROM_BEFORE.search(ctx.before) and _TO_A_NUMBER_AFTER.match(ctx.after):
        return "percentage", p, p_high, "percent"  # 'from 12% to less than 1%': where a share started
    if by_at_end and _GAP.search(own_clause):
        return "accuracy_delta", p, p_high, "percent"  # narrowing a gap to a stronger model betters a score
    if lowers_an_error(ctx, before, by_at_end) or (by_at_end and _TRAILS_BEFORE.search(before)) \
            or (_LOSES_BEFORE.search(before) and ctx.words[:1] != ["of"]):
        return _drop(p, p_high)  # 'lags behind GPT-4 by 5%' is a fall below it; 'losing only 1.2% accuracy'
    restated = _restated_change(ctx, p, p_high)
    if restated:
        return restated
    bracketed = _CHANGE_NOUN_THEN_BRACKET.search(before)  # 'with negligible accuracy loss (<0.5%)'
    if bracketed and not _has(before[-40:], lexicon.STRONG_COST_CUES):
        direction = lexicon.SCORE_CHANGE_NOUNS[bracketed["noun"].lower()]
        if _has(before[-40:], lexicon.SPEEDUP_CUES):
            return ("speedup", *times_more(p, p_high), "x") if direction > 0 else ("percentage", p, p_high, "percent")
        return ("accuracy_delta", p, p_high, "percent") if direction > 0 else _drop(p, p_high)
    change_of = _CHANGE_OF_BEFORE.search(before)  # 'gains of 3%', 'a speedup of 30%', 'a drop of 2%'
    if change_of:
        noun = (change_of["noun"] or "drop").lower()
        # ', a relative reduction of 18%' after 'a word error rate of 5.2% on LibriSpeech' restates it.
        appositive = _APPOSITIVE_CHANGE_OF.search(ctx.before)
        named_before = _ERROR_METRIC.search(before, max(0, change_of.start() - 30), change_of.start()) or (
            appositive and _ERROR_METRIC.search(ctx.before, 0, appositive.start()))
        if noun in ("reduction", "decrease", "drop") and (_ERROR_METRIC.search(ctx.after[:40]) or named_before):
            return _drop(p, p_high)  # 'a reduction of 15% in WER', 'a relative WER reduction of 28%'
        if noun in ("speedup", "speed-up", "acceleration") or _has(ctx.after[:40], ("throughput", "speed")):
            return "speedup", *times_more(p, p_high), "x"
        if noun in ("reduction", "saving") and 0 < p < 100:
            of_time = _speaks_of_time(ctx.after) or bool(appositive and _speaks_of_time(ctx.before[:appositive.start()]))
            return ("speedup" if of_time else "cost_reduction"), *times_less(p, p_high), "x"
        if noun in ("drop", "decrease", "decline", "degradation"):
            return _drop(p, p_high)
        return "accuracy_delta", p, p_high, "percent"
    lead = " ".join(_before_a_verb(_first_written_words(ctx, 3)))
    saved = ctx.words[:1] == ["of"] or (_has(ctx.before[-12:], ("sav", "cut", "reduc")) and _has(ctx.words[:2], lexicon.COST_CUES))
    if saved and _SAVING_VERB_BEFORE.search(ctx.before) and 0 < p < 100 \
            or (_SAVED_AND_BEFORE.search(ctx.before) and _has(ctx.words[:2], lexicon.COST_CUES + lexicon.SPENT_NOUNS) and 0 < p < 100):
        # 'saves 30% memory', '... and 20% compute'
        kind = "speedup" if _speaks_of_time(ctx.after[:40]) else "cost_reduction"  # 'reduces 30% of the latency'
        return kind, *times_less(p, p_high), "x"  # 'saves 42.5% of training costs'
    if ctx.words[:1] == ["of"] and 0 < p < 100 and (  # 'reduces memory to 20% of the original'
            _drops_to_a_part(ctx, own_clause) or (_REDUCED_TO_BEFORE.search(ctx.before) and _names_a_resource_or_time(own_clause))):
        return _cut_kind(own_clause), round(100 / p, 4), (round(100 / p_high, 4) if p_high else None), "x"
    if ctx.words[:1] == ["of"]:
        return "percentage", p, p_high, "percent"
    rise = _has(lead, ("higher", "more", "increase", "improvement", " gain", "boost"))
    more_efficient = _MORE_EFFICIENT.match(ctx.after)
    if more_efficient and more_efficient["what"].strip().lower() not in _SHARE_EFFICIENCIES:
        return "cost_reduction", *times_more(p, p_high), "x"  # '30% more energy efficient', as '2x more energy-efficient'
    if _has(lead, ("faster", "speedup", "speed-up", "quicker", "more quickly")) or _has(ctx.words[:6], ("speedup", "speed-up")) \
            or (rise and _has(lead, ("throughput", "speed", *lexicon.SERVING_RATES))) \
            or (rise and _has(ctx.after, ("throughput", "speed", *lexicon.RATE_UNITS)) and not _has(lead, lexicon.QUALITY_WORDS)):
        return "speedup", *times_more(p, p_high), "x"
    if _has(lead, ("slower",)):  # a slowdown is no gain: 'slower' holds 'lower' but saves nothing
        return "percentage", p, p_high, "percent"
    if _has(lead, ("lower", "less", "reduc", "fewer", "smaller", "saving", "cheaper")) and 0 < p < 100 and (
            _has(ctx.after, lexicon.SPEEDUP_CUES) or _has(lead, ("cheaper",)) or _COSTS_BEFORE.search(before)
            or (_SMALLER.match(ctx.after) and not _GAP.search(ctx.before))
            or _has(ctx.after, lexicon.COST_CUES[:1] + lexicon.COST_CUES[8:] + lexicon.SPENT_NOUNS)
            or _restates_a_spent_amount(ctx) or _fewer_things(ctx)):
        # The words after the next number are that number's: '35% less memory and 20% less time'.
        kind = "speedup" if _speaks_of_time(ctx.own_after) else "cost_reduction"
        return kind, *times_less(p, p_high), "x"
    if by_at_end and _has(before[-40:], lexicon.ACCURACY_DROP_CUES + ("degrad",)) and (
            _has(before, lexicon.QUALITY_WORDS) or _a_score_falls_by(own_clause)):  # 'accuracy on MMLU drops by less than 1%'
        return _drop(p, p_high)
    # 'inference cost drops by 60%': a resource or a time that drops is saved, as one cut is.
    drops = _has(own_clause, ("drop",))
    resource_drops = drops and _names_a_resource_or_time(own_clause)
    # 'reduces the attack success rate by 76%': a score cut is a change of it, no saving.
    if by_at_end and _reduces_last(own_clause) \
            and (metric_near("", own_clause[-40:], "accuracy_delta") or _RATE_OF_EVENTS.search(own_clause[-50:])) \
            and not _has(own_clause, lexicon.STRONG_COST_CUES) and not _speaks_of_time(own_clause):
        return _drop(p, p_high)
    if by_at_end and 0 < p < 100 and (_reduces_last(own_clause) or resource_drops or _REDUCED_BY_AND_BY_BEFORE.search(ctx.before)):
        return _cut_kind(own_clause), *times_less(p, p_high), "x"
    efficiency = _IMPROVES_AN_EFFICIENCY.search(own_clause) if by_at_end else None
    if efficiency and efficiency["what"].lower() not in lexicon.SHARE_METRICS:
        return "cost_reduction", *times_more(p, p_high), "x"  # as '2.5x higher sample efficiency' is a saving
    if by_at_end and 0 < p < 100 and (_IMPROVES_A_TIME.search(own_clause) or (
            _AND_A_TIME_BY.match(own_clause) and _IMPROVES_A_TIME_BY_A_SHARE.search(ctx.before.lower()[:-len(own_clause)]))):
        return "speedup", *times_less(p, p_high), "x"  # 'improves task completion time by 26% and latency by 20%': less time
    if by_at_end and _has(own_clause, ("speed", "accelerat", "throughput")):
        if _reduces_last(own_clause) or drops:
            return "percentage", p, p_high, "percent"  # 'throughput drops by 5%' is a slowdown, no gain
        return "speedup", *times_more(p, p_high), "x"
    fall_in = _FALL_IN_AFTER.match(ctx.after)  # 'a 30% drop in cost' saves, as 'a 30% reduction in cost' does
    if fall_in and 0 < p < 100 and _names_a_resource_or_time(fall_in["what"]):
        return _cut_kind(fall_in["what"]), *times_less(p, p_high), "x"
    if _has(_LOSS_METRIC.sub(" ", lead), lexicon.ACCURACY_DROP_CUES):  # not 'within 1% validation loss', a measure
        return _drop(p, p_high)
    if _is_a_relative_score(ctx.words):
        return "percentage", p, p_high, "percent"
    if quantity.signed or _has(lead, lexicon.ACCURACY_CHANGE_CUES) or _GAINED_BEFORE.search(before) or (  # 'outperforms X and Y on Z by 12.3%'
            by_at_end and _has(ctx.before, lexicon.ACCURACY_CUES + ("exceed", "surpass", "beat"))):
        return "accuracy_delta", p, p_high, "percent"
    return "percentage", p, p_high, "percent"


_TRAINED_MODELS = regex.compile(
    r"\b(?:pre-?|post-?)?trained\s+(?:large\s+)?(?:language\s+)?(?:LLMs?|LMs?|models?|networks?|weights|checkpoints?)\b",
    regex.IGNORECASE)


# 'Scaling Transformers to 1,000,000,000 Tokens', 'scales LLMs to 1M tokens': a model made to read that
# far; 'scaling pretraining to 15T tokens' is data.
_SCALING_A_MODEL_TO = regex.compile(
    rf"\bscal\w*\s+(?:[\p{{L}}\-]+\s+){{0,2}}?(?:{'|'.join(sorted(lexicon.MODEL_NOUNS))}|(?:{'|'.join(sorted(lexicon.ARCHITECTURE_NAMES))})s?)\s+(?:up\s+)?to\s+$",
    regex.IGNORECASE)
_LAST_NUMBER_AND_BEFORE = regex.compile(r"^.*\d", regex.DOTALL)


def _workload_tokens(ctx: Context, before: str) -> bool:
    """Whether tokens a verb handles are its workload, not its longest input: 'processes 2K input
    tokens', 'with only 256 visual tokens'; not with a bound ('processes up to 1M input tokens') or
    a context or window named before."""
    return _has(" ".join(ctx.phrase[:2]), lexicon.TOKEN_ROLE_CUES["sequence"]) and ctx.words[:1] != ["context"] \
        and not _has(before, ("context", "window")) and not _UP_TO_BEFORE.search(ctx.before)


# No model is trained on fewer tokens than this: 'trained on up to 8K tokens' is the length of
# its training sequences, a context.
_FEWEST_TRAINING_TOKENS = 100_000


def token_claim(ctx: Context) -> tuple[str, str]:
    """(kind, role) of an amount of tokens: a context window, or training/dataset/sequence tokens."""
    kind, role = _token_kind_and_role(ctx)
    if role == "training" and ctx.value < _FEWEST_TRAINING_TOKENS and ctx.words[1:2] != ["of"]:
        return "context_length", ""  # not '50K tokens of data': an amount, though a small one
    return kind, role


# Tokens of training named right after them are trained on, whatever context was named before.
_OF_DATA_AFTER = regex.compile(
    r"[\s\-]+tokens?\s+of\s+(?:[\p{L}\-]+\s+){0,3}?(?:data|text|corpus|corpora|documents|code)\b", regex.IGNORECASE)
_OF_A_CORPUS_AFTER = regex.compile(r"[\s\-]+tokens?\s+of\s+(?:the\s+|The\s+)?(?P<name>\p{Lu}[\p{L}\p{N}\-.]*)")
_OF_TRAINING_AFTER = regex.compile(
    r"[\s\-]+tokens?\s+of\s+(?:[\p{L}\-]+\s+){0,2}?(?:pre-?training|training|fine-?tuning|post-?training)\b",
    regex.IGNORECASE)


# The length of what a model writes is a workload's, no context: 'response length', 'output length'.
_OUTPUT_LENGTH_BEFORE = regex.compile(
    r"\b(?:response|output|generation|answer|reasoning|completion|solution|thinking)\s+lengths?\b", regex.IGNORECASE)


_SCALED_TO_BEFORE = regex.compile(r"\bscal\w*\b.{0,60}\bto\s+$", regex.IGNORECASE)


def _token_kind_and_role(ctx: Context) -> tuple[str, str]:
    # 'a context window of 128K tokens and was trained on 15.6T tokens': the nearer cue decides.
    # 'pre-trained LLMs' describes the models; only a training verb is a cue ('pre-trained on').
    before = _TRAINED_MODELS.sub(" ", ctx.before[-45:])
    nearest = _last_cue(before, {"context": lexicon.CONTEXT_CUES, "training": lexicon.TOKEN_ROLE_CUES["training"]})
    # 'context' after the number counts up to the next number: '1 trillion tokens with 4K context';
    # 'window' only as the noun the tokens describe: 'a 256K-token window'.
    words_before_next_number = itertools.takewhile(lambda word: not word[0].isdigit(), ctx.words[:4])
    if _OF_TRAINING_AFTER.match(ctx.text, ctx.end):  # 'to 128k with only 1B tokens of continual pretraining'
        return "token_count", "training"
    corpus = _OF_A_CORPUS_AFTER.match(ctx.text, ctx.end)  # '240 trillion tokens of Common Crawl'
    if _OF_DATA_AFTER.match(ctx.text, ctx.end) or (corpus and not is_a_model_name(corpus["name"])):
        # 'fine-tune on 1B tokens of long-context data': data, no window
        return "token_count", "training" if _has(ctx.sentence_text.lower(), lexicon.TOKEN_ROLE_CUES["training"]) else "dataset"
    if "ength" in ctx.before and _OUTPUT_LENGTH_BEFORE.search(ctx.before):  # 'the response length grows from 1,000 to 8,000 tokens'
        return "token_count", "sequence"
    is_context = not _WINDOW_NOUNS.isdisjoint(ctx.phrase[:3]) or "context" in " ".join(words_before_next_number) \
        or (nearest == "context" and not _workload_tokens(ctx, before)) or _extends_a_context_to(ctx) \
        or bool(_SCALING_A_MODEL_TO.search(ctx.before_qualifier))
    if is_context and ctx.value <= lexicon.LONGEST_CONTEXT:
        return "context_length", ""
    if ctx.value > lexicon.LONGEST_CONTEXT and _SCALED_TO_BEFORE.search(ctx.before_qualifier):
        return "token_count", "training"  # 'Scaling Mixture-of-Experts to 36 Trillion Tokens': more than any context
    phrase = " ".join(ctx.phrase)
    if ctx.phrase and _has(ctx.phrase[-1], lexicon.TOKEN_ROLE_CUES["dataset"]):
        return "token_count", "dataset"  # the head noun: '...-token-scale math pretraining dataset'
    for role in ("sequence", "dataset", "training"):
        if _has(phrase, lexicon.TOKEN_ROLE_CUES[role]):
            return "token_count", role
    # 'input (few-shot demonstration) lengths from 2K to 50K tokens'; only since the last number,
    # so 'sequences of length 4096 with a batch size of 2M tokens' leaves the batch alone.
    since_last_number = _LAST_NUMBER_AND_BEFORE.sub("", ctx.before[-40:])
    if _has(since_last_number, ("length", *lexicon.TOKEN_ROLE_CUES["sequence"])):
        return "token_count", "sequence"
    if _AT_BEFORE.search(ctx.before_qualifier) and not _has(_CLAUSE_COMMA.split(ctx.before)[-1], lexicon.TOKEN_ROLE_CUES["training"]):
        # 'recall of 92% at 1M tokens': the length of the input a result was measured at; with a
        # speed it is the length of the workload: '9x faster at 64K tokens'.
        if _has(ctx.before, lexicon.SPEEDUP_CUES):
            return "token_count", "sequence"
        if ctx.value <= lexicon.LONGEST_CONTEXT:
            return "context_length", ""
    sentence = ctx.sentence_text.lower()
    if _has(sentence, lexicon.TOKEN_ROLE_CUES["training"]):
        return "token_count", "training"
    if _has(sentence, lexicon.TOKEN_ROLE_CUES["dataset"]):
        return "token_count", "dataset"
    if _UP_TO_BEFORE.search(ctx.before) and ctx.value <= lexicon.LONGEST_CONTEXT:
        return "context_length", ""  # the longest input handled: 'near-perfect recall up to 10M tokens'
    return "token_count", ""


# 'a global batch size of 4M tokens', 'batches of 2M tokens', '4M-token batches': the tokens of one step.
_BATCH_OF = regex.compile(r"\bbatch(?:es|\s+sizes?)?\s+(?:(?:of|is|was)\s+)?$", regex.IGNORECASE)
_BATCH_NOUNS = {"batch", "batches"}
_AT_BEFORE = regex.compile(r"\bat\s+$")  # 'at 1M tokens': where a result was measured
# 'up to (at least) 10M tokens' with no word of training, data or sequences: how far a model reads.
_UP_TO_BEFORE = regex.compile(r"\bup\s+to\s+(?:at\s+least\s+|~\s*)?$", regex.IGNORECASE)


# 'a single 24 GB GPU': the size of the one thing stands between the number and its noun.
_MEMORY_SIZE_AFTER = regex.compile(rf"\s+{grammar.MANTISSA}\$?{grammar.MEMORY}")  # LaTeX: '$80$GB'


# Verbs that are never plural nouns: '5 runs' and '3 speeds' are counted, '4096 improves' is not.
_ONLY_VERBS = frozenset(lexicon.CLAUSE_VERBS) - {
    "runs", "trains", "scales", "cuts", "speeds", "saves", "uses", "shows", "supports", "offers",
    "matches", "increases", "decreases", "boosts"}


def _phrase_before_a_verb(ctx: Context) -> list[str]:
    """Up to three words of the noun phrase after a number, as written, up to a verb."""
    return list(itertools.takewhile(lambda word: word.lower() not in _ONLY_VERBS, ctx.phrase_as_written[:3]))


def count_noun(ctx: Context, quantity: Quantity) -> str:
    """The counted noun phrase ('popular video games'), or '' if the number counts nothing."""
    if quantity.numword in ("single", "one"):  # a singular noun: 'a single GPU', 'one A100'
        sized = _MEMORY_SIZE_AFTER.match(ctx.text, quantity.end)
        if sized:
            words = context.noun_phrase(context.words_after(ctx.text, sized.end(), limit=4), limit=3)
            return context.as_written(ctx.text, quantity.end, words)
        # 'a single forward pass takes 12ms': the noun ends before its verb
        return context.as_written(ctx.text, quantity.end, _phrase_before_a_verb(ctx))
    if not ctx.phrase:
        return ""
    for index, word in enumerate(ctx.phrase_as_written):
        if word.lower() in _ONLY_VERBS:  # '4096 improves results': the number was the subject
            return ""
        if is_plural_noun(word):
            return context.as_written(ctx.text, quantity.end, ctx.phrase_as_written[: index + 1])
    return _noun_after_joined_adjectives(ctx, quantity)


def _noun_after_joined_adjectives(ctx: Context, quantity: Quantity) -> str:
    """The counted noun after adjectives joined by and/or: '11M licensed and privacy respecting
    images'; '' if the words after the conjunction name none."""
    if len(ctx.phrase) >= len(ctx.words) or ctx.words[len(ctx.phrase)] not in ("and", "or"):
        return ""
    words = context.words_after(ctx.text, quantity.end, limit=12)
    rest = context.noun_phrase(words[len(ctx.phrase) + 1:], limit=6)
    for index, word in enumerate(rest):
        if word.lower() in _ONLY_VERBS or word[0].isdigit():  # '8k input and 16k output tokens' is a list
            return ""
        if is_plural_noun(word) and index == 0:
            return ""  # no second adjective, so no joined ones: '1.2M data and finishes training'
        if is_plural_noun(word):
            return context.as_written(ctx.text, quantity.end, words[: len(ctx.phrase) + 2 + index])
    return ""


# Plural nouns after a size that still name models or their parts: '7B weights', '7B baselines'.
_MODEL_PARTS = {"weights", "experts", "layers", "heads", "sizes", "scales", "versions", "activations", "architectures",
                "baselines", "counterparts", "configurations", "systems", "agents", "chatbots", "assistants", "ones",
                "targets", "drafts", "teachers", "students", "variants"}  # '7B targets' of speculative decoding


_NUMBER_AFTER_A_WORD = regex.compile(r"\s+\p{L}+\s+[\d$<>~≈]")
# A sentence that opens with a name and its size ('Mistral 7B', 'Llama 2 70B') has the name as its
# subject; the word after the size is then the sentence's verb ('Mistral 7B leverages ...').
_VERBS_AFTER_A_PLURAL = {"are", "were", "have", "had"}
_ONLY_A_NAME_BEFORE = regex.compile(r"\A\s*\p{Lu}[\p{L}\p{N}\-.]*(?:\s+(?:\p{Lu}[\p{L}\p{N}\-.]*|\p{N}[\p{N}.]*))*\s+\Z")


def _things_counted(ctx: Context, quantity: Quantity) -> str:
    """The plural noun phrase a number with a 'B' counts when its head is a lower-case thing, no
    model ('1.4B image-text pairs', '2B examples'), else ''."""
    if _NUMBER_AFTER_A_WORD.match(ctx.text, quantity.end):  # 'Llama 2 70B scores 68.9%': the noun is a verb
        return ""
    if _ONLY_A_NAME_BEFORE.match(ctx.text, ctx.sentence[0], quantity.start) \
            and not _VERBS_AFTER_A_PLURAL.intersection(ctx.words[1:2]):
        return ""  # not 'LAION 5B images are ...', where the verb comes after the noun
    noun = count_noun(ctx, quantity)
    head = noun.split()[-1] if noun else ""
    if not head.islower() or head in _MODEL_PARTS or head in lexicon.MODEL_NOUNS or head in lexicon.PARAMETER_NOUNS:
        return ""
    return noun


def head_noun(ctx: Context) -> str:
    """The first token, parameter or model noun within six words ('14.8 trillion diverse and
    high-quality tokens'), stopping at another number; '' if none."""
    for word in ctx.words[:6]:
        if word[0].isdigit() or (word in lexicon.FUNCTION_WORDS and word not in ("and", "or")):
            break
        if word in lexicon.TOKEN_NOUNS | lexicon.PARAMETER_NOUNS | lexicon.MODEL_NOUNS:
            return word
    return ""


# A size spent on each token is the active one: '1B per input token', '13B parameters for each token'.
_PER_TOKEN = regex.compile(r"(?:\s+(?:active\s+)?param(?:eter)?s?)?\s+(?:per|for\s+each|for\s+every)\s+(?:input\s+)?token\b",
                           regex.IGNORECASE)


_ACTIVATING_VERBS = {"activates", "activate", "activating"}


_PART_OF_ITS_BEFORE = regex.compile(
    r"\d(?:\s?[BMT]|\s+(?:billion|million|trillion))(?:\s+(?:parameters|params))?\s+(?:out\s+)?of\s+(?:(?:its|their|the)\s+)?(?:total\s+)?$",
    regex.IGNORECASE)  # '3.3B parameters out of 21B', 'activates 37 billion of its 671 billion'


def parameter_role(ctx: Context) -> str:
    """active or total from the word right after the size ('52B total'), else from the few
    words around it ('activating 3B', '3B activated parameters')."""
    first = ctx.words[0].lower() if ctx.words else ""
    if first.startswith("activ") or first == "total":
        return "active" if first.startswith("activ") else "total"
    if set(ctx.words[:3]) & _ACTIVATING_VERBS:  # '47B-parameter model activates 13B': its model's total
        return "total"
    if _PART_OF_ITS_BEFORE.search(ctx.before[-40:]):  # 'activates 2.8B of its 14.3B parameters': the whole
        return "total"
    near = (ctx.before[-20:] + " " + " ".join(ctx.words[:3])).lower()  # 'activates only 3B'
    if "activ" in near or _PER_TOKEN.match(ctx.text, ctx.end):  # 'uses only 1B per input token'
        return "active"
    if "total" in near:
        return "total"
    return ""


# 'a sequence length of 8192', 'context window of 4096', 'input sequences of length 1024':
# a length even without a scale or noun.
_LENGTH_OF_BEFORE = regex.compile(
    r"""(?: \b(?:context|sequence)\s+(?:length|window|size)s?\s+(?:of\s+)?
          | \b(?:sequences?|inputs?|contexts?|prompts?|documents?)\s+of\s+lengths?\s+ )
        (?:(?:up\s+to|over|at\s+least)\s+)?$""", regex.IGNORECASE | regex.VERBOSE)
# 'Extending Context Window of Large Language Models via Positional Interpolation to 32K',
# 'the sequence length is then extended to 32768'.
_LENGTHENING_VERB = r"\b(?:extend|expand|increas|scal|grow|extrapolat|generaliz)\w*"
_CONTEXT_EXTENDED_TO = regex.compile(
    rf"""(?: {_LENGTHENING_VERB}\s.{{0,60}}?\b(?:context|window)\b
           | \b(?:context|sequence)\s+(?:length|window)s?\b.{{0,30}}?{_LENGTHENING_VERB}
           | \bsequences\b.{{0,40}}?\b(?:extrapolat|generaliz)\w* )   # 'trained with 4K sequences, extrapolates to 16K'
         .{{0,60}}\b(?:to|beyond)\s+$""",
    regex.IGNORECASE | regex.VERBOSE)
_SHORTEST_PLAIN_LENGTH = 512  # 'extended to 32768' is a length; 'extended to 8 tasks' is not


def _context_extended_to(ctx: Context, quantity: Quantity) -> bool:
    """A length a context is extended to, written with a scale ('to 32K') or as a plain
    number of tokens ('to 32768') with no noun of its own."""
    if not (quantity.scaled or (quantity.value >= _SHORTEST_PLAIN_LENGTH and not quantity.unit and not count_noun(ctx, quantity))):
        return False
    return _extends_a_context_to(ctx)


def _extends_a_context_to(ctx: Context) -> bool:
    """Whether the sentence extends a context to the number: 'Context length is extended from 4K
    to 32K and finally to 128K tokens'. A title runs on longer than a clause: the whole sentence
    before the number is read."""
    start = max(ctx.sentence[0], ctx.start - 160)
    window = ctx.text[start:ctx.start].lower()
    if "context" not in window and "window" not in window and "sequence" not in window:
        return False  # the usual case, decided without the pattern
    return bool(_CONTEXT_EXTENDED_TO.search(ctx.text, start, ctx.start))


# 'a parameter range from 0.5 to 72 billion', 'model sizes of 1 to 8 billion': the noun came first.
_SIZE_NAMED_BEFORE = regex.compile(
    r"\b(?:parameter|param|model)s?\s+(?:count|size|range|scale)s?\s+"
    r"(?:(?:of|from|between|ranging\s+from|range\s+from)\s+)?(?:(?:up\s+to|about|around|over|nearly)\s+)?$",
    regex.IGNORECASE)
# 'OPT 125M', 'MobileLLM 125M and 350M': a million-scale size right after a model name is its size,
# as a billion-scale one always is; not a dataset's ('LAION 400M').
_MODEL_NAME_BEFORE = regex.compile(r"(?<![\p{L}\p{N}\-.])(?P<name>\p{Lu}[\p{L}\p{N}\-.]*\p{L}[\p{L}\p{N}\-.]*)\s$")
_AFTER_A_SCORE = regex.compile(r"\d\s*\(\s*$")  # '45.2 (+6.3) on LiveBench': the gain over a baseline
_NO_NOUN_AFTER = regex.compile(r"\s*(?:[,.;:)]|(?:and|or|outperforms?|achieves?|is|has)\b|$)")  # not 'ImageNet 1M images'
_NAMED_POINTS = regex.compile(r"\s+(?P<metric>\p{Lu}[\p{L}\p{N}\-@.]*|accuracy)\s+points?\b")  # '6.22 accuracy points'
# A score's name after a bare number: '+1.3 BLEU', '0.3 perplexity increase'; then perhaps the
# noun of its change, which gives the sign: '2.1 FID reduction' is a fall.
_SCORE_UNITS = sorted(lexicon.SCORE_NAMES + lexicon.ERROR_SCORE_NAMES, key=len, reverse=True)
_CHANGE_OF_A_SCORE_UNIT = {**lexicon.SCORE_CHANGE_NOUNS, "reduction": -1}  # noun -> direction
# Any word cut off at its top k is a score ('Recall@100').
_SCORE_UNIT = rf"(?P<metric>(?:{'|'.join(map(regex.escape, _SCORE_UNITS))})(?:{_AT_K})?|\p{{L}}+{_AT_K})(?![\p{{L}}\p{{N}}])"  # 'chrF++' too
SCORE_AFTER = regex.compile(
    rf"""\s+{_SCORE_UNIT}
         (?:\s+(?P<noun>(?i:{'|'.join(_CHANGE_OF_A_SCORE_UNIT)}))\b)?""", regex.VERBOSE)
# A score's name after a bare number and the way it moved: '2.3 higher BLEU', '0.7 better perplexity'.
_DIRECTED_SCORE_AFTER = regex.compile(
    rf"\s+(?P<direction>higher|lower|better|worse|more|less)\s+{_SCORE_UNIT}")
# Decibels measure a score on a log scale (PSNR, SNR, SI-SDR): decibels gained or lost are points
# of that score ('improves PSNR by 0.8 dB', 'a 0.6 dB gain', '0.5 dB higher PSNR').
_DECIBELS_AFTER = regex.compile(
    rf"""(?P<unit>\s?dB)\b
         (?:\s+(?P<direction>higher|lower|better|worse))?
         (?:\s+{_SCORE_UNIT})?
         (?:\s+(?P<noun>(?i:{'|'.join(_CHANGE_OF_A_SCORE_UNIT)}))\b)?""", regex.VERBOSE)
_FALLS = {noun for noun, direction in _CHANGE_OF_A_SCORE_UNIT.items() if direction < 0}  # 'drop', 'loss', 'reduction' ...
# A title's lengths before its colon: 'From 8K to 1M: Extending Context with ...'.
_CONTEXT_AFTER_A_COLON = regex.compile(r"\s*:\s*(?:[\p{L}\-]+\s+){0,5}?(?i:context)\b")
_OF_THE_TIME = regex.compile(r"\s+of\s+the\s+time\b(?!-)")
# A vocabulary counts distinct tokens; it is no amount of text: 'a vocabulary of 128K tokens',
# 'a 256K-token vocabulary'.
_VOCABULARY_OF = regex.compile(
    r"\bvocabular(?:y|ies)(?:\s+size)?\s+(?:of|with|from|(?:from\s+)?[\d,.]+[KkM]?\s+to)\s+$")  # 'from 32,000 to 128,256 tokens'


# Tokens per unit of time, work or size are a rate, not an amount: '45 tokens per second',
# '3.5 tokens per decoding step', '20 tokens per parameter'. Per request or per image they are a
# length, which the amount's reading keeps ('2K input tokens per request').
_TOKEN_RATE = regex.compile(
    r"""\s*tokens?\s*
        (?: /\s*(?:s|sec|step)
          | per\s+(?:(?:decoding|forward|draft(?:ing)?|verification|training|optimizer)\s+)?
            (?:second|sec|s|minute|hour|step|iteration|pass|parameter|param|GPU|dollar) )\b""",
    regex.IGNORECASE | regex.VERBOSE)


# Machines counted: '8 x A100 GPUs', '2,048 H800 GPUs', '512 TPU v4 chips'. Hours of them are time, counted by
# count_noun ('2.788M H800 GPU hours'); the run is atomic, so 'H800' alone is not tried after
# 'H800 GPU' was refused for the 'hours' that follow.
_MACHINES = regex.compile(
    rf"\s*\$?(?P<machines>(?>(?:{lexicon.HARDWARE_WORDS})(?:\s+(?:{lexicon.HARDWARE_WORDS}|\d{{3,4}}\w*|v\d+\w*|nodes?|chips?|accelerators?|cards?))*))"
    r"(?![\s\-]+(?i:hours?|days?)\b)")
_LEADING_NUMBER = regex.compile(r"[+\-−±]?[\d.,]*\d")


_LENGTH_KINDS = {"training", "sequence", "context", "input", "generation", "prompt"}


def _is_a_length(ctx: Context, quantity: Quantity) -> bool:
    """'a 256k length LLM', 'on 8k length', 'within 256k training lengths', '200K long context
    models': a length of a sequence is a context, whatever model noun follows."""
    if not quantity.scaled:
        return False
    lengths = [index for index, word in enumerate(ctx.words[:2]) if word in ("length", "lengths")]
    if lengths:
        return lengths[0] == 0 or ctx.words[0] in _LENGTH_KINDS
    return bool(_CONTEXT_NOUNS & set(ctx.words[:2])) and quantity.suffix not in ("B", "b")  # not '7B long-context models'


def ratio_verb_claim(ctx: Context, claim: Claim, falling: bool | None = None) -> Claim | None:
    """'doubles the throughput' and 'halves the latency' are 2x speedups, 'halves the memory' a
    2x saving; 'doubles the latency' or 'halves the throughput' is no gain, and no claim.
    `falling`: whether the ratio lowers what follows, if the verb does not tell."""
    words = ctx.words[1:] if ctx.words[:1] == ["of"] else ctx.words  # 'half of the computation flops'
    object_words = _leading_noun_phrase(words)
    if object_words[-1:] in (["number"], ["amount"]):  # 'halves the number of generated tokens'
        object_words = _leading_noun_phrase(words[words.index(object_words[-1]) + 2:])
    object_words = " ".join(object_words)
    subject = _SUBJECT_OF_A_RATIO_VERB.search(ctx.before) if not object_words and claim.value >= 1 else None
    if subject:  # 'throughput nearly doubles', 'memory use halves': the verb changes what stands before it
        object_words = subject["words"].lower()
    if falling is None:
        falling = ctx.text[claim.start:claim.end].lower() in lexicon.FALLING_RATIO_VERBS
    cue = _first_cue(object_words, {"speedup": (*lexicon.SPEEDUP_CUES, "time"),
                                    "cost_reduction": lexicon.STRONG_COST_CUES + lexicon.SPENT_NOUNS})
    if not cue:
        return None
    if cue == "speedup" and falling == _speaks_of_time(object_words):
        claim.kind = "speedup"
    elif cue == "cost_reduction" and falling:
        claim.kind = "cost_reduction"
    else:
        return None
    # Halving is 2x better, whether read from 'halves' (2) or from 'half' (0.5); a third is 3x.
    claim.unit = "x"
    if falling and claim.value < 1:
        claim.value = round(1 / claim.value, 4)
    said = ctx.before if subject else ctx.after
    at = said.lower().find(object_words)  # the words as written: 'FLOPs', not 'flops'
    written = said[at:at + len(object_words)] if at >= 0 else object_words
    claim.metric = metric_near(written, "", claim.kind) or ("speed" if claim.kind == "speedup" else "")
    return claim


# The noun a ratio verb with no object changes: 'throughput (nearly) doubles', 'memory use halves'.
_SUBJECT_OF_A_RATIO_VERB = regex.compile(
    r"(?r)(?<![\p{L}\-])(?P<words>\p{L}[\p{L}\-]*(?:\s+\p{Ll}[\p{L}\-]*)?)\s+(?:(?:nearly|almost|roughly|about|more\s+than)\s+)?\Z")


# Spending a fraction of a resource: 'consumes only 1/3 of the energy', 'requires half of the flops',
# 'at one tenth of the cost'.
_SPENDING_VERB_BEFORE = regex.compile(r"(?:\b(?:requir|us|consum|need|cost|tak|spend)\w*|\bat)\s+(?:(?:only|just)\s+)?$")


# A verb that cuts something to a fraction of itself: 'reduces memory to', 'compress the KV cache to'.
_CUTTING_VERB = rf"(?:{_REDUCTION_VERB}|\bcompress\w*)"
_REDUCED_TO_BEFORE = regex.compile(rf"{_CUTTING_VERB}\b[^,;:]{{0,40}}\bto\s+(?:only\s+|just\s+)?$", regex.IGNORECASE)
_OBJECT_BEFORE_TO = regex.compile(
    rf"{_CUTTING_VERB}\s+(?:the\s+)?(?P<object>[\p{{L}}\-]+(?:\s+[\p{{L}}\-]+)?)\s+(?:of\s+\S+\s+)?to\s+", regex.IGNORECASE)


# A resource or time that drops to a part of itself: 'inference costs drop to one-fifth of' ('falls
# to', 'shrinks to' and 'decreases to' are cuts of _REDUCED_TO_BEFORE already).
_DROPS_TO_BEFORE = regex.compile(r"\bdrop\w*\s+to\s+(?:only\s+|just\s+)?$", regex.IGNORECASE)


def _drops_to_a_part(ctx: Context, own_clause: str) -> bool:
    """Whether a resource or a time drops, falls or shrinks to the part after: 'inference costs drop to'."""
    return bool(_DROPS_TO_BEFORE.search(ctx.before)) and _names_a_resource_or_time(own_clause)


def _changed_object_before_to(ctx: Context) -> str:
    """What a verb cuts to a fraction, when no known measure names it: 'compresses the KV cache to'."""
    found = list(_OBJECT_BEFORE_TO.finditer(ctx.before[-80:]))
    return _as_metric(found[-1]["object"]) if found else ""


_CUT_IN_BEFORE = regex.compile(rf"{_REDUCTION_VERB}\s+(?:[\p{{L}}\-]+\s+){{0,3}}?in\s+$", regex.IGNORECASE)  # '(latency) cut in half', 'cuts latency in half'


def fraction_claim(ctx: Context, claim: Claim) -> Claim | None:
    """A fraction of something ('half', '1/3'): spending it of a resource or time is a saving
    or speedup of its inverse ('uses half the memory', 'in half the time', 'consumes only 1/3
    of the energy': 3x); a cut by it is 1 / (1 - fraction) ('reduces memory by half': 2x);
    else a fraction of something is a share ('half of the data': 50%)."""
    if ctx.words[:1] == ["of"] and claim.value < 1 and (
            _REDUCED_TO_BEFORE.search(ctx.before) or _drops_to_a_part(ctx, ctx.own_clause)):
        # 'compress the KV cache to 1/8 of its original size': what is left, so 8x smaller
        claim.kind, claim.unit, claim.value = _cut_kind(ctx.own_clause), "x", round(1 / claim.value, 4)
        claim.metric = metric_near("", ctx.before, claim.kind) or _changed_object_before_to(ctx)
        return claim
    if _REDUCED_BY_BEFORE.search(ctx.before) or _REDUCED_BY_AND_BY_BEFORE.search(ctx.before) \
            or _CUT_IN_BEFORE.search(ctx.before):  # '... and hours by half', 'latency is cut in half'
        error = _error_metric_before(ctx)
        if error:  # 'cuts hallucination rates in half': a score falls by 50%
            claim.kind, claim.unit, claim.value, claim.metric = "accuracy_delta", "percent", round(-100 * claim.value, 4), error
            return claim
        claim.kind, claim.unit, claim.value = _cut_kind(ctx.own_clause), "x", times_less(100 * claim.value, None)[0]
        claim.metric = metric_near("", ctx.before, claim.kind)  # 'reduces latency by half' is of latency
        return claim
    if ctx.changed_by and _has(ctx.own_clause[-40:], lexicon.RAISING_STEMS):  # 'accuracy improves by a third'
        raised = metric_near("", ctx.before[-60:], "accuracy_delta")
        if raised:
            claim.kind, claim.unit, claim.value, claim.metric = "accuracy_delta", "percent", round(100 * claim.value, 4), raised
            return claim
        if _has(ctx.before[-60:], ("throughput", "speed")):  # 'throughput rises by half': 1.5x
            claim.kind, claim.unit, claim.value = "speedup", "x", round(1 + claim.value, 4)
            claim.metric = metric_near("", ctx.before[-60:], "speedup")
            return claim
    of = ctx.words[:1] == ["of"]
    if ctx.words[:1] == ["the"] or (of and _SPENDING_VERB_BEFORE.search(ctx.before_qualifier)):
        return ratio_verb_claim(ctx, claim, falling=True) or (_share(ctx, claim) if of else None)
    return _share(ctx, claim) if of else None


def _share(ctx: Context, claim: Claim) -> Claim:
    """'half of the data': 50%, a share of what follows 'of'."""
    claim.kind, claim.unit, claim.value = "percentage", "percent", round(100 * claim.value, 4)
    claim.metric = _shared_noun_phrase(ctx.text, claim.end)
    return claim


# What a verb of change acts on: 'improve serving throughput within desired latency SLOs ... by'.
# 'speed' is a verb only with 'up': in 'the decoding speed of X by' it is the noun changed.
_CHANGE_VERB = regex.compile(rf"\b(?:(?:{'|'.join(lexicon.CHANGE_VERB_STEMS)})\w*\s+(?:up\s+)?|speed\w*\s+up\s+)(?:the\s+)?",
                             regex.IGNORECASE)
_OBJECT = regex.compile(rf"(?:\p{{L}}+\s+)??{_METRIC.pattern}", regex.IGNORECASE)


def _object_of_change(before: str, kind: str) -> str:
    """The metric right after the last verb of change before a ratio, if it fits the kind."""
    verbs = list(_CHANGE_VERB.finditer(before))
    found = _OBJECT.match(before, verbs[-1].end()) if verbs else None
    return metric_near(found["metric"], "", kind) if found else ""


# A count of what changes stands before it: 'reduces the number of steps', 'a reduction in the
# amount of communication'; what changes is the noun after it.
_NUMBER_OF = r"(?:number|amount)\s+of\s+"


def _unnamed_object_pattern(word: str):
    """What a verb of change acts on (read from the end of _CHANGE_VERB) when no known metric
    names it, up to 'by' and the number: 'reduces response length by 50%', 'shrinks the model
    footprint by 3x'. Up to three words, no pronoun."""
    return regex.compile(
        rf"(?:(?i:its|their)\s+)?(?:(?i:the\s+)?(?i:{_NUMBER_OF}))?(?P<object>(?!(?:{'|'.join(sorted(lexicon.PRONOUNS))})\b){word}(?:\s+{word}){{0,2}}?)"
        r"(?=\s+by\b[^a-z]*(?:\s*\p{Ll}+){0,4}\s*$)")


# In prose the words are lower case (a capital starts a name: 'boosts Llama by 2x'); in a Title
# Case title any word may be: 'Accelerating LLM Inference by 3x'.
# An acronym is a word of it too: 'reduces the number of RL steps by 40%'.
_UNNAMED_OBJECT = {False: _unnamed_object_pattern(r"(?:\p{Ll}[\p{Ll}\-]*|\p{Lu}[\p{Lu}\d]+s?)"),
                   True: _unnamed_object_pattern(r"\p{L}[\p{L}\-]*")}


_GENERIC_SCORE_WORDS = {"score", "scores", "accuracy", "performance"}


_SHRINKING_VERB = regex.compile(r"(?:shrink|compress)", regex.IGNORECASE)


def _changed_object(ctx: Context) -> str:
    """The words a verb of change acts on before 'by', as the metric no known phrase gave."""
    before = ctx.before[-60:]
    pattern = _UNNAMED_OBJECT[context.is_title_case(ctx.sentence_text)]
    for verb in _CHANGE_VERB.finditer(before):
        found = pattern.match(before, verb.end())
        if found:
            words = found["object"].split()
            if len(words) > 1 and words[-1].endswith("ed"):  # 'the number of RL steps needed by'
                words.pop()
            if len(words) == 2 and words[0][:1].isupper() and words[1].lower() in _GENERIC_SCORE_WORDS:
                words.pop()  # 'improves MMLU scores by 16%' is of MMLU
            if any(word.lower() in lexicon.FUNCTION_WORDS for word in words):
                return ""
            if _SHRINKING_VERB.match(verb.group()) and len(words) == 1 and is_plural_noun(words[0]) and words[0].islower():
                return f"{_singular(words[0])} size"  # 'shrinks scenes by 15x' is of scene size
            return _as_metric(" ".join(words))
    owned = _OBJECT_OF_A_NAME.match(ctx.verb_and_object)  # 'reduces the average response length of X by 50%'
    return _as_metric(owned["object"]) if owned and not any(
        word in lexicon.FUNCTION_WORDS for word in owned["object"].split()) else ""


# What a verb of change acts on, owned by a name after 'of': 'reduces the average response length
# of DeepSeek-R1-Distill-Qwen-1.5B by 50%'.
_OBJECT_OF_A_NAME = regex.compile(
    rf"(?i:{_CHANGE_VERB.pattern})(?P<object>\p{{Ll}}[\p{{Ll}}\-]*(?:\s+\p{{Ll}}[\p{{Ll}}\-]*){{0,2}})\s+of\s+\p{{Lu}}")


def metric_of_change(ctx: Context, kind: str, changed_by: bool) -> str:
    """What a ratio or share of speed or saving measures. After 'by', what changes was named before
    it ('reduce the number of trainable parameters by 10,000 times and the GPU memory ... by 3
    times', 'latency falls by 35% and its throughput rises'): the words after are the next
    clause's. Else the metric after the number, or one before it in its own clause: 'by up to
    2.6x ... SLOs ... and up to 3.7x' hands the second ratio no metric named before the first."""
    # 'reduces the time to first token by 4.2x and end-to-end latency by 2.1x': a measure named
    # since the ratio before is this one's, whatever the verb acted on first.
    efficiency = _IMPROVES_AN_EFFICIENCY.search(ctx.own_clause) if changed_by else None
    if efficiency:  # 'improves all-to-all communication efficiency by 40%'
        return _as_metric(efficiency["what"])
    since_ratio = ctx.own_clause if changed_by and len(ctx.own_clause) < len(ctx.before) else ""
    # A clause since the ratio before with a verb of its own names its own measure, if any:
    # 'improves training throughput by 1.9x and reduces communication time by 63%'.
    own_verb = bool(since_ratio) and bool(_CHANGE_VERB.search(since_ratio))
    changed = (metric_near("", since_ratio[-60:], kind) or _object_of_change(ctx.before[-80:], kind)
               or _object_of_change(ctx.verb_and_object, kind)
               or ("" if own_verb else metric_near("", ctx.before[-60:], kind))) if changed_by else ""
    # '... by 40% and the total GPU hours by 2.1x': the words up to the next number are its own.
    after = "" if changed_by and _NEXT_ITEM_BY.search(ctx.own_after) else ctx.own_after
    # A number with its own noun of change leaves the first word after the number before to that
    # one: 'a 28% latency reduction ..., and 13-17% speedup' (no latency's; but '48% MFU, 1.3x higher').
    before = _own_words_before(ctx) if ctx.words[:1] and ctx.words[0] in _CHANGE_NOUN_WORDS else ctx.own_clause
    return changed or metric_near(after, before, kind) or _changed_in(ctx.after) \
        or (_changed_object(ctx) if changed_by else "")


_CHANGE_NOUN_WORDS = {"speedup", "speedups", "speed", "reduction", "reductions", "improvement", "improvements",
                      "gain", "gains", "saving", "savings", "increase", "acceleration"}  # 'speed-up' is read as 'speed'


# A phase named by its verb: '5x cheaper to serve', '3x cheaper to train'.
_PHASE_OF_VERB = {"serve": "serving", "train": "training"}


PHASE = rf"\b(?P<phase>{'|'.join(lexicon.PHASES)})\b"  # 'prefill', 'decoding', ...
# A phase that is the subject of 'is' right before the number: 'Inference is 2.5 times cheaper'.
_PHASE_IS_BEFORE = regex.compile(rf"{PHASE}\s+(?:is|was|becomes|became)\s+$|(?:\band|,)\s+{PHASE}\s+$")  # '..., and inference 2.3x faster'


def _phase_named_after(ctx: Context) -> str:
    """The phase of work named in the first words after the number ('faster prefill', 'cheaper
    LLM inference', 'cheaper to serve', 'training speedup'), or the subject of the clause when the
    number follows its 'is' ('Inference is 3 times faster'), or ''."""
    if ctx.words[1:2] == ["to"] and ctx.words[2:3] and ctx.words[2] in _PHASE_OF_VERB:
        return _PHASE_OF_VERB[ctx.words[2]]
    own_words = itertools.takewhile(lambda word: word not in ("and", "or", "while", "whereas"), ctx.words[:3])
    after = next((word for word in own_words if word in lexicon.PHASES), "")  # also '2.77x training speedup'
    if after:
        return after
    subject = _PHASE_IS_BEFORE.search(ctx.before_qualifier) or _PHASE_SPEEDUPS_OF.search(ctx.before_qualifier)
    if subject:
        return subject["phase"]
    verb = _VERB_OF_A_PHASE_BEFORE.search(ctx.before_qualifier)  # 'it trains 1.8x faster', 'generates text 2.8 times faster'
    return _PHASE_OF_VERB_STEM[verb["stem"]] if verb else ""


def _speed_named_after(ctx: Context) -> str:
    """The metric of a speedup that names no measure: 'faster prefill' -> 'prefill speed',
    'faster on inference' -> 'inference speed'."""
    phase = _phase_named_after(ctx)
    if phase:
        return f"{phase} speed"
    return "inference speed" if _has(ctx.after, ("infer",)) else "speed"


# Things a saving needs fewer of, no known measure: up to three lower-case words ending in a plural.
_FEWER_THINGS = regex.compile(
    rf"""\s*fewer\s+(?:the\s+)?(?:{_NUMBER_OF})?
         (?P<things>(?:[\p{{Ll}}\-]+|\p{{Lu}}+s?)(?:\s+(?:[\p{{Ll}}\-]+|\p{{Lu}}+s?)){{0,2}}?)   # 'API calls', 'GPUs'
         (?=\s+(?:to|than|for|and|while|with|on|in|per|at|across|over|during|from)\b|\s*[,.;)]|$)   # where the noun phrase ends""",
    regex.VERBOSE)


_NOT_AN_ARTICLE = r"(?!(?i:the|a|an|its|their|our)\s)"
# Things a passive verb says were made fewer or smaller: 'Reasoning traces are compressed by',
# 'reasoning length can be reduced by' (a singular noun only if it is a measure of an amount).
_THINGS_REDUCED_BEFORE = regex.compile(
    rf"""(?<![\p{{L}}\-])(?P<things>(?:{_NOT_AN_ARTICLE}[\p{{L}}\-]+\s+)?\p{{Ll}}[\p{{Ll}}\-]+s
                     |{_NOT_AN_ARTICLE}[\p{{L}}\-]+\s+(?:length|size|count|usage|consumption|overhead))
         \s+(?:are|were|is|was|(?:can|could|will|may)\s+be)\s+
         (?:compressed|reduced|shortened|cut|pruned)\s+by\s+{grammar.OPTIONAL_QUALIFIER}$""",
    regex.VERBOSE)


def _fewer_things(ctx: Context) -> str:
    """The things a share fewer of are spent, as '3x fewer' of them saves: '40% fewer tool calls'
    ('' if the noun phrase after 'fewer' ends in no plural)."""
    fewer = _FEWER_THINGS.match(ctx.after)
    return fewer["things"] if fewer and is_plural_noun(fewer["things"].split()[-1]) else ""


def _unnamed_saving(ctx: Context) -> str:
    """The metric of a saving that names no measure: the things it needs fewer of ('50% fewer
    steps') or a passive verb reduced ('Reasoning traces are compressed by'), the model's size if
    it compresses or makes smaller ('3.5x compression'), the cost (of a phase named after it) if
    cheaper ('9x cheaper inference' -> 'inference cost'), else ''."""
    fewer = _fewer_things(ctx)
    if fewer:
        return fewer  # '50% fewer steps', '2x fewer number of sampling steps'
    passive = _THINGS_REDUCED_BEFORE.search(ctx.before)
    if passive:
        return _as_metric(passive["things"])  # 'Reasoning traces are compressed by 50%'
    if ctx.words[:1] == ["cheaper"]:  # its own word, before any other ratio's: '2x cheaper and 3x smaller'
        phase = _phase_named_after(ctx)
        return f"{phase} cost" if phase else "cost"  # '60% cheaper than GPT-3.5 Turbo' is of what it costs
    if _speaks_of_compression(ctx):
        smaller = _SMALLER_THINGS_AFTER.match(ctx.text, ctx.end)  # '15x Smaller Scenes', '3x smaller checkpoints'
        thing = _SIZED_THING_BEFORE.search(ctx.before)  # 'the corpus is 3x smaller'
        named = _singular(smaller["thing"].lower()) if smaller else thing["thing"] if thing else ""
        return f"{named} size" if named and named.lower() not in lexicon.MODEL_NOUNS else "model size"
    return "cost" if _COSTS_BEFORE.search(ctx.before_qualifier) else ""  # 'while costing 10x less'


# The things a number makes smaller, named right after: '15x Smaller Scenes' (of 'scene' size).
_SMALLER_THINGS_AFTER = regex.compile(r"\s+(?i:smaller)\s+(?P<thing>\p{L}[\p{L}\-]*s)\b")
_PLURAL_ENDINGS = (("ies", "y"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("s", ""))


def _singular(plural: str) -> str:
    """'scenes' -> 'scene', 'indexes' -> 'index', 'batches' -> 'batch', 'entries' -> 'entry'."""
    ending, replacement = next((pair for pair in _PLURAL_ENDINGS if plural.endswith(pair[0])), ("", ""))
    return plural[:len(plural) - len(ending)] + replacement if ending else plural
_PHASE_BY_BEFORE = regex.compile(rf"{PHASE}\s+by\s+$")  # 'speeds up prefill by', 'and decoding by'
# 'end-to-end training speedups of up to 40%': the phase before the noun of the speedup.
_PHASE_SPEEDUPS_OF = regex.compile(rf"{PHASE}\s+speed-?ups?\s+(?:of|by)\s+$")
# '6.1x prefilling speedup', 'a 1.5-3x speedup in prefill'
_PHASE_SPEEDUP_AFTER = regex.compile(
    rf"\s+(?:(?i:{PHASE})\s+(?:speed-?ups?|acceleration)\b|(?:speed-?ups?|acceleration)\s+(?:in|for|during)\s+(?:the\s+)?(?i:{PHASE})"
    rf"(?!\s+(?:{'|'.join(lexicon.PHASED_MEASURES)})))")  # not 'a 1.71x speedup in inference latency'
# A verb of a phase right before the number: 'it trains 1.8x faster', 'generates text 2.8 times faster'.
_PHASE_OF_VERB_STEM = {"train": "training", "generat": "generation", "decod": "decoding", "serv": "serving",
                       "infer": "inference", "sampl": "sampling", "converg": "training", "render": "rendering"}
_VERB_OF_A_PHASE_BEFORE = regex.compile(
    rf"\b(?P<stem>{'|'.join(_PHASE_OF_VERB_STEM)})(?:s|es|ing|e)?\s+(?:(?:text|tokens|images)\s+)?$")


def _speed_of_a_phase(ctx: Context, metric: str) -> str:
    """A speedup of a phase is of its speed: 'accelerates generation by 2x' ('generation' ->
    'generation speed'); 'speeds up prefill by 3.2x and decoding by 1.7x' ('speed' -> 'prefill
    speed', 'decoding speed'); the phase right before the noun of a speedup is its own, whatever
    measure came before ('53.6x generation throughput speedup and 6.1x prefilling speedup')."""
    own_phase = _PHASE_SPEEDUP_AFTER.match(ctx.text, ctx.end)
    if own_phase:
        return f"{own_phase['phase'].lower()} speed"
    if metric.lower() in lexicon.PHASES:
        return f"{metric} speed"
    last = metric.rsplit(" ", 1)[-1]
    if " " in metric and last.lower() in lexicon.PHASES:  # 'Mixture-of-Experts Inference by 5.3x'
        return f"{last.lower()} speed"
    phase = _PHASE_BY_BEFORE.search(ctx.before_qualifier) if metric in ("", "speed") else None
    return f"{phase['phase']} speed" if phase else metric


# What a sentence says is smaller, a lower-case noun right before its verb: 'the corpus is', 'a
# student that is'.
_SIZED_THING_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\-])(?P<thing>\p{{Ll}}[\p{{Ll}}\-]+)\s+(?:(?:that|which)\s+)?(?:is|are|was|were|becomes?)\s+"
    rf"{grammar.OPTIONAL_QUALIFIER}(?:a\s+)?$")


def _speaks_of_compression(ctx: Context) -> bool:
    """A saving with no metric named is of the model's size if it compresses or makes smaller:
    '3.5x compression', '40% smaller than BERT-base', 'reduces the size of a BERT model by 40%'."""
    return _has(ctx.before, ("compress", "size of")) or _has(ctx.after, ("smaller",)) or _has(ctx.words[:1], ("compress",))


def metric_of_restated_change(ctx: Context, kind: str) -> str:
    """The measure after the change ('a 30% increase over X in throughput'), else the first the
    restated clause names, its head ('Training throughput reaches 3,500 tokens per second')."""
    return metric_near(ctx.after, "", kind) or metric_near(ctx.restated_clause, "", kind)


# Words that may follow a signed number that is a change of a score and name no thing it counts.
_SIGNED_CHANGE_WORDS = {"average", "avg", "absolute", "overall", "mean"}


def _signed_change(ctx: Context, quantity: Quantity) -> bool:
    """Whether a plain number written with its sign is a change of a score: '+2.3 on MMLU',
    '(+3.7/+1.0 on LLaMA-7B/13B)', '(-0.4 average)', '+4.1 points'. A paper writes '+' or '-' before
    a bare number for a gain or a loss; '±0.5' is an error bar, '+5 GPUs' counts things, 'k = -1'
    sets a value."""
    if not quantity.signed or quantity.scaled or ctx.text[quantity.start] == "±":
        return False
    if _has(ctx.words[:3], lexicon.ACCURACY_CUES) or _AFTER_A_SCORE.search(ctx.before):
        return True
    return (not ctx.phrase or ctx.phrase[0] in _SIGNED_CHANGE_WORDS) and not SETTING_BEFORE.search(ctx.before)


def classify(text: str, quantity: Quantity, sentence: tuple[int, int]) -> Claim | None:
    """The claim a quantity makes, or None if it is not one of the spec's kinds.

    kind '' (unknown) is returned for ratios with no cue, so the caller can borrow the
    kind of a neighbour in the same list ('2.2x and 7.5x higher throughput').
    """
    if quantity.scaled and quantity.unit in ("times", "percent", "points") and (quantity.suffix or quantity.unit != "times"):
        return None  # '2B %' or '1M x' is no ratio or share a paper would state; 'a thousand times' is one
    ctx = Context(text, quantity, sentence)
    claim = Claim("", quantity.value, quantity.start, quantity.end, "", quantity.qualifier, quantity.value_high)
    hardware = _MACHINES.match(text, quantity.end) if quantity.unit == "times" else None
    if hardware:  # '8 x A100 GPUs' counts machines: the span is the number alone
        number = _LEADING_NUMBER.match(text, quantity.start)  # or a word: 'single x GPUs'
        end = number.end() if number else quantity.start + len(quantity.numword)
        claim.kind, claim.unit, claim.end, claim.metric = "count", "", end, hardware["machines"]
        return claim
    if quantity.numword in lexicon.RATIO_VERBS:
        return ratio_verb_claim(ctx, claim)
    if quantity.unit == "times" or (quantity.numword in lexicon.RATIO_WORDS and not quantity.unit and (
            quantity.numword not in lexicon.RATIO_ADJECTIVES or _TIMES_THE.match(ctx.after))):
        changed_by = ctx.changed_by
        kind = ratio_kind(ctx, changed_by)
        if kind == "none" or (not kind and quantity.numword in lexicon.RATIO_WORDS):
            return None  # 'evaluated twice' borrows no kind from a ratio before it
        claim.kind, claim.unit = kind, "x"
        # A ratio with no cue borrows its kind, and then its metric, from a neighbour: a noun near
        # it would be read with no kind to fit ('4.5x when using more cost-effective GPUs').
        restated = metric_of_restated_change(ctx, kind) if kind and ctx.restated_clause else ""
        claim.metric = restated or (metric_of_change(ctx, kind, changed_by) if kind else "")
        if kind == "speedup" and (claim.metric in ("", "speed") or claim.metric.lower() in lexicon.SHARE_METRICS) and (
                _has(ctx.after, ("fast", "speed")) or _has(ctx.before[-25:], ("speedup", "speed-up"))):
            # 'a speedup of 3.1x', 'improves the speedup to 2.3-3.6x'; a share's measure is not what
            # 'faster' measures: 'at 52% MFU, 1.8x faster than Ring Attention'
            claim.metric = _speed_named_after(ctx)
        per_a_resource = (_PER_A_RESOURCE.match(ctx.own_after) or _EFFICIENCY_AFTER.match(ctx.own_after)) \
            if kind == "cost_reduction" else None
        if per_a_resource:  # '2x better performance per watt', '2x computational efficiency'
            claim.metric = _as_metric(per_a_resource["metric"])
        if kind == "cost_reduction" and not claim.metric:
            claim.metric = _unnamed_saving(ctx)
        if kind == "speedup":
            claim.metric = _speed_of_a_phase(ctx, claim.metric)
        return claim
    if quantity.unit == "percent":
        if ctx.words[:1] in (["confidence"], ["ci"], ["cis"]):
            return None  # 'the 95% confidence interval', '(95% CI: 1.2-3.4)': a setting of a test, no finding
        claim.kind, claim.value, claim.value_high, claim.unit = percent_claim(ctx, quantity)
        within = claim.kind == "percentage" and _WITHIN_BEFORE.search(ctx.before)
        named_before = metric_near("", ctx.before[-40:], "percentage") if within else ""
        if named_before:  # 'keeps accuracy within 1% of the original model': the gap is in accuracy
            claim.metric = named_before
            return claim
        if claim.kind == "percentage" and ctx.words[:1] == ["of"]:
            # '64% of the time' is how often, a rate with no measure named
            claim.metric = "" if _OF_THE_TIME.match(text, quantity.end) else _shared_noun_phrase(text, quantity.end)
            # 'resolves 41.2% of issues on SWE-bench Verified': a share of a benchmark's tasks is its score.
            tasks_of = _TASKS_OF_A_BENCHMARK.match(text, quantity.end) if claim.metric.lower().endswith(_TASK_NOUNS) else None
            if tasks_of and tasks_of["name"] not in lexicon.NOT_NAMES and not context.HARDWARE.match(tasks_of["name"]):
                claim.metric = tasks_of["name"].rstrip(".")
            return claim
        claim.metric = accuracy_metric(ctx, claim.kind) if claim.kind in ("accuracy_delta", "percentage") \
            else metric_of_restated_change(ctx, claim.kind) if ctx.restated_clause \
            else metric_of_change(ctx, claim.kind, ctx.changed_by)
        if claim.kind == "speedup":
            claim.metric = _speed_of_a_phase(ctx, claim.metric or _speed_named_after(ctx))
        if claim.kind == "cost_reduction" and not claim.metric:
            claim.metric = _unnamed_saving(ctx)
        return claim
    plain = not quantity.unit and not quantity.scaled  # a number with no unit or scale
    if plain and (quantity.numword == "half" or "/" in text[quantity.start:quantity.end] or grammar.fraction_value(quantity.numword)):
        return fraction_claim(ctx, claim)
    decibels = _DECIBELS_AFTER.match(text, quantity.end) if plain else None
    if decibels:
        return _decibels_changed(ctx, quantity, claim, decibels)
    named_points = _NAMED_POINTS.match(text, quantity.end) if plain else None
    if named_points:  # '2.3 BLEU points': the metric stands between the number and its unit
        claim.kind, claim.unit, claim.metric = "accuracy_delta", "points", named_points["metric"]
        return claim
    # A bare number after 'improves MMLU by', 'outperforms X by (over)' or 'lowers perplexity by'
    # is a change in points.
    changed_by = plain and ctx.changed_by and (
        _has(ctx.before, lexicon.ACCURACY_CHANGE_CUES + ("exceed", "surpass", "beat")) or _lowers_an_error_by(ctx))
    score = SCORE_AFTER.match(text, quantity.end) if plain else None
    if score and (quantity.signed or changed_by or _CHANGE_OF_BEFORE.search(ctx.before) or _GAINED_BEFORE.search(ctx.before)
                  or score["noun"] or _has(ctx.after[:30], lexicon.ACCURACY_CHANGE_CUES)):
        claim.kind, claim.unit, claim.metric = "accuracy_delta", "points", score["metric"]  # '+1.3 BLEU', 'by over 2 BLEU'
        if score["noun"] and _CHANGE_OF_A_SCORE_UNIT[score["noun"].lower()] < 0 and claim.value > 0:
            claim.negate()
        return claim
    directed = _DIRECTED_SCORE_AFTER.match(text, quantity.end) if plain else None
    if directed:  # '2.3 higher BLEU', '1.5 lower FID', '0.7 better perplexity' (lower, as perplexity betters)
        claim.kind, claim.unit, claim.metric = "accuracy_delta", "points", directed["metric"]
        up = directed["direction"] in ("higher", "more", "better")
        if directed["direction"] in ("better", "worse") and directed["metric"] in lexicon.ERROR_SCORE_NAMES:
            up = not up
        if not up and claim.value > 0:
            claim.negate()
        return claim
    bare_gain = changed_by and not ctx.phrase
    signed_change = _signed_change(ctx, quantity)
    named_change = _direction_of_a_named_score_change(ctx) if plain and not quantity.signed else 0
    if quantity.unit == "points" or bare_gain or signed_change or named_change:
        claim.kind, claim.unit = "accuracy_delta", "points"
        claim.metric = accuracy_metric(ctx)
        if (_points_lost(ctx) or _lowers_an_error_by(ctx) or named_change < 0) and claim.value > 0:
            claim.negate()
        return claim
    if quantity.unit == "memory":
        factor = lexicon.MEMORY_UNITS[quantity.memory_unit]
        claim.kind, claim.unit, claim.value = "memory", "bytes", quantity.value * factor
        claim.value_high = quantity.value_high * factor if quantity.value_high else None
        return claim
    rate = _TOKEN_RATE.match(ctx.text, quantity.end)
    if rate:  # '45 tokens per second' is a throughput, compared as a count of tokens a second
        claim.kind, claim.unit, claim.metric = "count", "", rate.group().strip()
        return claim
    head = set(ctx.phrase[:3]) | {head_noun(ctx)}
    if head & lexicon.TOKEN_NOUNS and quantity.numword == "single":
        return None  # 'processes only a single token per request' is no amount
    if head & lexicon.TOKEN_NOUNS and (_VOCABULARY_OF.search(ctx.before_qualifier) or "vocabulary" in ctx.phrase[:3]):
        claim.kind, claim.unit, claim.metric = "count", "", "vocabulary size"
        return claim
    if head & lexicon.TOKEN_NOUNS and (_BATCH_OF.search(ctx.before_qualifier) or _BATCH_NOUNS & set(ctx.phrase[:3])):
        claim.kind, claim.unit, claim.metric = "token_count", "tokens", "batch size"  # how much one step reads
        return claim
    if head & lexicon.TOKEN_NOUNS:
        claim.kind, claim.unit = "token_count", "tokens"
        claim.kind, claim.role = token_claim(ctx)
        return claim
    if _is_a_length(ctx, quantity):
        claim.kind, claim.unit = "context_length", "tokens"
        return claim
    if quantity.suffix in ("B", "b") and not head & (lexicon.PARAMETER_NOUNS | lexicon.MODEL_NOUNS):
        things = _things_counted(ctx, quantity)
        if things:  # '1.4B image-text pairs', '5B images': a billion of things, no model's size
            claim.kind, claim.unit, claim.metric = "count", "", things
            return claim
    if head & lexicon.PARAMETER_NOUNS or (quantity.scaled and (quantity.suffix in ("B", "b") or (head & lexicon.MODEL_NOUNS)
                                                                or _SIZE_NAMED_BEFORE.search(ctx.before)
                                                                or _sized_after_a_model_name(ctx, quantity))):
        claim.kind, claim.unit, claim.role = "parameter_count", "parameters", parameter_role(ctx)
        return claim
    if (quantity.scaled and (any(cue in ctx.before[-30:].lower() for cue in ("context", "window")) and not count_noun(ctx, quantity)
                             or (_CONTEXT_NOUNS | _WINDOW_NOUNS) & set(ctx.words[:2]))) \
            or _LENGTH_OF_BEFORE.search(ctx.before) or _context_extended_to(ctx, quantity) \
            or (quantity.scaled and _CONTEXT_AFTER_A_COLON.match(text, quantity.end)):
        claim.kind, claim.unit = "context_length", "tokens"
        return claim
    machines = _MACHINES.match(text, quantity.end) if not quantity.unit else None
    if machines:  # 'two RTX 4090 GPUs': the model number would end the noun phrase
        claim.kind, claim.unit, claim.metric = "count", "", machines["machines"]
        return claim
    noun = count_noun(ctx, quantity) or _things_numbered_before(ctx)
    if noun and noun.lower() not in ("bits", "bytes"):  # '2 bits per value' is a width, read by precision.py
        claim.kind, claim.unit, claim.metric = "count", "", _with_its_rate(text, quantity.end, noun)
        return claim
    return None


# A unit of time after a counted noun makes it a rate: '1,000 requests per second', '30 frames/s'.
_PER_A_TIME = regex.compile(r"(?:\s+per\s+(?:second|minute|hour|day|week)|/s)\b", regex.IGNORECASE)


def _with_its_rate(text: str, position: int, noun: str) -> str:
    """The counted noun with the unit of time after it, as '45 tokens per second' is named:
    'Requests per Second' for '1,000 Requests per Second'; else the noun."""
    start = text.find(noun, position)
    rate = _PER_A_TIME.match(text, start + len(noun))
    return text[start:rate.end()] if rate else noun


# The number of things named before a change of it: 'the number of experts from 8 to 64', 'the
# number of video frames of VILA from 8 to 2048', 'the number of sampling steps to 4'.
_NUMBER_OF_THINGS_BEFORE = regex.compile(
    r"""\bnumber\s+of\s+(?P<things>[\p{Ll}\-]+(?:\s+[\p{Ll}\-]+){0,2}?)
        (?:\s+of\s+[^,;]{1,40}?)?\s+(?:from\s+[\d,.]+\s+)?(?:from|to)\s+$""", regex.VERBOSE)


def _things_numbered_before(ctx: Context) -> str:
    """The plural noun of 'the number of X' right before a plain number it changes from or to;
    '' if none, or if it is tokens or parameters, whose amounts are no counts."""
    numbered = _NUMBER_OF_THINGS_BEFORE.search(ctx.before_qualifier)
    if not numbered or not is_plural_noun(numbered["things"].split()[-1]):
        return ""
    head = numbered["things"].split()[-1].lower()
    return "" if head in lexicon.TOKEN_NOUNS | lexicon.PARAMETER_NOUNS else numbered["things"]


# After the noun of change, what a bare number changes: 'a 2.1 gain in accuracy', 'a 0.3 drop on
# MMLU', 'a 1.2 improvement over the baseline'; the sentence may end there.
_SCORE_CHANGE_TAIL = {"in", "on", "across", "over", "compared", "relative", "against", "for"}
_IN_A_SCORE = regex.compile(
    rf"\s*\p{{L}}+\s+in\s+(?:the\s+)?(?:(?-i:\p{{Lu}})|(?:[\p{{L}}\-]+\s+)?(?:{'|'.join(lexicon.QUALITY_WORDS)}|{_ERROR_METRIC.pattern}))",
    regex.IGNORECASE)


def _direction_of_a_named_score_change(ctx: Context) -> int:
    """+1 or -1 if a plain number is the size of a change its noun names ('a 2.1 gain in
    accuracy', 'a 0.3 drop in average score', 'an average improvement of 4.1 on MMLU'), else 0.
    A speed or a resource named with it makes it no change of a score ('a throughput gain of 2.3')."""
    if ctx.words[:1] and ctx.words[0] in lexicon.SCORE_CHANGE_NOUNS and (
            ctx.words[1:2] == [] or ctx.words[1] in _SCORE_CHANGE_TAIL):
        if ctx.words[1:2] == ["in"] and not _IN_A_SCORE.match(ctx.after):
            return 0  # 'a 2 increase in batch size' changes a setting, no score
        direction = lexicon.SCORE_CHANGE_NOUNS[ctx.words[0]]
    else:
        change_of = _CHANGE_OF_BEFORE.search(ctx.before_qualifier)
        noun = (change_of["noun"] or "loss").lower() if change_of else ""
        if noun not in lexicon.SCORE_CHANGE_NOUNS or ctx.phrase:
            return 0
        direction = lexicon.SCORE_CHANGE_NOUNS[noun]
    if _has(ctx.before[-30:] + " " + ctx.after[:40], lexicon.SPEEDUP_CUES + lexicon.STRONG_COST_CUES):
        return 0
    return direction


# 'loses only 1.5 points on MMLU': a score that falls, as 'drops by' does.
_LOSES_BEFORE = regex.compile(r"\blos(?:e|es|ing|t)\s+(?:only\s+|just\s+)?(?:[\d.]+\s*(?:,\s*)?(?:and\s+|or\s+)?)*$", regex.IGNORECASE)


def _decibels_changed(ctx: Context, quantity: Quantity, claim: Claim, decibels: regex.Match) -> Claim | None:
    """Decibels of a score gained or lost, as points of it; None for a level ('reaches 28.4 dB
    PSNR'), which changes nothing."""
    change_of = _CHANGE_OF_BEFORE.search(ctx.before)
    if not (ctx.changed_by or quantity.signed or change_of or _GAINED_BEFORE.search(ctx.before)
            or decibels["direction"] or decibels["noun"]):
        return None
    claim.kind, claim.unit, claim.end = "accuracy_delta", "points", decibels.end("unit")
    claim.metric = decibels["metric"] or accuracy_metric(ctx)
    falls = decibels["direction"] in ("lower", "worse") \
        or (decibels["noun"] and decibels["noun"].lower() in _FALLS) \
        or (change_of and (change_of["noun"] or "loss").lower() in _FALLS) \
        or _points_lost(ctx) or (ctx.changed_by and _has(ctx.own_clause[-40:], lexicon.LOWERING_WORDS))
    if falls and claim.value > 0:
        claim.negate()
    return claim


def _points_lost(ctx: Context) -> bool:
    """Whether points are a fall of the score: 'a 0.5-point drop', 'degrades MMLU by 0.8 points',
    'loses 1.5 points'."""
    before = ctx.before_qualifier
    # Only the words of its own phrase: '4.1 points while memory drops' tells nothing of the points.
    own_words = list(itertools.takewhile(lambda word: word not in lexicon.FUNCTION_WORDS, ctx.words[:3]))
    return _has(own_words, lexicon.ACCURACY_DROP_CUES) or bool(_LOSES_BEFORE.search(before)) or (
        ctx.changed_by and _has(before[-40:], lexicon.ACCURACY_DROP_CUES + ("degrad",)))


def _lowers_an_error_by(ctx: Context) -> bool:
    """Whether points are a fall of a score where lower is better: 'lowers perplexity by 0.4',
    'reduces WER by 1.2 points'. The verb and the score are in the number's own clause."""
    own_clause = ctx.own_clause[-40:]
    return ctx.changed_by and _has(own_clause, lexicon.LOWERING_WORDS) \
        and bool(_ERROR_METRIC.search(own_clause))


# 'by', then words that qualify the change: 'by (up to | an absolute | an average of)'.
_BY_AND_QUALIFIERS = r"\s+by\s+(?:(?:an?|absolute|relative|only|just|up\s+to|average\s+of)\s+)*$"
# Scores whose names open in lower case: 'mAP', 'mIoU', 'nDCG@10'.
_LOWER_CASE_SCORES = rf"(?:{'|'.join(regex.escape(name) for name in lexicon.SCORE_NAMES if name[0].islower())})(?:{_AT_K})?"
_BENCHMARK_BEFORE = regex.compile(
    r"(?:improv|boost|increas|rais|lift|gain|degrad|hurt|decreas|lower)\w*\s+(?:the\s+)?(?:accuracy\s+(?:on|of)\s+)?"
    r"(?P<name>\p{Lu}[\p{L}\p{N}@+\-.]*|" + _LOWER_CASE_SCORES + r")"  # 'improves mAP by 4.1'
    r"(?:\s+(?:[\p{Ll}\p{N}@\-]+\s+){0,2}?(?:accuracy|score|performance|pass@\d+))?"  # 'ImageNet zero-shot accuracy'
    + _BY_AND_QUALIFIERS
)
# 'Accuracy on GSM8K rises by 9 points': a measure on a benchmark, its verb, then 'by'.
_MEASURED_ON_THEN_BY = regex.compile(
    rf"\b(?i:accuracy|performance|scores?|results?)\s+on\s+(?:the\s+)?(?P<name>{BENCHMARK_NAME})\s+"
    r"(?:\p{Ll}+ly\s+)?(?:ris|rose|improv|increas|jump|grow|grew|climb|drop|fall|fell|decreas|declin)\w*"
    + _BY_AND_QUALIFIERS)
# 'boosts the accuracy of X on GSM8K from 84.5% to 91.2%': the benchmark a score rose from is on.
# A benchmark that moves by the number: 'while MMLU drops by only 0.3 points', 'GSM8K accuracy rises by'.
_BENCHMARK_MOVES_BY = regex.compile(
    rf"(?r)(?<![\p{{L}}\p{{N}}])(?P<name>{BENCHMARK_NAME})\s+(?:(?:score|accuracy)\s+)?"
    r"(?:drops|dropped|falls|fell|declines|declined|decreases|decreased|degrades|degraded|rises|rose|improves|improved"
    r"|increases|increased|grows|grew|climbs|climbed)\s+(?:by\s+)?(?:(?:only|just|up\s+to|about|around|nearly|over)\s+)*$")
_ON_A_BENCHMARK_FROM = regex.compile(
    rf"""\b(?: (?:on|in)\s+(?:the\s+)?(?P<name>{BENCHMARK_NAME})
            | (?:improv|boost|increas|rais|lift)\w*\s+(?:the\s+|its\s+)?(?P<name>{BENCHMARK_NAME})\s+   # 'improves AIME 2024 accuracy from'
              (?:[\p{{Ll}}\-]+\s+)?(?:accuracy|score|performance|pass@\d+|(?:pass|success|solve|win)\s+rate) )
        \s+from\s+$""", regex.VERBOSE)
# 'outperforms X on AIME 2024 by (an absolute) 12.3%': the benchmark stands before 'by'.
_BENCHMARK_THEN_BY = regex.compile(rf"\b(?:on|in)\s+(?:the\s+)?(?P<name>{BENCHMARK_NAME}){_BY_AND_QUALIFIERS}")
# 'improves ROUGE-L by 2.3 and BLEU by 1.8': after a verb that changes a score, each benchmark of
# the list stands before its own 'by' ('surpasses X by 19.1 points and Y by 25.0' lists baselines).
_LISTED_BENCHMARK_THEN_BY = regex.compile(rf"(?:\band\s+|,\s+)(?:the\s+)?(?P<name>{BENCHMARK_NAME}){_BY_AND_QUALIFIERS}")
_LAST_VERB_OF_SCORES = regex.compile(
    rf"(?r)\b(?P<change>{'|'.join(lexicon.RAISING_STEMS)})\w*|{context.BEATING_VERB}")


# '85.2 on MMLU (+2.1)', '45.2% on AIME (+6.3%)': a change in brackets after a score on a benchmark.
_BENCHMARK_THEN_BRACKET = regex.compile(
    rf"""(?: \b(?:on|in)\s+(?:the\s+)?(?P<name>{BENCHMARK_NAME})
           | (?:\b(?:improv|boost|rais|increas|lift|push)\w*|\band|,|\b(?:on|in))\s+(?:the\s+)?(?P<name>{BENCHMARK_NAME})   # 'improves MMLU to 68.4 (↑2.1)'
             (?:\s+[\p{{L}}\d.\-]+){{0,5}}?\s+to\s+[\d.]+\s*%? )   # 'SQuAD v1.1 ... Test F1 to 93.2 (1.5 point', 'on GSM8K improves to 88.1 (↑0.4)'
        \s*\(\s*$""", regex.VERBOSE)
# A score in brackets after a benchmark's name: 'matches GPT-4 on MMLU (86.1%) and GSM8K (92.0%)'.
# Only after 'on' in the clause, since 'GPT-4o (9.3%)' is a model's score.
_NAME_THEN_BRACKET = regex.compile(rf"(?:^|[\s,])(?P<name>{BENCHMARK_NAME})\s*\(\s*$")
_SCORES_ON_BEFORE = regex.compile(r"\b(?:on|across)\s+(?:the\s+)?\p{Lu}")
# Or in a list of benchmarks, however long: 'on reasoning benchmarks, including GSM8K (+17.9%), ... and ARC (+3.9%)'.
_BENCHMARKS_INCLUDING_BEFORE = regex.compile(r"\bbenchmarks?,?\s+(?:including|such\s+as|e\.g\.,?)\s+\p{Lu}")
# 'MMLU +2.3': a signed change right after a benchmark's name.
_BENCHMARK_SIGNED = regex.compile(rf"(?:^|[\s(,;])(?P<name>{BENCHMARK_NAME}):?\s+$")
_NAME_SEGMENT = regex.compile(r"[\-\s]")


def is_a_model_name(name: str) -> bool:
    """'LLaMA-7B', 'Llama-3-70B-Instruct' (a size in it), 'GPT-4', 'Qwen2.5' (a known family):
    a model, no benchmark."""
    segments = _NAME_SEGMENT.split(name)
    return any(model_names.SIZE_SEGMENT.match(segment) for segment in segments) \
        or segments[0].lower().rstrip("0123456789.") in lexicon.MODEL_FAMILIES


# 'an MMLU-Pro accuracy of 62.58%', 'a HumanEval score of 85%', 'with GSM8K at 83.2%'; a change
# of its score: 'an MMLU gain of 1.5 points', 'a BLEU drop of only 0.3'.
_SCORE_CHANGE_NOUN = grammar.alternatives(_RISE_NOUNS + _FALL_NOUNS + ("drop", "loss", "degradation"))
_BENCHMARK_SCORE_OF = regex.compile(
    rf"\b(?P<name>{BENCHMARK_NAME})\s+(?:(?i:accuracy|score)\s+(?:of|to)|at|(?i:{_SCORE_CHANGE_NOUN})s?\s+of(?:\s+(?:only|just))?)\s+$")


# 'On MMMU it scores 61.2%', 'and on DocVQA our model achieves an accuracy of 94.1%': a benchmark
# named before the clause's subject and verb is what its score is on.
_ON_A_BENCHMARK_THEN_ITS_CLAUSE = regex.compile(
    rf"""\b[Oo]n\s+(?:the\s+)?(?P<name>{BENCHMARK_NAME})(?:\s+benchmark)?,?
         \s+(?:it|we|they|(?:our|the|this)\s+(?:[\p{{Ll}}\-]+\s+)?(?:model|method|system|agent))
         \s+\p{{Ll}}+\s+(?:(?:an?|the)\s+)?(?:\p{{Ll}}+\s+){{0,3}}?(?:of\s+)?{grammar.OPTIONAL_QUALIFIER}$""",
    regex.VERBOSE)


_AND_AT_END = regex.compile(r"\band\s+$")
_WITHIN_BEFORE = regex.compile(r"\bwithin\s+$", regex.IGNORECASE)


# A model measured on is no benchmark: 'to 2.9 points on the LLaMA-2 7B model'.
_MODEL_AFTER = regex.compile(r"[\s\-]*(?:(?:\d+(?:\.\d+)?\s+)?\d+(?:\.\d+)?[BbMm]\b|(?:models?|LLMs?|checkpoints?)\b)")  # 'Llama 3 8B'


def _sized_after_a_model_name(ctx: Context, quantity: Quantity) -> bool:
    """Whether a million-scale size with no noun of its own follows a model's name ('OPT 125M')."""
    before = _MODEL_NAME_BEFORE.search(ctx.before) if quantity.suffix == "M" and _NO_NOUN_AFTER.match(ctx.after) else None
    return bool(before) and before["name"] not in lexicon.NOT_NAMES and not context.HARDWARE.match(before["name"]) \
        and not names_a_dataset(ctx.text, before["name"], before.start("name"), end=quantity.end)


def _benchmark_score_of(ctx: Context):
    """'a HumanEval score of', 'GSM8K at': the benchmark a score right after is on, else None; no
    model or accelerator ('GPT-4 at 80%', 'H100 at 75%'), and no setting a method was run at
    ('against SparseGPT at 50% sparsity': a noun follows the number)."""
    found = _BENCHMARK_SCORE_OF.search(ctx.before)
    if not found or is_a_model_name(found["name"]) or found["name"] in lexicon.NOT_NAMES \
            or context.HARDWARE.match(found["name"]) or (found.group().rstrip().endswith(" at") and ctx.phrase):
        return None
    return found


def _listed_benchmark_then_by(before: str):
    """'... and BLEU by': a benchmark listed after a verb that changes scores, else None."""
    listed = _LISTED_BENCHMARK_THEN_BY.search(before)
    verb = _LAST_VERB_OF_SCORES.search(before, 0, listed.start()) if listed else None
    return listed if verb and verb["change"] else None


_SET_AGAINST_AT_END = regex.compile(rf"{context.SET_AGAINST_LEAD}\s+(?:\S+\s+)?$", regex.IGNORECASE)


def _whose_score_for(ctx: Context, benchmark) -> bool:
    """Whether 'for NAME' after a number says whose score it is, not what it is on: in
    '62% compared to 32% for RT-1', RT-1 is the model scoring 32%, and no benchmark of either."""
    return bool(_SET_AGAINST_AT_END.search(ctx.before) or _RISEN_TO_AT_END.search(ctx.before)) \
        or any(char.isdigit() for char in ctx.after[:benchmark.start()])


# The end of a change of a score: 'from 76.1% to 78.9% for ResNet-50' is ResNet-50's.
_RISEN_TO_AT_END = regex.compile(r"\bfrom\s+[\d.]+\s*%?\s+to\s+$")


_ITEM_OF_THE_SAME_VERB = regex.compile(
    rf"\s*,?\s*and\s+(?:(?:the|its|their)\s+)?(?P<object>\p{{Ll}}[\p{{Ll}}\-]*(?:\s+\p{{Ll}}[\p{{Ll}}\-]*){{0,2}})\s+by\s+{grammar.OPTIONAL_QUALIFIER}$")
# ... whose name has digits, which end the words the number owns: 'by 12.4% and NDCG@10 by 9.1%'.
_NEXT_NAMED_ITEM_BY = regex.compile(r"\s*,?\s*and\s+(?:[\p{L}\p{N}\-@]+\s+){1,5}by\s")
_NEXT_ITEM_BY = regex.compile(rf"\band\s+(?:[\p{{L}}\-]+\s+){{1,5}}by\s+{grammar.OPTIONAL_QUALIFIER}\$?$", regex.IGNORECASE)


# A benchmark named right after a score, before what the score measures: '84.5% ImageNet zero-shot
# accuracy', '71.3% MMLU accuracy'.
_BENCHMARK_THEN_ITS_MEASURE_AFTER = regex.compile(
    rf"(?:\s+(?:higher|better|greater|lower|worse))?(?:\s+[\p{{L}}\d]+-shot)?\s+(?P<name>{BENCHMARK_NAME})\s+(?:[\p{{Ll}}\d\-]+\s+){{0,2}}?"
    r"(?:accuracy|score|pass@\d+|success\s+rate|win\s+rate)\b")  # 'a 2.1% higher GSM8K score'
# A share of a measure of someone's: '90% quality of ChatGPT', '95% performance of the teacher'.
_MEASURE_OF_AFTER = regex.compile(r"\s+(?P<measure>\p{Ll}[\p{Ll}\-]*(?:\s+\p{Ll}[\p{Ll}\-]*)?)\s+of\s+")
_AT_K_OF_BEFORE = regex.compile(rf"\b(?P<metric>\p{{L}}+@\d+)\s+of\s+{grammar.OPTIONAL_QUALIFIER}\$?$")
_MEASURE_OF_BEFORE = regex.compile(rf"{_METRIC.pattern}\s+of\s+{grammar.OPTIONAL_QUALIFIER}\$?$", regex.IGNORECASE)


def accuracy_metric(ctx: Context, kind: str = "accuracy_delta") -> str:
    """A benchmark named after the number ('gains on MATH') or just before it ('improves MMLU
    by'), else a quality metric phrase ('average accuracy')."""
    in_brackets = _BENCHMARK_THEN_BRACKET.search(ctx.before)  # '85.2 on MMLU (+2.1)': the score's change
    if in_brackets:
        return in_brackets["name"]
    bracketed = _NAME_THEN_BRACKET.search(ctx.before[-40:])  # 'on MMLU (86.1%) and GSM8K (92.0%)'
    if bracketed and not is_a_model_name(bracketed["name"]) and bracketed["name"] not in lexicon.NOT_NAMES \
            and not context.HARDWARE.match(bracketed["name"]) and (
                _SCORES_ON_BEFORE.search(ctx.before) or _BENCHMARKS_INCLUDING_BEFORE.search(ctx.text, ctx.sentence[0], ctx.start)):
        return bracketed["name"]
    # 'on GSM8K by 4.2% and on MATH by 3.1%': a benchmark right before 'by' is this number's,
    # though the next number's follows.
    then_by = _BENCHMARK_THEN_BY.search(ctx.before) or _listed_benchmark_then_by(ctx.before)
    if then_by and not is_a_model_name(then_by["name"]) and then_by["name"] not in lexicon.NOT_NAMES:
        return then_by["name"]
    score = SCORE_AFTER.match(ctx.after)  # 'by 4.2% mAP'
    if score and score["metric"].split("@")[0] in _SCORE_UNITS:  # '67% pass@1 on HumanEval' is HumanEval's
        return score["metric"]
    named = _BENCHMARK_THEN_ITS_MEASURE_AFTER.match(ctx.after)  # '84.5% ImageNet zero-shot accuracy'
    if named and named["name"] not in lexicon.NOT_NAMES and not is_a_model_name(named["name"]) \
            and not context.HARDWARE.match(named["name"]):
        return named["name"]
    owned = _MEASURE_OF_AFTER.match(ctx.after)  # '90% quality of ChatGPT', '95% performance of the teacher'
    if owned and kind == "percentage" and not any(word in lexicon.FUNCTION_WORDS for word in owned["measure"].split()):
        return _as_metric(owned["measure"])
    benchmark = _BENCHMARK.search(ctx.after)  # not an accelerator: '35% utilization on the H100 GPU'
    if benchmark and _AND_AT_END.search(ctx.after, 0, benchmark.start()):
        benchmark = None  # 'from 28.5% to 37.1% and on HumanEval+ from ...' opens the next phrase
    if benchmark and benchmark.group().startswith("of") and _WITHIN_BEFORE.search(ctx.before):
        benchmark = None  # 'within 2 points of GPT-4' names a baseline
    if benchmark and benchmark.group().startswith("for") and _whose_score_for(ctx, benchmark):
        benchmark = None
    if benchmark and benchmark["name"] not in lexicon.NOT_NAMES and not context.HARDWARE.match(benchmark["name"]) \
            and not _MODEL_AFTER.match(ctx.after, benchmark.end("name")) and not is_a_model_name(benchmark["name"]):
        return benchmark["name"].rstrip(".")
    moves = _BENCHMARK_MOVES_BY.search(ctx.before)
    if moves and (context.is_generic(moves["name"]) or moves["name"].split("-")[0] in lexicon.NOT_NAMES):
        moves = None  # 'Accuracy improves by', 'Zero-shot accuracy improves by' name no benchmark
    before = _BENCHMARK_BEFORE.search(ctx.before) or _BENCHMARK_THEN_BY.search(ctx.before) or moves \
        or _MEASURED_ON_THEN_BY.search(ctx.before) or _ON_A_BENCHMARK_FROM.search(ctx.before) \
        or _benchmark_score_of(ctx) or (ctx.text[ctx.start] in "+-−↑↓" and _BENCHMARK_SIGNED.search(ctx.before))
    if before and not is_a_model_name(before["name"]):  # 'boosts the accuracy of Llama-3.1-8B by' is the model's
        return before["name"]
    opening = _OPENING_BENCHMARK.match(ctx.sentence_text) or _ON_A_BENCHMARK_THEN_ITS_CLAUSE.search(ctx.before[-100:])
    if opening and opening["name"] not in lexicon.NOT_NAMES and not context.HARDWARE.match(opening["name"]) \
            and not is_a_model_name(opening["name"]):  # 'On Llama-3-70B, ...' names the model measured
        return opening["name"]
    # 'increases click-through rate by 4.5% and watch time by 2.1%': the words between 'and' and
    # 'by' name the second item's measure, not the first's.
    item = _ITEM_OF_THE_SAME_VERB.match(ctx.own_clause) if ctx.changed_by else None
    if item and not any(word in lexicon.FUNCTION_WORDS for word in item["object"].split()) \
            and not _CHANGE_VERB.search(item["object"] + " "):  # 'and improves cluster utilization by' has a verb of its own
        return metric_near("", item["object"], kind) or _as_metric(item["object"])
    # 'reduced false positives by 5.7% and false negatives by 9.4%': the words up to the next
    # number name that one's measure, not this one's.
    after = "" if ctx.changed_by and (_NEXT_ITEM_BY.search(ctx.own_after) or _NEXT_NAMED_ITEM_BY.match(ctx.after)) else ctx.after
    # 'a sensitivity of 87.5% at 90% specificity': a measure right before 'of' is this number's,
    # whatever the next number's words name.
    measure_of = _MEASURE_OF_BEFORE.search(ctx.before[-60:])
    fitting = metric_near(measure_of["metric"], "", kind) if measure_of else ""
    if fitting:
        return fitting
    at_k_of = _AT_K_OF_BEFORE.search(ctx.before[-30:])  # 'a pass@10 of 85.1%'
    if at_k_of:
        return at_k_of["metric"]
    # 'improve win rate against the reference policy from 52% to 61%': what the verb changes,
    # however far before 'from'.
    risen_from = _object_of_change(ctx.verb_and_object, kind) if _FROM_BEFORE.search(ctx.before) else ""
    # 'a 15.2% improvement in helpfulness and a 9.8% reduction in toxicity': what a change is in is its measure.
    return _changed_in(ctx.after) or metric_near(after, ctx.before[-40:], kind) or risen_from \
        or (_changed_object(ctx) if ctx.changed_by else "") \
        or _measure_restated(ctx, kind) \
        or (_share_noun_after(ctx) if kind == "percentage" else "")  # 'improves click-through rate by 3.2%'


def _measure_restated(ctx: Context, kind: str) -> str:
    """The measure of the clause a change restates: 'reduces perplexity from 12.3 to 9.8 on
    WikiText-103, a 20% relative improvement' -> 'perplexity'. Not when the clause gives a score
    in percent: the change then takes that score's benchmark ('2.5% on LibriSpeech, a 12% relative
    reduction'), as the claims stage hands it on."""
    if not ctx.restated_clause or "%" in ctx.restated_clause:
        return ""
    return metric_near("", ctx.restated_clause, kind)


def _share_noun_after(ctx: Context) -> str:
    """The nouns a share is of, written right after it: 'contains 60% web text, 20% code'. Not a
    verb: 'GPT-4 (86%) leads', 'GPT-4 at 80% trails the human 92%', '3.8% achieved with'."""
    if not _PLAIN_WORD_AFTER.match(ctx.text, ctx.end):
        return ""
    words = _phrase_before_a_verb(ctx)
    if words and words[0] == "more":  # '12.2% more tasks' is of tasks
        words = words[1:]
    if not words or any(word.lower() in lexicon.FUNCTION_WORDS for word in words) or not words[0][0].islower() \
            or words[0].endswith(("ed", "er")):  # '40% shorter' is no noun either
        return ""
    if len(words) == 1 and _DETERMINER_AFTER.match(ctx.text, ctx.end + 1 + len(words[0])):
        return ""  # 'trails the human': a verb and its object
    if not (is_plural_noun(words[-1]) or words[-1].lower() in _MASS_NOUNS):
        return ""  # 'prunes 50% globally', '72% zero-shot', '5% remain'
    return context.as_written(ctx.text, ctx.end, words)


# Nouns of things shares are of that take no plural: '60% web text, 20% code', '95% success'.
_MASS_NOUNS = {"success", "code", "text", "math", "data", "speech", "audio", "video", "content", "coverage", "compute"}


_PLAIN_WORD_AFTER = regex.compile(r" \p{Ll}")
_DETERMINER_AFTER = regex.compile(r"\s+(?:the|a|an|our|its|their|all|most)\b")


# What a change after the number is in, when no known metric names it: 'a 0.5% lift in
# click-through rate'. A few words, up to where the phrase ends.
_CHANGE_IN_AFTER = regex.compile(
    r"\s*(?:\p{Ll}+\s+)?(?:increase|improvement|gain|boost|lift|rise|drop|decrease|reduction|decline)s?\s+in\s+(?:the\s+)?"
    rf"(?:{_NUMBER_OF}(?:the\s+)?)?"  # 'a 40% reduction in the number of sampling steps'
    r"(?P<what>[\p{L}\-@\d]+(?:\s+[\p{L}\-@\d]+){0,2}?)(?=\s*(?:[,;.:)]|$)|\s+(?:on|over|than|compared|for|with|and|across|while|when)\b)")


def _changed_in(after: str) -> str:
    found = _CHANGE_IN_AFTER.match(after)
    if not found or any(word.lower() in lexicon.FUNCTION_WORDS for word in found["what"].split()):
        return ""
    return _as_metric(found["what"])
