"""The whole job, as one function: sources -> papers -> claims -> comparison tables and report."""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pandas as pd

from pipeline.errors import InputError
from pipeline.ingest import ingest
from pipeline.outputs import staged_folder, write_csv
from pipeline.charts import charts
from pipeline.claims import claims as claims_table
from pipeline.comparison import comparison
from pipeline.models import models
from pipeline.papers import papers as papers_table
from pipeline.report import report


@dataclasses.dataclass
class RunResult:
    tables: dict[str, pd.DataFrame]
    skipped: list[InputError]
    rejected: list[str] = dataclasses.field(default_factory=list)
    warnings: list[InputError] = dataclasses.field(default_factory=list)


def tables(paths: list[Path], as_of: dt.date | None = None, keep_going: bool = False) -> RunResult:
    """Every validated table of a run, in memory."""
    ingested = ingest(paths, as_of=as_of, keep_going=keep_going)
    papers = papers_table(ingested.records)
    rejected: list[str] = []
    claims = claims_table(papers, rejected)
    compared, compared_sources = comparison(papers, claims)
    return RunResult({"papers": papers, "claims": claims, "comparison": compared,
                      "comparison_sources": compared_sources, "models": models(claims)}, ingested.skipped, rejected,
                     ingested.warnings)


def run(paths: list[Path], out: Path, as_of: dt.date | None = None, keep_going: bool = False) -> RunResult:
    """Compute every table, then write them all to `out` at once, or nothing on failure."""
    result = tables(paths, as_of=as_of, keep_going=keep_going)
    with staged_folder(out) as staging:
        for name, frame in result.tables.items():
            write_csv(frame, staging / f"{name}.csv")
        tables_ = result.tables
        charts(tables_["claims"], tables_["papers"], tables_["comparison"], staging / "charts")
        page = report(tables_["papers"], tables_["claims"], tables_["comparison"], tables_["comparison_sources"],
                      staging / "charts")
        (staging / "report.html").write_text(page, encoding="utf-8")
    return result
