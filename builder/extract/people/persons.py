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

import numpy
from spacy.tokens import Doc, Token

from builder.analyse import text_of
from builder.extract.people.confidence import Evidence, confidence
from builder.extract.people.evidence import (
    Lines,
    WordUses,
    credited_in_brackets,
    in_league_table,
    in_match_result,
    placed_like_a_place,
    quoted_title,
    team_of_listed_player,
    written_as_firm,
)
from builder.extract.people.roles import find_role
from builder.lexicons.people import (
    CLUB_WORDS,
    COMPASS_POINTS,
    GIVEN_NAMES,
    HONORIFICS,
    MONTHS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NAME_TITLES,
    NATIONALITIES,
    NOT_NAME_WORDS,
    ORG_HEADS,
    PERSON_NOUNS,
    PLACE_SUFFIXES,
    PLACE_WORDS,
    PLATFORM_NAMES,
    ROLE_HEADS,
    ROLE_QUALIFIERS,
    SPEECH_VERBS,
    STORM_WORDS,
)
from builder.lexicons.people import lexicon_key as _key
from builder.model import CONFIDENT, Overrides, Person, TextSpan

_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$")
_ROMAN = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$")
_NAME_CHARS = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’.-](?=[^\W\d_]))*\.?$")
_NOT_PERSON_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})
_CUT_WORDS = ROLE_HEADS | NAME_TITLES | ROLE_QUALIFIERS | NOT_NAME_WORDS | NATIONALITIES | PLACE_WORDS | PERSON_NOUNS
# Parts of speech of the small words a headline capitalises ("Goes After", "Is", "With", "A").
_CLOSED_CLASS = frozenset({"ADP", "DET", "AUX", "PRON", "CCONJ", "SCONJ", "PART"})


@dataclass(frozen=True)
class _Mention:
    """A person mention as a token range of the doc, with the words that make up its name."""

    start: int
    end: int
    words: tuple[str, ...]  # the name's words, case-folded (titles already removed)
    cue: bool = False  # evidence besides the model's label (a title, "said", a given name, a list of names)
    strong: bool = False  # a title or a reporting verb right at the name
    after_the: bool = False  # right after a capitalised "The": a work or a show named for someone ("The Rachel Maddow Show")

    @property
    def last(self) -> str:
        return self.words[-1]


def _words(text: str) -> tuple[str, ...]:
    """A name's words for comparison: case-folded, split on spaces (hyphenated parts stay one word)."""
    return tuple(text.casefold().split())


def _is_initial(token: Token) -> bool:
    """An initial such as "P." or "J.J." (but not "U.S.", which is a place)."""
    return bool(_INITIAL.match(token.text)) and token.lower_ not in PLACE_WORDS


def _is_name_word(token: Token) -> bool:
    """A capitalised word that can be part of a name: "Simmons", "O'Gorman", "Anne-Gaelle", "McCague", or an initial.

    All-capital words are excluded on purpose: in news text they are headlines and
    datelines, where the model is weakest; they are matched to names found elsewhere instead.
    """
    text = token.text
    if not text[:1].isupper():
        return False
    if _is_initial(token):
        return True
    return any(c.islower() for c in text) and bool(_NAME_CHARS.match(text))


def _lines(doc: Doc) -> list[list[Token]]:
    """The doc's lines as lists of tokens, without the whitespace tokens between them."""
    lines: list[list[Token]] = [[]]
    for token in doc:
        if token.is_space:
            if "\n" in token.text and lines[-1]:
                lines.append([])
        else:
            lines[-1].append(token)
    return [line for line in lines if line]


def _is_title_case(clause: list[Token]) -> bool:
    """Whether a clause is written in headline title case ("Black Lawmakers Rip Donald Trump As A Fraud").

    It has four words or more; every word that is not a stop word is capitalised, and so is
    at least one small closed-class word that is neither the first word nor right after
    opening punctuation ("As", "Is", "With"): in running text such a word is lower case, and a list
    of names ("Given, Breen, Staunton") has none.
    """
    words = [t for t in clause if t.is_alpha]
    if len(words) < 4 or any(not t.text[:1].isupper() and not t.is_stop for t in words):
        return False
    return any(t.i != clause[0].i and t.text[:1].isupper() and t.is_stop and t.pos_ in _CLOSED_CLASS and _mid_clause(t) for t in words)


def _mid_clause(token: Token) -> bool:
    """Whether a word is inside its clause: after a word or a closing mark, not after an opening bracket, quote or comma."""
    before = token.nbor(-1)
    return not before.is_punct or (before.is_right_punct and not before.is_left_punct)


def _clauses(line: list[Token]) -> list[list[Token]]:
    """A line cut at colons and semicolons ("Pence: Flowers Won't Be at Debate", "Did Not Bat: A. Mullally")."""
    clauses: list[list[Token]] = [[]]
    for token in line:
        if token.text in {":", ";"}:
            clauses.append([])
        else:
            clauses[-1].append(token)
    return [clause for clause in clauses if clause]


def _title_case_tokens(doc: Doc) -> set[int]:
    """The tokens of lines with a title-case clause: there every word is capitalised, so capitals do not mark names.

    Like a line in capitals, such a headline gives no name runs of its own (its capitalised
    words run across verbs: "Black Lawmakers Rip Donald Trump"); names found in the body are
    matched in it instead.
    """
    return {t.i for line in _lines(doc) if any(_is_title_case(c) for c in _clauses(line)) for t in line}


def _same_line(doc: Doc, left: Token, right: Token) -> bool:
    """Whether no line break separates two neighbouring tokens (spaCy makes a line break a token of its own)."""
    return not left.is_space and not right.is_space and right.i == left.i + 1


def _glued_hyphen(doc: Doc, j: int) -> bool:
    """A hyphen inside a word ("Anne-Gaelle", "Inzamam-ul-Haq", "Kim In-so"): spaCy splits it off, the name keeps it."""
    if not 1 <= j < len(doc) - 1:
        return False
    return doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and doc[j + 1].is_alpha


