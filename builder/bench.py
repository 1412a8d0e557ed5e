"""``make bench``: build digests of N real articles in a scratch project and time each step.

Articles are the texts of ``../shared/eval/summary-cnndm/dev.jsonl`` and
``../shared/eval/summary/dev.jsonl`` (990), repeated under new ids beyond that. For each N
it prints one JSON line with, measured in the same run:

- ``cold_s``: nothing cached, no docs/ or site/; ``warm_s``: nothing changed; ``touch1_s``:
  one article edited; each with the peak RSS of the build process tree (``*_rss_mb``);
- ``spacy_pipe_s``: a raw two-process ``nlp.pipe`` over the same texts with the same model,
  the speed limit for extraction;
- ``mkdocs_s``: a plain ``mkdocs build`` of the docs/ the builder wrote, the limit for publishing;
- pages written and the size of Material's search index.

Usage: python -m builder.bench [N ...]   (default: 200 1000)
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from builder.scratch import scratch_project

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SOURCES = ("summary-cnndm/dev.jsonl", "summary/dev.jsonl")


def load_texts() -> list[tuple[str, str]]:
    """(title, text) of every benchmark article, in a fixed order."""
    items = []
    for source in SOURCES:
        with (EVAL / source).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                text = record["text"]
                title = record.get("title") or " ".join(text.split()[:10])
                items.append((title, text))
    return items


def article_file(index: int, title: str, text: str) -> str:
    return "---\n" + yaml.safe_dump({"title": title, "slug": f"bench-{index:05d}"}, allow_unicode=True) + "---\n" + text + "\n"


def make_project(folder: Path, count: int, texts: list[tuple[str, str]]) -> Path:
    """A scratch project of ``count`` articles, the texts repeated under new titles beyond their number."""
    project = folder / f"project-{count}"
    shutil.rmtree(project, ignore_errors=True)
    articles = {}
    for i in range(count):
        title, text = texts[i % len(texts)]
        if i >= len(texts):
            title = f"{title} (copy {i // len(texts)})"
        articles[f"a{i:05d}.md"] = article_file(i, title, text)
    return scratch_project(project, articles)


def timed(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) of the largest process in the tree, and what it printed."""
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        process = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        out.seek(0)
        printed = out.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {printed[-2000:]}")
    return round(seconds, 2), round(usage.ru_maxrss / 1024, 1), printed


def stage_seconds(printed: str, stage: str) -> float | None:
    """A stage's time from the build's summary line ("... (read 0.1s, extract 12.3s, ...)")."""
    match = re.search(rf"\b{stage} ([0-9.]+)s", printed)
    return float(match.group(1)) if match else None


def spacy_pipe(project: Path) -> float:
    """Seconds for a raw two-process ``nlp.pipe`` over the project's article texts."""
    script = (
        "import sys, time, spacy, pathlib, re\n"
        "from builder.settings import load_settings\n"
        "s = load_settings(pathlib.Path(sys.argv[1]))\n"
        "texts = [re.sub(r'\\A---\\n.*?\\n---\\n', '', p.read_text(), flags=re.S) for p in sorted(s.content_dir.glob('*.md'))]\n"
        "nlp = spacy.load(s.model)\n"
        "t = time.perf_counter()\n"
        "for _ in nlp.pipe(texts, n_process=2, batch_size=32): pass\n"
        "print(time.perf_counter() - t)\n"
    )
    out = subprocess.run([sys.executable, "-c", script, str(project)], capture_output=True, text=True, check=True)
    return round(float(out.stdout.strip().splitlines()[-1]), 2)


QUERY = "president"


def search_costs(project: Path, digest: list[str], env: dict[str, str]) -> dict[str, object]:
    """Bytes a reader fetches for the home page and for one query, with each search engine."""
    from builder.bench_search import CHROMIUM, query_bytes

    costs: dict[str, object] = {}
    browser = Path(CHROMIUM).exists()  # `make test` installs Debian's chromium; without it, no byte counts
    material = query_bytes(project / "site", "material", QUERY) if browser else {"page_bytes": None, "query_bytes": None}
    costs["material_page_bytes"], costs["material_query_bytes"] = material["page_bytes"], material["query_bytes"]
    costs["pagefind_build_s"], _, _ = timed([*digest, "--search", "pagefind"], project, env)
    bundle = project / "site" / "pagefind"
    costs["pagefind_bundle_mb"] = round(sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file()) / 1e6, 2)
    pagefind = query_bytes(project / "site", "pagefind", QUERY) if browser else {"page_bytes": None, "query_bytes": None}
    costs["pagefind_page_bytes"], costs["pagefind_query_bytes"] = pagefind["page_bytes"], pagefind["query_bytes"]
    return costs


def bench(count: int, texts: list[tuple[str, str]], scratch: Path) -> dict[str, object]:
    project = make_project(scratch, count, texts)
    digest = [sys.executable, "-m", "builder.cli", "--project", str(project), "build"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}
    result: dict[str, object] = {"n": count}
    result["cold_s"], result["cold_rss_mb"], printed = timed(digest, project, env)
    # Where the cold build's time goes, stage by stage, from its own summary line.
    for stage in ("read", "extract", "render", "write", "mkdocs"):
        result[f"cold_{stage}_s"] = stage_seconds(printed, stage)
    result["warm_s"], result["warm_rss_mb"], _ = timed(digest, project, env)
    first = sorted((project / "content").glob("*.md"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nAn editor added this sentence.\n", encoding="utf-8")
    result["touch1_s"], result["touch1_rss_mb"], _ = timed(digest, project, env)
    result["mkdocs_s"], result["mkdocs_rss_mb"], _ = timed(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "-d", str(scratch / "plain-site")], project, env
    )
    result["spacy_pipe_s"] = spacy_pipe(project)
    docs = project / "docs"
    result["pages"] = sum(1 for _ in docs.rglob("*.md"))
    index = project / "site" / "search" / "search_index.json"
    result["search_index_mb"] = round(index.stat().st_size / 1e6, 2) if index.exists() else None
    result.update(search_costs(project, digest, env))
    extract = result["cold_extract_s"]
    # Extraction speed as a share of raw nlp.pipe speed (1.0 = as fast as parsing alone).
    result["extract_speed_vs_pipe"] = round(result["spacy_pipe_s"] / extract, 2) if extract else None
    return result


def main(argv: list[str] | None = None) -> int:
    counts = [int(n) for n in (argv if argv is not None else sys.argv[1:])] or [200, 1000]
    texts = load_texts()
    with tempfile.TemporaryDirectory(prefix="digest-bench-") as scratch:
        for count in counts:
            print(json.dumps(bench(count, texts, Path(scratch))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
