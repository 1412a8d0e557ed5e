"""Summary: a few sentences of the article, chosen extractively by lead-weighted centrality.

Method (issue 6). Every body sentence (headings excluded) is a node of a graph whose
edges weigh how many content words two sentences share, divided by the sum of the logs of
their lengths (TextRank's similarity; spaCy's small model has no vectors, so the overlap
is lexical). PageRank over that graph gives each sentence's *centrality*: how much of the
rest of the article it restates. The score multiplies centrality by a *position prior*,
``exp(-position / LEAD_DECAY)``, because news is written as an inverted pyramid and human
highlights draw most on the first sentences; centrality lets a later sentence win when the
lead is a scene-setter or an aside. The score is divided by ``words ** LENGTH_WEIGHT``, so
that a short sentence saying as much wins over a long one: three sentences should be quick
to read (and human highlights are short).

Selection takes sentences best-first, skipping any a reader could not accept alone:
datelines, furniture and fragments (too few words, no verb, unbalanced quotation marks,
a list intro ending in ":", a sentence cut after a title such as "Staff Sgt." or "Bt.",
while "May." or "Cup." end a sentence normally), questions, near-duplicates of a chosen
sentence, and sentences that open with a pronoun or a connective ("He said", "However")
unless the sentence just before them is also in the summary ("This year ..." and "Earlier
this month ..." name the time of writing and stand alone). The chosen sentences are
returned in reading order.

Issue 14 (see :mod:`~builder.extract.summary.standalone`): a leading dateline ("WASHINGTON
(CNN) --", "Kabul, Afghanistan (CNN)") is cut from the sentence, its span starting after it;
link, list and credit lines and "Name: ..." speaker labels are not sentences; a sentence that
says he, she, his or her is taken only when it, or a summary sentence before it, names a
person, or a singular noun subject carries the pronoun ("The pilot said he ..."). The
article's first sentence has nothing before it, so an opening pronoun there does not lean
back. Dev after these rules: CNN 29.15 / 11.55 / 20.26 (before 29.01 / 11.51 / 20.13), BBC
50.85 / 46.36 / 47.99 (before 50.89 / 46.40 / 48.03: the one change is a team sheet's
"Subs Not Used: ..." lines, which the machine-made references include).

Tuned constants (grid search on both dev sets together, one set of values, never per
article or per source): ``LEAD_DECAY`` (14; 12 before the reader fixes above) and
``LENGTH_WEIGHT`` (0.5). The rule: no metric of either set may fall below the committed
floors (the scores before this change), and among such points the highest BBC ROUGE-1
wins. ``DAMPING`` is PageRank's usual 0.85 (0.75 costs BBC, 0.95 costs CNN);
``DUPLICATE_OVERLAP`` and ``MIN_WORDS`` are plain thresholds.

Measured on dev at three sentences (ROUGE-1/2/L F1, ``python -m builder.evaluate
summary-cnndm summary-bbc``): CNN highlights 29.01 / 11.51 / 20.13 against Lead-3's
28.11 / 10.76 / 19.05 (before: 28.95 / 11.46 / 19.94); BBC 50.89 / 46.40 / 48.03 against
TextRank-3's 59.99 / 55.76 / 58.04 and Lead-3's 44.29 (before: 50.19 / 45.40 / 47.07).
The reader fixes alone, at the old ``LEAD_DECAY`` 12, give CNN 28.99 / 11.50 / 19.99 and
BBC 50.34 / 45.58 / 47.26. Neighbours that also clear every floor: decay 13-14 with
``LENGTH_WEIGHT`` 0.52-0.56 (BBC R1 50.3-50.7); decay 15-16 keeps BBC higher (51.0) but
drops CNN below its floors (ROUGE-2 11.35-11.45).

The two targets pull in opposite directions, and no variant tried beats both Lead-3 on
CNN and TextRank-3 on BBC: CNN's human highlights are short and drawn from the lead
(position is their strongest signal; sentences with quotes or "I"/"we" are rarely used),
while BBC's references are another extractor's choice of 40% of the sentences, long and
central wherever they stand (first person and quotes are *more* likely chosen). Every
variant lies on one trade-off curve (R1, CNN / BBC): pure TextRank (no position, no
length) 25.4 / 58.1; the same favouring long sentences (``LENGTH_WEIGHT`` -0.25) 24.5 /
59.1; always taking the lead sentence first 26.1 / 56.2; this product prior 29.0 / 50.9.
A lead-biased walk (PageRank whose restart falls off as ``exp(-position / decay)``,
PositionRank-style, over ``words ** w``) reaches BBC 54.3 at decay 18, damping 0.55,
w 0.15, but CNN only 28.51 / 11.15 / 19.75, below the floors; over decay 3-36, damping
0.15-0.85 and w 0.15-0.5 the points clearing every floor (decay 17-19, damping 0.43-0.45,
w 0.28-0.3) top out at BBC R1 50.7 with CNN ROUGE-2 at 11.47-11.55, so the walk brings
nothing here. Even TextRank with none of the reader's filters above reaches only 60.1 on
BBC (25.3 on CNN): the filters cost about two BBC points. Also tried, no better on either
set: sumy-style self-loops, IDF-weighted overlap, TF-IDF cosine (LexRank-like), lemmas, a
plateau or a first-sentence bonus instead of a decay, similarity to the lead or to the
title as a feature (the title lowers BBC by 0.2-2 points), a bonus for numbers, dates or
entities, MMR redundancy (lambda 0.1-0.5), and taking a pronoun-led sentence together
with its antecedent as one unit (+0.1). About 10 ms per article on one CPU core, with no
model download.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc, Span, Token

from builder.analyse import text_of
from builder.extract.summary.standalone import dateline_length, is_furniture, names_person, person_pronoun
from builder.lexicons.people import NAME_ABBREVIATIONS
from builder.lexicons.summary import (
    CONNECTIVE_PHRASES,
    CONNECTIVES,
    DEICTIC_TIME_NOUNS,
    DEPENDENT_PRONOUNS,
)
from builder.model import Paragraph, TextSpan

LEAD_DECAY = 14.0  # sentences: the prior falls by a factor e every this many sentences
LENGTH_WEIGHT = 0.5  # score is divided by words ** LENGTH_WEIGHT
DAMPING = 0.85  # PageRank damping factor
DUPLICATE_OVERLAP = 0.7  # share of the shorter sentence's content words that makes it a repeat
MIN_WORDS = 4  # fewer words than this is a dateline, a label or a fragment

_END = re.compile(r"[.!]['\"”’)\]]*$")
# "... 37-year-old Karni Bt." : the splitter broke after an abbreviation, so the sentence is cut short.
_LAST_WORD = re.compile(r"(?<![.\w])([A-Z][A-Za-z]{0,4})\.$")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _Sentence:
    """A body sentence with what scoring and selection need to know about it."""

    index: int  # reading-order position among body sentences
    span: TextSpan
    words: Counter[str]  # content words (lower case, no stop words)
    length: int  # words as a reader counts them (whitespace-separated)
    eligible: bool  # could stand in a summary at all
    leans_back: bool  # opens with a pronoun or connective that needs the sentence before
    names_person: bool  # names a person (a PERSON entity)
    needs_person: bool  # says he, she, his, her...: some summary sentence up to it must name a person


def extract_summary(
    doc: Doc, paragraphs: tuple[Paragraph, ...] = (), *, sentences: int = 3, max_words: int | None = None
) -> list[TextSpan]:
    """Up to ``sentences`` sentences (and at most ``max_words`` words), in reading order."""
    body = _body_sentences(doc, paragraphs)
    if not body or sentences <= 0:
        return []
    scores = _scores(body)
    chosen = _select(body, scores, sentences, max_words)
    return [s.span for s in sorted(chosen, key=lambda s: s.index)]


def _body_sentences(doc: Doc, paragraphs: tuple[Paragraph, ...]) -> list[_Sentence]:
    """Sentences of the text paragraphs, stripped of spaces and of a leading dateline, with their features.

    The span starts after the dateline, so it still indexes the text it shows."""
    body: list[_Sentence] = []
    for sent in _text_sentences(doc, paragraphs):
        text = sent.text.strip()
        if not text:
            continue
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        cut = dateline_length(text)
        if cut:
            rest = text[cut:]
            start += cut + len(rest) - len(rest.lstrip())
            text = rest.strip()
            if not text:
                continue
        opening = _words_from(sent, start)
        words = Counter(w for w, t in opening if not (t.is_stop or t.is_punct or t.is_space) and _WORD.search(w))
        span = TextSpan(text, start, start + len(text))
        named = names_person(sent, start)
        eligible = _stands_alone(sent, text) and not is_furniture(text)
        leans_back = _leans_back([w for w, t in opening if _WORD.search(w)], not body)
        needs = person_pronoun(sent, start)
        body.append(_Sentence(len(body), span, words, len(text.split()), eligible, leans_back, named, needs))
    return body


def _words_from(sent: Span, start: int) -> list[tuple[str, Token]]:
    """The sentence's tokens from character ``start`` on, lower-cased; a token cut by the start
    (spaCy keeps "CNN)The" as one token) gives only its part after it."""
    words = []
    for token in sent:
        if token.idx + len(token.text) <= start:
            continue
        piece = token.text[max(0, start - token.idx) :]
        words.append((piece.lower(), token))
    return words


def _text_sentences(doc: Doc, paragraphs: tuple[Paragraph, ...]) -> Iterator[Span]:
    """spaCy's sentences cut at paragraph edges, without the heading parts.

    The parser sometimes runs a subheading and the next sentence together; cutting at the
    paragraph edge keeps the sentence and drops the heading instead of losing both.
    """
    regions = [(p.start, p.end) for p in paragraphs if p.kind != "heading"] if paragraphs else [(0, len(text_of(doc)))]
    for sent in doc.sents:
        for start, end in regions:
            if start < sent.end_char and sent.start_char < end:
                piece = doc.char_span(max(start, sent.start_char), min(end, sent.end_char), alignment_mode="contract")
                if piece is not None and len(piece):
                    yield piece


def _stands_alone(sent: Span, text: str) -> bool:
    """False for what a reader would not accept as a summary sentence: fragments, datelines, furniture, questions."""
    if sum(1 for t in sent if t.is_alpha) < MIN_WORDS or not _END.search(text) or text.endswith(":"):
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):  # a label, a list of names, a caption
        return False
    if text[0].islower() or text[0] in "”’" or _cut_after_abbreviation(text):  # one half of a sentence split in two
        return False
    return text.count('"') % 2 == 0 and text.count("“") == text.count("”")  # not part of a multi-sentence quote


def _cut_after_abbreviation(text: str) -> bool:
    """True for "... Staff Sgt." or "... Karni Bt.": the splitter broke inside a name, after its title."""
    last = _LAST_WORD.search(text)
    return last is not None and last.group(1).lower() in NAME_ABBREVIATIONS


def _leans_back(words: list[str], first: bool = False) -> bool:
    """True when the sentence opens with a pronoun or connective whose meaning is in the sentence before.

    ``first``: the article's first sentence has no sentence before it, so an opening pronoun there
    points ahead ("Their marriage led to jail time for her, but Mary Smith ...") or at nothing
    ("It took months to ..."); a person pronoun still needs a name (see ``names_person``)."""
    words = words[:4]
    if not words:
        return False
    dated = words[1:] if words[0] in ("earlier", "later") else words
    if len(dated) > 1 and dated[0] in ("this", "these") and dated[1] in DEICTIC_TIME_NOUNS:
        return False  # "This year ...", "Earlier this month ...": the time of writing, not an earlier sentence
    if first and words[0] in DEPENDENT_PRONOUNS:
        return False
    if words[0] in DEPENDENT_PRONOUNS or words[0] in CONNECTIVES:
        return True
    return any(tuple(words[: len(phrase)]) == phrase for phrase in CONNECTIVE_PHRASES)


def _scores(body: list[_Sentence]) -> np.ndarray:
    """Centrality times the lead prior times the length factor, one score per sentence."""
    centrality = _pagerank(_similarity(body)) * len(body)  # 1.0 = an average sentence
    positions = np.arange(len(body), dtype=float)
    lengths = np.array([max(1, s.length) for s in body], dtype=float)
    return centrality * np.exp(-positions / LEAD_DECAY) / lengths**LENGTH_WEIGHT


def _similarity(body: list[_Sentence]) -> np.ndarray:
    """TextRank's edge weight: shared content words over the sum of the log lengths."""
    n = len(body)
    weights = np.zeros((n, n))
    sizes = [sum(s.words.values()) for s in body]
    for i in range(n):
        for j in range(i + 1, n):
            if sizes[i] < 2 or sizes[j] < 2:
                continue
            shared = sum((body[i].words & body[j].words).values())
            weights[i, j] = weights[j, i] = shared / (math.log(sizes[i]) + math.log(sizes[j]))
    return weights


