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
        # Shapes pasted pages carry: abbreviated weekdays, possessives, decades written with an apostrophe.
        ("The frost warning came Tues. across the valley.", "Tues.", ("DATE", "2019-08-06")),
        ("Nerves are frayed ahead of Friday's final vote.", "Friday", ("DATE", "2019-08-09")),
        ("The mill was built a century ago.", "a century ago", ("DATE", "1919")),
        ("Ferries were larger in the 1970's.", "the 1970's", ("DATE", "197")),
        ("The pier was busiest in the ’60s.", "the ’60s", ("DATE", "196")),
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


def test_quarter_not_yet_reported_is_not_the_topic(analyse) -> None:
    """"A year ago" takes the quarter under discussion (TimeML 1.2.1 §2.2.1.5); a quarter not over at
    publication, or an indefinite aside, is mentioned in passing and does not replace it."""
    values = _values(
        analyse,
        "Profit rose in the second quarter. Analysts expect losses through the fourth quarter of 2019. "
        "Profit was $5 million a year ago.",
    )
    assert values["the fourth quarter of 2019"] == ("DATE", "2019-Q4")
    assert values["a year ago"] == ("DATE", "2018-Q2")
    values = _values(analyse, "Profit rose in the second quarter after a weak first quarter. It was $3 million a year ago.")
    assert values["a year ago"] == ("DATE", "2018-Q2")


def test_year_of_a_full_date_is_the_reference_year(analyse) -> None:
    """"Later that year", "the following year" count from the last year named, in a date too."""
    values = _values(analyse, "The firm was founded in June 2015 and listed later that year.")
    assert values["later that year"] == ("DATE", "2015")
    values = _values(analyse, "He was promoted on May 22, 2015, and the following year he retired.")
    assert values["the following year"] == ("DATE", "2016")


def test_completed_period_ends_before_publication(analyse) -> None:
    """"The quarter ended Oct. 31" is over: the last Oct. 31 on or before publication."""
    assert _values(analyse, "In the quarter ended Oct. 31, sales rose.")["Oct. 31"] == ("DATE", "2018-10-31")


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Music from the '80s is back.", "the '80s", ("DATE", "198")),
        ("Turnout was high on Election Day 2016.", "Election Day 2016", ("DATE", "2016-11-08")),
        ("Turnout was high on Election Day 2018.", "Election Day 2018", ("DATE", "2018-11-06")),
    ],
)
def test_decades_and_rule_based_holidays(analyse, text: str, span: str, expected: tuple[str, str]) -> None:
    assert _values(analyse, text)[span] == expected


def test_non_temporal_look_alikes(analyse) -> None:
    """Fractions, programme names and the bare adjective "recent" are not marked (TimeML 1.2.1 §2.2)."""
    assert _values(analyse, "Investors own three-quarters of the shares.") == {}
    assert _values(analyse, 'The minister spoke on ABC\'s "This Week" about the deal.') == {}
    assert _values(analyse, "The recent sale raised cash.") == {}
    assert _values(analyse, "The unit was recently sold.")["recently"] == ("DATE", "PAST_REF")


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # A part of the day after the hour is its a.m./p.m. marker (TimeML 1.2.1 §2.2.1.2: 24-hour clock).
        ("The fire started at 4 in the morning.", "4 in the morning", ("TIME", "2019-08-07T04:00")),
        ("The shop closes at 10 at night.", "10 at night", ("TIME", "2019-08-07T22:00")),
        ("The talks resumed at midday.", "midday", ("TIME", "2019-08-07T12:00")),
        ("The rain stopped in mid-afternoon.", "mid-afternoon", ("TIME", "2019-08-07TAF")),
        # A weekday with a plural part of the day recurs (TimeML 1.2.1 §2.2.1.4).
        ("New flights leave on Tuesday nights.", "Tuesday nights", ("SET", "XXXX-WXX-2TNI")),
    ],
)
def test_clock_parts_and_recurring_parts_of_day(analyse, text: str, span: str, expected: tuple[str, str]) -> None:
    assert _values(analyse, text)[span] == expected


def test_vague_unit_idioms_are_not_durations(analyse) -> None:
    assert _values(analyse, "The two blasts came only minutes apart.") == {}
    assert _values(analyse, "A ruling is a matter of days away.") == {}
    assert _values(analyse, "The strike lasted for days.")["days"] == ("DURATION", "PXD")


def test_day_word_naming_an_era_is_not_a_day(analyse) -> None:
    """"Today's youth", "the people of tomorrow" name an age, not a day (GENERIC_DAY_NOUNS);
    a possessive naming the day itself stays a DATE."""
    assert "today" not in _values(analyse, "The case matters to today's youth.")
    assert "tomorrow" not in _values(analyse, "He picked the people of tomorrow.")
    assert _values(analyse, "The offer was advertised in today's editions.")["today"] == ("DATE", "2019-08-07")
    assert _values(analyse, "Investors await tomorrow's vote.")["tomorrow"] == ("DATE", "2019-08-08")


