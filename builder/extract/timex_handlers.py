"""Normalizers: each turns one kind of temporal-expression match into a TIMEX3 ``(type, value)``.

A handler reads its regex match (see :mod:`builder.extract.timex_rules`) and resolves it against
:class:`Context`: the publication date (the anchor), the tense of the sentence, and the discourse
reference (the last day, quarter and year mentioned), as TimeML 1.2.1 §2.2.1.5 anchors relative
and anaphoric expressions. A handler returns None to decline a match that is not a timex.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from builder.extract import timex_calendar as cal
from builder.lexicons.time import (
    DAY_ORDINALS,
    DAY_WORDS,
    DEADLINE_WORDS,
    DECADE_WORDS,
    DISCOURSE_OPENERS,
    HOLIDAYS,
    MONTH_DEADLINE_WORDS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    REF_WORDS,
    SEASON_START_MONTH,
    SEASONS,
    SET_WORDS,
    SHIFTS,
    TIME_UNITS,
    UNITS,
    WEEKDAYS,
)

PAST, PRESENT, FUTURE = "past", "present", "future"


@dataclass
class Context:
    """What a rule resolves against: the anchor date, the sentence's tense, the discourse reference."""

    anchor: dt.date
    tense: str = PAST
    last_day: dt.date | None = None
    last_quarter: tuple[int, int] | None = None
    last_year: int | None = None
    last_month: tuple[int, int] | None = None  # the month last named, for "the following month"
    relative: bool = field(default=False)  # set by a rule whose value depends on the anchor

    def uses_anchor(self) -> dt.date:
        """The anchor, noting that the value depends on it (masked when there is no publication date)."""
        self.relative = True
        return self.anchor


Result = tuple[str, str] | None
Handler = Callable[[re.Match[str], Context], Result]



# ----------------------------------------------------------------------------- small readers

def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _number(text: str) -> float | None:
    """The count of a duration; None for a vague count ("several"), which TIDES writes as X."""
    text = re.sub(r"\s+", " ", text.lower().strip())
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    half = re.fullmatch(r"(\d+) 1/2", text)
    if half:
        return int(half[1]) + 0.5
    parts = re.split(r"[- ]", text)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def _unit(text: str) -> str:
    """The singular unit word of "years", "centuries", "millennia"."""
    word = text.lower()
    for unit in UNITS:
        if word.startswith(unit[:5]) and word.rstrip("s").startswith(unit[: len(unit) - 1]):
            return unit
    return word.rstrip("s")


def duration_value(count: float | None, unit: str) -> str:
    """ISO 8601 duration (TimeML 1.2.1 §2.2.1.3): P2Y, PT3H, P1Y6M, PXY for a vague count."""
    designator, multiplier = UNITS[unit]
    prefix = "PT" if unit in TIME_UNITS else "P"
    if count is None:
        return f"{prefix}X{designator}"
    total = count * multiplier
    if total != int(total):
        if designator == "Y":
            return f"P{int(total)}Y{int(round((total % 1) * 12))}M"
        if designator == "H":
            return f"PT{int(total)}H{int(round((total % 1) * 60))}M"
        return f"{prefix}{total:g}{designator}"
    return f"{prefix}{int(total)}{designator}"


def _year_of_month(month: int, ctx: Context) -> int:
    """Year of a month named without one: the tense picks the occurrence (TIDES 2005 §4.2)."""
    anchor = ctx.uses_anchor()
    behind, ahead = _MONTH_WINDOWS[ctx.tense]
    if month - anchor.month > ahead:
        return anchor.year - 1
    if anchor.month - month > behind:
        return anchor.year + 1
    return anchor.year


def _day_without_year(month: int, day: int, ctx: Context) -> dt.date | None:
    """A month and day without a year: this year's, unless the tense says the previous or next one."""
    anchor = ctx.uses_anchor()
    date = cal.safe_date(anchor.year, month, day)
    if date is None:
        return None
    behind, ahead = _WINDOWS[ctx.tense]
    if (date - anchor).days > ahead:
        return cal.safe_date(anchor.year - 1, month, day)
    if (anchor - date).days > behind:
        return cal.safe_date(anchor.year + 1, month, day)
    return date


