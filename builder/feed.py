"""Feeds to follow the digest: Atom (made with feedgen) and JSON Feed 1.1 of the newest articles.

A feed is ordered by date, so it lists the dated articles, newest first; an article with no
known publication date stays on the home page only. Links are absolute when the site has a
``site_url`` (``mkdocs.yml``), as feed readers expect; without one they are relative to the
feed's own place at the root of the site, which still works for a site opened from disk.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from urllib.parse import urljoin

from feedgen.feed import FeedGenerator

from builder import urls
from builder.model import Digest

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
"""Characters XML 1.0 cannot hold at all (not even escaped); article text may carry them."""

FEED_ARTICLES = 50
ATOM_FEED = "feed.xml"
JSON_FEED = "feed.json"


def newest_first(digest: Digest) -> tuple[int, str, str]:
    """The order of the home page and the feeds: newest first, undated last, ties by title, then slug."""
    article = digest.article
    return -(article.published.toordinal() if article.published else 0), article.title.lower(), article.slug


def newest_dated(digests: Sequence[Digest], limit: int = FEED_ARTICLES) -> list[Digest]:
    """The ``limit`` newest dated articles, newest first."""
    return sorted((d for d in digests if d.article.published is not None), key=newest_first)[:limit]


def _when(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def _summary(digest: Digest) -> str:
    return " ".join(span.text for span in digest.summary)


def feeds(digests: Sequence[Digest], *, site_name: str, site_url: str | None) -> dict[str, str]:
    """``feed.xml`` and ``feed.json`` for the site root; empty feeds when no article is dated."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    items = newest_dated(digests)
    return {ATOM_FEED: _atom(items, site_name, base), JSON_FEED: _json_feed(items, site_name, base)}


def _atom(items: Sequence[Digest], site_name: str, base: str) -> str:
    generator = FeedGenerator()
    generator.id(base or "urn:digest:site")
    generator.title(_xml_text(site_name).strip() or "Digest")
    generator.link(href=urljoin(base, ATOM_FEED), rel="self")
    generator.link(href=base or "index.html", rel="alternate")
    # A fixed date when nothing is dated keeps rebuilds byte-identical.
    newest = items[0].article.published if items else dt.date(1970, 1, 1)
    generator.updated(_when(newest))  # type: ignore[arg-type]
    for digest in reversed(items):  # feedgen prepends: add oldest first to keep newest first
        article = digest.article
        link = _xml_text(urljoin(base, urls.html_path(urls.article_page(article.slug))))
        entry = generator.add_entry()
        entry.id(link if base else _xml_text(f"urn:digest:article:{article.slug}"))
        entry.title(_xml_text(article.title).strip() or _xml_text(article.slug).strip() or "Untitled")
        entry.link(href=link)
        entry.published(_when(article.published))  # type: ignore[arg-type]
        entry.updated(_when(article.published))  # type: ignore[arg-type]
        entry.summary(_xml_text(_summary(digest)))
        for author in article.authors:
            entry.author({"name": _xml_text(author)})
        for tag in article.tags:
            entry.category(term=_xml_text(tag))
    return generator.atom_str(pretty=True).decode("utf-8")


def _json_feed(items: Sequence[Digest], site_name: str, base: str) -> str:
    """JSON Feed 1.1: plain JSON, so the standard library writes it."""
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": site_name,
        "home_page_url": base or "index.html",
        "feed_url": urljoin(base, JSON_FEED),
        "items": [
            {
                "id": digest.article.slug,
                "url": urljoin(base, urls.html_path(urls.article_page(digest.article.slug))),
                "title": digest.article.title or digest.article.slug,
                "summary": _summary(digest),
                "content_text": _summary(digest),
                "date_published": _when(digest.article.published).isoformat(),  # type: ignore[arg-type]
                "authors": [{"name": name} for name in digest.article.authors],
                "tags": list(digest.article.tags),
            }
            for digest in items
        ],
    }
    return json.dumps(feed, ensure_ascii=False, indent=1) + "\n"