def _is_roman(token: Token) -> bool:
    """A regnal number after a name ("Henry VIII", "Baudouin I")."""
    return bool(_ROMAN.match(token.text))


def _particle_continues(doc: Doc, j: int) -> bool:
    """A particle belongs to the name when a name word, another particle or a glued hyphen follows on the line."""
    if j >= len(doc) or not _same_line(doc, doc[j - 1], doc[j]):
        return False
    token = doc[j]
    return _is_name_word(token) or _glued_hyphen(doc, j) or (token.lower_ in NAME_PARTICLES and _particle_continues(doc, j + 1))


def _run_step(doc: Doc, j: int, name_words: list[bool]) -> int:
    """How many tokens from ``j`` extend the name run before it (0 ends the run)."""
    token = doc[j]
    if name_words[j] or (_key(token) in NAME_SUFFIXES and not doc[j - 1].is_punct):
        return 1
    if _glued_hyphen(doc, j):
        return 2
    if token.lower_ in NAME_PARTICLES and token.is_lower and _particle_continues(doc, j + 1):
        return 1
    if _is_roman(token) and name_words[j - 1]:
        return 1 if token.text != "I" or _is_person_token(doc[j - 1]) else 0  # "Henry VIII"; "I" only after a known name
    return 0


def _inline_gap(doc: Doc, j: int) -> bool:
    """Extra spaces inside a line between two words (a space token without a line break)."""
    return doc[j].is_space and "\n" not in doc[j].text and j > 0 and not doc[j - 1].is_space


def _name_runs(doc: Doc, name_words: list[bool]) -> list[tuple[int, int]]:
    """Maximal runs of name words on one line, allowing particles inside ("Maarten den Bakker") and a "Jr" at the end."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        if not name_words[i]:
            i += 1
            continue
        j = i + 1
        if _leading_particle(doc, i, name_words):
            i -= 1  # "c de Silva b Roe", "Gerard\nde Nooijer": the surname's particle opens the run
        while j < n:
            if _inline_gap(doc, j) and j + 1 < n and name_words[j + 1]:
                j += 2  # "Jane\xa0\xa0Roe": a run of non-breaking spaces inside a name (spaCy makes it a token)
                continue
            if not _same_line(doc, doc[j - 1], doc[j]):
                break
            step = _run_step(doc, j, name_words)
            if not step:
                break
            j += step
        runs.append((i, min(j, n)))
        i = j
    return runs


def _leading_particle(doc: Doc, i: int, name_words: list[bool]) -> bool:
    """A lower-case particle right before a name word, with no name word before it on the line ("de Silva")."""
    if i < 1 or not (doc[i - 1].is_lower and doc[i - 1].lower_ in NAME_PARTICLES) or not _same_line(doc, doc[i - 1], doc[i]):
        return False
    return i < 2 or not (name_words[i - 2] and _same_line(doc, doc[i - 2], doc[i - 1]))


def _is_person_token(token: Token) -> bool:
    """Whether the model tagged the token as part of a PERSON entity (one piece of evidence among several)."""
    return token.ent_type_ == "PERSON"


def _always_cut(token: Token) -> bool:
    """Honorifics and filler words are never part of a name, whatever the model says ("Mr.", "The"); initials are ("A. Smith")."""
    return not _is_initial(token) and (_key(token) in HONORIFICS or _key(token) in NOT_NAME_WORDS)


def _cut_here(doc: Doc, i: int, end: int, leading: bool) -> bool:
    """Whether the name starts after token ``i`` of a run ending at ``end``.

    A role, place or nationality word is cut off ("US President Donald Trump"), unless the
    model tags it as part of a PERSON and at most one name word follows ("John Major",
    "Dean Jones"); a sentence's first word that is not a proper noun is cut too ("Instead Joubert").
    """
    token = doc[i]
    if _is_initial(token):
        return False  # "A. Dale", "I. Austin": an initial is part of the name even when it spells a word
    if _key(token) in HONORIFICS:
        return True
    if _always_cut(token) or token.pos_ == "INTJ":
        return leading  # "Well Anderson, …": an interjection opening a reply is no given name
    if _key(token) in _CUT_WORDS or _key(token) in ORG_HEADS:
        return not _is_person_token(token) or end - i > 2
    if _plural_title(token):
        return True  # "Sens. Amy Roe and …", "Presidents Reagan and Bush": a title shared by several names
    if token.lower_ in SPEECH_VERBS and end - i > 1 and (token.is_sent_start or i == 0 or "\n" in doc[i - 1].text_with_ws):
        return True  # "Said Ellis:", "Stated Stone:": an inverted cue opening a line, often tagged a name
    return token.is_sent_start and token.pos_ != "PROPN" and end - i > 1 and not _is_initial(token)


_TITLE_WORDS = NAME_TITLES | ROLE_HEADS | HONORIFICS


def _plural_title(token: Token) -> bool:
    """A title or role word in the plural ("Sens.", "Presidents", "Reps."), never part of a name."""
    key = _key(token)
    return len(key) > 3 and key.endswith("s") and key[:-1] in _TITLE_WORDS


def _given_name_inside(doc: Doc, start: int, end: int) -> int:
    """Where a name starts when a known given name stands inside a run after words that are no name
    ("Foreign Affairs Ali Roe" -> "Ali Roe"): the words before it are the rest of a title."""
    for i in range(start + 1, end - 1):
        if _key(doc[i]) in GIVEN_NAMES and _is_person_token(doc[i]):
            before = doc[start:i]
            if not any(_key(t) in GIVEN_NAMES or _is_person_token(t) or _is_initial(t) or t.lower_ in NAME_PARTICLES for t in before):
                return i
            return start
    return start


def _name_part(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The name inside a run: what follows the last title, role, nationality or filler word.

    "US President Donald Trump" -> "Donald Trump", "Pentagon Deputy Inspector General Glenn Fine"
    -> "Glenn Fine". When nothing follows the last such word, only leading ones are dropped
    ("Martin Luther King"). Trailing filler words ("... Insulza Monday") are dropped too.
    """
    while end > start and _key(doc[end - 1]) in NOT_NAME_WORDS and not _is_roman(doc[end - 1]):
        end -= 1
    if start > 1 and _glued_hyphen(doc, start - 1):
        start += 1  # "ex-Yankee Randy Velarde": the first word belongs to a hyphenated modifier
    cut = _after_last_cut(doc, start, end, end)
    while cut < end - 1 and _glued_hyphen(doc, cut):
        cut += 2  # "Ex-Yankee Randy Velarde": the rest of a hyphenated modifier goes with it
    cut = _given_name_inside(doc, cut, end)
    if cut == end and _is_person_token(doc[end - 1]):
        cut = _cut_before_last(doc, start, end)  # "Congressman Pete King": a surname that spells a title ends the run
    if cut < end:
        return cut, end
    if not _is_person_token(doc[end - 1]) and not _always_cut(doc[end - 1]):
        return end, end  # "Malegaon Police", "Interior Minister": a run ending in an office word names no one
    lead = start
    while lead < end and (_always_cut(doc[lead]) or _key(doc[lead]) in _CUT_WORDS or _glued_hyphen(doc, lead)):
        lead += 1  # "Secretary-General": the title's hyphen and second half go too
    while end > lead and _key(doc[end - 1]) in HONORIFICS and doc[end - 1].text.endswith("."):
        end -= 1  # "South Carolina Gov." at a line's end: the title of a name on the next line
    return lead, end


