"""People: persons named in the article, their aliases, roles and mentions."""

from __future__ import annotations

from spacy.tokens import Doc

from builder.model import Overrides, Person, TextSpan


def extract_people(doc: Doc, *, overrides: Overrides | None = None) -> list[Person]:
    """Group PERSON entities by surname (baseline; see issue 3)."""
    groups: dict[str, list[TextSpan]] = {}
    names: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        key = ent.text.split()[-1].lower()
        groups.setdefault(key, []).append(TextSpan(ent.text, ent.start_char, ent.end_char))
        if len(ent.text) > len(names.get(key, "")):
            names[key] = ent.text
    people = []
    for key, mentions in groups.items():
        aliases = tuple(sorted({m.text for m in mentions} - {names[key]}))
        people.append(Person(name=names[key], aliases=aliases, mentions=tuple(mentions)))
    return people
