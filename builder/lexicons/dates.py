"""Words that tell a page's own publication date apart from other dates on a pasted page.

Used by :mod:`builder.pagedate`, which takes month names from :mod:`builder.lexicons.time`.
Everything is lower case; matching is case-insensitive.
"""

from __future__ import annotations

from builder.lexicons.time import WEEKDAYS as _TIMEX_WEEKDAYS

# Datelines often name the weekday ("Tuesday | April 26, 2022"); a weekday that does not fit
# the date is a contradiction on the line itself, so the date is not trusted. On a date line
# "Sun" is the weekday too (the timex rules leave it out: there it is usually the star).
WEEKDAYS: dict[str, int] = {**_TIMEX_WEEKDAYS, "sun": 6}

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
