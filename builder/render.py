"""Render digests into the Markdown pages of the site, in memory (the writer saves them).

Pages are Markdown with raw HTML only where Markdown cannot say it. Every value a template
prints passes through one function, :func:`builder.mdtext.md_escape` (the environment's
``finalize``), which turns the characters Markdown or HTML read as markup into character
references; so HTML, Markdown and Jinja syntax in an article show up as literal text in a
Markdown line and inside a raw HTML element alike. Links the renderer computes are Markup.
Page titles go into front matter escaped, because MkDocs themes print ``page.title`` raw.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import markupsafe
from markdown.extensions.toc import slugify as toc_slugify
from markdown.extensions.toc import unique as toc_unique

from builder import urls
from builder.directory import DirectoryPerson, build_people_directory
from builder.extract.quotes import rank_key_quotes
from builder.extract.timeline import date_label
from builder.extract.timex import value_interval
from builder.feed import feeds, newest_first
from builder.marks import mark_quotes, quote_anchors, targets_by_quote
from builder.mdtext import md_escape
from builder.model import CleanText, Digest, Quote, TimelineEntry
from builder.timeline_chart import chart as timeline_chart
from builder.timelinejs import to_timelinejs

ARTICLES_PER_PAGE = 50
PEOPLE_PER_PAGE = 200
TAGS_PER_PAGE = 200
EVENTS_PER_PAGE = 200
# An article's people and timeline pages repeat what search already finds elsewhere: each
# person's directory page (name, roles, aliases) and the article's full text (the events).
# Left out of Material's index, they stop doubling every hit, and the index every reader
# downloads (and the build) gets smaller.
UNSEARCHED_ARTICLE_PAGES = frozenset({"people", "timeline"})
APPEARANCES_PER_PAGE = 50  # a person's articles per page: someone in every article must not make one huge page
ROLES_SHOWN = 10  # a person's most frequent roles, listed at the top of each of their pages


def _oneline(value: Any) -> str:
    """A value on one line: kept for templates and front matter; :func:`md_escape` also folds breaks."""
    return " ".join(str(value).split())


def make_environment(templates_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        finalize=md_escape,
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["oneline"] = _oneline
    env.filters["date_words"] = date_words
    # The timeline pages draw their events on a time axis (builder/timeline_chart.py).
    env.globals["timeline_chart"] = timeline_chart
    # Article pages link their tags from the shared ``meta`` macro, which sees no page context.
    env.globals["tag_link"] = tag_link
    env.globals["shown_tags"] = shown_tags
    env.filters["link_target"] = link_target
    return env


def date_words(iso: str) -> str:
    """``2019-08-07`` as a reader says it: "7 August 2019" (the ``<time datetime>`` keeps the ISO form)."""
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day.strftime('%B')} {day.year}"


# Characters YAML cannot carry in a scalar, and the ones it reads as line breaks.
_NOT_YAML = re.compile("[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\x85\u2028\u2029]")


def front_matter(title: str, *, searchable: bool = True) -> str:
    """YAML front matter with the page title HTML-escaped (themes insert it unescaped).

    A JSON string is a valid YAML double-quoted scalar once characters YAML refuses are
    gone, and ``json.dumps`` is many times faster than a YAML emitter on thousands of pages.
    ``searchable=False`` keeps the page out of Material's search index.
    """
    clean = _NOT_YAML.sub(" ", html.escape(_oneline(title).strip() or "Untitled"))
    exclude = "" if searchable else "search:\n  exclude: true\n"
    return "---\ntitle: " + json.dumps(clean, ensure_ascii=False) + "\n" + exclude + "---\n\n"


@dataclass(frozen=True)
class Site:
    """Everything rendered: Markdown pages and JSON files by their path under docs/."""

    files: dict[str, str]


class Renderer:
    """Turns digests into pages; holds the template environment and the people directory."""

    def __init__(self, templates_dir: Path, site_name: str = "Digest", site_url: str | None = None) -> None:
        self.env = make_environment(templates_dir)
        self.site_name = site_name
        self.site_url = site_url

    def page(self, template: str, path: str, title: str, *, searchable: bool = True, **context: Any) -> tuple[str, str]:
        def link(to: str, anchor: str | None = None) -> markupsafe.Markup:
            return _url(urls.link(path, to, anchor))

        body = self.env.get_template(template).render(page_path=path, link=link, **context)
        return path, front_matter(title, searchable=searchable) + body

    def render(self, digests: Sequence[Digest]) -> Site:
        # A canonical order: the same articles give the same site whatever order they came in.
        digests = sorted(digests, key=lambda d: d.article.slug)
        files: dict[str, str] = {}
        directory = build_people_directory(digests)
        person_slugs = _person_slugs(directory)
        for digest in digests:
            files.update(self.article_pages(digest, person_slugs))
        files.update(self.home_pages(digests))
        files.update(self.people_pages(directory, {d.article.slug: d for d in digests}))
        files.update(self.tag_pages(digests))
        files.update(self.timeline_pages(digests, person_slugs))
        files.update(feeds(digests, site_name=self.site_name, site_url=self.site_url))
        return Site(files)

    def article_pages(self, digest: Digest, person_slugs: dict[tuple[str, str], str]) -> dict[str, str]:
        slug = digest.article.slug
        view = article_view(digest, person_slugs)
        pages = {}
        for name in urls.ARTICLE_PAGES:
            path = urls.article_page(slug, name)
            title = digest.article.title if name == "index" else f"{name.capitalize()}: {digest.article.title}"
            key, text = self.page(f"article_{name}.md.j2", path, title, searchable=name not in UNSEARCHED_ARTICLE_PAGES, a=view)
            pages[key] = text
        events = [(slug, digest.article.title, entry) for entry in digest.timeline]
        pages[urls.article_timeline_json(slug)] = _json(to_timelinejs(events, title=digest.article.title))
        return pages

    def home_pages(self, digests: Sequence[Digest]) -> dict[str, str]:
        items = [card(d) for d in sorted(digests, key=newest_first)]
        return self.paginate("home.md.j2", urls.HOME, self.site_name, items, ARTICLES_PER_PAGE, "articles")

    def tag_pages(self, digests: Sequence[Digest]) -> dict[str, str]:
        """The tags directory and, per tag, its articles as home-page cards, newest first, paginated.

        Our own listing pages, not Material's tags plugin: the plugin collects tags from each
        page's front matter at MkDocs build time (it would need hooks or ``tags:`` written into
        every generated article page) and makes one unpaginated page; these are plain Markdown
        written with the rest of ``docs/``, so any Markdown renderer shows them.
        """
        groups = tag_groups(digests)
        index = [{"name": g.name, "page": urls.tag_page(g.name), "articles": len(g.digests)} for g in groups]
        pages = self.paginate("tags_index.md.j2", urls.tags_index(), "Tags", index, TAGS_PER_PAGE, "tags")
        for group in groups:
            items = [card(d) for d in sorted(group.digests, key=newest_first)]
            first = urls.tag_page(group.name)
            context = {"tag": group.name, "tags_index": urls.tags_index()}
            pages.update(self.paginate("tag.md.j2", first, f"Tag: {group.name}", items, ARTICLES_PER_PAGE, "articles", **context))
        return pages

    def people_pages(self, directory: Sequence[DirectoryPerson], by_slug: dict[str, Digest]) -> dict[str, str]:
        pages = {}
        items = [
            {
                "name": p.name,
                "page": urls.person_page(p.slug),
                "roles": sorted({r for _, r in p.roles if r}),
                "articles": len({s for s, _ in p.appearances}),
            }
            for p in directory
        ]
        pages.update(self.paginate("people_index.md.j2", urls.PEOPLE_INDEX, "People", items, PEOPLE_PER_PAGE, "people"))
        targets: dict[str, dict[Quote, str | None]] = {}
        for person in directory:
            items = person_appearances(person, by_slug, targets)
            first = urls.person_page(person.slug)
            roles = person_roles(person)
            pages.update(self.paginate("person.md.j2", first, person.name, items, APPEARANCES_PER_PAGE, "articles", roles=roles))
        return pages

    def timeline_pages(self, digests: Sequence[Digest], person_slugs: dict[tuple[str, str], str]) -> dict[str, str]:
        """The merged timeline: every calendar-dated event, drawn on one axis and paginated, and ``timeline.json``.

        Events of one date are ordered by article before their place in the text, so the events
        an article gives for a day sit together under its title once.
        """
        dated = [(d, e) for d in digests for e in d.timeline if is_absolute(e)]
        dated.sort(key=lambda de: (de[1].sort_key[:3], de[0].article.slug, de[1].sort_key[3:]))
        views = (
            entry_view(d, e, person_slugs) | {"article": d.article.title, "article_page": urls.article_page(d.article.slug)}
            for d, e in dated
        )
        items = [view for view in views if view["interval"]]
        pages = self.paginate("timeline_index.md.j2", urls.TIMELINE_INDEX, "Timeline", items, EVENTS_PER_PAGE, "events")
        events = [(d.article.slug, d.article.title, e) for d, e in dated]
        pages[urls.SITE_TIMELINE_JSON] = _json(to_timelinejs(events, title=self.site_name))
        return pages

    def paginate(
        self, template: str, first: str, title: str, items: list[dict[str, Any]], per_page: int, noun: str, **context: Any
    ) -> dict[str, str]:
        """A listing split over pages of ``per_page`` items, so no page grows with the archive."""
        count = max(1, math.ceil(len(items) / per_page))
        pages = {}
        for number in range(1, count + 1):
            path = urls.listing_page(first, number)
            chunk = items[(number - 1) * per_page : number * per_page]
            pager = {
                "number": number,
                "count": count,
                "total": len(items),
                "noun": noun,
                "prev": urls.listing_page(first, number - 1) if number > 1 else None,
                "next": urls.listing_page(first, number + 1) if number < count else None,
            }
            page_title = title if number == 1 else f"{title} (page {number})"
            key, text = self.page(template, path, page_title, items=chunk, pager=pager, site_name=self.site_name, **context)
            pages[key] = text
        return pages


def card(digest: Digest) -> dict[str, Any]:
    """An article as a listing shows it (home and tag pages): title, date, source, tags, summary."""
    article = digest.article
    return {
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "source": safe_url(article.source_url),
        "tags": [{"name": tag, "page": urls.tag_page(tag)} for tag in shown_tags(article.tags)],
        "summary": " ".join(s.text for s in digest.summary),
        "page": urls.article_page(article.slug),
    }


def shown_tags(tags: Sequence[str]) -> list[str]:
    """An article's tags as shown: blank ones dropped, and one per tag page (the first spelling)."""
    seen: dict[str, str] = {}
    for tag in tags:
        if tag.strip():
            seen.setdefault(urls.tag_slug(tag), tag)
    return list(seen.values())


