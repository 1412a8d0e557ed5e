"""Clean pasted article text: drop page furniture, keep the article's own subheadings.

A select-all copy of a news page is the article wrapped in navigation menus, share bars,
sign-up prompts, teaser lists and footers. Without the HTML the cleaner judges each line
twice, in the spirit of jusText's short / near-good / good blocks:

1. **By its own form.** A line matching a furniture rule (:mod:`builder.lexicons.furniture`)
   goes. Of the rest, a line of a dozen words ending like a sentence is *prose*, and a short
   title-cased line with no sentence punctuation, digits or code symbols is a *label*
   (a menu item, a button, a teaser headline).
2. **By its context.** Prose lines with no block of labels between them form a *segment*.
   The article is the stretch from the first to the last segment holding at least half as
   much prose as the biggest one; a short label or list inside it stays, because a line
   between two good ones is usually good. Lines above it (but for the title, date and
   byline just above its first paragraph) and below it go when they hold a label block.
3. **By its region** (:mod:`builder.clean_regions`). A teaser box under a heading, a list of
   headline links, a sign-up box, the offers after a paywall, a list of teaser cards or
   reader comments, photo credits and meta lines go wherever they sit, inside the article too.
   They are judged apart from the rule verdicts, so a box inside the article does not split it.

Context only applies to text that shows it is a pasted web page (a couple of rule hits).
Clean newswire has none, so there a headline, a dateline ("LONDON 1996-08-30"), a bare
number or a table row is content and only the rules, written to spare prose, act.

The cleaned text is the input with whole furniture lines removed and runs of blank lines
folded, so every later offset indexes into it and each kept line is verbatim.
Each block (a non-blank line) becomes a :class:`Paragraph`; a short line without final
punctuation between two prose lines is a subheading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from builder.clean_regions import Line as _Line
from builder.clean_regions import (
    mark_after_paywall,
    mark_card_lists,
    mark_link_lists,
    mark_page_lines,
    mark_prompt_boxes,
    mark_split_bylines,
    mark_teaser_boxes,
)
from builder.lexicons.furniture import BYLINE, BYLINE_MAX_WORDS, FURNITURE_RULES, PAGE_RULES
from builder.model import CleanText, Paragraph, RemovedLine

_SENTENCE_END = tuple(".!?:;…,")
_CLOSING_QUOTES = "\"'”’»)]"

PROSE_WORDS = 12
"""A line of this many words that ends like a sentence is article prose, not a label."""
LONG_WORDS = 30
"""So many words make prose even without final punctuation (a paragraph cut by a link)."""
MENU_WORDS = 8
"""Menu items and buttons are short; a label of up to this many words must be fully title-cased."""
TEASER_WORDS = 20
"""Teaser headlines of other stories are longer than menu items but just as title-cased."""
BARRIER_ITEMS = 4
"""So many labels in a row make a block of navigation that splits the page into segments:
an article's own short lines (a subheading, a caption, a dateline) come one or two at a time."""
SEGMENT_SHARE = 0.5
"""A segment with at least this share of the biggest segment's prose is part of the article:
articles broken by a code listing, a table or a photo strip stay whole, while a teaser or a
biography below them, far smaller, does not stretch the article's bounds."""
LEAD_LINES = 3
"""Lines kept just above the article's first prose line: its title, date and byline live there."""
TAIL_MIN_WORDS = 3
"""A closing sentence of the article has a few words; a shorter line ending in a stop is a label."""
FURNITURE_MAX_CHARS = 1000
"""The longest line a furniture rule may match (long copyright footers are about 600 characters)."""
PAGE_EVIDENCE = 2
"""Rule hits (share bars, sign-up prompts, footers...) that show the text is a pasted web page.

Below this the text is taken for a clean article (newswire, a feed): its short lines are a
headline, a dateline or a table, so neither context nor bare numbers remove anything there."""

_NOT_LABEL = re.compile(r"[\d=(){}\[\]<>_/\\#$;\"\t]")
_TEASER_END = re.compile(r"(?:\.\.\.|…)\s*$")
_PROSE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")


