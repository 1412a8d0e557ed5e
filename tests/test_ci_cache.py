"""The Pages workflow keeps the extraction cache between runs, and starts it fresh when extraction can change."""

from __future__ import annotations

from pathlib import Path

import yaml

from builder.settings import Settings
from tests.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"


def _steps() -> list[dict]:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return workflow["jobs"]["build"]["steps"]


def test_the_extraction_cache_is_restored_before_the_build_and_keyed_on_what_changes_extraction() -> None:
    steps = _steps()
    cache = [i for i, step in enumerate(steps) if str(step.get("uses", "")).startswith("actions/cache@")]
    build = [i for i, step in enumerate(steps) if "make site" in str(step.get("run", ""))]
    assert len(cache) == 1 and len(build) == 1 and cache[0] < build[0]
    options = steps[cache[0]]["with"]
    assert Path(options["path"]) == Settings().cache_dir  # the folder the builder really uses
    key = options["key"]
    for source in ("builder/**", "requirements.txt", "pyproject.toml"):
        assert f"'{source}'" in key, source  # code, pinned model and settings: a change starts fresh
    assert "content/**" in key  # a new save whenever the articles change
    restore = [line.strip() for line in options["restore-keys"].splitlines() if line.strip()]
    # Fallbacks keep the code part of the key: an older cache of other code is never restored.
    assert restore and all(key.startswith(prefix) and "builder/**" in prefix for prefix in restore)


PASTED_PAGE = "\n".join(
    [
        "Home",
        "News",
        "Sport",
        "Weather",
        "Contact us",
        "Ferry service returns to the island",
        "By Oskar Brenning",
        "Published 4 May 2022",
        "",
        "The ferry to the island sailed again on Tuesday after a winter of repairs to the harbour wall and the landing ramp.",
        '"We waited all winter for this morning, and the whole village came down to the pier," said Liv Aaberg, who runs the shop.',
        "The operator said the boat would run four times a day until the end of the summer, and twice a day after that.",
        "",
        "Share this article",
        "Sign up for our newsletter",
        "Copyright 2024 Example Island Press. All rights reserved.",
    ]
)


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_build_from_the_cache_writes_what_a_cold_build_writes(tmp_path: Path, nlp) -> None:
    """A restored cache must not change the site: the page's own date and byline survive a cache hit."""
    from builder.build import build_site
    from builder.settings import load_settings
    from tests.conftest import make_project

    project = make_project(tmp_path / "project", {"ferry.txt": PASTED_PAGE})
    settings = load_settings(project)
    cold = build_site(settings, run_mkdocs_step=False)
    assert cold.extracted == 1
    cold_docs = _tree(settings.docs_dir)
    article_page = cold_docs["articles/ferry/index.md"].decode()
    assert "2022-05-04" in article_page and "Oskar Brenning" in article_page
    warm = build_site(settings, run_mkdocs_step=False)
    assert warm.cached == 1 and warm.extracted == 0
    assert _tree(settings.docs_dir) == cold_docs
