"""The date a pasted page states about itself (builder.pagedate), and how the digest uses it.

Every page here is made up, in the shapes news sites print: a menu, a headline, a date line
or dated byline, the article, related links and a footer.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder.digest import with_stated_date
from builder.model import Article
from builder.pagedate import find_stated_date
from builder.readers import read_article

TODAY = dt.date(2026, 1, 1)

MENU = ["Home", "News", "Sport", "Weather", "Subscribe"]
HEADLINE = "Harbour ferry service to resume after winter repairs"
BODY = [
    "The harbour ferry will carry passengers again next month after a winter of repairs to its engines"
    " and landing stages, the port authority said.",
    "",
    "Engineers replaced both engines and rebuilt the wooden landing stage at the north pier,"
    " which had been damaged by storms in the autumn.",
    "",
    "Local traders said the closure had cost them customers, and several asked the authority"
    " to publish a timetable well before the summer season.",
    "",
    "The authority said tickets would cost the same as last year and that a second boat"
    " would be added at weekends if demand was high enough.",
]
FOOTER = ["Related stories", "Port fees rise for fishing boats", "New lighthouse keeper named", "Contact us", "Privacy policy"]


def page(*top: str, body: list[str] | None = None, after: list[str] | None = None) -> str:
    """A pasted page: menu, the given lines around the headline, the article, then ``after`` and a footer."""
    return "\n".join([*MENU, *top, "", *(BODY if body is None else body), "", *(after or []), *FOOTER])


def stated(text: str) -> dt.date | None:
    found = find_stated_date(text, today=TODAY)
    return found.date if found else None


@pytest.mark.parametrize(
    ("line", "expected", "kind"),
    [
        ("Published 12 March 2021", dt.date(2021, 3, 12), "published"),
        ("Posted on March 12, 2021", dt.date(2021, 3, 12), "posted"),
        ("Published 4:03 PM EST Mar. 12, 2021", dt.date(2021, 3, 12), "published"),
        ("Published:Friday | March 12, 2021 | 9:15 PM", dt.date(2021, 3, 12), "published"),
        ("2021-03-12 08:30:00", dt.date(2021, 3, 12), "date line"),
        ("25/03/2021", dt.date(2021, 3, 25), "date line"),
        ("MAR. 12, 2021MAR. 12, 2021", dt.date(2021, 3, 12), "date line"),
        ("PUBLISHED WED, JUN 9 20218:05 AM EDT", dt.date(2021, 6, 9), "published"),  # clock glued to the year
    ],
)
def test_a_labelled_or_bare_date_line_under_the_headline(line, expected, kind):
    text = page(HEADLINE, line)
    found = find_stated_date(text, today=TODAY)
    assert found is not None and found.date == expected and found.kind == kind
    assert text.splitlines()[found.line_no - 1] == line


def test_a_date_under_another_label_is_not_the_page_date():
    assert stated(page(HEADLINE, "Entry deadline: June 30, 2019")) is None
    assert stated(page(HEADLINE, "Last updated: June 30, 2019", "First published: June 7, 2019")) == dt.date(2019, 6, 7)


def test_an_ambiguous_day_month_order_is_not_a_date():
    assert stated(page(HEADLINE, "04/03/2021")) is None


def test_a_dated_byline():
    found = find_stated_date(page(HEADLINE, "By Nora Quill and Tom Aske 7 June 2019, 10:12 am"), today=TODAY)
    assert found is not None and found.date == dt.date(2019, 6, 7) and found.kind == "byline"


def test_a_blog_meta_line_with_comments_category_and_author():
    found = find_stated_date(page(HEADLINE, "June 7, 2019/2 Comments/in Harbour News /by deskeditor"), today=TODAY)
    assert found is not None and found.date == dt.date(2019, 6, 7) and found.kind == "byline"


def test_a_date_year_run_into_other_digits_is_not_a_date():
    assert stated(page(HEADLINE, "Ref JUN 9 202112")) is None


def test_a_date_just_above_the_headline():
    assert stated(page("Posted on June 7, 2019", HEADLINE)) == dt.date(2019, 6, 7)


def test_the_first_publication_wins_over_an_update():
    assert stated(page(HEADLINE, "Published June 7, 2019 | Updated June 9, 2019")) == dt.date(2019, 6, 7)
    assert stated(page(HEADLINE, "Updated: June 9, 2019 2:00 pm", "Published: June 7, 2019")) == dt.date(2019, 6, 7)


def test_an_update_alone_is_the_date_only_when_the_story_happens_that_day():
    # 2019-06-06 was a Thursday.
    opening = "The port authority said on Thursday that the harbour ferry will carry passengers again next month after repairs."
    same_day = [opening, *BODY[1:]]
    assert stated(page(HEADLINE, "Updated: June 6, 2019", body=same_day)) == dt.date(2019, 6, 6)
    assert stated(page(HEADLINE, "Updated: June 6, 2019")) is None


def test_two_date_lines_that_disagree_leave_the_page_undated():
    assert stated(page("June 8, 2019", HEADLINE, "June 7, 2019")) is None
    assert stated(page("June 8, 2019", HEADLINE, "Published June 7, 2019")) == dt.date(2019, 6, 7)


def test_a_weekday_that_does_not_fit_the_date_discards_it():
    assert stated(page(HEADLINE, "Tuesday, June 7, 2019")) is None  # June 7, 2019 was a Friday
    assert stated(page(HEADLINE, "Friday, June 7, 2019")) == dt.date(2019, 6, 7)


def test_a_date_only_in_the_body_prose_is_not_the_page_date():
    history = "The ferry first sailed on 3 May 1998, when the port authority bought two boats from a yard on the other side of the bay."
    body = [history, *BODY]
    assert stated(page(HEADLINE, body=body)) is None


def test_a_copyright_year_is_not_a_page_date():
    assert stated(page(HEADLINE, after=["© 2023 Harbour Gazette. All rights reserved", "Copyright June 7, 2019"])) is None


def test_dates_of_a_related_links_list_are_not_the_page_date():
    links = []
    for number, day in enumerate((3, 5, 9, 14), start=1):
        links += [f"Harbour story number {number} with a longer headline", f"May {day}, 2019"]
    assert stated(page(HEADLINE, *links)) is None


def test_a_site_date_bar_far_above_the_article_is_not_the_page_date():
    top = ["Saturday, June 8, 2019", *[f"Section {n}" for n in range(20)], HEADLINE, "By Nora Quill"]
    assert stated(page(*top)) is None


def test_a_date_the_article_contradicts_is_discarded():
    body = [*BODY, "", "The first passengers were carried across the harbour on 14 April 2022, the authority said in a statement."]
    assert stated(page(HEADLINE, "March 2, 2021", body=body)) is None
    assert stated(page(HEADLINE, "May 2, 2022", body=body)) == dt.date(2022, 5, 2)


def test_a_later_date_the_article_expects_is_no_contradiction():
    body = [*BODY, "", "The authority said the new boat will be delivered on 14 April 2022, if the yard finishes it on time."]
    assert stated(page(HEADLINE, "March 2, 2021", body=body)) == dt.date(2021, 3, 2)


def test_a_date_after_today_is_not_stated():
    assert stated(page(HEADLINE, "March 2, 2031")) is None


def test_an_embedded_post_signature_is_not_the_page_date():
    assert stated(page(HEADLINE, "— Harbour Watch (@harbourwatch) June 7, 2019")) is None


def test_a_wire_dateline_opening_the_first_paragraph():
    first = (
        "PORT ELLEN, June 7, 2019 /Harbour Wire/ -- The harbour ferry will carry passengers again next month"
        " after a winter of repairs, the port said."
    )
    found = find_stated_date(page(HEADLINE, body=[first, *BODY[1:]]), today=TODAY)
    assert found is not None and found.date == dt.date(2019, 6, 7) and found.kind == "dateline"


def test_a_page_without_article_prose_has_no_date():
    assert stated("Home\nNews\nPublished June 7, 2019\nContact") is None


def test_a_given_date_wins_over_the_page_and_a_page_date_is_marked():
    text = page(HEADLINE, "Published June 7, 2019")
    given = Article(slug="ferry", source_path=None, title="", body=text, published=dt.date(2019, 6, 8), published_source="front matter")
    assert with_stated_date(given) == given
    dated = with_stated_date(Article(slug="ferry", source_path=None, title="", body=text))
    assert dated.published == dt.date(2019, 6, 7) and dated.published_source == "page"
    assert dated.stated_date is not None and dated.stated_date.text == "Published June 7, 2019"


def test_front_matter_published_is_marked_as_such(tmp_path: Path):
    path = tmp_path / "ferry.md"
    path.write_text("---\ntitle: Ferry\npublished: 2019-06-08\n---\n" + page(HEADLINE, "Published June 7, 2019"), encoding="utf-8")
    article = with_stated_date(read_article(path))
    assert article.published == dt.date(2019, 6, 8) and article.published_source == "front matter"
    undated = tmp_path / "plain.md"
    undated.write_text("---\ntitle: Ferry\n---\n" + page(HEADLINE), encoding="utf-8")
    assert read_article(undated).published_source is None


def test_the_seed_article_states_no_date():
    from tests.conftest import SEED

    assert find_stated_date(SEED.read_text(encoding="utf-8")) is None
    assert with_stated_date(read_article(SEED)).published is None


def _rendered_meta(article: Article) -> str:
    from builder import urls
    from builder.model import CleanText, Digest, Paragraph
    from builder.render import Renderer
    from tests.conftest import ROOT

    text = "The harbour ferry will carry passengers again."
    digest = Digest(article, CleanText(text, (Paragraph(0, 0, len(text)),)), (), (), (), (), ())
    page = Renderer(ROOT / "templates").render([digest]).files[urls.article_page(article.slug, "index")]
    return next(line for line in page.splitlines() if line.startswith(("Published", "No publication date")))


def test_the_article_page_says_where_the_date_came_from():
    base = Article(slug="ferry", source_path=None, title="Ferry", body="", published=dt.date(2021, 3, 12))
    pasted = Article(slug="ferry", source_path=None, title="Ferry", body=page(HEADLINE, "Published 12 March 2021"))
    from_page = _rendered_meta(with_stated_date(pasted))
    assert "as stated on the page" in from_page and "2021-03-12" in from_page
    assert "as stated on the page" not in _rendered_meta(base)


def test_the_json_digest_carries_the_date_source():
    import json

    from builder.jsonio import SCHEMA_PATH, digest_to_json
    from builder.model import CleanText, Digest

    article = with_stated_date(Article(slug="ferry", source_path=None, title="Ferry", body=page(HEADLINE, "Published 12 March 2021")))
    record = digest_to_json(Digest(article, CleanText("x", ()), (), (), (), (), ()))
    assert record["published"] == "2021-03-12" and record["published_source"] == "page"
    allowed = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))["properties"]["published_source"]["enum"]
    assert record["published_source"] in allowed


def test_check_explain_shows_the_line_the_date_came_from(tmp_path: Path, capsys):
    from builder.cli import main
    from tests.conftest import ROOT

    path = tmp_path / "ferry.txt"
    path.write_text(page(HEADLINE, "Posted on June 7, 2019"), encoding="utf-8")
    assert main(["--project", str(ROOT), "check", "--explain", str(path)]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if "publication date" in line)
    number = int(line.split(f"{path}:")[1].split(":")[0])
    assert path.read_text(encoding="utf-8").splitlines()[number - 1] == "Posted on June 7, 2019"
    assert "2019-06-07" in line and "(posted)" in line
