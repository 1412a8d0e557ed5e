"""Handlers for named days and months: calendar dates, weekdays, clock times, holidays (TIDES 2005 §4.1-4.6)."""

from __future__ import annotations

import datetime as dt
import re

from builder.extract.timex import calendar as cal
from builder.extract.timex.handlers import (
    FUTURE,
    PAST,
    Context,
    Result,
    day_without_year,
    month_number,
    note_day,
    text_before,
    weekday_date,
    year_number,
    year_of_month,
)
from builder.lexicons.time import (
    CLOCK_PARTS,
    COMPLETED_WORDS,
    DAY_ORDINALS,
    DAY_WORDS,
    DEADLINE_WORDS,
    GENERIC_DAY_BEFORE,
    GENERIC_DAY_NOUNS,
    HOLIDAYS,
    MONTH_DEADLINE_WORDS,
    MONTHS,
    PARTS_OF_DAY,
    SHIFTS,
    WEEKDAYS,
)


def time_of_day(m: re.Match[str], ctx: Context) -> Result:
    """Clock times (TimeML 1.2.1 §2.2.1.2: TIME with a day, 1998-03-12T22:00)."""
    hour = int(m["h"]) if m["h"] else 12
    if hour > 12 or (m["mi"] and int(m["mi"]) > 59):
        return None
    if m["ap"]:
        marker = re.sub(r"\s+", " ", m["ap"].lower())
        pm = CLOCK_PARTS.get(marker, marker.startswith("p"))
        hour = hour % 12 + (12 if pm else 0)
    elif m["noon"] and m["noon"].lower() == "midnight":
        hour = 0
    day = _day_from_text(m["rest"], ctx) if m["rest"] else (ctx.last_day or ctx.uses_anchor())
    if m["rest"] is None and ctx.last_day is None:
        ctx.uses_anchor()
    return "TIME", f"{cal.day_value(day)}T{hour:02d}:{int(m['mi'] or 0):02d}"


def _day_from_text(text: str, ctx: Context) -> dt.date:
    words = text.strip(" ,").lower()
    if words in DAY_WORDS:
        return ctx.uses_anchor() + dt.timedelta(days=DAY_WORDS[words])
    if words in WEEKDAYS:
        return weekday_date(words, ctx)
    parts = re.match(r"([a-z]+)\.?\s+(\d+)", words)
    if parts and parts[1] in MONTHS:
        return day_without_year(MONTHS[parts[1]], int(parts[2]), ctx) or ctx.uses_anchor()
    return ctx.uses_anchor()


def full_date(m: re.Match[str], ctx: Context) -> Result:
    """A calendar date, with or without its year (TIDES 2005 §4.1)."""
    day_text = m["day"].lower().replace(" ", "-")
    month, day = month_number(m["month"]), DAY_ORDINALS.get(day_text) or int(re.sub(r"\D", "", day_text))
    if m["year"]:
        date = cal.safe_date(int(m["year"]), month, day)
    elif text_before(m).endswith(COMPLETED_WORDS):
        date = _last_on_or_before(month, day, ctx)
    else:
        date = day_without_year(month, day, ctx)
    if date and m["year"]:
        ctx.last_year = date.year
    return ("DATE", note_day(ctx, date)) if date else None


def _last_on_or_before(month: int, day: int, ctx: Context) -> dt.date | None:
    """The latest month/day on or before publication: the end of a period already over."""
    anchor = ctx.uses_anchor()
    date = cal.safe_date(anchor.year, month, day)
    if date is not None and date > anchor:
        date = cal.safe_date(anchor.year - 1, month, day)
    return date


def week_of(m: re.Match[str], ctx: Context) -> Result:
    """"The week of March 6": the ISO week that holds the day (TIDES 2005 §4.2: YYYY-Wnn)."""
    result = full_date(m, ctx)
    if result is None:
        return None
    return "DATE", cal.week_value(dt.date.fromisoformat(result[1]))


def numeric_date(m: re.Match[str], ctx: Context) -> Result:
    """ISO dates (1998-03-12) and US numeric dates (3/12/98)."""
    if m["iy"]:
        date = cal.safe_date(int(m["iy"]), int(m["im"]), int(m["id"]))
    else:
        year = int(m["uy"])
        year += 1900 if year < 100 and year >= 30 else 2000 if year < 100 else 0
        date = cal.safe_date(year, int(m["um"]), int(m["ud"]))
    return ("DATE", note_day(ctx, date)) if date else None


def month_year(m: re.Match[str], ctx: Context) -> Result:
    """A month of a given year, or of "this/last/next year" (TIDES 2005 §4.1: YYYY-MM)."""
    month = month_number(m["month"])
    year = year_number(m["year"]) if m["year"] else ctx.uses_anchor().year + SHIFTS[m["shift"].lower()]
    if year is None:
        return None
    ctx.last_month = (year, month)
    if m["year"]:
        ctx.last_year = year  # "in June 1998 ... later that year" (TimeML 1.2.1 §2.2.1.5)
    return "DATE", cal.month_value(year, month)


def month_alone(m: re.Match[str], ctx: Context) -> Result:
    """A bare month name resolved by tense; "last April" is the most recent April before publication."""
    month = month_number(m["month"])
    shift = m["shift"].lower() if m["shift"] else None
    anchor_month = ctx.uses_anchor().month
    if shift in ("last", "past", "previous"):
        year = ctx.anchor.year if month < anchor_month else ctx.anchor.year - 1
    elif shift in ("next", "coming", "this coming"):
        year = ctx.anchor.year if month > anchor_month else ctx.anchor.year + 1
    elif shift == "this":
        year = ctx.anchor.year
    else:
        before = m.string[max(0, m.start() - 20):m.start()].lower().rstrip()
        if before.endswith(MONTH_DEADLINE_WORDS) and ctx.tense != PAST:
            ctx.tense = FUTURE
        year = year_of_month(month, ctx)
    ctx.last_month = (year, month)
    return "DATE", cal.month_value(year, month)


