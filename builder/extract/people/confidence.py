"""How sure the extractor is that a group of mentions is a person of the story (0..1).

A reader trusts the People list, so a name is listed as confident only on real evidence:
the model's PERSON label, a title or a reporting verb at the name ("Gen. Roe", "Roe
said"), a stated role, a full name, several mentions in the story's sentences. Against
it count a name met only in credits, bylines or lines of names, words that fit a place
("in Foo Store", "the Foo Strip"), a title in quotes, and a lone word that is no proper
noun. The weights are hand-set and checked on CoNLL dev and train and on pasted pages.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Evidence:
    """What the article says for and against one person; counts are over the person's mentions."""

    ner: bool  # the model tagged a mention PERSON
    cue: bool  # a cue besides the model: a title, a reporting verb, a given name, an initial, "(Country)", a list of people
    strong: bool  # a title or a reporting verb at a mention, or a stated role
    full_name: bool  # two words or more
    proper_noun: bool  # the last word is tagged a proper noun somewhere
    mentions: int  # mentions in all
    prose_mentions: int  # mentions in sentences of the story
    credit_only: bool  # every mention is in a photo credit or a byline
    names_only: bool  # every mention is on a line of names and separators only (author boxes, line-ups)
    conjoined_given: bool  # a lone first name joined by "and" to another person's full name ("Jane and John Roe")
    quoted: bool  # a mention stands alone in quotation marks: the title of a work or a nickname ("‘Foo Bar’")
    long_name: bool  # four capitalised words or more and no cue: more often a place, a venue or a title than a name
    match_side: bool  # most mentions sit where results tables put a team ("Foo Bar 2 Baz 1", a league row, "Jo Roe (Foo Bar)")
    lone_only: bool  # every mention is on a line holding only it and at most one other name (author boxes)
    placelike: bool  # most mentions sit where places and things sit ("in X", "the X", "X, Country", in quotes)
    player: bool = False  # a mention sits where only a player sits: before a goal's minute, bowling figures, a dismissal
    firm: bool = False  # the article writes one of the names as a firm's ("Foo Inc", "Foo & Co", "Foo Oy")
    said_only: bool = False  # the only strong cue is a reporting verb: no title at a mention, no stated role


def confidence(ev: Evidence) -> float:
    """A score in 0..1; 0.5 and more is confident (see ``builder.model.CONFIDENT``)."""
    score = 0.2
    score += 0.3 if ev.ner else 0.0
    score += 0.2 if ev.cue else 0.0
    score += 0.2 if ev.strong else 0.0
    score += 0.15 if ev.full_name else 0.0
    score += 0.15 if ev.mentions >= 2 else 0.0
    if ev.credit_only:
        score -= 0.6  # even "King Foo" or "Chief Justice Foo" in a tag list or a photo caption is the page's, not the story's
    if ev.firm:
        score -= 0.6  # "Atria Oy said ... Atria said": the bare name of a firm named in full elsewhere
    if ev.conjoined_given:
        score -= 0.4  # "Jane and John Roe": the lone given name shares a surname the text does not repeat
    if ev.names_only and not (ev.ner or ev.cue):
        score -= 0.3
    if ev.quoted and not ev.strong:
        score -= 0.4
    if ev.long_name:
        score -= 0.3
    if ev.match_side and not ev.strong:
        score -= 0.4
    if ev.lone_only and not ev.strong:
        score -= 0.2  # a name alone on its line is an author box or a byline more often than a person of the story
    if ev.placelike and not ev.strong:
        score -= 0.35
    if not ev.full_name and not ev.proper_noun and not ev.player:
        score -= 0.3  # a capitalised common word ("Currently"); a scorecard's surname the tagger misreads is still a name
    if ev.said_only and not ev.ner and not ev.full_name:
        score -= 0.3  # "Tanjug said", "the daily Bild said": agencies, papers and firms report speech too
    if not ev.full_name and ev.cue and ev.prose_mentions == 0:
        score += 0.1  # results tables and line-ups: "(Roe 85th)", "Roe (Ruritania)" are all the evidence they give
    return round(min(1.0, max(0.0, score)), 3)