@dataclass(frozen=True)
class TagGroup:
    """One tag page: the tags that share a slug, named by their most used spelling."""

    name: str
    digests: tuple[Digest, ...]


def tag_groups(digests: Sequence[Digest]) -> list[TagGroup]:
    """Articles grouped by tag slug ("City" and "city" are one tag), in the reader's alphabetical order."""
    members: dict[str, list[Digest]] = {}
    spellings: dict[str, Counter[str]] = {}
    for digest in digests:
        for tag in shown_tags(digest.article.tags):
            slug = urls.tag_slug(tag)
            members.setdefault(slug, []).append(digest)
            spellings.setdefault(slug, Counter())[_oneline(tag)] += 1
    groups = [
        TagGroup(min(spellings[slug], key=lambda name: (-spellings[slug][name], name)), tuple(found)) for slug, found in members.items()
    ]
    return sorted(groups, key=lambda g: (g.name.casefold(), g.name))


def tag_link(from_page: str, tag: str) -> markupsafe.Markup:
    """The relative link from a generated page to a tag's page (used where templates have no ``link``)."""
    return _url(urls.link(from_page, urls.tag_page(tag)))


def link_target(url: str) -> str:
    """A web address as a Markdown link target: parentheses percent-encoded, so that the link ends where it does.

    ``safe_url`` lets ``(`` and ``)`` through (Wikipedia addresses have them); in ``[source](…)``
    an unbalanced ``)`` would end the link early. Percent-encoded, they mean the same to a
    server. What else Markdown reads is left to :func:`md_escape`, which prints the value.
    """
    return url.replace("(", "%28").replace(")", "%29")


