"""Rendering: article values reach the page as escaped text inside raw HTML blocks."""

from __future__ import annotations

import datetime as dt
import html
import re

import yaml

from builder import urls
from builder.model import Article, CleanText, Digest, Paragraph, Person, Quote, TextSpan
from builder.render import Renderer, front_matter, safe_url
from tests.conftest import ROOT

PAYLOAD = '<script>alert(1)</script> {{ 7*7 }} [x](javascript:alert(2)) {: onclick="alert(3)" } **bold**'


def hostile_digest() -> Digest:
    text = f"Intro {PAYLOAD}\n\nSecond paragraph."
    paragraphs = (Paragraph(0, 0, len(text.split("\n\n")[0])), Paragraph(1, text.index("Second"), len(text)))
    article = Article(slug="evil", source_path=None, title=PAYLOAD, body=text, source_url="javascript:alert(4)", authors=(PAYLOAD,))
    person = Person(name=PAYLOAD, role=PAYLOAD, mentions=(TextSpan(PAYLOAD, 6, 6 + len(PAYLOAD)),))
    quote = Quote(text=PAYLOAD, start=6, end=6 + len(PAYLOAD), speaker=PAYLOAD, cue=PAYLOAD, key=True)
    return Digest(article, CleanText(text, paragraphs), (TextSpan(PAYLOAD, 6, 6 + len(PAYLOAD)),), (quote,), (person,), (), ())


def test_every_page_escapes_article_values():
    site = Renderer(ROOT / "templates").render([hostile_digest()])
    pages = {path: text for path, text in site.files.items() if path.endswith(".md")}
    assert urls.article_page("evil", "text") in pages
    for path, text in pages.items():
        assert "<script>" not in text, path
        assert "javascript:alert(4)" not in text, path
        body = text.split("---\n", 2)[2]
        for line in body.splitlines():
            # Article values only ever appear escaped, in raw HTML elements and Markdown lines alike
            # (test_listing_pages_read_as_markdown checks which raw HTML the listing pages keep).
            if "alert(1)" in line:
                assert "&lt;script&gt;" in line, (path, line)


def test_front_matter_title_is_escaped_yaml():
    data = yaml.safe_load(front_matter('a: "b" <i>x</i>\n---').split("---\n")[1])
    assert data["title"] == html.escape('a: "b" <i>x</i> ---')


def test_safe_url_keeps_only_web_links():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ["javascript:alert(1)", "data:text/html,<script>", "//evil.example", 'http://x" onclick="y', None, ""]:
        assert safe_url(bad) is None


def test_links_are_relative_between_pages():
    assert urls.link("articles/a/quotes.md", "articles/a/text.md", "p-3") == "text.html#p-3"
    assert urls.link("articles/a/index.md", "people/jane-doe.md") == "../../people/jane-doe.html"
    assert urls.link("index.md", "articles/a/index.md") == "articles/a/index.html"


def test_home_listing_is_paginated():
    digests = []
    for i in range(120):
        article = Article(slug=f"a{i:03d}", source_path=None, title=f"Article {i}", body="x")
        digests.append(Digest(article, CleanText("x", (Paragraph(0, 0, 1),)), (), (), (), (), ()))
    files = Renderer(ROOT / "templates").render(digests).files
    assert {"index.md", "page-2.md", "page-3.md"} <= set(files)
    assert "page-4.md" not in files
    assert files["index.md"].count("\n## [Article ") == 50


def test_a_person_in_many_articles_gets_paginated_pages():
    # A person's page lists their articles; someone in every article must not make one page that grows with the archive.
    digests = []
    for i in range(120):
        article = Article(slug=f"a{i:03d}", source_path=None, title=f"Article {i}", body="Jane Doe spoke.")
        person = Person(name="Jane Doe", aliases=(), role="mayor" if i % 2 else "candidate", mentions=(TextSpan("Jane Doe", 0, 8),))
        quote = Quote(text="We will win this race", start=0, end=21, speaker="Jane Doe", cue="said")
        digests.append(Digest(article, CleanText("Jane Doe spoke.", (Paragraph(0, 0, 15),)), (), (quote,), (person,), (), ()))
    files = Renderer(ROOT / "templates").render(digests).files
    pages = ["people/jane-doe.md", "people/jane-doe/page-2.md", "people/jane-doe/page-3.md"]
    assert set(pages) <= set(files) and "people/jane-doe/page-4.md" not in files
    assert [files[p].count("mention") for p in pages] == [50, 50, 20]
    assert [files[p].count("\n> “We will win this race”\n") for p in pages] == [50, 50, 20]
    # Every page names the roles once each, with how many articles give them, and links on to the next page.
    assert files["people/jane-doe/page-3.md"].count("\n- mayor ") == 1 and "in 60 articles" in files["people/jane-doe.md"]
    assert "[Next →](jane-doe/page-2.html)" in files["people/jane-doe.md"]
    assert "[Next →](page-3.html)" in files["people/jane-doe/page-2.md"]


