"""Readers: one per format, each returning an Article; bad input names file and line."""

from __future__ import annotations

import datetime as dt

import pytest

from builder.errors import DigestError
from builder.readers import find_articles, read_article
from tests.conftest import write_file as write


def test_text_title_is_first_non_empty_line(tmp_path):
    article = read_article(write(tmp_path, "My Story.txt", "\n\n  Big news today  \n\nBody line one.\n"))
    assert article.title == "Big news today"
    assert article.body.strip() == "Body line one."
    assert article.slug == "my-story"
    assert article.published is None


def test_markdown_front_matter_fields(tmp_path):
    md = """---
title: A title
published: 2019-08-07
source: https://example.org/a
authors: [Jane Doe, John Roe]
tags: syria
slug: custom-slug
summary: Editor summary.
people:
  drop: [Nobody Special]
  roles: {Glenn Fine: acting inspector general}
  merge: {G. Fine: Glenn Fine}
keep_lines: [Keep me]
---
Body text here.
"""
    article = read_article(write(tmp_path, "a.md", md))
    assert article.title == "A title"
    assert article.published == dt.date(2019, 8, 7)
    assert article.source_url == "https://example.org/a"
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.tags == ("syria",)
    assert article.slug == "custom-slug"
    assert article.overrides.summary == "Editor summary."
    assert article.overrides.drop_people == ("Nobody Special",)
    assert article.overrides.roles == (("Glenn Fine", "acting inspector general"),)
    assert article.overrides.merge == (("G. Fine", "Glenn Fine"),)
    assert article.overrides.keep_lines == ("Keep me",)
    assert article.body.strip() == "Body text here."


def test_markdown_without_front_matter_takes_title_from_heading(tmp_path):
    article = read_article(write(tmp_path, "b.md", "# The heading\n\nText.\n"))
    assert article.title == "The heading"


@pytest.mark.parametrize(
    ("content", "line", "fragment"),
    [
        ("---\ntitle: ok\npublished: [unclosed\n---\nx\n", 4, "bad front matter"),
        ("---\ntitle: ok\npublished: 2019-13-45\n---\nx\n", 3, "published"),
        ("---\n- a list\n---\nx\n", 2, "mapping"),
        ("---\ntitle: ok\ncolour: red\n---\nx\n", 3, "unknown key"),
        ("---\ntitle: ok\nno closing line\n", 1, "closing"),
        ("---\ntitle: !!python/object/apply:os.system ['echo hi']\n---\nx\n", 2, "bad front matter"),
    ],
)
def test_bad_front_matter_names_file_and_line(tmp_path, content, line, fragment):
    path = write(tmp_path, "bad.md", content)
    with pytest.raises(DigestError) as info:
        read_article(path)
    assert info.value.path == str(path)
    assert info.value.line == line
    assert fragment in str(info.value)
    assert str(info.value).startswith(f"{path}:{line}: ")


def test_invalid_utf8_names_the_line(tmp_path):
    path = write(tmp_path, "bin.txt", b"Title\nfine line\nbad \xff byte\n")
    with pytest.raises(DigestError) as info:
        read_article(path)
    assert info.value.line == 3
    assert "UTF-8" in str(info.value)


def test_byte_order_mark_is_dropped(tmp_path):
    article = read_article(write(tmp_path, "bom.txt", "\ufeffTitle\nBody.\n".encode()))
    assert article.title == "Title"


def test_html_reader_uses_trafilatura(tmp_path):
    paragraph = "The council approved the new budget on Tuesday after a long debate about schools and roads. " * 3
    html = f"""<html><head><title>Budget passes</title><meta name="author" content="Jane Doe"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Budget passes</h1><p>{paragraph}</p><p>{paragraph}</p></article>
<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"""
    article = read_article(write(tmp_path, "page.html", html))
    assert article.title == "Budget passes"
    assert "approved the new budget" in article.body
    assert "All rights reserved" not in article.body
    assert article.body_is_clean


def test_unsupported_extension(tmp_path):
    with pytest.raises(DigestError, match="unsupported"):
        read_article(write(tmp_path, "x.pdf", "x"))


def test_find_articles_is_sorted_and_skips_hidden(tmp_path):
    for name in ["b.txt", "a.md", ".hidden.txt", "notes.pdf"]:
        write(tmp_path, name, "T\nx\n")
    assert [p.name for p in find_articles(tmp_path)] == ["a.md", "b.txt"]
