"""Data tables of the extractor: number words, scales, qualifiers, units, formats and cue words.

Everything a reader might want to extend lives here as data; the patterns in grammar.py and
the rules in classify.py are built from these tables.
"""
from __future__ import annotations

NUMBER_WORDS = {
    "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12, "half": 0.5, "twice": 2, "double": 2,
    "triple": 3,
}
# Words that are a ratio themselves, read like '2x': 'twice as fast', 'twice the throughput';
# 'double' and 'triple' only before 'the' ('double the throughput', not 'double quantization').
# ('tenfold' is 'ten' and the times sign 'fold', as in '10-fold'.)
RATIO_WORDS = {"twice", "double", "triple"}
RATIO_ADJECTIVES = {"double", "triple"}
# Verbs of a ratio: 'doubles the throughput' is a 2x speedup, 'halves the latency' one too,
# 'halves memory use' a 2x saving.
RATIO_VERBS = {"doubles": 2, "doubled": 2, "doubling": 2, "triples": 3, "tripled": 3, "tripling": 3,
               "halves": 2, "halved": 2, "halving": 2}
FALLING_RATIO_VERBS = {"halves", "halved", "halving"}
# Fractions in words: 'one-third of the FLOPs', 'a quarter of the data', 'two-thirds of'. Read
# as the fraction they are (1/3, 0.25), then as 'half' is: a share, a saving, a cut.
FRACTION_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
FRACTION_DENOMINATORS = {"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}
# 'one' is left out of NUMBER_WORDS on purpose: 'one of', 'in one go', 'many-in-one' are almost
# never claims. Before a scale word it is a number: 'approximately one billion parameters'.
SCALED_NUMBER_WORDS = {"one": 1}
# Cardinals compose as papers write them: 'twenty-five', 'five hundred', 'one hundred twenty'
# ('five hundred million years' is 5e8, not 5 and 1e8). Tens take a hyphened unit; any
# cardinal below a hundred, 'one' too, may multiply 'hundred', and a hundred takes tens or units after.
UNIT_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
TENS_WORDS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
TEEN_WORDS = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
              "eighteen", "nineteen"}

SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Glued suffixes as papers use them: 8B, 1.2T, 128k, 350M. Decimal, as papers mean.
SCALE_SUFFIXES = {"k": 1e3, "K": 1e3, "M": 1e6, "m": 1e6, "B": 1e9, "b": 1e9, "T": 1e12}

MEMORY_UNITS = {
    "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12, "PB": 1e15,
    "KiB": 2**10, "MiB": 2**20, "GiB": 2**30, "TiB": 2**40,
    "kilobytes": 1e3, "megabytes": 1e6, "gigabytes": 1e9, "terabytes": 1e12, "petabytes": 1e15,
    # singular as an adjective: 'a 20-terabyte dataset', 'a 1.5 terabyte corpus'
    "kilobyte": 1e3, "megabyte": 1e6, "gigabyte": 1e9, "terabyte": 1e12, "petabyte": 1e15,
}

# Phrase before a number -> qualifier. Longest phrases are tried first.
QUALIFIER_PHRASES = {
    "up to": "upper_bound", "at most": "upper_bound", "less than": "upper_bound",
    "fewer than": "upper_bound", "no more than": "upper_bound", "shorter than": "upper_bound", "under": "upper_bound",
    "below": "upper_bound", "as little as": "upper_bound", "within": "upper_bound",
    "over": "lower_bound", "more than": "lower_bound", "longer than": "lower_bound", "at least": "lower_bound",
    "greater than": "lower_bound", "above": "lower_bound", "exceeding": "lower_bound",
    "in excess of": "lower_bound", "upwards of": "lower_bound", "exceeds": "lower_bound", "exceeded": "lower_bound",
    "no less than": "lower_bound", "no fewer than": "lower_bound", "not less than": "lower_bound",
    "not more than": "upper_bound", "as many as": "upper_bound", "as much as": "upper_bound",  # 'as much as 3x' is 'up to 3x'
    "on the order of": "approx",
    "beyond": "lower_bound", "larger than": "lower_bound", "higher than": "lower_bound", "bigger than": "lower_bound",
    "a minimum of": "lower_bound", "smaller than": "upper_bound", "lower than": "upper_bound",
    "a maximum of": "upper_bound", "as few as": "upper_bound", "nearly": "approx", "around": "approx", "about": "approx",
    "approximately": "approx", "roughly": "approx", "almost": "approx", "close to": "approx", "near": "approx",
    "circa": "approx", "some": "approx", "an estimated": "approx", "between": "range",
}
# After these, 'over' compares: 'gains over 3 baselines'; before a ratio or share it bounds ('gains over 5%').
OVER_AS_COMPARED = {"improves", "improved", "improvement", "improvements", "gains", "speedup", "speedups", "advantage"}
# After these words 'over' means 'across' or 'compared with', and bounds nothing: 'self-consistency
# over 64 samples', 'averaged over 5 runs', 'gains over 3 baselines'.
OVER_AS_ACROSS = {"averaged", "average", "aggregated", "voting", "vote", "votes", "consistency", "majority",
                  "ensemble", "mean", "median", "improves", "improved", "improvement", "improvements",
                  "gains", "speedup", "speedups", "advantage",
                  "epoch", "epochs", "pass", "passes",  # '2 epochs over 300B tokens'
                  "training", "trained", "pretraining", "pretrained", "pre-training", "pre-trained"}  # 'trained over 2T tokens'
