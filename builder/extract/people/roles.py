"""Roles: what the article says a person is, from the words around their name.

A title before the name ("US President Donald Trump", "then defense secretary Jim
Mattis"), an apposition on either side ("Glenn Fine, the Pentagon's acting inspector
general"; "the Inspector General of USAID, Ann Calvaresi Barr") or "X, who is ...". The
longest candidate is the most informative; qualifiers (then, former, acting) stay.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from builder.lexicons.people import (
    COURTESY_TITLES,
    HONORIFICS,
    NOT_NAME_WORDS,
    ROLE_HEADS,
    ROLE_LINKS,
    ROLE_OPENERS,
    ROLE_QUALIFIERS,
    SPEECH_VERBS,
)
from builder.lexicons.people import lexicon_key as _key

_ROLE_STOP_PUNCT = frozenset({",", ";", ":", ".", "!", "?", '"', "“", "”", "—", "–", "--"})
_ROLE_WORD = re.compile(r"^[^\W\d_][\w.'’-]*$")
_MAX_ROLE_TOKENS = 20


def _is_role_head(token: Token) -> bool:
    """A word that names an office or occupation ("secretary", "President", "bloggers")."""
    key = _key(token)
    if key in ROLE_HEADS or (key in HONORIFICS and key not in COURTESY_TITLES):
        return True
    return len(key) > 4 and key.endswith("s") and key[:-1] in ROLE_HEADS


def _role_word(token: Token) -> bool:
    """A word that may sit in a title: capitalised words, qualifiers, office words, lower-case nouns/adjectives
    ("defense") and participles that qualify the next noun ("managing editor")."""
    if not _ROLE_WORD.match(token.text):
        return False
    if token.text[:1].isupper() or _key(token) in ROLE_QUALIFIERS or _is_role_head(token):
        return True
    return token.pos_ in {"NOUN", "ADJ", "PROPN"} or _qualifying_participle(token)


def _qualifying_participle(token: Token) -> bool:
    """A participle before the noun it qualifies ("managing editor", "appointed vice president")."""
    if token.tag_ in {"VBG", "VBN"} and token.dep_ in {"amod", "compound"} and token.head.i > token.i:
        return True
    # After a possessive ("Roe's appointed deputy", "her chosen successor") a past form qualifies the noun,
    # whatever the parser says.
    before = token.nbor(-1) if token.i > 0 else None
    return token.tag_ in {"VBD", "VBN"} and before is not None and (before.tag_ in {"POS", "PRP$"})


def _title_link(doc: Doc, i: int) -> bool:
    """A joining word inside a title: "Secretary of State", "Sheriff's Deputy", "big-time".

    Words such as "of" join a title only between capitalised words: in lower case they
    join ordinary phrases ("a quick survey of Sen. Rand Paul").
    """
    if not 0 < i < len(doc) - 1 or doc[i].lower_ not in ROLE_LINKS:
        return False
    left, right = doc[i - 1], doc[i + 1]
    if doc[i].text in {"-", "/"}:
        return not left.whitespace_ and not doc[i].whitespace_ and _role_word(left) and _role_word(right)
    if doc[i].lower_ in {"'s", "’s"}:
        return left.text[:1].isupper() and _role_word(right)
    return left.text[:1].isupper() and right.text[:1].isupper()


def _loose_end(token: Token) -> bool:
    """A word a role cannot end on: a preposition, a particle, an adverb, a lower-case adjective or verb
    ("second blogger to", "Roe's notoriously hard"): the phrase was cut mid-way."""
    if token.text[:1].isupper() or _is_role_head(token):
        return False
    return token.pos_ in {"ADP", "PART", "DET", "CCONJ", "SCONJ", "ADV", "ADJ", "AUX", "VERB", "PRON"}


def _role_text(doc: Doc, start: int, end: int) -> str | None:
    """A role's text without a leading opener ("the", "her") and edge punctuation; None without an office word."""
    while start < end and (doc[start].lower_ in ROLE_OPENERS or doc[start].is_punct and doc[start].text != "("):
        start += 1
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text != ")" or doc[end - 1].lower_ in ROLE_LINKS):
        end -= 1
    cut = end
    while end > start and _loose_end(doc[end - 1]):
        end -= 1
    if cut > end and doc[end - 1].ent_type_ == "PERSON" and not _is_role_head(doc[end - 1]):
        return None  # "President Jane Roe's notoriously hard": the phrase was cut inside another person's possessive
    if start >= end or end - start > _MAX_ROLE_TOKENS or not any(_is_role_head(t) for t in doc[start:end]):
        return None
    return doc[start:end].text


def _title_end(doc: Doc, start: int) -> int:
    """Where a title before a name ends: right before it, or before the full stop of a split abbreviation ("Capt" ".")."""
    if start > 1 and doc[start - 1].text == "." and not doc[start - 2].whitespace_ and _key(doc[start - 2]) in HONORIFICS:
        return start - 1
    return start


