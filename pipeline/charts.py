"""Summary charts (matplotlib, headless): PNG and SVG in outputs/charts/.

Each chart has a `*_data` function returning the exact frame it draws, so the data behind a
chart is tested rather than its pixels, and written beside it as CSV.
"""
from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # headless: no display on CI
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from pipeline.models import model_sizes, name_tokens  # noqa: E402
from pipeline.outputs import write_csv  # noqa: E402

# Same inputs, same bytes: no dates in files, fixed ids in SVGs.
plt.rcParams.update({"svg.hashsalt": "paper-claims", "font.size": 9, "figure.dpi": 100})
QUALIFIER_MARKERS = {"exact": "o", "approx": "D", "upper_bound": "<", "lower_bound": ">", "range": "s"}
QUALIFIER_WORDS = {"exact": "stated", "approx": "about", "upper_bound": "up to", "lower_bound": "over", "range": "range"}
KIND_COLORS = {"speedup": "tab:blue", "cost_reduction": "tab:orange"}


def short(title: str, width: int = 42) -> str:
    head = title.split(":")[0] if ":" in title and len(title.split(":")[0]) >= 8 else title
    return head if len(head) <= width else head[: width - 1] + "…"


def ratio_data(claims: pd.DataFrame, papers: pd.DataFrame) -> pd.DataFrame:
    """Every speedup and cost-reduction claim with its paper, qualifier and baseline."""
    titles = dict(zip(papers["paper_id"], papers["title"]))
    ratios = claims[claims["kind"].isin(["speedup", "cost_reduction"])]
    frame = pd.DataFrame({
        "paper": [short(titles[paper]) for paper in ratios["paper_id"]],
        "kind": ratios["kind"].values, "value": ratios["value"].values, "value_high": ratios["value_high"].values,
        "qualifier": ratios["qualifier"].values, "metric": ratios["metric"].values,
        "comparator": ratios["comparator"].values, "claim_id": ratios["claim_id"].values,
    })
    return frame.sort_values(["paper", "kind", "value"], kind="stable").reset_index(drop=True)


def _size_of(claim, claims: pd.DataFrame, sizes: pd.DataFrame, own_sizes: dict[str, str], titles: dict[str, str]):
    """(model, size) that a training-token claim is about: a size stated just after it
    ('400B tokens ..., our 1B model'), its subject's size in the same paper (same spelling
    first, then same name words), else the paper's only own size; or None."""
    after = claims[(claims["paper_id"] == claim.paper_id) & (claims["field"] == claim.field)
                   & (claims["kind"] == "parameter_count") & (claims["role"] != "active")
                   & (claims["start"] > claim.end) & (claims["start"] <= claim.end + 40)]
    if len(after):
        size = after.iloc[0]
        return size["subject"] or f"{size['text']} model ({short(titles[claim.paper_id], 24)})", size["value"]
    in_paper = sizes[(sizes["paper_id"] == claim.paper_id) & sizes["total"].notna()]
    if claim.subject:
        for same in (in_paper["subject"] == claim.subject,
                     [set(name_tokens(subject)) == set(name_tokens(claim.subject)) for subject in in_paper["subject"]]):
            named = in_paper.loc[[bool(flag) for flag in same]]  # a mask, even when empty
            if named["total"].nunique() == 1:
                return named.iloc[0]["subject"], named.iloc[0]["total"]
    own = [value for value in own_sizes.get(claim.paper_id, "").split("; ") if value]
    if len(own) == 1:
        return claim.subject or short(titles[claim.paper_id]), float(own[0])
    return None


def params_tokens_data(claims: pd.DataFrame, papers: pd.DataFrame, comparison: pd.DataFrame) -> pd.DataFrame:
    """One point per model that states both a size and its training tokens (the most tokens
    stated for it)."""
    sizes = model_sizes(claims)
    own_sizes = dict(zip(comparison["paper_id"], comparison["model_sizes"]))
    titles = dict(zip(papers["paper_id"], papers["title"]))
    rows = []
    for claim in claims[(claims["kind"] == "token_count") & (claims["role"] == "training")].itertuples(index=False):
        found = _size_of(claim, claims, sizes, own_sizes, titles)
        if found:
            rows.append({"model": found[0], "parameters": found[1], "training_tokens": claim.value,
                         "paper_id": claim.paper_id, "claim_id": claim.claim_id})
    frame = pd.DataFrame(rows, columns=["model", "parameters", "training_tokens", "paper_id", "claim_id"])
    frame = frame.sort_values(["model", "training_tokens"], ascending=[True, False]).drop_duplicates(["model", "parameters"])
    return frame.sort_values(["parameters", "model"], kind="stable").reset_index(drop=True)


def formats_data(claims: pd.DataFrame, papers: pd.DataFrame) -> pd.DataFrame:
    """Papers naming each numeric format, per publication year."""
    years = dict(zip(papers["paper_id"], papers["published"].astype(str).str[:4]))
    formats = claims[claims["kind"] == "precision"]
    frame = pd.DataFrame({"year": formats["paper_id"].map(years), "format": formats["metric"], "paper_id": formats["paper_id"]})
    frame = frame.drop_duplicates().groupby(["year", "format"]).size().rename("papers").reset_index()
    return frame.sort_values(["year", "format"]).reset_index(drop=True)


