"""Accessibility: axe-core (default rules) finds nothing serious or critical on any page type or in search.

The sample site (tests/sample_site.py: the seed and the dated Markdown articles with tags and
quotes in tests/data/sample/) is built once and served on 127.0.0.1; Debian's Chromium, driven
by Playwright (never ``playwright install``), loads one page of every type in light and dark (Material's palettes follow
``prefers-color-scheme``), at desktop width and at 390 px. axe-core comes from the pinned
``axe-playwright-python`` package and is injected by the test: the site never loads it. At
390 px no page may scroll sideways. On the home page Material's search dialog is audited too, open with results.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.browser import open_search
from tests.sample_site import page_types

pytestmark = pytest.mark.slow

BLOCKING = ("serious", "critical")
SCHEMES = {"light": "default", "dark": "slate"}
WIDTHS = {"desktop": 1280, "phone": 390}

def _axe_source() -> str:
    try:
        import axe_playwright_python
    except ImportError:
        pytest.skip("axe-playwright-python is not installed (pip install -r requirements-dev.txt)")
    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")








def blocking(result: dict[str, Any], where: str) -> list[str]:
    """axe's serious and critical violations, one line each with up to three of the elements."""
    found = []
    for violation in result["violations"]:
        if violation["impact"] in BLOCKING:
            targets = [" ".join(map(str, node["target"])) for node in violation["nodes"][:3]]
            found.append(f"{where}: {violation['id']} [{violation['impact']}] x{len(violation['nodes'])} {targets}")
    return found


def search_violations(page: Any) -> list[str]:
    """Material's search dialog, open with results for a person's name (axe is already on the page)."""
    box = open_search(page)
    box.type("Lopez", delay=0)
    page.wait_for_selector(".md-search-result__item mark", timeout=15000)
    # The dialog fades in: colours measured mid-transition are not the ones a reader sees.
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')", timeout=5000)
    return blocking(page.evaluate("axe.run(document, {resultTypes: ['violations']})"), "search dialog with results")


def audit(browser: Any, server: str, site: Path, scheme: str, width: int) -> tuple[list[str], list[str]]:
    """axe on every page type in one scheme and width: (serious or critical violations, pages wider than the screen)."""
    axe = _axe_source()
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    problems: list[str] = []
    wide: list[str] = []
    try:
        for kind, path in page_types(site).items():
            assert (site / path).is_file(), path
            page.goto(f"{server}/{path}", wait_until="load")
            shown = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
            assert shown == SCHEMES[scheme], f"{kind}: palette {shown!r} shown for prefers-color-scheme {scheme}"
            page.add_script_tag(content=axe)
            result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
            problems += blocking(result, f"{kind} ({path})")
            sizes = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            if sizes[0] > sizes[1]:
                wide.append(f"{kind} ({path}): scrollWidth {sizes[0]} > {sizes[1]}")
            if kind == "home":
                problems += search_violations(page)
    finally:
        context.close()
    return problems, wide


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("scheme", SCHEMES.keys())
def test_no_serious_axe_violations(browser: Any, server: str, sample_site: Path, scheme: str, width: int):
    problems, wide = audit(browser, server, sample_site, scheme, width)
    if width > 390:
        wide = []
    assert not problems + wide, "\n".join(problems + wide)
