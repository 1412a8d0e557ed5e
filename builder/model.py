"""The typed data passed between the build stages.

Every stage takes and returns these values and nothing else, so a stage can be tested
alone and no stage reaches into another's internals. All character offsets
(``start``/``end``) index into :attr:`CleanText.text`, the cleaned article text, so any
extracted item can link back to its paragraph.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Overrides:
    """Editor's corrections from an article's front matter; they win over extraction."""

    summary: str | None = None
    drop_people: tuple[str, ...] = ()
    roles: tuple[tuple[str, str], ...] = ()  # (person name, role)
    merge: tuple[tuple[str, str], ...] = ()  # (alias, canonical name)
    keep_lines: tuple[str, ...] = ()  # lines the cleaner must keep


@dataclass(frozen=True)
class Article:
    """One input article as a reader returns it, before cleaning."""

    slug: str
    source_path: Path | None
    title: str
    body: str
    published: dt.date | None = None
    source_url: str | None = None
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    overrides: Overrides = field(default_factory=Overrides)
    body_is_clean: bool = False  # True when a reader (HTML) already removed furniture
    body_line: int = 1  # the file line the body starts on, so line numbers in messages match the file
    published_source: str | None = None  # where `published` came from: "front matter", "page" (stated on it) or None
    stated_date: StatedDate | None = None  # the page line `published` was read from, when published_source is "page"


@dataclass(frozen=True)
class StatedDate:
    """The publication date a pasted page states about itself, and the line that states it."""

    date: dt.date
    line_no: int  # 1-based, within the article body
    text: str
    kind: str  # "published", "posted", "updated", "byline", "date line" or "dateline"


@dataclass(frozen=True)
class Paragraph:
    """A block of the cleaned text: ``heading`` or ``text``."""

    index: int
    start: int
    end: int
    kind: str = "text"


@dataclass(frozen=True)
class RemovedLine:
    """A line the cleaner dropped, with the rule that dropped it (for ``check --explain``)."""

    line_no: int
    text: str
    reason: str


@dataclass(frozen=True)
class CleanText:
    """The article text with furniture removed; every later offset indexes into ``text``."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    removed: tuple[RemovedLine, ...] = ()
    bylines: tuple[str, ...] = ()

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph that contains ``offset`` (None when it falls between paragraphs)."""
        paragraph = self.paragraph_near(offset)
        return paragraph if paragraph is not None and paragraph.start <= offset < paragraph.end else None

    def paragraph_near(self, offset: int) -> Paragraph | None:
        """The paragraph containing ``offset``, else the last one before it, else the first (a link target).

        Paragraphs are in text order, so a binary search finds it: the renderer asks once per
        quote, mention and timeline entry.
        """
        index = bisect.bisect_right(self.paragraphs, offset, key=lambda p: p.start) - 1
        if index < 0:
            return self.paragraphs[0] if self.paragraphs else None
        return self.paragraphs[index]


@dataclass(frozen=True)
class TextSpan:
    """A piece of the cleaned text (a summary sentence, a mention, an event clause)."""

    text: str
    start: int
    end: int


CONFIDENT = 0.5
"""A person or a speaker at least this sure is shown as such; below it, a person goes to the
quieter "Also mentioned" line and a quote is never a key quote. A wrong person or speaker
misinforms a reader, a missing one only omits, so the extractors score evidence, not hope."""


@dataclass(frozen=True)
class Person:
    """A person named in the article, with every way the article refers to them."""

    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    mentions: tuple[TextSpan, ...] = ()
    confidence: float = 1.0  # 0..1: how sure the extractor is that this is a person of the story

    @property
    def confident(self) -> bool:
        return self.confidence >= CONFIDENT


@dataclass(frozen=True)
class Quote:
    """A direct quotation: the text inside the marks, who said it and the reporting cue."""

    text: str
    start: int
    end: int
    speaker: str | None = None
    cue: str | None = None
    key: bool = False
    speaker_confidence: float = 1.0  # 0..1: how sure the attribution is (0 when there is no speaker)

    @property
    def shown_speaker(self) -> str | None:
        """The speaker the site names: none when the attribution is not confident (show less rather than wrong)."""
        return self.speaker if self.speaker_confidence >= CONFIDENT else None


@dataclass(frozen=True)
class Timex:
    """A temporal expression with its TimeML (TIMEX3) type and normalized value."""

    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str


@dataclass(frozen=True)
class TimelineEntry:
    """A dated event: the timex, the clause it dates, and how to show and order it."""

    timex: Timex
    event: TextSpan
    label: str  # the date at its precision, or relative to publication ("July 2019", "the year before publication")
    sort_key: tuple[float, ...]
    people: tuple[str, ...] = ()


@dataclass(frozen=True)
class Digest:
    """Everything the builder knows about one article: what the renderer and ``extract`` show."""

    article: Article
    clean: CleanText
    summary: tuple[TextSpan, ...]
    quotes: tuple[Quote, ...]
    people: tuple[Person, ...]
    timexes: tuple[Timex, ...]
    timeline: tuple[TimelineEntry, ...]

    @property
    def text(self) -> str:
        return self.clean.text

    @property
    def listed_people(self) -> tuple[Person, ...]:
        """The people a reader sees under People and in the directory: the confident ones."""
        return tuple(p for p in self.people if p.confident)

    @property
    def mentioned_people(self) -> tuple[Person, ...]:
        """Names the extractor is unsure of: shown only in a quiet "Also mentioned" line."""
        return tuple(p for p in self.people if not p.confident)
