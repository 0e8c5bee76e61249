"""What surrounds a number: its sentence, clause, the words after it, names and baselines."""
from __future__ import annotations

import functools

import regex

from pipeline.extract.grammar import CONTRASTING_CLAUSE, OPTIONAL_QUALIFIER, QUALIFIER_PHRASE, SET_AGAINST_LEAD
from pipeline.extract.lexicon import ADJECTIVE_SUFFIXES, ARCHITECTURE_NAMES, MEASURE_WORDS, CLAUSE_VERBS, CLAUSE_VERBS_ING, ERROR_SCORE_NAMES, FUNCTION_WORDS, MEMORY_UNITS, HARDWARE_WORDS, MEASURE_NOUNS, NAME_PREFIXES, NOT_NAMES, NUMBER_WORDS, PRECISION_FORMATS, PRONOUNS, SCALED_NUMBER_WORDS, SCORE_NAMES, SIZE_TIER_NAMES
from pipeline.extract.precision import WEIGHT_ACTIVATION_WIDTHS

# A format is no name, nor are widths of weights and activations ('W4A16', 'W8A8KV4').
_FORMAT_WORD = regex.compile(
    "(?i:" + "|".join(sorted(map(regex.escape, PRECISION_FORMATS), key=len, reverse=True)) + r")(?:-\w+)?$")
HARDWARE = regex.compile(HARDWARE_WORDS)
_ADVERB = regex.compile(r"^\p{Lu}\p{Ll}+(?:ly|ing|ed)$")  # 'Notably', title verbs ('Scaling', 'Distilling'), 'Trained'
# Names given as examples are not what a sentence is about: '(e.g., Social Sciences)'.
# Every item of a list of examples is one: 'including Gemini Pro and GPT-4V'. Read backwards,
# and only where one of its words occurs.
_EXAMPLE_WORDS = ("e.g", "i.e", "such", "like", "including")
_EXAMPLE_LEAD = regex.compile(
    r"(?r)(?:e\.g\.,?|i\.e\.,?|such\s+as|like|including)\s*"
    r"(?:\p{Lu}[\p{L}\p{N}\-.]*(?:\s+[\p{Lu}\d][\p{L}\p{N}\-.]*)*\s*,?\s+(?:(?:and|or)\s+)?){0,4}\Z")

# A sentence ends at . ! ? before a capital, digit or bracket, unless the dot ends an abbreviation;
# or before a capitalized word with no space, as text copied from a PDF may run ('175B.We train').
_GLUED_SENTENCE_START = r"(?=\p{Lu}\p{Ll}+\s)"
_SENTENCE_END = regex.compile(rf"[.!?](?=\s+[\p{{Lu}}\d(\[])|(?<=[\p{{L}}\p{{N}}]{{2}})[.!?]{_GLUED_SENTENCE_START}")
_ABBREVIATIONS = ("e.g", "i.e", "vs", "et al", "etc", "Fig", "cf", "approx", "resp", "No", "avg", "Eq", "Sec", "Tab")

# URLs, domains and arXiv ids hold digits that are never claims; they are blanked before
# scanning. Each is its own pattern led by a literal, which the regex engine finds fast: one
# alternation of them all is tried at every position and cost more than the rest of extraction.
_LINKS = [regex.compile(r"https?://\S+", regex.IGNORECASE), regex.compile(r"www\.\S+", regex.IGNORECASE)]
_ARXIV_ID = regex.compile(r"\b\d{4}\.\d{4,5}(?:v\d+)?\b")  # bare or after 'arXiv:'
_DOMAIN_END = regex.compile(r"\.(?:com|org|io|ai|net)\b(?:/\S*)?", regex.IGNORECASE)  # found first, then
_DOMAIN_NAME_BEFORE = regex.compile(r"(?r)[\w.\-]*")                                    # widened left


def _domain_start(text: str, end_of_name: int) -> int:
    """Where the dotted name before a top-level domain starts: 'huggingface' of 'huggingface.com'."""
    start = _DOMAIN_NAME_BEFORE.match(text, 0, end_of_name).start()
    while start < end_of_name and not (text[start].isalnum() or text[start] == "_"):
        start += 1
    return start


