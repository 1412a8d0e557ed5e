"""Quotes: direct quotations with their speaker and reporting cue.

The extractor works in four steps over the one analysed ``Doc``:

1. **Segments** – quotation-mark pairs found per paragraph (``quotes_segments``; who a
   name or a he/she refers to is worked out in ``quotes_people``).
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
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from builder.analyse import text_of
from builder.extract.quotes.context import (
    SUBJECTS,
    Context,
    build_context,
    clean_name,
    in_quote,
    person_at,
    person_by_name,
    resolve_pronoun,
)
from builder.extract.quotes.segments import Segment, find_segments
from builder.lexicons.quotes import (
    ACCORDING_TO,
    DASHES,
    MIN_KEY_WORDS,
    NON_SOURCES,
    PERSON_PRONOUNS,
    PHRASING_VERBS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SENTENCE_END,
    SPEECH_NOUNS,
    TITLE_INTRODUCERS,
    VIEWPOINT_PRONOUNS,
    WEAK_REPORTING_VERBS,
)
from builder.model import Person, Quote

# Dependencies through which a verb without a subject borrows its head's subject
# ("…," he said, adding …; quoted as saying; smiled and said).
_BORROW_SUBJECT = ("xcomp", "advcl", "conj", "acl", "pcomp")
# How many clauses up a verb may look for a subject ("forced to defend not paying …").
_BORROW_DEPTH = 5
# Where a cue may sit from its quote before it is too far to be the quote's own cue.
_MAX_CUE_DISTANCE = 25


# --------------------------------------------------------------------------- cues


def _region(ctx: Context, seg_index: int, forward: bool) -> list[Token]:
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


def _previous_sentence(ctx: Context, seg: Segment) -> list[Token]:
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
    """A verb of saying, or a phrasing verb in "as X put it" (the memo's words, as it put them)."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    if lemma in PHRASING_VERBS:
        children = {(c.dep_, c.lower_) for c in token.children}
        return ("dobj", "it") in children and ("mark", "as") in children
    return lemma in REPORTING_VERBS


def _governs(verb: Token, seg: Segment) -> bool:
    """True when the quote sits in the verb's clause (a quote as object or complement)."""
    return any(seg.open <= t.idx < seg.close for t in verb.subtree)


def _cue_verbs(region: list[Token], seg: Segment, forward: bool) -> list[tuple[int, Token]]:
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


def _governing_verbs(ctx: Context, seg: Segment) -> list[Token]:
    """Verbs outside the quote that the quote hangs from, nearest first (its syntactic frame)."""
    k0, k1 = bisect.bisect_left(ctx.starts, seg.start), bisect.bisect_left(ctx.starts, seg.end)
    verbs: list[Token] = []
    for token in ctx.tokens[k0:k1]:
        head = token.head
        if head.idx >= seg.open and head.idx < seg.close:
            continue
        for ancestor in [head, *head.ancestors]:
            if in_quote(ctx, ancestor):
                continue
            if ancestor.pos_ in ("VERB", "AUX") and ancestor not in verbs:
                verbs.append(ancestor)
    return verbs


def _subject(ctx: Context, verb: Token, depth: int = 0) -> Token | None:
    """Who does the reporting: the verb's subject outside quotes, borrowed from its head when it has none."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and not in_quote(ctx, c)]
    agent = _agent(ctx, verb) if any(c.dep_ == "nsubjpass" for c in subjects) else None
    if agent is not None:  # "Doe has been called “a quack” by fellow doctors": the doctors say it
        return agent
    if subjects:
        child = min(subjects, key=lambda c: abs(c.i - verb.i))
        if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        return child
    if verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN"):  # "footage of Trump saying, …"
        return _issuer(ctx, verb.head) or verb.head
    previous = ctx.tokens[verb.i - 1] if verb.i > 0 else None
    if verb.tag_ == "VBG" and previous is not None and previous.ent_type_ == "PERSON":
        return previous  # the same construction when the parser hangs "saying" elsewhere
    if verb.dep_ in _BORROW_SUBJECT and verb.head.i != verb.i and depth < _BORROW_DEPTH and not in_quote(ctx, verb.head):
        head = verb.head
        if head.dep_ == "prep" and head.head.i != head.i:  # "despite admitting" hangs from a preposition
            head = head.head
        if verb.tag_ == "VBG" and head.dep_ == "relcl" and _after_comma(ctx, verb):
            # "Trump refused to pay an architect who said he was stiffed, saying …": a participle
            # set off by a comma goes with the main clause, not with the relative clause before it
            return _subject(ctx, _clause_verb(head.head), depth + 1)
        return _subject(ctx, head, depth + 1)
    return None


def _agent(ctx: Context, verb: Token) -> Token | None:
    """The "by" phrase of a passive verb ("called a fraud *by his rivals*"), outside quotes."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj" and not in_quote(ctx, c)]
            if objects:
                return objects[0]
    return None


