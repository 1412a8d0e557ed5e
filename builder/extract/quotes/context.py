"""Who the names and he/she of an article refer to, as the quote rules need it.

``Context`` holds what every quote rule looks up (the doc, the quote segments, where each
token sits, the people's mentions and learned genders), built in one pass over the
tokens. The functions here map a written name to a person of the people list (a full
name, an alias, a surname only one person has) and resolve a he/she to the person the
article is talking about; a name or pronoun that cannot be resolved stays unknown.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from builder.extract.quotes.segments import Segment, paragraph_bounds, token_maps
from builder.lexicons.people import NAME_SUFFIXES, ROLE_HEADS
from builder.lexicons.quotes import (
    FEMALE_GIVEN_NAMES,
    GENDERED_NOUNS,
    GENDERED_PRONOUNS,
    GENDERED_TITLES,
    MALE_GIVEN_NAMES,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SPEECH_NOUNS,
    WEAK_REPORTING_VERBS,
)
from builder.model import Person

# Dependencies of a clause's subject (active and passive).
SUBJECTS = ("nsubj", "nsubjpass")
# How far back (in sentences) a he/she may look for the person it refers to.
_PRONOUN_WINDOW = 6
_PLACES = frozenset({"GPE", "LOC", "FAC"})  # not ORG: the small model calls many a surname an organisation
_PRONOUN_HOPS = 4  # how many earlier he/she subjects a chain may pass through


@dataclass
class Context:
    """What every rule needs: the doc, the segments, and where each token sits."""

    doc: Doc
    segments: list[Segment]
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
    not_people: set[str] = field(default_factory=set)  # words the model mostly tags a place
    word_counts: Counter[str] = field(default_factory=Counter)  # how often each token text occurs


def build_context(doc: Doc, text: str, segments: list[Segment], people: Sequence[Person]) -> Context:
    """Everything the rules look up, computed in one pass over the tokens (spaCy builds a new
    Token object on every iteration, so the doc is walked once)."""
    tokens = list(doc)
    starts = [t.idx for t in tokens]
    seg_of, para_of = token_maps(starts, segments, text)
    ctx = Context(doc, segments, seg_of, para_of, starts, paragraph_bounds(text), text=text, tokens=tokens)
    # a paragraph always starts a sentence, whatever the parser joined across the break
    paragraph_starts = {start for start, end in ctx.bounds if text[start:end].strip()}
    ctx.sent_starts = sorted({t.idx for t in tokens if t.is_sent_start or t.i == 0} | paragraph_starts)
    ctx.subject_index = [t.i for t in tokens if (t.dep_ in SUBJECTS or _name_as_subject(t, tokens)) and seg_of[t.i] == -1]
    ctx.unnamed = [t.i for t in tokens if t.dep_ == "poss" and t.pos_ == "NOUN" and t.lower_ in GENDERED_NOUNS and seg_of[t.i] == -1]
    ctx.mentions = _person_mentions(ctx, people)
    ctx.genders = _learn_genders(ctx)
    ctx.not_people = _mostly_not_people(tokens)
    ctx.word_counts = Counter(t.text for t in tokens)
    return ctx


def _mostly_not_people(tokens: list[Token]) -> set[str]:
    """Proper nouns the model tags a place at least as often as a person: one PERSON tag
    among them is a slip of the model, not a person the article names."""
    places = Counter(t.text for t in tokens if t.ent_type_ in _PLACES and t.pos_ == "PROPN")
    persons = Counter(t.text for t in tokens if t.ent_type_ == "PERSON")
    return {word for word, count in places.items() if count >= persons[word]}


def _name_as_subject(token: Token, tokens: list[Token]) -> bool:
    """A person's name the parser hung elsewhere that is still a clause's subject: right
    before a reporting verb ("…, Chief Executive Jane Doe said"), or right before a finite
    verb left without a subject ("In Ohio, 62-year-old Jo Roe also railed against …")."""
    if token.pos_ != "PROPN" or token.ent_type_ != "PERSON" or token.i + 1 >= len(tokens):
        return False
    verb = tokens[token.i + 1]
    if verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING_VERBS and verb.lemma_.lower() not in WEAK_REPORTING_VERBS:
        return True
    k = token.i + 1
    while k < len(tokens) and tokens[k].dep_ == "advmod" and tokens[k].pos_ == "ADV":
        k += 1
    if k >= len(tokens) or token.dep_ in SUBJECTS:
        return False
    verb = tokens[k]
    return verb.tag_ in ("VBD", "VBZ") and verb.pos_ == "VERB" and not any(c.dep_ in SUBJECTS for c in verb.children)


def in_quote(ctx: Context, token: Token) -> bool:
    return ctx.seg_of[token.i] != -1


def own_subjects(ctx: Context, verb: Token) -> list[Token]:
    """A verb's own subjects outside quotes (none when it borrows one from a clause above)."""
    return [c for c in verb.children if c.dep_ in SUBJECTS and not _preposition_phrase(c) and not in_quote(ctx, c)]


