"""Quotes: direct quotations with their speaker and reporting cue."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from builder.model import Person, Quote

_QUOTE = re.compile(r"[\"“]([^\"“”\n]+)[\"”]")


def extract_quotes(doc: Doc, people: Sequence[Person]) -> list[Quote]:
    """Every double-quoted span (baseline; see issue 4)."""
    quotes = []
    for match in _QUOTE.finditer(doc.text):
        text = match.group(1).strip()
        if not text:
            continue
        start = match.start(1) + match.group(1).index(text)
        quotes.append(Quote(text=text, start=start, end=start + len(text), key=len(text.split()) > 3))
    return quotes