def counts_data(claims: pd.DataFrame, papers: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(claims per kind, claims per paper), largest first."""
    per_kind = claims.groupby("kind").size().rename("claims").reset_index().sort_values(["claims", "kind"], ascending=[False, True])
    titles = dict(zip(papers["paper_id"], papers["title"]))
    per_paper = claims.groupby("paper_id").size().rename("claims").reset_index()
    per_paper.insert(1, "paper", per_paper["paper_id"].map(lambda paper: short(titles[paper])))
    per_paper = per_paper.sort_values(["claims", "paper"], ascending=[False, True])
    return per_kind.reset_index(drop=True), per_paper.reset_index(drop=True)


def _note_if_empty(axis, data: pd.DataFrame) -> bool:
    """Say so on the chart when there is nothing to draw; True if empty."""
    if len(data):
        return False
    axis.text(0.5, 0.5, "no such claims in these papers", ha="center", va="center", transform=axis.transAxes)
    return True


def _save(figure, folder: Path, name: str) -> list[Path]:
    figure.tight_layout()
    paths = [folder / f"{name}.png", folder / f"{name}.svg"]
    figure.savefig(paths[0], metadata={"Software": None})
    figure.savefig(paths[1], metadata={"Date": None, "Creator": None})
    plt.close(figure)
    return paths


def draw_ratios(data: pd.DataFrame, folder: Path) -> list[Path]:
    papers = list(dict.fromkeys(data["paper"]))
    figure, axis = plt.subplots(figsize=(10, 1.2 + 0.45 * max(len(papers), 1)))
    for row in data.itertuples(index=False):
        y = papers.index(row.paper) + (0.15 if row.kind == "cost_reduction" else -0.15)
        if pd.notna(row.value_high):
            axis.plot([row.value, row.value_high], [y, y], color=KIND_COLORS[row.kind], linewidth=3)
        axis.scatter(row.value_high if pd.notna(row.value_high) else row.value, y, marker=QUALIFIER_MARKERS[row.qualifier],
                     color=KIND_COLORS[row.kind], s=45, zorder=3)
        shown = f"{row.value:g}–{row.value_high:g}x" if pd.notna(row.value_high) else f"{row.value:g}x"
        label = shown + (f" vs {row.comparator[:40]}" if row.comparator else "")
        axis.annotate(label, (row.value_high if pd.notna(row.value_high) else row.value, y), xytext=(6, -3),
                      textcoords="offset points", fontsize=7)
    if not _note_if_empty(axis, data):
        axis.set_xscale("log")
    axis.set_yticks(range(len(papers)), papers)
    axis.invert_yaxis()
    axis.set_xlabel("ratio (x, log scale): higher is faster or cheaper")
    axis.set_title("Speedup and cost-reduction claims per paper")
    handles = [plt.Line2D([], [], color=color, marker="o", linestyle="", label=kind.replace("_", " "))
               for kind, color in KIND_COLORS.items()]
    handles += [plt.Line2D([], [], color="gray", marker=marker, linestyle="", label=QUALIFIER_WORDS[qualifier])
                for qualifier, marker in QUALIFIER_MARKERS.items()]
    axis.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=7)
    axis.set_xlim(left=1, right=max(10, data["value_high"].fillna(data["value"]).max() * 20) if len(data) else 10)
    return _save(figure, folder, "ratios")


def draw_params_tokens(data: pd.DataFrame, folder: Path) -> list[Path]:
    figure, axis = plt.subplots(figsize=(8, 6))
    axis.scatter(data["parameters"], data["training_tokens"], color="tab:green", zorder=3)
    for row in data.itertuples(index=False):
        axis.annotate(row.model, (row.parameters, row.training_tokens), xytext=(5, 3), textcoords="offset points", fontsize=7)
    if not _note_if_empty(axis, data):
        axis.set_xscale("log")
        axis.set_yscale("log")
    axis.set_xlabel("total parameters (log scale)")
    axis.set_ylabel("training tokens (log scale)")
    axis.set_title("Model size against training tokens")
    axis.grid(True, which="major", alpha=0.3)
    return _save(figure, folder, "params_tokens")


def draw_formats(data: pd.DataFrame, folder: Path) -> list[Path]:
    table = data.pivot(index="year", columns="format", values="papers").fillna(0) if len(data) else pd.DataFrame()
    figure, axis = plt.subplots(figsize=(8, 5))
    if not _note_if_empty(axis, data):
        table.plot(kind="bar", stacked=True, ax=axis, colormap="tab20")
        axis.legend(title="format", fontsize=7)
    axis.set_xlabel("year published")
    axis.set_ylabel("papers naming the format")
    axis.set_title("Numeric formats named per year")
    return _save(figure, folder, "formats_by_year")


def draw_counts(per_kind: pd.DataFrame, per_paper: pd.DataFrame, folder: Path) -> list[Path]:
    figure, (left, right) = plt.subplots(1, 2, figsize=(12, 0.8 + 0.3 * max(len(per_paper), len(per_kind), 1)))
    left.barh(per_kind["kind"], per_kind["claims"], color="tab:purple")
    left.invert_yaxis()
    left.set_xlabel("claims")
    left.set_title("Claims per kind")
    right.barh(per_paper["paper"], per_paper["claims"], color="tab:gray")
    right.invert_yaxis()
    right.set_xlabel("claims")
    right.set_title("Claims per paper")
    return _save(figure, folder, "claims_counts")


def charts(claims: pd.DataFrame, papers: pd.DataFrame, comparison: pd.DataFrame, folder: Path) -> list[Path]:
    """Draw every chart and write the data behind it into `folder`; the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    ratios, params_tokens = ratio_data(claims, papers), params_tokens_data(claims, papers, comparison)
    formats, (per_kind, per_paper) = formats_data(claims, papers), counts_data(claims, papers)
    for name, frame in (("ratios", ratios), ("params_tokens", params_tokens), ("formats_by_year", formats),
                        ("claims_per_kind", per_kind), ("claims_per_paper", per_paper)):
        write_csv(frame, folder / f"{name}.csv")
    return (draw_ratios(ratios, folder) + draw_params_tokens(params_tokens, folder)
            + draw_formats(formats, folder) + draw_counts(per_kind, per_paper, folder))