def _after_last_cut(doc: Doc, start: int, stop: int, end: int) -> int:
    """The index after the last word of ``doc[start:stop]`` that is cut from a run ending at
    ``end`` (see ``_cut_here``); ``start`` when none is."""
    cut = start
    for i in range(start, stop):
        if _cut_here(doc, i, end, leading=cut == i):
            cut = i + 1
    return cut


def _cut_before_last(doc: Doc, start: int, end: int) -> int:
    """Where a name starts when the run's last word, tagged a person, also spells a title
    ("New York Congressman Pete King"): a title heads the name after it, and nothing follows
    the last word, so only the words before it are looked at. ``end`` (the old reading) when
    no title comes before it or nothing is left after the title."""
    cut = _after_last_cut(doc, start, end - 1, end)
    return cut if start < cut < end - 1 else end


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


def _ranked_entry(doc: Doc, start: int, end: int) -> bool:
    """An entry of a results list: a rank, a seed or "beat" before a full name, its country in brackets after
    ("4. Ato Roe (Trinidad) 10.12", "4 - Kimiko Roe (Japan) beat ...", "beat Christina Singer (Germany)").

    The whole run is the name then: results lists print names bare, so a word that elsewhere opens
    a sentence, names a day or an office ("Sunday", "Date", "Singer", "Park") is a given name or a surname here.
    """
    if end - start < 2 or start < 2 or not all(_is_name_word(t) or _glued_hyphen(doc, t.i) for t in doc[start:end]):
        return False
    if not _followed_by_country(doc, end if not doc[end : end + 1].text.isspace() else end + 1):
        return False
    before, mark = doc[start - 1], doc[start - 2]
    return before.lower_ == "beat" or before.text in {"-", "."} and (mark.like_num or bool(_SEED.match(mark.text)))


_SEED = re.compile(r"^\d+/\d+$")  # "3/4 - Jo Roe": a seed shared by two players


def _speech_next(doc: Doc, start: int, end: int) -> bool:
    """ "Bob Estes said" / "said Bob Estes": only people report speech.

    A run inside a longer phrase ("the Department of Children and Families, told") is not
    the speaker, so the cue needs the run to open its phrase and not be a conjunct.
    """
    if start > 0 and doc[start - 1].pos_ in {"ADP", "DET", "PART"} or doc[end - 1].dep_ == "conj":
        return False
    if end - start == 1 and doc[start].pos_ != "PROPN" and not _is_person_token(doc[start]):
        return False  # "Currently, said ...": a capitalised adverb or noun before a reporting verb names no one
    after = doc[end : end + 2]
    if after and after[0].lower_ in SPEECH_VERBS:
        return True
    if len(after) == 2 and after[0].text == "," and after[1].lower_ in SPEECH_VERBS:
        return True
    return start > 0 and doc[start - 1].lower_ in SPEECH_VERBS


_HIS_HER = frozenset({"his", "her"})
_HIMSELF_HERSELF = frozenset({"himself", "herself"})


def _referred_to_as_he_or_she(doc: Doc, start: int, end: int) -> bool:
    """A name its own clause refers back to as a he or she is a person's ("Carly Fiorina threw
    her support behind …", "CEO Carly Fiorina named it as her guilty pleasure", "Roe found
    himself …"): a firm or a place is an "its"."""
    heads = [t for t in doc[start:end] if not start <= t.head.i < end]
    if end - start < 2 or len(heads) != 1:
        return False
    subject = heads[0]
    if subject.dep_ == "appos" and _key(subject.head) in ROLE_HEADS:
        subject = subject.head  # "CEO Carly Fiorina named …": the name in apposition to the role that is the subject
    if subject.dep_ != "nsubj" or subject.head.pos_ not in ("VERB", "AUX"):
        return False
    for child in subject.head.children:
        if child.lower_ in _HIMSELF_HERSELF and child.dep_ == "dobj":
            return True
        if child.dep_ == "dobj" and _his_or_hers(child):
            return True
        if child.dep_ == "prep" and any(o.dep_ == "pobj" and _his_or_hers(o) for o in child.children):
            return True  # "… named it as her guilty pleasure"
    return False


