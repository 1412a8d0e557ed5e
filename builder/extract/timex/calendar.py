"""Calendar arithmetic and TIMEX3 value strings (TimeML 1.2.1 §2.2.1.2, ISO 8601 with TIDES extensions).

A value is written at the precision of the expression: ``1998`` (year), ``1998-03`` (month),
``1998-03-12`` (day), ``1998-W12`` (ISO week), ``1998-Q1`` (quarter), ``1998-H1`` (half),
``1998-SU`` (season), ``199`` (decade), ``19`` (century). :func:`value_interval` reads such a
value back into the calendar interval it covers, which the timeline uses to order and label.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from builder.lexicons.time import SEASON_START_MONTH


def year_value(year: int) -> str:
    return f"{year:04d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def day_value(day: dt.date) -> str:
    return day.isoformat()


def week_value(day: dt.date) -> str:
    """ISO week of a day (TIDES 2005 §4.2 writes weeks as ISO weeks, 1998-W12)."""
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def quarter_value(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"


def shift_quarter(year: int, quarter: int, by: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + by
    return index // 4, index % 4 + 1


def shift_months(day: dt.date, months: int) -> dt.date:
    return day + relativedelta(months=months)


def season_of(day: dt.date) -> tuple[int, str]:
    """The season a day falls in; winter belongs to the year it starts in (December)."""
    for code, start in sorted(SEASON_START_MONTH.items(), key=lambda item: -item[1]):
        if day.month >= start:
            return day.year, code
    return day.year - 1, "WI"


def nth_weekday(year: int, month: int, weekday: int, n: int, from_day: int = 1) -> dt.date:
    """The n-th (1-based; -1 for the last) given weekday of a month, counted from ``from_day``,
    for rule-based holidays."""
    if n > 0:
        first = dt.date(year, month, from_day)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, 1) + relativedelta(months=1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_VALUE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|Q(?P<q>[1-4])|H(?P<h>[12])|W(?P<w>\d\d)|(?P<s>SP|SU|FA|WI)))?"
)


def value_interval(value: str) -> tuple[dt.date, dt.date] | None:
    """The [first day, last day] a TIMEX3 date value covers, or None for token values (PAST_REF, XXXX)."""
    if re.fullmatch(r"\d{2,3}", value):
        width = 10 ** (4 - len(value))
        first = int(value) * width
        return dt.date(max(first, 1), 1, 1), dt.date(first + width - 1, 12, 31)
    match = _VALUE.match(value)
    if not match:
        return None
    year = int(match["year"])
    if year < 1:
        return None
    if match["day"]:
        day = safe_date(year, int(match["month"]), int(match["day"]))
        return (day, day) if day else None
    if match["month"]:
        month = int(match["month"])
        if not 1 <= month <= 12:
            return None
        start = dt.date(year, month, 1)
        return start, start + relativedelta(months=1, days=-1)
    return _coarse_interval(year, match)


def _coarse_interval(year: int, match: re.Match[str]) -> tuple[dt.date, dt.date]:
    """Intervals coarser than a month: quarter, half, ISO week, season, year."""
    if match["q"]:
        start = dt.date(year, 3 * int(match["q"]) - 2, 1)
        return start, start + relativedelta(months=3, days=-1)
    if match["h"]:
        start = dt.date(year, 6 * int(match["h"]) - 5, 1)
        return start, start + relativedelta(months=6, days=-1)
    if match["w"]:
        try:
            start = dt.date.fromisocalendar(year, int(match["w"]), 1)
        except ValueError:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        return start, start + dt.timedelta(days=6)
    if match["s"]:
        start = dt.date(year, SEASON_START_MONTH[match["s"]], 1)
        return start, start + relativedelta(months=3, days=-1)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)