def day_word(m: re.Match[str], ctx: Context) -> Result:
    """"Yesterday", "today", "tomorrow morning": the day next to publication (TIDES 2005 §4.2);
    with a part of the day it is a TIME (TIDES 2005 §2.3: 1998-03-12TMO)."""
    word = m["word"].lower()
    if not m["part"] and not m["part0"] and _generic_day_word(m):
        return None
    day = ctx.uses_anchor() + dt.timedelta(days=DAY_WORDS[word])
    part = PARTS_OF_DAY.get((m["part"] or m["part0"] or "").lower()) or ("NI" if word == "tonight" else None)
    if part:
        return "TIME", f"{cal.day_value(day)}T{part}"
    return "DATE", note_day(ctx, day)


def _generic_day_word(m: re.Match[str]) -> bool:
    """"Today's youth", "the people of tomorrow": the day word names an era, not a day (GENERIC_DAY_NOUNS)."""
    before = m.string[max(0, m.start() - 10):m.start()].lower().rstrip()
    after = re.match(r"(?:'s|\u2019s)\s+(\w+)", m.string[m.end():m.end() + 30])
    if after and after[1].lower() in GENERIC_DAY_NOUNS:
        return True
    return before.endswith(GENERIC_DAY_BEFORE) and not re.match(r"\s*(?:'s|\u2019s)", m.string[m.end():])


def this_part_of_day(m: re.Match[str], ctx: Context) -> Result:
    """"This morning", "last night": a part of the publication day (or of the day before)."""
    day = ctx.uses_anchor() - dt.timedelta(days=1 if m["which"].lower() == "last" else 0)
    return "TIME", f"{cal.day_value(day)}T{PARTS_OF_DAY[m['part'].lower()]}"


def mid_part_of_day(m: re.Match[str], ctx: Context) -> Result:
    """"Mid-afternoon": a part of the day under discussion, else of the publication day (TIDES 2005 §2.3)."""
    day = ctx.last_day or ctx.uses_anchor()
    return "TIME", f"{cal.day_value(day)}T{PARTS_OF_DAY[m['part'].lower()]}"


def weekday(m: re.Match[str], ctx: Context) -> Result:
    """A weekday, resolved by tense (a deadline, "until Tuesday", lies ahead); with a part of the day it
    stays a DATE valued as the day, as TempEval annotators mostly mark it."""
    shift = SHIFTS.get(m["shift"].lower()) if m["shift"] else None
    before = m.string[max(0, m.start() - 20):m.start()].lower().rstrip()
    if shift is None and before.endswith(DEADLINE_WORDS) and ctx.tense != PAST:
        ctx.tense = FUTURE
    day = weekday_date(m["day"], ctx, shift)
    # TIDES 2005 §2.3 would write "Friday night" as 1998-08-07TNI, but TempEval annotators mostly
    # value it as the day (and often leave the part out of the span): counted on the dev set.
    return "DATE", note_day(ctx, day)


def weekday_set(m: re.Match[str], ctx: Context) -> Result:
    """"Each Thursday", "Tuesday nights": a recurring weekday is a SET (TimeML 1.2.1 §2.2.1.4)."""
    number = WEEKDAYS[(m["day"] or m["day2"] or m["day3"]).lower()] + 1
    part_word = m["part"] or m["part2"] or m["part3"]
    part = f"T{PARTS_OF_DAY[part_word.lower()]}" if part_word else ""
    return "SET", f"XXXX-WXX-{number}{part}"


def weekend(m: re.Match[str], ctx: Context) -> Result:
    """"The weekend" in news is the weekend just past (or coming, in future tense)."""
    anchor = ctx.uses_anchor()
    days_back = (anchor.weekday() - 5) % 7
    if ctx.tense == FUTURE and days_back > 1:
        return "DATE", cal.week_value(anchor + dt.timedelta(days=7 - days_back)) + "-WE"
    return "DATE", cal.week_value(anchor - dt.timedelta(days=days_back)) + "-WE"


def holiday(m: re.Match[str], ctx: Context) -> Result:
    """Holidays resolve to their day in the year named, or by "last"/"next", or the nearest year by
    tense (TIDES 2005 §4.6): the date of a past-tense verb is the latest one on or before publication."""
    rule = HOLIDAYS[re.sub(r"\s+", " ", m["name"].lower())]
    if m["year"]:
        return "DATE", note_day(ctx, _holiday_date(rule, int(m["year"])))
    anchor = ctx.uses_anchor()
    date = _holiday_date(rule, anchor.year)
    shift = SHIFTS.get(m["shift"].lower()) if m["shift"] else None
    if shift is not None and shift < 0:
        if date >= anchor:
            date = _holiday_date(rule, anchor.year - 1)
    elif shift is not None and shift > 0:
        if date <= anchor:
            date = _holiday_date(rule, anchor.year + 1)
    elif date > (anchor if ctx.done else anchor + dt.timedelta(days=14)) and ctx.tense != FUTURE:
        date = _holiday_date(rule, anchor.year - 1)
    return "DATE", note_day(ctx, date)


def _holiday_date(rule: tuple[int, ...], year: int) -> dt.date:
    if len(rule) == 2:
        return dt.date(year, rule[0], rule[1])
    return cal.nth_weekday(year, *rule)
