"""The cleaner: page furniture goes, article text (and clean newswire) stays verbatim."""

from __future__ import annotations

import bisect
import json
import re
from pathlib import Path

import pytest

from builder.clean import authors_from_bylines, clean_text, furniture_reason, is_byline, is_menu_item, is_prose
from builder.lexicons.furniture import PAGE_RULES
from builder.model import CleanText
from tests.conftest import SEED, SHARED

SEED_FURNITURE = {
    "0 1,575",
    "- Advertisement -",
    "Subscribe to our newsletter",
    "Sign up here to get the latest news, updates and special offers delivered directly to your inbox.",
    "Get real time updates directly on you device, subscribe now.",
}

PARAGRAPHS = [
    "The city council voted on Tuesday to close the old bridge after engineers found cracks in two of its main supports.",
    "Residents who cross the river each day will have to use the ferry or drive twenty minutes to the next crossing downstream.",
    "The mayor said the repairs would take at least a year and promised that the council would publish the engineers' report.",
    "Shop owners near the bridge said they feared losing customers, and several asked the council for help with their rents.",
    "Work on a temporary footbridge is due to start next month, and the council expects it to open before the winter.",
]

MENU = ["Home", "News", "World", "Business", "Sport", "Culture", "Opinion", "Weather", "Sign in", "Subscribe"]
FOOTER = ["Related Stories", "Storm Closes Coastal Road for Third Day", "Council Approves New Budget After Long Debate",
          "Privacy Policy | Terms of Use | Contact Us", "© 2024 Example Media Ltd. All rights reserved."]  # fmt: skip


def _page(article: list[str]) -> str:
    """A pasted web page: a menu, the article, a teaser list and a footer, as innerText lays them out."""
    return "\n".join(MENU) + "\n\n" + "\n\n".join(article) + "\n\n" + "\n".join(FOOTER) + "\n"


def _article() -> list[str]:
    return [
        "Old Bridge Closes After Engineers Find Cracks",
        "By Jane Doe",
        *PARAGRAPHS[:3],
        "What happens next",
        *PARAGRAPHS[3:],
    ]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


# --- the seed article ---------------------------------------------------------------------


def test_seed_loses_exactly_its_furniture(seed_clean: CleanText) -> None:
    assert {r.text for r in seed_clean.removed} == SEED_FURNITURE
    body = SEED.read_text(encoding="utf-8").split("\n", 1)[1]
    expected = [line for line in _lines(body) if line not in SEED_FURNITURE]
    assert _lines(seed_clean.text) == expected


def test_seed_keeps_its_subheading_as_a_heading(seed_clean: CleanText) -> None:
    headings = [seed_clean.text[p.start : p.end] for p in seed_clean.paragraphs if p.kind == "heading"]
    assert headings == ["Senior US commanders against ‘partial withdrawal’"]


def test_removed_lines_point_at_their_input_line() -> None:
    raw = SEED.read_text(encoding="utf-8")
    lines = raw.split("\n")
    clean = clean_text(raw)
    assert clean.removed
    for removed in clean.removed:
        assert lines[removed.line_no - 1].strip() == removed.text


# --- a pasted page -------------------------------------------------------------------------


def test_page_furniture_around_the_article_goes() -> None:
    clean = clean_text(_page(_article()))
    kept = _lines(clean.text)
    assert kept == ["Old Bridge Closes After Engineers Find Cracks", *PARAGRAPHS[:3], "What happens next", *PARAGRAPHS[3:]]
    reasons = {r.text: r.reason for r in clean.removed}
    assert reasons["Privacy Policy | Terms of Use | Contact Us"] == "footer links"
    assert reasons["Storm Closes Coastal Road for Third Day"] == "after the article"
    assert reasons["World"] == "before the article"


def test_subheading_inside_the_article_is_a_heading() -> None:
    clean = clean_text(_page(_article()))
    kinds = {clean.text[p.start : p.end]: p.kind for p in clean.paragraphs}
    assert kinds["What happens next"] == "heading"
    assert kinds[PARAGRAPHS[0]] == "text"


