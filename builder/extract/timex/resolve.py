"""Temporal expressions: spans with a TimeML (TIMEX3) type and value resolved against publication.

The rules in :mod:`builder.extract.timex.rules` find candidate spans over the whole text
(longest match wins, so "the quarter ended Sept. 30" is two timexes as in TempEval);
each is then resolved in text order, because anaphoric expressions ("a year earlier",
"the quarter") take their value from the expressions before them. The tense of the
sentence, read from the spaCy parse, decides the direction of bare weekdays and months.
Without a publication date, values that depend on it are written with X digits
("last year" -> XXXX), as TIMEX3 does for an unknown anchor.

Issue 14: a time word inside a name, a quoted title or a copyright line is no candidate
(:mod:`~builder.extract.timex.names`); a date that a past-tense verb takes directly ("sank in
August") is never after publication (:func:`told_as_done`); "today" inside a quotation whose
attribution names the day it was said ("... ,' she said on Monday") is that day.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from builder.analyse import text_of
from builder.extract.timex.days import day_word, full_date, weekday
from builder.extract.timex.handlers import FUTURE, PAST, PRESENT, Context, Handler
from builder.extract.timex.names import not_a_time
from builder.extract.timex.rules import TRIGGERS, compile_rules
from builder.lexicons.time import DONE_PREPOSITIONS, PLANNING_VERBS
from builder.model import Timex

# A notional anchor for documents without a publication date: values are computed against it
# and then masked, so the discourse logic (quarters, reference days) runs the same way.
NOTIONAL_ANCHOR = dt.date(2000, 7, 1)

# How far (characters) a quarter stays the discourse topic for "a year ago", "the quarter":
# an earnings paragraph or two, as the TimeML anchoring of such expressions assumes.
QUARTER_MEMORY = 600

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "going"})
_MODAL_FUTURE = frozenset({"would", "could", "might", "may", "should", "must", "can"})
_PAST_AUX = frozenset({"was", "were", "had", "did", "has", "have"})

Candidate = tuple[int, int, int, Handler, re.Match[str]]


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, re.Pattern[str], Handler], ...]:
    return compile_rules()


def extract_timexes(doc: Doc, published: dt.date | None) -> list[Timex]:
    """Every temporal expression of the text, with its TIMEX3 type and value."""
    return [timex for timex, _ in resolve_timexes(doc, published)]


def resolve_timexes(doc: Doc, published: dt.date | None) -> list[tuple[Timex, str]]:
    """Every timex, each with its value before masking: without a publication date, relative
    values are written with X digits, yet the timeline still needs them against the notional
    anchor to order them; one pass gives both."""
    text = text_of(doc)
    ctx = Context(anchor=published or NOTIONAL_ANCHOR)
    timexes = []
    quarter_seen = 0
    selected = _select(_candidates(text), ctx.anchor)
    for index, (start, end, _, handler, match) in enumerate(selected):
        ctx.tense = sentence_tense(doc, start, end)
        ctx.done = ctx.tense == PAST and told_as_done(doc, start, end)
        ctx.relative = False
        if ctx.last_quarter and start - quarter_seen > QUARTER_MEMORY:
            ctx.last_quarter = None
        before = ctx.last_quarter
        said_on = _day_quote_was_said(text, selected, index, ctx) if handler is day_word else None
        if said_on is not None:
            anchor, ctx.anchor = ctx.anchor, said_on
            result = _safe(handler, match, ctx)
            ctx.anchor = anchor
        else:
            result = _safe(handler, match, ctx)
        if ctx.last_quarter != before or (ctx.last_quarter and result and "Q" in result[1]):
            quarter_seen = start
        if result is None:
            continue
        kind, value = result
        shown = re.sub(r"\d", "X", value) if published is None and ctx.relative else value
        timexes.append((Timex(text[start:end], start, end, kind, shown), value))
    return timexes


def _day_quote_was_said(text: str, selected: list[Candidate], index: int, ctx: Context) -> dt.date | None:
    """The day a quotation was said, when its attribution names it: in "'We vote today,' she said on
    Monday" her "today" is that Monday (TimeML 1.2.1 §2.2.1.5: a relative time inside reported speech
    is anchored to the time of the speech). None when the timex is not quoted or the day is not said."""
    start, end = selected[index][0], selected[index][1]
    line_start = text.rfind("\n", 0, start) + 1
    opened = text.count("\"", line_start, start) % 2 == 1 or text.rfind("“", line_start, start) > text.rfind("”", line_start, start)
    if not opened:
        return None
    close = min((p for p in (text.find("\"", end), text.find("”", end)) if p >= 0), default=-1)
    if close < 0 or "\n" in text[end:close]:
        return None
    for later in selected[index + 1:index + 3]:
        if later[3] not in (weekday, full_date) or not _SAID_ON.fullmatch(text[close + 1:later[0]]):
            continue
        probe = Context(anchor=ctx.anchor, tense=PAST, probing=True)
        result = _safe(later[3], later[4], probe)
        if result is not None and re.fullmatch(r"\d{4}-\d\d-\d\d", result[1]):
            ctx.uses_anchor()
            return dt.date.fromisoformat(result[1])
    return None


# Between a quotation's closing mark and the day it was said: ", she said on", " the minister told reporters".
_SAID_ON = re.compile(
    r"[\s,]*(?:[\w.'’-]+\s+){0,4}?(?:said|says|told|added|wrote|announced|tweeted)(?:\s+[\w'’]+){0,2}?\s+(?:on\s+|late\s+|early\s+)?"
)


def _candidates(text: str) -> list[Candidate]:
    """Every rule match, as (start, end, rule priority, handler, match); a rule whose trigger
    words are all absent from the text is not run."""
    found = []
    lower = text.lower()
    for priority, (name, pattern, handler) in enumerate(_rules()):
        triggers = TRIGGERS.get(name)
        if triggers and not any(word in lower for word in triggers):
            continue
        for match in pattern.finditer(text):
            start, end = _trim(text, match.start(), match.end())
            if end > start and not not_a_time(text, start, end):
                found.append((start, end, priority, handler, match))
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Spans never start or end with spaces or punctuation (TempEval spans are word-aligned)."""
    while end > start and text[end - 1] in " \t\n,;:'\"":
        end -= 1
    while start < end and text[start] in " \t\n,;:'\"":
        start += 1
    return start, end