def _title_opener(token: Token) -> bool:
    """A title opens with a qualifier, a capitalised word, an adjective or an office word, never a filler ("When President")."""
    if _key(token) in ROLE_QUALIFIERS or _is_role_head(token):
        return True
    if (token.is_stop and not token.is_upper) or _key(token) in NOT_NAME_WORDS:
        return False  # "When President ..."; an all-capital "US" is a country, not the pronoun
    return token.text[:1].isupper() or token.pos_ == "ADJ"


def _title_before(doc: Doc, start: int, people: set[int]) -> str | None:
    """A title right before the name: "US President Donald Trump", "then defense secretary Jim Mattis".

    The title must hold an office word, and a lower-case title must end with it ("defense
    secretary"); a capitalised one may end in its complement ("Secretary of State"). So a
    place or a verb before a name is no title.
    """
    end = _title_end(doc, start)
    if end == 0 or _key(doc[end - 1]) in COURTESY_TITLES or not _role_word(doc[end - 1]):
        return None
    if not (_is_role_head(doc[end - 1]) or doc[end - 1].text[:1].isupper()):
        return None
    i = end - 1
    while i > 0 and end - i < _MAX_ROLE_TOKENS and (i - 1) not in people and not doc[i].is_sent_start:
        if not (_role_word(doc[i - 1]) or _title_link(doc, i - 1)):
            break
        i -= 1
    while i < end and not _title_opener(doc[i]):
        i += 1
    return _role_text(doc, i, start)


def _clause_stop(token: Token) -> bool:
    """Where a role phrase ends: punctuation, a relative pronoun, or a lower-case verb ("told", "said").

    A participle that qualifies the noun after it ("managing editor", "appointed vice
    president", "Haitian-born mother") is part of the role, not a verb of the clause.
    """
    if token.text in _ROLE_STOP_PUNCT or token.lower_ in {"who", "which", "that", "whose"}:
        return True
    if _qualifying_participle(token):
        return False
    if token.i > 0 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_:
        return False  # the second half of a hyphenated word ("Haitian-born")
    return token.pos_ in {"VERB", "AUX"} and token.is_lower and _key(token) not in ROLE_QUALIFIERS and not _is_role_head(token)


_ROLE_PREPOSITIONS = frozenset({"to", "of", "for", "with"})


def _named_in_role(doc: Doc, j: int, people: set[int]) -> bool:
    """Another person named inside a role: possessed ("Soto's attorney") or after a preposition ("adviser to Jane Roe")."""
    if _possessed(doc, j, people):
        return True
    k = j - 1
    while k > 0 and (k in people or doc[k].lower_ in {"and", "&", ","} or doc[k].text[:1].isupper()):
        k -= 1  # "adviser to Bill and Jane Roe", "grandson of Ohio Senator Jo Roe": back over names and titles
    return k >= 0 and doc[k].lower_ in _ROLE_PREPOSITIONS


def _phrase_after(doc: Doc, i: int, people: set[int]) -> int:
    """Where a noun phrase starting at ``i`` ends (-1 when it runs into another person's name)."""
    j, depth = i, 0
    while j < len(doc) and j - i < _MAX_ROLE_TOKENS:
        token = doc[j]
        if j in people and not _named_in_role(doc, j, people):
            return -1
        if token.is_space:
            return j
        depth += (token.text == "(") - (token.text == ")")
        if depth <= 0 and token.text != ")" and _clause_stop(token):
            return j
        j += 1
    return j if j == len(doc) else -1  # no clean end within reach: not an apposition


def _apposition_after(doc: Doc, end: int, people: set[int]) -> str | None:
    """ "Glenn Fine, the Pentagon's acting inspector general," / "X, who is the ..." / "X is a truck driver"."""
    if end + 1 >= len(doc):
        return None
    i = end
    if doc[i].lower_ == "who" and doc[i + 1].lemma_ == "be":
        i += 2  # "said Jane Roe who is the county's parks manager"
    elif doc[i].text == ",":
        i += 1
        if i + 1 < len(doc) and doc[i].lower_ == "who" and doc[i + 1].lemma_ == "be":
            i += 2
    elif doc[i].lemma_ == "be" and doc[i].is_lower and doc[i + 1].lower_ in ROLE_OPENERS:
        i += 1  # "Jordan is an unemployed truck driver"
    else:
        return None
    if i >= len(doc) or not (doc[i].lower_ in ROLE_OPENERS or _role_word(doc[i])) or doc[i].lower_ in {"and", "or", "but"}:
        return None
    stop = _phrase_after(doc, i, people)
    return _role_text(doc, i, stop) if stop > i else None


def _possessed(doc: Doc, i: int, people: set[int]) -> bool:
    """A person's name in the possessive inside a role ("Soto's attorney", "Trey's future coach")."""
    j = i
    while j in people:
        j += 1
    return j < len(doc) and doc[j].lower_ in {"'s", "’s"}