def test_byline_is_kept_apart_from_the_body() -> None:
    clean = clean_text(_page(_article()))
    assert clean.bylines == ("By Jane Doe",)
    assert "By Jane Doe" not in clean.text
    assert ("By Jane Doe", "byline") in {(r.text, r.reason) for r in clean.removed}


def test_teaser_bylines_after_the_article_are_not_the_authors() -> None:
    footer = "\n".join(["More Stories", "Storm Closes Coastal Road", "By John Roe", "Budget Passes", "By Ann Poe", "Weather Warning"])
    clean = clean_text(_page(_article()) + "\n" + footer)
    assert clean.bylines == ("By Jane Doe",)
    assert "By John Roe" not in clean.text


def test_short_lines_between_paragraphs_stay() -> None:
    """A list, a code line or a caption between two paragraphs is part of the article."""
    article = [*PARAGRAPHS[:2], "Pepper Keenan, Corrosion of Conformity", "cd /srv/app && make", "Photo of the bridge", *PARAGRAPHS[2:]]
    clean = clean_text(_page(article))
    for line in article:
        assert line in clean.text


def test_an_article_split_by_a_table_stays_whole() -> None:
    table = ["Span\tLength\tBuilt", "North\t120 m\t1931", "South\t95 m\t1932", "Centre\t60 m\t1931", "Approach\t40 m\t1930"]
    article = [*PARAGRAPHS[:2], *table, *PARAGRAPHS[2:]]
    clean = clean_text(_page(article))
    assert _lines(clean.text) == [line.strip() for line in article]


def test_teaser_cut_off_with_an_ellipsis_is_not_prose() -> None:
    assert not is_prose("Barbados senior men's national football team left the island today to set up a two-week training...")
    assert is_prose(PARAGRAPHS[0])


def test_labels_and_list_items_are_told_apart() -> None:
    assert is_menu_item("World News")
    assert is_menu_item("Inside the White House, Doubts About the War Are Beginning to Creep In")
    assert not is_menu_item("Use smart storage solutions")  # sentence case: an item of the article's own list
    assert not is_menu_item("Barnsley 2 Stoke 0")  # digits: a table row
    assert not is_menu_item("def cleanup(handle):")  # code symbols: a listing


def test_keep_lines_are_never_removed() -> None:
    raw = _page(_article())
    clean = clean_text(raw, keep_lines=("Privacy Policy | Terms of Use | Contact Us", "By Jane Doe"))
    assert "Privacy Policy | Terms of Use | Contact Us" in clean.text
    assert "By Jane Doe" in clean.text
    assert clean.bylines == ()


def test_no_rules_means_no_removal() -> None:
    raw = _page(_article()) + "\n\n\n\n- Advertisement -\n"
    clean = clean_text(raw, rules=())
    assert clean.removed == ()
    assert _lines(clean.text) == _lines(raw)
    assert "\n\n\n" not in clean.text


def test_paragraph_offsets_index_the_kept_lines_verbatim() -> None:
    raw = _page(_article())
    clean = clean_text(raw)
    raw_lines = {line.rstrip() for line in raw.split("\n")}
    for paragraph in clean.paragraphs:
        assert clean.text[paragraph.start : paragraph.end] in raw_lines
    assert [p.index for p in clean.paragraphs] == list(range(len(clean.paragraphs)))


# --- clean newswire is left alone ------------------------------------------------------------

NEWSWIRE = """SOCCER - ENGLISH LEAGUE RESULTS.
LONDON 1996-08-30
Results of English league matches on Friday:
Barnsley 2 Stoke 0
Leeds 1 Chelsea 1
3,367
Oct 9, 2019
Customers holding contracts for the yard's undelivered ships are expected to subscribe most of the new shares.
The unit was sold in 1996 and analysts said it would subscribe to the new issue."""


def test_clean_newswire_loses_nothing() -> None:
    clean = clean_text(NEWSWIRE)
    assert clean.removed == ()
    assert clean.text == NEWSWIRE


def test_one_line_article_is_kept() -> None:
    text = " ".join(PARAGRAPHS * 20)
    assert clean_text(text).text == text


