"""Handlers for years and the periods of a year: decades, centuries, fiscal quarters and halves.

Quarters carry the discourse topic of earnings reports ("a year ago" is the same quarter a year
before, TimeML 1.2.1 §2.2.1.5), so the quarter under discussion is kept in :class:`Context`.
"""

from __future__ import annotations

import datetime as dt
import re

from builder.extract.timex import calendar as cal
from builder.extract.timex.handlers import (
    FUTURE,
    Context,
    Result,
    year_number,
)
from builder.lexicons.time import (
    DECADE_WORDS,
    ORDINALS,
    SHIFTS,
)


def year_alone(m: re.Match[str], ctx: Context) -> Result:
    """A four-digit year (TIDES 2005 §4.1), with its "fiscal"/"early"/"mid-" modifier kept in the span."""
    ctx.last_year = int(m["year"])
    return "DATE", m["year"]


def spelled_year(m: re.Match[str], ctx: Context) -> Result:
    """Years read out as words, as transcripts write them ("nineteen ninety-six", "the year two thousand")."""
    year = year_number(m.group(0))
    return ("DATE", f"{year:04d}") if year is not None else None


def decade(m: re.Match[str], ctx: Context) -> Result:
    """Decades are the first three digits of their years (TIDES 2005 §4.1: the 1980s -> 198)."""
    if m["digits"]:
        digits = m["digits"]
        if digits.startswith(("'", "’")):
            return "DATE", ("19" if int(digits[1:]) >= 20 else "20") + digits[1]
        return "DATE", digits[:3]
    return "DATE", f"19{DECADE_WORDS[m['word'].lower()]}"


def century(m: re.Match[str], ctx: Context) -> Result:
    """Centuries are the first two digits of their years (TIDES 2005 §4.1: the 20th century -> 19)."""
    if m["ord"]:
        number = int(re.sub(r"\D", "", m["ord"]))
        return "DATE", f"{number - 1:02d}"
    shift = SHIFTS.get((m["shift"] or "this").lower(), 0)
    return "DATE", f"{ctx.uses_anchor().year // 100 + shift:02d}"


def quarter(m: re.Match[str], ctx: Context) -> Result:
    """A numbered quarter: of the year named, else of the year the report is about (TIDES 2005 §4.1)."""
    number = ORDINALS[m["ord"].lower()]
    if m["year"]:
        year = int(m["year"])
    elif m["owner"] and not m["owner"].lower().startswith("year-"):
        owner = m["owner"].lower()
        year = int(owner[:4]) if owner[:4].isdigit() else ctx.uses_anchor().year + SHIFTS[owner.split()[0]]
    else:
        anchor = ctx.uses_anchor()
        start = dt.date(anchor.year, 3 * number - 2, 1)
        year = anchor.year if start <= anchor or ctx.tense == FUTURE else anchor.year - 1
    if m["owner"] and m["owner"].lower().startswith("year-"):
        # "the year-earlier third quarter": the comparison quarter; the one under discussion stays the topic.
        return "DATE", cal.quarter_value((ctx.last_quarter[0] if ctx.last_quarter else year) - 1, number)
    if _sets_quarter_topic(m, (year, number), ctx):
        ctx.last_quarter = (year, number)
    return "DATE", cal.quarter_value(year, number)


def _sets_quarter_topic(m: re.Match[str], named: tuple[int, int], ctx: Context) -> bool:
    """Whether a named quarter becomes the quarter under discussion, the anchor of "a year ago" and
    "the quarter" (TimeML 1.2.1 §2.2.1.5). An earnings report discusses a quarter already reported:
    a quarter not over at publication ("losses through the third quarter of 1990") or an indefinite aside ("after
    a flat second quarter") is mentioned in passing and leaves the topic as it was."""
    if ctx.last_quarter is None:
        return True
    if named >= cal.quarter_of(ctx.anchor):
        return False  # not over at publication: not yet reported
    return not re.match(r"(?i)an?\s", m.group(0))


def relative_quarter(m: re.Match[str], ctx: Context) -> Result:
    """"The quarter", "the latest quarter": the quarter under discussion, else the last one completed."""
    groups = m.groupdict()
    word = re.sub(r"\s+", " ", (groups.get("which") or groups.get("which0") or "").lower())
    anchor = ctx.uses_anchor()
    if word in ("this", "current", "the current"):
        year, number = cal.quarter_of(anchor)
    elif word in ("last", "previous", "past"):
        year, number = cal.shift_quarter(*cal.quarter_of(anchor), -1)
    elif word == "next":
        year, number = cal.shift_quarter(*cal.quarter_of(anchor), 1)
    elif "latest" in word or "recent" in word:
        year, number = cal.shift_quarter(*cal.quarter_of(anchor), -1)  # the last quarter reported
    else:
        year, number = ctx.last_quarter or cal.shift_quarter(*cal.quarter_of(anchor), -1)
    ctx.last_quarter = (year, number)
    return "DATE", cal.quarter_value(year, number)


def year_ago_period(m: re.Match[str], ctx: Context) -> Result:
    """"Year-ago", "a year earlier" in earnings reports: the same quarter a year before, when a quarter
    is under discussion (TimeML 1.2.1 §2.2.1.5, anchored to the discourse reference); else the year before."""
    anchor = ctx.uses_anchor()
    if ctx.last_quarter:
        year, number = ctx.last_quarter
        return "DATE", cal.quarter_value(year - 1, number)
    if m.groupdict().get("ago") and ctx.last_day and ctx.last_day != anchor:
        return "DATE", cal.day_value(ctx.last_day.replace(year=ctx.last_day.year - 1) if not (
            ctx.last_day.month == 2 and ctx.last_day.day == 29) else ctx.last_day - dt.timedelta(days=365))
    return "DATE", cal.year_value(anchor.year - 1)


def half(m: re.Match[str], ctx: Context) -> Result:
    """Halves of a year (TIDES 2005: 1998-H1)."""
    number = 2 if m["ord"].lower() == "last" else ORDINALS[m["ord"].lower()]
    year = int(m["year"]) if m["year"] else ctx.uses_anchor().year
    return "DATE", f"{year:04d}-H{number}"


def year_period(m: re.Match[str], ctx: Context) -> Result:
    """"The 1988 period" in an earnings report is that year's quarter under discussion, else the year."""
    year = int(m["year"])
    if ctx.last_quarter and "fiscal" not in m.group(0).lower():
        return "DATE", cal.quarter_value(year, ctx.last_quarter[1])
    return "DATE", cal.year_value(year)


def the_year(m: re.Match[str], ctx: Context) -> Result:
    """"The year" is the year under discussion; "the year ended March 31" is a fiscal-year DURATION."""
    if re.match(r"\s+(?:ended|ending)\b", m.string[m.end():]):
        return "DURATION", "P1Y"
    return "DATE", cal.year_value(ctx.uses_anchor().year)
