"""Naming a speaker: from the subject token a cue gives, the name a reader should see.

A person's canonical name from the people list, a he/she resolved to a person, a name in
apposition to a description, or a non-person source as written ("the report"); with the
kind of evidence that tied it to the quote (``Found.evidence``), which sets how sure the
speaker is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Doc, Token

from builder.extract.quotes.context import (
    Context,
    clean_name,
    in_quote,
    is_speech_noun,
    one_word_entity,
    person_at,
    person_by_misspelling,
    resolve_pronoun,
)
from builder.extract.quotes.cues import is_reporting
from builder.lexicons.quotes import (
    ANONYMITY_WORDS,
    NON_SOURCES,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    UNNAMING_PARTICIPLES,
    VIEWPOINT_PRONOUNS,
)
from builder.model import Person


class Found(NamedTuple):
    """A speaker found for a quote, the cue that names them, and the kind of evidence used
    (a key of ``SPEAKER_CONFIDENCE``: how often that evidence names the right speaker)."""

    speaker: str | None
    cue: str
    evidence: str


_PHRASE_RIGHT = ("prep", "pobj", "compound", "amod", "nummod", "nmod", "poss", "case", "acl", "det", "npadvmod", "advmod", "cc", "conj")


def _phrase(ctx: Context, head: Token) -> str:
    """A non-person source as written: the whole noun phrase with the clauses that say who
    it is ("a strategist who worked for Doe"), when it is short and holds no quote; else the
    noun phrase without clauses, appositions or quotes."""
    doc, tokens = ctx.doc, ctx.tokens
    left = head.left_edge.i
    while left < head.i and (
        tokens[left].is_punct or tokens[left].is_space or ctx.seg_of[left] != -1 or tokens[left].dep_ in ("advmod", "cc", "preconj")
    ):
        left += 1
    right = head.i
    for child in head.rights:
        if child.dep_ not in _PHRASE_RIGHT or child.is_punct or any(in_quote(ctx, t) or _breaks_phrase(t) for t in child.subtree):
            break
        if child.dep_ == "acl" and is_reporting(child):
            break  # "an email saying that …": the clause that reports is the cue, not part of who speaks
        right = child.right_edge.i
    whole = head.right_edge.i  # the phrase with its relative clause or apposition, when short
    while whole > head.i and (tokens[whole].is_punct or tokens[whole].is_space):
        whole -= 1
    # A clause set off by a comma ("the agency, which fell short of its target") adds to a
    # source already named; a clause without one ("a strategist who worked for Doe") or an
    # apposition ("Doe, a writer for the Atlantic") says who it is.
    clause = next((c for c in head.rights if c.i > right and not c.is_punct), None)
    set_off = clause is not None and clause.dep_ in ("relcl", "acl", "advcl") and tokens[right + 1].text == ","
    quoted_or_broken = any(ctx.seg_of[i] != -1 or "\n" in tokens[i].text for i in range(left, whole + 1))
    whole = _before_unnamed_clause(ctx, head, whole)
    if whole > right and not set_off and whole - left < 20 and not quoted_or_broken:
        right = whole
    while right > head.i and tokens[right].dep_ in ("cc", "prep", "det"):
        right -= 1  # "a complaint by X and" lost its conjunct: no dangling word
    if head.ent_iob_ in ("B", "I"):  # a name is never cut ("the Alliance to Reclaim Our Schools")
        right = max(right, _entity_end(doc, head) - 1)
    return doc[left : right + 1].text


def _before_unnamed_clause(ctx: Context, head: Token, whole: int) -> int:
    """Where a source's phrase ends when a clause in it only says why the source goes
    unnamed ("a strategist who spoke on the condition of anonymity"): just before the
    innermost clause that holds the word of anonymity, which tells a reader nothing about
    who speaks; else ``whole`` unchanged."""
    tokens = ctx.tokens
    word = next((t for t in tokens[head.i + 1 : whole + 1] if _asks_anonymity(t)), None)
    if word is None:
        return whole
    clause = next((t for t in [word, *word.ancestors] if head.i < t.i <= whole and _is_clause(t)), None)
    if clause is None:
        return whole
    end = clause.left_edge.i - 1
    while end > head.i and (tokens[end].is_punct or tokens[end].is_space or tokens[end].dep_ == "cc"):
        end -= 1
    return end


def _asks_anonymity(token: Token) -> bool:
    """ "anonymity", "anonymously", or "(not) to be named / identified / quoted"."""
    if token.lower_ in ANONYMITY_WORDS:
        return True
    return token.lower_ in UNNAMING_PARTICIPLES and any(c.dep_ == "auxpass" for c in token.children)


def _is_clause(token: Token) -> bool:
    """A clause attached to a noun or to another such clause ("who asked …, and who spoke …")."""
    return token.dep_ in ("relcl", "acl", "advcl") or (token.dep_ == "conj" and token.head.dep_ in ("relcl", "acl", "advcl"))


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
    if (lower in NON_SOURCES or lower in RELATIVE_PRONOUNS) and not _appositions(token):
        return None  # but "One of the firm's executives, Jo Doe, testified": the one in apposition
    person = person_at(ctx, token, people)
    if person is None and _lone_org_word(token):  # "Hauser said": the small model tags many a misspelt surname ORG
        person = person_by_misspelling(token.text, people)
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
    if token.pos_ == "PROPN" and any(c.dep_ == "appos" and c.ent_type_ == "GPE" for c in token.children):
        # "Jo Roe, Philadelphia.": a name with the place the speaker comes from, the name alone
        run = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        return " ".join(t.text for t in [*run, token])
    described = _described_person(token, people)
    if described is not None:
        return described.name
    if lower in NON_SOURCES or lower in RELATIVE_PRONOUNS:
        return None
    return _phrase(ctx, token)


def _lone_org_word(token: Token) -> bool:
    """A one-word proper noun tagged as an organisation, the subject a speech cue gives."""
    return token.pos_ == "PROPN" and token.ent_type_ == "ORG" and one_word_entity(token)


def _described_person(token: Token, people: Sequence[Person]) -> Person | None:
    """The one person of the article whose stated role a short definite description names.

    "the governor said", "The Prime Minister said", "the former mayor said": a reader takes
    the description for the person the article introduced with that role, and so should
    the speaker. Only "the" + modifiers + a common noun, with every compound modifier in the
    role too ("prime minister"), and only when exactly one person's role holds the noun.
    """
    if not (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_)):  # "The Prime Minister"
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    if any(c.dep_ not in ("det", "amod", "compound") for c in token.children) or token.i - token.left_edge.i > 3:
        return None
    words = [c.lower_ for c in token.children if c.dep_ == "compound"] + [token.lower_]
    wanted = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"s?\b")
    fits = [p for p in people if p.role and wanted.search(p.role.lower())]
    return fits[0] if len(fits) == 1 else None


def found_for(ctx: Context, subject: Token, people: Sequence[Person], cue: str, how: str) -> Found:
    """The speaker a subject names, with the evidence: how the quote was tied to the subject
    (``how``) and what kind of subject it is (a name, a he/she, a description)."""
    subject = _statement_owner(ctx, subject)
    return Found(_speaker_name(ctx, subject, people), cue, f"{how}:{_subject_kind(ctx, subject, people)}")


def _statement_owner(ctx: Context, subject: Token) -> Token:
    """The named owner of a statement that is the subject ("Clinton's response was: “…”"): whose words they are."""
    if not is_speech_noun(subject):
        return subject
    owners = [c for c in subject.children if c.dep_ in ("poss", "nmod") and _possessive(c) and c.pos_ == "PROPN" and not in_quote(ctx, c)]
    return owners[0] if owners else subject


def _possessive(token: Token) -> bool:
    """A name marked as an owner ("Doe's"), whatever dependency the parse gives it."""
    return token.dep_ == "poss" or any(c.dep_ == "case" and c.lower_ in ("'s", "’s", "'", "’") for c in token.children)


def _subject_kind(ctx: Context, token: Token, people: Sequence[Person]) -> str:
    """ "pronoun" for a he/she (resolved near or far), "name" for a person's name, else "description"."""
    if token.lower_ in PERSON_PRONOUNS or token.lower_ in VIEWPOINT_PRONOUNS:
        return "pronoun"
    if token.pos_ == "PROPN" or token.ent_type_ == "PERSON" or person_at(ctx, token, people) is not None:
        return "name"
    return "description"


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
