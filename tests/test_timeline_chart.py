"""The drawn timeline: events laid out on a time axis, grouped by article on the merged page, safe to print."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markupsafe
import pytest

from builder import urls
from builder.extract.timex import value_interval
from builder.model import Article, CleanText, Digest, Paragraph, TextSpan, TimelineEntry, Timex
from builder.render import Renderer
from builder.timeline_chart import GAP_STEPS, chart, layout
from tests.conftest import ROOT, SEED, make_project

PAYLOAD = '<script>alert(1)</script> {{ 7*7 }} [x](javascript:alert(2)) <img src=x onerror=alert(3)> **bold** # head'


def view(day: str, text: str = "event", article: str = "a", **extra: Any) -> dict[str, Any]:
    """An entry as ``entry_view`` gives it, for a value such as "2019-08-07" or "2019-05"."""
    first, last = value_interval(day)
    return {
        "interval": (first, last),
        "date_words": day,
        "datetime": day,
        "time_words": None,
        "event": text,
        "anchor": "p-1",
        "paragraph": 1,
        "text_page": urls.article_page(article, "text"),
        "people": [],
        "article": f"Title of {article}",
        "article_page": urls.article_page(article),
    } | extra


def link(to: str, anchor: str | None = None) -> markupsafe.Markup:
    return markupsafe.Markup(urls.link(urls.TIMELINE_INDEX, to, anchor))


def test_points_are_in_time_order_with_gaps_that_grow_with_the_time_between_them():
    days = ["2021-01-01", "1950-06-01", "2019-08-07", "2019-08-20", "2020-05-01"]
    (group,) = layout([view(d) for d in days])
    firsts = [p.first for p in group.points]
    assert firsts == sorted(firsts) and [p.words for p in group.points][0] == "1950-06-01"
    # 1950 -> 2019 breaks the axis; 13 days is the smallest step, about 9 months the next, 8 months the next.
    assert [p.gap for p in group.points] == [0, len(GAP_STEPS), 0, 1, 1]
    assert [p.gap_words for p in group.points] == [None, "69 years later", None, None, None]
    # A year is ticked at the first date of each year only.
    assert [p.year for p in group.points] == [1950, 2019, None, 2020, 2021]


def test_events_of_one_day_share_one_point_and_keep_their_order():
    (group,) = layout([view("2019-08-07", "first"), view("2019-08-07", "second"), view("2019-09-01", "third")])
    assert [[e["event"] for e in p.events] for p in group.points] == [["first", "second"], ["third"]]


def test_relative_entries_stay_off_the_axis():
    relative = view("2019-08-07", "a year before publication") | {"interval": None}
    (group,) = layout([relative, view("2019-08-07", "pinned")])
    assert [e["event"] for p in group.points for e in p.events] == ["pinned"]
    assert layout([relative]) == [] and chart([relative], link) == ""


def test_merged_chart_names_an_article_once_per_group():
    entries = [
        view("2019-01-01", article="a"),
        view("2019-02-01", article="a"),
        view("2019-02-01", article="b"),  # same date: article a, already open, carries on first
        view("2019-03-01", article="b"),
        view("2019-04-01", article="a"),
    ]
    groups = layout(entries, by_article=True)
    assert [(g.title, len(g.points)) for g in groups] == [("Title of a", 2), ("Title of b", 2), ("Title of a", 1)]
    drawing = chart(entries, link, by_article=True)
    assert drawing.count("Title of a") == 2 and drawing.count("Title of b") == 1
    # Within a group the title is not repeated per event; each event keeps its own "¶" link.
    assert drawing.count('class="digest-event"') == 5
    assert drawing.count('aria-label="Paragraph 1 of the full text"') == drawing.count(">¶</a>") == 5
    assert 'href="../articles/b/index.html"' in drawing


def test_drawing_is_one_raw_html_block_of_real_text():
    drawing = chart([view("2019-08-07", "The dam opened"), view("2035", "It is repaid")], link, expressions=True)
    assert "\n\n" not in drawing and drawing.startswith("<div") and drawing.endswith("</div>")
    assert '<time datetime="2019-08-07">2019-08-07</time>' in drawing
    assert "The dam opened" in drawing and "16 years later" in drawing
    assert 'href="../articles/a/text.html#p-1"' in drawing


class _Text(HTMLParser):
    """The tags a fragment opens and the text a reader sees in it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attrs: set[str] = set()
        self.text = ""

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs.update(name for name, _ in attrs)

    def handle_data(self, data):
        self.text += data


