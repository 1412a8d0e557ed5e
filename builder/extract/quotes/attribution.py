"""Quotes: direct quotations with their speaker, reporting cue and how sure the speaker is.

The extractor works in four steps over the one analysed ``Doc``:

1. **Segments** – quotation-mark pairs found per paragraph (``segments``; who a name or a
   he/she refers to is worked out in ``context``).
2. **Own attribution** – the text around a quote up to the sentence edge is searched for
   a reporting cue ("said", "according to", a colon after a speaker, a dash; ``cues``) and
   the cue's subject becomes the speaker (``speakers``): a person's canonical name, a
   resolved he/she, or a non-person source as written ("the report").
3. **Inherited attribution** – a quote without its own cue takes the speaker of the quote
   it continues (the one before it in the paragraph, or the quote ending the paragraph
   before), of a paragraph that introduced it with a colon, of a reporting verb in the
   sentence (or, for a quote alone in its paragraph, the paragraph) before, or the named
   subject of the clause a quoted fragment sits in. A quote the article repeats (a pull
   quote) takes the speaker of the place where the story attributes the same words.
4. **Speech only** – stage directions, titles, names and scare quotes are dropped
   (``speech``); a quote is *key* when it is a quoted sentence from a confident speaker.

Each speaker carries the confidence of the evidence that found it (``SPEAKER_CONFIDENCE``):
a named subject of a reporting verb next to the quote is sure, a speaker carried over
from a neighbour or guessed from the paragraph before is not. Every rule is about how
news English attributes speech, never about one article or name; word lists live in
``builder/lexicons/quotes.py``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from builder.analyse import text_of
from builder.extract.quotes.context import (
    Context,
    build_context,
    in_quote,
    is_speech_noun,
    names_a_person,
    own_subjects,
)
from builder.extract.quotes.cues import (
    according_to,
    after_conjunction,
    clause_verb,
    cue_region,
    cue_text,
    cue_verbs,
    cues_previous_quote,
    dash_source,
    governing_verbs,
    has_own_clause,
    is_reporting,
    name_before_colon,
    names_passively,
    nearby_subject,
    nearer_cue,
    outer_report,
    person_above,
    person_beside,
    previous_sentence,
    speech_noun_owner,
    subject_of,
    transcript_label,
    viewpoint_holder,
)
from builder.extract.quotes.segments import Segment, find_segments
from builder.extract.quotes.speakers import Found, found_for
from builder.extract.quotes.speech import is_key, is_label, is_speech, joined_to
from builder.lexicons.quotes import (
    MIN_KEY_WORDS,
    NON_SOURCES,
    PERSON_PRONOUNS,
    SENTENCE_END,
    SPEAKER_CONFIDENCE,
    WEAK_REPORTING_VERBS,
)
from builder.model import CONFIDENT, Person, Quote

# Where a cue may sit from its quote before it is too far to be the quote's own cue.
_MAX_CUE_DISTANCE = 25


def _verb_attribution(
    ctx: Context, verb: Token, people: Sequence[Person], region: Sequence[Token] = (), quote_follows: bool = False
) -> Found | None:
    """Speaker and cue for a reporting verb: its subject, else the name standing next to it.

    A cue reported inside someone else's statement ("Trump said Clinton described it as
    “…”") is that statement's content: the source is whoever reports it.
    """
    verb = outer_report(ctx, verb)
    subject, how = subject_of(ctx, verb), "verb"
    if subject is not None and not own_subjects(ctx, verb):
        # 'When someone shouted, “Cruz,” Beck joked, …': a person touching the verb beats a borrowed nobody
        beside = person_beside(ctx, verb, region) if subject.lower_ in NON_SOURCES else None
        if beside is not None:
            subject, how = beside, "nearby"
        else:
            subject = person_above(ctx, verb, subject) or subject
    if subject is None and not names_passively(verb):
        subject, how = nearby_subject(ctx, verb, region, quote_follows), "nearby"
    if subject is None:
        return None
    return found_for(ctx, subject, people, cue_text(verb), how)


def _cue_right_after(ctx: Context, seg: Segment, after: list[Token]) -> bool:
    """True when a quote ending in a comma or question mark is followed at once by its cue
    ("…?” asked Dunn", "…,” Lewandowski added"): that cue beats a reporting verb before the
    quote that the parse hangs it from ("Moscow denies — “why …?” asked Dunn")."""
    if not _goes_on(ctx, seg) and ctx.text[seg.close + 1 : seg.close + 2] != ",":
        return False
    return any(distance <= 1 and not _introduces(ctx, verb) for distance, verb in cue_verbs(after, seg, True))


def _goes_on(ctx: Context, seg: Segment) -> bool:
    """True for a quote ending in a comma, question or exclamation mark inside its marks: the
    sentence goes on after it, most often with its cue ("“…,” Doe said")."""
    return ctx.text[seg.start : seg.end].rstrip().endswith((",", "?", "!"))


def _introduces(ctx: Context, verb: Token) -> bool:
    """True for a verb that opens what follows with a colon ("Trump said: “…”") or with a comma
    and a quote at once ("Doe said, “…”"): the next quote's cue."""
    following = [t for t in ctx.tokens[verb.i + 1 : verb.i + 4] if not t.is_space]
    if not following or following[0].text not in (":", ","):
        return False
    return following[0].text == ":" or (len(following) > 1 and ctx.seg_of[following[1].i] != -1)


