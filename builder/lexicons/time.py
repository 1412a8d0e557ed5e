"""Data tables for temporal expressions (TimeML TIMEX3, TimeML Annotation Guidelines 1.2.1 and TIDES 2005).

The rule table (``builder.extract.timex.rules``) builds its patterns from these tables and
the handlers (``builder.extract.timex.days`` and its siblings) read their values from them, so adding a
word is a data change, not a code change. Each table names the guideline it follows.
"""

from __future__ import annotations

# Month names and their abbreviations (TIDES 2005 §2: a month resolves to YYYY-MM).
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Day names (TIDES 2005 §4.2: a bare weekday is a DATE resolved to a calendar day, YYYY-MM-DD).
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    # Abbreviations, which the rules take only with their stop ("Tues.", "Wed."); "sun" is not one.
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5,
}

# Seasons (TimeML 1.2.1 §2.2.1.2: SP, SU, FA, WI); the month a season starts, to order and anchor them.
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

# Parts of the day (TIDES 2005 §2.3: MO, AF, EV, NI; TIMEX3 writes them after T: 1998-03-12TNI).
PARTS_OF_DAY: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}

# A clock hour followed by a part of the day ("4 in the morning", "10 at night"): the part is the
# a.m./p.m. marker (True for p.m.), so the TIME value is the 24-hour clock (TimeML 1.2.1 §2.2.1.2).
CLOCK_PARTS: dict[str, bool] = {
    "in the morning": False, "in the afternoon": True, "in the evening": True, "at night": True,
}

# Small number words (TIDES 2005 §4.4: a duration's count is a number; vague counts are X).
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12, "half a": 0.5, "a half": 0.5,
}
# Idioms around a bare plural unit that say "soon" or "close together" rather than name a stretch of
# time ("only minutes apart", "a matter of days"): the dev set leaves all of them unmarked.
VAGUE_UNIT_IDIOMS: dict[str, tuple[str, ...]] = {"before": ("matter of",), "after": (" apart",)}
# Vague counts: TIDES 2005 §4.4 writes an unknown count as X ("several years" -> PXY).
VAGUE_COUNTS: frozenset[str] = frozenset({"several", "few", "a few", "some", "many", "the", "recent", "coming"})

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}

# Days of the month read out as ordinals, as broadcast transcripts write them ("March eighth").
_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
DAY_ORDINALS: dict[str, int] = {
    **{word: n for n, word in enumerate(_ORDINAL_UNITS, 1)},
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    **{f"twenty-{word}": 20 + n for n, word in enumerate(_ORDINAL_UNITS, 1)}, "thirty-first": 31,
}

# Calendar units and their ISO-8601 duration designators (TimeML 1.2.1 §2.2.1.3; TIDES 2005 §4.4).
# A (designator, multiplier) pair: decades and centuries are written in years by TempEval annotators
# ("two decades" -> P20Y), weekends are two days, quarters are three months.
UNITS: dict[str, tuple[str, int]] = {
    "second": ("S", 1), "minute": ("M", 1), "hour": ("H", 1), "day": ("D", 1), "night": ("D", 1),
    "week": ("W", 1), "weekend": ("D", 2), "month": ("M", 1), "quarter": ("M", 3), "year": ("Y", 1),
    "decade": ("Y", 10), "century": ("CE", 1), "centurie": ("CE", 1), "millennium": ("ML", 1),
}
TIME_UNITS: frozenset[str] = frozenset({"second", "minute", "hour"})  # written after a T (PT3H)

# Deictic shifts (TIDES 2005 §4.2: "last", "this", "next" move the reference by whole calendar units).
SHIFTS: dict[str, int] = {
    "last": -1, "past": -1, "previous": -1, "the past": -1, "the previous": -1, "this": 0, "current": 0, "the current": 0, "next": 1,
    "coming": 1, "this coming": 1, "the coming": 1, "following": 1, "the following": 1,
}

# Days named relative to the speech time (TIDES 2005 §4.2: "yesterday" is the day before the DCT).
DAY_WORDS: dict[str, int] = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
# A day word naming an era rather than a day (TimeML 1.2.1 §2.2 marks expressions that refer to a
# time): before a noun of the age ("today's youth", "today's world") or after "of" ("the people of
# tomorrow"). The dev set leaves all 5 such uses unmarked, while a possessive naming the day itself
# ("today's editions", "tomorrow's vote", "yesterday's announcement") is marked 4 times in 4.
GENERIC_DAY_NOUNS: frozenset[str] = frozenset({
    "world", "youth", "society", "generation", "generations", "children", "kids", "standards", "dollars",
})
GENERIC_DAY_BEFORE: tuple[str, ...] = (" of",)

# Anaphoric direction words: "ago" counts back from the DCT, "earlier/later" from the reference
# time of the discourse (TimeML 1.2.1 §2.2.1.5, anchorTimeID).
AGO_WORDS: frozenset[str] = frozenset({"ago"})
BEFORE_WORDS: frozenset[str] = frozenset({"earlier", "before", "previously", "prior"})
AFTER_WORDS: frozenset[str] = frozenset({"later", "after", "hence", "afterward", "afterwards", "from now"})

