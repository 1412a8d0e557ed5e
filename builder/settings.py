"""Typed build settings: defaults, then ``[tool.digest]`` in pyproject.toml, then the command line.

Every option is a field with its type and default; unknown or mistyped options are
reported together, naming the option, rather than silently ignored.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from builder.analyse import DEFAULT_MODEL
from builder.errors import DigestError


@dataclass(frozen=True)
class Settings:
    """What a build reads, writes and how it extracts."""

    content_dir: Path = Path("content")
    docs_dir: Path = Path("docs")
    site_dir: Path = Path("site")
    cache_dir: Path = Path(".cache/digest")
    templates_dir: Path = Path("templates")
    mkdocs_config: Path = Path("mkdocs.yml")
    model: str = DEFAULT_MODEL  # any installed spaCy pipeline
    summary_sentences: int = 3
    summary_words: int | None = None  # cap the summary at this many words
    workers: int = 1  # spaCy processes for extraction
    use_cache: bool = True
    search: str = "material"  # or "pagefind": a split index fetched per query, for large archives

    def replace(self, **changes: Any) -> Settings:
        """A copy with the given options changed (``None`` values are ignored)."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})

    def extraction_key(self) -> dict[str, Any]:
        """The settings that change what extraction produces (part of the cache key)."""
        return {"summary_sentences": self.summary_sentences, "summary_words": self.summary_words, "model": self.model}


def load_settings(project_dir: Path = Path(".")) -> Settings:
    """Settings from ``[tool.digest]`` in ``project_dir/pyproject.toml``, paths made absolute."""
    pyproject = project_dir / "pyproject.toml"
    options: dict[str, Any] = {}
    if pyproject.is_file():
        try:
            options = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("digest", {})
        except tomllib.TOMLDecodeError as exc:
            raise DigestError(f"bad TOML: {exc}", pyproject) from exc
    fields = {f.name: f for f in dataclasses.fields(Settings)}
    problems = [f"unknown option `{name}`" for name in options if name not in fields]
    values: dict[str, Any] = {}
    for name, value in options.items():
        if name not in fields:
            continue
        default = getattr(Settings(), name)
        if isinstance(default, Path):
            values[name] = Path(value)
        elif isinstance(default, bool) and not isinstance(value, bool):
            problems.append(f"`{name}` must be true or false")
        elif isinstance(default, int) and not isinstance(value, int):
            problems.append(f"`{name}` must be a whole number")
        else:
            values[name] = value
    if problems:
        raise DigestError("[tool.digest]: " + "; ".join(problems), pyproject)
    settings = Settings(**values)
    return absolute(settings, project_dir)


def absolute(settings: Settings, project_dir: Path) -> Settings:
    """Resolve relative paths against the project folder."""
    changes = {
        f.name: (project_dir / getattr(settings, f.name)).resolve()
        for f in dataclasses.fields(settings)
        if isinstance(getattr(settings, f.name), Path)
    }
    return dataclasses.replace(settings, **changes)
