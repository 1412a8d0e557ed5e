"""The sample site the browser tests read: the files in tests/data/sample/ and the seed, built once per test run.

The articles live as files (Markdown with front matter and tags) so that ``make screenshots``
(``builder/screenshots.py``, which must not import the tests) photographs the same digest the
tests check. The facts below are what the sample's text says; tests look pages up by them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from builder.screenshots import SAMPLE, build_sample, person_page, sample_articles

__all__ = ["SAMPLE", "sample_articles", "built_sample", "page_types", "person_page", "front_matter"]

ARTICLE = "bridge"  # the article whose pages stand for every article page type
TAG = "city"  # a tag of several sample articles; its page is tags/<tag-slug>.html
PERSON = "Maria Lopez"  # named in the bridge, library and tram articles
QUOTE = "The water is cleaner than it has been in a generation"  # a quote in harbour.md
QUOTE_WORDS = "water cleaner generation"  # what a reader who remembers the quote types


@cache
def front_matter() -> dict[str, dict]:
    """Slug (file stem) -> front matter of every Markdown sample article, as the editor wrote it."""
    fields = {}
    for path in sorted(SAMPLE.glob("*.md")):
        head = path.read_text(encoding="utf-8").split("---\n")[1]
        fields[path.stem] = yaml.safe_load(head)
    return fields


def tagged() -> dict[str, tuple[str, ...]]:
    """Slug -> tags of every sample article that has tags."""
    return {slug: tuple(fields["tags"]) for slug, fields in front_matter().items() if fields.get("tags")}


def dated() -> list[str]:
    """Slugs of the sample articles with a publication date (the seed has none): the feed lists these."""
    return [slug for slug, fields in front_matter().items() if fields.get("published")]


_built: dict[Path, Path] = {}


def built_sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample's site/ folder, built on first use in this test run and shared after that."""
    base = tmp_path_factory.getbasetemp()
    if base not in _built:
        _built[base] = build_sample(tmp_path_factory.mktemp("sample") / "project")
    return _built[base]


def page_types(site: Path, article: str = ARTICLE) -> dict[str, str]:
    """One page of every type the issue names, as paths below the site root.

    The tag page comes last, so that a test walking the pages in order reports every other
    page before it stops at a tag page that was not built.
    """
    return {
        "home": "index.html",
        "article summary": f"articles/{article}/index.html",
        "quotes": f"articles/{article}/quotes.html",
        "people": f"articles/{article}/people.html",
        "timeline": f"articles/{article}/timeline.html",
        "full text": f"articles/{article}/text.html",
        "person": person_page(site),
        "people directory": "people/index.html",
        "merged timeline": "timeline/index.html",
        "tag": f"tags/{TAG}.html",
    }
