"""The sample site read in Chromium as a reader would, one page of every type, at desktop width and at 390 px.

The sample (tests/data/sample/ and the seed) is built once and served on 127.0.0.1; Debian's
Chromium, driven by Playwright (never ``playwright install``), checks what the issue asks of
the reader's site: every page loads with no console error and fetches nothing from outside the
site, nothing scrolls sideways on a phone, a "¶" link lands on a highlighted paragraph below
the header, dark mode toggles and stays chosen, tag and feed links resolve, and search finds a
person and a quote. Axe-core is run by tests/test_accessibility.py, not here.

The tests look pages and links up by what a reader sees (link text, ``href``, ``<link rel>``),
not by the templates' CSS classes; Material's own components (header, palette toggle, search
dialog) are found by Material's selectors, which the theme keeps.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

from tests.browser import open_search
from tests.sample_site import (
    ARTICLE,
    PERSON,
    QUOTE,
    QUOTE_WORDS,
    dated,
    front_matter,
    page_types,
    tagged,
)

pytestmark = pytest.mark.slow

WIDTHS = {"desktop": 1280, "phone": 390}
ATOM = "{http://www.w3.org/2005/Atom}"
TAG_PAGE = re.compile(r"(?:^|/)tags/(?!index\.html)[^/#?]+\.html$")








class Reader:
    """A light-theme browser tab at one width that records console errors and requests leaving 127.0.0.1."""

    def __init__(self, browser: Any, width: int, server: str) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme="light")
        self.page = self.context.new_page()
        self.server = server
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.page.on("console", lambda m: self.errors.append(f"{m.type}: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))
        self.page.on("request", self._request)

    def _request(self, request: Any) -> None:
        url = urlsplit(request.url)
        # data: and blob: URLs are the page's own bytes; anything fetched over the network must be the site's.
        if url.scheme not in ("data", "blob", "about") and url.hostname != "127.0.0.1":
            self.outside.append(request.url)

    def open(self, path: str) -> Any:
        """Load a page of the site (below its root), returning the HTTP response."""
        return self.page.goto(f"{self.server}/{path}", wait_until="load")

    def close(self) -> None:
        self.context.close()


@pytest.fixture(params=WIDTHS.values(), ids=WIDTHS.keys())
def reader(request: pytest.FixtureRequest, browser: Any, server: str) -> Iterator[Reader]:
    tab = Reader(browser, request.param, server)
    yield tab
    tab.close()


PAGE_TYPES = [
    "home",
    "tag",
    "article summary",
    "quotes",
    "people",
    "timeline",
    "full text",
    "person",
    "people directory",
    "merged timeline",
]


def links(page: Any) -> list[dict[str, str]]:
    """Every link on the page: its text, its resolved URL, its accessible name parts."""
    return page.evaluate(
        """[...document.querySelectorAll('a[href]')].map(a => ({
            text: a.textContent.trim(), href: a.href, raw: a.getAttribute('href'),
            label: a.getAttribute('aria-label') || a.getAttribute('title') || ''}))"""
    )


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_page_loads_cleanly(reader: Reader, sample_site: Path, kind: str):
    path = page_types(sample_site)[kind]
    assert (sample_site / path).is_file(), f"{kind}: {path} was not built"
    response = reader.open(path)
    reader.page.wait_for_load_state("networkidle")  # late requests (search index, scripts) are counted too
    assert response is not None and response.status == 200, f"{kind}: {path} answered {response and response.status}"
    assert not reader.errors, f"{kind} ({path}): console errors {reader.errors}"
    assert not reader.outside, f"{kind} ({path}): requests outside the site {reader.outside}"
    width, inner = reader.page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width <= inner, f"{kind} ({path}) scrolls sideways: scrollWidth {width} > {inner}"


# What a highlighted target looks like next to an ordinary paragraph of the same page, and where it sits.
TARGET_STATE = """() => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = document.getElementById(id);
    if (!target) return {found: false, id};
    const content = target.closest('article') || document.querySelector('article') || document.body;
    const ordinary = [...content.querySelectorAll('p')].find(
        p => p !== target && !p.contains(target) && !target.contains(p) && p.textContent.trim());
    const rect = target.getBoundingClientRect();
    const header = document.querySelector('header');
    return {
        found: true, id,
        background: getComputedStyle(target).backgroundColor,
        ordinary: ordinary ? getComputedStyle(ordinary).backgroundColor : null,
        top: rect.top, bottom: rect.bottom,
        headerBottom: header ? header.getBoundingClientRect().bottom : 0,
        height: window.innerHeight,
    };
}"""


def test_paragraph_links_highlight_their_target(reader: Reader, sample_site: Path):
    summary = page_types(sample_site)["article summary"]
    reader.open(summary)
    pilcrows = [link for link in links(reader.page) if link["text"] == "¶" and "#" in link["raw"]]
    assert pilcrows, f"{summary}: no ¶ link"
    for link in pilcrows:
        assert re.search(r"\d", link["label"]), f"¶ link to {link['raw']} has no accessible name that says which paragraph"
        reader.open(summary)
        reader.page.locator(f'a[href="{link["raw"]}"]').first.click()
        reader.page.wait_for_load_state("load")
        reader.page.wait_for_timeout(300)  # a smooth scroll, if the site asks for one, settles
        state = reader.page.evaluate(TARGET_STATE)
        where = f"{link['raw']} from {summary}"
        assert state["found"], f"{where}: no element with id {state['id']!r}"
        assert state["ordinary"] is not None, f"{where}: no ordinary paragraph to compare with"
        assert state["background"] != state["ordinary"], f"{where}: target not highlighted (background {state['background']})"
        assert state["headerBottom"] - 1 <= state["top"] < state["height"], f"{where}: target not in view below the header {state}"
    assert not reader.errors and not reader.outside, (reader.errors, reader.outside)


def palette(page: Any) -> str | None:
    return page.evaluate("document.body.getAttribute('data-md-color-scheme')")


def test_dark_mode_toggles_and_persists(reader: Reader, sample_site: Path):
    pages = page_types(sample_site)
    reader.open(pages["article summary"])
    assert palette(reader.page) == "default", "a reader who prefers light sees the light palette"
    reader.page.locator('[data-md-component="palette"] label:visible').first.click()
    reader.page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'", timeout=5000)
    reader.page.reload(wait_until="load")
    assert palette(reader.page) == "slate", "dark mode forgotten after a reload"
    reader.open(pages["people directory"])
    assert palette(reader.page) == "slate", "dark mode forgotten on another page"
    background = reader.page.evaluate("getComputedStyle(document.body).backgroundColor")
    channels = [int(c) for c in re.findall(r"\d+", background)[:3]]
    assert sum(channels) < 3 * 128, f"dark palette chosen but the page background is {background}"
    reader.page.locator('[data-md-component="palette"] label:visible').first.click()
    reader.page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'", timeout=5000)
    assert not reader.errors and not reader.outside, (reader.errors, reader.outside)


def tag_links(page: Any) -> dict[str, str]:
    """Tag name (the link's text, without a leading '#') -> URL, for every link to a tag's page."""
    found = {}
    for link in links(page):
        if TAG_PAGE.search(urlsplit(link["href"]).path):
            found[link["text"].lstrip("#").strip().lower()] = link["href"]
    return found


def listed_articles(reader: Reader, url: str) -> set[str]:
    """Open a page by URL (it must answer 200) and return the slugs of the article summaries it links to."""
    response = reader.page.goto(url, wait_until="load")
    assert response is not None and response.status == 200, f"{url} answered {response and response.status}"
    paths = (urlsplit(link["href"]).path for link in links(reader.page))
    return {match.group(1) for path in paths if (match := re.search(r"/articles/([^/]+)/index\.html$", path))}


@pytest.mark.parametrize("start", ["article summary", "home"])
def test_tag_links_resolve_to_pages_listing_their_articles(reader: Reader, sample_site: Path, start: str):
    reader.open(page_types(sample_site)[start])
    found = tag_links(reader.page)
    tags_of = tagged()
    expected = set(tags_of[ARTICLE]) if start == "article summary" else {t for tags in tags_of.values() for t in tags}
    assert expected <= set(found), f"{start}: tag links {sorted(found)}, expected at least {sorted(expected)}"
    for tag in sorted(expected):
        listed = listed_articles(reader, found[tag])
        with_tag = {slug for slug, tags in tags_of.items() if tag in tags}
        assert listed & set(tags_of) == with_tag, (
            f"tag page {found[tag]} lists {sorted(listed)}, the articles tagged {tag} are {sorted(with_tag)}"
        )
    assert not reader.errors and not reader.outside, (reader.errors, reader.outside)


def feed_urls(page: Any) -> dict[str, str]:
    return page.evaluate(
        """Object.fromEntries([...document.querySelectorAll('head link[rel="alternate"]')]
            .map(l => [l.getAttribute('type'), l.href]))"""
    )


@pytest.mark.parametrize("kind", ["home", "full text", "person"])
def test_feed_links_resolve_and_parse(reader: Reader, sample_site: Path, kind: str):
    reader.open(page_types(sample_site)[kind])
    feeds = feed_urls(reader.page)
    assert set(feeds) >= {"application/atom+xml", "application/feed+json"}, f"{kind}: feed links {feeds}"
    atom_url, json_url = feeds["application/atom+xml"], feeds["application/feed+json"]
    assert urlsplit(atom_url).path.endswith("/feed.xml") and urlsplit(json_url).path.endswith("/feed.json")
    request = reader.context.request
    atom = request.get(atom_url)
    assert atom.status == 200, f"{atom_url} answered {atom.status}"
    entries = ET.fromstring(atom.body()).findall(f"{ATOM}entry")
    json_feed = request.get(json_url)
    assert json_feed.status == 200, f"{json_url} answered {json_feed.status}"
    items = json.loads(json_feed.body())["items"]
    titles = {entry.find(f"{ATOM}title").text for entry in entries}
    assert titles == {front_matter()[slug]["title"] for slug in dated()}, f"Atom feed titles {sorted(titles)}"
    assert [item["title"] for item in items] == [entry.find(f"{ATOM}title").text for entry in entries], "the two feeds differ"
    # Each article's link, read as a feed reader reads it (relative to the feed), opens the article.
    for entry in entries:
        href = urljoin(atom_url, entry.find(f"{ATOM}link").get("href"))
        assert request.get(href).status == 200, href
    for item in items:
        assert request.get(urljoin(json_url, item["url"])).status == 200, item["url"]


def search(page: Any, query: str) -> str:
    """Material's search dialog: type ``query`` and return the text of its results."""
    box = open_search(page)
    box.press_sequentially(query)  # Material searches on key events, which fill() does not send
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    text = page.locator(".md-search-result__list").text_content() or ""
    return " ".join(text.split())


@pytest.mark.parametrize(("query", "expected"), [(PERSON, PERSON), (QUOTE_WORDS, QUOTE)], ids=["person", "quote"])
def test_search_finds_a_person_and_a_quote(reader: Reader, sample_site: Path, query: str, expected: str):
    reader.open("index.html")
    found = search(reader.page, query)
    assert expected.lower() in found.lower(), f"searching {query!r} found: {found[:500]}"
    assert not reader.errors and not reader.outside, (reader.errors, reader.outside)