QUALIFIER_SYMBOLS = {
    "<": "upper_bound", "≤": "upper_bound", "<=": "upper_bound", "sub-": "upper_bound", "Sub-": "upper_bound",
    ">": "lower_bound", "≥": "lower_bound", ">=": "lower_bound",
    "~": "approx", "≈": "approx", "∼": "approx",
    # LaTeX macros, as arXiv abstracts write them; the grammar also takes any symbol wrapped
    # in math ('$<$', '$\geq 70\%$', '${\sim}5\times$').
    "\\le": "upper_bound", "\\leq": "upper_bound", "\\lesssim": "upper_bound", "\\lt": "upper_bound",
    "\\ge": "lower_bound", "\\geq": "lower_bound", "\\gtrsim": "lower_bound", "\\gt": "lower_bound",
    "\\sim": "approx", "\\approx": "approx", "\\simeq": "approx",
}

# The ways papers write "times" (patterns). LaTeX puts the sign in math, perhaps in braces or
# as text: '3$\times$', '$3.2\times$' (the closing '$' is not the number's), '$2.5{\times}$',
# '$1.8\text{x}$'.
LATEX_TIMES_FORMS = [r"\$\{?\\times\}?\$?", r"\{\\times\}", r"\\times", r"\\(?:text|textrm|mathrm)\{x\}"]
TIMES_SIGNS = ["×", "x", "X"]
TIMES_FORMS = [*LATEX_TIMES_FORMS, *TIMES_SIGNS]

# Numeric formats: surface form (matched case-insensitively) -> (canonical label, bits).
PRECISION_FORMATS = {
    "NVFP4": ("NVFP4", 4), "MXFP4": ("MXFP4", 4), "MXFP6": ("MXFP6", 6), "MXFP8": ("MXFP8", 8),
    "FP4": ("FP4", 4), "FP6": ("FP6", 6), "FP8": ("FP8", 8), "FP16": ("FP16", 16),
    "FP32": ("FP32", 32), "FP64": ("FP64", 64), "TF32": ("TF32", 19),
    "BF16": ("BF16", 16), "bfloat16": ("BF16", 16), "float16": ("FP16", 16),
    "float32": ("FP32", 32), "float8": ("FP8", 8), "E4M3": ("FP8", 8), "E5M2": ("FP8", 8),
    "INT2": ("INT2", 2), "INT3": ("INT3", 3), "INT4": ("INT4", 4), "INT8": ("INT8", 8),
    "INT16": ("INT16", 16), "NF4": ("NF4", 4), "E2M1": ("FP4", 4), "E2M3": ("FP6", 6), "E3M2": ("FP6", 6),
    # named in words, spaced or hyphened: 'half precision', 'single-precision'
    "half precision": ("FP16", 16), "single precision": ("FP32", 32), "double precision": ("FP64", 64),
}

# Cue words -> role of a precision claim. Checked after the format first, then before it.
PRECISION_ROLE_CUES = {
    "quantiz": "quantization", "quantis": "quantization", "compress": "quantization",
    "post-training quantiz": "quantization",  # not the 'training' inside it
    "pre-train": "training", "pretrain": "training", "train": "training",
    "fine-tun": "training", "finetun": "training",
    "checkpoint": "checkpoint", "releas": "checkpoint", "open-sourc": "checkpoint",
    "inference": "inference", "precision": "inference", "serving": "inference", "served": "inference", "serve": "inference",
    "deploy": "inference", "infer": "inference", "runs in": "inference",  # 'the decoder runs in FP16', not 'a training run in 4-bit'
}
# Cues read inside a word too: 'dequantized' is quantized; every other cue starts a word
# ('preserved' is not 'served', 'constrained' not 'train').
PRECISION_CUES_INSIDE_WORDS = ("quantiz", "quantis", "compress")

