"""Time words that are part of a name, a title or a copyright line, not a time the story tells of.

TimeML 1.2.1 §2.2 marks expressions that refer to a time; a name that contains a time word does
not ("January Jones", "Theresa May", the song "The Way You Look Tonight", the "Sunday Times"), nor
does a copyright notice ("©2015 Billboard"), which dates the page, not an event of the story.
"""

from __future__ import annotations

import re

from builder.lexicons.time import COPYRIGHT_MARKS, DAY_WORDS, MONTHS, PARTS_OF_DAY, SET_WORDS, TIME_INTRODUCERS, WEEKDAYS

_NAMED = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(DAY_WORDS) | frozenset(SET_WORDS)  # "The Daily Tern"
_TIME_WORDS = _NAMED | frozenset(PARTS_OF_DAY) | {"day", "eve", "week", "weekend"}
_WORD_BEFORE = re.compile(r"([\w.'’]+)[ \t]*$")
_WORD_AFTER = re.compile(r"^[ \t]+([A-Za-z][\w'’]*)")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our"})
_QUOTES = {"\"": "\"", "“": "”", "‘": "’"}
TITLE_WORDS = 10  # titles are short; a longer quotation is speech, however many names it holds
TITLE_SHARE = 0.7  # share of a quotation's longer words that are capitalised for it to be a title


def not_a_time(text: str, start: int, end: int) -> bool:
    """True when the timex text[start:end] is part of a name, a quoted title or a copyright notice."""
    return _after_copyright(text, start) or _in_title(text, start, end) or _in_name(text, start, end)


def _after_copyright(text: str, start: int) -> bool:
    before = text[max(0, start - 12):start].lower()
    return any(mark in before for mark in COPYRIGHT_MARKS)


def _in_title(text: str, start: int, end: int) -> bool:
    """Inside a quotation on one line whose words are mostly capitalised: a song, film or book title."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for opening, closing in _QUOTES.items():
        left = text.rfind(opening, line_start, start)
        if left < 0:
            continue
        right = text.find(closing, end, min(line_end, end + 120))
        if right < 0 or (opening == closing and text.count(opening, line_start, left) % 2):
            continue  # no closing mark, or the mark before is itself a closing one
        # A title opens with a capital, but so does any quoted sentence ("It's October 3."): the
        # first word must be capitalised and does not count towards the share.
        quoted = re.findall(r"[A-Za-z][\w'’]*", text[left + 1:right])
        words = [w for w in quoted[1:] if len(w) > 3]
        capitalised = sum(w[0].isupper() for w in words)
        if quoted and quoted[0][0].isupper() and len(quoted) <= TITLE_WORDS and len(words) >= 2 and capitalised >= TITLE_SHARE * len(words):
            return True
    return False


def _in_name(text: str, start: int, end: int) -> bool:
    """A capitalised month, weekday, day word or "Daily" that is part of a name rather than a time.

    - before a capitalised word, with no word such as "in" or "last" to introduce it: "actress January
      Jones", "the Sunday Courier" (a weekday only after no word or a capitalised one, because
      "said Monday Apple would ..." is a time);
    - a bare month or "Daily" after a capitalised word: "Theresa May", "New York Daily News" (a weekday
      after a place is a time: "in Clarendon Tuesday"; a month with its day is a date: "Hamas's October 7");
    - "Today", "Tomorrow", "Tonight" capitalised inside a sentence: a programme or a song.
    """
    first = re.match(r"[A-Za-z]+", text[start:end])
    word = first[0].lower() if first else ""
    if word not in _NAMED or not first or not first[0][0].isupper():
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    previous = before[1] if before else ""
    if previous.lower() in TIME_INTRODUCERS:
        return False
    at_sentence_start = not previous or previous.endswith((".", "!", "?", ":"))
    if word in DAY_WORDS:
        return not at_sentence_start and not text[max(0, start - 2):start].strip(" ").endswith(("“", "\"", "‘", "'", "\n"))
    if any(c.isdigit() for c in text[start:end]):
        return False  # a month with its day is a date: "Hamas's October 7 attack", "the Oct. 23 Journal item"
    after = _WORD_AFTER.match(text[end:end + 40])
    month = word in MONTHS
    if previous.lower() in _DETERMINERS:  # "a March CNN poll", "his Sunday Mass" are times; "the Sunday Courier" a name
        named = word in SET_WORDS or (word in WEEKDAYS and previous.lower() == "the")
        return named and bool(after) and after[1][0].isupper()
    if after and after[1][0].isupper() and after[1].lower() not in _TIME_WORDS and (month or not previous[:1].islower()):
        return True
    if word in WEEKDAYS:
        return False
    return bool(previous) and previous[0].isupper() and not at_sentence_start and previous.lower().rstrip(".") not in _TIME_WORDS
