"""What each ``digest`` command does, in terms of the library's functions."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from builder.analyse import load_pipeline
from builder.digest import clean_article, digest_articles, with_stated_date
from builder.errors import DigestError
from builder.jsonio import digest_to_json, dumps
from builder.jsonl import read_jsonl
from builder.model import Article
from builder.progress import Progress
from builder.readers import find_articles, read_article
from builder.settings import Settings, load_settings


def run(args: argparse.Namespace) -> int:
    settings = load_settings(args.project)
    handler = {"build": cmd_build, "serve": cmd_serve, "extract": cmd_extract, "check": cmd_check, "add": cmd_add}[args.command]
    return handler(args, settings)


def _with_published(articles: Iterable[Article], published) -> Iterator[Article]:
    for article in articles:
        yield dataclasses.replace(article, published=article.published or published) if published else article


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    settings = settings.replace(
        summary_sentences=args.summary_sentences, summary_words=args.summary_words, model=args.model, workers=args.workers
    )
    if bool(args.files) == bool(args.jsonl):
        raise DigestError("give article FILEs or --jsonl IN (not both)")
    nlp = load_pipeline(settings.model)
    if args.jsonl:
        stream = sys.stdin if str(args.jsonl) == "-" else _open(args.jsonl)
        articles: Iterable[Article] = read_jsonl(stream, str(args.jsonl))
        with_ids = True
    else:
        articles = [read_article(path) for path in args.files]
        with_ids = False
    progress = Progress(None if with_ids else len(args.files), "extracting")
    out = sys.stdout
    for digest in digest_articles(_with_published(articles, args.published), nlp, settings):
        out.write(dumps(digest_to_json(digest, record_id=digest.article.slug if with_ids else None)) + "\n")
        progress.advance()
    progress.close()
    return 0


def _open(path: Path):
    try:
        return path.open(encoding="utf-8")
    except OSError as exc:
        raise DigestError(f"cannot read: {exc.strerror}", path) from exc


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    paths = args.files or find_articles(settings.content_dir)
    problems = 0
    for path in paths:
        try:
            article = read_article(path)
            clean = clean_article(article)
        except DigestError as exc:
            print(f"digest: error: {exc}", file=sys.stderr)
            problems += 1
            continue
        if not clean.text.strip():
            print(f"digest: error: {path}: no article text left after cleaning", file=sys.stderr)
            problems += 1
            continue
        print(f"{path}: ok ({len(clean.paragraphs)} paragraphs, {len(clean.removed)} lines removed)")
        if args.explain:
            for line in clean.removed:
                print(f"  {path}:{line.line_no + article.body_line - 1}: removed ({line.reason}): {line.text}")
            print(f"  {_explain_date(with_stated_date(article), path)}")
    if problems:
        print(f"{problems} of {len(paths)} article(s) have problems", file=sys.stderr)
    return 1 if problems else 0


def _explain_date(article: Article, path: Path) -> str:
    """Where the publication date comes from: front matter, a line of the page, or nowhere."""
    stated = article.stated_date
    if article.published_source == "page" and stated is not None:
        return f"{path}:{stated.line_no + article.body_line - 1}: publication date {stated.date.isoformat()} ({stated.kind}): {stated.text}"
    if article.published is not None:
        return f"{path}: publication date {article.published.isoformat()} (from {article.published_source or 'the reader'})"
    return f"{path}: no publication date (the page states none it can be read from)"


def cmd_build(args: argparse.Namespace, settings: Settings) -> int:
    from builder.build import build_site

    settings = settings.replace(workers=args.workers, use_cache=False if args.no_cache else None, search=args.search)
    report = build_site(settings, strict=args.strict, run_mkdocs_step=not args.docs_only, keep_going=args.keep_going)
    print(report.summary())
    return 0 if report.ok else 1


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from builder.serve import serve

    serve(settings, port=args.port)
    return 0


def cmd_add(args: argparse.Namespace, settings: Settings) -> int:
    from builder.add import AddOptions, add_sources

    options = AddOptions(
        tags=tuple(args.tag),
        published=args.published,
        slug=args.slug,
        title=args.title,
        force=args.force,
        dry_run=args.dry_run,
        timeout=args.timeout,
    )
    return add_sources(args.sources, settings, options, sys.stdout, sys.stderr)
