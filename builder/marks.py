"""Quotes marked inside the full text, so a quote's link lands on (and highlights) the quoted words.

The full-text page prints each paragraph as pieces, plain or inside ``<mark id="q-N">`` (N is
the quote's place in ``digest.quotes``, counted from 1, so it stays the same on every page
that links to it). HTML elements must nest and quotes need not: one may run over a paragraph
break, two may overlap. So a paragraph is cut into flat pieces that never nest: each piece
belongs to one quote or to none, a quote that runs on into the next paragraph is marked there
too, and where quotes overlap the words go to the quote that began first (a quote inside
another is then highlighted as part of it). A quote's id goes on its first piece.

The pieces are data (text, marked, id), never HTML: the template prints each one, and its
text passes through :func:`builder.mdtext.md_escape` like every other value.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from builder.model import Paragraph, Quote


@dataclass(frozen=True)
class Segment:
    """A piece of a paragraph: its words (whitespace folded), whether they are quoted, and the quote's id on its first piece.

    ``space`` says the article had whitespace before the piece: the template prints it,
    because :func:`md_escape` drops the leading spaces of a value (four of them would start
    a code block at the start of a line).
    """

    text: str
    marked: bool = False
    id: str | None = None
    space: bool = False


@dataclass(frozen=True)
class QuoteMarks:
    """Every paragraph's pieces, and for every quote the anchor its links go to."""

    paragraphs: tuple[tuple[Segment, ...], ...]
    anchors: tuple[str | None, ...]  # per quote: "q-N" of a mark that holds its first words; None when it marks nothing


def quote_id(index: int) -> str:
    """The id of the quote at ``index`` in ``digest.quotes`` (from 1, like the paragraphs' "p-N")."""
    return f"q-{index + 1}"


Run = tuple[int, int, int | None]  # start, end, the quote that owns the words (None: not quoted)
MarkedRun = tuple[int, int, int | None, str | None]  # a run and the id it carries


def _clips(paragraphs: Sequence[Paragraph], quotes: Sequence[Quote]) -> list[list[tuple[int, int, int]]]:
    """Per paragraph, the parts (start, end, quote index) of the quotes that fall inside it."""
    starts = [p.start for p in paragraphs]
    clips: list[list[tuple[int, int, int]]] = [[] for _ in paragraphs]
    for index, quote in enumerate(quotes):
        k = max(0, bisect.bisect_right(starts, quote.start) - 1)
        while k < len(paragraphs) and paragraphs[k].start < quote.end:
            start, end = max(quote.start, paragraphs[k].start), min(quote.end, paragraphs[k].end)
            if start < end:
                clips[k].append((start, end, index))
            k += 1
    return clips


def _runs(paragraph: Paragraph, clips: list[tuple[int, int, int]]) -> list[Run]:
    """The paragraph cut where any quote starts or ends; each piece goes to the covering quote that began first.

    Ties go to the longer quote, then to the earlier one in ``digest.quotes``; neighbouring
    pieces of the same owner are one run.
    """
    if not clips:
        return [(paragraph.start, paragraph.end, None)]
    cuts = sorted({paragraph.start, paragraph.end, *(c[0] for c in clips), *(c[1] for c in clips)})
    runs: list[Run] = []
    for start, end in pairwise(cuts):
        covering = [c for c in clips if c[0] <= start and end <= c[1]]
        owner = min(covering, key=lambda c: (c[0], -c[1], c[2]))[2] if covering else None
        if runs and runs[-1][2] == owner:
            runs[-1] = (runs[-1][0], end, owner)
        else:
            runs.append((start, end, owner))
    return runs


def _marked_runs(paragraphs: Sequence[Paragraph], quotes: Sequence[Quote]) -> tuple[list[list[MarkedRun]], tuple[str | None, ...]]:
    """Every paragraph's runs with the id of each quote on its first run, and the anchor of every quote.

    A quote with no run of its own (inside one that began before it, or the same words
    twice) links to the mark that holds its first words; one that marks nothing (no words,
    or words outside every paragraph) has no anchor.
    """
    clips = _clips(paragraphs, quotes)
    identified: set[int] = set()
    held_by: dict[int, int] = {}  # quote -> the quote whose mark holds its first words (itself, or one that began before)
    marked: list[list[MarkedRun]] = []
    for paragraph, inside in zip(paragraphs, clips, strict=True):
        runs = _runs(paragraph, inside)
        for start, _, index in inside:
            if index not in held_by:
                held_by[index] = next(owner for a, b, owner in runs if a <= start < b and owner is not None)
        with_ids: list[MarkedRun] = []
        for start, end, owner in runs:
            mark_id = None
            if owner is not None and owner not in identified:
                identified.add(owner)
                mark_id = quote_id(owner)
            with_ids.append((start, end, owner, mark_id))
        marked.append(with_ids)
    anchors = tuple(quote_id(i if i in identified else held_by[i]) if i in held_by else None for i in range(len(quotes)))
    return marked, anchors


def quote_anchors(paragraphs: Sequence[Paragraph], quotes: Sequence[Quote]) -> tuple[str | None, ...]:
    """Per quote, the id ("q-N") its links go to on the full-text page, or None when it marks nothing there."""
    return _marked_runs(paragraphs, quotes)[1]


def targets_by_quote(quotes: Sequence[Quote], anchors: Sequence[str | None]) -> dict[Quote, str | None]:
    """Each quote's link target by the quote itself; of equal quotes (same words, same place) the first one's."""
    found: dict[Quote, str | None] = {}
    for quote, anchor in zip(quotes, anchors, strict=True):
        found.setdefault(quote, anchor)
    return found


def mark_quotes(text: str, paragraphs: Sequence[Paragraph], quotes: Sequence[Quote]) -> QuoteMarks:
    """The full text's paragraphs as pieces with the quotes marked, and where each quote's links go."""
    marked, anchors = _marked_runs(paragraphs, quotes)
    return QuoteMarks(tuple(_segments(text, runs) for runs in marked), anchors)


def _segments(text: str, runs: list[MarkedRun]) -> tuple[Segment, ...]:
    """The runs as printed pieces: whitespace folded, a run of nothing but spaces dropped unless it carries an id."""
    out: list[Segment] = []
    space = False
    for start, end, owner, mark_id in runs:
        raw = text[start:end]
        words = " ".join(raw.split())
        space = space or raw[:1].isspace()
        if words or mark_id:
            out.append(Segment(words, owner is not None, mark_id, space and bool(out)))
            space = raw[-1:].isspace()
        else:
            space = space or bool(raw)
    return tuple(out)
