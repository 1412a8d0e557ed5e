"""Evidence about one person mention from the line and the words around it.

A name in a sentence of the story ("Jane Roe told the council") is what a reader means
by a person of the article; the same name alone on a short line, in a photo credit
("Photo: Jane Roe/Agency"), after "By" or in a list of tags is page furniture or a
byline. Words around a name also tell places and things apart from people: "in Foo
Store", "the Bar Strip", "Foo Bar, Ruritania". ``confidence`` weighs these facts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from builder.lexicons.people import (
    CREDIT_WORDS,
    FIRM_SUFFIXES,
    NATIONALITIES,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    PLACE_WORDS,
)
from builder.lexicons.people import lexicon_key as _key

# Words of a line that only lists names: separators and the byline's "By".
_LIST_FILLERS = frozenset({",", "&", "and", "by", "|", "·", "•", "/", "-", "–", "—", ".", ";", ":"})
# A prose line has at least this many words; shorter lines are headings, labels or credits.
_PROSE_WORDS = 6


@dataclass(frozen=True)
class LineFacts:
    """What a mention's line looks like: prose of the story, a credit or byline, or a list of names only."""

    prose: bool  # a sentence: enough words and a verb outside the names
    credit: bool  # a photo credit, a byline or a tag list: the name is the page's, not the story's
    names_only: bool  # nothing on the line but names and separators (author boxes, "By X", line-ups)
    lone: bool  # names only, and one or two of them: an author box or a byline, not a line-up


def line_bounds(doc: Doc) -> list[tuple[int, int]]:
    """For each token, the token range of its line (line breaks are whitespace tokens in spaCy)."""
    bounds: list[tuple[int, int]] = [(0, 0)] * len(doc)
    start = 0
    for token in doc:
        if token.is_space and "\n" in token.text:
            for k in range(start, token.i):
                bounds[k] = (start, token.i)
            start = token.i + 1
    for k in range(start, len(doc)):
        bounds[k] = (start, len(doc))
    return bounds


class Lines:
    """The facts of each line of a doc, computed once per line (a paragraph may name many people)."""

    def __init__(self, doc: Doc, names: set[int]) -> None:
        self._doc, self._names = doc, names
        self._bounds = line_bounds(doc)
        self._facts: dict[tuple[int, int], LineFacts] = {}

    def facts(self, i: int) -> LineFacts:
        """The facts of the line that holds token ``i``."""
        bounds = self._bounds[i]
        if bounds not in self._facts:
            self._facts[bounds] = line_facts(self._doc, bounds, self._names)
        return self._facts[bounds]


def _is_verb(token: Token) -> bool:
    """A verb of the line's own clause: lower case (a capitalised one may open a headline), or the parse's root."""
    return token.pos_ in {"VERB", "AUX"} and not token.text[:1].isupper() or token.pos_ == "VERB" and token.dep_ == "ROOT"


def line_facts(doc: Doc, bounds: tuple[int, int], names: set[int]) -> LineFacts:
    """The shape of one line, given the token indices that belong to person names."""
    start, end = bounds
    tokens = [t for t in doc[start:end] if not t.is_space]
    words = [t for t in tokens if t.is_alpha]
    rest = [t for t in tokens if t.i not in names]
    names_only = bool(tokens) and all(t.lower_ in _LIST_FILLERS or t.is_punct for t in rest)
    verb = any(_is_verb(t) for t in rest)
    prose = len(words) >= _PROSE_WORDS and verb and not names_only
    credit = _has_credit(tokens)
    count = sum(1 for k, t in enumerate(tokens) if t.i in names and (k == 0 or tokens[k - 1].i not in names))
    return LineFacts(prose=prose, credit=credit, names_only=names_only, lone=names_only and count <= 2)


def _has_credit(tokens: list[Token]) -> bool:
    """A credit or byline: "By Jane Roe", "Photo: Jane Roe/Agency", "(AP Photo/Jane Roe)", "Jane Roe/Reuters".

    A slash glued to a capitalised word marks a credit ("Roe/Reuters"); so does a credit
    word ("Photo", "Getty") on a short line or right before a colon or slash.
    """
    if not tokens:
        return False
    if tokens[0].lower_ == "by" and tokens[0].text[:1].isupper() and len(tokens) <= 8:
        return True
    if tokens[0].text in {"—", "–", "-", "--"} and any(t.text.startswith("@") for t in tokens):
        return True  # "— Jane Roe (@janeroe) May 1, 2020": the signature of an embedded post
    slashes = any(t.text == "/" for t in tokens)
    if slashes and any(_key(t) in CREDIT_WORDS and t.text[:1].isupper() for t in tokens):
        return True  # "Jane Roe / The Daily / Getty Images"
    for k, token in enumerate(tokens):
        if token.text == "/" and 0 < k < len(tokens) - 1 and _glued_capitals(tokens[k - 1], token, tokens[k + 1]):
            return True
        if _key(token) in CREDIT_WORDS and token.text[:1].isupper():
            after = tokens[k + 1].lower_ if k + 1 < len(tokens) else ""
            if after in {":", "/", "by"} or len(tokens) <= 8:
                return True
    return False


