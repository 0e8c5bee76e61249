"""Ingest: formats detected from content, the merged papers table, and bad input."""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pandas as pd
import pytest

from conftest import FIXTURES, GOLDEN, SEEDS, run_claims
from pipeline.errors import InputError
from pipeline.ingest import ingest
from pipeline.ingest.authors import split_title_authors
from pipeline.ingest.dates import resolve_year
from pipeline.ingest.record import normalize_whitespace
from pipeline.outputs import write_csv
from pipeline.papers import paper_id, papers


def seed_papers() -> pd.DataFrame:
    return papers(ingest([SEEDS]).records)


def test_seed_papers_equal_the_hand_checked_golden_table(tmp_path):
    written = tmp_path / "papers.csv"
    write_csv(seed_papers(), written)
    assert written.read_text() == (GOLDEN / "papers.csv").read_text()


def test_seeds_hold_26_unique_papers_one_of_them_in_all_three_files():
    table = seed_papers()
    assert len(table) == 26
    in_all = table[table["sources"].str.count("seeds/") == 3]
    assert list(in_all["title"]) == ["Nemotron Elastic: Towards Efficient Many-in-One Reasoning LLMs"]
    assert in_all.iloc[0]["upvotes"] == 3  # only the daily-papers page prints upvotes


@pytest.mark.parametrize("glued, title, authors", [
    ("NVIDIA Nemotron Nano V2 VLAmala Sanjay Deshmukh, Kateryna Chumachenko",
     "NVIDIA Nemotron Nano V2 VL", ["Amala Sanjay Deshmukh", "Kateryna Chumachenko"]),
    ("Nemotron-H: A Family of Hybrid Mamba-Transformer ModelsAaron Blakeman, Aarti Basant",
     "Nemotron-H: A Family of Hybrid Mamba-Transformer Models", ["Aaron Blakeman", "Aarti Basant"]),
    ("Nemotron 3 Super: Open, Efficient Model for Agentic ReasoningAakshita Chandiramani, Aaron Blakeman",
     "Nemotron 3 Super: Open, Efficient Model for Agentic Reasoning", ["Aakshita Chandiramani", "Aaron Blakeman"]),
    ("Your Large Language Models Are Leaving FingerprintsHope McGovern, Rickard Stureborg",
     "Your Large Language Models Are Leaving Fingerprints", ["Hope McGovern", "Rickard Stureborg"]),
    ("Summarizing Community-based Question-Answer PairsTing-Yao Hsu, Yoshi Suhara",
     "Summarizing Community-based Question-Answer Pairs", ["Ting-Yao Hsu", "Yoshi Suhara"]),
    # made up: titles ending in digits, acronyms and version tags
    ("Scaling Laws for GPT-4John Smith, Mary Jones", "Scaling Laws for GPT-4", ["John Smith", "Mary Jones"]),
    ("Efficient Serving of LLMsJohn Smith", "Efficient Serving of LLMs", ["John Smith"]),
    ("Benchmarks Under the Hood: The RAG EraOliver O'Neil, Mary Jones", "Benchmarks Under the Hood: The RAG Era",
     ["Oliver O'Neil", "Mary Jones"]),
    ("YouTube Videos ExplainedJohn Smith, Ann Lee", "YouTube Videos Explained", ["John Smith", "Ann Lee"]),
    ("Qwen3.5 Technical Report v2Arthur Bražinskas, Jean-Luc Picard", "Qwen3.5 Technical Report v2",
     ["Arthur Bražinskas", "Jean-Luc Picard"]),
    ("MoE at ScaleAngus MacLeod, Ludwig van Beethoven", "MoE at Scale", ["Angus MacLeod", "Ludwig van Beethoven"]),
    # a team as first author, trusted because a person's name follows it
    ("DeepSeek-V2: A Strong, Economical Mixture-of-Experts Language ModelDeepSeek-AI, Aixin Liu, Bei Feng",
     "DeepSeek-V2: A Strong, Economical Mixture-of-Experts Language Model", ["DeepSeek-AI", "Aixin Liu", "Bei Feng"]),
])
def test_split_title_authors(glued, title, authors):
    assert split_title_authors(glued) == (title, authors)