def _his_or_hers(noun: Token) -> bool:
    """A noun owned by a "his" or "her" ("her support", "her guilty pleasure")."""
    return any(g.dep_ == "poss" and g.lower_ in _HIS_HER for g in noun.children)


def _titled(doc: Doc, start: int) -> bool:
    """A name right after an honorific or a capitalised title ("Mr. Smith", "Gen. Votel", "Minister Roe") is a person's."""
    return start > 0 and _key(doc[start - 1]) in HONORIFICS | NAME_TITLES and doc[start - 1].text[:1].isupper()


def _given_name(doc: Doc, start: int, end: int) -> bool:
    """A run opening with a common given name ("Nolan Henke"), or a lone given name the model tagged PERSON."""
    return _key(doc[start]) in GIVEN_NAMES and (end - start > 1 or _is_person_token(doc[start]))


def _has_cue(doc: Doc, start: int, end: int) -> bool:
    """Evidence besides the model that a name run is a person."""
    if _is_initial(doc[start]) and end - start > 1:
        return True
    cues = (_titled(doc, start), _followed_by_country(doc, end), _speech_next(doc, start, end), _given_name(doc, start, end))
    if any(cues) or _introduced(doc, start, end) or _plays(doc, end) or _referred_to_as_he_or_she(doc, start, end):
        return True
    return _of_country(doc, start, end) or _in_scorecard(doc, start)


def _in_scorecard(doc: Doc, start: int) -> bool:
    """A cricket scorecard's fielder or bowler: "c Roe b Doe 61", "lbw b Doe 0" (caught by, bowled by)."""
    return start > 1 and doc[start - 1].text in {"b", "c", "st"} and doc[start - 2].text not in {"(", "-"}


def _of_country(doc: Doc, start: int, end: int) -> bool:
    """A full name followed by "of" and a country ("Jana Roe of Poland"), as sports reports introduce players."""
    if end - start < 2 or end + 1 >= len(doc) or doc[end].lower_ != "of":
        return False
    country = doc[end + 1]
    if _key(country) not in PLACE_WORDS or (end + 2 < len(doc) and doc[end + 2].text[:1].isupper()):
        return False  # "of Ruritania" but not "of Ruritania Airlines"
    return not any(_key(t) in ORG_HEADS or _key(t) in PLACE_WORDS for t in doc[start:end])


def _bowling_figures(doc: Doc, end: int) -> bool:
    """A bowler in a cricket scorecard: a name before overs, maidens, runs and wickets ("Roe 22-6-56-2")."""
    figures = doc[end : end + 7]
    if len(figures) < 7 or any(t.whitespace_ for t in figures[:6]):
        return False
    return all(t.text == "-" if k % 2 else t.like_num for k, t in enumerate(figures))


def _dismissed(doc: Doc, end: int) -> bool:
    """A batsman in a cricket scorecard: a name before how he was out ("Roe c Doe b Poe 35", "Roe lbw b Poe",
    "Roe run out 16", "Roe not out 83")."""
    after = [t.text for t in doc[end : end + 2]]
    if len(after) < 2:
        return False
    if after[0] in {"c", "b", "st"}:
        return after[1][:1].isupper()
    return after[0] == "lbw" or after in (["run", "out"], ["not", "out"])


def _plays(doc: Doc, end: int) -> bool:
    """A name before what only a player has: the minute of a goal, a bowler's figures, a batsman's dismissal."""
    return _scored_at_minute(doc, end) or _bowling_figures(doc, end) or _dismissed(doc, end)


_MINUTE = re.compile(r"^\d{1,3}(?:st|nd|rd|th)(?:-pen)?$")


def _scored_at_minute(doc: Doc, end: int) -> bool:
    """A scorer in a match report: a name before the minute of the goal ("(Roe 85th, Doe 90th)")."""
    if end + 1 < len(doc) and doc[end].text == "(":
        end += 1  # "Roe (46th minute)"
    if end + 1 < len(doc) and doc[end].is_space:
        end += 1  # "(Roe\n59th)": a results list wrapped between the scorer and his minute
    if end >= len(doc) or not _MINUTE.match(doc[end].text):
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    return after is None or not after.text[:1].isupper()  # "Foo 117th Avenue" is a street


def _introduced(doc: Doc, start: int, end: int) -> bool:
    """A full name right after a lower-case office or occupation ("striker Enrico Roe", "spokeswoman Rona Roe")
    or a noun for a person of a nation ("Frenchman Jean Roe"). A nationality adjective is no such cue: it
    comes before organisations as often ("Brazilian Foo Front")."""
    if end - start < 2 or start == 0 or not _same_line(doc, doc[start - 1], doc[start]):
        return False
    before = doc[start - 1]
    key = _key(before)
    if key in PERSON_NOUNS:
        return True
    return key in ROLE_HEADS and before.is_lower and before.pos_ == "NOUN"


def _named_after_office(doc: Doc, start: int, end: int) -> bool:
    """A name introduced by its office ("candidate Carly Roe strode onstage") is a person even where the
    parse makes it modify the word after; not after "a" ("a veteran Eco-Challenge participant"): an
    indefinite article belongs to a noun further on, so the office word only describes that noun."""
    return _introduced(doc, start, end) and not (start >= 2 and doc[start - 2].lower_ in ("a", "an"))


def _label_votes(doc: Doc) -> dict[str, Counter[str]]:
    """How the model labelled each single word across the document (a team named "Durham" is mostly ORG).

    Only single words: the model often labels a player's full name ORG in a results list, so
    a vote on full names would lose many people.
    """
    votes: dict[str, Counter[str]] = {}
    for ent in doc.ents:
        if len(ent) == 1:
            votes.setdefault(ent[0].lower_, Counter())[ent.label_] += 1
    return votes


