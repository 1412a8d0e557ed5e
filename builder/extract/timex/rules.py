"""The pattern table: each rule finds one kind of temporal expression and names its normalizer.

A rule is a regular expression built from the word tables in :mod:`builder.lexicons.time`; its
handler (in :mod:`builder.extract.timex.days`, ``timex.periods``, ``timex.relative`` or
``timex_amounts``) turns the match into a TIMEX3 ``(type, value)``.
Spans follow the TempEval-3 conventions: a leading determiner or a modifier such as "early"
or "nearly" is part of the timex; prepositions ("in", "on", "since") are not.
"""

from __future__ import annotations

import re

from builder.extract.timex.amounts import duration, frequency
from builder.extract.timex.days import (
    day_word,
    full_date,
    holiday,
    mid_part_of_day,
    month_alone,
    month_year,
    numeric_date,
    this_part_of_day,
    time_of_day,
    week_of,
    weekday,
    weekday_set,
    weekend,
)
from builder.extract.timex.handlers import Handler
from builder.extract.timex.periods import (
    century,
    decade,
    half,
    quarter,
    relative_quarter,
    spelled_year,
    the_year,
    year_ago_period,
    year_alone,
    year_period,
)
from builder.extract.timex.relative import (
    anchored,
    deictic,
    in_the_unit,
    reference,
    season_alone,
    that_unit,
    the_end_of,
)
from builder.lexicons.time import (
    CLOCK_PARTS,
    DAY_ORDINALS,
    DECADE_WORDS,
    HOLIDAYS,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    REF_WORDS,
    SEASONS,
    SET_WORDS,
    VAGUE_COUNTS,
)

# ----------------------------------------------------------------------------- pattern fragments

