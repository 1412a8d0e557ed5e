"""Turn the payload list into a project: every payload through every article field.

Payloads are grouped (several per article keeps the MkDocs build small) and each group
fills every field of one Markdown article and one plain-text article: title, body,
quotes, speakers and person names (through ``people.merge``), roles (in the text and in
``people.roles``), source, authors, tags and the hand-written summary.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import yaml

from builder.model import Article, CleanText, Digest, Paragraph, Person, Quote, TextSpan, TimelineEntry, Timex
from tests.conftest import make_project as make_scratch_project

# Names spaCy reliably tags as people; each is quoted and given a role in the body.
NAMES = ("Jane Doe", "John Smith", "Maria Lopez", "Peter Brown", "Anna White", "David Green", "Laura King", "Robert Hall")
FIELDS = (
    "title",
    "body",
    "quote",
    "speaker",
    "person name",
    "role in text",
    "role in front matter",
    "source",
    "authors",
    "tags",
    "summary",
)


def groups(payloads: list[str], size: int) -> list[list[str]]:
    """Consecutive chunks of ``size`` payloads."""
    return [payloads[i : i + size] for i in range(0, len(payloads), size)]


def body_for(group: list[str]) -> str:
    """Prose where each payload sits in a paragraph, a quote, and an apposition role."""
    group = [p.replace("\x00", "") for p in group]  # a file with a NUL byte is refused (see test_bad_files.py)
    parts = ["The council met on March 3, 2020 to discuss the new bridge over the river."]
    for name, payload in zip(NAMES, group, strict=False):
        surname = name.split()[1]
        parts.append(f"{payload}")
        parts.append(f'"{payload}," {name} said on Tuesday.')
        parts.append(f"{name}, the {payload} of the city council, said the work would start in April 2021.")
        parts.append(f'"We have waited long enough for this bridge," {surname} said.')
        parts.append(f"{payload} {name} told reporters on Monday that the vote was close.")
    return "\n\n".join(parts) + "\n"


def front_matter(meta: dict[str, object]) -> str:
    """YAML front matter holding ``meta`` exactly (values are quoted by the dumper)."""
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=True) + "---\n"


def markdown_article(index: int, group: list[str], body: str, with_summary: bool) -> str:
    """A Markdown article with every front matter field set to payloads."""
    names = NAMES[: len(group)]
    meta: dict[str, object] = {
        "title": " · ".join(group),
        "published": "2020-03-04",
        "source": " ".join(group),
        "authors": list(group),
        "tags": list(group),
        "people": {
            "roles": {name: payload for name, payload in zip(names, reversed(group), strict=True)},
            "merge": {name: payload for name, payload in zip(names[::2], group[::2], strict=False)},
        },
        "slug": f"hostile-summary-{index}" if with_summary else f"hostile-{index}",
    }
    if with_summary:
        meta["summary"] = " ".join(group)
    return front_matter(meta) + body


def make_project(tmp_path: Path, payloads: list[str], size: int = 8) -> Path:
    """A project folder whose content/ carries every payload in every field."""
    project = make_scratch_project(tmp_path / "project", {})
    content = project / "content"
    short = "The council met on Tuesday to discuss the new bridge over the river.\n"
    for i, group in enumerate(groups(payloads, size)):
        (content / f"hostile-{i}.md").write_text(markdown_article(i, group, body_for(group), with_summary=False), encoding="utf-8")
        # The same front matter with a hand-written summary (a short body keeps the spaCy pass cheap).
        (content / f"hostile-summary-{i}.md").write_text(markdown_article(i, group, short, with_summary=True), encoding="utf-8")
        # Plain text: the first line (a payload) is the title, with no front matter to quote it.
        title = group[0].replace("\x00", "").replace("\n", " ")
        (content / f"plain-{i}.txt").write_text(f"{title}\n\n{short}", encoding="utf-8")
    # Saved web pages: payloads as escaped text (they must come out as that text), and as raw markup (it must not run).
    (content / "hostile-page.html").write_text(html_article(payloads, raw=False), encoding="utf-8")
    (content / "hostile-page-raw.html").write_text(html_article(payloads, raw=True), encoding="utf-8")
    return project


def html_article(payloads: list[str], raw: bool) -> str:
    """A saved web page with every payload in its title, author and paragraphs, escaped or ``raw``."""
    clean = [p.replace("\x00", "") for p in payloads]
    shown = clean if raw else [html.escape(p) for p in clean]
    paragraphs = "\n".join(f"<p>Jane Doe said on Tuesday that the report was late.</p>\n<p>{p}</p>" for p in shown)
    return (
        f'<!doctype html><html><head><title>{html.escape(clean[0])}</title><meta name="author" content="{html.escape(clean[1])}">'
        '<meta property="article:published_time" content="2020-03-04"></head>'
        f"<body><article><h1>{html.escape(clean[0])}</h1>\n{paragraphs}\n</article></body></html>\n"
    )


def hostile_digests(payloads: list[str]) -> list[Digest]:
    """Digests with a payload in every value the renderer shows, without spaCy: the renderer alone."""
    digests = []
    for i, group in enumerate(groups(payloads, 4)):
        first, second, third, fourth = (group * 4)[:4]
        text = "\n\n".join(group)
        starts = [text.index(p) for p in group]
        paragraphs = tuple(Paragraph(n, s, s + len(p)) for n, (s, p) in enumerate(zip(starts, group, strict=True)))
        span = TextSpan(first, starts[0], starts[0] + len(first))
        article = Article(
            slug=f"hostile-{i}",
            source_path=None,
            title=first,
            body=text,
            published=dt.date(2020, 3, 4),
            source_url=second,
            authors=tuple(group),
            tags=tuple(group),
        )
        people = (
            Person(name=second, aliases=(third,), role=fourth, mentions=(span,)),
            Person(name="Jane Doe", role=first, mentions=(span,)),
        )
        quotes = (
            Quote(first, span.start, span.end, speaker=second, cue=third, key=True),
            Quote(fourth, span.start, span.end, speaker=None, cue=first),
        )
        timex = Timex(third, span.start, span.end, "DATE", "2020-03-04")
        timeline = (TimelineEntry(timex, span, label=fourth, sort_key=(2020.0, 3.0, 4.0), people=(second, "Jane Doe")),)
        digests.append(Digest(article, CleanText(text, paragraphs), (span,), quotes, people, (timex,), timeline))
    return digests
