"""People: persons named in the article, their aliases, roles and mentions.

The small spaCy model misses many names (results lists, initials, names next to a
country in brackets) and labels many places and teams as PERSON. So mentions are found
from the tokens: a *name run* is a sequence of capitalised words on one line, and a run
becomes a person mention when it carries evidence (the model's PERSON label, a title
before it, an initial, a reporting verb, a "(Country)" after it) and nothing marks it as
a place, a nationality or an organisation. Mentions are then grouped into persons with
the rules a reader applies: the same full name, an initial plus that surname, or a
surname alone that fits exactly one full name (an ambiguous one stays apart).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from builder.lexicons.people import (
    HONORIFICS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NATIONALITIES,
    NOT_NAME_WORDS,
    ORG_HEADS,
    PLACE_SUFFIXES,
    PLACE_WORDS,
    ROLE_HEADS,
    ROLE_QUALIFIERS,
    SPEECH_VERBS,
)
from builder.model import Overrides, Person, TextSpan

_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$")
_NAME_CHARS = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’.-](?=[^\W\d_]))*\.?$")
_NOT_PERSON_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})
_CUT_WORDS = ROLE_HEADS | ROLE_QUALIFIERS | NOT_NAME_WORDS | NATIONALITIES | PLACE_WORDS


@dataclass(frozen=True)
class _Mention:
    """A person mention as a token range of the doc, with the words that make up its name."""

    start: int
    end: int
    words: tuple[str, ...]  # the name's words, case-folded (titles already removed)

    @property
    def last(self) -> str:
        return self.words[-1]


def _words(text: str) -> tuple[str, ...]:
    """A name's words for comparison: case-folded, split on spaces (hyphenated parts stay one word)."""
    return tuple(text.casefold().split())


def _key(token: Token) -> str:
    """The lexicon form of a token: lower case, without an abbreviation's full stop ("Sen." -> "sen")."""
    return token.lower_.rstrip(".")


def _is_initial(token: Token) -> bool:
    """An initial such as "P." or "J.J." (but not "U.S.", which is a place)."""
    return bool(_INITIAL.match(token.text)) and token.lower_ not in PLACE_WORDS


def _is_name_word(token: Token) -> bool:
    """A capitalised word that can be part of a name: "Simmons", "O'Gorman", "Anne-Gaelle", "McCague".

    All-capital words are excluded on purpose: in news text they are headlines and
    datelines, where the model is weakest; they are matched to names found elsewhere instead.
    """
    text = token.text
    if _is_initial(token):
        return True
    return text[:1].isupper() and any(c.islower() for c in text) and bool(_NAME_CHARS.match(text))


def _same_line(doc: Doc, left: Token, right: Token) -> bool:
    """Whether no line break separates two neighbouring tokens (spaCy makes a line break a token of its own)."""
    return not left.is_space and not right.is_space and right.i == left.i + 1


def _glued_hyphen(doc: Doc, j: int) -> bool:
    """A hyphen inside a word ("Anne-Gaelle", "Inzamam-ul-Haq", "Kim In-so"): spaCy splits it off, the name keeps it."""
    n = len(doc)
    return (
        doc[j].text == "-" and j + 1 < n and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and doc[j + 1].is_alpha
    )


def _name_runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of name words on one line, allowing particles inside ("Maarten den Bakker") and a "Jr" at the end."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        if not _is_name_word(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < n and _same_line(doc, doc[j - 1], doc[j]):
            token = doc[j]
            if _is_name_word(token) or (_key(token) in NAME_SUFFIXES and not doc[j - 1].is_punct):
                j += 1
            elif _glued_hyphen(doc, j):
                j += 2
            elif token.lower_ in NAME_PARTICLES and token.is_lower and j + 1 < n and _is_name_word(doc[j + 1]) \
                    and _same_line(doc, token, doc[j + 1]):
                j += 2
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _is_person_token(token: Token) -> bool:
    return token.ent_type_ == "PERSON"


def _always_cut(token: Token) -> bool:
    """Honorifics and filler words are never part of a name, whatever the model says ("Mr.", "The")."""
    return _key(token) in HONORIFICS or _key(token) in NOT_NAME_WORDS


