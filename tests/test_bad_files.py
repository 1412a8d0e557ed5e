"""Bad article files: each is refused with a message naming the file (and line), or read safely.

Nothing a bad file holds may stop the other articles (with ``--keep-going``), run code,
write outside docs/, or take unbounded time or memory.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from builder import cli, urls
from builder.build import build_site
from builder.errors import DigestError
from builder.readers import MAX_ARTICLE_CHARS, read_article
from builder.settings import load_settings
from tests.conftest import ROOT
from tests.conftest import make_project as make_scratch_project
from tests.conftest import write_file as write

GOOD = """---
title: Council approves bridge plan
published: 2020-03-04
---
Mayor Maria Lopez said on Tuesday that work on the river bridge would start next spring.

"We have waited long enough for this bridge," Lopez said.
"""
BODY = "Mayor Maria Lopez said on Tuesday that work on the river bridge would start next spring.\n"
FURNITURE = "Some title\n\nAdvertisement\n\nSubscribe to our newsletter\n\nSign up here\n"
BILLION_LAUGHS = (
    "---\n"
    + "a: &a [x, x, x, x, x, x, x, x, x]\n"
    + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(9)
    )
    + "title: *j\n---\nBody text.\n"
)


def refused(path: Path, *needles: str, line: int | None = None) -> DigestError:
    """Read ``path`` expecting a DigestError that names it (and ``line``) and says what is wrong."""
    with pytest.raises(DigestError) as info:
        read_article(path)
    message = str(info.value)
    assert message.startswith(f"{path}:" if line is None else f"{path}:{line}: "), message
    for needle in needles:
        assert needle in message, message
    return info.value


def test_invalid_utf8_names_file_and_line(tmp_path: Path):
    path = write(tmp_path, "latin1.txt", b"Title\n\nGood line.\nCaf\xe9 au lait.\n")
    refused(path, "not valid UTF-8", "0xe9", line=4)


def test_nul_byte_names_file_and_line(tmp_path: Path):
    refused(write(tmp_path, "nul.txt", "Title\n\nfirst\nsec\x00ond\n"), "NUL", line=4)
    # UTF-16 is the usual way a NUL gets into a "text" file.
    refused(write(tmp_path, "utf16.txt", "Title\n\nBody text.\n".encode("utf-16-le")), "NUL", line=1)


def test_byte_order_mark_is_dropped(tmp_path: Path):
    article = read_article(write(tmp_path, "bom.txt", "\ufeffA title\n\n" + BODY))
    assert article.title == "A title"
    md = read_article(write(tmp_path, "bom.md", "\ufeff" + GOOD))
    assert md.title == "Council approves bridge plan" and md.published is not None


def test_crlf_line_ends(tmp_path: Path):
    from builder.digest import clean_article

    for name, text in (("crlf.txt", "A title\n\n" + BODY + "\nSecond paragraph here.\n"), ("crlf.md", GOOD)):
        article = read_article(write(tmp_path, name, text.replace("\n", "\r\n")))
        assert "\r" not in article.title
        clean = clean_article(article)
        assert "\r" not in clean.text and len(clean.paragraphs) == 2, name
    assert read_article(tmp_path / "crlf.md").published is not None


@pytest.mark.parametrize("content", ["", "\n\n  \n", "Only a title\n", "---\ntitle: Front matter only\n---\n"])
def test_no_text_is_refused(tmp_path: Path, content: str):
    suffix = ".md" if content.startswith("---") else ".txt"
    refused(write(tmp_path, f"empty{suffix}", content), "no article text")


def test_oversized_article_is_refused(tmp_path: Path):
    """10 MB: over spaCy's 1,000,000-character limit, refused by the reader before any analysis."""
    paragraph = "The council met on Tuesday to discuss the bridge, and Jane Doe said it would open in May. " * 10 + "\n\n"
    path = write(tmp_path, "huge.txt", "A title\n\n" + paragraph * (10_000_000 // len(paragraph)))
    assert path.stat().st_size >= 9_900_000
    refused(path, "characters", f"{MAX_ARTICLE_CHARS:,}")


def test_long_line_is_read_and_digested(tmp_path: Path, nlp):
    """A 20,000-character line (a paste without line breaks) is one paragraph, with valid offsets."""
    from builder.digest import digest_articles
    from builder.settings import Settings

    line = ("Jane Doe said the council met on March 3, 2020 to talk about the bridge. " * 300)[:20_000]
    article = read_article(write(tmp_path, "long.txt", f"A title\n\n{line}\n"))
    digest = next(digest_articles([article], nlp, Settings()))
    assert len(digest.text) == 20_000 and len(digest.clean.paragraphs) == 1
    for span in [*digest.summary, *digest.timexes, *(m for p in digest.people for m in p.mentions), *digest.quotes]:
        assert digest.text[span.start : span.end] == span.text


def test_invisible_and_right_to_left_characters_are_text(tmp_path: Path):
    from builder.render import Renderer
    from tests.security.corpus import hostile_digests

    title = "Bridge \u202eevil\u202c plan\u200b \u2067isolate\u2069 \u200dend"
    article = read_article(write(tmp_path, "rtl.md", f'---\ntitle: "{title}"\n---\n{BODY}'))
    assert article.title == title and re.fullmatch(r"[a-z0-9-]+", article.slug)
    files = Renderer(ROOT / "templates").render(hostile_digests([title, "\u202e<b>x</b>", "a\u200bb", "\u2028line\u2029sep\rcr"])).files
    pages = [text.split("---\n", 2)[2] for path, text in files.items() if path.endswith(".md")]
    assert any("\u202e&lt;b&gt;x&lt;/b&gt;" in page for page in pages)
    for page in pages:
        # Line separators and lone CRs are folded: Markdown would read them as line breaks inside a raw HTML block.
        assert not re.search("[\u2028\u2029\r]", page)


def test_yaml_alias_bomb_is_refused(tmp_path: Path):
    refused(write(tmp_path, "laughs.md", BILLION_LAUGHS), "aliases", line=3)


def test_python_object_tags_do_not_run(tmp_path: Path):
    marker = tmp_path / "pwned"
    for i, tag in enumerate(["!!python/object/apply:os.system", "!!python/object/new:os.system", "!!python/name:os.system"]):
        path = write(tmp_path, f"tag{i}.md", f'---\ntitle: x\nsummary: {tag} ["touch {marker}"]\n---\n{BODY}')
        refused(path, "bad front matter", line=3)
    assert not marker.exists()


@pytest.mark.parametrize("front", ["- a\n- b\n", "just a string\n", "42\n"])
def test_front_matter_that_is_not_a_mapping(tmp_path: Path, front: str):
    refused(write(tmp_path, "list.md", f"---\n{front}---\n{BODY}"), "must be a mapping", line=2)


def test_slug_cannot_leave_the_docs_folder(tmp_path: Path):
    for i, slug in enumerate(["../../etc/passwd", "/absolute/path", "..", "a/../../b", "C:\\\\windows", "%2e%2e%2f"]):
        article = read_article(write(tmp_path, f"s{i}.md", f"---\nslug: '{slug}'\n---\nA title\n\n{BODY}"))
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", article.slug), article.slug


def make_project(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    return make_scratch_project(tmp_path / "project", {"good.md": GOOD, **files})


BAD = {
    "a-latin1.txt": b"Title\n\nCaf\xe9.\n",
    "b-empty.txt": "",
    "c-furniture.txt": FURNITURE,
    "d-laughs.md": BILLION_LAUGHS,
    "e-list.md": f"---\n- a\n---\n{BODY}",
    "z-escape.md": f"---\nslug: ../good\n---\nOther title\n\n{BODY}",  # slugified to "good": taken
    "g-nul.txt": "Title\n\nx\x00y\n",
}


def test_duplicate_slug_names_both_files(tmp_path: Path):
    project = make_project(tmp_path, {"twin.md": f"---\nslug: good\n---\nTwin\n\n{BODY}"})
    with pytest.raises(DigestError) as info:
        build_site(load_settings(project), run_mkdocs_step=False)
    assert "good.md" in str(info.value) and "twin.md" in str(info.value) and "slug" in str(info.value)


def test_build_stops_at_first_bad_article_and_writes_nothing(tmp_path: Path, capsys):
    project = make_project(tmp_path, BAD)
    code = cli.main(["--project", str(project), "build", "--docs-only"])
    err = capsys.readouterr().err
    assert code == 1
    assert "a-latin1.txt:3" in err and "b-empty" not in err
    assert not (project / "docs").exists()


def test_keep_going_builds_the_rest_and_lists_every_failure(tmp_path: Path, capsys):
    project = make_project(tmp_path, BAD)
    code = cli.main(["--project", str(project), "build", "--docs-only", "--keep-going"])
    out = capsys.readouterr().out
    assert code == 1
    failed = [line for line in out.splitlines() if line.startswith("failed: ")]
    assert len(failed) == len(BAD), out
    for name in BAD:
        assert any(name in line for line in failed), (name, out)
    # The good article is built, and nothing from the bad ones reached docs/.
    docs = project / "docs"
    assert (docs / urls.article_page("good")).is_file()
    assert (docs / urls.article_page("good")).read_text(encoding="utf-8").count("Council approves bridge plan") >= 1
    assert sorted(p.name for p in (docs / "articles").iterdir()) == ["good"]
    assert all(docs.resolve() in p.resolve().parents for p in docs.rglob("*"))


def test_check_reports_furniture_only_without_calling_it_ok(tmp_path: Path, capsys):
    path = write(tmp_path, "furniture.txt", FURNITURE)
    code = cli.main(["--project", str(tmp_path), "check", str(path)])
    captured = capsys.readouterr()
    assert code == 1
    assert f"{path}: no article text left after cleaning" in captured.err
    assert "ok (" not in captured.out


def test_oversized_jsonl_record_names_its_line():
    import io

    from builder.jsonl import read_jsonl

    lines = '{"id": 1, "text": "fine"}\n' + '{"id": 2, "text": "' + "a" * (MAX_ARTICLE_CHARS + 1) + '"}\n'
    with pytest.raises(DigestError, match=r"^in\.jsonl:2: .*limit"):
        list(read_jsonl(io.StringIO(lines), "in.jsonl"))
