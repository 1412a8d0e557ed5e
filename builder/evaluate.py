"""The evaluation gate: run every task against ``../shared/eval`` and hold pinned floors.

Each task extracts the dev set with the real pipeline (the same code as ``digest extract
--jsonl``), maps offsets back onto the gold text with the shared ``remap_offsets.py``,
and scores with the shared scorer. Floors live in ``eval_floors.json``; a score below
its floor fails the run. ``--raise-floors`` moves floors up to the measured scores;
lowering one needs ``--allow-lower`` (as trafilatura's gate does).

Train splits (``people-train``, ``quotes-train``) run beside their dev sets and print the
dev-train gap, the best guide to how the digest does on news it has never seen. The
``digest`` task scores whole digests of pasted pages given without a date; its error counts
and shares are pinned as ceilings. ``published-silver`` checks the dates read from pasted
pages against htmldate's reading of the same pages' HTML (see ``evaluate_dates.py``).

Usage: python -m builder.evaluate [TASK ...] [--eval-dir ../shared/eval] [--raise-floors]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.evaluate_dates import silver_dates
from builder.evaluate_people import people_precision_doubtful
from builder.evaluate_quotes import speaker_accuracy_described
from builder.evaluate_timeline import past_events_after_publication
from builder.jsonio import digest_to_json, dumps
from builder.jsonl import read_jsonl
from builder.parallel import digest_in_parallel
from builder.settings import Settings

DIGEST_METRICS = (
    "people_precision", "people_recall", "role_accuracy", "quote_recall", "speaker_accuracy", "false_quotes",
    "furniture_left", "text_lost", "timex_recall", "timex_value_accuracy", "false_timexes",
    "published_accuracy", "published_invented", "visible_errors_per_page",
)
"""The whole-digest scorer's summary; see ``../shared/eval/digest/README.md``."""
LOWER_IS_BETTER = frozenset(
    {"false_quotes", "furniture_left", "text_lost", "false_timexes", "published_invented", "visible_errors_per_page",
     "dated_without_silver", "past_events_after_publication"}
)
"""Error counts and shares: their pinned value is a ceiling, not a floor."""

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "eval_floors.json"
WORK = ROOT / ".cache" / "eval"


@dataclass(frozen=True)
class Task:
    """One evaluation: a dev set, its scorer runs, and the metrics to report (name -> path in the result)."""

    name: str
    gold: str  # relative to the eval folder
    scorer: str
    runs: tuple[tuple[str, tuple[str, ...]], ...]  # (label, extra scorer args); "scorer.py:label" picks another scorer
    metrics: dict[str, tuple[str, ...]]
    baselines: dict[str, float | str] = field(default_factory=dict)  # published baselines, printed beside the score
    published_field: str | None = None  # gold field to pass as the publication date
    remap: bool = True
    dev: str | None = None  # for a train split: the dev task it is compared with (the dev-train gap)
    pages_of: str | None = None  # for a gold folder of YAML pages: the jsonl that holds their texts
    checks: Callable[[Path, str, Path], dict[str, Any]] | None = None  # more metrics read off the output: (out file, model, gold)
    own: Callable[[Path, Path], dict[str, Any]] | None = None  # a task that scores itself: (eval dir, out file) -> result


def train_split(task: Task) -> Task:
    """The same task on the set's ``train.jsonl``: a rule kept from dev errors must hold here too."""
    return dataclasses.replace(task, name=f"{task.name}-train", gold=task.gold.replace("dev.jsonl", "train.jsonl"), dev=task.name)


_PEOPLE = Task(
    "people", "people/dev.jsonl", "people_score.py", (("all", ()),),
    {"precision": ("all", "precision"), "recall": ("all", "recall"), "f1": ("all", "f1")},
    {"f1": 0.762},
)
_QUOTES = Task(
    "quotes", "quotes/dev.jsonl", "quotes_score.py",
    (("all", ()), ("key", ("--kind", "direct", "--min-words", "5")), ("known", ("--known-speakers",))),
    {
        "detection_f1": ("all", "f1"),
        "speaker_accuracy": ("all", "attribution_accuracy"),
        "end_to_end_f1": ("all", "end_to_end_f1"),
        "known_end_to_end_f1": ("known", "end_to_end_f1"),
        "key_detection_f1": ("key", "f1"),
        "key_speaker_accuracy": ("key", "attribution_accuracy"),
        "key_end_to_end_f1": ("key", "end_to_end_f1"),
        # the speakers a person found in the Source span (PolNeAR's coref and source_text speakers are automatic)
        "speaker_accuracy_human": ("all", "attribution_by_gold_resolution", "span_ner", "accuracy"),
        "speaker_accuracy_described": ("checks", "speaker_accuracy_described"),
    },
    {"detection_f1": 0.554, "speaker_accuracy": 0.626},
    checks=lambda system, model, gold: speaker_accuracy_described(system, gold),
)

