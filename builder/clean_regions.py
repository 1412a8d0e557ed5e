"""Page regions the line-by-line rules miss: teaser boxes, prompt boxes, paywall tails, meta lines.

A pasted page is not only a sequence of lines but a sequence of *blocks*: innerText puts a blank
line around every paragraph, while the items of a list or a box follow each other line by line.
So a teaser box is a heading ("Most Read", "Related", "More World") and the group of short lines
right under it, wherever it sits, inside the article too; a sign-up box is a prompt and the short
lines glued to it; after a paywall notice come offers, not article. These judgements run only on
text already shown to be a pasted page (:func:`builder.clean._rule_verdicts`): in newswire a short
line under "More" is a headline of this story.

Photo credits and meta lines (a date with a byline and a source) are judged here too: they are
names and dates, the stuff of people and timelines, and must not reach the extractors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from builder.lexicons.furniture import (
    BYLINE,
    CARD_MAX_GAP,
    CARD_MIN_ITEMS,
    COMMENT_HEADER,
    COMMENT_MAX_GAP,
    CREDIT_RULES,
    DATE_OR_TIME,
    INLINE_LINK,
    LINK_LIST_ITEMS,
    LINK_MIN_WORDS,
    META_MAX_WORDS,
    META_WORDS,
    NAME_LINE,
    PAYWALL,
    TEASER_HEADING,
    TEASER_MAX_LINES,
    TEASER_MAX_WORDS,
    TIME_ZONE,
    WEEKDAY,
)

LABEL_WORDS = 8
"""A kicker in capitals over a teaser ("THIS IS NOT A DRILL") is a few words."""
SPLIT_BYLINE_LEAD = re.compile(r"(?:(?:written|posted|words|story|reported) )?by\s*:?", re.IGNORECASE)
"""The first line of a byline split over lines: "By" alone."""
SPLIT_BYLINE_LINES = 5
"""Names and "and"s of a split byline: a few lines."""
ARTICLE_RUN = 3
"""Paragraphs in a row that make an article (cards and interviews have one at a time)."""
SOURCE_WORDS = 3
"""Lines this short between two paragraphs ("[Example Times]", "Advertisement") do not break an article's run."""
PROMPT_REASONS = frozenset({"subscribe prompt", "donation prompt", "app prompt"})
"""Rule verdicts that open a sign-up box: its other short lines (a slogan, a button) go with it."""
PROMPT_REACH = 3
"""How many lines either side of a prompt, in its block, belong to the same box."""
PROMPT_LINE_WORDS = 12
"""Lines of a sign-up box are short; a longer line glued to a prompt is kept."""
META_NAME_WORDS = 5
"""What is left of a meta line once dates and meta words are gone: a name or a source, a few words."""

GLUED_HEAD_WORDS = 3
"""A glued teaser's headline has a few title-cased words."""
GLUED_WORD_CHARS = 4
"""The headline's last word, glued to the dek, is a whole word, not a name's prefix ("Mc", "Mac", "i")."""
GLUED_DEK_WORDS = 8
"""A glued teaser's dek is a sentence of some length."""
_GLUE = re.compile(r"[a-z0-9?!.'’)](?=[A-Z][a-z])")
_STAMP = re.compile(
    r"\b(?:posted|published|updated|modified|written|edited|by|ago)\b|(?<![\d.,])\d{1,2}[:.]\d{2}|\d\s*[ap]\.?m\b", re.IGNORECASE
)
_WORD_EDGE = ".,:;|()[]'\"“”‘’"


@dataclass
class Line:
    """One input line while it is judged: its text, its rule verdict, the block it belongs to.

    ``block`` numbers the runs of lines with no blank line between them (innerText's blocks).
    ``region`` is kept apart from the rule verdict ``reason``: the article's bounds are found
    from the rule verdicts and the lines' form alone, so that a teaser box inside the article
    (removed as a region) does not read as navigation that splits it."""

    number: int
    text: str
    reason: str | None = None
    block: int = 0
    region: str | None = None

    @property
    def verdict(self) -> str | None:
        """Why the line goes: its rule verdict, else its region's."""
        return self.reason or self.region

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def _words(text: str) -> int:
    return len(text.split())


def _ends_sentence(text: str) -> bool:
    return text.rstrip().rstrip("\"'”’»)]").endswith((".", "!", "?", "…"))