def _url(url: str) -> markupsafe.Markup:
    """A link the renderer computed (relative, from slugs): HTML-escaped once, not Markdown-escaped."""
    return markupsafe.Markup(html.escape(url))


def safe_url(url: str | None) -> str | None:
    """Only web links leave the site: a ``javascript:`` or ``data:`` source must never become a link."""
    if url and re.match(r"https?://[^\s\"'<>]+$", url, re.IGNORECASE):
        return url
    return None


def is_absolute(entry: TimelineEntry) -> bool:
    """A timeline entry pinned to a calendar date (not relative to an unknown publication date)."""
    return entry.timex.value[:4].isdigit()


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _person_slugs(directory: Sequence[DirectoryPerson]) -> dict[tuple[str, str], str]:
    """(article slug, person name in that article) -> directory page."""
    return {(article, person.name): urls.person_page(p.slug) for p in directory for article, person in p.appearances}


def _anchor(clean: CleanText, offset: int) -> str:
    """The anchor of the paragraph an item at ``offset`` links to."""
    paragraph = clean.paragraph_near(offset)
    return urls.paragraph_anchor(paragraph.index if paragraph is not None else 0)


def _quote_link(clean: CleanText, quote: Quote, anchor: str | None) -> dict[str, Any]:
    """Where a quote's link goes: its mark ("q-N") on the full-text page, else its paragraph; and that paragraph's number.

    The number names the link for a screen reader ("Paragraph 7 of the full text").
    """
    paragraph = int(_anchor(clean, quote.start)[2:])
    return {"anchor": anchor or urls.paragraph_anchor(paragraph - 1), "paragraph": paragraph}


