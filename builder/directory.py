"""The people directory: one entry per person across all articles, with roles, appearances and quotes.

Two articles' persons are the same entry when they share a full name: the canonical names
are equal, or one's canonical name equals a full-name alias of the other ("Donald J. Trump"
listed as an alias of "Donald Trump"). A surname alone never joins persons across
articles: "Johnson" in a cricket report and "Johnson" in a business story are rarely the
same person, and a wrong merge would show one person's quotes under another's name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from builder.model import Digest, Person, Quote

_INITIAL = re.compile(r"^(?:\w\.)+$")
# Names the people folder's own listing uses ("people/index.md", "people/page-2.md"): a person
# called "Index" or "Page 2" must not take the directory's page.
_RESERVED_SLUG = re.compile(r"(?:index|page-\d+)$")


@dataclass(frozen=True)
class DirectoryPerson:
    """A person as the directory shows them: every article they appear in, with the role and quotes there."""

    name: str
    slug: str
    roles: tuple[tuple[str, str], ...] = ()  # (article slug, role)
    appearances: tuple[tuple[str, Person], ...] = ()  # (article slug, the article's Person)
    quotes: tuple[tuple[str, Quote], ...] = ()  # (article slug, a quote whose speaker is this person)


def _norm(name: str) -> str:
    """A name for comparison: Unicode-normalised, case-folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _is_full_name(name: str) -> bool:
    """Two words or more, the first not an initial: "Phil Simmons" is a full name, "Simmons" and "P. Simmons" are not.

    An initial plus a surname fits many people, so it is as unsafe to merge on as a surname.
    """
    words = name.split()
    return len(words) >= 2 and not _INITIAL.match(words[0])


def _merge_keys(person: Person) -> set[str]:
    """The names a person may be merged on across articles: the canonical name and full-name aliases."""
    return {_norm(n) for n in (person.name, *person.aliases) if _is_full_name(n)}


class _UnionFind:
    """Groups of appearances joined by shared keys."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def _group_appearances(appearances: Sequence[tuple[str, Person]]) -> list[list[int]]:
    """Indices of appearances grouped into persons, in order of first appearance."""
    groups = _UnionFind(len(appearances))
    owner: dict[str, int] = {}
    for index, (_, person) in enumerate(appearances):
        for key in _merge_keys(person):
            if key in owner:
                groups.union(owner[key], index)
            else:
                owner[key] = index
    members: dict[int, list[int]] = {}
    for index in range(len(appearances)):
        members.setdefault(groups.find(index), []).append(index)
    return list(members.values())


def slugify(name: str) -> str:
    """A URL-safe slug: ASCII letters and digits joined by hyphens ("Frédérick Bordry" -> "frederick-bordry")."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "person"


def _unique_slug(name: str, used: set[str]) -> str:
    """The name's slug, numbered when another person already has it ("john-smith-2")."""
    base = slugify(name)
    slug, number = base, 2
    while slug in used or _RESERVED_SLUG.match(slug):
        slug, number = f"{base}-{number}", number + 1
    used.add(slug)
    return slug


def _display_name(people: Iterable[Person]) -> str:
    """The fullest canonical name among the appearances (most words, then longest, then first seen)."""
    names = [p.name for p in people]
    return max(names, key=lambda n: (len(n.split()), len(n), -names.index(n)))


def _quotes_of(digest: Digest, person: Person) -> list[tuple[str, Quote]]:
    """The article's quotes confidently attributed to this person (quotes name speakers by their canonical name)."""
    slug = digest.article.slug
    return [(slug, quote) for quote in digest.quotes if quote.shown_speaker == person.name]


def build_people_directory(digests: Sequence[Digest]) -> list[DirectoryPerson]:
    """One entry per person across ``digests``, sorted by name; slugs are unique."""
    appearances = [(digest.article.slug, person) for digest in digests for person in digest.listed_people]
    digest_of = {digest.article.slug: digest for digest in digests}
    entries: list[tuple[str, list[int]]] = []
    for members in _group_appearances(appearances):
        entries.append((_display_name(appearances[i][1] for i in members), members))
    entries.sort(key=lambda entry: (_norm(entry[0]), entry[1][0]))
    used: set[str] = set()
    directory = []
    for name, members in entries:
        mine = [appearances[i] for i in members]
        directory.append(
            DirectoryPerson(
                name=name,
                slug=_unique_slug(name, used),
                roles=tuple((slug, person.role) for slug, person in mine if person.role),
                appearances=tuple(mine),
                quotes=tuple(q for slug, person in mine for q in _quotes_of(digest_of[slug], person)),
            )
        )
    return directory
