"""`claims eval`: scoring against gold files, and errors in a user's gold file."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT, run_claims
from pipeline.evaluate import score

GOLD = ROOT / "tests" / "gold"


def test_seed_gold_scores_f1_one():
    result = score(GOLD / "seeds.records.jsonl", GOLD / "seeds.claims.jsonl")
    assert result["overall"]["f1"] == 1.0
    assert result["overall"]["gold"] == 170
    assert all(value == 1.0 for value in result["agreement"].values())


def test_made_up_gold_in_the_style_of_other_papers():
    """Sentences written by hand, gold listed from the spec (the first twelve records before
    running the extractor; the later ones probed it, each disagreement settled by the spec and
    docs/claims.md; the last nine, from 'specstyle' on, were written after the sessions whose
    cases they hold, with their gold from the spec first).
    The bar is what the extractor reaches now, so a lost claim fails here."""
    result = score(GOLD / "made_up.records.jsonl", GOLD / "made_up.claims.jsonl")
    assert result["overall"]["gold"] == 218
    assert result["overall"]["f1"] >= 0.95, result["missed"] + result["spurious"]
    assert result["agreement"]["qualifier"] >= 0.95


def test_eval_prints_overall_and_per_kind_scores():
    result = run_claims("eval", GOLD / "seeds.records.jsonl", GOLD / "seeds.claims.jsonl")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1].split() == ["overall", "170", "170", "170", "1.000", "1.000", "1.000"]
    assert any(line.startswith("parameter_count") for line in lines)
    assert lines[-1].startswith("agreement on matched pairs: qualifier 1.000")


def _write(path, rows):
    path.write_text("".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows))
    return path


RECORD = {"id": "r1", "title": "T", "abstract": "We train on 2T tokens, then on 2T tokens more."}
GOOD = {"id": "r1", "field": "abstract", "text": "2T", "occurrence": 2, "kind": "token_count", "value": 2e12,
        "value_high": None, "unit": "tokens", "qualifier": "exact", "role": "", "subject": "", "metric": "", "comparator": ""}


@pytest.mark.parametrize("bad_line, message", [
    ("{not json", "gold.jsonl:2: not valid JSON"),
    ({**GOOD, "id": "nope"}, "gold.jsonl:2: id 'nope' is not in the records file"),
    ({**GOOD, "kind": "vibes"}, "gold.jsonl:2: unknown kind 'vibes'"),
    ({**GOOD, "occurrence": 3}, "gold.jsonl:2: text '2T' (occurrence 3) is not in the record's abstract"),
    ({key: value for key, value in GOOD.items() if key != "value"}, "gold.jsonl:2: gold claim lacks value"),
    ({**GOOD, "field": "body"}, "gold.jsonl:2: field must be title or abstract, not 'body'"),
])
def test_errors_in_a_gold_file_are_reported_by_line(tmp_path, bad_line, message):
    _write(tmp_path / "records.jsonl", [RECORD])
    _write(tmp_path / "gold.jsonl", [GOOD, bad_line])
    result = run_claims("eval", "records.jsonl", "gold.jsonl", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {message}") and len(result.stderr.strip().splitlines()) == 1


def test_occurrence_picks_the_right_span(tmp_path):
    _write(tmp_path / "records.jsonl", [RECORD])
    _write(tmp_path / "gold.jsonl", [{**GOOD, "occurrence": 1}, GOOD])
    result = score(tmp_path / "records.jsonl", tmp_path / "gold.jsonl")
    assert (result["overall"]["matched"], result["overall"]["f1"]) == (2, 1.0)
