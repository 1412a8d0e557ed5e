"""The cross-article people directory: who merges, who never does, and what each entry carries."""

from __future__ import annotations

import re

from builder.directory import DirectoryPerson, build_people_directory, slugify
from builder.model import Article, CleanText, Digest, Person, Quote, TextSpan


def _person(name: str, *aliases: str, role: str | None = None) -> Person:
    return Person(name=name, aliases=aliases, role=role, mentions=(TextSpan(name, 0, len(name)),))


def _digest(slug: str, *people: Person, quotes: tuple[Quote, ...] = ()) -> Digest:
    article = Article(slug=slug, source_path=None, title=slug, body="")
    return Digest(
        article=article,
        clean=CleanText(text="", paragraphs=()),
        summary=(),
        quotes=quotes,
        people=tuple(people),
        timexes=(),
        timeline=(),
    )


def _entry(directory: list[DirectoryPerson], name: str) -> DirectoryPerson:
    matches = [entry for entry in directory if entry.name == name]
    assert len(matches) == 1, f"{name!r} appears {len(matches)} times in {[e.name for e in directory]}"
    return matches[0]


def test_same_full_name_in_two_articles_is_one_entry() -> None:
    directory = build_people_directory(
        [
            _digest("a", _person("Donald Trump", "Trump", role="US President")),
            _digest("b", _person("Donald Trump", role="President")),
        ]
    )
    trump = _entry(directory, "Donald Trump")
    assert [slug for slug, _ in trump.appearances] == ["a", "b"]
    assert trump.roles == (("a", "US President"), ("b", "President"))


def test_full_name_alias_joins_another_articles_canonical_name() -> None:
    directory = build_people_directory(
        [_digest("a", _person("Donald John Trump", "Donald Trump")), _digest("b", _person("Donald Trump", "Trump"))]
    )
    assert [e.name for e in directory] == ["Donald John Trump"]
    assert len(directory[0].appearances) == 2


def test_surname_alone_never_merges_across_articles() -> None:
    directory = build_people_directory(
        [
            _digest("a", _person("Boris Johnson", "Johnson")),
            _digest("b", _person("Johnson")),
            _digest("c", _person("Dustin Johnson", "Johnson")),
        ]
    )
    assert sorted(e.name for e in directory) == ["Boris Johnson", "Dustin Johnson", "Johnson"]


def test_initial_and_surname_never_merge_across_articles() -> None:
    directory = build_people_directory([_digest("a", _person("Phil Simmons", "P. Simmons")), _digest("b", _person("P. Simmons"))])
    assert sorted(e.name for e in directory) == ["P. Simmons", "Phil Simmons"]


def test_names_compare_without_case_or_extra_spaces() -> None:
    directory = build_people_directory([_digest("a", _person("Glenn Fine")), _digest("b", _person("GLENN  FINE"))])
    assert len(directory) == 1
    assert len(directory[0].appearances) == 2


def test_quotes_follow_their_speaker_in_each_article() -> None:
    said = Quote(text="We will win.", start=0, end=12, speaker="Jim Mattis", cue="said")
    other = Quote(text="No comment.", start=20, end=31, speaker="Glenn Fine", cue="said")
    unattributed = Quote(text="Maybe.", start=40, end=46, speaker=None)
    directory = build_people_directory(
        [
            _digest("a", _person("Jim Mattis"), _person("Glenn Fine"), quotes=(said, other, unattributed)),
            _digest("b", _person("Jim Mattis")),
        ]
    )
    assert _entry(directory, "Jim Mattis").quotes == (("a", said),)
    assert _entry(directory, "Glenn Fine").quotes == (("a", other),)


def test_slugs_are_url_safe_and_unique() -> None:
    directory = build_people_directory(
        [
            _digest("a", _person("Trump"), _person("Frédérick Bordry")),
            _digest("b", _person("Trump")),
            _digest("c", _person("Trump!")),
        ]
    )
    slugs = [e.slug for e in directory]
    assert len(set(slugs)) == len(slugs) == 4
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", s) for s in slugs)
    assert _entry(directory, "Frédérick Bordry").slug == "frederick-bordry"


def test_slugify_of_punctuation_only_is_not_empty() -> None:
    assert slugify("!!!") == "person"
    assert slugify("Ann  Calvaresi-Barr") == "ann-calvaresi-barr"


def test_no_digests_no_directory() -> None:
    assert build_people_directory([]) == []


def test_a_person_never_takes_the_directory_listing_pages() -> None:
    # "people/index.md" and "people/page-2.md" belong to the directory's own listing.
    directory = build_people_directory([_digest("a", _person("Index"), _person("Page 2"), _person("Page"))])
    slugs = {e.name: e.slug for e in directory}
    assert slugs["Index"] != "index" and slugs["Page 2"] != "page-2"
    assert slugs["Page"] == "page"
