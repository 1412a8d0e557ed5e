"""What a summary sentence must not carry to be read on its own: a dateline, page furniture, a
speaker label, or a pronoun whose person the summary never names.

A summary is read apart from its article, on the article's summary page, in the site's lists
and in search results. A dateline ("WASHINGTON (CNN) --", "Kabul, Afghanistan (CNN)") is the
wire's address, not part of the sentence; a link or list line ("Lyme disease: What you should
know .") is page furniture that the source joined to the text; "He said ..." with no "he" in the
summary leaves the reader guessing who spoke.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from builder.extract.quotes.context import SUBJECTS
from builder.lexicons.summary import FURNITURE_OPENERS, PERSON_PRONOUNS

# A place (a capitalised word, then up to five words and commas: "West of Baghdad, Iraq", "Ali Addeh
# refugee camp, Djibouti") then the source in parentheses ("(CNN)", "(The Hollywood Reporter)"), then
# a dash, or the sentence glued on ("(CNN)The"), as wires and CNN write their datelines.
_PLACE = r"[A-Z][\w.'’-]*(?:,?[ \t]+[\w.'’-]+){0,5}"
_SOURCE = r"\((?:[A-Z][\w.&'’-]*)(?:[ \t]+[A-Z][\w.&'’-]*){0,3}\)"
_DASH = r"[ \t]*(?:--|—|–|-)[ \t]*"
_OPENING = r"(?=[A-Z0-9\"“‘'])"
# A capitalised place or agency and a dash: "WASHINGTON — The ...", "ST CATHERINE, Jamaica — A ...",
# "KVELLER via JTA — The ...".
_DATELINE = re.compile(
    rf"^(?:{_PLACE}[ \t]*)?{_SOURCE}(?:{_DASH})?{_OPENING}"  # "Kabul (CNN)Three", "LONDON (Reuters) - The"
    rf"|^{_SOURCE}[ \t]+{_OPENING}"  # "(CNN) I see signs": a sentence cannot open with a bare source
    rf"|^[A-Z][A-Z.'’-]+(?:,?[ \t]+(?:[A-Z][\w.'’-]*|via|of|de)){{0,4}}{_DASH}{_OPENING}"  # "WASHINGTON — The ..."
)
# "Goodacre: There are ...", "CNN: You are ...": an interview's speaker label or a rubric before a colon.
HEADLINE_WORDS = 14  # a link line is a headline: CNN's run 5-13 words, prose sentences with a stray space 20+
_LABEL = re.compile(r"^[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}:[ \t]")


def dateline_length(text: str) -> int:
    """Characters of the dateline that opens ``text`` (0 when there is none)."""
    match = _DATELINE.match(text)
    return match.end() if match else 0


def is_furniture(text: str) -> bool:
    """A link, list or credit line rather than a sentence of the story.

    A short line with a space before its final stop ("What you should know .", "including: .") is
    a headline link or a list intro whose stop the source added (a long sentence with a stray
    space before its stop is still prose). "Click here ...",
    "Read more ..." and "CNN's Jane Doe contributed to this report." address the reader or credit
    the staff (FURNITURE_OPENERS); "Name: text" is an interview transcript's speaker label.
    """
    if (re.search(r"\s[.!?]['\"”’]?$", text) and len(text.split()) <= HEADLINE_WORDS) or re.search(r":\s*[.]$", text):
        return True
    lowered = text.lower()
    if any(lowered.startswith(opener) for opener in FURNITURE_OPENERS):
        return True
    if re.search(r"\b(?:contributed|contributing) (?:to )?(?:this|the) (?:report|story|article)\b", lowered):
        return True
    return _LABEL.match(text) is not None


def person_pronoun(sent: Span, start_char: int = 0) -> bool:
    """True when the sentence (from ``start_char`` on) says he, she, him... with no one of its own to mean.

    A singular noun subject gives the reader someone ("The pilot said he would land", "Pushed to
    his limits, a professor ..."); a plural one does not ("Police said he fled" leaves "he" open),
    nor does a pronoun subject ("From his point of view, he ..."). A noun the parser left as the
    root or an apposition counts as a subject: a dateline glued to the first word ("(CNN)A bomber
    detonated his ...") often breaks the parse of the sentence's subject."""
    tokens = [t for t in sent if t.idx >= start_char]
    if not any(t.lower_ in PERSON_PRONOUNS and t.pos_ in ("PRON", "DET") for t in tokens):
        return False
    return not any(t.dep_ in _CARRIERS and t.tag_ in ("NN", "NNP") for t in tokens)


def names_person(sent: Span, start_char: int = 0) -> bool:
    """True when the sentence names a person from ``start_char`` on: a PERSON entity, a proper
    noun that acts as a person does (the subject, an owner: "Walker paid", "Sandretto's view"), or
    a two-word name ("Kevone Charleston"), none of them a place, a people or an organisation (the
    small model often misses a name it has not seen)."""
    if any(ent.label_ == "PERSON" and ent.end_char > start_char for ent in sent.ents):
        return True
    tokens = [t for t in sent if t.idx >= start_char]
    for index, token in enumerate(tokens):
        if token.pos_ != "PROPN" or token.ent_type_ in _NOT_PERSONS or not token.text[:1].isupper():
            continue
        if token.dep_ in _SUBJECTS | {"poss"}:
            return True
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and following.pos_ == "PROPN" and following.text[:1].isupper() and following.ent_type_ not in _NOT_PERSONS:
            return True
    return False


_SUBJECTS = frozenset(SUBJECTS)
_CARRIERS = _SUBJECTS | {"ROOT", "appos"}  # a noun that can carry a he/she (see ``person_pronoun``)
_NOT_PERSONS = frozenset({"GPE", "LOC", "NORP", "FAC", "ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "DATE"})
