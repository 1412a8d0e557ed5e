"""Clean pasted article text: drop page furniture, keep the article's own subheadings.

A select-all copy of a news page is the article wrapped in navigation menus, share bars,
sign-up prompts, teaser lists and footers. Without the HTML the cleaner judges each line
twice, in the spirit of jusText's short / near-good / good blocks:

1. **By its own form**: a line matching a furniture rule (:mod:`builder.lexicons.furniture`)
   goes; a line of a dozen words ending like a sentence is *prose*; a short line with no
   sentence punctuation and no digits is a *menu item*.
2. **By its context**: the article is the run of prose lines that no block of menu items
   interrupts. Lines before it (minus the few just above it: title, date, byline) and
   after it go; lines inside it stay unless a rule names them.

A page with no menu blocks (clean newswire, a CoNLL document with its headline and
dateline) has one run that starts at its top, so only the rules act there: the cleaner is
conservative when the text is mostly prose.

The cleaned text is the input with whole furniture lines removed and runs of blank lines
folded, so every later offset indexes into it and each kept line is verbatim.
Each block (a non-blank line) becomes a :class:`Paragraph`; a short line without final
punctuation between two prose lines is a subheading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from builder.lexicons.furniture import BYLINE, BYLINE_MAX_WORDS, FURNITURE_RULES, PAGE_RULES
from builder.model import CleanText, Paragraph, RemovedLine

_SENTENCE_END = tuple(".!?:;…,")
_CLOSING_QUOTES = "\"'”’»)]"

PROSE_WORDS = 12
"""A line of this many words that ends like a sentence is article prose, not a label."""
LONG_WORDS = 30
"""So many words make prose even without final punctuation (a paragraph cut by a link)."""
MENU_WORDS = 8
"""Menu items, teaser titles and buttons are short; longer lines are not counted as menu."""
BARRIER_ITEMS = 5
"""This many menu items between two prose lines mark a block of navigation, not the article:
an article's own short lines (subheadings, a caption, a dateline) come one or two at a time."""
LEAD_LINES = 3
"""Lines kept just above the article's first prose line: its title, date and byline live there."""
SEGMENT_SHARE = float(__import__("os").environ.get("SHARE", "0.3"))
PAGE_EVIDENCE = 2
"""Rule hits (share bars, sign-up prompts, footers...) that show the text is a pasted web page.

Below this the text is taken for a clean article (newswire, a feed): its short lines are a
headline, a dateline or a table, so neither context nor bare numbers remove anything there."""
"""Lines kept just above the article's first prose line: its title, date and byline live there."""

_NOT_LABEL = re.compile(r"[\d=(){}\[\]<>_/\\#$;\"]")
_TEASER_END = re.compile(r"(?:\.\.\.|…)\s*$")
_PROSE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")


