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
   it continues (the one before it in the paragraph, or the quote ending the paragraph
   before), of a paragraph that introduced it with a colon, of a reporting verb in the
   sentence before, or the named subject of the clause a quoted fragment sits in.
4. **Speech only** – stage directions, titles of shows and works, and short scare quotes
   no one is credited with are dropped; a quote is *key* when it is a quoted sentence.

Every rule is about how news English attributes speech, never about one article or
name; word lists live in ``builder/lexicons/quotes.py``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from builder.lexicons.quotes import (
    ACCORDING_TO,
    DASHES,
    DOUBLE_MARKS,
    GENDERED_NOUNS,
    GENDERED_PRONOUNS,
    GENDERED_TITLES,
    MIN_KEY_WORDS,
    NON_SOURCES,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SENTENCE_END,
    SPEECH_NOUNS,
    TITLE_INTRODUCERS,
    WEAK_REPORTING_VERBS,
)
from builder.model import Person, Quote

# Markup left in pasted text (<tweet author="…">): its attribute values are not speech.
_TAG = re.compile(r"<[A-Za-z/][^<>\n]*>")
_SUBJECTS = ("nsubj", "nsubjpass")
_MARK = re.compile("[" + re.escape("".join(sorted(DOUBLE_MARKS))) + "]")
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
    starts: list[int] = field(default_factory=list)  # token index -> character offset
    bounds: list[tuple[int, int]] = field(default_factory=list)  # paragraph (start, end)
    sent_starts: list[int] = field(default_factory=list)  # character offset of every sentence
    text: str = ""  # doc.text, built once (spaCy rebuilds it on every access)
    subject_index: list[int] = field(default_factory=list)  # token indices of subjects outside quotes
    unnamed: list[int] = field(default_factory=list)  # token indices of gendered nouns owning something ("the woman's")
    tokens: list[Token] = field(default_factory=list)  # the doc's tokens, built once
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
        marks = [m.start() for m in _MARK.finditer(masked, p_start, p_end) if not _is_inch_mark(masked, m.start())]
        for k in range(0, len(marks), 2):
            opening = marks[k]
            closed = k + 1 < len(marks)
            closing = marks[k + 1] if closed else p_end
            start, end = _trimmed(text, opening + 1, closing)
            if start < end:
                segments.append(_Segment(opening, start, end, closing + 1 if closed else closing, closed, para))
    return segments


def _is_inch_mark(text: str, i: int) -> bool:
    """A straight mark right after a digit is a measure (6'3" tall, a 12" screen), not a quote."""
    return text[i] == '"' and i > 0 and text[i - 1].isdigit()


def _token_maps(starts: list[int], segments: list[_Segment], text: str) -> tuple[list[int], list[int]]:
    """For each token (by its start offset): the segment it lies in (marks included) and its paragraph."""
    para_starts = [b[0] for b in _paragraph_bounds(text)]
    opens = [s.open for s in segments]
    seg_of, para_of = [], []
    for idx in starts:
        k = bisect.bisect_right(opens, idx) - 1
        seg_of.append(k if k >= 0 and idx < segments[k].close else -1)
        para_of.append(bisect.bisect_right(para_starts, idx) - 1)
    return seg_of, para_of


# --------------------------------------------------------------------------- people


def _person_mentions(ctx: _Context, people: Sequence[Person]) -> list[tuple[int, int, Person]]:
    """Every place outside quotes where a person is named: the people extractor's mentions,
    PERSON entities it names, and bare surnames the entity recogniser missed.

    Names inside quotes are left out: quoted words speak from the speaker's point of
    view, so a name there is never what a later "he said" refers back to.
    """
    spans = {(m.start, m.end): p for p in people for m in p.mentions}
    for ent in ctx.doc.ents:
        if ent.label_ == "PERSON" and (ent.start_char, ent.end_char) not in spans:
            person = _person_by_name(ent.text, people)
            if person is not None:
                spans[(ent.start_char, ent.end_char)] = person
    covered = {i for start, end in spans for i in range(start, end)}
    surnames = _surnames(people)
    for token in ctx.tokens:
        if token.text in surnames and token.pos_ == "PROPN" and token.idx not in covered:
            spans[(token.idx, token.idx + len(token.text))] = surnames[token.text]
    return sorted(
        (start, end, person)
        for (start, end), person in spans.items()
        if ctx.seg_of[max(0, bisect.bisect_right(ctx.starts, start) - 1)] == -1
    )


