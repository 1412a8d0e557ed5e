"""From read articles to digests: clean, analyse once with spaCy, run every extractor.

This is the only place that knows the order of the extractors (people first: quotes
and the timeline name people by their canonical names).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from builder.analyse import analyse
from builder.clean import authors_from_bylines, clean_text, normalise_text
from builder.extract.people import extract_people
from builder.extract.quotes import extract_quotes
from builder.extract.summary import extract_summary
from builder.extract.timeline import build_timeline
from builder.extract.timex import resolve_timexes
from builder.model import Article, CleanText, Digest, TextSpan
from builder.pagedate import find_stated_date
from builder.settings import Settings


def clean_article(article: Article) -> CleanText:
    """The cleaned text of an article (HTML bodies were cleaned by their reader)."""
    if article.body_is_clean:
        return clean_text(normalise_text(article.body), keep_lines=article.overrides.keep_lines, rules=())
    return clean_text(article.body, keep_lines=article.overrides.keep_lines)


def with_stated_date(article: Article) -> Article:
    """An undated pasted page takes the date it states about itself; a given date (front matter, input) always wins."""
    if article.published is not None or article.body_is_clean:
        return article
    stated = find_stated_date(article.body)
    if stated is None:
        return article
    return dataclasses.replace(article, published=stated.date, published_source="page", stated_date=stated)


def with_page_facts(article: Article, clean: CleanText) -> Article:
    """The article with what its page states and its file leaves out: the date and the byline.

    The build applies this to a cached digest too: a hit's article is the one read now
    (its title, tags and slug may have changed), and these facts must not get lost with it.
    """
    article = with_stated_date(article)
    if not article.authors and clean.bylines:
        # A pasted page's byline names the authors when no front matter does.
        article = dataclasses.replace(article, authors=authors_from_bylines(clean.bylines))
    return article


def extract(article: Article, clean: CleanText, doc: Doc, settings: Settings) -> Digest:
    """Run every extractor over one analysed article."""
    article = with_page_facts(article, clean)
    people = extract_people(doc, overrides=article.overrides)
    quotes = extract_quotes(doc, people)
    resolved = resolve_timexes(doc, article.published)
    timeline = build_timeline(doc, resolved, people)
    if article.overrides.summary:
        summary: Sequence[TextSpan] = (TextSpan(article.overrides.summary, 0, 0),)
    else:
        summary = extract_summary(doc, clean.paragraphs, sentences=settings.summary_sentences, max_words=settings.summary_words)
    return Digest(
        article=article,
        clean=clean,
        summary=tuple(summary),
        quotes=tuple(quotes),
        people=tuple(people),
        timexes=tuple(timex for timex, _ in resolved),
        timeline=tuple(timeline),
    )


def digest_articles(articles: Iterable[Article], nlp: Language, settings: Settings) -> Iterator[Digest]:
    """Digests in input order, with one batched spaCy pass over all cleaned texts."""
    pending: list[tuple[Article, CleanText]] = []

    def texts() -> Iterator[str]:
        for article in articles:
            clean = clean_article(article)
            pending.append((article, clean))
            yield clean.text

    for index, doc in enumerate(analyse(nlp, texts(), n_process=settings.workers)):
        article, clean = pending[index]
        pending[index] = None  # type: ignore[call-overload]  # free memory as we go
        yield extract(article, clean, doc, settings)
