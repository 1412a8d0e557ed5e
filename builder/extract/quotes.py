"""Quotes: direct quotations with their speaker and reporting cue.

The extractor works in three steps over the one analysed ``Doc``:

1. **Segments** – quotation-mark pairs found per paragraph (a line). Marks alternate
   open/close whatever their direction, an unclosed mark runs to the end of its
   paragraph (news repeats the opening mark on every paragraph of a long quote and
   closes only the last), and single quotes inside stay inside.
2. **Own attribution** – the text around a quote up to the sentence edge is searched for
   a reporting cue ("said", "according to", a colon after a speaker, a dash) and the cue's
   subject becomes the speaker: a person's canonical name, a resolved he/she, or a
   non-person source as written ("the report").
3. **Inherited attribution** – a quote without its own cue takes the speaker of the quote
   it continues: the one before it in the paragraph, an unclosed quote in the paragraph
   before, a paragraph that introduced it with a colon, or a cue in the next sentence.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from builder.lexicons.quotes import (
    ACCORDING_TO,
    DASHES,
    DOUBLE_MARKS,
    GENDERED_PRONOUNS,
    GENDERED_TITLES,
    MIN_KEY_WORDS,
    NON_SOURCES,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SENTENCE_END,
    WEAK_REPORTING_VERBS,
)
from builder.model import Person, Quote

# Markup left in pasted text (<tweet author="…">): its attribute values are not speech.
_TAG = re.compile(r"<[A-Za-z/][^<>\n]*>")
_SUBJECTS = ("nsubj", "nsubjpass")
# Dependencies through which a verb without a subject borrows its head's subject
# ("…," he said, adding …; quoted as saying; smiled and said).
_BORROW_SUBJECT = ("xcomp", "advcl", "conj", "acl", "pcomp")
# Where a cue may sit from its quote before it is too far to be the quote's own cue.
_MAX_CUE_DISTANCE = 25
# How far back (in sentences) a he/she may look for the person it refers to.
_PRONOUN_WINDOW = 6


@dataclass
class _Segment:
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


@dataclass
class _Context:
    """What every rule needs: the doc, the segments, and where each token sits."""

    doc: Doc
    segments: list[_Segment]
    seg_of: list[int]  # token index -> segment index, -1 outside quotes
    para_of: list[int]  # token index -> paragraph index
    mentions: list[tuple[int, int, Person]] = field(default_factory=list)  # sorted (start, end, person)
    genders: dict[str, str] = field(default_factory=dict)  # person name -> "m" / "f"


# --------------------------------------------------------------------------- segments


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
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


def _find_segments(text: str) -> list[_Segment]:
    """Quotation-mark pairs per paragraph; marks inside markup tags are ignored."""
    masked = _TAG.sub(lambda m: " " * len(m.group()), text)
    segments = []
    for para, (p_start, p_end) in enumerate(_paragraph_bounds(masked)):
        marks = [i for i in range(p_start, p_end) if masked[i] in DOUBLE_MARKS]
        for k in range(0, len(marks), 2):
            opening = marks[k]
            closed = k + 1 < len(marks)
            closing = marks[k + 1] if closed else p_end
            start, end = _trimmed(text, opening + 1, closing)
            if start < end:
                segments.append(_Segment(opening, start, end, closing + 1 if closed else closing, closed, para))
    return segments


def _token_maps(doc: Doc, segments: list[_Segment]) -> tuple[list[int], list[int]]:
    """For each token: the segment it lies in (marks included) and its paragraph."""
    para_starts = [b[0] for b in _paragraph_bounds(doc.text)]
    opens = [s.open for s in segments]
    seg_of, para_of = [], []
    for token in doc:
        k = bisect.bisect_right(opens, token.idx) - 1
        seg_of.append(k if k >= 0 and token.idx < segments[k].close else -1)
        para_of.append(bisect.bisect_right(para_starts, token.idx) - 1)
    return seg_of, para_of


# --------------------------------------------------------------------------- people


def _person_mentions(doc: Doc, people: Sequence[Person]) -> list[tuple[int, int, Person]]:
    """Every place a person is named: the people extractor's mentions plus PERSON entities it names."""
    spans = {(m.start, m.end): p for p in people for m in p.mentions}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and (ent.start_char, ent.end_char) not in spans:
            person = _person_by_name(ent.text, people)
            if person is not None:
                spans[(ent.start_char, ent.end_char)] = person
    return sorted((start, end, person) for (start, end), person in spans.items())


def _clean_name(name: str) -> str:
    """A name without a trailing possessive ("Trump’s" -> "Trump")."""
    return re.sub(r"[’']s?$", "", name.strip())