def _after_comma(ctx: Context, token: Token) -> bool:
    """True when a comma sets the token off from what comes before it."""
    return token.i > 0 and ctx.tokens[token.i - 1].text == ","


def _issuer(ctx: Context, noun: Token) -> Token | None:
    """Who issued a statement that says something ("the council issued a statement calling it “…”")."""
    if noun.lemma_.lower() not in SPEECH_NOUNS or noun.dep_ != "dobj":
        return None
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj" and not in_quote(ctx, c)]
    return subjects[0] if subjects else None


def _viewpoint(before: list[Token]) -> Token | None:
    """The person in "to her, “…”" / "because to Doe, “…”" right before a quote: in their view.

    "to" must open its clause (after a conjunction, a comma or the sentence start): after a
    verb ("said to her, “…”") the person is the one spoken to.
    """
    words = before[-3:]
    if len(words) < 3 or words[-1].text != "," or words[-3].lower_ != "to":
        return None
    person = words[-2]
    if not (person.lower_ in VIEWPOINT_PRONOUNS or person.pos_ == "PROPN"):
        return None
    opener = before[-4] if len(before) >= 4 else None
    return person if opener is None or opener.is_punct or opener.pos_ in ("SCONJ", "CCONJ") else None


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


def _transcript_label(ctx: Context, seg: Segment, people: Sequence[Person]) -> str | None:
    """The speaker a transcript line opens with ("PENCE: …"), as a known person where possible.

    A capitalised word before a colon is a speaker label only when it names a person or
    opens several quotes (a transcript); a lone "BREAKING:" or "NOTE:" is not a speaker.
    """
    label = _SPEAKER_LABEL.match(ctx.text, seg.start, seg.end)
    if label is None:
        return None
    name = label.group(1).strip()
    person = person_by_name(name.title(), people)
    if person is not None:
        return person.name
    repeats = sum(1 for other in ctx.segments if ctx.text.startswith(name + ":", other.start))
    return name if repeats >= 2 else None


def _dash_source(ctx: Context, seg: Segment) -> tuple[Token, str] | None:
    """The name after a dash that directly follows a closed quote ("…" — Jane Doe)."""
    if not seg.closed:
        return None
    match = _DASH_AFTER.match(ctx.text, seg.close)
    if match is None:
        return None
    k = bisect.bisect_left(ctx.starts, match.end())
    tokens = [t for t in ctx.tokens[k : k + 4] if ctx.para_of[t.i] == seg.para and not in_quote(ctx, t)]
    names = [t for t in tokens if t.pos_ in ("PROPN", "NOUN", "PRON")]
    if not names or names[0].pos_ != "PROPN":  # "— a metaphor for…" goes on the sentence, not a byline
        return None
    first = names[0]
    while first.dep_ in ("compound", "flat") and first.head.i > first.i and first.head.i < k + 5:
        first = first.head
    while first.i + 1 < len(ctx.tokens) and _name_continues(ctx, first, ctx.tokens[first.i + 1]):
        first = ctx.tokens[first.i + 1]  # "— Ana N Ruiz Soto": the surname ends the name, whatever the parse says
    return first, match.group().strip()


