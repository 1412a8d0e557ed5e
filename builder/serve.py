"""``digest serve``: live preview on 127.0.0.1.

MkDocs' own server watches docs/ and reloads the browser; this process watches content/,
templates/ and mkdocs.yml and regenerates the changed pages of docs/ in place, which
MkDocs then picks up. Polling keeps it dependency-free and works on every file system.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from builder import output
from builder.build import BuildReport, render_docs
from builder.errors import DigestError
from builder.settings import Settings


def _snapshot(folders: list[Path]) -> dict[Path, float]:
    state = {}
    for folder in folders:
        if folder.is_file():
            state[folder] = folder.stat().st_mtime
        elif folder.is_dir():
            state.update({p: p.stat().st_mtime for p in folder.rglob("*") if p.is_file()})
    return state


def regenerate(settings: Settings) -> None:
    """Write docs/ in place from the current content, reporting (not raising) bad input."""
    try:
        report = BuildReport()
        changed = output.sync_tree(settings.docs_dir, render_docs(settings, report, keep_going=True))
        print(f"digest: {report.articles} article(s), {changed} file(s) changed", file=sys.stderr)
        for failure in report.failures:
            print(f"digest: error: {failure}", file=sys.stderr)
    except DigestError as exc:
        print(f"digest: error: {exc}", file=sys.stderr)


def serve(settings: Settings, *, port: int = 8000, interval: float = 1.0) -> None:
    regenerate(settings)
    watched = [settings.content_dir, settings.templates_dir]
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(settings.mkdocs_config), "--dev-addr", f"127.0.0.1:{port}", "--livereload"]
    )
    state = _snapshot(watched)
    # A plain `kill` must stop the MkDocs server too, not leave it running on the port.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        while server.poll() is None:
            time.sleep(interval)
            current = _snapshot(watched)
            if current != state:
                state = current
                regenerate(settings)
    finally:
        server.terminate()
        server.wait(timeout=10)
