"""Timeline: dated events with their clause, label at precision, chronological order."""

from __future__ import annotations

import datetime as dt

import pytest

from builder.extract.timeline import build_timeline, date_label
from builder.extract.timex import resolve_timexes
from builder.model import Person, TextSpan

PUBLISHED = dt.date(2019, 8, 7)


def _timeline(doc, published, people=()):
    return build_timeline(doc, resolve_timexes(doc, published), list(people))


def _by_text(entries):
    return {entry.timex.text.lower(): entry for entry in entries}


def test_seed_labels_and_order_with_publication_date(seed_doc) -> None:
    entries = _by_text(_timeline(seed_doc, PUBLISHED))
    assert entries["last year"].label == "2018"
    assert entries["last month"].label == "July 2019"
    assert entries["this quarter"].label == "the third quarter of 2019"
    assert entries["last year"].sort_key < entries["last month"].sort_key


def test_seed_order_without_publication_date(seed_doc) -> None:
    timeline = _timeline(seed_doc, None)
    entries = _by_text(timeline)
    assert entries["last year"].label == "the year before publication"
    assert entries["last month"].label == "the month before publication"
    order = [entry.timex.text.lower() for entry in timeline]
    assert order.index("last year") < order.index("last month")


def test_only_dated_expressions_make_entries(analyse) -> None:
    doc = analyse("The strike lasted five months. Workers are paid weekly. The plant reopened in March 2018.")
    timeline = _timeline(doc, PUBLISHED)
    assert [entry.timex.text for entry in timeline] == ["March 2018"]


def test_event_is_the_clause_not_the_paragraph(analyse) -> None:
    doc = analyse("The company opened a plant in 2015, and it closed the factory in March 2018.")
    entries = _by_text(_timeline(doc, PUBLISHED))
    event = entries["march 2018"].event.text
    assert "closed the factory" in event
    assert "opened a plant" not in event
    assert doc.text[entries["march 2018"].event.start:entries["march 2018"].event.end] == event


def test_people_in_the_event_clause(analyse) -> None:
    text = "Maria Lopez joined the board in 2016. The firm moved to Boston in 2018."
    doc = analyse(text)
    start = text.index("Maria Lopez")
    person = Person("Maria Lopez", mentions=(TextSpan("Maria Lopez", start, start + len("Maria Lopez")),))
    entries = _by_text(_timeline(doc, PUBLISHED, [person]))
    assert entries["2016"].people == ("Maria Lopez",)
    assert entries["2018"].people == ()


def test_chronological_order_is_not_text_order(analyse) -> None:
    doc = analyse("The bank failed in 2008. It was founded in 1990.")
    assert [entry.label for entry in _timeline(doc, PUBLISHED)] == ["1990", "2008"]


def test_date_labels_at_their_precision() -> None:
    assert date_label("2019-07") == "July 2019"
    assert date_label("2019-SP") == "spring 2019"
    assert date_label("2019-08-07") == "August 7, 2019"
    assert date_label("2019-Q3") == "the third quarter of 2019"
    assert date_label("199") == "the 1990s"


def test_doc_without_a_parser_still_gives_entries() -> None:
    import spacy

    doc = spacy.blank("en")("It reopened in March 2018.")
    (entry,) = _timeline(doc, PUBLISHED)
    assert entry.label == "March 2018"
    assert entry.event.text == "March 2018"


def test_named_weekday_without_publication_date_is_shown_as_written(analyse) -> None:
    doc = analyse("The minister resigned on Tuesday. Prices rose last year.")
    entries = _by_text(_timeline(doc, None))
    assert entries["tuesday"].label == "Tuesday"
    assert entries["last year"].label == "the year before publication"


def test_relative_labels_for_every_value_shape() -> None:
    from builder.extract.timeline import relative_label

    assert relative_label("2000-H2") == "the half-year of publication"  # the notional date is July 1, 2000
    assert relative_label("2000-H1") == "the half-year before publication"
    assert relative_label("1999-Q3") == "four quarters before publication"
    assert relative_label("2000-06-29") == "two days before publication"
    assert relative_label("2000-W26-WE") == "the week of publication"


# ----------------------------------------------------------------------------- issue 14

def past_events_after_publication(doc, published):
    """Timeline entries told in the past tense but dated after publication (a reader sees a thing that
    has not happened yet as done). Timexes that say "next", "tomorrow", "later" or "from now" point
    forward on purpose and are left out; so is any clause with a future or modal auxiliary."""
    from builder.extract.timex.calendar import value_interval
    from builder.extract.timex.resolve import sentence_tense

    wrong = []
    for entry in _timeline(doc, published):
        words = entry.timex.text.lower()
        if any(w in words for w in ("next", "tomorrow", "later", "from now", "coming", "following")):
            continue
        interval = value_interval(entry.timex.value)
        if interval and interval[0] > published and sentence_tense(doc, entry.timex.start, entry.timex.end) == "past":
            wrong.append((entry.timex.text, entry.timex.value))
    return wrong


MADE_UP_PAST = (
    "The ferry left the island last Thanksgiving and sank in late January. "
    "The captain was rescued in August, and the inquiry opened on September 3. "
    "The owners sold the company at Christmas. The harbour reopened in May."
)


@pytest.mark.parametrize("published", [dt.date(2019, 1, 2), dt.date(2019, 5, 20), dt.date(2019, 8, 7), dt.date(2019, 12, 11)])
def test_no_past_tense_event_is_dated_after_publication(analyse, published) -> None:
    doc = analyse(MADE_UP_PAST)
    assert past_events_after_publication(doc, published) == []
    assert len(_timeline(doc, published)) >= 5


def test_an_event_starts_and_ends_on_a_word(analyse) -> None:
    text = "(NEWS)The ferry sank on Tuesday off the north coast (near Ostby"
    doc = analyse(text)
    (entry,) = [e for e in _timeline(doc, PUBLISHED) if e.timex.text == "Tuesday"]
    event = entry.event
    assert text[event.start:event.end] == event.text
    assert event.text[0].isalnum() and event.text[-1].isalnum()
    assert not event.text.startswith(("NEWS", ")")) and ")" not in event.text.split()[0]


def test_the_seed_timeline_has_no_past_event_after_publication(seed_doc) -> None:
    assert past_events_after_publication(seed_doc, PUBLISHED) == []
