"""People: who the article names, with aliases and the role the text states.

``persons`` finds and groups the names; ``roles`` reads each person's role from titles and
appositions.
"""

from builder.extract.people.persons import extract_people

__all__ = ["extract_people"]
