"""Timeline: the dated events of an article, ordered, each with the clause it dates.

Only DATE and TIME timexes date an event (a DURATION or a SET does not place it in time,
TimeML 1.2.1 §2.2.1). The event is the clause the timex belongs to (its governing verb's
subtree without coordinated clauses), the label shows the date at the precision the text
gives it, and without a publication date both label and order are relative to publication.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from builder.analyse import text_of
from builder.extract.timex.calendar import value_interval
from builder.extract.timex.resolve import NOTIONAL_ANCHOR, governing_verb
from builder.model import Person, TextSpan, TimelineEntry, Timex

_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
)
_ORDINAL_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}
_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
_NAMED_DAY_OR_MONTH = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
_CLAUSE_BREAKS = frozenset({"conj", "cc", "parataxis"})
_NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}


def build_timeline(doc: Doc, resolved: Sequence[tuple[Timex, str]], people: Sequence[Person]) -> list[TimelineEntry]:
    """One entry per DATE/TIME timex that can be placed in time, in chronological order.

    ``resolved`` pairs each timex with its unmasked value (see :func:`resolve_timexes`): when
    the publication date is unknown, a relative timex's own value carries X digits and the
    unmasked one, against the notional anchor, orders and labels it.
    """
    entries = []
    for timex, unmasked in resolved:
        if timex.type not in ("DATE", "TIME"):
            continue
        placed = _place(timex, unmasked)
        if placed is None:
            continue
        label, sort_key = placed
        event = event_clause(doc, timex)
        entries.append(TimelineEntry(timex, event, label, sort_key + (float(timex.start),), _people_in(event, people)))
    return sorted(entries, key=lambda entry: entry.sort_key)


def _place(timex: Timex, unmasked: str) -> tuple[str, tuple[float, ...]] | None:
    """The label and the chronological key of a timex; None when it has no place in time.

    A value with X digits (no publication date) is placed by its unmasked value, relative to
    the notional anchor."""
    interval = value_interval(timex.value)
    if interval is not None:
        first, last = interval
        return date_label(timex.value), (0.0, float(first.toordinal()), float(last.toordinal()))
    interval = value_interval(unmasked)
    if interval is None:
        return None
    first, last = interval
    origin = NOTIONAL_ANCHOR.toordinal()
    # A named weekday or month ("Tuesday", "in March") has no known distance from an unknown
    # publication date: show it as written rather than an offset from the notional date.
    label = timex.text if _NAMED_DAY_OR_MONTH.search(timex.text) else relative_label(unmasked)
    return label, (1.0, float(first.toordinal() - origin), float(last.toordinal() - origin))


def date_label(value: str) -> str:
    """A TIMEX3 value shown at its precision: "2018", "July 2019", "August 7, 2019",
    "the third quarter of 2019", "spring 2019", "the 1990s"."""
    date_part, _, time_part = value.partition("T")
    if re.fullmatch(r"\d{3}", date_part):
        return f"the {date_part}0s"
    if re.fullmatch(r"\d{2}", date_part):
        return f"the {_ordinal(int(date_part) + 1)} century"
    year, _, rest = date_part.partition("-")
    label = _date_part_label(year.lstrip("0") or "0", rest)
    if time_part in _PARTS:
        return f"{label}, {_PARTS[time_part]}"
    if time_part:
        return f"{label}, {time_part}"
    return label


def _date_part_label(year: str, rest: str) -> str:
    if not rest:
        return year
    if rest.startswith("Q"):
        return f"the {_ORDINAL_WORDS.get(int(rest[1]), rest[1])} quarter of {year}"
    if rest.startswith("H"):
        return f"the {'first' if rest[1] == '1' else 'second'} half of {year}"
    if rest[:2] in _SEASON_NAMES:
        return f"{_SEASON_NAMES[rest[:2]]} {year}"
    if rest.startswith("W"):
        week = rest[1:3].lstrip("0")
        return f"the weekend of week {week} of {year}" if rest.endswith("-WE") else f"week {week} of {year}"
    parts = rest.split("-")
    month = _MONTH_NAMES[int(parts[0]) - 1]
    if len(parts) == 1:
        return f"{month} {year}"
    return f"{month} {int(parts[1])}, {year}"


def relative_label(notional: str) -> str:
    """A date relative to an unknown publication date: "the year before publication",
    "the month before publication", "spring of the year before publication"."""
    date_part = notional.partition("T")[0]
    anchor = NOTIONAL_ANCHOR
    year, _, rest = date_part.partition("-")
    years = int(year) - anchor.year
    if not rest:
        return _offset_phrase("year", years)
    if rest.startswith("Q"):
        quarters = years * 4 + int(rest[1]) - ((anchor.month - 1) // 3 + 1)
        return _offset_phrase("quarter", quarters)
    if rest.startswith("H") and rest[1:2].isdigit():
        return _offset_phrase("half-year", years * 2 + int(rest[1]) - (1 if anchor.month <= 6 else 2))
    if rest[:2] in _SEASON_NAMES:
        return f"{_SEASON_NAMES[rest[:2]]} of {_offset_phrase('year', years)}"
    if rest.startswith("W"):
        interval = value_interval(date_part)
        weeks = (interval[0] - (anchor - dt.timedelta(days=anchor.weekday()))).days // 7 if interval else 0
        return _offset_phrase("week", weeks)
    parts = rest.split("-")
    if not all(part.isdigit() for part in parts[:2]):
        return _offset_phrase("year", years)  # a shape with no finer relative wording
    if len(parts) == 1:
        return _offset_phrase("month", years * 12 + int(parts[0]) - anchor.month)
    day = dt.date(int(year), int(parts[0]), int(parts[1]))
    return _offset_phrase("day", (day - anchor).days)


def _offset_phrase(unit: str, offset: int) -> str:
    if offset == 0:
        return f"the {unit} of publication"
    side = "before" if offset < 0 else "after"
    count = abs(offset)
    if count == 1:
        return f"the {unit} {side} publication"
    return f"{_NUMBER_WORDS.get(count, str(count))} {unit}s {side} publication"


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def event_clause(doc: Doc, timex: Timex) -> TextSpan:
    """The clause a timex dates: its governing verb's subtree, without coordinated clauses that do
    not contain the timex (TimeML anchors an event to the timex of its own clause)."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return TextSpan(timex.text, timex.start, timex.end)
    verb = governing_verb(span)
    if verb is None:
        try:
            sentence = span.sent
        except ValueError:  # a Doc without sentence boundaries (no parser): the timex alone
            return TextSpan(timex.text, timex.start, timex.end)
        return _text_span(doc, sentence.start, sentence.end, (timex.start, timex.end))
    start, end = _clause_bounds(verb, span)
    return _text_span(doc, start, end, (timex.start, timex.end))


