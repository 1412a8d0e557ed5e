"""Word lists for the summarizer, kept as data apart from the scoring that uses them.

They describe kinds of sentence openings that cannot stand alone in a summary: a
sentence that begins with a pronoun or a linking word leans on the sentence before it,
and without that sentence the reader meets "He said" with no "he". All entries are
lower case and compared with the opening token(s) of a sentence.
"""

from __future__ import annotations

from builder.lexicons.quotes import GENDERED_PRONOUNS


def _words(text: str) -> frozenset[str]:
    """A word list written as one string, split on whitespace."""
    return frozenset(text.split())


# Pronouns and demonstratives whose referent is in an earlier sentence. "It" and "there"
# are often dummies ("It is raining", "There are ..."); "it" still goes, because "It said"
# and "It was the first ..." are the common newswire case, while "there" stays allowed.
DEPENDENT_PRONOUNS: frozenset[str] = _words(
    """
    he she it they him her them his hers its their theirs himself herself itself themselves
    this these those that such
    """
)

# Single-word connectives that continue or contrast with the sentence before.
CONNECTIVES: frozenset[str] = _words(
    """
    but and or so yet also still however meanwhile instead moreover furthermore nevertheless nonetheless
    besides then thus therefore hence otherwise likewise similarly indeed consequently accordingly
    additionally afterwards later earlier nor plus though although whereas
    """
)

# Time nouns that make "this ..." point at the time of writing, not at an earlier sentence:
# "This year ...", "Earlier this month ..." stand alone; "This time ..." and "Later that day ..." do not.
DEICTIC_TIME_NOUNS: frozenset[str] = _words(
    """
    year week month weekend morning afternoon evening season summer winter spring autumn decade century
    """
)

# Multi-word connectives, matched on the sentence's first words.
CONNECTIVE_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split())
    for p in (
        "in addition", "as a result", "on the other hand", "at the same time", "even so", "by contrast",
        "in contrast", "in turn", "after that", "before that", "because of this", "for that reason",
        "not only that", "on top of that", "in other words", "for example", "for instance",
    )
)  # fmt: skip

# Pronouns that stand for a person: a summary sentence using one must name a person itself or
# follow a summary sentence that does, or the reader meets "she posted" with no "she".
# "They", "it" and "this" are not here: they often stand for a group or thing named in the
# same sentence; when they open a sentence, DEPENDENT_PRONOUNS already asks for the sentence before.
PERSON_PRONOUNS: frozenset[str] = frozenset(GENDERED_PRONOUNS)  # he him his himself she her hers herself

# Openings of lines that address the reader or credit the staff instead of telling the story
# ("Click here to access the transcript", "Read more: ...", "Photos: ..."). Lower case, matched on
# the start of the sentence; each is a call to action or a label that prose does not begin with.
FURNITURE_OPENERS: tuple[str, ...] = (
    "click here", "read more", "read:", "watch:", "watch the video", "video:", "photos:", "photo:", "see also",
    "see more", "related:", "more:", "follow us", "follow the latest", "sign up", "subscribe to", "copyright",
    "all rights reserved", "©",
)  # fmt: skip