# How far back and ahead (days) a date without a year may lie from publication, by tense:
# news reports mostly the recent past, but a payable date or a deadline is often months ahead.
_WINDOWS: dict[str, tuple[int, int]] = {PAST: (245, 120), PRESENT: (183, 182), FUTURE: (60, 305)}
# The same for a bare month name (months back, months ahead): "in December" told in the past tense
# is last December, even in October.
_MONTH_WINDOWS: dict[str, tuple[int, int]] = {PAST: (9, 2), PRESENT: (8, 3), FUTURE: (1, 11)}


def _weekday(name: str, ctx: Context, shift: int | None = None) -> dt.date:
    """A weekday: the publication day itself, else the one before in past-tense reporting, after in future."""
    anchor = ctx.uses_anchor()
    target = WEEKDAYS[name.lower()]
    delta = (target - anchor.weekday()) % 7
    if shift is None:
        if delta == 0:
            return anchor
        forward = ctx.tense == FUTURE
        return anchor + dt.timedelta(days=delta) if forward else anchor - dt.timedelta(days=7 - delta)
    if shift < 0:
        return anchor - dt.timedelta(days=(7 - delta) or 7)
    if shift > 0:
        return anchor + dt.timedelta(days=delta or 7)
    return anchor + dt.timedelta(days=delta)


def _note_day(ctx: Context, day: dt.date) -> str:
    ctx.last_day = day
    return cal.day_value(day)


# ----------------------------------------------------------------------------- handlers

def time_of_day(m: re.Match[str], ctx: Context) -> Result:
    """Clock times (TimeML 1.2.1 §2.2.1.2: TIME with a day, 1998-03-12T22:00)."""
    hour = int(m["h"]) if m["h"] else 12
    if hour > 12 or (m["mi"] and int(m["mi"]) > 59):
        return None
    if m["ap"]:
        pm = m["ap"].lower().startswith("p")
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
        return _weekday(words, ctx)
    parts = re.match(r"([a-z]+)\.?\s+(\d+)", words)
    if parts and parts[1] in MONTHS:
        return _day_without_year(MONTHS[parts[1]], int(parts[2]), ctx) or ctx.uses_anchor()
    return ctx.uses_anchor()


def full_date(m: re.Match[str], ctx: Context) -> Result:
    """A calendar date, with or without its year (TIDES 2005 §4.1)."""
    day_text = m["day"].lower().replace(" ", "-")
    month, day = _month(m["month"]), DAY_ORDINALS.get(day_text) or int(re.sub(r"\D", "", day_text))
    date = cal.safe_date(int(m["year"]), month, day) if m["year"] else _day_without_year(month, day, ctx)
    return ("DATE", _note_day(ctx, date)) if date else None


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
    return ("DATE", _note_day(ctx, date)) if date else None


def month_year(m: re.Match[str], ctx: Context) -> Result:
    """A month of a given year, or of "this/last/next year" (TIDES 2005 §4.1: YYYY-MM)."""
    month = _month(m["month"])
    year = year_number(m["year"]) if m["year"] else ctx.uses_anchor().year + SHIFTS[m["shift"].lower()]
    if year is None:
        return None
    ctx.last_month = (year, month)
    return "DATE", cal.month_value(year, month)


def month_alone(m: re.Match[str], ctx: Context) -> Result:
    """A bare month name resolved by tense; "last April" is the most recent April before publication."""
    month = _month(m["month"])
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
        year = _year_of_month(month, ctx)
    ctx.last_month = (year, month)
    return "DATE", cal.month_value(year, month)


def year_alone(m: re.Match[str], ctx: Context) -> Result:
    """A four-digit year (TIDES 2005 §4.1), with its "fiscal"/"early"/"mid-" modifier kept in the span."""
    ctx.last_year = int(m["year"])
    return "DATE", m["year"]


