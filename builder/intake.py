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

from builder.clean import normalise_text
from builder.digest import clean_article, with_stated_date
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
    """A pasted page, kept as pasted, titled by its headline (:func:`pasted_headline`).

    Without a line that can be trusted to be the headline the editor is asked for ``--title``:
    a menu item or a first paragraph taken for a title would misname the article.
    """
    text = normalise_body(text)
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise DigestError("no article text (the page is empty)", origin)
    if title is not None:
        return Draft(origin=origin, title=one_line(title), body=text, pasted=True)
    found = pasted_headline(text)
    if found is None:
        raise DigestError("no title found (no headline-like line above the article); give one with --title", origin)
    body = text
    if lines[first].strip() == found:
        # The title is the page's first line: it leaves the body, as the .txt reader takes it.
        body = "\n".join(lines[first + 1 :]).lstrip("\n")
    if not body.strip():
        raise DigestError("no article text (the page holds only a title)", origin)
    return Draft(origin=origin, title=one_line(found), body=body, pasted=True)


HEADLINE_REACH = 5
"""Lines looked at above the page's date line (or at the top of the cleaned text): a byline,
an author's name and a section label or two sit between a headline and its date, never more."""
_BYLINE = re.compile(r"^by(?:\s|[A-Z])|^(?:posted|written|words|story|reported) by\b", re.IGNORECASE)


def pasted_headline(text: str) -> str | None:
    """The headline of a pasted page, or None when no line can be trusted to be it.

    1. Above the date the page states (the date reader's line): the nearest headline-like
       line, passing over bylines, author and agency names, short labels and date lines.
       A page prints its date under the headline, so this finds it wherever the menus end.
    2. Else the first headline-like line among the first lines the cleaner keeps, passing
       over the same (the cleaner keeps a page's title just above the article).
    3. Else, for text the cleaner finds no page furniture in (a bare article), its first line.

    A line of ``DEK_WORDS`` or more is a standfirst when a shorter headline-like line sits
    just above it: the headline comes first.
    """
    lines = text.splitlines()
    page = Article(slug="draft", source_path=None, title="", body=text)
    stated = with_stated_date(page).stated_date
    if stated is not None:
        above = [line.strip() for line in reversed(lines[: stated.line_no - 1]) if line.strip()]
        found = _first_headline(above[:HEADLINE_REACH])
        if found is not None:
            return found
    clean = clean_article(page)
    kept = [block for p in clean.paragraphs[:HEADLINE_REACH] if (block := clean.text[p.start : p.end].strip())]
    found = _first_headline(kept, dotted=False)
    if found is not None:
        return found
    first = next((line.strip() for line in lines if line.strip()), "")
    return first if not clean.removed and _is_headline(first) else None


def _first_headline(candidates: list[str], dotted: bool = True) -> str | None:
    """The first headline-like line of ``candidates`` (in reading order away from the article)."""
    for i, line in enumerate(candidates):
        if _BYLINE.match(line) or _is_name_or_label(line) or _is_date_line(line):
            continue
        if not _is_headline(line, dotted=dotted):
            continue
        if len(line.split()) >= DEK_WORDS:
            nxt = next((c for c in candidates[i + 1 : i + 2] if not _is_name_or_label(c)), None)
            if nxt is not None and _is_headline(nxt, dotted=dotted) and len(nxt.split()) < DEK_WORDS:
                return nxt
        return line
    return None


DEK_WORDS = 15
"""Headlines run to about fourteen words; a standfirst (dek) under one is longer."""
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?!\d)")
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
_NAME_LIST = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s*(?:,|\band\b|&)\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)+$")


def _is_date_line(line: str) -> bool:
    """A short line with a date in it ("Posted on April 29, 2022", "2022-04-26 21:21"), never a headline."""
    return len(line.split()) <= 8 and bool(_NUMERIC_DATE.search(line) or (_YEAR.search(line) and _MONTH.search(line)))


def _is_name_or_label(line: str) -> bool:
    """An agency's or a person's name, a list of authors, or a one-word label."""
    words = line.split()
    if len(words) <= 1:
        return True
    if len(words) <= 4 and all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return True
    return len(words) <= 10 and bool(_NAME_LIST.match(line)) or line.startswith("(") and line.endswith(")")


def normalise_body(text: str) -> str:
    """Unix line ends, no byte-order mark or NUL (the readers refuse a file holding one), no trailing blank lines."""
    return normalise_text(text).strip("\n") + "\n"


def _is_headline(line: str, dotted: bool = False) -> bool:
    """A few words with letters, not ending like a sentence; ``dotted`` lets a title-cased line end
    in a full stop ("... for Wed. after Cold Wave Alert Tues.")."""
    words = line.split()
    if not 2 <= len(words) <= TITLE_MAX_WORDS or not any(ch.isalpha() for ch in line):
        return False
    if not _PROSE_END.search(line):
        return True
    capitalised = sum(1 for w in words if w[:1].isupper()) / len(words)
    return dotted and line.rstrip().endswith(".") and capitalised >= 0.6


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