def _modifies_noun(doc: Doc, end: int) -> bool:
    """Whether the run modifies the common noun after it, as brands, groups and places do.

    "Lucky Strike campaign", "Phi Kappa Psi fraternity", "Goa police": a person's name is seldom
    used so, and when the model tags it PERSON ("the Marc Dutroux affair") it is kept.
    """
    if end >= len(doc) or not _same_line(doc, doc[end - 1], doc[end]):
        return False
    after = doc[end]
    if not (after.is_alpha and after.is_lower and len(after) > 2 and after.pos_ == "NOUN"):
        return False
    return doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end and not _is_person_token(doc[end - 1])


def _not_a_person(doc: Doc, start: int, end: int, votes: dict[str, Counter[str]], *, player: bool = False) -> bool:
    """Places, nationalities and organisations that the model or the shape rules took for names.

    A ``player`` (a name before the minute of a goal, "(Roe 52nd)", a bowler's figures or a
    batsman's dismissal) keeps a name that the model tags a common noun, a name "modifying" the
    scorecard word after it ("Roe lbw"), and a lone word the model reads mostly as an organisation
    or place: only a player scores at a minute, bowls or is out, and results lists give players by
    surname, which the model reads as a team or a town as often as not.
    """
    keys = [_key(t) for t in doc[start:end]]
    if all(k in PLACE_WORDS or k in NATIONALITIES or k in NOT_NAME_WORDS for k in keys):
        return True
    compass = [_is_initial(t) and k in COMPASS_POINTS for t, k in zip(doc[start:end], keys, strict=True)]
    if keys[-1] in PLACE_WORDS and all(c or k in PLACE_WORDS for c, k in zip(compass, keys, strict=True)):
        return True  # "N. Korea", "S. Africa": a compass point abbreviated before a place is no initial
    if all(part in MONTHS for k in keys for part in k.split("-")):
        return True  # "Jan-May": a period
    if len(keys) > 1 and keys[0] in CLUB_WORDS:
        return True  # "Real Madrid", "St Pauli"
    if keys[-1] in ORG_HEADS or keys[-1].endswith(PLACE_SUFFIXES) or keys[-1] in PLATFORM_NAMES:
        return True
    if any(k in NATIONALITIES for k in keys) or (keys[0] in PLACE_WORDS and not _is_person_token(doc[start])):
        return True
    if player:
        return False  # "Roe lbw b Doe": the word after a player is no noun he modifies
    if _modifies_noun(doc, end) and not _named_after_office(doc, start, end):
        return True
    if doc[start].tag_ in {"VBD", "VBZ", "VBN"} and not _is_person_token(doc[start]):
        return True  # "Director Used Foo Attack": a headline's verb, capitalised, opens no name
    if end - start == 1 and doc[start].tag_ in {"NNS", "NNPS", "NN"}:
        return True  # "Analysts", "Traders": a capitalised common noun at a sentence start
    if end - start == 1:
        vote = votes.get(doc[start].lower_, Counter())
        return sum(c for label, c in vote.items() if label in _NOT_PERSON_LABELS) > vote.get("PERSON", 0)
    return False


def _surname_voted_person(doc: Doc, start: int, end: int, votes: dict[str, Counter[str]]) -> bool:
    """A full name whose surname the model tags PERSON elsewhere, and never as anything else ("Mehmet Oz … Oz said")."""
    if end - start < 2 or not all(_is_name_word(t) and not _is_initial(t) for t in doc[start:end]):
        return False
    vote = votes.get(doc[end - 1].lower_, Counter())
    return vote.get("PERSON", 0) > 0 and sum(vote.values()) == vote["PERSON"]


_MOST_NAME_WORDS = 5


def _too_long_for_a_name(doc: Doc, start: int, end: int) -> bool:
    """More than five name words besides particles and suffixes ("Dorothy Woods Defends Trump Amid
    Military-Related Controversies"): a capitalised headline, not one person's name."""
    words = [t for t in doc[start:end] if t.is_alpha and t.lower_ not in NAME_PARTICLES and _key(t) not in NAME_SUFFIXES]
    return len(words) > _MOST_NAME_WORDS


def _candidate(doc: Doc, run: tuple[int, int], votes: dict[str, Counter[str]]) -> _Mention | None:
    """The person mention a name run holds, or None when the run is no person."""
    if _ranked_entry(doc, *run):
        start, end = run
        keys = [_key(t) for t in doc[start:end]]
        if all(k in PLACE_WORDS or k in NATIONALITIES for k in keys) or keys[0] in CLUB_WORDS:
            return None
        return _Mention(start, end, _words(doc[start:end].text), cue=True)
    if any(_key(t) in STORM_WORDS for t in doc[run[0] : run[1] - 1]):
        return None  # "Hurricane Edouard", "Tropical Storm Fran": a storm's name
    start, end = _name_part(doc, *run)
    last = doc[end - 1] if end > start else None
    if last is None or _is_initial(last) or not (_is_name_word(last) or _is_roman(last) or _glued_hyphen(doc, end - 2)):
        return None
    if _too_long_for_a_name(doc, start, end):
        return None
    ner = any(_is_person_token(t) for t in doc[start:end]) or _surname_voted_person(doc, start, end, votes)
    cue = _has_cue(doc, start, end)
    if not (ner or cue) or _not_a_person(doc, start, end, votes, player=_plays(doc, end)):
        return None
    strong = _titled(doc, start) or _speech_next(doc, start, end)
    after_the = start > 0 and doc[start - 1].text == "The"
    return _Mention(start, end, _words(doc[start:end].text), cue, strong, after_the)


_LIST_SEPARATORS = frozenset({",", ";", ":", "(", ")", "-", "--", "–", "—", "and", "&", "."})


def _line_numbers(doc: Doc) -> list[int]:
    """The line each token is on (spaCy keeps line breaks as whitespace tokens)."""
    numbers, line = [], 0
    for token in doc:
        if token.is_space and "\n" in token.text:
            line += 1
        numbers.append(line)
    return numbers