def non_prose_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every link, bare domain and arXiv id; they may overlap."""
    spans = [match.span() for pattern in (*_LINKS, _ARXIV_ID) for match in pattern.finditer(text)]
    for match in _DOMAIN_END.finditer(text):
        start = _domain_start(text, match.start())
        if start < match.start():
            spans.append((start, match.end()))
    return spans


def blank_non_prose(text: str) -> str:
    """The text with links and ids replaced by spaces of equal length, so offsets stay put."""
    spans = non_prose_spans(text)
    if not spans:
        return text
    characters = list(text)
    for start, end in spans:
        characters[start:end] = " " * (end - start)
    return "".join(characters)


# LaTeX markup that only sets how words look, read as spaces of its length: a '$' with a space on
# one side, which opens or closes math between words (one glued on both sides stays, since a space
# there would split what the grammar reads as one: '$128$K', '$4$-bit', '3$\times$'); a style
# command and its brace ('\textbf{', '{\em ', whose closing brace the grammar reads through); a
# citation; a tie between words ('3~trillion tokens', 'Fig.~3'; a '~' after a space is 'about');
# the backslash of a spaced abbreviation ('avg.\ 4.7').
_LATEX_MARKUP = regex.compile(
    r"(?<!\S)\$|\$(?!\S)"
    r"|(?<![\d.])\\(?:text(?:bf|it|sc|tt|rm|sf)|emph|underline|math(?:bf|rm|it|sf|tt)|boldsymbol|bm|num)\{|\{\\(?:em|bf|it|sc|tt)\s"  # not '1.4\mathrm{T}'; siunitx '\num{1.5}'
    r"|~?\\cite[tp]?\*?\{[^{}]*\}"
    r"|(?<=\S)~(?=\p{L})|(?<=\p{L}\.?)~(?=\d)|(?<=\.)\\(?=\s)")


def as_prose(text: str) -> str:
    """The text with LaTeX markup blanked, so offsets stay put: 'by $3.1\\%$', 'by \\textbf{12.3\\%}'
    and '$+2.4$ mIoU' read as 'by 3.1%' and '+2.4 mIoU' do, and 'vLLM~\\citep{kwon2023}' as 'vLLM'."""
    if "$" not in text and "\\" not in text and "~" not in text:
        return text
    return _LATEX_MARKUP.sub(lambda markup: " " * len(markup.group()), text)


def in_the_original(original: str, prose: str, words: str) -> str:
    """Words read from `as_prose(original)` as the original writes them: a baseline 'a dense  70$B
    model' is 'a dense $70$B model' there. Words that are no slice of the prose stay as they are."""
    at = prose.find(words) if words else -1
    return original[at:at + len(words)] if at >= 0 else words


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence."""
    bounds, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        if text[max(0, end.start() - 6): end.start()].endswith(_ABBREVIATIONS):
            continue
        bounds.append((start, end.end()))
        start = end.end()
    bounds.append((start, len(text)))
    return bounds


_LONG_WORD = regex.compile(r"\b\p{L}{4,}\b")


def is_title_case(text: str) -> bool:
    """Whether most longer words start with a capital, as in titles ('Scaling Laws for Neural
    Language Models'). The start of a text tells, so an abstract costs no full scan."""
    words = _LONG_WORD.findall(text[:300])
    return len(words) >= 3 and sum(word[0].isupper() for word in words) >= 0.7 * len(words)


def sentence_of(bounds, position: int) -> tuple[int, int]:
    for start, end in bounds:
        if start <= position < end or position == end:
            return start, end
    return bounds[-1]


# A word starts with a letter ('GPUs', 'A100') or is digits glued to letters ('48GB');
# a bare number or punctuation ends the words after a number. A compound hyphened around a
# function word is one word ('state-of-the-art', 'mixture-of-experts', 'end-to-end'), so its
# 'of' or 'to' does not end a noun phrase.
_COMPOUND_TAIL = r"(?:(?:-(?:of|the|to|in|on|and|for|by|a))+-\p{L}+(?:-\p{L}+)*)?"
_WORD = regex.compile(rf"[\p{{L}}][\p{{L}}\p{{N}}'/]*{_COMPOUND_TAIL}|[\p{{N}}.]+\p{{L}}[\p{{L}}\p{{N}}]*|[\p{{N}}]+|[()\[\],;.:!?]")


# A scale spelled out and then abbreviated: '7 billion (B) parameters'.
_ABBREVIATION_IN_BRACKETS = regex.compile(r"\s*\(\p{Lu}{1,2}\)")


def words_after(text: str, position: int, limit: int = 6) -> list[str]:
    """Up to `limit` words after `position` in the same clause, as written; hyphens split words."""
    abbreviation = _ABBREVIATION_IN_BRACKETS.match(text, position)
    if abbreviation:
        position = abbreviation.end()
    words = []
    for index, token in enumerate(_WORD.finditer(text, position, min(len(text), position + 120))):
        word = token.group()
        if index == 0 and word in ")]":  # '(active 12 billion) parameter': the noun is past the bracket
            continue
        if not word[-1].isalpha() and not word[0].isalpha():
            break
        words.append(word)
        if len(words) == limit:
            break
    return words


def as_written(text: str, position: int, words: list[str]) -> str:
    """The text from the first of `words` to the last as it stands after `position`, so a
    phrase keeps its hyphens ('text-based tasks', which words_after splits); '' if no words."""
    if not words:
        return ""
    start = end = text.find(words[0], position)
    for word in words:
        end = text.find(word, end) + len(word)
    return text[start:end]


def noun_phrase(words: list[str], limit: int = 4) -> list[str]:
    """The words up to the first function word: 'popular video games'."""
    phrase = []
    for word in words:
        if word.lower() in FUNCTION_WORDS:
            break
        phrase.append(word)
    return phrase[:limit]


def clause_before(text: str, position: int, sentence_start: int, width: int = 80) -> str:
    """Text before `position` back to the clause start (, ; :) or `width` characters."""
    start = max(sentence_start, position - width)
    before = text[start:position]
    cut = max(before.rfind(";"), before.rfind(":"))
    return before[cut + 1:] if cut >= 0 else before


# A clause ends at punctuation or where a new verb phrase starts: '4x and improves decoding
# throughput' (not at 'and' before a number or adjective: '2.2x and 7.5x', 'and lower latency'),
# or a condition: '3.25x when using high-end GPUs and 4.5x when using more cost-effective ones'.
_CLAUSE_STOP = regex.compile(
    rf"[,;:]|\.\s|\s(?:while|whereas|but|which|when)\b|\sand\s+(?:\p{{Ll}}+ed|{'|'.join(CLAUSE_VERBS + CLAUSE_VERBS_ING)})\b")


def clause_after(text: str, position: int, sentence_end: int, width: int = 80) -> str:
    after = text[position:min(sentence_end, position + width)]
    stop = _CLAUSE_STOP.search(after)
    return after[: stop.start()] if stop else after


# A model or system name: capitalized words, digits, versions: 'Nemotron 3 Super',
# 'Nemotron-H-47B-Base', 'GPT-OSS-120B', 'Llama 3.1', 'Mistral NeMo'.
# A name word starts with a capital ('Llama'), or is lower case glued to a digit ('llama-13b')
# or one or two lower-case letters before a capital ('vLLM', 'xFormers', 'mT5').
_NAME_WORD = r"(?:\p{Lu}[\p{L}\p{N}]*|(?!sub-|\p{Greek})(?:\p{Ll}+-?\d|\p{Ll}{1,2}\p{Lu})[\p{L}\p{N}]*)(?:[\-.@][\p{L}\p{N}]+|/\d+(?![\p{L}\p{N}.]))*(?:\+\+|[+#])?"  # 'MBPP+', 'QuIP#', 'Pass@1', 'ViT-L/14'
_VERSION = r"(?:\d+(?:\.\d+)?|[vV]\d+(?:\.\d+)?)(?!\.?[\p{L}\p{N}%×]|-\p{L})"  # not the '8' of 'GPT 8.3B', the '5' of 'MMLU 5-shot'
NAME_PHRASE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}\-.])(?:{_NAME_WORD})(?:\s(?:{_NAME_WORD}|{_VERSION})|\sof\s(?=\p{{Lu}}\p{{Ll}}+\b(?!\s\p{{Lu}}))(?:{_NAME_WORD}))*"  # 'Tree of Thoughts', not a title's 'Finetuning of Quantized LLMs'
)