def _person_by_name(name: str, people: Sequence[Person]) -> Person | None:
    """The person a written name stands for: an exact name/alias, else a unique surname match."""
    name = _clean_name(name)
    if not name:
        return None
    for person in people:
        if name == person.name or name in person.aliases:
            return person
    last = name.split()[-1]
    matches = [p for p in people if any(form.split()[-1] == last for form in (p.name, *p.aliases) if form)]
    return matches[0] if len(matches) == 1 else None


def _person_at(ctx: _Context, token: Token, people: Sequence[Person]) -> Person | None:
    """The person a token names: inside a mention, or a proper noun matching one person."""
    k = bisect.bisect_right(ctx.mentions, (token.idx, float("inf"))) - 1
    while k >= 0 and ctx.mentions[k][0] <= token.idx:
        start, end, person = ctx.mentions[k]
        if start <= token.idx < end:
            return person
        k -= 1
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        return _person_by_name(token.text, people)
    return None


def _learn_genders(ctx: _Context) -> dict[str, str]:
    """Which pronoun the article uses for each person (titles first, then he/she votes).

    A gendered pronoun votes for the nearest person named before it in its sentence or
    the one before, when that window names exactly one person: that is how the article
    itself refers back to them, so no name list is needed.
    """
    doc, votes = ctx.doc, Counter()
    fixed: dict[str, str] = {}
    starts = [m[0] for m in ctx.mentions]
    for start, _end, person in ctx.mentions:
        before = doc.text[max(0, start - 6) : start].lower().split()
        if before and before[-1] in GENDERED_TITLES:
            fixed.setdefault(person.name, GENDERED_TITLES[before[-1]])
    sents = list(doc.sents)
    sent_starts = [s.start_char for s in sents]
    for token in doc:
        gender = GENDERED_PRONOUNS.get(token.lower_)
        if gender is None:
            continue
        s = bisect.bisect_right(sent_starts, token.idx) - 1
        window_start = sents[max(0, s - 1)].start_char
        lo, hi = bisect.bisect_left(starts, window_start), bisect.bisect_left(starts, token.idx)
        named = {ctx.mentions[k][2].name for k in range(lo, hi)}
        if len(named) == 1:
            votes[(named.pop(), gender)] += 1
    genders = dict(fixed)
    for (name, gender), count in votes.items():
        other = "f" if gender == "m" else "m"
        if name not in genders and count > votes[(name, other)]:
            genders[name] = gender
    return genders


def _resolve_pronoun(ctx: _Context, token: Token) -> str | None:
    """The person a he/she refers to: the most recent compatible person subject, else mention.

    Subjects are preferred because news keeps the topic person in subject position; a
    person whose learned gender disagrees with the pronoun is skipped.
    """
    gender = PERSON_PRONOUNS[token.lower_]
    sents = list(ctx.doc.sents)
    s = next((k for k, sent in enumerate(sents) if sent.start <= token.i < sent.end), 0)
    window_start = sents[max(0, s - _PRONOUN_WINDOW)].start_char
    fallback = None
    for start, _end, person in reversed(ctx.mentions):
        if start >= token.idx:
            continue
        if start < window_start:
            break
        if ctx.genders.get(person.name, gender) != gender:
            continue
        mention_token = ctx.doc.char_span(start, _end, alignment_mode="expand")
        if mention_token is not None and mention_token.root.dep_ in _SUBJECTS:
            return person.name
        fallback = fallback or person.name
    return fallback


# --------------------------------------------------------------------------- cues


def _region(ctx: _Context, seg_index: int, forward: bool) -> list[Token]:
    """Tokens outside quotes next to a quote, up to its sentence edge, paragraph or another quote."""
    seg = ctx.segments[seg_index]
    doc, tokens = ctx.doc, []
    if forward:
        i = next((t.i for t in doc if t.idx >= seg.close), len(doc))
        step = 1
    else:
        i = next((t.i for t in reversed(doc) if t.idx < seg.open), -1)
        step = -1
    while 0 <= i < len(doc):
        token = doc[i]
        if ctx.seg_of[i] != -1 or ctx.para_of[i] != seg.para or "\n" in token.text:
            break
        if not forward and token.text in SENTENCE_END:
            break
        tokens.append(token)
        if forward and token.text in SENTENCE_END:
            break
        i += step
    return tokens if forward else tokens[::-1]