def _pagerank(weights: np.ndarray, iterations: int = 50) -> np.ndarray:
    """Stationary rank of a weighted undirected graph; isolated sentences share the teleport mass evenly."""
    n = weights.shape[0]
    out = weights.sum(axis=1)
    transition = np.divide(weights, out[:, None], out=np.zeros_like(weights), where=out[:, None] > 0).T
    dangling = out == 0
    rank = np.full(n, 1.0 / n)
    for _ in range(iterations):
        rank = (1 - DAMPING) / n + DAMPING * (transition @ rank + rank[dangling].sum() / n)
    return rank


def _select(body: list[_Sentence], scores: np.ndarray, sentences: int, max_words: int | None) -> list[_Sentence]:
    """Best-first, skipping what cannot stand alone, repeats, and what breaks the word budget."""
    order = [body[i] for i in np.argsort(-scores, kind="stable")]
    chosen: list[_Sentence] = []
    picked: set[int] = set()
    words = 0
    progress = True
    while progress and len(chosen) < sentences:
        progress = False
        for sent in order:
            if sent.index in picked or not _acceptable(sent, picked, chosen):
                continue
            if max_words is not None and words + sent.length > max_words:
                continue
            chosen.append(sent)
            picked.add(sent.index)
            words += sent.length
            progress = True
            break  # rescan: a pronoun-led sentence may now follow a chosen one
    return chosen


def _acceptable(sent: _Sentence, picked: set[int], chosen: list[_Sentence]) -> bool:
    """A candidate that stands alone (or follows a chosen sentence) and repeats no chosen one."""
    if not sent.eligible or (sent.leans_back and sent.index - 1 not in picked):
        return False
    if sent.needs_person and not sent.names_person and not any(c.names_person and c.index < sent.index for c in chosen):
        return False  # "she posted ...": no summary sentence before it says who she is
    return not any(_repeats(sent, other) for other in chosen)


def _repeats(a: _Sentence, b: _Sentence) -> bool:
    """Near-duplicates: most content words of the shorter sentence are in the other."""
    smaller = min(sum(a.words.values()), sum(b.words.values()))
    return smaller > 0 and sum((a.words & b.words).values()) / smaller >= DUPLICATE_OVERLAP
