"""The one escape function: article text reads as text in Markdown prose and in raw HTML alike."""

from __future__ import annotations

import html
import re

import markdown
import pytest

from builder.mdtext import md_escape

HOSTILE = [
    "*bold* and _em_ and `code` and ~~gone~~",
    "[a link](javascript:alert(1)) and ![img](x.png)",
    "# Not a heading",
    "- not a bullet",
    "+ not a bullet either",
    "1986. The year it began",
    "3) third",
    "=====",
    "> not a quote",
    "<script>alert(1)</script> & <b>bold</b>",
    "a | table | row",
    "{: .attr } {{ jinja }} {% raw %}",
    "back\\slash \\* and $x$ math",
    "    four spaces, not code",
    "line one\n\nline two\r\nline three",
    "it's \"quoted\" 'single'",
    "<http://example.org> autolink",
    "&amp; stays an ampersand and &copy; too",
]


def _text_of(rendered_html: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", rendered_html)).strip()


@pytest.mark.parametrize("value", HOSTILE)
def test_markdown_prose_shows_the_value_as_text(value: str):
    out = markdown.markdown(f"Said: {md_escape(value)}")
    assert re.sub(r"</?p>", "", out).count("<") == 0, out  # no element beyond the paragraph
    assert _text_of(out) == "Said: " + " ".join(value.split())


@pytest.mark.parametrize("value", HOSTILE)
def test_value_starting_a_line_makes_no_block(value: str):
    out = markdown.markdown(str(md_escape(value)))
    assert re.sub(r"</?p>", "", out).count("<") == 0, out
    assert _text_of(out) == " ".join(value.split())


@pytest.mark.parametrize("value", HOSTILE)
def test_raw_html_element_shows_the_value_as_text(value: str):
    out = markdown.markdown(f'<p id="p-1">{md_escape(value)}</p>')
    assert out.count("<") == 2, out
    assert _text_of(out) == " ".join(value.split())


def test_ordinary_prose_stays_readable():
    prose = "The mayor said on Monday, 7 August 2019, that 40% of roads (mostly rural) need work."
    assert md_escape(prose) == prose


def test_markup_passes_unchanged():
    from markupsafe import Markup

    assert md_escape(Markup("<time>x</time>")) == "<time>x</time>"
