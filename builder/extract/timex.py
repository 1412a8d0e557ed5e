"""Temporal expressions: spans with a TimeML type and value resolved against publication."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from builder.model import Timex


def extract_timexes(doc: Doc, published: dt.date | None) -> list[Timex]:
    """spaCy DATE/TIME entities with no value yet (baseline; see issue 5)."""
    return [
        Timex(ent.text, ent.start_char, ent.end_char, "TIME" if ent.label_ == "TIME" else "DATE", "")
        for ent in doc.ents
        if ent.label_ in ("DATE", "TIME")
    ]
