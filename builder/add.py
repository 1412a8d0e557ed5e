"""``digest add``: from a link, a saved page or pasted text to a new file in ``content/``.

Each source becomes a :class:`~builder.intake.Draft` (fetched and read by trafilatura, or
kept as pasted), is checked against what ``content/`` already holds (same address, nearly
the same text: refused unless ``force``), is rendered to a Markdown file with front matter
that is read back by the project's own reader, and runs through the normal pipeline
(cleaner, page-date reader, spaCy, extractors) so the editor sees what the build will find.
Only then is the file written, atomically and never over another. The digest computed
here goes into the extraction cache, so the next build does not analyse the article again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from builder import newfile
from builder.analyse import load_pipeline, model_id
from builder.cache import DigestCache, cache_key
from builder.digest import clean_article, digest_articles
from builder.duplicates import ContentIndex
from builder.errors import DigestError
from builder.fetch import MAX_BYTES, TIMEOUT_S, fetch_page, is_web_address
from builder.intake import Draft, draft_from_html, draft_from_text, one_line
from builder.model import Digest
from builder.readers import decode_file
from builder.readers.markdown import read_markdown
from builder.settings import Settings

STDIN = "-"
MIN_WORDS = 25
"""Fewer words than a news brief: what was found is a menu, a cookie notice or a paywall, not an article."""


@dataclass(frozen=True)
class AddOptions:
    """The editor's overrides and switches."""

    tags: tuple[str, ...] = ()
    published: dt.date | None = None
    slug: str | None = None
    title: str | None = None
    force: bool = False
    dry_run: bool = False
    timeout: float = TIMEOUT_S
    max_bytes: int = MAX_BYTES


def add_sources(
    sources: Sequence[str], settings: Settings, options: AddOptions, out: TextIO, err: TextIO, stdin: TextIO | None = None
) -> int:
    """Add every source; one line per failure on ``err``; exit status 1 if any failed."""
    if (options.slug or options.title) and len(sources) > 1:
        raise DigestError("--slug and --title name one article; give one source with them")
    index = ContentIndex.of_folder(settings.content_dir)
    failed = 0
    for source in sources:
        try:
            add_one(source, settings, options, index, out, stdin or sys.stdin)
        except DigestError as exc:
            failed += 1
            print(f"digest: error: {exc}", file=err)
    if failed:
        print(f"{failed} of {len(sources)} source(s) not added", file=err)
    return 1 if failed else 0


def draft_of(source: str, options: AddOptions, index: ContentIndex, stdin: TextIO) -> Draft:
    """Read a source as the editor named it: a web address, ``-`` for pasted text, or a saved page."""
    if is_web_address(source):
        _refuse_same_address(index, (source,), source, options)
        page = fetch_page(source, timeout=options.timeout, max_bytes=options.max_bytes)
        return draft_from_html(page.html, source, urls=tuple(dict.fromkeys((page.url, page.final_url))))
    if source == STDIN:
        if stdin.isatty():
            print("Paste the article, then press Ctrl-D (Ctrl-Z then Enter on Windows):", file=sys.stderr)
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8", "surrogateescape")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DigestError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})", "standard input") from None
        return draft_from_text(text, "standard input", title=options.title)
    path = Path(source)
    if "://" in source:
        raise DigestError("not a web address this command fetches (use http:// or https://)", source)
    suffix = path.suffix.lower()
    if suffix not in (".html", ".htm", ".txt"):
        raise DigestError("add a saved web page (.html), pasted text (.txt), a link, or '-' for standard input", path)
    if not path.is_file():
        raise DigestError("file not found", path)
    text = decode_file(path)
    return draft_from_html(text, str(path)) if suffix in (".html", ".htm") else draft_from_text(text, str(path), title=options.title)


def _refuse_same_address(index: ContentIndex, urls: tuple[str, ...], origin: str, options: AddOptions) -> None:
    """Refuse, unless forced, a page that content/ already holds under one of these addresses."""
    if not options.force and (known := index.same_address(urls)) is not None:
        raise DigestError(f"already in content/ as {known.name} (same source address); --force adds it anyway", origin)


