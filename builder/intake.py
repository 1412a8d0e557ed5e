"""What ``digest add`` takes from a page before it becomes a file in ``content/``: a :class:`Draft`.

Two kinds of input, two rules for what goes into the front matter:

- **HTML** (a link or a saved ``.html`` page): trafilatura reads the article text, title,
  authors, site name and canonical URL out of the markup, htmldate the publication date
  from the page's metadata. The HTML is not kept, so all of it is written down.
- **Pasted text** (a ``.txt`` page or standard input): the body stays the page as pasted,
  so the cleaner and the page-date reader read it afresh at every build (a better cleaner
  later still applies, and ``digest check --explain`` lists what it removes). Only the
  title is taken out: the line the cleaner keeps at the top of the article.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import htmldate
import trafilatura

from builder.digest import clean_article
from builder.errors import DigestError
from builder.model import Article

TITLE_MAX_WORDS = 25
"""A headline is a line of a few words; a longer first line is the article's first paragraph."""
TITLE_MAX_CHARS = 300
_PROSE_END = re.compile(r"[.,;:][\"'”’»)\]]*$")


@dataclass(frozen=True)
class Draft:
    """An article about to be added, with where each piece of metadata came from."""

    origin: str  # what the editor gave: a URL, a file path, or "-" for standard input
    title: str
    body: str
    pasted: bool  # True: the body is the page as pasted (cleaned at every build); False: text extracted from HTML
    published: dt.date | None = None
    date_source: str | None = None
    authors: tuple[str, ...] = ()
    source_url: str | None = None
    urls: tuple[str, ...] = ()  # every address that names this page (asked, served from, canonical): for duplicates
    site_name: str | None = None


def one_line(value: str) -> str:
    """A title on one line: every run of whitespace (line breaks included) becomes one space, controls go."""
    value = "".join(ch for ch in value if ch.isprintable() or ch.isspace())
    return " ".join(value.split())[:TITLE_MAX_CHARS].strip()


def draft_from_html(html: str, origin: str, urls: tuple[str, ...] = ()) -> Draft:
    """The article in an HTML page: text and metadata by trafilatura, date by htmldate (markup only)."""
    page_url = urls[-1] if urls else None
    doc = trafilatura.bare_extraction(html, url=page_url, with_metadata=True, include_comments=False, favor_precision=False)
    text = normalise_body(doc.text or "") if doc is not None else ""
    if not text.strip():
        raise DigestError("no article text found in this page", origin)
    title = one_line(doc.title or "")
    body = _without_title_line(text, title)
    if not body.strip():
        raise DigestError("no article text found in this page (only a title)", origin)
    canonical = _canonical(doc.url, page_url)
    published = _markup_date(html, page_url)
    authors = tuple(dict.fromkeys(one_line(a) for a in (doc.author or "").split(";") if one_line(a)))
    return Draft(
        origin=origin,
        title=title,
        body=body,
        pasted=False,
        published=published,
        date_source="the page's metadata (htmldate)" if published else None,
        authors=authors,
        source_url=canonical,
        urls=tuple(u for u in dict.fromkeys((*urls, canonical)) if u),
        site_name=one_line(doc.sitename or "") or None,
    )


def draft_from_text(text: str, origin: str, title: str | None = None) -> Draft:
    """A pasted page, kept as pasted, titled by the line the cleaner leaves at the top of the article.

    That line, or else the page's first line, must read like a headline (a few words, no
    sentence punctuation at its end): a first paragraph taken for a title would vanish from
    the text, so without a headline the editor is asked for ``--title`` instead.
    """
    text = normalise_body(text)
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise DigestError("no article text (the page is empty)", origin)
    if title is not None:
        return Draft(origin=origin, title=one_line(title), body=text, pasted=True)
    clean = clean_article(Article(slug="draft", source_path=None, title="", body=text))
    top = next((block for p in clean.paragraphs if (block := clean.text[p.start : p.end].strip())), "")
    found = next((line for line in (top, lines[first].strip()) if _is_headline(line)), None)
    if found is None:
        raise DigestError("no title found (the first line reads like a paragraph); give one with --title", origin)
    body = text
    if lines[first].strip() == found:
        # The title is the page's first line: it leaves the body, as the .txt reader takes it.
        body = "\n".join(lines[first + 1 :]).lstrip("\n")
    if not body.strip():
        raise DigestError("no article text (the page holds only a title)", origin)
    return Draft(origin=origin, title=one_line(found), body=body, pasted=True)


def normalise_body(text: str) -> str:
    """Unix line ends, no byte-order mark or NUL (the readers refuse a file holding one), no trailing blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("\x00", "")
    return text.strip("\n") + "\n"


def _is_headline(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= TITLE_MAX_WORDS and not _PROSE_END.search(line) and any(ch.isalpha() for ch in line)


def _without_title_line(text: str, title: str) -> str:
    """trafilatura repeats the headline as the text's first line; the title is kept in the front matter instead."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    if title and one_line(lines[first]) == title:
        return "\n".join(lines[first + 1 :]).strip("\n") + "\n"
    return text


def _canonical(canonical: str | None, page_url: str | None) -> str | None:
    """The page's canonical address, unless it is missing, not a web address, or a site's home page.

    Some sites point every article's canonical link at their home page; that would make all
    their articles look like one, so the address the page was fetched from is used instead.
    """
    for url in (canonical, page_url):
        if url and urlsplit(url).scheme in ("http", "https") and urlsplit(url).path.strip("/"):
            return url
    return page_url if page_url and urlsplit(page_url).scheme in ("http", "https") else None


def _markup_date(html: str, url: str | None) -> dt.date | None:
    """The first-publication date from the page's metadata and markup, never guessed from its prose.

    ``extensive_search=False`` keeps htmldate to meta tags, structured data, <time> elements
    and the URL; a date only the text states is left to the page-date reader, which runs
    at every build and knows a dateline from a date in a sentence.
    """
    try:
        found = htmldate.find_date(html, url=url, original_date=True, extensive_search=False)
    except Exception:  # noqa: BLE001 - htmldate on a malformed page: no date, never a failed add
        return None
    if not found:
        return None
    try:
        return dt.date.fromisoformat(found[:10])
    except ValueError:
        return None