@pytest.mark.parametrize(
    "line",
    [
        "A brother and sister in the US have been convicted of sending unsolicited e-mail messages to AOL subscribers.",
        "I accept your son's representation that they run to thousands of pages.",
        "Follow the money.",
        "By Monday, the council had voted to close the bridge.",
        '"We have doubled our subscribers this year," said the chief executive.',
        "The issue was fully subscribed and trading is now expected to begin.",
        "It's unclear how many people have downloaded the app, which is available on Apple's App Store.",
        "The latest news is a painful reminder of his loss.",
        "The company said it is not responsible for the spill.",
        "Owain Bennallack is the editor of Develop magazine.",
    ],
)
def test_news_sentences_are_not_furniture(line: str) -> None:
    assert furniture_reason(line) is None
    assert furniture_reason(line, PAGE_RULES) is None
    assert not is_byline(line)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Subscribe to our newsletter", "subscribe prompt"),
        ("Join the hundreds of developers who get new links delivered to their inboxes every week.", "subscribe prompt"),
        ("© 2021 Example Ltd. All rights reserved.", "copyright"),
        ("Your email address will not be published. Required fields are marked *", "comment form"),
        ("Facebook Twitter Email", "share bar"),
        ("Follow The Gazette on Twitter and Instagram @gazette", "share bar"),
        ("Skip to content", "navigation"),
        ("Log in | Register", "account button"),
        ("We use cookies to improve your experience. By continuing you accept our cookie policy.", "cookie notice"),
        ("(Credit: Jane Doe / Example)", "picture credit"),
    ],
)
def test_furniture_lines_are_named(line: str, reason: str) -> None:
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Posted on April 29, 2022", "time stamp"),
        ("Asked 8 years, 2 months ago", "time stamp"),
        ("Jane Doe is a senior writer for Example News, covering science.", "author bio"),
    ],
)
def test_page_only_rules(line: str, reason: str) -> None:
    """Dates and biographies look like newswire content, so they count only on a pasted page."""
    assert furniture_reason(line) is None
    assert furniture_reason(line, PAGE_RULES) == reason


def test_counter_goes_on_a_page_but_a_table_of_figures_stays() -> None:
    table = "\n".join(["1996 45,000", "1997 50,000", "1998 55,000"])
    clean = clean_text(_page([PARAGRAPHS[0], "0 1,575", PARAGRAPHS[1], table, PARAGRAPHS[2]]))
    assert "0 1,575" not in clean.text
    assert table in clean.text


def test_bylines_in_clean_text_are_still_bylines() -> None:
    clean = clean_text("By Jane Doe\n" + "\n".join(PARAGRAPHS))
    assert clean.bylines == ("By Jane Doe",)
    assert clean.text == "\n".join(PARAGRAPHS)


# --- properties ---------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [_page(_article()), NEWSWIRE, SEED.read_text(encoding="utf-8"), "\n".join(MENU + FOOTER)])
def test_cleaning_is_idempotent(raw: str) -> None:
    once = clean_text(raw)
    assert clean_text(once.text).text == once.text


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "\n\n\n",
        "   ",
        "\x00\x00",
        "\ufeff",
        "- Advertisement -",
        "\n".join(MENU),
        "é" * 100_000,
        "🙂 \u200b\u202e x\u0301",
        "a\r\nb\rc",
    ],
)
def test_never_crashes(raw: str) -> None:
    clean = clean_text(raw)
    assert "\x00" not in clean.text and "\r" not in clean.text
    for paragraph in clean.paragraphs:
        assert 0 <= paragraph.start < paragraph.end <= len(clean.text)


def test_crlf_and_nul_are_normalised_before_judging() -> None:
    raw = _page(_article())
    assert clean_text(raw.replace("\n", "\r\n")).text == clean_text(raw).text
    assert clean_text(raw.replace("Home", "Ho\x00me")).text == clean_text(raw).text


def test_only_furniture_leaves_nothing_of_the_furniture() -> None:
    clean = clean_text("Subscribe to our newsletter\n- Advertisement -\nShare on Facebook\n© 2024 Example")
    assert clean.text == ""
    assert clean.paragraphs == ()
    assert len(clean.removed) == 4


# --- the shared evaluation sets ------------------------------------------------------------


def _spans(path: Path, field: str) -> list[tuple[str, list[tuple[int, int]]]]:
    docs = []
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            if field == "people":
                spans = [tuple(s) for person in record["people"] for s in person["spans"]]
            else:
                spans = [(item["start"], item["end"]) for item in record[field]]
            docs.append((record["text"], spans))
    return docs


