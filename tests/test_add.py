"""`digest add`: pages served from 127.0.0.1, saved files and pasted text become safe, unique files in content/.

Every page here is made up; no test reaches beyond the local server.
"""

from __future__ import annotations

import io
import os
import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from builder.add import AddOptions, add_sources
from builder.analyse import model_id
from builder.cache import DigestCache, cache_key
from builder.cli import main
from builder.duplicates import normalise_url, shingles, similar
from builder.errors import DigestError
from builder.newfile import unique_slug, write_new
from builder.readers import read_article
from builder.settings import Settings, load_settings
from tests.conftest import make_project

PROSE = [
    "The council of Eastbrook voted on Tuesday to rebuild the old river bridge, which was closed after the spring floods.",
    '"This bridge carries every child in the valley to school, and we will not leave it broken," said Mara Lindqvist, the mayor.',
    "Engineers told the council the work would take about eighteen months and cost less than the town had feared at first.",
    "Residents who cross the river each morning have driven a long detour through the hills since the closure in April.",
    "The regional transport office said it would pay half of the cost, provided the town finishes the design by the autumn.",
]


def article_html(title: str, paragraphs: list[str], head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>{title}</h1>{body}</article>"
        "<footer>Copyright Example Valley Press</footer></body></html>"
    )


GOOD_HEAD = (
    "<link rel='canonical' href='https://valley.example.org/news/bridge-vote'>"
    "<meta property='og:site_name' content='Valley Example Press'>"
    "<meta name='author' content='Jon Halvorsen'>"
    "<meta property='article:published_time' content='2021-03-12T09:30:00Z'>"
)
PAGES: dict[str, tuple[int, str, bytes]] = {
    "/good": (200, "text/html; charset=utf-8", article_html("Eastbrook votes to rebuild its river bridge", PROSE, GOOD_HEAD).encode()),
    "/plain": (
        200,
        "text/html",
        article_html("Valley school reopens after flood repairs", [p.replace("bridge", "school") for p in PROSE]).encode(),
    ),
    "/text-date": (
        200,
        "text/html",
        article_html(
            "Harbour ferry returns after winter", ["Published 12 March 2021", *[p.replace("bridge", "ferry") for p in PROSE]]
        ).encode(),
    ),
    "/no-text": (200, "text/html", b"<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"),
    "/missing": (404, "text/html", b"<html><body>Not here</body></html>"),
    "/data.json": (200, "application/json", b'{"title": "not a page"}'),
}


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        path = self.path.split("?")[0]
        try:
            if path == "/loop":
                self.send_response(302)
                self.send_header("Location", "/loop")
                self.end_headers()
            elif path == "/redirect":
                self.send_response(302)
                self.send_header("Location", "/plain")
                self.end_headers()
            elif path == "/huge":
                # No Content-Length: only counting while reading can stop it.
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(b"<html><body>")
                for _ in range(40):
                    self.wfile.write(b"<p>" + b"word " * 2000 + b"</p>")
            elif path == "/huge-declared":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(50_000_000))
                self.end_headers()
                self.wfile.write(b"<html>")
            elif path == "/slow":
                time.sleep(1.5)  # bounded: the server thread always finishes
                self._page(*PAGES["/good"])
            elif path == "/trickle":
                # Each byte comes well within the socket timeout; only a deadline stops this.
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(60):
                    self.wfile.write(b"<")
                    self.wfile.flush()
                    time.sleep(0.05)
            elif path in PAGES:
                self._page(*PAGES[path])
            else:
                self._page(404, "text/html", b"no")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def _page(self, status: int, content_type: str, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project", {})


def run_add(project: Path, sources: list[str], stdin: bytes = b"", **options: object) -> tuple[int, str, str]:
    """``digest add`` in-process: exit status, what it printed, what it reported as errors."""
    options.setdefault("timeout", 5.0)
    out, err = io.StringIO(), io.StringIO()
    settings: Settings = load_settings(project)
    status = add_sources(sources, settings, AddOptions(**options), out, err, stdin=io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    return status, out.getvalue(), err.getvalue()


def files(project: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((project / "content").iterdir())}


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)---\n", text, re.DOTALL)
    assert match, text[:200]
    return yaml.safe_load(match.group(1))


PASTED = "\n".join(
    [
        "Skip to main content",
        "Home",
        "News",
        "Sport",
        "Weather",
        "Contact us",
        "Hill farmers win fight over grazing rights",
        "By Ilse Marwick",
        "",
        *[p.replace("bridge", "pasture").replace("Eastbrook", "Northfell") for p in PROSE],
        "",
        "Share this article",
        "Sign up for our newsletter",
        "Most read",
        "Local Team Wins Cup",
        "Weather Warning Issued",
        "Road Closed For Repairs",
        "Copyright 2024 Example Valley Press. All rights reserved.",
    ]
)


# --- links -----------------------------------------------------------------------------------


def test_a_link_becomes_a_file_with_its_metadata(project: Path, server: str, nlp) -> None:
    status, out, err = run_add(project, [server + "/good"], tags=("bridges", "bridges", " valley "))
    assert status == 0, err
    written = project / "content" / "eastbrook-votes-to-rebuild-its-river-bridge.md"
    meta = front_matter(written)
    assert meta["title"] == "Eastbrook votes to rebuild its river bridge"
    assert str(meta["published"]) == "2021-03-12"
    assert meta["source"] == "https://valley.example.org/news/bridge-vote"  # the canonical address
    assert meta["authors"] == ["Jon Halvorsen"]
    assert meta["tags"] == ["bridges", "valley"]
    article = read_article(written)
    assert article.body.count("Eastbrook votes to rebuild") == 0  # the headline is the title, not the first paragraph
    assert "Mara Lindqvist" in article.body
    assert "Copyright" not in article.body
    assert "2021-03-12, from the page's metadata (htmldate)" in out
    assert "Valley Example Press" in out
    assert re.search(r"found\s+\d+ (?:person|people), 1 quote", out), out
    umask = os.umask(0)
    os.umask(umask)
    assert written.stat().st_mode & 0o777 == 0o666 & ~umask
    assert not [p for p in (project / "content").iterdir() if p.name.startswith(".")]  # no temporary file left
    # The digest computed for the report is cached: the next build does not analyse the article again.
    settings = load_settings(project)
    assert DigestCache(settings.cache_dir).get(cache_key(article, model_id(settings.model), settings.extraction_key())) is not None


def test_a_redirect_is_followed_and_the_final_address_kept(project: Path, server: str, nlp) -> None:
    status, out, err = run_add(project, [server + "/redirect"])
    assert status == 0, err
    (written,) = (project / "content").glob("*.md")
    assert front_matter(written)["source"] == server + "/plain"
    assert "published" not in front_matter(written)  # the page has no date: none is invented
    assert "none found" in out


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "not found (HTTP 404)"),
        ("/loop", "too many redirects"),
        ("/data.json", "not an HTML page (Content-Type: application/json)"),
        ("/huge", "too large"),
        ("/huge-declared", "too large (50.0 MB"),
        ("/no-text", "no article text"),
    ],
)
def test_each_failure_is_one_clear_line_and_writes_nothing(project: Path, server: str, path: str, message: str) -> None:
    status, out, err = run_add(project, [server + path], max_bytes=100_000)
    assert status == 1
    first = err.splitlines()[0]
    assert first.startswith(f"digest: error: {server}{path}: ") and message in first, err
    assert out == "" and files(project) == {}


