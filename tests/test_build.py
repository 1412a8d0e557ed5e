"""The real build: MkDocs turns docs/ into site/; pages, links and the search index are checked."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from builder.build import build_site
from builder.errors import DigestError
from builder.settings import load_settings
from tests.conftest import SEED
from tests.conftest import make_project as make_scratch_project

pytestmark = pytest.mark.slow

SECOND = """---
title: Council approves bridge plan
published: 2020-03-04
source: https://example.org/bridge
authors: [Jane Doe]
---
Mayor Maria Lopez said on Tuesday that work on the river bridge would start next spring.

"We have waited long enough for this bridge," Lopez said.
"""


def make_project(tmp_path: Path) -> Path:
    """The seed and a dated Markdown article in a scratch project."""
    return make_scratch_project(tmp_path / "project", {SEED.name: SEED.read_bytes(), "bridge.md": SECOND})


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.loads: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        for key in ("src", "srcset") if tag != "a" else ():
            if attrs.get(key):
                self.loads.append(attrs[key])
        if tag == "link" and attrs.get("href"):
            self.loads.append(attrs["href"])


def parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, object]:
    project = make_project(tmp_path_factory.mktemp("build"))
    report = build_site(load_settings(project), strict=True)
    return project, report


def test_build_reports_and_writes_site(built):
    project, report = built
    assert report.ok and report.site_built and report.articles == 2
    site = project / "site"
    slug = SEED.stem
    for page in ("index", "quotes", "people", "timeline", "text"):
        assert (site / "articles" / slug / f"{page}.html").is_file()
    assert (site / "index.html").is_file()
    assert (site / "people" / "index.html").is_file()
    assert (site / "timeline" / "index.html").is_file()
    assert (site / "timeline.json").is_file()


def test_internal_links_resolve(built):
    project, _ = built
    site = project / "site"
    for page in site.rglob("*.html"):
        if page.name == "404.html":  # MkDocs' own error page links from the site root
            continue
        collector = parse(page)
        for href in collector.links:
            if re.match(r"[a-z]+:", href) or href.startswith("#"):
                continue
            target, _, anchor = href.partition("#")
            resolved = (page.parent / target).resolve()
            assert resolved.exists(), f"{page.relative_to(site)} links to missing {href}"
            if anchor and resolved.suffix == ".html":
                assert anchor in parse(resolved).ids, f"{page.relative_to(site)} links to missing anchor {href}"


def test_site_loads_nothing_from_outside(built):
    project, _ = built
    site = project / "site"
    for page in site.rglob("*.html"):
        for url in parse(page).loads:
            assert not re.match(r"(https?:)?//", url), f"{page.relative_to(site)} loads {url}"
    for css in site.rglob("*.css"):
        assert "fonts.googleapis" not in css.read_text(encoding="utf-8", errors="replace")


def test_search_index_finds_people_quotes_and_text(built):
    project, _ = built
    index = json.loads((project / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    corpus = " ".join(doc.get("title", "") + " " + doc.get("text", "") for doc in index["docs"])
    for needle in ("Glenn Fine", "Maria Lopez", "pretty soon", "waited long enough", "clandestine network", "Iraqi Security Forces"):
        assert needle in corpus, needle


def test_furniture_never_reaches_the_site(built):
    project, _ = built
    text = " ".join(p.read_text(encoding="utf-8") for p in (project / "site").rglob("*.html"))
    for furniture in ("Advertisement", "Subscribe to our newsletter", "Sign up here", "0 1,575", "subscribe now"):
        assert furniture not in text, furniture


def test_bad_article_stops_build_before_anything_is_written(tmp_path):
    project = make_project(tmp_path)
    settings = load_settings(project)
    build_site(settings, run_mkdocs_step=False)
    before = sorted(p.relative_to(project / "docs") for p in (project / "docs").rglob("*"))
    (project / "content" / "broken.md").write_text("---\ntitle: [oops\n---\n", encoding="utf-8")
    with pytest.raises(DigestError) as info:
        build_site(settings, run_mkdocs_step=False)
    assert "broken.md" in str(info.value)
    assert sorted(p.relative_to(project / "docs") for p in (project / "docs").rglob("*")) == before


def test_keep_going_builds_the_rest_and_reports_failures(tmp_path):
    project = make_project(tmp_path)
    (project / "content" / "broken.md").write_text("---\npublished: never\n---\nx\n", encoding="utf-8")
    report = build_site(load_settings(project), run_mkdocs_step=False, keep_going=True)
    assert not report.ok and report.articles == 2
    assert any("broken.md" in failure for failure in report.failures)


def test_second_build_uses_the_cache(tmp_path):
    project = make_project(tmp_path)
    settings = load_settings(project)
    first = build_site(settings, run_mkdocs_step=False)
    second = build_site(settings, run_mkdocs_step=False)
    assert first.extracted == 2 and second.cached == 2 and second.extracted == 0
    (project / "content" / "bridge.md").write_text(SECOND + "\nOne more line of text.\n", encoding="utf-8")
    third = build_site(settings, run_mkdocs_step=False)
    assert third.cached == 1 and third.extracted == 1


def test_unchanged_inputs_leave_the_site_alone_and_any_change_rebuilds(tmp_path):
    project = make_project(tmp_path)
    settings = load_settings(project)
    assert build_site(settings).site_built
    index = project / "site" / "index.html"
    before = index.stat().st_mtime_ns
    again = build_site(settings)
    assert again.up_to_date and not again.site_built
    assert index.stat().st_mtime_ns == before
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_name: Digest", "site_name: Newsroom digest"), encoding="utf-8")
    changed = build_site(settings)
    assert changed.site_built and "Newsroom digest" in index.read_text(encoding="utf-8")
    (project / "site" / "index.html").unlink()
    assert build_site(settings).site_built


def test_article_people_and_timeline_pages_stay_out_of_the_search_index(built):
    # Their content is found on the person's directory page and in the full text instead.
    project, _ = built
    index = json.loads((project / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert not [p for p in pages if p.endswith(("/people.html", "/timeline.html"))]
    assert any(p.startswith("people/glenn-fine") for p in pages)
    assert any(p.endswith("/text.html") for p in pages) and any(p.endswith("/quotes.html") for p in pages)


def test_every_page_links_feeds_that_exist(built):
    project, _ = built
    site = project / "site"
    assert (site / "feed.xml").is_file() and (site / "feed.json").is_file()
    for page in [site / "index.html", *sorted(site.glob("articles/*/quotes.html"))[:1]]:
        feed_link = r'<link rel="alternate" type="application/(?:atom\+xml|feed\+json)"[^>]*href="([^"]+)"'
        hrefs = re.findall(feed_link, page.read_text(encoding="utf-8"))
        assert len(hrefs) == 2, page
        for href in hrefs:
            assert (page.parent / href).resolve().is_file(), (page, href)


def test_home_page_title_is_the_site_name_once(built):
    project, _ = built
    assert "<title>Digest</title>" in (project / "site" / "index.html").read_text(encoding="utf-8")
