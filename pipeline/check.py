"""`claims check`: consistency rules a CI job can enforce on committed outputs.

Each rule has a stable id, a severity from the config (error, warning or off) and messages
that quote both sides. Rules:

- stale-outputs: the committed tables differ from what the code and sources give now,
  reported as claims added, removed and changed;
- source-disagreement: copies of one paper in several sources differ in text, metadata or claims;
- model-disagreement: one model entity is given different sizes, or one claim (same subject,
  metric and comparator) different values, in different papers;
- expectation: a claim the user asserts in an expectations file is missing or different;
- schema: a committed table fails its schema.
"""
from __future__ import annotations

import dataclasses
import json
import tomllib
from pathlib import Path

import pandas as pd
import pandera.errors as pa_errors
import yaml

from pipeline.errors import InputError
from pipeline.extract import extract
from pipeline.ingest import ingest
from pipeline.ingest.record import source_location
from pipeline.models import model_sizes, name_tokens
from pipeline.outputs import read_csv
from pipeline.papers import paper_id
from pipeline.run import tables
from schemas.claims import ClaimsSchema, KINDS, QUALIFIERS, validate_claims
from schemas.comparison import ComparisonSchema, ComparisonSourcesSchema, ModelsSchema
from schemas.papers import PapersSchema

RULES = ("stale-outputs", "source-disagreement", "model-disagreement", "expectation", "schema")
SEVERITIES = ("error", "warning", "off")
DEFAULT_CONFIG = {
    "sources": ["seeds"],
    "outputs": "outputs",
    "name_size_tolerance": 0.25,
    "severity": {"stale-outputs": "error", "source-disagreement": "warning", "model-disagreement": "error",
                 "expectation": "error", "schema": "error"},
}
SCHEMAS = {"papers": PapersSchema, "claims": ClaimsSchema, "comparison": ComparisonSchema,
           "comparison_sources": ComparisonSourcesSchema, "models": ModelsSchema}
VALUE_TOLERANCE = 0.005


@dataclasses.dataclass
class Finding:
    rule: str
    severity: str
    message: str
    file: str = ""
    line: int | None = None

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


def load_config(path: Path) -> dict:
    """The [tool.paper-claims.check] section of pyproject.toml over the defaults."""
    config = json.loads(json.dumps(DEFAULT_CONFIG))
    if not path.is_file():
        return config
    try:
        section = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {}).get("paper-claims", {}).get("check", {})
    except tomllib.TOMLDecodeError as error:
        raise InputError(str(path), None, f"not valid TOML ({error})") from None
    for key, value in section.items():
        if key == "severity":
            for rule, severity in value.items():
                if rule not in RULES or severity not in SEVERITIES:
                    raise InputError(str(path), None, f"[tool.paper-claims.check.severity] {rule} = {severity!r}: "
                                                      f"rules are {', '.join(RULES)}; severities {', '.join(SEVERITIES)}")
                config["severity"][rule] = severity
        elif key in config:
            config[key] = value
        else:
            raise InputError(str(path), None, f"unknown key {key!r} in [tool.paper-claims.check]")
    return config


def _claim_location(papers: pd.DataFrame, claim) -> tuple[str, int | None]:
    row = papers.loc[papers["paper_id"] == claim.paper_id]
    if row.empty:
        return "", None
    return source_location(row.iloc[0][f"{claim.field}_source"])


def _span(claim) -> str:
    return f"{claim.text!r} ({claim.paper_id} {claim.field} {claim.start}-{claim.end})"


# --- rule: stale-outputs -------------------------------------------------------------------

CLAIM_FIELDS = ["value", "value_high", "unit", "qualifier", "subject", "metric", "comparator", "text"]


