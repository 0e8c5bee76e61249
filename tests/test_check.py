"""`claims check`: each rule fails on a fixture made to fail it and passes on a clean one."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import SEEDS, run_claims

CONFIG = """
[tool.paper-claims.check]
sources = ["sources"]
outputs = "outputs"
name_size_tolerance = 0.25
[tool.paper-claims.check.severity]
{severities}
"""


def project(tmp_path: Path, files: dict[str, str] | None = None, severities: str = "") -> Path:
    """A project folder with sources (the seeds, or the given files), fresh outputs and a config."""
    sources = tmp_path / "sources"
    if files is None:
        shutil.copytree(SEEDS, sources)
    else:
        sources.mkdir()
        for name, text in files.items():
            (sources / name).write_text(text)
    (tmp_path / "pyproject.toml").write_text(CONFIG.format(severities=severities))
    result = run_claims("run", "sources", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return tmp_path


def check(folder: Path, *args: str):
    return run_claims("check", *args, cwd=folder)


def rules_of(result) -> list[str]:
    return [finding["rule"] for finding in json.loads(result.stdout)["findings"]]


def listing(title: str, abstract: str, date: str = "CLApr 4, 2025") -> str:
    return f"{date}\n{title}John Smith, Ann Lee\n{abstract}\n"


def test_seeds_pass_with_the_nemotron_3_nano_warning_on_both_spans(tmp_path):
    folder = project(tmp_path)
    result = check(folder, "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert [(f["rule"], f["severity"], f["file"], f["line"]) for f in findings] == [
        ("model-disagreement", "warning", "sources/000_c66b5df213697aaf.txt", 21),  # Nemotron 3 Nano: 30B-A3B
        ("model-disagreement", "warning", "sources/000_c66b5df213697aaf.txt", 48),  # Star Elastic: Nemotron Nano v3 (30B/3.6A)
    ]
    message = findings[0]["message"]
    assert "'A3B' (c9875727fa0f abstract 31-34)" in message and "'3.6A' (f880876d18b3 abstract 1222-1226)" in message
    assert "tolerance 0.25" in message


def test_strict_makes_warnings_fail(tmp_path):
    assert check(project(tmp_path), "--strict").returncode == 1


def test_stale_outputs_report_changed_added_and_removed_claims(tmp_path):
    folder = project(tmp_path)
    claims = folder / "outputs" / "claims.csv"
    lines = claims.read_text().splitlines(keepends=True)
    removed_line = lines[1]
    changed = lines[2].replace(",13000000000,", ",14000000000,")
    committed = [lines[0], changed] + lines[3:] + ["ffffffffffff,1e3cdfe72885,count,7,,,exact,,,x,,seven,1,6,abstract\n"]
    claims.write_text("".join(committed))
    result = check(folder)
    assert result.returncode == 1
    out = result.stdout
    assert "error[stale-outputs] sources/000_c66b5df213697aaf.txt:54: claim added: count 5 'five'" in out  # the dropped line
    assert "claim changed: parameter_count '13b'" in out and "value 1.4e+10 -> 1.3e+10" in out
    assert "claim removed: count 7 'seven'" in out
    assert removed_line.split(",")[0] not in out or "claim added" in out


def test_stale_outputs_pass_when_outputs_are_fresh_and_fail_when_a_table_is_missing(tmp_path):
    folder = project(tmp_path)
    assert "stale-outputs" not in rules_of(check(folder, "--format", "json"))
    (folder / "outputs" / "models.csv").unlink()
    result = check(folder, "--format", "json")
    assert result.returncode == 1 and "stale-outputs" in rules_of(result)


def test_copies_of_one_paper_that_disagree(tmp_path):
    folder = project(tmp_path, {
        "a.txt": listing("A Fast Model", "We train a 7B model on 2T tokens."),
        "b.jsonl": json.dumps({"id": "1", "title": "A fast model", "abstract": "We train a 7B model on 3T tokens.",
                               "update_date": "2025-04-04"}) + "\n",
    })
    result = check(folder, "--format", "json")
    findings = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "source-disagreement"]
    messages = [f["message"] for f in findings]
    assert any("abstract differs" in m and "sources/a.txt:1 says" in m and "sources/b.jsonl:1 says" in m for m in messages)
    assert any("claims differ" in m and "('token_count', 2000000000000.0)" in m and "('token_count', 3000000000000.0)" in m
               for m in messages)
    assert findings[0]["severity"] == "warning" and result.returncode == 0


def test_copies_that_agree_pass(tmp_path):
    text = listing("A Fast Model", "We train a 7B model on 2T tokens.")
    folder = project(tmp_path, {"a.txt": text, "b.txt": text})
    assert "source-disagreement" not in rules_of(check(folder, "--format", "json"))


def test_a_model_given_sizes_beyond_the_tolerance_is_an_error(tmp_path):
    folder = project(tmp_path, {
        "a.txt": listing("First Paper", "We present Foo Bar 30B-A3B, a model."),
        "b.txt": listing("Second Paper", "We start from Foo Bar (30B/6A) and prune it."),
    })
    result = check(folder, "--format", "json")
    findings = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "model-disagreement"]
    assert [(f["severity"], f["line"]) for f in findings] == [("error", 3), ("error", 3)]
    assert {f["file"] for f in findings} == {"sources/a.txt", "sources/b.txt"}
    assert "differs by 50%" in findings[0]["message"] and result.returncode == 1


def test_one_claim_with_two_values_in_two_papers_is_an_error(tmp_path):
    folder = project(tmp_path, {
        "a.txt": listing("First Paper", "Foo-Bar-7B achieves 2x higher throughput than Baz-7B."),
        "b.txt": listing("Second Paper", "Foo-Bar-7B achieves 3x higher throughput than Baz-7B."),
    })
    findings = [f for f in json.loads(check(folder, "--format", "json").stdout)["findings"]
                if f["rule"] == "model-disagreement" and "speedup" in f["message"]]
    assert len(findings) == 2 and "2 at '2x'" in findings[0]["message"] and "3 at '3x'" in findings[0]["message"]


def test_consistent_models_pass(tmp_path):
    folder = project(tmp_path, {
        "a.txt": listing("First Paper", "We present Foo Bar 30B-A3B, a model."),
        "b.txt": listing("Second Paper", "We start from Foo Bar (30B/3A) and prune it."),
    })
    assert "model-disagreement" not in rules_of(check(folder, "--format", "json"))


EXPECT_CSV = """paper,kind,value,qualifier,metric,comparator
Nemotron 3 Super: Open, Efficient Mixture-of-Experts Hybrid Mamba-Transformer Model for Agentic Reasoning,speedup,7.5,exact,inference throughput,Qwen3.5-122B
96f99e52d66d,token_count,25e12,exact,,
"""


def test_expectations_that_hold_pass(tmp_path):
    folder = project(tmp_path)
    (folder / "expect.csv").write_text(EXPECT_CSV.replace("Nemotron 3 Super: Open, Efficient", '"Nemotron 3 Super: Open, Efficient')
                                       .replace("Agentic Reasoning,", 'Agentic Reasoning",'))
    result = check(folder, "--expect", "expect.csv", "--format", "json")
    assert "expectation" not in rules_of(result) and result.returncode == 0


def test_a_missing_or_different_expectation_fails_with_its_line(tmp_path):
    folder = project(tmp_path)
    (folder / "expect.yaml").write_text(
        "- {paper: 96f99e52d66d, kind: speedup, value: 8, qualifier: exact, comparator: Qwen3.5-122B}\n"
        "- {paper: 96f99e52d66d, kind: memory, value: 1, qualifier: exact}\n")
    result = check(folder, "--expect", "expect.yaml")
    assert result.returncode == 1
    assert "error[expectation] expect.yaml:1: expected speedup 8 (exact) in '96f99e52d66d'; found 7.5 (exact) at '7.5x'" in result.stdout
    assert "error[expectation] expect.yaml:2: expected memory 1 (exact) in '96f99e52d66d': no such claim" in result.stdout


def test_a_bad_expectations_file_is_a_usage_error(tmp_path):
    folder = project(tmp_path)
    (folder / "expect.csv").write_text("paper,kind,value,qualifier\n96f99e52d66d,vibes,1,exact\n")
    result = check(folder, "--expect", "expect.csv")
    assert result.returncode == 2
    assert result.stderr.strip() == "error: expect.csv:2: unknown kind 'vibes' or qualifier 'exact'"


def test_a_table_that_fails_its_schema(tmp_path):
    folder = project(tmp_path)
    claims = folder / "outputs" / "claims.csv"
    claims.write_text(claims.read_text().replace(",count,5,", ",vibes,5,", 1))
    result = check(folder, "--format", "json")
    schema_findings = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "schema"]
    assert schema_findings and "claims.csv fails its schema" in schema_findings[0]["message"]
    assert result.returncode == 1


def test_a_rule_can_be_turned_off(tmp_path):
    folder = project(tmp_path, severities='model-disagreement = "off"')
    result = check(folder, "--strict")
    assert (result.returncode, result.stdout.strip()) == (0, "clean: every rule passed")


def test_github_format_annotates_source_lines(tmp_path):
    result = check(project(tmp_path), "--format", "github")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("::warning file=sources/000_c66b5df213697aaf.txt,line=21,title=model-disagreement::model ")


def test_a_bad_config_is_a_usage_error(tmp_path):
    folder = project(tmp_path, severities='schema = "loud"')
    result = check(folder)
    assert result.returncode == 2 and "schema = 'loud'" in result.stderr