def _clause_bounds(verb: Token, span: Span) -> tuple[int, int]:
    """Token bounds of the verb's subtree, cut before a coordinated clause that does not hold the timex."""
    start, end = verb.left_edge.i, verb.right_edge.i + 1
    for child in verb.children:
        if child.dep_ not in _CLAUSE_BREAKS:
            continue
        lo, hi = child.left_edge.i, child.right_edge.i + 1
        if lo <= span.start < hi:
            continue
        if lo > verb.i:
            end = min(end, lo)
        else:
            start = max(start, hi)
    start, end = min(start, span.start), max(end, span.end)
    return start, end


def _text_span(doc: Doc, start: int, end: int, keep: tuple[int, int] | None = None) -> TextSpan:
    """A token range as text, without dangling punctuation or conjunctions at its edges, and cut at
    word boundaries: never half of a token such as "CNN)The" (see :func:`_word_bounds`)."""
    while end - start > 1 and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"):
        end -= 1
    while end - start > 1 and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "cc"):
        start += 1
    span = doc[start:end]
    text = text_of(doc)
    first, last = _word_bounds(text, span.start_char, span.end_char, keep or (span.end_char, span.start_char))
    return TextSpan(text[first:last], first, last)


def _word_bounds(text: str, start: int, end: int, keep: tuple[int, int]) -> tuple[int, int]:
    """Move the edges of text[start:end] off an unbalanced bracket, so the event starts and ends with
    a whole word: "(CNN)The court ruled" gives the token "CNN)The" and the clause "CNN)The court ruled";
    the reader should see "The court ruled". ``keep`` (the timex) always stays inside."""
    piece = text[start:end]
    close = piece.find(")")
    if close >= 0 and "(" not in piece[:close] and start + close < keep[0]:
        start += close + 1
    piece = text[start:end]
    opening = piece.rfind("(")
    if opening >= 0 and ")" not in piece[opening:] and start + opening >= keep[1]:
        end = start + opening
    while start < end and not text[start].isalnum() and text[start] not in "\"“‘'$£€":
        start += 1
    while end > start and text[end - 1] in " \t\n,;:-–—(":
        end -= 1
    return start, end


def _people_in(event: TextSpan, people: Sequence[Person]) -> tuple[str, ...]:
    """Canonical names of the people mentioned inside the event clause (by mention offsets, or by
    name and alias when the people extractor gave no offsets)."""
    found = []
    for person in people:
        if person.mentions:
            inside = any(event.start <= m.start and m.end <= event.end for m in person.mentions)
        else:
            names = (person.name, *person.aliases)
            inside = any(re.search(rf"\b{re.escape(name)}\b", event.text) for name in names if name)
        if inside and person.name not in found:
            found.append(person.name)
    return tuple(found)
