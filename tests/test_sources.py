"""Sources you can see: a quote's link lands on the quoted words, marked inside the full text.

The renderer tests build digests by hand (no spaCy) and read the Markdown it writes, through
Python-Markdown where the structure matters (headings, block quotes, tables). The browser
test builds a small site and clicks a key quote's link in Chromium.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
import pytest

from builder import urls
from builder.marks import Segment, mark_quotes, quote_anchors
from builder.model import Article, CleanText, Digest, Paragraph, Person, Quote, TextSpan
from builder.render import Renderer
from tests.conftest import ROOT

HOSTILE = '<script>alert(1)</script> {{ 7*7 }} [x](javascript:alert(2)) | **bold** `code`'


def paragraphs_of(text: str) -> tuple[Paragraph, ...]:
    """Paragraphs split at blank lines, with their offsets."""
    found, start = [], 0
    for index, block in enumerate(text.split("\n\n")):
        found.append(Paragraph(index, start, start + len(block)))
        start += len(block) + 2
    return tuple(found)


def quote_of(text: str, words: str, speaker: str | None = "Jane Doe", key: bool = True, occurrence: int = 0) -> Quote:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return Quote(words, start, start + len(words), speaker=speaker, cue="said", key=key)


def digest_of(text: str, quotes: tuple[Quote, ...], people: tuple[Person, ...] = (), slug: str = "a") -> Digest:
    article = Article(slug=slug, source_path=None, title="A story", body=text, published=dt.date(2020, 3, 4))
    summary = (TextSpan(text[:10], 0, 10),)
    return Digest(article, CleanText(text, paragraphs_of(text)), summary, quotes, people, (), ())


def render(*digests: Digest) -> dict[str, str]:
    return Renderer(ROOT / "templates").render(list(digests)).files


def body(page: str) -> str:
    """A page without its front matter."""
    return page.split("---\n", 2)[2]


class Marks(HTMLParser):
    """The marks of a page: each one's id and text, and whether any mark sits inside another or is left open."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[tuple[str | None, str]] = []
        self.nested = False
        self._open: list[list[Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self.nested = self.nested or bool(self._open)
            self._open.append([dict(attrs).get("id"), ""])

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            mark_id, text = self._open.pop()
            self.marks.append((mark_id, text))

    def handle_data(self, data: str) -> None:
        for mark in self._open:
            mark[1] += data


def marks_of(page: str) -> Marks:
    parser = Marks()
    parser.feed(page)
    parser.close()
    assert not parser._open, "a mark is left open"
    return parser


def text_page(files: dict[str, str], slug: str = "a") -> str:
    return files[urls.article_page(slug, "text")]


def test_a_mark_wraps_exactly_the_quoted_words():
    text = 'Intro words here.\n\n"We have waited long enough for this bridge," Lopez said on Tuesday.'
    quote = quote_of(text, "We have waited long enough for this bridge,")
    page = text_page(render(digest_of(text, (quote,))))
    assert marks_of(page).marks == [("q-1", quote.text)]
    # The words around the mark keep their spaces and punctuation.
    line = next(line for line in page.splitlines() if 'id="q-1"' in line)
    assert line == '<p id="p-2">&quot;<mark id="q-1">We have waited long enough for this bridge,</mark>&quot; Lopez said on Tuesday.</p>'


def test_spaces_around_a_mark_survive_the_escape():
    # md_escape drops a value's leading spaces: the space before a piece is the template's to print.
    text = "He said it will be fine and left."
    quote = quote_of(text, "it will be fine")
    page = text_page(render(digest_of(text, (quote,))))
    assert '<p id="p-1">He said <mark id="q-1">it will be fine</mark> and left.</p>' in page


def test_a_quote_over_two_paragraphs_is_marked_in_each_the_first_part_with_the_id():
    text = 'Intro.\n\n"The first part of it.\n\nAnd the second part," she said.'
    start = text.index("The first")
    end = text.index(',"')
    quote = Quote(text[start:end], start, end, speaker="Jane Doe", cue="said", key=True)
    page = text_page(render(digest_of(text, (quote,))))
    assert marks_of(page).marks == [("q-1", "The first part of it."), (None, "And the second part")]
    assert '<p id="p-2">&quot;<mark id="q-1">' in page and '<p id="p-3"><mark>And the second part</mark>,&quot; she said.</p>' in page


def test_overlapping_quotes_never_nest_and_every_quote_has_its_target():
    text = "Alpha beta gamma delta epsilon zeta eta theta iota kappa."
    crossing = (quote_of(text, "beta gamma delta"), quote_of(text, "delta epsilon zeta"))
    nested = (quote_of(text, "eta theta iota kappa"), quote_of(text, "theta iota"))
    same = (quote_of(text, "Alpha"), quote_of(text, "Alpha"))
    digest = digest_of(text, crossing + nested + same)
    page = text_page(render(digest))
    found = marks_of(page)
    assert not found.nested
    ids = {mark_id for mark_id, _ in found.marks if mark_id}
    anchors = quote_anchors(digest.clean.paragraphs, digest.quotes)
    assert set(anchors) <= ids and len(ids) == len(set(ids))
    # Words go to the quote that began first; one that began inside another links to the mark holding its first words.
    assert found.marks == [
        ("q-5", "Alpha"),
        ("q-1", "beta gamma delta"),
        ("q-2", "epsilon zeta"),
        ("q-3", "eta theta iota kappa"),
    ]
    assert anchors == ("q-1", "q-2", "q-3", "q-3", "q-5", "q-5")
    # Every word of every quote is inside some mark.
    marked = " ".join(t for _, t in found.marks)
    for quote in digest.quotes:
        assert all(word in marked for word in quote.text.split())


def test_a_quote_of_hostile_text_is_marked_as_text():
    text = f"Intro.\n\n“{HOSTILE}” she said."
    quote = quote_of(text, HOSTILE)
    page = text_page(render(digest_of(text, (quote,))))
    assert "<script>" not in page and "](javascript" not in page and "**bold**" not in page
    assert marks_of(page).marks == [("q-1", HOSTILE)]
    line = next(line for line in page.splitlines() if "q-1" in line)
    assert re.fullmatch(r'<p id="p-2">“<mark id="q-1">[^<>]*</mark>” she said\.</p>', line), line


def test_segments_keep_whitespace_out_of_the_printed_text():
    text = "A  b\nc  “d  e”  f"
    marks = mark_quotes(text, (Paragraph(0, 0, len(text)),), (Quote("d  e", text.index("d"), text.index("e") + 1),))
    assert marks.paragraphs == ((Segment("A b c “"), Segment("d e", True, "q-1"), Segment("” f")),)
    spaced = "x “ y ” z"
    marks = mark_quotes(spaced, (Paragraph(0, 0, len(spaced)),), (Quote(" y ", 3, 6),))
    assert marks.paragraphs == ((Segment("x “"), Segment("y", True, "q-1", space=True), Segment("” z", space=True)),)


def test_a_quote_outside_every_paragraph_links_to_its_paragraph():
    text = "First.\n\nSecond."
    quote = Quote("", 8, 8, speaker="Jane Doe", key=True)  # no words: nothing to mark
    files = render(digest_of(text, (quote,)))
    assert "#q-" not in files[urls.article_page("a")] and 'href="text.html#p-2"' in files[urls.article_page("a")]


def story() -> Digest:
    text = (
        "The council met on Tuesday.\n\n"
        '"We have waited long enough for this bridge," Jane Doe said.\n\n'
        '"The loan is large," John Roe said. "We will repay it by 2035," he added.\n\n'
        "Nobody else spoke."
    )
    people = tuple(
        Person(name, role="councillor", mentions=(TextSpan(name, text.index(name), text.index(name) + len(name)),))
        for name in ("Jane Doe", "John Roe")
    )
    quotes = (
        quote_of(text, "We have waited long enough for this bridge,", "Jane Doe"),
        quote_of(text, "The loan is large,", "John Roe"),
        quote_of(text, "We will repay it by 2035,", "John Roe", key=False),
        Quote("Nobody else", text.index("Nobody"), text.index("Nobody") + 11, speaker=None, key=False),
    )
    return digest_of(text, quotes, people, slug="bridge")


def quote_links(files: dict[str, str]) -> list[tuple[str, str]]:
    """(page, anchor) for every link from a page to a full-text page's quote mark."""
    return [(path, m) for path, page in files.items() if path.endswith(".md") for m in re.findall(r'text\.html#(q-\d+)"?\)?', page)]


def test_every_quote_link_lands_on_a_mark_of_the_full_text():
    files = render(story())
    links = quote_links(files)
    ids = {mark_id for mark_id, _ in marks_of(text_page(files, "bridge")).marks if mark_id}
    assert ids == {"q-1", "q-2", "q-3", "q-4"}
    assert {anchor for _, anchor in links} == ids
    pages = {path for path, _ in links}
    summary, quotes = urls.article_page("bridge"), urls.article_page("bridge", "quotes")
    assert {summary, quotes, urls.person_page("jane-doe"), urls.person_page("john-roe")} <= pages
    # The person page's quote links point at the quote itself.
    assert set(re.findall(r"text\.html#(q-\d+)", files[urls.person_page("john-roe")])) == {"q-2", "q-3"}


def test_quote_links_are_named_for_a_screen_reader():
    files = render(story())
    for path in (urls.article_page("bridge"), urls.article_page("bridge", "quotes")):
        for tag in re.findall(r'<a [^>]*href="text\.html#q-\d+"[^>]*>', files[path]):
            assert re.search(r'aria-label="(In context: quote in p|P)aragraph [234] of the full text"', tag), (path, tag)
    assert 'href="text.html#q-1" aria-label="Paragraph 2 of the full text"' in files[urls.article_page("bridge")]


def html_of(markdown_text: str) -> str:
    """A page's body as MkDocs would render it (Python-Markdown, with the extensions mkdocs.yml turns on)."""
    return markdown.markdown(markdown_text, extensions=["tables", "toc"])


def test_quotes_page_has_one_markdown_heading_per_speaker_for_the_table_of_contents():
    files = render(story())
    page = files[urls.article_page("bridge", "quotes")]
    # Speakers who are people of the story first, most quoted first.
    assert re.findall(r"^## (.*)$", body(page), re.MULTILINE) == [
        "[John Roe](../../people/john-roe.html)",
        "[Jane Doe](../../people/jane-doe.html)",
        "Unattributed",
    ]
    md = markdown.Markdown(extensions=["tables", "toc"])
    rendered = md.convert(body(page))
    assert [t["name"] for t in md.toc_tokens] == ["John Roe", "Jane Doe", "Unattributed"]
    assert rendered.count("<h2") == 3
    # Each quote is its own block quote, not merged with the next one.
    assert rendered.count("<blockquote>") == 4


def test_quotes_page_contents_line_links_to_each_speakers_heading():
    # Phones get no table of contents for a page outside the navigation: the line of links is the contents there.
    text = "x " * 5 + "\n\n" + " ".join(f"“{n}” said it." for n in ("one", "two", "three", "four"))
    names = ["José Müller", HOSTILE, "jose-muller", "Jane_Doe"]
    quotes = tuple(quote_of(text, word, speaker) for word, speaker in zip(("one", "two", "three", "four"), names, strict=True))
    page = body(render(digest_of(text, quotes))[urls.article_page("a", "quotes")])
    md = markdown.Markdown(extensions=["tables", "toc"])
    rendered = md.convert(page)
    ids = [t["id"] for t in md.toc_tokens]
    assert len(ids) == 4 and len(set(ids)) == 4
    line = next(line for line in page.splitlines() if line.startswith("Quoted here: "))
    assert re.findall(r"\]\(#([^)]+)\)", line) == ids
    assert all(f'href="#{i}"' in rendered for i in ids)


def test_summary_key_quotes_are_markdown_block_quotes_with_speaker_and_link():
    page = body(render(story())[urls.article_page("bridge")])
    assert "> “We have waited long enough for this bridge,”\n\n— Jane Doe (said) <a class=\"digest-ref\" href=\"text.html#q-1\"" in page
    rendered = html_of(page)
    assert rendered.count("<blockquote>") == 2
    assert re.search(r"</blockquote>\n<p>— Jane Doe \(said\) <a [^>]*>¶</a></p>", rendered), rendered


def test_people_page_is_a_markdown_table():
    files = render(story())
    page = body(files[urls.article_page("bridge", "people")])
    rows = [line for line in page.splitlines() if line.startswith("|")]
    assert rows[0] == "| Person | Role | Also called | Mentions | Quotes |"
    assert len(rows) == 4 and all(row.count(" | ") == 4 for row in rows)
    rendered = html_of(page)
    assert rendered.count("<tr>") == 3 and rendered.count("<th>") == 5


def test_people_table_cells_hold_hostile_text_as_text():
    text = "Jane Doe spoke."
    person = Person("Jane Doe", aliases=(HOSTILE, "x|y"), role=HOSTILE, mentions=(TextSpan("Jane Doe", 0, 8),))
    page = body(render(digest_of(text, (), (person,)))[urls.article_page("a", "people")])
    row = next(line for line in page.splitlines() if line.startswith("| [Jane Doe]"))
    assert row.count("|") == 6, row  # no cell split by a "|" from the text
    rendered = html_of(page)
    table = rendered[rendered.index("<table>") : rendered.index("</table>")]
    assert "<script>" not in table and "<strong>" not in table and "<code>" not in table
    assert rendered.count("<td>") == 5
    assert HOSTILE in html.unescape(re.sub(r"<[^>]+>", "", table))


# Raw HTML each page may use, and why: "¶"/"in context" links need an accessible name apart from their text
# (a), dates are machine-readable (time), the full text's paragraphs and headings are link targets with ids
# (div, p, h2) holding the quotes' marks (mark); the people page's quieter line keeps its class (p).
RAW_ALLOWED = {
    "index": {"a", "time"},
    "quotes": {"a", "time"},
    "people": {"a", "time", "p"},
    "text": {"a", "time", "div", "p", "h2", "mark"},
}


# Where each page's own part starts, after the shared navigation and date lines of _macros.j2.
OWN_PART = {"index": "## Summary", "quotes": "Quoted here: ", "people": "| Person |", "text": '<div class="digest-text">'}


def test_pages_use_raw_html_only_where_markdown_cannot_say_it():
    digest = story()
    files = render(digest)
    for name, allowed in RAW_ALLOWED.items():
        page = body(files[urls.article_page("bridge", name)])
        own = page[page.index(OWN_PART[name]) :]
        tags = set(re.findall(r"<([a-z][a-z0-9]*)", own))
        assert tags <= allowed, (name, tags - allowed)
    # Headings of the summary, quotes and people pages are Markdown.
    for name in ("index", "quotes"):
        assert "<h2" not in files[urls.article_page("bridge", name)]


# ---------------------------------------------------------------------------------------------------------
# In the browser: a key quote's link lands on its highlighted mark, in view below the header.

FILLER = "\n\n".join(f"Paragraph {n} of the council's report describes the river crossing and its costs." for n in range(1, 25))
ARTICLE = f"""---
title: Council approves bridge plan
published: 2020-03-04
authors: [Jane Doe]
---
Mayor Maria Lopez said on Tuesday that work on the river bridge would start next spring.

{FILLER}

"We have waited long enough for this bridge, and the city will not wait another year," Lopez said.

The council's finance chair, Robert Chen, spoke after her.
"This is the largest loan the city has taken in twenty years, and we will repay it by 2035," Chen said.

{FILLER}
"""


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from builder.build import build_site
    from builder.settings import load_settings
    from tests.conftest import make_project

    project = make_project(tmp_path_factory.mktemp("sources") / "project", {"bridge.md": ARTICLE})
    build_site(load_settings(project), strict=False)
    return project / "site"


@pytest.fixture(scope="module")
def server(sample_site: Path) -> Iterator[str]:
    from builder.bench_search import serve_folder

    with serve_folder(sample_site) as url:
        yield url


LANDED = """() => {
  const mark = document.querySelector(':target');
  const other = [...document.querySelectorAll('.digest-text mark')].find(m => m !== mark);
  const paragraph = mark && mark.closest('p');
  const plain = document.querySelector('.digest-text p:not(:has(mark))');
  const header = document.querySelector('.md-header').getBoundingClientRect();
  const box = (el) => { const r = el.getBoundingClientRect(); return {top: r.top, bottom: r.bottom}; };
  return {
    tag: mark && mark.tagName, id: mark && mark.id,
    markBackground: mark && getComputedStyle(mark).backgroundColor,
    otherBackground: other && getComputedStyle(other).backgroundColor,
    paragraphBackground: paragraph && getComputedStyle(paragraph).backgroundColor,
    plainBackground: plain && getComputedStyle(plain).backgroundColor,
    mark: mark && box(mark), paragraph: paragraph && box(paragraph),
    headerBottom: header.bottom, height: window.innerHeight,
  };
}"""


@pytest.mark.slow
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_a_key_quote_link_lands_on_its_highlighted_mark(sample_site: Path, server: str, scheme: str, width: int):
    from builder.bench_search import CHROMIUM_ARGS
    from tests.browser import CHROMIUM, require_browser

    sync_playwright = require_browser()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": width, "height": 800}, color_scheme=scheme)
            errors: list[str] = []
            page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
            page.goto(f"{server}/articles/bridge/index.html", wait_until="load")
            link = page.locator('a.digest-ref[href*="text.html#q-"]').first
            assert re.fullmatch(r"Paragraph \d+ of the full text", link.get_attribute("aria-label") or "")
            link.click()
            page.wait_for_url(re.compile(r"text\.html#q-\d+$"))
            page.wait_for_function("document.querySelector(':target') !== null")
            page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
            landed = page.evaluate(LANDED)
            assert landed["tag"] == "MARK" and page.url.endswith("#" + landed["id"])
            assert landed["markBackground"] != landed["otherBackground"], landed
            assert landed["paragraphBackground"] != landed["plainBackground"], landed
            # In view, below the sticky header, with its whole paragraph (a short one) on screen.
            assert landed["headerBottom"] <= landed["paragraph"]["top"] and landed["mark"]["bottom"] <= landed["height"], landed
            assert landed["paragraph"]["top"] > 0.1 * landed["height"] or landed["paragraph"]["top"] >= landed["headerBottom"], landed
            contrast = page.evaluate(_axe_contrast(page))
            assert not contrast, contrast
            assert not errors, errors
        finally:
            browser.close()


def _axe_contrast(page: Any) -> str:
    """Inject axe-core (the pinned copy axe-playwright-python ships) and return the script that runs its contrast rule."""
    try:
        import axe_playwright_python
    except ImportError:
        pytest.skip("axe-playwright-python is not installed (pip install -r requirements-dev.txt)")
    page.add_script_tag(content=(Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8"))
    return """async () => {
      const result = await axe.run(document.querySelector('.digest-text'), {runOnly: ['color-contrast'], resultTypes: ['violations']});
      return result.violations.flatMap(v => v.nodes.map(n => v.id + ' ' + n.target.join(' ') + ' ' + n.failureSummary));
    }"""
