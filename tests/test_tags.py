"""Tags: a page per tag listing its articles as the home page does, linked from cards and article pages."""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from pathlib import Path

from builder import urls
from builder.build import build_site
from builder.model import Article, CleanText, Digest, Paragraph, TextSpan
from builder.render import ARTICLES_PER_PAGE, Renderer
from builder.settings import load_settings
from tests.conftest import ROOT, make_project

HOSTILE_TAG = '<script>alert(1)</script> [x](javascript:alert(2)) **bold** # {: onclick="alert(3)" }'


def digest(slug: str, tags: tuple[str, ...], published: dt.date | None = None, title: str | None = None) -> Digest:
    text = f"{slug} happened."
    article = Article(slug=slug, source_path=None, title=title or slug.title(), body=text, published=published, tags=tags)
    return Digest(article, CleanText(text, (Paragraph(0, 0, len(text)),)), (TextSpan(text, 0, len(text)),), (), (), (), ())


def render(digests: list[Digest]) -> dict[str, str]:
    return Renderer(ROOT / "templates").render(digests).files


def card_titles(page: str) -> list[str]:
    """The article titles a listing page shows, in order (each card is a ``## [Title](link)`` heading)."""
    return re.findall(r"^## \[(.*)\]\(", page, re.MULTILINE)


def markdown_links(page: str) -> list[str]:
    """The targets of the page's Markdown links that stay inside the site."""
    return [t for t in re.findall(r"\]\(([^)\s]+)\)", page) if not t.startswith(("http://", "https://"))]


def test_tags_that_slug_alike_share_a_page_and_odd_tags_get_a_stable_one():
    assert urls.tag_page("City") == urls.tag_page("city!") == urls.tag_page(" CITY ") == "tags/city.md"
    assert urls.tag_slug("Côte d'Ivoire") == "cote-d-ivoire"
    # No ASCII letter or digit: a hash of the text, the same every build, different per tag.
    assert re.fullmatch(r"tag-[0-9a-f]{10}", urls.tag_slug("日本"))
    assert urls.tag_slug("日本") != urls.tag_slug("中国")
    assert urls.tag_slug("…") != urls.tag_slug("!!!")
    # The folder's own pages are never a tag's: "index" and "page-2" would overwrite the tags directory.
    assert urls.tag_page("Index") != urls.tags_index()
    assert urls.tag_page("page 2") != urls.listing_page(urls.tags_index(), 2)
    assert len(urls.tag_slug("word " * 100)) <= 60
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", urls.tag_slug(HOSTILE_TAG))


def test_tag_pages_list_their_articles_newest_first():
    files = render(
        [
            digest("old", ("City", "transport"), dt.date(2019, 1, 1)),
            digest("new", ("city",), dt.date(2022, 5, 1)),
            digest("undated", ("City",)),
            digest("other", ("environment",), dt.date(2021, 1, 1)),
            digest("untagged", ()),
        ]
    )
    assert card_titles(files["tags/city.md"]) == ["New", "Old", "Undated"]
    assert card_titles(files["tags/transport.md"]) == ["Old"]
    assert card_titles(files["tags/environment.md"]) == ["Other"]
    assert '<time datetime="2022-05-01">1 May 2022</time>' in files["tags/city.md"]
    assert "3 articles tagged “City”" in files["tags/city.md"]  # the spelling most articles use names the page
    # The directory: every tag once, alphabetically, with its count and a link to its page.
    index = files[urls.tags_index()]
    assert re.findall(r"^- \[(\w+)\]\((\S+)\) \((\d+) articles?\)$", index, re.MULTILINE) == [
        ("City", "city.html", "3"),
        ("environment", "environment.html", "1"),
        ("transport", "transport.html", "1"),
    ]
    assert not any(path.startswith("tags/") and "untagged" in path for path in files)


def test_the_tags_directory_exists_without_tags():
    # The nav links it on every page.
    files = render([digest("a", ())])
    assert "No tags yet." in files[urls.tags_index()]
    assert [p for p in files if p.startswith("tags/")] == [urls.tags_index()]