# Head nouns after a number that decide its kind.
PARAMETER_NOUNS = {"parameter", "parameters", "param", "params"}
TOKEN_NOUNS = {"token", "tokens"}
MODEL_NOUNS = {"model", "models", "llm", "llms", "lm", "lms", "slm", "slms", "variant", "variants",
               "checkpoint", "checkpoints", "network", "networks", "transformer", "transformers",
               # roles a model plays: 'a 770M student', 'a 300M encoder'
               "student", "students", "teacher", "teachers", "encoder", "encoders", "decoder", "decoders",
               "backbone", "backbones", "drafter", "drafters"}
# Words that say what kind of models a plural is, opening a sentence: 'Reward models trained on
# ...', 'Diffusion models need ...'. A name before the plural stays one: 'Minitron models require'.
KINDS_OF_MODELS = {"reward", "diffusion", "language", "foundation", "vision", "reasoning", "embedding", "retrieval",
                   "speech", "audio", "video", "image", "code", "math", "policy", "value", "world", "base", "chat",
                   "draft", "expert", "dense", "sparse", "hybrid", "frontier", "proprietary", "open", "student",
                   "teacher", "recurrent", "transformer", "sequence", "text", "tabular", "graph", "protein"}
# Techniques named by an adjective and one of these ('Lookahead decoding', 'Sparse attention'):
# opening a sentence, the two words together are what the claims are about.
METHOD_NOUNS = {"decoding", "attention", "quantization", "pruning", "distillation", "sampling", "caching",
                "sparsity", "parallelism", "batching", "offloading", "fine-tuning", "finetuning", "tuning",
                "training", "inference", "search", "routing", "adaptation", "adapters", "adapter"}

# Phases of work a speedup or a saving may be of: '3.2x faster prefill' is 'prefill speed'.
PHASES = ("prefill", "prefilling", "pre-filling", "decode", "decoding", "training", "pretraining", "pre-training", "fine-tuning",
          "inference", "generation", "sampling", "serving", "rendering")

# Cues for ratio claims. Strong cues decide; weak cues ('lower', 'fewer') only lean.
# Times a speedup shortens, named as metrics ('a 5-fold reduction in training time').
TIME_METRICS = ("training time", "inference time", "decoding time", "wall-clock time", "runtime", "sampling time",
                "wall time", "running time", "execution time", "processing time")
# A serving system's speed is how many requests it serves, or how tight a latency target (SLO) it
# meets: '7.4x more requests or 12.6x tighter SLO', '4.48x higher goodput'.
SERVING_RATES = ("goodput", "request rate", "requests", "queries per second", "tighter slo", "slo attainment")
# Measures named only after the number: '7.4x more requests' is of requests, but 'to support
# long-context requests, achieving a 6.5x speedup' is not.
METRICS_ONLY_AFTER = {"requests"}
# Things done a second: more of them is a higher throughput.
RATE_UNITS = ("tokens/s", "tokens per second", "per second", "tok/s", "per minute", "per hour", "per day")
SPEEDUP_CUES = ("faster", "as fast", "speedup", "speed-up", "speed up", "speeds up", "throughput", "latency",
                "acceleration", "accelerat", "quicker", "more quickly", *RATE_UNITS, "speed",
                "time-to-first-token", "time to first token", "ttft", "time per output token", "tpot",
                "inter-token latency", "wall-clock", "generation time", "response time", "compute time",
                "mfu", "flops utilization",  # more of the hardware's peak put to use is a faster run
                *TIME_METRICS, *SERVING_RATES)
# Where a ratio has no other cue, these tell it is a speed: 'by 1.5-2.8x for distributed LLM inference'.
WEAK_SPEEDUP_CUES = ("inference", "serving", "decoding")
COST_CUES = ("cost", "cheap", "saving", "fewer", "reduction", "reduce", "less", "smaller",
             "compress", "memory", "cache", "compute", "flops", "energy", "storage", "footprint",
             "efficien", "lower", "emission", "carbon", "co2")  # efficient, efficiency
