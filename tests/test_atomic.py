"""Atomic, deterministic builds: a killed build leaves the previous site serving; rebuilds are byte-identical.

``digest build`` runs in a subprocess (its own process group, so MkDocs dies with it, as
on a CI timeout or a closed terminal) and is killed with SIGKILL at several moments:
while loading, while docs/ is staged, after docs/ is swapped in, and while MkDocs writes
the new site aside. After each kill the previous site must be there, complete; the next
build must succeed and give the very same bytes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from builder import output
from tests.conftest import ROOT, SEED
from tests.conftest import make_project as make_scratch_project

pytestmark = pytest.mark.slow

EPOCH = "1583280000"  # 2020-03-04: sitemap lastmod and the gzip header come from it
SECOND = """---
title: Council approves bridge plan
published: 2020-03-04
source: https://example.org/bridge
---
Mayor Maria Lopez said on Tuesday that work on the river bridge would start next spring.

"We have waited long enough for this bridge," Lopez said.
"""


def make_project(folder: Path) -> Path:
    return make_scratch_project(folder, {SEED.name: SEED.read_bytes(), "bridge.md": SECOND})


def start_build(project: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    cmd = [sys.executable, "-m", "builder.cli", "--project", str(project), "build", "--no-cache"]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def build(project: Path) -> None:
    process = start_build(project)
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err.decode()


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_same(a: dict[str, bytes], b: dict[str, bytes]) -> None:
    assert sorted(a) == sorted(b), set(a) ^ set(b)
    differing = [name for name in a if a[name] != b[name]]
    assert not differing, differing


def assert_serving(site: Path) -> None:
    """The site folder is a complete site: a home page that ends properly, and its assets."""
    index = site / "index.html"
    assert index.is_file(), "site/index.html missing"
    assert index.read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert (site / "sitemap.xml").is_file() and (site / "search" / "search_index.json").is_file()


@pytest.fixture(scope="module")
def first_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], dict[str, bytes], float]:
    project = make_project(tmp_path_factory.mktemp("atomic") / "project")
    start = time.perf_counter()
    build(project)
    return project, snapshot(project / "site"), snapshot(project / "docs"), time.perf_counter() - start


def test_two_builds_are_byte_identical(first_build, tmp_path: Path):
    """Same content, another folder, another time: the very same bytes (SOURCE_DATE_EPOCH pins the dates)."""
    project, site, docs, _ = first_build
    time.sleep(1.1)  # a different wall-clock second, which gzip headers would record without SOURCE_DATE_EPOCH
    other = make_project(tmp_path / "elsewhere")
    build(other)
    assert_same(snapshot(other / "site"), site)
    assert_same(snapshot(other / "docs"), docs)
    # MkDocs writes the build date into the gzip header: it must be SOURCE_DATE_EPOCH's, not today's.
    assert int.from_bytes(site["sitemap.xml.gz"][4:8], "little") == int(EPOCH)


def _staged(prefix: str) -> Callable[[Path, float], bool]:
    return lambda project, _: any(project.glob(f"{prefix}*"))


def _site_staging_has_pages(project: Path, _: float) -> bool:
    return any(any(staged.rglob("*.html")) for staged in project.glob(".site.new-*"))


# When to kill: each a condition on the project folder and the seconds since the start, polled while the build runs.
MOMENTS: dict[str, Callable[[Path, float], bool]] = {
    "starting up": lambda _, elapsed: elapsed > 1.0,
    "docs staged": _staged(".docs.new-"),
    "site staging begun": _staged(".site.new-"),
    "mkdocs writing pages": _site_staging_has_pages,
}


@pytest.mark.parametrize("moment", list(MOMENTS))
def test_killed_build_leaves_previous_site(first_build, moment: str):
    project, site, _, _ = first_build
    process = start_build(project)
    condition = MOMENTS[moment]
    start = time.monotonic()
    caught = False
    while process.poll() is None and time.monotonic() < start + 300:
        if condition(project, time.monotonic() - start):
            os.killpg(process.pid, signal.SIGKILL)
            caught = True
            break
        time.sleep(0.002)
    process.wait()
    assert caught, f"the build finished before the moment '{moment}' was seen"
    # The previous site is still there, whole, byte for byte (a rebuild of the same content is identical).
    assert_serving(project / "site")
    assert_same(snapshot(project / "site"), site)


def test_build_after_kills_recovers_and_matches(first_build):
    project, site, docs, _ = first_build
    build(project)
    assert not list(project.glob(".site.*")) and not list(project.glob(".docs.*")), "stale staging folders left behind"
    assert_same(snapshot(project / "site"), site)
    assert_same(snapshot(project / "docs"), docs)


def test_swap_interrupted_between_renames_is_recovered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The one window a kill can hit inside the swap: old tree moved aside, new one not yet in place."""
    target = tmp_path / "site"
    output.write_tree(target, {"index.html": "<html>old</html>\n"})
    staged = output.staging_dir(target)
    output.write_tree(staged, {"index.html": "<html>new</html>\n"})
    real_rename = Path.rename
    calls = []

    def dying_rename(self: Path, to: Path) -> Path:
        calls.append(self)
        if len(calls) == 2:
            raise KeyboardInterrupt("killed between the renames")
        return real_rename(self, to)

    monkeypatch.setattr(Path, "rename", dying_rename)
    with pytest.raises(KeyboardInterrupt):
        output.swap_in(staged, target)
    monkeypatch.setattr(Path, "rename", real_rename)
    assert not target.exists()
    output.recover(target)
    assert (target / "index.html").read_text(encoding="utf-8") == "<html>old</html>\n"
    assert not staged.exists() and not list(tmp_path.glob(".site.*"))