def _is_list_item(doc: Doc, start: int, end: int) -> bool:
    """A run standing alone between list separators or numbers: ", Japie Mulder ;" or "13 - Japie Mulder (".

    A run inside a sentence has words around it, so this holds only in lists and results tables.
    """
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return all(t is None or t.is_space or t.lower_ in _LIST_SEPARATORS or t.like_num for t in (before, after))


_Run = tuple[int, int]
_Votes = dict[str, Counter[str]]


def _list_siblings(doc: Doc, runs: list[_Run], found: dict[_Run, _Mention], votes: _Votes) -> list[_Mention]:
    """Names in a list whose other items are mostly people are people too.

    Line-ups and results lists ("Given, Breen, Staunton, Irwin, McAteer") name dozens of people
    the model misses; when at least half the items on a line (and two or more) are already
    people, the rest are taken too unless they look like places or organisations. A name in
    brackets after an item ("Jo Roe (Foo Bar), Al Doe (Baz)") is that item's club or country,
    not an item of the list, so it neither counts nor is taken.
    """
    ends = {end for _, end in runs}
    listed = [run for run in runs if _is_list_item(doc, *run) and not _bracketed_after_run(doc, *run, ends)]
    if len(listed) < 3 or sum(1 for run in listed if run in found) < 2:
        return []  # most articles have no list: skip the line scan
    lines = _line_numbers(doc)
    items: dict[int, list[tuple[int, int]]] = {}
    for run in listed:
        items.setdefault(lines[run[0]], []).append(run)
    extra = []
    for line_items in items.values():
        people = [run for run in line_items if run in found]
        if len(people) < 2 or 2 * len(people) < len(line_items):
            continue
        multi = 2 * sum(1 for start, end in people if end - start > 1) >= len(people)
        for run in line_items:
            mention = None if run in found else _sibling(doc, run, multi, votes)
            if mention is not None:
                extra.append(mention)
    return extra


def _bracketed_after_run(doc: Doc, start: int, end: int, ends: set[int]) -> bool:
    """A run alone in brackets right after another name run ("Jo Roe (Foo Bar)"), a line wrap allowed before the bracket.

    A bracket holding more ("Jo Roe (Al Doe, 70)": a replacement and his minute) is no such attribute.
    """
    if start < 2 or doc[start - 1].text != "(" or end >= len(doc) or doc[end].text != ")":
        return False
    j = start - 1
    while j > 0 and doc[j - 1].is_space:
        j -= 1
    return j in ends


def _sibling(doc: Doc, run: tuple[int, int], multi: bool, votes: dict[str, Counter[str]]) -> _Mention | None:
    """An unlabelled list item as a person, when shaped like the people around it.

    In a line of full names a lone word is more likely a team or a place ("Sussex 363
    (W. Athey 111)"), and a word before a colon is a label ("Tries:", "Hove:").
    """
    start, end = _name_part(doc, *run)
    if start >= end or not _is_name_word(doc[end - 1]) or _is_initial(doc[end - 1]):
        return None
    if (end - start > 1) != multi:
        return None
    if end < len(doc) and doc[end].text == ":" or _not_a_person(doc, start, end, votes):
        return None
    return _Mention(start, end, _words(doc[start:end].text), cue=True)


def _find_mentions(doc: Doc, headline: set[int]) -> list[_Mention]:
    """Person mentions from name runs with evidence, plus the unlabelled names in lists of people.

    Words of title-case ``headline`` lines start no name run.
    """
    votes = _label_votes(doc)
    name_words = [_is_name_word(t) and t.i not in headline for t in doc]
    runs = _name_runs(doc, name_words)
    found = {run: mention for run in runs if (mention := _candidate(doc, run, votes)) is not None}
    return [*found.values(), *_list_siblings(doc, runs, found, votes)]


# --- grouping -------------------------------------------------------------------------


@dataclass
class _Group:
    """A person being assembled: its mentions, the longest (canonical) one first."""

    mentions: list[_Mention]
    former: frozenset[tuple[str, ...]] = frozenset()  # names the article says the person no longer uses

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


def _given_match(words: tuple[str, ...], group: _Group) -> bool:
    """A single word joins a full name that starts with it ("Anne" of "Anne Roe"), when no surname fits it."""
    return len(words) == 1 and len(group.words) > 1 and group.words[0] == words[0]


def _surname_match(words: tuple[str, ...], group: _Group) -> bool:
    """A single word joins a longer name that ends with it (the surname), never one that starts with it."""
    return len(words) == 1 and len(group.words) > 1 and group.words[-1] == words[0]


def _middle_match(words: tuple[str, ...], group: _Group) -> bool:
    """A single word joins a name of three words or more that holds it inside ("Etienne" of
    "Camille Etienne Gbedey"): a second surname or a name the person goes by, tried last;
    never for a name written after "The", which names a work or a show."""
    if len(words) != 1 or len(words[0]) < 3 or words[0] not in group.words[1:-1]:
        return False
    return not any(m.after_the for m in group.mentions)  # a person's name, not a show's ("The Rachel Maddow Show")


def _join(mention: _Mention, groups: list[_Group]) -> _Group | None:
    """The one group a mention belongs to; None when it fits none or is ambiguous (two Yeltsins)."""
    for rule in (_full_match, _initial_match, _surname_match, _given_match, _middle_match):
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