@pytest.mark.parametrize(("folder", "field"), [("people", "people"), ("quotes", "quotes"), ("timeline", "timexes")])
def test_gold_spans_of_clean_news_survive(folder: str, field: str) -> None:
    """Clean newswire (CoNLL headlines and datelines, quotes, timexes) keeps every annotated span."""
    path = SHARED / "eval" / folder / "dev.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is not available")
    lost = []
    for text, spans in _spans(path, field):
        removed = {r.line_no for r in clean_text(text).removed}
        starts = [0] + [m.end() for m in re.finditer("\n", text)]
        for start, end in spans:
            first, last = bisect.bisect_right(starts, start), bisect.bisect_right(starts, max(start, end - 1))
            if removed.intersection(range(first, last + 1)):
                lost.append(text[start:end])
    assert lost == []


def test_authors_come_from_bylines() -> None:
    from builder.clean import authors_from_bylines

    assert authors_from_bylines(["By Jane Doe and John Roe, Reuters"]) == ("Jane Doe", "John Roe")
    assert authors_from_bylines(["Posted by Alex Durán, AMP Project Marketing"]) == ("Alex Durán",)
    assert authors_from_bylines(["Author: Mary Ann Smith – 3 March 2020"]) == ("Mary Ann Smith",)
    assert authors_from_bylines(["By staff"]) == ()


# --- page regions (made-up pages) ------------------------------------------------------------


def _with_inserted(lines: list[str], at: int = 3) -> str:
    """A pasted page whose article has ``lines`` (one block, no blank lines) after its ``at``-th paragraph."""
    article = _article()
    block = "\n".join(lines)
    return _page([*article[:at], block, *article[at:]])


def _removed(clean: CleanText) -> dict[str, str]:
    return {r.text: r.reason for r in clean.removed}


def test_a_list_of_title_case_links_inside_the_article_goes() -> None:
    links = ["Harbour Ferry Fares Rise for Second Year", "New Library Opens Its Doors to Readers", "Council Names Next Head of Planning"]
    clean = clean_text(_with_inserted(links))
    for link in links:
        assert link not in clean.text
        assert _removed(clean)[link] == "link list"
    assert all(paragraph in clean.text for paragraph in PARAGRAPHS)


def test_a_most_read_box_inside_the_article_goes_with_its_headlines() -> None:
    box = ["Most Read", "Police appeal for witnesses after a crash on the ring road", "Ann Poe", "Schools told to prepare for a strike"]
    clean = clean_text(_with_inserted(box))
    for line in box:
        assert line not in clean.text
    assert _removed(clean)["Ann Poe"] == "teaser list"
    assert all(paragraph in clean.text for paragraph in PARAGRAPHS)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Jane Doe/The Example Times", "photo credit"),
        ("John Roe | Getty Images", "photo credit"),
        ("Jane Doe, ASSOCIATED PRESS", "photo credit"),
        ("Workers inspect the cracked support on Monday. (AP Photo/Jane Doe)", "caption"),
        ("The old bridge seen from the east bank.Credit: Example Studio", "caption"),
        ("Commuters wait for the ferry at dawn. (Photo: Getty Images)", "caption"),
    ],
)
def test_photo_credits_and_captions_go_from_a_page(line: str, reason: str) -> None:
    clean = clean_text(_with_inserted([line], at=2))
    assert line not in clean.text
    assert _removed(clean)[line] == reason


def test_photo_credits_stay_in_clean_text() -> None:
    """Without page evidence, a line of names is newswire content (a list of players, a dateline)."""
    text = "John Roe | Getty Images\n" + "\n".join(PARAGRAPHS)
    assert clean_text(text).text == text


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe | March 3, 2024 at 2:26 PM",
        "John Roe - Mar 3, 2024, 10:31 pm EST",
        "Updated on: March 3, 2024 / 8:16 AM / Example News",
        "3H ago",
    ],
)
def test_meta_lines_with_dates_and_names_go(line: str) -> None:
    clean = clean_text(_with_inserted([line], at=1))
    assert line not in clean.text