def _name_continues(ctx: Context, token: Token, following: Token) -> bool:
    """True when the next token is another word of the same written name (capitalised, no punctuation between)."""
    return (
        following.pos_ == "PROPN"
        and following.text[:1].isupper()
        and bool(token.whitespace_)
        and ctx.para_of[following.i] == ctx.para_of[token.i]
        and not in_quote(ctx, following)
    )


def _cue_text(verb: Token) -> str:
    """The verb with its particle ("pointed out")."""
    particles = [c for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.text, *(p.text for p in particles)])


# --------------------------------------------------------------------------- speakers


_PHRASE_RIGHT = ("prep", "pobj", "compound", "amod", "nummod", "nmod", "poss", "case", "acl", "det", "npadvmod", "advmod", "cc", "conj")


def _phrase(ctx: Context, head: Token) -> str:
    """A non-person source as written: the noun phrase without clauses, appositions or quotes."""
    doc, tokens = ctx.doc, ctx.tokens
    left = head.left_edge.i
    while left < head.i and (tokens[left].is_punct or ctx.seg_of[left] != -1 or tokens[left].dep_ in ("advmod", "cc", "preconj")):
        left += 1
    right = head.i
    for child in head.rights:
        if child.dep_ not in _PHRASE_RIGHT or child.is_punct or any(in_quote(ctx, t) or _breaks_phrase(t) for t in child.subtree):
            break
        right = child.right_edge.i
    while right > head.i and tokens[right].dep_ in ("cc", "prep", "det"):
        right -= 1  # "a complaint by X and" lost its conjunct: no dangling word
    if head.ent_iob_ in ("B", "I"):  # a name is never cut ("the Alliance to Reclaim Our Schools")
        right = max(right, _entity_end(doc, head) - 1)
    return doc[left : right + 1].text


def _entity_end(doc: Doc, token: Token) -> int:
    """The token index just past the named entity a token is part of."""
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _breaks_phrase(token: Token) -> bool:
    """Punctuation that ends a source's noun phrase; a hyphen inside a word ("52-count") does not."""
    return token.is_punct and not (token.text == "-" and not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_)


