"""Hostile articles build into a site where every payload is inert text.

Each payload goes through every field (see ``corpus.FIELDS``); the built HTML is parsed
and compared with a benign twin: the hostile site may contain no tag or attribute the
site's own markup does not, no script carrying payload code, no ``on*`` handler and no
script URL, and the payloads must still be there, as text.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest

from builder import urls
from builder.mdtext import md_escape
from builder.readers import read_article
from builder.render import Renderer
from tests.conftest import ROOT
from tests.security.conftest import Built, fold, html_pages
from tests.security.corpus import FIELDS, groups, hostile_digests
from tests.security.payloads import MARKERS, PAYLOADS

pytestmark = pytest.mark.slow

URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "srcdoc",
    "poster",
    "background",
    "ping",
    "srcset",
    "content",
}
SCRIPT_SCHEMES = ("javascript:", "data:", "vbscript:")


class Page(HTMLParser):
    """What a page contains: its tags and attributes, URLs, script bodies and visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: set[tuple[str, str]] = set()
        self.urls: list[tuple[str, str, str]] = []
        self.handlers: list[tuple[str, str, str]] = []
        self.styles: list[str] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self.h1: list[str] = []
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        for name, value in attrs:
            self.attributes.add((tag, name))
            if name.startswith("on"):
                self.handlers.append((tag, name, value or ""))
            if name in URL_ATTRIBUTES and value:
                self.urls.append((tag, name, value))
            if name == "style" and value:
                self.styles.append(value)
        if tag in {"script", "style", "h1", "title"}:
            self._open.append(tag)
            if tag == "script":
                self.scripts.append("")
            if tag == "h1":
                self.h1.append("")

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1] == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        where = self._open[-1] if self._open else None
        if where == "script":
            self.scripts[-1] += data
        elif where == "style":
            self.styles.append(data)
        else:
            self.text.append(data)
            if where == "h1":
                self.h1[-1] += data


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def site_markup(site: Path) -> tuple[set[str], set[tuple[str, str]], set[str]]:
    """Every tag, (tag, attribute) pair and event-handler attribute the site uses."""
    tags: set[str] = set()
    attributes: set[tuple[str, str]] = set()
    handlers: set[str] = set()
    for path in html_pages(site):
        page = parse(path)
        tags |= page.tags
        attributes |= page.attributes
        handlers |= {f"{tag}[{name}]" for tag, name, _ in page.handlers}
    return tags, attributes, handlers


def scheme(url: str) -> str:
    """The URL as a browser would read its scheme: entities decoded, control characters and spaces removed."""
    return re.sub(r"[\x00-\x20\x7f]+", "", html.unescape(url)).lower()


def test_every_hostile_article_was_built(hostile_site: Built):
    assert hostile_site.report.ok, hostile_site.report.failures
    assert hostile_site.report.site_built
    for i in range(len(groups(PAYLOADS, 8))):
        for slug in (f"hostile-{i}", f"hostile-summary-{i}", f"plain-{i}"):
            for name in urls.ARTICLE_PAGES:
                assert (hostile_site.site / urls.html_path(urls.article_page(slug, name))).is_file(), (slug, name)
    for slug in ("hostile-page", "hostile-page-raw"):
        assert (hostile_site.site / urls.html_path(urls.article_page(slug))).is_file()


def test_saved_web_page_keeps_payload_text(hostile_site: Built):
    """The HTML reader (trafilatura) turns markup into text; escaped payloads in the page come out as that text.

    trafilatura decodes entities a second time and drops invisible format characters (and
    NUL): harmless changes to text, undone here before comparing.
    """

    def norm(text: str) -> str:
        text = html.unescape(text).replace("\x00", "")
        return fold("".join(c for c in text if unicodedata.category(c) != "Cf"))

    text_page = parse(hostile_site.site / urls.html_path(urls.article_page("hostile-page", "text")))
    text = norm(" ".join(text_page.text))
    missing = [p for p in PAYLOADS if norm(p) not in text]
    assert not missing, missing[:10]


def test_corpus_covers_every_field():
    assert len(PAYLOADS) >= 60
    assert len(FIELDS) >= 10
    assert len(set(PAYLOADS)) == len(PAYLOADS)


def test_no_tag_or_attribute_beyond_the_sites_own(hostile_site: Built, benign_site: Built):
    tags, attributes, handlers = site_markup(benign_site.site)
    for path in html_pages(hostile_site.site):
        page = parse(path)
        where = path.relative_to(hostile_site.site)
        assert page.tags <= tags, (where, page.tags - tags)
        assert page.attributes <= attributes, (where, page.attributes - attributes)
        assert {f"{tag}[{name}]" for tag, name, _ in page.handlers} <= handlers, where


