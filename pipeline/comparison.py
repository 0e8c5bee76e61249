"""Stage 3b: papers + claims -> one comparison row per paper, and where each cell came from.

A paper's "own" models are the sizes it states that are not baselines: sizes named inside a
comparator phrase, or after 'such as', 'e.g.', 'like', 'than', 'compared to', 'from' in the
same clause, are other people's models.
"""
from __future__ import annotations

import pandas as pd
import regex

from schemas.comparison import ComparisonSchema, ComparisonSourcesSchema

_REFERENCE_LEAD = regex.compile(
    r"(?:such\s+as|e\.g\.,?|like|than|compared\s+(?:to|with)|versus|vs\.?|from|outperform\w*|surpass\w*|exceed\w*)"
    r"(?:[^.;:]|\.(?=\d)){0,70}$",   # within the clause; dots inside versions ('3.1') do not end it
    regex.IGNORECASE,
)


def is_reference(claim, text_of: dict, comparators: set[str]) -> bool:
    """True for a size that names someone else's model (a baseline or an example)."""
    if claim.subject and any(claim.subject in comparator for comparator in comparators):
        return True
    text = text_of[(claim.paper_id, claim.field)]
    return bool(_REFERENCE_LEAD.search(text, max(0, claim.start - 80), claim.start))


def _best(group: pd.DataFrame):
    """The claim with the largest value (highest high end for ranges); ties to the earliest."""
    top = group.assign(_top=group["value_high"].fillna(group["value"]))
    return top.sort_values(["_top", "start"], ascending=[False, True], kind="stable").iloc[0]


def _precisions(group: pd.DataFrame) -> str:
    by_role: dict[str, list[str]] = {}
    for role, label in zip(group["role"], group["metric"]):
        by_role.setdefault(role or "unspecified", [])
        if label not in by_role[role or "unspecified"]:
            by_role[role or "unspecified"].append(label)
    return "; ".join(f"{role}: {', '.join(labels)}" for role, labels in sorted(by_role.items()))


def comparison(papers: pd.DataFrame, claims: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(comparison table, long-format sources: paper_id, column, claim_id)."""
    text_of = {(paper_id, field): text for field in ("title", "abstract")
               for paper_id, text in zip(papers["paper_id"], papers[field])}
    rows, sources = [], []
    by_paper = dict(tuple(claims.groupby("paper_id", sort=False)))
    for paper in papers.itertuples(index=False):
        row = {"paper_id": paper.paper_id, "title": paper.title, "published": paper.published, "orgs": paper.orgs}
        own = by_paper.get(paper.paper_id, claims.iloc[0:0])

        def cite(column: str, frame: pd.DataFrame) -> None:
            sources.extend((paper.paper_id, column, claim_id) for claim_id in frame["claim_id"])

        comparators = set(own.loc[own["comparator"] != "", "comparator"])
        sizes = own[own["kind"] == "parameter_count"]
        own_size = [not is_reference(claim, text_of, comparators) for claim in sizes.itertuples(index=False)]
        sizes = sizes.loc[pd.Series(own_size, index=sizes.index, dtype=bool)]
        totals, actives = sizes[sizes["role"] != "active"], sizes[sizes["role"] == "active"]
        row["total_params"] = totals["value"].max() if len(totals) else None
        row["active_params"] = actives["value"].max() if len(actives) else None
        row["model_sizes"] = "; ".join(f"{value:g}" for value in sorted(set(totals["value"])))
        cite("total_params", totals[totals["value"] == row["total_params"]])
        cite("active_params", actives[actives["value"] == row["active_params"]])
        cite("model_sizes", totals)
        for column, kind, role in (("training_tokens", "token_count", "training"), ("context_length", "context_length", None)):
            found = own[(own["kind"] == kind) & ((own["role"] == role) if role else True)]
            row[column] = found["value"].max() if len(found) else None
            cite(column, found[found["value"] == row[column]])
        for prefix, kind in (("speedup", "speedup"), ("cost_reduction", "cost_reduction")):
            found = own[own["kind"] == kind]
            best = _best(found) if len(found) else None
            row[f"best_{prefix}"] = best["value_high"] if best is not None and pd.notna(best["value_high"]) else (best["value"] if best is not None else None)
            for part in ("qualifier", "metric", "comparator"):
                row[f"{prefix}_{part}"] = best[part] if best is not None else ""
            if best is not None:
                cite(f"best_{prefix}", found[found["claim_id"] == best["claim_id"]])
        formats = own[own["kind"] == "precision"]
        row["precisions"] = _precisions(formats)
        cite("precisions", formats)
        gains = own[(own["kind"] == "accuracy_delta")]
        best = _best(gains) if len(gains) else None
        row["best_accuracy_gain"] = (best["value_high"] if pd.notna(best["value_high"]) else best["value"]) if best is not None else None
        row["accuracy_gain_unit"] = best["unit"] if best is not None else ""
        row["accuracy_gain_metric"] = best["metric"] if best is not None else ""
        if best is not None:
            cite("best_accuracy_gain", gains[gains["claim_id"] == best["claim_id"]])
        rows.append(row)
    table = pd.DataFrame(rows, columns=list(ComparisonSchema.to_schema().columns))
    table = table.sort_values(["published", "paper_id"], kind="stable", na_position="last").reset_index(drop=True)
    long = pd.DataFrame(sources, columns=["paper_id", "column", "claim_id"]).sort_values(
        ["paper_id", "column", "claim_id"], kind="stable").reset_index(drop=True)
    return ComparisonSchema.validate(table), ComparisonSourcesSchema.validate(long)