def spelled_year(m: re.Match[str], ctx: Context) -> Result:
    """Years read out as words, as transcripts write them ("nineteen ninety-six", "the year two thousand")."""
    year = year_number(m.group(0))
    return ("DATE", f"{year:04d}") if year is not None else None


def year_number(text: str) -> int | None:
    """A year written in digits ("1994") or read out ("nineteen ninety-four", "two thousand")."""
    text = text.lower().strip()
    if text.isdigit():
        return int(text)
    if "thousand" in text:
        return 2000
    spelled = re.fullmatch(r"nineteen\s+(.+)", text)
    tens = _number(spelled[1]) if spelled else None
    return 1900 + int(tens) if tens is not None and tens < 100 else None


def decade(m: re.Match[str], ctx: Context) -> Result:
    """Decades are the first three digits of their years (TIDES 2005 §4.1: the 1980s -> 198)."""
    if m["digits"]:
        digits = m["digits"]
        if len(digits) == 2:
            return "DATE", ("19" if int(digits) >= 20 else "20") + digits[0]
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
    ctx.last_quarter = (year, number)
    return "DATE", cal.quarter_value(year, number)


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


def deictic(m: re.Match[str], ctx: Context) -> Result:
    """"Last year", "this month", "next week", "earlier this year": the anchor moved by whole units
    (TIDES 2005 §4.2), at the precision of the unit."""
    shift_word = re.sub(r"\s+", " ", m["shift"].lower())
    shift = SHIFTS[shift_word]
    unit = m["unit"].lower()
    anchor = ctx.uses_anchor()
    if "following" in shift_word and unit == "year" and ctx.last_year:
        return "DATE", cal.year_value(ctx.last_year + 1)
    if ("following" in shift_word or shift_word == "the previous") and unit == "month" and ctx.last_month:
        # Anaphoric: the month after (before) the one last named (TimeML 1.2.1 §2.2.1.5, anchorTimeID).
        year, month = divmod(ctx.last_month[0] * 12 + ctx.last_month[1] - 1 + shift, 12)
        return "DATE", cal.month_value(year, month + 1)
    if "following" in shift_word and ctx.last_day:
        anchor = ctx.last_day
    if unit in SEASONS:
        return "DATE", _season(SEASONS[unit], shift, anchor)
    return "DATE", _shifted_unit(unit, shift, anchor, ctx)


def _shifted_unit(unit: str, shift: int, anchor: dt.date, ctx: Context) -> str:
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
    if m["year"]:
        year = year_number(m["year"])
        return ("DATE", f"{year:04d}-{code}") if year is not None else None
    anchor = ctx.uses_anchor()
    if ctx.tense == PAST and SEASON_START_MONTH[code] > anchor.month:
        return "DATE", f"{anchor.year - 1:04d}-{code}"
    return "DATE", f"{anchor.year:04d}-{code}"


def day_word(m: re.Match[str], ctx: Context) -> Result:
    """"Yesterday", "today", "tomorrow morning": the day next to publication (TIDES 2005 §4.2);
    with a part of the day it is a TIME (TIDES 2005 §2.3: 1998-03-12TMO)."""
    word = m["word"].lower()
    day = ctx.uses_anchor() + dt.timedelta(days=DAY_WORDS[word])
    part = PARTS_OF_DAY.get((m["part"] or m["part0"] or "").lower()) or ("NI" if word == "tonight" else None)
    if part:
        return "TIME", f"{cal.day_value(day)}T{part}"
    return "DATE", _note_day(ctx, day)


def this_part_of_day(m: re.Match[str], ctx: Context) -> Result:
    """"This morning", "last night": a part of the publication day (or of the day before)."""
    day = ctx.uses_anchor() - dt.timedelta(days=1 if m["which"].lower() == "last" else 0)
    return "TIME", f"{cal.day_value(day)}T{PARTS_OF_DAY[m['part'].lower()]}"