def test_split_title_authors_gives_none_when_nothing_fits():
    assert split_title_authors("no capitals here at all") is None


@pytest.mark.parametrize("month, day, as_of, expected", [
    (4, 14, dt.date(2026, 5, 8), dt.date(2026, 4, 14)),
    (5, 8, dt.date(2026, 5, 8), dt.date(2026, 5, 8)),     # the capture day itself
    (12, 30, dt.date(2026, 1, 5), dt.date(2025, 12, 30)),  # across the turn of the year
    (1, 2, dt.date(2026, 1, 5), dt.date(2026, 1, 2)),
    (1, 6, dt.date(2026, 1, 5), dt.date(2025, 1, 6)),      # a day after as-of is last year's
    (2, 29, dt.date(2025, 3, 1), dt.date(2024, 2, 29)),    # leap day: the last year that had one
])
def test_resolve_year(month, day, as_of, expected):
    assert resolve_year(month, day, as_of) == expected


@pytest.mark.parametrize("raw, clean", [
    ("  A  Messy\n  Title\twith tabs ", "A Messy Title with tabs"),
    ("one\r\nline", "one line"),
    ("", ""),
])
def test_normalize_whitespace(raw, clean):
    assert normalize_whitespace(raw) == clean


def test_json_lines_records_are_normalized_and_optional_fields_may_be_missing():
    table = papers(ingest([FIXTURES / "messy.jsonl"]).records)
    rows = table.set_index("arxiv_id")
    first = rows.loc["2504.00001"]
    assert first["title"] == "A Messy Title with Tabs"
    assert first["abstract"] == "We train a 7B model on 2T tokens."
    assert first["authors"] == "Ada Lovelace; Alan Turing; Grace Hopper"
    assert first["n_authors"] == 3
    assert (first["published"], first["category"]) == ("2025-04-02", "cs.CL")
    second = rows.loc["2504.00002"]
    assert second["authors"] == "Solo Author" and second["abstract"] == ""
    third = rows.loc["2504.00003"]
    assert pd.isna(third["published"]) and pd.isna(third["category"]) and pd.isna(third["n_authors"])


def test_same_title_in_any_case_or_punctuation_has_one_id():
    assert paper_id("Nemotron-H: A Family") == paper_id("nemotron h  a FAMILY")
    assert paper_id("Nemotron-H: A Family") != paper_id("Nemotron-H: A Family 2")


def test_copies_that_disagree_are_kept_visible(tmp_path):
    listing = tmp_path / "a.txt"
    listing.write_text("CLApr 4, 2025Code\nSome Paper TitleJohn Smith, Ann Lee\nFirst abstract.\n")
    jsonl = tmp_path / "b.jsonl"
    jsonl.write_text('{"id": "1", "title": "Some paper title", "abstract": "Second abstract.", '
                     '"authors": "John Smith, Ann Lee", "update_date": "2025-04-05"}\n')
    row = papers(ingest([listing, jsonl]).records).iloc[0]
    assert row["n_variants"] == 2
    assert row["differing_fields"] == "abstract; published; title"
    assert row["abstract"] == "First abstract."  # the first source wins, the disagreement stays visible


def test_year_is_resolved_from_the_manifest_capture_date_not_today():
    table = seed_papers().set_index("title")
    row = table.loc["Star Elastic: Many-in-One Reasoning LLMs with Efficient Budget Control"]
    assert (row["published"], row["date_inferred"]) == ("2026-05-08", True)


def test_as_of_resolves_years_when_there_is_no_manifest(tmp_path):
    listing = tmp_path / "listing.txt"
    listing.write_text("LGDec 30Code\nA TitleJohn Smith\nAbstract.")  # no final newline
    row = papers(ingest([listing], as_of=dt.date(2026, 1, 5)).records).iloc[0]
    assert (row["published"], row["date_inferred"], row["has_code"], row["category"]) == ("2025-12-30", True, True, "cs.LG")


