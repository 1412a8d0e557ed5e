"""Where each generated page lives, and relative links between them.

The site is built with ``use_directory_urls: false`` so a page ``a/b.md`` is served as
``a/b.html``; links inside raw HTML blocks are not rewritten by MkDocs, so the renderer
writes them as final relative URLs (which also work when the site is opened from disk).
"""

from __future__ import annotations

import posixpath
from functools import lru_cache

HOME = "index.md"
PEOPLE_INDEX = "people/index.md"
TIMELINE_INDEX = "timeline/index.md"
SITE_TIMELINE_JSON = "timeline.json"
ARTICLE_PAGES = ("index", "quotes", "people", "timeline", "text")


def article_page(slug: str, page: str = "index") -> str:
    return f"articles/{slug}/{page}.md"


def article_timeline_json(slug: str) -> str:
    return f"articles/{slug}/timeline.json"


def person_page(slug: str) -> str:
    return f"people/{slug}.md"


def listing_page(first: str, number: int) -> str:
    """Page ``number`` (1-based) of a paginated listing whose first page is ``first``.

    An ``index.md`` listing continues beside it ("people/page-2.md"); any other page continues
    in a folder of its own name ("people/jane-doe/page-2.md"), which no other page can use.
    """
    if number == 1:
        return first
    if posixpath.basename(first) == "index.md":
        return posixpath.join(posixpath.dirname(first), f"page-{number}.md")
    return f"{first[:-3]}/page-{number}.md"


def html_path(md_path: str) -> str:
    return md_path[:-3] + ".html" if md_path.endswith(".md") else md_path


def link(from_md: str, to_md: str, anchor: str | None = None) -> str:
    """A relative URL from one generated page to another (or to a non-page file)."""
    url = _relative(posixpath.dirname(from_md), to_md)
    return f"{url}#{anchor}" if anchor else url


@lru_cache(maxsize=65536)
def _relative(from_dir: str, to_md: str) -> str:
    # Cached: a build asks for the same few links (article pages, people) many times over.
    return posixpath.relpath(html_path(to_md), from_dir or ".")


def paragraph_anchor(index: int) -> str:
    return f"p-{index + 1}"
