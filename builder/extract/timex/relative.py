"""Handlers for deictic and anaphoric expressions: "last year", "two weeks ago", "that day", "now"
(TIDES 2005 §4.2; TimeML 1.2.1 §2.2.1.5 anchoring)."""

from __future__ import annotations

import datetime as dt
import re

from builder.extract.timex import calendar as cal
from builder.extract.timex.handlers import (
    PAST,
    Context,
    Result,
    count_of,
    note_day,
    sentence_start,
    unit_of,
    year_number,
)
from builder.extract.timex.periods import year_ago_period
from builder.lexicons.time import (
    ANAPHORIC_SHIFTS,
    DISCOURSE_OPENERS,
    REF_WORDS,
    SEASON_START_MONTH,
    SEASONS,
    SHIFTS,
    TIME_UNITS,
    UNITS,
)


def deictic(m: re.Match[str], ctx: Context) -> Result:
    """"Last year", "this month", "next week", "earlier this year": the anchor moved by whole units
    (TIDES 2005 §4.2), at the precision of the unit."""
    if _is_title(m.group(0)) and not sentence_start(m.string, m.start()):
        return None  # a name such as the programme "This Week" (TimeML 1.2.1 §2.2: names are not timexes)
    shift_word = re.sub(r"\s+", " ", m["shift"].lower())
    shift = SHIFTS[shift_word]
    unit = m["unit"].lower()
    before = m.string[max(0, m.start() - 4):m.start()].lower()
    phrase = "the next" if shift_word == "next" and before.endswith("the ") else shift_word
    if phrase in ANAPHORIC_SHIFTS:
        # "The next month, he was charged": counted from the time the story is at (TimeML 1.2.1 §2.2.1.5).
        if unit == "year" and ctx.last_year:  # a year the text states: the value does not hang on publication
            return "DATE", cal.year_value(ctx.last_year + shift)
        if (unit == "month" and ctx.last_month) or ctx.last_day:
            ctx.uses_anchor()  # the month or day named may itself be relative ("in May", "Monday")
        if unit == "month" and ctx.last_month:
            year, month = divmod(ctx.last_month[0] * 12 + ctx.last_month[1] - 1 + shift, 12)
            return "DATE", cal.month_value(year, month + 1)
        if ctx.last_day:
            return "DATE", shifted_unit(unit, shift, ctx.last_day, ctx)
        if ctx.tense == PAST and not ctx.probing:
            return None  # told in the past with no time to count from: not the week after publication
    anchor = ctx.uses_anchor()
    if unit in SEASONS:
        return "DATE", _season(SEASONS[unit], shift, anchor)
    return "DATE", shifted_unit(unit, shift, anchor, ctx)


def _is_title(text: str) -> bool:
    """Every word capitalized, as in a name ("This Week", "Next Year's Models")."""
    words = text.split()
    return len(words) > 1 and all(word[0].isupper() for word in words)


def shifted_unit(unit: str, shift: int, anchor: dt.date, ctx: Context) -> str:
    if unit == "year":
        return cal.year_value(anchor.year + shift)
    if unit == "month":
        moved = cal.shift_months(anchor, shift)
        return cal.month_value(moved.year, moved.month)
    if unit == "week":
        return cal.week_value(anchor + dt.timedelta(weeks=shift))
    if unit == "weekend":
        return cal.week_value(anchor + dt.timedelta(weeks=shift)) + "-WE"
    if unit == "quarter":
        year, number = cal.shift_quarter(*cal.quarter_of(anchor), shift)
        ctx.last_quarter = (year, number)
        return cal.quarter_value(year, number)
    if unit == "decade":
        return f"{anchor.year // 10 + shift:03d}"
    if unit in ("century", "centurie"):
        return f"{anchor.year // 100 + shift:02d}"
    return cal.day_value(anchor + dt.timedelta(days=shift))


def _season(code: str, shift: int, anchor: dt.date) -> str:
    """"Last fall" is the most recent fall before the current season; "this summer" is this year's."""
    current_year, current = cal.season_of(anchor)
    year = anchor.year
    if shift < 0:
        year = anchor.year if SEASON_START_MONTH[code] < anchor.month and code != current else anchor.year - 1
        if code == "WI" and current != "WI":
            year = anchor.year - 1
    elif shift > 0:
        year = anchor.year if SEASON_START_MONTH[code] > anchor.month else anchor.year + 1
    elif code == current:
        year = current_year
    return f"{year:04d}-{code}"