def _claims_for_diff(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    for column in ("value", "value_high"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype(float)
    return frame.fillna({column: "" for column in CLAIM_FIELDS if column not in ("value", "value_high")}).set_index("claim_id")


def stale_outputs(fresh: dict[str, pd.DataFrame], baseline: Path, papers: pd.DataFrame) -> list[Finding]:
    findings = []
    for name in SCHEMAS:
        if not (baseline / f"{name}.csv").is_file():
            findings.append(Finding("stale-outputs", "", f"{baseline}/{name}.csv is missing; run `claims run`", f"{baseline}/{name}.csv"))
    if findings:
        return findings
    old = _claims_for_diff(read_csv(baseline / "claims.csv"))
    new = _claims_for_diff(fresh["claims"])
    for claim_id in sorted(set(new.index) - set(old.index)):
        claim = new.loc[claim_id]
        claim_row = claim.to_frame().T.assign(claim_id=claim_id, paper_id=claim["paper_id"]).iloc[0]
        file, line = _claim_location(papers, claim_row)
        findings.append(Finding("stale-outputs", "", f"claim added: {claim['kind']} {claim['value']:g} "
                                f"{_span(claim_row)}; committed outputs lack it", file, line))
    for claim_id in sorted(set(old.index) - set(new.index)):
        claim = old.loc[claim_id]
        findings.append(Finding("stale-outputs", "", f"claim removed: {claim['kind']} {claim['value']:g} "
                                f"{claim['text']!r} ({claim['paper_id']} {claim['field']} {claim['start']}-{claim['end']}) "
                                "is in the committed outputs but not produced now", f"{baseline}/claims.csv"))
    for claim_id in sorted(set(old.index) & set(new.index)):
        before, after = old.loc[claim_id], new.loc[claim_id]
        changed = [f"{column} {_show(before[column])} -> {_show(after[column])}" for column in CLAIM_FIELDS
                   if _show(before[column]) != _show(after[column])]
        if changed:
            claim_row = after.to_frame().T.assign(claim_id=claim_id).iloc[0]
            file, line = _claim_location(papers, claim_row)
            findings.append(Finding("stale-outputs", "", f"claim changed: {after['kind']} {_span(claim_row)}: "
                                    + ", ".join(changed), file, line))
    for name in SCHEMAS:
        if name == "claims":
            continue
        committed = (baseline / f"{name}.csv").read_text(encoding="utf-8")
        now = fresh[name].to_csv(index=False, lineterminator="\n", float_format="%.15g")
        if committed != now:
            findings.append(Finding("stale-outputs", "", f"{name}.csv differs from what the sources give now; run `claims run`",
                                    f"{baseline}/{name}.csv"))
    return findings


def _show(value) -> str:
    if isinstance(value, float):
        return "" if pd.isna(value) else f"{value:g}"
    return str(value)


# --- rule: source-disagreement --------------------------------------------------------------

COMPARED = ("title", "abstract", "published", "orgs", "category", "has_code", "n_authors")


def _first_difference(a: str, b: str, width: int = 30) -> tuple[str, str]:
    at = next((index for index, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    start = max(0, at - 10)
    return a[start:at + width], b[start:at + width]


def source_disagreement(sources: list[Path]) -> list[Finding]:
    findings = []
    copies: dict[str, list] = {}
    for record in ingest(sources, keep_going=True).records:
        copies.setdefault(paper_id(record.title), []).append(record)
    for group in copies.values():
        first = group[0]
        for other in group[1:]:
            file, line = source_location(other.source)
            for field in COMPARED:
                a, b = getattr(first, field), getattr(other, field)
                if a in (None, ()) or b in (None, ()) or a == b:
                    continue
                if isinstance(a, str) and len(a) > 60:
                    a, b = _first_difference(a, b)
                findings.append(Finding("source-disagreement", "", f"{first.title!r}: {field} differs: "
                                        f"{first.source} says {a!r}, {other.source} says {b!r}", file, line))
            mine = sorted((claim.kind, round(claim.value, 6)) for claim in extract(first.abstract))
            theirs = sorted((claim.kind, round(claim.value, 6)) for claim in extract(other.abstract))
            if mine != theirs and first.abstract != other.abstract:
                only_first = sorted(set(mine) - set(theirs))
                only_other = sorted(set(theirs) - set(mine))
                findings.append(Finding("source-disagreement", "", f"{first.title!r}: claims differ: "
                                        f"only in {first.source}: {only_first}; only in {other.source}: {only_other}", file, line))
    return findings


# --- rule: model-disagreement ---------------------------------------------------------------

RELATIVE = ("speedup", "cost_reduction", "accuracy_delta")


def model_disagreement(claims: pd.DataFrame, papers: pd.DataFrame, tolerance: float) -> list[Finding]:
    findings = []
    sizes = model_sizes(claims)
    by_id = claims.set_index("claim_id")
    for key, group in sizes.groupby("key", sort=True):
        stated = group[group["active"].notna()]
        if stated["active"].nunique() < 2:
            continue
        # One mention per paper and value: a name repeated in an abstract is one statement.
        rows = list(stated.drop_duplicates(["paper_id", "active"]).itertuples(index=False))
        for first_index, first in enumerate(rows):
            for second in rows[first_index + 1:]:
                if abs(first.active - second.active) <= VALUE_TOLERANCE * max(first.active, second.active):
                    continue
                relative = abs(first.active - second.active) / max(first.active, second.active)
                rounded = first.active_from_name or second.active_from_name
                severity = "warning" if rounded and relative <= tolerance else ""
                why = (f"a size read from a name is rounded; within the tolerance {tolerance:g}"
                       if severity else f"differs by {relative:.0%}")
                spans = [_active_span(by_id, mention) for mention in (first, second)]
                message = (f"model {first.subject!r} / {second.subject!r}: active parameters "
                           f"{first.active:g} at {spans[0][0]} vs {second.active:g} at {spans[1][0]} ({why})")
                for _, claim in spans:
                    file, line = _claim_location(papers, claim)
                    findings.append(Finding("model-disagreement", severity, message, file, line))
    relative_claims = claims[claims["kind"].isin(RELATIVE) & (claims["subject"] != "") & (claims["comparator"] != "")]
    keyed = relative_claims.assign(model=[" ".join(sorted(set(name_tokens(subject)))) for subject in relative_claims["subject"]])
    for (_, kind, metric, comparator), group in keyed.groupby(["model", "kind", "metric", "comparator"], sort=True):
        if group["paper_id"].nunique() < 2 or group["value"].nunique() < 2:
            continue
        first, second = group.iloc[0], group[group["value"] != group.iloc[0]["value"]].iloc[0]
        message = (f"{first['subject']!r} {kind} on {metric or 'its metric'} vs {comparator!r}: "
                   f"{first['value']:g} at {_span(first)} vs {second['value']:g} at {_span(second)}")
        for claim in (first, second):
            file, line = _claim_location(papers, claim)
            findings.append(Finding("model-disagreement", "", message, file, line))
    return findings


def _active_span(by_id: pd.DataFrame, mention) -> tuple[str, pd.Series]:
    for claim_id in mention.claim_ids:
        claim = by_id.loc[claim_id]
        if claim["role"] == "active":
            row = claim.copy()
            row["claim_id"] = claim_id
            return _span(row), row
    claim = by_id.loc[mention.claim_ids[0]].copy()
    return _span(claim), claim


# --- rule: expectation ----------------------------------------------------------------------

EXPECTATION_FIELDS = ("paper", "kind", "value", "qualifier")


def read_expectations(path: Path) -> list[tuple[int, dict]]:
    """(line, expectation) from a CSV or YAML file of asserted claims."""
    if not path.is_file():
        raise InputError(str(path), None, "no such file")
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            items = yaml.safe_load(text) or []
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            raise InputError(str(path), mark.line + 1 if mark else None, "not valid YAML") from None
        if isinstance(items, dict):
            items = items.get("claims", [])
        lines = [number for number, line in enumerate(text.splitlines(), 1) if line.lstrip().startswith("- ")]
        rows = [(lines[index] if index < len(lines) else None, item) for index, item in enumerate(items)]
    else:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        rows = [(index + 2, dict(row)) for index, row in enumerate(frame.to_dict("records"))]
    expectations = []
    for line, item in rows:
        if not isinstance(item, dict) or any(field not in item or item[field] in ("", None) for field in EXPECTATION_FIELDS):
            raise InputError(str(path), line, f"an expectation needs {', '.join(EXPECTATION_FIELDS)}")
        if item["kind"] not in KINDS or item["qualifier"] not in QUALIFIERS:
            raise InputError(str(path), line, f"unknown kind {item['kind']!r} or qualifier {item['qualifier']!r}")
        try:
            item["value"] = float(item["value"])
        except (TypeError, ValueError):
            raise InputError(str(path), line, f"value {item['value']!r} is not a number") from None
        expectations.append((line, item))
    return expectations


def expectation(claims: pd.DataFrame, papers: pd.DataFrame, path: Path) -> list[Finding]:
    findings = []
    for line, item in read_expectations(path):
        paper = str(item["paper"])
        ids = set(papers.loc[(papers["paper_id"] == paper) | (papers["title"].str.casefold() == paper.casefold()), "paper_id"])
        candidates = claims[claims["paper_id"].isin(ids) & (claims["kind"] == item["kind"])]
        for field in ("metric", "comparator"):
            if item.get(field):
                candidates = candidates[candidates[field].str.casefold() == str(item[field]).casefold()]
        close = (candidates["value"] - item["value"]).abs() <= VALUE_TOLERANCE * abs(item["value"])
        exact = candidates[close & (candidates["qualifier"] == item["qualifier"])]
        shown = f"{item['kind']} {item['value']:g} ({item['qualifier']}) in {paper!r}"
        if not ids:
            findings.append(Finding("expectation", "", f"expected {shown}: no such paper", str(path), line))
        elif exact.empty and candidates.empty:
            findings.append(Finding("expectation", "", f"expected {shown}: no such claim", str(path), line))
        elif exact.empty:
            found = ", ".join(f"{value:g} ({qualifier}) at {_span(claim)}" for value, qualifier, claim in
                              zip(candidates["value"], candidates["qualifier"], [row for _, row in candidates.iterrows()]))
            findings.append(Finding("expectation", "", f"expected {shown}; found {found}", str(path), line))
    return findings


# --- rule: schema ---------------------------------------------------------------------------

def read_table(name: str, path: Path) -> pd.DataFrame:
    """A committed CSV as its schema expects it: empty cells are missing values only in
    nullable columns, and empty text elsewhere."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    columns = SCHEMAS[name].to_schema().columns
    for column, spec in columns.items():
        if column not in frame:
            continue
        if str(spec.dtype) in ("bool", "boolean"):
            frame[column] = frame[column].map({"True": True, "False": False, "": None})
        elif spec.nullable:
            frame[column] = frame[column].replace("", None)
    return frame


def _schema_message(error: Exception) -> str:
    """The schema error on one line, at most 300 characters."""
    return " ".join(str(error).split())[:300]


def schema(baseline: Path) -> list[Finding]:
    findings, frames = [], {}
    for name, model in SCHEMAS.items():
        path = baseline / f"{name}.csv"
        if not path.is_file():
            continue
        try:
            frames[name] = model.validate(read_table(name, path))
        except (pa_errors.SchemaError, pa_errors.SchemaErrors) as error:
            findings.append(Finding("schema", "", f"{name}.csv fails its schema: {_schema_message(error)}", str(path)))
    if "claims" in frames and "papers" in frames:
        try:
            validate_claims(frames["claims"], frames["papers"])
        except (pa_errors.SchemaError, pa_errors.SchemaErrors) as error:
            findings.append(Finding("schema", "", f"claims.csv is not grounded in papers.csv: {_schema_message(error)}",
                                    str(baseline / "claims.csv")))
    return findings


# --- the check ------------------------------------------------------------------------------

def check(config: dict, baseline: Path | None = None, expect: Path | None = None) -> list[Finding]:
    """Every finding of every rule that is not off, with its severity filled in."""
    sources = [Path(source) for source in config["sources"]]
    baseline = baseline or Path(config["outputs"])
    fresh = tables(sources).tables
    papers, claims = fresh["papers"], fresh["claims"]
    severity = config["severity"]
    runs = {
        "schema": lambda: schema(baseline),
        "stale-outputs": lambda: stale_outputs(fresh, baseline, papers),
        "source-disagreement": lambda: source_disagreement(sources),
        "model-disagreement": lambda: model_disagreement(claims, papers, float(config["name_size_tolerance"])),
        "expectation": lambda: expectation(claims, papers, expect) if expect else [],
    }
    findings = []
    for rule in RULES:
        if severity[rule] == "off":
            continue
        for finding in runs[rule]():
            finding.severity = finding.severity or severity[rule]
            findings.append(finding)
    return findings


def exit_code(findings: list[Finding], strict: bool) -> int:
    failing = {"error", "warning"} if strict else {"error"}
    return 1 if any(finding.severity in failing for finding in findings) else 0


def render(findings: list[Finding], fmt: str) -> str:
    if fmt == "json":
        summary = {severity: sum(finding.severity == severity for finding in findings) for severity in ("error", "warning")}
        return json.dumps({"findings": [finding.as_dict() for finding in findings], "summary": summary},
                          indent=2, sort_keys=True) + "\n"
    if fmt == "github":
        lines = []
        for finding in findings:
            where = ",".join(part for part in (f"file={finding.file}" if finding.file else "",
                                               f"line={finding.line}" if finding.line else "") if part)
            message = finding.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
            lines.append(f"::{finding.severity} {where + ',' if where else ''}title={finding.rule}::{message}")
        return "\n".join(lines) + ("\n" if lines else "")
    lines = []
    for finding in findings:
        where = f"{finding.file}:{finding.line}: " if finding.line else (f"{finding.file}: " if finding.file else "")
        lines.append(f"{finding.severity}[{finding.rule}] {where}{finding.message}")
    errors = sum(finding.severity == "error" for finding in findings)
    warnings = sum(finding.severity == "warning" for finding in findings)
    lines.append(f"{errors} errors, {warnings} warnings" if findings else "clean: every rule passed")
    return "\n".join(lines) + "\n"