def _is_reporting(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in REPORTING_VERBS


def _governs(verb: Token, seg: _Segment) -> bool:
    """True when the quote sits in the verb's clause (a quote as object or complement)."""
    return any(seg.open <= t.idx < seg.close for t in verb.subtree)


def _cue_verbs(region: list[Token], seg: _Segment, forward: bool) -> list[tuple[int, Token]]:
    """Reporting verbs in a region with their distance to the quote (in words)."""
    found = []
    words = [t for t in region if not t.is_punct]
    for distance, token in enumerate(words if forward else words[::-1]):
        if not _is_reporting(token):
            continue
        if token.lemma_.lower() in WEAK_REPORTING_VERBS and not _governs(token, seg):
            continue
        found.append((distance, token))
    return found


def _subject(verb: Token, depth: int = 0) -> Token | None:
    """Who does the reporting: the verb's subject, borrowed from its head when it has none."""
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return child
    if verb.dep_ in _BORROW_SUBJECT and verb.head is not verb and depth < 3:
        return _subject(verb.head, depth + 1)
    for child in verb.rights:  # inverted order ("…," said Jane Doe) parsed without nsubj
        if child.dep_ in ("dobj", "attr", "npadvmod", "oprd") and child.pos_ == "PROPN":
            return child
    return None


def _according_to(region: list[Token]) -> tuple[Token, str] | None:
    """The source named by "according to X" in a region."""
    for k, token in enumerate(region):
        for phrase in ACCORDING_TO:
            words = [t.lower_ for t in region[k : k + len(phrase)]]
            if tuple(words) != phrase:
                continue
            after = region[k + len(phrase) - 1]
            objects = [c for c in after.children if c.dep_ == "pobj"]
            if objects:
                return objects[0], " ".join(phrase)
            nouns = [t for t in region[k + len(phrase) :] if t.pos_ in ("PROPN", "NOUN")]
            if nouns:
                return nouns[0], " ".join(phrase)
    return None


def _dash_source(region: list[Token]) -> Token | None:
    """The name after a dash that directly follows a quote ("…" — Jane Doe)."""
    if not region or region[0].text not in DASHES:
        return None
    for token in region[1:4]:
        if token.pos_ in ("PROPN", "NOUN", "PRON"):
            return token.head if token.dep_ == "compound" and token.head.i > token.i else token
    return None


def _cue_text(verb: Token) -> str:
    """The verb with its particle ("pointed out")."""
    particles = [c for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.text, *(p.text for p in particles)])


# --------------------------------------------------------------------------- speakers


def _phrase(ctx: _Context, head: Token) -> str:
    """A non-person source as written: the noun phrase up to its first comma, clause or quote."""
    doc = ctx.doc
    left = head.left_edge.i
    while left < head.i and (doc[left].is_punct or ctx.seg_of[left] != -1):
        left += 1
    right = head.i
    for token in doc[head.i + 1 : head.right_edge.i + 1]:
        if token.is_punct or token.dep_ in ("relcl", "appos", "cc", "conj") or ctx.seg_of[token.i] != -1:
            break
        right = token.i
    return doc[left : right + 1].text


def _speaker_name(ctx: _Context, token: Token, people: Sequence[Person]) -> str | None:
    """The name to report for a subject token (canonical person, resolved pronoun, or source)."""
    lower = token.lower_
    if lower in PERSON_PRONOUNS:
        return _resolve_pronoun(ctx, token)
    if lower in NON_SOURCES or lower in RELATIVE_PRONOUNS:
        return None
    person = _person_at(ctx, token, people)
    if person is not None:
        return person.name
    for child in token.children:  # "the chairman, John Doe," names the person in apposition
        if child.dep_ == "appos":
            person = _person_at(ctx, child, people)
            if person is not None:
                return person.name
    if token.ent_type_ == "PERSON":
        ent = next((e for e in ctx.doc.ents if e.start <= token.i < e.end), None)
        if ent is not None:
            return _clean_name(ent.text)
    return _phrase(ctx, token)


def _own_attribution(ctx: _Context, k: int, people: Sequence[Person]) -> tuple[str | None, str] | None:
    """Speaker and cue from the quote's own sentence, or None when it has no cue."""
    seg = ctx.segments[k]
    after, before = _region(ctx, k, True), _region(ctx, k, False)
    dash = _dash_source(after)
    if dash is not None:
        return _speaker_name(ctx, dash, people), after[0].text
    verbs = [(d, 0, v) for d, v in _cue_verbs(after, seg, True)] + [(d, 1, v) for d, v in _cue_verbs(before, seg, False)]
    according = _according_to(after) or _according_to(before)
    for _distance, _side, verb in sorted(verbs, key=lambda item: (item[0], item[1])):
        if _distance > _MAX_CUE_DISTANCE:
            break
        subject = _subject(verb)
        if subject is not None:
            return _speaker_name(ctx, subject, people), _cue_text(verb)
    if according is not None:
        return _speaker_name(ctx, according[0], people), according[1]
    if before and before[-1].text == ":":
        names = [t for t in before if t.dep_ in _SUBJECTS]
        if names:
            return _speaker_name(ctx, names[0], people), ":"
    return None


