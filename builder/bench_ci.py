"""A CI-like rebuild: what the Pages workflow costs once the extraction cache is restored.

Each workflow run starts from a fresh checkout (``content/``, config, templates; no
``docs/``, no ``site/``) and ``actions/cache`` restores ``.cache/digest/``. For N bench
articles (the texts :mod:`builder.bench` uses) this prints one JSON line:

- ``cold_s``: the first run, or the first after a change of code, model or settings
  (nothing restored);
- ``restored_s``: a run with the cache restored and no article changed (a template or
  README push);
- ``edit1_s``: a run with the cache restored and one article edited, with how many
  articles it re-extracted (``edit1_extracted``, expected 1) and took from the cache.

Every run is ``digest build --strict``, as ``make site`` does in CI.

Usage: python -m builder.bench_ci [N]   (default: 1000)
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from builder.bench import ROOT, load_texts, make_project, timed


def fresh_checkout(project: Path, into: Path, with_cache: bool) -> Path:
    """A copy of the project as CI checks it out: sources only, and the restored cache if any."""
    shutil.rmtree(into, ignore_errors=True)
    into.mkdir(parents=True)
    for name in ("mkdocs.yml", "pyproject.toml"):
        shutil.copy(project / name, into / name)
    for folder in ("templates", "content"):
        shutil.copytree(project / folder, into / folder)
    if with_cache:
        shutil.copytree(project / ".cache" / "digest", into / ".cache" / "digest")
    return into


def counts(printed: str) -> tuple[int | None, int | None]:
    """(from cache, extracted) from the build's summary line."""
    match = re.search(r"(\d+) from cache, (\d+) extracted", printed)
    return (int(match.group(1)), int(match.group(2))) if match else (None, None)


def bench_ci(count: int, scratch: Path) -> dict[str, object]:
    project = make_project(scratch, count, load_texts())
    # The builder's code as it is now: a CI run checks out one commit, while a work tree may
    # change under a long benchmark (and any change of extraction code rightly misses the cache).
    code = scratch / "code"
    shutil.copytree(ROOT / "builder", code / "builder", ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "PYTHONPATH": str(code), "NO_MKDOCS_2_WARNING": "1"}

    def build(folder: Path) -> tuple[float, str]:
        seconds, _, printed = timed([sys.executable, "-m", "builder.cli", "--project", str(folder), "build", "--strict"], folder, env)
        return seconds, printed

    result: dict[str, object] = {"n": count}
    result["cold_s"], printed = build(project)
    result["cold_extracted"] = counts(printed)[1]
    result["cache_mb"] = round(sum(p.stat().st_size for p in (project / ".cache" / "digest").rglob("*") if p.is_file()) / 1e6, 1)
    restored = fresh_checkout(project, scratch / "ci-restored", with_cache=True)
    result["restored_s"], printed = build(restored)
    result["restored_cached"], result["restored_extracted"] = counts(printed)
    edited = fresh_checkout(project, scratch / "ci-edit1", with_cache=True)
    first = sorted((edited / "content").glob("*.md"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nAn editor added this sentence.\n", encoding="utf-8")
    result["edit1_s"], printed = build(edited)
    result["edit1_cached"], result["edit1_extracted"] = counts(printed)
    return result


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    count = int(args[0]) if args else 1000
    with tempfile.TemporaryDirectory(prefix="digest-bench-ci-") as scratch:
        print(json.dumps(bench_ci(count, Path(scratch))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