def test_unsure_people_go_to_the_quiet_line_and_nowhere_else():
    # A name the extractor doubts is not listed as a person of the story nor given a directory page.
    text = "Jane Doe met Blue Bell staff."
    sure = Person(name="Jane Doe", mentions=(TextSpan("Jane Doe", 0, 8),), confidence=0.9)
    unsure = Person(name="Blue Bell", mentions=(TextSpan("Blue Bell", 13, 22),), confidence=0.2)
    article = Article(slug="a", source_path=None, title="A", body=text)
    digest = Digest(article, CleanText(text, (Paragraph(0, 0, len(text)),)), (), (), (sure, unsure), (), ())
    files = Renderer(ROOT / "templates").render([digest]).files
    people_page = files[urls.article_page("a", "people")]
    table, quiet = people_page.split("digest-also-mentioned")
    assert "Jane Doe" in table and "Blue Bell" not in table
    assert "Blue Bell" in quiet
    assert "people/jane-doe.md" in files and not any("blue-bell" in path for path in files)


def test_dates_read_in_words_inside_a_machine_readable_time():
    from builder.render import date_words

    assert date_words("2019-08-07") == "7 August 2019"
    article = Article(slug="a", source_path=None, title="A", body="x", published=dt.date(2021, 3, 12))
    files = Renderer(ROOT / "templates").render([Digest(article, CleanText("x", (Paragraph(0, 0, 1),)), (), (), (), (), ())]).files
    assert '<time datetime="2021-03-12">12 March 2021</time>' in files["index.md"]


def test_reader_pages_carry_no_editor_instructions():
    article = Article(slug="a", source_path=None, title="A", body="x")
    files = Renderer(ROOT / "templates").render([Digest(article, CleanText("x", (Paragraph(0, 0, 1),)), (), (), (), (), ())]).files
    for path, text in files.items():
        assert "front matter" not in text and "published:" not in text, path


def test_every_paragraph_link_has_an_accessible_name():
    # A link named only "¶" means nothing to a screen reader.
    text = "Jane Doe said it. Later that year it happened."
    quote = Quote(text="it", start=14, end=16, speaker="Jane Doe", cue="said", key=True)
    article = Article(slug="a", source_path=None, title="A", body=text)
    digest = Digest(article, CleanText(text, (Paragraph(0, 0, len(text)),)), (TextSpan(text, 0, 17),), (quote,), (), (), ())
    files = Renderer(ROOT / "templates").render([digest]).files
    for path, page in files.items():
        for link in re.findall(r"<a [^>]*>¶[^<]*</a>", page):
            assert 'aria-label="Paragraph 1 of the full text"' in link, (path, link)


def test_merged_timeline_names_an_article_once_for_its_run_of_events():
    from builder.model import TimelineEntry, Timex

    text = "The dam opened in 1950. It was rebuilt in 1951. It closed in 1952."
    entries = tuple(
        TimelineEntry(Timex(year, text.index(year), text.index(year) + 4, "DATE", year), TextSpan(text, 0, len(text)), year, (float(year),))
        for year in ("1950", "1951", "1952")
    )
    article = Article(slug="dam", source_path=None, title="The Dam Story", body=text, published=dt.date(2000, 1, 1))
    digest = Digest(article, CleanText(text, (Paragraph(0, 0, len(text)),)), (), (), (), tuple(e.timex for e in entries), entries)
    page = Renderer(ROOT / "templates").render([digest]).files[urls.TIMELINE_INDEX]
    assert page.count("The Dam Story") == 1
    assert page.count('class="digest-event"') == 3