def _preposition_phrase(token: Token) -> bool:
    """A preposition with its object is no subject, whatever a broken parse says ("Of Carson, Doe
    … said"); a bare one may be a surname the tagger took for a preposition ("From said")."""
    return token.pos_ == "ADP" and any(c.dep_ in ("pobj", "nmod") for c in token.children)


def _person_mentions(ctx: Context, people: Sequence[Person]) -> list[tuple[int, int, Person]]:
    """Every place outside quotes where a person is named: the people extractor's mentions,
    PERSON entities it names, and bare surnames the entity recogniser missed (a word it
    tagged as a place or organisation, like "Korea" in "South Korea", is not one).

    Names inside quotes are left out: quoted words speak from the speaker's point of
    view, so a name there is never what a later "he said" refers back to.
    """
    spans = {(m.start, m.end): p for p in people for m in p.mentions}
    for ent in ctx.doc.ents:
        if ent.label_ == "PERSON" and (ent.start_char, ent.end_char) not in spans:
            person = person_by_name(ent.text, people)
            if person is not None:
                spans[(ent.start_char, ent.end_char)] = person
    covered = {i for start, end in spans for i in range(start, end)}
    surnames = _surnames(people)
    for token in ctx.tokens:
        if token.text in surnames and token.pos_ == "PROPN" and _surname_tag(token) and token.idx not in covered:
            spans[(token.idx, token.idx + len(token.text))] = surnames[token.text]
    return sorted(
        (start, end, person)
        for (start, end), person in spans.items()
        if ctx.seg_of[max(0, bisect.bisect_right(ctx.starts, start) - 1)] == -1
    )


def _surname_tag(token: Token) -> bool:
    """A known surname the model tagged as no entity or a person; or a lone word tagged
    otherwise that owns something ("In Hajjaj’s case": the small model calls many an
    unfamiliar surname with a possessive a place). "South Korea’s" is one entity, not a lone word."""
    if token.ent_type_ in ("", "PERSON"):
        return True
    return one_word_entity(token) and token.i + 1 < len(token.doc) and token.nbor(1).tag_ == "POS"


def one_word_entity(token: Token) -> bool:
    """True for a token that is a whole named entity on its own ("Hauser" tagged ORG, not "Korea" of "South Korea")."""
    return token.ent_iob_ == "B" and (token.i + 1 == len(token.doc) or token.nbor(1).ent_iob_ != "I")


def _surnames(people: Sequence[Person]) -> dict[str, Person]:
    """Last words of names that belong to exactly one person ("Trump" -> Donald Trump)."""
    owners: dict[str, set[str]] = {}
    by_name = {p.name: p for p in people}
    for person in people:
        for form in (person.name, *person.aliases):
            if form.split():
                owners.setdefault(surname(form), set()).add(person.name)
    return {last: by_name[names.pop()] for last, names in owners.items() if len(names) == 1}


