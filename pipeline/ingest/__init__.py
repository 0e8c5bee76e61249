"""Reading source files: find the files, detect each one's format from its content, parse.

A new format is one module with NAME, detect(lines) and parse(lines, path, as_of, on_error),
plus one entry in FORMATS.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import tomllib
from pathlib import Path

from pipeline.cycles import cycle_collector_paused
from pipeline.errors import InputError, InputWarning
from pipeline.ingest import arxiv_jsonl, daily_papers, listing
from pipeline.ingest.record import SourceRecord

# Order matters only where two detectors could both fire: JSON first, it is unambiguous.
FORMATS = (arxiv_jsonl, listing, daily_papers)

MANIFEST = "manifest.toml"


@dataclasses.dataclass
class Ingested:
    records: list[SourceRecord]
    skipped: list[InputError]
    warnings: list[InputWarning] = dataclasses.field(default_factory=list)


def display_path(path: Path) -> str:
    """The path as a user would type it from here, so sources stay the same across machines."""
    relative = os.path.relpath(path)
    return path.as_posix() if relative.startswith("..") else Path(relative).as_posix()


def input_files(paths: list[Path]) -> list[Path]:
    """Every input file under the given files and folders, sorted; manifests and dotfiles skipped."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                child for child in path.rglob("*")
                if child.is_file() and child.name != MANIFEST
                and not any(part.startswith(".") for part in child.relative_to(path).parts)
            )
            if not found:
                raise InputError(display_path(path), None, "folder holds no input files")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(display_path(path), None, "no such file or folder")
    return files


def capture_dates(folder: Path) -> dict[str, dt.date]:
    """File name -> capture date, from the folder's manifest.toml if it has one."""
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return {}
    try:
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError(display_path(manifest), None, f"manifest is not valid TOML ({error})") from None
    dates = {}
    for name, entry in data.get("files", {}).items():
        captured = entry.get("captured")
        if not isinstance(captured, dt.date):
            raise InputError(display_path(manifest), None, f"files.{name!r}.captured must be a date")
        dates[name] = captured
    return dates


def read_lines(path: Path, shown: str) -> list[str]:
    data = path.read_bytes()
    if not data.strip():
        raise InputError(shown, 1, "file is empty")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(shown, line, "file is not UTF-8 text") from None
    if "\x00" in text:
        raise InputError(shown, text[: text.index("\x00")].count("\n") + 1, "file is binary, not text")
    return text.removeprefix("\ufeff").splitlines()


def detect_format(lines: list[str], shown: str):
    for module in FORMATS:
        if module.detect(lines):
            return module
    first = next((number for number, line in enumerate(lines, 1) if line.strip()), 1)
    raise InputError(shown, first, "unknown format (expected a listing, a daily-papers page or arXiv JSON Lines)")


def ingest(paths: list[Path], as_of: dt.date | None = None, keep_going: bool = False) -> Ingested:
    """Every record of every input file. A bad record raises, or with keep_going is skipped."""
    skipped: list[InputError] = []
    warnings: list[InputWarning] = []

    def on_error(error: InputError) -> None:
        if isinstance(error, InputWarning):
            warnings.append(error)
            return
        if not keep_going:
            raise error
        skipped.append(error)

    records: list[SourceRecord] = []
    manifests: dict[Path, dict[str, dt.date]] = {}
    for path in input_files(paths):
        shown = display_path(path)
        folder = path.parent.resolve()
        if folder not in manifests:
            manifests[folder] = capture_dates(folder)
        file_as_of = manifests[folder].get(path.name) or as_of or dt.date.today()
        lines = read_lines(path, shown)
        module = detect_format(lines, shown)
        with cycle_collector_paused():
            records.extend(module.parse(lines, shown, file_as_of, on_error))
    return Ingested(records, skipped, warnings)
