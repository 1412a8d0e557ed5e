"""Reporting cues around a quote: the verbs, colons, dashes and phrases that attribute it.

What lies next to a quote (up to its sentence edge), which reporting verb it hangs from,
and who that verb's subject is (borrowed from a governing clause when the verb has none,
or the name beside it when the parse lost the subject). No speaker is named here: the
tokens are handed to ``speakers`` to be named.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from spacy.tokens import Token

from builder.extract.quotes.context import (
    SUBJECTS,
    Context,
    clean_name,
    in_quote,
    is_speech_noun,
    mentioned_at,
    names_a_person,
    own_subjects,
    person_by_name,
)
from builder.extract.quotes.segments import Segment
from builder.lexicons.people import ROLE_HEADS
from builder.lexicons.quotes import (
    ACCORDING_TO,
    DASHES,
    GENDERED_NOUNS,
    NAMING_VERBS,
    PERSON_PRONOUNS,
    PHRASING_VERBS,
    POINTING_BACK,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    RETORT_VERBS,
    SENTENCE_END,
    SPEAKING_NOUNS,
    VIEWPOINT_PRONOUNS,
    WEAK_REPORTING_VERBS,
)
from builder.model import Person

# Dependencies through which a verb without a subject borrows its head's subject
# ("…," he said, adding …; quoted as saying; smiled and said).
_BORROW_SUBJECT = ("xcomp", "advcl", "conj", "acl", "pcomp")


# How many clauses up a verb may look for a subject ("forced to defend not paying …").
_BORROW_DEPTH = 5


def cue_region(ctx: Context, seg_index: int, forward: bool) -> list[Token]:
    """Tokens outside quotes next to a quote, up to its sentence edge, paragraph or another quote.

    After a quote that ends its sentence with a full stop, a capital starts a sentence of
    its own ('“… breathe.” That prompted Doe to call him “…”'), with no cue for the quote, unless
    it says what the quote was ('“… in May.” That is what Doe told the council').
    """
    seg = ctx.segments[seg_index]
    region = _region(ctx, seg, forward)
    if forward and ctx.text[seg.start : seg.end].rstrip().endswith("."):
        words = [t for t in region if not t.is_punct]
        points_back = len(words) > 1 and words[0].lower_ in POINTING_BACK and words[1].lemma_ == "be"
        if words and _starts_with_capital(words[0]) and not points_back:
            return []
    return region


def _region(ctx: Context, seg: Segment, forward: bool) -> list[Token]:
    """The tokens of ``cue_region`` before any judgement about sentences."""
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
        if not token.is_space:  # a double space in pasted text is a token of its own, never a cue
            tokens.append(token)
        if forward and token.text in SENTENCE_END:
            break
        i += step
    return tokens if forward else tokens[::-1]


def previous_sentence(ctx: Context, seg: Segment) -> list[Token]:
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


def is_reporting(token: Token) -> bool:
    """A verb of saying, or a phrasing verb in "as X put it" (the memo's words, as it put them).

    A participle that modifies a noun ("his alleged “paramours”", "the self-described
    “socialist”") reports nothing: it qualifies the noun.
    """
    if token.pos_ not in ("VERB", "AUX") or _modifies_noun(token):
        return False
    lemma = token.lemma_.lower()
    if lemma in PHRASING_VERBS:
        children = {(c.dep_, c.lower_) for c in token.children}
        return ("dobj", "it") in children and ("mark", "as") in children
    if lemma in RETORT_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in token.children):
        return True
    return lemma in REPORTING_VERBS


def _modifies_noun(token: Token) -> bool:
    """A participle set before a noun as its adjective ("alleged “paramours”", "self-described"),
    not a verb the parse mistook for one with a comma or a name after it ("“…,” tweeted Rubio aide Jo Doe")."""
    if token.dep_ != "amod" or token.i > token.head.i:
        return False
    if token.i > 0 and token.nbor(-1).text == "-":
        return True  # "self-described", "so-called"
    return not (token.i == 0 or token.nbor(-1).is_punct or token.nbor(1).pos_ == "PROPN")


def _governs(verb: Token, seg: Segment) -> bool:
    """True when the quote sits in the verb's clause (a quote as object or complement)."""
    return any(seg.open <= t.idx < seg.close for t in verb.subtree)


def cue_verbs(region: list[Token], seg: Segment, forward: bool) -> list[tuple[int, Token]]:
    """Reporting verbs in a region with their distance to the quote (in words)."""
    found = []
    words = [t for t in region if not t.is_punct]
    for distance, token in enumerate(words if forward else words[::-1]):
        if not is_reporting(token):
            continue
        if token.lemma_.lower() in WEAK_REPORTING_VERBS and not _governs(token, seg):
            continue
        found.append((distance, token))
    return found


def governing_verbs(ctx: Context, seg: Segment) -> list[Token]:
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


def subject_of(ctx: Context, verb: Token, depth: int = 0) -> Token | None:
    """Who does the reporting: the verb's subject outside quotes, borrowed from its head when it has none."""
    subjects = own_subjects(ctx, verb)
    agent = _agent(ctx, verb) if any(c.dep_ == "nsubjpass" for c in subjects) else None
    if agent is not None:  # "Doe has been called “a quack” by fellow doctors": the doctors say it
        return agent
    if names_passively(verb):
        return None  # "the tool is branded “smart video”": the thing named, not who names it
    if subjects:
        # two subjects are a parse that split a phrase ("said Fox co-host Jo Doe": "co" and "Doe"): a
        # person of the article first, then a name the model tags a person, then the nearest
        child = min(subjects, key=lambda c: (mentioned_at(ctx, c) is None, c.ent_type_ != "PERSON", abs(c.i - verb.i)))
        if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            # "make a comment that described them as “…”": the one making the comment
            return _issuer(ctx, verb.head, depth) or _outside_quote(ctx, verb.head, depth)
        return child
    if verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN"):  # "footage of Trump saying, …"
        return _issuer(ctx, verb.head, depth) or _outside_quote(ctx, verb.head, depth)
    previous = ctx.tokens[verb.i - 1] if verb.i > 0 else None
    if verb.tag_ == "VBG" and previous is not None and previous.ent_type_ == "PERSON":
        return previous  # the same construction when the parser hangs "saying" elsewhere
    if verb.dep_ in _BORROW_SUBJECT and verb.head.i != verb.i and depth < _BORROW_DEPTH and not in_quote(ctx, verb.head):
        head = verb.head
        if head.dep_ == "prep" and head.head.i != head.i:  # "despite admitting" hangs from a preposition
            head = head.head
        if verb.tag_ == "VBG" and _after_comma(ctx, verb) and _subordinate(head):
            # "Trump refused to pay an architect who said he was stiffed, saying …" and "Doe said it
            # after the senator won, remarking …": a participle set off by a comma goes with the
            # main clause, not with the relative or adverbial clause before it
            return subject_of(ctx, clause_verb(head.head), depth + 1)
        controller = _object_control(verb, head)
        if controller is not None:
            return controller
        return subject_of(ctx, head, depth + 1)
    return None


def _outside_quote(ctx: Context, noun: Token, depth: int) -> Token | None:
    """The noun a relative or participle clause describes, unless the noun is quoted.

    'calling it a “paperwork error” that was reported in a “hit piece”' and 'talked up
    her “50-state strategy,” promising …': a quoted noun is the words said, never who
    said them; the clause the quoted noun sits in says who.
    """
    if not in_quote(ctx, noun):
        return noun
    if depth >= _BORROW_DEPTH or noun.head.i == noun.i:
        return None
    return subject_of(ctx, clause_verb(noun.head), depth + 1)


def person_above(ctx: Context, verb: Token, borrowed: Token) -> Token | None:
    """A named person who is the subject of a clause above a verb whose subject was borrowed as a thing.

    "Carson rejected the notion that it was over, saying …" and "Hannity spoke after the
    first-term senator won, remarking …": a participle borrows the nearest noun the parse
    offers, but the one saying is the person the sentence is about.
    """
    lemma = borrowed.lemma_.lower()
    if lemma in SPEAKING_NOUNS or lemma in GENDERED_NOUNS or lemma in ROLE_HEADS:
        return None  # "a maintenance guy, walking by, said": a person of their own
    if borrowed.pos_ != "NOUN" or borrowed.ent_type_ == "PERSON":
        return None
    for clause in verb.ancestors:
        if in_quote(ctx, clause) or ctx.para_of[clause.i] != ctx.para_of[verb.i]:
            return None
        for child in clause.children:
            named = child.ent_type_ == "PERSON" or child.lower_ in PERSON_PRONOUNS or mentioned_at(ctx, child) is not None
            if named and child.dep_ in ("nsubj", "nsubjpass") and not in_quote(ctx, child):
                return child
    return None


def names_passively(verb: Token) -> bool:
    """True for a naming verb in the passive ("is branded", "was called"): its subject is named, it names nothing."""
    return verb.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "nsubjpass" for c in verb.children)


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


def _issuer(ctx: Context, noun: Token, depth: int = 0) -> Token | None:
    """Who issued a statement that says something ("the council issued a statement calling it “…”",
    "prompted Doe to make a comment that described them as “…”")."""
    if not is_speech_noun(noun) or noun.dep_ != "dobj" or in_quote(ctx, noun):
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by")) for c in noun.children):
        return None  # "released a letter from his doctor that says …": the letter names its own author
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj" and not in_quote(ctx, c)]
    if subjects:
        return subjects[0]
    return subject_of(ctx, noun.head, depth + 1) if depth < _BORROW_DEPTH else None


# Conjunctions of an adverbial clause that happens at the same time as its main clause.
_AT_ONCE = frozenset({"as", "while", "when", "whilst"})


def _subordinate(clause: Token) -> bool:
    """A relative clause, or an adverbial one opened by a conjunction ("after the senator won").

    Not one of things happening at once ("as a guy walks in front of her, saying …"): the
    participle then goes on with that clause's subject.
    """
    if clause.dep_ == "relcl":
        return True
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return clause.dep_ == "advcl" and bool(marks) and not marks & _AT_ONCE


def _object_control(verb: Token, head: Token) -> Token | None:
    """The object of a verb that makes someone speak ("prompted Doe to make a comment", "urged Doe
    to say"): in English that object, not the head's subject, is who does it."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB":
        return None
    speaks = is_reporting(verb) or any(c.dep_ == "dobj" and is_speech_noun(c) for c in verb.children)
    if not speaks:
        return None  # "urging supporters to make sure all is “on the up and up”": the urger's words
    # a person or a noun ("had this to say" makes "this" no speaker: the subject has it to say)
    objects = [
        c for c in head.children if c.dep_ == "dobj" and c.i < verb.i and (c.pos_ in ("PROPN", "NOUN") or c.lower_ in VIEWPOINT_PRONOUNS)
    ]
    return objects[0] if objects else None


def viewpoint_holder(before: list[Token]) -> Token | None:
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


def according_to(region: list[Token]) -> tuple[Token, str] | None:
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


def transcript_label(ctx: Context, seg: Segment, people: Sequence[Person]) -> str | None:
    """The speaker a transcript line opens with ("PENCE: …"), as a known person where possible.

    A capitalised word before a colon is a speaker label only when it names a person or
    opens several quotes (a transcript); a lone "BREAKING:" or "NOTE:" is not a speaker.
    """
    label = _SPEAKER_LABEL.match(ctx.text, seg.start, seg.end)
    if label is None:
        return _name_label(ctx, seg, people)
    name = label.group(1).strip()
    person = person_by_name(name.title(), people)
    if person is not None:
        return person.name
    repeats = sum(1 for other in ctx.segments if ctx.text.startswith(name + ":", other.start))
    return name if repeats >= 2 else None


# A written name before a colon opening a quote ("Chris Doe: Seriously, …").
_NAME_LABEL = re.compile(r"([A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){1,3}):\s")


def _name_label(ctx: Context, seg: Segment, people: Sequence[Person]) -> str | None:
    """A quote that opens with a person's full name and a colon ("Chris Doe: Seriously, …"): a
    transcript line inside the quote. Only a name the people list holds or the model tags a
    person in full."""
    label = _NAME_LABEL.match(ctx.text, seg.start, seg.end)
    if label is None:
        return None
    person = person_by_name(label.group(1), people)
    if person is not None:
        return person.name
    span = ctx.doc.char_span(label.start(1), label.end(1))
    if span is not None and all(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" for t in span):
        return clean_name(span.text)
    return None


def dash_source(ctx: Context, seg: Segment) -> tuple[Token, str] | None:
    """The name after a dash that directly follows a closed quote ("…" — Jane Doe)."""
    if not seg.closed:
        return None
    match = _DASH_AFTER.match(ctx.text, seg.close)
    if match is None:
        return None
    k = bisect.bisect_left(ctx.starts, match.end())
    para = seg.para if "\n" not in match.group() else _credit_line(ctx, seg, k)
    tokens = [t for t in ctx.tokens[k : k + 4] if ctx.para_of[t.i] == para and not in_quote(ctx, t)]
    names = [t for t in tokens if t.pos_ in ("PROPN", "NOUN", "PRON")]
    # "— a metaphor for…" goes on the sentence, not a byline; "— for June 5" is a date
    if not names or names[0].pos_ != "PROPN" or names[0].ent_type_ in _TIME_ENTITIES:
        return None
    first = names[0]
    while first.dep_ in ("compound", "flat") and first.head.i > first.i and first.head.i < k + 5:
        first = first.head
    while first.i + 1 < len(ctx.tokens) and _name_continues(ctx, first, ctx.tokens[first.i + 1]):
        first = ctx.tokens[first.i + 1]  # "— Ana N Ruiz Soto": the surname ends the name, whatever the parse says
    return first, match.group().strip()


# Words a credit line under a quote may hold ("- President Obama, tweeting after Clinton's speech.").
_CREDIT_LINE_WORDS = 12


def _credit_line(ctx: Context, seg: Segment, k: int) -> int:
    """The paragraph of a dash line right under a quote that ends its own paragraph ("…"⏎⏎- Bernie
    Sanders.): pages credit a set-apart quote so. -1 when the quote does not end its paragraph
    or the line runs on as prose."""
    if k >= len(ctx.tokens) or ctx.text[seg.close + 1 : ctx.bounds[seg.para][1]].strip(" .,\u00a0"):
        return -1
    para = ctx.para_of[k]
    start, end = ctx.bounds[para]
    if len(ctx.text[start:end].split()) > _CREDIT_LINE_WORDS:
        return -1
    words = [t for t in ctx.tokens[k : k + 3] if ctx.para_of[t.i] == para and not (t.is_punct or t.is_space)]
    # a person's name opens it, after a title at most ("-President Obama"): not "--additional reporting by …";
    # or a name's shape, two capitalised proper nouns before a comma or the end ("-Jo Roe, Philadelphia.")
    if any(t.ent_type_ == "PERSON" or mentioned_at(ctx, t) is not None for t in words[:2]):
        return para
    shaped = len(words) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ in ("", "PERSON") for t in words[:2])
    after_name = ctx.tokens[words[1].i + 1] if shaped and words[1].i + 1 < len(ctx.tokens) else None
    return para if shaped and (after_name is None or after_name.text in (",", ".") or "\n" in after_name.text) else -1


def _name_continues(ctx: Context, token: Token, following: Token) -> bool:
    """True when the next token is another word of the same written name (capitalised, no punctuation between)."""
    return (
        following.pos_ == "PROPN"
        and following.text[:1].isupper()
        and bool(token.whitespace_)
        and ctx.para_of[following.i] == ctx.para_of[token.i]
        and not in_quote(ctx, following)
    )


def cue_text(verb: Token) -> str:
    """The verb with its particle ("pointed out")."""
    particles = [c for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.text, *(p.text for p in particles)])


def outer_report(ctx: Context, verb: Token) -> Token:
    """The outermost reporting verb whose complement clause holds ``verb`` (the verb itself if none).

    The clause may hold it at any depth: in "Rubio said that by refusing to say the words
    “radical Islam,” Democrats are …", the "say" sits under a preposition inside what Rubio
    said, and the words are his report.
    """
    outer, node, sentence = verb, verb, _sentence_of(ctx, verb)
    while node.head.i != node.i:
        head = node.head
        if _sentence_of(ctx, head) != sentence:
            break
        if node.dep_ == "ccomp" and _may_report(ctx, head, verb):
            outer = head
        node = head
    return _parenthetical_report(ctx, outer) or outer


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
    return is_reporting(head) and head.lemma_.lower() not in WEAK_REPORTING_VERBS and subject_of(ctx, head) is not None


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


def nearby_subject(ctx: Context, verb: Token, region: Sequence[Token], quote_follows: bool) -> Token | None:
    """The name beside a reporting verb when the parse gave it no subject.

    The parser often fails on the inverted or interrupted order news uses ('"…," Tulsa
    police Chief Chuck Jordan said'; 'Said Ellis: "…"'), but the speaker is still the
    first noun phrase between the quote and the verb, or right after the verb.
    """
    between = [t for t in region if t.i < verb.i and t.ent_type_ not in _TIME_ENTITIES]
    after = [t for t in region if t.i > verb.i and t.ent_type_ not in _TIME_ENTITIES]
    if quote_follows:
        between = between[::-1]  # 'Obama and Clinton call them "…"': the phrase just before the verb
    adjacent = person_beside(ctx, verb, region)
    if adjacent is not None:
        return adjacent
    for token in [*between, *after]:
        if token.lower_ in RELATIVE_PRONOUNS and token.dep_ in SUBJECTS and token.head.dep_ == "relcl":
            described = token.head.head  # "Doe, who has given money to Roe, said": the one it describes
            if in_quote(ctx, described):
                return None  # '“… records” that would respond to …': the quoted words describe no speaker
            return _first_conjunct(described)
        # a role the parse gave from a word inside a quote (an apposition to a name the quote
        # before ends with) says nothing about the words here
        role_here = not in_quote(ctx, token.head)
        if (
            token.pos_ in _PHRASE_HEAD_POS
            and token.dep_ not in _MODIFIER_DEPS
            and not (role_here and _never_subject(token))
            and not _possessor(token)
        ):
            return _first_conjunct(_end_of_run(token, region))
    for token in [*between, *after]:
        if token.pos_ == "PROPN" and not _possessor(token) and not _in_relative_clause(token, verb):
            end = _end_of_run(token, region)
            return end if end.pos_ == "PROPN" else token
    return None


def _in_relative_clause(token: Token, verb: Token) -> bool:
    """True for a word of a relative clause below the verb ("Doe, who has given money to Roe,
    said"): the clause describes the speaker and names no one who speaks."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.i == verb.i:
            return False
        if ancestor.dep_ == "relcl":
            return True
    return False


def person_beside(ctx: Context, verb: Token, region: Sequence[Token]) -> Token | None:
    """A person of the article named right next to a verb the parse left without a subject.

    The tagger often takes a bare surname for an adverb or an object ('“…,” said Skelly,
    explaining he …'; 'And Skelly called Braynard “…”'): a word that is a mention of a
    listed person, touching the verb, is its speaker before any other noun nearby. Right
    after a verb that follows the quote at once ('“…,” added Murphy'), the name speaks
    even when the parse made it the object.
    """
    inside = {t.i for t in region}
    words = [t for t in region if not t.is_punct]
    inverted = bool(words) and words[0].i == verb.i and region[0].i > 0 and ctx.seg_of[region[0].i - 1] != -1
    for i in (verb.i + 1, verb.i - 1):
        if i in inside and not ctx.tokens[i].is_punct and not _possessor(ctx.tokens[i]):
            token = ctx.tokens[i]
            as_object = token.dep_ in ("dobj", "dative", "pobj") and not (inverted and i > verb.i)
            if mentioned_at(ctx, token) is not None and not as_object:
                return _end_of_run(token, region) if i > verb.i else token
    return None


def name_before_colon(ctx: Context, before: Sequence[Token], people: Sequence[Person]) -> Token | None:
    """The person named right before a colon that opens a quote ("…doesn't surprise pollster
    Jo Doe: “…”", "Rep. Jo Doe (R-S.C.): “…”", "- Jo Doe and Al Roe: “…”"): the first of
    them, past a parenthesis after the name."""
    i = len(before) - 2  # before[-1] is the colon
    if i >= 0 and before[i].text == ")":
        while i >= 0 and before[i].text != "(":
            i -= 1
        i -= 1
    if i < 0 or before[i].pos_ != "PROPN" or _possessor(before[i]):
        return None
    if not names_a_person(ctx, before[i], people):
        return None
    return _first_conjunct(before[i])


def _possessor(token: Token) -> bool:
    """A word before "'s" owns the phrase after it ("the Post's editor Jo Roe"): never the one speaking."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ in ("'s", "’s")


def _end_of_run(token: Token, region: Sequence[Token]) -> Token:
    """The last word of the run of nouns a word starts ("Rubio spokesman Alex Conant" -> Conant):
    in English the head of a noun phrase comes last, the words before it say whose or what kind.

    A hyphen inside a word carries the run on ("Blaze co-host Stu Doe"). When the run stops
    short of a person's name a word or two on, before any punctuation ("said Oversight
    ranking Democrat Jo Doe", with "ranking" taken for a verb), the run ends with that name.
    """
    inside = {t.i for t in region}
    end = token
    while end.i + 1 in inside and not _possessor(end):
        following = end.nbor(1)
        if following.pos_ in ("PROPN", "NOUN"):
            end = following
        elif _in_word_hyphen(following) and end.i + 2 in inside and end.nbor(2).pos_ in ("PROPN", "NOUN"):
            end = end.nbor(2)
        else:
            break
    if end.ent_type_ != "PERSON":
        for j in range(end.i + 1, end.i + 4):
            if j not in inside:
                break
            t = end.doc[j]
            if t.is_punct or t.pos_ in ("ADP", "AUX", "PRON", "DET", "SCONJ", "CCONJ"):
                break
            if t.ent_type_ == "PERSON" and t.pos_ == "PROPN":
                return _end_of_run(t, region)
    return end


def _in_word_hyphen(token: Token) -> bool:
    """A hyphen with no space on either side ("co-host"), which joins two words into one."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_


def cues_previous_quote(ctx: Context, verb: Token, before: Sequence[Token]) -> bool:
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


def clause_verb(token: Token) -> Token:
    """The verb of the clause a token sits in ("used it as its headline:" -> used)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def nearer_cue(ctx: Context, region: Sequence[Token], verb: Token, quote_follows: bool) -> Token | None:
    """A strong reporting verb with a subject between a governing verb and its quote.

    The parser often hangs a quote from the main verb of a long sentence ("The ad ends
    with footage of Trump saying, “…”"); the reporting verb next to the quote is its cue.
    """
    between = [t for t in region if (t.i > verb.i if quote_follows else t.i < verb.i)]
    if quote_follows:
        between = between[::-1]
    for token in between:
        if is_reporting(token) and token.lemma_.lower() not in WEAK_REPORTING_VERBS and token.dep_ != "relcl":
            subjects = own_subjects(ctx, token)
            if any(c.pos_ == "PROPN" or c.lower_ in PERSON_PRONOUNS for c in subjects):
                return token  # a named speaker of its own, not one borrowed from the sentence
    return None


def speech_noun_owner(ctx: Context, seg: Segment) -> tuple[Token, str] | None:
    """The possessor of a speech noun the quote hangs from ("Trump's claim that “…”")."""
    k0, k1 = bisect.bisect_left(ctx.starts, seg.start), bisect.bisect_left(ctx.starts, seg.end)
    for token in ctx.tokens[k0:k1]:
        if in_quote(ctx, token.head):
            continue
        for ancestor in [token.head, *token.head.ancestors]:
            if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ not in ("acl", "relcl", "ccomp"):
                break
            if ancestor.pos_ == "NOUN" and is_speech_noun(ancestor):
                owners = [c for c in ancestor.children if c.dep_ == "poss" and not in_quote(ctx, c)]
                if owners:
                    return owners[0], ancestor.text
    return None


def after_conjunction(after: Sequence[Token], verb: Token) -> bool:
    """True when a coordinating conjunction opens a new clause between a quote and a verb ("…,” but they said that …)."""
    return any(t.dep_ == "cc" and t.i < verb.i for t in after)


def has_own_clause(ctx: Context, verb: Token) -> bool:
    """A verb reporting its own complement ("McCrory said it would be…") is another statement's cue."""
    return any(c.dep_ in ("ccomp", "xcomp") and not in_quote(ctx, c) for c in verb.children)