def surname(name: str) -> str:
    """The last word of a name that is not a generational suffix ("Luther Stan Pate IV" -> "Pate"):
    the word the article goes on calling the person by."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else ""


def clean_name(name: str) -> str:
    """A name without a trailing possessive ("Trump’s" -> "Trump") or the dash of a credit line before it."""
    return re.sub(r"[’']s?$", "", name.strip().lstrip("-–—― "))


def person_by_name(name: str, people: Sequence[Person]) -> Person | None:
    """The person a written name stands for: an exact name/alias, else a unique surname match."""
    name = clean_name(name)
    if not name:
        return None
    for person in people:
        if name == person.name or name in person.aliases:
            return person
    last = surname(name)
    matches = [p for p in people if any(surname(form) == last for form in (p.name, *p.aliases) if form.split())]
    if matches:
        return matches[0] if len(matches) == 1 else None
    return person_by_misspelling(last, people)


def person_by_misspelling(word: str, people: Sequence[Person]) -> Person | None:
    """The one person whose surname a word misspells ("Trevor Houser" … "Hauser said"): one letter
    off, the first letter the same, five letters or more; two such people and nobody is named."""
    if len(word) < 5:
        return None
    matches = [p for p in people if any(_one_letter_off(surname(form), word) for form in (p.name, *p.aliases) if form.split())]
    return matches[0] if len(matches) == 1 else None


def _one_letter_off(known: str, written: str) -> bool:
    """Two words of five letters or more that differ by one letter replaced, added or dropped, not the first."""
    if known[:1] != written[:1] or min(len(known), len(written)) < 5 or abs(len(known) - len(written)) > 1:
        return False
    if len(known) == len(written):
        return sum(a != b for a, b in zip(known, written, strict=True)) == 1
    short, long_ = sorted((known, written), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(1, len(long_)))


def person_at(ctx: Context, token: Token, people: Sequence[Person]) -> Person | None:
    """The person a token names: inside a mention, or a proper noun matching one person."""
    person = mentioned_at(ctx, token)
    if person is not None:
        return person
    if token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ in ("", "PERSON"):
        # a place or organisation is never a person's surname
        return person_by_name(token.text, people) or _latest_namesake(ctx, token)
    return None


def is_speech_noun(token: Token) -> bool:
    """A noun for something said or written ("claim", "statement", "remarks"; ``SPEECH_NOUNS``)."""
    return token.lemma_.lower() in SPEECH_NOUNS


def names_a_person(ctx: Context, token: Token, people: Sequence[Person]) -> bool:
    """A word of a person's name: tagged PERSON by the model or a word of a listed person."""
    return token.ent_type_ == "PERSON" or person_at(ctx, token, people) is not None


def _unknown_person(ctx: Context, token: Token) -> bool:
    """True for a person's name that matches no one in the people list, not even by surname.

    A word the model tags a place elsewhere in the article as often ("came to
    Clarkston …. Clarkston became his home") is not taken for an unknown person."""
    if token.pos_ != "PROPN" or token.ent_type_ != "PERSON" or token.text in ctx.not_people:
        return False
    return not any(surname(person.name) == token.text or token.text in person.aliases for _s, _e, person in ctx.mentions)


def _unlisted_name(ctx: Context, token: Token, gender: str) -> str | None:
    """The name as written of a person the people list lacks ("Cruz admitted …. '…,' he
    said"): the run of name words around the subject, when the article uses its surname
    more than once (a one-off tag on a capitalised word, "Loyalty, he noted, …", is no
    person) and its given name does not say the other gender."""
    tokens = ctx.tokens
    start, end = token.i, token.i + 1
    while start > 0 and tokens[start - 1].ent_type_ == "PERSON" and tokens[start - 1].pos_ == "PROPN":
        start -= 1
    while end < len(tokens) and tokens[end].ent_type_ == "PERSON" and tokens[end].pos_ == "PROPN":
        end += 1
    name = clean_name(" ".join(t.text for t in tokens[start:end]))
    if ctx.word_counts[tokens[end - 1].text] < 2 or _given_name_gender(name) not in (None, gender):
        return None
    return name


