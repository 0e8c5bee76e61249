"""Charts (their data, and that each is written) and the HTML report, in a real browser."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from conftest import SEEDS
from pipeline.charts import counts_data, formats_data, params_tokens_data, ratio_data
from pipeline.report import highlighted, report
from pipeline.run import run, tables


@pytest.fixture(scope="module")
def seed_tables():
    return tables([SEEDS]).tables


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run") / "outputs"
    run([SEEDS], out)
    return out


def test_every_chart_is_written_as_png_and_svg(seed_run):
    charts = seed_run / "charts"
    for name in ("ratios", "params_tokens", "formats_by_year", "claims_counts"):
        for suffix, magic in ((".png", b"\x89PNG"), (".svg", b"<?xml")):
            assert (charts / f"{name}{suffix}").read_bytes().startswith(magic)


def test_charts_are_the_same_bytes_for_the_same_inputs(seed_run, tmp_path):
    again = tmp_path / "outputs"
    run([SEEDS], again)
    for path in sorted((seed_run / "charts").iterdir()):
        assert (again / "charts" / path.name).read_bytes() == path.read_bytes(), path.name


def test_ratio_chart_data(seed_tables):
    data = ratio_data(seed_tables["claims"], seed_tables["papers"])
    super_ = data[data["paper"] == "Nemotron 3 Super"]
    assert list(zip(super_["value"], super_["qualifier"], super_["comparator"])) == [
        (2.2, "upper_bound", "GPT-OSS-120B"), (7.5, "exact", "Qwen3.5-122B")]
    assert set(data["kind"]) == {"speedup", "cost_reduction"} and len(data) == 19


def test_params_tokens_chart_data(seed_tables):
    data = params_tokens_data(seed_tables["claims"], seed_tables["papers"], seed_tables["comparison"])
    points = {row.model: (row.parameters, row.training_tokens) for row in data.itertuples()}
    assert points["Nemotron 3 Super"] == (1.2e11, 2.5e13)
    assert points["Nemotron 3 Nano 30B-A3B"] == (3e10, 2.5e13)  # the most tokens stated for it
    assert points["Nemotron-Nano-12B-v2-Base"] == (1.2e10, 2e13)
    assert points["70B model (Puzzle: Distillation-Ba…)"] == (7e10, 1.5e13)


def test_formats_chart_data_counts_papers_per_year(seed_tables):
    data = formats_data(seed_tables["claims"], seed_tables["papers"])
    assert data.set_index(["year", "format"])["papers"].to_dict() == {
        ("2024", "FP8"): 1, ("2025", "BF16"): 3, ("2025", "FP4"): 1, ("2025", "FP8"): 3, ("2025", "NVFP4"): 1,
        ("2026", "BF16"): 1, ("2026", "FP8"): 1, ("2026", "NVFP4"): 3}


def test_counts_chart_data(seed_tables):
    per_kind, per_paper = counts_data(seed_tables["claims"], seed_tables["papers"])
    assert per_kind["claims"].sum() == per_paper["claims"].sum() == len(seed_tables["claims"])
    assert per_kind.iloc[0].tolist() == ["parameter_count", 89]


def test_highlighting_escapes_input_text_and_keeps_offsets():
    text = 'A <script>alert("x")</script> model runs 3x faster & uses "8B" params.'
    claims = pd.DataFrame([
        {"claim_id": "aaaaaaaaaaaa", "kind": "speedup", "value": 3.0, "value_high": None, "unit": "x",
         "qualifier": "exact", "role": "", "subject": "", "metric": "speed", "comparator": "<b>base</b>",
         "start": text.index("3x"), "end": text.index("3x") + 2},
    ])
    page = highlighted(text, claims)
    assert "<script>" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert '<mark class="claim kind-speedup" id="claim-aaaaaaaaaaaa" data-kind="speedup"' in page
    assert ">3x</mark> faster &amp; uses" in page and "comparator: &lt;b&gt;base&lt;/b&gt;" in page


def _browser():
    webdriver = pytest.importorskip("selenium.webdriver")
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and driver):
        pytest.skip("Debian's chromium and chromium-driver are not installed (.ci/run installs them)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    from selenium.webdriver.chrome.service import Service
    return webdriver.Chrome(service=Service(executable_path=driver), options=options)


def test_report_in_a_real_browser(seed_run, tmp_path):
    # An abstract with markup in it must show as text, not run.
    hostile = tmp_path / "hostile.jsonl"
    hostile.write_text('{"id": "x1", "title": "A <script>window.pwned=1</script> Paper", '
                       '"abstract": "We train a 7B model <img src=x onerror=window.pwned=1> 3x faster."}\n')
    out = tmp_path / "outputs"
    run([SEEDS, hostile], out)
    browser = _browser()
    try:
        browser.get((out / "report.html").as_uri())
        errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
        assert errors == []
        assert browser.execute_script("return window.pwned === undefined")
        assert "<script>window.pwned=1</script>" in browser.find_element("id", "paper-" + _paper_id("A <script>window.pwned=1</script> Paper")).text

        # A known claim is highlighted in place, with its row as a tooltip.
        claims = pd.read_csv(out / "claims.csv", dtype=str, keep_default_na=False)
        known = claims[(claims["text"] == "7.5x")].iloc[0]
        mark = browser.find_element("id", f"claim-{known['claim_id']}")
        assert mark.tag_name == "mark" and mark.text == "7.5x"
        assert "speedup: 7.5 x" in mark.get_attribute("title") and "comparator: Qwen3.5-122B" in mark.get_attribute("title")
        assert browser.execute_script("return getComputedStyle(arguments[0]).backgroundColor", mark) != "rgba(0, 0, 0, 0)"

        # The filter keeps speedups highlighted and hides every other highlight.
        from selenium.webdriver.support.ui import Select
        Select(browser.find_element("id", "kind-filter")).select_by_value("speedup")
        shown = browser.execute_script(
            "return Array.from(document.querySelectorAll('mark.claim')).filter("
            "m => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)').map(m => m.dataset.kind)")
        assert shown and set(shown) == {"speedup"}
        assert browser.find_element("id", "shown-count").text == str(len(shown))

        # The comparison table links to the span a cell came from.
        link = browser.find_element("css selector", "#comparison a.cell-link")
        target = link.get_attribute("href").split("#")[1]
        assert browser.find_element("id", target).tag_name == "mark"
        assert browser.execute_script("return performance.getEntriesByType('resource').filter(r => !r.name.startsWith('data:')).length") == 0
    finally:
        browser.quit()


def _paper_id(title: str) -> str:
    from pipeline.papers import paper_id
    return paper_id(title)


def test_charts_and_report_are_written_for_papers_with_no_claims(tmp_path):
    source = tmp_path / "plain.jsonl"
    source.write_text('{"id": "1", "title": "A Paper Without Numbers", "abstract": "We study opinions."}\n')
    run([source], tmp_path / "out")
    assert sorted(path.name for path in (tmp_path / "out" / "charts").glob("*.png")) == [
        "claims_counts.png", "formats_by_year.png", "params_tokens.png", "ratios.png"]
    assert "A Paper Without Numbers" in (tmp_path / "out" / "report.html").read_text()


def test_a_named_training_amount_in_a_paper_without_sizes_gives_no_point(tmp_path):
    source = tmp_path / "daily.jsonl"
    source.write_text('{"id": "1", "title": "SmolLM2", "abstract": "We train SmolLM2 on 11 trillion tokens."}\n')
    result = tables([source])
    data = params_tokens_data(result.tables["claims"], result.tables["papers"], result.tables["comparison"])
    assert data.empty


ABSTRACT_WORDS = [
    "We", "train", "Llama-3.1-70B", "Nemotron Nano 2", "8B", "and", "56B/47B", "30B-A3B", "on", "25 trillion tokens",
    "up to", "3x", "faster", "than", "GPT-4", "with", "1M context", "FP8", "NVFP4", "training", "20%", "higher accuracy",
    "compared to", "training from scratch", "respectively", ",", ".", "(", ")", "120 billion (active 12 billion)",
    "11.67x cache size reduction", "12 benchmarks", "single", "GPU", "22GiB", "+4.8 to +12.6", "on MMLU", "Qwen3-8B",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(ABSTRACT_WORDS), min_size=1, max_size=30), min_size=1, max_size=4))
def test_any_papers_give_every_table_chart_data_and_report(tmp_path_factory, abstracts):
    """The stages after extraction must take whatever the extractor finds in real-looking text."""
    folder = tmp_path_factory.mktemp("run")
    source = folder / "papers.jsonl"
    source.write_text("".join(
        json.dumps({"id": str(index), "title": f"Paper {index}", "abstract": " ".join(words)}) + "\n"
        for index, words in enumerate(abstracts)))
    found = tables([source]).tables
    claims, papers, comparison = found["claims"], found["papers"], found["comparison"]
    for data in (ratio_data(claims, papers), params_tokens_data(claims, papers, comparison), formats_data(claims, papers),
                 *counts_data(claims, papers)):
        assert isinstance(data, pd.DataFrame)
    page = report(papers, claims, comparison, found["comparison_sources"], folder)
    assert all(f'id="paper-{paper_id}"' in page for paper_id in papers["paper_id"])