# Cost cues that name the resource, strong enough to decide against a speed word after them.
STRONG_COST_CUES = ("cost", "cheap", "saving", "memory", "cache", "compute", "flops", "energy",
                    "storage", "footprint", "compress", "emission", "carbon", "co2")
# What a model spends that 'N% fewer ...' saves, beyond the cost cues.
SPENT_NOUNS = ("parameter", "param", "token", "gpu", "data", "step")
INCREASE_CUES = ("more", "larger", "bigger", "greater", "longer", "higher", "better", "increase", "slower",
                 "deeper", "wider")  # '8x deeper than VGG nets': a size of a design, no saving

SPEED_METRIC_WORDS = ("throughput", "latency", "speed", "time", "ttft", "tpot", "goodput", "request", "slo", "queries", "mfu", "per second")  # 'time' also in runtime and time-to-first-token
# Scores where lower is better: a reduction of one is a negative change of the score.
ERROR_METRICS = {"perplexity", "word error rate", "character error rate", "error rate", "wer", "cer", "fid",
                 "mse", "mae", "rmse", "hallucination rate", "hallucinations", "hallucination", "error", "mean absolute error",
                 "mean squared error", "false positives", "false positive rate", "false negatives",
                 "validation loss", "training loss", "errors", "error rates", "failure rate", "failures",
                 "toxicity", "harmful outputs", "harmful responses", "harmful completions", "harmful generations",
                 "harmful content", "harmfulness"}
QUALITY_METRICS = {"average accuracy", "factual accuracy", "top-1 accuracy", "top-5 accuracy", "accuracy", "win rate",
                   "pass@1", "exact match", "f1", "success rate", "pass rate", "recall", "ndcg", "mrr",
                   "miou", "iou", "auroc", "auc", "auprc", "agreement", "attack success rate", "hit rate",
                   "resolve rate", "solve rate", "sensitivity", "specificity", "refusal rate", "average precision",
                   "mean average precision", "dice score", "dice", "f1 score", "click-through rate",
                   "conversion rate", "true positive rate", "detection rate", "quality"} | ERROR_METRICS
# Shares that are neither a quality nor a resource: '72% model FLOPs utilization', '50% sparsity'.
SHARE_METRICS = {"model flops utilization", "flops utilization", "hardware utilization", "utilization", "mfu",
                 "sparsity", "acceptance rate", "scaling efficiency"}
# A phase of work names which of a model's costs it is: 'serving cost', 'decoding latency'.
PHASED_MEASURES = ("cost", "latency", "throughput", "memory", "speed", "time", "compute", "energy", "flops")
PHASED_METRICS = tuple(f"{phase} {measure}" for phase in PHASES for measure in PHASED_MEASURES)
# Metric phrases, longest first when searched; the first found near the number names the metric.
# Quality and share metrics come from their sets above, so each is written once.
METRIC_PHRASES = (
    "inference throughput", "training throughput", "decoding throughput", "generation throughput",
    "prefill throughput", "end-to-end throughput", "throughput", "tokens per second", "inference latency",
    "time-to-first-token", "time to first token", "TTFT", "time-per-output-token", "time per output token", "TPOT", "inter-token latency", "latency", "inference speed", "decoding speed", "training speed",
    "generation speed", "speed", *TIME_METRICS, "goodput", "request rate", "requests", "SLO attainment", "SLO", "training cost", "inference cost", "compute cost", "training compute",
    "compute", "training tokens", "training data", "training steps", "reasoning tokens", "thinking tokens", "output tokens", "input tokens",
    "generated tokens", "inference tokens", "visual tokens", "token count", "tokens", "compute budget", "token budget", "budget", "cache size", "kv cache", "memory footprint",
    "GPU memory", "peak memory", "activation memory", "optimizer memory", "training memory", "inference memory",
    "memory efficiency", "memory", "energy efficiency", "sample efficiency", "data efficiency", "compute efficiency",
    "parameter efficiency", "space footprint", "storage footprint", "storage", "index size", "model size", "checkpoint size",
    "trainable parameters", "parameters", "flops", "energy", "carbon footprint", "carbon emissions", "CO2 emissions", "CO2", "emissions", "cost",
    "labeled data", "data", "GPU hours", "GPUs", *PHASED_METRICS,
    *sorted(QUALITY_METRICS), *sorted(SHARE_METRICS),
)