def _latest_namesake(ctx: Context, token: Token) -> Person | None:
    """The person last named before a surname that several people share ("Tim Scott … Bobby Scott … Scott said").

    News names a person in full and then by surname alone until it turns to someone
    else with the same surname, so the latest full mention is who a bare surname means.
    """
    k = bisect.bisect_left(ctx.mentions, (token.idx,)) - 1
    while k >= 0:
        person = ctx.mentions[k][2]
        if any(form.split() and surname(form) == token.text for form in (person.name, *person.aliases)):
            return person
        k -= 1
    return None


def mentioned_at(ctx: Context, token: Token) -> Person | None:
    """The person whose mention covers a token (mentions are outside quotes)."""
    k = bisect.bisect_right(ctx.mentions, (token.idx, float("inf"))) - 1
    while k >= 0 and ctx.mentions[k][0] <= token.idx:
        start, end, person = ctx.mentions[k]
        if start <= token.idx < end:
            return person
        k -= 1
    return None


def _learn_genders(ctx: Context) -> dict[str, str]:
    """Which pronoun the article uses for each person (titles or a gendered apposition first, then a common given name, then he/she votes).

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
    for start, end, person in ctx.mentions:
        noun = _gendered_apposition(ctx, start, end)
        if noun is not None:
            fixed.setdefault(person.name, noun)
    for _start, _end, person in ctx.mentions:
        given = _given_name_gender(person.name)
        if given is not None:
            fixed.setdefault(person.name, given)
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


def _gendered_apposition(ctx: Context, start: int, end: int) -> str | None:
    """The gender a mention's apposition states: "her husband, Milton Berg" or "Jane Roe, his widow"."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    nouns = [root.head] if root.dep_ == "appos" else []
    nouns += [c for c in root.children if c.dep_ == "appos"]
    nouns = [n for n in nouns if n.pos_ == "NOUN" and n.lower_ in GENDERED_NOUNS and not _owned_by_relative(n)]
    nouns = [n for n in nouns if _comma_between(ctx.doc, span, n)]
    genders = {GENDERED_NOUNS[n.lower_] for n in nouns}
    return genders.pop() if len(genders) == 1 else None


def _owned_by_relative(noun: Token) -> bool:
    """ "Dorothy Roe, whose husband, …": the noun is someone else, whatever the parse hangs it on."""
    return any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children)


def _comma_between(doc: Doc, span: Span, noun: Token) -> bool:
    """An apposition is set off by a comma; "Sanders’ son" (a parse that calls it one) is not."""
    lo, hi = (noun.i + 1, span.start) if noun.i < span.start else (span.end, noun.i)
    return any(doc[i].text == "," for i in range(lo, hi))


def _given_name_gender(name: str) -> str | None:
    """The gender a first name gives ("Melanie" -> f, "Henry Crespo" -> m), None for a name used for both."""
    first = name.split()[0].lower() if name.split() else ""
    if first in FEMALE_GIVEN_NAMES:
        return "f"
    if first in MALE_GIVEN_NAMES:
        return "m"
    return None


def resolve_pronoun(ctx: Context, token: Token) -> str | None:
    """The person a he/she refers to (see ``_resolve``); one whose gender the article never
    shows gives way to a person of the pronoun's known gender named earlier in its sentence."""
    name = _resolve(ctx, token)
    if name is not None and name not in ctx.genders:
        return _confirmed_in_sentence(ctx, token, GENDERED_PRONOUNS[token.lower_]) or name
    return name


