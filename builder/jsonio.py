"""The machine interface: a digest as JSON, in the shape ``schema/digest.schema.json`` fixes.

Evaluation and other tools read this; keep it stable (add fields, never rename).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from builder.model import Digest, Person, TextSpan

SCHEMA_PATH = Path(__file__).parent / "schema" / "digest.schema.json"


def _span(span: TextSpan) -> dict[str, Any]:
    return {"text": span.text, "start": span.start, "end": span.end}


def _person(person: Person) -> dict[str, Any]:
    return {
        "name": person.name,
        "aliases": list(person.aliases),
        "role": person.role,
        "confidence": round(person.confidence, 3),
        "mentions": [{"start": m.start, "end": m.end} for m in person.mentions],
    }


def digest_to_json(digest: Digest, *, record_id: str | None = None) -> dict[str, Any]:
    """A plain JSON-ready dict of everything extracted from one article."""
    article = digest.article
    return {
        "id": record_id if record_id is not None else article.slug,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "published_source": article.published_source,
        "source": article.source_url,
        "authors": list(article.authors),
        "tags": list(article.tags),
        "text": digest.text,
        "paragraphs": [{"start": p.start, "end": p.end, "kind": p.kind} for p in digest.clean.paragraphs],
        "summary": [_span(s) for s in digest.summary],
        "quotes": [
            {
                "text": q.text, "start": q.start, "end": q.end, "speaker": q.speaker,
                "speaker_confidence": round(q.speaker_confidence, 3), "cue": q.cue, "key": q.key,
            }
            for q in digest.quotes
        ],
        "people": [_person(p) for p in digest.listed_people],
        "mentioned": [_person(p) for p in digest.mentioned_people],
        "timexes": [{"text": t.text, "start": t.start, "end": t.end, "type": t.type, "value": t.value} for t in digest.timexes],
        "timeline": [
            {
                "text": e.timex.text,
                "start": e.timex.start,
                "end": e.timex.end,
                "type": e.timex.type,
                "value": e.timex.value,
                "label": e.label,
                "event": _span(e.event),
                "people": list(e.people),
            }
            for e in digest.timeline
        ],
        "removed": [{"line": r.line_no, "text": r.text, "reason": r.reason} for r in digest.clean.removed],
    }


def dumps(record: dict[str, Any]) -> str:
    """One compact, key-stable JSON line (non-ASCII kept readable)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
