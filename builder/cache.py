"""Cache of extraction results, keyed by everything that can change them.

The key covers the article's extraction inputs (body, publication date, editor overrides),
the spaCy pipeline's name and version, a fingerprint of the extraction code and the
extraction settings: change any of them and exactly the affected entries miss. Each entry
carries a SHA-256 of its payload; a damaged or truncated entry is detected, deleted and
rebuilt, never trusted.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from builder import __version__
from builder.model import Article, Digest

_MAGIC = b"digest-cache-1\n"
_EXTRACTION_CODE = ("clean.py", "digest.py", "model.py", "analyse.py", "pagedate.py", "extract", "lexicons")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the builder's extraction code, so editing an extractor invalidates its results."""
    root = Path(__file__).parent
    digest = hashlib.sha256(__version__.encode())
    for name in _EXTRACTION_CODE:
        path = root / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(root)).encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def cache_key(article: Article, model: str, settings_key: dict[str, Any]) -> str:
    """The key of one article's digest: only what extraction reads goes in."""
    parts = repr(
        (
            code_fingerprint(),
            model,
            sorted(settings_key.items()),
            article.body,
            article.published,
            article.overrides,
            article.body_is_clean,
        )
    )
    return hashlib.sha256(parts.encode("utf-8", "surrogatepass")).hexdigest()


class DigestCache:
    """A folder of checksummed pickles, one per key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.damaged = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Digest | None:
        path = self._path(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        header_end = len(_MAGIC) + 64
        checksum, payload = data[len(_MAGIC) : header_end], data[header_end + 1 :]
        if not data.startswith(_MAGIC) or hashlib.sha256(payload).hexdigest().encode() != checksum:
            self._discard(path)
            return None
        try:
            value = pickle.loads(payload)
        except Exception:  # noqa: BLE001 - any failure to load means the entry is unusable
            self._discard(path)
            return None
        if not isinstance(value, Digest):
            self._discard(path)
            return None
        return value

    def _discard(self, path: Path) -> None:
        self.damaged += 1
        path.unlink(missing_ok=True)

    def put(self, key: str, digest: Digest) -> None:
        """Write an entry atomically (temp file, then rename), so a crash never leaves half an entry."""
        payload = pickle.dumps(digest, protocol=pickle.HIGHEST_PROTOCOL)
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            handle.write(_MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
            temp = Path(handle.name)
        os.replace(temp, path)