def is_meta_line(text: str) -> bool:
    """A post's meta line: a time or a stamp word, and besides dates only meta words and a name.

    "Jane Doe - Nov 19, 2019, 10:31 pm EST", "Updated on: May 2, 2021 / 8:16 AM / Example News",
    "By Staff | March 3, 2020 at 2:26 PM": what remains once the dates, times, weekdays, time
    zones and meta words are taken out is a capitalised name of a few words, or nothing."""
    stripped = text.strip()
    if "\t" in stripped or not 0 < _words(stripped) <= META_MAX_WORDS:
        return False  # a tab separates table cells: a row of figures, not a post's meta line
    if not DATE_OR_TIME.search(stripped) or not _STAMP.search(stripped):
        return False
    rest = TIME_ZONE.sub(" ", WEEKDAY.sub(" ", DATE_OR_TIME.sub(" ", stripped)))
    rest = re.sub(r"\bby\s*:?\s*\S+", " ", rest.replace("/", " / "), flags=re.IGNORECASE)  # the author's handle may be lower case
    words = [w.strip(_WORD_EDGE) for w in rest.split()]
    words = [w for w in words if w and w.lower() not in META_WORDS and any(c.isalnum() for c in w)]
    return len(words) <= META_NAME_WORDS and all(w[0].isupper() or not w[0].isalpha() for w in words)


def is_glued_teaser(text: str) -> bool:
    """A teaser whose headline and dek innerText glued together: "Five Cafes Worth The DriveLooking for a ...".

    The headline part (three title-cased words or more) runs into a sentence-case dek with no
    space between a lower-case letter or a stop and the dek's capital. Names like "McDonald"
    glue too, but sit inside a sentence-case line, whose headline part fails the title case."""
    for glue in _GLUE.finditer(text):
        head, tail = text[: glue.start() + 1].split(), text[glue.start() + 1 :].split()
        capitalised = [w for w in head if len(w) > 3 and w[0].isupper()]
        if len(capitalised) < GLUED_HEAD_WORDS or len(tail) < GLUED_DEK_WORDS or len(head[-1]) < GLUED_WORD_CHARS:
            continue  # "iPhone", "McDonald", "HawaiiNewsNow": a glued name, not a headline and its dek
        if all(w[0].isupper() or not w[0].isalpha() or len(w) <= 3 for w in head):
            long_tail = [w for w in tail if len(w) > 3 and w[0].isalpha()]
            if long_tail and sum(w[0].islower() for w in long_tail) * 2 >= len(long_tail):
                return True
    return False


def credit_reason(text: str) -> str | None:
    """The reason for a picture's credit line ("photo credit") or a caption that ends with one ("caption")."""
    stripped = text.strip()
    for reason, pattern in CREDIT_RULES:
        if pattern.fullmatch(stripped):
            return reason
    return None


def mark_page_lines(content: list[Line]) -> None:
    """Meta lines, photo credits and inline links to other stories, among lines no rule took."""
    for line in content:
        if line.verdict is not None:
            continue
        stripped = line.text.strip()
        if is_meta_line(stripped):
            line.region = "meta line"
        elif is_glued_teaser(stripped):
            line.region = "teaser"
        elif BYLINE.fullmatch(stripped) is None:
            line.region = credit_reason(stripped) or ("related link" if INLINE_LINK.fullmatch(stripped) else None)


def is_teaser_heading(text: str) -> bool:
    """The heading of a box of links to other stories ("Most Read", "Related Stories", "More World")."""
    return TEASER_HEADING.fullmatch(text.strip()) is not None


def mark_teaser_boxes(content: list[Line]) -> None:
    """A teaser heading and the short lines of the block under it go, wherever the box sits.

    The box is the rest of the heading's block or, when the heading stands alone, the next
    block; it ends at the first long line (article prose) or after :data:`TEASER_MAX_LINES`.
    A lone heading over a block of one sentence is more likely an article's subheading
    ("More Trouble Ahead") over a short paragraph: that block stays."""
    for i, line in enumerate(content):
        if not is_teaser_heading(line.text):
            continue
        line.region = line.region or "teaser heading"
        if i + 1 == len(content):
            break
        block = content[i + 1].block
        lone = block != line.block and (i + 2 == len(content) or content[i + 2].block != block)
        if lone and _ends_sentence(content[i + 1].text):
            continue
        for item in content[i + 1 : i + 1 + TEASER_MAX_LINES]:
            if item.block != block or _words(item.text) > TEASER_MAX_WORDS or is_teaser_heading(item.text):
                break
            item.region = item.region or "teaser list"