def _heading_links(names: Sequence[str]) -> list[markupsafe.Markup]:
    """In-page links to the "## name" headings of a page, by the ids the ``toc`` extension gives them.

    On a phone Material shows a page's table of contents only in the navigation, where
    article pages are not; a line of these links is the Quotes page's contents on every
    screen. The ids are Python-Markdown's (MkDocs'): lower case, ASCII, words joined by "-",
    "_1" on a repeat; GitHub's are the same for plain names, so on another renderer the
    links mostly still land, and the page reads the same when one does not.
    """
    used: set[str] = set()
    links = []
    for name in names:
        heading_id = toc_unique(toc_slugify(_oneline(name), "-"), used)
        used.add(heading_id)
        links.append(_url("#" + heading_id))
    return links


def article_view(digest: Digest, person_slugs: dict[tuple[str, str], str]) -> dict[str, Any]:
    """What the article templates need, with links already resolved."""
    article, paragraphs = digest.article, digest.clean.paragraphs
    slug = article.slug
    text_page = urls.article_page(slug, "text")
    marks = mark_quotes(digest.text, paragraphs, digest.quotes)
    quote_links = {q: _quote_link(digest.clean, q, anchor) for q, anchor in targets_by_quote(digest.quotes, marks.anchors).items()}
    speakers: dict[str, list[dict[str, Any]]] = {}
    for quote in digest.quotes:
        speakers.setdefault(quote.shown_speaker or "Unattributed", []).append(
            {"text": quote.text, "cue": quote.cue, "key": quote.key} | quote_links[quote]
        )
    people_names = {p.name for p in digest.listed_people}
    speaker_order = sorted(speakers.items(), key=lambda kv: (kv[0] == "Unattributed", kv[0] not in people_names, -len(kv[1]), kv[0]))
    return {
        "slug": slug,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "published_source": article.published_source,
        "published_line": article.stated_date.text if article.stated_date else None,
        "source": safe_url(article.source_url),
        "authors": list(article.authors),
        "tags": list(article.tags),
        "summary": [{"text": s.text, "anchor": _anchor(digest.clean, s.start) if s.end > s.start else None} for s in digest.summary],
        "summary_is_editorial": bool(article.overrides.summary),
        "key_quotes": [{"text": q.text, "speaker": q.speaker, "cue": q.cue} | quote_links[q] for q in rank_key_quotes(digest.quotes)],
        "speakers": [
            {"name": name, "page": person_slugs.get((slug, name)) if name in people_names else None, "quotes": quotes, "heading": heading}
            for (name, quotes), heading in zip(speaker_order, _heading_links([name for name, _ in speaker_order]), strict=True)
        ],
        "people": [
            {
                "name": p.name,
                "aliases": list(p.aliases),
                "role": p.role,
                "page": person_slugs.get((slug, p.name)),
                "mentions": len(p.mentions),
                "anchors": sorted({_anchor(digest.clean, m.start) for m in p.mentions}, key=lambda a: int(a[2:])),
                "quotes": sum(1 for q in digest.quotes if q.shown_speaker == p.name),
            }
            for p in sorted(digest.listed_people, key=lambda p: (-len(p.mentions), p.name))
        ],
        "mentioned": sorted(p.name for p in digest.mentioned_people),
        "timeline": [entry_view(digest, e, person_slugs) for e in digest.timeline],
        "dated": article.published is not None,
        # Each paragraph as pieces with the quotes marked (builder/marks.py); a heading is printed whole.
        "paragraphs": [
            {"anchor": urls.paragraph_anchor(p.index), "kind": p.kind, "text": digest.text[p.start : p.end], "segments": segments}
            for p, segments in zip(paragraphs, marks.paragraphs, strict=True)
        ],
        "text_page": text_page,
        "pages": {name: urls.article_page(slug, name) for name in urls.ARTICLE_PAGES},
        "timeline_json": urls.article_timeline_json(slug),
        "removed": len(digest.clean.removed),
    }


