"""A reader's check of the timeline: events told in the past tense must not be dated after publication.

"The plant closed last Thanksgiving" dated to the coming November tells a reader something
false. Over ``digest extract`` output (pages with the publication date they state), this
counts timeline events whose date starts after the publication date while the clause that
dates them is in the past tense. Expressions that look ahead by their own words ("next",
"later", "following"...) or name their year are left out: a past-tense report can rightly
say what "was due next year".
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from builder.analyse import load_pipeline
from builder.extract.timex import value_interval
from builder.extract.timex.resolve import sentence_tense

LOOKS_AHEAD = re.compile(r"\b(?:next|tomorrow|later|from now|coming|following|upcoming|ahead)\b|\d{4}", re.IGNORECASE)


def past_events_after_publication(system: Path, model: str) -> dict[str, Any]:
    """``{"past_events_after_publication": N, "dated_events": M, "examples": [...]}`` over one output file."""
    nlp = None
    bad, total, examples = 0, 0, []
    for line in system.open(encoding="utf-8"):
        record = json.loads(line)
        if not record.get("published"):
            continue
        published = dt.date.fromisoformat(record["published"][:10])
        doc = None
        for entry in record.get("timeline") or []:
            total += 1
            interval = value_interval(entry["value"])
            if not interval or interval[0] <= published or LOOKS_AHEAD.search(entry["text"]):
                continue
            nlp = nlp or load_pipeline(model)
            doc = doc or nlp(record["text"])
            if sentence_tense(doc, entry["start"], entry["end"]) == "past":
                bad += 1
                examples.append(f'{record["id"]}: "{entry["text"]}" -> {entry["value"]}: {entry["event"]["text"][:80]}')
    return {"past_events_after_publication": bad, "dated_events": total, "examples": examples}
