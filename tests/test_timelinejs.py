"""TimelineJS export: dates at their precision, unplaceable entries left out."""

from __future__ import annotations

from builder.model import TextSpan, TimelineEntry, Timex
from builder.timelinejs import to_timelinejs


def _entry(value: str, label: str, start: int = 0, key: float = 0.0) -> TimelineEntry:
    timex = Timex("x", start, start + 1, "DATE", value)
    return TimelineEntry(timex, TextSpan("Troops <left> the base", 0, 10), label, (0.0, key, key, float(start)))


def test_dates_at_their_precision() -> None:
    events = [
        ("a", "Article A", _entry("2018", "2018", 1, 1.0)),
        ("a", "Article A", _entry("2019-07", "July 2019", 2, 2.0)),
        ("a", "Article A", _entry("2019-08-06", "August 6, 2019", 3, 3.0)),
    ]
    doc = to_timelinejs(events, title="Site")
    starts = [event["start_date"] for event in doc["events"]]
    assert starts == [{"year": 2018}, {"year": 2019, "month": 7}, {"year": 2019, "month": 8, "day": 6}]
    assert [event["display_date"] for event in doc["events"]] == ["2018", "July 2019", "August 6, 2019"]
    assert doc["title"]["text"]["headline"] == "Site"


def test_periods_get_an_end_date_and_text_is_escaped() -> None:
    (event,) = to_timelinejs([("my slug!", "A & B", _entry("2019-Q3", "the third quarter of 2019"))])["events"]
    assert event["start_date"] == {"year": 2019, "month": 7, "day": 1}
    assert event["end_date"] == {"year": 2019, "month": 9, "day": 30}
    assert event["text"] == {"headline": "A &amp; B", "text": "Troops &lt;left&gt; the base"}
    assert event["unique_id"] == "my-slug-0"


def test_entries_without_an_absolute_date_are_left_out() -> None:
    events = [
        ("a", "A", _entry("XXXX", "the year before publication")),
        ("a", "A", _entry("PAST_REF", "recently")),
        ("b", "B", _entry("1998-03", "March 1998", 5)),
    ]
    doc = to_timelinejs(events)
    assert [event["unique_id"] for event in doc["events"]] == ["b-5"]
    assert "title" not in doc


def test_site_export_orders_articles_chronologically() -> None:
    events = [("late", "Late", _entry("2019", "2019", 0, 9.0)), ("early", "Early", _entry("1990", "1990", 0, 1.0))]
    assert [event["text"]["headline"] for event in to_timelinejs(events)["events"]] == ["Early", "Late"]
