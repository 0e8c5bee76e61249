"""The papers table: one row per unique paper, merged across sources."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series


class PapersSchema(pa.DataFrameModel):
    paper_id: Series[str] = pa.Field(unique=True, str_matches=r"^[0-9a-f]{12}$")
    title: Series[str] = pa.Field(str_length={"min_value": 1})
    authors: Series[str] = pa.Field(description="names joined by '; '")
    authors_truncated: Series[bool] = pa.Field(description="the source cut the list with 'et al.'")
    n_authors: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1)
    orgs: Series[str] = pa.Field(description="organization handles joined by '; '")
    published: Series[str] = pa.Field(nullable=True, str_matches=r"^\d{4}-\d{2}-\d{2}$")
    date_inferred: Series[bool] = pa.Field(description="the source printed no year")
    category: Series[str] = pa.Field(nullable=True, str_matches=r"^[a-z\-]+(\.[A-Za-z\-]+)?$")
    has_code: Series[pd.BooleanDtype] = pa.Field(nullable=True)
    upvotes: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    arxiv_id: Series[str] = pa.Field(nullable=True)
    abstract: Series[str]
    sources: Series[str] = pa.Field(str_length={"min_value": 1}, description="file:line of every copy")
    title_source: Series[str] = pa.Field(description="file:line of the stored title")
    abstract_source: Series[str] = pa.Field(description="file:line where the stored abstract starts")
    n_variants: Series[int] = pa.Field(ge=1, description="distinct title and abstract texts among the copies")
    differing_fields: Series[str] = pa.Field(description="fields whose copies disagree, joined by '; '")

    class Config:
        strict = True
        ordered = True
        coerce = True
