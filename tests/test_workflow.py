"""The Pages workflow is valid against GitHub's workflow schema (bundled, checked offline)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"


def test_workflow_validates_against_github_schema():
    tool = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
    result = subprocess.run([tool, "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_uses_the_official_pages_actions():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = [step.get("uses", "") for job in workflow["jobs"].values() for step in job["steps"]]
    for action in ("actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"):
        assert any(s.startswith(action + "@") for s in steps), action
    triggers = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads `on` as true
    assert {"pull_request", "push", "workflow_dispatch"} <= set(triggers)
    assert "--strict" in (ROOT / "Makefile").read_text(encoding="utf-8")
