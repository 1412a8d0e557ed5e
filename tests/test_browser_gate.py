"""The browser tests' gate: a missing Chromium fails in CI and skips elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser import require_browser


def test_missing_browser_fails_in_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """CI installs Chromium (`make test`), so there a missing browser is a failure, never a silent skip."""
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="cannot run in CI"):
        require_browser(tmp_path / "no-chromium")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="no-chromium is missing"):
        require_browser(tmp_path / "no-chromium")
