"""Where each generated page lives, and relative links between them.

The site is built with ``use_directory_urls: false`` so a page ``a/b.md`` is served as
``a/b.html``; links inside raw HTML blocks are not rewritten by MkDocs, so the renderer
writes them as final relative URLs (which also work when the site is opened from disk).
"""

from __future__ import annotations

import hashlib
import posixpath
import re
import unicodedata
from functools import lru_cache

HOME = "index.md"
PEOPLE_INDEX = "people/index.md"
TIMELINE_INDEX = "timeline/index.md"
SITE_TIMELINE_JSON = "timeline.json"
TAGS_INDEX = "tags/index.md"
ARTICLE_PAGES = ("index", "quotes", "people", "timeline", "text")


def article_page(slug: str, page: str = "index") -> str:
    return f"articles/{slug}/{page}.md"


def article_timeline_json(slug: str) -> str:
    return f"articles/{slug}/timeline.json"


def person_page(slug: str) -> str:
    return f"people/{slug}.md"


def tags_index() -> str:
    """The page listing every tag (continued by :func:`listing_page` like the other listings)."""
    return TAGS_INDEX


def tag_page(tag: str) -> str:
    """The first page of one tag's articles; tags with the same :func:`tag_slug` share it."""
    return f"tags/{tag_slug(tag)}.md"


_TAG_SLUG_LENGTH = 60
# Slugs the tags folder needs for itself: its index and the index's continuation pages.
_RESERVED_TAG_SLUG = re.compile(r"(?:index|page-\d+)$")


@lru_cache(maxsize=4096)
def tag_slug(tag: str) -> str:
    """A tag's file name: lower-case ASCII words joined by hyphens ("Côte d'Ivoire" -> "cote-d-ivoire").

    Tags that differ only in case, accents or punctuation get the same slug, so they share a
    page. A tag with no ASCII letter or digit in it ("日本", "…") gets ``tag-`` and a short hash
    of its text: stable from build to build, different for different tags. Slugs the folder
    needs itself ("index", "page-2") are prefixed with ``tag-``. Article and person slugs use
    other fallbacks ("article", "person"), hence a function of its own.
    """
    ascii_text = unicodedata.normalize("NFKD", tag).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:_TAG_SLUG_LENGTH].rstrip("-")
    if not slug:
        folded = " ".join(unicodedata.normalize("NFKC", tag).casefold().split())
        return "tag-" + hashlib.sha256(folded.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"tag-{slug}" if _RESERVED_TAG_SLUG.match(slug) else slug


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
