"""Quote segments: where the quotation marks of an article open and close.

Quotes are found per paragraph (a line), so a quote never crosses one. When the marks'
shapes agree throughout a paragraph, a quote inside a quote folds into the outer one;
otherwise marks pair in turn, each read by the characters beside it rather than its
shape (typists and converters mix straight and curly marks and even close with an
opening mark). One mark too many must not turn the rest of a paragraph inside out: a
mark that can only open (a space before it, a word after it) while a quote is open
ends that quote where its sentence ends, and a mark that can only close with nothing
open is dropped. An unclosed quote opening its paragraph runs to the paragraph's end
(news repeats the opening mark on every paragraph of a long quote and closes only the
last); any other unclosed quote, or one in a paragraph too long to be one quote (a text
pasted without paragraph breaks), stops at the end of its sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from builder.lexicons.quotes import CLOSING_MARKS, DOUBLE_MARKS, OPENING_MARKS

# Markup left in pasted text (<tweet author="…">): its attribute values are not speech.
_TAG = re.compile(r"<[A-Za-z/][^<>\n]*>")
_MARK = re.compile("[" + re.escape("".join(sorted(DOUBLE_MARKS))) + "]")
# The end of a sentence in plain text: a full stop (and any closing marks) before a space
# and a capital or an opening mark. An abbreviation ("Mr. Doe") also matches: an unclosed
# quote cut there is only shorter, never longer.
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s+(?=[\"“‘'(\[A-Z0-9])")
# A quote opening its paragraph and never closed runs on to the paragraph end, unless the
# paragraph holds more sentences than a quoted paragraph does: then it is a text without
# paragraph breaks, and a stray mark would make dozens of sentences of narration a quote.
MAX_RUN_ON_SENTENCES = 10


@dataclass
class Segment:
    """One quotation-mark segment: ``start``/``end`` cover the trimmed text inside the marks."""

    open: int
    start: int
    end: int
    close: int
    closed: bool
    para: int
    speaker: str | None = None
    cue: str | None = None
    own: bool = False  # the speaker came from a cue next to this quote
    confidence: float = 0.0  # how sure the speaker is (see SPEAKER_CONFIDENCE)


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line: a paragraph is a line, so a quote never crosses one."""
    bounds, start = [], 0
    for line in text.split("\n"):
        bounds.append((start, start + len(line)))
        start += len(line) + 1
    return bounds


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace (gold and readers ignore it)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_segments(text: str) -> list[Segment]:
    """Quotation-mark pairs per paragraph; marks inside markup tags are ignored."""
    masked = _TAG.sub(lambda m: " " * len(m.group()), text)
    segments = []
    for para, (p_start, p_end) in enumerate(paragraph_bounds(masked)):
        marks = [m.start() for m in _MARK.finditer(masked, p_start, p_end) if not _is_inch_mark(masked, m.start())]
        pairs = _nested_pairs(masked, marks, p_start) or _resync_pairs(masked, marks, p_start)
        for n, (opening, closing) in enumerate(pairs):
            closed = closing is not None
            limit = pairs[n + 1][0] if n + 1 < len(pairs) else p_end
            close_at = closing if closing is not None else _unclosed_end(masked, opening, p_start, limit, p_end)
            start, end = _trimmed(text, opening + 1, close_at)
            if start < end:
                segments.append(Segment(opening, start, end, close_at + 1 if closed else close_at, closed, para))
    return segments


def _resync_pairs(text: str, marks: list[int], p_start: int) -> list[tuple[int, int | None]]:
    """Marks paired in turn (None: unclosed), read by their neighbours, not their shape.

    A mark that can only open ("…said "Yes…") while a quote is open means that quote was
    never closed: it ends there and the new one opens, so the narration after a stray
    mark is not taken for a quote and the quotes after it for narration. A mark that can
    only close with no quote open closes nothing and is dropped, unless it opens the
    paragraph (converters turn a paragraph's opening mark into a closing one).
    """
    pairs: list[tuple[int, int | None]] = []
    opening: int | None = None
    for i in marks:
        direction = _neighbour_direction(text, i)
        if opening is None:
            if direction != "close" or not text[p_start:i].strip():
                opening = i
        elif direction == "open" and _SENTENCE_END.search(text, opening + 1, i):
            pairs.append((opening, None))
            opening = i
        else:
            pairs.append((opening, i))
            opening = None
    if opening is not None:
        pairs.append((opening, None))
    return pairs