def _own_attribution(ctx: Context, k: int, people: Sequence[Person]) -> Found | None:
    """Speaker and cue from the quote's own sentence, or None when it has no cue.

    Order of trust: a transcript label opening the quote ("PENCE: …"); a dash and a name
    right after it; a reporting verb the quote hangs from in the parse; the nearest
    reporting verb beside it (after it first, as in "…," she said); "according to"; the
    owner of a speech noun ("Trump's claim that …"); a speaker introducing it with a colon.
    """
    seg = ctx.segments[k]
    label = transcript_label(ctx, seg, people)
    if label is not None:
        return Found(label, ":", "label")
    dash = dash_source(ctx, seg)
    if dash is not None:
        return found_for(ctx, dash[0], people, dash[1], "dash")
    after, before = cue_region(ctx, k, True), cue_region(ctx, k, False)
    local = {t.i for t in after} | {t.i for t in before}
    unnamed = None
    # A relative clause ("the loopholes he cited are “…”, The Hill reported") only describes
    # a noun: a reporting verb the quote also hangs from outside one is its cue.
    for verb in sorted(governing_verbs(ctx, seg), key=lambda v: v.dep_ == "relcl"):
        if verb.i in local and is_reporting(verb):
            quote_follows = verb.i not in {t.i for t in after}
            if quote_follows and (cues_previous_quote(ctx, verb, before) or _cue_right_after(ctx, seg, after)):
                continue
            if not quote_follows and _introduces(ctx, verb):
                continue  # '“….” Of Carson, Doe said: “…”': the colon gives the verb to the quote after it
            region = before if quote_follows else after
            nearer = nearer_cue(ctx, region, verb, quote_follows)
            found = (nearer and _verb_attribution(ctx, nearer, people, region, quote_follows)) or _verb_attribution(
                ctx, verb, people, region, quote_follows
            )
            if found is not None and found[0] is not None:
                return found
            unnamed = unnamed or found  # "that was not her view and dismissed …": the next verb out may name someone
    if unnamed is not None:
        return unnamed
    ends_sentence = ctx.text[seg.start : seg.end][-1:] in SENTENCE_END
    verbs = [
        (d, 0, v)
        for d, v in cue_verbs(after, seg, True)
        if not ((ends_sentence or after_conjunction(after, v)) and has_own_clause(ctx, v))
        and not _introduces(ctx, v)
    ]
    verbs += [(d, 1, v) for d, v in cue_verbs(before, seg, False) if not cues_previous_quote(ctx, v, before)]
    for distance, side, verb in sorted(verbs, key=lambda item: (item[0], item[1])):
        if distance > _MAX_CUE_DISTANCE:
            break
        found = _verb_attribution(ctx, verb, people, after if side == 0 else before, side == 1)
        if found is not None:
            return found
    unlisted = _unlisted_verb_after(ctx, seg, after, people)
    if unlisted is not None:
        return unlisted
    # after a quote that ends its sentence comes the next sentence, with sources of its own
    according = (None if ends_sentence else according_to(after)) or according_to(before)
    if according is not None:
        return found_for(ctx, according[0], people, according[1], "according")
    viewpoint = viewpoint_holder(before)
    if viewpoint is not None:
        return found_for(ctx, viewpoint, people, "to", "viewpoint")
    owner = speech_noun_owner(ctx, seg)
    if owner is not None:
        return found_for(ctx, owner[0], people, owner[1], "speech_noun")
    if before and before[-1].text == ":":
        subject = _colon_subject(ctx, before[-1])
        adjacent = name_before_colon(ctx, before, people)
        # "The timing doesn't surprise pollster Jo Doe:": a name at the colon beats a subject that is no person
        if subject is not None and subject.i < before[-1].i and (adjacent is None or _personal(ctx, subject, people)):
            return found_for(ctx, subject, people, ":", "colon")
        if adjacent is not None:
            return found_for(ctx, adjacent, people, ":", "colon")
        named = [t for t in before if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
        if named:  # "More from Doe:" / "Here is Doe in 1992:": the person the colon introduces
            return found_for(ctx, named[-1], people, ":", "colon")
    return None


# How many words may stand between a quote and a verb of its own shape ("“…,” an angry Doe retaliated").
_UNLISTED_CUE_REACH = 3


def _unlisted_verb_after(ctx: Context, seg: Segment, after: list[Token], people: Sequence[Person]) -> Found | None:
    """A person and a verb right after a quote that ends in a comma, question or exclamation mark.

    '“…,” an angry Doe retaliated.', '“…?” Doe questioned.', '“…,” Doe assured the crowd.':
    the shape itself (quote, comma inside the marks, a person and a verb closing the
    sentence) attributes the quote, whatever the verb; no word list names every verb news
    uses for it. The verb must open no clause of its own ("…,” Doe said he would …" is
    left to the listed cues), and its subject must be a person.
    """
    if not _goes_on(ctx, seg):
        return None
    words = [t for t in after if not t.is_punct]
    for token in words[: _UNLISTED_CUE_REACH + 1]:
        if token.pos_ != "VERB" or token.tag_ not in ("VBD", "VBZ"):
            continue
        if has_own_clause(ctx, token):
            return None
        subject = subject_of(ctx, token)
        if subject is None and token.i == words[0].i:  # '“…,” exhorted her introducer, actress Jo Doe.'
            subject = nearby_subject(ctx, token, after, False)
            if subject is None or subject.i < token.i or subject.dep_ in ("dobj", "dative", "pobj"):
                return None  # '“Scandal,” thanked Obama for …': whom the verb thanks says nothing
            found = found_for(ctx, subject, people, cue_text(token), "nearby")
            return found if found.speaker in {person.name for person in people} else None
        if subject is None or subject.i not in {t.i for t in after}:
            return None
        # only the subject may stand before the verb ("…,” while Doe refers to …" opens another clause)
        if any(t.i < token.i and not subject.left_edge.i <= t.i <= subject.right_edge.i for t in words):
            return None
        return found_for(ctx, subject, people, cue_text(token), "verb") if _personal(ctx, subject, people) else None
    return None


def _colon_subject(ctx: Context, colon: Token) -> Token | None:
    """The subject of the clause a colon closes, or of the clause above it when that one's
    subject is a "what" or "it" ("Bush broke down exactly what was wrong with the image:")."""
    verb = clause_verb(colon.head)
    subject = subject_of(ctx, verb)
    while subject is not None and subject.lower_ in NON_SOURCES and verb.dep_ in ("ccomp", "xcomp") and not in_quote(ctx, verb.head):
        verb = clause_verb(verb.head)
        subject = subject_of(ctx, verb)
    return subject


def _personal(ctx: Context, token: Token, people: Sequence[Person]) -> bool:
    """A subject that is a person: a he/she or a word of a person's name."""
    return token.lower_ in PERSON_PRONOUNS or names_a_person(ctx, token, people)


# Entity types of a name other than a person's that can say something: an organisation, a group, a country.
SOURCE_ENTITIES = ("ORG", "NORP", "GPE")


def _frame_attribution(ctx: Context, k: int, people: Sequence[Person]) -> Found | None:
    """A fragment quoted inside narrative ("Cruz likened it to “a circus”"): the subject of its clause.

    Only a named subject counts (a name, a he/she, or a description with a named person
    in apposition): a fragment's clause is the writer's sentence, and its named subject
    is the one whose words are borrowed far more often than not.
    """
    frame = _frame_subject(ctx, ctx.segments[k])
    if frame is None:
        return None
    verb, subject = frame
    outer = outer_report(ctx, verb)
    if outer.i != verb.i:  # "Politifact ruled that the statement was “true”": the one ruling
        verb, subject = outer, subject_of(ctx, outer) or subject
    if not is_reporting(verb) and _is_term(ctx, ctx.segments[k]):
        return None  # "Doe backs a “bridge tax”": the writer's name for what Doe backs, not Doe's words
    found = found_for(ctx, subject, people, cue_text(verb), "frame")
    # a person's name, or an organisation's with a reporting verb ("The Grill Bar went on my
    # list of “…”": a business tagged as an organisation says nothing by going somewhere)
    named = subject.pos_ == "PROPN" and (subject.ent_type_ == "PERSON" or (subject.ent_type_ in SOURCE_ENTITIES and is_reporting(verb)))
    if named or subject.lower_ in PERSON_PRONOUNS or found.speaker in {person.name for person in people}:
        return found
    return None


def _is_term(ctx: Context, seg: Segment) -> bool:
    """A short quote right after an article ("a “bridge tax”"): a noun phrase the writer built around a term."""
    before = ctx.text[max(0, seg.open - 6) : seg.open].split()
    return len(ctx.text[seg.start : seg.end].split()) < MIN_KEY_WORDS and bool(before) and before[-1].lower() in ("a", "an", "the")


def _frame_subject(ctx: Context, seg: Segment) -> tuple[Token, Token] | None:
    """The nearest verb a quote hangs from that has a subject, with that subject.

    An impersonal pronoun subject inside the fragment's clause ("to make sure everything
    is “…”") names no one: the clause it is part of is looked at instead.
    """
    for verb in governing_verbs(ctx, seg):
        subject = subject_of(ctx, verb)
        if subject is not None and subject.pos_ == "PRON" and subject.lower_ not in PERSON_PRONOUNS and verb.dep_ in ("ccomp", "xcomp"):
            continue
        if subject is not None:
            return verb, subject
    return None


def _sentence_attribution(tokens: list[Token], ctx: Context, people: Sequence[Person], evidence: str = "previous_sentence") -> Found | None:
    """A speaker named in a neighbouring sentence: the subject of its reporting verb."""
    for token in tokens:
        if is_reporting(token) and (token.lemma_.lower() not in WEAK_REPORTING_VERBS or _speaks_on(token)):
            found = _verb_attribution(ctx, token, people)
            if found is not None and found.speaker is not None:
                return found._replace(evidence=f"{evidence}:" + found.evidence.partition(":")[2])
    return None


def _speaks_on(verb: Token) -> bool:
    """A verb of the weak kind that can only mean speaking where it stands: with no object or
    clause ("Doe agreed."), or with words as its object ("Doe continued his remarks.")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "attr", "acomp", "advcl")]
    return all(c.dep_ == "dobj" and is_speech_noun(c) for c in objects)


def _last_sentence_before(ctx: Context, para: int) -> list[Token]:
    """The last sentence of the paragraph before ``para``, outside quotes: a quote standing
    alone in its paragraph is most often the words of whoever that sentence reports."""
    prev = _previous_paragraph(ctx, para)
    if prev < 0:
        return []
    start, end = ctx.bounds[prev]
    last = max(start, ctx.sent_starts[bisect.bisect_right(ctx.sent_starts, max(start, end - 1)) - 1])
    k0, k1 = bisect.bisect_left(ctx.starts, last), bisect.bisect_left(ctx.starts, end)
    return [t for t in ctx.tokens[k0:k1] if ctx.seg_of[t.i] == -1]


def _intro_attribution(ctx: Context, k: int, people: Sequence[Person]) -> Found | None:
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
    reported = _sentence_attribution(_last_sentence_before(ctx, seg.para), ctx, people, "intro")
    if reported is not None:  # "As Doe observed, the winner was not on stage:" names the one observing
        return reported
    last_sentence = ctx.sent_starts[bisect.bisect_right(ctx.sent_starts, end - 1) - 1]
    k0, k1 = bisect.bisect_left(ctx.starts, max(start, last_sentence)), bisect.bisect_left(ctx.starts, end)
    # the clause's top: its root, or a verb the parse hung from the quote below ("Doe echoed:" as its complement)
    tops = [t for t in ctx.tokens[k0:k1] if (t.dep_ == "ROOT" or not k0 <= t.head.i < k1) and not in_quote(ctx, t)]
    for root in tops:
        subject = subject_of(ctx, root)
        if subject is not None:
            return found_for(ctx, subject, people, ":", "intro")
    return None


def _starts_paragraph(ctx: Context, seg: Segment) -> bool:
    start, _end = ctx.bounds[seg.para]
    return not ctx.text[start : seg.open].strip()


def _attribute(ctx: Context, people: Sequence[Person]) -> None:
    """Give every segment its own speaker where a cue is next to it."""
    for k, seg in enumerate(ctx.segments):
        found = _own_attribution(ctx, k, people) or _intro_attribution(ctx, k, people)
        if found is not None:
            _assign(ctx, seg, found)
            seg.own = True


def _assign(ctx: Context, seg: Segment, found: Found) -> None:
    """Give a segment its speaker, cue and confidence; no speaker when the source phrase
    contains the quote itself (his “Keepin' It Real” radio program): a title inside a
    name is labelled, not said."""
    speaker = found.speaker
    if speaker is not None and ctx.text[seg.start : seg.end] in speaker:
        speaker = None
    seg.speaker, seg.cue = speaker, found.cue
    seg.confidence = SPEAKER_CONFIDENCE[found.evidence] if speaker is not None else 0.0


def _inherit(ctx: Context, people: Sequence[Person]) -> None:
    """Quotes without a cue take the speaker of the quote they continue (in reading order)."""
    segments = ctx.segments
    for k, seg in enumerate(segments):
        if seg.own:
            continue
        source = _continued_from(ctx, k)
        if source is not None and not _reframed(ctx, source, k, people):
            carried = "continued_paragraph" if source.para == seg.para else "continued_next_paragraph"
            seg.speaker, seg.cue = source.speaker, source.cue
            seg.confidence = min(source.confidence, SPEAKER_CONFIDENCE[carried])
            continue
        found = _sentence_attribution(previous_sentence(ctx, seg), ctx, people)
        if found is None and _starts_paragraph(ctx, seg):
            found = _sentence_attribution(_last_sentence_before(ctx, seg.para), ctx, people, "previous_paragraph")
        if found is None and not is_label(ctx, seg):
            found = _frame_attribution(ctx, k, people)
        if found is not None:
            _assign(ctx, seg, found)


def _reframed(ctx: Context, source: Segment, k: int, people: Sequence[Person]) -> bool:
    """True when a new clause with its own subject stands between two quotes of a sentence.

    '“Winning?” she asked, and as Trump went on about “the system”': the fragment
    belongs to the clause it sits in, not to the quote before that clause.
    """
    seg = ctx.segments[k]
    if source.start > seg.start or _starts_sentence(ctx, seg):
        return False
    frame = _frame_subject(ctx, seg)
    return frame is not None and source.close <= frame[1].idx < seg.open and _frame_attribution(ctx, k, people) is not None


def _continued_from(ctx: Context, k: int) -> Segment | None:
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


def _starts_sentence(ctx: Context, seg: Segment) -> bool:
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


def _same_sentence(ctx: Context, a: Segment, b: Segment) -> bool:
    """True when no sentence ends (outside quotes) between two quotes of a paragraph."""
    first, second = (a, b) if a.start < b.start else (b, a)
    k0, k1 = bisect.bisect_left(ctx.starts, first.close), bisect.bisect_left(ctx.starts, second.open)
    return not any(ctx.seg_of[i] == -1 and ctx.tokens[i].text in SENTENCE_END for i in range(k0, k1))


def _previous_paragraph(ctx: Context, para: int) -> int:
    """Index of the nearest earlier non-blank paragraph."""
    p = para - 1
    while p >= 0 and not ctx.text[ctx.bounds[p][0] : ctx.bounds[p][1]].strip():
        p -= 1
    return p


# Words a quote needs before the same words elsewhere count as the same quote, not a common phrase.
_MIN_REPEATED_WORDS = 5


def _repeated(ctx: Context) -> None:
    """A quote the article repeats takes the speaker of the place where it attributes the words.

    Pages set a striking line apart as a pull quote ("“I put lipstick on a pig.”" alone
    between two paragraphs, or under the headline) and quote it again in the story with
    its speaker. Only a quote without a cue of its own takes it, from one that has one.
    """
    words = [" ".join(re.findall(r"\w+", ctx.text[seg.start : seg.end].casefold())) for seg in ctx.segments]
    attributed = [(w, seg) for w, seg in zip(words, ctx.segments, strict=True) if seg.own and seg.speaker is not None]
    for said, seg in zip(words, ctx.segments, strict=True):
        if seg.own or said.count(" ") + 1 < _MIN_REPEATED_WORDS:
            continue
        sources = [source for where, source in attributed if source is not seg and f" {said} " in f" {where} "]
        best = max(sources, key=lambda source: source.confidence, default=None)
        if best is not None and best.confidence > seg.confidence:
            seg.speaker, seg.cue, seg.confidence = best.speaker, best.cue, best.confidence


def _to_quotes(ctx: Context) -> Iterable[Quote]:
    dropped: Segment | None = None
    for seg in ctx.segments:
        if not is_speech(ctx, seg, after_name=dropped is not None and joined_to(ctx, seg, dropped)):
            dropped = seg
            continue
        dropped = None
        text = ctx.text[seg.start : seg.end]
        confidence = seg.confidence if seg.speaker is not None else 0.0
        key = is_key(text) and confidence >= CONFIDENT  # a reader skims key quotes: never on a guessed speaker
        yield Quote(text=text, start=seg.start, end=seg.end, speaker=seg.speaker, cue=seg.cue, key=key, speaker_confidence=confidence)


def extract_quotes(doc: Doc, people: Sequence[Person]) -> list[Quote]:
    """Every quotation in the article with its speaker and cue (see the module docstring)."""
    text = text_of(doc)
    segments = find_segments(text)
    if not segments:
        return []
    ctx = build_context(doc, text, segments, people)
    _attribute(ctx, people)
    _inherit(ctx, people)
    _repeated(ctx)
    return list(_to_quotes(ctx))
