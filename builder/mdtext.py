"""Article text made safe for a page that is Markdown with a little raw HTML in it.

The one escape function of the site. Every value a template prints goes through
:func:`md_escape` (the Jinja environment's ``finalize``), so no template can forget it.

Why numeric character references and not backslashes: the same value lands in two
contexts, Markdown prose (a heading, a list item, a table cell, a block quote) and raw
HTML (``<p id>`` of the full text, ``<time>``, ``<mark>``). A backslash escape is read only
by Markdown and shows up literally inside raw HTML; a reference such as ``&#42;`` means
"*" to every Markdown renderer (Python-Markdown, CommonMark, GitHub's) and to HTML alike.
Only characters that can start markup are replaced, so prose stays readable in an editor.
"""

from __future__ import annotations

import re

import markupsafe

# Everywhere in a value: HTML's own (& < > " ') and every character a Markdown renderer reads
# as inline markup: emphasis * _ ~, code `, links and images [ ] (no link without them),
# escapes \, table cells |, attribute lists { }, math $. Autolinks need < and are covered.
_INLINE = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
    "\\": "&#92;",
    "`": "&#96;",
    "*": "&#42;",
    "_": "&#95;",
    "~": "&#126;",
    "[": "&#91;",
    "]": "&#93;",
    "|": "&#124;",
    "{": "&#123;",
    "}": "&#125;",
    "$": "&#36;",
}
_INLINE_RE = re.compile(r"[&<>\"'\\`*_~\[\]|{}$]")
# Also markup when a value starts a line: headings, bullets, rules and setext underlines
# (# + - =), numbered lists ("1986. " or "3) "); block quotes are already &gt;.
_LEADING_MARK_RE = re.compile(r"[#+\-=]")
_NUMBERED_RE = re.compile(r"\d{1,9}([.)])")
# Characters a line splitter reads as a line end; a value is always one line of text.
_BREAKS_RE = re.compile(r"\s*[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]\s*")


def md_escape(value: object) -> markupsafe.Markup:
    """``value`` as one line of text that no Markdown renderer and no browser reads as markup.

    Line breaks fold into a space (a blank line would end the block around the value) and
    leading spaces go (four of them make a code block); a numbered-list look-alike at the
    start keeps its digits with the dot or parenthesis replaced.
    """
    if isinstance(value, markupsafe.Markup):
        return value
    text = _BREAKS_RE.sub(" ", str(value)).lstrip()
    text = _INLINE_RE.sub(lambda m: _INLINE[m.group(0)], text)
    numbered = _NUMBERED_RE.match(text)
    if numbered:
        end = numbered.end()
        text = text[: end - 1] + f"&#{ord(numbered.group(1))};" + text[end:]
    elif _LEADING_MARK_RE.match(text):
        text = f"&#{ord(text[0])};" + text[1:]
    return markupsafe.Markup(text)
