"""The hostile site in a real browser: no page opens a dialog or calls the payloads' marker.

Debian's Chromium is driven by Playwright (never ``playwright install``: nothing is
downloaded). Every payload that could run calls ``alert`` or ``pwn``; ``pwn`` is defined
before any page script, and a dialog is recorded and dismissed. The search box gets
payload-bearing queries too, because Material renders search results from the index in
the browser, a path the static HTML checks cannot see.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from builder.bench_search import CHROMIUM_ARGS, serve_folder
from tests.browser import CHROMIUM, require_browser
from tests.security.conftest import Built, html_pages
from tests.security.payloads import PAYLOADS

pytestmark = pytest.mark.slow

# Runs in every frame before the page's own scripts: payload code that runs leaves a trace.
MARKER_SCRIPT = "window.__pwned = []; window.pwn = function (n) { window.__pwned.push(String(n)); };"




@pytest.fixture(scope="module")
def server(hostile_site: Built) -> Iterator[str]:
    """The hostile site over HTTP on 127.0.0.1 (search needs a web worker, which file:// URLs cannot start)."""
    with serve_folder(hostile_site.site) as url:
        yield url


@dataclass
class Traces:
    """What payload code would leave behind: dialogs opened and marker calls, by page."""

    dialogs: list[tuple[str, str]] = field(default_factory=list)
    marks: list[tuple[str, list[str]]] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser_page(server: str) -> Iterator[tuple[Any, Traces]]:
    sync_playwright = require_browser()
    profile = tempfile.mkdtemp(prefix="digest-chromium-")
    try:
        with sync_playwright() as p:
            context = p.chromium.launch_persistent_context(
                profile, executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True, java_script_enabled=True
            )
            context.add_init_script(MARKER_SCRIPT)
            traces = Traces()
            page = context.new_page()
            page.on("dialog", lambda dialog: (traces.dialogs.append((page.url, dialog.message)), dialog.dismiss()))
            yield page, traces
            context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def _marks(page: Any) -> list[str]:
    frames = page.frames
    found: list[str] = []
    for frame in frames:
        try:
            found += frame.evaluate("window.__pwned || []")
        except Exception:  # noqa: BLE001 - a frame that went away cannot hold a trace
            continue
    return found


def pages_to_visit(site: Path) -> list[Path]:
    """Every page that carries payloads: each page of the articles with full bodies, every other page but the
    near-empty subpages of the short articles (same templates, only their title, which the full ones cover too).
    ``DIGEST_BROWSER_ALL=1`` visits every page."""
    pages = html_pages(site)
    if os.environ.get("DIGEST_BROWSER_ALL") == "1":
        return pages
    return [p for p in pages if not (p.parent.name.startswith(("hostile-summary-", "plain-")) and p.name != "index.html")]


def test_no_page_runs_payload_code(hostile_site: Built, server: str, browser_page: tuple[Any, Traces]):
    page, traces = browser_page
    pages = pages_to_visit(hostile_site.site)
    assert len(pages) > 50
    for path in pages:
        url = f"{server}/{path.relative_to(hostile_site.site).as_posix()}"
        page.goto(url, wait_until="load")
        marks = _marks(page)
        if marks:
            traces.marks.append((url, marks))
    assert page.evaluate("typeof window.pwn") == "function", "the marker script did not run: the check would see nothing"
    assert not traces.dialogs, traces.dialogs[:5]
    assert not traces.marks, traces.marks[:5]


def test_marker_would_catch_a_live_payload(server: str, browser_page: tuple[Any, Traces]):
    """The detector works: a page that does run a payload is seen (dialog and marker)."""
    page, traces = browser_page
    page.goto(f"{server}/index.html", wait_until="load")
    before = len(traces.dialogs)
    page.evaluate("document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=\"pwn(0); alert(0)\">')")
    page.wait_for_timeout(200)
    assert _marks(page) == ["0"]
    assert len(traces.dialogs) == before + 1
    del traces.dialogs[before:]


def test_search_results_are_text(server: str, browser_page: tuple[Any, Traces]):
    """Typing payloads into Material's search renders matching results without running them."""
    page, traces = browser_page
    page.goto(f"{server}/index.html", wait_until="load")
    box = page.locator("input.md-search__input")
    box.click()
    queries = ["pwn", "script", "javascript", *PAYLOADS[::12]]
    seen_results = 0
    for query in queries:
        box.fill("")
        box.type(query.replace("\n", " ")[:60], delay=0)
        page.wait_for_timeout(100)
        seen_results += page.locator(".md-search-result__item").count()
    page.wait_for_timeout(300)
    assert seen_results > 0, "search returned nothing: the index or the worker did not load, so nothing was tested"
    box.fill("")
    box.type("onerror", delay=0)
    results = page.locator(".md-search-result")
    # Results update as the worker answers: wait for the payload to show, as text, in them.
    page.wait_for_function("((document.querySelector('.md-search-result') || {}).innerText || '').includes('onerror=pwn(')", timeout=15000)
    assert results.locator("img, iframe, script, svg[onload], object, embed").count() == 0
    assert not traces.dialogs, traces.dialogs[:5]
    assert not _marks(page)
