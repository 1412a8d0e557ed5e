"""Timeline: the dated events of an article, ordered, each with the clause it dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc

from builder.model import Person, TextSpan, TimelineEntry, Timex


def build_timeline(
    doc: Doc, timexes: Sequence[Timex], people: Sequence[Person], published: dt.date | None
) -> list[TimelineEntry]:
    """One entry per dated timex, ordered by date (baseline; see issue 5)."""
    entries = []
    for timex in timexes:
        if timex.type not in ("DATE", "TIME"):
            continue
        sent = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        sentence = sent.sent if sent is not None else None
        event = TextSpan(sentence.text, sentence.start_char, sentence.end_char) if sentence else TextSpan(timex.text, timex.start, timex.end)
        entries.append(TimelineEntry(timex=timex, event=event, label=timex.value or timex.text, sort_key=(float(timex.start),)))
    return sorted(entries, key=lambda e: e.sort_key)
