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
