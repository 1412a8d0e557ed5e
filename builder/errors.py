"""Errors a user can act on: each names the file (and line, when there is one)."""

from __future__ import annotations

from pathlib import Path


class DigestError(Exception):
    """A problem with the input or the set-up, reported as ``file:line: message``."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message
