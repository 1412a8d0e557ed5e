"""Write generated folders atomically: build aside, then swap into place.

A build that dies half-way leaves the previous ``docs/`` and ``site/`` as they were: the
new tree is written into a sibling folder and only renamed into place once complete.
If a swap itself was interrupted (between its two renames), the next build restores the
previous folder first.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from pathlib import Path


def staging_dir(target: Path) -> Path:
    """A fresh sibling folder to build ``target`` in."""
    path = target.with_name(f".{target.name}.new-{os.getpid()}")
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def _previous(target: Path) -> Path:
    return target.with_name(f".{target.name}.old")


def recover(target: Path) -> None:
    """Undo a swap that stopped between its renames, and drop stale staging folders."""
    previous = _previous(target)
    if previous.exists() and not target.exists():
        previous.rename(target)
    shutil.rmtree(previous, ignore_errors=True)
    for stale in target.parent.glob(f".{target.name}.new-*"):
        shutil.rmtree(stale, ignore_errors=True)


def swap_in(staged: Path, target: Path) -> None:
    """Replace ``target`` by ``staged``: the old tree is moved aside first, then removed."""
    previous = _previous(target)
    shutil.rmtree(previous, ignore_errors=True)
    if target.exists():
        target.rename(previous)
    staged.rename(target)
    shutil.rmtree(previous, ignore_errors=True)


def write_tree(folder: Path, files: Mapping[str, str | bytes]) -> None:
    """Write ``files`` (relative path -> content) under ``folder``, refusing paths that leave it."""
    root = folder.resolve()
    for relative, content in sorted(files.items()):
        path = (root / relative).resolve()
        if root not in path.parents:
            raise ValueError(f"refusing to write outside {root}: {relative}")
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def sync_tree(folder: Path, files: Mapping[str, str | bytes]) -> int:
    """Bring ``folder`` in line with ``files`` in place, touching only what changed.

    Used by live preview, where the folder is being watched: rewriting unchanged files
    would make the watcher rebuild everything. Returns how many files changed.
    """
    folder.mkdir(parents=True, exist_ok=True)
    changed = 0
    for relative, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        path = folder / relative
        if path.is_file() and path.read_bytes() == data:
            continue
        write_tree(folder, {relative: content})
        changed += 1
    wanted = {(folder / r).resolve() for r in files}
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file() and path.resolve() not in wanted:
            path.unlink()
            changed += 1
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return changed
