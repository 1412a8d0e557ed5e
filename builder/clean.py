"""Clean pasted article text: drop page furniture, keep the article's own subheadings.

The cleaned text is the input with whole furniture lines removed and runs of blank lines
folded, so every later offset indexes into it and each kept line is verbatim.
Each block (a non-blank line) becomes a :class:`Paragraph`; a short line without final
punctuation between two prose lines is a subheading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from builder.lexicons.furniture import FURNITURE_RULES
from builder.model import CleanText, Paragraph, RemovedLine

_SENTENCE_END = tuple(".!?:;…,")
_CLOSING_QUOTES = "\"'”’»)]"


def normalise_text(raw: str) -> str:
    """Unify line ends and drop characters that have no place in article text (BOM, NUL)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\ufeff", "").replace("\x00", "")


Rules = Sequence[tuple[str, re.Pattern[str]]]


def furniture_reason(line: str, rules: Rules = FURNITURE_RULES) -> str | None:
    """The name of the first furniture rule that matches the whole line, if any."""
    stripped = line.strip()
    for reason, pattern in rules:
        if pattern.fullmatch(stripped):
            return reason
    return None


def _is_heading(line: str, prev_line: str | None, next_line: str | None) -> bool:
    words = line.split()
    if not 1 <= len(words) <= 12 or line.rstrip().rstrip(_CLOSING_QUOTES).endswith(_SENTENCE_END):
        return False
    return _is_prose(prev_line) and _is_prose(next_line)


def _is_prose(line: str | None) -> bool:
    return line is not None and len(line.split()) >= 8


def clean_text(raw: str, *, keep_lines: tuple[str, ...] = (), rules: Rules = FURNITURE_RULES) -> CleanText:
    """Remove furniture lines from ``raw`` and describe the blocks that remain."""
    lines = normalise_text(raw).split("\n")
    keep = {line.strip() for line in keep_lines}
    kept: list[str] = []
    removed: list[RemovedLine] = []
    for number, line in enumerate(lines, start=1):
        reason = None if line.strip() in keep else furniture_reason(line, rules)
        if reason and line.strip():
            removed.append(RemovedLine(number, line.strip(), reason))
        else:
            kept.append(line.rstrip())
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")
    return CleanText(text=text, paragraphs=_paragraphs(text), removed=tuple(removed))


def _paragraphs(text: str) -> tuple[Paragraph, ...]:
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    blocks = [text[s:e] for s, e in spans]
    paragraphs = []
    for i, (start, end) in enumerate(spans):
        prev_line = blocks[i - 1] if i > 0 else None
        next_line = blocks[i + 1] if i + 1 < len(blocks) else None
        kind = "heading" if _is_heading(blocks[i], prev_line, next_line) else "text"
        paragraphs.append(Paragraph(index=i, start=start, end=end, kind=kind))
    return tuple(paragraphs)
