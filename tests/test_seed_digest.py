"""Golden test: what the seed article's digest must say, written from reading the article.

The seed (content/, verbatim from ../shared/seed) is a pasted news page with a share
counter, an advert marker, a newsletter prompt, a subheading, curly and nested quotes and
no publication date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from builder.analyse import load_pipeline
from builder.digest import digest_articles
from builder.model import Digest
from builder.readers import read_article
from builder.settings import Settings
from tests.conftest import SEED

FURNITURE = ("0 1,575", "Advertisement", "Subscribe to our newsletter", "Sign up here", "subscribe now")
ROLES = {
    "Donald Trump": "US President",
    "Jim Mattis": "then defense secretary",
    "Glenn Fine": "Pentagon Deputy Inspector General",
    "Steve Linick": "State Department Inspector General",
}


def digest_seed(published: dt.date | None = None) -> Digest:
    article = dataclasses.replace(read_article(SEED), published=published)
    settings = Settings()
    return next(digest_articles([article], load_pipeline(settings.model), settings))


@pytest.fixture(scope="module")
def seed() -> Digest:
    return digest_seed()


@pytest.fixture(scope="module")
def dated_seed() -> Digest:
    return digest_seed(dt.date(2019, 8, 7))


def test_title_and_furniture(seed):
    assert seed.article.title == "Pentagon: ISIS strengthens clandestine network in Syria and Iraq"
    for furniture in FURNITURE:
        assert furniture not in seed.text
    assert len(seed.clean.removed) == 5
    headings = [seed.text[p.start : p.end] for p in seed.clean.paragraphs if p.kind == "heading"]
    assert headings == ["Senior US commanders against ‘partial withdrawal’"]


def test_people_are_exactly_the_five_with_roles(seed):
    people = {p.name: p for p in seed.people}
    assert set(people) == {"Donald Trump", "Jim Mattis", "Glenn Fine", "Steve Linick", "Ann Calvaresi Barr"}
    for name, role in ROLES.items():
        assert people[name].role == role, name
    assert "Inspector General" in (people["Ann Calvaresi Barr"].role or "")
    assert "International Development Agency" in (people["Ann Calvaresi Barr"].role or "")
    assert "Trump" in people["Donald Trump"].aliases
    for person in seed.people:
        for mention in person.mentions:
            assert seed.text[mention.start : mention.end] == mention.text


def test_report_quote_is_complete_and_attributed_to_the_report(seed):
    quote = next(q for q in seed.quotes if q.text.startswith("Despite losing its territorial"))
    assert "‘caliphate,’" in quote.text
    assert quote.text.rstrip(",").endswith("resurging in Syria this quarter")
    assert quote.speaker is not None and "report" in quote.speaker.lower()
    assert "Trump" not in quote.speaker


def test_trump_quote_is_attributed_to_donald_trump(seed):
    quote = next(q for q in seed.quotes if q.text.startswith("We’ll be out of there"))
    assert quote.speaker == "Donald Trump"
    assert "7,000 miles away" in quote.text
    assert quote.key


def test_scare_quote_is_not_a_key_quote(seed):
    assert not any(q.key for q in seed.quotes if q.text.strip(",. ") == "partial withdrawal")


def test_offsets_point_into_the_text(seed):
    for item in [*seed.quotes, *seed.summary, *seed.timexes]:
        assert seed.text[item.start : item.end] == item.text


def test_summary_starts_from_the_lead(seed):
    assert seed.summary[0].text.startswith("The terrorist group Daesh [ISIS] has in recent months strengthened its clandestine network")
    joined = " ".join(s.text for s in seed.summary)
    assert "Senior US commanders against" not in joined
    for furniture in FURNITURE:
        assert furniture not in joined


def _entry(digest: Digest, expression: str):
    return next(e for e in digest.timeline if expression in e.timex.text.lower())


def test_timeline_values_with_publication_date(dated_seed):
    values = {t.text.lower(): t.value for t in dated_seed.timexes}
    assert values.get("last year") == "2018"
    assert values.get("last month") == "2019-07"
    assert "2019-SP" in {v for k, v in values.items() if "spring" in k}
    assert values.get("this quarter") == "2019-Q3"


def test_timeline_entries_and_order_without_publication_date(seed):
    for expression in ("last year", "spring", "last month", "this quarter"):
        _entry(seed, expression)
    order = [e.timex.text.lower() for e in seed.timeline]
    assert order.index("last year") < order.index("last month")