def _speaker_name(ctx: Context, token: Token, people: Sequence[Person]) -> str | None:
    """The name to report for a subject token (canonical person, resolved pronoun, or source)."""
    lower = token.lower_
    if lower in PERSON_PRONOUNS or lower in VIEWPOINT_PRONOUNS:
        return resolve_pronoun(ctx, token)
    if lower in NON_SOURCES or lower in RELATIVE_PRONOUNS:
        return None
    person = person_at(ctx, token, people)
    if person is None and token.dep_ == "appos":  # "McConnell, now the majority leader, who said …"
        person = person_at(ctx, token.head, people)
    if person is not None:
        return person.name
    for child in _appositions(token):  # "the chairman, John Doe," names the person in apposition
        if child.dep_ == "appos":
            names = [t for t in child.subtree if not _under_preposition(t, child)]
            person = next((p for t in names if (p := person_at(ctx, t, people)) is not None), None)
            if person is not None:
                return person.name
            named = next((t for t in names if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"), None)
            if named is not None:  # a name the people extractor missed still beats the description
                return _entity_name(ctx, named)
    if token.ent_type_ == "PERSON":
        return _entity_name(ctx, token)
    return _phrase(ctx, token)


def _appositions(token: Token) -> list[Token]:
    """Appositions of a subject, and for a description also those the parser hung on its last noun.

    "His former partner at Acme, Jane Doe, said" is parsed with Jane Doe in apposition
    to Acme; a company or place never has a person in apposition, so the name describes
    the subject.
    """
    found = [c for c in token.children if c.dep_ == "appos"]
    if found or token.pos_ != "NOUN":
        return found
    for prep in (c for c in token.rights if c.dep_ == "prep"):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ != "PERSON"):
            found += [c for c in obj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"]
    return found


def _entity_name(ctx: Context, token: Token) -> str:
    """The whole entity a name token belongs to, without a possessive."""
    ent = next((e for e in ctx.doc.ents if e.start <= token.i < e.end), None)
    return clean_name(ent.text if ent is not None else token.text)


def _under_preposition(token: Token, top: Token) -> bool:
    """True when a token sits in a prepositional phrase below ``top`` ("a friend *of John Doe*")."""
    while token.i != top.i and token.head.i != token.i:  # spaCy builds a new Token per access: compare indices
        if token.dep_ in ("prep", "pobj"):
            return True
        token = token.head
    return False


def _verb_attribution(
    ctx: Context, verb: Token, people: Sequence[Person], region: Sequence[Token] = (), quote_follows: bool = False
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


def _outer_report(ctx: Context, verb: Token) -> Token:
    """The outermost reporting verb whose complement clause holds ``verb`` (the verb itself if none)."""
    while verb.dep_ == "ccomp" and verb.head.i != verb.i:
        head = verb.head
        if not _may_report(ctx, head, verb):
            break
        verb = head
    return _parenthetical_report(ctx, verb) or verb


def _parenthetical_report(ctx: Context, verb: Token) -> Token | None:
    """A reporting clause set off inside the sentence that holds ``verb`` ("Most voters, Smith said, believe “…”").

    The parser hangs such an aside from the main verb (parataxis); whoever it names
    speaks for the whole sentence, including a verb like "believe" in it.
    """
    for clause in [verb, *verb.ancestors]:
        for child in clause.children:
            if child.dep_ == "parataxis" and child.i != verb.i and _may_report(ctx, child, verb):
                return child
    return None


def _may_report(ctx: Context, head: Token, verb: Token) -> bool:
    """True when ``head`` is a strong reporting verb with a subject, in the same sentence and paragraph as ``verb``."""
    if ctx.para_of[head.i] != ctx.para_of[verb.i] or _sentence_of(ctx, head) != _sentence_of(ctx, verb) or in_quote(ctx, head):
        return False
    return _is_reporting(head) and head.lemma_.lower() not in WEAK_REPORTING_VERBS and _subject(ctx, head) is not None


def _sentence_of(ctx: Context, token: Token) -> int:
    return bisect.bisect_right(ctx.sent_starts, token.idx) - 1


_PHRASE_HEAD_POS = ("PROPN", "NOUN", "PRON")
_TIME_ENTITIES = ("DATE", "TIME")  # "said Monday": a date next to the verb is never its speaker
_MODIFIER_DEPS = ("compound", "poss", "amod", "nmod", "case", "det")


def _first_conjunct(token: Token) -> Token:
    """The first of coordinated names ("Obama and Clinton" -> Obama)."""
    while token.dep_ == "conj" and token.head.pos_ == "PROPN" and token.head.i < token.i and not _never_subject(token.head):
        token = token.head
    return token


def _never_subject(token: Token) -> bool:
    """A verb's or preposition's object, or an apposition, is not a speaker ("Jane Doe, the
    head of the League, told a student …"); the agent of a passive is ("written by Doe")."""
    if token.dep_ == "pobj":
        return token.head.lower_ != "by"
    return token.dep_ in ("appos", "dobj", "dative")


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
        if token.pos_ in _PHRASE_HEAD_POS and token.dep_ not in _MODIFIER_DEPS and not _never_subject(token):
            return _first_conjunct(token)
    for token in [*between, *after]:
        if token.pos_ == "PROPN":
            return token.head if token.head.pos_ == "PROPN" and token.head in region else token
    return None


def _own_attribution(ctx: Context, k: int, people: Sequence[Person]) -> tuple[str | None, str] | None:
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
    unnamed = None
    # A relative clause ("the loopholes he cited are “…”, The Hill reported") only describes
    # a noun: a reporting verb the quote also hangs from outside one is its cue.
    for verb in sorted(_governing_verbs(ctx, seg), key=lambda v: v.dep_ == "relcl"):
        if verb.i in local and _is_reporting(verb):
            quote_follows = verb.i not in {t.i for t in after}
            if quote_follows and _cues_previous_quote(ctx, verb, before):
                continue
            region = before if quote_follows else after
            nearer = _nearer_cue(ctx, region, verb, quote_follows)
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
        for d, v in _cue_verbs(after, seg, True)
        if not ((ends_sentence or _after_conjunction(after, v)) and _has_own_clause(ctx, v))
    ]
    verbs += [(d, 1, v) for d, v in _cue_verbs(before, seg, False) if not _cues_previous_quote(ctx, v, before)]
    for distance, side, verb in sorted(verbs, key=lambda item: (item[0], item[1])):
        if distance > _MAX_CUE_DISTANCE:
            break
        found = _verb_attribution(ctx, verb, people, after if side == 0 else before, side == 1)
        if found is not None:
            return found
    according = _according_to(after) or _according_to(before)
    if according is not None:
        return _speaker_name(ctx, according[0], people), according[1]
    viewpoint = _viewpoint(before)
    if viewpoint is not None:
        return _speaker_name(ctx, viewpoint, people), "to"
    owner = _speech_noun_owner(ctx, seg)
    if owner is not None:
        return _speaker_name(ctx, owner[0], people), owner[1]
    if before and before[-1].text == ":":
        subject = _subject(ctx, _clause_verb(before[-1].head))
        if subject is not None and subject.i < before[-1].i:
            return _speaker_name(ctx, subject, people), ":"
    return None


def _cues_previous_quote(ctx: Context, verb: Token, before: Sequence[Token]) -> bool:
    """True for the cue of the quote before, with a new clause before this one.

    '“Ready?” she asked, but as Trump went on about “the system”': the verb right after
    a quote reports that quote; a clause with a subject of its own between the verb and
    this quote owns this one. '“A,” Smith wrote, and “B.”' shares the cue.
    """
    if not before or before[0].i == 0 or ctx.seg_of[before[0].i - 1] == -1:
        return False
    previous = ctx.segments[ctx.seg_of[before[0].i - 1]]
    words = [t for t in before if not t.is_punct]
    if ctx.text[previous.start : previous.end][-1:] in SENTENCE_END and words and _starts_with_capital(words[0]):
        return False  # the quote before ended its sentence: the verb starts a new one
    position = next((n for n, t in enumerate(words) if t.i == verb.i), None)
    if position is None or position >= 3:
        return False
    return any(t.dep_ in SUBJECTS and t.i > verb.i for t in before)


def _starts_with_capital(token: Token) -> bool:
    """A capital that starts a sentence, not a name ('“Ready?” Doe asked' goes on; '“Ready.” She left' does not)."""
    return token.text[:1].isupper() and token.pos_ != "PROPN"


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a token sits in ("used it as its headline:" -> used)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _nearer_cue(ctx: Context, region: Sequence[Token], verb: Token, quote_follows: bool) -> Token | None:
    """A strong reporting verb with a subject between a governing verb and its quote.

    The parser often hangs a quote from the main verb of a long sentence ("The ad ends
    with footage of Trump saying, “…”"); the reporting verb next to the quote is its cue.
    """
    between = [t for t in region if (t.i > verb.i if quote_follows else t.i < verb.i)]
    if quote_follows:
        between = between[::-1]
    for token in between:
        if _is_reporting(token) and token.lemma_.lower() not in WEAK_REPORTING_VERBS and token.dep_ != "relcl":
            subjects = [c for c in token.children if c.dep_ in SUBJECTS and not in_quote(ctx, c)]
            if any(c.pos_ == "PROPN" or c.lower_ in PERSON_PRONOUNS for c in subjects):
                return token  # a named speaker of its own, not one borrowed from the sentence
    return None


def _speech_noun_owner(ctx: Context, seg: Segment) -> tuple[Token, str] | None:
    """The possessor of a speech noun the quote hangs from ("Trump's claim that “…”")."""
    k0, k1 = bisect.bisect_left(ctx.starts, seg.start), bisect.bisect_left(ctx.starts, seg.end)
    for token in ctx.tokens[k0:k1]:
        if in_quote(ctx, token.head):
            continue
        for ancestor in [token.head, *token.head.ancestors]:
            if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ not in ("acl", "relcl", "ccomp"):
                break
            if ancestor.pos_ == "NOUN" and ancestor.lemma_.lower() in SPEECH_NOUNS:
                owners = [c for c in ancestor.children if c.dep_ == "poss" and not in_quote(ctx, c)]
                if owners:
                    return owners[0], ancestor.text
    return None


def _after_conjunction(after: Sequence[Token], verb: Token) -> bool:
    """True when a coordinating conjunction opens a new clause between a quote and a verb ("…,” but they said that …)."""
    return any(t.dep_ == "cc" and t.i < verb.i for t in after)


def _has_own_clause(ctx: Context, verb: Token) -> bool:
    """A verb reporting its own complement ("McCrory said it would be…") is another statement's cue."""
    return any(c.dep_ in ("ccomp", "xcomp") and not in_quote(ctx, c) for c in verb.children)


def _frame_attribution(ctx: Context, k: int, people: Sequence[Person]) -> tuple[str | None, str] | None:
    """A fragment quoted inside narrative ("Cruz likened it to “a circus”"): the subject of its clause.

    Only a named subject counts (a name, a he/she, or a description with a named person
    in apposition): a fragment's clause is the writer's sentence, and its named subject
    is the one whose words are borrowed far more often than not.
    """
    frame = _frame_subject(ctx, ctx.segments[k])
    if frame is None:
        return None
    verb, subject = frame
    outer = _outer_report(ctx, verb)
    if outer.i != verb.i:  # "Politifact ruled that the statement was “true”": the one ruling
        verb, subject = outer, _subject(ctx, outer) or subject
    name = _speaker_name(ctx, subject, people)
    if subject.pos_ == "PROPN" or subject.lower_ in PERSON_PRONOUNS or name in {person.name for person in people}:
        return name, _cue_text(verb)
    return None


def _frame_subject(ctx: Context, seg: Segment) -> tuple[Token, Token] | None:
    """The nearest verb a quote hangs from that has a subject, with that subject.

    An impersonal pronoun subject inside the fragment's clause ("to make sure everything
    is “…”") names no one: the clause it is part of is looked at instead.
    """
    for verb in _governing_verbs(ctx, seg):
        subject = _subject(ctx, verb)
        if subject is not None and subject.pos_ == "PRON" and subject.lower_ not in PERSON_PRONOUNS and verb.dep_ in ("ccomp", "xcomp"):
            continue
        if subject is not None:
            return verb, subject
    return None


def _sentence_attribution(tokens: list[Token], ctx: Context, people: Sequence[Person]) -> tuple[str | None, str] | None:
    """A speaker named in a neighbouring sentence: the subject of its reporting verb."""
    for token in tokens:
        if _is_reporting(token) and token.lemma_.lower() not in WEAK_REPORTING_VERBS:
            found = _verb_attribution(ctx, token, people)
            if found is not None and found[0] is not None:
                return found
    return None


def _intro_attribution(ctx: Context, k: int, people: Sequence[Person]) -> tuple[str | None, str] | None:
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
    for root in [t for t in ctx.tokens[k0:k1] if t.dep_ == "ROOT" and not in_quote(ctx, t)]:
        subject = _subject(ctx, root)
        if subject is not None:
            return _speaker_name(ctx, subject, people), ":"
    return None


def _starts_paragraph(ctx: Context, seg: Segment) -> bool:
    start, _end = ctx.bounds[seg.para]
    return not ctx.text[start : seg.open].strip()


def _attribute(ctx: Context, people: Sequence[Person]) -> None:
    """Give every segment its own speaker where a cue is next to it."""
    for k, seg in enumerate(ctx.segments):
        found = _own_attribution(ctx, k, people) or _intro_attribution(ctx, k, people)
        if found is not None:
            seg.speaker, seg.cue = _not_itself(ctx, seg, found)
            seg.own = True


def _not_itself(ctx: Context, seg: Segment, found: tuple[str | None, str]) -> tuple[str | None, str]:
    """No speaker when the source phrase contains the quote itself (his “Keepin' It Real” radio
    program): a title inside a name is labelled, not said."""
    speaker, cue = found
    if speaker is not None and ctx.text[seg.start : seg.end] in speaker:
        return None, cue
    return speaker, cue


def _inherit(ctx: Context, people: Sequence[Person]) -> None:
    """Quotes without a cue take the speaker of the quote they continue (in reading order)."""
    segments = ctx.segments
    for k, seg in enumerate(segments):
        if seg.own:
            continue
        source = _continued_from(ctx, k)
        if source is not None and not _reframed(ctx, source, k, people):
            seg.speaker, seg.cue = source.speaker, source.cue
            continue
        found = _sentence_attribution(_previous_sentence(ctx, seg), ctx, people)
        if found is None and not _is_label(ctx, seg):
            found = _frame_attribution(ctx, k, people)
        if found is not None:
            seg.speaker, seg.cue = _not_itself(ctx, seg, found)


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


def _is_speech(ctx: Context, seg: Segment) -> bool:
    """False for quotation marks that do not quote anyone.

    A stage direction in brackets ("(CROSSTALK.)"), the title of a show or work named
    after a possessive or preposition (CNN's "State of the Union"), a short term in
    scare quotes that no one is credited with (such as a quoted modifier: promoting
    “magic” pills) are names and labels, not speech.
    """
    text = ctx.text[seg.start : seg.end]
    if re.fullmatch(r"\(.*\)[.,]?", text) or _is_nickname(ctx.text, seg):
        return False
    before = ctx.text[max(0, seg.open - 12) : seg.open].split()
    if _is_title(text) and before and (re.search(r"[’']s$", before[-1]) or before[-1].lower() in TITLE_INTRODUCERS):
        return False
    return seg.speaker is not None or len(text.split()) >= MIN_KEY_WORDS


def _is_label(ctx: Context, seg: Segment) -> bool:
    """True for a short quote that modifies the noun after it: “quack” medical cures, the
    “national enterprise reporter” Jane Doe. Without a cue or a quote it continues, it
    labels the noun in the writer's sentence: the clause's subject did not say it."""
    if len(ctx.text[seg.start : seg.end].split()) >= MIN_KEY_WORDS:
        return False
    k0, k1 = bisect.bisect_left(ctx.starts, seg.start), bisect.bisect_left(ctx.starts, seg.end)
    tops = [t for t in ctx.tokens[k0:k1] if not t.is_punct and not seg.open <= t.head.idx < seg.close]
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


def _to_quotes(ctx: Context) -> Iterable[Quote]:
    for seg in ctx.segments:
        if not _is_speech(ctx, seg):
            continue
        text = ctx.text[seg.start : seg.end]
        yield Quote(text=text, start=seg.start, end=seg.end, speaker=seg.speaker, cue=seg.cue, key=_is_key(text))


def extract_quotes(doc: Doc, people: Sequence[Person]) -> list[Quote]:
    """Every quotation in the article with its speaker and cue (see the module docstring)."""
    text = text_of(doc)
    segments = find_segments(text)
    if not segments:
        return []
    ctx = build_context(doc, text, segments, people)
    _attribute(ctx, people)
    _inherit(ctx, people)
    return list(_to_quotes(ctx))
