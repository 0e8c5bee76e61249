"""The extractor, one table of input -> expected claims per kind; negatives; golden seeds."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import example, given, settings, strategies as st

from conftest import GOLDEN, SEEDS
from pipeline.claims import claims
from pipeline.extract import extract
from pipeline.ingest import ingest
from pipeline.ingest.record import SourceRecord
from pipeline.outputs import write_csv
from pipeline.papers import papers

KEYS = ("text", "kind", "value", "value_high", "qualifier", "role")


def found(sentence: str, kind: str | None = None) -> list[tuple]:
    """(text, kind, value, value_high, qualifier, role) of every claim, optionally of one kind."""
    return [
        (sentence[c.start:c.end], c.kind, round(c.value, 4), c.value_high, c.qualifier, c.role)
        for c in extract(sentence) if kind is None or c.kind == kind
    ]


@pytest.mark.parametrize("sentence, expected", [
    # 'one' is a number only before a scale word
    ("with a parameter budget of approximately one billion parameters, one of the models",
     [("one billion", "parameter_count", 1e9, None, "approx", "")]),
    ("Scaling Laws for 100B+ Parameter Models Trained on 1T+ Tokens",  # a '+' after a number is a lower bound
     [("100B", "parameter_count", 1e11, None, "lower_bound", ""), ("1T", "token_count", 1e12, None, "lower_bound", "training")]),
    # a scale word alone before its noun or after 'sub-' is a number; 'billions of' is not
    ("targets sub-billion parameter models and scales to trillion-parameter models, not billions of parameters",
     [("billion", "parameter_count", 1e9, None, "upper_bound", ""), ("trillion", "parameter_count", 1e12, None, "exact", "")]),
    ("We introduce a family of 8B and 56B/47B hybrid models.",
     [("8B", "parameter_count", 8e9, None, "exact", ""), ("56B", "parameter_count", 5.6e10, None, "exact", ""),
      ("47B", "parameter_count", 4.7e10, None, "exact", "")]),
    ("Nemotron 3 Super, a 120 billion (active 12 billion) parameter hybrid model.",
     [("120 billion", "parameter_count", 1.2e11, None, "exact", "total"),
      ("12 billion", "parameter_count", 1.2e10, None, "exact", "active")]),
    ("We present Nemotron 3 Nano 30B-A3B, a language model.",
     [("30B", "parameter_count", 3e10, None, "exact", "total"), ("A3B", "parameter_count", 3e9, None, "exact", "active")]),
    ("from Nemotron Nano v3 (30B/3.6A), we generate 23B (2.8A) variants",
     [("30B", "parameter_count", 3e10, None, "exact", "total"), ("3.6A", "parameter_count", 3.6e9, None, "exact", "active"),
      ("23B", "parameter_count", 2.3e10, None, "exact", "total"), ("2.8A", "parameter_count", 2.8e9, None, "exact", "active")]),
    ("first pre-training a 12-billion-parameter model", [("12-billion", "parameter_count", 1.2e10, None, "exact", "")]),
    ("derived from Llama-3.1-70B-Instruct.", [("70B", "parameter_count", 7e10, None, "exact", "")]),
    ("models (e.g., Qwen-2.5-7B/72B and llama-13b)",
     [("7B", "parameter_count", 7e9, None, "exact", ""), ("72B", "parameter_count", 7.2e10, None, "exact", ""),
      ("13b", "parameter_count", 1.3e10, None, "exact", "")]),
    ("surpasses all sub-2B public models", [("2B", "parameter_count", 2e9, None, "upper_bound", "")]),
    ("The family comes in three sizes -- Nano (8B), Super (49B), and Ultra (253B).",
     [("three", "count", 3, None, "exact", ""), ("8B", "parameter_count", 8e9, None, "exact", ""),
      ("49B", "parameter_count", 4.9e10, None, "exact", ""), ("253B", "parameter_count", 2.53e11, None, "exact", "")]),
    # an active size after 'but', 'with' or 'of which' makes the size before it the total
    ("Mixtral has 47B parameters but uses only 13B active parameters.",
     [("47B", "parameter_count", 4.7e10, None, "exact", "total"), ("13B", "parameter_count", 1.3e10, None, "exact", "active")]),
    ("It has 236B parameters, of which 21B are activated for each token.",
     [("236B", "parameter_count", 2.36e11, None, "exact", "total"), ("21B", "parameter_count", 2.1e10, None, "exact", "active")]),
    # a size spent on each token is active; a scale abbreviated in brackets still reaches its noun
    ("OLMoE-1B-7B has 7 billion (B) parameters but uses only 1B per input token.",
     [("1B", "parameter_count", 1e9, None, "exact", ""), ("7B", "parameter_count", 7e9, None, "exact", ""),
      ("7 billion", "parameter_count", 7e9, None, "exact", "total"), ("1B", "parameter_count", 1e9, None, "exact", "active")]),
    ("models ranging from 7 billion to 70 billion parameters",
     [("7 billion to 70 billion", "parameter_count", 7e9, 7e10, "range", "")]),
    # A scale written once serves both ends, unless the low end would pass the high end.
    ("encompassing a parameter range from 0.5 to 72 billion, featuring dense models",  # the noun came first
     [("0.5 to 72 billion", "parameter_count", 5e8, 7.2e10, "range", "")]),
    ("We train models of 2-4B parameters on 5 to 500 billion tokens.",
     [("2-4B", "parameter_count", 2e9, 4e9, "range", ""), ("5 to 500 billion", "token_count", 5e9, 5e11, "range", "training")]),
    ("models ranging from 70 million to over 16 billion parameters",  # a qualifier after 'to' bounds the high end only
     [("70 million to over 16 billion", "parameter_count", 7e7, 1.6e10, "range", "")]),
    ("Jamba-1.5-Mini (12B active / 52B total) fits on one GPU",
     [("12B", "parameter_count", 1.2e10, None, "exact", "active"), ("52B", "parameter_count", 5.2e10, None, "exact", "total"),
      ("one", "count", 1, None, "exact", "")]),
    ("a 1.5 B parameter model and a 7 B model", [("1.5 B", "parameter_count", 1.5e9, None, "exact", ""),
                                                ("7 B", "parameter_count", 7e9, None, "exact", "")]),
    ("a 30B-parameter model that activates only 3B parameters per token",
     [("30B", "parameter_count", 3e10, None, "exact", ""), ("3B", "parameter_count", 3e9, None, "exact", "active")]),
    # a count of experts beside a size is no name part; a name's 'M' under ten million is a length
    ("Llama 4 Scout 17B-16E", [("17B", "parameter_count", 1.7e10, None, "exact", "")]),
    ("Qwen2.5-1M Technical Report", []),
    ("we extend them to chat models and 200K long context models",  # a context is no size, though 'models' follows
     [("200K", "context_length", 2e5, None, "exact", "")]),
    ("a 7B long-context model", [("7B", "parameter_count", 7e9, None, "exact", "")]),
    # 'Sub-' opens a title as 'sub-' a sentence; sizes may be listed with a slash; a compound
    # hyphened around 'of' does not end the noun phrase before 'models'
    ("MobileLLM: Optimizing Sub-billion Parameter Language Models", [("billion", "parameter_count", 1e9, None, "upper_bound", "")]),
    ("a boost over preceding 125M/350M state-of-the-art models",
     [("125M", "parameter_count", 1.25e8, None, "exact", ""), ("350M", "parameter_count", 3.5e8, None, "exact", "")]),
    # what a model is trained on is data: its size counts images or tokens, not parameters
    ("Our ViT-H/14 model pre-trained on JFT-300M reaches 88.55% top-1 accuracy",
     [("88.55%", "percentage", 88.55, None, "exact", "")]),
    ("We train CLIP on LAION-5B and DataComp-1B.", []),  # known dataset families
    ("We distill on Llama-2-70B outputs.", [("70B", "parameter_count", 7e10, None, "exact", "")]),
    ("Pythia-70M and GPT-Neo-125M", [("70M", "parameter_count", 7e7, None, "exact", ""),
                                     ("125M", "parameter_count", 1.25e8, None, "exact", "")]),
    # a million-scale size right after a model name is its size, and the next in its list too;
    # not a dataset's, nor one with a noun of its own
    ("We release MobileLLM 125M and 350M, which improve accuracy.",
     [("125M", "parameter_count", 1.25e8, None, "exact", ""), ("350M", "parameter_count", 3.5e8, None, "exact", "")]),
    ("Trained on LAION 400M, the encoder transfers well.", []),
    # a size whose model activates another is the total
    ("Our 47B-parameter model activates 13B parameters per token.",
     [("47B", "parameter_count", 4.7e10, None, "exact", "total"), ("13B", "parameter_count", 1.3e10, None, "exact", "active")]),
    ("It uses ImageNet 1M images.", [("1M", "count", 1e6, None, "exact", "")]),
    ("a 2.7B-parameter model with 1.5T parameters in total",
     [("2.7B", "parameter_count", 2.7e9, None, "exact", ""), ("1.5T", "parameter_count", 1.5e12, None, "exact", "total")]),
    # a role a model plays is a model noun: a student, a teacher, an encoder
    ("We distill it into a 770M student and a 300M encoder.",
     [("770M", "parameter_count", 7.7e8, None, "exact", ""), ("300M", "parameter_count", 3e8, None, "exact", "")]),
    # the size a part is of is the whole
    ("It activates 2.8B of its 14.3B parameters per token.",
     [("2.8B", "parameter_count", 2.8e9, None, "exact", "active"), ("14.3B", "parameter_count", 1.43e10, None, "exact", "total")]),
    # a relative clause is about the model before it: its tokens make the size no item of a list of tokens
    ("It matches Llama 2 7B, which uses 2T tokens.",
     [("7B", "parameter_count", 7e9, None, "exact", ""), ("2T", "token_count", 2e12, None, "exact", "")]),
    # a size in a phrase parallel to the next one's, which names the noun, is a size too
    ("We train ModernBERT-base with 149M and ModernBERT-large with 395M parameters.",
     [("149M", "parameter_count", 1.49e8, None, "exact", ""), ("395M", "parameter_count", 3.95e8, None, "exact", "")]),
    # a plain number right after a name is its version, no low end of a range of sizes
    ("We scale Evo 2 to 40 billion parameters.", [("40 billion", "parameter_count", 4e10, None, "exact", "")]),
    ("We evaluate LLaMA 2-7B and LLaMA 2-70B.",
     [("7B", "parameter_count", 7e9, None, "exact", ""), ("70B", "parameter_count", 7e10, None, "exact", "")]),
    ("a family of 2-70B models", [("2-70B", "parameter_count", 2e9, 7e10, "range", "")]),
    # a part of the whole: 'out of' too, and a part with no noun keeps its own role
    ("The model activates only 3.3B parameters out of 21B.",
     [("3.3B", "parameter_count", 3.3e9, None, "exact", "active"), ("21B", "parameter_count", 21e9, None, "exact", "total")]),
    ("It activates 37 billion of its 671 billion parameters.",
     [("37 billion", "parameter_count", 37e9, None, "exact", "active"), ("671 billion", "parameter_count", 671e9, None, "exact", "total")]),
    ("We train 3 of the 7B models.", [("7B", "parameter_count", 7e9, None, "exact", "")]),
])
def test_parameter_counts(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "an 8.3 billion parameter model", "an 8.3B model", "Megatron-8.3B", "models of 0.7 to 8.3 billion parameters",
    "models of 4.1 and 8.3 billion parameters"])
def test_a_scaled_value_is_the_decimal_written_not_its_binary_product(sentence):
    last = extract(sentence)[-1]
    assert (last.value_high or last.value) == 8.3e9  # 8.3 * 1e9 is 8300000000.000001 in floats


@pytest.mark.parametrize("sentence, expected", [
    ("We pre-trained Nemotron 3 Super on 25 trillion tokens.", [("25 trillion", "token_count", 2.5e13, None, "exact", "training")]),
    ("We pre-trained it on three hundred billion tokens.",  # one amount, not 3 and 1e11
     [("three hundred billion", "token_count", 3e11, None, "exact", "training")]),
    ("Our retrieval-augmented baseline with a 4K window outperforms all of them.",  # a window is a context
     [("4K", "context_length", 4000, None, "exact", "")]),
    # tokens a verb handles, named as inputs or as visual, are a workload, unless bounded or a context
    ("Our VLM processes 4K-resolution images with only 256 visual tokens.",
     [("256", "token_count", 256, None, "exact", "sequence")]),  # a resolution is no count
    ("The model processes 2K input tokens.", [("2K", "token_count", 2000, None, "exact", "sequence")]),
    ("During RL, rollouts average 12K tokens.", [("12K", "token_count", 12000, None, "exact", "sequence")]),  # a rollout's length
    # a title's lengths before a colon whose clause names the context
    ("From 4K to 128K: Efficient Context Extension", [("4K to 128K", "context_length", 4000, 128000, "range", "")]),
    ("From 128K to 4M: Efficient Training of Ultra-Long Context Large Language Models",
     [("128K to 4M", "context_length", 128000, 4e6, "range", "")]),
    # siunitx's number command reads as the number; its brace stands before the scale as math's '$' does
    ("Training on \\num{1.5}T tokens.", [("1.5}T", "token_count", 1.5e12, None, "exact", "training")]),
    ("The model can process up to 1M input tokens.", [("1M", "context_length", 1e6, None, "upper_bound", "")]),
    ("It handles a context of 128K input tokens.", [("128K", "context_length", 128000, None, "exact", "")]),
    # lengths of inputs named before the number are sequences
    ("covering different input (few-shot demonstration) lengths from 2K to 50K tokens",
     [("2K to 50K", "token_count", 2000, 50000, "range", "sequence")]),
    # the length of the sequences a model is trained on is a context length
    ("Using 512 TPUv4 chips, we train models on sequences exceeding 100 million tokens",
     [("512", "count", 512, None, "exact", ""), ("100 million", "context_length", 1e8, None, "lower_bound", "")]),
    ("using only 110B training tokens", [("110B", "token_count", 1.1e11, None, "exact", "training")]),
    ("this transformation required just 45B training tokens, compared to over 15T tokens used for the 70B model",
     [("45B", "token_count", 4.5e10, None, "exact", "training"),
      ("15T", "token_count", 1.5e13, None, "lower_bound", "training"), ("70B", "parameter_count", 7e10, None, "exact", "")]),
    ("ClimbLab, a filtered 1.2-trillion-token corpus", [("1.2-trillion", "token_count", 1.2e12, None, "exact", "dataset")]),
    ("a compact 400-billion-token dataset", [("400-billion", "token_count", 4e11, None, "exact", "dataset")]),
    ("A 133 Billion-Token-Scale High Quality Math Pretraining Dataset",
     [("133 Billion", "token_count", 1.33e11, None, "exact", "dataset")]),
    ("We collected a large math corpus, namely Nemotron-CC-Math-3+ (133B tokens).",
     [("133B", "token_count", 1.33e11, None, "exact", "dataset")]),
    ("in reasoning settings like 8k input and 16k output tokens",
     [("8k", "token_count", 8e3, None, "exact", "sequence"), ("16k", "token_count", 1.6e4, None, "exact", "sequence")]),
    ("The final model supports up to 1M context length.", [("1M", "context_length", 1e6, None, "upper_bound", "")]),
    ("supports context lengths up to 1M tokens.", [("1M", "context_length", 1e6, None, "upper_bound", "")]),
    ("enabling inference on up to 128k tokens", [("128k", "context_length", 1.28e5, None, "upper_bound", "")]),
    ("Mixtral was trained with a context size of 32k tokens.", [("32k", "context_length", 3.2e4, None, "exact", "")]),
    ("with a 4K context window", [("4K", "context_length", 4e3, None, "exact", "")]),
    ("It supports a context window of 128K tokens and was trained on 15.6T tokens.",
     [("128K", "context_length", 1.28e5, None, "exact", ""), ("15.6T", "token_count", 1.56e13, None, "exact", "training")]),
    ("We extend the context window of LLaMA from 2048 to 32768 tokens.",
     [("2048", "context_length", 2048, None, "exact", ""), ("32768", "context_length", 32768, None, "exact", "")]),
    ("We extend the context window from 4 to 128K tokens.",
     [("4", "context_length", 4e3, None, "exact", ""), ("128K", "context_length", 1.28e5, None, "exact", "")]),
    ("sequences of 512 to 4K tokens", [("512 to 4K", "context_length", 512, 4e3, "range", "")]),
    ("We pre-train DeepSeek-V3 on 14.8 trillion diverse and high-quality tokens.",
     [("14.8 trillion", "token_count", 1.48e13, None, "exact", "training")]),
    ("Scaling Transformer Inference to 1M Tokens", [("1M", "context_length", 1e6, None, "exact", "")]),
    ("A 2.4x Faster Sparse Attention Kernel for 128K Contexts",  # contexts, plural
     [("2.4x", "speedup", 2.4, None, "exact", ""), ("128K", "context_length", 1.28e5, None, "exact", "")]),
    ("We train SmolLM2, a 1.7 billion parameter model, on ~11 trillion tokens of data.",
     [("1.7 billion", "parameter_count", 1.7e9, None, "exact", ""), ("11 trillion", "token_count", 1.1e13, None, "approx", "training")]),
    ("It was trained on 1 trillion tokens with 4K context.",
     [("1 trillion", "token_count", 1e12, None, "exact", "training"), ("4K", "context_length", 4e3, None, "exact", "")]),
    ("Cosmos models are trained on 20M hours of video, processing 9,000 trillion tokens.",
     [("20M", "count", 2e7, None, "exact", ""), ("9,000 trillion", "token_count", 9e15, None, "exact", "training")]),
    ("The model generates 45 tokens per second on one GPU.",
     [("45", "count", 45, None, "exact", ""), ("one", "count", 1, None, "exact", "")]),
    # tokens per unit of time, work or size are a rate; a vocabulary counts distinct tokens
    ("The draft model accepts 3.5 tokens per decoding step.", [("3.5", "count", 3.5, None, "exact", "")]),
    ("Compute-optimal training uses 20 tokens per parameter.", [("20", "count", 20, None, "exact", "")]),
    ("It uses a vocabulary of 128K tokens.", [("128K", "count", 128e3, None, "exact", "")]),
    ("It uses a 256K-token vocabulary.", [("256K", "count", 256e3, None, "exact", "")]),
    # a length a model trained on sequences extrapolates to; a length in digits in a parallel setting
    ("The model is trained with 4K sequences and extrapolates to 16K.",
     [("4K", "count", 4e3, None, "exact", ""), ("16K", "context_length", 16e3, None, "exact", "")]),
    ("The maximum sequence length is 4,096 tokens during pretraining and 32,768 during long-context training.",
     [("4,096", "context_length", 4096, None, "exact", ""), ("32,768", "context_length", 32768, None, "exact", "")]),
    # a subset is a corpus; an amount scaled to, more than any context, is trained on
    ("FineWeb-Edu, a 1.3-trillion token subset, yields better models.",
     [("1.3-trillion", "token_count", 1.3e12, None, "exact", "dataset")]),
    ("Qwen3: Scaling Mixture-of-Experts to 36 Trillion Tokens",
     [("36 Trillion", "token_count", 36e12, None, "exact", "training")]),
    # tokens of a named corpus are its size, or trained on
    ("We present a filtering pipeline applied to 240 trillion tokens of Common Crawl.",
     [("240 trillion", "token_count", 240e12, None, "exact", "dataset")]),
    # a size and an amount of other scales set apart by a bare comma are no list of amounts
    ("Training Compute-Optimal Large Language Models (70B, 1.4T tokens)",
     [("70B", "parameter_count", 70e9, None, "exact", ""), ("1.4T", "token_count", 1.4e12, None, "exact", "training")]),
    ("We train on 500B, 1T and 2T tokens.",
     [("500B", "token_count", 500e9, None, "exact", "training"), ("1T", "token_count", 1e12, None, "exact", "training"),
      ("2T", "token_count", 2e12, None, "exact", "training")]),
    # token amounts of one list share the role read near one of them
    ("Thinking budgets of 4K, 8K and 16K tokens help.",
     [("4K", "token_count", 4e3, None, "exact", "sequence"), ("8K", "token_count", 8e3, None, "exact", "sequence"),
      ("16K", "token_count", 16e3, None, "exact", "sequence")]),
    ("We extend the vocabulary from 32,000 to 128,256 tokens.",
     [("32,000", "count", 32e3, None, "exact", ""), ("128,256", "count", 128256, None, "exact", "")]),
    ("trained on 1.5 × 10^12 tokens", [("1.5 × 10^12", "token_count", 1.5e12, None, "exact", "training")]),
    # text copied from a PDF writes the exponent in superscripts
    ("trained on 1.5×10¹² tokens", [("1.5×10¹²", "token_count", 1.5e12, None, "exact", "training")]),
    ("trained on $1.4 \\times 10^{12}$ tokens", [("1.4 \\times 10^{12}", "token_count", 1.4e12, None, "exact", "training")]),
    ("Scaling training to trillion-token LLMs on a billion tokens",
     [("trillion", "token_count", 1e12, None, "exact", "training"), ("billion", "token_count", 1e9, None, "exact", "training")]),
    # the tokens of a batch are no training budget
    ("trained on 2.4T tokens with a global batch size of 4M tokens",
     [("2.4T", "token_count", 2.4e12, None, "exact", "training"), ("4M", "token_count", 4e6, None, "exact", "")]),
    ("We use 4M-token batches.", [("4M", "token_count", 4e6, None, "exact", "")]),
    ("We train for 1.4T tokens with a sequence length of 8192. The model",
     [("1.4T", "token_count", 1.4e12, None, "exact", "training"), ("8192", "context_length", 8192, None, "exact", "")]),
    # 'pre-trained LLMs' describes models, so the context window decides; a length is a context
    ("extends the context window of pre-trained LLMs to an impressive 2048k tokens",
     [("2048k", "context_length", 2.048e6, None, "exact", "")]),
    ("fine-tunes a 256k length LLM within 256k training lengths, then readjusts on 8k length",  # within: at most
     [("256k", "context_length", 2.56e5, None, "exact", ""), ("256k", "context_length", 2.56e5, None, "upper_bound", ""),
      ("8k", "context_length", 8e3, None, "exact", "")]),
    ("shows improvements on inputs with up to 100k tokens", [("100k", "context_length", 1e5, None, "upper_bound", "")]),
    # a sequence of a length is a context length, with no noun of tokens
    # 'longer than' bounds from below, 'shorter than' from above; a bound is no baseline
    ("a 1.8x speedup for sequences longer than 16K tokens and 2x for prompts shorter than 2K tokens",
     [("1.8x", "speedup", 1.8, None, "exact", ""), ("16K", "context_length", 16e3, None, "lower_bound", ""),
      ("2x", "speedup", 2, None, "exact", ""), ("2K", "token_count", 2e3, None, "upper_bound", "sequence")]),
    ("trains on input sequences of length 1024 and extrapolates to documents of length 2048",
     [("1024", "context_length", 1024, None, "exact", ""), ("2048", "context_length", 2048, None, "exact", "")]),
    # a context extended to a length, however long the words between (a title)
    ("Extending Context Window of Large Language Models via Positional Interpolation to 32K",
     [("32K", "context_length", 3.2e4, None, "exact", "")]),
    # ... or to a plain number long enough to be a length, with no noun of its own; a verb after
    # the number is no counted noun
    ("We extend the context window of LLaMA models up to 32768 with minimal fine-tuning.",
     [("32768", "context_length", 32768, None, "upper_bound", "")]),
    ("The sequence length is then extended to 32768.", [("32768", "context_length", 32768, None, "exact", "")]),
    ("Context length is extended from 4K to 32K and finally to 128K tokens during mid-training.",
     [("4K", "context_length", 4e3, None, "exact", ""), ("32K", "context_length", 3.2e4, None, "exact", ""),
      ("128K", "context_length", 1.28e5, None, "exact", "")]),
    ("Extending the context window to 4096 improves results on 12 tasks.",
     [("4096", "context_length", 4096, None, "exact", ""), ("12", "count", 12, None, "exact", "")]),
    ("We extend the context window to 8 languages and 2048 examples.",
     [("8", "count", 8, None, "exact", ""), ("2048", "count", 2048, None, "exact", "")]),
    # an amount with no noun of its own in a phrase parallel to one before, however large, is of the same thing
    ("It supports a context length of up to 1 million on a single GPU and up to 10 million on eight GPUs.",
     [("1 million", "context_length", 1e6, None, "upper_bound", ""), ("single", "count", 1, None, "exact", ""),
      ("10 million", "context_length", 1e7, None, "upper_bound", ""), ("eight", "count", 8, None, "exact", "")]),
    # a part of an amount named before, with no noun of its own, is an amount of the same thing
    ("We train on 9 trillion tokens, of which 8 trillion are used in pretraining and 1 trillion in continued pretraining.",
     [("9 trillion", "token_count", 9e12, None, "exact", "training"), ("8 trillion", "token_count", 8e12, None, "exact", "training"),
      ("1 trillion", "token_count", 1e12, None, "exact", "training")]),
    ("It has 1.2 trillion parameters, of which 96.6 billion are activated per token.",
     [("1.2 trillion", "parameter_count", 1.2e12, None, "exact", "total"),
      ("96.6 billion", "parameter_count", 9.66e10, None, "exact", "active")]),
    ("It was trained on 2 trillion tokens and costs 5 million.", [("2 trillion", "token_count", 2e12, None, "exact", "training")]),
    # a counted noun after the number wins over a context named before it
    ("We use 1M tokens of context and train on ~10k GPU hours.",
     [("1M", "context_length", 1e6, None, "exact", ""), ("10k", "count", 1e4, None, "approx", "")]),
    # tokens reached 'up to' with no word of training or data: how far a model reads; shorter
    # contexts with no noun after it are contexts too
    ("It keeps near-perfect recall up to at least 10M tokens, a leap over Claude 2.1 (200k) and GPT-4 Turbo (128k).",
     [("10M", "context_length", 1e7, None, "lower_bound", ""), ("200k", "context_length", 2e5, None, "exact", ""),
      ("128k", "context_length", 1.28e5, None, "exact", "")]),
    ("Our models are trained on up to 2T tokens.", [("2T", "token_count", 2e12, None, "upper_bound", "training")]),
    # tokens describing a test of the length of an input measure that length
    ("It achieves 94.1% on the 1M-token needle-in-a-haystack test and passes 128K-token passkey retrieval.",
     [("94.1%", "percentage", 94.1, None, "exact", ""), ("1M", "context_length", 1e6, None, "exact", ""),
      ("128K", "context_length", 128e3, None, "exact", "")]),
    # tokens a result is measured 'at': the length of the input, or of the workload for a speed;
    # training named in the same clause keeps them training tokens
    ("Trained with a 256K-token window, it achieves 92.1% on the needle test at 1M tokens.",
     [("256K", "context_length", 2.56e5, None, "exact", ""), ("92.1%", "percentage", 92.1, None, "exact", ""),
      ("1M", "context_length", 1e6, None, "exact", "")]),
    ("It is 9x faster than FlashAttention-2 at 64K tokens.",
     [("9x", "speedup", 9, None, "exact", ""), ("64K", "token_count", 6.4e4, None, "exact", "sequence")]),
    ("Performance saturates when training at 2T tokens.", [("2T", "token_count", 2e12, None, "exact", "training")]),
    ("Retrieval from a 2-trillion-token datastore helps.", [("2-trillion", "token_count", 2e12, None, "exact", "dataset")]),
    # a model or an architecture scaled to an amount of tokens reads that far; data scaled so is data
    ("LongNet: Scaling Transformers to 1,000,000,000 Tokens",
     [("1,000,000,000", "context_length", 1e9, None, "exact", "")]),
    ("We scale LLMs to 1M tokens and pretraining to 15T tokens.",
     [("1M", "context_length", 1e6, None, "exact", ""), ("15T", "token_count", 1.5e13, None, "exact", "training")]),
    # a corpus contains its tokens, a database holds them
    ("RedPajama-V2 contains 30 trillion tokens.", [("30 trillion", "token_count", 3e13, None, "exact", "dataset")]),
    # 'over' right after a word of training is across; after 'on' it bounds
    ("The model was trained over 2T tokens; its successor was trained on over 9T tokens.",
     [("2T", "token_count", 2e12, None, "exact", "training"), ("9T", "token_count", 9e12, None, "lower_bound", "training")]),
    # too few tokens to train a model on are the length of its training sequences; generalizing reads far
    ("It is trained on up to 8K tokens and generalizes to 32K tokens.",
     [("8K", "context_length", 8e3, None, "upper_bound", ""), ("32K", "context_length", 3.2e4, None, "exact", "")]),
    ("We fine-tune on 50K tokens of data.", [("50K", "token_count", 5e4, None, "exact", "training")]),
    # tokens of training named right after them are trained on, though a context was named before
    ("It extends the context window to 128k with only 1B tokens of continual pretraining.",
     [("128k", "context_length", 1.28e5, None, "exact", ""), ("1B", "token_count", 1e9, None, "exact", "training")]),
    # the length of what a model writes is a workload's, no context
    ("The average response length grows from 1,000 to over 8,000 tokens during training.",
     [("1,000", "token_count", 1e3, None, "exact", "sequence"), ("8,000", "token_count", 8e3, None, "lower_bound", "sequence")]),
    # what a recipe or a team trains a model on is training data
    ("The recipe trains a 12B model on 10 trillion tokens.",
     [("12B", "parameter_count", 1.2e10, None, "exact", ""), ("10 trillion", "token_count", 1e13, None, "exact", "training")]),
    ("With a 2 trillion token database, RETRO matches GPT-3.", [("2 trillion", "token_count", 2e12, None, "exact", "dataset")]),
    # a model extrapolates to its longest input, whatever phase was named before
    ("It trains on windows of up to 1M tokens during training and extrapolates to 4M tokens during inference.",
     [("1M", "context_length", 1e6, None, "upper_bound", ""), ("4M", "context_length", 4e6, None, "exact", "")]),
    # 'over' after epochs or passes is across, no bound
    ("We train for 1.5 epochs over 300B tokens.", [("1.5", "count", 1.5, None, "exact", ""),
                                                    ("300B", "token_count", 3e11, None, "exact", "training")]),
    # tokens of some data are an amount of data, whatever context the data is about
    ("We then fine-tune on 1B tokens of long-context data.", [("1B", "token_count", 1e9, None, "exact", "training")]),
    ("The corpus holds 2T tokens of web text and 500B tokens of code.",
     [("2T", "token_count", 2e12, None, "exact", "dataset"), ("500B", "token_count", 5e11, None, "exact", "dataset")]),
    # a part of an amount of tokens, 'N of M tokens', is tokens too, at its own scale
    ("It attends to just 2,048 of 128K tokens per query.",
     [("2,048", "token_count", 2048, None, "exact", ""), ("128K", "token_count", 128000, None, "exact", "")]),
    # thinking tokens are written out: a length of the output
    ("It generates an average of 12K thinking tokens per problem.", [("12K", "token_count", 12000, None, "exact", "sequence")]),
])
def test_token_counts_and_context_lengths(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("while being up to 3$\\times$ faster at inference.", [("3$\\times$", "speedup", 3, None, "upper_bound", "")]),
    ("achieves a 2.17x inference throughput speedup", [("2.17x", "speedup", 2.17, None, "exact", "")]),
    ("but is 20% faster to infer.", [("20%", "speedup", 1.2, None, "exact", "")]),
    ("and 1.9x lower latency", [("1.9x", "speedup", 1.9, None, "exact", "")]),
    # ratios written as words, and verbs of a ratio; a rise in a cost or a fall in a speed is no claim
    ("Our method is nearly twice as fast and uses half the memory.",
     [("twice", "speedup", 2, None, "approx", ""), ("half", "cost_reduction", 2, None, "exact", "")]),
    ("It doubles the throughput, halves the latency and halves the number of generated tokens.",
     [("doubles", "speedup", 2, None, "exact", ""), ("halves", "speedup", 2, None, "exact", ""),
      ("halves", "cost_reduction", 2, None, "exact", "")]),
    ("a tenfold reduction in memory and a threefold speedup",
     [("tenfold", "cost_reduction", 10, None, "exact", ""), ("threefold", "speedup", 3, None, "exact", "")]),
    ("It needs 2x the memory and doubles the training time but reaches double the throughput.",
     [("double", "speedup", 2, None, "exact", "")]),
    ("We apply double quantization and evaluate each model twice.", []),
    # fractions in words are fractions: spent, cut by, cut to, or a share of something; not ordinals
    ("The sparse model uses one-third of the FLOPs and runs at one tenth of the cost.",
     [("one-third", "cost_reduction", 3, None, "exact", ""), ("one tenth", "cost_reduction", 10, None, "exact", "")]),
    ("We cut the cost of inference by two thirds and memory by a quarter.",
     [("two thirds", "cost_reduction", 3, None, "exact", ""), ("a quarter", "cost_reduction", 1.3333, None, "exact", "")]),
    ("It cuts the latency to a fifth of the baseline.", [("a fifth", "speedup", 5, None, "exact", "")]),
    ("Nearly a third of the samples fail; a quarter of the data suffices.",
     [("a third", "percentage", 33.3333, None, "approx", ""), ("a quarter", "percentage", 25, None, "exact", "")]),
    ("In a third stage we add a fifth expert and train one quarter more.", []),
    # 'a factor of N' is N times; a qualifier stands before the phrase
    ("It speeds up training by a factor of 3.5 and reduces memory by up to a factor of 4.",
     [("3.5", "speedup", 3.5, None, "exact", ""), ("4", "cost_reduction", 4, None, "upper_bound", "")]),
    ("runs 3.5 times faster", [("3.5 times", "speedup", 3.5, None, "exact", "")]),
    ("Speculative Decoding at 6.5x: Lossless Acceleration of 70B Models",  # a title's cue may stand anywhere
     [("6.5x", "speedup", 6.5, None, "exact", ""), ("70B", "parameter_count", 7e10, None, "exact", "")]),
    ("a Ten-Fold speedup", [("Ten-Fold", "speedup", 10, None, "exact", "")]),
    ("a 2.5-3.1x speedup in latency", [("2.5-3.1x", "speedup", 2.5, 3.1, "range", "")]),
    ("bringing 2.35x ~ 3.47x throughput", [("2.35x ~ 3.47x", "speedup", 2.35, 3.47, "range", "")]),  # a tilde as a dash
    ("a 2$\\sim$4$\\times$ speedup", [("2$\\sim$4$\\times$", "speedup", 2, 4, "range", "")]),
    ("a 10-fold acceleration of decoding", [("10-fold", "speedup", 10, None, "exact", "")]),
    ("this results in over 360x cost reduction compared to training from scratch",
     [("360x", "cost_reduction", 360, None, "lower_bound", "")]),
    ("requires up to 40x fewer training tokens per model", [("40x", "cost_reduction", 40, None, "upper_bound", "")]),
    ("this results in compute cost savings of 1.8x", [("1.8x", "cost_reduction", 1.8, None, "exact", "")]),
    ("an 11.67x cache size reduction", [("11.67x", "cost_reduction", 11.67, None, "exact", "")]),
    ("compress the family by a factor of 2-4x", [("2-4x", "cost_reduction", 2, 4, "range", "")]),
    ("while using 60% less GPU memory", [("60%", "cost_reduction", 2.5, None, "exact", "")]),
    ("over 360x cost reduction, and around 7x compared to SoTA techniques",
     [("360x", "cost_reduction", 360, None, "lower_bound", ""), ("7x", "cost_reduction", 7, None, "approx", "")]),
    # The cue nearest the number decides; a new verb after 'and' starts another claim's clause.
    ("It reduces inference latency by 35% and memory footprint by 2.1x.",
     [("35%", "speedup", 1.5385, None, "exact", ""), ("2.1x", "cost_reduction", 2.1, None, "exact", "")]),
    ("Our method reduces the KV cache by 4x and improves decoding throughput by 2.6-3.1x over vLLM.",
     [("4x", "cost_reduction", 4, None, "exact", ""), ("2.6-3.1x", "speedup", 2.6, 3.1, "range", "")]),
    ("a 15% end-to-end wall-clock speedup on BERT-large", [("15%", "speedup", 1.15, None, "exact", "")]),
    ("It improves sample efficiency by 3x.", [("3x", "cost_reduction", 3, None, "exact", "")]),
    ("trained on 8x H100 GPUs", [("8", "count", 8, None, "exact", "")]),
    ("The draft model accelerates generation by 2x-3x.", [("2x-3x", "speedup", 2, 3, "range", "")]),
    ("a throughput of 10,000 tokens per second, which is 1.5-2x higher than prior systems",
     [("10,000", "count", 10000, None, "exact", ""), ("1.5-2x", "speedup", 1.5, 2, "range", "")]),
    ("Inference is 2.5 times cheaper and 3 times faster.",
     [("2.5 times", "cost_reduction", 2.5, None, "exact", ""), ("3 times", "speedup", 3, None, "exact", "")]),
    ("It improves throughput by up to 60% and reduces time-to-first-token by 4.2x.",
     [("60%", "speedup", 1.6, None, "upper_bound", ""), ("4.2x", "speedup", 4.2, None, "exact", "")]),
    ("Quantizing to FP8 reduces memory by nearly half.",
     [("FP8", "precision", 8, None, "exact", "quantization"), ("half", "cost_reduction", 2, None, "approx", "")]),
    # the verb of the first cut serves the second, a phrase of up to five words later
    ("It reduces the wall-clock time of training by 35% and the number of GPU hours by half.",
     [("35%", "speedup", 1.5385, None, "exact", ""), ("half", "cost_reduction", 2, None, "exact", "")]),
    ("The approach is 10^3 times cheaper.", [("10^3 times", "cost_reduction", 1000, None, "exact", "")]),
    ("It uses 50% fewer parameters.", [("50%", "cost_reduction", 2, None, "exact", "")]),
    ("using 100 times less labeled data", [("100 times", "cost_reduction", 100, None, "exact", "")]),
    ("It achieves 2x lower latency and 2.6x lower numerical error.",  # a ratio of an error has no kind
     [("2x", "speedup", 2, None, "exact", "")]),
    ("The student reduces sampling time by 12.5x.", [("12.5x", "speedup", 12.5, None, "exact", "")]),
    ("It achieves 2.5x higher sample efficiency than CQL.", [("2.5x", "cost_reduction", 2.5, None, "exact", "")]),
    ("It saves 30% memory.", [("30%", "cost_reduction", 1.4286, None, "exact", "")]),
    ("DeepSeek-V2 saves 42.5% of training costs.", [("42.5%", "cost_reduction", 1.7391, None, "exact", "")]),
    ("ZeRO-Infinity is 2.5x faster and 40% cheaper.",
     [("2.5x", "speedup", 2.5, None, "exact", ""), ("40%", "cost_reduction", 1.6667, None, "exact", "")]),
    ("to obtain up to 7x increases in pre-training speed", [("7x", "speedup", 7, None, "upper_bound", "")]),
    # a serving system's speed is the requests it serves or the latency target it meets
    ("DistServe can serve 7.4x more requests or 12.6x tighter SLO.",
     [("7.4x", "speedup", 7.4, None, "exact", ""), ("12.6x", "speedup", 12.6, None, "exact", "")]),
    ("It achieves up to 4.48x higher goodput.", [("4.48x", "speedup", 4.48, None, "upper_bound", "")]),
    # a slowdown is no gain, though 'slower' holds 'lower'
    ("The model is 2x slower, and 30% slower at decoding.", [("30%", "percentage", 30, None, "exact", "")]),
    # a verb of reducing serves every 'and ... by' after it; another verb starts another change
    ("It reduces optimizer memory by up to 82.5% and total training memory by 63.3%.",
     [("82.5%", "cost_reduction", 5.7143, None, "upper_bound", ""), ("63.3%", "cost_reduction", 2.7248, None, "exact", "")]),
    ("It reduces memory by 30% and improves accuracy by 2%.",
     [("30%", "cost_reduction", 1.4286, None, "exact", ""), ("2%", "accuracy_delta", 2, None, "exact", "")]),
    # spending a fraction of a resource saves its inverse; a fraction of something else is a share
    ("It consumes only 1/3 of the energy and requires half of the computation flops.",
     [("1/3", "cost_reduction", 3, None, "exact", ""), ("half", "cost_reduction", 2, None, "exact", "")]),
    ("OPT-175B is comparable to GPT-3, while requiring only 1/7th the carbon footprint to develop.",
     [("175B", "parameter_count", 1.75e11, None, "exact", ""), ("1/7th", "cost_reduction", 7, None, "exact", "")]),
    ("We remove 1/4 of the layers, and half of the data is synthetic.",
     [("1/4", "percentage", 25, None, "exact", ""), ("half", "percentage", 50, None, "exact", "")]),
    ("can improve throughput by 10+% with memory footprint comparable to existing approaches",  # '10+%' is over 10%
     [("10+%", "speedup", 1.1, None, "lower_bound", "")]),
    ("Mooncake enables Kimi to handle 75% more requests.", [("75%", "speedup", 1.75, None, "exact", "")]),  # a serving rate
    ("Lion saves up to 5x the pre-training compute on JFT.", [("5x", "cost_reduction", 5, None, "upper_bound", "")]),
    # one verb of reducing serves a ratio and a share after it; more of the peak put to use is faster
    ("it reduces trainable parameters by 2.5-fold and GPU memory by 18%",
     [("2.5-fold", "cost_reduction", 2.5, None, "exact", ""), ("18%", "cost_reduction", 1.2195, None, "exact", "")]),
    ("MegaScale improves the MFU by 1.34x compared to Megatron-LM.", [("1.34x", "speedup", 1.34, None, "exact", "")]),
    # a share cut of a time is a speedup; emissions are a resource
    ("it reduces 30% of the latency and reducing 90% CO2 emissions",
     [("30%", "speedup", 1.4286, None, "exact", ""), ("90%", "cost_reduction", 10, None, "exact", "")]),
    ("It runs 7B/13B models on 1/2 GPUs.",  # other slashes join two numbers
     [("7B", "parameter_count", 7e9, None, "exact", ""), ("13B", "parameter_count", 1.3e10, None, "exact", "")]),
    ("We observe a 30-40% improvement in tokens per second.", [("30-40%", "speedup", 1.3, 1.4, "range", "")]),
    ("Memory use fell by 40%.", [("40%", "cost_reduction", 1.6667, None, "exact", "")]),
    # the share a change starts from takes no cue of the one it goes to
    ("It reduces checkpointing overhead from 12% to less than 1% of training time.",
     [("12%", "percentage", 12, None, "exact", ""), ("1%", "percentage", 1, None, "upper_bound", "")]),
    # a share smaller is a saving of size, as a ratio smaller is; a gap made smaller is no saving
    ("We distill a 40% smaller student.", [("40%", "cost_reduction", 1.6667, None, "exact", "")]),
    ("Our deduplicated dataset is 26% smaller yet better.", [("26%", "cost_reduction", 1.3514, None, "exact", "")]),
    ("The gap is 30% smaller.", [("30%", "percentage", 30, None, "exact", "")]),
    # the words after the next number are that number's cues
    ("The model is 5.1x smaller and 3.3x faster than the baseline.",
     [("5.1x", "cost_reduction", 5.1, None, "exact", ""), ("3.3x", "speedup", 3.3, None, "exact", "")]),
    ("Our approach cuts the number of training steps by a factor of 3.", [("3", "cost_reduction", 3, None, "exact", "")]),
    # a condition ends the clause: the 'cost' of 'cost-effective GPUs' is not what got cheaper
    ("inference speedups over FP16 of around 3.25x when using high-end GPUs and 4.5x when using more cost-effective ones",
     [("FP16", "precision", 16, None, "exact", ""), ("3.25x", "speedup", 3.25, None, "approx", ""),
      ("4.5x", "speedup", 4.5, None, "exact", "")]),
    # a bare change in an appositive restates the clause before: more of a rate is a speedup,
    # less time a speedup, less of a resource a saving; of a score, a change of it
    ("Training throughput reaches 3,500 tokens per second, a 30% improvement over Megatron-LM.",
     [("3,500", "count", 3500, None, "exact", ""), ("30%", "speedup", 1.3, None, "exact", "")]),
    ("The end-to-end latency drops to 20 ms, a 40% reduction.", [("40%", "speedup", 1.6667, None, "exact", "")]),
    # of a time and then a resource, the one named last is what 'by' changes
    ("We achieve a 2.6x speedup in time-to-first-token and reduce memory usage by 35%.",
     [("2.6x", "speedup", 2.6, None, "exact", ""), ("35%", "cost_reduction", 1.5385, None, "exact", "")]),
    ("Peak memory falls to 12 GB, a 25% saving.",
     [("12 GB", "memory", 1.2e10, None, "exact", ""), ("25%", "cost_reduction", 1.3333, None, "exact", "")]),
    ("It reaches 80% accuracy, a 5% increase.",
     [("80%", "percentage", 80, None, "exact", ""), ("5%", "accuracy_delta", 5, None, "exact", "")]),
    ("It reaches 80% accuracy, a 5% increase in speed.",  # a change that names its measure
     [("80%", "percentage", 80, None, "exact", ""), ("5%", "speedup", 1.05, None, "exact", "")]),
    # the time to first token is a time though it names a token
    ("This reduces the time to first token by 4.2x and end-to-end latency by 2.1x.",
     [("4.2x", "speedup", 4.2, None, "exact", ""), ("2.1x", "speedup", 2.1, None, "exact", "")]),
    # the last verb of change before 'by' decides: the reduction is the number before's
    ("It matches GPT-4 with up to 98% cost reduction or improves the accuracy over GPT-4 by 4%.",
     [("98%", "cost_reduction", 50, None, "upper_bound", ""), ("4%", "accuracy_delta", 4, None, "exact", "")]),
    # what drops by a share decides: a resource is saved, a time is sped up, a score falls, and a
    # throughput that drops is a slowdown, no gain
    ("Inference cost drops by roughly 60%.", [("60%", "cost_reduction", 2.5, None, "approx", "")]),
    ("Latency drops by 40% on long prompts.", [("40%", "speedup", 1.6667, None, "exact", "")]),
    ("MMLU drops by only 1%.", [("1%", "accuracy_delta", -1, None, "exact", "")]),
    ("Throughput drops by 5%.", [("5%", "percentage", 5, None, "exact", "")]),
    # the words after 'and' are the next clause's: the 63% is a saving of memory
    ("Memory usage is reduced by 63% and throughput increased by 1.9x.",
     [("63%", "cost_reduction", 2.7027, None, "exact", ""), ("1.9x", "speedup", 1.9, None, "exact", "")]),
    # ... as are the words after 'without'; the verb of change may stand far before 'by'
    ("We reduce the memory footprint of the optimizer states by 65.5% without performance degradation.",
     [("65.5%", "cost_reduction", 2.8986, None, "exact", "")]),
    ("Retrieval augmentation reduces hallucination by 30%.", [("30%", "accuracy_delta", -30, None, "exact", "")]),
    ("The model costs 30% less to serve than its predecessor.", [("30%", "cost_reduction", 1.4286, None, "exact", "")]),
    # 'within' bounds a number, but not after an article, where it names a place
    ("It matches the baseline within 0.1% loss, trained within a single run.",
     [("0.1%", "accuracy_delta", -0.1, None, "upper_bound", ""), ("single", "count", 1, None, "exact", "")]),
    # a verb right before the second 'by' is that claim's own: no saving carried over from the first
    ("Memory consumption is reduced by 4.5x and training speed increased by 35%.",
     [("4.5x", "cost_reduction", 4.5, None, "exact", ""), ("35%", "speedup", 1.35, None, "exact", "")]),
    # a deeper or wider design than a baseline is no saving
    ("It has lower complexity than VGG nets while being 8x deeper.", []),
    # more of a cost than a baseline spent is no saving
    ("It used 3.8 x 10^25 FLOPs, almost 50x more than Llama 2.", [("3.8 x 10^25", "count", 3.8e25, None, "exact", "")]),
    # 'a factor of' before a range; a '+' between a number and its times sign is a lower bound
    ("It reduces the number of training steps required to reach the same accuracy by a factor of 4 to 20.",
     [("4 to 20", "cost_reduction", 4, 20, "range", "")]),
    ("It is 100+ times faster and 10+x cheaper.",
     [("100+ times", "speedup", 100, None, "lower_bound", ""), ("10+x", "cost_reduction", 10, None, "lower_bound", "")]),
    # a times sign glued before the number ('x' only before a decimal): 'x2' in a formula is a name
    ("It yields a ×2.3 speedup and x1.8 higher throughput; we set x2 to 5.",
     [("×2.3", "speedup", 2.3, None, "exact", ""), ("x1.8", "speedup", 1.8, None, "exact", "")]),
    # a suspended hyphen joins a range: '2- to 3-fold'
    ("It improves throughput by 2- to 3-fold.", [("2- to 3-fold", "speedup", 2, 3, "range", "")]),
    # things done an hour or a day are a rate, as things done a second are
    ("The pipeline processes 10,000 documents per hour, a 12-fold improvement.",
     [("10,000", "count", 10000, None, "exact", ""), ("12-fold", "speedup", 12, None, "exact", "")]),
    # a ratio of no kind keeps none from a verb's object after it
    ("It supports batch sizes 8x larger and improves throughput by 5.1x.", [("5.1x", "speedup", 5.1, None, "exact", "")]),
    # a ratio verb with no object changes the noun before it; 'near' is about
    ("Memory use halves, and throughput nearly doubles.",
     [("halves", "cost_reduction", 2, None, "exact", ""), ("doubles", "speedup", 2, None, "approx", "")]),
    ("We achieve a near 2-fold reduction in memory.", [("2-fold", "cost_reduction", 2, None, "approx", "")]),
    # 'as cheap' saves, as 'cheaper' does
    ("Decoding is three times faster and twice as cheap.",
     [("three times", "speedup", 3, None, "exact", ""), ("twice", "cost_reduction", 2, None, "exact", "")]),
    # a share more efficient saves, as a ratio more efficient does; a share of scaling efficiency does not
    ("Our kernel is 30% more energy efficient than cuBLAS and has 20% higher memory efficiency.",
     [("30%", "cost_reduction", 1.3, None, "exact", ""), ("20%", "cost_reduction", 1.2, None, "exact", "")]),
    ("It reaches 15% higher scaling efficiency.", [("15%", "accuracy_delta", 15, None, "exact", "")]),
    # a ratio of the things done a second is a speedup, as a ratio of the throughput is
    ("The pruned model runs at 2.4x the tokens per second of the dense one.", [("2.4x", "speedup", 2.4, None, "exact", "")]),
    # a verb of a ratio is no item of a list of bare scores before it
    ("Our approach reduces the FID from 7.1 to 3.4 and doubles sampling speed.",
     [("doubles", "speedup", 2, None, "exact", "")]),
    # what a verb changes is named right after it, however long the list between it and 'by'
    ("It improves the decoding speed of LLaMA-Chat, Vicuna-Instruct, and Mistral-Instruct on an A100 GPU by up to 4.04x, 3.73x, and 2.27x.",
     [("4.04x", "speedup", 4.04, None, "upper_bound", ""), ("3.73x", "speedup", 3.73, None, "exact", ""),
      ("2.27x", "speedup", 2.27, None, "exact", "")]),
    ("We reduce the memory of storing both the key cache and the value cache on the device by 3.5x.",
     [("3.5x", "cost_reduction", 3.5, None, "exact", "")]),
    # a ratio a verb of saving stands right before saves what is named after it
    ("The method saves up to 2.5x inference tokens on GSM8K.", [("2.5x", "cost_reduction", 2.5, None, "upper_bound", "")]),
    ("It saves 3x tokens.", [("3x", "cost_reduction", 3, None, "exact", "")]),
])
def test_speedups_and_cost_reductions(sentence, expected):
    assert found(sentence) == expected


# arXiv abstracts are LaTeX sources: a times sign, a qualifier and even a number stand in math.
@pytest.mark.parametrize("sentence, expected", [
    ("a $3.2\\times$ speedup over the baseline", [("3.2\\times", "speedup", 3.2, None, "exact", "")]),
    ("Inference is up to $2.5{\\times}$ faster.", [("2.5{\\times}", "speedup", 2.5, None, "upper_bound", "")]),
    ("It gives $1.8\\text{x}$ higher throughput.", [("1.8\\text{x}", "speedup", 1.8, None, "exact", "")]),
    ("a ${\\sim}5\\times$ reduction in KV cache size", [("5\\times", "cost_reduction", 5, None, "approx", "")]),
    ("It reduces memory by $\\sim$40\\%.", [("40\\%", "cost_reduction", 1.6667, None, "approx", "")]),
    ("The 7B variant attains $\\geq 70\\%$ accuracy.",
     [("7B", "parameter_count", 7e9, None, "exact", ""), ("70\\%", "percentage", 70, None, "lower_bound", "")]),
    ("with $\\lesssim$1\\% accuracy loss", [("1\\%", "accuracy_delta", -1, None, "upper_bound", "")]),
    ("models with $1.3$B parameters", [("1.3$B", "parameter_count", 1.3e9, None, "exact", "")]),
    ("a context window of $128$K tokens", [("128$K", "context_length", 128000, None, "exact", "")]),
    # a tilde glued to the word before is LaTeX's non-breaking space, not 'about'
    ("We train a~7B model on~2T tokens, ~3x faster.", [("7B", "parameter_count", 7e9, None, "exact", ""),
     ("2T", "token_count", 2e12, None, "exact", "training"), ("3x", "speedup", 3, None, "approx", "")]),
    # LaTeX's en dash is '--', and math may close before the dash and open after it
    ("It shows $1.8$--$2.4\\times$ faster decoding.",
     [("1.8$--$2.4\\times", "speedup", 1.8, 2.4, "range", "")]),
    ("It shows 1.8--2.4$\\times$ faster decoding.", [("1.8--2.4$\\times$", "speedup", 1.8, 2.4, "range", "")]),
    ("It shows $1.8\\times$--$2.4\\times$ faster decoding.",
     [("1.8\\times$--$2.4\\times", "speedup", 1.8, 2.4, "range", "")]),
    ("Scores improve by 2--5\\% on MMLU.", [("2--5\\%", "accuracy_delta", 2, 5, "range", "")]),
    ("Training converges $2\\text{-}3\\times$ faster.", [("2\\text{-}3\\times", "speedup", 2, 3, "range", "")]),
    # a bold number closes its brace before the percent sign
    ("It attains $\\mathbf{83.2}\\%$ accuracy.", [("83.2}\\%", "percentage", 83.2, None, "exact", "")]),
    # a bold ratio's brace closes after the sign: it is no part of the span
    ("It runs $\\mathbf{2.4\\times}$ faster.", [("2.4\\times", "speedup", 2.4, None, "exact", "")]),
    # a scale set upright, or apart by a thin space, scales the number
    ("It is trained on $1.4\\mathrm{T}$ tokens.", [("1.4\\mathrm{T}", "token_count", 1.4e12, None, "exact", "training")]),
    ("We release a $7\\text{B}$ model.", [("7\\text{B}", "parameter_count", 7e9, None, "exact", "")]),
    ("We release a 70\\,B model.", [("70\\,B", "parameter_count", 7e10, None, "exact", "")]),
    ("We use 10{,}000 GPUs and 12\\,000 steps.", [("10{,}000", "count", 10000, None, "exact", ""),
                                                 ("12\\,000", "count", 12000, None, "exact", "")]),
    # a qualifier emphasized in braces still bounds the number after it
    ("It gives \\emph{up to} 2.1$\\times$ lower latency.", [("2.1$\\times$", "speedup", 2.1, None, "upper_bound", "")]),
    # math only sets how a number looks: the words around it read as in plain text
    ("It improves accuracy by $3.1\\%$ on MMLU.", [("3.1\\%", "accuracy_delta", 3.1, None, "exact", "")]),
    ("It reduces latency by $35$\\% on A100.", [("35$\\%", "speedup", 1.5385, None, "exact", "")]),
    ("It surpasses the baseline by $+2.4$ mIoU.", [("+2.4", "accuracy_delta", 2.4, None, "exact", "")]),
    ("It yields an average improvement of $3.1$ points.", [("3.1$ points", "accuracy_delta", 3.1, None, "exact", "")]),
    ("It attains a $1.9$-point higher MMLU score.", [("1.9$-point", "accuracy_delta", 1.9, None, "exact", "")]),
    # style commands and citations are markup: 'by \\textbf{12.3\\%}' is 'by 12.3%', a bold score closed before its sign
    ("It outperforms GPT-4~\\cite{openai2023} by \\textbf{12.3\\%} on MATH.", [("12.3\\%", "accuracy_delta", 12.3, None, "exact", "")]),
    ("It reaches $\\mathbf{71.3}$\\% on MMLU.", [("71.3}$\\%", "percentage", 71.3, None, "exact", "")]),
    ("It shows up to $\\mathbf{5.2\\times}$ lower latency.", [("5.2\\times", "speedup", 5.2, None, "upper_bound", "")]),
    ("It runs on a single $80$GB GPU.", [("single", "count", 1, None, "exact", ""), ("80$GB", "memory", 8e10, None, "exact", "")]),
    ("We apply $4$-bit quantization on $8$-GPU nodes.", [("4$-bit", "precision", 4, None, "exact", "quantization")]),
    ("We keep weights in $8$ bits.", [("8$ bits", "precision", 8, None, "exact", "")]),
    ("It delivers up to $3.2\\times$ and $1.9\\times$ speedups over A and B, respectively.",
     [("3.2\\times", "speedup", 3.2, None, "upper_bound", ""), ("1.9\\times", "speedup", 1.9, None, "exact", "")]),
    # a tie between words is a space; a '~' after a space is still 'about'
    ("We pre-train on 3~trillion tokens for ~3 epochs.",
     [("3~trillion", "token_count", 3e12, None, "exact", "training"), ("3", "count", 3, None, "approx", "")]),
    # machines after math: '$8\\times$A100 GPUs' counts them
    ("It runs $>$2$\\times$ faster on $8\\times$A100 GPUs.",
     [("2$\\times$", "speedup", 2, None, "lower_bound", ""), ("8", "count", 8, None, "exact", "")]),
    ("Models use {\\em 4-bit} weights.", [("4-bit", "precision", 4, None, "exact", "")]),
])
def test_latex_math(sentence, expected):
    assert found(sentence) == expected


def test_changes_in_brackets_after_the_tasks_a_baseline_was_beaten_on_are_over_it():
    sentence = ("DoRA consistently outperforms LoRA on commonsense reasoning (+3.7/+1.0 on LLaMA-7B/13B) "
                "and visual instruction tuning (+0.6 on LLaVA-7B).")
    assert [(sentence[c.start:c.end], c.comparator) for c in extract(sentence) if c.kind == "accuracy_delta"] == [
        ("+3.7", "LoRA"), ("+1.0", "LoRA"), ("+0.6", "LoRA")]


def test_a_baseline_stops_at_a_bracket_still_open_at_the_next_claim():
    sentence = "DAPO reaches 50 points on AIME 2024, outperforming DeepSeek-R1-Zero (47 points) with half the steps."
    assert extract(sentence)[0].comparator == "DeepSeek-R1-Zero"  # was 'DeepSeek-R1-Zero ('


def test_parallel_claims_joined_by_and_a_share_the_baseline_named_after_the_last():
    sentence = ("our kernels achieve a 20% increase in training throughput and a 60% reduction in GPU memory "
                "compared to HuggingFace implementations")
    assert [(c.kind, c.metric, c.comparator) for c in extract(sentence)] == [
        ("speedup", "training throughput", "HuggingFace implementations"),
        ("cost_reduction", "GPU memory", "HuggingFace implementations")]


@pytest.mark.parametrize("sentence", [
    "It uses 3x less memory, 2x less compute, and 4x fewer tokens than the baseline.",
    "It delivers up to 2.3x higher effective throughput, 2x lower latency, and up to 3.7x lower tail latency compared to the baseline.",
])
def test_a_list_of_ratios_shares_the_baseline_its_last_item_names(sentence):
    assert [c.comparator for c in extract(sentence)] == ["the baseline"] * 3


def test_parallel_claims_after_a_qualifier_symbol_share_the_baseline():
    sentence = "It achieves ~2× higher throughput and ≈40% lower latency than TensorRT-LLM."
    assert [(c.kind, c.qualifier, c.comparator) for c in extract(sentence)] == [
        ("speedup", "approx", "TensorRT-LLM"), ("speedup", "approx", "TensorRT-LLM")]


def test_latex_parallel_claims_share_a_baseline_that_ends_before_at():
    sentence = "achieves $4.2\\times$ lower latency and $62\\%$ less memory than FlashAttention-2 at 64K tokens"
    assert [(c.kind, c.comparator) for c in extract(sentence) if c.kind != "token_count"] == [
        ("speedup", "FlashAttention-2"), ("cost_reduction", "FlashAttention-2")]


def test_a_single_letter_is_no_name():  # the scale of a LaTeX number: '$1$M tokens'
    sentence = "it scales to sequences of $1$M tokens on a single 80GB GPU"
    assert [c.subject for c in extract(sentence)] == ["", "", ""]


def test_a_baseline_phrase_leaves_a_dangling_conjunction_out():
    sentence = "it improves the average score by 0.8 points over LoRA and by 1.6 points over prefix tuning"
    assert [c.comparator for c in extract(sentence)] == ["LoRA", "prefix tuning"]


def test_each_baseline_after_surpassing_belongs_to_the_number_after_it():
    """'surpassing X by' names the baseline of the number after it, not of the one before, and
    'and Y by' goes on with the verb left out."""
    sentence = "SpinQuant narrows the gap to 2.9 points, surpassing LLM-QAT by 19.1 points and SmoothQuant by 25.0 points."
    assert [(c.value, c.subject, c.comparator) for c in extract(sentence)] == \
        [(2.9, "SpinQuant", ""), (19.1, "SpinQuant", "LLM-QAT"), (25.0, "SpinQuant", "SmoothQuant")]


def test_respectively_pairs_ratios_with_their_baselines_in_order():
    sentence = ("while also achieving up to 2.2x and 7.5x higher inference throughput compared to "
                "GPT-OSS-120B and Qwen3.5-122B, respectively.")
    ratios = [(c.value, c.qualifier, c.metric, c.comparator) for c in extract(sentence) if c.kind == "speedup"]
    assert ratios == [(2.2, "upper_bound", "inference throughput", "GPT-OSS-120B"),
                      (7.5, "exact", "inference throughput", "Qwen3.5-122B")]


@pytest.mark.parametrize("sentence, expected", [
    # baselines listed before the claims pair with them too, however many words follow the last claim
    ("Relative to Llama-2-7B and Llama-2-13B, our models are 1.8x and 2.1x faster, respectively.",
     [(1.8, "Llama-2-7B"), (2.1, "Llama-2-13B")]),
    # a bare number listed before one in points is in points; a loss makes both negative
    ("Compared with GPTQ and AWQ, our method improves perplexity by 0.8 and 0.5, respectively.",
     [(0.8, "GPTQ"), (0.5, "AWQ")]),
    ("Against the FP16 model, the 3- and 4-bit models lose 1.2 and 0.4 points, respectively.",
     [(-1.2, "the FP16 model"), (-0.4, "the FP16 model")]),
    # a share parallel to a speedup given in percent is one too; a share of things after it is not
    ("Throughput increases by 35% on A100 and 52% on H100, and 40% of requests finish early.",
     [(1.35, ""), (1.52, "")]),
    # a lower-case plural after 'and' then 'by' is a name, no verb; 'respectively' may come after
    # the measure and its setting
    ("SageAttention2 surpasses FlashAttention2 and xformers by about 3x and 4.5x in operations per second "
     "(OPS) on RTX4090, respectively.", [(3, "FlashAttention2"), (4.5, "xformers")]),
    ("It is 3x and 4.5x faster than FlashAttention2 and xformers, respectively.",
     [(3, "FlashAttention2"), (4.5, "xformers")]),
])
def test_lists_of_relative_claims(sentence, expected):
    assert [(round(c.value, 4), c.comparator) for c in extract(sentence) if c.kind in ("speedup", "accuracy_delta")] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a 'B' before a plural of lower-case things counts them; before a model or its parts it is a size
    ("Our 3B VLM is trained on 1.4B image-text pairs.", [("3B", "parameter_count"), ("1.4B", "count")]),
    ("We collect 2B examples.", [("2B", "count")]),
    ("We release the 7B weights and 7B checkpoints.", [("7B", "parameter_count"), ("7B", "parameter_count")]),
    ("pre-training on LLaMA 1B and 7B architectures", [("1B", "parameter_count"), ("7B", "parameter_count")]),
    ("2.1-2.9x speedups for 7B targets", [("2.1-2.9x", "speedup"), ("7B", "parameter_count")]),  # speculation's models
    # a sentence opened by a name and its size: the word after the size is the verb
    ("Mistral 7B leverages sliding window attention.", [("7B", "parameter_count")]),
    ("Llama 2 70B employs grouped-query attention.", [("70B", "parameter_count")]),
    ("LAION 5B images are filtered for quality.", [("5B", "count")]),  # the verb follows the noun
])
def test_a_billion_things_are_counted_not_a_size(sentence, expected):
    assert [(sentence[c.start:c.end], c.kind) for c in extract(sentence)] == expected


def test_sizes_read_from_their_b_alone_in_a_list_of_tokens_are_tokens():
    sentence = "They have 1.3B, 2.7B and 6.7B parameters and are trained on 100B, 200B and 300B tokens, respectively."
    assert [(sentence[c.start:c.end], c.kind) for c in extract(sentence)] == [
        ("1.3B", "parameter_count"), ("2.7B", "parameter_count"), ("6.7B", "parameter_count"),
        ("100B", "token_count"), ("200B", "token_count"), ("300B", "token_count")]


def test_a_size_with_its_own_noun_stays_a_size_before_an_amount_of_tokens():
    sentence = "We then scale it to 7B parameters and 2.7T tokens."
    assert [(sentence[c.start:c.end], c.kind) for c in extract(sentence)] == [
        ("7B", "parameter_count"), ("2.7T", "token_count")]


@pytest.mark.parametrize("sentence, expected", [
    # a scale written once after the last item of a list scales every bare item before it
    ("The 9B and 27B models were trained on 8 and 13 trillion tokens, respectively.",
     [("9B", 9e9), ("27B", 27e9), ("8", 8e12), ("13 trillion", 13e12)]),
    ("models with 1.3, 2.7 and 6.7 billion parameters", [("1.3", 1.3e9), ("2.7", 2.7e9), ("6.7 billion", 6.7e9)]),
    ("We use 8 and 16 GPUs.", [("8", 8), ("16", 16)]),  # no scale, nothing to share
])
def test_a_scale_written_once_for_a_list_scales_each_item(sentence, expected):
    assert [(sentence[c.start:c.end], c.value) for c in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, metric, comparator", [
    # a phase named by its verb after 'cheaper' or 'faster'
    ("The model is 3x cheaper to train.", "training cost", ""),
    # a baseline ends before a phase of time: when the gain was measured is no part of it
    ("NVLM-D-72B improves text-only accuracy by 4.3 points over its LLM backbone after multimodal training.",
     "accuracy", "its LLM backbone"),
    # a phase names its FLOPs as it names its compute; thinking tokens are a measure of their own
    ("OLMo 2 needs 1.3x less training FLOPs than Llama 3.1 8B.", "training FLOPs", "Llama 3.1 8B"),
    ("Coconut generates 3x fewer thinking tokens during inference.", "thinking tokens", ""),
    # a baseline ends before a participle and its preposition, irregular ones too
    ("Compared with the latest models built on Stable Diffusion, ours are more than 10x faster.", "speed", "the latest models"),
    # a test's statistics in brackets end a baseline
    ("Consultants produced over 40% higher quality results compared to a control group (p < 0.001).", "quality", "a control group"),
    # 'more quickly' is faster
    ("Participants completed tasks 25.1% more quickly than the control group.", "speed", "the control group"),
    # a change restating a clause is of the measure that clause names, however far before, taken relatively or not
    ("Fine-tuning reduces perplexity from 12.3 to 9.8 on WikiText-103, a 20% relative improvement.", "perplexity", ""),
    # what a ratio needs fewer of ends before 'across', 'over', 'during', 'from'
    ("It reaches the target accuracy in 2.5x fewer rounds across 1,000 clients.", "rounds", ""),
    # a score named in lower case before 'by' is its measure
    ("The detector improves mAP by 4.1 over YOLOv8-S.", "mAP", "YOLOv8-S"),
    # a span of time after 'over' is no baseline
    ("The ranking model increased daily active users by 0.8% in A/B tests over four weeks.", "daily active users", ""),
    # hyphened phases name their measures as written
    ("It reduces fine-tuning memory usage by 3.4x.", "fine-tuning memory", ""),
    ("It reduces pre-filling latency by 1.6-2.2x.", "pre-filling latency", ""),
    # a ratio times a serving rate of a baseline is a speedup over it; 'under the same ...' ends the baseline
    ("It sustains 2.3 times the request rate of vLLM under the same SLO.", "request rate", "vLLM"),
    ("It sustains 2.3x the goodput of vLLM.", "goodput", "vLLM"),
    ("FleetServe: Serving at 2.3x the Goodput of vLLM", "goodput", "vLLM"),  # a title's measure in Title Case
    # a peer matched with less of something is the saving's baseline
    ("Aurora-VL matches Gemini 1.5 Pro on video benchmarks with 8x fewer visual tokens.", "visual tokens", "Gemini 1.5 Pro"),
    ("OLMo 2 was trained on 5T tokens and matches Qwen 2.5 14B with 2x fewer FLOPs.", "FLOPs", "Qwen 2.5 14B"),
    # a gain in performance per watt saves energy; the rate of a baseline in tokens per second
    ("It consumes 350 W, a 3.1x improvement in performance per watt over the A100.", "performance per watt", "the A100"),
    ("The pruned model runs at 2.4x the tokens per second of the dense one.", "tokens per second", "the dense one"),
    # a clause after 'than' names no baseline; a participle before whose it was is dropped
    ("We distill it with 100B tokens, 40x fewer than were used to pretrain the teacher.", "tokens", ""),
    ("It uses 3x fewer tokens than needed by prior work.", "tokens", "prior work"),
    ("It is 2x faster than reported for vLLM.", "speed", "vLLM"),
    # a score named before 'by' keeps its cut at top k
    ("Mining hard negatives improves retrieval nDCG@10 by 3.4 points over single-stage training.",
     "nDCG@10", "single-stage training"),
    # requests named before a speedup are what is served, not its measure
    ("It supports long-context requests, achieving up to 6.5x speedup when prefilling 1M tokens.", "prefilling speed", ""),
    ("It is 5x cheaper to serve than GPT-4.", "serving cost", "GPT-4"),
    # a saving of something no list names: what the reduction is in, past 'the number of'
    ("We obtain a 40% reduction in the number of sampling steps with no loss in FID.", "sampling steps", ""),
    ("This yields a 2x reduction in the amount of communication.", "communication", ""),
    ("Minitron models exhibit up to a 16% improvement in MMLU scores compared to training from scratch.",
     "MMLU", "training from scratch"),
    ("our 1B model exceeds the state-of-the-art Llama-3.2-1B by 2.0%.", "", "the state-of-the-art Llama-3.2-1B"),
    ("It achieves up to 3.3x higher inference throughput than similarly-sized open models like GPT-OSS-20B, while",
     "inference throughput", "similarly-sized open models like GPT-OSS-20B"),
    ("Compared to existing models (e.g., Qwen3-8B), we show up to 6x higher inference throughput.",
     "inference throughput", "existing models (e.g., Qwen3-8B)"),
    ("Our model outperforms Llama-3.2-3B with 1.32% higher average accuracy.", "average accuracy", "Llama-3.2-3B"),
    ("Our model improves MMLU by 4.2 points over the baseline.", "MMLU", "the baseline"),
    ("We halve the parameters, a 2x reduction with less than a minor drop in accuracy.", "parameters", ""),
    ("The 8B model improves on Llama 2 7B by 22 points on MMLU.", "MMLU", "Llama 2 7B"),
    ("Mamba enjoys fast inference (5$\\times$ higher throughput than Transformers) and linear scaling.",
     "throughput", "Transformers"),
    ("improves exact match by 4.2 points on Natural Questions", "Natural Questions", ""),
    ("lowers perplexity by 12% compared to GPT-2", "perplexity", "GPT-2"),
    ("reduces WER by 10% over Whisper", "WER", "Whisper"),  # acronyms keep their case
    ("It outperforms GPT-4o on AIME 2024 by an absolute 12.3%.", "AIME 2024", "GPT-4o"),  # benchmark before 'by'
    ("Our engine is 3x as fast as vLLM.", "speed", "vLLM"),
    ("Our model is 2x faster than vLLM, TensorRT-LLM and SGLang on long prompts.",  # a list of names goes on after commas
     "speed", "vLLM, TensorRT-LLM and SGLang"),
    ("The approach attains 45.2 BLEU, a gain of 1.3 BLEU over the baseline.", "BLEU", "the baseline"),  # a score as unit
    ("This gives a 5-fold reduction in training time.", "training time", ""),
    ("at 1/7th the carbon footprint of GPT-3", "carbon footprint", ""),
    # a condition ends the baseline phrase
    ("an 8.2x enhancement in memory efficiency compared to the baseline when processing inputs of 16K tokens",
     "memory efficiency", "the baseline"),
    ("reducing sampling time by 12.5x", "sampling time", ""),
    ("narrows the gap to merely 2.9 points on the LLaMA-2 7B model.", "", ""),
    ("Results show a 12% increase in factual accuracy.", "factual accuracy", ""),
    ("Our retrieval system improves recall@10 by 8.3 points.", "recall@10", ""),
    ("It generates 20% more tokens per second than vLLM.", "tokens per second", "vLLM"),
    # after 'by', what changes was named before; the words after are the next clause's
    ("Quantized, the model's latency falls by 35% and its throughput rises.", "latency", ""),  # a model measured on is no benchmark
    ("It outperforms them on recall tasks by 6.22 accuracy points.", "accuracy", ""),  # a pronoun is no baseline
    ("On MMLU it scores 56.7, within 2 points of Mistral 7B.", "", "Mistral 7B"),
    # narrowing a gap to a stronger model betters a score, it saves nothing
    ("SpinQuant reduces the gap to full precision by up to 45.1% relative to QuaRot.", "", "QuaRot"),
    # acronyms keep their case in a metric, plural ones too; what fewer of is named is the metric
    ("The resulting model requires 8x fewer GPUs for serving.", "GPUs", ""),
    ("It reduces the KV cache by 4x.", "KV cache", ""),
    # a saving that compresses or makes smaller, with no measure named, is of the model's size
    ("Our approach achieves 3.5x compression with no drop.", "model size", ""),
    ("The student is 40% smaller than BERT-base.", "model size", "BERT-base"),
    ("DistilBERT reduces the size of a BERT model by 40%.", "model size", ""),
    # 'within 1% of X' is the baseline of that later number, not of the ratio before
    ("It cuts response length by 40% while keeping accuracy within 1% of the original model.", "response length", ""),
    # a speedup named before the ratio is of speed; a phase after it is its own
    ("Medusa-2 further improves the speedup to 2.3-3.6x.", "speed", ""),
    ("The draft model reaches a speedup of 3.1x.", "speed", ""),
    # what a saving needs fewer of, when no known measure names it
    ("Our optimizer requires 50% fewer steps to reach the same loss.", "steps", ""),
    ("Sophia reaches the same loss with 50% fewer number of steps than Adam.", "steps", "Adam"),
    ("It needs 3x fewer forward passes.", "forward passes", ""),
    # a ratio of another's measure names that other right after
    ("The resulting model runs at 2.4x the speed of the dense model on CPUs.", "speed", "the dense model"),
    ("It delivers 1.5x the inference throughput of FasterTransformer at the same latency.",
     "inference throughput", "FasterTransformer"),
    ("a student that is 40% smaller with no loss", "model size", ""),
    # what the sentence says is smaller, when it is no model, names the size
    ("Our deduplicated dataset is 26% smaller yet better.", "dataset size", ""),
    ("The resulting corpus is about 3x smaller.", "corpus size", ""),
    # a benchmark after lower-case words and before 'benchmark'; one opening the sentence
    ("It improves by 3% on the competition-level MATH benchmark.", "MATH", ""),
    ("It scores 3% above the baseline on MMLU.", "MMLU", "the baseline"),  # a score above another's is a change
    ("On GSM8K, our 8B model improves accuracy by 7.2 points.", "GSM8K", ""),
    # after a verb and 'by', the words it changes are the metric though no known measure names them
    ("Our method reduces response length by 50% while maintaining accuracy.", "response length", ""),
    ("It shrinks the model footprint by 3x.", "model footprint", ""),
    ("Accelerating Sparse Attention by 3x with New Kernels", "sparse attention", ""),  # a title's words are capitalized
    # a baseline read up to the number ends before 'of' and its qualifier
    ("It gives end-to-end speedups over FP16 of around 3.25x.", "speed", "FP16"),
    # a score's name after a bare number a model is beaten by is the metric
    ("It outperforms Llama by 2.3 F1.", "F1", "Llama"),
    ("It cuts the time to first token by 4.2x.", "time to first token", ""),
    ("It reduces the number of denoising steps by 8x.", "denoising steps", ""),  # what is counted is reduced
    ("It reduces TPOT by 30% on long prompts.", "TPOT", ""),  # a time, so a speedup
    ("It reaches 86.4% accuracy, within 2 points of GPT-4.", "accuracy", "GPT-4"),  # a baseline, no benchmark
    # a change right after a score, in an appositive or brackets, is a change of that score
    ("Our best model reaches 51.2% on MMLU-Pro, 7.3 points above the previous open model.",
     "MMLU-Pro", "the previous open model"),
    ("It scores 45.2% on AIME, a 6.3% improvement over the base model.", "AIME", "the base model"),
    # ... also when the benchmark's name holds digits, or the change is in LaTeX math
    ("It reaches 40.3% on AIME 2024, a 25-point gain over the base model.", "AIME 2024", "the base model"),
    ("The model attains $71.3\\%$ on MMLU, $+4.2$ over its predecessor.", "MMLU", "its predecessor"),
    # the score's own measure phrase does not make the change's: the benchmark does
    ("It attains a 65.4% success rate on WebArena, up 12.3 points over the prior best.", "WebArena", "the prior best"),
    ("Our agent resolves 43.2% of issues on SWE-bench, an absolute improvement of 12.4%.", "", ""),
    # a change in brackets after a score on a benchmark is that benchmark's; a benchmark right
    # before a signed change is its metric, no subject; a model it is measured on is no benchmark
    ("It scores 85.2 on MMLU (+2.1) and leads on GSM8K.", "MMLU", ""),
    ("It reaches 45.2% on AIME (+6.3%).", "AIME", ""),
    ("Compared with the base model: MMLU +2.3.", "MMLU", "the base model"),
    ("DoRA helps commonsense reasoning (+3.7 on LLaMA-7B).", "", ""),
    # scores in brackets after a baseline are no part of its name
    ("It loses less than 3 points of accuracy compared to the full precision (69.48 vs. 72.41).",
     "accuracy", "the full precision"),
    # a size after a verb of beating or 'than' starts the baseline's name; 'for' ends it
    ("Our 3B model outperforms 7B baselines by an average of 4.3 points.", "", "7B baselines"),
    ("The kernel runs 1.7-2.1x faster than cuBLAS for batch size 1.", "speed", "cuBLAS"),
    # names listed after a baseline's comma are no baseline when their own clause goes on
    ("It outperforms Mamba-3B, and Griffin-7B and Griffin-14B achieve performance competitive with Llama-2 "
     "on 6 times fewer tokens.", "tokens", ""),
    # 'cheaper' alone is of cost; a phase that is the subject of 'is' names it
    ("GPT-4o mini is more than 60% cheaper than GPT-3.5 Turbo.", "cost", "GPT-3.5 Turbo"),
    ("Inference is 2.5 times cheaper than the dense baseline.", "inference cost", "the dense baseline"),
    ("Inference is up to 3x faster.", "inference speed", ""),
    # a speedup of a phase is of its speed, however the verb names it
    ("The draft model accelerates generation by 2x-3x.", "generation speed", ""),
    ("It speeds up prefill by up to 1.4x.", "prefill speed", ""),
    ("Our kernel accelerates decoding by 40%.", "decoding speed", ""),
    # memory keeps the word that says whose or which it is
    ("The method reduces peak memory by 3x.", "peak memory", ""),
    # 'than' right after a ratio's 'fewer', 'less' or 'more' names its baseline ('fewer than 10' bounds a number)
    ("It uses 94B tokens, which is 40x fewer than training from scratch.", "tokens", "training from scratch"),
    ("Our tokenizer compresses images into 32 tokens, 8x fewer than prior work.", "tokens", "prior work"),
    # a benchmark before the words of its score and 'by' is the metric, however the score is qualified
    ("DataComp-1B improves ImageNet zero-shot accuracy by 3.7 percentage points over CLIP ViT-L/14.",
     "ImageNet", "CLIP ViT-L/14"),
    ("It improves MMLU 5-shot accuracy by 2.1%.", "MMLU", ""),
    # a change after a score may beat a named model by it, and keeps the score's benchmark
    ("On MMMU it scores 61.2%, outperforming GPT-4V by 4.4 points.", "MMMU", "GPT-4V"),
    # a verb of compressing by a share saves as reducing does; passive, of the things before it
    ("LLM-Pruner compresses LLaMA-7B by 20% with little loss.", "model size", ""),
    ("Reasoning traces are compressed by 50% with no loss in accuracy.", "reasoning traces", ""),
    # tokens keep the word that says which ones
    ("Our model generates 2.3x fewer reasoning tokens than DeepSeek-R1.", "reasoning tokens", "DeepSeek-R1"),
    # a benchmark before 'by an average of' is the change's metric
    ("Across 10 languages, our model improves BLEU by an average of 2.1.", "BLEU", ""),
    # what costs a ratio less is its cost
    ("It matches GPT-4 while costing 10x less.", "cost", ""),
    # a bracket opening with a number measures the baseline: no part of its name
    ("OpenVLA outperforms RT-2-X (55B) by 16.5% in absolute task success rate.", "success rate", "RT-2-X"),
    ("It is 9.96x faster than our offloading system (5.6 s/token).", "speed", "our offloading system"),
    # a baseline trailed; 'and only' starts the next clause
    ("It falls short of GPT-4 by 3.2 points.", "", "GPT-4"),
    ("It is 1.4 points behind GPT-4o on MMLU.", "MMLU", "GPT-4o"),
    ("Accuracy on low-resource languages lags English by 20-30 points.", "", "English"),
    # a ratio in an appositive restates the cut before it: a time cut is a speedup, of that time
    ("Time-to-first-token is reduced from 2.1 s to 0.4 s, a 5.2x improvement.", "time-to-first-token", ""),
    # a verb of a phase before the number, or the phase before the noun of the speedup, names its speed
    ("The method uses more memory but trains 1.8x faster.", "training speed", ""),
    ("The 70B model generates text 2.8 times faster at batch size 1.", "generation speed", ""),
    ("Training converges 1.5 times faster.", "training speed", ""),
    ("It achieves end-to-end training speedups of up to 40%.", "training speed", ""),
    # an efficiency named after a ratio is what it saves; a baseline ends before 'to reach'
    ("Muon achieves approximately 2x computational efficiency compared to AdamW.", "computational efficiency", "AdamW"),
    ("It trains with 48% fewer FLOPs than AdamW to reach the same loss.", "FLOPs", "AdamW"),
    # what a verb changes may be owned by a name after 'of'
    ("ThinkPrune reduces the average response length of DeepSeek-R1-Distill-Qwen by 50%.", "average response length", ""),
    # more work per unit of a resource saves that resource
    ("It achieves 2x better performance per watt than GPUs.", "performance per watt", "GPUs"),
    ("It reaches 4x higher tokens per dollar.", "tokens per dollar", ""),
    # a speedup of some phase of work is of that phase's speed
    ("Accelerating Mixture-of-Experts Inference by 5.3x on Commodity Hardware", "inference speed", ""),
    ("Accelerating LLM Inference by 3x with Speculative Streaming", "inference speed", ""),
    # 'over a' before a ratio is its qualifier, no baseline
    ("It achieves over a 3x speedup.", "speed", ""),
    # an order of magnitude has its own 'than', as '40x fewer than' has
    ("It holds 10K pairs, an order of magnitude fewer than existing preference datasets.", "", "existing preference datasets"),
    # 'without' and a gerund or a loss starts a clause of its own; 'without' and a noun is of the baseline
    ("It runs 48.9x faster than SAM-ViT-H without sacrificing accuracy.", "speed", "SAM-ViT-H"),
    ("It is 2x faster than vLLM without any loss in accuracy.", "speed", "vLLM"),
    ("It is 2x faster than training without distillation.", "training speed", "training without distillation"),
    # what the verb changes, named right after it however far before 'by'; 'speed' there is a noun
    ("It improves the throughput over leading inference systems such as DeepSpeed Zero-Inference and Hugging Face "
     "Accelerate by up to 29x.", "throughput", "leading inference systems such as DeepSpeed Zero-Inference and Hugging Face Accelerate"),
    ("It improves the decoding speed of LLaMA-Chat and Mistral-Instruct on one NVIDIA A100 GPU by up to 4.04x.",
     "decoding speed", ""),
    # a baseline is as written, math and all
    ("Compared with a dense $70$B model, it reaches $3\\times$ lower training cost.", "training cost", "a dense $70$B model"),
    # a baseline ends before a participle with its own phrase: 'trained on', 'fine-tuned with'
    ("Compared with Llama 3.1 8B trained on the same 1T tokens, our model improves MMLU by 5.6.", "MMLU", "Llama 3.1 8B"),
    # 'yet' starts a clause of its own, out of the baseline
    ("The draft model is 20x smaller than the target model yet accepts 65% of its tokens.", "model size", "the target model"),
    # 'as fast as with X' is set against X
    ("Training is 1.8 times as fast as with the baseline optimizer.", "training speed", "the baseline optimizer"),
    # a style command's closing brace is no part of the baseline; scores after 'vs.\\ ' are none
    ("It improves throughput by $1.4\\times$ compared to \\texttt{vLLM}, while keeping accuracy.", "throughput", "vLLM"),
    ("It matches full fine-tuning on GLUE ($88.2$ vs.\\ $88.4$) and is $3\\times$ cheaper to train.", "training cost", ""),
    ("It gains up to $12.4$ points (avg.\\ $4.7$) over the strongest open baseline.", "", "the strongest open baseline"),
    # a citation is no part of the baseline
    ("We achieve \\textbf{3.2$\\times$} higher throughput than vLLM~\\citep{kwon2023}.", "throughput", "vLLM"),
    # decibels of a score named after them; a baseline may open with its dimensions
    ("Our method outperforms per-scene optimization by 1.5 dB PSNR.", "PSNR", "per-scene optimization"),
    ("It improves PSNR by 0.8 dB over 3DGS.", "PSNR", "3DGS"),
    ("It renders 2.1x faster than 3D-UNet.", "rendering speed", "3D-UNet"),
    # a model whose accuracy a method boosts is no benchmark
    ("Our method boosts the accuracy of Llama-3.1-8B-Instruct by 6.7%.", "accuracy", ""),
    ("It improves throughput by up to 23% over 1F1B at 1,024 GPUs.", "throughput", "1F1B"),
    ("It gains +1.3 SI-SDR over Conv-TasNet.", "SI-SDR", "Conv-TasNet"),
    ("Checkpoint size shrinks by 75% when stored in FP8.", "checkpoint size", ""),
    # a benchmark that moves by the number is its measure; a generic capital word is none
    ("The model is smaller, while MMLU drops by only 0.3 points.", "MMLU", ""),
    ("Zero-shot accuracy improves by 2-5% across 10 languages.", "accuracy", ""),
    # pretraining is a phase; AbsRel an error score, no name
    ("It uses 4x less pretraining compute than the previous best.", "pretraining compute", "the previous best"),
    ("It reduces AbsRel error by 18% on NYUv2 compared to Depth Anything.", "NYUv2", "Depth Anything"),
    # things made smaller or shrunk are measured by their size, named in the singular
    ("SplatZip: 15x Smaller Scenes", "scene size", ""),
    ("It produces 3x smaller indexes.", "index size", ""),
    ("SplatZip shrinks scenes by 15x on average.", "scene size", ""),
    # CO2 is a cost; its digit is no number ending the share's own words
    ("It emits 45% less CO2 than dense training.", "CO2", "dense training"),
    # a model a sentence opens on is no benchmark
    ("On Llama-3-70B, W4A4 quantization keeps the accuracy gap within 1.5 points.", "accuracy", ""),
    # a share fewer of any things spent saves them, as a ratio fewer does
    ("It uses 40% fewer tool calls than ReAct.", "tool calls", "ReAct"),
    ("It makes 50% fewer API calls.", "API calls", ""),
    # a phase of work names which cost, latency or compute it is
    ("It cuts serving cost by 30% compared with the dense model.", "serving cost", "the dense model"),
    ("It reduces prefill latency by 2.4x.", "prefill latency", ""),
    ("It uses 9x less inference compute than Llama 2.", "inference compute", "Llama 2"),
    # a score cut off at its top k keeps the cut; any word so cut is a score
    ("It outperforms BM25 by 9.8 points nDCG@10.", "nDCG@10", "BM25"),
    ("It gains +3.4 Recall@100 over Contriever.", "Recall@100", "Contriever"),
    ("It gains 1.9 mAP@0.5 over YOLOv8.", "mAP@0.5", "YOLOv8"),
    # a benchmark between a setting and its measure is the measure's
    ("It obtains 82.1% zero-shot ImageNet accuracy, 2.1% higher than CLIP.", "ImageNet", "CLIP"),
    # scores of detection and segmentation
    ("It segments cells with a 7% higher average precision than Cellpose.", "average precision", "Cellpose"),
    # a passive verb names what it cut: a plural, or a measure of an amount such as a length
    ("Reasoning length can be reduced by 40% on average.", "reasoning length", ""),
    ("Token usage is cut by 30% against the base model.", "token usage", "the base model"),
    ("The method saves up to 2.5x inference tokens on GSM8K.", "inference tokens", ""),
    # a verb of beating with no object names no baseline; a benchmark improved on is none either
    ("Our model lags by 6.2 points on GSM8K.", "GSM8K", ""),
    ("It outperforms on MMLU by 3 points.", "MMLU", ""),
    ("It improves on AIME by 4.1 points.", "AIME", ""),
    # a hyphened measure is the measure; its noun of change is in the first three words as written
    ("FlashInfer achieves 29-69% inter-token-latency reduction compared to compiler backends.",
     "inter-token-latency", "compiler backends"),
])
def test_metrics_and_comparators(sentence, metric, comparator):
    relative = [c for c in extract(sentence) if c.kind in ("speedup", "cost_reduction", "accuracy_delta")]
    assert [(c.metric, c.comparator) for c in relative] == [(metric, comparator)]


def test_a_measure_named_since_the_ratio_before_is_this_ones():
    # whatever the verb acted on first: 'reduces the time to first token by 4.2x and latency by'
    sentence = "This reduces the time to first token by 4.2x and end-to-end latency by 2.1x."
    assert [(c.kind, c.metric) for c in extract(sentence)] == [
        ("speedup", "time to first token"), ("speedup", "latency")]


@pytest.mark.parametrize("sentence, expected", [
    # each benchmark of a list of changes stands before its own 'by', the next one's after it
    ("It improves accuracy on GSM8K by 4.2% and on MATH by 3.1%.", [("GSM8K", "", ""), ("MATH", "", "")]),
    ("Our method improves ROUGE-L by 2.3 and BLEU by 1.8 over fine-tuning.",
     [("ROUGE-L", "", "fine-tuning"), ("BLEU", "", "fine-tuning")]),
    # after a verb of comparison, the names before 'by' are baselines
    ("This surpasses LLM-QAT by 19.1 points and SmoothQuant by 25.0 points.",
     [("", "", "LLM-QAT"), ("", "", "SmoothQuant")]),
])
def test_each_change_of_a_list_is_on_the_benchmark_before_its_by(sentence, expected):
    assert [(c.metric, c.subject, c.comparator) for c in extract(sentence)] == expected


@pytest.mark.parametrize("closing", [", respectively", ""])
def test_changes_listed_after_scores_pair_with_them(closing):
    # without 'respectively' too, as long as the scores are on as many different benchmarks
    sentence = f"It attains 57.1% on MATH and 84.0% on GSM8K, outperforming GPT-3.5 by 20.1 and 6.9 points{closing}."
    assert [(c.kind, c.value, c.metric) for c in extract(sentence)] == [
        ("percentage", 57.1, "MATH"), ("percentage", 84.0, "GSM8K"),
        ("accuracy_delta", 20.1, "MATH"), ("accuracy_delta", 6.9, "GSM8K")]


def test_a_baseline_in_a_relative_clause_closed_before_the_main_one_is_no_later_claims():
    sentence = ("Using only 120B training tokens, which is 50x fewer than training from scratch, the pruned model "
                "retains 97% of the accuracy and delivers 1.8x higher throughput.")
    assert [(sentence[c.start:c.end], c.comparator) for c in extract(sentence)] == [
        ("120B", ""), ("50x", "training from scratch"), ("97%", ""), ("1.8x", "")]
    # a relative clause that goes on ('which is ..., yet consumes') keeps it
    sentence = "GLaM has 1.2T parameters, which is 7x larger than GPT-3, yet consumes only 1/3 of the energy."
    assert [c.comparator for c in extract(sentence) if c.kind == "cost_reduction"] == ["GPT-3"]


def test_changes_after_scores_of_a_list_closed_by_respectively_are_on_their_benchmark():
    sentence = "They reach 69.0% and 78.6% on AIME 2024, respectively, gains of 14.5% and 14.6% over their SFT models."
    assert [(c.kind, c.value, c.metric) for c in extract(sentence)] == [
        ("percentage", 69.0, "AIME 2024"), ("percentage", 78.6, "AIME 2024"),
        ("accuracy_delta", 14.5, "AIME 2024"), ("accuracy_delta", 14.6, "AIME 2024")]


def test_changes_listed_after_scores_on_one_benchmark_pair_only_with_respectively():
    sentence = "It attains 57.1% and 61.0% on MATH, outperforming GPT-3.5 and GPT-4 by 20.1 and 6.9 points."
    assert [(c.kind, c.value, c.metric) for c in extract(sentence)] == [
        ("percentage", 57.1, "MATH"), ("percentage", 61.0, "MATH"),
        ("accuracy_delta", 20.1, ""), ("accuracy_delta", 6.9, "")]


@pytest.mark.parametrize("sentence, expected", [
    # one verb lowers two error measures, each named before its own 'by'
    ("The system reduced false positives by 5.7% and false negatives by 9.4%.",
     [("accuracy_delta", -5.7, "false positives"), ("accuracy_delta", -9.4, "false negatives")]),
    ("It reduces perplexity by 3% and memory by 40%.",
     [("accuracy_delta", -3, "perplexity"), ("cost_reduction", 1.6667, "memory")]),
    # an error measure before 'reduction of' is lowered
    ("This is a relative WER reduction of 28%.", [("accuracy_delta", -28, "WER")]),
    # a measure right before 'of' is its number's, whatever the next number names
    ("It has a sensitivity of 87.5% at 90% specificity.",
     [("percentage", 87.5, "sensitivity"), ("percentage", 90, "specificity")]),
    # a plural after a noun may be its verb
    ("Pruning 40% of attention heads results in a 1.3x speedup.",
     [("percentage", 40, "attention heads"), ("speedup", 1.3, "speed")]),
    # a participle after a plural or 'data' starts a clause about it: the measure is the noun
    ("Over 60% of respondents preferred our system.", [("percentage", 60, "respondents")]),
    ("Over 98% of data used in alignment was synthetic.", [("percentage", 98, "data")]),
    # a measure may stand between 'by' and the change
    ("ReAct outperforms both methods by an absolute success rate of 34% and 10% respectively.",
     [("accuracy_delta", 34, "success rate"), ("accuracy_delta", 10, "success rate")]),
    # a verb of improving before 'by' makes a change of an unknown measure
    ("It cuts hallucinations while improving factual precision by 12%.", [("accuracy_delta", 12, "factual precision")]),
    # a cut to a fraction of what was is a saving of its inverse
    ("We compress the KV cache to 1/8 of its original size; it reduces memory to 1/4 of the baseline.",
     [("cost_reduction", 8, "KV cache"), ("cost_reduction", 4, "memory")]),
    # how often is no share of time
    ("Human raters prefer our outputs 62% of the time.", [("percentage", 62, "")]),
    # a change's measure is not the next item's, though that one's name has digits; 'lifts' raises
    ("It improves recall@50 by 12.4% and NDCG@10 by 9.1%, and lifts watch time by 1.8%.",
     [("accuracy_delta", 12.4, "recall@50"), ("accuracy_delta", 9.1, "NDCG@10"), ("accuracy_delta", 1.8, "watch time")]),
    # changes closed by 'respectively' pair with domains in lower case too
    ("It beats the base model by 14.7%, 13.9% and 54.8% on math, coding and logic puzzles, respectively.",
     [("accuracy_delta", 14.7, "math"), ("accuracy_delta", 13.9, "coding"), ("accuracy_delta", 54.8, "logic puzzles")]),
    # what a change is in is its measure, whatever measure the words after name
    ("It yields a 15.2% absolute improvement in helpfulness and a 9.8% reduction in toxicity.",
     [("accuracy_delta", 15.2, "helpfulness"), ("accuracy_delta", -9.8, "toxicity")]),
    # so is a cut to a share of it, or a resource or a time that falls to a part of itself; a score is only shared
    ("It reduces memory to 20% of the original, and latency falls to 35% of the baseline.",
     [("cost_reduction", 5, "memory"), ("speedup", 2.8571, "latency")]),
    ("Inference costs drop to one-fifth of the original, and the KV cache shrinks to an eighth of its size.",
     [("cost_reduction", 5, "inference cost"), ("cost_reduction", 8, "KV cache")]),
    ("Accuracy drops to 60% of the original.", [("percentage", 60, "original")]),
    # storage and footprints are saved
    ("ColBERTv2 reduces the space footprint of late interaction models by 6-10x.",
     [("cost_reduction", 6, "space footprint")]),
    # a second verb of change names its own measure, not the first one's
    ("It improves training throughput by 1.9x and reduces communication time by 63%.",
     [("speedup", 1.9, "training throughput"), ("speedup", 2.7027, "communication time")]),
    # a score in brackets after a benchmark named after 'on' is on it; not after a model
    ("It matches GPT-4 on MMLU (86.1%) and GSM8K (92.0%).", [("percentage", 86.1, "MMLU"), ("percentage", 92.0, "GSM8K")]),
    # a ratio listed after another with a qualifier of its own is still an item of the list
    ("Kernels are on average 1.3x and up to 2.9x faster than hand-tuned libraries.",
     [("speedup", 1.3, "speed"), ("speedup", 2.9, "speed")]),
    # a time cut by half, or in half, is twice as fast
    ("It reduces memory by half; the all-to-all latency is cut in half.", [("cost_reduction", 2, "memory"), ("speedup", 2, "latency")]),
    ("It increases memory efficiency by 8.2x.", [("cost_reduction", 8.2, "memory efficiency")]),
    ("It yields a 30% smaller model at the cost of a 1.2-point drop in accuracy.",  # an idiom, no cost
     [("cost_reduction", 1.4286, "model size"), ("accuracy_delta", -1.2, "accuracy")]),
    ("It achieves 4.3x higher energy efficiency at 60% lower cost.",
     [("cost_reduction", 4.3, "energy efficiency"), ("cost_reduction", 2.5, "cost")]),
    # the thing a verb cuts may be named with an acronym; the second cut keeps its own measure and kind
    ("It reduces the number of RL steps needed by 40% and the total GPU hours by 2.1x.",
     [("cost_reduction", 1.6667, "RL steps"), ("cost_reduction", 2.1, "GPU hours")]),
    # shortening is a cut; a unit written after the low end only makes no range
    ("It shortens the reasoning length by 40% to about 2,000 tokens.",
     [("cost_reduction", 1.6667, "reasoning length"), ("token_count", 2000, "")]),
    # a bare number in a phrase parallel to a change in points, on a benchmark of its own, is one too
    ("The method improves exact match by 3.1 on Natural Questions and 2.4 on TriviaQA.",
     [("accuracy_delta", 3.1, "Natural Questions"), ("accuracy_delta", 2.4, "TriviaQA")]),
    # a benchmark right after a score, before what it measures, is its metric
    ("It reaches 84.5% ImageNet zero-shot accuracy and a 2.1% higher GSM8K score.",
     [("percentage", 84.5, "ImageNet"), ("accuracy_delta", 2.1, "GSM8K")]),
    # a score cut is a change of it, no saving; 'only' may stand after 'by'
    ("Safety tuning reduces the attack success rate by 76%.", [("accuracy_delta", -76, "attack success rate")]),
    ("It reduces accuracy by only 0.3% and memory by 40%.",
     [("accuracy_delta", -0.3, "accuracy"), ("cost_reduction", 1.6667, "memory")]),
    # a parallel change after 'and by', with no measure of its own, measures what the one before does
    ("Accuracy improves by 12.5% relative to the zero-shot baseline and by 4.2% relative to few-shot prompting.",
     [("accuracy_delta", 12.5, "accuracy"), ("accuracy_delta", 4.2, "accuracy")]),
    ("It improves accuracy by 4.3 pp on average and by up to 9.1 pp on the hardest split.",
     [("accuracy_delta", 4.3, "accuracy"), ("accuracy_delta", 9.1, "accuracy")]),
    # the words after the next number are that number's measure, not this one's
    ("It achieves a 2-3x speedup and ~2x lower latency.", [("speedup", 2, "speed"), ("speedup", 2, "latency")]),
    ("We cut pre-training cost by $4.5\\times$ and reach 98\\% of the accuracy with $\\sim$10\\% of the data.",
     [("cost_reduction", 4.5, "pre-training cost"), ("percentage", 98, "accuracy"), ("percentage", 10, "data")]),
    # a parallel speedup with only the default 'speed' takes the phase of the one before
    ("The method speeds up training by 1.4x on 64 GPUs and by 2.1x on 512 GPUs.",
     [("speedup", 1.4, "training speed"), ("count", 64, "GPUs"), ("speedup", 2.1, "training speed"), ("count", 512, "GPUs")]),
    # speedups closed by 'respectively' take the phases named after them in order
    ("It achieves 4.1x and 3.2x speedups in prefill and decode, respectively.",
     [("speedup", 4.1, "prefill speed"), ("speedup", 3.2, "decode speed")]),
    ("It is 2.1x and 1.5x faster in training and inference, respectively.",
     [("speedup", 2.1, "training speed"), ("speedup", 1.5, "inference speed")]),
    # a benchmark or score before a noun of change and 'of' is what changed
    ("It loses little, with a BLEU drop of only 0.3 and an MMLU gain of 1.5 points.",
     [("accuracy_delta", -0.3, "BLEU"), ("accuracy_delta", 1.5, "MMLU")]),
    # a score's name ending in '+' is read whole
    ("It outperforms the 54B NLLB model by 1.2 chrF++ points.",
     [("parameter_count", 5.4e10, ""), ("accuracy_delta", 1.2, "chrF++")]),
    # a benchmark's scores changed are of the benchmark
    ("It improves MMLU scores by up to 16%.", [("accuracy_delta", 16, "MMLU")]),
    # 'and X by' with the verb left out names the second item's measure, known or not
    ("The recommender increases click-through rate by 4.5% and watch time by 2.1%.",
     [("accuracy_delta", 4.5, "click-through rate"), ("accuracy_delta", 2.1, "watch time")]),
    ("Our method improves accuracy by 3.1% and robustness by 5.2%.",
     [("accuracy_delta", 3.1, "accuracy"), ("accuracy_delta", 5.2, "robustness")]),
    # the name of a score right after a number is its measure, each item of a list its own
    ("Our detector outperforms the previous best method by 4.2% mAP and 3.1% NDS.",
     [("accuracy_delta", 4.2, "mAP"), ("accuracy_delta", 3.1, "NDS")]),
    ("Our segmenter improves the baseline by 2.1 mAP and 3.5 mIoU.",
     [("accuracy_delta", 2.1, "mAP"), ("accuracy_delta", 3.5, "mIoU")]),
    ("It reaches 45.2% mAP and 61.3% NDS.", [("percentage", 45.2, "mAP"), ("percentage", 61.3, "NDS")]),
    # an arrow is the sign of a change; a change in brackets after a score a benchmark was raised to is on it
    ("It improves MMLU to 68.4 (↑2.1) and GSM8K to 81.0 (↑5.3), and perplexity by ↓0.4 on WikiText-2.",
     [("accuracy_delta", 2.1, "MMLU"), ("accuracy_delta", 5.3, "GSM8K"), ("accuracy_delta", -0.4, "WikiText-2")]),
    # '% point' is points; a benchmark's name may carry a version ('v1.1'); a split names no model
    ("BERT pushes the GLUE score to 80.5% (7.7% point absolute improvement) and SQuAD v1.1 Test F1 to 93.2 "
     "(1.5 point absolute improvement).",
     [("percentage", 80.5, "GLUE"), ("accuracy_delta", 7.7, "GLUE"), ("accuracy_delta", 1.5, "SQuAD v1.1 Test F1")]),
    # harmful completions fall as error rates do; a true positive rate is a measure of its own
    ("Fine-tuning reduces harmful completions by 62%.", [("accuracy_delta", -62, "harmful completions")]),
    ("It is detectable with 99.9% true positive rate at a 0.1% false positive rate.",
     [("percentage", 99.9, "true positive rate"), ("percentage", 0.1, "false positive rate")]),
    # a benchmark's measure raised from one score to another is the benchmark's
    ("It improves AIME 2024 accuracy from 13.3% to 43.3%.", [("percentage", 13.3, "AIME 2024"), ("percentage", 43.3, "AIME 2024")]),
    # changes in brackets after the benchmarks a list of benchmarks includes are on them
    ("It boosts accuracy on reasoning benchmarks, including GSM8K (+17.9%), SVAMP (+11.0%) and ARC-challenge (+3.9%).",
     [("accuracy_delta", 17.9, "GSM8K"), ("accuracy_delta", 11.0, "SVAMP"), ("accuracy_delta", 3.9, "ARC-challenge")]),
    # a share more of things is of the things; more quickly is faster
    ("Those using GPT-4 completed 12.2% more tasks and completed tasks 25.1% more quickly.",
     [("percentage", 12.2, "tasks"), ("speedup", 1.251, "speed")]),
    # a number with its own noun of change leaves the words after the number before to that one
    ("It achieves a 28% latency reduction for long-context inference, and 13-17% speedup for LLM serving.",
     [("speedup", 1.3889, "latency"), ("speedup", 1.13, "speed")]),
    ("It achieves 48% MFU, 1.3x higher than the baseline.", [("percentage", 48, "MFU"), ("speedup", 1.3, "MFU")]),
])
def test_each_number_keeps_its_own_measure(sentence, expected):
    assert [(c.kind, round(c.value, 4), c.metric) for c in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # the scores a change ran from and to are of its measure, named on a benchmark before its verb
    ("Accuracy on GSM8K rises by 11.4 points, from 56.8% to 68.2%.",
     [("11.4 points", "GSM8K", ""), ("56.8%", "GSM8K", ""), ("68.2%", "GSM8K", "")]),
    # a baseline stops before 'from' and a number; the change restating the scores is of their measure
    ("It improves the win rate against the SFT model from 50% to 72.5%, a 22.5-point gain.",
     [("50%", "win rate", ""), ("72.5%", "win rate", ""), ("22.5-point", "win rate", "the SFT model")]),
    # scores a verb raised from and to are of what it changes, however far before 'from'
    ("They improve win rate against the reference policy from 52% to 61% under best-of-n sampling.",
     [("52%", "win rate", ""), ("61%", "win rate", "")]),
    # 'and on' after a score opens the next phrase: its benchmark is the next scores'
    ("It improves pass@1 on LiveCodeBench from 28.5% to 37.1% and on HumanEval+ from 81.7% to 86.0%.",
     [("28.5%", "LiveCodeBench", ""), ("37.1%", "LiveCodeBench", ""), ("81.7%", "HumanEval+", ""),
      ("86.0%", "HumanEval+", "")]),
    # a change after a score, beating any baseline by it, is of the score's measure
    ("It achieves 88.6% top-1 accuracy on ImageNet, surpassing the previous state of the art by 0.9%.",
     [("88.6%", "ImageNet", ""), ("0.9%", "ImageNet", "the previous state of the art")]),
    ("Med-PaLM 2 scored up to 86.5% on the MedQA dataset, improving upon Med-PaLM by over 19%.",
     [("86.5%", "MedQA", ""), ("19%", "MedQA", "Med-PaLM")]),
    # the score a beaten model achieves is on the same benchmark
    ("Reflexion achieves 91% pass@1 on HumanEval, surpassing GPT-4 which achieves 80%.",
     [("91%", "HumanEval", ""), ("80%", "HumanEval", "")]),
    # a share set against a share of things, past what that one is of, is of the same things
    ("The policy succeeds in 87% of trials on unseen objects, compared to 42% for the strongest baseline.",
     [("87%", "trials", ""), ("42%", "trials", "")]),
    # a share of a benchmark's tasks is a score on it
    ("Our agent resolves 41.2% of issues on SWE-bench Verified, up from 33.2%; Minerva solves 50.3% of the problems on MATH.",
     [("41.2%", "SWE-bench Verified", ""), ("33.2%", "SWE-bench Verified", ""), ("50.3%", "MATH", "")]),
    # the scores in brackets after a change are the ones it ran between, of its measure
    ("It outperforms Llama3.1-8B-Instruct on MATH by an absolute 15.9% (51.9% to 67.8%).",
     [("8B", "", ""), ("15.9%", "MATH", "Llama3.1-8B-Instruct"), ("51.9%", "MATH", ""), ("67.8%", "MATH", "")]),
    # the benchmark a score rose from is on names both; the subject is whose accuracy it is
    ("It boosts the accuracy of Llama-3.1-8B-Instruct on GSM8K from 84.5% to 91.2%.",
     [("8B", "", ""), ("84.5%", "GSM8K", ""), ("91.2%", "GSM8K", "")]),
    # a generic measure read before the first score gives way to the benchmark it named
    ("It matches the baseline with an MMLU-Pro accuracy of 62.58% versus 62.62%.",
     [("62.58%", "MMLU-Pro", ""), ("62.62%", "MMLU-Pro", "")]),
])
def test_scores_and_changes_side_by_side_share_a_measure(sentence, expected):
    assert [(sentence[c.start:c.end], c.metric, c.comparator) for c in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, metrics", [
    ("The 1B, 3B and 8B models reach 45.1%, 58.3% and 66.7% on MMLU.", ["MMLU"] * 3),
    ("Our method yields speedups of 1.5x, 2.3x, and 3.1x for batch sizes of 1, 8, and 32.", ["speed"] * 3),
    # the noun written once after the last is every item's, over a measure read before
    ("The students keep most of the teacher's accuracy at 50%, 70%, and 90% sparsity.", ["sparsity"] * 3),
])
def test_numbers_of_one_list_share_the_measure_named_once(sentence, metrics):
    assert [c.metric for c in extract(sentence) if c.kind in ("percentage", "speedup")] == metrics


def test_scores_closed_by_respectively_pair_with_the_benchmarks_an_opening_on_names():
    sentence = "On AIME 2024 and MATH-500, our 32B model reaches 72.6% and 94.3%, respectively."
    assert [(c.value, c.metric) for c in extract(sentence) if c.kind == "percentage"] == [
        (72.6, "AIME 2024"), (94.3, "MATH-500")]


def test_scores_closed_by_respectively_pair_with_the_scores_before_them():
    sentence = "It achieves 57.1% on AIME and 94.8% on MATH, improving from the baseline's 6.5% and 59.2% respectively."
    assert [(c.value, c.metric) for c in extract(sentence)] == [
        (57.1, "AIME"), (94.8, "MATH"), (6.5, "AIME"), (59.2, "MATH")]


def test_a_score_risen_from_is_of_the_same_measure():
    sentence = "It reaches a 79.2% win rate against GPT-4 Turbo on AlpacaEval 2.0, up from 22.5% for the base model."
    assert [(sentence[c.start:c.end], c.metric) for c in extract(sentence)] == [
        ("79.2%", "AlpacaEval 2.0"), ("22.5%", "AlpacaEval 2.0")]


def test_a_score_a_change_reaches_is_of_its_measure():
    sentence = "Majority voting lifts accuracy on GPQA Diamond by 6.1 percentage points, to 71.7%."
    assert [(sentence[c.start:c.end], c.metric) for c in extract(sentence)] == [
        ("6.1 percentage points", "GPQA Diamond"), ("71.7%", "GPQA Diamond")]


def test_a_score_reached_from_another_is_of_the_same_measure():
    # a name with '@' and digits is a measure, neither a number nor a subject; a benchmark has a version
    sentence = "pass@1 rises from 34% to over 52%. Recall@10 is 80% on AlpacaEval 2.0."
    assert [(sentence[c.start:c.end], c.metric, c.subject) for c in extract(sentence)] == [
        ("34%", "pass@1", ""), ("52%", "pass@1", ""), ("80%", "AlpacaEval 2.0", "")]


def test_scores_of_models_set_against_a_score_are_on_its_benchmark():
    sentence = "It achieves 28.9% on AIME 2024, surpassing GPT-4o (9.3%) and Claude-3.5-Sonnet (16.0%). GPT-4 (86%) leads."
    assert [(c.subject, c.metric) for c in extract(sentence)] == [
        ("", "AIME 2024"), ("GPT-4o", "AIME 2024"), ("Claude-3.5-Sonnet", "AIME 2024"), ("GPT-4", "")]


@pytest.mark.parametrize("sentence, expected", [
    # 'for NAME' after a score set against another names whose score it is, no benchmark
    ("It achieves a success rate of 62% compared to 32% for RT-1.",
     [("62%", "success rate", ""), ("32%", "success rate", "RT-1")]),
    ("The agent scores 45% on GSM8K versus 38% for the baseline.",  # the baseline's score is on GSM8K too
     [("45%", "GSM8K", ""), ("38%", "GSM8K", "")]),
    ("It reaches 81.2% on MMLU, compared with 79.5% for Llama 2.",
     [("81.2%", "MMLU", ""), ("79.5%", "MMLU", "Llama 2")]),
    # a few words of the first score's own before the comparison
    ("Our reward model achieves 92.5% agreement with human preferences, compared to 85% for GPT-4.",
     [("92.5%", "agreement", ""), ("85%", "agreement", "GPT-4")]),
    # with no score set against it, 'for' names what a score is on
    ("We obtain accuracies of 92.1% for CIFAR-10 and 75.3% for ImageNet.",
     [("92.1%", "CIFAR-10", ""), ("75.3%", "ImageNet", "")]),
])
def test_a_score_set_against_another_is_on_its_measure(sentence, expected):
    assert [(sentence[c.start:c.end], c.metric, c.subject) for c in extract(sentence)] == expected


@pytest.mark.parametrize("opening", ["On MMLU,", "Evaluated on MMLU,", "Tested on the MMLU benchmark,"])
def test_a_benchmark_opening_the_sentence_is_of_every_score_in_it(opening):
    sentence = f"{opening} Llama 3 405B reaches 88.6%, comparable to GPT-4 (86.4%)."
    assert [(c.metric, c.subject) for c in extract(sentence) if c.kind == "percentage"] == [
        ("MMLU", "Llama 3 405B"), ("MMLU", "GPT-4")]


def test_a_model_named_with_a_version_and_size_is_no_benchmark():
    sentence = "The 8B model reaches 71.3% on MMLU, up from 66.6% for Llama 3 8B."  # the score risen from is MMLU's too
    assert [c.metric for c in extract(sentence) if c.kind == "percentage"] == ["MMLU", "MMLU"]


@pytest.mark.parametrize("sentence, expected", [
    # what a verb changes is named before 'by'; the next clause's cues are not this number's
    ("while cutting weight memory by 3.9x and improving decoding throughput by 2.4x",
     [("cost_reduction", "memory", ""), ("speedup", "decoding throughput", "")]),
    # a preposition after a ratio starts another phrase, not a list sharing its baseline
    ("achieves a speedup ratio of up to 6.5x, with about 1.4x improvement over EAGLE-2.",
     [("speedup", "speed", ""), ("speedup", "speed", "EAGLE-2")]),  # a speedup of no named measure is of speed
    # a list of changes closed by 'respectively' pairs with the baselines named before it
    ("It outperforms GPT-4o and Claude 3.5 Sonnet on AIME 2024 by 12.3% and 9.8%, respectively.",
     [("accuracy_delta", "AIME 2024", "GPT-4o"), ("accuracy_delta", "AIME 2024", "Claude 3.5 Sonnet")]),
    # changes closed by 'respectively' take the benchmarks listed after them in order
    ("It yields 3.2% and 4.1% improvements on MMLU and GSM8K, respectively.",
     [("accuracy_delta", "MMLU", ""), ("accuracy_delta", "GSM8K", "")]),
    ("with scores of up to 67% and 65% on HumanEval and MBPP, respectively",  # scores too
     [("percentage", "HumanEval", ""), ("percentage", "MBPP", "")]),
    ("gains of 2.1%, 3.4% and 1.2% on MMLU, GSM8K, and HumanEval, respectively, over Llama 2",
     [("accuracy_delta", "MMLU", "Llama 2"), ("accuracy_delta", "GSM8K", "Llama 2"), ("accuracy_delta", "HumanEval", "Llama 2")]),
    ("LoRA can reduce the number of trainable parameters by 10,000 times and the GPU memory requirement by 3 times.",
     [("cost_reduction", "trainable parameters", ""), ("cost_reduction", "GPU memory", "")]),
    ("vLLM improves the throughput of popular LLMs by 2-4x with the same level of latency",
     [("speedup", "throughput", "")]),
    # a ratio with no other cue is a speed in a clause about inference or serving
    ("outperforms existing LLM serving systems by 1.5-2.8x for distributed LLM inference",
     [("speedup", "speed", "existing LLM serving systems")]),
    # a clause ends at 'and' before a modal verb
    ("It is over 15x faster than existing systems and can train an OPT-13B model in 9 hours.",
     [("speedup", "speed", "existing systems"), ("parameter_count", "", ""), ("count", "hours", "")]),
    # claims joined by 'and' (and a verb) share the baseline named after the last of them
    ("BitNet b1.58 is 2.71 times faster and uses 3.55 times less GPU memory than LLaMA LLM.",
     [("speedup", "speed", "LLaMA LLM"), ("cost_reduction", "GPU memory", "LLaMA LLM")]),
    # but not across a comma: the first claim's baseline was left out
    ("over 360x cost reduction, and around 7x compared to SoTA techniques",
     [("cost_reduction", "cost", ""), ("cost_reduction", "cost", "SoTA techniques")]),
    ("requiring 10x less tokens and 2.5x less training steps than previous methods",
     [("cost_reduction", "tokens", "previous methods"), ("cost_reduction", "training steps", "previous methods")]),
    ("DistServe can serve 7.4x more requests or 12.6x tighter SLO, compared to state-of-the-art systems.",
     [("speedup", "requests", "state-of-the-art systems"), ("speedup", "SLO", "state-of-the-art systems")]),
    # what a verb of change acts on is the metric; a qualifier may open the next parallel claim,
    # which measures the same, as does the next of a list after a comma
    ("to improve serving throughput within desired latency SLOs by up to 2.6x on a single A100 GPU and up to 3.7x over vLLM",
     [("speedup", "serving throughput", "vLLM"), ("count", "A100 GPU", ""), ("speedup", "serving throughput", "vLLM")]),
    ("It improves the serving throughput of Llama-3-8B by 1.2x on A100, 1.4x on L40S; and Qwen1.5-72B by 2.4x.",
     [("parameter_count", "", ""), ("speedup", "serving throughput", ""), ("speedup", "serving throughput", ""),
      ("parameter_count", "", ""), ("speedup", "serving throughput", "")]),
    # 'over' after no word of gain or number compares nothing; a 'while' clause names its own measure
    ("Through search over attention operators, we find models with 1.3x-1.9x lower latency and 18.7x higher "
     "throughput than Qwen3, while improving average accuracy by over 5.5%.",
     [("speedup", "latency", "Qwen3"), ("speedup", "throughput", "Qwen3"), ("accuracy_delta", "average accuracy", "Qwen3")]),
    # an item after a comma goes the way of the cut before it, as one after 'and' does; a second share saved too
    ("It reduces memory by 40%, latency by 25% and improves accuracy by 3%.",
     [("cost_reduction", "memory", ""), ("speedup", "latency", ""), ("accuracy_delta", "accuracy", "")]),
    ("It saves 30% memory and 20% compute.", [("cost_reduction", "memory", ""), ("cost_reduction", "compute", "")]),
    # 'and within' opens a clause of its own, out of the baseline
    ("The diffusion LM generates text 11x faster than its vanilla counterpart and within 0.4 points of LLaMA.",
     [("speedup", "generation speed", "its vanilla counterpart"), ("accuracy_delta", "", "LLaMA")]),
    # a scale word is a ratio before 'times' or '-fold'; a number in words ends the one before's own words
    ("Inference is a thousand times cheaper and a thousand-fold faster.",
     [("cost_reduction", "cost", ""), ("speedup", "speed", "")]),
    ("It needs twofold fewer GPUs and is threefold faster.", [("cost_reduction", "GPUs", ""), ("speedup", "speed", "")]),
    # a verb of change right before the number, with no 'by', changes what was named before it
    ("Compared to vLLM, throughput improves 2.1x and latency drops 45%.",
     [("speedup", "throughput", "vLLM"), ("speedup", "latency", "vLLM")]),
    # a phase is its own number's, not the next one's
    ("Training is 1.5x faster and inference 2.3x faster.", [("speedup", "training speed", ""), ("speedup", "inference speed", "")]),
    # a verb of change after 'and' is a clause of its own, no item of the cut before
    ("Our recipe trains faster while reducing memory by 39% and increasing throughput by 75%.",
     [("cost_reduction", "memory", ""), ("speedup", "throughput", "")]),
    # a share's measure is not what 'faster' measures
    ("It trains at 52% MFU, 1.8x faster than Ring Attention.", [("percentage", "MFU", ""), ("speedup", "speed", "Ring Attention")]),
    # a LaTeX qualifier joins parallel claims as a plain one does: they share the baseline named last
    ("Our method is $\\sim$3$\\times$ faster and uses $\\approx 40\\%$ less memory than FlashAttention-2.",
     [("speedup", "speed", "FlashAttention-2"), ("cost_reduction", "memory", "FlashAttention-2")]),
    # a phase before the noun of a speedup, or after its 'in', is its own, whatever measure came before
    ("We observe a 4-fold increase in throughput and a 1.5-3x speedup in prefill.",
     [("speedup", "throughput", ""), ("speedup", "prefill speed", "")]),
    # 'cheaper' is its own word, before any other ratio's
    ("It runs 2.5x faster, 2x cheaper and 3x smaller than the teacher.",
     [("speedup", "speed", "the teacher"), ("cost_reduction", "cost", "the teacher"),
      ("cost_reduction", "model size", "the teacher")]),
    ("It delivers 53.6x generation throughput speedup and 6.1x prefilling speedup.",
     [("speedup", "generation throughput", ""), ("speedup", "prefilling speed", "")]),
    ("It reduces optimizer memory by 82.5% and total training memory by 63.3%, compared to a BF16 baseline.",
     [("cost_reduction", "optimizer memory", "a BF16 baseline"), ("cost_reduction", "training memory", "a BF16 baseline"),
      ("precision", "BF16", "")]),
    # text copied from a PDF may run sentences together: the next sentence is no baseline
    ("It is 2.1x faster than the dense baseline.It achieves a 4.5% gain.",
     [("speedup", "speed", "the dense baseline"), ("accuracy_delta", "", "")]),
    # a model a ratio is measured on, even after its noun, is no subject; a name with a version
    # ends no parallel: the second ratio measures what the first does
    ("Our approach achieves a 1.5-2.0x end-to-end speedup on Llama-3.1-8B and 2.1x on Llama-3.1-70B.",
     [("speedup", "speed", ""), ("parameter_count", "", ""), ("speedup", "speed", ""), ("parameter_count", "", "")]),
    # a parallel share keeps its own benchmark
    ("We observe gains of up to 12% on GSM8K and 8% on MATH.",
     [("accuracy_delta", "GSM8K", ""), ("accuracy_delta", "MATH", "")]),
    # a ratio in an appositive is no list item: the baseline after it is its own
    ("EAGLE-3 delivers up to 6.5x speedup, a 1.4x improvement over EAGLE-2.",
     [("speedup", "speed", ""), ("speedup", "speed", "EAGLE-2")]),
    # a ratio with no cue of its own names no metric from a noun near it; it takes its neighbour's
    ("speedups over FP16 of 3.25x on A100 GPUs and 4.5x when using cheaper GPUs",
     [("precision", "FP16", ""), ("speedup", "speed", "FP16"), ("speedup", "speed", "FP16")]),
])
def test_ratios_of_one_sentence_keep_their_own_cues_and_baselines(sentence, expected):
    assert [(c.kind, c.metric, c.comparator) for c in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("yields +4.8 to +12.6 gains on MATH", [("+4.8 to +12.6", "accuracy_delta", 4.8, 12.6, "range", "")]),
    ("with 1.32% higher average accuracy", [("1.32%", "accuracy_delta", 1.32, None, "exact", "")]),
    ("improves accuracy by 7.2 points", [("7.2 points", "accuracy_delta", 7.2, None, "exact", "")]),
    ("with less than 1% perplexity degradation", [("1%", "accuracy_delta", -1, None, "upper_bound", "")]),
    ("We observe a 3-5% drop in accuracy.", [("3-5%", "accuracy_delta", -5, -3, "range", "")]),
    ("accuracy on MMLU drops by less than 1%", [("1%", "accuracy_delta", -1, None, "upper_bound", "")]),
    # points fall as shares do
    ("Quantization degrades MMLU accuracy by only 0.8 points.", [("0.8 points", "accuracy_delta", -0.8, None, "exact", "")]),
    ("The pruned model loses less than 1.5 points on MMLU.",
     [("1.5 points", "accuracy_delta", -1.5, None, "upper_bound", "")]),
    ("It improves MMLU by 2 points.", [("2 points", "accuracy_delta", 2, None, "exact", "")]),
    # a reduction in an appositive restates the error rate or the time named before it
    ("It reaches a word error rate of 5.2% on LibriSpeech, a relative reduction of 18% over the baseline.",
     [("5.2%", "percentage", 5.2, None, "exact", ""), ("18%", "accuracy_delta", -18, None, "exact", "")]),
    ("Its latency falls sharply on the A100, a relative reduction of 20% over the baseline.",
     [("20%", "speedup", 1.25, None, "exact", "")]),
    # bettering an efficiency by a share saves, as a ratio of it does; a scaling efficiency is a share
    ("It improves all-to-all communication efficiency by 40% and scaling efficiency by 10%.",
     [("40%", "cost_reduction", 1.4, None, "exact", ""), ("10%", "accuracy_delta", 10, None, "exact", "")]),
    # 'gains over' bounds a ratio or a share, and compares things counted
    ("Gains over 5% are observed on most tasks; it shows gains over 3 baselines.",
     [("5%", "accuracy_delta", 5, None, "lower_bound", ""), ("3", "count", 3, None, "exact", "")]),
    ("Our method yields speedups over 3x on long sequences.", [("3x", "speedup", 3, None, "lower_bound", "")]),
    # a share after a saving, each for a setting of its own, is converted alike
    ("Our tokenizer reduces the number of tokens per word by 18% for Hindi and 25% for Tamil.",
     [("18%", "cost_reduction", 1.2195, None, "exact", ""), ("25%", "cost_reduction", 1.3333, None, "exact", "")]),
    # one verb of cutting serves a range after 'and ... by'
    ("It reduces inter-token latency by 29-69% and long-context inference latency by 28-30%.",
     [("29-69%", "speedup", 1.4085, 3.2258, "range", ""), ("28-30%", "speedup", 1.3889, 1.4286, "range", "")]),
    # a share after a comma restates the amount spent before it
    ("The total training budget is 2.4M GPU hours, about 40% less than comparable open models.",
     [("2.4M", "count", 2.4e6, None, "exact", ""), ("40%", "cost_reduction", 1.6667, None, "approx", "")]),
    # a drop in a cost or a time saves it, as a reduction does; a drop in a score is a fall
    ("We see a 3% drop in accuracy, a 30% drop in cost and a 20% decrease in latency.",
     [("3%", "accuracy_delta", -3, None, "exact", ""), ("30%", "cost_reduction", 1.4286, None, "exact", ""),
      ("20%", "speedup", 1.25, None, "exact", "")]),
    # 'more accurate' is a gain in a score
    ("The resulting model is 0.4% more accurate.", [("0.4%", "accuracy_delta", 0.4, None, "exact", "")]),
    # bettering a time shortens it
    ("It improves task completion time by 26% and latency by 20%.",
     [("26%", "speedup", 1.3514, None, "exact", ""), ("20%", "speedup", 1.25, None, "exact", "")]),
    # a rate of events cut is a change of a score; a bit rate cut is a saving
    ("It reduces the rate of reward hacking by roughly 70% and the bit rate by 30%.",
     [("70%", "accuracy_delta", -70, None, "approx", ""), ("30%", "cost_reduction", 1.4286, None, "exact", "")]),
    # losing a share of a score is a fall of it; losing a share of things is a share
    ("It runs 2.4x faster while losing only 1.2% accuracy; it loses less than 1% on MMLU and 20% of its weights.",
     [("2.4x", "speedup", 2.4, None, "exact", ""), ("1.2%", "accuracy_delta", -1.2, None, "exact", ""),
      ("1%", "accuracy_delta", -1, None, "upper_bound", ""), ("20%", "percentage", 20, None, "exact", "")]),
    # trailing a baseline is a fall below it
    ("It trails GPT-4o by 2.3 points and lags behind GPT-4 by 5% on HumanEval.",
     [("2.3 points", "accuracy_delta", -2.3, None, "exact", ""), ("5%", "accuracy_delta", -5, None, "exact", "")]),
    ("It scores 3.1 points higher than Llama-3-70B and only 1.4 points behind GPT-4o.",
     [("3.1 points", "accuracy_delta", 3.1, None, "exact", ""), ("70B", "parameter_count", 7e10, None, "exact", ""),
      ("1.4 points", "accuracy_delta", -1.4, None, "exact", "")]),
    # 'and by' with no verb of its own goes the way of the change before it
    ("It reduces the mean absolute error by 35% on QM9 and by 21% on OC20.",
     [("35%", "accuracy_delta", -35, None, "exact", ""), ("21%", "accuracy_delta", -21, None, "exact", "")]),
    ("It reduces latency by 35% on A100 and by 20% on H100.",
     [("35%", "speedup", 1.5385, None, "exact", ""), ("20%", "speedup", 1.25, None, "exact", "")]),
    # a share after a comma and an article says more of the score before: no list, so the score stays a score
    ("our model reaches a WER of 3.1%, a 15% relative reduction over Whisper.",
     [("3.1%", "percentage", 3.1, None, "exact", ""), ("15%", "accuracy_delta", -15, None, "exact", "")]),
    ("outperforming prior open models by an average of 6.8%", [("6.8%", "accuracy_delta", 6.8, None, "exact", "")]),
    ("It beats GPT-4 by a margin of 3 points.", [("3 points", "accuracy_delta", 3, None, "exact", "")]),
    ("a 23% decrease in hallucination rate", [("23%", "accuracy_delta", -23, None, "exact", "")]),
    ("Accuracy falls by only 0.4% after pruning.", [("0.4%", "accuracy_delta", -0.4, None, "exact", "")]),
    # the next clause's fall is not this number's; a signed number in brackets after a score is its change
    ("Accuracy improves by 4.1 percentage points while memory drops 3x.",
     [("4.1 percentage points", "accuracy_delta", 4.1, None, "exact", ""), ("3x", "cost_reduction", 3, None, "exact", "")]),
    ("The model scores 45.2 (+6.3) on LiveBench.", [("+6.3", "accuracy_delta", 6.3, None, "exact", "")]),
    ("raising pass@1 from 20%-30% to 40%", [("20%-30%", "percentage", 20, 30, "range", ""), ("40%", "percentage", 40, None, "exact", "")]),
    ("improves accuracy from 50% to over 60%",  # a change: two numbers, the second with its own qualifier
     [("50%", "percentage", 50, None, "exact", ""), ("60%", "percentage", 60, None, "lower_bound", "")]),
    ("It yields 3.2% and 4.1% improvements on MMLU and GSM8K, respectively.",
     [("3.2%", "accuracy_delta", 3.2, None, "exact", ""), ("4.1%", "accuracy_delta", 4.1, None, "exact", "")]),
    ("Training on the subset improves MMLU by 5.6 over DCLM.", [("5.6", "accuracy_delta", 5.6, None, "exact", "")]),
    ("It outperforms the baseline on MATH by an absolute 15.9%.", [("15.9%", "accuracy_delta", 15.9, None, "exact", "")]),
    ("with only a 0.5-point drop and a 1-2 point degradation on MMLU",
     [("0.5-point", "accuracy_delta", -0.5, None, "exact", ""), ("1-2 point", "accuracy_delta", -2, -1, "range", "")]),
    ("We obtain a 2.3 BLEU points improvement.", [("2.3", "accuracy_delta", 2.3, None, "exact", "")]),
    ("It reaches 85% accuracy on MMLU.", [("85%", "percentage", 85, None, "exact", "")]),  # a score, not a change
    ("with $>$90% accuracy retained", [("90%", "percentage", 90, None, "lower_bound", "")]),
    ("achieves $\\sim$3x speedup and reduces cost by $\\approx$40%",
     [("3x", "speedup", 3, None, "approx", ""), ("40%", "cost_reduction", 1.6667, None, "approx", "")]),
    ("preserving 98.4% of the original model's capabilities", [("98.4%", "percentage", 98.4, None, "exact", "")]),
    ("over 98% of data used in our model alignment", [("98%", "percentage", 98, None, "lower_bound", "")]),
    ("with a fraction (<3%) of the original training data", [("3%", "percentage", 3, None, "upper_bound", "")]),
    ("reaching 50-73% of the theoretical maximum", [("50-73%", "percentage", 50, 73, "range", "")]),
    ("activating less than half of the parameters", [("half", "percentage", 50, None, "upper_bound", "")]),
    ("on a single NVIDIA A10G GPU (22GiB of memory, bfloat16 precision)",
     [("single", "count", 1, None, "exact", ""), ("22GiB", "memory", 22 * 2**30, None, "exact", ""),
      ("bfloat16", "precision", 16, None, "exact", "inference")]),
    ("fits on a 48GB GPU", [("48GB", "memory", 4.8e10, None, "exact", "")]),
    # bytes a second are a bandwidth, counted as a rate is, no memory
    # a size in words, singular as an adjective, hyphened or not
    ("We release a 20-terabyte dataset, a 1.5 terabyte corpus and 3 petabytes of video.",
     [("20-terabyte", "memory", 2e13, None, "exact", ""), ("1.5 terabyte", "memory", 1.5e12, None, "exact", ""),
      ("3 petabytes", "memory", 3e15, None, "exact", "")]),
    ("Each GPU has 80 GiB of memory with 3.35 TB/s bandwidth.",
     [("80 GiB", "memory", 80 * 2**30, None, "exact", ""), ("3.35", "count", 3.35, None, "exact", "")]),
    # LaTeX escapes the percent sign; the 'time' of its times sign is no latency
    ("speeds up training by 1.7$\\times$, uses 45\\% fewer FLOPs and lowers peak memory by 30\\%",
     [("1.7$\\times$", "speedup", 1.7, None, "exact", ""), ("45\\%", "cost_reduction", 1.8182, None, "exact", ""),
      ("30\\%", "cost_reduction", 1.4286, None, "exact", "")]),
    ("Scaling the context increases perplexity by only 0.02.", [("0.02", "accuracy_delta", 0.02, None, "exact", "")]),
    # 'N% of' after a noun of change is that change, not a share
    ("gains of 3% on WMT 2014", [("3%", "accuracy_delta", 3, None, "exact", "")]),
    ("with a drop of 2-3% in accuracy", [("2-3%", "accuracy_delta", -3, -2, "range", "")]),
    ("a speedup of 30% and a reduction of 40% in memory",
     [("30%", "speedup", 1.3, None, "exact", ""), ("40%", "cost_reduction", 1.6667, None, "exact", "")]),
    # a fall in a score where lower is better is a negative change of that score, not a saving
    ("reduces WER by 10% relative", [("10%", "accuracy_delta", -10, None, "exact", "")]),
    ("with 10% lower MSE than ReLU autoencoders", [("10%", "accuracy_delta", -10, None, "exact", "")]),
    ("a reduction of 15% in word error rate", [("15%", "accuracy_delta", -15, None, "exact", "")]),
    ("We achieve a 2.8% WER.", [("2.8%", "percentage", 2.8, None, "exact", "")]),  # a score, not a change
    # an accuracy loss is a drop
    ("SpQR achieves relative accuracy losses of less than 1% in perplexity",
     [("1%", "accuracy_delta", -1, None, "upper_bound", "")]),
    ("with an accuracy loss of only 0.5%", [("0.5%", "accuracy_delta", -0.5, None, "exact", "")]),
    # a reduction of an error rate named just before is a fall of that score
    ("It achieves a word error rate of 4.2% on LibriSpeech, a 20% relative reduction compared to the previous best.",
     [("4.2%", "percentage", 4.2, None, "exact", ""), ("20%", "accuracy_delta", -20, None, "exact", "")]),
    # a change of a score written as a unit is in points; the score alone is no change
    ("It scores +1.3 BLEU and +0.8 ROUGE-L over the baseline, with 45.2 BLEU overall.",
     [("+1.3", "accuracy_delta", 1.3, None, "exact", ""), ("+0.8", "accuracy_delta", 0.8, None, "exact", "")]),
    # a bare number before a score and its noun of change, which gives the sign; or after 'gains'
    ("It quantizes to W4A8 with only 0.3 perplexity increase.",
     [("W4", "precision", 4, None, "exact", "quantization"), ("A8", "precision", 8, None, "exact", "quantization"),
      ("0.3", "accuracy_delta", 0.3, None, "exact", "")]),
    ("It gives a 2.1 FID reduction and a 0.5 BLEU drop.",
     [("2.1", "accuracy_delta", -2.1, None, "exact", ""), ("0.5", "accuracy_delta", -0.5, None, "exact", "")]),
    ("The model gains 2.1 BLEU.", [("2.1", "accuracy_delta", 2.1, None, "exact", "")]),
    # 'higher accuracy' is a change of accuracy though a throughput is named later in the clause
    ("It yields 3.2% higher accuracy and a 20% increase in throughput.",
     [("3.2%", "accuracy_delta", 3.2, None, "exact", ""), ("20%", "speedup", 1.2, None, "exact", "")]),
    ("H2O with 20% heavy hitters improves the throughput.", [("20%", "percentage", 20, None, "exact", "")]),
    ("delivering up to a ~34% throughput improvement", [("34%", "speedup", 1.34, None, "approx", "")]),
    # a score measured against another model's is a share, not a change
    ("LLaVA yields a 85.1% relative score compared with GPT-4 and a 5% relative accuracy gain.",
     [("85.1%", "percentage", 85.1, None, "exact", ""), ("5%", "accuracy_delta", 5, None, "exact", "")]),
    # a verb of gaining makes a change; so does a parallel share with its own benchmark
    ("In particular, it gains 3% accuracy on MMLU.", [("3%", "accuracy_delta", 3, None, "exact", "")]),
    ("We observe gains of up to 12% on GSM8K and 8% on MATH.",
     [("12%", "accuracy_delta", 12, None, "upper_bound", ""), ("8%", "accuracy_delta", 8, None, "exact", "")]),
    # a lift is a rise; a confidence level is a setting of a test, no claim
    ("A/B tests with 1% of traffic show a 0.5% lift in click-through rate.",
     [("1%", "percentage", 1, None, "exact", ""), ("0.5%", "accuracy_delta", 0.5, None, "exact", "")]),
    ("The 95% confidence interval is narrow.", []),
    ("Differences are significant (95% CI: 1.2-3.4).", []),
    # a fall of error is a negative change of it; 'by N% to M%' is the change, then the score reached
    ("The model attains 3.1% lower error than ResNet-50.", [("3.1%", "accuracy_delta", -3.1, None, "exact", "")]),
    ("Top-1 accuracy increases by 1.2% to 84.5%.",
     [("1.2%", "accuracy_delta", 1.2, None, "exact", ""), ("84.5%", "percentage", 84.5, None, "exact", "")]),
    # ... but ends of one size are a range of the change
    ("It reduces word error rate by 10% to 20% compared to large-v2.",
     [("10% to 20%", "accuracy_delta", -20, -10, "range", "")]),
    ("It improves throughput by 2 to 3x.", [("2 to 3x", "speedup", 2, 3, "range", "")]),
    # an 'enhancement' is a change, and a share after a change and a slash is one too
    ("a further accuracy enhancement of 0.7%/0.8% than MobileLLM 125M/350M",
     [("0.7%", "accuracy_delta", 0.7, None, "exact", ""), ("0.8%", "accuracy_delta", 0.8, None, "exact", "")]),
    # scores before and after a change are two shares, not a range; 'ranging from' is a range
    ("an absolute gain of 26% (7% to 33%) over the initializing model",
     [("26%", "accuracy_delta", 26, None, "exact", ""), ("7%", "percentage", 7, None, "exact", ""),
      ("33%", "percentage", 33, None, "exact", "")]),
    ("accuracy goes from 45.2% to 52.1%, with gains ranging from 2% to 5%",
     [("45.2%", "percentage", 45.2, None, "exact", ""), ("52.1%", "percentage", 52.1, None, "exact", ""),
      ("2% to 5%", "percentage", 2, 5, "range", "")]),
    # 'against' holds no 'gain': a rate against a model is a share
    ("with a preference rate of 60.4% against Gemini Pro", [("60.4%", "percentage", 60.4, None, "exact", "")]),
    # a change in brackets after a score is the change of that score, no second item of a list
    ("BERT pushes the GLUE score to 80.5% (7.7% absolute improvement).",
     [("80.5%", "percentage", 80.5, None, "exact", ""), ("7.7%", "accuracy_delta", 7.7, None, "exact", "")]),
    # a bare number a score is changed by, however far the verb: 'improving ..., by over 2 BLEU'
    ("It improves over the best results, including ensembles, by over 2 BLEU.",
     [("2", "accuracy_delta", 2, None, "lower_bound", "")]),
    # lowering a score where lower is better is a negative change of it, in points as in percent
    ("The method lowers perplexity by 0.4 and reduces WER by 1.2 points.",
     [("0.4", "accuracy_delta", -0.4, None, "exact", ""), ("1.2 points", "accuracy_delta", -1.2, None, "exact", "")]),
    ("It reduces latency by 2 and improves accuracy by 3 on MMLU.", [("3", "accuracy_delta", 3, None, "exact", "")]),
    # a bare number a noun of change names is a change in points, negative for a fall; not of a
    # speed, a resource or a setting
    ("It yields a 2.1 gain in accuracy, with only a 0.3 drop in average score.",
     [("2.1", "accuracy_delta", 2.1, None, "exact", ""), ("0.3", "accuracy_delta", -0.3, None, "exact", "")]),
    ("an average improvement of 4.1 on MMLU and a perplexity increase of only 0.9",
     [("4.1", "accuracy_delta", 4.1, None, "exact", ""), ("0.9", "accuracy_delta", 0.9, None, "exact", "")]),
    ("a throughput gain of 2.3 over vLLM and a 2 increase in batch size", []),
    # false positives and mean absolute error are scores where lower is better
    ("It reduces false positives by 30% and cuts mean absolute error by 18%.",
     [("30%", "accuracy_delta", -30, None, "exact", ""), ("18%", "accuracy_delta", -18, None, "exact", "")]),
    # a bare number written with its sign and no noun of its own is a change in points, a slash
    # lists signed changes; an error bar, a count and a setting are none
    ("It yields +2.3 on MMLU and -1.1 on GSM8K, and (+3.7/+1.0 on LLaMA-7B/13B) with +1.8 average.",
     [("+2.3", "accuracy_delta", 2.3, None, "exact", ""), ("-1.1", "accuracy_delta", -1.1, None, "exact", ""),
      ("+3.7", "accuracy_delta", 3.7, None, "exact", ""), ("+1.0", "accuracy_delta", 1.0, None, "exact", ""),
      ("7B", "parameter_count", 7e9, None, "exact", ""), ("13B", "parameter_count", 1.3e10, None, "exact", ""),
      ("+1.8", "accuracy_delta", 1.8, None, "exact", "")]),
    ("It scores 85.2 ±0.5 on MMLU with +5 GPUs at k = -1.", [("+5", "count", 5, None, "exact", "")]),
    # a share in brackets right after a noun of change is its size, of a speed when one is named
    ("with negligible accuracy loss ($<0.5\\%$) and a throughput gain (30%)",
     [("0.5\\%", "accuracy_delta", -0.5, None, "upper_bound", ""), ("30%", "speedup", 1.3, None, "exact", "")]),
    # cues after a share end at the next number
    ("It requires 35% less GPU memory and 20% less training time than LoRA.",
     [("35%", "cost_reduction", 1.5385, None, "exact", ""), ("20%", "speedup", 1.25, None, "exact", "")]),
    # errors and harm, plural or not, fall as error rates do: a change of a score, not a saving
    ("Whisper large-v3 reduces errors by 10% to 20% compared to large-v2.",
     [("10% to 20%", "accuracy_delta", -20, -10, "range", "")]),
    ("Constitutional AI reduces harmful outputs by 40%.", [("40%", "accuracy_delta", -40, None, "exact", "")]),
    ("RAG reduces hallucination rates by 38%.", [("38%", "accuracy_delta", -38, None, "exact", "")]),
    # what hurts a score lowers it
    ("Entropy regularization hurts final accuracy by 2.3 points.", [("2.3 points", "accuracy_delta", -2.3, None, "exact", "")]),
    # a share listed after a change with 'and an absolute' is a change too
    ("We improve accuracy by a relative 12% and an absolute 3.4%.",
     [("12%", "accuracy_delta", 12, None, "exact", ""), ("3.4%", "accuracy_delta", 3.4, None, "exact", "")]),
    # a share listed after a change in points is a change in percent; a share of things is a share
    ("Accuracy improves by 3 percentage points and 12 percent.",
     [("3 percentage points", "accuracy_delta", 3, None, "exact", ""), ("12 percent", "accuracy_delta", 12, None, "exact", "")]),
    ("It loses 1.2 points, and 40% of the runs fail.",
     [("1.2 points", "accuracy_delta", -1.2, None, "exact", ""), ("40%", "percentage", 40, None, "exact", "")]),
    # '% point' is points
    ("It improves accuracy by 2.1% points and F1 by 7.7% point.",
     [("2.1% points", "accuracy_delta", 2.1, None, "exact", ""), ("7.7% point", "accuracy_delta", 7.7, None, "exact", "")]),
    # how the points are taken may stand before them
    ("It outperforms DeepSeek-R1-Distill-Qwen-32B by 3.3 absolute points.",
     [("32B", "parameter_count", 3.2e10, None, "exact", ""), ("3.3 absolute points", "accuracy_delta", 3.3, None, "exact", "")]),
    # 'worse' is a fall of a score, in points or percent
    ("Relative to GPT-4o, it is 12 points better on MathVista, 3 points worse on MMMU and at most 5% worse elsewhere.",
     [("12 points", "accuracy_delta", 12, None, "exact", ""), ("3 points", "accuracy_delta", -3, None, "exact", ""),
      ("5%", "accuracy_delta", -5, None, "upper_bound", "")]),
    # a ratio cut off a time named with no speed word is a speedup; off an error score neither kind
    ("Our scheduler cuts job completion time by 1.4-2.1x.", [("1.4-2.1x", "speedup", 1.4, 2.1, "range", "")]),
    ("Compared to the baseline, error rates are reduced by a factor of 2.3.", []),
    # a fraction raised by: a score's change in percent, a speed's ratio
    ("Accuracy improves by roughly a third, and throughput increases by half.",
     [("a third", "accuracy_delta", 33.3333, None, "approx", ""), ("half", "speedup", 1.5, None, "exact", "")]),
    # a cut in half: of a time a speedup, of a resource a saving, of an error score a fall by 50%
    ("It cuts latency in half. It cuts the memory footprint in half. It reduces hallucination rates by half.",
     [("half", "speedup", 2, None, "exact", ""), ("half", "cost_reduction", 2, None, "exact", ""),
      ("half", "accuracy_delta", -50, None, "exact", "")]),
    ("We cut hallucination rates in half.", [("half", "accuracy_delta", -50, None, "exact", "")]),
    # a score's change in decibels is in points of it, the decibels in its span; a level is no change
    ("It reduces storage by 15x while improving PSNR by 0.4 dB, and by 1.2dB on LLFF.",
     [("15x", "cost_reduction", 15, None, "exact", ""), ("0.4 dB", "accuracy_delta", 0.4, None, "exact", ""),
      ("1.2dB", "accuracy_delta", 1.2, None, "exact", "")]),
    ("It reaches 28.4 dB PSNR, a 0.6 dB gain over the baseline, and 0.5 dB higher PSNR than SwinIR.",
     [("0.6 dB", "accuracy_delta", 0.6, None, "exact", ""), ("0.5 dB", "accuracy_delta", 0.5, None, "exact", "")]),
    ("It compresses scenes 15x while reducing the PSNR by less than 0.1 dB.",
     [("15x", "cost_reduction", 15, None, "exact", ""), ("0.1 dB", "accuracy_delta", -0.1, None, "upper_bound", "")]),
    ("It costs a PSNR drop of only 0.2 dB, against +0.9 dB SI-SNR on speech.",
     [("0.2 dB", "accuracy_delta", -0.2, None, "exact", ""), ("+0.9 dB", "accuracy_delta", 0.9, None, "exact", "")]),
    # 'p.p.' is percentage points, as 'pp' is
    ("It improves accuracy by 5 p.p. on MMLU.", [("5 p.p.", "accuracy_delta", 5, None, "exact", "")]),
    # a bare number before the way a score moved and the score's name is a change of it in points;
    # a better error score is lower
    ("It obtains 2.3 higher BLEU, 1.5 lower FID and 0.7 better perplexity than the baseline.",
     [("2.3", "accuracy_delta", 2.3, None, "exact", ""), ("1.5", "accuracy_delta", -1.5, None, "exact", ""),
      ("0.7", "accuracy_delta", -0.7, None, "exact", "")]),
    # a share before the noun that is the subject of a verb of trailing is a share
    ("A random 1% subset lags by 6.2 points.",
     [("1%", "percentage", 1, None, "exact", ""), ("6.2 points", "accuracy_delta", -6.2, None, "exact", "")]),
])
def test_accuracy_percentages_memory(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("We are releasing model checkpoints in BF16, FP8, and FP4 formats.",
     [("BF16", 16, "checkpoint", "BF16"), ("FP8", 8, "checkpoint", "FP8"), ("FP4", 4, "checkpoint", "FP4")]),
    ("the first model to be pre-trained in NVFP4", [("NVFP4", 4, "training", "NVFP4")]),
    ("we introduce an FP8-based training recipe", [("FP8", 8, "training", "FP8")]),
    ("recovering accuracy of NVFP4-quantized large language models", [("NVFP4", 4, "quantization", "NVFP4")]),
    ("Quantization-Aware Distillation for NVFP4 Inference Accuracy Recovery", [("NVFP4", 4, "inference", "NVFP4")]),
    ("we quantize weights to 4-bit and activations to INT8", [("4-bit", 4, "quantization", "4-bit"), ("INT8", 8, "quantization", "INT8")]),
    ("MXFP4 and TF32 and float16", [("MXFP4", 4, "", "MXFP4"), ("TF32", 19, "", "TF32"), ("float16", 16, "", "FP16")]),
    ("while preserving full 16-bit finetuning task performance", [("16-bit", 16, "training", "16-bit")]),
    ("We open-source the weights in BF16 and an FP8-quantized version.",
     [("BF16", 16, "checkpoint", "BF16"), ("FP8", 8, "quantization", "FP8")]),
    ("INT4 weight and INT8 activation quantization", [("INT4", 4, "quantization", "INT4"), ("INT8", 8, "quantization", "INT8")]),
    ("FP8 (E4M3) inference", [("FP8", 8, "inference", "FP8"), ("E4M3", 8, "inference", "FP8")]),
    ("producing nested NVFP4 and FP8 elastic checkpoints", [("NVFP4", 4, "checkpoint", "NVFP4"), ("FP8", 8, "checkpoint", "FP8")]),
    ("compresses the KV cache to 2 bits per value at 10 bits per second", [("2 bits", 2, "quantization", "2-bit")]),
    ("an FP8 mixed precision training framework", [("FP8", 8, "training", "FP8")]),  # 'precision' is a weak cue
    ("BF16 precision and FP8 training", [("BF16", 16, "inference", "BF16"), ("FP8", 8, "training", "FP8")]),
    ("the longest training run in 4-bit precision to date", [("4-bit", 4, "training", "4-bit")]),  # the weak cue yields
    # widths listed before the one that names the unit share it; a number after a name is a version
    ("reducing the bitwidth down to 3 or 4 bits per weight", [("3", 3, "", "3-bit"), ("4 bits", 4, "", "4-bit")]),
    ("We study 2-, 3- and 4-bit quantization",
     [("2", 2, "quantization", "2-bit"), ("3", 3, "quantization", "3-bit"), ("4-bit", 4, "quantization", "4-bit")]),
    ("4/8-bit inference", [("4", 4, "inference", "4-bit"), ("8-bit", 8, "inference", "8-bit")]),
    ("Llama 3 and 4-bit models", [("4-bit", 4, "", "4-bit")]),
    ("FlexGen compresses the weights and the attention cache to 4 bits", [("4 bits", 4, "quantization", "4-bit")]),
    ("a 4-bit weight-only post-training quantization method", [("4-bit", 4, "quantization", "4-bit")]),  # not training
    ("LLM.int8(): 8-bit Matrix Multiplication", [("8-bit", 8, "", "8-bit")]),  # a format after a dot is in a name
    # a width may be fractional: an average over mixed widths
    ("It compresses the weights to 2.5 bits on average.", [("2.5 bits", 2.5, "quantization", "2.5-bit")]),
    # widths of weights, activations and the KV cache in one token: a claim each, quantization's notation
    ("QuaRot achieves W4A4 quantization.", [("W4", 4, "quantization", "4-bit"), ("A4", 4, "quantization", "4-bit")]),
    ("QServe (W4A8KV4) and w4a16g128", [("W4", 4, "quantization", "4-bit"), ("A8", 8, "quantization", "8-bit"),
                                        ("KV4", 4, "quantization", "4-bit"), ("w4", 4, "quantization", "4-bit"),
                                        ("a16", 16, "quantization", "16-bit")]),
    ("fast W4A16 inference kernels", [("W4", 4, "inference", "4-bit"), ("A16", 16, "inference", "16-bit")]),
    ("W4 alone, AW4A8 and W4A8B are no widths", []),
    # a model named after its format is no format; a format before another word is
    ("FP8-LM: Training FP8 Large Language Models", [("FP8", 8, "training", "FP8")]),
    ("fast FP8-GEMM kernels", [("FP8", 8, "", "FP8")]),
    # 'served' serves, 'preserved' does not
    ("The model is served in FP8.", [("FP8", 8, "inference", "FP8")]),
    ("Accuracy is preserved in BF16.", [("BF16", 16, "", "BF16")]),
    ("We serve the model with TensorRT-LLM in FP8.", [("FP8", 8, "inference", "FP8")]),
    # formats named in words and by their exponent and mantissa bits; NF4
    ("We train in half precision and evaluate in single-precision.",
     [("half precision", 16, "training", "FP16"), ("single-precision", 32, "inference", "FP32")]),
    ("Kernels use E2M1 and E3M2 elements and NF4 weights.",
     [("E2M1", 4, "", "FP4"), ("E3M2", 6, "", "FP6"), ("NF4", 4, "", "NF4")]),
    # a verb or preposition between two formats gives the second a phrase and a cue of its own
    ("It is post-trained in BF16 and released in FP8 and NVFP4 checkpoints.",
     [("BF16", 16, "training", "BF16"), ("FP8", 8, "checkpoint", "FP8"), ("NVFP4", 4, "checkpoint", "NVFP4")]),
    # ... which starts at the conjunction before it: the verb after 'and' is the second's cue
    ("Scaling Laws for Precision: Training in FP8 and Serving in FP4",
     [("FP8", 8, "training", "FP8"), ("FP4", 4, "inference", "FP4")]),
    ("We train in FP8 and serve in FP4.", [("FP8", 8, "training", "FP8"), ("FP4", 4, "inference", "FP4")]),
    # a width glued to 'bit' is one, as hyphened
    ("KIVI: A Tuning-Free Asymmetric 2bit Quantization for KV Cache", [("2bit", 2, "quantization", "2-bit")]),
    ("TF32 tensor cores speed up FP32 training.", [("TF32", 19, "training", "TF32"), ("FP32", 32, "training", "FP32")]),
    # a format measured against has no role of its own, nor takes a cue past its own phrase
    ("Compared with FP8, NVFP4 training is faster than BF16 and compresses to less than 3 bits.",
     [("FP8", 8, "", "FP8"), ("NVFP4", 4, "training", "NVFP4"), ("BF16", 16, "", "BF16"), ("3 bits", 3, "quantization", "3-bit")]),
    ("The decoder runs in half precision.", [("half precision", 16, "inference", "FP16")]),
    # a format measured against has no role of its own
    ("Trained in FP8, it matches the BF16 baseline and keeps 99% of BF16 accuracy.",
     [("FP8", 8, "training", "FP8"), ("BF16", 16, "", "BF16"), ("99%", 99, "", "BF16 accuracy"), ("BF16", 16, "", "BF16")]),
])
def test_precisions(sentence, expected):
    assert [(sentence[c.start:c.end], c.value, c.role, c.metric) for c in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [  # a width takes the qualifier before it, as any number
    ("in extreme compression regimes (<= 4 bits per weight)", [("4 bits", "upper_bound")]),
    ("we quantize to sub-4-bit weights", [("4-bit", "upper_bound")]),
    ("about 1.58 bits per parameter, against 16 bits", [("1.58 bits", "approx"), ("16 bits", "exact")]),
])
def test_bit_widths_take_their_qualifiers(sentence, expected):
    assert [(sentence[c.start:c.end], c.qualifier) for c in extract(sentence)] == expected


def test_a_range_of_widths_is_one_claim():
    assert found("By compressing LLMs via quantization to 3-4 bits per parameter") == [
        ("3-4 bits", "precision", 3, 4, "range", "quantization")]
    assert found("such as 2 to 3 bits per parameter") == [("2 to 3 bits", "precision", 2, 3, "range", "")]
    assert found("We go from 16 to 4 bits.") == [("4 bits", "precision", 4, None, "exact", "")]  # a change, not a range
    assert [claim.metric for claim in extract("2–4 bit weights")] == ["2-4-bit"]


@pytest.mark.parametrize("sentence, expected", [
    ("Orak includes 12 popular video games spanning all genres", [("12", "count", 12, None, "exact", "")]),
    # a number after a label word in lower case is a label, as after 'Table'
    ("Then step 2 fine-tunes it, as in stage 3 and eq. 4, on 8 GPUs.", [("8", "count", 8, None, "exact", "")]),
    # a few resolutions are counted; a resolution is a dimension
    ("The models are trained at three resolutions, the largest at 896 resolution.", [("three", "count", 3, None, "exact", "")]),
    ("trained on 8 GPUs with 20 clusters", [("8", "count", 8, None, "exact", ""), ("20", "count", 20, None, "exact", "")]),
    ("we analyze output text in five datasets, finding", [("five", "count", 5, None, "exact", "")]),
    # number words compose: one number, not 'five' and 'hundred million'
    ("equivalent to simulating five hundred million years of evolution",
     [("five hundred million", "count", 5e8, None, "exact", "")]),
    ("We collect over one hundred languages and twenty-five tasks.",
     [("one hundred", "count", 100, None, "lower_bound", ""), ("twenty-five", "count", 25, None, "exact", "")]),
    ("It runs on one hundred twenty-eight GPUs.", [("one hundred twenty-eight", "count", 128, None, "exact", "")]),
    ("using 2,048 H100 GPUs for 21 days", [("2,048", "count", 2048, None, "exact", ""), ("21", "count", 21, None, "exact", "")]),
    ("between 3 and 5 experts", [("3 and 5", "count", 3, 5, "range", "")]),  # qualifier words are not in the span
    ("It outperforms Mistral-7B on 6 of 8 reasoning benchmarks.",
     [("7B", "parameter_count", 7e9, None, "exact", ""), ("6", "count", 6, None, "exact", ""), ("8", "count", 8, None, "exact", "")]),
    ("It runs on two RTX 4090 GPUs.", [("two", "count", 2, None, "exact", "")]),
    # dimensions with a spaced 'x' between two plain numbers count nothing; a size after one is kept
    ("Images are resized to 512 x 512 pixels on 8 x 8 grids.", []),
    ("It trains on 4 x 80GB A100s.", [("80GB", "memory", 8e10, None, "exact", "")]),
    # a gerund is no name whose version a number would be, nor has a version thousands
    ("Achieving 10,000 Tokens per Second on a Single GPU",
     [("10,000", "count", 10000, None, "exact", ""), ("Single", "count", 1, None, "exact", "")]),
    # 'one' counts a machine, sized or not; 'one of' stays no number
    ("It trains on one GPU, one of the cheapest setups.", [("one", "count", 1, None, "exact", "")]),
    ("We fine-tune on one 48GB GPU.",
     [("one", "count", 1, None, "exact", ""), ("48GB", "memory", 48e9, None, "exact", "")]),
    ("On 8 x A100 GPUs we train for a week.", [("8", "count", 8, None, "exact", "")]),  # machines, not a ratio
    ("On an 8$\\times$H100 node it trains.", [("8", "count", 8, None, "exact", "")]),
    ("Gemma outperforms open models on 11 out of 18 text-based tasks.",
     [("11", "count", 11, None, "exact", ""), ("18", "count", 18, None, "exact", "")]),
    # after 'averaged', 'voting', 'self-consistency' ... 'over' means 'across' and bounds nothing
    ("Self-consistency over 64 samples helps; results are averaged over 5 runs on over 100 languages.",
     [("64", "count", 64, None, "exact", ""), ("5", "count", 5, None, "exact", ""),
      ("100", "count", 100, None, "lower_bound", "")]),
    # the counted noun may come after several adjectives; 'every single' counts nothing
    ("benchmarking on over 30 different existing computer vision datasets", [("30", "count", 30, None, "lower_bound", "")]),
    ("every single instance has been verified", []),
    ("No single method dominates, and not a single run diverged.", []),
    # a resampling factor is a design choice, no gain
    ("It reduces the computational requirements by operating in a 4x or 8x downsampled latent space.", []),
    ("a decode iteration processes only a single token per request", []),
    # a counted noun may stand after many adjectives
    ("a dataset of 8.5K high quality linguistically diverse grade school math word problems",
     [("8.5K", "count", 8500, None, "exact", "")]),
    # ... joined by and/or, but not past another number of a list
    ("over 1 billion masks on 11M licensed and privacy respecting images",
     [("1 billion", "count", 1e9, None, "lower_bound", ""), ("11M", "count", 1.1e7, None, "exact", "")]),
    # orders of magnitude are no things counted: they are a ratio in powers of ten
    ("It cuts sample complexity by two orders of magnitude on 8 tasks.",
     [("two orders of magnitude", "cost_reduction", 100, None, "exact", ""), ("8", "count", 8, None, "exact", "")]),
    ("It needs 3-4 orders of magnitude less compute, or two to three orders of magnitude fewer samples.",
     [("3-4 orders of magnitude", "cost_reduction", 1000, 10000, "range", ""),
      ("two to three orders of magnitude", "cost_reduction", 100, 1000, "range", "")]),
    ("It requires 3 orders of magnitude less compute and is an order of magnitude faster.",
     [("3 orders of magnitude", "cost_reduction", 1000, None, "exact", ""),
      ("an order of magnitude", "speedup", 10, None, "exact", "")]),
    ("It spans five orders of magnitude in model size.", []),
    # orders of magnitude a study spans are no gain, even of a resource; with a word of change they are
    ("We observe a log-linear trend across 34 models and 5 orders of magnitude of compute.",
     [("34", "count", 34, None, "exact", "")]),
    ("Scaling laws hold over 6 orders of magnitude in compute.", []),
    ("It reduces cost by over 2 orders of magnitude.", [("2 orders of magnitude", "cost_reduction", 100, None, "lower_bound", "")]),
    ("It is over three orders of magnitude faster.", [("three orders of magnitude", "speedup", 1000, None, "lower_bound", "")]),
    # a number word times machines counts them, its span the word
    ("It runs on eight x A100 GPUs.", [("eight", "count", 8, None, "exact", "")]),
    ("with up to only 1k fine-tuning steps", [("1k", "count", 1e3, None, "upper_bound", "")]),  # 'only' after a qualifier
    # comparatives before a number bound it, as 'more than' does
    ("It scales to larger than 2M context window size.", [("2M", "context_length", 2e6, None, "lower_bound", "")]),
    ("It needs as few as 100 examples and a maximum of 8 GPUs.",
     [("100", "count", 100, None, "upper_bound", ""), ("8", "count", 8, None, "upper_bound", "")]),
    ("It keeps lower than 1% of the tokens, with higher than 90% recall.",
     [("1%", "percentage", 1, None, "upper_bound", ""), ("90%", "percentage", 90, None, "lower_bound", "")]),
    # 'no less than' is at least; 'as many as' and 'as much as' are 'up to'; 'on the order of' is about
    ("It needs no less than 1T tokens, as many as 64 GPUs and on the order of 10 days.",
     [("1T", "token_count", 1e12, None, "lower_bound", ""), ("64", "count", 64, None, "upper_bound", ""),
      ("10", "count", 10, None, "approx", "")]),
    ("It achieves as much as 3x speedup when the context exceeds 32K tokens.",
     [("3x", "speedup", 3, None, "upper_bound", ""), ("32K", "context_length", 32000, None, "lower_bound", "")]),
    # compute budgets, in powers of ten or e-notation, count FLOPs; a bare setting counts nothing
    ("Training consumes 3.8 x 10^25 FLOPs.", [("3.8 x 10^25", "count", 3.8e25, None, "exact", "")]),
    ("Models trained with up to $6 \\times 10^{23}$ FLOPs", [("6 \\times 10^{23}", "count", 6e23, None, "upper_bound", "")]),
    ("We use 1e21 FLOPs and 2.5e24 FLOPs; the learning rate is 3e-4.",
     [("1e21", "count", 1e21, None, "exact", ""), ("2.5e24", "count", 2.5e24, None, "exact", "")]),
    # a size right after a chip's family is its model number ('Ascend 910B'), no size
    ("We deploy it on 1,024 Ascend 910B NPUs.", [("1,024", "count", 1024, None, "exact", "")]),
    # thousands set apart by spaces, as SI style writes them; not a version before a size
    ("The dataset has 10 000 images and 1 000 000 captions.",
     [("10 000", "count", 1e4, None, "exact", ""), ("1 000 000", "count", 1e6, None, "exact", "")]),
    ("Llama 3 405B is large.", [("405B", "parameter_count", 405e9, None, "exact", "")]),
    # a hyperparameter's value is a setting, no item of the list after it
    ("We sample with temperature 0.8 and top-p 0.95, generating 16 samples per problem.",
     [("16", "count", 16, None, "exact", "")]),
    # the number of things named before a change of it counts them at both ends
    ("It increases the number of experts from 8 to 64 and reduces the number of sampling steps to 4.",
     [("8", "count", 8, None, "exact", ""), ("64", "count", 64, None, "exact", ""), ("4", "count", 4, None, "exact", "")]),
    # a number before one machine, its phrase ending there, is the machine's model number
    ("It runs on a 16GB laptop 4090 GPU, or on 512 TPU v4 chips for 64 GPU hours.",
     [("16GB", "memory", 16e9, None, "exact", ""), ("512", "count", 512, None, "exact", ""),
      ("64", "count", 64, None, "exact", "")]),
    # a number word before a fraction's denominator is a fraction, no count; before a hyphened word it may count
    ("We cut the cost of inference by two thirds.", [("two thirds", "cost_reduction", 3, None, "exact", "")]),
    ("We use two third-party APIs.", [("two", "count", 2, None, "exact", "")]),
])
def test_counts(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence, metrics", [  # what is counted or shared keeps its hyphens, as written
    ("Training on 30% of the data recovers 97% of full-data performance.", ["data", "full-data performance"]),
    ("Gemma outperforms open models on 11 out of 18 text-based tasks.", ["text-based tasks", "text-based tasks"]),
    ("all in a single post-training job", ["post-training job"]),
    ("fits a 33B parameter model on a single 24 GB GPU", ["", "GPU", ""]),  # the one thing's size stands between
    ("keeping 45% of the original 10T-token pool", ["original 10T-token pool", ""]),
    # a field of study ends in -s but is no plural: the count runs on to its noun
    ("The benchmark consists of 12,500 competition mathematics problems.", ["competition mathematics problems"]),
    # a number after a measure of a design counts that measure, not the things listed after it
    ("It has a hidden size of 4096 and 32 layers.", ["hidden size", "layers"]),
    # a preposition ends what is shared: the model after 'against' is no part of it
    ("Our model wins 70% of head-to-head comparisons against GPT-4 in human evaluation.", ["head-to-head comparisons"]),
    ("It prunes half of the Pre-Trained weights.", ["Pre-Trained weights"]),
    # a share names its measure: utilization and sparsity are neither a quality nor a resource
    ("reaching 225 TFLOPs/s per A100 GPU (72% model FLOPs utilization)", ["TFLOPs/s", "model FLOPs utilization"]),
    ("training runs at 38-43% MFU", ["MFU"]),
    ("at 50% sparsity the model keeps 95% of its accuracy", ["sparsity", "accuracy"]),
    ("improves the task success rate by 12%", ["success rate"]),
    ("We scale to 1,024 GPUs with 90% scaling efficiency.", ["GPUs", "scaling efficiency"]),
    ("the model attains an MMLU-Pro accuracy of 62.58%", ["MMLU-Pro"]),       # a benchmark's score
    # 'data' is a plural; joined adjectives need a second one before their noun, not a verb
    ("It trains on 665K instruction data.", ["instruction data"]),
    ("using 1.2M publicly available data and finishes training in a day", ["publicly available data"]),
    ("The judge reaches 92.5% agreement with human raters.", ["agreement"]),
    # a share after 'within' is a gap in the measure named before it
    ("It keeps accuracy within 1% of the original model.", ["accuracy"]),
    ("It surpasses GPT-4o on AIME (28.9% vs. 9.3%).", ["AIME", "AIME"]),  # a score set against another
    ("It matches the FP8 baseline's validation loss within 1%.", ["FP8", "validation loss"]),
    ("The quantized model stays within 0.5% of the BF16 accuracy.", ["BF16 accuracy", "BF16"]),
    ("It lowers the attack success rate from 48% to 3%.", ["attack success rate", "attack success rate"]),
    ("It leads, with GSM8K at 83.2% and MATH at 33.0%.", ["GSM8K", "MATH"]),  # a benchmark 'at' its score
    ("It matches SparseGPT at 50% unstructured sparsity.", ["sparsity"]),  # a setting a method ran at
    ("GPT-4 at 80% trails the human 92%.", ["", ""]),  # a model is no benchmark
    ("DeepSeek-V3 requires only 2.788M H800 GPU hours", ["H800 GPU hours"]),  # hours of machines are no machines
    ("Efficient Context Extension in 1,000 GPU Hours", ["GPU Hours"]),
    ("a 7B parameter model on 256 Intel Gaudi2 accelerators", ["", "Intel Gaudi2 accelerators"]),
    ("It has 1.6 trillion parameters but only activates 2% of them per token.", ["", ""]),  # a pronoun names nothing
    ("It keeps 95% of these tokens.", ["these tokens"]),  # a determiner keeps its noun
    ("Training on 10% of them matches training on all.", [""]),  # an object pronoun has no noun after it
    # a share's noun phrase ends at a verb; a change names what it is in
    ("A/B tests with 1% of traffic show a 0.5% lift in click-through rate.", ["traffic", "click-through rate"]),
    ("Training takes 3.3 days on 512 TPU v4 chips.", ["days", "TPU v4 chips"]),
    ("It gives up to 3.2x faster prefill and 1.8x faster decode.", ["prefill speed", "decode speed"]),  # the phase sped up
    ("We obtain speedups of 1.3-1.9x on prefill and 2.2-3.4x on decode.", ["prefill speed", "decode speed"]),
    ("It achieves a 2.77x training speedup and a 6.1x prefill speedup.", ["training speed", "prefill speed"]),
    ("A single forward pass takes 12 ms.", ["forward pass"]),  # the noun ends before its verb
    ("The attack achieves an 88% success rate on GPT-4.", ["success rate"]),  # a known model is no benchmark  # a machine's version is its name's
    # a share of what a model with digits in its name owns; what a verb of change acts on before 'by'
    ("It reaches 90% of GPT-4's performance.", ["GPT-4's performance"]),
    ("Our recommender improves click-through rate by 3.2% online.", ["click-through rate"]),
    ("We find that only 5% of the parameters need to be updated.", ["parameters"]),  # a verb ends it
    ("It needs only 3% of the compute compared to training from scratch.", ["compute"]),  # so does the baseline
    ("trained with a global batch size of 4M tokens", ["batch size"]),
    ("It achieves an mIoU of 55.1%.", ["mIoU"]),  # a mixed-case acronym is kept as written
    ("We reduce time-to-first-token by 2.3x and time-per-output-token by 1.6x.",
     ["time-to-first-token", "time-per-output-token"]),
    ("It offers 9x cheaper inference.", ["inference cost"]),  # the phase named after 'cheaper'
    ("Towards 10x Cheaper LLM Inference", ["inference cost"]),
    ("It accepts 3.5 tokens per decoding step with a vocabulary of 32,000 tokens.",
     ["tokens per decoding step", "vocabulary size"]),
    ("with less than 0.1 perplexity increase", ["perplexity"]),
    ("Over 80% of the performance gain comes from the data.", ["performance gain"]),  # its verb ends it
    ("Only 12% of generated programs contain vulnerabilities; a pass@10 of 85.1% is reached.",
     ["generated programs", "pass@10"]),
    # nouns written right after a share are what it is of; a verb there is not
    ("The mixture holds 60% web text, 20% code and 10% books; adapters add 0.1% trainable parameters.",
     ["web text", "code", "books", "trainable parameters"]),
    ("Responses are 40% shorter; the best prior score was 3.8% achieved with retrieval.", ["", ""]),
    ("We prune 50% globally; it achieves 72% zero-shot, and only 5% remain.", ["", "", ""]),  # no nouns
    ("Vicuna reaches 90% quality of ChatGPT; the student retains 95% performance of the teacher.",
     ["quality", "performance"]),
    # a count of a list keeps its own adjectives before the noun named once
    ("The corpus spans 46 natural and 13 programming languages.", ["natural languages", "programming languages"]),
    ("It has 12 encoder and 12 decoder layers; we use 8 and 16 GPUs.",
     ["encoder layers", "decoder layers", "GPUs", "GPUs"]),
    # a unit of time after the things makes them a rate, as for tokens
    ("FleetServe: Serving 1,000 Requests per Second", ["Requests per Second"]),
    ("The benefit shrinks to under 5% beyond 100B tokens.", ["", ""]),  # a preposition starts no noun phrase
    ("It recovers 96% of the accuracy drop caused by INT4 weight quantization.", ["accuracy drop", "INT4"]),  # a participle ends it
    ("The pipeline processes 10,000 documents per hour and 30 frames/s.", ["documents per hour", "frames/s"]),
    # 'matches' with an object after it is the verb, not the end of the noun phrase
    ("Training on just 1% of the data matches full training.", ["data"]),
    ("It gets 70% of exact matches on SQuAD.", ["exact matches"]),
])
def test_counted_and_shared_things_are_named_as_written(sentence, metrics):
    assert [claim.metric for claim in extract(sentence)] == metrics


@pytest.mark.parametrize("sentence", [
    "compressing the Llama 3.1 and Nemotron-4 models",         # versions
    "Qwen3.5 and Mamba-2 layers, and GPT-4 as a judge",          # versions inside names
    "All Nemotron 3 models are post-trained",                    # a version before a plural noun
    "We compare with Mixtral 8x7B and Mixtral 8x22B.",           # experts times expert size: no ratio, no model size
    "surpasses FineMath-4+ and MBPP+ and MMLU-Pro",              # benchmark names
    "published on Nov 20, 2025 and in 2024",                     # dates and years
    "as shown in arXiv:2305.13242 and https://x.org/a1/b2c3",    # citations and links
    "on a single NVIDIA A10G GPU and an H100",                   # GPU names are not sizes
    "N-fold savings via a two-stage curriculum",                 # a letter is no number
    "This three-hour tutorial covers (1) depth and 2) width",    # list markers, durations as adjectives
    "contains 5.5 times more tokens than FineMath-4+",           # a ratio that is neither faster nor cheaper
    "on 3D point clouds and 2D images, we won 1st place",        # numbers glued to letters
    "reaching 30x longer sequences than prior methods with near-linear memory",  # longer is no saving
    "sparse autoencoders with k=32 and N = 8",                    # settings of a method
    "generates 1024×1024 images with 7 × 7 kernels and 3x3 convolutions",  # dimensions
    "improves single-turn dialogue with five-shot prompts on 8-GPU nodes",  # a number hyphened to a word is an adjective
    "wav2vec 2.0 masks the speech input",                         # a version after a lower-case name
    "Every weight is ternary {-1, 0, 1} or in {0.5, 1.5}.",       # values of a set
    "Costs drop from $0.60 to $0.06 per million tokens, or per 1K requests.",  # the unit of a rate
    "Scores vary by ± 0.4%, $\\pm$ 1.2% or +/- 0.5 points across seeds.",     # error bars
    "The loss scales as L(N) = 1.69 + 406.4 N^{-0.34} and D^-0.28.",             # exponents of a formula
])
def test_not_claims(sentence):
    assert [c for c in extract(sentence) if c.kind != "count" or sentence[c.start:c.end] == "single"] == [] \
        or sentence.startswith("on a single")


@pytest.mark.parametrize("text, blanked", [
    ("code at https://github.com/a/b2. We", "code at " + " " * 24 + " We"),  # a link takes its last dot
    ("see huggingface.co/x1 or hf.com/m-7B.", "see huggingface.co/x1 or " + " " * 12),
    ("(arXiv:2305.13242v2) and 2401.01234", "(arXiv:" + " " * 12 + ") and " + " " * 10),
    ("www.site.org/v3 and 7B", " " * 15 + " and 7B"),
    ("Experiments.community shows 3x", "Experiments.community shows 3x"),  # .com must end the name
])
def test_links_domains_and_ids_are_blanked_in_place(text, blanked):
    from pipeline.extract.context import blank_non_prose
    assert blank_non_prose(text) == blanked


def test_gpu_names_give_only_the_single_gpu_count():
    assert found("on a single NVIDIA A10G GPU and an H100") == [("single", "count", 1, None, "exact", "")]


def test_seed_claims_equal_the_hand_checked_golden_table(tmp_path):
    table = papers(ingest([SEEDS]).records)
    written = tmp_path / "claims.csv"
    write_csv(claims(table), written)
    assert written.read_text() == (GOLDEN / "claims.csv").read_text()


ML_WORDS = st.sampled_from([
    "up to", "over", "3x", "2.2x", "faster", "25 trillion tokens", "8B", "30B-A3B", "FP8", "NVFP4", "(", ")",
    "Llama-3.1-70B", "1M context", "20%", "+4.8 to +12.6", "respectively", "compared to", "GPT-OSS-120B", ",",
    "between", "and", "half of", "single", "$\\times$", "-fold", "12-billion-parameter", "sub-2B", "22GiB", "~",
    "<", "five", "models", "GPUs", ".", "tokens", "x", "%", "1,000", "-", "/", "A", "B", "k",
    "$", "{\\times}", "\\text{x}", "$\\geq$", "{\\sim}", "\\%",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(ML_WORDS, st.text(max_size=8)), max_size=40))
@example(["\U0001ccf0"])  # a digit of a Unicode version newer than Python's: float() refuses it
def test_any_text_gives_grounded_rows_that_pass_the_schema(words):
    text = " ".join(words).strip() or "x"
    table = papers([SourceRecord(title="Property", abstract=text, source="hypothesis:1")])
    table["abstract"] = text  # keep the text exactly as generated, whitespace and all
    found_claims = claims(table)  # validates the schema and the grounding, or raises
    for row in found_claims.itertuples():
        assert text[row.start:row.end] == row.text


# The scans that skip ahead (to where a number, a size or a sentence's names can be) must
# find exactly what the plain scans over the whole text find.
GLUED_TEXT = st.lists(
    st.tuples(st.one_of(ML_WORDS, st.sampled_from(["Two", "TWENTY", "−", "±5", "Nemotron Nano 2", "e.g.,", "v2", "fp8", "Bits", "NVFP4", "half", "2bit", "BF16",
                                                   "×2.3", "x1.8", "a third", "one-quarter", "thirds", "of"]),
                        st.text(max_size=6)),
              st.sampled_from(["", " ", "  ", "-", "/", ". ", ", "])),
    max_size=30,
).map(lambda parts: "".join(word + joiner for word, joiner in parts))


@settings(max_examples=400, deadline=None)
@given(GLUED_TEXT)
@example("Two¹")  # a digit that is no word character ends a number word; the word set must agree
@example("FP8_x and 4-bit")
@example("Half-Precision, single precision, bfloat16x and 2bit")
@example("−a third")  # a sign before a fraction in words starts the number
def test_skipping_scans_find_what_the_plain_scans_find(text):
    from pipeline.extract import context, grammar, model_names, precision

    assert [match.span() for match in grammar.quantity_matches(text)] == \
        [match.span() for match in grammar.QUANTITY.finditer(text)]

    plain_sizes = []
    for match in model_names.NAME_TOKEN.finditer(text):
        token = match.group()[:-1] if match.group().endswith(".") else match.group()
        plain_sizes.extend(model_names.sizes_in_token(token, match.start()))
    assert model_names.model_size_claims(text) == plain_sizes

    assert [match.span() for match in precision.format_matches(text)] == \
        [match.span() for match in precision.FORMAT.finditer(text)]
    assert precision.may_hold_a_width(text) or not list(precision.BIT_WIDTH.finditer(text))

    assert [match.span() for match in context.name_phrases(text, 0, len(text))] == \
        [match.span() for match in context.NAME_PHRASE.finditer(text)]

    sentences = context.sentence_bounds(text)
    sentence_names = context.SentenceNames(text, sentences)
    for start, end in sentences:
        for position in [match.start() for match in grammar.QUANTITY.finditer(text, start, end)] + [end]:
            for examples in (False, True):
                assert sentence_names.names_in(start, position, examples) == \
                    context.names_in(text, start, position, examples)


def test_a_claim_that_fails_the_schema_is_left_out_and_reported_not_the_whole_table(monkeypatch):
    from pipeline import claims as claims_module
    from pipeline.extract.claim import Claim

    def extract_with_one_bad_range(text):
        good = extract(text)
        return good + [Claim("accuracy_delta", -3.0, 3, 7, "percent", "range", -5.0)] if good else good

    monkeypatch.setattr(claims_module, "extract", extract_with_one_bad_range)
    table = papers([SourceRecord(title="A Paper", abstract="We train a 7B model on 2T tokens.", source="t:1")])
    with pytest.raises(Exception, match="range_is_ordered"):
        claims_module.claims(table)
    rejected = []
    kept = claims_module.claims(table, rejected)
    assert list(kept["text"]) == ["7B", "2T"]
    assert rejected == [f"left out claim 'trai' of paper {table['paper_id'][0]} (abstract 3-7): fails range_is_ordered"]


@pytest.mark.parametrize("sentence, subjects", [
    ("shrinking the checkpoint from 60 GB to 17 GB", ["", ""]),      # a unit is no name
    ("We fine-tune Llama 3.1 8B on math.", ["Llama 3.1 8B"]),
    ("Our Mamba-3B model outperforms Transformers.", ["Mamba-3B"]),
    ("Mixtral was trained with a context size of 32k tokens.", ["Mixtral"]),
    ("Distilling 405B into 8B", ["", ""]),                          # a title's verb is no name
    ("With 4-bit weights and 8-bit activations", ["", ""]),          # a version alone is no name
    ("QuaRot applies w4a16g128 and W8A8 quantization.", ["QuaRot"] * 4),  # widths of tensors are no names
    # 'scores' before a number is a verb: the name before it is a model, its 'B' number a size
    ("GPT-4 scores 86.4% on MMLU while Llama 2 70B scores 68.9%.", ["GPT-4", "Llama 2 70B", "Llama 2 70B"]),
    # a score set against another, followed by whose it is, is that one's; a previous best is no model's
    ("Our model reaches 45.1% on GPQA, compared to 39.8% for GPT-4o.", ["", "GPT-4o"]),
    ("SWE-agent solves 12.5% of SWE-bench issues, up from 1.96% for the previous best.", ["SWE-agent", ""]),
    ("SWE-agent reaches 12.5%, far exceeding the previous state of the art of 3.8% achieved with LMs.",
     ["SWE-agent", ""]),
    # a token that opens with its size names the model with the name before it
    ("We release Nemotron-4 340B-Base and Llama-3.1 70B-Instruct, and 8B-Chat.",
     ["Nemotron-4 340B-Base", "Llama-3.1 70B-Instruct", "8B-Chat"]),
    # what a method enables to do something is no subject of its claims
    ("KIVI enables Llama, Falcon, and Mistral models to maintain quality with 2.6x less peak memory.", ["KIVI"]),
    ("StreamingLLM enables Llama-2, MPT, Falcon, and Pythia to model up to 4 million tokens.", ["StreamingLLM"]),
    # a name with a size of its own names the sized model, in every claim about it
    ("Evaluated on MMLU, Llama 3 405B reaches 88.6%, comparable to GPT-4 (86.4%).",
     ["Llama 3 405B", "Llama 3 405B", "GPT-4"]),
    ("LongLoRA extends Llama2 7B from 4k context to 100k, or Llama2 70B to 32k on one 8x A100 machine.",
     ["Llama2 7B", "Llama2 7B", "Llama2 7B", "Llama2 70B", "Llama2 70B", ""]),
    ("Compared to existing models (e.g., Qwen3-8B), Nemotron-H is up to 3x faster.", ["Qwen3-8B", "Nemotron-H"]),
    # a phrase that says what the name is may hold its size
    ("DeepSeek-V3, a strong Mixture-of-Experts (MoE) language model with 671B total parameters",
     ["DeepSeek-V3"]),
    ("phi-1 is a Transformer-based model with 1.3B parameters", ["phi-1"]),
    ("We compare with Llama-2 and train our model with 7B parameters", [""]),
    ("It runs the 70B Llama-2 model on mobile GPUs.", ["Llama-2"]),           # a model's name after its size
    ("A 7B Parameter Model Trained on 2T Tokens", ["", ""]),                 # Title Case words are no name
    ("Gemini Pro Vision runs Gemma 7B", ["Gemma 7B"]),
    ("reaching 89.5% top-1 accuracy, a 0.8 point gain over ViT-e", ["", ""]),  # measures are no names
    ("72% model FLOPs utilization at 225 TFLOPs/s", ["", ""]),
    ("OLMo-2, a family of fully open language models at 7B and 13B scales", ["OLMo-2", "OLMo-2"]),
    # in a Title Case title every word is capitalized: only model-like names, or the opening one
    ("The Era of 1-bit LLMs: All Large Language Models are in 1.58 Bits", ["", ""]),
    ("A 2.7B Model Beats 70B Models on Math with 4x Less Compute", ["", "", ""]),
    ("Jamba: A Hybrid Transformer-Mamba Model with 256K Context", ["Jamba"]),
    ("Distilling Gemma 7B into Smaller Students", ["Gemma 7B"]),
    ("YaRN: Efficient Context Window Extension of Large Language Models to 128K Tokens", ["YaRN"]),
    ("which increases the throughput of ViT-L by 2x with only a 0.2-0.3% drop in ImageNet top-1 accuracy, "
     "and trains 1.6x faster", ["ViT-L", "ViT-L", "ViT-L"]),  # 'ImageNet top-1' is the benchmark, no subject
    # after 'e.g.' a name followed by a verb is its clause's subject, not an example
    ("rivals models such as GPT-3.5 (e.g., phi-3-mini achieves 69% on MMLU)", ["phi-3-mini"]),
    ("We introduce Mistral 7B v0.1, a 7-billion-parameter language model.", ["Mistral 7B", ""]),  # 'v0.1' is a version
    # a size said again in an appositive, or the active size after a total, is the same model's
    ("We introduce Mistral 7B, a 7-billion-parameter language model.", ["Mistral 7B", "Mistral 7B"]),
    ("DeepSeek-V2 has 236B total parameters, of which 21B are activated for each token.", ["DeepSeek-V2", "DeepSeek-V2"]),
    ("It compares Llama-2-13B, a 7B model and others.", ["Llama-2-13B", ""]),  # another size is another model
    # the sizes of a family named before them
    ("We release Gemma 2 models at 2B, 9B and 27B parameters.", ["Gemma 2", "Gemma 2", "Gemma 2"]),
    ("RWKV scales to 14 billion parameters, the largest dense RNN ever trained.", ["RWKV"]),
    ("Phi-2 with 2.7B parameters matches or outperforms models up to 25x larger.", ["Phi-2"]),
    # a benchmark a share of items is scored on, or a metric with '@', is no subject
    ("Our agent resolves 43.2% of issues on SWE-bench Verified, an absolute improvement of 12.4%.", ["", ""]),
    ("Our agent solves 12.5% of GitHub issues on SWE-bench, compared to 3.8% for the prior best.", ["", ""]),
    ("Compared with GRPO, it improves Pass@1 by 4.5 points.", [""]),
    ("Our approach achieves a 1.5-2.0x end-to-end speedup on Llama-3.1-8B and 2.1x on Llama-3.1-70B.",
     ["", "Llama-3.1-8B", "", "Llama-3.1-70B"]),
    ("Gemma 2 models range from 2 billion to 27 billion parameters.", ["Gemma 2"]),
    # a name of a benchmark or dataset, or in a baseline phrase, is no subject
    ("Guanaco outperforms all released models on the Vicuna benchmark, reaching 99.3% of the level of ChatGPT.",
     ["Guanaco"]),
    ("FlashAttention is not as fast as optimized matrix-multiply (GEMM) operations, reaching only 25-40% of the "
     "theoretical maximum FLOPs/s.", ["FlashAttention"]),
    # models compared with in brackets are not the size's; a version does not take a size's digits
    ("Trained on 2 trillion tokens with sequence length up to 32,768.", ["", ""]),  # a participle is no name
    ("We present Llama 4 Scout 17B-16E, a model.", ["Llama 4 Scout 17B-16E"]),
    # data is no subject; a patch size after a slash is part of a vision model's name
    ("Our ViT-H/14 model pre-trained on JFT-300M reaches 88.55% top-1 accuracy", ["ViT-H/14"]),
    ("ZeRO trains models of up to 13B parameters (e.g., larger than Megatron GPT 8.3B and T5 11B)",
     ["", "Megatron GPT 8.3B", "T5 11B"]),
    # a size's model may be named after a colon, or after it with 'called'
    ("BLOOM: A 176B-Parameter Open-Access Multilingual Language Model", ["BLOOM"]),
    ("OLMo 2 includes 7B and 13B models trained on 5T tokens.", ["OLMo 2", "OLMo 2", "OLMo 2"]),
    # a model likened to the subject, or a benchmark a number was measured on, is no subject
    ("Minitron-4B matches Llama-3-8B on MMLU while using 2x less memory.", ["Minitron-4B", "Llama-3-8B", "Minitron-4B"]),
    ("phi-1-small, trained with the same pipeline as phi-1, still achieves 45% on HumanEval.", ["phi-1-small"]),
    ("Lookahead decoding speeds up decoding by up to 1.8x on MT-bench and 4x on multiple GPUs.", ["Lookahead decoding", "Lookahead decoding"]),
    # lower-case names glued to a capital; sentence words are no names
    ("Our evaluations show that vLLM improves the throughput by 2-4x.", ["vLLM"]),
    ("Due to the quadratic attention, an 8B LLM takes 30 minutes for 1M tokens.", ["", "", ""]),
    ("Accuracy improves from 45.2% to 52.1% on MATH.", ["", ""]),  # a metric opening a sentence
    ("It introduces StarCoder and StarCoderBase: 15.5B parameter models with 8K context length.",
     ["StarCoderBase", "StarCoderBase"]),
    ("models from tens of millions of parameters up to a 280 billion parameter model called Gopher", ["Gopher"]),
    # an architecture alone may be the subject; a hybrid of them or a layer of one is not
    ("Mamba enjoys fast inference (5x higher throughput than Transformers).", ["Mamba"]),
    ("a hybrid Mamba-Transformer model with 8B parameters, which is 3x faster", ["", ""]),
    ("We replace attention with Mamba-2 layers and get 2x higher throughput.", [""]),
    # a generic word that starts a name stays in it; 'QuIP#' is one name
    ("Code Llama reaches scores of up to 67% on HumanEval.", ["Code Llama"]),
    # every name of a list of baselines is a baseline; a share in the subject's noun phrase is no change
    ("H2O with 20% heavy hitters improves throughput over DeepSpeed, Hugging Face Accelerate, and FlexGen by up to 29x.",
     ["H2O", "H2O"]),
    ("QuIP# runs at over 50% of peak memory bandwidth", ["QuIP#"]),
    # a Title Case adjective alone is no name, though it may open one; a dataset before a metric is no subject
    ("QuaRot: Outlier-Free 4-Bit Inference in Rotated LLMs", ["QuaRot"]),
    ("Quantization-Aware Distillation for NVFP4 Inference Accuracy Recovery", ["Quantization-Aware Distillation"]),
    ("Our model has losses of at most 0.29 WikiText-2 perplexity and retains 99% of the zero-shot performance.", [""]),
    ("responses from LIMA are strictly preferred to GPT-4 in 43% of cases", ["LIMA"]),  # a model preferred to is a baseline
    # a sentence opening 'On X,' names a benchmark or setting; a CPU is no name
    ("On MMLU it scores 56.7 while requiring roughly 10x less training compute.", [""]),
    ("It runs at 45 tokens/s on a laptop CPU with 4-bit weights.", ["", ""]),
    # a name glossed in brackets is no subject; a name after a size and its noun is
    ("We present YaRN (Yet another RoPE extensioN method), requiring 10x less tokens.", ["YaRN"]),
    ("outputs from the 1.3B parameter InstructGPT model are preferred", ["InstructGPT"]),
    ("Orca-Math, a 7-billion-parameter SLM, reaches 86.81% on GSM8k", ["Orca-Math", "Orca-Math"]),  # no generic acronym
    # a verb of having between a name and its size
    ("The largest GLaM has 1.2 trillion parameters.", ["GLaM"]),
    ("The phi-1.5 model has 1.3 billion parameters.", ["phi-1.5"]),  # the name, its noun, then 'has'
    ("Mixtral has over 47B parameters, and DeepSeek-V3 has a total of 671B parameters.", ["Mixtral", "DeepSeek-V3"]),
    ("Llama 3 has a dense Transformer with 405B parameters.", ["Llama 3"]),  # what it has, with the size
    # a width spelled as a word and a generic architecture are no names
    ("Six-bit quantization (FP6) can reduce the size of LLMs.", ["", ""]),
    # a pronoun opening a sentence stands for the model the sentence before introduced
    ("We scale Griffin up to 14B parameters.", ["Griffin"]),  # a model scaled to a size
    ("We scale xLSTM models to 1.3B parameters.", ["xLSTM"]),
    # a model its subject is competitive with is a peer, and a list of baselines ends where a clause goes on
    ("Griffin-3B outperforms Mamba-3B, and Griffin-14B is competitive with Llama-2 while trained on 6 times fewer tokens.",
     ["Griffin-3B", "Mamba-3B", "Griffin-14B", "Griffin-14B"]),
    # a name after a preposition is a setting: the claim is the nearest name that acts, if any
    ("StarCoderBase is trained on 1 trillion tokens from The Stack, with a context length of 8K tokens.",
     ["StarCoderBase", "StarCoderBase"]),
    ("Sarathi-Serve improves serving capacity by 2.6x for Mistral-7B and up to 3.7x for Yi-34B.",
     ["Sarathi-Serve", "Mistral-7B", "Sarathi-Serve", "Yi-34B"]),
    ("We apply Nemotron Elastic to the Nemotron Nano V2 model, using only 110B training tokens.", ["Nemotron Elastic"]),
    ("Speculative decoding with EAGLE-2 yields speedups of 3.05x-4.26x.", ["EAGLE-2"]),  # no actor before it
    ("We present DeepSeek-V2, a strong MoE language model. It comprises 236B total parameters and supports "
     "a context length of 128K tokens.", ["DeepSeek-V2", "DeepSeek-V2"]),
    ("Mooncake is the serving platform for Kimi. It achieves a 525% increase in throughput.", ["Mooncake"]),
    ("We prune Nemotron-H 8B to 4B parameters. The resulting model is 2x faster.", ["Nemotron-H 8B", "", ""]),
    ("It attains 91.2 on HumanEval. It supports 256K tokens of context.", [""]),  # a benchmark is no antecedent
    ("Compared with the base model: MMLU +2.3, GSM8K -1.1.", ["", ""]),  # a benchmark before its change
    ("Perplexity stays flat at up to 128K tokens and Recall stays above 90%.", ["", ""]),  # measures are no names
    ("Our approach cuts p99 latency by 45%.", [""]),  # a percentile is no name
    # a baseline with a verb of its own in a relative clause is the subject of that clause's score
    ("It reaches 91% on HumanEval, surpassing GPT-4, which achieves 80%.", ["", "GPT-4"]),
    ("Fine-tuning on 1,000 examples reaches 90% of the teacher's accuracy.", ["", ""]),  # an activity is no name
    # a Title Case title capitalizes adjectives before a number and nouns after a name
    ("Breaking the Barrier: Efficient 128K Context Extension", [""]),
    ("Accelerating Llama-3.1-405B Inference by 2.5x", ["Llama-3.1-405B", "Llama-3.1-405B"]),
    # ... and a verb or a comparative adjective alone names nothing
    ("Sparse Mixture of 8 Experts Matches Dense 70B Models at 1/6 the Compute", ["", "", ""]),
    ("Towards 10x Cheaper LLM Inference via FP4 Quantization", ["", ""]),
    ("The detector reaches 52.8 AP on COCO, 3.5 AP higher than YOLOv7.", [""]),  # a benchmark after a score
    ("we develop and release Llama 2, a collection of pretrained and fine-tuned large language models (LLMs) "
     "ranging in scale from 7 billion to 70 billion parameters", ["Llama 2"]),
    ("End-to-end, decoding throughput improves by 40-60% over FlashDecoding.", [""]),
    # every item of a list of examples is one; a name a score is given on is a benchmark
    ("Chameleon exceeds much larger models, including Gemini Pro and GPT-4V, with a preference rate of 60.4%",
     ["Chameleon"]),
    ("It scores 60.8 on AIME and 47.3 on LiveCodeBench, outperforming GPT-4o by up to +550%.", [""]),
    # a plain word opening a sentence before its noun is no name, but names a technique with a
    # noun of method; a name is followed by its verb
    ("Empirical evaluation shows a 2-3x speedup.", [""]),
    ("Sparse attention reduces the memory footprint from 48 GB to 12 GB.", ["Sparse attention", "Sparse attention"]),
    ("Speculative decoding yields a 2-3x speedup.", ["Speculative decoding"]),
    # a hyphenated plain word opening a sentence before a comma or a plural model noun describes;
    # before a noun of method it names the technique with it; before its verb it is a name
    ("On-device, the model uses under 2GB of RAM.", [""]),
    ("Long-context models reach 128K tokens.", [""]),
    ("Low-rank adapters cut trainable parameters by 10,000x.", ["Low-rank adapters"]),
    ("Low-rank adaptation reduces trainable parameters by 10,000x.", ["Low-rank adaptation"]),
    ("Self-consistency boosts GSM8K accuracy by 17.9%.", ["Self-consistency"]),
    # a model the subject is likened to is none, however the likeness is worded
    ("RETRO obtains comparable performance to GPT-3 and Jurassic-1 while using 25x fewer parameters.", ["RETRO"]),
    ("Grouped-query attention reduces the KV cache by 8x.", ["Grouped-query attention"]),  # a hyphened adjective too
    # in a title, a number word is no name and Title Case prose of three words or more is none
    ("QLoRA: Efficient Finetuning of Quantized LLMs on a Single 48GB GPU", ["", "QLoRA"]),
    ("Training Compute-Optimal Large Language Models with 70B Parameters and 1.4T Tokens", ["", ""]),
    ("Mamba enjoys 5x higher throughput than Transformers.", ["Mamba"]),
    ("Mamba can run at 5x higher throughput than Transformers.", ["Mamba"]),
    ("we introduce Moonlight, a 3B/16B-parameter Mixture-of-Expert (MoE) model trained with 5.7T tokens",
     ["Moonlight", "Moonlight", "Moonlight"]),
    # scores in brackets after beating a model on a benchmark: the second is the beaten model's
    ("The resulting 1.5B model surpasses GPT-4o on AIME (28.9% vs. 9.3%).", ["", "", "GPT-4o"]),
    ("Our 8B model outperforms Llama 3 70B on MATH (52.1% vs 48.0%).", ["", "Llama 3 70B", "", "Llama 3 70B"]),
    # an active size and a total one in one clause are one model's, in either order
    ("Kimi K2 is an MoE model with 32 billion activated parameters and 1 trillion total parameters.",
     ["Kimi K2", "Kimi K2"]),
    ("Llama 4 Maverick has 17B active parameters, 128 experts, and 400B total parameters.",
     ["Llama 4 Maverick", "", "Llama 4 Maverick"]),
    # a name that holds the size among others is that size's model
    ("The flagship model, Qwen3-235B-A22B, has 235B total parameters and 22B activated parameters.",
     ["Qwen3-235B-A22B"] * 4),
    # a kind of model written as an acronym is no name
    ("InternVL 2.5 is the first open-source MLLM to surpass 70% on MMMU.", ["InternVL 2.5"]),
    # a measure written as an acronym names no model
    ("The classifier reaches an AUROC of 0.97 and an accuracy of 91.2%.", [""]),
    # an appositive saying what the name is may end in a comma and 'with'
    ("We present Hunyuan-Large, the largest open MoE model, with a total of 389 billion parameters.",
     ["Hunyuan-Large"]),
    # the benchmark a change is of is no subject; a number hyphened to a word is no version
    ("DataComp-1B improves ImageNet zero-shot accuracy by 3.7 percentage points.", ["DataComp-1B"]),
    ("It improves MMLU 5-shot accuracy by 2.1%.", [""]),
    # a benchmark named before the clause's subject and verb is the score's, no subject; so is one
    # that performance is on; CUDA names no model
    ("On MMMU it scores 61.2%, and on DocVQA our model achieves an accuracy of 94.1%.", ["", ""]),
    ("We find that performance on AIME 2024 follows a sigmoid, and that our model reaches 72.6%.", [""]),
    ("Our custom CUDA kernels deliver up to 3.4x end-to-end speedup.", [""]),
    # a hyphened word ending in a participle describes: 'AI-generated'
    ("Our detector flags 87% of AI-generated essays at a 1% false positive rate.", ["", ""]),
    # a phrase opening the sentence is about the name opening the clause after it, if that acts
    ("With 5.6B parameters, Phi-4-Multimodal ranks first on the OpenASR leaderboard.", ["Phi-4-Multimodal"]),
    ("Trained with a context size of 32k tokens, Mixtral outperforms Llama 2 70B.", ["Mixtral", "Llama 2 70B"]),
    ("At 3B scale, BitNet b1.58 is 2.71 times faster.", ["BitNet b1.58", "BitNet b1.58"]),
    ("With only 1% of the data, our model matches GPT-4.", [""]),
    # a part of the paper names nothing
    ("As shown in Section 4 and Table 2, the reconstruction error drops by 23%.", [""]),
    # a capitalized word opening a measure's phrase names no model
    ("Refusal rates drop from 95% to 3% under our jailbreak.", ["", ""]),
    # a name a score is on is a benchmark, also right before a change; a size still names its model
    ("It reaches 58.7 box AP on COCO test-dev, +2.1 AP over the previous best.", [""]),
    ("It narrows the gap to 2.9 points on the LLaMA-2 7B model.", ["", "LLaMA-2 7B"]),
    # a name alone in brackets after a number owns that number, no other
    ("On Llama-3-8B, QuantX cuts perplexity from 8.9 (GPTQ) to 6.8 at 3 bits and retains 97.6% of the accuracy.",
     ["Llama-3-8B", "QuantX", "QuantX"]),
    # every name of a list a number was measured on is a setting, no subject
    ("SpecFlow delivers 2.8-3.4x speedups on Vicuna-7B, Vicuna-13B and Llama-2-70B-Chat, beating EAGLE by 9%.",
     ["SpecFlow", "Vicuna-7B", "Vicuna-13B", "Llama-2-70B-Chat", "SpecFlow"]),
    ("It matches GPT-4 on MMLU (86.1%) and GSM8K (92.0%).", ["", ""]),
    # a model the subject is likened to, a word after 'comparable', is no subject
    ("DeepSeekMoE 16B achieves comparable performance with LLaMA2 7B, with only about 40% of computations.",
     ["DeepSeekMoE 16B", "LLaMA2 7B", "DeepSeekMoE 16B"]),
    # the method a model was trained with is not the model
    ("Our 3B model trained with GRPO reaches 40.3% on AIME.", ["", ""]),
    ("DeepSeek-R1 trained with GRPO reaches 79.8% on AIME.", ["DeepSeek-R1"]),
    # a share of someone's measure is of the measure; whose it is names no subject
    ("Vicuna-13B achieves more than 90% quality of OpenAI ChatGPT and Google Bard while beating LLaMA in 90% of cases.",
     ["Vicuna-13B", "Vicuna-13B", "Vicuna-13B"]),
    # a clause about our model names no other: the name before it is not its subject
    ("Llama 4 Scout runs at 15% higher throughput, and our student reduces sampling time by 12.5x.",
     ["Llama 4 Scout", ""]),
    ("GPT-4 succeeds in 4% of games, while our method achieves a success rate of 74%.", ["GPT-4", ""]),
    ("Experiments on Llama-2 70B show that our method reduces perplexity by 0.5 compared to GPTQ.",
     ["Llama-2 70B", ""]),
    # a word opening a sentence with the word after it as a claim's measure is no name
    ("Pipeline bubbles are reduced by 2.5x.", [""]),
    ("Hyena operators are twice as fast as attention.", ["Hyena"]),
    # in a Title Case title a determiner before a size names nothing
    ("How to Train Your 7B Model in 24 Hours", ["", ""]),
    # the teacher distilled from is no subject
    ("Knowledge distillation from GPT-4 improves the 7B student by 9.8 points on average.", ["", ""]),
    # an adjective before a plural and its verb names nothing
    ("Speculative cascades reduce cost by 40-60% at equal quality.", [""]),
    ("It boosts the accuracy of Llama-3.1-8B-Instruct on GSM8K from 84.5% to 91.2%.",
     ["Llama-3.1-8B-Instruct", "Llama-3.1-8B-Instruct", "Llama-3.1-8B-Instruct"]),
    # a model ours agrees with is a peer, no subject
    ("Our judge model agrees with GPT-4 in 87% of cases.", [""]),
    # a unit after a number is no name
    ("Energy per query drops from 3.0 Wh to 0.3 Wh, a 10x improvement.", [""]),
    # kernels and processors are no models
    ("Using MXFP8 for all GEMMs yields a 1.3x speedup on CPUs.", ["", ""]),
    # a number set against, then its noun and whose it is
    ("Qwen2.5 is pre-trained on 18 trillion tokens, up from 7 trillion tokens for Qwen2.", ["Qwen2.5", "Qwen2"]),
    # a list of names before as many numbers gives them in order, with 'respectively' or a verb of scoring
    ("GPT-4o and Claude 3.5 Sonnet score 9.3% and 16.0% on AIME 2024.", ["GPT-4o", "Claude 3.5 Sonnet"]),
    ("The accuracy of Llama-2-7B, Llama-2-13B and Llama-2-70B improves by 2.1, 1.7 and 1.2 points respectively.",
     ["Llama-2-7B", "Llama-2-13B", "Llama-2-70B", "Llama-2-7B", "Llama-2-13B", "Llama-2-70B"]),
    ("We train phi-3-small and phi-3-medium, both better than phi-3-mini (e.g., respectively 75% and 78% on MMLU).",
     ["phi-3-small", "phi-3-medium"]),
    # ... but not a list of baselines, nor of benchmarks, which an opening 'On' names
    ("Compared to Llama-3-8B and Mistral-7B, our model is 2.1x and 1.8x faster, respectively.",
     ["Llama-3-8B", "Mistral-7B", "", ""]),
    ("On AIME 2024 and MATH-500, our 32B model reaches 72.6% and 94.3%, respectively.", ["", "", ""]),
    # a name measured on is a benchmark or a machine, no subject, unless it is a model
    ("Our model matches o1-mini on AIME24 at half the cost.", [""]),
    ("Experiments on LLaMA-2-70B show 2x faster decoding.", ["LLaMA-2-70B", "LLaMA-2-70B"]),
    # a measure is no name
    ("Time-to-first-token is reduced from 2.1 s to 0.4 s, a 5.2x improvement.", [""]),
    # 'the speed of A, B and C ... by x, y and z': each number is of its name, in order
    ("It improves the decoding speed of Llama-Chat, Vicuna-Chat, and Mistral-Instruct on an A100 GPU by up to 4.04x, "
     "3.73x, and 2.27x.", ["Llama-Chat", "Vicuna-Chat", "Mistral-Instruct"]),
    # both scores of a change followed by 'for NAME' are that name's; the name is no benchmark
    ("It improves top-1 accuracy on ImageNet from 76.1% to 78.9% for ResNet-50 and from 81.8% to 83.4% for DeiT-B.",
     ["ResNet-50", "ResNet-50", "DeiT-B", "DeiT-B"]),
    # sizes right after as many names are theirs, in order
    ("Phi-3-small and Phi-3-medium, with 7B and 14B parameters, reach 75% and 78% on MMLU respectively.",
     ["Phi-3-small", "Phi-3-medium", "Phi-3-small", "Phi-3-medium"]),
    # an opening clause's names are not the subject of a clause about our own retriever, agent, ...
    ("When paired with GPT-4o, our retriever boosts accuracy by 8.1%.", [""]),
    # a clause set against the one before, with a model of its own, takes no name from it
    ("GPT-4 reaches 86.4%, while the strongest open model reaches 70.0%.", ["GPT-4", ""]),
    # a name that has or uses a size right after it is that size's model
    ("With top-2 routing, Mixtral uses only 13B active parameters per token.", ["Mixtral"]),
    ("Phi-3.5-MoE (16x3.8B) activates 6.6B parameters.", ["Phi-3.5-MoE"]),
    # the model whose measure a ratio or share is set against is a baseline, no subject
    ("TinyBERT4 achieves more than 96.8% the performance of its teacher BERT-Base on GLUE, while being 7.5x smaller and 9.4x faster.",
     ["TinyBERT4", "TinyBERT4", "TinyBERT4"]),
    ("It achieves 0.68x-1.43x the performance of FlashAttention-2, and provides a 5.49x-8.00x speedup over naive SDPA.", [""]),
    # a name set between commas after the model noun a size describes is its name; not an item of a list
    ("We pretrain a 1.1B model, TinyLlama, on 1 trillion tokens.", ["TinyLlama", "TinyLlama"]),
    ("We train a 7B-parameter DNA language model, Evo, on 2.7M genomes.", ["Evo", ""]),
    ("We compare a 7B model, Mistral, and GPT-4.", [""]),
    # the statistics of a test name nothing
    ("Evaluators preferred ours 61% of the time (95% CI: 57-65%).", ["", ""]),
    # whose rate a ratio multiplies is a baseline, however many words name the rate
    ("FleetServe sustains 2.3 times the request rate of vLLM and cuts time-to-first-token by 41%.", ["FleetServe", "FleetServe"]),
    # two benchmarks a change was measured on, joined by 'and', are no subjects of the claims after
    ("ThinkLess reduces response length by 52% on MATH-500 and AIME 2024 while improving accuracy by 1.8 points.",
     ["ThinkLess", "ThinkLess"]),
    # machines in the plural and llama.cpp's quantization types name nothing
    ("It fits on two 80GB H100s, while retaining 93% of its AIME score.", ["", "", ""]),
    ("We release Q4_K_M and Q8_0 checkpoints, with sizes of 4.9 GB and 8.5 GB.", ["", ""]),
    # memories name nothing
    ("It runs on one machine with 512 GB of RAM, training 3.4x faster than GraphGPS.", ["", ""]),
    # ... also after other parts it has, listed first
    ("Jamba has 32 layers, 16 experts and 52B total parameters.", ["", "", "Jamba"]),
    ("Scout has 16 experts, while Llama 4 Maverick has 128 experts and 400B total parameters.", ["", "", "Llama 4 Maverick"]),
    # the words of a title's question name nothing
    ("How Far Can 8B Models Go with 1T Tokens of Math?", ["", ""]),
    # the name of a score is no subject
    ("It predicts structure with a TM-score of 0.72, improving by 0.08 over ESM-2.", [""]),
    ("It achieves an F1-score of 91.2%, improving by 2.1% over BERT.", ["", ""]),
    # a size hyphened to a name's version is that version's size, and the sized name the subject after
    ("LLaMA 2-7B reaches 45.3% on MMLU.", ["LLaMA 2-7B", "LLaMA 2-7B"]),
    # a unit after a number names nothing; OGB graphs are datasets, no model sizes
    ("On ogbn-papers100M, it reduces the RMSE of 500 hPa geopotential by 8%.", [""]),
    # a title's report is about its model
    ("Kimi-VL Technical Report: an efficient MoE vision-language model activating only 2.8B parameters", ["Kimi-VL"]),
    # an acronym in brackets spelled by the lower-case words before it, describing a noun, is a term
    ("GLM-4.5 does well across agentic, reasoning, and coding (ARC) tasks, scoring 70.1% on TAU-Bench.", ["GLM-4.5"]),
    ("We propose sparse mixture attention (SMA), which reaches a 2x speedup.", ["SMA"]),
    # a model that has a size in a relative clause is its model
    ("It builds on our MiniMax-Text-01 model, which contains a total of 456 billion parameters.", ["MiniMax-Text-01"]),
    # architectures joined by a hyphen, in any case, describe and name nothing
    ("We introduce Zamba, a novel 7B SSM-transformer hybrid model trained on 1T tokens.", ["Zamba", "Zamba"]),
    # a list's preposition stands before its first name: no name of it is the subject
    ("Jet-Nemotron-2B achieves superior accuracy to Qwen3, Gemma3, and Llama3.2 across benchmarks while delivering up to 53.6x higher throughput.",
     ["Jet-Nemotron-2B", "Jet-Nemotron-2B"]),
    ("Based on MuonClip, K2 was pre-trained on 15.5 trillion tokens.", ["K2"]),
    # the real-time factor is a measure
    ("Canary-1B-Flash runs at an RTFx of over 1000, 10x faster than Canary-1B.", ["Canary-1B-Flash", "Canary-1B-Flash", "Canary-1B"]),
    # a title's comparative, its activity and its comparison words name nothing
    ("Up to 3x Cheaper Fine-Tuning with 8-bit Optimizers", ["", ""]),
    ("Compressing Models to 2 Bits with Less Than 1% Accuracy Loss", ["", ""]),
    ("Megatron-Turing NLG 530B is trained on 270 billion tokens.", ["Megatron-Turing NLG 530B", "Megatron-Turing NLG 530B"]),
    # a name may join Title Case words with 'of'; all generic, it names nothing
    ("Tree of Thoughts achieves a success rate of 74% on Game of 24.", ["Tree of Thoughts"]),
    ("Mixture of Depths reduces FLOPs by 50%, and Mixture of Experts models use 13B active parameters.",
     ["Mixture of Depths", ""]),
    ("Quantization of large language models to 4 bits remains hard.", [""]),
    # a word of a kind of models before their plural names none; a name before it does
    ("Reward models trained on our data improve accuracy by 3.2%.", [""]),
    ("Minitron models require up to 40x fewer training tokens.", ["Minitron"]),
    # an activity opening a sentence is no name, nor is a correlation's or a pronoun
    ("Distillation yields a student that is 40% smaller.", [""]),
    ("Deduplication removes 40% of the documents.", [""]),
    ("It achieves a Spearman correlation of 0.52, outperforming the previous best method by 0.04.", [""]),
    ("Ours reduces the number of function evaluations by 12.5x.", [""]),
    # a sentence about our unnamed model is not about a name after a preposition, unless of it
    ("Our model, trained on data generated by GPT-4o, beats its teacher by 2.3 points.", [""]),
    ("Our small model runs at 30 tokens per second on an iPhone 15 Pro.", [""]),
    ("Our method boosts the accuracy of Llama-3.1-8B-Instruct by 6.7%.", ["Llama-3.1-8B-Instruct", "Llama-3.1-8B-Instruct"]),
    # the models a list of numbers is for, named after them and closed by 'respectively'
    ("It translates into 3.2x and 2.6x speedups for Mistral-Small and Mixtral-Large, respectively.",
     ["Mistral-Small", "Mixtral-Large"]),
    # a clause after the object of the sentence's actor is the actor's; the object's new state is its own
    ("ChipNeMo adapts LLaMA2 to chip design, reducing model size by up to 5x.", ["ChipNeMo"]),
    ("Wanda prunes LLaMA-65B to 50% sparsity.", ["LLaMA-65B"] * 2),
    ("rStar-Math boosts Qwen2.5-Math-7B from 58.8% to 90.0% on MATH.", ["Qwen2.5-Math-7B"] * 3),
    ("Reflexion reaches 91%, surpassing GPT-4 that achieves 80%.", ["Reflexion", "GPT-4"]),
    # a corpus tokens are drawn from is no subject; a model samples are drawn from is
    ("A model trained on 2.6T tokens beats one trained on tokens from FineWeb by 6.1 points.", ["", ""]),
    ("Self-consistency over 64 samples from DeepSeekMath 7B achieves 60.9% on MATH.", ["", "DeepSeekMath 7B", "DeepSeekMath 7B"]),
    # an adverb between a name and its verb of having
    ("GPT-4 reportedly has about 1.8 trillion parameters.", ["GPT-4"]),
    ("It reduces AbsRel error by 18% on NYUv2.", [""]),
    # acronyms of tasks, techniques and file formats name no model
    ("Our ASR model reduces word error rate by 18% relative on LibriSpeech.", [""]),
    ("QuIP# is the first PTQ method where 3-bit models scale better.", ["QuIP#"]),
    # a MoE's active size is no hardware: its name is the title's subject
    ("Qwen3-235B-A22B: Scaling Mixture-of-Experts to 36 Trillion Tokens", ["Qwen3-235B-A22B"] * 3),
    # the model a sentence fine-tunes acts in it, not the method it is tuned with
    ("We fine-tune Llama-3-8B with LoRA on 52K instructions, reaching 64.2% on MMLU.", ["Llama-3-8B", "", "Llama-3-8B"]),
    # a Greek letter and a digit name a hyperparameter, no model
    ("With β2 = 0.95, cosine decay runs to 10% of the peak learning rate.", [""]),
    # a name may end in two plus signs
    ("ZeRO++ reduces communication volume by 4x.", ["ZeRO++"]),
    # languages, degrees and scores name no model
    ("Trained on 120k hours of English audio, it reaches a WER of 6.1%.", ["", ""]),
    ("Experts with PhDs reach 65% accuracy.", [""]),
    ("It improves SI-SNR by 1.2 dB on WSJ0-2mix.", [""]),
    # a relative clause may say what the name is before the size
    ("We introduce Hunyuan-Large, which is currently the largest open MoE model, with a total of 389 billion parameters.",
     ["Hunyuan-Large"]),
])
def test_subjects(sentence, subjects):
    assert [claim.subject for claim in extract(sentence)] == subjects