def test_author_box_goes() -> None:
    box = ["Jane Doe is a reporter at the Example Times, covering transport and city hall."]
    clean = clean_text(_page([*PARAGRAPHS, *box]))
    assert box[0] not in clean.text
    assert all(paragraph in clean.text for paragraph in PARAGRAPHS)


def test_contributor_credit_goes_even_from_clean_text() -> None:
    """Its names are journalists, not people of the story; it is no evidence of a web page."""
    credit = "John Roe in Lisbon contributed to this report."
    text = "\n".join([*PARAGRAPHS, credit])
    clean = clean_text(text)
    assert credit not in clean.text
    assert _removed(clean) == {credit: "credit line"}
    assert clean.text == "\n".join(PARAGRAPHS)


def test_teaser_paragraphs_after_a_paywall_go() -> None:
    tail = [
        "Subscribe now to our digital edition for the full story.",
        "Ferry timetable changes for the holidays",
        "Harbour works begin next month, officials say.",
    ]
    clean = clean_text(_page([*PARAGRAPHS, *tail]))
    assert all(paragraph in clean.text for paragraph in PARAGRAPHS)
    for line in tail:
        assert line not in clean.text


def test_a_paywall_notice_above_the_article_cuts_nothing() -> None:
    notice = "Read the full story with a subscription."
    clean = clean_text(_page([PARAGRAPHS[0], notice, *PARAGRAPHS[1:]]))
    assert all(paragraph in clean.text for paragraph in PARAGRAPHS)


def test_a_sign_up_box_goes_with_its_slogan_and_button() -> None:
    box = ["Stay in the Know", "Sign up for our morning newsletter.", "I'm in"]
    clean = clean_text(_with_inserted(box))
    for line in box:
        assert line not in clean.text


def test_teaser_cards_after_the_article_go() -> None:
    cards = []
    for n, (headline, dek) in enumerate(
        [
            ("Storm closes coastal road again", "Engineers say the sea wall needs urgent work before the winter tides arrive in force."),
            ("Budget vote delayed by a week", "Councillors asked for more time to study the cuts proposed for libraries and parks."),
            ("Ferry fares to rise in spring", "The operator blamed fuel costs and said season tickets would be frozen until April."),
        ],
        start=1,
    ):
        cards += [headline, dek, f"{n}H ago"]
    clean = clean_text(_page([*PARAGRAPHS, *cards]))
    assert all(paragraph in clean.text for paragraph in PARAGRAPHS)
    for line in cards:
        assert line not in clean.text


def test_reader_comments_go() -> None:
    thread = []
    comments = [("harbourfan", "About time they fixed it."), ("jroe", "The ferry is always late anyway."), ("ann_p", "Good news.")]
    for name, comment in comments:
        thread += [f"{name} says:", comment]
    clean = clean_text(_page([*PARAGRAPHS, *thread]))
    assert all(paragraph in clean.text for paragraph in PARAGRAPHS)
    assert not any(line in clean.text for line in thread)


def test_an_interview_is_not_a_list_of_cards() -> None:
    """A name and an answer by turns, with no article elsewhere, is the article itself."""
    turns = []
    for answer in PARAGRAPHS:
        turns += ["JANE DOE", answer]
    clean = clean_text(_page(turns))
    assert all(paragraph in clean.text for paragraph in PARAGRAPHS)


def test_a_short_subheading_and_a_one_line_quote_survive() -> None:
    quote = '"We will not give up," she said.'
    article = [PARAGRAPHS[0], PARAGRAPHS[1], "Next steps", PARAGRAPHS[2], quote, PARAGRAPHS[3], PARAGRAPHS[4], quote.replace("she", "he")]
    clean = clean_text(_page(article))
    assert _lines(clean.text) == article


def test_inline_link_to_another_story_goes() -> None:
    line = "MORE: Council approves new cycle lanes along the seafront"
    clean = clean_text(_with_inserted([line], at=2))
    assert line not in clean.text
    assert _removed(clean)[line] == "related link"


