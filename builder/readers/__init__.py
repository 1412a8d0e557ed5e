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

# spaCy refuses texts longer than its ``nlp.max_length`` (1,000,000 characters by default):
# a longer article is reported here, naming the file, instead of failing deep in the analysis.
MAX_ARTICLE_CHARS = 1_000_000

READERS: dict[str, Reader] = {".txt": read_text, ".md": read_markdown, ".markdown": read_markdown, ".html": read_html, ".htm": read_html}


def read_article(path: Path) -> Article:
    """Read one article file with the reader its extension names."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise DigestError(f"unsupported file type {path.suffix!r} (use {', '.join(sorted(READERS))})", path)
    article = reader(path, decode_file(path))
    if len(article.body) > MAX_ARTICLE_CHARS:
        raise DigestError(
            f"article text is {len(article.body):,} characters; the limit is {MAX_ARTICLE_CHARS:,} (split it into several articles)", path
        )
    if not article.body.strip():
        raise DigestError("no article text (the file is empty or holds only a title)", path)
    return article


def decode_file(path: Path) -> str:
    """Read a file as UTF-8 (a byte-order mark is dropped), naming the line of a bad byte."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DigestError(f"cannot read file: {exc.strerror}", path) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DigestError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})", path, line) from exc
    nul = text.find("\x00")
    if nul >= 0:
        # NUL never occurs in text; it means a binary or UTF-16 file, and would reach the page as garbage.
        raise DigestError("contains a NUL byte (a binary or UTF-16 file? save it as UTF-8 text)", path, text.count("\n", 0, nul) + 1)
    return text


def find_articles(content_dir: Path) -> list[Path]:
    """Article files under ``content_dir`` in a stable order (hidden files are skipped)."""
    if not content_dir.is_dir():
        raise DigestError("content folder not found", content_dir)
    return sorted(
        p
        for p in content_dir.rglob("*")
        if p.is_file() and p.suffix.lower() in READERS and not any(part.startswith(".") for part in p.relative_to(content_dir).parts)
    )