@pytest.mark.parametrize("path", ["/slow", "/trickle"])
def test_a_slow_page_times_out(project: Path, server: str, path: str) -> None:
    started = time.monotonic()
    status, _, err = run_add(project, [server + path], timeout=0.4)
    assert status == 1 and "timed out after 0.4 s" in err, err
    assert time.monotonic() - started < 1.3
    assert files(project) == {}


def test_a_date_only_the_text_states_is_read_at_build_time_not_invented_from_markup(project: Path, server: str, nlp) -> None:
    status, out, err = run_add(project, [server + "/text-date"])
    assert status == 0, err
    (written,) = (project / "content").glob("*.md")
    assert "published" not in front_matter(written)
    assert "Published 12 March 2021" in read_article(written).body
    assert "2021-03-12, as stated on the page" in out, out


def test_not_a_web_address(project: Path) -> None:
    status, _, err = run_add(project, ["ftp://example.org/page"])
    assert status == 1 and "use http:// or https://" in err


# --- saved pages and pasted text -----------------------------------------------------------------


def test_a_saved_html_page(project: Path, tmp_path: Path, nlp) -> None:
    saved = tmp_path / "saved.html"
    saved.write_bytes(PAGES["/good"][2])
    status, out, err = run_add(project, [str(saved)])
    assert status == 0, err
    (written,) = (project / "content").glob("*.md")
    assert front_matter(written)["source"] == "https://valley.example.org/news/bridge-vote"
    assert str(front_matter(written)["published"]) == "2021-03-12"


