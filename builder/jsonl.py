"""Batch input for tools and evaluation: one JSON object per line, ``{"id", "text", "published"?, "title"?}``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from builder.errors import DigestError
from builder.model import Article
from builder.readers import MAX_ARTICLE_CHARS


def read_jsonl(stream: IO[str], name: str) -> Iterator[Article]:
    """Articles from a JSON-lines stream; a bad line stops with its line number."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DigestError(f"not a JSON object: {exc.msg}", name, number) from exc
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or "id" not in record:
            raise DigestError('each line needs "id" and a "text" string', name, number)
        if len(record["text"]) > MAX_ARTICLE_CHARS:
            raise DigestError(f'"text" is {len(record["text"]):,} characters; the limit is {MAX_ARTICLE_CHARS:,}', name, number)
        published = record.get("published")
        try:
            date = dt.date.fromisoformat(str(published)[:10]) if published else None
        except ValueError as exc:
            raise DigestError(f'"published" {published!r} is not a YYYY-MM-DD date', name, number) from exc
        yield Article(
            slug=str(record["id"]),
            source_path=Path(name),
            title=str(record.get("title") or ""),
            body=record["text"],
            published=date,
        )
