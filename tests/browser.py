"""Debian's Chromium through Playwright, for the browser tests (never ``playwright install``).

CI installs Chromium (`make test` does, as root), so there a missing browser fails the
run; elsewhere the browser tests skip with the reason.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from builder.bench_search import CHROMIUM as CHROMIUM_PATH

CHROMIUM = Path(CHROMIUM_PATH)


def require_browser(chromium: Path = CHROMIUM) -> Any:
    """Playwright's sync API, or a skip (a failure in CI, where `make test` installs Chromium)."""
    reason = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        reason = "playwright is not installed (pip install -r requirements-dev.txt)"
    if reason is None and not chromium.exists():
        reason = f"{chromium} is missing (`make test` installs Debian's chromium package)"
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser test cannot run in CI: {reason}")
        pytest.skip(reason)
    return sync_playwright


def open_search(page: Any) -> Any:
    """Open Material's search dialog as a reader does and return its input box.

    On narrow screens the header's search button opens the dialog; on wide ones the box is in the header.
    """
    box = page.locator("input.md-search__input")
    button = page.locator('label.md-header__button[for="__search"]')
    if button.is_visible():
        button.click()
    else:
        box.click()
    return box