def test_that_day_needs_a_day_in_the_discourse(analyse) -> None:
    """"That day" points back to a day already named; with none it is generic and left unmarked."""
    assert "that day" not in _values(analyse, "Traders can lose money on trades made that day.")
    values = _values(analyse, "The attack came on March 3, 2019. Police arrived later that day.")
    assert values["later that day"] == ("DATE", "2019-03-03")


def test_capitalized_season_inside_a_sentence_is_a_name(analyse) -> None:
    assert _values(analyse, 'The group held "Spring of Life" rallies.') == {}
    assert _values(analyse, "Sales rose in the spring.")["the spring"][0] == "DATE"


def test_weekend_duration_is_two_days(analyse) -> None:
    assert _values(analyse, "The talks lasted a weekend.")["a weekend"] == ("DURATION", "P2D")


# ----------------------------------------------------------------------------- names, titles, copyright (issue 14)

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The actress October Vance arrived at the gala with her sister.", "October"),
        ("Prime minister Helena May opened the bridge.", "May"),
        ('The band played "Meet Me Before Tomorrow Ends" as the last song.', "Tomorrow"),
        ('Her new film "Until The Last Friday" opens in cinemas.', "Friday"),
        ("The Sunday Courier printed the letter in full.", "Sunday"),
    ],
)
def test_a_time_word_inside_a_name_or_title_is_not_a_timex(analyse, text: str, name: str) -> None:
    assert not any(name in span for span in _values(analyse, text))


@pytest.mark.parametrize(
    "text", ["©2016 Harbour Media Group.", "Copyright 2018 Example Press. All rights reserved.", "(c) 2017 The Daily Tern"]
)
def test_a_copyright_line_has_no_timex(analyse, text: str) -> None:
    assert _values(analyse, text) == {}


def test_a_month_introduced_as_a_time_stays_a_time_before_a_name(analyse) -> None:
    values = _values(analyse, "In March President Alvarez signed the treaty.")
    assert values["March"] == ("DATE", "2019-03")


@pytest.mark.parametrize(
    ("text", "span", "published", "expected"),
    [
        # Past tense: never after publication, however far back the window would reach.
        ("The strike ended in late January.", "late January", dt.date(2019, 12, 11), "2019-01"),
        ("The ferry sank in August.", "August", dt.date(2019, 7, 20), "2018-08"),
        ("The harbour reopened on September 3.", "September 3", dt.date(2019, 8, 7), "2018-09-03"),
        ("They sailed away last Thanksgiving.", "last Thanksgiving", dt.date(2019, 8, 7), "2018-11-22"),
        ("They arrived at Halloween.", "Halloween", dt.date(2019, 10, 20), "2018-10-31"),
        ("They will return next Thanksgiving.", "next Thanksgiving", dt.date(2019, 12, 1), "2020-11-26"),
    ],
)
def test_past_tense_dates_are_not_after_publication(analyse, text: str, span: str, published: dt.date, expected: str) -> None:
    assert _values(analyse, text, published)[span] == ("DATE", expected)


def test_a_holiday_with_its_year_does_not_depend_on_publication(analyse) -> None:
    assert _values(analyse, "The video appeared on Christmas 2013.", None)["Christmas 2013"] == ("DATE", "2013-12-25")


def test_the_next_month_counts_from_the_story_not_from_publication(analyse) -> None:
    values = _values(analyse, "The mill closed in June 2016. The next month, the owners sold the land.")
    assert values["next month"] == ("DATE", "2016-07")
    assert "next week" not in _values(analyse, "The mayor resigned. The next week, the council met again.")


def test_a_day_word_in_a_quote_is_the_day_it_was_said(analyse) -> None:
    values = _values(analyse, '"The council will vote today," the mayor said on Monday.')
    assert values["today"] == ("DATE", "2019-08-05")  # that Monday, not the publication day (a Wednesday)
    assert values["Monday"] == ("DATE", "2019-08-05")
    plain = _values(analyse, '"The council will vote today," the mayor said.')
    assert plain["today"] == ("DATE", "2019-08-07")


def test_sun_with_a_stop_is_not_a_weekday(analyse) -> None:
    assert "Sun." not in _values(analyse, "The story ran in the Sun. Readers wrote in.")


def test_an_event_noun_a_past_verb_takes_is_not_after_publication(analyse) -> None:
    published = dt.date(2019, 2, 1)
    assert _values(analyse, "The riots led to the March 9 strike at the docks.", published)["March 9"] == ("DATE", "2018-03-09")
    # A deadline that a noun (not the verb) takes can still lie ahead.
    assert _values(analyse, "The mayor gave no reason for the March 9 deadline.", published)["March 9"] == ("DATE", "2019-03-09")