def _resolve(ctx: Context, token: Token, hops: int = 0) -> str | None:
    """The person a he/she refers to: the most recent compatible subject or quoted person, else None.

    News keeps the person it is talking about in subject position, so subjects are tried
    first, newest first, within a few sentences; a person quoted more recently than that
    subject is the topic and wins. A person whose learned gender disagrees is skipped; a
    gendered common noun as subject or owner ("the woman said…", "the woman's enthusiasm")
    means an unnamed person: a he/she after it stays unknown rather than borrowing a name
    mentioned before it. An earlier he/she of the same gender in subject position is the
    same person carried on ("Sami recalled …. Soon, he found …. He got …. '…,' he said"):
    it is resolved in turn, so a chain of them reaches the name that opened it. A subject
    the people list lacks is taken as written when the article names it more than once,
    and otherwise leaves the he/she unknown; it never hands it on to an earlier name.
    """
    gender = GENDERED_PRONOUNS[token.lower_]
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
            if noun_gender == gender:  # "his wife, Jane, offered …": the apposition names her
                named = _in_apposition(ctx, subject)
                return named.name if named is not None else None
            continue
        if _reported_clause(ctx, subject) or _asker_aside(subject):
            continue  # "he believes Smith is right": the topic is still the one doing the believing
        asked = _asked_person(ctx, token, subject, gender)
        if asked is not None:
            return asked.name
        if GENDERED_PRONOUNS.get(subject.lower_) == gender and not in_quote(ctx, subject):
            topic = _named_before_in_sentence(ctx, subject, gender) if subject.head.dep_ == "ROOT" else None
            if topic is not None:  # "In Hajjaj's case, she decided …. '…,' she continued": the same she
                return topic.name
            if hops < _PRONOUN_HOPS:
                return _resolve(ctx, subject, hops + 1)  # the earlier he/she unknown: this one too
            continue
        if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
            subject = subject.head.head  # "Clinton, who has called for…": the relative stands for its noun
        person = mentioned_at(ctx, subject) or _owner_of_thing(ctx, subject) or _in_apposition(ctx, subject)
        if person is None and _unknown_person(ctx, subject):
            return _unlisted_name(ctx, subject, gender)  # someone the people list does not know, never an earlier name
        if person is None and subject.pos_ == "PROPN":
            namesake = _latest_namesake(ctx, subject)  # a shared surname: only when the pronoun confirms it
            person = namesake if namesake is not None and ctx.genders.get(namesake.name) == gender else None
        if person is not None and ctx.genders.get(person.name, gender) == gender:
            return person.name
    return speaker  # no subject or quoted person fits: unknown stays unknown rather than guessed


_ANSWERS = frozenset({"reply", "answer", "respond"})


def _asked_person(ctx: Context, pronoun: Token, subject: Token, gender: str) -> Person | None:
    """The person a question was put to, for the he/she who answers it.

    "A reporter asked Montoya-Lewis, '…?' / '…,' she replied": the one who replies is the
    one asked, not the last person quoted before the question.
    """
    if pronoun.head.lemma_.lower() not in _ANSWERS or subject.head.lemma_.lower() != "ask":
        return None
    for child in subject.head.children:
        if child.dep_ in ("dobj", "dative") and not in_quote(ctx, child):
            person = mentioned_at(ctx, child)
            if person is not None and ctx.genders.get(person.name, gender) == gender:
                return person
    return None


def _asker_aside(subject: Token) -> bool:
    """True for who asks in a clause on the side ("Ryan was cautious when Tapper asked whether …"):
    the one answering next is the sentence's subject, not the one asking."""
    return subject.head.lemma_.lower() == "ask" and subject.head.dep_ == "advcl"


