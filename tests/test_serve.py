"""Live preview: `digest serve` serves the site and an edited article shows up without a restart."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import ROOT
from tests.test_build import make_project

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(predicate, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.5)
    return False


def test_serve_rebuilds_when_an_article_changes(tmp_path):
    project = make_project(tmp_path)
    shutil.rmtree(project / "content")
    (project / "content").mkdir()
    article = project / "content" / "note.md"
    article.write_text("---\ntitle: First title\n---\nThe council met on Monday to discuss the bridge.\n", encoding="utf-8")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "builder.cli", "--project", str(project), "serve", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/articles/note/index.html"
    try:
        assert wait_for(lambda: "First title" in (fetch(url) or "")), "the preview never served the article"
        article.write_text("---\ntitle: Second title\n---\nThe council met on Monday to discuss the bridge.\n", encoding="utf-8")
        assert wait_for(lambda: "Second title" in (fetch(url) or "")), "the edit never reached the preview"
        server.terminate()
        server.wait(timeout=20)
        assert wait_for(lambda: fetch(url) is None, timeout=20), "the MkDocs server outlived `digest serve`"
    finally:
        if server.poll() is None:
            server.kill()