@pytest.mark.parametrize("how", ["stdin", "file"])
def test_pasted_text_keeps_the_page_and_takes_the_title_the_cleaner_keeps(project: Path, tmp_path: Path, how: str, nlp, capsys) -> None:
    if how == "stdin":
        status, out, err = run_add(project, ["-"], stdin=PASTED.encode())
    else:
        saved = tmp_path / "pasted.txt"
        saved.write_text(PASTED, encoding="utf-8")
        status, out, err = run_add(project, [str(saved)])
    assert status == 0, err
    written = project / "content" / "hill-farmers-win-fight-over-grazing-rights.md"
    meta = front_matter(written)
    assert meta == {"title": "Hill farmers win fight over grazing rights"}  # nothing else is stated outside the text
    body = read_article(written).body
    assert "Skip to main content" in body and "Sign up for our newsletter" in body  # kept as pasted
    assert "authors    Ilse Marwick (byline on the page)" in out
    removed = int(re.search(r"the cleaner removes (\d+) line", out).group(1))
    assert removed >= 5
    # `digest check --explain` lists what the cleaner removes from the file.
    capsys.readouterr()
    assert main(["--project", str(project), "check", "--explain", str(written)]) == 0
    explained = capsys.readouterr().out
    assert "removed" in explained and "Sign up for our newsletter" in explained
    assert explained.count(": removed (") == removed


