"""Property tests over reader, cleaner, extractors and renderer with generated text.

Properties: no exception but a DigestError for bad input; every offset points at the text
it claims (``text[start:end] == item.text``); cleaning cleaned text changes nothing; the
output does not depend on the order of front-matter keys or of articles.

``make test`` runs a few hundred examples in all; ``DIGEST_FUZZ_EXAMPLES=5000`` runs each
property that many times (the spaCy ones a tenth of that).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path

import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from builder.clean import clean_text
from builder.errors import DigestError
from builder.model import Article, CleanText, Digest
from builder.readers.markdown import read_markdown
from builder.readers.text import read_text
from builder.render import Renderer
from tests.conftest import ROOT

EXAMPLES = int(os.environ.get("DIGEST_FUZZ_EXAMPLES", "0")) or None


def fuzz(default: int, nlp_bound: bool = False, shrink: bool = True) -> settings:
    """Hypothesis settings: ``default`` examples, or the long-run count from the environment."""
    count = default if EXAMPLES is None else max(default, EXAMPLES // 10 if nlp_bound else EXAMPLES)
    phases = tuple(Phase) if shrink else (Phase.explicit, Phase.reuse, Phase.generate)
    return settings(
        phases=phases,
        max_examples=count,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# Pieces that exercise the cleaner and extractors: names, cues, quotes, dates, furniture, markup, odd characters.
WORDS = [
    "Jane Doe",
    "Glenn Fine",
    "Maria Lopez",
    "Mr. Smith",
    "the acting inspector general",
    "said",
    "told reporters",
    "according to",
    "on Tuesday",
    "last year",
    "March 3, 2020",
    "in 2019",
    "two weeks ago",
    "next spring",
    "the council",
    "ISIS",
    "Pentagon",
    "Advertisement",
    "Subscribe to our newsletter",
    "Share this article",
    "Sign up here",
    "Photo:",
    "Read more",
    '"',
    "“",
    "”",
    "'",
    "‘",
    "’",
    ",",
    ".",
    "?",
    "!",
    ":",
    ";",
    "(",
    ")",
    "—",
    "-",
    "…",
    "<script>alert(1)</script>",
    "{{ x }}",
    "[a](b)",
    "---",
    "#",
    "*",
    "\t",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u200b",
    "\u202e",
    "\u2028",
    "\ufeff",
    "\xa0",
    "é",
    "ß",
    "中文",
    "🙂",
    "\u0301",
]
prose = st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=60).map(" ".join)
any_text = st.text(max_size=400) | prose


@fuzz(200)
@given(st.text(max_size=300) | prose)
def test_text_reader_never_fails(text: str):
    article = read_text(Path("fuzz.txt"), text)
    assert "\n" not in article.title and article.slug


@fuzz(200)
@given(
    st.dictionaries(
        st.sampled_from(["title", "published", "source", "authors", "tags", "slug", "summary", "people", "keep_lines", "other"]),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=20),
            lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=3),
            max_leaves=6,
        ),
        max_size=6,
    ),
    prose,
)
def test_markdown_reader_accepts_or_explains(meta: dict, body: str):
    """Any front matter is either read or refused with a DigestError naming the file; key order never matters."""
    path = Path("fuzz.md")
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=True)
    try:
        article = read_markdown(path, f"---\n{front}---\n{body}")
    except DigestError as exc:
        assert str(exc).startswith("fuzz.md")
        return
    shuffled = yaml.safe_dump(dict(reversed(list(meta.items()))), allow_unicode=True, sort_keys=False)
    assert read_markdown(path, f"---\n{shuffled}---\n{body}") == article


@fuzz(200)
@given(st.text(max_size=400))
def test_markdown_reader_on_raw_text(text: str):
    with contextlib.suppress(DigestError):
        read_markdown(Path("fuzz.md"), text)


def check_paragraphs(clean: CleanText) -> None:
    end = 0
    for paragraph in clean.paragraphs:
        assert end <= paragraph.start < paragraph.end <= len(clean.text), paragraph
        assert clean.text[paragraph.start : paragraph.end].strip(), paragraph
        end = paragraph.end


@fuzz(300)
@given(any_text)
def test_cleaner_offsets_and_idempotence(text: str):
    clean = clean_text(text)
    check_paragraphs(clean)
    again = clean_text(clean.text)
    assert again.text == clean.text
    assert again.paragraphs == clean.paragraphs


def spans_of(digest: Digest) -> list:
    return [
        *digest.summary,
        *digest.quotes,
        *digest.timexes,
        *(m for p in digest.people for m in p.mentions),
        *(e.event for e in digest.timeline),
    ]


@fuzz(60, nlp_bound=True)
@given(prose, st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_extractors_give_valid_offsets(nlp, text: str, published: dt.date | None):
    from builder.digest import digest_articles
    from builder.settings import Settings

    article = Article(slug="fuzz", source_path=None, title="Fuzz", body=text, published=published)
    digest = next(digest_articles([article], nlp, Settings()))
    check_paragraphs(digest.clean)
    for span in spans_of(digest):
        if span.start == span.end == 0 and not span.text:
            continue
        assert digest.text[span.start : span.end] == span.text, span
    for entry in digest.timeline:
        assert digest.text[entry.timex.start : entry.timex.end] == entry.timex.text


RENDERER = Renderer(ROOT / "templates")  # one template environment: compiling templates per example is slow
values_strategy = st.lists(st.text(max_size=30) | st.sampled_from(WORDS), min_size=4, max_size=12, unique=True)


@fuzz(40)
@given(values_strategy)
def test_renderer_never_fails(values: list[str]):
    """Any text in every field renders, and every page keeps it on escaped lines."""
    from tests.security.corpus import hostile_digests

    files = RENDERER.render(hostile_digests(values)).files
    assert files


@fuzz(30)
@given(values_strategy, st.randoms(use_true_random=False))
def test_renderer_ignores_article_order(values: list[str], rnd):
    """The same articles in any order render to the same files (find_articles sorts, but the cache and workers may not)."""
    from tests.security.corpus import hostile_digests

    digests = hostile_digests(values)
    shuffled = list(digests)
    rnd.shuffle(shuffled)
    assert RENDERER.render(digests).files == RENDERER.render(shuffled).files


HTML_PIECES = [
    "<html>", "<head>", "<title>", "</title>", "<body>", "<article>", "<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>",
    "<meta property='article:published_time' content='", "<meta name='author' content='", "'>", "<script>", "</script>",
    "<!--", "-->", "<![CDATA[", "&amp;", "&#0;", "&#x110000;", "2019-13-45", "Jane Doe said on Tuesday that the bridge would open.",
]  # fmt: skip


@fuzz(100)
@given(st.lists(st.sampled_from(HTML_PIECES) | st.text(max_size=20), max_size=40).map("".join))
def test_html_reader_accepts_or_explains(page: str):
    """trafilatura on any page: an article, or a DigestError naming the file."""
    from builder.readers.html import read_html

    try:
        article = read_html(Path("fuzz.html"), page)
    except DigestError as exc:
        assert str(exc).startswith("fuzz.html")
        return
    assert article.body.strip() and article.slug
