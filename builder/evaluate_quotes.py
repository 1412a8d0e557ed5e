"""Quote speakers on PolNeAR, read with the digest's convention for described speakers.

PolNeAR's gold keeps a source's own words where its automatic coreference linked no name:
"the mayor said" has the gold speaker "the mayor", even when the article introduced Bill de
Blasio as the mayor a paragraph before. The digest gold asks the opposite ("a speaker who is
one of the article's persons must be named"), and a reader is better served by the name. The
shared scorer counts the name as wrong. Here a quote counts as right when the scorer says so,
or when the gold speaker is a definite description ("the mayor", "The president") and the
system names a person of the same article whose stated role holds the description's head
noun and whom the gold names as a speaker elsewhere in the article, or when the gold's source
text is a name with its apposition ("Patrick McGinley, a law professor at West Virginia
University") and the system gives that name: the scorer compares the ends of names, so it
counts "Patrick McGinley" wrong there. Matching quotes, names and the rest are the shared
scorer's own functions.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any


def _scorer(gold: Path) -> ModuleType:
    """The shared quotes scorer next to the gold (``../score/quotes_score.py``), imported as a module."""
    path = gold.parent.parent / "score" / "quotes_score.py"
    spec = importlib.util.spec_from_file_location("quotes_score", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _head_of_description(speaker: str) -> str | None:
    """The head noun of a definite description ("the former mayor" -> "mayor"), else None."""
    words = re.findall(r"[\w’'-]+", speaker)
    if len(words) < 2 or words[0].lower() != "the" or any(w[:1].isupper() for w in words[1:]):
        return None
    return words[-1].lower()


def _named_first(speaker: str) -> str | None:
    """The name a source text opens with before its apposition ("Patrick McGinley, a law professor
    at West Virginia University" -> "Patrick McGinley"; "Mr. Morgan of the Sierra Club" -> "Mr. Morgan")."""
    head = re.split(r",| of | \(| — | - ", speaker, maxsplit=1)[0].strip()
    words = head.split()
    if head == speaker.strip() or not words or not all(w[:1].isupper() for w in words):
        return None
    return head


def _holds_role(name: str | None, head: str, people: list[dict[str, Any]]) -> bool:
    """True when ``name`` is a person of the article whose role names ``head``."""
    for person in people:
        if name in {person.get("name"), *(person.get("aliases") or [])}:
            role = (person.get("role") or "").lower()
            return head in re.findall(r"[\w-]+", role)
    return False


def speaker_accuracy_described(system: Path, gold: Path) -> dict[str, Any]:
    """``{"speaker_accuracy_described": A, "described_as_named": n}`` over one mapped system file
    (``n``: quotes right here that the scorer counts wrong)."""
    scorer = _scorer(gold)
    golds, systems = scorer.read_jsonl(str(gold)), scorer.read_jsonl(str(system))
    right = scored = named = 0
    for doc_id, record in golds.items():
        gold_quotes = record.get("quotes") or []
        output = systems.get(doc_id, {})
        found = [q for q in output.get("quotes") or [] if isinstance(q.get("start"), int) and isinstance(q.get("end"), int)]
        # a person the gold itself names as a speaker somewhere in the article: a real person, not a
        # broken name such as "Obama Speech" from a caption
        known = [name for q in gold_quotes for name in (q.get("speaker"), *(q.get("speaker_aliases") or [])) if name]
        matches = scorer.greedy_match(list(range(len(gold_quotes))), gold_quotes, found, list(range(len(found))), 0.5)
        for gi, si in matches.items():
            expected = gold_quotes[gi].get("speaker")
            if not expected:
                continue
            scored += 1
            said = found[si].get("speaker")
            if scorer.speaker_match(said, [expected, *(gold_quotes[gi].get("speaker_aliases") or [])]):
                right += 1
                continue
            if gold_quotes[gi].get("speaker_resolution") != "source_text":
                continue
            head, first = _head_of_description(expected), _named_first(expected)
            described = head is not None and scorer.speaker_match(said, known) and _holds_role(said, head, output.get("people") or [])
            if described or (first is not None and scorer.speaker_match(said, [first])):
                right += 1
                named += 1
    return {"speaker_accuracy_described": round(right / scored, 4) if scored else None, "described_as_named": named}


if __name__ == "__main__":  # python -m builder.evaluate_quotes GOLD.jsonl MAPPED.jsonl
    import sys

    print(json.dumps(speaker_accuracy_described(Path(sys.argv[2]), Path(sys.argv[1]))))