def test_unsupported_and_missing_files(project: Path, tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    status, _, err = run_add(project, [str(tmp_path / "notes.pdf"), str(tmp_path / "gone.txt")])
    assert status == 1
    assert "add a saved web page (.html), pasted text (.txt)" in err and "file not found" in err
    assert "2 of 2 source(s) not added" in err


def test_invalid_utf8_on_standard_input(project: Path) -> None:
    status, _, err = run_add(project, ["-"], stdin=b"Title\n\xff\xfe broken")
    assert status == 1 and "standard input: not valid UTF-8" in err


# --- nothing lost, nothing doubled -------------------------------------------------------------------


def test_the_same_article_is_refused_unless_forced(project: Path, server: str, tmp_path: Path, nlp) -> None:
    assert run_add(project, [server + "/good"])[0] == 0
    before = files(project)
    (first,) = before
    # The page again: its canonical address is the one already in content/.
    status, _, err = run_add(project, [server + "/good"])
    assert status == 1 and f"already in content/ as {first} (same source address)" in err
    # The canonical address spelled otherwise (http, www, trailing slash, tracking): refused before any fetch.
    status, _, err = run_add(project, ["http://www.valley.example.org/news/bridge-vote/?utm_source=feed"])
    assert status == 1 and f"already in content/ as {first} (same source address)" in err
    # The same text pasted from elsewhere, with furniture around it.
    pasted = tmp_path / "copy.txt"
    pasted.write_text(
        "Menu\nHome\nNews\nSport\nWeather\nLogin\nBridge vote\n\n" + "\n\n".join(PROSE) + "\nShare this article\n", encoding="utf-8"
    )
    status, _, err = run_add(project, [str(pasted)])
    assert status == 1 and f"already in content/ as {first} (nearly the same text)" in err
    assert files(project) == before
    # --force adds it anyway, under a new name; the first file is untouched.
    status, out, err = run_add(project, [server + "/good"], force=True)
    assert status == 0, err
    after = files(project)
    assert after[first] == before[first]
    assert sorted(after) == sorted([first, first.replace(".md", "-2.md")])


def test_two_copies_in_one_command_are_caught(project: Path, server: str, nlp) -> None:
    status, _, err = run_add(project, [server + "/good", server + "/good"])
    assert status == 1 and "same source address" in err
    assert len(files(project)) == 1


def test_dry_run_writes_nothing(project: Path, server: str, nlp) -> None:
    status, out, err = run_add(project, [server + "/good"], dry_run=True)
    assert status == 0, err
    assert out.startswith("would add ") and "dry run: nothing written" in out
    assert files(project) == {}
    assert not (project / ".cache").exists()


def test_no_existing_file_is_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "story.md"
    target.write_text("the editor's own file\n", encoding="utf-8")
    with pytest.raises(DigestError, match="already exists"):
        write_new(target, "---\ntitle: New\n---\nNew text\n")
    assert target.read_text(encoding="utf-8") == "the editor's own file\n"
    assert [p.name for p in tmp_path.iterdir()] == ["story.md"]


def test_slugs_are_unique_stable_and_never_a_listing_page(tmp_path: Path) -> None:
    (tmp_path / "bridge-vote.txt").write_text("x", encoding="utf-8")
    assert unique_slug("bridge-vote", set(), tmp_path) == "bridge-vote-2"
    assert unique_slug("bridge-vote", {"bridge-vote-2"}, tmp_path) == "bridge-vote-3"
    assert unique_slug("index", set(), tmp_path) == "index-2"
    assert unique_slug("page-3", set(), tmp_path) == "page-3-2"
    assert unique_slug("nul", set(), tmp_path) == "nul-2"  # Windows refuses a file named so
    assert unique_slug("river", set(), tmp_path) == unique_slug("river", set(), tmp_path) == "river"


def test_an_editors_slug_is_made_safe_or_refused(project: Path, nlp) -> None:
    paste = ("Council meets\n\n" + "\n\n".join(PROSE)).encode()
    status, _, err = run_add(project, ["-"], stdin=paste, slug="../../Étude/../passwd")
    assert status == 0, err
    assert list(files(project)) == ["etude-passwd.md"]
    status, _, err = run_add(project, ["-"], stdin=paste, slug="index", force=True)
    assert status == 1 and "listing page" in err
    status, _, err = run_add(project, ["-"], stdin=paste, slug="etude-passwd", force=True)
    assert status == 1 and "already used" in err


HOSTILE_TITLES = [
    "He said: \"no\" -- and 'yes'",
    "---",
    "title: injected\npublished: 1999-01-01",
    "{{ config }} {% include 'x' %}",
    "<script>alert(1)</script> & <b>bold</b>",
    "- a list item",
    "&anchor *alias !!python/object/apply:os.system ['echo']",
    "2021-03-12",
    "null",
    "# not a comment",
    "Ünïcödé — “quotes” \u2028 line separator",
    "   ",
]


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_any_title_is_safe_front_matter(project: Path, title: str, nlp) -> None:
    paste = ("\n\n".join(PROSE)).encode()
    status, out, err = run_add(project, ["-"], stdin=paste, title=title, published=None)
    if not title.strip():
        assert status == 1 and "no title found" in err
        return
    assert status == 0, err
    (written,) = (project / "content").glob("*.md")
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*\.md", written.name) and written.parent == project / "content"
    expected = " ".join("".join(ch for ch in title if ch.isprintable() or ch.isspace()).split())
    assert read_article(written).title == expected
    assert set(front_matter(written)) == {"title"}  # nothing injected


def test_overrides_win(project: Path, server: str, nlp) -> None:
    import datetime as dt

    status, out, err = run_add(project, [server + "/good"], published=dt.date(2020, 1, 2), slug="my-bridge", title="Bridge: the vote")
    assert status == 0, err
    meta = front_matter(project / "content" / "my-bridge.md")
    assert meta["title"] == "Bridge: the vote" and str(meta["published"]) == "2020-01-02"
    assert "2020-01-02, from --published" in out


def test_the_command_line(project: Path, server: str, nlp, capsys) -> None:
    assert main(["--project", str(project), "add", server + "/good", "--tag", "roads", "--dry-run", "--timeout", "5"]) == 0
    assert "would add" in capsys.readouterr().out
    assert main(["--project", str(project), "add", server + "/missing", server + "/slow", "--timeout", "0.3"]) == 1
    err = capsys.readouterr().err
    assert "not found (HTTP 404)" in err and "timed out" in err and "2 of 2" in err


# --- duplicate rules, on made-up text ------------------------------------------------------------------


def test_address_spellings_of_one_page_match() -> None:
    assert normalise_url("HTTP://WWW.Example.org:80/a/b/?utm_source=x&id=3#top") == normalise_url("https://example.org/a/b?id=3")
    assert normalise_url("https://example.org/a?id=3") != normalise_url("https://example.org/a?id=4")
    assert normalise_url("mailto:x@example.org") is None


def test_near_duplicates_and_different_stories() -> None:
    story = " ".join(PROSE)
    assert similar(shingles(story), shingles(story + " An editor's note was added at the end of the story."))
    assert similar(shingles(story), shingles("Menu Home News " + story + " Share Sign up Most read"))
    other = "The harbour board met on Friday and agreed to dredge the channel before the summer sailing season begins."
    assert not similar(shingles(story), shingles(other + " " + PROSE[1]))


# --- the headline of a pasted page, on made-up pages ---------------------------------------------------

MENU = ["Skip to main content", "Home", "Local News", "Sport", "Weather", "Sign up", "Subscribe now"]
STORY = [
    "The harbour board agreed on Thursday to dredge the channel before the summer sailing season, after two boats ran aground in May.",
    '"We cannot ask the fleet to wait another year," said Petra Olund, who chairs the board, adding that the cost would be shared.',
    "Work is due to begin next month and to last about six weeks, weather permitting, the board said in a statement.",
]


def test_the_headline_sits_above_the_pages_date_past_its_byline() -> None:
    from builder.intake import pasted_headline

    headline = "Channel to be dredged before the sailing season"
    page = "\n".join([*MENU, "Harbour News", headline, "By Tomas Ek", "Posted on 3 April 2023", "", *STORY])
    assert pasted_headline(page) == headline


def test_a_standfirst_under_the_headline_is_not_the_title() -> None:
    from builder.intake import pasted_headline

    dek = "The board says the work cannot wait another year after two boats ran aground in the narrow channel this spring"
    page = "\n".join([*MENU, "Channel to be dredged", dek, "Kari Lund and Tomas Ek", "3 April 2023", "", *STORY])
    assert pasted_headline(page) == "Channel to be dredged"


def test_a_year_in_a_headline_does_not_make_it_a_date_line() -> None:
    from builder.intake import pasted_headline

    page = "\n".join([*MENU, "The 2030 Harbour Plan Is Getting Serious", "By Tomas Ek", "April 3, 2023", "", *STORY])
    assert pasted_headline(page) == "The 2030 Harbour Plan Is Getting Serious"


def test_no_trusted_headline_asks_for_a_title(project: Path) -> None:
    # Menus, then prose: no line can be trusted to be the headline, so none is made up.
    page = "\n".join([*MENU, "Share this article", "", *STORY, "", "Sign up for our newsletter", "Copyright 2024 Example Press"])
    status, _, err = run_add(project, ["-"], stdin=page.encode())
    assert status == 1 and "give one with --title" in err
    assert files(project) == {}