def _surnames(people: Sequence[Person]) -> dict[str, Person]:
    """Last words of names that belong to exactly one person ("Trump" -> Donald Trump)."""
    owners: dict[str, set[str]] = {}
    by_name = {p.name: p for p in people}
    for person in people:
        for form in (person.name, *person.aliases):
            if form.split():
                owners.setdefault(form.split()[-1], set()).add(person.name)
    return {last: by_name[names.pop()] for last, names in owners.items() if len(names) == 1}


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
    person = _mentioned_at(ctx, token)
    if person is not None:
        return person
    if token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ in ("", "PERSON"):
        return _person_by_name(token.text, people)  # a place or organisation is never a person's surname
    return None


def _learn_genders(ctx: _Context) -> dict[str, str]:
    """Which pronoun the article uses for each person (titles first, then he/she votes).

    A gendered pronoun votes for the nearest person named before it in its sentence or
    the one before, when that window names exactly one person: that is how the article
    itself refers back to them, so no name list is needed.
    """
    votes: Counter[tuple[str, str]] = Counter()
    fixed: dict[str, str] = {}
    starts = [m[0] for m in ctx.mentions]
    for start, _end, person in ctx.mentions:
        before = ctx.text[max(0, start - 6) : start].lower().split()
        if before and before[-1] in GENDERED_TITLES:
            fixed.setdefault(person.name, GENDERED_TITLES[before[-1]])
    for token in ctx.tokens:
        gender = GENDERED_PRONOUNS.get(token.lower_)
        if gender is None or token.dep_ not in ("nsubj", "nsubjpass", "poss") or ctx.seg_of[token.i] != -1:
            continue
        s = bisect.bisect_right(ctx.sent_starts, token.idx) - 1
        window_start = ctx.sent_starts[max(0, s - 1)]
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
    """The person a he/she refers to: the most recent compatible subject or quoted person, else None.

    News keeps the person it is talking about in subject position, so subjects are tried
    first, newest first, within a few sentences; a person quoted more recently than that
    subject is the topic and wins. A person whose learned gender disagrees is skipped; a
    gendered common noun as subject or owner ("the woman said…", "the woman's enthusiasm")
    means an unnamed person: a he/she after it stays unknown rather than borrowing a name
    mentioned before it.
    """
    gender = PERSON_PRONOUNS[token.lower_]
    s = bisect.bisect_right(ctx.sent_starts, token.idx) - 1
    window_start = ctx.sent_starts[max(0, s - _PRONOUN_WINDOW)]
    barrier = _unnamed_before(ctx, token, window_start, gender)
    window_start = max(window_start, barrier)
    speaker, spoken_at = _last_speaker(ctx, token, window_start, gender)
    k = bisect.bisect_left(ctx.subject_index, token.i) - 1
    while k >= 0 and ctx.tokens[ctx.subject_index[k]].idx >= window_start:
        subject = ctx.tokens[ctx.subject_index[k]]
        k -= 1
        if speaker is not None and subject.idx < spoken_at:
            return speaker
        noun_gender = GENDERED_NOUNS.get(subject.lower_)
        if noun_gender is not None and subject.pos_ == "NOUN":
            if noun_gender == gender:
                return None
            continue
        if _reported_by_pronoun(ctx, subject, token.lower_):
            continue  # "he believes Smith is right": the topic is still the one doing the believing
        if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
            subject = subject.head.head  # "Clinton, who has called for…": the relative stands for its noun
        person = _mentioned_at(ctx, subject)
        if person is not None and ctx.genders.get(person.name, gender) == gender:
            return person.name
    return speaker  # no subject or quoted person fits: unknown stays unknown rather than guessed


def _reported_by_pronoun(ctx: _Context, subject: Token, pronoun: str) -> bool:
    """True when a subject sits in a clause that a same he/she says or thinks ("he said Smith is …")."""
    clause = subject.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    return any(c.dep_ in _SUBJECTS and c.lower_ == pronoun for c in clause.head.children)