def mark_prompt_boxes(content: list[Line]) -> None:
    """Short lines glued to a sign-up or donation prompt (a slogan, a button) belong to its box.

    The box grows from the prompt line by line, up and down, while the lines are short, unjudged
    and in the prompt's block: a headline two lines below a "Subscribe" button in a menu is not
    reached past the menu's other buttons."""
    for i, line in enumerate(content):
        if line.reason not in PROMPT_REASONS:
            continue
        for step in (-1, 1):
            for k in range(1, PROMPT_REACH + 1):
                if not 0 <= i + step * k < len(content):
                    break
                near = content[i + step * k]
                if near.block != line.block or near.verdict is not None or _words(near.text) > PROMPT_LINE_WORDS:
                    break  # the box ends at a blank line, at other furniture or at a longer line
                if BYLINE.fullmatch(near.text.strip()):
                    break  # the article's byline glued under a sign-up button is still its byline
                near.region = "prompt box"
    for i in range(1, len(content) - 1):
        line, before, after = content[i], content[i - 1], content[i + 1]
        if line.verdict is None and before.reason in PROMPT_REASONS and after.reason in PROMPT_REASONS:
            line.region = "prompt box"  # a slogan between a sign-up heading and its small print


def mark_after_paywall(content: list[Line], prose: list[bool]) -> None:
    """After a paywall notice that cuts the article short, the rest of the page is offers and teasers.

    The notice must follow more prose than there is after it: a "subscribers only" label above
    the article, or a paywall box in the middle of a page that shows the whole text, cuts nothing."""
    total = sum(_words(line.text) for line, p in zip(content, prose, strict=True) if p)
    before = 0
    for i, line in enumerate(content):
        if prose[i] and line.verdict is None:
            before += _words(line.text)
        elif before and line.reason in (None, *PROMPT_REASONS) and PAYWALL.fullmatch(line.text.strip()):
            if total - before >= before:
                return
            line.region = line.region or "paywall"
            for rest in content[i + 1 :]:
                rest.region = rest.region or "after paywall"
            return


def _marker(line: Line, prose: bool) -> str | None:
    """The kind of short line that recurs once per card in a list of cards, if this is one.

    A time stamp or meta line ("2H ago"), a comment header ("jdoe says:"), a label in capitals
    (a section: "POLITICS"), a name alone (the teaser's author)."""
    stripped = line.text.strip()
    if COMMENT_HEADER.fullmatch(stripped):
        return "comment"
    if line.verdict in ("time stamp", "meta line"):
        return "stamp"
    if prose or line.reason is not None or line.region not in (None, "link list"):
        return None  # a card's header may sit in a list of links; a source tag or a credit marks no card
    if any(c.isdigit() for c in stripped):
        return None  # dates, prices, scores: the content of a listing, not a teaser's kicker or byline
    if _words(stripped) <= LABEL_WORDS and any(c.isalpha() for c in stripped) and stripped.upper() == stripped:
        return "label"
    if NAME_LINE.fullmatch(stripped):
        return "name"
    return None


def _chains(indices: list[int], max_gap: int, prose: list[bool] | None = None) -> list[list[int]]:
    """Runs of marker positions whose successive distances are 2 to ``max_gap + 1`` lines.

    With ``prose``, a card holds at most one prose line (its dek) and at least one short line
    besides the marker (its headline): two paragraphs in a row are an article, and a subheading
    over one paragraph, repeated, is an article in sections, not a list of cards."""
    chains: list[list[int]] = []
    for i in indices:
        card = prose[chains[-1][-1] + 1 : i] if chains and prose is not None else []
        deks, others = sum(card), len(card) - sum(card)
        if chains and 2 <= i - chains[-1][-1] <= max_gap + 1 and deks <= 1 and (prose is None or others >= 1):
            chains[-1].append(i)
        else:
            chains.append([i])
    return [c for c in chains if len(c) >= CARD_MIN_ITEMS]


