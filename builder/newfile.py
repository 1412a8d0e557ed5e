"""A new article file in ``content/``: a safe slug, YAML front matter that reads back, an atomic write.

- The slug is the title's (ASCII words, hyphens, at most ``SLUG_MAX`` characters), numbered
  when taken ("-2", "-3"), never ``index`` or ``page-N`` (the names of listing pages) nor a
  name Windows refuses (``con``, ``nul``...): the same title always gives the same slug in
  the same folder, and no title can name a path.
- Front matter is written by ``yaml.safe_dump`` from plain values, so any title (quotes,
  colons, line breaks, ``---``, Jinja, HTML) is quoted as YAML needs; the text is then read
  back with the project's own Markdown reader and must give the same fields and body.
- The file is written under a hidden temporary name in the same folder (the build skips
  hidden files), flushed to disk, then linked to its name, which fails if the name exists:
  an existing file is never overwritten, and a crash never leaves half an article.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import re
import secrets
from pathlib import Path
from typing import Any

import yaml

from builder.errors import DigestError
from builder.model import Article
from builder.readers import MAX_ARTICLE_CHARS
from builder.readers.slug import slugify

SLUG_MAX = 60
# Listing pages' names, and names Windows refuses for a file (an editor may build there).
_RESERVED = re.compile(r"(?:index|page-\d+|con|prn|aux|nul|com\d|lpt\d)$")


def base_slug(title: str, fallback_text: str) -> str:
    """The slug a title gives; a title with no ASCII letters gets one from its text's hash (stable too)."""
    slug = slugify(title, max_length=10 * SLUG_MAX)
    if len(slug) > SLUG_MAX:
        # Cut at a word's end ("...-in-syria", not "...-in-syria-and-i").
        cut = slug[: SLUG_MAX + 1].rfind("-")
        slug = slug[:cut] if cut > 0 else slug[:SLUG_MAX]
    if slug == "article":
        slug = "article-" + hashlib.sha256(fallback_text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return slug


def unique_slug(base: str, taken: set[str], folder: Path) -> str:
    """``base``, or ``base-2``, ``base-3``... : the first that no article uses and no file in ``folder`` has."""
    slug, number = base, 2
    while slug in taken or _RESERVED.match(slug) or any(folder.glob(f"{slug}.*")):
        slug, number = f"{base}-{number}", number + 1
    return slug


def check_slug(slug: str, taken: set[str], folder: Path) -> str:
    """An editor's ``--slug``: made safe, and refused (never renumbered) when taken."""
    safe = slugify(slug, max_length=SLUG_MAX)
    if _RESERVED.match(safe):
        raise DigestError(f"slug {safe!r} is the name of a listing page; choose another")
    if safe in taken or any(folder.glob(f"{safe}.*")):
        raise DigestError(f"slug {safe!r} is already used in {folder}; choose another")
    return safe


def render(fields: dict[str, Any], body: str) -> str:
    """The file's text: front matter (empty fields left out) and the body."""
    values = {key: value for key, value in fields.items() if value not in (None, "", [])}
    front = yaml.safe_dump(values, allow_unicode=True, sort_keys=False, default_flow_style=False, width=1_000_000)
    return f"---\n{front}---\n{body}"


def verify(article: Article, fields: dict[str, Any], body: str) -> None:
    """The text must read back to exactly what was meant: a mismatch is a bug, and nothing is written."""
    wanted = {
        "title": fields.get("title"),
        "published": fields.get("published"),
        "source": fields.get("source"),
        "authors": tuple(fields.get("authors") or ()),
        "tags": tuple(fields.get("tags") or ()),
        "body": body,
    }
    got = {
        "title": article.title,
        "published": article.published,
        "source": article.source_url,
        "authors": article.authors,
        "tags": article.tags,
        "body": article.body,
    }
    wrong = [key for key in wanted if wanted[key] != got[key]]
    if wrong:
        raise DigestError(f"the new file would not read back as written ({', '.join(wrong)}); nothing was written")
    if len(article.body) > MAX_ARTICLE_CHARS:
        raise DigestError(f"article text is {len(article.body):,} characters; the limit is {MAX_ARTICLE_CHARS:,}")


def write_new(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically; fail if ``path`` exists (never overwrite)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.parent / f".{path.stem}.{secrets.token_hex(6)}.tmp"
    # os.open with 0o666 lets the umask set the permissions, as for any file the editor saves.
    with os.fdopen(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), "wb") as handle:
        handle.write(text.encode("utf-8"))
        handle.flush()
        os.fsync(handle.fileno())
    try:
        try:
            os.link(temp, path)  # atomic, and refuses an existing name
        except FileExistsError:
            raise DigestError("already exists; not overwritten", path) from None
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.EXDEV, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
                raise
            # A file system without hard links: check, then rename (a race here is the only gap).
            if path.exists():
                raise DigestError("already exists; not overwritten", path) from None
            os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def front_fields(
    title: str, published: dt.date | None, source: str | None, authors: tuple[str, ...], tags: tuple[str, ...]
) -> dict[str, Any]:
    """The front matter of an added article, in the order an editor reads it."""
    return {"title": title, "published": published, "source": source, "authors": list(authors), "tags": list(tags)}
