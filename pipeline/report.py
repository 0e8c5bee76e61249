"""outputs/report.html: one static page that opens from disk with no server and no network.

Every paper with its abstract, each claim highlighted in place from its offsets with a
tooltip of its normalized row, a filter by kind, the charts embedded, and the comparison
table linking to the spans its cells came from. All text from inputs is escaped.
"""
from __future__ import annotations

import base64
import html
from pathlib import Path

import pandas as pd

from schemas.claims import KINDS

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; color: #222; line-height: 1.5; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2.5rem; } h3 { font-size: 1rem; margin-bottom: .2rem; }
.meta { color: #666; font-size: .85rem; }
mark.claim { border-radius: 3px; padding: 0 2px; cursor: help; }
mark.claim.filtered-out { background: transparent; }
mark.kind-parameter_count { background: #cfe3ff; } mark.kind-token_count { background: #d7f5d1; }
mark.kind-context_length { background: #e8dcff; } mark.kind-speedup { background: #ffe0b3; }
mark.kind-cost_reduction { background: #ffd1d1; } mark.kind-precision { background: #f9f3a6; }
mark.kind-accuracy_delta { background: #c9f2ee; } mark.kind-memory { background: #eadbc8; }
mark.kind-percentage { background: #e2e2e2; } mark.kind-count { background: #f4d9f0; }
mark.claim:target { outline: 2px solid #d33; }
table { border-collapse: collapse; font-size: .8rem; } th, td { border: 1px solid #ccc; padding: 2px 6px; vertical-align: top; }
#comparison td:first-child { min-width: 16rem; } .table-wrap { overflow-x: auto; }
img.chart { max-width: 100%; border: 1px solid #eee; margin: .5rem 0; }
section.paper.filtered-out { display: none; }
"""

SCRIPT = """
function applyFilter(kind) {
  document.querySelectorAll('mark.claim').forEach(function (mark) {
    mark.classList.toggle('filtered-out', kind !== 'all' && mark.dataset.kind !== kind);
  });
  document.querySelectorAll('section.paper').forEach(function (section) {
    var shown = kind === 'all' || section.querySelector('mark.claim[data-kind="' + kind + '"]') !== null;
    section.classList.toggle('filtered-out', !shown);
  });
  document.getElementById('shown-count').textContent =
    document.querySelectorAll('mark.claim:not(.filtered-out)').length;
}
document.getElementById('kind-filter').addEventListener('change', function (event) {
  applyFilter(event.target.value);
});
applyFilter('all');
"""


def tooltip(claim) -> str:
    """The normalized row, as a reader would say it."""
    value = f"{claim.value:g}" + (f"–{claim.value_high:g}" if pd.notna(claim.value_high) else "")
    parts = [f"{claim.kind}: {value} {claim.unit}".strip(), f"qualifier: {claim.qualifier}"]
    for name in ("role", "subject", "metric", "comparator"):
        if getattr(claim, name):
            parts.append(f"{name}: {getattr(claim, name)}")
    return "\n".join(parts)


def highlighted(text: str, claims: pd.DataFrame) -> str:
    """The escaped text with each claim wrapped in a <mark>; an overlapping span is skipped
    (its row is still in the tables), so the page never nests or reorders text."""
    pieces, position = [], 0
    for claim in claims.sort_values(["start", "end"]).itertuples(index=False):
        if claim.start < position:
            continue
        pieces.append(html.escape(text[position:claim.start]))
        pieces.append(f'<mark class="claim kind-{claim.kind}" id="claim-{claim.claim_id}" data-kind="{claim.kind}" '
                      f'title="{html.escape(tooltip(claim))}">{html.escape(text[claim.start:claim.end])}</mark>')
        position = claim.end
    pieces.append(html.escape(text[position:]))
    return "".join(pieces)


def _chart_images(charts: Path) -> str:
    images = []
    for png in sorted(charts.glob("*.png")):
        encoded = base64.b64encode(png.read_bytes()).decode("ascii")
        images.append(f'<img class="chart" alt="{html.escape(png.stem)}" src="data:image/png;base64,{encoded}">')
    return "\n".join(images)


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return html.escape(f"{value:g}" if isinstance(value, float) else str(value))


def comparison_table(comparison: pd.DataFrame, sources: pd.DataFrame) -> str:
    """The comparison table; every filled cell links to the first claim it came from."""
    first_source = sources.groupby(["paper_id", "column"])["claim_id"].first().to_dict()
    columns = ["title", "published", "total_params", "active_params", "training_tokens", "context_length",
               "best_speedup", "speedup_comparator", "best_cost_reduction", "cost_reduction_comparator",
               "precisions", "best_accuracy_gain", "accuracy_gain_metric"]
    rows = ["<tr>" + "".join(f"<th>{html.escape(column)}</th>" for column in columns) + "</tr>"]
    for row in comparison.itertuples(index=False):
        cells = []
        for column in columns:
            shown = _cell(getattr(row, column))
            claim_id = first_source.get((row.paper_id, column))
            if column == "title":
                shown = f'<a href="#paper-{row.paper_id}">{shown}</a>'
            elif claim_id and shown:
                shown = f'<a class="cell-link" href="#claim-{claim_id}">{shown}</a>'
            cells.append(f"<td>{shown}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return '<div class="table-wrap"><table id="comparison">' + "\n".join(rows) + "</table></div>"


def report(papers: pd.DataFrame, claims: pd.DataFrame, comparison: pd.DataFrame, sources: pd.DataFrame,
           charts: Path) -> str:
    """The whole page as text."""
    by_paper = {paper_id: group for paper_id, group in claims.groupby("paper_id")}
    empty = claims.iloc[0:0]
    sections = []
    for paper in papers.sort_values(["published", "title"], na_position="last").itertuples(index=False):
        found = by_paper.get(paper.paper_id, empty)
        meta = " · ".join(html.escape(str(part)) for part in (paper.published, paper.orgs, paper.authors)
                          if isinstance(part, str) and part)
        sections.append(
            f'<section class="paper" id="paper-{paper.paper_id}">'
            f'<h3>{highlighted(paper.title, found[found["field"] == "title"])}</h3>'
            f'<div class="meta">{meta} · {len(found)} claims</div>'
            f'<p>{highlighted(paper.abstract, found[found["field"] == "abstract"])}</p></section>'
        )
    options = "".join(f'<option value="{kind}">{kind.replace("_", " ")}</option>' for kind in KINDS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>paper-claims report</title>
<style>{STYLE}</style></head>
<body>
<h1>paper-claims: {len(papers)} papers, {len(claims)} claims</h1>
<p><label>Show claims of kind <select id="kind-filter"><option value="all">all kinds</option>{options}</select></label>
 — <span id="shown-count">{len(claims)}</span> highlighted. Hover a highlight for its row.</p>
<h2>Comparison</h2>
{comparison_table(comparison, sources)}
<h2>Charts</h2>
{_chart_images(charts)}
<h2>Papers</h2>
{"".join(sections)}
<script>{SCRIPT}</script>
</body></html>
"""
