"""Export timeline entries as a Knight Lab TimelineJS JSON document.

The input is a sequence of ``(article_slug, article_title, entry)`` so one export can hold a
single article's timeline or the whole site's. TimelineJS dates carry only the fields the
text gives (a year, a year and month, a full day), so each event is shown at its real
precision; coarser periods (a quarter, a season) become a start and end date with the label
as ``display_date``. Entries whose value has no absolute date (PAST_REF, or X digits when the
article had no publication date) cannot be placed on an absolute axis and are left out.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from builder.extract.timex import value_interval
from builder.model import TimelineEntry

Event = tuple[str, str, TimelineEntry]


def to_timelinejs(events: Sequence[Event], title: str | None = None) -> dict[str, Any]:
    """A TimelineJS document: ``{"title"?, "events": [...]}``, events in chronological order."""
    out: list[dict[str, Any]] = []
    for slug, article_title, entry in sorted(events, key=lambda event: (event[2].sort_key, event[0])):
        event = _event(slug, article_title, entry)
        if event is not None:
            out.append(event)
    document: dict[str, Any] = {"events": out}
    if title:
        document["title"] = {"text": {"headline": html.escape(title)}}
    return document


def _event(slug: str, article_title: str, entry: TimelineEntry) -> dict[str, Any] | None:
    dates = timelinejs_dates(entry.timex.value)
    if dates is None:
        return None
    start, end = dates
    event: dict[str, Any] = {
        "start_date": start,
        "display_date": entry.label,
        "text": {"headline": html.escape(article_title or slug), "text": html.escape(entry.event.text)},
        "unique_id": f"{_slug_id(slug)}-{entry.timex.start}",
    }
    if end is not None:
        event["end_date"] = end
    return event


def timelinejs_dates(value: str) -> tuple[dict[str, int], dict[str, int] | None] | None:
    """TimelineJS start (and, for a period, end) dates for a TIMEX3 value, at its precision."""
    date_part, _, time_part = value.partition("T")
    interval = value_interval(date_part)
    if interval is None:
        return None
    first, last = interval
    if re.fullmatch(r"\d{4}", date_part) or re.fullmatch(r"\d{2,3}", date_part):
        start = {"year": first.year}
        return start, ({"year": last.year} if last.year != first.year else None)
    if re.fullmatch(r"\d{4}-\d\d", date_part):
        return {"year": first.year, "month": first.month}, None
    if re.fullmatch(r"\d{4}-\d\d-\d\d", date_part):
        return _with_time({"year": first.year, "month": first.month, "day": first.day}, time_part), None
    start = {"year": first.year, "month": first.month, "day": first.day}
    end = {"year": last.year, "month": last.month, "day": last.day}
    return start, end


def _with_time(date: dict[str, int], time_part: str) -> dict[str, int]:
    clock = re.fullmatch(r"(\d\d):(\d\d)", time_part)
    if clock:
        return {**date, "hour": int(clock[1]), "minute": int(clock[2])}
    return date


def _slug_id(slug: str) -> str:
    """TimelineJS uses unique_id in the page URL: keep it to letters, digits and dashes."""
    return re.sub(r"[^A-Za-z0-9-]+", "-", slug).strip("-") or "article"
