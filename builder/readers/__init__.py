"""Readers: one per input format (by file extension), each returning an :class:`Article`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from builder.errors import DigestError
from builder.model import Article
from builder.readers.html import read_html
from builder.readers.markdown import read_markdown
from builder.readers.text import read_text

Reader = Callable[[Path, str], Article]

READERS: dict[str, Reader] = {".txt": read_text, ".md": read_markdown, ".markdown": read_markdown, ".html": read_html, ".htm": read_html}


def read_article(path: Path) -> Article:
    """Read one article file with the reader its extension names."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise DigestError(f"unsupported file type {path.suffix!r} (use {', '.join(sorted(READERS))})", path)
    return reader(path, decode_file(path))


def decode_file(path: Path) -> str:
    """Read a file as UTF-8 (a byte-order mark is dropped), naming the line of a bad byte."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DigestError(f"cannot read file: {exc.strerror}", path) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DigestError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})", path, line) from exc


def find_articles(content_dir: Path) -> list[Path]:
    """Article files under ``content_dir`` in a stable order (hidden files are skipped)."""
    if not content_dir.is_dir():
        raise DigestError("content folder not found", content_dir)
    return sorted(
        p
        for p in content_dir.rglob("*")
        if p.is_file() and p.suffix.lower() in READERS and not any(part.startswith(".") for part in p.relative_to(content_dir).parts)
    )