# A measure's name opening a sentence is no model: 'Perplexity stays flat', 'Recall drops'.
MEASURE_NOUNS = frozenset(phrase for phrase in METRIC_PHRASES if phrase.islower() and " " not in phrase and "-" not in phrase) \
    | {"precision", "performance", "quality"}

# Scores written as a unit after the number ('+1.3 BLEU', 'a gain of 0.8 ROUGE-L'): a change of
# one, signed or after a noun of change, is an accuracy change in points of that score.
# Scores where lower is better, written as a unit after a bare number: '0.3 perplexity increase'.
ERROR_SCORE_NAMES = ("perplexity", "Perplexity", "PPL", "FID", "FVD", "WER", "CER", "EER", "LPIPS", "RMSE", "MAE", "AbsRel")
SCORE_NAMES = ("BLEU", "ROUGE", "ROUGE-1", "ROUGE-2", "ROUGE-L", "CIDEr", "METEOR", "chrF", "chrF++", "BERTScore",
               "F1", "EM", "mAP", "AP", "AP50", "AP75", "mIoU", "NDS", "PQ", "AUC", "AUROC", "MRR", "NDCG", "nDCG",
               "PSNR", "SSIM", "CLIPScore", "MOS", "Elo", "SNR", "SI-SNR", "SI-SDR", "SDR", "PESQ", "STOI")


# Words after a percentage that make it a change of a score; 'accuracy' alone does not
# ('85% accuracy' is a share, '2% higher accuracy' a change).
# A cue with a leading space must start a word: ' gain', not the 'gain' of 'against' or 'again'.
ACCURACY_CHANGE_CUES = ("improvement", "improv", "enhancement", " gain", "higher", "better", "increase", "boost",
                        "point", "absolute", "relative", "outperform", " above", " lift", "more accurate")
ACCURACY_CUES = ("improvement", "improv", " gain", "higher", "better", "increase", "boost",
                 "accuracy", "point", "absolute", "relative", "score", "outperform", " lift")
QUALITY_WORDS = ("accuracy", "performance", "score", "quality")
# Trailing a baseline is a fall below it: 'trails GPT-4o by 2.3 points', '1.4 points behind GPT-4o'.
ACCURACY_DROP_CUES = ("drop", "decrease", "degradation", "loss", "lower accuracy", "decline", " fall", " fell", " hurt", " worse",
                      "behind", "trail", "lagg", " lags")

TOKEN_ROLE_CUES = {
    "sequence": ("input", "output", "prompt", "generation", "sequence", "response", "visual", "thinking", "rollout"),
    # A corpus contains its tokens; a model is trained on them: 'RedPajama-V2 contains 30 trillion tokens'.
    "dataset": ("corpus", "corpora", "dataset", "data set", "subset", "collection", "datastore", "database", "contain",
                "comprising", "comprises", "consisting of", "consists of"),
    "training": ("training", "pretraining", "pre-training", "trained", "pretrained",
                 "pre-trained", "pre-train", "pretrain", "distill", "train on", "train for", "we train", "trains", "fine-tun", "finetun"),
}
# No model reads more than this at once: 'processing 9,000 trillion tokens' is an amount.
LONGEST_CONTEXT = 1e9

# Before a token amount, these make it a context window: "inference on up to 128k tokens".
CONTEXT_CUES = ("context", "extrapolat", "generaliz", "inference on", "inference to", "scaling to", "scale to", "extend to",
                "extends to", "extending to", "extended to", "sequences of", "sequence length", "supports",
                "sequences exceeding", "sequences longer than", "sequences beyond",
                "inputs of", "inputs with",
                "handle", "process", "window")

# Adjectives a Title Case title puts before a number: 'Efficient 128K Context Extension'.
TITLE_ADJECTIVES = {"Efficient", "Fast", "Faster", "Scalable", "Accurate", "Robust", "Simple", "Lossless", "Open",
                    "Small", "Smaller", "Large", "Larger", "Long", "Longer", "Better", "Improved", "Compact", "Tiny",
                    "Lightweight", "Native", "Dense", "Sparse", "Extreme", "Practical", "Cheap", "Affordable",
                    "Massive", "Stable", "Effective", "Optimal", "Unified", "Universal", "Full", "Pure", "Exact",
                    "Cheaper", "Stronger", "Higher", "Lower", "Leaner", "Smarter", "Greater"}