def test_no_event_handler_runs_payload_code(hostile_site: Built):
    for path in html_pages(hostile_site.site):
        for tag, name, value in parse(path).handlers:
            assert not any(marker in value for marker in MARKERS), (path, tag, name, value)


def test_no_script_url_anywhere(hostile_site: Built):
    for path in html_pages(hostile_site.site):
        page = parse(path)
        for tag, name, value in page.urls:
            if tag == "meta" and name == "content" and "url=" not in value.lower():
                continue
            target = scheme(value.split("url=", 1)[-1] if tag == "meta" else value)
            assert not target.startswith(SCRIPT_SCHEMES), (path, tag, name, value)
            assert not any(marker in target for marker in MARKERS), (path, tag, name, value)
        for style in page.styles:
            assert not any(marker in style for marker in MARKERS), (path, style)


def test_no_script_carries_payload_code(hostile_site: Built):
    for path in html_pages(hostile_site.site):
        for script in parse(path).scripts:
            assert not any(marker in script for marker in MARKERS), (path, script[:200])


def test_payloads_reach_the_pages_as_text(hostile_site: Built):
    """Inert is not enough: the reader sees each payload, literally, where the article had it."""
    site = hostile_site.site
    for i, group in enumerate(groups(PAYLOADS, 8)):
        index = parse(site / urls.html_path(urls.article_page(f"hostile-{i}")))
        assert fold(" · ".join(group)) in fold("".join(index.h1)), f"title of hostile-{i}"
        text_page = fold(" ".join(parse(site / urls.html_path(urls.article_page(f"hostile-{i}", "text"))).text))
        summary_page = fold(" ".join(parse(site / urls.html_path(urls.article_page(f"hostile-summary-{i}"))).text))
        meta = fold(" ".join(index.text))
        for payload in group:
            visible = fold(payload)
            assert visible in text_page, ("body", payload)
            assert visible in summary_page, ("summary", payload)
            assert visible in meta, ("authors", payload)


def test_title_element_holds_the_title_as_text(hostile_site: Built):
    for path in html_pages(hostile_site.site):
        source = path.read_text(encoding="utf-8")
        assert source.count("<title>") == 1 and source.count("</title>") == 1, path


def test_search_index_holds_text_not_markup(hostile_site: Built):
    """Material renders the index with innerHTML: a payload may appear there only escaped."""
    index = json.loads((hostile_site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for doc in index["docs"]:
        for key in ("title", "text"):
            value = doc.get(key, "")
            assert "<script" not in value.lower() and "<img" not in value.lower() and "<svg" not in value.lower(), (
                doc["location"],
                key,
                value[:300],
            )


def test_file_names_cannot_reach_pages_or_paths(tmp_path: Path):
    """A payload as a file name: the slug is plain ASCII words, so page paths never carry it."""
    for payload in PAYLOADS:
        name = re.sub(r"[/\x00]", "_", payload.replace("\n", " "))[:180]
        path = tmp_path / f"{name}.txt"
        path.write_text("A title\n\nSome body text for the article.\n", encoding="utf-8")
        article = read_article(path)
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", article.slug), (payload, article.slug)
        path.unlink()


def test_renderer_escapes_every_field_in_every_page():
    """Below MkDocs: in the Markdown the renderer writes, every payload is text.

    Each page goes through Python-Markdown (MkDocs' renderer) on its own: a payload whose
    characters turned into markup anywhere (a link, emphasis, a tag, a heading) would lose
    them from the visible text, so every payload written on a page must read back whole.
    """
    import markdown

    files = Renderer(ROOT / "templates").render(hostile_digests(PAYLOADS)).files
    pages = {path: text.split("---\n", 2)[2] for path, text in files.items() if path.endswith(".md")}
    assert len(pages) > 10
    checked = 0
    for path, body in pages.items():
        for payload in PAYLOADS:
            if re.search(r"[<>\"']", payload):
                assert payload not in body, (path, payload)
        if not any(marker in body for marker in MARKERS):
            continue
        rendered = markdown.markdown(body, extensions=["tables", "toc"])
        visible = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", rendered)).split())
        for payload in PAYLOADS:
            folded = " ".join(payload.split())
            if any(marker in payload for marker in MARKERS) and md_escape(payload) in body:
                assert folded in visible, (path, folded[:200])
                checked += 1
    assert checked > 50


def test_timelinejs_files_hold_escaped_text():
    """TimelineJS renders ``headline`` and ``text`` as HTML: article text must arrive there escaped."""
    files = Renderer(ROOT / "templates").render(hostile_digests(PAYLOADS)).files
    timelines = [json.loads(text) for path, text in files.items() if path.endswith("timeline.json")]
    assert len(timelines) > 1
    fields = [e["text"][key] for t in timelines for e in t.get("events", []) for key in ("headline", "text") if key in e.get("text", {})]
    assert fields
    for value in fields:
        assert "<" not in value and ">" not in value, value[:200]
