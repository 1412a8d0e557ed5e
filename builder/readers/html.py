"""HTML articles: main text and metadata through trafilatura, which knows page structure."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import trafilatura

from builder.errors import DigestError
from builder.model import Article
from builder.readers.slug import slugify


def read_html(path: Path, html: str) -> Article:
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=False)
    if doc is None or not (doc.text or "").strip():
        raise DigestError("no article text found in this HTML page", path)
    published = None
    if doc.date:
        try:
            published = dt.date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    authors = tuple(a.strip() for a in (doc.author or "").split(";") if a.strip())
    return Article(
        slug=slugify(path.stem),
        source_path=path,
        title=(doc.title or path.stem).strip(),
        body=doc.text,
        published=published,
        source_url=doc.url,
        authors=authors,
        tags=tuple(t.strip() for t in (doc.tags or []) if t.strip()) if isinstance(doc.tags, list) else (),
        body_is_clean=True,
    )
