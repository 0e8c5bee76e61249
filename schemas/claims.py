"""The claims table: one row per quantitative statement, grounded in the papers table.

The contract is ../shared/spec/claims.md; docs/claims.md records the choices made where it is silent.
"""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

KINDS = ["parameter_count", "token_count", "context_length", "speedup", "cost_reduction",
         "precision", "accuracy_delta", "memory", "percentage", "count"]
UNITS = ["parameters", "tokens", "x", "percent", "points", "bytes", "bits", ""]
QUALIFIERS = ["exact", "approx", "upper_bound", "lower_bound", "range"]
FIELDS = ["title", "abstract"]

# The unit each kind is measured in, and the roles it may carry ('' = the text does not say).
UNIT_OF_KIND = {
    "parameter_count": {"parameters"}, "token_count": {"tokens"}, "context_length": {"tokens"},
    "speedup": {"x"}, "cost_reduction": {"x"}, "precision": {"bits"},
    "accuracy_delta": {"percent", "points"}, "memory": {"bytes"}, "percentage": {"percent"},
    "count": {""},
}
ROLES_OF_KIND = {
    "parameter_count": {"", "total", "active"},
    "token_count": {"", "training", "dataset", "sequence"},
    "precision": {"", "training", "inference", "checkpoint", "quantization"},
}
ROLES = sorted(set().union(*ROLES_OF_KIND.values()))

# Plausible values per unit: a value outside is a parsing bug, not a claim.
VALUE_RANGE = {
    "parameters": (1e3, 1e16), "tokens": (1, 1e17), "x": (1.0, 1e6), "percent": (-1000, 1000),
    "points": (-100, 100), "bytes": (1, 1e18), "bits": (1, 64), "": (0, 1e30),
}

COLUMNS = ["claim_id", "paper_id", "kind", "value", "value_high", "unit", "qualifier", "role",
           "subject", "metric", "comparator", "text", "start", "end", "field"]


class ClaimsSchema(pa.DataFrameModel):
    claim_id: Series[str] = pa.Field(unique=True, str_matches=r"^[0-9a-f]{12}$")
    paper_id: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{12}$")
    kind: Series[str] = pa.Field(isin=KINDS)
    value: Series[float]
    value_high: Series[float] = pa.Field(nullable=True)
    unit: Series[str] = pa.Field(isin=UNITS)
    qualifier: Series[str] = pa.Field(isin=QUALIFIERS)
    role: Series[str] = pa.Field(isin=ROLES)
    subject: Series[str]
    metric: Series[str]
    comparator: Series[str]
    text: Series[str] = pa.Field(str_length={"min_value": 1})
    start: Series[int] = pa.Field(ge=0)
    end: Series[int] = pa.Field(ge=1)
    field: Series[str] = pa.Field(isin=FIELDS)

    class Config:
        strict = True
        ordered = True
        coerce = True

    @pa.dataframe_check
    def span_is_forward(cls, frame: pd.DataFrame) -> pd.Series:
        """A span covers at least one character, and its text is as long as the span."""
        return (frame["end"] > frame["start"]) & (frame["text"].str.len() == frame["end"] - frame["start"])

    @pa.dataframe_check
    def range_is_ordered(cls, frame: pd.DataFrame) -> pd.Series:
        """A range's high end is not below its low end; only ranges have one."""
        has_high = frame["value_high"].notna()
        ordered = ~has_high | (frame["value_high"] >= frame["value"])
        return ordered & (has_high == (frame["qualifier"] == "range"))

    @pa.dataframe_check
    def unit_fits_kind(cls, frame: pd.DataFrame) -> pd.Series:
        """Each kind is measured in its own unit(s)."""
        pairs = zip(frame["kind"].tolist(), frame["unit"].tolist())  # lists: no pandas call per row
        return pd.Series([unit in UNIT_OF_KIND[kind] for kind, unit in pairs], index=frame.index)

    @pa.dataframe_check
    def role_fits_kind(cls, frame: pd.DataFrame) -> pd.Series:
        """Roles refine only the kinds that have them."""
        pairs = zip(frame["kind"].tolist(), frame["role"].tolist())
        return pd.Series([role in ROLES_OF_KIND.get(kind, {""}) for kind, role in pairs], index=frame.index)

    @pa.dataframe_check
    def value_is_plausible(cls, frame: pd.DataFrame) -> pd.Series:
        """Values (and high ends) within the plausible range of their unit."""
        low = frame["unit"].map(lambda unit: VALUE_RANGE[unit][0])
        high = frame["unit"].map(lambda unit: VALUE_RANGE[unit][1])
        top = frame["value_high"].fillna(frame["value"])
        return frame["value"].between(low, high) & top.between(low, high)


class GroundingSchema(pa.DataFrameModel):
    """Claims joined to the text of the field they cite (column `source`)."""

    text: Series[str]
    start: Series[int]
    end: Series[int]
    source: Series[object] = pa.Field(nullable=True)

    @pa.dataframe_check
    def text_is_the_cited_slice(cls, frame: pd.DataFrame) -> pd.Series:
        """Every claim is grounded: its text is exactly paper[field][start:end]."""
        return pd.Series(
            [isinstance(source, str) and source[start:end] == text
             for text, start, end, source in zip(frame["text"].tolist(), frame["start"].tolist(),
                                                 frame["end"].tolist(), frame["source"].tolist())],
            index=frame.index,
        )


def validate_claims(claims: pd.DataFrame, papers: pd.DataFrame, lazy: bool = False) -> pd.DataFrame:
    """The claims table validated on its own and against the papers it cites."""
    claims = ClaimsSchema.validate(claims, lazy=lazy)
    text_of = {(paper_id, field): text
               for field in FIELDS
               for paper_id, text in zip(papers["paper_id"].tolist(), papers[field].tolist())}
    grounding = claims[["text", "start", "end"]].assign(
        source=pd.Series([text_of.get(key) for key in zip(claims["paper_id"].tolist(), claims["field"].tolist())],
                         index=claims.index, dtype="object")
    )
    GroundingSchema.validate(grounding, lazy=lazy)
    return claims