# Where a name phrase can start: a capital, or a lower-case word glued to a digit ('llama-13b')
# or to a capital ('vLLM'), found from that digit or capital. Trying NAME_PHRASE only there
# finds what finditer finds (a test checks), several times faster, since the lower-case branch
# is otherwise tried at every word.
_CAPITAL = regex.compile(r"\p{Lu}")
_GLUED_TO_LOWER = regex.compile(r"(?<=\p{Ll}-?)\d|(?<=(?<!\p{Ll})\p{Ll}{1,2})\p{Lu}")
_LOWER_RUN_BEFORE = regex.compile(r"(?r)\p{Ll}+-?")  # (?r): anchored where it ends


def _lower_word_start(text: str, digit: int) -> int:
    """Start of the run of lower-case letters (and the hyphen) just before a digit."""
    return _LOWER_RUN_BEFORE.match(text, 0, digit).start()


def name_phrases(text: str, start: int, end: int) -> list:
    """The matches of NAME_PHRASE.finditer(text, start, end), trying it only where a name can start."""
    candidates = {match.start() for match in _CAPITAL.finditer(text, start, end)}
    candidates.update(max(start, _lower_word_start(text, match.start()))
                      for match in _GLUED_TO_LOWER.finditer(text, start, end))
    matches, covered = [], start
    for candidate in sorted(candidates):
        if candidate < covered:
            continue
        match = NAME_PHRASE.match(text, candidate, end)
        if match:
            matches.append(match)
            covered = match.end()
    return matches


_VERSION_WORD = regex.compile(r"[vV]\d+(?:\.\d+)*$")  # 'v0.1' alone is a version, not a name
_HYPHENED_ADJECTIVE = rf"(?:[\p{{L}}\p{{N}}]+-)+(?:{'|'.join(ADJECTIVE_SUFFIXES)})"  # 'Transformer-based'
_DESCRIPTIVE = regex.compile(rf"{_HYPHENED_ADJECTIVE}$|{MEASURE_WORDS}$")
# A Title Case adjective alone is no name ('Outlier-Free 4-Bit Inference'), though it may open
# one ('Quantization-Aware Distillation').
_TITLE_CASE_ADJECTIVE = regex.compile(_HYPHENED_ADJECTIVE, regex.IGNORECASE)


_HYPHENED_GERUND = regex.compile(r"\p{Lu}\p{Ll}*-\p{Ll}+ing$|(?:Fine|Pre|Post|Mid|Self|Re|Co)-\p{Lu}\p{Ll}+ing$")  # 'Fine-tuning', 'Pre-training': an activity


_SCORE_WORDS = frozenset(SCORE_NAMES + ERROR_SCORE_NAMES)
_ARCHITECTURES = frozenset(name.lower() for name in ARCHITECTURE_NAMES)  # 'SSM-transformer' as 'Mamba-Transformer'


@functools.lru_cache(maxsize=16384)  # asked of every capitalized word; a corpus repeats its words
def is_generic(word: str) -> bool:
    """A word that is no name on its own: 'We', 'LLMs', 'Mamba-Transformer', 'FP8-based', 'Crucially',
    'Transformer-based', 'top-1', 'TFLOPs', a measure ('Perplexity', 'AUROC', 'BLEU', 'TM-score')."""
    parts = word.split("-")
    return word in NOT_NAMES or word in MEMORY_UNITS or all(part in NOT_NAMES for part in parts) \
        or word.lower() in NUMBER_WORDS or word.lower() in SCALED_NUMBER_WORDS \
        or (len(parts) > 1 and all(part in NOT_NAMES or part.lower() in _ARCHITECTURES for part in parts)) \
        or bool(_FORMAT_WORD.match(word)) or bool(WEIGHT_ACTIVATION_WIDTHS.fullmatch(word)) \
        or bool(_ADVERB.match(word)) or bool(_DESCRIPTIVE.match(word)) \
        or bool(_VERSION_WORD.match(word)) or word.lower() in MEASURE_NOUNS \
        or bool(_HYPHENED_GERUND.match(word)) or word in _SCORE_WORDS \
        or word.lower().endswith("score")  # 'TM-score', 'F1-score', 'CLIPScore'


