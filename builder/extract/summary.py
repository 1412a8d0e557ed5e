"""Summary: a few sentences of the article, chosen extractively."""

from __future__ import annotations

from spacy.tokens import Doc

from builder.model import Paragraph, TextSpan


def extract_summary(doc: Doc, paragraphs: tuple[Paragraph, ...] = (), *, sentences: int = 3, max_words: int | None = None) -> list[TextSpan]:
    """The first sentences outside headings (Lead-N baseline; see issue 6)."""
    headings = [(p.start, p.end) for p in paragraphs if p.kind == "heading"]
    chosen = []
    for sent in doc.sents:
        if any(s <= sent.start_char < e for s, e in headings) or not sent.text.strip():
            continue
        chosen.append(TextSpan(sent.text.strip(), sent.start_char, sent.start_char + len(sent.text.strip())))
        if len(chosen) >= sentences or (max_words and sum(len(c.text.split()) for c in chosen) >= max_words):
            break
    return chosen
