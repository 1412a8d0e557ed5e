"""The timeline as a picture: dated events laid out on a vertical time axis when the site is built.

Why HTML and CSS rather than SVG: the drawing is mostly words (dates, event clauses, article
titles, people) and SVG text does not wrap, so an SVG either scrolls sideways on a 390-px phone
or needs line breaking done here by guessing glyph widths. Nested lists wrap like any
paragraph, are read by a screen reader as what they are (years of dates of events, each event
with its "¶" link), can be selected and searched in the page, and take Material's colour
variables, so the light and dark palettes both apply. CSS (``digest.css``, block
``timeline chart``) draws the axis, the dots and the year ticks; no JavaScript is involved.

The axis is vertical at every width, earliest at the top. Distances are not linear (a century
and a week would not fit one scale) but grow with the logarithm of the time between two
dates, in four steps: within a month, within a year, within three years, longer. A longer
gap is also drawn as a broken axis with its length in words ("12 years later"). A year label
sits beside the first date of each year; each date is written out in a ``<time>`` element.

Events dated on the same day (more generally: covering the same span, such as one month) share
one point. On the merged timeline consecutive events of one article form a group under the
article's title, which is printed once per group, never per event; where several articles
share a date, the article of the group already open is continued first.

Every piece of article text is escaped by :func:`builder.mdtext.md_escape`, the site's one
escape function; links come from the renderer's ``link()`` as :class:`markupsafe.Markup`. The
markup is one raw HTML block without blank lines, so Markdown renderers pass it through whole.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import markupsafe

from builder.mdtext import md_escape

Link = Callable[..., markupsafe.Markup]
# Days from one point to the next at which the gap above it grows a step (log-like spacing).
GAP_STEPS = (32, 366, 3 * 365)
# From this many days on, the gap is drawn as a broken axis with its length in words.
BROKEN_AXIS_DAYS = GAP_STEPS[-1]


@dataclass
class Point:
    """One place on the axis: a date (or span), the gap above it, and the events it dates."""

    first: dt.date
    last: dt.date
    words: str  # the date as a reader says it ("7 August 2019", "spring 2019")
    datetime: str | None  # the machine-readable form, when HTML's <time> has one
    gap: int = 0  # 0..3, see GAP_STEPS
    gap_words: str | None = None  # "12 years later" on a broken axis
    year: int | None = None  # printed beside the point: the first date of a new year
    events: list[Mapping[str, Any]] = field(default_factory=list)


@dataclass
class Group:
    """Consecutive points of one article (merged timeline) or of the whole page (an article's own)."""

    key: str | None  # the article's page, or None when the page is one article
    title: str | None
    points: list[Point] = field(default_factory=list)


def on_axis(entries: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The entries with a calendar span (``interval``); the others stay in the list under the drawing."""
    return [e for e in entries if e.get("interval")]


def layout(entries: Sequence[Mapping[str, Any]], *, by_article: bool = False) -> list[Group]:
    """Points in time order, grouped by article when ``by_article``; entries without a span are skipped.

    An entry is an :func:`builder.render.entry_view` mapping: ``interval`` (first and last
    day), ``date_words``, ``datetime`` and, with ``by_article``, ``article`` and
    ``article_page``. The sort is stable, so events of one date keep the order they came in.
    """
    placed = sorted(on_axis(entries), key=lambda e: e["interval"])
    groups: list[Group] = []
    previous: Point | None = None
    start = 0
    while start < len(placed):
        end = start
        while end < len(placed) and placed[end]["interval"] == placed[start]["interval"]:
            end += 1
        same_date = placed[start:end]
        start = end
        keys = list(dict.fromkeys(e["article_page"] if by_article else None for e in same_date))
        if groups and groups[-1].key in keys:  # carry on with the article already open
            keys.remove(groups[-1].key)
            keys.insert(0, groups[-1].key)
        for key in keys:
            events = [e for e in same_date if (e["article_page"] if by_article else None) == key]
            if not groups or groups[-1].key != key:
                groups.append(Group(key, events[0]["article"] if by_article else None))
            point = _point(events, previous)
            groups[-1].points.append(point)
            previous = point
    return groups


def _point(events: list[Mapping[str, Any]], previous: Point | None) -> Point:
    first, last = events[0]["interval"]
    point = Point(first, last, events[0]["date_words"], events[0]["datetime"], events=events)
    if previous is None:
        point.year = first.year
        return point
    days = (first - previous.first).days
    point.gap = sum(days >= step for step in GAP_STEPS)
    if days >= BROKEN_AXIS_DAYS:  # in calendar years, as the year ticks on either side read
        point.gap_words = f"{first.year - previous.first.year} years later"
    if first.year != previous.first.year:
        point.year = first.year
    return point


def chart(entries: Sequence[Mapping[str, Any]], link: Link, *, by_article: bool = False, expressions: bool = False) -> markupsafe.Markup:
    """The drawing as one raw HTML block (empty when no entry has a calendar date).

    ``link`` is the page's link function; ``expressions`` adds the words that gave each date
    (an article's own timeline shows them; the merged one has no room for them).
    """
    groups = layout(entries, by_article=by_article)
    if not groups:
        return markupsafe.Markup("")
    label = "Dated events on a time axis, earliest first" + (", grouped by article" if by_article else "")
    lines = [f'<div class="digest-chart-frame">\n<ol class="digest-chart" aria-label="{md_escape(label)}">']
    for group in groups:
        if by_article:
            head, *rest = group.points
            title = f'<a href="{link(group.key)}">{md_escape(group.title or "Untitled")}</a>'
            lines.append(f'<li class="digest-chart-group{_gap_class(head)}">{_gap(head)}')
            lines.append(f'<p class="digest-chart-article">{_year(head)}{title}</p>')
            lines.append('<ol class="digest-chart-points">')
            lines.append(_point_item(head, link, expressions, lead=False))
            lines.extend(_point_item(p, link, expressions) for p in rest)
            lines.append("</ol>\n</li>")
        else:
            lines.extend(_point_item(p, link, expressions) for p in group.points)
    lines.append("</ol>\n</div>")
    return markupsafe.Markup("\n".join(lines))


def _gap_class(point: Point) -> str:
    return f" digest-gap-{point.gap}"


def _gap(point: Point) -> str:
    """A broken stretch of axis above a point after a long gap, with the gap's length in words."""
    return f'<p class="digest-chart-gap">{md_escape(point.gap_words)}</p>' if point.gap_words else ""


def _year(point: Point) -> str:
    """The year tick beside the first date of a year: visual only, since the ``<time>`` says the year too."""
    return f'<span class="digest-chart-year" aria-hidden="true">{md_escape(point.year)}</span>' if point.year is not None else ""


def _point_item(point: Point, link: Link, expressions: bool, *, lead: bool = True) -> str:
    """A date on the axis with its events; ``lead=False`` when its group already drew the gap and year."""
    words = md_escape(point.words)
    when = f'<time datetime="{md_escape(point.datetime)}">{words}</time>' if point.datetime else f"<span>{words}</span>"
    if lead:
        head = f'<li class="digest-chart-point{_gap_class(point)}">{_gap(point)}<p class="digest-chart-date">{_year(point)}{when}</p>'
    else:
        head = f'<li class="digest-chart-point"><p class="digest-chart-date">{when}</p>'
    lines = [head, "<ul>"]
    lines.extend(_event_item(e, link, expressions) for e in point.events)
    lines.append("</ul>\n</li>")
    return "\n".join(lines)


def _event_item(event: Mapping[str, Any], link: Link, expressions: bool) -> str:
    """One event: its clause, the "¶" link to its paragraph, and the words that dated it and its people."""
    parts = []
    if event.get("time_words"):
        parts.append(f'<span class="digest-chart-time">{md_escape(event["time_words"])}:</span> ')
    parts.append(str(md_escape(event["event"])))
    name = f"Paragraph {md_escape(event['paragraph'])} of the full text"
    href = link(event["text_page"], event["anchor"])
    parts.append(f' <a class="digest-ref" href="{href}" aria-label="{name}" title="{name}">¶</a>')
    meta = []
    if expressions and event.get("expression"):
        meta.append(f"“{md_escape(event['expression'])}”")
    if event.get("people"):
        meta.append("People: " + ", ".join(_person(p, link) for p in event["people"]))
    if meta:
        parts.append(f'<br><span class="digest-chart-meta">{" · ".join(meta)}</span>')
    return f'<li class="digest-event">{"".join(parts)}</li>'


def _person(person: Mapping[str, Any], link: Link) -> str:
    name = md_escape(person["name"])
    return f'<a href="{link(person["page"])}">{name}</a>' if person.get("page") else str(name)
