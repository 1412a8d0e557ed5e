"""The publication date a pasted news page states about itself, read from the raw page text.

A pasted page usually prints its date on a short line near the headline ("Published Nov 8,
2023", "By Jane Doe 8 January 2020, 3:51 pm", "Updated: January 16, 2020"), and prints many
other dates too: the site's current-date bar, related-link lists, comments, copyright
years, dates of events in the story. Only the first kind is the page's date. This module
finds the article's prose (the densest run of long lines), looks for short date lines just
around where that prose starts, drops lines that sit in a list of dated items, and checks
the date against the article's own text. A page that states no date stays undated: a
wrong date shifts every relative date in the timeline, a missing one only leaves them
relative.

The work is done on the raw text, line by line, independent of the cleaner, because the
cleaner removes exactly the date lines this module needs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from builder.extract.timex.calendar import safe_date
from builder.lexicons.dates import (
    BYLINE_STARTS,
    DATE_LINE_FILLER,
    FUTURE_CUES,
    MAX_BYLINE_WORDS,
    MAX_LABEL_WORDS,
    NOT_PAGE_DATE_MARKS,
    PAST_CUES,
    PUBLISHED_LABELS,
    UPDATED_LABELS,
    WEEKDAYS,
)
from builder.lexicons.time import MONTHS
from builder.model import StatedDate

__all__ = ["find_stated_date"]

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d(?!\d?:\d\d))"  # a clock time may be glued on: "NOV 19 20197:05 AM"
_MON = rf"(?P<mon>{_MONTH})(?![a-z])\.?"
_DATE_PATTERNS = (
    # "March 12, 2021", "Mar. 12 2021", "APR. 26, 2022APR. 26, 2022" (glued copies: no \b)
    re.compile(rf"(?<![a-z]){_MON}\s*{_DAY},?\s+{_YEAR}", re.IGNORECASE),
    # "12 March 2021", "21 August 2019, 7:40am", "Thursday, 28 April 2022"
    re.compile(rf"(?<!\d){_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}", re.IGNORECASE),
    # "2021-03-12", "2023-11-07 15:03:30", "2021/03/12"
    re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)(?P<sep>[-/])(?P<mon>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?![\d/])"),
)
_NUMERIC = re.compile(r"(?<![\d/.])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d/.])")
_TIME = re.compile(r"(?<!\d)\d{1,2}(?::\d\d){1,2}\s*(?:[ap]\.?\s?m\.?)?|(?<!\d)\d{1,2}\s*[ap]\.?m\.?(?![a-z])", re.IGNORECASE)
_WEEKDAY_FULL = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_WEEKDAY_WORD = re.compile(rf"(?<![a-z])(?:{_WEEKDAY})(?![a-z])\.?", re.IGNORECASE)
_LABELS = sorted([*PUBLISHED_LABELS, *UPDATED_LABELS], key=len, reverse=True)
_LABEL = re.compile(r"(?<![a-z])(" + "|".join(re.escape(label) for label in _LABELS) + r")(?![a-z])(?:\s+on)?\s*:?", re.IGNORECASE)
_OTHER_LABEL = re.compile(r"[^\W\d_]\s*:")  # "Deadline: May 3, 2021", "Born: ...": a date of something else
_WORD = re.compile(r"[^\s,;:()\[\]/|]+")
_SENTENCE_END = re.compile(r"[.!?\"”’)]\s*$")
_DATELINE = re.compile(r"^[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.' -]{1,25})?,\s*$")  # "NEW YORK," before a date

PROSE_WORDS = 15  # a line of this many words is article prose, never a date line
RUN_GAP = 6  # prose lines (counting lines with text) this close together form one run (captions and share bars sit between paragraphs)
BEFORE_BODY = 15  # a page's date line sits between the headline and the first paragraph ...
AFTER_BODY = 4  # ... or just after a standfirst that reads like prose
LIST_REACH = 10  # other date lines this close around a candidate mean a list of dated links
LIST_MIN = 2  # ... this many of them
OPENING_LINES = 4  # the lines of the article's opening that may place its news on the update's day
SLACK_DAYS = 1  # time zones: a body date one day after the page date is no contradiction


@dataclass(frozen=True)
class _Found:
    """A date written on one line, with the label before it."""

    date: dt.date
    start: int
    end: int
    label: str | None  # "published", "posted", "updated" or None


def find_stated_date(text: str, *, today: dt.date | None = None) -> StatedDate | None:
    """The page's stated first publication date, or None when it states none we can trust.

    ``text`` is the raw pasted page (lines matter); ``line_no`` in the result is 1-based
    within it. ``today`` bounds the dates a page can state (default: the system date).
    """
    numbered = [(number, " ".join(line.split())) for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
    lines = [line for _, line in numbered]  # blank lines carry no sign; distances count lines with text
    dated = {i: found for i, line in enumerate(lines) if (found := _date_line(line))}
    run = _prose_run(lines, dated)
    if run is None:
        return None
    body_start, body_end = run
    latest = (today or dt.date.today()) + dt.timedelta(days=SLACK_DAYS)
    candidates: list[tuple[int, StatedDate]] = []
    opening = " ".join(lines[body_start : body_start + OPENING_LINES])
    for index in range(max(0, body_start - BEFORE_BODY), min(len(lines), body_start + AFTER_BODY + 1)):
        if index not in dated or _in_list(index, lines, dated):
            continue
        for found in dated[index]:
            if found.label == "updated" and not _same_day(found.date, opening):
                continue
            if found.date <= latest and not _contradicted(found.date, lines, body_start, body_end):
                stated = StatedDate(found.date, numbered[index][0], lines[index].strip(), _kind(lines[index], found))
                candidates.append((index, stated))
    dateline = _dateline(lines[body_start])
    if dateline is not None and dateline[0] <= latest and not _contradicted(dateline[0], lines, body_start, body_end):
        candidates.append((body_start, StatedDate(dateline[0], numbered[body_start][0], dateline[1], "dateline")))
    return _best(candidates, body_start)


_RANK = {"published": 0, "posted": 0, "dateline": 1, "byline": 1, "date line": 1, "updated": 2}
"""An explicit first-publication label beats an unlabelled date line, which beats an update."""


def _best(candidates: Sequence[tuple[int, StatedDate]], body_start: int) -> StatedDate | None:
    """The best-labelled date, nearest the article's start; none when equally labelled lines disagree.

    Two date lines of the same standing that give different dates (a site's date bar and the
    article's date line, say) leave the page's date unsure, and a wrong date misleads more
    than a missing one.
    """
    if not candidates:
        return None
    rank = min(_RANK[c.kind] for _, c in candidates)
    best = [(index, c) for index, c in candidates if _RANK[c.kind] == rank]
    if len({c.date for _, c in best}) > 1:
        return None
    return min(best, key=lambda c: (abs(c[0] - body_start), c[0]))[1]


def _same_day(date: dt.date, opening: str) -> bool:
    """The article's opening reports its news as done on ``date``'s weekday.

    An update date alone says only that the page was edited then; it is the article's date
    when the story itself happened that day ("said on Thursday", "on Thursday announced"
    under "Updated: <a Thursday>"). A weekday in a forecast ("to reach ... on Wednesday")
    does not count.
    """
    for match in _WEEKDAY_FULL.finditer(opening):
        if WEEKDAYS[match.group(0).lower()] != date.weekday():
            continue
        before = opening[: match.start()].split()[-2:]
        after = opening[match.end() :].split()[:1]
        near = [w.strip(".,;:").lower() for w in (before[:1] if before[-1:] == ["on"] else before[-1:]) + after]
        if any(w in PAST_CUES or (w.endswith("ed") and len(w) > 4) for w in near):
            return True
    return False


def _kind(line: str, found: _Found) -> str:
    if found.label:
        return found.label
    if _is_byline(line.lower()):
        return "byline"
    return "date line"


def _is_byline(lower: str) -> bool:
    """The line credits an author ("By Jo Roe ...", "July 24, 2019 by Jo Roe")."""
    return any(re.search(rf"(?:^|[\s/|•·-]){re.escape(mark)}", lower) for mark in BYLINE_STARTS)


def _prose_run(lines: Sequence[str], dated: dict[int, list[_Found]]) -> tuple[int, int] | None:
    """First and last line of the article's prose: the run of long lines with the most words (date lines aside)."""
    prose = [i for i, line in enumerate(lines) if i not in dated and _is_prose(line)]
    if not prose:
        return None
    best: tuple[int, int, int] | None = None  # (words, first, last)
    first = last = prose[0]
    words = 0
    for i in prose:
        if i - last > RUN_GAP:
            if best is None or words > best[0]:
                best = (words, first, last)
            first, words = i, 0
        last = i
        words += len(lines[i].split())
    if best is None or words > best[0]:
        best = (words, first, last)
    return best[1], best[2]


def _is_prose(line: str) -> bool:
    return len(line.split()) >= PROSE_WORDS and bool(_SENTENCE_END.search(line.strip()))


def _dates_in(line: str) -> list[tuple[dt.date, int, int]]:
    """Every calendar date written in full (with its year) on a line, in order."""
    found: list[tuple[dt.date, int, int]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(line):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            month = match.group("mon")
            number = int(month) if month.isdigit() else MONTHS[month.lower()]
            date = safe_date(int(match.group("year")), number, int(match.group("day")))
            if date is not None:
                found.append((date, match.start(), match.end()))
                taken.append((match.start(), match.end()))
    for match in _NUMERIC.finditer(line):
        if any(match.start() < end and start < match.end() for start, end in taken):
            continue
        a, b = int(match.group("a")), int(match.group("b"))
        if a != b and a <= 12 and b <= 12:
            continue  # 03/04/2021: March 4 or 3 April; the page does not say which
        month, day = (a, b) if b > 12 or a == b else (b, a)
        date = safe_date(int(match.group("year")), month, day)
        if date is not None:
            found.append((date, match.start(), match.end()))
    return sorted(found, key=lambda f: f[1])


def _date_line(line: str) -> list[_Found]:
    """The dates of a short line that states a date (a date line, a dated byline), else []."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) >= PROSE_WORDS + 5:
        return []
    lower = stripped.lower()
    if any(mark in lower for mark in NOT_PAGE_DATE_MARKS):
        return []
    dates = _dates_in(stripped)
    if not dates:
        return []
    rest = stripped
    for _, start, end in reversed(dates):
        rest = rest[:start] + " " + rest[end:]
    rest = _LABEL.sub(" ", _WEEKDAY_WORD.sub(" ", _TIME.sub(" ", rest)))
    words = [w for w in _WORD.findall(rest) if w.lower().strip(".,") not in DATE_LINE_FILLER and not w.strip(".,").isdigit()]
    limit = MAX_BYLINE_WORDS if _is_byline(lower) else MAX_LABEL_WORDS
    if len(words) > limit or _OTHER_LABEL.search(rest):
        return []
    found = []
    for date, start, end in dates:
        if _weekday_clash(stripped, date, start, end):
            continue
        found.append(_Found(date, start, end, _label_before(stripped, start)))
    return found


def _label_before(line: str, start: int) -> str | None:
    """The nearest label (published/posted/updated) before a date on its line."""
    labels = list(_LABEL.finditer(line[:start]))
    if not labels:
        return None
    word = labels[-1].group(1).lower()
    return "updated" if word in UPDATED_LABELS else PUBLISHED_LABELS[word]


def _weekday_clash(line: str, date: dt.date, start: int, end: int) -> bool:
    """A weekday written right before (or after) the date that is not the date's weekday."""
    before = _WEEKDAY_WORD.search(line[max(0, start - 14) : start])
    after = _WEEKDAY_WORD.match(line[end : end + 14].lstrip(" ,|-"))
    return any(match is not None and WEEKDAYS[match.group(0).rstrip(".").lower()] != date.weekday() for match in (before, after))


def _in_list(index: int, lines: Sequence[str], dated: dict[int, list[_Found]]) -> bool:
    """The date line is one of several items of other dates close together: a list of related links.

    Lines that repeat the candidate's own dates (a date printed twice, "Published" beside a
    timestamp) do not make a list.
    """
    own = {found.date for found in dated[index]}
    others = {j for j in dated if j != index and abs(j - index) <= LIST_REACH and {f.date for f in dated[j]} - own}
    return len(others) >= LIST_MIN


def _dateline(line: str) -> tuple[dt.date, str] | None:
    """A dateline that opens the first paragraph: "NEW YORK, March 12, 2021 /Wire/ -- ..."."""
    dates = _dates_in(line[:80])
    if not dates:
        return None
    date, start, end = dates[0]
    if not _DATELINE.match(line[:start]) or not re.match(r"\s*(?:\([^)]{1,40}\)|/[^/]{1,40}/)?\s*(?:--|[-–—])", line[end:]):
        return None
    return date, line.strip()


def _contradicted(date: dt.date, lines: Sequence[str], body_start: int, body_end: int) -> bool:
    """The article reports as done something dated after the page's date: the date is not the page's."""
    limit = date + dt.timedelta(days=SLACK_DAYS)
    for line in lines[body_start : body_end + 1]:
        if not _is_prose(line):
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            later = [d for d, _, _ in _dates_in(sentence) if d > limit]
            later += [dt.date(int(y), 12, 31) for y in re.findall(r"\bin ((?:19|20)\d\d)\b(?![-/])", sentence) if int(y) > date.year]
            if later and _reports_past(sentence):
                return True
    return False


def _reports_past(sentence: str) -> bool:
    """A sentence with a past-tense cue and no cue of plans or expectations (lower-case words only)."""
    words = {w.strip(".,;:!?\"“”‘’()") for w in sentence.split() if w[:1].islower()}
    return bool(words & PAST_CUES) and not words & FUTURE_CUES
