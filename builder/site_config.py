"""The few MkDocs settings the builder itself needs: the site's name and its public address.

``mkdocs.yml`` stays the one place to set them: ``site_name`` heads the home page and the
feeds, ``site_url`` makes the sitemap, canonical links and feed links absolute.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from builder.errors import DigestError


@dataclass(frozen=True)
class SiteConfig:
    name: str = "Digest"
    url: str | None = None


class _TolerantLoader(yaml.SafeLoader):
    """Reads ``mkdocs.yml`` even when it holds MkDocs' ``!!python/name`` or ``!ENV`` tags (their values are not needed here)."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_site_config(path: Path) -> SiteConfig:
    if not path.is_file():
        return SiteConfig()
    try:
        data: Any = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DigestError(f"bad YAML: {exc}", path, mark.line + 1 if mark else None) from exc
    name = data.get("site_name") if isinstance(data, dict) else None
    url = data.get("site_url") if isinstance(data, dict) else None
    return SiteConfig(name=str(name) if name else "Digest", url=str(url) if url else None)