def normalise_text(raw: str) -> str:
    """Unify line ends and drop characters that have no place in article text (BOM, NUL)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\ufeff", "").replace("\x00", "")


Rules = Sequence[tuple[str, re.Pattern[str]]]


def furniture_reason(line: str, rules: Rules = FURNITURE_RULES) -> str | None:
    """The name of the first furniture rule that matches the whole line, if any."""
    stripped = line.strip()
    for reason, pattern in rules:
        if pattern.fullmatch(stripped):
            return reason
    return None


def is_byline(line: str) -> bool:
    """True for a credit line ("By Jane Doe"): short, capitalised name, not a sentence."""
    stripped = line.strip()
    return len(stripped.split()) <= BYLINE_MAX_WORDS and BYLINE.fullmatch(stripped) is not None


def is_prose(line: str) -> bool:
    """A line that reads as running text: a dozen words ending like a sentence, or very long.

    A line cut off with an ellipsis is a teaser for another page ("... will begin tonight at..."),
    not prose of this one."""
    stripped = line.strip()
    words = len(stripped.split())
    if _TEASER_END.search(stripped):
        return False
    return words >= LONG_WORDS or (words >= PROSE_WORDS and _PROSE_END.search(stripped) is not None)


def is_menu_item(line: str) -> bool:
    """A short label: few words, no sentence punctuation, no digits, no code symbols.

    Digits are excluded so that table rows and score lines ("Barnsley 2 Stoke 0") in
    newswire never count as navigation, and code symbols so that a code listing inside a
    technical article does not either."""
    stripped = line.strip()
    words = len(stripped.split())
    return 0 < words <= MENU_WORDS and not _PROSE_END.search(stripped) and not _NOT_LABEL.search(stripped)


@dataclass
class _Line:
    """One input line while it is judged: its text, its rule verdict, its place in the article."""

    number: int
    text: str
    reason: str | None = None

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def _rule_verdicts(content: list[_Line], rules: Rules) -> bool:
    """Name the lines that furniture rules match; True when they show a pasted web page.

    A bare number is a share counter only on such a page and only alone: in newswire it is
    an attendance or a table row ("3,367", "1996 45,000")."""
    for line in content:
        line.reason = furniture_reason(line.text, rules)
    is_page = sum(1 for line in content if line.reason not in (None, "counter")) >= PAGE_EVIDENCE
    for i, line in enumerate(content):
        if line.reason != "counter":
            continue
        neighbours = content[max(0, i - 1) : i] + content[i + 1 : i + 2]
        if not is_page or any(furniture_reason(n.text, rules) == "counter" for n in neighbours):
            line.reason = None
    if is_page:
        for line in content:
            line.reason = line.reason or furniture_reason(line.text, PAGE_RULES)
    return is_page


def _segments(content: list[_Line]) -> list[tuple[int, int]]:
    """Runs of prose lines (first, last index into ``content``) that no menu block interrupts."""
    segments: list[tuple[int, int]] = []
    menu_items = 0
    for i, line in enumerate(content):
        if is_prose(line.text) and line.reason is None:
            if segments and menu_items < BARRIER_ITEMS:
                segments[-1] = (segments[-1][0], i)
            else:
                segments.append((i, i))
            menu_items = 0
        elif line.reason is not None or is_menu_item(line.text):
            menu_items += 1
    return segments


def _weight(content: list[_Line], segment: tuple[int, int]) -> int:
    """How much prose a segment holds: the article is the segment with the most."""
    return sum(len(line.text.split()) for line in content[segment[0] : segment[1] + 1] if is_prose(line.text))


def _article_bounds(content: list[_Line]) -> tuple[int, int] | None:
    """First and last index of the article's lines in ``content`` (None: no prose to anchor on).

    The article runs from the first to the last segment that holds a real share of the
    page's prose: a long article split by code blocks, tables or a photo strip stays one
    piece, while a teaser or a footer line far from it does not pull the bounds out."""
    segments = _segments(content)
    if not segments:
        return None
    weights = [_weight(content, s) for s in segments]
    floor = max(weights) * SEGMENT_SHARE
    chosen = [s for s, w in zip(segments, weights) if w >= floor]
    first, last = chosen[0][0], chosen[-1][1]
    lead = 0
    start = first
    while start > 0 and lead < LEAD_LINES:
        start -= 1
        if content[start].reason is None:
            lead += 1
    if not _has_barrier(content[:start]):
        start = 0  # only a few short lines above: a headline and dateline, not a menu
    end = last
    if not _has_barrier(content[last + 1 :]):
        end = len(content) - 1
    return start, end


def _has_barrier(run: list[_Line]) -> bool:
    """True when a stretch of lines holds a block of navigation (enough menu items or furniture)."""
    return sum(1 for line in run if line.reason is not None or is_menu_item(line.text)) >= BARRIER_ITEMS


def _judge(lines: list[_Line], rules: Rules) -> None:
    """Give every furniture line a reason: rule hits, bylines, and lines outside the article."""
    content = [line for line in lines if not line.blank]
    is_page = _rule_verdicts(content, rules)
    bounds = _article_bounds(content) if is_page else None
    for i, line in enumerate(content):
        if line.reason is None and is_byline(line.text):
            line.reason = "byline"
        if line.reason is None and bounds is not None and not bounds[0] <= i <= bounds[1]:
            line.reason = "before the article" if i < bounds[0] else "after the article"


def clean_text(raw: str, *, keep_lines: tuple[str, ...] = (), rules: Rules = FURNITURE_RULES) -> CleanText:
    """Remove furniture lines from ``raw`` and describe the blocks that remain.

    ``rules=()`` turns removal off (HTML bodies were already cleaned by their reader);
    lines listed in ``keep_lines`` (an editor's front matter) are never removed."""
    lines = [_Line(number, text) for number, text in enumerate(normalise_text(raw).split("\n"), start=1)]
    if rules:
        _judge(lines, rules)
    keep = {line.strip() for line in keep_lines}
    kept: list[str] = []
    removed: list[RemovedLine] = []
    bylines: list[str] = []
    for line in lines:
        if line.reason and line.text.strip() not in keep:
            removed.append(RemovedLine(line.number, line.text.strip(), line.reason))
            if line.reason == "byline":
                bylines.append(line.text.strip())
        else:
            kept.append(line.text.rstrip())
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")
    return CleanText(text=text, paragraphs=_paragraphs(text), removed=tuple(removed), bylines=tuple(bylines))


def _is_heading(line: str, prev_line: str | None, next_line: str | None) -> bool:
    words = line.split()
    if not 1 <= len(words) <= 12 or line.rstrip().rstrip(_CLOSING_QUOTES).endswith(_SENTENCE_END):
        return False
    return _is_prose(prev_line) and _is_prose(next_line)


def _is_prose(line: str | None) -> bool:
    return line is not None and len(line.split()) >= 8


def _paragraphs(text: str) -> tuple[Paragraph, ...]:
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    blocks = [text[s:e] for s, e in spans]
    paragraphs = []
    for i, (start, end) in enumerate(spans):
        prev_line = blocks[i - 1] if i > 0 else None
        next_line = blocks[i + 1] if i + 1 < len(blocks) else None
        kind = "heading" if _is_heading(blocks[i], prev_line, next_line) else "text"
        paragraphs.append(Paragraph(index=i, start=start, end=end, kind=kind))
    return tuple(paragraphs)