def test_a_tag_with_many_articles_is_paginated():
    total = 2 * ARTICLES_PER_PAGE + 20
    files = render([digest(f"a{i:03d}", ("busy",), dt.date(2000, 1, 1) + dt.timedelta(days=i)) for i in range(total)])
    pages = ["tags/busy.md", "tags/busy/page-2.md", "tags/busy/page-3.md"]
    assert set(pages) <= set(files) and "tags/busy/page-4.md" not in files
    assert [len(card_titles(files[p])) for p in pages] == [ARTICLES_PER_PAGE, ARTICLES_PER_PAGE, 20]
    assert card_titles(files[pages[0]])[0] == f"A{total - 1:03d}" and card_titles(files[pages[2]])[-1] == "A000"
    assert "(busy/page-2.html)" in files[pages[0]]  # "Next" from the first page
    assert "(../busy.html)" in files[pages[1]] and "(page-3.html)" in files[pages[1]]
    assert "Page 3 of 3 (120 articles)" in files[pages[2]]


def test_hostile_tag_names_render_as_text():
    files = render([digest("evil", (HOSTILE_TAG, "日本"), dt.date(2020, 1, 1))])
    page = urls.tag_page(HOSTILE_TAG)
    assert page in files and urls.tag_page("日本") in files
    for path, text in files.items():
        if not path.endswith(".md"):
            continue
        body = text.split("---\n", 2)[2]  # the title in front matter is HTML-escaped text (see the last assert)
        assert "<script>" not in body and "](javascript:" not in body and "**bold**" not in body, path
        assert 'onclick="' not in body, path
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &#91;x&#93;(javascript:alert(2)) &#42;&#42;bold&#42;&#42;"
    assert escaped in files[urls.tags_index()] and escaped in files["index.md"] and escaped in files[urls.article_page("evil")]
    assert 'title: "Tag: &lt;script&gt;' in files[page]  # the page title, escaped for the theme that prints it raw


def test_tags_link_from_home_cards_and_article_pages():
    files = render([digest("a", ("City", "Transport"), dt.date(2020, 1, 1))])
    assert "Tags: [City](tags/city.html), [Transport](tags/transport.html)" in files["index.md"]
    assert "Tags: [City](../../tags/city.html), [Transport](../../tags/transport.html)" in files[urls.article_page("a")]
    assert "Tags: [City](../articles/a/index.html)" not in files["tags/city.md"]
    assert "[All tags](index.html)" in files["tags/city.md"]


def test_tag_links_resolve_to_pages_in_docs(tmp_path: Path):
    articles = {
        "bridge.md": "---\ntitle: Bridge plan\npublished: 2020-03-04\ntags: [City, transport]\n---\nThe council met on Tuesday.\n",
        "harbour.md": "---\ntitle: Harbour\npublished: 2021-06-10\ntags: [city, 日本]\n---\nDivers cleaned the harbour.\n",
    }
    project = make_project(tmp_path / "project", articles)
    settings = load_settings(project)
    build_site(settings, run_mkdocs_step=False)
    docs = settings.docs_dir
    checked = 0
    for name in ("index.md", "tags/index.md", "tags/city.md", "articles/bridge/index.md", "articles/harbour/index.md"):
        page = (docs / name).read_text(encoding="utf-8")
        for target in markdown_links(page):
            path = posixpath.normpath(posixpath.join(posixpath.dirname(name), target.split("#")[0]))
            assert (docs / path[: -len(".html")]).with_suffix(".md").is_file() or (docs / path).is_file(), (name, target)
            checked += "tags/" in path
    assert checked >= 8
    assert card_titles((docs / "tags/city.md").read_text(encoding="utf-8")) == ["Harbour", "Bridge plan"]
    # The nav names the directory, and MkDocs finds the page it names.
    assert "- Tags: tags/index.md" in (project / "mkdocs.yml").read_text(encoding="utf-8")