def mark_card_lists(content: list[Line], prose: list[bool]) -> None:
    """Lists of cards (teasers of other stories, reader comments) go as a whole region.

    A card is a few lines (headline, dek, byline, time) with one kind of short line, the
    *marker*, in each; three markers spaced alike make a list. The region runs from the first
    card to the last, with as many lines around the first and last marker as the closest
    spacing allows. A card holds one paragraph at most, so an article (paragraphs in a row)
    is never inside; and a teaser list needs an article elsewhere on the page (more prose, or
    paragraphs in a row): an interview, a name and an answer by turns, is not a list of
    teasers. A comment thread comes after the article's first paragraph."""
    kinds: dict[str, list[int]] = {}
    for i, line in enumerate(content):
        kind = _marker(line, prose[i])
        if kind is not None:
            kinds.setdefault(kind, []).append(i)
    first_prose = next((i for i, p in enumerate(prose) if p), len(content))
    total = sum(_words(line.text) for line, p in zip(content, prose, strict=True) if p)
    for kind, indices in kinds.items():
        comments = kind == "comment"
        for chain in _chains(indices, COMMENT_MAX_GAP if comments else CARD_MAX_GAP, None if comments else prose):
            spacing = min(b - a for a, b in zip(chain, chain[1:], strict=False)) - 1
            start, end = _card_edge(prose, chain, -1, spacing), _card_edge(prose, chain, 1, spacing)
            inside = sum(_words(content[i].text) for i in range(start, end + 1) if prose[i])
            elsewhere = inside * 2 < total or _article_outside(content, prose, start, end)
            if comments and start < first_prose or not comments and not elsewhere:
                continue
            for line in content[start : end + 1]:
                line.region = line.region or ("comment thread" if comments else "teaser cards")


def _article_outside(content: list[Line], prose: list[bool], start: int, end: int) -> bool:
    """True when the page holds, outside ``start..end``, :data:`ARTICLE_RUN` prose lines in a row."""
    run = 0
    for i, p in enumerate(prose):
        if start <= i <= end:
            run = 0
        elif p:
            run += 1
        elif _words(content[i].text) > SOURCE_WORDS:
            run = 0  # a source tag or a one-word label between paragraphs does not end the article
        if run >= ARTICLE_RUN:
            return True
    return False


def _card_edge(prose: list[bool], chain: list[int], step: int, spacing: int) -> int:
    """The first (``step`` -1) or last (+1) line of a card list: up to ``spacing`` lines beyond its outer marker.

    A prose line is taken only where every other card has prose at the same distance from its
    marker (the dek of a card whose time stamp comes last): next to a list of cards may stand
    the article's first or last paragraph."""
    marker, others = (chain[0], chain[1:]) if step < 0 else (chain[-1], chain[:-1])
    edge = marker
    for k in range(1, spacing + 1):
        i = marker + step * k
        if not 0 <= i < len(prose) or prose[i] and not all(prose[m + step * k] for m in others):
            break
        edge = i
    return edge


def _headline(text: str) -> bool:
    """A line shaped like a link to another story: a few title-cased words, no sentence end."""
    stripped = text.strip()
    long_words = [w for w in stripped.split() if len(w) > 3 and w[0].isalpha()]
    lower = sum(1 for w in long_words if not w[0].isupper())
    return (
        "\t" not in stripped  # table cells
        and LINK_MIN_WORDS <= _words(stripped) <= TEASER_MAX_WORDS
        and not stripped.endswith((".", "!", ":", ";", ",", "…"))
        and (stripped[:1].isupper() or stripped[:1].isdigit())
        and lower <= 1  # headlines of other stories are in title case; an article's list items are not
    )


def mark_link_lists(content: list[Line]) -> None:
    """A block of several headline-shaped lines is a list of links to other stories, wherever it sits.

    innerText sets the article's paragraphs apart with blank lines, while the items of a list
    follow each other line by line; :data:`LINK_LIST_ITEMS` headlines in one block, with no
    other kind of line among them, make a list of links."""
    blocks: dict[int, list[Line]] = {}
    for line in content:
        blocks.setdefault(line.block, []).append(line)
    for lines in blocks.values():
        items = [line for line in lines if line.verdict is None]
        if len(items) >= LINK_LIST_ITEMS and all(_headline(line.text) for line in items):
            for line in items:
                line.region = "link list"


def mark_split_bylines(content: list[Line]) -> None:
    """A byline that innerText split over lines ("By" / "Jane Doe" / "and" / "John Roe") is a byline.

    Each name of the article's authors then sits alone on a line, where nothing else tells it
    from a person of the story."""
    for i, line in enumerate(content):
        if not SPLIT_BYLINE_LEAD.fullmatch(line.text.strip()):
            continue
        names = []
        for near in content[i + 1 : i + 1 + SPLIT_BYLINE_LINES]:
            stripped = near.text.strip()
            if near.block != line.block or near.verdict is not None:
                break
            if NAME_LINE.fullmatch(stripped) and not any(c.isdigit() for c in stripped):
                names.append(near)
            elif stripped.lower() not in ("and", "&", ",", "and,"):
                break
        if names:
            line.region = line.region or "byline"
            for near in content[i + 1 : content.index(names[-1]) + 1]:
                near.region = near.region or "byline"