def test_listing_pages_read_as_markdown():
    """Home, tag, people and person pages are Markdown: headings, lists, links, block quotes; raw HTML only for <time>."""
    text = "Jane Doe said it would rain."
    person = Person(name="Jane Doe", role="mayor", mentions=(TextSpan("Jane Doe", 0, 8),))
    quote = Quote(text="it would rain", start=14, end=27, speaker="Jane Doe", cue="said")
    digests = []
    for i in range(3):
        article = Article(
            slug=f"a{i}",
            source_path=None,
            title=f"Story {i}",
            body=text,
            published=dt.date(2020, 1, 1 + i),
            tags=("Weather",),
            source_url="https://en.wikipedia.org/wiki/Rain_(weather)",
        )
        paragraphs = (Paragraph(0, 0, len(text)),)
        digests.append(Digest(article, CleanText(text, paragraphs), (TextSpan(text, 0, len(text)),), (quote,), (person,), (), ()))
    files = Renderer(ROOT / "templates").render(digests).files
    listings = ["index.md", "tags/index.md", "tags/weather.md", urls.PEOPLE_INDEX, "people/jane-doe.md"]
    for path in listings:
        body = files[path].split("---\n", 2)[2]
        assert re.findall(r"<[a-zA-Z/!][^>]*>", body) == re.findall(r"</?time\b[^>]*>", body), path
        assert "\n\n\n\n" not in body.strip(), path  # blank lines separate blocks; runs of them mean a template slip
    home = files["index.md"]
    assert '\n## [Story 2](articles/a2/index.html)\n\n<time datetime="2020-01-03">3 January 2020</time> · ' in home
    # The source link stays one link whatever its parentheses; the tag links to its page.
    source = "[source](https://en.wikipedia.org/wiki/Rain&#95;%28weather%29)"
    assert f"{source} · Tags: [Weather](tags/weather.html)\n\nJane Doe said it would rain.\n" in home
    assert "\n- [Jane Doe](jane-doe.html) — mayor (3 articles)\n" in files[urls.PEOPLE_INDEX]
    person_page = files["people/jane-doe.md"]
    assert "\n## Roles\n\n- mayor ([source](../articles/a0/index.html); in 3 articles)\n" in person_page
    assert "\n- [Story 0](../articles/a0/index.html) — 1 mention ([people](../articles/a0/people.html))\n" in person_page
    assert "\n> “it would rain”\n>\n> — said, [Story 0](../articles/a0/text.html#" in person_page
    # The article pages' shared pieces: the page switcher and the meta line are Markdown too.
    summary = files[urls.article_page("a0")]
    assert "**Summary** · [Quotes](quotes.html) · [People](people.html) · [Timeline](timeline.html) · [Full text](text.html)\n" in summary
    published = 'Published <time datetime="2020-01-01">1 January 2020</time>'
    assert f"{published} · {source} · Tags: [Weather](../../tags/weather.html)\n" in summary


def test_a_guessed_speaker_is_not_named_on_the_site():
    """Show less rather than show wrong: a quote whose attribution is not confident is listed unattributed."""
    text = "Jane Doe said the roads were bad. Buttons read it would rain all week long."
    person = Person(name="Jane Doe", role="mayor", mentions=(TextSpan("Jane Doe", 0, 8),))
    sure = Quote(text="the roads were bad", start=14, end=32, speaker="Jane Doe", cue="said", speaker_confidence=0.9)
    guessed = Quote(text="it would rain all week long", start=47, end=74, speaker="Jane Doe", cue="read", speaker_confidence=0.2)
    article = Article(slug="a", source_path=None, title="A", body=text)
    clean = CleanText(text, (Paragraph(0, 0, len(text)),))
    digest = Digest(article, clean, (TextSpan(text, 0, len(text)),), (sure, guessed), (person,), (), ())
    files = Renderer(ROOT / "templates").render([digest]).files
    quotes_page = files[urls.article_page("a", "quotes")]
    named, _, unattributed = quotes_page.partition("## Unattributed")
    assert "the roads were bad" in named and "it would rain" in unattributed
    person_page = next(page for path, page in files.items() if path.startswith("people/jane-doe"))
    assert "the roads were bad" in person_page and "it would rain" not in person_page
