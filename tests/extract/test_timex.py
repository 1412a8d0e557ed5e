"""Temporal expressions: spans and TIMEX3 values resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from builder.extract.timex import extract_timexes

PUBLISHED = dt.date(2019, 8, 7)  # a Wednesday


def _values(analyse, text: str, published: dt.date | None = PUBLISHED) -> dict[str, tuple[str, str]]:
    doc = analyse(text)
    timexes = extract_timexes(doc, published)
    for timex in timexes:
        assert doc.text[timex.start:timex.end] == timex.text
    return {t.text: (t.type, t.value) for t in timexes}


def test_seed_relative_expressions(seed_doc) -> None:
    values = {t.text.lower(): t.value for t in extract_timexes(seed_doc, PUBLISHED)}
    assert values["last year"] == "2018"
    assert values["last month"] == "2019-07"
    assert values["this quarter"] == "2019-Q3"
    assert any(text.endswith("spring") and value == "2019-SP" for text, value in values.items())


def test_seed_without_publication_date_masks_anchored_values(seed_doc) -> None:
    values = {t.text.lower(): t.value for t in extract_timexes(seed_doc, None)}
    assert values["last year"] == "XXXX"
    assert values["last month"] == "XXXX-XX"


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The deal closed on March 12, 1998.", "March 12, 1998", ("DATE", "1998-03-12")),
        ("Sales fell in July 1997.", "July 1997", ("DATE", "1997-07")),
        ("Profit rose in the third quarter.", "the third quarter", ("DATE", "2019-Q3")),
        ("The plant opened in the 1980s.", "the 1980s", ("DATE", "198")),
        ("He was born in 1961.", "1961", ("DATE", "1961")),
        ("The talks lasted five months.", "five months", ("DURATION", "P5M")),
        ("The flight took three hours.", "three hours", ("DURATION", "PT3H")),
        ("It has been going on for years.", "years", ("DURATION", "PXY")),
        ("The paper is published daily.", "daily", ("SET", "P1D")),
        ("Rates are high now.", "now", ("DATE", "PRESENT_REF")),
        ("Prices rose yesterday.", "yesterday", ("DATE", "2019-08-06")),
        ("The company was founded two years ago.", "two years ago", ("DATE", "2017")),
        ("The vote was held earlier this year.", "earlier this year", ("DATE", "2019")),
        ("The meeting will end at 10 p.m. tomorrow.", "10 p.m. tomorrow", ("TIME", "2019-08-08T22:00")),
    ],
)
def test_values(analyse, text: str, span: str, expected: tuple[str, str]) -> None:
    assert _values(analyse, text)[span] == expected


def test_bare_weekday_follows_the_tense(analyse) -> None:
    """2019-08-07 is a Wednesday: the Monday before is Aug 5, the Monday after Aug 12."""
    assert _values(analyse, "The minister resigned on Monday.")["Monday"] == ("DATE", "2019-08-05")
    assert _values(analyse, "The minister will resign on Monday.")["Monday"] == ("DATE", "2019-08-12")


def test_span_excludes_the_preposition(analyse) -> None:
    doc = analyse("The report came out in January.")
    (timex,) = extract_timexes(doc, PUBLISHED)
    assert timex.text == "January"
    assert timex.value == "2019-01"


def test_ages_are_not_temporal_expressions(analyse) -> None:
    assert _values(analyse, "A 6-year-old boy was rescued.") == {}


def test_year_ago_takes_the_quarter_under_discussion(analyse) -> None:
    values = _values(analyse, "Third-quarter profit rose to $5 million from $3 million a year ago.")
    assert values["Third-quarter"] == ("DATE", "2019-Q3")
    assert values["a year ago"] == ("DATE", "2018-Q3")


def test_odd_input_does_not_crash(analyse) -> None:
    for text in ("", "Feb. 30, 1999 and 13/45/2000", "On Sept. 31 at 99:99 p.m.", "\n\n"):
        extract_timexes(analyse(text), PUBLISHED)
        extract_timexes(analyse(text), None)


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # Transcripts read years and days out as words.
        ("Talks began in January nineteen ninety-seven.", "January nineteen ninety-seven", ("DATE", "1997-01")),
        ("It was cold in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", ("DATE", "1994-WI")),
        ("The rally is on March twenty-first, 2020.", "March twenty-first, 2020", ("DATE", "2020-03-21")),
        # A modal looks ahead; a deadline stated in the past does not.
        ("Officials said the father would travel Thursday.", "Thursday", ("DATE", "2019-08-08")),
        ("Until Thursday, the police had not named him.", "Thursday", ("DATE", "2019-08-01")),
        # A bare month after "by" is a deadline ahead of publication.
        ("The company plans to repay the loan by February.", "February", ("DATE", "2020-02")),
        ("The company sold the unit in February for $5 million.", "February", ("DATE", "2019-02")),
    ],
)
def test_new_rule_values(analyse, text: str, span: str, expected: tuple[str, str]) -> None:
    assert _values(analyse, text)[span] == expected


def test_sentence_opening_now_is_a_connective(analyse) -> None:
    """"Now, he says ..." does not refer to a time (TimeML marks only temporal expressions)."""
    assert _values(analyse, "The plan failed. Now, he says, it may work.") == {}
    assert _values(analyse, "Prices are now rising.")["now"] == ("DATE", "PRESENT_REF")


def test_named_event_is_not_a_month(analyse) -> None:
    assert "March" not in _values(analyse, "Thousands joined the annual March for Life.")


def test_later_leaves_a_duration(analyse) -> None:
    """TimeML treats "later" as a signal: "three days later" is the duration "three days"."""
    assert _values(analyse, "The boy was found three days later.") == {"three days": ("DURATION", "P3D")}
    assert _values(analyse, "It bodes ill for coming quarters.")["coming quarters"] == ("DATE", "FUTURE_REF")


def test_year_earlier_numbered_quarter_is_one_timex(analyse) -> None:
    values = _values(analyse, "Profit rose in the second quarter. In the year-earlier second quarter, it fell.")
    assert values["the second quarter"] == ("DATE", "2019-Q2")
    assert values["the year-earlier second quarter"] == ("DATE", "2018-Q2")


def test_following_month_follows_the_month_named(analyse) -> None:
    values = _values(analyse, "He resigned in March. The following month, the company was sold.")
    assert values["March"] == ("DATE", "2019-03")
    assert values["The following month"] == ("DATE", "2019-04")