def _named_before_in_sentence(ctx: Context, pronoun: Token, gender: str) -> Person | None:
    """The one person named before a he/she in its own sentence, known to be a he/she (see
    :func:`_known_before_in_sentence`); two such people and neither is taken.

    Asked only for the subject of a sentence's main verb: a he/she in a clause inside it
    ("investigating his wife, Hillary Clinton, over the server she used") is not what the
    sentence is about."""
    known = _known_before_in_sentence(ctx, pronoun, gender)
    return known[0] if len({p.name for p in known}) == 1 else None


def _in_apposition(ctx: Context, subject: Token) -> Person | None:
    """The person named in apposition to a subject ("The firm's CEO, Jane Doe, said …")."""
    for child in subject.children:
        if child.dep_ == "appos":
            person = mentioned_at(ctx, child)
            if person is not None:
                return person
    return None


def _confirmed_in_sentence(ctx: Context, token: Token, gender: str) -> str | None:
    """The latest person named earlier in the pronoun's sentence whose gender is known to match it.

    "Gov. Chris Christie described Hillary Clinton as a “disgrace” after she attacked …":
    a subject whose gender the article never shows loses to a person right beside the
    pronoun who is known to be a she (or he).
    """
    known = _known_before_in_sentence(ctx, token, gender)
    return known[-1].name if known else None


def _known_before_in_sentence(ctx: Context, token: Token, gender: str) -> list[Person]:
    """People named before a token in its sentence (and paragraph), outside quotes, in text order,
    whose gender the article shows is ``gender``: known, not merely possible ("Along with her
    husband, Milton Berg, she …" names a man)."""
    sentence_start = max(ctx.sent_starts[bisect.bisect_right(ctx.sent_starts, token.idx) - 1], ctx.bounds[ctx.para_of[token.i]][0])
    lo, hi = bisect.bisect_left(ctx.mentions, (sentence_start,)), bisect.bisect_left(ctx.mentions, (token.idx,))
    return [person for _start, _end, person in ctx.mentions[lo:hi] if ctx.genders.get(person.name) == gender]


def _owner_of_thing(ctx: Context, subject: Token) -> Person | None:
    """The named owner of a subject that is a thing ("Oz's advice earned him …, where he appeared"):
    the sentence is about that person. A role noun ("Trump's lawyer said") is another person."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() in ROLE_HEADS:
        return None
    owners = [c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    return mentioned_at(ctx, owners[0]) if owners else None


def _reported_clause(ctx: Context, subject: Token) -> bool:
    """True when a subject sits in a clause someone else says, thinks or expects ("he said Smith is …").

    The one reporting is what the article is about; the people in what they report
    ("McKay said Clinton doesn't show it. 'It's …,' she said") are not who a later
    he/she refers to.
    """
    # Also deeper in it ("he said it helped Clinton, unlike Obama did"); a relative pronoun
    # ("Sunshine, who remains friendly with him") only stands for the noun it follows.
    clauses = [subject.head] if subject.lower_ in RELATIVE_PRONOUNS else subject.ancestors
    for clause in clauses:
        if in_quote(ctx, clause):
            return False  # a parse that runs through a quote reports nothing
        if clause.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return True  # "he dismisses accusations that Trump has …": what a noun says someone claims
        if clause.dep_ != "ccomp" or clause.head.i == clause.i:
            continue
        if ctx.para_of[clause.head.i] != ctx.para_of[subject.i]:
            return False  # a parse joined across a paragraph break reports nothing
        if own_subjects(ctx, clause.head):  # someone says (thinks, expects) it
            return True
    return False


def _unnamed_before(ctx: Context, token: Token, window_start: int, gender: str) -> int:
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


def _last_speaker(ctx: Context, token: Token, window_start: int, gender: str) -> tuple[str | None, int]:
    """The named person quoted last before a pronoun (within the window), and where."""
    names = {person.name for _start, _end, person in ctx.mentions}
    for seg in reversed(ctx.segments):
        if seg.open < window_start:
            break
        if seg.close <= token.idx and seg.speaker in names and ctx.genders.get(seg.speaker, gender) == gender:
            return seg.speaker, seg.open
    return None, 0