# Space characters other than the plain space (no-break, thin, figure, ideographic …). spaCy
# makes each a token of its own inside a sentence ("Obama said\xa0he expected"), which breaks
# the parse and splits names ("Stu\xa0Burguiere"); one for one, a plain space keeps every offset.
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def normalise_text(raw: str) -> str:
    """Unify line ends and spaces and drop characters that have no place in article text (BOM, NUL)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return _ODD_SPACES.sub(" ", text.replace("\ufeff", "").replace("\x00", ""))


Rules = Sequence[tuple[str, re.Pattern[str]]]


def furniture_reason(line: str, rules: Rules = FURNITURE_RULES) -> str | None:
    """The name of the first furniture rule that matches the whole line, if any.

    Furniture is short: a line longer than :data:`FURNITURE_MAX_CHARS` is a paragraph and is
    never matched, which also keeps the cost of the rules bounded on huge lines."""
    stripped = line.strip()
    if not stripped or len(stripped) > FURNITURE_MAX_CHARS:
        return None
    for reason, pattern in rules:
        if pattern.fullmatch(stripped):
            return reason
    return None


def is_byline(line: str) -> bool:
    """True for a credit line ("By Jane Doe"): short, capitalised name, not a sentence."""
    stripped = line.strip()
    return len(stripped) <= FURNITURE_MAX_CHARS and len(stripped.split()) <= BYLINE_MAX_WORDS and BYLINE.fullmatch(stripped) is not None


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
    """A short label: few words, no sentence punctuation, no digits, no code symbols or tabs.

    Digits are excluded so that table rows and score lines ("Barnsley 2 Stoke 0") in
    newswire never count as navigation, code symbols so that a code listing does not, and
    tabs because a pasted page puts them between table cells. Past two words a label is in
    title case ("World News", "Art & Leisure"); an item in sentence case ("Use smart
    storage solutions") belongs to a bulleted list of the article."""
    stripped = line.strip()
    words = stripped.split()
    if not 0 < len(words) <= TEASER_WORDS or _PROSE_END.search(stripped) or _NOT_LABEL.search(line):
        return False
    if len(words) <= 2:
        return True
    capitalised = sum(1 for w in words if not w[0].isalpha() or w[0].isupper() or len(w) <= 3)
    if len(words) <= MENU_WORDS:
        return capitalised == len(words)
    return capitalised >= len(words) - 1  # a teaser headline in title case: "Inside the White House, Doubts Creep In"


def _rule_verdicts(content: list[_Line], rules: Rules) -> bool:
    """Name the lines that furniture rules match; True when they show a pasted web page.

    A bare number is a share counter only on such a page and only alone: in newswire it is
    an attendance or a table row ("3,367", "1996 45,000")."""
    verdicts: dict[str, str | None] = {}  # menus and footers repeat: judge each distinct line once
    for line in content:
        if line.text not in verdicts:
            verdicts[line.text] = furniture_reason(line.text, rules)
        line.reason = verdicts[line.text]
    is_page = sum(1 for line in content if line.reason not in (None, "counter", "credit line")) >= PAGE_EVIDENCE
    for i, line in enumerate(content):
        if line.reason != "counter":
            continue
        neighbours = content[max(0, i - 1) : i] + content[i + 1 : i + 2]
        if not is_page or any(verdicts[n.text] == "counter" for n in neighbours):
            line.reason = None
    if is_page:
        for line in content:
            line.reason = line.reason or furniture_reason(line.text, PAGE_RULES)
    return is_page


def _segments(content: list[_Line]) -> list[tuple[int, int]]:
    """Runs of prose lines (first, last index into ``content``) that no menu block interrupts."""
    segments: list[tuple[int, int]] = []
    run = longest = 0
    for i, line in enumerate(content):
        if is_prose(line.text) and line.reason is None:
            if segments and longest < BARRIER_ITEMS:
                segments[-1] = (segments[-1][0], i)
            else:
                segments.append((i, i))
            run = longest = 0
        elif line.reason is not None or is_menu_item(line.text):
            run += 1
            longest = max(longest, run)
        else:
            run = 0  # a caption or a list item breaks the run: menus come as unbroken blocks
    return segments


def _weight(content: list[_Line], segment: tuple[int, int]) -> int:
    """How much prose a segment holds: the article is the segment with the most.

    Prose of a region already judged furniture (reader comments, teaser cards) does not count:
    a long comment thread must not outweigh the article it follows."""
    lines = content[segment[0] : segment[1] + 1]
    return sum(len(line.text.split()) for line in lines if line.region is None and is_prose(line.text))


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
    chosen = [s for s, w in zip(segments, weights, strict=True) if w >= floor]
    first, last = chosen[0][0], chosen[-1][1]
    start = _lead_start(content, first)
    if not _has_barrier(content[:start]):
        start = 0  # only a few short lines above: a headline and dateline, not a menu
    end = _tail_end(content, last)
    if not _has_barrier(content[last + 1 :]):
        end = len(content) - 1
    return start, end


def _tail_end(content: list[_Line], last: int) -> int:
    """Where the article ends: its last prose line and the short sentences right after it.

    An article often closes on a line too short to count as prose ("The other two were
    released.", a one-line quote); the lines that follow its last paragraph and end like a
    sentence, up to the first furniture or label, are still the article."""
    end = last
    for line in content[last + 1 :]:
        stripped = line.text.strip()
        if line.verdict is not None or len(stripped.split()) < TAIL_MIN_WORDS or not _PROSE_END.search(stripped):
            break
        end += 1
    return end


def _lead_start(content: list[_Line], first: int) -> int:
    """Where the article starts: up to :data:`LEAD_LINES` lines above its first prose line.

    Rule hits (a share bar) and one-word labels ("Photo", "Video") between the title and the
    text do not use up the lead, but the look-back is bounded so that a menu of one-word
    items above the title is not taken in."""
    lead = looked = 0
    start = first
    for i in range(first - 1, -1, -1):
        if lead == LEAD_LINES or looked == 2 * LEAD_LINES:
            break
        if content[i].reason is not None:
            continue  # a share bar between the standfirst and the text is removed anyway
        looked += 1
        if len(content[i].text.split()) > 1:
            lead += 1
            start = i
    return start


def _has_barrier(run: list[_Line]) -> bool:
    """True when a stretch of lines holds a block of navigation (enough menu items or furniture)."""
    return sum(1 for line in run if line.reason is not None or is_menu_item(line.text)) >= BARRIER_ITEMS


def _judge(lines: list[_Line], rules: Rules) -> None:
    """Give every furniture line a reason: rule hits, bylines, and lines outside the article."""
    block = 0
    for line in lines:
        block += line.blank
        line.block = block
    content = [line for line in lines if not line.blank]
    is_page = _rule_verdicts(content, rules)
    if is_page:
        mark_page_lines(content)
        mark_split_bylines(content)
        mark_teaser_boxes(content)
        mark_link_lists(content)
        mark_prompt_boxes(content)
        prose = [is_prose(line.text) for line in content]
        mark_after_paywall(content, prose)
        mark_card_lists(content, prose)
    bounds = _article_bounds(content) if is_page else None
    for i, line in enumerate(content):
        if line.reason is None and bounds is not None and not bounds[0] <= i <= bounds[1]:
            line.reason = "before the article" if i < bounds[0] else "after the article"
        elif line.verdict is None and is_byline(line.text):
            line.reason = "byline"  # only the article's own: "By ..." under a teaser names another story's author
        line.reason = line.verdict


def clean_text(raw: str, *, keep_lines: tuple[str, ...] = (), rules: Rules = FURNITURE_RULES) -> CleanText:
    """Remove furniture lines from ``raw`` and describe the blocks that remain.

    ``rules`` are the line rules that also tell a pasted page from clean text; the page-only
    rules, bylines and the article's bounds are judged only when there are rules, so
    ``rules=()`` turns removal off (HTML bodies were already cleaned by their reader).
    Lines listed in ``keep_lines`` (an editor's front matter) are never removed."""
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


HEADING_MAX_WORDS = 12
"""A subheading is a short line; longer unpunctuated lines are prose cut short, not headings."""
HEADING_NEIGHBOUR_WORDS = 8
"""A subheading sits between paragraphs: both neighbours must be real text, not labels."""


def _is_heading(words: int, line: str, prev_words: int, next_words: int) -> bool:
    """A short line without final punctuation between two paragraphs is a subheading."""
    if not 1 <= words <= HEADING_MAX_WORDS or line.rstrip().rstrip(_CLOSING_QUOTES).endswith(_SENTENCE_END):
        return False
    return prev_words >= HEADING_NEIGHBOUR_WORDS and next_words >= HEADING_NEIGHBOUR_WORDS


def _paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Every non-blank line of the cleaned text as a paragraph, headings told apart."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    blocks = [text[s:e] for s, e in spans]
    words = [len(block.split()) for block in blocks] + [0]  # words[-1] == 0 stands for "no neighbour"
    paragraphs = []
    for i, (start, end) in enumerate(spans):
        heading = _is_heading(words[i], blocks[i], words[i - 1] if i else 0, words[i + 1])
        paragraphs.append(Paragraph(index=i, start=start, end=end, kind="heading" if heading else "text"))
    return tuple(paragraphs)


_BYLINE_LEAD = re.compile(r"^(?:by|posted by|written by|article by|story by|words by|reported by|authors?)\s*:?\s+", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s+(?:and|&)\s+")
_AFFILIATION = re.compile(r"\s*[,;|–—]\s.*$|\s*[,;|]$")


def authors_from_bylines(bylines: Sequence[str]) -> tuple[str, ...]:
    """Author names from byline lines ("By Jane Doe and John Roe, Reuters" -> Jane Doe, John Roe).

    What follows a comma or dash is an affiliation, a job title or a date, not an author;
    only parts that look like a name (two to four capitalised words) count.
    """
    names: list[str] = []
    for line in bylines:
        credit = _AFFILIATION.sub("", _BYLINE_LEAD.sub("", line.strip()))
        for part in _NAME_SPLIT.split(credit):
            words = part.split()
            if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and part not in names:
                names.append(part)
    return tuple(names)