def season_alone(m: re.Match[str], ctx: Context) -> Result:
    """"The spring", "summer 1998", "the winter of 1994": a season of the year named, else of this year."""
    code = SEASONS[m["season"].lower()]
    word_start = m.start("season")
    if not m["year"] and m["season"][0].isupper() and not sentence_start(m.string, word_start):
        return None  # a capitalized season inside a sentence is a name ("the Spring of Life rallies")
    if m["year"]:
        year = year_number(m["year"])
        return ("DATE", f"{year:04d}-{code}") if year is not None else None
    anchor = ctx.uses_anchor()
    if ctx.tense == PAST and SEASON_START_MONTH[code] > anchor.month:
        return "DATE", f"{anchor.year - 1:04d}-{code}"
    return "DATE", f"{anchor.year:04d}-{code}"


def anchored(m: re.Match[str], ctx: Context) -> Result:
    """"Two years ago", "three days later": a count of units from publication ("ago") or from the
    discourse reference ("earlier/later"), at the unit's precision (TimeML 1.2.1 §2.2.1.5)."""
    unit = unit_of(m["unit"])
    count = count_of(m["count"])
    direction = m["dir"].lower()
    if count is None:
        return "DATE", "PAST_REF" if direction in ("ago", "earlier", "before") else "FUTURE_REF"
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    if unit == "year" and count == 1 and direction != "later":
        return year_ago_period(m, ctx)
    base = ctx.uses_anchor()
    if direction not in ("ago", "from now") and ctx.last_day is not None:
        base = ctx.last_day
    return "DATE", _moved(base, unit, sign * count, ctx)


def _moved(base: dt.date, unit: str, amount: float, ctx: Context) -> str:
    designator, multiplier = UNITS[unit]
    amount *= multiplier
    if unit in TIME_UNITS:
        return cal.day_value(base)
    if designator == "D":
        return note_day(ctx, base + dt.timedelta(days=int(amount)))
    if designator == "W":
        return cal.week_value(base + dt.timedelta(weeks=int(amount)))
    if designator == "M":
        moved = cal.shift_months(base, int(amount))
        return cal.month_value(moved.year, moved.month)
    if designator == "Y":
        return cal.year_value(base.year + int(amount))
    if designator in ("CE", "ML"):  # "a century ago" is the year a hundred years back, as "a year ago" is
        return cal.year_value(base.year + int(amount) * (100 if designator == "CE" else 1000))
    return cal.year_value(base.year)


def the_end_of(m: re.Match[str], ctx: Context) -> Result:
    """"The end of the year/month": TempEval keeps the unit's value (the mod is END)."""
    unit = (m["unit"] or m["unit2"]).lower()
    shift = SHIFTS.get((m["shift"] or "this").lower(), 0)
    return "DATE", shifted_unit(unit, shift, ctx.uses_anchor(), ctx)


def that_unit(m: re.Match[str], ctx: Context) -> Result:
    """"That year", "later that day": the unit of the date the discourse is about (TimeML 1.2.1
    §2.2.1.5, anaphoric anchoring), falling back to publication."""
    unit = m["unit"].lower()
    if unit == "quarter" and ctx.last_quarter:
        return "DATE", cal.quarter_value(*ctx.last_quarter)
    if unit == "year" and ctx.last_year:
        return "DATE", cal.year_value(ctx.last_year)
    if unit == "day" and ctx.last_day is None and not ctx.probing:
        return None  # "trades made that day": no day in the discourse to point back to, a generic use
    base = ctx.last_day or ctx.uses_anchor()
    return "DATE", shifted_unit(unit, 0, base, ctx)


def in_the_unit(m: re.Match[str], ctx: Context) -> Result:
    """"Earlier in the year", "later in the day": the current unit (TIDES 2005 §4.2)."""
    return "DATE", shifted_unit(m["unit"].lower(), 0, ctx.uses_anchor(), ctx)


def reference(m: re.Match[str], ctx: Context) -> Result:
    """Words with a TIMEX3 token value: PRESENT_REF, PAST_REF, FUTURE_REF (TimeML 1.2.1 §2.2.1.2);
    a sentence-opening connective ("Now, he says") is not a time."""
    word = re.sub(r"\s+", " ", m.group(0).lower())
    openers = DISCOURSE_OPENERS.get(word)
    if openers and m.string.startswith(openers, m.end()) and sentence_start(m.string, m.start()):
        return None
    return "DATE", REF_WORDS[word]