def _glued_capitals(left: Token, slash: Token, right: Token) -> bool:
    """A slash glued between two capitalised words ("Roe/Reuters")."""
    return not left.whitespace_ and not slash.whitespace_ and left.text[:1].isupper() and right.text[:1].isupper()


def placed_like_a_place(doc: Doc, start: int, end: int) -> bool:
    """Words around a name that fit a place or a thing, not a person.

    "in Foo Store", "near Bar", "the Foo Strip" (a person's name takes no article), and
    "Foo Bar, Ruritania" (a place followed by its country or a nationality's land).
    """
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in PLACE_PREPOSITIONS and before.is_lower and before.dep_ != "prt":
        return True  # but not a verb's particle: "drove in Jo Roe"
    if start > 1 and before is not None and before.lower_ == "of" and _key(doc[start - 2]) in PLACE_NOUNS:
        return True  # "the states of Foo Bar", "the town of Foo"
    if start > 1 and before is not None and before.like_num and doc[start - 2].lower_ in PLACE_PREPOSITIONS:
        return True  # "at 201 E. Foo Mile": a street address
    if before is not None and before.lower_ == "the":
        return True
    if end + 1 < len(doc) and doc[end].text == ",":
        after = doc[end + 1]
        return _key(after) in PLACE_WORDS or _key(after) in NATIONALITIES  # the model's GPE also tags names in lists
    return False


def quoted_title(doc: Doc, start: int, end: int) -> bool:
    """A name inside quotation marks or right after a closing one is a title or a nickname, not a person introduced.

    So is a name inside a quoted title ("a “Committee to Boycott Nixon’s Memoirs”"): a run in
    quotation marks whose every word is capitalised, bar short joining words, names a work or a group.
    """
    if start == 0 or end >= len(doc):
        return False
    if doc[start - 1].is_quote and doc[end].is_quote:
        return True
    return _in_quoted_title(doc, start, end)


_TITLE_JOINERS = frozenset({"to", "of", "the", "and", "for", "a", "an", "in", "on", "at", "'s", "’s", "&"})
_TITLE_REACH = 8  # words a quoted title may run on either side of the name


def _in_quoted_title(doc: Doc, start: int, end: int) -> bool:
    opening = next((k for k in range(start - 1, max(-1, start - _TITLE_REACH - 1), -1) if not _title_word(doc[k])), None)
    closing = next((k for k in range(end, min(len(doc), end + _TITLE_REACH + 1)) if not _title_word(doc[k])), None)
    if closing is not None and doc[closing].text in {",", "."} and closing + 1 < len(doc):
        closing += 1  # American style puts the comma inside: “Committee to Boycott Nixon’s Memoirs,”
    if opening is None or closing is None or (opening == start - 1 and closing == end):
        return False
    return doc[opening].is_quote and doc[closing].is_quote


def _title_word(token: Token) -> bool:
    return token.lower_ in _TITLE_JOINERS or (token.is_alpha and token.text[:1].isupper())


_PLACE_ENTITIES = ("GPE", "LOC", "FAC")


class WordUses:
    """Every use of each word in a doc with the entity type the model gave it, indexed once per doc
    (asked for every group of mentions, a scan of the whole doc each time cost a third of people extraction)."""

    def __init__(self, doc: Doc) -> None:
        self._uses: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for token in doc:
            self._uses[token.text].append((token.i, token.ent_type_))
        self._doc = doc

    def a_place_elsewhere(self, spans: Sequence[tuple[int, int]]) -> bool:
        """The words the model read as a person's in these mentions are read as a place everywhere else
        in the article ("Deceased Clarendon crash victims identified" in a headline, then "killed in a
        crash in Osborne Store, Clarendon"): a place the model misread where it stood without context."""
        inside = {i for start, end in spans for i in range(start, end)}
        words = {self._doc[i].text for i in inside if self._doc[i].ent_type_ == "PERSON"}
        elsewhere = [kind for word in words for i, kind in self._uses[word] if i not in inside]
        return bool(elsewhere) and all(kind in _PLACE_ENTITIES for kind in elsewhere)


def credited_in_brackets(doc: Doc, start: int, end: int) -> bool:
    """A name in brackets before a dash and a source: "(Jane Roe — The Daily)" credits a linked story's author."""
    if start == 0 or end >= len(doc) or doc[start - 1].text != "(":
        return False
    return doc[end].text in {"—", "–", "-", "--"}