# Capitalized words that start sentences or name generic things, never a model.
# Natural languages describe data and speakers, they name no model: '120k hours of English audio'.
LANGUAGE_NAMES = {
    "English", "Chinese", "Mandarin", "Cantonese", "Japanese", "Korean", "Vietnamese", "Thai", "Indonesian",
    "Hindi", "Bengali", "Urdu", "Tamil", "Telugu", "Arabic", "Persian", "Hebrew", "Turkish", "Russian",
    "Ukrainian", "Polish", "Czech", "German", "Dutch", "French", "Spanish", "Portuguese", "Italian", "Greek",
    "Swedish", "Finnish", "Swahili", "Yoruba", "Amharic",
}
NOT_NAMES = {
    "We", "The", "Our", "This", "These", "That", "Those", "It", "Its", "In", "On", "For", "With",
    "By", "To", "A", "An", "And", "Or", "But", "As", "At", "From", "Of", "Over", "Under", "Up",
    "All", "Each", "Both", "Compared", "Unlike", "Moreover", "However", "Finally", "First",
    "Second", "Third", "Further", "Furthermore", "Additionally", "In", "Notably", "Remarkably",
    "Specifically", "Then", "To", "When", "While", "Using", "Through", "Across", "Among",
    "Experimental", "Experiments", "Results", "Extensive", "Recent", "Existing", "Large",
    "Training", "Pretraining", "Inference", "Deriving", "Leveraging", "Despite", "Such",
    "LLM", "LLMs", "LM", "LMs", "SLM", "SLMs", "SLO", "SLOs", "GPU", "GPUs", "SFT", "RL", "AI", "ML", "NLP", "MoE", "SSM",
    "SSMs", "MLP", "KV", "API", "CUDA", "NAS", "VLM", "VLMs", "MLLM", "MLLMs", "LVLM", "LVLMs", "VLA", "VLAs",
    "RLHF", "DPO", "Hugging", "Face", "GEMM", "GEMMs", "CPU", "CPUs", "FFN", "FFNs",
    "p50", "p90", "p95", "p99", "P50", "P90", "P95", "P99",  # percentiles of a latency
    "HuggingFace", "GitHub", "Mixture-of-Experts", "Expert", "Transformer", "Transformers",
    "Attention", "NVIDIA", "Code", "Super", "Ultra", "Nano", "Hybrid", "Mixture", "Experts", "of",
    "State", "Space", "Models", "Model", "Language", "Large", "Small", "Pareto", "Notably",
    "Due", "Although", "Because", "Since", "Given", "Based", "Overall", "Thus", "Hence", "Here",
    "Instead", "Beyond", "Without", "Within", "After", "Before", "During", "Whereas", "If", "Once",
    "Yet", "So", "Also", "Many", "Most", "Some", "Several", "Other", "Every", "Any", "Only", "Even",
    "Via", "Against", "Towards", "Toward", "Upon", "Between", "Either", "Neither", "What", "How",
    "Why", "Which", "Where", "Who", "Can", "Does", "Do", "Is", "Are", "Will", "Not", "No", "Unlike",
    "Far", "Much", "Should", "Could", "Would", "Might", "Must", "Did",  # a title's question: 'How Far Can 8B Models Go
    "Accuracy", "Performance", "Throughput", "Latency", "Memory", "Speed", "Quality", "Evaluation",
    "Evaluations", "Empirical", "Analysis", "Ablation", "Ablations", "Benchmark", "Benchmarks",
    "End-to-end", "End-to-End", "Human", "Humans", "Utilization",
    "Less", "More", "Fewer", "Than",  # a title's comparison: 'with Less Than 1% Accuracy Loss'
    # a pronoun, plain adjectives, a misspelt company and correlations: 'Ours reduces', 'Core designs',
    # 'a Spearman correlation'
    "Ours", "Core", "Key", "Main", "Huggingface", "Spearman", "Pearson", "Kendall",
    # tasks, techniques and file formats named by acronyms: 'our ASR model', 'the first PTQ method'
    "ASR", "TTS", "OCR", "NER", "PTQ", "QAT", "MX", "GGUF",
    # kinds of data and problems named by acronyms: 'a 7B-parameter DNA language model, Evo'
    "DNA", "RNA", "mRNA", "EEG", "ECG", "MRI", "fMRI", "PDE", "PDEs", "ODE", "ODEs",
    "CI", "CIs", "SD", "SE", "SEM", "IQR",  # statistics: '(95% CI: 57-65%)'
    "RAM", "VRAM", "DRAM", "SRAM", "HBM", "NVMe", "SSD", "SSDs",  # memories: 'a machine with 512 GB of RAM, training 3.4x faster'
    "NormalFloat", "Test", "Dev", "Validation",  # a format in words; splits of a benchmark: 'SQuAD v2.0 Test F1'
    # parts of a paper: 'as shown in Table 2' names nothing a claim is about
    "Section", "Sections", "Sec", "Sect", "Table", "Tables", "Tab", "Figure", "Figures", "Fig", "Appendix", "Eq", "Equation",
    "Theorem", "Lemma", "Algorithm", "Chapter",
    # units written after a number: '0.3 Wh, a 10x improvement' names no model
    "Wh", "kWh", "MWh", "GWh", "FPS", "tCO2eq", "CO2", "CO2eq", "kgCO2eq", "GHz", "MHz", "kHz",
    "hPa", "Pa", "kPa", "Mbps", "Gbps", "Kbps", "GB/s", "TB/s", "Hz", "dB", "ms",
    # people by their degree: 'experts with PhDs reach 65% accuracy'
    "PhD", "PhDs",
} | LANGUAGE_NAMES
# Generic words that start some names ('Code Llama', 'Code Gemma'); alone or before another
# generic word they name nothing ('Code is available').
NAME_PREFIXES = {"Code"}
# Architectures: one may name the model a paper is about ('Mamba achieves 5x higher
# throughput'), but a hybrid of them describes one ('a hybrid Mamba-Transformer model').
ARCHITECTURE_NAMES = {"Mamba", "Transformer", "Attention", "SSM", "MoE", "RNN", "LSTM", "CNN", "MLP"}
# A hyphenated word ending in one of these describes, it does not name: 'Transformer-based',
# 'GPT-style', 'Llama-like', 'hardware-aware'.
ADJECTIVE_SUFFIXES = ("based", "style", "like", "only", "aware", "friendly", "free", "level", "scale",
                      "sized", "specific", "centric", "driven", "oriented", "compatible", "wise", "native", "bit",
                      "generated", "written", "powered", "assisted", "augmented", "enhanced", "guided", "annotated", "shot")
