"""Slugs: the URL-safe names of article pages."""

from __future__ import annotations

import re
import unicodedata


def slugify(value: str, *, max_length: int = 80) -> str:
    """Lower-case ASCII words joined by hyphens; never empty, never a path."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "article"