def _unnamed_before(ctx: _Context, token: Token, window_start: int, gender: str) -> int:
    """Where the latest unnamed person of the pronoun's gender is owner of something before it, or 0."""
    k = bisect.bisect_left(ctx.unnamed, token.i) - 1
    while k >= 0:
        noun = ctx.tokens[ctx.unnamed[k]]
        if noun.idx < window_start:
            break
        if GENDERED_NOUNS[noun.lower_] == gender:
            return noun.idx
        k -= 1
    return 0


def _last_speaker(ctx: _Context, token: Token, window_start: int, gender: str) -> tuple[str | None, int]:
    """The named person quoted last before a pronoun (within the window), and where."""
    names = {person.name for _start, _end, person in ctx.mentions}
    for seg in reversed(ctx.segments):
        if seg.open < window_start:
            break
        if seg.close <= token.idx and seg.speaker in names and ctx.genders.get(seg.speaker, gender) == gender:
            return seg.speaker, seg.open
    return None, 0


def _mentioned_at(ctx: _Context, token: Token) -> Person | None:
    """The person whose mention covers a token (mentions are outside quotes)."""
    k = bisect.bisect_right(ctx.mentions, (token.idx, float("inf"))) - 1
    while k >= 0 and ctx.mentions[k][0] <= token.idx:
        start, end, person = ctx.mentions[k]
        if start <= token.idx < end:
            return person
        k -= 1
    return None


# --------------------------------------------------------------------------- cues


def _region(ctx: _Context, seg_index: int, forward: bool) -> list[Token]:
    """Tokens outside quotes next to a quote, up to its sentence edge, paragraph or another quote."""
    seg = ctx.segments[seg_index]
    tokens: list[Token] = []
    if forward:
        i, step = bisect.bisect_left(ctx.starts, seg.close), 1
    else:
        i, step = bisect.bisect_left(ctx.starts, seg.open) - 1, -1
    while 0 <= i < len(ctx.tokens):
        token = ctx.tokens[i]
        if ctx.seg_of[i] != -1 or ctx.para_of[i] != seg.para or "\n" in token.text:
            break
        if not forward and token.text in SENTENCE_END:
            break
        tokens.append(token)
        if forward and token.text in SENTENCE_END:
            break
        i += step
    return tokens if forward else tokens[::-1]


def _previous_sentence(ctx: _Context, seg: _Segment) -> list[Token]:
    """The sentence before a quote in its paragraph, outside quotes (where a speaker is often named)."""
    i = bisect.bisect_left(ctx.starts, seg.open) - 1
    while i >= 0 and ctx.seg_of[i] == -1 and ctx.tokens[i].text not in SENTENCE_END and ctx.para_of[i] == seg.para:
        if not ctx.tokens[i].is_space and not ctx.tokens[i].is_punct:
            return []  # the quote does not start a sentence
        i -= 1
    if i < 0 or ctx.para_of[i] != seg.para or ctx.seg_of[i] != -1:
        return []
    tokens = []
    i -= 1
    while i >= 0 and ctx.para_of[i] == seg.para and ctx.seg_of[i] == -1 and ctx.tokens[i].text not in SENTENCE_END:
        tokens.append(ctx.tokens[i])
        i -= 1
    return tokens[::-1]


