"""A scratch project: the repository's settings and templates with given articles in content/.

One place for what the benchmark, ``make screenshots`` and the tests each need: a folder that
``digest build`` treats as a whole project, without touching the real ``content/``.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_file(folder: Path, name: str, data: str | bytes) -> Path:
    """Write ``data`` to ``folder/name``: bytes as they are, text as UTF-8 with its line ends untouched."""
    path = folder / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8", newline="")
    return path


def scratch_project(folder: Path, articles: Mapping[str, str | bytes]) -> Path:
    """``folder`` made a project: mkdocs.yml, pyproject.toml and templates/ copied, ``articles`` in content/."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "pyproject.toml"):
        shutil.copy(ROOT / name, folder / name)
    shutil.copytree(ROOT / "templates", folder / "templates")
    content = folder / "content"
    content.mkdir()
    for name, data in articles.items():
        write_file(content, name, data)
    return folder