def weekday(m: re.Match[str], ctx: Context) -> Result:
    """A weekday, resolved by tense (a deadline, "until Tuesday", lies ahead); with a part of the day it
    stays a DATE valued as the day, as TempEval annotators mostly mark it."""
    shift = SHIFTS.get(m["shift"].lower()) if m["shift"] else None
    before = m.string[max(0, m.start() - 20):m.start()].lower().rstrip()
    if shift is None and before.endswith(DEADLINE_WORDS) and ctx.tense != PAST:
        ctx.tense = FUTURE
    day = _weekday(m["day"], ctx, shift)
    # TIDES 2005 §2.3 would write "Friday night" as 1998-08-07TNI, but TempEval annotators mostly
    # value it as the day (and often leave the part out of the span): counted on the dev set.
    return "DATE", _note_day(ctx, day)


def weekday_set(m: re.Match[str], ctx: Context) -> Result:
    """"Each Thursday", "Tuesday nights": a recurring weekday is a SET (TimeML 1.2.1 §2.2.1.4)."""
    number = WEEKDAYS[(m["day"] or m["day2"]).lower()] + 1
    part_word = m["part"] or m["part2"]
    part = f"T{PARTS_OF_DAY[part_word.lower()]}" if part_word else ""
    return "SET", f"XXXX-WXX-{number}{part}"


def weekend(m: re.Match[str], ctx: Context) -> Result:
    """"The weekend" in news is the weekend just past (or coming, in future tense)."""
    anchor = ctx.uses_anchor()
    days_back = (anchor.weekday() - 5) % 7
    if ctx.tense == FUTURE and days_back > 1:
        return "DATE", cal.week_value(anchor + dt.timedelta(days=7 - days_back)) + "-WE"
    return "DATE", cal.week_value(anchor - dt.timedelta(days=days_back)) + "-WE"


def anchored(m: re.Match[str], ctx: Context) -> Result:
    """"Two years ago", "three days later": a count of units from publication ("ago") or from the
    discourse reference ("earlier/later"), at the unit's precision (TimeML 1.2.1 §2.2.1.5)."""
    unit = _unit(m["unit"])
    count = _number(m["count"])
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
        return _note_day(ctx, base + dt.timedelta(days=int(amount)))
    if designator == "W":
        return cal.week_value(base + dt.timedelta(weeks=int(amount)))
    if designator == "M":
        moved = cal.shift_months(base, int(amount))
        return cal.month_value(moved.year, moved.month)
    if designator == "Y":
        return cal.year_value(base.year + int(amount))
    return cal.year_value(base.year)


def duration(m: re.Match[str], ctx: Context) -> Result:
    """"Two years", "the past five months", "10-year": a length of time (TimeML 1.2.1 §2.2.1.3).
    Ages ("6-year-old") are not temporal expressions (TimeML 1.2.1 §2.2: ages are not annotated)."""
    if m["old"]:
        return None
    unit = _unit(m["unit"])
    plural = m["unit"].lower().endswith("s") or m.group(0).lower().rstrip().endswith(("s", "ies", "ia"))
    if unit not in UNITS or (not m["count"] and (not plural or unit == "quarter")):
        return None
    article = bool(m["count"]) and m["count"].lower() in ("a", "an")
    if article and unit in ("quarter", "second"):
        return None  # "more than a quarter of", "a second group": a fraction and an ordinal
    if article and _AMOUNT_BEFORE.search(m.string, 0, m.start()):
        return None  # a rate ("$2 million a year"): TempEval annotators mostly leave it unmarked
    if not m["count"] and unit == "year" and re.match(r"(?i)(?:the\s+)?(?:past|recent)\s", m.group(0)):
        return "DATE", "PAST_REF"
    return "DURATION", duration_value(_number(m["count"]) if m["count"] else None, unit)


# "$1 billion a year", "50,000 CDs a year": a rate (TimeML 1.2.1 §2.2.1.4 would make it a SET, but
# the TempEval corpora leave most of them unannotated).
_AMOUNT_BEFORE = re.compile(r"(?:\d|million|billion|cents|dollars|percent|%|\w+s)\s*$")


