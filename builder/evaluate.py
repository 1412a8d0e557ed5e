"""The evaluation gate: run every task against ``../shared/eval`` and hold pinned floors.

Each task extracts the dev set with the real pipeline (the same code as ``digest extract
--jsonl``), maps offsets back onto the gold text with the shared ``remap_offsets.py``,
and scores with the shared scorer. Floors live in ``eval_floors.json``; a score below
its floor fails the run. ``--raise-floors`` moves floors up to the measured scores;
lowering one needs ``--allow-lower`` (as trafilatura's gate does).

Usage: python -m builder.evaluate [TASK ...] [--eval-dir ../shared/eval] [--raise-floors]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.jsonio import digest_to_json, dumps
from builder.jsonl import read_jsonl
from builder.parallel import digest_in_parallel
from builder.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "eval_floors.json"
WORK = ROOT / ".cache" / "eval"


@dataclass(frozen=True)
class Task:
    """One evaluation: a dev set, its scorer runs, and the metrics to report (name -> path in the result)."""

    name: str
    gold: str  # relative to the eval folder
    scorer: str
    runs: tuple[tuple[str, tuple[str, ...]], ...]  # (label, extra scorer args)
    metrics: dict[str, tuple[str, ...]]
    baselines: dict[str, float | str] = field(default_factory=dict)  # published baselines, printed beside the score
    published_field: str | None = None  # gold field to pass as the publication date
    remap: bool = True


TASKS: tuple[Task, ...] = (
    Task(
        "people", "people/dev.jsonl", "people_score.py", (("all", ()),),
        {"precision": ("all", "precision"), "recall": ("all", "recall"), "f1": ("all", "f1")},
        {"f1": 0.762},
    ),
    Task(
        "quotes", "quotes/dev.jsonl", "quotes_score.py", (("all", ()), ("key", ("--kind", "direct", "--min-words", "5"))),
        {
            "detection_f1": ("all", "f1"),
            "speaker_accuracy": ("all", "attribution_accuracy"),
            "end_to_end_f1": ("all", "end_to_end_f1"),
            "key_detection_f1": ("key", "f1"),
            "key_speaker_accuracy": ("key", "attribution_accuracy"),
            "key_end_to_end_f1": ("key", "end_to_end_f1"),
        },
        {"detection_f1": 0.554, "speaker_accuracy": 0.626},
    ),
    Task(
        "timeline", "timeline/dev.jsonl", "timeline_score.py", (("all", ("--types", "ALL,DATE,TIME,DURATION,SET")),),
        {
            "relaxed_f1": ("all", "ALL", "relaxed", "f1"),
            "strict_f1": ("all", "ALL", "strict", "f1"),
            "value_f1": ("all", "ALL", "value", "f1"),
            "date_value_f1": ("all", "DATE", "value", "f1"),
            "time_value_f1": ("all", "TIME", "value", "f1"),
            "duration_value_f1": ("all", "DURATION", "value", "f1"),
            "set_value_f1": ("all", "SET", "value", "f1"),
        },
        {"relaxed_f1": 0.878, "value_f1": 0.315},
        published_field="dct",
    ),
    Task(
        "summary-cnndm", "summary-cnndm/dev.jsonl", "summary_score.py", (("all", ()),),
        {"rouge1": ("all", "rouge1", "f1"), "rouge2": ("all", "rouge2", "f1"), "rougeL": ("all", "rougeL", "f1")},
        {
            "rouge1": "Lead-3 28.11, TextRank-3 24.16",
            "rouge2": "Lead-3 10.76, TextRank-3 8.35",
            "rougeL": "Lead-3 19.05, TextRank-3 16.39",
        },
        remap=False,
    ),
    Task(
        "summary-bbc", "summary/dev.jsonl", "summary_score.py", (("all", ()),),
        {"rouge1": ("all", "rouge1", "f1"), "rouge2": ("all", "rouge2", "f1"), "rougeL": ("all", "rougeL", "f1")},
        {
            "rouge1": "Lead-3 44.29, TextRank-3 59.99",
            "rouge2": "Lead-3 36.29, TextRank-3 55.76",
            "rougeL": "Lead-3 39.01, TextRank-3 58.04",
        },
        remap=False,
    ),
    Task(
        "boilerplate-text", "boilerplate-text/dev.jsonl", "boilerplate_score.py", (("all", ()),),
        {"precision": ("all", "precision"), "recall": ("all", "recall"), "f1": ("all", "f1")},
        {"f1": 0.772},
        remap=False,
    ),
)


def _dig(result: dict[str, Any], path: tuple[str, ...]) -> float | None:
    value: Any = result
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return float(value) if isinstance(value, (int, float)) else None


def _gold_as_input(gold: Path, published_field: str | None, out: Path) -> None:
    """The dev set as ``extract --jsonl`` input: id, text, title, and the publication date."""
    with gold.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            record = json.loads(line)
            item = {"id": record["id"], "text": record["text"], "title": record.get("title") or ""}
            if published_field and record.get(published_field):
                item["published"] = record[published_field]
            dst.write(json.dumps(item, ensure_ascii=False) + "\n")


def extract_file(source: Path, out: Path, settings: Settings) -> float:
    """Extract every line of ``source`` into ``out``; returns seconds spent."""
    started = time.perf_counter()
    with source.open(encoding="utf-8") as stream, out.open("w", encoding="utf-8") as dst:
        for digest in digest_in_parallel(read_jsonl(stream, str(source)), settings):
            dst.write(dumps(digest_to_json(digest, record_id=digest.article.slug)) + "\n")
    return time.perf_counter() - started


def run_task(task: Task, eval_dir: Path, settings: Settings) -> dict[str, Any]:
    """Extract, remap, score; the task's metrics and timing."""
    WORK.mkdir(parents=True, exist_ok=True)
    gold = eval_dir / task.gold
    source, system = WORK / f"{task.name}.in.jsonl", WORK / f"{task.name}.out.jsonl"
    _gold_as_input(gold, task.published_field, source)
    seconds = extract_file(source, system, settings)
    if task.remap:
        mapped = WORK / f"{task.name}.mapped.jsonl"
        with mapped.open("w", encoding="utf-8") as dst:
            subprocess.run([sys.executable, str(eval_dir / "score" / "remap_offsets.py"), str(gold), str(system)], stdout=dst, check=True)
        system = mapped
    results = {}
    for label, extra in task.runs:
        cmd = [sys.executable, str(eval_dir / "score" / task.scorer), str(gold), str(system), "--json", *extra]
        results[label] = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    metrics = {name: _dig(results, path) for name, path in task.metrics.items()}
    return {"metrics": metrics, "seconds": round(seconds, 1), "articles": sum(1 for _ in gold.open(encoding="utf-8"))}


