"""The digest stage: cleaning, one analysis, every extractor; front matter wins over extraction."""

from __future__ import annotations

from builder.analyse import load_pipeline
from builder.digest import digest_articles
from builder.model import Article, Overrides
from builder.settings import Settings

PAGE = """Home
News
Sport
Subscribe to our newsletter
By Jane Doe
The city council voted on Tuesday to rebuild the old river bridge, ending a debate that had lasted for more than ten years.
Mayor Maria Lopez said the work would start in the spring and take about two years to finish, at a cost of twelve million dollars.
Opponents of the plan said the money would be better spent on schools, but the vote passed by seven votes to two after a long meeting.
Share on Facebook
Follow us on Twitter
"""


def digest(article: Article):
    settings = Settings()
    return next(digest_articles([article], load_pipeline(settings.model), settings))


def test_byline_becomes_the_author_when_front_matter_gives_none():
    result = digest(Article(slug="bridge", source_path=None, title="Bridge", body=PAGE))
    assert result.article.authors == ("Jane Doe",)
    assert "By Jane Doe" not in result.text
    assert "Subscribe" not in result.text and "Share on Facebook" not in result.text


def test_front_matter_authors_win_over_the_byline():
    result = digest(Article(slug="bridge", source_path=None, title="Bridge", body=PAGE, authors=("Desk Editor",)))
    assert result.article.authors == ("Desk Editor",)


def test_editor_summary_replaces_the_extracted_one():
    result = digest(
        Article(slug="bridge", source_path=None, title="Bridge", body=PAGE, overrides=Overrides(summary="Council rebuilds bridge."))
    )
    assert [s.text for s in result.summary] == ["Council rebuilds bridge."]


def test_keep_lines_keeps_a_line_the_cleaner_would_drop():
    result = digest(
        Article(slug="bridge", source_path=None, title="Bridge", body=PAGE, overrides=Overrides(keep_lines=("Follow us on Twitter",)))
    )
    assert "Follow us on Twitter" in result.text
