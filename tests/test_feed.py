"""Feeds: Atom and JSON Feed of the newest dated articles, parsed back as a feed reader would."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET

from builder.feed import FEED_ARTICLES, feeds
from builder.model import Article, CleanText, Digest, Paragraph, TextSpan

ATOM = "{http://www.w3.org/2005/Atom}"


def digest(slug: str, published: dt.date | None, title: str = "A title") -> Digest:
    text = "First sentence of the story."
    article = Article(slug=slug, source_path=None, title=title, body=text, published=published, authors=("Jane Roe",), tags=("city",))
    return Digest(article, CleanText(text, (Paragraph(0, 0, len(text)),)), (TextSpan(text, 0, len(text)),), (), (), (), ())


def test_atom_lists_dated_articles_newest_first_with_absolute_links():
    digests = [digest("old", dt.date(2020, 1, 2)), digest("new", dt.date(2021, 3, 4)), digest("undated", None)]
    atom = ET.fromstring(feeds(digests, site_name="Digest", site_url="https://example.org/d/")["feed.xml"])
    entries = atom.findall(f"{ATOM}entry")
    links = [e.find(f"{ATOM}link").get("href") for e in entries]
    assert links == ["https://example.org/d/articles/new/index.html", "https://example.org/d/articles/old/index.html"]
    first = entries[0]
    assert first.find(f"{ATOM}published").text.startswith("2021-03-04")
    assert first.find(f"{ATOM}summary").text == "First sentence of the story."
    assert first.find(f"{ATOM}author/{ATOM}name").text == "Jane Roe"
    assert first.find(f"{ATOM}category").get("term") == "city"


def test_json_feed_matches_and_keeps_markup_as_text():
    hostile = '<script>alert(1)</script> & "quotes"'
    out = feeds([digest("a", dt.date(2022, 5, 6), title=hostile)], site_name="Digest", site_url=None)
    data = json.loads(out["feed.json"])
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert [item["title"] for item in data["items"]] == [hostile]
    assert data["items"][0]["url"] == "articles/a/index.html"
    # In Atom the title is XML-escaped text, never markup.
    atom = ET.fromstring(out["feed.xml"])
    assert atom.find(f"{ATOM}entry/{ATOM}title").text == hostile


def test_feed_holds_at_most_the_newest_fifty():
    digests = [digest(f"a{i:03d}", dt.date(2020, 1, 1) + dt.timedelta(days=i)) for i in range(FEED_ARTICLES + 10)]
    data = json.loads(feeds(digests, site_name="Digest", site_url=None)["feed.json"])
    assert len(data["items"]) == FEED_ARTICLES
    assert data["items"][0]["id"] == f"a{FEED_ARTICLES + 9:03d}"


def test_control_characters_in_article_text_do_not_break_the_atom_feed():
    out = feeds([digest("a", dt.date(2022, 5, 6), title="Bell\x08 rings\x00 twice")], site_name="Digest", site_url=None)
    atom = ET.fromstring(out["feed.xml"])
    assert atom.find(f"{ATOM}entry/{ATOM}title").text == "Bell rings twice"


def test_a_title_of_nothing_but_control_characters_still_makes_a_feed():
    out = feeds([digest("x\x01", dt.date(2022, 5, 6), title="\x02\x03")], site_name="\x04", site_url=None)
    atom = ET.fromstring(out["feed.xml"])
    assert atom.find(f"{ATOM}entry/{ATOM}title").text == "x"
