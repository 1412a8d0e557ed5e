"""Handlers for amounts of time: durations and frequencies (TimeML 1.2.1 §2.2.1.3-4)."""

from __future__ import annotations

import re

from builder.extract.timex.handlers import (
    Context,
    Result,
    count_of,
    duration_value,
    unit_of,
)
from builder.lexicons.time import (
    MONTHS,
    SET_WORDS,
    UNITS,
    VAGUE_UNIT_IDIOMS,
)


def duration(m: re.Match[str], ctx: Context) -> Result:
    """"Two years", "the past five months", "10-year": a length of time (TimeML 1.2.1 §2.2.1.3).
    Ages ("6-year-old") are not temporal expressions (TimeML 1.2.1 §2.2: ages are not annotated)."""
    if m["old"]:
        return None
    unit = unit_of(m["unit"])
    plural = m["unit"].lower().endswith("s") or m.group(0).lower().rstrip().endswith(("s", "ies", "ia"))
    if unit not in UNITS or (not m["count"] and (not plural or unit == "quarter")):
        return None
    if unit == "quarter" and re.search(r"(?i)-quarters\b", m.group(0)):
        return None  # "three-quarters of the shares": a fraction, not three quarters of a year
    article = bool(m["count"]) and m["count"].lower() in ("a", "an")
    if article and unit in ("quarter", "second"):
        return None  # "more than a quarter of", "a second group": a fraction and an ordinal
    if article and _AMOUNT_BEFORE.search(m.string, 0, m.start()):
        return None  # a rate ("$2 million a year"): TempEval annotators mostly leave it unmarked
    if not m["count"] and _in_vague_idiom(m):
        return None
    if not m["count"] and unit == "year" and re.match(r"(?i)(?:the\s+)?(?:past|recent)\s", m.group(0)):
        return "DATE", "PAST_REF"
    return "DURATION", duration_value(count_of(m["count"]) if m["count"] else None, unit)


def _in_vague_idiom(m: re.Match[str]) -> bool:
    """A bare plural unit inside an idiom of nearness ("minutes apart", "a matter of days"), which
    measures no stretch of time and which TempEval annotators leave unmarked (VAGUE_UNIT_IDIOMS)."""
    before = m.string[max(0, m.start() - 20):m.start()].lower().rstrip()
    after = m.string[m.end():m.end() + 20].lower()
    return before.endswith(VAGUE_UNIT_IDIOMS["before"]) or after.startswith(VAGUE_UNIT_IDIOMS["after"])


# "$1 billion a year", "50,000 CDs a year": a rate (TimeML 1.2.1 §2.2.1.4 would make it a SET, but
# the TempEval corpora leave most of them unannotated).
_AMOUNT_BEFORE = re.compile(r"(?:\d|million|billion|cents|dollars|percent|%|\w+s)\s*$")


def frequency(m: re.Match[str], ctx: Context) -> Result:
    """"Daily", "every year": SETs valued by their period (TimeML 1.2.1 §2.2.1.4)."""
    word = m.group(0).lower()
    if word in SET_WORDS:
        return "SET", SET_WORDS[word]
    unit = unit_of(m["unit"])
    if unit in MONTHS:
        return "SET", f"XXXX-{MONTHS[unit]:02d}"
    return "SET", duration_value(1, unit)