# Words of measurement that look like names: 'top-1 accuracy', 'pass@1', 'TFLOPs'.
MEASURE_WORDS = r"(?i:top-?\d+|[a-z]+@\d+|[kmgtp]?flop[s]?(?:/s)?|mfu|m?ap(?:@?\d+)?|miou|mrr|ndcg(?:@\d+)?|rtfx?)"  # RTFx: real-time factor
# Families of well-known models, lower case, matched against a name's first part without its
# version ('GPT-4' -> 'gpt', 'Qwen2.5-7B' -> 'qwen'): a score 'on GPT-4' is a model's, not a benchmark's.
MODEL_FAMILIES = {"gpt", "chatgpt", "llama", "claude", "gemini", "gemma", "mistral", "mixtral", "qwen", "deepseek",
                  "phi", "falcon", "vicuna", "alpaca", "palm", "opt", "bloom", "t", "bert", "roberta", "o",
                  "grok", "yi", "internlm", "baichuan", "chatglm", "glm", "olmo", "pythia", "mpt", "nemotron",
                  "granite", "minicpm", "jamba", "mamba", "codellama", "starcoder", "wizardlm", "orca", "zephyr"}
# Datasets named with their size like models ('LAION-5B' holds 5B images): their sizes are no
# model sizes. Lower case, matched against a name's first part.
DATASET_FAMILIES = {"laion", "jft", "coyo", "datacomp", "webli", "yfcc", "mmc4", "obelics", "ogbn", "ogbl", "ogbg"}
# Hardware is never the subject of a claim about a model: 'H100 GPU', 'DGX H100', 'A10G' (not a
# MoE's active size: 'Qwen3-235B-A22B').
HARDWARE_WORDS = r"\b(?:(?!A\d+B\b)[A-Z]\d{2,4}[A-Z]?s?|DGX|GPUs?|TPU(?:v\d\w*)?s?|CPUs?|NPUs?|NVIDIA|RTX|Jetson|Ascend|Intel|AMD|Gaudi\d?|Instinct|Trainium|Inferentia|Cerebras)\b"
# Names of model sizes that are names only in context ("Nano (8B)"); they may be subjects
# when a size follows them directly.
SIZE_TIER_NAMES = {"Nano", "Super", "Ultra", "Mini", "Small", "Medium", "Large", "Base"}

