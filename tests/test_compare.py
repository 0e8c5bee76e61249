"""Stage 3: model entities, the per-paper comparison, and `claims compare`."""
from __future__ import annotations

import pandas as pd
import pytest

from conftest import SEEDS, run_claims
from pipeline.models import entity_key
from pipeline.run import tables


@pytest.fixture(scope="module")
def seed_tables():
    return tables([SEEDS]).tables


@pytest.mark.parametrize("first, first_total, second, second_total, same", [
    ("Nemotron Nano V2 12B", 12e9, "Nemotron-Nano-12B-v2-Base", 12e9, True),   # order, separators, v, Base
    ("Nemotron 3 Nano 30B-A3B", 30e9, "Nemotron Nano v3", 30e9, True),          # size in the name or beside it
    ("Nemotron-Nano12B-v2-Base", 12e9, "Nemotron-Nano-12B-v2-Base", 12e9, True),  # a size glued to a word
    ("llama-13b", 13e9, "LLaMA 13B", 13e9, True),                               # case
    ("Nemotron-Nano-9B-v2", 9e9, "Nemotron-Nano-12B-v2-Base", 12e9, False),     # siblings of other sizes
    ("Nemotron-4-340B-Instruct", 340e9, "Nemotron-4-340B-Reward", 340e9, False),  # other variants
    ("Llama 3.1 8B", 8e9, "Llama 3.2 8B", 8e9, False),                          # other versions
])
def test_entity_resolution_is_conservative(first, first_total, second, second_total, same):
    assert (entity_key(first, first_total) == entity_key(second, second_total)) is same


@pytest.mark.parametrize("name", ["Nano", "Super", "8B"])
def test_generic_names_are_no_entities(name):
    assert entity_key(name, 8e9) is None


def test_nemotron_3_nano_is_one_model_across_two_papers(seed_tables):
    models = seed_tables["models"].set_index("name")
    nano = models.loc["Nemotron 3 Nano 30B-A3B"]
    assert nano["aliases"] == "Nemotron 3 Nano 30B-A3B; Nemotron Nano v3"
    assert (nano["total_params"], nano["active_values"], nano["n_papers"]) == (3e10, "3e+09; 3.6e+09", 2)


def test_comparison_row_of_nemotron_3_super(seed_tables):
    row = seed_tables["comparison"].set_index("title").loc[
        "Nemotron 3 Super: Open, Efficient Mixture-of-Experts Hybrid Mamba-Transformer Model for Agentic Reasoning"]
    assert (row["total_params"], row["active_params"], row["training_tokens"], row["context_length"]) == \
        (1.2e11, 1.2e10, 2.5e13, 1e6)
    assert (row["best_speedup"], row["speedup_qualifier"], row["speedup_metric"], row["speedup_comparator"]) == \
        (7.5, "exact", "inference throughput", "Qwen3.5-122B")
    assert row["precisions"] == "training: NVFP4"


def test_baselines_are_not_a_papers_own_models(seed_tables):
    rows = seed_tables["comparison"].set_index("title")
    puzzle = rows.loc["Puzzle: Distillation-Based NAS for Inference-Optimized LLMs"]
    assert puzzle["model_sizes"] == "5.1e+10"  # not the 70B model it was derived from
    nemotron_h = rows.loc["Nemotron-H: A Family of Accurate and Efficient Hybrid Mamba-Transformer Models"]
    assert nemotron_h["model_sizes"] == "8e+09; 4.7e+10; 5.6e+10"  # not Qwen-2.5-72B or Llama-3.1-70B


def test_every_comparison_cell_traces_back_to_claims(seed_tables):
    sources, claims = seed_tables["comparison_sources"], seed_tables["claims"]
    assert set(sources["claim_id"]) <= set(claims["claim_id"])
    cited = claims.set_index("claim_id").loc[sources[sources["column"] == "best_speedup"]["claim_id"]]
    assert set(cited["kind"]) == {"speedup"}
    comparison = seed_tables["comparison"]
    assert sources[sources["column"] == "best_speedup"]["paper_id"].nunique() == comparison["best_speedup"].notna().sum()


def test_compare_prints_a_markdown_pivot(tmp_path):
    assert run_claims("run", SEEDS, "--out", tmp_path / "out").returncode == 0
    result = run_claims("compare", "--kind", "speedup", "--outputs", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "| paper | subjects | n | max | values | roles | metrics | comparators |"
    assert lines[2].startswith("| Nemotron 3 Super: Open, Efficient") and "| 2 | 7.5 | ≤2.2; 7.5 |" in lines[2]


def test_compare_by_model_as_csv(tmp_path):
    assert run_claims("run", SEEDS, "--out", tmp_path / "out").returncode == 0
    result = run_claims("compare", "--kind", "parameter_count", "--by", "model", "--format", "csv", "--outputs", tmp_path / "out")
    frame = pd.read_csv(pd.io.common.StringIO(result.stdout))
    assert list(frame.columns) == ["model", "papers", "n", "max", "values", "roles", "metrics", "comparators"]
    assert frame.iloc[0]["model"] == "Nemotron-4 340B" and frame.iloc[0]["max"] == 3.4e11


def test_compare_errors_are_one_line(tmp_path):
    result = run_claims("compare", "--kind", "vibes", "--outputs", tmp_path)
    assert result.returncode == 2 and result.stderr.startswith("error: vibes: unknown kind")
    result = run_claims("compare", "--kind", "speedup", "--outputs", tmp_path)
    assert result.returncode == 2 and "missing: run `claims run` first" in result.stderr