def _list_break(doc: Doc, i: int) -> bool:
    """A word that separates the items of a list before an apposition: "by", "with", or "and"/"or" before a new phrase."""
    token = doc[i]
    if token.lower_ in {"by", "with"}:
        return True
    return token.lower_ in {"and", "or"} and i + 1 < len(doc) and doc[i + 1].lower_ in ROLE_OPENERS


def _before_honorifics(doc: Doc, start: int) -> int:
    """Where the courtesy honorifics before a name begin ("..., Dr the Rt. Hon. Jo Roe" -> at "Dr")."""
    i = start
    while i > 0 and (_key(doc[i - 1]) in COURTESY_TITLES or doc[i - 1].text == "." or doc[i - 1].lower_ == "the"):
        i -= 1
    while i < start and doc[i].text == ".":
        i += 1
    return i if i < start and _key(doc[i]) in COURTESY_TITLES else start


def _object_of(verb: Token) -> bool:
    """A finite or perfect verb whose object a phrase after it is ("have endorsed a candidate"); not "said" or "including"."""
    return verb.pos_ == "VERB" and verb.tag_ != "VBG" and verb.is_lower and verb.lower_ not in SPEECH_VERBS


def _apposition_before(doc: Doc, start: int, people: set[int]) -> str | None:
    """ "the Inspector General of the International Development Agency (USAID), Ann Calvaresi Barr": a role before a comma.

    The phrase must open with a determiner ("the", "a", "her"), or be the clause's start: a
    phrase such as "In Washington, X" names no role.
    """
    start = _before_honorifics(doc, start)
    if start < 2 or doc[start - 1].text != ",":
        return None
    i, depth = start - 1, 0
    while i > 0 and start - i <= _MAX_ROLE_TOKENS:
        token = doc[i - 1]
        if (i - 1) in people and not _possessed(doc, i - 1, people):
            return None
        depth += (token.text == ")") - (token.text == "(")
        if token.is_space or depth <= 0 and token.text != "(" and (_clause_stop(token) or _list_break(doc, i - 1)):
            break
        i -= 1
    verb = doc[i - 1] if i > 0 else None
    if verb is not None and _object_of(verb) and doc[i].lower_ in ROLE_OPENERS:
        return None  # "who have endorsed a candidate, Jane Roe": the phrase is the verb's object, not Jane Roe's role
    for k in range(i, start - 1):
        if doc[k].lower_ in ROLE_OPENERS and (k == i or doc[k - 1].lower_ not in ROLE_LINKS):
            return _role_text(doc, k, start - 1)
    opener = doc[i]
    before = doc[i - 1] if i > 0 else None
    clause_start = opener.is_sent_start or before is None or before.is_space
    clause_start = clause_start or before.text in _ROLE_STOP_PUNCT or before.lower_ in SPEECH_VERBS
    if clause_start and opener.pos_ in {"PROPN", "NOUN", "ADJ"}:
        return _role_text(doc, i, start - 1)
    return None


def _organisation_before(doc: Doc, start: int, people: set[int]) -> str | None:
    """The organisation whose person this is: "the Foo Union's Jane Roe", "Acme' Jane Roe" -> "Foo Union".

    The owner must be capitalised words that are no person's name (the model does not tag them PERSON).
    """
    if start < 2 or doc[start - 1].lower_ not in {"'s", "’s", "'", "’"}:
        return None
    i = start - 1
    while i > 0 and start - 1 - i < 6 and doc[i - 1].text[:1].isupper() and (i - 1) not in people:
        if doc[i - 1].ent_type_ == "PERSON" or doc[i - 1].is_sent_start and doc[i - 1].is_stop:
            break
        i -= 1
    if i == start - 1 or any(t.ent_type_ in {"PERSON", "GPE", "NORP"} for t in doc[i : start - 1]):
        return None
    return doc[i : start - 1].text


def _is_honorific_only(role: str) -> bool:
    """A role made only of courtesy honorifics ("Dr.", "the Rt. Hon.") says nothing about what the person does."""
    words = [w.rstrip(".").casefold() for w in role.split()]
    return all(w in COURTESY_TITLES or w in {"the", "rt", "right"} for w in words)


def find_role(doc: Doc, spans: list[tuple[int, int]], people: set[int]) -> str | None:
    """The most informative role stated for a person: the longest title or apposition at any mention."""
    found: list[str] = []
    for start, end in spans:
        for role in (_title_before(doc, start, people), _apposition_after(doc, end, people), _apposition_before(doc, start, people)):
            if role and not _is_honorific_only(role):
                found.append(role)
    if not found:
        owners = [owner for start, _ in spans if (owner := _organisation_before(doc, start, people))]
        return owners[0] if owners else None
    return max(found, key=lambda r: len(r.split())) if found else None
