"""Search at scale: Material's built-in index, or a Pagefind index built after MkDocs.

Material's search ships the whole index to every reader (it grows with the archive);
Pagefind splits its index into small fragments fetched per query. With Pagefind the
builder derives a MkDocs config from ``mkdocs.yml`` without the search plugin, and with
``extra.pagefind`` set, which the theme override reads to load Pagefind's own UI from
the site itself (nothing from outside). The Pagefind binary comes from PyPI
(``pagefind[bin]``) and needs no network.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from builder.errors import DigestError

ENGINES = ("material", "pagefind")


def mkdocs_config_for(engine: str, config: Path, scratch: Path) -> Path:
    """The config file to build with: ``mkdocs.yml`` itself, or a derived one for Pagefind."""
    if engine == "material":
        return config
    if engine != "pagefind":
        raise DigestError(f"unknown search engine {engine!r} (use {' or '.join(ENGINES)})")
    data: dict[str, Any] = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    base = config.parent.resolve()
    data["docs_dir"] = str((base / data.get("docs_dir", "docs")).resolve())
    theme = data.setdefault("theme", {})
    if theme.get("custom_dir"):
        theme["custom_dir"] = str((base / theme["custom_dir"]).resolve())
    data["plugins"] = [p for p in data.get("plugins", []) if p != "search" and not (isinstance(p, dict) and "search" in p)]
    data.setdefault("extra", {})["pagefind"] = True
    scratch.mkdir(parents=True, exist_ok=True)
    derived = scratch / "mkdocs.pagefind.yml"
    derived.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return derived


def index_site(engine: str, site_dir: Path) -> None:
    """Build the Pagefind index into ``site_dir/pagefind`` (Material's index is MkDocs' own work)."""
    if engine != "pagefind":
        return
    cmd = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--root-selector", ".md-content", "--silent"]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise DigestError(f"pagefind failed: {(result.stderr or result.stdout).strip()}", site_dir)