def test_an_article_in_sections_is_not_a_list_of_cards() -> None:
    """Subheadings over one paragraph each, after an introduction: the sections are the article."""
    sections = []
    for n, paragraph in enumerate(PARAGRAPHS[2:], start=1):
        sections += [f"STEP {n}: CHECK THE SUPPORTS", paragraph]
    article = [PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2], *sections]
    clean = clean_text(_page(article))
    assert all(line in clean.text for line in article)


def test_glued_teasers_go_but_glued_names_stay() -> None:
    teasers = [
        "Five Harbour Cafes Worth The DriveLooking for a quiet table by the water? We tried the cafes along the old quay.",
        "Best Winter Walks Around TownThe cold is coming, and these routes along the river are at their best in the frost.",
    ]
    name = "But the new iPhone fits so much more into the small case, and the battery lasts a whole day now."
    clean = clean_text(_page([*PARAGRAPHS[:3], name, *PARAGRAPHS[3:], *teasers]))
    assert name in clean.text
    for teaser in teasers:
        assert teaser not in clean.text


def test_a_byline_inside_a_teaser_box_is_not_the_authors() -> None:
    box = ["Most Read", "Harbour Ferry Fares Rise for Second Year", "By John Roe", "Schools told to prepare for a strike"]
    clean = clean_text(_with_inserted(box))
    assert clean.bylines == ("By Jane Doe",)
    assert "By John Roe" not in clean.text


def test_a_subheading_like_a_teaser_heading_keeps_its_paragraph() -> None:
    """A subheading like "More Trouble Ahead" over a one-sentence paragraph: the paragraph is the article's."""
    article = [*PARAGRAPHS[:3], "More Trouble Ahead", "Engineers expect more cracks to appear as the winter sets in.", *PARAGRAPHS[3:]]
    clean = clean_text(_page(article))
    assert "Engineers expect more cracks to appear as the winter sets in." in clean.text
    assert all(paragraph in clean.text for paragraph in PARAGRAPHS)


def test_a_table_of_prices_is_neither_meta_lines_nor_links() -> None:
    table = [
        "Ticker\tCompany Name Here\tLast\tChange",
        "ABC\tTHE EXAMPLE STORES INC.\t225.86\t-12.99",
        "XYZ\tOTHER EXAMPLE HOLDINGS\t113.40\t-1.62",
    ]
    clean = clean_text(_with_inserted(table))
    for row in table:
        assert row in clean.text


def test_buttons_under_embedded_posts_do_not_make_a_comment_thread() -> None:
    """An article quoting posts, each with a "Report" button, is still the article."""
    article = []
    for paragraph in PARAGRAPHS:
        article += [paragraph, "Embedded post by @example", "Report"]
    clean = clean_text(_page(article))
    assert all(paragraph in clean.text for paragraph in PARAGRAPHS)


def test_a_byline_under_a_sign_up_button_is_still_the_byline() -> None:
    page = "\n".join(["Home", "News", "Sport", "Subscribe to our newsletter", "By Jane Doe", *PARAGRAPHS, "Share on Facebook"])
    clean = clean_text(page)
    assert clean.bylines == ("By Jane Doe",)


def test_a_byline_split_over_lines_names_the_authors() -> None:
    article = ["Old Bridge Closes After Engineers Find Cracks", "By\nJane Doe\nand\nJohn Roe", *PARAGRAPHS]  # one block
    clean = clean_text(_page(article))
    for name in ("Jane Doe", "John Roe"):
        assert name not in clean.text
    assert authors_from_bylines(clean.bylines) == ("Jane Doe", "John Roe")


@pytest.mark.parametrize("line", ["Jane Doe has more.", "Jane Doe, Example Radio News."])
def test_broadcast_hand_off_and_sign_off_go(line: str) -> None:
    clean = clean_text(_page([*PARAGRAPHS, line]))
    assert line not in clean.text
    assert all(paragraph in clean.text for paragraph in PARAGRAPHS)


def test_odd_spaces_become_plain_spaces_one_for_one() -> None:
    """A no-break or thin space splits spaCy's tokens ("Stu\xa0Burguiere" is no name); a plain space keeps offsets."""
    raw = "Blaze co-host Stu\u00a0Burguiere said\u2009it was\u202fover."
    text = clean_text(raw).text
    assert "Stu Burguiere said it was over." in text
    assert not any(ch in text for ch in "\u00a0\u2009\u202f")