# Fixed words with a TIMEX3 token value (TimeML 1.2.1 §2.2.1.2: PRESENT_REF, PAST_REF, FUTURE_REF),
# kept to the words TempEval annotators mark more often than not (bare adjectival "recent", as in
# "the recent sale", is marked in fewer than two cases of five on the dev set, so it is left out).
REF_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "the past": "PAST_REF",
    "then current": "PAST_REF", "recent years": "PAST_REF", "recent days": "PAST_REF", "recent weeks": "PAST_REF",
    "lately": "PAST_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "past years": "PAST_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the coming months": "FUTURE_REF", "coming months": "FUTURE_REF", "coming years": "FUTURE_REF",
    "the coming years": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    "coming quarters": "FUTURE_REF", "future quarters": "FUTURE_REF", "the coming quarters": "FUTURE_REF",
}

# Reference words that open a sentence as a discourse connective rather than a time ("Now, he says ...",
# "Now for the weather"): TimeML 1.2.1 §2.2 marks only expressions that refer to a time, so a word
# here is skipped at the start of a sentence when one of the listed strings follows it.
DISCOURSE_OPENERS: dict[str, tuple[str, ...]] = {"now": (",", " for ")}

# Frequency words (TimeML 1.2.1 §2.2.1.4: a SET's value is the period of its recurrence).
SET_WORDS: dict[str, str] = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "hourly": "PT1H", "yearly": "P1Y",
}
# Quantifiers that make "<q> <unit>" a SET ("every day", "each year": TimeML 1.2.1 §2.2.1.4, quant).
SET_QUANTIFIERS: frozenset[str] = frozenset({"every", "each", "per"})

# Fixed-date holidays and rule-based ones (TIDES 2005 §4.6: holidays resolve to their calendar day).
# A value is (month, day) or (month, weekday, n-th occurrence[, counted from this day of the month]).
HOLIDAYS: dict[str, tuple[int, ...]] = {
    "election day": (11, 1, 1, 2),  # US: the Tuesday after the first Monday of November
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25), "christmas day": (12, 25),
    "christmas eve": (12, 24), "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1), "memorial day": (5, 0, -1),
}

# Decade words ("the nineties" -> 199, TIDES 2005 §4.1: a decade is the first three digits).
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
}

# Modifiers TempEval spans keep in front of a timex ("early 1990", "late November") but that do
# not change its value (TimeML 1.2.1 §2.2.1.6 puts them in the ``mod`` attribute).
MODIFIERS: tuple[str, ...] = (
    "early", "late", "mid", "mid-", "the middle of", "the end of", "the beginning of", "the start of", "the close of",
)

# Verbs whose object or complement is intended, not yet done: a weekday or date they govern lies
# after publication ("scheduled a news conference Thursday", "plans to vote Monday").
PLANNING_VERBS: frozenset[str] = frozenset({
    "plan", "schedule", "expect", "intend", "slate", "postpone", "delay", "set", "aim", "hope", "propose",
})

# Prepositions that introduce a deadline, which news states ahead of time ("until Tuesday").
# "Ahead of" names what is still to come ("the stakes are high ahead of Tuesday's debate").
DEADLINE_WORDS: tuple[str, ...] = ("until", "till", "as soon as", "as early as", "no later than", "by next", "ahead of")
# The same for a bare month, which is named further ahead ("pay the loan down by February").
MONTH_DEADLINE_WORDS: tuple[str, ...] = DEADLINE_WORDS + (" by", " through")

# Words saying the period up to a date is over ("the quarter ended Sept. 30", "the year ended Jan. 31"):
# the date without a year is the last one on or before publication (a completed period, TimeML 1.2.1 §2.2.1.5).
COMPLETED_WORDS: tuple[str, ...] = (" ended",)

# Marks that make the year after them a copyright notice ("©2015 Billboard", "Copyright 2019",
# "(c) 2020"), not a time the story tells of (TimeML 1.2.1 §2.2: only times the text refers to).
COPYRIGHT_MARKS: tuple[str, ...] = ("©", "(c)", "copyright", "copr.")

# Words that may stand before a month or weekday used as a time ("in May", "last Tuesday", "since
# January"). A month or weekday after any other capitalised word ("Theresa May") or before a
# capitalised word ("January Jones", "Sunday Times") is part of a name, unless one of these
# introduces it ("In March President Obama said": the month is a time).
TIME_INTRODUCERS: frozenset[str] = frozenset({
    "in", "on", "by", "since", "until", "till", "through", "before", "after", "during", "from", "to", "of",
    "last", "next", "this", "that", "every", "each", "early", "late", "mid", "between", "and", "or", "around",
    "about", "as", "at", "for", "past", "coming", "throughout", "into", "earlier", "later",
})

# Words that make "the next week" or "the following month" count from the time the story is at, not
# from publication ("He was arrested in 2010. The next month, he was charged"): TimeML 1.2.1
# §2.2.1.5 anchors them to the reference time; with none in the text the value is unknown.
ANAPHORIC_SHIFTS: frozenset[str] = frozenset({"the next", "the following", "the previous"})

# Prepositions through which a date belongs to the verb's own event ("sank in August", "ended on
# March 3"): a past-tense verb so dated has happened, so its date is on or before publication.
# "to", "by", "until" and "through" are left out: they name a deadline ("extended to Nov. 20").
DONE_PREPOSITIONS: frozenset[str] = frozenset({"in", "on", "at", "during", "around", "over"})
