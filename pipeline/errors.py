"""Errors a user can cause with their input, reported as one line naming file and line."""
from __future__ import annotations


class InputError(Exception):
    """Bad input: the CLI prints `path:line: message` and exits 2."""

    def __init__(self, path: str, line: int | None, message: str):
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


class InputWarning(InputError):
    """Input read with a guess (the record is kept): reported as a warning, never fatal."""