def _attribute(ctx: _Context, people: Sequence[Person]) -> None:
    """Give every segment its own speaker where a cue is next to it."""
    for k, seg in enumerate(ctx.segments):
        found = _own_attribution(ctx, k, people)
        if found is not None:
            seg.speaker, seg.cue = found
            seg.own = True


def _inherit(ctx: _Context) -> None:
    """Quotes without a cue take the speaker of the quote they continue (in reading order)."""
    segments = ctx.segments
    for k, seg in enumerate(segments):
        if seg.own:
            continue
        source = _continued_from(ctx, k)
        if source is not None:
            seg.speaker, seg.cue = source.speaker, source.cue


def _continued_from(ctx: _Context, k: int) -> _Segment | None:
    """The attributed segment a cue-less segment continues.

    Same paragraph: the nearest attributed quote ("A," he said. "B.") – before it, else
    after it ("A." "B," she said). Across paragraphs: an unclosed quote in the previous
    paragraph (a multi-paragraph quote), a previous paragraph ending with a colon, or a
    previous paragraph whose last quote was attributed (news runs a speaker's quotes on).
    """
    segments, seg = ctx.segments, ctx.segments[k]
    same = [s for s in segments if s.para == seg.para and s is not seg and s.speaker is not None]
    earlier = [s for s in same if s.start < seg.start]
    if earlier:
        return earlier[-1]
    later = [s for s in same if s.start > seg.start and s.own]
    if later:
        return later[0]
    previous = [s for s in segments[:k] if s.para < seg.para]
    if previous and previous[-1].para == _previous_paragraph(ctx, seg.para) and previous[-1].speaker is not None:
        return previous[-1]
    return None


def _previous_paragraph(ctx: _Context, para: int) -> int:
    """Index of the nearest earlier non-blank paragraph."""
    bounds = _paragraph_bounds(ctx.doc.text)
    p = para - 1
    while p >= 0 and not ctx.doc.text[bounds[p][0] : bounds[p][1]].strip():
        p -= 1
    return p


# --------------------------------------------------------------------------- key quotes


def _is_title(text: str) -> bool:
    """Title Case text (a show, film or article title) is a name, not speech."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)


def _is_key(text: str, doc: Doc, seg: _Segment) -> bool:
    """A key quote is full speech: long enough, not a title, and starting like a sentence."""
    words = text.split()
    if len(words) < MIN_KEY_WORDS or _is_title(text):
        return False
    return text[:1].isupper() or text[:1].isdigit()


def rank_key_quotes(quotes: Sequence[Quote]) -> list[Quote]:
    """Key quotes, best first: named speaker, complete sentence, informative length, then order.

    A reader skimming a digest wants whole sentences from someone named; fragments and
    unattributed lines are kept but shown after them.
    """
    key = [q for q in quotes if q.key]

    def score(item: tuple[int, Quote]) -> tuple[int, int, int, int]:
        index, quote = item
        named = quote.speaker is not None and quote.speaker[:1].isupper() and quote.speaker.split()[0].lower() not in ("the", "a", "an")
        complete = quote.text[:1].isupper() and quote.text.rstrip("”\"’' ")[-1:] in ".!?"
        words = len(quote.text.split())
        informative = 8 <= words <= 80
        return (-int(quote.speaker is not None) - int(named), -int(complete), -int(informative), index)

    return [q for _i, q in sorted(enumerate(key), key=score)]


# --------------------------------------------------------------------------- entry point


def _build_context(doc: Doc, people: Sequence[Person]) -> _Context:
    segments = _find_segments(doc.text)
    seg_of, para_of = _token_maps(doc, segments)
    ctx = _Context(doc, segments, seg_of, para_of)
    ctx.mentions = _person_mentions(doc, people)
    ctx.genders = _learn_genders(ctx)
    return ctx


def _to_quotes(ctx: _Context) -> Iterable[Quote]:
    for seg in ctx.segments:
        text = ctx.doc.text[seg.start : seg.end]
        yield Quote(text=text, start=seg.start, end=seg.end, speaker=seg.speaker, cue=seg.cue, key=_is_key(text, ctx.doc, seg))


def extract_quotes(doc: Doc, people: Sequence[Person]) -> list[Quote]:
    """Every quotation in the article with its speaker and cue (see the module docstring)."""
    if not doc.text.strip():
        return []
    ctx = _build_context(doc, people)
    _attribute(ctx, people)
    _inherit(ctx)
    return [replace(q) for q in _to_quotes(ctx)]
