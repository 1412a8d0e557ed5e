"""Nothing doubled: what ``content/`` already holds, by source address, by text and by slug.

An article is the same as one already added when it names the same page (its canonical
or fetched address, compared after normalising) or when its text is nearly the same.
Text is compared on the cleaned text of both (so a pasted page and the same article
fetched from its link compare alike), as sets of overlapping five-word shingles:

- Jaccard similarity ≥ ``JACCARD``: the same story, perhaps edited or updated (two
  different stories on one event, even sharing a quote or two, stay far below);
- or ≥ ``CONTAINMENT`` of the shorter text inside the longer: the same article once bare
  and once with extra paragraphs or leftover furniture around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from builder.digest import clean_article
from builder.errors import DigestError
from builder.readers import find_articles, read_article
from builder.readers.slug import slugify

SHINGLE_WORDS = 5
JACCARD = 0.5
CONTAINMENT = 0.9
MIN_SHINGLES = 30
"""Containment only counts for texts of some length: a two-line brief is contained in many articles."""

# Query parameters that only track where a reader came from; the page is the same without them.
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src|smid|at_\w+)$", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def normalise_url(url: str) -> str | None:
    """One spelling per page: lower-case scheme and host, no default port, fragment, tracking
    parameters or trailing slash, ``http`` and ``https`` alike."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().removeprefix("www.")
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)))
    return urlunsplit(("https", host, parts.path.rstrip("/") or "/", query, ""))


def shingles(text: str) -> frozenset[int]:
    """Hashes of every run of five words (lower-cased); a shorter text is one shingle."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return frozenset({hash(tuple(words))}) if words else frozenset()
    return frozenset(hash(tuple(words[i : i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1))


def similar(a: frozenset[int], b: frozenset[int]) -> bool:
    """Near-duplicate texts, by the rules in the module docstring."""
    if not a or not b:
        return False
    common = len(a & b)
    if common / len(a | b) >= JACCARD:
        return True
    smaller = min(len(a), len(b))
    return smaller >= MIN_SHINGLES and common / smaller >= CONTAINMENT


@dataclass
class _Known:
    path: Path
    urls: frozenset[str]
    shingles: frozenset[int]


@dataclass
class ContentIndex:
    """The articles in ``content/``: their addresses, texts and slugs."""

    articles: list[_Known] = field(default_factory=list)
    slugs: set[str] = field(default_factory=set)

    @classmethod
    def of_folder(cls, content_dir: Path) -> ContentIndex:
        """Read every article file; one that cannot be read still holds its slug (``digest check`` reports it)."""
        index = cls()
        if not content_dir.is_dir():
            return index
        for path in find_articles(content_dir):
            try:
                article = read_article(path)
            except DigestError:
                index.slugs.add(slugify(path.stem))
                continue
            index.slugs.add(article.slug)
            index.add(path, (article.source_url,) if article.source_url else (), clean_article(article).text)
        return index

    def add(self, path: Path, urls: tuple[str, ...], text: str) -> None:
        normal = frozenset(u for u in map(normalise_url, urls) if u)
        self.articles.append(_Known(path, normal, shingles(text)))
        self.slugs.add(slugify(path.stem))

    def same_address(self, urls: tuple[str, ...]) -> Path | None:
        """The file already added from one of these addresses, if any."""
        wanted = {u for u in map(normalise_url, urls) if u}
        return next((known.path for known in self.articles if known.urls & wanted), None)

    def same_text(self, text: str) -> Path | None:
        """The file whose text is nearly this one, if any."""
        mine = shingles(text)
        return next((known.path for known in self.articles if similar(mine, known.shingles)), None)