def _select(candidates: list[Candidate], anchor: dt.date) -> list[Candidate]:
    """Non-overlapping candidates: the longest first, then the earlier rule; a rule that declines
    its match (an age such as "6-year-old") still claims the span so no shorter rule takes it."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        start, end = cand[0], cand[1]
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        if _safe(cand[3], cand[4], Context(anchor=anchor, probing=True)) is not None:
            chosen.append(cand)
        elif not cand[4].groupdict().get("old"):
            continue
        taken.append((start, end))
    return sorted(chosen, key=lambda c: c[0])


def _safe(handler: Handler, match: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    """Run a rule; odd input (an impossible date) makes it decline instead of failing the build."""
    try:
        return handler(match, ctx)
    except (ValueError, KeyError, OverflowError, TypeError):
        return None


def sentence_tense(doc: Doc, start: int, end: int) -> str:
    """The tense of the clause a timex belongs to: its governing verb and that verb's auxiliaries.

    TIDES 2005 §4.2 resolves a bare "Monday" to the one before the publication date in
    past-tense reporting and to the one after in future-tense statements.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return PAST
    verb = governing_verb(span)
    if verb is None:
        return PAST
    return _verb_tense(verb)


def told_as_done(doc: Doc, start: int, end: int) -> bool:
    """True when the timex dates a past-tense verb directly: its object of "in", "on", "at", "during"
    or "around", its adverb, or the date of an event noun the verb takes ("sank in August", "left last
    Thanksgiving", "ended on March 3", "led to the January 6 attack"). Such
    an event has happened, so its date is not after publication. A date reached through a noun, an
    adjective or a deadline word ("payable Dec. 7", "extended to Nov. 20") may lie ahead."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root.head
    if head.i != span.root.i and head.dep_ == "prep" and head.lower_ in DONE_PREPOSITIONS:
        head = head.head
    elif span.root.dep_ in ("compound", "nmod", "amod") and head.pos_ == "NOUN" and head.i not in range(span.start, span.end):
        # "led to the January 6 attack": the date names an event that the past-tense verb takes
        # (as its object, or through a preposition); "a reason for the Jan. 14 deadline" does not.
        head = head.head.head if head.head.dep_ == "prep" else head.head
    if head.i in range(span.start, span.end) or head.tag_ not in ("VBD", "VBN"):
        return False
    auxes = {child.lower_ for child in head.children if child.dep_ in ("aux", "auxpass")}
    if auxes & (_FUTURE_AUX | _MODAL_FUTURE):
        return False
    # A participle is past with "was", "had", "has been"; a bare one that heads the sentence is a
    # past form the tagger misread ("The harbour reopened on May 3" tagged VBN).
    return head.tag_ == "VBD" or bool(auxes & _PAST_AUX) or (not auxes and head.dep_ == "ROOT")


def governing_verb(span: Span) -> Token | None:
    """The verb the timex depends on (its clause), climbing the parse from the span's root."""
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and token.i not in range(span.start, span.end):
            return token
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return None


def _verb_tense(verb: Token) -> str:
    """Future with will/shall/going to, or under a verb of planning ("scheduled a meeting Thursday":
    the event is intended, TimeML 1.2.1 §3 modality); past with a past form or a perfect; an
    infinitive ("agreed to acquire X Friday") takes the tense of the verb it depends on."""
    for _ in range(3):
        auxes = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
        words = {aux.lower_ for aux in auxes}
        if verb.lemma_.lower() in PLANNING_VERBS:
            return FUTURE
        if verb.tag_ == "VB" and not words & (_FUTURE_AUX | _MODAL_FUTURE) and verb.head.i != verb.i:
            verb = verb.head
            continue
        break
    if words & _FUTURE_AUX or (verb.lower_ == "going" and any(c.lower_ == "to" for c in verb.children)):
        return FUTURE
    # A modal without a perfect ("would travel Thursday", "could come Tuesday") looks ahead.
    if words & _MODAL_FUTURE and not words & {"have", "'ve"}:
        return FUTURE
    perfect = verb.tag_ == "VBN" and not words & {"is", "are", "am", "be", "been", "being"}
    if words & _PAST_AUX or verb.tag_ == "VBD" or perfect or any(aux.tag_ == "VBD" for aux in auxes):
        return PAST
    return PRESENT