_NON_SPACE = regex.compile(r"\S+")
_PLAIN_WORD = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)*$")  # 'Compute-Optimal', 'Mixture-of-Experts'


def clean_name(phrase: str) -> str:
    """The phrase without leading sentence words ('We', 'The') and generic acronyms; '' if none
    left. The rest keeps its spacing as written, so it is still a slice of the text."""
    words = phrase.split()
    dropped = 0
    while dropped < len(words) and (is_generic(words[dropped]) or not any(char.isalpha() for char in words[dropped])):
        if words[dropped] in NAME_PREFIXES and dropped + 1 < len(words) and not is_generic(words[dropped + 1]):
            break
        if words[dropped + 1:dropped + 2] == ["of"]:  # 'Mixture of Depths' is whole, or all generic
            break
        dropped += 1
    if dropped == len(words) or all(is_generic(word) for word in words[dropped:]):
        return ""
    if len(words) - dropped >= 3 and all(_PLAIN_WORD.match(word) for word in words[dropped:]):
        return ""  # Title Case prose ('Parameter Model Trained'), not a name, which has digits or acronyms
    name = phrase if dropped == 0 else phrase[list(_NON_SPACE.finditer(phrase))[dropped].start():]
    words = [match.span() for match in _NON_SPACE.finditer(name)]
    while len(words) > 1 and _DESCRIPTIVE.match(name, *words[-1]):  # 'ImageNet top-1' -> 'ImageNet'
        words.pop()
    name = name[:words[-1][1]]
    # A single letter is no name: it is the scale of a LaTeX number ('$1$M tokens').
    return "" if len(name) < 2 or HARDWARE.search(name) or _TITLE_CASE_ADJECTIVE.fullmatch(name) \
        or _QUANTIZATION_TYPE.fullmatch(name) else name


# llama.cpp's quantization types are formats, no models: 'Q4_K_M and Q8_0 checkpoints', 'IQ2_XS'.
_QUANTIZATION_TYPE = regex.compile(r"I?Q\d{1,2}(?:_[A-Z0-9]+)*")


# A name followed by a verb is the subject of its own clause, even after 'e.g.':
# '(e.g., phi-3-mini achieves 69% on MMLU)'.
_VERB_AFTER = regex.compile(  # its own verb, perhaps in a relative clause: 'GPT-4, which achieves 80%'
    r"(?:,?\s+(?:which|who|that))?\s+(?:achieves|achieved|reaches|reached|scores|scored|obtains|attains|outperforms|surpasses|matches"
    r"|is|was|has|runs|uses|requires|needs)\b")


def has_a_verb_after(text: str, end: int) -> bool:
    """Whether a verb follows the name ending at `end`: it is the subject of its own clause."""
    return bool(_VERB_AFTER.match(text, end))


# A name followed by one of these names a benchmark or data, not a model: 'on the Vicuna
# benchmark', 'an MMLU-Pro accuracy of 62.58%'; or a part of a model: 'with Mamba-2 layers'.
# 'GPT-4 scores 86.4%' is a model and its verb.
_DATA_NOUN_AFTER = regex.compile(
    r"\s+(?:(?:benchmark|dataset|data\s+set|corpus|leaderboard|test\s+set|suite|accuracy|perplexity|layer|block)s?\b"
    r"|score\b|scores\b(?!\s+(?:(?:an?|over|only|just|around|about|nearly|roughly|up\s+to)\s+)*[\d$<>~≈+\-]))",
    regex.IGNORECASE)


# What a model is trained on is data, unless the outputs of a model are meant ('distilled on
# Llama-2-70B outputs').
_TRAINED_ON_BEFORE = regex.compile(
    r"(?r)\b(?:pre-?train|train|distill|fine-?tun)\w*\s+(?:[\p{L}\-]+\s+){0,2}?on\s+(?:the\s+)?\Z", regex.IGNORECASE)
_OUTPUTS_AFTER = regex.compile(r"\s+(?:outputs?|generations?|responses?|completions?|traces?)\b", regex.IGNORECASE)


