"""Plain-text articles, as pasted from a news page: the first non-empty line is the title."""

from __future__ import annotations

from pathlib import Path

from builder.model import Article
from builder.readers.slug import slugify


def lines_before(text: str, rest: str) -> int:
    """How many line breaks come before ``rest``, the tail of ``text``."""
    return text[: len(text) - len(rest)].count("\n")


def split_title(text: str) -> tuple[str, str]:
    """The first non-empty line, and the text after it."""
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.strip():
            return line.strip(), "".join(lines[i + 1 :])
    return "", ""


def read_text(path: Path, text: str) -> Article:
    title, body = split_title(text)
    return Article(slug=slugify(path.stem), source_path=path, title=title or path.stem, body=body, body_line=lines_before(text, body) + 1)