def entry_view(digest: Digest, entry: TimelineEntry, person_slugs: dict[tuple[str, str], str]) -> dict[str, Any]:
    """A timeline entry as the list and the drawing (:mod:`builder.timeline_chart`) show it.

    ``interval`` (first and last day) is set only for an entry pinned to the calendar: those go
    on the time axis; the others (dated relative to an unknown publication date) stay in the list.
    """
    slug = digest.article.slug
    anchor = _anchor(digest.clean, entry.timex.start)
    return {
        "label": entry.label,
        "value": entry.timex.value,
        "expression": entry.timex.text,
        "event": entry.event.text,
        "anchor": anchor,
        "paragraph": int(anchor[2:]),
        "text_page": urls.article_page(slug, "text"),
        "people": [{"name": name, "page": person_slugs.get((slug, name))} for name in entry.people],
    } | entry_date(entry)


# HTML's <time datetime> takes a year, a month, a day or an ISO week; a quarter or a decade it does not.
_HTML_DATETIME = re.compile(r"\d{4}(-\d\d(-\d\d)?|-W\d\d)?")


def entry_date(entry: TimelineEntry) -> dict[str, Any]:
    """Where an entry sits on the time axis, and its date in words ("7 August 2019", "spring 2019").

    ``time_words`` is the time of day the label adds ("morning", "14:30"): a point on the axis
    is a day, and the events of one day share it, each keeping its own time.
    """
    date_part, _, time_part = entry.timex.value.partition("T")
    interval = value_interval(date_part) if is_absolute(entry) else None
    if interval is None:
        return {"interval": None, "date_words": entry.label, "datetime": None, "time_words": None}
    day = re.fullmatch(r"\d{4}-\d\d-\d\d", date_part)
    return {
        "interval": interval,
        "date_words": date_words(date_part) if day else date_label(date_part),
        "datetime": date_part if _HTML_DATETIME.fullmatch(date_part) else None,
        "time_words": entry.label.rpartition(", ")[2] if time_part else None,
    }


def person_roles(person: DirectoryPerson) -> list[dict[str, Any]]:
    """A person's distinct roles, most frequent first, each linked to the first article that gives it."""
    first_source: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for slug, role in person.roles:
        if role:
            first_source.setdefault(role, slug)
            counts[role] += 1
    ranked = sorted(counts, key=lambda role: (-counts[role], role))[:ROLES_SHOWN]
    return [{"role": role, "articles": counts[role], "article_page": urls.article_page(first_source[role])} for role in ranked]


def person_appearances(
    person: DirectoryPerson, by_slug: dict[str, Digest], targets: dict[str, dict[Quote, str | None]] | None = None
) -> list[dict[str, Any]]:
    """One item per appearance of a person, in article order, with the quotes from that article.

    A quote's ``anchor`` is its mark on the full-text page ("q-N"), so the link highlights the quoted words.
    ``targets`` keeps each article's quote targets across people, so an article is marked once.
    """
    quotes: dict[str, list[dict[str, Any]]] = {}
    anchors = targets if targets is not None else {}
    for slug, q in person.quotes:
        if slug not in anchors:
            digest = by_slug[slug]
            found = quote_anchors(digest.clean.paragraphs, digest.quotes)
            anchors[slug] = targets_by_quote(digest.quotes, found)
        link = _quote_link(by_slug[slug].clean, q, anchors[slug].get(q))
        quotes.setdefault(slug, []).append({"text": q.text, "cue": q.cue, "text_page": urls.article_page(slug, "text")} | link)
    items = []
    for slug, p in person.appearances:
        items.append(
            {
                "title": by_slug[slug].article.title,
                "page": urls.article_page(slug),
                "people_page": urls.article_page(slug, "people"),
                "aliases": list(p.aliases),
                "mentions": len(p.mentions),
                "quotes": quotes.pop(slug, []),  # an article's quotes go with its first appearance
            }
        )
    return items