def test_hostile_event_text_stays_text():
    people = [{"name": PAYLOAD, "page": None}]
    hostile = {"article": PAYLOAD, "people": people, "expression": PAYLOAD, "time_words": PAYLOAD}
    entry = view("2019-08-07", PAYLOAD, article="evil") | hostile
    drawing = chart([entry], link, by_article=True, expressions=True)
    seen = _Text()
    seen.feed(str(drawing))
    assert seen.tags <= {"div", "ol", "ul", "li", "p", "span", "time", "a", "br"}
    assert "onerror" not in seen.attrs and "src" not in seen.attrs
    assert seen.text.count(PAYLOAD) == 5  # title, time, event, expression, person: each shown as written
    assert "javascript:" not in " ".join(re.findall(r'href="([^"]*)"', drawing))


def _digest() -> Digest:
    """An undated article with two calendar dates and one date relative to publication."""
    text = "The dam opened in 1950. It was rebuilt on 7 August 2019.\n\nLast year it leaked."
    paragraphs = (Paragraph(0, 0, text.index("\n")), Paragraph(1, text.index("Last"), len(text)))

    def entry(words: str, value: str, label: str, relative: bool = False) -> TimelineEntry:
        start = text.index(words)
        end = text.index(".", start) + 1
        first, last = value_interval(value if not relative else "2000")
        key = (1.0 if relative else 0.0, float(first.toordinal()), float(last.toordinal()), float(start))
        return TimelineEntry(Timex(words, start, start + len(words), "DATE", value), TextSpan(text[start:end], start, end), label, key)

    entries = (
        entry("1950", "1950", "1950"),
        entry("7 August 2019", "2019-08-07", "August 7, 2019"),
        entry("Last year", "XXXX", "the year before publication", relative=True),
    )
    article = Article(slug="dam", source_path=None, title="The Dam Story", body=text)
    return Digest(article, CleanText(text, paragraphs), (), (), (), tuple(e.timex for e in entries), entries)


def test_article_page_draws_calendar_dates_and_lists_relative_ones_in_markdown():
    files = Renderer(ROOT / "templates").render([_digest()]).files
    page = files[urls.article_page("dam", "timeline")]
    drawing, listing = page.split("## Dated relative to publication")
    assert "## On the calendar" in drawing and drawing.count('class="digest-chart-point') == 2
    assert '<time datetime="2019-08-07">7 August 2019</time>' in drawing and "69 years later" in drawing
    assert "Last year" not in drawing
    assert re.search(r"^- \*\*the year before publication\*\* \(“Last year”\): Last year", listing, re.M)
    assert 'aria-label="Paragraph 2 of the full text"' in listing
    assert "[timeline.json](timeline.json)" in listing
    merged = files[urls.TIMELINE_INDEX]
    assert merged.count("The Dam Story") == 1 and "Last year it leaked" not in merged
    assert "[timeline.json](../timeline.json)" in merged


BRIDGE = """---
title: Council approves bridge plan
published: 2020-03-04
---
Mayor Maria Lopez said on Tuesday that work on the river bridge would start next spring.

The council will borrow 40 million dollars in May and repay it by 2035, Lopez said.
"""


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.chart_links: list[str] = []
        self.depth = 0  # inside the drawing's frame

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if self.depth or "digest-chart-frame" in (attrs.get("class") or ""):
            self.depth += tag == "div"
            if tag == "a":
                self.chart_links.append(attrs["href"])

    def handle_endtag(self, tag):
        if self.depth and tag == "div":
            self.depth -= 1


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.mark.slow
def test_built_timeline_pages_show_the_drawing_and_its_links_resolve(tmp_path: Path):
    from builder.build import build_site
    from builder.settings import load_settings

    project = make_project(tmp_path / "project", {SEED.name: SEED.read_bytes(), "bridge.md": BRIDGE})
    assert build_site(load_settings(project), strict=False).site_built
    site = project / "site"
    for page in (site / "articles" / "bridge" / "timeline.html", site / "timeline" / "index.html"):
        links = _parse(page).chart_links
        assert any(link.endswith("#p-2") for link in links), page
        for href in links:
            target, _, anchor = href.partition("#")
            resolved = (page.parent / target).resolve()
            assert resolved.is_file(), (page, href)
            if anchor:
                assert anchor in _parse(resolved).ids, (page, href)
    assert "Council approves bridge plan" in (site / "timeline" / "index.html").read_text(encoding="utf-8")
