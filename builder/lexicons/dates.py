"""Words that tell a page's own publication date apart from other dates on a pasted page.

Used by :mod:`builder.pagedate`. Everything is lower case; matching is case-insensitive.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    # Full names and the abbreviations news sites print ("Feb. 19", "APR. 26", "Sept 3").
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    # Datelines often name the weekday ("Tuesday | April 26, 2022"); a weekday that does not
    # fit the date is a contradiction on the line itself, so the date is not trusted.
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}

PUBLISHED_LABELS: dict[str, str] = {
    # A label before a date that says it is the first publication (the date we want).
    "published": "published",
    "first published": "published",
    "publication date": "published",
    "written": "published",
    "created": "published",
    "posted": "posted",
    "date": "published",
    "released": "published",
}

UPDATED_LABELS: frozenset[str] = frozenset(
    # A label that says the date is a later revision: used only when no first date is stated.
    {"updated", "last updated", "modified", "last modified", "edited", "revised", "update"}
)

DATE_LINE_FILLER: frozenset[str] = frozenset(
    # Words that may stand beside a date on a page's date line without making it prose:
    # joiners, clock words and the time zones US, UK, European and Asian sites print.
    {
        "on", "at", "and", "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "noon", "midnight",
        "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "ct", "pt", "mt", "akst", "hst",
        "gmt", "utc", "bst", "cet", "cest", "eet", "ist", "jst", "kst", "sgt", "hkt", "aest", "aedt", "awst", "nzst", "nzdt",
        "time", "local", "|", "/", "-", "–", "—", "•", "·",
    }
)

BYLINE_STARTS: tuple[str, ...] = (
    # A dated byline ("By Jane Doe on Thu, Nov 9, 2023") names the author beside the date.
    "by ",
)
MAX_BYLINE_WORDS = 7  # a byline holds a name or two and a credit ("By Jo Roe and Al Poe, Staff")
MAX_LABEL_WORDS = 3  # beside a bare date line: a source credit at most ("CBS News", "Staff Report")

NOT_PAGE_DATE_MARKS: tuple[str, ...] = (
    # A copyright notice states the site's year, not the article's date.
    "©", "copyright", "(c)", "all rights reserved",
    # An embedded social post signs off "— Name (@handle) November 20, 2019": the post's date.
    "(@",
)

PAST_CUES: frozenset[str] = frozenset(
    # In a sentence that reports an event as done: if that event's date is after the page's
    # stated date, the page contradicts its own date.
    {"was", "were", "had", "did", "said", "told", "died", "announced", "happened", "occurred", "took", "began",
     "ended", "signed", "arrested", "killed", "won", "lost", "held", "opened", "closed", "released", "published",
     "reported", "confirmed", "approved", "voted", "ruled", "launched", "elected", "sworn"}
)

FUTURE_CUES: frozenset[str] = frozenset(
    # A sentence about what is planned or expected may name a later date without contradiction.
    {"will", "would", "shall", "expected", "scheduled", "set", "plans", "planned", "due", "upcoming", "until",
     "by", "next", "could", "may", "might", "should", "deadline", "aims", "hopes", "intends", "going"}
)
