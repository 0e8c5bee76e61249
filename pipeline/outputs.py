"""Writing a run's outputs all at once: into a temporary folder, moved into place at the end.

A failed run therefore leaves the previous outputs/ exactly as it was.
"""
from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

import pandas as pd

# Enough digits for every value we store, and plain notation: 120000000000, not 1.2e+11.
FLOAT_FORMAT = "%.15g"


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """Deterministic CSV: no index, '\\n' line ends, fixed float format."""
    frame.to_csv(path, index=False, lineterminator="\n", float_format=FLOAT_FORMAT)


def read_csv(path: Path) -> pd.DataFrame:
    """A CSV written by write_csv, with empty cells as missing values and text kept as text."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])


@contextlib.contextmanager
def staged_folder(out: Path):
    """Yield an empty temporary folder beside `out`; on success it replaces `out`."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-new-", dir=out.parent))
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    retired = out.parent / f".{out.name}-old"
    shutil.rmtree(retired, ignore_errors=True)
    if out.exists():
        out.rename(retired)
    staging.rename(out)
    shutil.rmtree(retired, ignore_errors=True)