def in_match_result(doc: Doc, start: int, end: int) -> bool:
    """A side of a match result: "Foo Bar 2 Baz Qux 1" (a capitalised run, a score, another run, a score).

    Teams are listed so; people in results tables come with a country, a time or several scores.
    A bracket after a side or after its score is skipped: the side's country ("Foo (Ruritania) 2")
    or its scorers ("Foo 1 (Roe 39th) Baz 1"), which results lists put there.
    """
    k = _skip_bracket(doc, end)
    if k + 1 >= len(doc) or not _is_score(doc[k]):
        return False
    k = _skip_bracket(doc, k + 1)
    if k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
        while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k += 1
        k = _skip_bracket(doc, k)
        return k < len(doc) and _is_score(doc[k]) and not (k + 1 < len(doc) and _is_score(doc[k + 1]))
    j = _skip_bracket_back(doc, start - 1)
    if j > 0 and _is_score(doc[j]):
        j = _skip_bracket_back(doc, j - 1)
        if j >= 0 and doc[j].text[:1].isupper() and doc[j].is_alpha:
            after = _skip_bracket(doc, end)
            return after < len(doc) and _is_score(doc[after]) and not (after + 1 < len(doc) and _is_score(doc[after + 1]))
    return False


def _skip_bracket(doc: Doc, k: int) -> int:
    """The token after a bracketed group of a few tokens opening at ``k`` (line breaks skipped), else ``k``."""
    i = k
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc) or doc[i].text != "(":
        return k
    for j in range(i + 1, min(i + 12, len(doc))):
        if doc[j].text == ")":
            j += 1
            while j < len(doc) and doc[j].is_space:
                j += 1
            return j
        if doc[j].text == "(":
            break
    return k


def _skip_bracket_back(doc: Doc, k: int) -> int:
    """The token before a bracketed group of a few tokens closing at ``k`` (line breaks skipped), else ``k``."""
    i = k
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != ")":
        return k
    for j in range(i - 1, max(i - 12, -1), -1):
        if doc[j].text == "(":
            j -= 1
            while j >= 0 and doc[j].is_space:
                j -= 1
            return j
        if doc[j].text == ")":
            break
    return k


def in_league_table(doc: Doc, end: int) -> bool:
    """A row of a league table: "Foo Bar 6 4 2 0 13 5 14" (played, won, drawn, lost, goals for and against, points).

    The row's first number is the sum of the next three (games played = won + drawn + lost);
    golf cards ("Jo Roe 68 72 69 68") and batting averages, which list people, have no such sum.
    """
    numbers: list[int] = []
    for token in doc[end : end + 12]:
        if token.is_space and "\n" in token.text:
            break
        if not token.text.isdigit():
            break
        numbers.append(int(token.text))
    return len(numbers) >= 4 and numbers[0] == sum(numbers[1:4])


def team_of_listed_player(doc: Doc, start: int, end: int) -> bool:
    """A club in brackets after a player's full name in a list: "Jo Roe (Foo Bar), Al Doe (Baz Qux)".

    Both names have two capitalised words or more, and the bracket closes the item: a single
    word in brackets after a name ("Boris (Yeltsin)") completes that name instead, and a
    bracket holding more ("(Al Doe, 70)") names a replacement. The player need not be found
    yet: the model often tags the club, not the player, as the person.
    """
    if end - start < 2 or start < 3 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    j = start - 2
    while j > 0 and doc[j].is_space:
        j -= 1  # "Jo Roe\n(Foo Bar)": the list wraps before the bracket
    if not all(t.is_alpha and t.text[:1].isupper() for t in (doc[j - 1], doc[j])):
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    return after is None or after.is_space or after.text in {",", ";", "."}


def _is_score(token: Token) -> bool:
    """A goal count: a small whole number."""
    return token.text.isdigit() and len(token.text) <= 2


_FIRMS = "|".join(re.escape(suffix) for suffix in sorted(FIRM_SUFFIXES, key=len, reverse=True))
_FIRM_AFTER = r"\s+(?:\([A-Z][a-z]+\)\s+)?(?:" + _FIRMS + r")(?![\w&])"  # "(Holdings)" may come between


def written_as_firm(text: str, names: set[str]) -> bool:
    """Whether the article writes one of a person's names as a firm's: "Foo Bar Inc", "Foo & Co", "Foo (Holdings) Ltd".

    Reuters names a company in full once ("Atria Oy said ...") and by its bare name after
    ("Atria said"); the bare name, with a reporting verb and often the model's PERSON label,
    looks like a person's. Only the person's longest names are looked up: "Jane Roe" of
    "Roe Holdings" keeps her surname.
    """
    return any(re.search(re.escape(name) + _FIRM_AFTER, text) for name in names if name)