def the_year(m: re.Match[str], ctx: Context) -> Result:
    """"The year" is the year under discussion; "the year ended March 31" is a fiscal-year DURATION."""
    if re.match(r"\s+(?:ended|ending)\b", m.string[m.end():]):
        return "DURATION", "P1Y"
    return "DATE", cal.year_value(ctx.uses_anchor().year)


def the_end_of(m: re.Match[str], ctx: Context) -> Result:
    """"The end of the year/month": TempEval keeps the unit's value (the mod is END)."""
    unit = (m["unit"] or m["unit2"]).lower()
    shift = SHIFTS.get((m["shift"] or "this").lower(), 0)
    return "DATE", _shifted_unit(unit, shift, ctx.uses_anchor(), ctx)


def that_unit(m: re.Match[str], ctx: Context) -> Result:
    """"That year", "later that day": the unit of the date the discourse is about (TimeML 1.2.1
    §2.2.1.5, anaphoric anchoring), falling back to publication."""
    unit = m["unit"].lower()
    if unit == "quarter" and ctx.last_quarter:
        return "DATE", cal.quarter_value(*ctx.last_quarter)
    if unit == "year" and ctx.last_year:
        return "DATE", cal.year_value(ctx.last_year)
    base = ctx.last_day or ctx.uses_anchor()
    return "DATE", _shifted_unit(unit, 0, base, ctx)


def year_period(m: re.Match[str], ctx: Context) -> Result:
    """"The 1988 period" in an earnings report is that year's quarter under discussion, else the year."""
    year = int(m["year"])
    if ctx.last_quarter and "fiscal" not in m.group(0).lower():
        return "DATE", cal.quarter_value(year, ctx.last_quarter[1])
    return "DATE", cal.year_value(year)


def in_the_unit(m: re.Match[str], ctx: Context) -> Result:
    """"Earlier in the year", "later in the day": the current unit (TIDES 2005 §4.2)."""
    return "DATE", _shifted_unit(m["unit"].lower(), 0, ctx.uses_anchor(), ctx)


def reference(m: re.Match[str], ctx: Context) -> Result:
    """Words with a TIMEX3 token value: PRESENT_REF, PAST_REF, FUTURE_REF (TimeML 1.2.1 §2.2.1.2);
    a sentence-opening connective ("Now, he says") is not a time."""
    word = re.sub(r"\s+", " ", m.group(0).lower())
    openers = DISCOURSE_OPENERS.get(word)
    if openers and m.string.startswith(openers, m.end()) and _sentence_start(m.string, m.start()):
        return None
    return "DATE", REF_WORDS[word]


def _sentence_start(text: str, start: int) -> bool:
    """Whether only a quote mark or spaces separate the position from the end of the previous sentence."""
    before = text[max(0, start - 4):start].rstrip(" \t\n\"'`")
    return not before or before[-1] in ".!?:\n"


def frequency(m: re.Match[str], ctx: Context) -> Result:
    """"Daily", "every year": SETs valued by their period (TimeML 1.2.1 §2.2.1.4)."""
    word = m.group(0).lower()
    if word in SET_WORDS:
        return "SET", SET_WORDS[word]
    unit = _unit(m["unit"])
    if unit in MONTHS:
        return "SET", f"XXXX-{MONTHS[unit]:02d}"
    return "SET", duration_value(1, unit)


def holiday(m: re.Match[str], ctx: Context) -> Result:
    """Holidays resolve to their day in the year named or the nearest year by tense (TIDES 2005 §4.6)."""
    rule = HOLIDAYS[re.sub(r"\s+", " ", m["name"].lower())]
    anchor = ctx.uses_anchor()
    year = int(m["year"]) if m["year"] else anchor.year
    date = _holiday_date(rule, year)
    if not m["year"] and ctx.tense != FUTURE and date > anchor + dt.timedelta(days=14):
        date = _holiday_date(rule, year - 1)
    return "DATE", _note_day(ctx, date)


def _holiday_date(rule: tuple[int, ...], year: int) -> dt.date:
    if len(rule) == 2:
        return dt.date(year, rule[0], rule[1])
    return cal.nth_weekday(year, rule[0], rule[1], rule[2])