def _attach_loose(doc: Doc, groups: list[_Group], taken: set[int], headline: set[int]) -> None:
    """Headline and unlabelled mentions of names already found ("INCE", a second "Simmons") join their person.

    Only a full name or a surname that fits exactly one person attaches, so a headline word
    that happens to be a surname of two people stays out.
    """
    index: dict[tuple[str, ...], list[_Group]] = {}
    for group in groups:
        index.setdefault(group.words, []).append(group)
        if len(group.words) > 1:
            index.setdefault(group.words[-1:], []).append(group)
    firsts = [doc.vocab.strings.add(words[0].split("-")[0]) for words in index]
    candidates = numpy.flatnonzero(numpy.isin(doc.to_array("LOWER"), firsts)) if firsts and len(doc) else []
    for i in map(int, candidates):
        if i in taken:
            continue
        length = _loose_match(doc, i, index, taken, headline)
        if length:
            words = _words(doc[i : i + length].text)
            index[words][0].mentions.append(_Mention(i, i + length, words))
            taken.update(range(i, i + length))


def _loose_match(doc: Doc, i: int, index: dict[tuple[str, ...], list[_Group]], taken: set[int], headline: set[int]) -> int:
    """The token length of the longest known name starting at ``i`` that fits one person only (0 for none)."""
    for length in range(min(6, len(doc) - i), 0, -1):
        if any(j in taken for j in range(i, i + length)):
            continue
        fits = index.get(_words(doc[i : i + length].text), [])
        if len(fits) == 1 and _loose_ok(doc, i, i + length, glued=i in headline):
            return length
    return 0


def _loose_ok(doc: Doc, start: int, end: int, *, glued: bool = False) -> bool:
    """A loose match must be capitalised and stand alone: no name word glued to it on the same line.

    In a title-case headline every word is capitalised, so there (``glued``) neighbours do not count.
    """
    if not doc[start].text[:1].isupper() or not doc[end - 1].text[:1].isupper():
        return False
    if glued:
        return True
    before_joined = start > 0 and _is_name_word(doc[start - 1]) and _same_line(doc, doc[start - 1], doc[start])
    after_joined = end < len(doc) and _is_name_word(doc[end]) and _same_line(doc, doc[end - 1], doc[end])
    return not (before_joined or after_joined)


# --- persons --------------------------------------------------------------------------


def _span(doc: Doc, mention: _Mention) -> TextSpan:
    """A mention as text and character offsets into ``doc.text`` (the cleaned article text)."""
    span = doc[mention.start : mention.end]
    return TextSpan(span.text, span.start_char, span.end_char)


def _canonical(doc: Doc, group: _Group) -> str:
    """The longest mixed-case full name the person goes by now; headline capitals only when there is nothing else."""
    current = [m for m in group.mentions if m.words not in group.former] or group.mentions
    spans = [_span(doc, m).text for m in current]
    mixed = [s for s in spans if not s.isupper()] or spans
    return max(mixed, key=lambda s: (len(s.split()), len(s)))


_FORMER_CUES = frozenset({"formerly", "previously", "née", "nee", "once"})
_FORMER_FILLERS = frozenset({",", "(", "known", "as", "called", "named", "billed"})


def _former_name_at(doc: Doc, end: int, starts: dict[int, _Group]) -> _Group | None:
    """The group named right after "X, formerly known as" / "X (née" at the end of a mention of X."""
    i = end
    while i < len(doc) and i - end < 3 and doc[i].text in {",", "("}:
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _FORMER_CUES:
        return None
    i += 1
    while i < len(doc) and i - end < 7 and doc[i].lower_ in _FORMER_FILLERS:
        i += 1
    return starts.get(i)


def _merge_former_names(doc: Doc, groups: list[_Group]) -> list[_Group]:
    """"Jane Roe, formerly known as Jane Doe": one person, shown as Jane Roe, Jane Doe an alias."""
    starts = {m.start: g for g in groups for m in g.mentions}
    merged: set[int] = set()
    for group in groups:
        for mention in list(group.mentions):
            old = _former_name_at(doc, mention.end, starts)
            if old is None or old is group or id(old) in merged:
                continue
            group.mentions.extend(old.mentions)
            group.former = group.former | {m.words for m in old.mentions}
            merged.add(id(old))
    return [g for g in groups if id(g) not in merged]


def _evidence(doc: Doc, group: _Group, role: str | None, people: set[int], lines: Lines, uses: WordUses) -> Evidence:
    """The facts for and against a group being a person of the story (see ``confidence``)."""
    facts = [lines.facts(m.start) for m in group.mentions]
    last = {m.words[-1] for m in group.mentions}
    return Evidence(
        ner=any(_is_person_token(t) for m in group.mentions for t in doc[m.start : m.end]),
        cue=any(m.cue for m in group.mentions),
        strong=role is not None or any(m.strong for m in group.mentions),
        player=any(_plays(doc, m.end) for m in group.mentions),
        firm=written_as_firm(text_of(doc), {doc[m.start : m.end].text for m in group.mentions if len(m.words) == len(group.words)}),
        said_only=role is None and any(m.strong for m in group.mentions) and not any(_titled(doc, m.start) for m in group.mentions),
        full_name=len(group.words) > 1,
        proper_noun=any(doc[m.end - 1].pos_ == "PROPN" for m in group.mentions if m.words[-1] in last),
        mentions=len({m.start for m in group.mentions}),
        prose_mentions=sum(1 for f in facts if f.prose),
        credit_only=all(f.credit or credited_in_brackets(doc, m.start, m.end) for f, m in zip(facts, group.mentions, strict=True)),
        names_only=all(f.names_only for f in facts),
        lone_only=all(f.lone for f in facts),
        placelike=2 * sum(placed_like_a_place(doc, m.start, m.end) or quoted_title(doc, m.start, m.end) for m in group.mentions)
        >= len(group.mentions)
        or uses.a_place_elsewhere([(m.start, m.end) for m in group.mentions]),
        conjoined_given=len(group.words) == 1 and all(_before_full_name(doc, m.end, people) for m in group.mentions),
        quoted=any(quoted_title(doc, m.start, m.end) for m in group.mentions),
        match_side=2 * sum(_team_slot(doc, m) for m in group.mentions) > len(group.mentions),
        long_name=sum(1 for w in group.mentions[0].words if w not in NAME_PARTICLES) >= 4 and not any(m.cue for m in group.mentions),
    )


