"""The evaluation gate's own pieces: ceilings for error counts, and the timeline's past-tense check."""

from __future__ import annotations

import json
from pathlib import Path

from builder.analyse import DEFAULT_MODEL
from builder.evaluate import compare, raise_floors
from builder.evaluate_timeline import past_events_after_publication


def test_error_counts_are_ceilings_and_scores_floors():
    floors = {"digest": {"people_precision": 0.9, "furniture_left": 0.05}}
    assert compare("digest", {"people_precision": 0.95, "furniture_left": 0.02}, floors) == []
    failures = compare("digest", {"people_precision": 0.85, "furniture_left": 0.10}, floors)
    assert len(failures) == 2 and "ceiling" in failures[1]
    raise_floors(floors, "digest", {"people_precision": 0.97, "furniture_left": 0.01}, allow_lower=False)
    assert floors["digest"] == {"people_precision": 0.97, "furniture_left": 0.01}
    raise_floors(floors, "digest", {"people_precision": 0.90, "furniture_left": 0.20}, allow_lower=False)
    assert floors["digest"] == {"people_precision": 0.97, "furniture_left": 0.01}


def _record(text: str, phrase: str, value: str) -> dict:
    start = text.index(phrase)
    entry = {"text": phrase, "start": start, "end": start + len(phrase), "value": value, "event": {"text": text}}
    return {"id": "a", "published": "2020-01-10", "text": text, "timeline": [entry]}


def test_a_past_tense_event_dated_after_publication_is_counted(tmp_path: Path):
    records = [
        _record("The bakery closed its doors on Thanksgiving.", "Thanksgiving", "2020-11-26"),
        _record("The bakery closed its doors on Thanksgiving.", "Thanksgiving", "2019-11-28"),
        _record("The mayor said the bakery would reopen next year.", "next year", "2021"),
    ]
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = past_events_after_publication(out, DEFAULT_MODEL)
    assert result["past_events_after_publication"] == 1 and result["dated_events"] == 3


def test_people_the_gold_leaves_open_as_persons_count_neither_way(tmp_path: Path):
    from builder.evaluate_people import people_precision_doubtful

    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "p1.yml").write_text(
        "people:\n  - {name: Ann Roe, aliases: [Roe]}\n"
        "doubtful:\n"
        "  - item: 'Tom Bell, Sue Park'\n    note: 'reporter credits; a checker may also accept them as persons'\n"
        "  - item: 'caption naming Max Cole'\n    note: 'not body'\n",
        encoding="utf-8",
    )
    system = tmp_path / "out.jsonl"
    people = [{"name": n, "aliases": []} for n in ("Ann Roe", "Tom Bell", "Sue Park", "Max Cole", "Lee Wu")]
    system.write_text(json.dumps({"id": "p1", "people": people}) + "\n", encoding="utf-8")
    result = people_precision_doubtful(system, gold)
    # Ann Roe right; Tom Bell and Sue Park left open as persons; Max Cole (a caption left open) and Lee Wu wrong.
    assert result["people_precision_doubtful"] == round(1 / 3, 4)
    assert result["doubtful_people"] == ["p1: Tom Bell", "p1: Sue Park"]


def test_a_described_speaker_named_as_the_person_with_that_role_counts_right(tmp_path: Path):
    import shutil

    import pytest

    from builder.evaluate_quotes import speaker_accuracy_described

    scorer = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score" / "quotes_score.py"
    if not scorer.exists():
        pytest.skip("the shared quotes scorer is not beside the project")
    (tmp_path / "score").mkdir()
    shutil.copy(scorer, tmp_path / "score" / "quotes_score.py")
    (tmp_path / "quotes").mkdir()
    gold = tmp_path / "quotes" / "dev.jsonl"
    quotes = [
        {"start": 0, "end": 10, "speaker": "Ann Roe", "speaker_resolution": "span_ner"},
        {"start": 20, "end": 30, "speaker": "the mayor", "speaker_resolution": "source_text"},
        {"start": 40, "end": 50, "speaker": "the mayor", "speaker_resolution": "source_text"},
        {"start": 60, "end": 70, "speaker": "the judge", "speaker_resolution": "source_text"},
        {"start": 80, "end": 90, "speaker": "Tom Bell, a law professor at the university", "speaker_resolution": "source_text"},
    ]
    gold.write_text(json.dumps({"id": "a1", "text": "x" * 100, "quotes": quotes}) + "\n", encoding="utf-8")
    said = [("Ann Roe", 0), ("Ann Roe", 20), ("Obama Speech", 40), ("Ann Roe", 60), ("Tom Bell", 80)]
    people = [{"name": "Ann Roe", "aliases": ["Roe"], "role": "Mayor"}, {"name": "Obama Speech", "aliases": [], "role": "Mayor"}]
    system = tmp_path / "out.jsonl"
    record = {"id": "a1", "people": people, "quotes": [{"start": s, "end": s + 10, "speaker": n} for n, s in said]}
    system.write_text(json.dumps(record) + "\n", encoding="utf-8")
    # right: Ann Roe by name; Ann Roe for "the mayor" (her role); Tom Bell, the name his source text
    # opens with. Wrong: a broken name the gold never names as a speaker, Ann Roe for "the judge".
    assert speaker_accuracy_described(system, gold) == {"speaker_accuracy_described": 0.6, "described_as_named": 2}