def _cut_here(doc: Doc, i: int, end: int) -> bool:
    """Whether the name starts after token ``i`` of a run ending at ``end``.

    A role, place or nationality word is cut off ("US President Donald Trump"), unless the
    model tags it as part of a PERSON and at most one name word follows ("John Major",
    "Dean Jones"); a sentence's first word that is not a proper noun is cut too ("Instead Joubert").
    """
    token = doc[i]
    if _always_cut(token):
        return True
    if _key(token) in _CUT_WORDS or _key(token) in ORG_HEADS:
        return not _is_person_token(token) or end - i > 2
    return token.is_sent_start and token.pos_ != "PROPN" and end - i > 1 and not _is_initial(token)


def _name_part(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The name inside a run: what follows the last title, role, nationality or filler word.

    "US President Donald Trump" -> "Donald Trump", "Pentagon Deputy Inspector General Glenn Fine"
    -> "Glenn Fine". When nothing follows the last such word, only leading ones are dropped
    ("Martin Luther King"). Trailing filler words ("... Insulza Monday") are dropped too.
    """
    while end > start and _key(doc[end - 1]) in NOT_NAME_WORDS:
        end -= 1
    cut = start
    for i in range(start, end):
        if _cut_here(doc, i, end):
            cut = i + 1
    if cut < end:
        return cut, end
    lead = start
    while lead < end and (_always_cut(doc[lead]) or _key(doc[lead]) in _CUT_WORDS):
        lead += 1
    return lead, end


def _followed_by_country(doc: Doc, end: int) -> bool:
    """ "Name (Country)": results lists give a player's country in brackets right after the name."""
    if end >= len(doc) or doc[end].text != "(":
        return False
    inner = []
    for token in doc[end + 1 : end + 5]:
        if token.text == ")":
            break
        inner.append(token)
    else:
        return False
    return bool(inner) and any(_key(t) in PLACE_WORDS or _key(t) in NATIONALITIES or t.ent_type_ in {"GPE", "NORP"} for t in inner)


def _speech_next(doc: Doc, start: int, end: int) -> bool:
    """ "Bob Estes said" / "said Bob Estes": only people report speech."""
    after = doc[end : end + 2]
    if any(t.lower_ in SPEECH_VERBS for t in after if not t.is_punct or t.text == ","):
        return after[0].lower_ in SPEECH_VERBS or (after[0].text == "," and len(after) > 1 and after[1].lower_ in SPEECH_VERBS)
    return start > 0 and doc[start - 1].lower_ in SPEECH_VERBS


def _titled(doc: Doc, start: int) -> bool:
    """A name right after an honorific ("Mr. Smith", "Gen. Votel") is a person's."""
    return start > 0 and _key(doc[start - 1]) in HONORIFICS and doc[start - 1].text[:1].isupper()


def _has_cue(doc: Doc, start: int, end: int) -> bool:
    """Evidence besides the model that a name run is a person."""
    if _is_initial(doc[start]) and end - start > 1:
        return True
    return _titled(doc, start) or _followed_by_country(doc, end) or _speech_next(doc, start, end)


def _label_votes(doc: Doc) -> dict[str, Counter[str]]:
    """How the model labelled each single word across the document (a team named "Durham" is mostly ORG)."""
    votes: dict[str, Counter[str]] = {}
    for ent in doc.ents:
        if len(ent) == 1:
            votes.setdefault(ent[0].lower_, Counter())[ent.label_] += 1
    return votes


def _not_a_person(doc: Doc, start: int, end: int, votes: dict[str, Counter[str]]) -> bool:
    """Places, nationalities and organisations that the model or the shape rules took for names."""
    keys = [_key(t) for t in doc[start:end]]
    if all(k in PLACE_WORDS or k in NATIONALITIES or k in NOT_NAME_WORDS for k in keys):
        return True
    if keys[-1] in ORG_HEADS or keys[-1].endswith(PLACE_SUFFIXES):
        return True
    if any(k in NATIONALITIES for k in keys) or keys[0] in PLACE_WORDS:
        return True
    if end - start == 1:
        vote = votes.get(doc[start].lower_, Counter())
        if sum(c for label, c in vote.items() if label in _NOT_PERSON_LABELS) > vote.get("PERSON", 0):
            return True
    return False


def _candidate(doc: Doc, run: tuple[int, int], votes: dict[str, Counter[str]]) -> _Mention | None:
    """The person mention a name run holds, or None when the run is no person."""
    start, end = _name_part(doc, *run)
    if start >= end or _is_initial(doc[end - 1]) or not (_is_name_word(doc[end - 1]) or _glued_hyphen(doc, end - 2)):
        return None
    ner = any(_is_person_token(t) for t in doc[start:end])
    if not (ner or _has_cue(doc, start, end)):
        return None
    if _not_a_person(doc, start, end, votes):
        return None
    return _Mention(start, end, _words(doc[start:end].text))


def _find_mentions(doc: Doc) -> list[_Mention]:
    votes = _label_votes(doc)
    found = (_candidate(doc, run, votes) for run in _name_runs(doc))
    return [m for m in found if m is not None]


# --- grouping -------------------------------------------------------------------------


@dataclass
class _Group:
    """A person being assembled: its mentions, the longest (canonical) one first."""

    mentions: list[_Mention]

    @property
    def words(self) -> tuple[str, ...]:
        return self.mentions[0].words


def _full_match(words: tuple[str, ...], group: _Group) -> bool:
    """Same person by full name: equal, same first and last word, or a token suffix ("Allan Mueller" of "Jan Allan Mueller")."""
    other = group.words
    if words == other or (words[0] == other[0] and words[-1] == other[-1]):
        return True
    return len(words) > 1 and other[-len(words) :] == words


def _initial_match(words: tuple[str, ...], group: _Group) -> bool:
    """ "P. Simmons" is "Phil Simmons": an initial plus the surname joins a full name with that first letter."""
    other = group.words
    if len(words) < 2 or not re.match(r"^(?:[a-z]\.)+$", words[0]):
        return False
    return len(other) > 1 and other[-1] == words[-1] and other[0][:1] == words[0][:1] and other != words


def _surname_match(words: tuple[str, ...], group: _Group) -> bool:
    """A single word joins a longer name that ends with it (the surname), never one that starts with it."""
    return len(words) == 1 and len(group.words) > 1 and group.words[-1] == words[0]


def _join(mention: _Mention, groups: list[_Group]) -> _Group | None:
    """The one group a mention belongs to; None when it fits none or is ambiguous (two Yeltsins)."""
    for rule in (_full_match, _initial_match, _surname_match):
        fits = [g for g in groups if rule(mention.words, g)]
        if len(fits) == 1:
            return fits[0]
        if len(fits) > 1:
            return None
    return None


def _group_mentions(mentions: Iterable[_Mention]) -> list[_Group]:
    """Group mentions longest first, so that every short form finds the full names it may belong to."""
    ordered = sorted(mentions, key=lambda m: (-len(m.words), -sum(len(w) for w in m.words), m.start))
    groups: list[_Group] = []
    for mention in ordered:
        group = _join(mention, groups)
        if group is None:
            groups.append(_Group([mention]))
        else:
            group.mentions.append(mention)
    return groups


def _attach_loose(doc: Doc, groups: list[_Group], taken: set[int]) -> None:
    """Headline and unlabelled mentions of names already found ("INCE", a second "Simmons") join their person.

    Only a full name or a surname that fits exactly one person attaches, so a headline word
    that happens to be a surname of two people stays out.
    """
    index: dict[tuple[str, ...], list[_Group]] = {}
    for group in groups:
        index.setdefault(group.words, []).append(group)
        if len(group.words) > 1:
            index.setdefault(group.words[-1:], []).append(group)
    for i, token in enumerate(doc):
        if i in taken or not token.text[:1].isupper() or not token.is_alpha:
            continue
        for length in (3, 2, 1):
            span = doc[i : i + length]
            if len(span) < length or any(j in taken for j in range(i, i + length)):
                continue
            fits = index.get(_words(span.text), [])
            if len(fits) == 1 and _loose_ok(doc, i, i + length):
                fits[0].mentions.append(_Mention(i, i + length, _words(span.text)))
                taken.update(range(i, i + length))
                break


def _loose_ok(doc: Doc, start: int, end: int) -> bool:
    """A loose match must be capitalised throughout and stand alone (not inside a longer name)."""
    if not all(t.text[:1].isupper() for t in doc[start:end]):
        return False
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return not any(t is not None and _is_name_word(t) and _same_line(doc, *(sorted((t, doc[start]), key=lambda x: x.i))) for t in (before, after))


# --- roles ----------------------------------------------------------------------------


def _find_role(doc: Doc, spans: list[tuple[int, int]]) -> str | None:
    return None


# --- persons --------------------------------------------------------------------------


def _span(doc: Doc, mention: _Mention) -> TextSpan:
    span = doc[mention.start : mention.end]
    return TextSpan(span.text, span.start_char, span.end_char)


def _canonical(doc: Doc, group: _Group) -> str:
    """The longest mixed-case full name; headline capitals only when there is nothing else."""
    spans = [_span(doc, m).text for m in group.mentions]
    mixed = [s for s in spans if not s.isupper()] or spans
    return max(mixed, key=lambda s: (len(s.split()), len(s)))


def _to_person(doc: Doc, group: _Group) -> Person:
    spans = sorted({(m.start, m.end): _span(doc, m) for m in group.mentions}.values(), key=lambda s: s.start)
    name = _canonical(doc, group)
    aliases = tuple(sorted({s.text for s in spans} - {name}))
    role = _find_role(doc, [(m.start, m.end) for m in group.mentions])
    return Person(name=name, aliases=aliases, role=role, mentions=tuple(spans))


def _is_standalone(doc: Doc, group: _Group) -> bool:
    """A person needs one mention outside capitals-only headlines (those are matched, not trusted)."""
    return any(not doc[m.start : m.end].text.isupper() for m in group.mentions)


def extract_people(doc: Doc, *, overrides: Overrides | None = None) -> list[Person]:
    """The persons named in ``doc``, in order of first mention, with overrides from front matter applied."""
    groups = _group_mentions(_find_mentions(doc))
    groups = [g for g in groups if _is_standalone(doc, g)]
    taken = {i for g in groups for m in g.mentions for i in range(m.start, m.end)}
    _attach_loose(doc, groups, taken)
    people = sorted((_to_person(doc, g) for g in groups), key=lambda p: p.mentions[0].start)
    return apply_overrides(people, overrides) if overrides else people


# --- overrides ------------------------------------------------------------------------


def _merge_into(target: Person, other: Person) -> Person:
    mentions = tuple(sorted(set(target.mentions) | set(other.mentions), key=lambda s: s.start))
    aliases = tuple(sorted(({target.name, other.name} | set(target.aliases) | set(other.aliases)) - {target.name}))
    return Person(name=target.name, aliases=aliases, role=target.role or other.role, mentions=mentions)


def _names(person: Person) -> set[str]:
    return {person.name.casefold(), *(a.casefold() for a in person.aliases)}


def apply_overrides(people: list[Person], overrides: Overrides) -> list[Person]:
    """The editor's corrections win over extraction: merges first, then drops, then roles."""
    result = list(people)
    for alias, canonical in overrides.merge:
        source = next((p for p in result if alias.casefold() in _names(p)), None)
        target = next((p for p in result if p is not source and canonical.casefold() in _names(p)), None)
        if source is None:
            continue
        if target is None:
            renamed = Person(canonical, tuple(sorted(_names_of(source) - {canonical})), source.role, source.mentions)
            result[result.index(source)] = renamed
            continue
        merged = _merge_into(Person(canonical, target.aliases, target.role, target.mentions), source)
        result[result.index(target)] = merged
        result.remove(source)
    dropped = {name.casefold() for name in overrides.drop_people}
    result = [p for p in result if not (_names(p) & dropped)]
    roles = {name.casefold(): role for name, role in overrides.roles}
    for i, person in enumerate(result):
        role = next((roles[n] for n in _names(person) if n in roles), None)
        if role is not None:
            result[i] = Person(person.name, person.aliases, role, person.mentions)
    return result


def _names_of(person: Person) -> set[str]:
    return {person.name, *person.aliases}