def _team_slot(doc: Doc, mention: _Mention) -> bool:
    """Where results tables put a team: a side of a match result, a league table's row, a listed player's club in brackets."""
    start, end = mention.start, mention.end
    return (
        in_match_result(doc, start, end)
        or in_league_table(doc, end)
        or team_of_listed_player(doc, start, end)
    )


def _before_full_name(doc: Doc, end: int, people: set[int]) -> bool:
    """A name followed by "and" and a name of two words or more ("Jane and John Roe")."""
    if end + 2 >= len(doc) or doc[end].lower_ not in {"and", "&"}:
        return False
    return end + 1 in people and end + 2 in people


def _to_person(doc: Doc, group: _Group, people: set[int], sure: set[int], lines: Lines, uses: WordUses) -> Person:
    """A group as a Person: canonical name, the other surface forms as aliases, the best role, every mention, a confidence.

    A role phrase stops at another person's name (``sure``: the tokens of the persons that are
    confident even before roles are read), not at a doubtful one ("a Foo Bar resident").
    """
    spans = sorted({(m.start, m.end): _span(doc, m) for m in group.mentions}.values(), key=lambda s: s.start)
    name = _canonical(doc, group)
    aliases = tuple(sorted({s.text for s in spans} - {name}))
    role = find_role(doc, [(m.start, m.end) for m in group.mentions], sure | _tokens([group]))
    score = confidence(_evidence(doc, group, role, people, lines, uses))
    return Person(name=name, aliases=aliases, role=role, mentions=tuple(spans), confidence=score)


def _is_standalone(doc: Doc, group: _Group) -> bool:
    """Whether a group is a person on its own evidence.

    It needs one mention outside capitals-only headlines (those are matched, not trusted).
    A bare single word that never appears with a first name needs a cue besides the model,
    which tags many places and teams ("Surrey", "Wigan") as PERSON; real people are nearly
    always introduced by full name, a title or a reporting verb.
    """
    if all(doc[m.start : m.end].text.isupper() for m in group.mentions):
        return False
    return len(group.words) > 1 or any(m.cue for m in group.mentions)


def _tokens(groups: Iterable[_Group]) -> set[int]:
    """The token indices of the groups' mentions."""
    return {i for g in groups for m in g.mentions for i in range(m.start, m.end)}


def extract_people(doc: Doc, *, overrides: Overrides | None = None) -> list[Person]:
    """The persons named in ``doc``, in order of first mention, with overrides from front matter applied."""
    headline = _title_case_tokens(doc)
    groups = _group_mentions(_find_mentions(doc, headline))
    groups = _merge_former_names(doc, [g for g in groups if _is_standalone(doc, g)])
    taken = {i for g in groups for m in g.mentions for i in range(m.start, m.end)}
    _attach_loose(doc, groups, taken, headline)
    lines, uses = Lines(doc, taken), WordUses(doc)
    sure = _tokens([g for g in groups if confidence(_evidence(doc, g, None, taken, lines, uses)) >= CONFIDENT])
    people = sorted((_to_person(doc, g, taken, sure, lines, uses) for g in groups), key=lambda p: p.mentions[0].start)
    return apply_overrides(people, overrides) if overrides else people


# --- overrides ------------------------------------------------------------------------


def _names(person: Person) -> set[str]:
    """Every name of a person, case-folded: overrides may name a person by any of them."""
    return {person.name.casefold(), *(a.casefold() for a in person.aliases)}


def _renamed(person: Person, name: str) -> Person:
    """The person under a new canonical name, the old one kept as an alias."""
    aliases = tuple(sorted({person.name, *person.aliases} - {name}))
    return Person(name=name, aliases=aliases, role=person.role, mentions=person.mentions, confidence=person.confidence)


def _merged(target: Person, source: Person) -> Person:
    """One person from two: the target's name, both sets of names and mentions, the target's role first."""
    mentions = tuple(sorted(set(target.mentions) | set(source.mentions), key=lambda s: (s.start, s.end)))
    aliases = tuple(sorted({source.name, *source.aliases, *target.aliases} - {target.name}))
    confident = max(target.confidence, source.confidence)
    return Person(name=target.name, aliases=aliases, role=target.role or source.role, mentions=mentions, confidence=confident)


def _apply_merge(people: list[Person], alias: str, canonical: str) -> list[Person]:
    """ "merge: [alias, canonical]": the person named ``alias`` joins ``canonical`` (or is renamed to it)."""
    source = next((p for p in people if alias.casefold() in _names(p)), None)
    if source is None:
        return people
    target = next((p for p in people if p is not source and canonical.casefold() in _names(p)), None)
    if target is None:
        return [_renamed(p, canonical) if p is source else p for p in people]
    merged = _merged(_renamed(target, canonical), source)
    return [merged if p is target else p for p in people if p is not source]


def _apply_roles(people: list[Person], roles: tuple[tuple[str, str], ...]) -> list[Person]:
    """ "roles: [name, role]": the editor's role replaces the extracted one."""
    wanted = {name.casefold(): role for name, role in roles}
    result = []
    for person in people:
        role = next((wanted[n] for n in sorted(_names(person)) if n in wanted), person.role)
        result.append(Person(person.name, person.aliases, role, person.mentions, person.confidence))
    return result


def apply_overrides(people: list[Person], overrides: Overrides) -> list[Person]:
    """The editor's corrections win over extraction: merges first, then drops, then roles."""
    for alias, canonical in overrides.merge:
        people = _apply_merge(people, alias, canonical)
    dropped = {name.casefold() for name in overrides.drop_people}
    people = [p for p in people if not (_names(p) & dropped)]
    return _apply_roles(people, overrides.roles)
