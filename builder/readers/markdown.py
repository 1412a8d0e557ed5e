"""Markdown articles with YAML front matter: metadata and editor overrides.

Front matter is parsed with PyYAML's safe loader (no Python object tags) and checked
field by field, so a mistake is reported with the file and line before anything is built.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from builder.errors import DigestError
from builder.model import Article, Overrides
from builder.readers.slug import slugify
from builder.readers.text import lines_before, split_title

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
class _FrontMatterLoader(yaml.SafeLoader):
    """PyYAML's safe loader, but dates stay text (we parse them to report bad ones by line) and no aliases.

    Front matter is a handful of flat values and never needs ``&anchor``/``*alias``; refusing
    them rules out alias bombs ("billion laughs") that expand into huge values further on.
    """

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "anchors and aliases (*name) are not allowed in front matter", event.start_mark)
        return super().compose_node(parent, index)


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

KNOWN_KEYS = {"title", "published", "source", "authors", "tags", "slug", "summary", "people", "keep_lines"}


def read_markdown(path: Path, text: str) -> Article:
    text = text.replace("\r\n", "\n")
    match = _FRONT.match(text)
    meta: dict[str, Any] = {}
    body = text
    if match:
        meta = _load_yaml(match.group(1) or "", path)
        body = text[match.end() :]
    elif text.startswith("---"):
        raise DigestError("front matter starts with '---' but has no closing '---' line", path, 1)
    return article_from_meta(path, meta, body, body_line=lines_before(text, body) + 1)


def _load_yaml(source: str, path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(source, Loader=_FrontMatterLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1  # +1 for 1-based, +1 for the opening '---'
        raise DigestError(f"bad front matter: {getattr(exc, 'problem', None) or exc}", path, line) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DigestError(f"front matter must be a mapping of keys to values, not {type(data).__name__}", path, 2)
    return data


def _line_of(key: str, path: Path) -> int | None:
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
            if re.match(rf"\s*{re.escape(key)}\s*:", line):
                return number
    except (OSError, UnicodeDecodeError):
        return None
    return None


def _fail(key: str, message: str, path: Path) -> DigestError:
    return DigestError(f"front matter `{key}`: {message}", path, _line_of(key, path))


def _string(meta: dict[str, Any], key: str, path: Path) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise _fail(key, "must be text", path)
    return str(value).strip() or None


def _strings(meta: dict[str, Any], key: str, path: Path) -> tuple[str, ...]:
    value = meta.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or any(isinstance(v, (dict, list)) or v is None for v in value):
        raise _fail(key, "must be a list of text items", path)
    return tuple(str(v).strip() for v in value if str(v).strip())


def _date(meta: dict[str, Any], path: Path) -> dt.date | None:
    value = meta.get("published")
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise _fail("published", f"{value!r} is not a date (use YYYY-MM-DD)", path) from exc


def _people_overrides(meta: dict[str, Any], path: Path) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """``people: {drop: [..], roles: {name: role}, merge: {alias: name}}``."""
    value = meta.get("people")
    if value is None:
        return (), (), ()
    if not isinstance(value, dict) or set(value) - {"drop", "roles", "merge"}:
        raise _fail("people", "must be a mapping with `drop` (list), `roles` and `merge` (mappings)", path)
    drop = _strings(value, "drop", path)
    pairs = []
    for key in ("roles", "merge"):
        mapping = value.get(key) or {}
        if not isinstance(mapping, dict) or any(isinstance(v, (dict, list)) for v in mapping.values()):
            raise _fail("people", f"`{key}` must map names to text", path)
        pairs.append(tuple((str(k).strip(), str(v).strip()) for k, v in mapping.items()))
    return drop, pairs[0], pairs[1]


def article_from_meta(path: Path, meta: dict[str, Any], body: str, body_line: int = 1) -> Article:
    """Build an :class:`Article` from front matter, checking each field."""
    unknown = sorted(set(map(str, meta)) - KNOWN_KEYS)
    if unknown:
        raise _fail(unknown[0], f"unknown key (known: {', '.join(sorted(KNOWN_KEYS))})", path)
    title = _string(meta, "title", path)
    if title is None:
        after_title = split_title(body)
        body_line += lines_before(body, after_title[1])
        title, body = after_title[0].lstrip("#").strip(), after_title[1]
    drop, roles, merge = _people_overrides(meta, path)
    overrides = Overrides(
        summary=_string(meta, "summary", path),
        drop_people=drop,
        roles=roles,
        merge=merge,
        keep_lines=_strings(meta, "keep_lines", path),
    )
    return Article(
        slug=slugify(_string(meta, "slug", path) or path.stem),
        source_path=path,
        title=title or path.stem,
        body=body,
        published=_date(meta, path),
        published_source="front matter" if meta.get("published") is not None else None,
        source_url=_string(meta, "source", path),
        authors=_strings(meta, "authors", path),
        tags=_strings(meta, "tags", path),
        overrides=overrides,
        body_line=body_line,
    )