def trained_on(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is what something is trained on: 'pre-trained on JFT-300M'."""
    return bool(_TRAINED_ON_BEFORE.search(text, max(0, start - 50), start)) and not _OUTPUTS_AFTER.match(text, end)


def _named(text: str, match) -> tuple[bool, tuple[int, int, str] | None]:
    """(given as an example or naming data, (start, end, name) or None) of one NAME_PHRASE match."""
    name = clean_name(match.group())
    if not name:  # most capitalized words are no names ('We', 'The'): no need to read around them
        return False, None
    window = text[max(0, match.start() - 80):match.start()]
    example = any(lead in window for lead in _EXAMPLE_WORDS) and bool(_EXAMPLE_LEAD.search(window)) \
        and not has_a_verb_after(text, match.end())
    example = example or bool(_DATA_NOUN_AFTER.match(text, match.end())) or trained_on(text, match.start(), match.end())
    offset = match.start() + match.group().index(name)
    return example, (offset, offset + len(name), name)


def names_in(text: str, start: int, end: int, examples: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, name) of every name phrase in text[start:end]; names given as examples
    ('such as X', 'e.g., X') or naming data ('the Vicuna benchmark') only if `examples`."""
    named = (_named(text, match) for match in name_phrases(text, start, end))
    return [name for example, name in named if name and (examples or not example)]


class SentenceNames:
    """names_in for ranges that start where a sentence starts, scanning each sentence once.

    Every claim asks for the names before it in its sentence, so a sentence is asked many
    times with different ends. A phrase that ends before `end` is found alike by the whole
    sentence's scan and by a scan cut at `end` (an end is where a claim starts, never glued
    to a name), so only a phrase running over `end` is scanned again, cut there."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]):
        self.text = text
        self._sentence_end = dict(sentences)
        self._phrases: dict[int, tuple[int, list]] = {}

    def _sentence_phrases(self, start: int) -> tuple[int, list]:
        if start not in self._phrases:
            sentence_end = self._sentence_end.get(start, start)  # not a sentence start: no cache
            phrases = [(match.start(), match.end(), *_named(self.text, match))
                       for match in name_phrases(self.text, start, sentence_end)]
            self._phrases[start] = (sentence_end, phrases)
        return self._phrases[start]

    def names_in(self, start: int, end: int, examples: bool = False) -> list[tuple[int, int, str]]:
        sentence_end, phrases = self._sentence_phrases(start)
        if end > sentence_end:
            return names_in(self.text, start, end, examples)
        found = []
        for phrase_start, phrase_end, example, name in phrases:
            if phrase_start >= end:
                break
            if phrase_end > end:
                return found + names_in(self.text, phrase_start, end, examples)
            if name and (examples or not example):
                found.append(name)
        return found


_LAST_WORD = regex.compile(r"(?<![\p{L}\-])(\p{Lu}\p{Ll}+)$")


def name_directly_before(sentence_names: SentenceNames, position: int, sentence_start: int) -> str:
    """The name that ends just before `position` ('Llama 3.1' + ' 8B', 'Nano' + ' (8B)', 'Llama 2' + '-70B')."""
    before = sentence_names.text[sentence_start:position]
    # 'Llama 2' + '-70B': a size hyphened to a version
    stripped = before[:-1] if before[-2:-1].isdigit() and before.endswith("-") else before.rstrip(" (")
    if len(before) - len(stripped) > 2 or not stripped:
        return ""
    names = sentence_names.names_in(sentence_start, sentence_start + len(stripped), examples=True)
    if names and names[-1][1] == sentence_start + len(stripped):
        return names[-1][2]
    tier = _LAST_WORD.search(stripped)  # 'Nano (8B)', 'Super (49B)'
    if tier and tier.group(1) in SIZE_TIER_NAMES:
        return tier.group(1)
    return ""


# 'of' after 'within' and a number names a baseline: 'within 2 points of X'. The 'of' comes
# before its lookbehind, since a lookbehind tried at every position is slow.
# After a verb of beating or 'than', a number with a scale before a noun names models: 'outperforms
# 7B baselines', 'faster than 70B models'; after 'over' or 'above' it stays a bound ('over 7B parameters').
_SIZED_MODELS = (r"(?<=(?:outperform\w*|surpass\w*|beat\w*|than|vs\.?|versus)\s+)\d+(?:\.\d+)?[BM][\s\-]+"
                 r"(?!(?:tokens?|param(?:eter)?s?)\b)\p{L}")  # 'than 16K tokens' is a bound
# 'over four weeks', 'over a year': a span of time, no baseline.
_A_SPAN_OF_TIME = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|the\s+(?:past|last|next)(?:\s+\w+)?)\s+"
                   r"(?:hours?|days?|weeks?|months?|years?|decades?|epochs?|rounds?|iterations?)\b")
# A name may open with its dimensions or a digit: 'over 3DGS', 'than 3D-UNet', 'against 2D-TAN'.
_DIMENSIONED_NAME = r"\d[dD](?:\p{Lu}|-\p{L})|\d+\p{Lu}\d+\p{Lu}"  # and schedules: 'over 1F1B'
COMPARATOR_LEAD = regex.compile(
    r"""\b(?:compared\s+(?:to|with|against)|relative\s+to|as\s+(?!well\b)\p{L}+\s+as|than(?<!\b(?:less|more|fewer|rather|other)\s+than)
        |than(?<=(?:\d\s?(?:x|×|%)|\btimes|\$|\bmagnitude)\s+(?:fewer|less|more)\s+than)   # '40x fewer than X', 'an order of magnitude less than X'
        |vs\.?|versus|over|above|against
        |in\s+comparison\s+(?:to|with)|improv(?:es|ed|ing)\s+(?:on|upon)|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?
        |beat(?:s|ing)?|preferred\s+(?:to|over)|behind|trail(?:s|ed|ing)?|lag(?:s|ged|ging)?(?:\s+behind)?|short\s+of|of(?<=\bwithin\s+\S*\d[^,;]{0,20}of))\s++
        (?!(?!""" + _SIZED_MODELS + "|" + _DIMENSIONED_NAME + r""")[\d+\-−~<>$]|""" + _A_SPAN_OF_TIME + r""")""",
    regex.IGNORECASE | regex.VERBOSE,
)


# A measure opening a clause of its own after 'and': 'than BF16 and accuracy on GSM8K improves'.
_A_MEASURE_OPENS = r"and\s+(?=(?:accuracy|throughput|latency|memory|performance|quality|speed|cost|perplexity)\s+(?:on|of|in|is|are|drops|improves|rises|falls)\b)"


# Where a phrase may end: brackets (tracked, so '(e.g., X)' stays whole), clause punctuation,
# or a word that starts a new clause ('while', 'with', 'when', 'and improves').
_PHRASE_STOP = regex.compile(
    r"""(?P<open>[(\[]) | (?P<close>[)\]]) | [,;:] | \.(?:(?=\s|$)|""" + _GLUED_SENTENCE_START + r""")
      | \s(?:while|whereas|but|yet|which|with|by|in|on|at|for|across|when|where|if|although|though|because|since
            |after|before|during                     # 'over its LLM backbone after multimodal training'
            |under(?=\s+(?:the|a|an|same|identical|equal|matched|comparable)\b)   # 'of vLLM under the same SLO'
            |from(?=\s+[$~≈<>]?\d)                   # 'against the SFT model from 50% to 72.5%'
            |to(?=\s+(?:reach|achieve|match|attain|obtain|get)\b)   # 'than AdamW to reach the same loss'
            |(?:[\p{Ll}\-]{2,}(?<!e)ed|built|run|made|grown)(?=\s+(?:on|with|using|from)\s)   # 'than Llama 3.1 8B trained on the same data', not 'speed on'
            |without(?=\s+(?:any\s+|a\s+|much\s+)?(?:\p{Ll}+ing|loss|degradation|drop|compromis\w*|accuracy)\b)  # 'over X without sacrificing accuracy', not 'over training without RLHF'
            |""" + _A_MEASURE_OPENS + r"""   # 'than BF16 and accuracy on GSM8K improves'
            |and\s+(?:is|are|a|an|can|could|will|would|may|might|must|should|also|only|just|within
                     |\p{Ll}+(?:s|ed)(?!\s+by\b|\s*[,;)]))\b)\b   # a verb, not a name: 'and xformers by 4.5x'
      """,
    regex.VERBOSE,
)


# After 'and', a few words and 'by' with no verb of their own go on with the verb before:
# 'reduces optimizer memory by 82.5% and total training memory by 63.3%'; not 'and training
# speed increased by 35%', whose own verb stands before 'by'.
SAME_VERB_AND_BY = (r"(?!\p{Ll}+s\s|(?:improv|increas|boost|rais|enhanc|lift|reduc|cutt|lower|decreas|accelerat|speed)\w*ing\s)"
                    r"(?:[\p{L}\-]+\s+){1,5}(?<!\b\p{Ll}+ed\s+)by\s+")  # not 'and increasing throughput by'


# A verb of beating a baseline: 'outperforms', 'surpassing', 'beats', 'exceeded'.
BEATING_VERB = r"\b(?:outperform|surpass|beat|exceed)\w*"

# The rest of a list of names after its first item: ', Hugging Face Accelerate, and FlexGen'.
LIST_NAME = r"\p{Lu}[\p{L}\p{N}\-.]*(?:\s+\p{Lu}[\p{L}\p{N}\-.]*|\s+\d+(?:\.\d+)?\b)*"
_REST_OF_A_NAME_LIST = regex.compile(rf"(?:\s*,\s*{LIST_NAME})*\s*,?\s+(?:and|or)\s+{LIST_NAME}")


_TRAILING_CONJUNCTION = regex.compile(r"(?:\s+(?:and|or))+\Z")


# A bracket opening with a number holds scores or a measure of the baseline, no part of its name:
# 'the full precision (69.48 vs. 72.41)', 'RT-2-X (55B)', 'our offloading system (5.6 s/token)';
# so does one opening with a test's statistics: 'a control group (p < 0.001)'.
_SCORES_IN_BRACKETS = regex.compile(r"\s*(?:[+\-−~≈]?\d|[pnrdtF]\s*[<=>≤≥])")


def phrase_until_clause_end(text: str, start: int, end: int) -> str:
    """Text from `start` to the first clause end outside brackets, without a conjunction left
    dangling before it ('over LoRA and by 1.6 points': 'LoRA') or the closing brace of a LaTeX
    command blanked before it ('than \\texttt{vLLM}': 'vLLM')."""
    phrase = _phrase_until_clause_end(text, start, end)
    if phrase.endswith("}") and "{" not in phrase:
        phrase = phrase[:-1].rstrip()
    return _TRAILING_CONJUNCTION.sub("", phrase) if phrase.endswith(("and", "or")) else phrase


def _phrase_until_clause_end(text: str, start: int, end: int) -> str:
    """Text from `start` to the first clause end outside brackets; a comma that goes on with a
    list of names ('DeepSpeed, Hugging Face Accelerate, and FlexGen') ends no clause, unless
    the clause goes on past the list ('X, and Y and Z achieve ...' starts a clause at Y)."""
    depth, list_end, opened_at = 0, start, end
    for stop in _PHRASE_STOP.finditer(text, start, end):
        if stop.start() < list_end:
            continue
        if depth == 0 and stop.group() == ",":
            rest = _REST_OF_A_NAME_LIST.match(text, stop.start(), end)
            if rest and text[start:stop.start()].strip() and _ends_a_phrase(text, rest.end(), end):
                list_end = rest.end()
                continue
        if stop["open"] and depth == 0 and _SCORES_IN_BRACKETS.match(text, stop.end()):
            return text[start:stop.start()].strip()  # 'the full precision (69.48 vs. 72.41)'
        if stop["open"]:
            opened_at = stop.start() if depth == 0 else opened_at
            depth += 1
        elif stop["close"]:
            if depth == 0:  # the claim itself was in brackets: '(5x faster than X)'
                return text[start:stop.start()].strip()
            depth -= 1
        elif depth == 0:
            return text[start:stop.start()].strip()
    # A bracket still open at `end` holds the next claim: 'X (47 points)' gives 'X'.
    return text[start:opened_at if depth else end].strip()


def _ends_a_phrase(text: str, position: int, end: int) -> bool:
    """Whether the phrase ends at `position`: at `end` or a stop, with only spaces between."""
    return not text[position:end].strip() or bool(_PHRASE_STOP.match(text, position))


# 'by' and what may stand before the next claim's number: 'surpassing X by (an absolute) '.
_BY_BEFORE_A_NUMBER = regex.compile(
    rf"(?:\s+(?:and|or))?\s+by\s+(?:an?\s+)?(?:(?:absolute|relative|average)\s+)?{OPTIONAL_QUALIFIER}")


_DIGIT = regex.compile(r"\d")
# A ratio of another's measure names that one right after: '2.4x the speed of the dense model',
# '3x the throughput of vLLM'.
_THE_MEASURE_OF = regex.compile(r"\s+the\s+(?:[\p{L}\-]+\s+){0,2}(?i:speed|throughput|performance|efficiency|goodput|rate|tokens\s+per\s+second)\s+of\s+")  # 'the Goodput of' in a title


def comparator_after(text: str, position: int, sentence_end: int) -> tuple[str, int]:
    """(baseline phrase, its end) of the first 'compared to X' / 'than X' after a claim, or ('', -1).
    Stops at `sentence_end`, which the caller sets to the next claim so one baseline is not read twice;
    'outperforming X by' right before that next claim is its baseline ('2.9 points, surpassing X by 19.1')."""
    lead = _THE_MEASURE_OF.match(text, position, sentence_end) \
        or COMPARATOR_LEAD.search(text, position, min(sentence_end, position + 120))
    if not lead or (lead.group().startswith("of") and _DIGIT.search(text, position, lead.start())):
        return "", -1  # 'within 1% of the original model' is the baseline of that later number
    if _OUTPERFORM.match(lead.group()) and _CLAUSE_OF_ITS_OWN.search(text, position, lead.start()):
        return "", -1  # 'reducing model size by 5x while matching or exceeding GPT-4': another comparison
    participle = _PARTICIPLE_OF_A_BASELINE.match(text, lead.end(), sentence_end)
    start = participle.end() if participle else lead.end()  # 'than reported for vLLM', 'than needed by prior work': whose it was
    phrase = phrase_until_clause_end(text, start, sentence_end)
    phrase_end = start + len(phrase)
    if _OUTPERFORM.match(lead.group()) and _BY_BEFORE_A_NUMBER.fullmatch(text, phrase_end, sentence_end):
        return "", -1
    if phrase.startswith("with "):  # 'as fast as with the baseline optimizer'
        phrase = phrase[len("with "):]
    if phrase.lower() in PRONOUNS or _CLAUSE_AS_BASELINE.match(phrase) or _A_SETTING_OPENS.match(phrase):
        return "", -1  # '40x fewer than were used to pretrain the teacher': a clause, no baseline's name
    return phrase, phrase_end


# A verb of beating with no object goes on to the size or setting of the change: 'lags by 6.2
# points', 'outperforms on MMLU by 3 points' name no baseline.
_A_SETTING_OPENS = regex.compile(r"(?:by|on|in|at|for|across|during|within|under)\b")
# 'than were used', 'than is needed', 'than needed to': a clause after 'than' names no baseline;
# 'than needed by prior work', 'than reported for vLLM': the participle stands before whose it was.
_BASELINE_PARTICIPLE = r"needed|required|used|reported"
_CLAUSE_AS_BASELINE = regex.compile(rf"(?:were|was|is|are|{_BASELINE_PARTICIPLE}|necessary|expected)\b")
_PARTICIPLE_OF_A_BASELINE = regex.compile(rf"(?:{_BASELINE_PARTICIPLE}|achieved|obtained)\s+(?:by|for|in|with)\s+")


# 'outperforms X by', or with the benchmark between: 'outperforms X and Y on AIME 2024 by'.
_BY_OR_WITH = regex.compile(r"(?:\s*\([^()]*\))?(?:\s+(?:on|in|across)\s+[^,;.]{1,40}?)?(?:\s+(?:and|or))?\s+(?:by|with)\b")  # 'RT-2-X (55B) by'
_OUTPERFORM = regex.compile(r"^(?:outperform|surpass|exceed|beat|improv)", regex.IGNORECASE)
_CLAUSE_OF_ITS_OWN = regex.compile(rf"{CONTRASTING_CLAUSE}|\bbut\b")
_AND_A_MEASURE = regex.compile(rf"\b{_A_MEASURE_OPENS}")


# The verb left out before a second baseline: 'surpassing X by 19.1 points and Y by 25.0 points'.
_GAPPED_BASELINE = regex.compile(
    rf"(?r)\band\s+(?P<name>{LIST_NAME})\s+by\s+(?:an?\s+)?(?:(?:absolute|relative)\s+)?{OPTIONAL_QUALIFIER}\Z")


# A baseline read up to the claim ends before 'of' and the number: 'speedups over FP16 of around 3.25x'.
_OF_A_NUMBER = regex.compile(rf"\s+of(?:\s+{OPTIONAL_QUALIFIER}[\d.]|(?:\s+(?i:{QUALIFIER_PHRASE}))?\Z)")


# 'outperforms LoRA on commonsense reasoning (+3.7/+1.0 ...) and visual instruction tuning (+0.6':
# changes in brackets after the tasks the baseline was beaten on.
_ON_A_TASK_THEN_ITS_BRACKET = regex.compile(
    r"\s+(?:on|in)\s+(?:[^().;(]|\([^()]*\)){1,120}?\(\s*(?:[+\-−]?[\d.]+\s*%?\s*[/,]\s*)*")


# 'over' sets against a baseline after a word of gain or a number: 'improves over X by', 'a 2x
# speedup over X'; not after other nouns ('evolutionary search over attention operators').
_OVER = regex.compile(r"(?:over|above)\b", regex.IGNORECASE)
_COMPARED_OVER_BEFORE = regex.compile(
    r"(?:\b(?:improv|gain|speed|advantage|margin|lead|win|boost|increas|reduc|saving|point|time|better|faster|higher|lower"
    r"|outperform|surpass|prefer|edge|superiority|uplift|lift|accelerat)\w*[^;.]{0,60}?|[\d%×x}$]\s*)\Z", regex.IGNORECASE)


# A peer matched with less of something is the baseline of the saving: 'matches Llama-2-70B with
# 8x fewer parameters', 'rivals GPT-4o on MMMU with only 3B parameters'.
# Verbs that liken one model to another: 'matches', 'rivals', 'on par with'.
PEER_VERB = r"match(?:es|ed|ing)?|rival(?:s|ed|ing)?|on\s+par\s+with"
_MATCHED_WITH_BEFORE = regex.compile(
    r"""\b(?:""" + PEER_VERB + r"""|(?:comparable|similar)\s+to)\s+(?:the\s+)?
        (?P<peer>\p{Lu}[^,;]{0,60}?)(?:\s+(?:on|in|across|at)\s+[^,;]{1,60}?)?
        \s+with\s+(?:only\s+|just\s+|up\s+to\s+|about\s+|~\s*)?\Z""", regex.VERBOSE)


# A relative clause set between commas, open at a baseline: its baseline is no later claim's.
_RELATIVE_CLAUSE_OPEN_BEFORE = regex.compile(r"(?r),\s*which\s+[^,;]*\Z")
_MAIN_CLAUSE_AFTER_A_COMMA = regex.compile(r",\s+(?:the|our|this|these|its|it|we|they|\p{Lu}\S*)\s")  # not ', yet consumes'


def comparator_before(text: str, sentence_start: int, position: int) -> str:
    """A baseline stated earlier in the sentence: 'Compared to X, we show ... 6x', or
    'outperforms X by 2%' / 'outperforms X with 1.3% higher ...' (there only with by/with,
    since 'surpasses the accuracy of X while ... 2x faster' is about something else), or
    'and Y by' after such a verb ('surpassing X by 19.1 points and Y by 25.0 points')."""
    matched = _MATCHED_WITH_BEFORE.search(text, sentence_start, position) if "with" in text[max(0, position - 30):position] else None
    if matched:  # 'matches Gemini 1.5 Pro on video benchmarks with 8x fewer visual tokens': what it matches
        return phrase_until_clause_end(text, matched.start("peer"), position)
    leads = list(COMPARATOR_LEAD.finditer(text, sentence_start, position))
    for lead in reversed(leads):
        if _RELATIVE_CLAUSE_OPEN_BEFORE.search(text, sentence_start, lead.start()) \
                and _MAIN_CLAUSE_AFTER_A_COMMA.search(text, lead.end(), position):
            continue  # 'Using 120B tokens, which is 50x fewer than training from scratch, the model ... 1.8x': a clause closed
        if _OVER.match(lead.group()) and not _COMPARED_OVER_BEFORE.search(text, sentence_start, lead.start()):
            continue  # 'search over attention operators' compares nothing
        if _AND_A_MEASURE.search(text, lead.end(), position) and text[sentence_start:lead.start()].strip():
            # 'faster than BF16 and accuracy on GSM8K improves to 88.1 (↑0.4)': a clause of its own;
            # a baseline named to open the sentence holds for all of it ('Compared to vLLM, ...')
            continue
        phrase = phrase_until_clause_end(text, lead.end(), position)
        of_the_number = _OF_A_NUMBER.search(phrase)
        if of_the_number:
            phrase = phrase[:of_the_number.start()]
        if not phrase or phrase.lower() in ("a", "an", "the") or _A_SETTING_OPENS.match(phrase):
            continue  # 'achieves over a 3x speedup': the qualifier of the number; 'lags by 6.2 points': none
        if _OUTPERFORM.match(lead.group()) and not _BY_OR_WITH.match(text, lead.end() + len(phrase), position) \
                and not _ON_A_TASK_THEN_ITS_BRACKET.fullmatch(text, lead.end() + len(phrase), position):
            continue
        gapped = _GAPPED_BASELINE.search(text, lead.end() + len(phrase), position) if _OUTPERFORM.match(lead.group()) else None
        if gapped:
            return gapped["name"]
        return "" if phrase.lower() in PRONOUNS else phrase
    return ""


def split_list(phrase: str) -> list[str]:
    """'A, B, and C' -> ['A', 'B', 'C'], for pairing with 'respectively'."""
    return [item.strip() for item in _LIST_SEPARATOR.split(phrase) if item.strip()]


_LIST_SEPARATOR = regex.compile(r",\s*(?:and\s+)?|\s+and\s+")
