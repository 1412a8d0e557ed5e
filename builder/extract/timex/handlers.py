"""Normalizers' common ground: the resolution :class:`Context` and the readers every handler uses.

A handler (in :mod:`~builder.extract.timex.days`, :mod:`~builder.extract.timex.periods`,
:mod:`~builder.extract.timex.relative` and :mod:`~builder.extract.timex.amounts`) reads its regex
match (see :mod:`builder.extract.timex.rules`) and resolves it against :class:`Context`: the
publication date (the anchor), the tense of the sentence, and the discourse reference (the last
day, quarter and year mentioned), as TimeML 1.2.1 §2.2.1.5 anchors relative and anaphoric
expressions. A handler returns None to decline a match that is not a timex.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from builder.extract.timex import calendar as cal
from builder.lexicons.time import (
    MONTHS,
    NUMBER_WORDS,
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
    done: bool = False  # the timex dates a past-tense verb directly ("sank in August"): it is not after the anchor
    probing: bool = False  # a trial run while choosing spans, before the discourse is known

    def uses_anchor(self) -> dt.date:
        """The anchor, noting that the value depends on it (masked when there is no publication date)."""
        self.relative = True
        return self.anchor


Result = tuple[str, str] | None
Handler = Callable[[re.Match[str], Context], Result]


def month_number(text: str) -> int:
    """The number of a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS[text.lower().rstrip(".")]


def count_of(text: str) -> float | None:
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


def unit_of(text: str) -> str:
    """The singular unit word of "years", "centuries", "millennia"."""
    word = text.lower()
    if word in UNITS or word.rstrip("s") in UNITS:
        return word if word in UNITS else word.rstrip("s")  # "weekend" is not a "week"
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


def year_of_month(month: int, ctx: Context) -> int:
    """Year of a month named without one: the tense picks the occurrence (TIDES 2005 §4.2)."""
    anchor = ctx.uses_anchor()
    if ctx.done:  # "sank in December": the latest December on or before publication
        return anchor.year if month <= anchor.month else anchor.year - 1
    behind, ahead = _MONTH_WINDOWS[ctx.tense]
    if month - anchor.month > ahead:
        return anchor.year - 1
    if anchor.month - month > behind:
        return anchor.year + 1
    return anchor.year


def day_without_year(month: int, day: int, ctx: Context) -> dt.date | None:
    """A month and day without a year: this year's, unless the tense says the previous or next one."""
    anchor = ctx.uses_anchor()
    date = cal.safe_date(anchor.year, month, day)
    if date is None:
        return None
    behind, ahead = _WINDOWS[ctx.tense]
    if (date - anchor).days > ahead or (ctx.done and date > anchor):
        return cal.safe_date(anchor.year - 1, month, day)
    if (anchor - date).days > behind and not ctx.done:
        return cal.safe_date(anchor.year + 1, month, day)
    return date


# How far back and ahead (days) a date without a year may lie from publication, by tense:
# news reports mostly the recent past, but a payable date or a deadline is often months ahead.
_WINDOWS: dict[str, tuple[int, int]] = {PAST: (245, 120), PRESENT: (183, 182), FUTURE: (60, 305)}
# A date that a past-tense verb takes directly ("sank on March 3", Context.done) cannot lie after
# publication: a reader would see an event that has not happened yet. The windows stay for the rest,
# where the parse's tense is often that of a distant verb ("declared a dividend, payable Dec. 7").
# The same for a bare month name (months back, months ahead): "in December" told in the past tense
# is last December, even in October.
_MONTH_WINDOWS: dict[str, tuple[int, int]] = {PAST: (9, 2), PRESENT: (8, 3), FUTURE: (1, 11)}


def weekday_date(name: str, ctx: Context, shift: int | None = None) -> dt.date:
    """A weekday: the publication day itself, else the one before in past-tense reporting, after in future."""
    anchor = ctx.uses_anchor()
    target = WEEKDAYS[name.lower().rstrip(".")]
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


def note_day(ctx: Context, day: dt.date) -> str:
    ctx.last_day = day
    return cal.day_value(day)


def text_before(m: re.Match[str], width: int = 20) -> str:
    """The lower-cased text just before a match, for the cue words in front of a timex."""
    return m.string[max(0, m.start() - width):m.start()].lower().rstrip()


def sentence_start(text: str, start: int) -> bool:
    """Whether only a quote mark or spaces separate the position from the end of the previous sentence."""
    before = text[max(0, start - 4):start].rstrip(" \t\n\"'`")
    return not before or before[-1] in ".!?:\n"


def year_number(text: str) -> int | None:
    """A year written in digits ("1994") or read out ("nineteen ninety-four", "two thousand")."""
    text = text.lower().strip()
    if text.isdigit():
        return int(text)
    if "thousand" in text:
        return 2000
    spelled = re.fullmatch(r"nineteen\s+(.+)", text)
    tens = count_of(spelled[1]) if spelled else None
    return 1900 + int(tens) if tens is not None and tens < 100 else None
