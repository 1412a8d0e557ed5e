"""The data model's own helpers."""

from __future__ import annotations

from builder.model import CleanText, Paragraph

TEXT = "First para.\n\nSecond para.\n\nThird."
CLEAN = CleanText(TEXT, (Paragraph(0, 0, 11), Paragraph(1, 13, 25), Paragraph(2, 27, 33)))


def test_paragraph_at_finds_the_containing_paragraph_only():
    assert CLEAN.paragraph_at(0).index == 0
    assert CLEAN.paragraph_at(20).index == 1
    assert CLEAN.paragraph_at(32).index == 2
    assert CLEAN.paragraph_at(12) is None  # the blank line between paragraphs


def test_paragraph_near_falls_back_to_the_paragraph_before():
    assert CLEAN.paragraph_near(12).index == 0
    assert CLEAN.paragraph_near(26).index == 1
    assert CLEAN.paragraph_near(500).index == 2
    assert CleanText("", ()).paragraph_near(0) is None