TASKS: tuple[Task, ...] = (
    _PEOPLE,
    train_split(_PEOPLE),
    _QUOTES,
    train_split(_QUOTES),
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
    Task(
        "pasted-aeb", "pasted-aeb/dev.jsonl", "boilerplate_score.py", (("snippets", ()), ("article_overlap_score.py:tokens", ())),
        {
            "snippet_precision": ("snippets", "precision"),
            "snippet_recall": ("snippets", "recall"),
            "snippet_f1": ("snippets", "f1"),
            "token_micro_f1": ("tokens", "micro", "f1"),
            "token_macro_f1": ("tokens", "macro", "f1"),
        },
        {"snippet_f1": "lines of 10+ words 0.795, trafilatura on HTML 0.954", "token_micro_f1": "0.822, 0.943"},
        remap=False,
    ),
    Task(
        "digest", "digest/gold", "digest_score.py", (("all", ()),),
        {
            **{name: ("all", name) for name in DIGEST_METRICS},
            "people_precision_doubtful": ("checks", "people_precision_doubtful"),
            "past_events_after_publication": ("checks", "past_events_after_publication"),
        },
        remap=False,
        pages_of="boilerplate-text/dev.jsonl",
        checks=lambda system, model, gold: {
            **past_events_after_publication(system, model),
            **people_precision_doubtful(system, gold),
        },
    ),
    Task(
        "published-silver", "boilerplate-text/dev.jsonl", "", (),
        {name: (name,) for name in ("agreement", "agreement_any", "coverage", "dated_without_silver")},
        own=silver_dates,
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


def _pages_as_input(gold_dir: Path, pages: Path, out: Path) -> None:
    """Pasted pages whose digest gold is in ``gold_dir``, as an editor gives them: text only, no title or date."""
    ids = {path.stem for path in gold_dir.glob("*.yml")}
    with pages.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            record = json.loads(line)
            if record["id"] in ids:
                dst.write(json.dumps({"id": record["id"], "text": record["text"]}, ensure_ascii=False) + "\n")


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
    if task.own is not None:
        started = time.perf_counter()
        result = task.own(eval_dir, WORK / f"{task.name}.out.jsonl")
        seconds = round(time.perf_counter() - started, 1)
        metrics = {name: _dig(result, path) for name, path in task.metrics.items()}
        return {"metrics": metrics, "seconds": seconds, "articles": result["pages"]}
    source, system = WORK / f"{task.name}.in.jsonl", WORK / f"{task.name}.out.jsonl"
    if task.pages_of:
        _pages_as_input(gold, eval_dir / task.pages_of, source)
    else:
        _gold_as_input(gold, task.published_field, source)
    seconds = extract_file(source, system, settings)
    if task.remap:
        mapped = WORK / f"{task.name}.mapped.jsonl"
        with mapped.open("w", encoding="utf-8") as dst:
            subprocess.run([sys.executable, str(eval_dir / "score" / "remap_offsets.py"), str(gold), str(system)], stdout=dst, check=True)
        system = mapped
    results = {}
    for label, extra in task.runs:
        scorer, _, name = label.rpartition(":")
        inputs = [str(gold), str(source)] if task.pages_of else [str(gold)]
        cmd = [sys.executable, str(eval_dir / "score" / (scorer or task.scorer)), *inputs, str(system), "--json", *extra]
        results[name] = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    if task.checks is not None:
        results["checks"] = task.checks(system, settings.model, gold)
    metrics = {name: _dig(results, path) for name, path in task.metrics.items()}
    articles = len(list(gold.glob("*.yml"))) if gold.is_dir() else sum(1 for _ in gold.open(encoding="utf-8"))
    return {"metrics": metrics, "seconds": round(seconds, 1), "articles": articles}


def _worse(name: str, value: float, pinned: float) -> bool:
    """Below a floor, or above a ceiling for error counts and shares."""
    return value - 1e-9 > pinned if name in LOWER_IS_BETTER else value + 1e-9 < pinned


def compare(task: str, metrics: dict[str, float | None], floors: dict[str, dict[str, float]]) -> list[str]:
    """Failures: metrics below their pinned floor (above it, for error counts)."""
    failures = []
    for name, pinned in floors.get(task, {}).items():
        value = metrics.get(name)
        if value is None or _worse(name, value, pinned):
            bound = "ceiling" if name in LOWER_IS_BETTER else "floor"
            failures.append(f"{task}.{name} = {value} is past its {bound} {pinned}")
    return failures


def raise_floors(floors: dict[str, dict[str, float]], task: str, metrics: dict[str, float | None], allow_lower: bool) -> None:
    """Pin measured values that are better than the pinned ones (any, with ``allow_lower``)."""
    pinned = floors.setdefault(task, {})
    for name, value in metrics.items():
        if value is None:
            continue
        if name not in pinned or _worse(name, pinned[name], value) or allow_lower:
            pinned[name] = value


def gap_lines(task: Task, metrics: dict[str, float | None], measured: dict[str, dict[str, float | None]]) -> list[str]:
    """For a train split measured after its dev split: dev minus train, metric by metric."""
    dev = measured.get(task.dev or "")
    if not dev:
        return []
    lines = []
    for name, value in metrics.items():
        if value is not None and dev.get(name) is not None:
            lines.append(f"  gap {name:<18} dev {dev[name]:.4f} - train {value:.4f} = {dev[name] - value:+.4f}")
    return lines


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
    measured: dict[str, dict[str, float | None]] = {}
    for task in TASKS:
        if args.tasks and task.name not in args.tasks:
            continue
        result = run_task(task, args.eval_dir, settings)
        report(f"{task.name}: {result['articles']} articles, extraction {result['seconds']} s")
        for name, value in result["metrics"].items():
            floor = floors.get(task.name, {}).get(name)
            bound = "ceiling" if name in LOWER_IS_BETTER else "floor"
            base = task.baselines.get(name)
            extra = "".join(
                [f"  {bound} {floor}" if floor is not None else "", f"  baseline {base}" if base is not None else ""]
            )
            report(f"  {name:<22} {value if value is not None else 'n/a'}{extra}")
        measured[task.name] = result["metrics"]
        for line in gap_lines(task, result["metrics"], measured):
            report(line)
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