def _is_reporting(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in REPORTING_VERBS


def _in_quote(ctx: _Context, token: Token) -> bool:
    return ctx.seg_of[token.i] != -1


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


def _governing_verbs(ctx: _Context, seg: _Segment) -> list[Token]:
    """Verbs outside the quote that the quote hangs from, nearest first (its syntactic frame)."""
    k0, k1 = bisect.bisect_left(ctx.starts, seg.start), bisect.bisect_left(ctx.starts, seg.end)
    verbs: list[Token] = []
    for token in ctx.tokens[k0:k1]:
        head = token.head
        if head.idx >= seg.open and head.idx < seg.close:
            continue
        for ancestor in [head, *head.ancestors]:
            if _in_quote(ctx, ancestor):
                continue
            if ancestor.pos_ in ("VERB", "AUX") and ancestor not in verbs:
                verbs.append(ancestor)
    return verbs


def _subject(ctx: _Context, verb: Token, depth: int = 0) -> Token | None:
    """Who does the reporting: the verb's subject outside quotes, borrowed from its head when it has none."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and not _in_quote(ctx, c)]
    if subjects:
        child = min(subjects, key=lambda c: abs(c.i - verb.i))
        if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        return child
    if verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN"):  # "footage of Trump saying, …"
        return verb.head
    previous = ctx.tokens[verb.i - 1] if verb.i > 0 else None
    if verb.tag_ == "VBG" and previous is not None and previous.ent_type_ == "PERSON":
        return previous  # the same construction when the parser hangs "saying" elsewhere
    if verb.dep_ in _BORROW_SUBJECT and verb.head.i != verb.i and depth < 3 and not _in_quote(ctx, verb.head):
        head = verb.head
        if head.dep_ == "prep" and head.head.i != head.i:  # "despite admitting" hangs from a preposition
            head = head.head
        return _subject(ctx, head, depth + 1)
    return None


def _according_to(region: list[Token]) -> tuple[Token, str] | None:
    """The source named by "according to X" (or "per the X") in a region."""
    for k in range(len(region)):
        for phrase in ACCORDING_TO:
            words = [t.lower_ for t in region[k : k + len(phrase)]]
            if tuple(words) != phrase:
                continue
            last = region[k + len(phrase) - 1]
            objects = [c for c in last.children if c.dep_ == "pobj"]
            if len(phrase) == 1 and not (objects and any(c.dep_ in ("det", "poss") for c in objects[0].children)):
                continue
            if objects:
                return objects[0], " ".join(phrase)
            nouns = [t for t in region[k + len(phrase) :] if t.pos_ in ("PROPN", "NOUN")]
            if nouns:
                return nouns[0], " ".join(phrase)
    return None


# A transcript line opens with the speaker's name in capitals: "PENCE: Well, look, …".
_SPEAKER_LABEL = re.compile(r"([A-Z][A-Z.'\- ]*[A-Z]):\s")
_DASH_AFTER = re.compile(r"\s*(?:" + "|".join(map(re.escape, sorted(DASHES, key=len, reverse=True))) + r")\s*(?=\w)")


def _transcript_label(ctx: _Context, seg: _Segment, people: Sequence[Person]) -> str | None:
    """The speaker a transcript line opens with ("PENCE: …"), as a known person where possible.

    A capitalised word before a colon is a speaker label only when it names a person or
    opens several quotes (a transcript); a lone "BREAKING:" or "NOTE:" is not a speaker.
    """
    label = _SPEAKER_LABEL.match(ctx.text, seg.start, seg.end)
    if label is None:
        return None
    name = label.group(1).strip()
    person = _person_by_name(name.title(), people)
    if person is not None:
        return person.name
    repeats = sum(1 for other in ctx.segments if ctx.text.startswith(name + ":", other.start))
    return name if repeats >= 2 else None


def _dash_source(ctx: _Context, seg: _Segment) -> tuple[Token, str] | None:
    """The name after a dash that directly follows a closed quote ("…" — Jane Doe)."""
    if not seg.closed:
        return None
    match = _DASH_AFTER.match(ctx.text, seg.close)
    if match is None:
        return None
    k = bisect.bisect_left(ctx.starts, match.end())
    tokens = [t for t in ctx.tokens[k : k + 4] if ctx.para_of[t.i] == seg.para and not _in_quote(ctx, t)]
    names = [t for t in tokens if t.pos_ in ("PROPN", "NOUN", "PRON")]
    if not names or names[0].pos_ != "PROPN":  # "— a metaphor for…" goes on the sentence, not a byline
        return None
    first = names[0]
    while first.dep_ in ("compound", "flat") and first.head.i > first.i and first.head.i < k + 5:
        first = first.head
    return first, match.group().strip()


def _cue_text(verb: Token) -> str:
    """The verb with its particle ("pointed out")."""
    particles = [c for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.text, *(p.text for p in particles)])


# --------------------------------------------------------------------------- speakers


_PHRASE_RIGHT = ("prep", "pobj", "compound", "amod", "nummod", "nmod", "poss", "case", "acl", "det", "npadvmod", "advmod", "cc", "conj")


def _phrase(ctx: _Context, head: Token) -> str:
    """A non-person source as written: the noun phrase without clauses, appositions or quotes."""
    doc, tokens = ctx.doc, ctx.tokens
    left = head.left_edge.i
    while left < head.i and (tokens[left].is_punct or ctx.seg_of[left] != -1 or tokens[left].dep_ in ("advmod", "cc", "preconj")):
        left += 1
    right = head.i
    for child in head.rights:
        if child.dep_ not in _PHRASE_RIGHT or child.is_punct or any(_in_quote(ctx, t) or _breaks_phrase(t) for t in child.subtree):
            break
        right = child.right_edge.i
    while right > head.i and tokens[right].dep_ in ("cc", "prep", "det"):
        right -= 1  # "a complaint by X and" lost its conjunct: no dangling word
    return doc[left : right + 1].text


def _breaks_phrase(token: Token) -> bool:
    """Punctuation that ends a source's noun phrase; a hyphen inside a word ("52-count") does not."""
    return token.is_punct and not (token.text == "-" and not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_)


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
            names = [t for t in child.subtree if not _under_preposition(t, child)]
            person = next((p for t in names if (p := _person_at(ctx, t, people)) is not None), None)
            if person is not None:
                return person.name
            named = next((t for t in names if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"), None)
            if named is not None:  # a name the people extractor missed still beats the description
                return _entity_name(ctx, named)
    if token.ent_type_ == "PERSON":
        return _entity_name(ctx, token)
    return _phrase(ctx, token)


def _entity_name(ctx: _Context, token: Token) -> str:
    """The whole entity a name token belongs to, without a possessive."""
    ent = next((e for e in ctx.doc.ents if e.start <= token.i < e.end), None)
    return _clean_name(ent.text if ent is not None else token.text)


def _under_preposition(token: Token, top: Token) -> bool:
    """True when a token sits in a prepositional phrase below ``top`` ("a friend *of John Doe*")."""
    while token.i != top.i and token.head.i != token.i:  # spaCy builds a new Token per access: compare indices
        if token.dep_ in ("prep", "pobj"):
            return True
        token = token.head
    return False


def _verb_attribution(
    ctx: _Context, verb: Token, people: Sequence[Person], region: Sequence[Token] = (), quote_follows: bool = False
) -> tuple[str | None, str] | None:
    """Speaker and cue for a reporting verb: its subject, else the name standing next to it.

    A cue reported inside someone else's statement ("Trump said Clinton described it as
    “…”") is that statement's content: the source is whoever reports it.
    """
    verb = _outer_report(ctx, verb)
    subject = _subject(ctx, verb) or _nearby_subject(verb, region, quote_follows)
    if subject is None:
        return None
    return _speaker_name(ctx, subject, people), _cue_text(verb)


def _outer_report(ctx: _Context, verb: Token) -> Token:
    """The outermost reporting verb whose complement clause holds ``verb`` (the verb itself if none)."""
    while verb.dep_ == "ccomp" and verb.head.i != verb.i:
        head = verb.head
        if not _may_report(ctx, head, verb):
            break
        verb = head
    return verb


def _may_report(ctx: _Context, head: Token, verb: Token) -> bool:
    """True when ``head`` is a strong reporting verb with a subject, in the same sentence and paragraph as ``verb``."""
    if ctx.para_of[head.i] != ctx.para_of[verb.i] or _sentence_of(ctx, head) != _sentence_of(ctx, verb) or _in_quote(ctx, head):
        return False
    return _is_reporting(head) and head.lemma_.lower() not in WEAK_REPORTING_VERBS and _subject(ctx, head) is not None


def _sentence_of(ctx: _Context, token: Token) -> int:
    return bisect.bisect_right(ctx.sent_starts, token.idx) - 1


_PHRASE_HEAD_POS = ("PROPN", "NOUN", "PRON")
_TIME_ENTITIES = ("DATE", "TIME")  # "said Monday": a date next to the verb is never its speaker
_MODIFIER_DEPS = ("compound", "poss", "amod", "nmod", "case", "det")


def _first_conjunct(token: Token) -> Token:
    """The first of coordinated names ("Obama and Clinton" -> Obama)."""
    while token.dep_ == "conj" and token.head.pos_ == "PROPN" and token.head.i < token.i:
        token = token.head
    return token


def _nearby_subject(verb: Token, region: Sequence[Token], quote_follows: bool) -> Token | None:
    """The name beside a reporting verb when the parse gave it no subject.

    The parser often fails on the inverted or interrupted order news uses ('"…," Tulsa
    police Chief Chuck Jordan said'; 'Said Ellis: "…"'), but the speaker is still the
    first noun phrase between the quote and the verb, or right after the verb.
    """
    between = [t for t in region if t.i < verb.i and t.ent_type_ not in _TIME_ENTITIES]
    after = [t for t in region if t.i > verb.i and t.ent_type_ not in _TIME_ENTITIES]
    if quote_follows:
        between = between[::-1]  # 'Obama and Clinton call them "…"': the phrase just before the verb
    for token in [*between, *after]:
        if token.pos_ in _PHRASE_HEAD_POS and token.dep_ not in _MODIFIER_DEPS:
            return _first_conjunct(token)
    for token in [*between, *after]:
        if token.pos_ == "PROPN":
            return token.head if token.head.pos_ == "PROPN" and token.head in region else token
    return None


def _own_attribution(ctx: _Context, k: int, people: Sequence[Person]) -> tuple[str | None, str] | None:
    """Speaker and cue from the quote's own sentence, or None when it has no cue.

    Order of trust: a transcript label opening the quote ("PENCE: …"); a dash and a name
    right after it; a reporting verb the quote hangs from in the parse; the nearest
    reporting verb beside it (after it first, as in "…," she said); "according to"; the
    owner of a speech noun ("Trump's claim that …"); a speaker introducing it with a colon.
    """
    seg = ctx.segments[k]
    label = _transcript_label(ctx, seg, people)
    if label is not None:
        return label, ":"
    dash = _dash_source(ctx, seg)
    if dash is not None:
        return _speaker_name(ctx, dash[0], people), dash[1]
    after, before = _region(ctx, k, True), _region(ctx, k, False)
    local = {t.i for t in after} | {t.i for t in before}
    for verb in _governing_verbs(ctx, seg):
        if verb.i in local and _is_reporting(verb):
            quote_follows = verb.i not in {t.i for t in after}
            found = _verb_attribution(ctx, verb, people, before if quote_follows else after, quote_follows)
            if found is not None:
                return found
    ends_sentence = ctx.text[seg.start : seg.end][-1:] in SENTENCE_END
    verbs = [(d, 0, v) for d, v in _cue_verbs(after, seg, True) if not (ends_sentence and _has_own_clause(ctx, v))]
    verbs += [(d, 1, v) for d, v in _cue_verbs(before, seg, False)]
    for distance, side, verb in sorted(verbs, key=lambda item: (item[0], item[1])):
        if distance > _MAX_CUE_DISTANCE:
            break
        found = _verb_attribution(ctx, verb, people, after if side == 0 else before, side == 1)
        if found is not None:
            return found
    according = _according_to(after) or _according_to(before)
    if according is not None:
        return _speaker_name(ctx, according[0], people), according[1]
    owner = _speech_noun_owner(ctx, seg)
    if owner is not None:
        return _speaker_name(ctx, owner[0], people), owner[1]
    if before and before[-1].text == ":":
        subject = _subject(ctx, before[-1].head)
        if subject is not None and subject.i < before[-1].i:
            return _speaker_name(ctx, subject, people), ":"
    return None


def _speech_noun_owner(ctx: _Context, seg: _Segment) -> tuple[Token, str] | None:
    """The possessor of a speech noun the quote hangs from ("Trump's claim that “…”")."""
    k0, k1 = bisect.bisect_left(ctx.starts, seg.start), bisect.bisect_left(ctx.starts, seg.end)
    for token in ctx.tokens[k0:k1]:
        if _in_quote(ctx, token.head):
            continue
        for ancestor in [token.head, *token.head.ancestors]:
            if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ not in ("acl", "relcl", "ccomp"):
                break
            if ancestor.pos_ == "NOUN" and ancestor.lemma_.lower() in SPEECH_NOUNS:
                owners = [c for c in ancestor.children if c.dep_ == "poss" and not _in_quote(ctx, c)]
                if owners:
                    return owners[0], ancestor.text
    return None


def _has_own_clause(ctx: _Context, verb: Token) -> bool:
    """A verb reporting its own complement ("McCrory said it would be…") is another statement's cue."""
    return any(c.dep_ in ("ccomp", "xcomp") and not _in_quote(ctx, c) for c in verb.children)


def _frame_attribution(ctx: _Context, k: int, people: Sequence[Person]) -> tuple[str | None, str] | None:
    """A fragment quoted inside narrative ("Cruz likened it to “a circus”"): the subject of its clause.

    Only a named subject counts (a name, a he/she, or a description with a named person
    in apposition): a fragment's clause is the writer's sentence, and its named subject
    is the one whose words are borrowed far more often than not.
    """
    seg = ctx.segments[k]
    names = {person.name for person in people}
    for verb in _governing_verbs(ctx, seg):
        subject = _subject(ctx, verb)
        if subject is None:
            continue
        name = _speaker_name(ctx, subject, people)
        if subject.pos_ == "PROPN" or subject.lower_ in PERSON_PRONOUNS or name in names:
            return name, _cue_text(verb)
        return None
    return None


def _sentence_attribution(tokens: list[Token], ctx: _Context, people: Sequence[Person]) -> tuple[str | None, str] | None:
    """A speaker named in a neighbouring sentence: the subject of its reporting verb."""
    for token in tokens:
        if _is_reporting(token) and token.lemma_.lower() not in WEAK_REPORTING_VERBS:
            found = _verb_attribution(ctx, token, people)
            if found is not None and found[0] is not None:
                return found
    return None


def _intro_attribution(ctx: _Context, k: int, people: Sequence[Person]) -> tuple[str | None, str] | None:
    """A quote opening a paragraph after one ending in a colon ("Sanders made this comment:")."""
    seg = ctx.segments[k]
    if not _starts_paragraph(ctx, seg):
        return None
    prev = _previous_paragraph(ctx, seg.para)
    if prev < 0:
        return None
    start, end = ctx.bounds[prev]
    if not ctx.text[start:end].rstrip().endswith(":"):
        return None
    last_sentence = ctx.sent_starts[bisect.bisect_right(ctx.sent_starts, end - 1) - 1]
    k0, k1 = bisect.bisect_left(ctx.starts, max(start, last_sentence)), bisect.bisect_left(ctx.starts, end)
    for root in [t for t in ctx.tokens[k0:k1] if t.dep_ == "ROOT" and not _in_quote(ctx, t)]:
        subject = _subject(ctx, root)
        if subject is not None:
            return _speaker_name(ctx, subject, people), ":"
    return None


def _starts_paragraph(ctx: _Context, seg: _Segment) -> bool:
    start, _end = ctx.bounds[seg.para]
    return not ctx.text[start : seg.open].strip()


def _attribute(ctx: _Context, people: Sequence[Person]) -> None:
    """Give every segment its own speaker where a cue is next to it."""
    for k, seg in enumerate(ctx.segments):
        found = _own_attribution(ctx, k, people) or _intro_attribution(ctx, k, people)
        if found is not None:
            seg.speaker, seg.cue = found
            seg.own = True


def _inherit(ctx: _Context, people: Sequence[Person]) -> None:
    """Quotes without a cue take the speaker of the quote they continue (in reading order)."""
    segments = ctx.segments
    for k, seg in enumerate(segments):
        if seg.own:
            continue
        source = _continued_from(ctx, k)
        if source is not None:
            seg.speaker, seg.cue = source.speaker, source.cue
            continue
        found = _sentence_attribution(_previous_sentence(ctx, seg), ctx, people) or _frame_attribution(ctx, k, people)
        if found is not None:
            seg.speaker, seg.cue = found


def _continued_from(ctx: _Context, k: int) -> _Segment | None:
    """The attributed segment a cue-less segment continues.

    Same paragraph: the nearest attributed quote ("A," he said. "B.") – before it, else
    after it ("A." "B," she said). Across paragraphs, for a quote opening its paragraph:
    an unclosed quote in the previous paragraph (a multi-paragraph quote) or an
    attributed quote ending the previous paragraph (news runs a speaker's quotes on).
    """
    segments, seg = ctx.segments, ctx.segments[k]
    same = [s for s in segments if s.para == seg.para and s is not seg and s.speaker is not None]
    if not _starts_sentence(ctx, seg):  # a fragment inside a sentence belongs to that sentence's quotes only
        same = [s for s in same if _same_sentence(ctx, s, seg)]
    earlier = [s for s in same if s.start < seg.start]
    if earlier:
        return earlier[-1]
    later = [s for s in same if s.start > seg.start and s.own]
    if later and _starts_sentence(ctx, seg):  # '"A." "B," she said' – not a fragment before someone's words
        return later[0]
    if not _starts_paragraph(ctx, seg):
        return None
    previous = [s for s in segments[:k] if s.para < seg.para]
    if previous and previous[-1].para == _previous_paragraph(ctx, seg.para) and previous[-1].speaker is not None:
        return previous[-1]
    return None


def _starts_sentence(ctx: _Context, seg: _Segment) -> bool:
    """True when only punctuation, another quote or a sentence end comes before the quote."""
    i = bisect.bisect_left(ctx.starts, seg.open) - 1
    while i >= 0 and ctx.para_of[i] == seg.para:
        token = ctx.tokens[i]
        if ctx.seg_of[i] != -1 or token.text in SENTENCE_END:
            return True
        if not (token.is_punct or token.is_space):
            return False
        i -= 1
    return True


def _same_sentence(ctx: _Context, a: _Segment, b: _Segment) -> bool:
    """True when no sentence ends (outside quotes) between two quotes of a paragraph."""
    first, second = (a, b) if a.start < b.start else (b, a)
    k0, k1 = bisect.bisect_left(ctx.starts, first.close), bisect.bisect_left(ctx.starts, second.open)
    return not any(ctx.seg_of[i] == -1 and ctx.tokens[i].text in SENTENCE_END for i in range(k0, k1))


def _previous_paragraph(ctx: _Context, para: int) -> int:
    """Index of the nearest earlier non-blank paragraph."""
    p = para - 1
    while p >= 0 and not ctx.text[ctx.bounds[p][0] : ctx.bounds[p][1]].strip():
        p -= 1
    return p


# --------------------------------------------------------------------------- key quotes


def _is_title(text: str) -> bool:
    """Title Case text (a show, film or article title) is a name, not speech."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)


def _is_key(text: str) -> bool:
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


def _build_context(doc: Doc, text: str, segments: list[_Segment], people: Sequence[Person]) -> _Context:
    """Everything the rules look up, computed in one pass over the tokens (spaCy builds a new
    Token object on every iteration, so the doc is walked once)."""
    tokens = list(doc)
    starts = [t.idx for t in tokens]
    seg_of, para_of = _token_maps(starts, segments, text)
    ctx = _Context(doc, segments, seg_of, para_of, starts, _paragraph_bounds(text), text=text, tokens=tokens)
    ctx.sent_starts = [t.idx for t in tokens if t.is_sent_start or t.i == 0]
    ctx.subject_index = [t.i for t in tokens if t.dep_ in _SUBJECTS and seg_of[t.i] == -1]
    ctx.unnamed = [t.i for t in tokens if t.dep_ == "poss" and t.pos_ == "NOUN" and t.lower_ in GENDERED_NOUNS and seg_of[t.i] == -1]
    ctx.mentions = _person_mentions(ctx, people)
    ctx.genders = _learn_genders(ctx)
    return ctx


def _is_speech(ctx: _Context, seg: _Segment) -> bool:
    """False for quotation marks that do not quote anyone.

    A stage direction in brackets ("(CROSSTALK.)"), the title of a show or work named
    after a possessive or preposition (CNN's "State of the Union"), and a short term in
    scare quotes that no one is credited with are names and labels, not speech.
    """
    text = ctx.text[seg.start : seg.end]
    if re.fullmatch(r"\(.*\)[.,]?", text):
        return False
    before = ctx.text[max(0, seg.open - 12) : seg.open].split()
    if _is_title(text) and before and (re.search(r"[’']s$", before[-1]) or before[-1].lower() in TITLE_INTRODUCERS):
        return False
    return seg.speaker is not None or len(text.split()) >= MIN_KEY_WORDS


def _to_quotes(ctx: _Context) -> Iterable[Quote]:
    for seg in ctx.segments:
        if not _is_speech(ctx, seg):
            continue
        text = ctx.text[seg.start : seg.end]
        yield Quote(text=text, start=seg.start, end=seg.end, speaker=seg.speaker, cue=seg.cue, key=_is_key(text))


def extract_quotes(doc: Doc, people: Sequence[Person]) -> list[Quote]:
    """Every quotation in the article with its speaker and cue (see the module docstring)."""
    text = doc.text
    segments = _find_segments(text)
    if not segments:
        return []
    ctx = _build_context(doc, text, segments, people)
    _attribute(ctx, people)
    _inherit(ctx, people)
    return list(_to_quotes(ctx))