def _unclosed_end(text: str, opening: int, p_start: int, limit: int, p_end: int) -> int:
    """Where an unclosed quote stops (``limit``: the next quote's opening mark, else the
    paragraph end): the paragraph's end when it opens a paragraph of a few sentences and
    no quote follows it, else the end of its sentence."""
    opens_paragraph = not text[p_start:opening].strip()
    if opens_paragraph and limit == p_end and len(_SENTENCE_END.findall(text, opening, p_end)) < MAX_RUN_ON_SENTENCES:
        return p_end
    end = _SENTENCE_END.search(text, opening + 1, limit)
    return end.start() + 1 if end is not None else limit


def _direction_by_neighbours(text: str, i: int) -> str:
    """A mark's direction by the characters beside it: "open", "close" or "?" when they don't tell."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (before.isspace() or before in "([{—–-") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-"):
        return "close"
    return "?"


def _neighbour_direction(text: str, i: int) -> str:
    """A mark's direction by the characters beside it ("open", "close" or "?"); its shape breaks a tie."""
    by_neighbours = _direction_by_neighbours(text, i)
    return by_neighbours if by_neighbours != "?" else _direction(text, i)


def _nested_pairs(text: str, marks: list[int], p_start: int) -> list[tuple[int, int | None]] | None:
    """Outermost quotes when the marks' directions nest cleanly, else None.

    'He said: "She called it “a farce” and left."' holds one quote, not three pieces: a
    quote inside a quote belongs to the outer one. Directions are trusted only when they
    agree throughout the paragraph (every closing mark closes an open quote; at most the
    quote opening the paragraph runs on unclosed); otherwise marks just alternate.
    """
    directions = [_direction(text, i) for i in marks]
    if "?" in directions or len(set(directions)) < 2:
        return None
    pairs: list[tuple[int, int | None]] = []
    depth, opening = 0, -1
    for i, direction in zip(marks, directions, strict=True):
        if direction == "open":
            if depth == 0:
                opening = i
            depth += 1
        elif depth == 0:
            return None  # a closing mark with nothing open: directions are not to be trusted
        else:
            depth -= 1
            if depth == 0:
                pairs.append((opening, i))
    if depth == 0:
        return pairs
    if depth == 1 and not text[p_start:opening].strip():
        return [*pairs, (opening, None)]  # a quote running on into the next paragraph
    return None


def _direction(text: str, i: int) -> str:
    """The direction of a quotation mark ("open", "close" or "?"): its shape, or for a straight mark its neighbours."""
    mark = text[i]
    if mark in OPENING_MARKS:
        return "open"
    if mark in CLOSING_MARKS:
        return "close"
    return _direction_by_neighbours(text, i)


def _is_inch_mark(text: str, i: int) -> bool:
    """A straight mark right after a digit is a measure (6'3" tall, a 12" screen), not a quote."""
    return text[i] == '"' and i > 0 and text[i - 1].isdigit()


def token_maps(starts: list[int], segments: list[Segment], text: str) -> tuple[list[int], list[int]]:
    """For each token (by its start offset): the segment it lies in (marks included) and its paragraph."""
    para_starts = [b[0] for b in paragraph_bounds(text)]
    opens = [s.open for s in segments]
    seg_of, para_of = [], []
    for idx in starts:
        k = bisect.bisect_right(opens, idx) - 1
        seg_of.append(k if k >= 0 and idx < segments[k].close else -1)
        para_of.append(bisect.bisect_right(para_starts, idx) - 1)
    return seg_of, para_of