LISTING_NO_ABSTRACT = "CLApr 4, 2025\nA TitleJohn Smith\nCLApr 5, 2025\nB TitleAnn Lee\nAbstract B.\n"


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty.txt:1: file is empty"),
    ("latin1.txt", "CLApr 4, 2025\ncaf\xe9".encode("latin-1"), "latin1.txt:2: file is not UTF-8 text"),
    ("unknown.txt", b"just some prose\nwith lines\n", "unknown.txt:1: unknown format"),
    ("cut.txt", LISTING_NO_ABSTRACT.encode(), "cut.txt:1: listing entry has no title or no abstract line"),
    ("list.jsonl", b'{"id": "1", "title": "ok"}\n[1, 2]\n', "list.jsonl:2: JSON line is not an object"),
    ("untitled.jsonl", b'{"id": "1", "abstract": "no title"}\n', "untitled.jsonl:1: record has no title"),
    ("broken.jsonl", b'{"id": "1", "title": "ok"}\n{"id": \n', "broken.jsonl:2: not valid JSON"),
])
def test_bad_input_is_one_line_exit_2_and_outputs_untouched(tmp_path, name, content, message):
    bad = tmp_path / "in" / name
    bad.parent.mkdir()
    bad.write_bytes(content)
    out = tmp_path / "out"
    out.mkdir()
    (out / "papers.csv").write_text("previous run\n")
    result = run_claims("run", bad, "--out", out, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: in/{message}")
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert [path.name for path in out.iterdir()] == ["papers.csv"]
    assert (out / "papers.csv").read_text() == "previous run\n"


def test_a_folder_with_no_inputs_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run_claims("run", "empty", "--out", "out", cwd=tmp_path)
    assert (result.returncode, result.stderr.strip()) == (2, "error: empty: folder holds no input files")
    assert not (tmp_path / "out").exists()


def test_keep_going_skips_bad_records_and_says_how_many(tmp_path):
    bad = tmp_path / "cut.txt"
    bad.write_text(LISTING_NO_ABSTRACT)
    result = run_claims("run", "cut.txt", "--out", "out", "--keep-going", cwd=tmp_path)
    assert result.returncode == 0
    assert "warning: skipped cut.txt:1: listing entry has no title or no abstract line" in result.stderr
    assert "1 papers" in result.stderr and "skipped 1 bad records" in result.stderr
    assert pd.read_csv(tmp_path / "out" / "papers.csv")["title"].tolist() == ["B Title"]


def test_an_unsplittable_byline_keeps_the_paper_with_a_warning(tmp_path):
    listing = tmp_path / "lower.txt"
    listing.write_text("CLJul 1, 2024\nphi-3 technical reportmarah abdin, sam jacobs\nA 3.8 billion parameter model.\n")
    result = run_claims("run", "lower.txt", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0
    assert "warning: lower.txt:2: cannot split the title from the author list; the whole line is kept as the title" \
        in result.stderr
    written = pd.read_csv(tmp_path / "out" / "claims.csv")
    assert written[["kind", "value", "text"]].values.tolist() == [["parameter_count", 3.8e9, "3.8 billion"]]


def test_format_is_detected_from_content_not_name(tmp_path):
    disguised = tmp_path / "papers.jsonl"
    disguised.write_text("LGNov 6, 2025\nA TitleJohn Smith\nAn abstract.\n")
    assert [record.title for record in ingest([disguised]).records] == ["A Title"]


def test_daily_papers_header_org_and_author_count_lines():
    records = [record for record in ingest([SEEDS / "002_185d07994e9321a9.txt"]).records]
    assert [(record.orgs, record.n_authors, record.upvotes) for record in records] == [
        (("nvidia",), None, 3), ((), 24, 2), ((), 9, 2), ((), 6, None)]
    assert records[0].source == "seeds/002_185d07994e9321a9.txt:13"


def test_claims_run_with_no_arguments_reads_seeds_and_writes_outputs(tmp_path):
    import shutil
    shutil.copytree(SEEDS, tmp_path / "seeds")
    result = run_claims("run", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = sorted(path.name for path in (tmp_path / "outputs").iterdir() if path.suffix == ".csv")
    assert written == ["claims.csv", "comparison.csv", "comparison_sources.csv", "models.csv", "papers.csv"]
    assert (tmp_path / "outputs" / "papers.csv").read_text() == (GOLDEN / "papers.csv").read_text()
