"""Which quotation marks quote speech, and which quotes are key.

Titles of shows and works, stage directions, nicknames, labels and scare quotes no one is
credited with are names, not speech. A key quote is a quoted sentence from a confident
speaker; ``rank_key_quotes`` orders them for a reader skimming the digest.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from spacy.tokens import Token

from builder.extract.quotes.context import SUBJECTS, Context
from builder.extract.quotes.segments import Segment
from builder.lexicons.quotes import (
    MIN_KEY_WORDS,
    NAME_INTRODUCERS,
    TITLE_INTRODUCERS,
    WORK_NOUNS,
)
from builder.model import CONFIDENT, Quote


def _is_title(text: str) -> bool:
    """Title Case text (a show, film or article title) is a name, not speech."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)


def is_key(text: str) -> bool:
    """A key quote is full speech: long enough, not a title, and starting like a sentence."""
    words = text.split()
    if len(words) < MIN_KEY_WORDS or _is_title(text):
        return False
    return text[:1].isupper() or text[:1].isdigit()


def rank_key_quotes(quotes: Sequence[Quote]) -> list[Quote]:
    """Key quotes, best first: named speaker, complete sentence, informative length, then order.

    A reader skimming a digest wants whole sentences from someone named, and trusts the
    name: a quote whose speaker is a guess (below ``CONFIDENT``) is never a key quote.
    """
    key = [q for q in quotes if q.key and q.speaker_confidence >= CONFIDENT]  # never a guessed speaker

    def score(item: tuple[int, Quote]) -> tuple[int, int, int, int]:
        index, quote = item
        named = quote.speaker is not None and quote.speaker[:1].isupper() and quote.speaker.split()[0].lower() not in ("the", "a", "an")
        complete = quote.text[:1].isupper() and quote.text.rstrip("”\"’' ")[-1:] in ".!?"
        words = len(quote.text.split())
        informative = 8 <= words <= 80
        return (-int(quote.speaker is not None) - int(named), -int(complete), -int(informative), index)

    return [q for _i, q in sorted(enumerate(key), key=score)]


def is_speech(ctx: Context, seg: Segment, after_name: bool = False) -> bool:
    """False for quotation marks that do not quote anyone.

    A stage direction in brackets ("(CROSSTALK.)"); the title of a work after its noun ("the
    album, “…”"); a Title Case name after a possessive, a preposition, an article or a
    naming word (CNN's "State of the Union", a “Committee to Save the Park”, the slogan
    “…”), or coordinated with such a name (``after_name``), or modifying the noun after it
    (the “Morning Show” host); a fragment with no cue and no one credited (a scare quote or
    term in the writer's sentence); a short quote no one is credited with: these are names
    and labels, not speech.
    """
    text = ctx.text[seg.start : seg.end]
    if re.fullmatch(r"\(.*\)[.,]?", text) or _is_nickname(ctx.text, seg):
        return False
    before = ctx.text[max(0, seg.open - 30) : seg.open].replace(",", " ").split()
    last = before[-1].lower() if before else ""
    if last in WORK_NOUNS:
        return False
    if _is_title(text) and (
        re.search(r"[’']s$", last) or last in TITLE_INTRODUCERS or last in NAME_INTRODUCERS or after_name or _noun_follows(ctx, seg)
    ):
        return False
    if seg.speaker is None and seg.cue is None and text[:1].islower():
        return False
    if len(text.split()) < MIN_KEY_WORDS and _is_subject_phrase(ctx, seg):
        return False  # 'A “brain drain” has hit the towns': a term the writer's sentence is about
    return seg.speaker is not None or len(text.split()) >= MIN_KEY_WORDS


def joined_to(ctx: Context, seg: Segment, previous: Segment) -> bool:
    """True when only "and", "or" or a comma stands between two quotes ("“A” and “B”")."""
    between = ctx.text[previous.close : seg.open].replace(",", " ").split()
    return previous.para == seg.para and all(word in ("and", "or") for word in between)


def is_label(ctx: Context, seg: Segment) -> bool:
    """True for a short quote that modifies the noun after it: “quack” medical cures, the
    “national enterprise reporter” Jane Doe. Without a cue or a quote it continues, it
    labels the noun in the writer's sentence: the clause's subject did not say it."""
    if len(ctx.text[seg.start : seg.end].split()) >= MIN_KEY_WORDS:
        return False
    return _modifies_noun(ctx, seg)


def _top_tokens(ctx: Context, seg: Segment) -> list[Token]:
    """The quote's words whose head lies outside it."""
    k0, k1 = bisect.bisect_left(ctx.starts, seg.start), bisect.bisect_left(ctx.starts, seg.end)
    return [t for t in ctx.tokens[k0:k1] if not t.is_punct and not seg.open <= t.head.idx < seg.close]


def _is_subject_phrase(ctx: Context, seg: Segment) -> bool:
    """True when the quote is the head of a noun phrase the writer opened before it ('A “brain
    drain” has hit …') that is the subject of a clause outside it (not '“My hope,” he said, “is …”')."""
    tops = _top_tokens(ctx, seg)
    if len(tops) != 1 or tops[0].dep_ not in SUBJECTS:
        return False
    return any(c.dep_ in ("det", "amod", "poss", "compound") and c.idx < seg.open for c in tops[0].children)


def _noun_follows(ctx: Context, seg: Segment) -> bool:
    """True when a common noun comes right after the closing mark (the “Morning Show” co-host):
    the quoted name modifies it, whatever the parse made of it."""
    k = bisect.bisect_left(ctx.starts, seg.close)
    if not seg.closed or k >= len(ctx.tokens) or ctx.para_of[k] != seg.para or ctx.starts[k] != seg.close + 1:
        return False
    return ctx.tokens[k].pos_ == "NOUN" or _modifies_noun(ctx, seg)


def _modifies_noun(ctx: Context, seg: Segment) -> bool:
    """True when the quote's one top word modifies a noun after the quote (the “Morning Show” host)."""
    tops = _top_tokens(ctx, seg)
    if len(tops) != 1 or tops[0].dep_ not in ("amod", "compound", "nmod"):
        return False
    return tops[0].head.idx >= seg.close and tops[0].head.pos_ in ("NOUN", "PROPN")


_NICKNAME = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?")


def _is_nickname(text: str, seg: Segment) -> bool:
    """True for a nickname quoted inside a name (Robert C. "Bobby" Scott): a label, not speech."""
    if not seg.closed or not _NICKNAME.fullmatch(text, seg.start, seg.end):
        return False
    before = text[max(0, seg.open - 30) : seg.open]
    after = text[seg.close : seg.close + 30]
    named_before = re.search(r"\b[A-Z][\w.’'-]* $", before)
    return bool(named_before) and named_before.group().strip().lower() not in TITLE_INTRODUCERS and bool(re.match(r" [A-Z]", after))
