"""What a reader downloads to run one search query, measured in a real browser.

Serves a built site on 127.0.0.1, opens a page in Debian's Chromium through Playwright,
and counts the bytes of every response; the query's cost is what loading the page and
running one query fetches beyond loading the page alone (Material fetches its whole index,
Pagefind a few index pieces and result fragments).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Debian's Chromium, started as the project's browser tests start it: root needs --no-sandbox, and the
# background-networking flags stop it calling home on a machine without a network.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """A quiet static file server for ``folder`` on a free loopback port."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _bytes_for(page_url: str, engine: str, query: str | None) -> int:
    from playwright.sync_api import sync_playwright

    total = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()

        def count(response) -> None:
            nonlocal total
            # Redirects and aborted responses have no body.
            with contextlib.suppress(Exception):
                total += len(response.body())

        page.on("response", count)
        page.goto(page_url, wait_until="networkidle")
        if query:
            if engine == "pagefind":
                page.fill(".pagefind-ui__search-input", query)
                page.wait_for_selector(".pagefind-ui__result", timeout=30000)
            else:
                page.click("label.md-search__icon, .md-search__input")
                page.fill(".md-search__input", query)
                page.wait_for_selector(".md-search-result__item", timeout=30000)
            page.wait_for_load_state("networkidle")
        browser.close()
    return total


def query_bytes(site_dir: Path, engine: str, query: str) -> dict[str, int]:
    """Bytes fetched for the home page alone, and extra bytes for one query."""
    with serve_folder(site_dir) as base:
        url = f"{base}/index.html"
        page_only = _bytes_for(url, engine, None)
        with_query = _bytes_for(url, engine, query)
    return {"page_bytes": page_only, "query_bytes": max(0, with_query - page_only)}