def _alternation(words: object) -> str:
    """A regex alternation of the words, longest first so "next" never shadows "next year"."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\."
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR}|Sept)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Abbreviated weekdays as pasted pages write them ("Cold wave alert Tues."): only with their stop,
# and never "Sun." (a newspaper's name as often as a day).
WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat)\.(?!\w)"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
SPELLED_YEAR = r"(?:nineteen\s+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|two\s+thousand)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
DAY_WORD = "(?i:" + "|".join(w.replace("-", "[- ]") for w in sorted(DAY_ORDINALS, key=len, reverse=True)) + ")"
NUM_WORD = _alternation(NUMBER_WORDS)
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
NUMBER = (
    rf"(?:\d{{1,3}}(?:\.\d+)?(?:\s+1/2)?|{TENS}[- ](?:one|two|three|four|five|six|seven|eight|nine)|{NUM_WORD}"
    rf"|{_alternation(VAGUE_COUNTS - {'the', 'recent', 'coming'})})"
)
UNIT = r"(?:second|minute|hour|day|night|week(?:end)?|month|quarter|year|decade|centur(?:y|ie)|millenni(?:um|a))"
PART = _alternation(PARTS_OF_DAY)
SEASON = _alternation(SEASONS)
# TempEval spans keep "nearly", "more than", "at least" but not "over", "about", "within" (counted on the dev set).
DURATION_MOD = r"(?:nearly|almost|more\s+than|at\s+least|up\s+to|less\s+than|no\s+more\s+than)"
DURATION_DET = r"(?:the|its|each\s+of\s+the)"
DURATION_ADJ = r"(?:past|last|next|first|coming|previous|latest|final|remaining|following|year-earlier|year-ago|same|recent)"
YEAR_OWNER = r"(?:this\s+year's|last\s+year's|next\s+year's|(?:1[0-9]|20)\d\d(?:'s)?|year-ago|year-earlier)"
# "4 in the morning", "10 at night": the part of the day says a.m. or p.m. (CLOCK_PARTS).
CLOCK_PART = _alternation(CLOCK_PARTS)
LEFT = r"(?<![\w$.,/-])"  # not inside a word or a number
RIGHT = r"(?![\w%])"


# ----------------------------------------------------------------------------- the table

_SHIFT = r"(?P<shift>last|past|previous|this\s+coming|this|next|coming|the\s+coming|the\s+past|the\s+following|current|the\s+current)"
_EDGE = (
    r"(?i:(?:early|late|mid|the\s+middle\s+of|the\s+end\s+of|the\s+beginning\s+of|earlier|later|as\s+early\s+as)\s+"
    r"|(?:early|late|mid)-)?"
)

RULES: tuple[tuple[str, str, Handler], ...] = (
    ("time", rf"(?:(?:around|about|approximately)\s+)?(?:(?P<h>\d{{1,2}})"
     rf"(?::(?P<mi>\d\d))?\s*(?P<ap>[ap]\.m\.?|[ap]m\b|{CLOCK_PART})|(?P<noon>noon|midnight|midday))"
     rf"(?:\s+(?:[A-Z][DS]T|EST|GMT|CST|PST|EDT|PDT))?"
     rf"(?:,?\s+(?P<rest>{WEEKDAY}|yesterday|today|tomorrow|{MONTH}\s+\d{{1,2}}))?", time_of_day),
    ("full_date", rf"(?:(?:the\s+)?{WEEKDAY},?\s+)?"
     rf"(?:(?P<month>{MONTH})\s+(?P<day>{DAYNUM}|{DAY_WORD})(?:,?\s+(?P<year>{YEAR}))?)(?!\d)", full_date),
    ("full_date_dmy", rf"(?P<day>{DAYNUM})\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?", full_date),
    ("numeric_date", r"(?:(?P<iy>"
     r"(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)|(?P<um>1[0-2]|0?[1-9])/(?P<ud>[12]\d|3[01]|0?[1-9])/(?P<uy>\d{4}|\d{2}))",
     numeric_date),
    ("month_year", rf"{_EDGE}(?P<month>{MONTH})(?:\s+of)?,?\s+"
     rf"(?:(?P<year>{YEAR}|(?i:{SPELLED_YEAR}))|(?i:(?P<shift>this|last|next)\s+year))", month_year),
    ("quarter", rf"(?:(?:the\s+|its\s+)?(?P<owner>{YEAR_OWNER})\s+|(?:the|its|a|an)\s+)?"
     rf"(?:(?:seasonally\s+)?(?:slow|flat|weak|strong|fiscal|calendar)[- ]+)*"
     rf"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter(?:\s+of\s+(?:fiscal\s+)?(?P<year>{YEAR}))?", quarter),
    ("relative_quarter", r"(?:the|its|(?P<which0>this|last|next))\s+"
     r"(?:(?P<which>latest|current|last|previous|past|next|this|recent|most\s+recent)\s+)?"
     r"(?:fiscal\s+)?(?:quarter|period)(?!s|ly|-)", relative_quarter),
    ("this_quarter", r"(?P<which>this|last|next)\s+quarter(?!s|ly|-)", relative_quarter),
    ("year_ago_period", r"(?:(?:the|a)\s+(?:comparable\s+|same\s+)?)?year-(?:ago|earlier)(?:\s+(?:fiscal\s+)?"
     r"(?:quarter|period))?(?!\s+(?:nine|six|three)\s+months)",
     year_ago_period),
    ("year_ago_quarter", r"the\s+(?:(?:corresponding|comparable|same)\s+)?(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)"
     r"|last\s+year's\s+(?:quarter|period)", year_ago_period),
    ("week_of", rf"the\s+week\s+of\s+(?P<month>{MONTH})\s+(?P<day>{DAYNUM})(?:,?\s+(?P<year>{YEAR}))?", week_of),
    ("half", rf"(?:the\s+)?(?P<ord>first|second|last)\s+half(?:\s+of\s+(?:(?P<year>{YEAR})|the\s+year))?", half),
    ("month_alone", rf"{_EDGE}(?i:(?P<shift>last|this|next|this\s+coming)\s+)?(?P<month>{MONTH_FULL}|{MONTH_ABBR})"
     r"(?!\s*\d|\s+of\s|\s+for\s+[A-Z])",
     month_alone),
    ("spelled_year", r"(?:the\s+year\s+two\s+thousand|nineteen\s+(?P<rest>"
     r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?))",
     spelled_year),
    # "the 1980s", "the 1990's" (older style), "the '80s" and "the ’80s" (typographic apostrophe).
    ("decade", rf"(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?P<digits>1[0-9]\d0|20\d0|['’]\d0)['’]?s|"
     rf"(?:the\s+)(?P<word>{_alternation(DECADE_WORDS)}))", decade),
    ("century", r"(?:the\s+)?(?:(?P<ord>\d{1,2}(?:st|nd|rd|th))|(?P<shift>this|last|next|the\s+past))[- ]century", century),
    ("year", rf"(?:(?:early|late|mid-?|fiscal|calendar|post-|pre-|the\s+end\s+of|the\s+year)\s*)?(?P<year>{YEAR})(?!\s*"
     r"(?:%|percent|million|billion|[-/.]\d))",
     year_alone),
    ("deictic", rf"{_EDGE}{_SHIFT}\s+(?:fiscal\s+)?(?P<unit>year|month|week(?:end)?|decade|{SEASON})(?!s\b|ly|-)", deictic),
    ("the_end_of", r"(?:the\s+)?end\s+of\s+"
     r"(?:the\s+|(?P<shift>this|last|next)\s+)?(?P<unit>year|month|week|quarter)|(?P<unit2>year)(?:[- ]|'s\s+)end",
     the_end_of),
    ("that_unit", r"(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(?P<unit>year|month|day|week|quarter)(?!s|ly|-)", that_unit),
    ("year_period", rf"the\s+(?P<year>{YEAR})\s+(?:period|quarter|fiscal\s+year)", year_period),
    ("in_the_unit", r"(?:earlier|later)\s+in\s+the\s+(?P<unit>year|month|week|day)", in_the_unit),
    ("season", rf"(?:(?:the|early|late|mid-?)\s+)*(?P<season>spring|summer|winter|(?<=the\s)fall|(?<=the\s)autumn)(?:"
     rf"(?:\s+of)?\s+(?P<year>{YEAR}|{SPELLED_YEAR}))?", season_alone),
    ("holiday", rf"(?:(?P<shift>last|next|this)\s+)?(?P<name>{_alternation(HOLIDAYS)})(?:,?\s+(?P<year>{YEAR}))?", holiday),
    ("day_word", rf"(?:(?:early|late|earlier|later)\s+)?(?:(?:mid-?)?(?P<part0>{PART})\s+)?(?P<word>yesterday|today|tomorrow|tonight)"
     rf"(?:\s+(?P<part>{PART}))?", day_word),
    ("this_part", r"(?P<which>this|last)\s+(?P<part>morning|afternoon|evening|night)", this_part_of_day),
    ("mid_part", r"mid[- ]?(?P<part>morning|afternoon|evening)", mid_part_of_day),
    ("weekday_set", rf"(?:(?:each|every)\s+(?P<day>{WEEKDAY})(?:\s+(?P<part>{PART}))?|(?P<day2>{WEEKDAY})s"
     rf"(?:\s+(?P<part2>{PART}))?|(?P<day3>{WEEKDAY})\s+(?P<part3>{PART})s)", weekday_set),
    ("weekday", rf"(?i:(?:early|late|earlier|later)\s+)?(?i:(?P<shift>last|this|next|this\s+coming)\s+)?"
     rf"(?P<day>{WEEKDAY}|{WEEKDAY_ABBR})(?i:\s+(?P<part>{PART}))?", weekday),
    ("weekend", r"the\s+weekend", weekend),
    ("anchored", rf"(?:"
     rf"(?:about|nearly|almost|more\s+than|some|just|only|roughly)\s+)?(?P<count>{NUMBER})[- ](?P<unit>{UNIT})s?(?:\s+or\s+so)?"
     rf"\s+(?P<dir>ago|earlier|from\s+now|hence)(?!\s+(?:than|that))", anchored),
    ("reference", _alternation(REF_WORDS), reference),
    ("duration", rf"(?:{DURATION_DET}\s+)?(?:{DURATION_MOD}\s+)?(?:{DURATION_ADJ}\s+)?(?:(?P<count>{NUMBER})(?:\s+more)?\s+)?"
     rf"(?P<unit>{UNIT})s?(?P<old>\s+old)?", duration),
    # Hyphenated durations used as adjectives ("the 23-year occupation"): TempEval leaves the determiner out.
    ("adjective_duration", rf"(?P<count>{NUMBER})-(?P<unit>{UNIT})s?(?P<old>-old|-olds)?(?:-long)?", duration),
    ("the_year", r"the\s+(?:full\s+|fiscal\s+|calendar\s+)?year(?!s|-|ly)", the_year),
    ("frequency", rf"{_alternation(SET_WORDS)}|(?:every|each|per)\s+(?P<unit>{UNIT}|{MONTH_FULL})", frequency),
)

_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Words a text must contain for a rule to be worth running: most articles lack most of them,
# and skipping a rule is much cheaper than scanning the text with it.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "time": ("a.m", "p.m", "am", "pm", "noon", "midnight", "midday", "in the", "at night"),
    "mid_part": ("mid",),
    "full_date": _MONTH_WORDS, "full_date_dmy": _MONTH_WORDS, "month_year": _MONTH_WORDS, "month_alone": _MONTH_WORDS,
    "numeric_date": ("/", "-"),
    "quarter": ("quarter",), "relative_quarter": ("quarter", "period"), "this_quarter": ("quarter",),
    "year_ago_period": ("year-",), "year_ago_quarter": ("a year", "last year"), "week_of": ("week of",), "half": ("half",),
    "spelled_year": ("nineteen", "thousand"), "decade": ("0s", "0's", "0’s", "ties"), "century": ("century",),
    "the_end_of": ("end",), "that_unit": ("that",), "in_the_unit": ("in the",), "year_period": ("the 1", "the 2"),
    "season": ("spring", "summer", "winter", "fall", "autumn"), "holiday": ("day", "christmas", "thanksgiving", "halloween"),
    "day_word": ("yesterday", "today", "tomorrow", "tonight"), "this_part": ("morning", "afternoon", "evening", "night"),
    "weekday_set": _DAY_NAMES, "weekday": _DAY_NAMES + ("mon.", "tue", "wed.", "thu", "fri.", "sat."), "weekend": ("weekend",),
    "anchored": ("ago", "earlier", "from now", "hence"), "the_year": ("the",),
}

_CASE_SENSITIVE = frozenset({"full_date", "full_date_dmy", "month_year", "month_alone", "holiday_", "weekday"})


def compile_rules() -> tuple[tuple[str, re.Pattern[str], Handler], ...]:
    """Compile the table once; month and weekday names must be capitalized (avoid "may", "march on")."""
    compiled = []
    for name, pattern, handler in RULES:
        flags = 0 if name in _CASE_SENSITIVE else re.IGNORECASE
        compiled.append((name, re.compile(LEFT + "(?:" + pattern + ")" + RIGHT, flags), handler))
    return tuple(compiled)

