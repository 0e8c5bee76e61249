"""Tables built from the claims: one row per paper to compare, one row per model entity."""
from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from schemas.claims import QUALIFIERS

QUALIFIER_OR_EMPTY = QUALIFIERS + [""]


class ComparisonSchema(pa.DataFrameModel):
    """Per paper, the figures a reader compares. Empty where the paper states none."""

    paper_id: Series[str] = pa.Field(unique=True)
    title: Series[str]
    published: Series[str] = pa.Field(nullable=True)
    orgs: Series[str]
    total_params: Series[float] = pa.Field(nullable=True, gt=0, description="largest own model, total")
    active_params: Series[float] = pa.Field(nullable=True, gt=0, description="largest own model, active")
    model_sizes: Series[str] = pa.Field(description="every own total size, ascending, '; '-joined")
    training_tokens: Series[float] = pa.Field(nullable=True, gt=0)
    context_length: Series[float] = pa.Field(nullable=True, gt=0)
    best_speedup: Series[float] = pa.Field(nullable=True, ge=1)
    speedup_qualifier: Series[str] = pa.Field(isin=QUALIFIER_OR_EMPTY)
    speedup_metric: Series[str]
    speedup_comparator: Series[str]
    best_cost_reduction: Series[float] = pa.Field(nullable=True, ge=1)
    cost_reduction_qualifier: Series[str] = pa.Field(isin=QUALIFIER_OR_EMPTY)
    cost_reduction_metric: Series[str]
    cost_reduction_comparator: Series[str]
    precisions: Series[str] = pa.Field(description="'role: FMT, FMT; role: FMT', roles sorted")
    best_accuracy_gain: Series[float] = pa.Field(nullable=True)
    accuracy_gain_unit: Series[str] = pa.Field(isin=["", "percent", "points"])
    accuracy_gain_metric: Series[str]

    class Config:
        strict = True
        ordered = True
        coerce = True


class ComparisonSourcesSchema(pa.DataFrameModel):
    """Long format: which claim rows each comparison cell came from."""

    paper_id: Series[str]
    column: Series[str]
    claim_id: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{12}$")

    class Config:
        strict = True
        coerce = True


class ModelsSchema(pa.DataFrameModel):
    """One row per model entity named with a size in any paper."""

    model_id: Series[str] = pa.Field(unique=True, str_matches=r"^[0-9a-f]{12}$")
    name: Series[str] = pa.Field(str_length={"min_value": 1})
    aliases: Series[str] = pa.Field(description="every spelling seen, '; '-joined")
    total_params: Series[float] = pa.Field(nullable=True, gt=0)
    active_params: Series[float] = pa.Field(nullable=True, gt=0)
    active_values: Series[str] = pa.Field(description="every active size stated, '; '-joined")
    n_papers: Series[int] = pa.Field(ge=1)
    papers: Series[str]
    claim_ids: Series[str]
    spans: Series[str] = pa.Field(description="paper_id:field:start-end of every claim")

    class Config:
        strict = True
        ordered = True
        coerce = True
