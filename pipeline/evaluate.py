"""Scoring the extractor against gold files in the layout of the spec (records + gold claims).

A gold claim matches a predicted one with the same paper, field and kind, overlapping spans,
a value within 0.5% and the same value_high. Matching is one-to-one, best overlap first.
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from pipeline.errors import InputError
from pipeline.extract import extract
from schemas.claims import FIELDS, KINDS

VALUE_TOLERANCE = 0.005
AGREEMENT_FIELDS = ("qualifier", "role", "metric", "comparator", "subject")


@dataclasses.dataclass(frozen=True)
class Span:
    record: str
    field: str
    kind: str
    start: int
    end: int
    value: float
    value_high: float | None
    attributes: tuple[tuple[str, str], ...]  # (name, value) for AGREEMENT_FIELDS


def _json_lines(path: Path):
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(str(path), None, "no such file") from None
    except UnicodeDecodeError:
        raise InputError(str(path), None, "file is not UTF-8 text") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(str(path), number, f"not valid JSON ({error.msg})") from None
        if not isinstance(obj, dict):
            raise InputError(str(path), number, "JSON line is not an object")
        yield number, obj


def read_records(path: Path) -> dict[str, dict]:
    records = {}
    for number, obj in _json_lines(path):
        if "id" not in obj or not isinstance(obj.get("title"), str):
            raise InputError(str(path), number, "record needs an 'id' and a 'title'")
        records[str(obj["id"])] = {"title": obj["title"], "abstract": obj.get("abstract") or ""}
    return records


def _attributes(obj: dict) -> tuple[tuple[str, str], ...]:
    return tuple((name, str(obj.get(name) or "").strip()) for name in AGREEMENT_FIELDS)


def _nth_occurrence(text: str, needle: str, occurrence: int) -> int:
    at = -1
    for _ in range(occurrence):
        at = text.find(needle, at + 1)
        if at < 0:
            return -1
    return at


def _number(obj: dict, name: str, path: Path, number: int, nullable: bool = False):
    value = obj.get(name)
    if value is None and nullable:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InputError(str(path), number, f"'{name}' must be a number")
    return float(value)


def read_gold(path: Path, records: dict[str, dict]) -> list[Span]:
    gold = []
    for number, obj in _json_lines(path):
        missing = [name for name in ("id", "field", "text", "kind", "value") if name not in obj]
        if missing:
            raise InputError(str(path), number, f"gold claim lacks {', '.join(missing)}")
        record = records.get(str(obj["id"]))
        if record is None:
            raise InputError(str(path), number, f"id {obj['id']!r} is not in the records file")
        if obj["field"] not in FIELDS:
            raise InputError(str(path), number, f"field must be title or abstract, not {obj['field']!r}")
        if obj["kind"] not in KINDS:
            raise InputError(str(path), number, f"unknown kind {obj['kind']!r}")
        occurrence = obj.get("occurrence", 1)
        if not isinstance(occurrence, int) or occurrence < 1:
            raise InputError(str(path), number, "'occurrence' must be a whole number from 1")
        start = _nth_occurrence(record[obj["field"]], obj["text"], occurrence) if obj["text"] else -1
        if start < 0:
            raise InputError(str(path), number, f"text {obj['text']!r} (occurrence {occurrence}) is not in the record's {obj['field']}")
        gold.append(Span(str(obj["id"]), obj["field"], obj["kind"], start, start + len(obj["text"]),
                         _number(obj, "value", path, number), _number(obj, "value_high", path, number, nullable=True),
                         _attributes(obj)))
    return gold


def predicted_spans(records: dict[str, dict]) -> list[Span]:
    spans = []
    for record_id, record in records.items():
        for field in FIELDS:
            for claim in extract(record[field]):
                spans.append(Span(record_id, field, claim.kind, claim.start, claim.end, claim.value,
                                  claim.value_high, _attributes(dataclasses.asdict(claim))))
    return spans


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(a), abs(b)) or a == b


def matches(gold: Span, predicted: Span) -> bool:
    return (gold.record, gold.field, gold.kind) == (predicted.record, predicted.field, predicted.kind) \
        and gold.start < predicted.end and predicted.start < gold.end \
        and _close(gold.value, predicted.value) and _close(gold.value_high, predicted.value_high)


def match_pairs(gold: list[Span], predicted: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one pairs, the largest overlaps first."""
    candidates = []
    for gold_index, gold_span in enumerate(gold):
        for predicted_index, predicted_span in enumerate(predicted):
            if matches(gold_span, predicted_span):
                overlap = min(gold_span.end, predicted_span.end) - max(gold_span.start, predicted_span.start)
                candidates.append((-overlap, gold_index, predicted_index))
    used_gold, used_predicted, pairs = set(), set(), []
    for _, gold_index, predicted_index in sorted(candidates):
        if gold_index not in used_gold and predicted_index not in used_predicted:
            used_gold.add(gold_index)
            used_predicted.add(predicted_index)
            pairs.append((gold[gold_index], predicted[predicted_index]))
    return pairs


def _prf(n_gold: int, n_predicted: int, n_matched: int) -> dict:
    precision = n_matched / n_predicted if n_predicted else 1.0
    recall = n_matched / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"gold": n_gold, "predicted": n_predicted, "matched": n_matched,
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def score(records_path: Path, gold_path: Path) -> dict:
    """P/R/F1 overall and per kind, and attribute agreement on matched pairs."""
    records = read_records(records_path)
    gold = read_gold(gold_path, records)
    predicted = predicted_spans(records)
    pairs = match_pairs(gold, predicted)
    per_kind = {
        kind: _prf(sum(s.kind == kind for s in gold), sum(s.kind == kind for s in predicted),
                   sum(g.kind == kind for g, _ in pairs))
        for kind in KINDS if any(s.kind == kind for s in gold + predicted)
    }
    agreement = {
        name: round(sum(dict(g.attributes)[name].lower() == dict(p.attributes)[name].lower() for g, p in pairs) / len(pairs), 4)
        if pairs else None
        for name in AGREEMENT_FIELDS
    }
    return {"overall": _prf(len(gold), len(predicted), len(pairs)), "per_kind": per_kind,
            "agreement": agreement,
            "missed": [_describe(span, records) for span in gold if span not in {g for g, _ in pairs}],
            "spurious": [_describe(span, records) for span in predicted if span not in {p for _, p in pairs}]}


def _describe(span: Span, records) -> str:
    text = records[span.record][span.field][span.start:span.end]
    return f"{span.record} {span.field} {span.kind} {text!r} = {span.value:g}"


def format_report(result: dict) -> str:
    lines = ["kind              gold  pred  match  precision  recall  f1"]
    rows = [("overall", result["overall"])] + list(result["per_kind"].items())
    for name, row in rows:
        lines.append(f"{name:16} {row['gold']:5} {row['predicted']:5} {row['matched']:6}  "
                     f"{row['precision']:9.3f}  {row['recall']:6.3f}  {row['f1']:.3f}")
    lines.append("")
    lines.append("agreement on matched pairs: " + ", ".join(
        f"{name} {value:.3f}" if value is not None else f"{name} -" for name, value in result["agreement"].items()))
    return "\n".join(lines)