# Stems of verbs of change: after one, 'from A to B' is two numbers, before and after
# ('extends the context window from 4K to 128K'), not a range ('ranging from 7B to 70B').
CHANGE_VERB_STEMS = ("extend", "increas", "improv", "boost", "rais", "grow", "grew", "expand", "reduc",
                     "decreas", "cut", "shrink", "shrank", "lower", "drop", "rise", "rising", "rose",
                     "jump", "climb", "goes", "went", "going", "compress", "lift", "push", "accelerat", "shorten")

# Stems of verbs that make the number after them a saving: 'reduces memory by 39%',
# 'saves 42.5% of training costs', 'cuts the cache by half', 'latency falls by 35%'. Compressing
# is written out as a verb: 'improves compression by 15%' saves nothing.
REDUCTION_STEMS = ("reduc", "cut", "lower", "decreas", "shrink", "sav", "eliminat", " fall", " fell",
                   "compresses", "compressed", "compressing", "shorten")
# Nouns of a change in a score, with the direction they move it: 'a 2.1 gain in accuracy',
# 'a 0.3 drop in average score', 'an average improvement of 4.1 on MMLU'.
SCORE_CHANGE_NOUNS = {"gain": 1, "gains": 1, "improvement": 1, "improvements": 1, "increase": 1, "boost": 1,
                      "enhancement": 1, "lift": 1, "drop": -1, "decrease": -1, "decline": -1, "degradation": -1,
                      "loss": -1}
# Stems of verbs that raise what they act on; after a reduction, they start a change of their own.
RAISING_STEMS = ("improv", "increas", "boost", "rais", "enhanc", "lift")
# Words right around a number that say a score went down: '10% lower MSE', 'reduces WER by'.
LOWERING_WORDS = ("lower", "less", "reduc", "decreas", "drop", "fewer", "smaller", "cut")

# Verbs that, after 'and', start a new clause whose cues belong to another number:
# 'reduces the KV cache by 4x and improves decoding throughput by 2.6x'.
CLAUSE_VERBS = (
    "improves", "reduces", "achieves", "outperforms", "yields", "obtains", "attains", "maintains",
    "retains", "matches", "requires", "enables", "delivers", "provides", "increases", "decreases",
    "cuts", "lowers", "boosts", "surpasses", "exceeds", "uses", "runs", "supports", "offers",
    "shows", "demonstrates", "preserves", "accelerates", "speeds", "saves", "trains", "scales",
    "takes", "took", "reaches", "remains", "becomes", "recovers", "lags", "trails", "underperforms", "falls",
)

# The same verbs as participles: 'cutting weight memory by 3.9x and improving decoding throughput'.
# ('training' and 'scaling' are left out: after 'and' they are mostly nouns.)
CLAUSE_VERBS_ING = (
    "improving", "reducing", "achieving", "outperforming", "yielding", "obtaining", "attaining",
    "maintaining", "retaining", "matching", "requiring", "enabling", "delivering", "providing",
    "increasing", "decreasing", "cutting", "lowering", "boosting", "surpassing", "exceeding", "using",
    "running", "supporting", "offering", "showing", "demonstrating", "preserving", "accelerating",
    "speeding", "saving", "recovering",
)

# Pronouns name no baseline, metric or share a reader could compare: 'outperforms them by 6.22
# points', 'activates 2% of them', 'reduces it by 2x'.
PRONOUNS = {"it", "them", "they", "this", "these", "those", "that", "theirs", "its"}

# Words that end a noun phrase or a comparator phrase.
FUNCTION_WORDS = {
    "of", "on", "in", "with", "to", "for", "and", "or", "that", "which", "while", "by", "at",
    "from", "as", "than", "is", "are", "was", "were", "be", "the", "a", "an", "per", "each",
    "into", "using", "via", "across", "over", "under", "after", "before", "during", "when",
    "where", "it", "its", "their", "our", "we", "respectively", "can", "could", "may", "might",
    "will", "would", "should", "must", "has", "have", "had", "do", "does", "not", "also",
    "yet", "but", "against", "versus", "vs", "without", "within", "between", "among", "through",
    "beyond", "above", "below", "around", "toward", "towards", "upon", "until",
    "compared", "relative",  # '3% of compute compared to training from scratch': the baseline follows
}