def with_overrides(draft: Draft, options: AddOptions) -> Draft:
    changes: dict[str, object] = {}
    if options.title is not None:
        changes["title"] = one_line(options.title)
    if options.published is not None:
        changes.update(published=options.published, date_source="--published")
    return dataclasses.replace(draft, **changes) if changes else draft


def add_one(source: str, settings: Settings, options: AddOptions, index: ContentIndex, out: TextIO, stdin: TextIO) -> Path:
    draft = with_overrides(draft_of(source, options, index, stdin), options)
    if not draft.title:
        raise DigestError("no title found; give one with --title", draft.origin)
    _refuse_same_address(index, draft.urls, draft.origin, options)
    folder = settings.content_dir
    if options.slug:
        slug = newfile.check_slug(options.slug, index.slugs, folder)
    else:
        slug = newfile.unique_slug(newfile.base_slug(draft.title, draft.body), index.slugs, folder)
    path = folder / f"{slug}.md"
    tags = tuple(dict.fromkeys(tag for tag in map(one_line, options.tags) if tag))
    fields = newfile.front_fields(draft.title, draft.published, draft.source_url, draft.authors, tags)
    text = newfile.render(fields, draft.body)
    article = read_markdown(path, text)
    newfile.verify(article, fields, draft.body)
    clean = clean_article(article)
    words = len(clean.text.split())
    if words < MIN_WORDS:
        raise DigestError(
            f"no article text (only {words} words after cleaning: a menu, a paywall or a page built by scripts?)", draft.origin
        )
    if not options.force and (known := index.same_text(clean.text)) is not None:
        raise DigestError(f"already in content/ as {known.name} (nearly the same text); --force adds it anyway", draft.origin)
    digest = next(digest_articles([article], load_pipeline(settings.model), settings.replace(workers=1)))
    if not options.dry_run:
        newfile.write_new(path, text)
        if read_markdown(path, decode_file(path)) != article:
            raise DigestError("the written file does not read back as meant; please report this", path)
        if settings.use_cache:
            DigestCache(settings.cache_dir).put(cache_key(article, model_id(settings.model), settings.extraction_key()), digest)
    index.add(path, draft.urls, clean.text)
    out.write(report(draft, digest, path, options.dry_run))
    return path


def report(draft: Draft, digest: Digest, path: Path, dry_run: bool) -> str:
    """What was written (or would be) and what the build will find in it."""
    shown = _shown_path(path)
    lines = [f"{'would add' if dry_run else 'added'} {shown}: {draft.title}"]
    lines.append(f"  from       {draft.origin}" + (f" ({draft.site_name})" if draft.site_name else ""))
    if draft.source_url and draft.source_url != draft.origin:
        lines.append(f"  source     {draft.source_url}")
    lines.append(f"  published  {_date_line(draft, digest)}")
    authors = draft.authors or digest.article.authors
    where = "" if draft.authors or not authors else " (byline on the page)"
    lines.append(f"  authors    {', '.join(authors) + where if authors else 'none found'}")
    people, quotes, removed = len(digest.listed_people), len(digest.quotes), len(digest.clean.removed)
    lines.append(
        f"  found      {people} {'person' if people == 1 else 'people'}, {quotes} quote{'' if quotes == 1 else 's'}, "
        f"{len(digest.timeline)} timeline event{'' if len(digest.timeline) == 1 else 's'}; "
        f"the cleaner removes {removed} line{'' if removed == 1 else 's'}"
        + (f" (see: digest check --explain {shown})" if removed and not dry_run else "")
    )
    if dry_run:
        lines.append("  (dry run: nothing written)")
    return "\n".join(lines) + "\n"


def _date_line(draft: Draft, digest: Digest) -> str:
    if draft.published:
        return f"{draft.published.isoformat()}, from {draft.date_source}"
    found = digest.article.published
    if found is None:
        return "none found (relative dates stay unresolved; give one with --published)"
    where = digest.article.published_source
    label = "as stated on the page" if where in (None, "page") else f"from {where}"
    return f"{found.isoformat()}, {label} (read at every build, not written)"


def _shown_path(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