def compare(task: str, metrics: dict[str, float | None], floors: dict[str, dict[str, float]]) -> list[str]:
    """Failures: metrics below their pinned floor."""
    failures = []
    for name, floor in floors.get(task, {}).items():
        value = metrics.get(name)
        if value is None or value + 1e-9 < floor:
            failures.append(f"{task}.{name} = {value} is below its floor {floor}")
    return failures


def raise_floors(floors: dict[str, dict[str, float]], task: str, metrics: dict[str, float | None], allow_lower: bool) -> None:
    pinned = floors.setdefault(task, {})
    for name, value in metrics.items():
        if value is None:
            continue
        if name not in pinned or value > pinned[name] or allow_lower:
            pinned[name] = value


def main(argv: list[str] | None = None, report: Callable[[str], None] = print) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tasks", nargs="*", help=f"tasks to run (default all: {', '.join(t.name for t in TASKS)})")
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--workers", type=int, default=2, help="extraction processes (default 2)")
    parser.add_argument("--raise-floors", action="store_true", help="pin the measured scores as new floors where they are higher")
    parser.add_argument("--allow-lower", action="store_true", help="with --raise-floors, also lower floors to the measured scores")
    args = parser.parse_args(argv)
    unknown = set(args.tasks) - {t.name for t in TASKS}
    if unknown:
        parser.error(f"unknown task(s): {', '.join(sorted(unknown))}")
    floors = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.is_file() else {}
    settings = Settings(workers=args.workers)
    failures: list[str] = []
    for task in TASKS:
        if args.tasks and task.name not in args.tasks:
            continue
        result = run_task(task, args.eval_dir, settings)
        report(f"{task.name}: {result['articles']} articles, extraction {result['seconds']} s")
        for name, value in result["metrics"].items():
            floor = floors.get(task.name, {}).get(name)
            base = task.baselines.get(name)
            extra = "".join(
                [f"  floor {floor}" if floor is not None else "", f"  baseline {base}" if base is not None else ""]
            )
            report(f"  {name:<22} {value if value is not None else 'n/a'}{extra}")
        failures += compare(task.name, result["metrics"], floors)
        if args.raise_floors:
            raise_floors(floors, task.name, result["metrics"], args.allow_lower)
    if args.raise_floors:
        FLOORS.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        report(f"floors written to {FLOORS.name}")
        return 0
    for failure in failures:
        report(f"FAIL {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
