"""`claims extract`: one document's claims, from a file in any format or plain text on stdin."""
from __future__ import annotations

import csv
import io
import json

from conftest import SEEDS, run_claims


def _rows(csv_text: str) -> list[tuple]:
    """(field, kind, value, qualifier, role, text) of every CSV row."""
    return [(row["field"], row["kind"], float(row["value"]), row["qualifier"], row["role"], row["text"])
            for row in csv.DictReader(io.StringIO(csv_text))]


def test_plain_text_from_stdin_as_json():
    result = run_claims("extract", "-", "--format", "json", stdin="Up to 3x faster than vLLM on 8 GPUs.\n")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(row["field"], row["kind"], row["value"], row["qualifier"], row["comparator"], row["text"])
            for row in rows] == [("abstract", "speedup", 3.0, "upper_bound", "vLLM", "3x"),
                                 ("abstract", "count", 8.0, "exact", "", "8")]
    assert rows[0]["title"] == "<stdin>"


def test_a_one_line_file_has_no_title_and_its_name_claims_nothing(tmp_path):
    (tmp_path / "fp8-7b.txt").write_text("We train a 7B model on 2T tokens.\n")
    result = run_claims("extract", "fp8-7b.txt", "--format", "csv", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert _rows(result.stdout) == [("abstract", "parameter_count", 7e9, "exact", "", "7B"),
                                    ("abstract", "token_count", 2e12, "exact", "training", "2T")]


def test_a_wrapped_abstract_is_one_abstract(tmp_path):
    (tmp_path / "wrapped.txt").write_text("We train a 7B model\non 2T tokens.\n")
    result = run_claims("extract", "wrapped.txt", "--format", "csv", cwd=tmp_path)
    assert _rows(result.stdout) == [("abstract", "parameter_count", 7e9, "exact", "", "7B"),
                                    ("abstract", "token_count", 2e12, "exact", "training", "2T")]


def test_a_first_line_set_apart_by_a_blank_line_is_the_title(tmp_path):
    (tmp_path / "paper.txt").write_text("Training in FP8\n\nWe train a 7B model\non 2T tokens.\n")
    result = run_claims("extract", "paper.txt", "--format", "csv", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert _rows(result.stdout) == [("title", "precision", 8, "exact", "training", "FP8"),
                                    ("abstract", "parameter_count", 7e9, "exact", "", "7B"),
                                    ("abstract", "token_count", 2e12, "exact", "training", "2T")]


def test_an_arxiv_jsonl_file_gives_the_claims_of_each_paper_under_its_title(tmp_path):
    records = [{"id": "2501.00001", "title": "A 7B Model", "abstract": "It is 2x faster.", "authors": "A. B",
                "categories": "cs.CL", "update_date": "2025-01-02"},
               {"id": "2501.00002", "title": "Long Context", "abstract": "It reads 128K tokens of context.",
                "authors": "C. D", "categories": "cs.LG", "update_date": "2025-01-03"}]
    (tmp_path / "papers.jsonl").write_text("".join(json.dumps(record) + "\n" for record in records))
    table = run_claims("extract", "papers.jsonl", cwd=tmp_path)
    assert table.returncode == 0, table.stderr
    blocks = table.stdout.split("\n\n")
    assert [block.splitlines()[0] for block in blocks] == ["A 7B Model", "Long Context"]
    as_csv = run_claims("extract", "papers.jsonl", "--format", "csv", cwd=tmp_path)
    assert [(row["title"], row["kind"], row["text"]) for row in csv.DictReader(io.StringIO(as_csv.stdout))] == [
        ("A 7B Model", "parameter_count", "7B"), ("A 7B Model", "speedup", "2x"), ("Long Context", "context_length", "128K")]


def test_a_listing_file_is_read_in_its_own_format():
    listing = sorted(SEEDS.glob("000_*.txt"))[0]
    result = run_claims("extract", listing, "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len({row["title"] for row in rows}) > 10
    assert all(row["text"] for row in rows)


def test_a_missing_file_or_empty_text_is_one_line_and_exit_2(tmp_path):
    missing = run_claims("extract", "nope.txt", cwd=tmp_path)
    assert (missing.returncode, missing.stdout, missing.stderr) == (2, "", "error: nope.txt: no such file\n")
    empty = run_claims("extract", "-", stdin="\n  \n")
    assert (empty.returncode, empty.stderr) == (2, "error: <stdin>:1: no text to read\n")
