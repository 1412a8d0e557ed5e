"""The extraction cache: keyed by what changes results; damaged entries are never trusted."""

from __future__ import annotations

import dataclasses

from builder.cache import DigestCache, cache_key
from builder.model import Article, CleanText, Digest, Overrides


def make_digest(body: str = "Body.") -> Digest:
    article = Article(slug="a", source_path=None, title="T", body=body)
    return Digest(article, CleanText(body, ()), (), (), (), (), ())


def test_round_trip(tmp_path):
    cache = DigestCache(tmp_path)
    digest = make_digest()
    cache.put("ab" * 32, digest)
    assert cache.get("ab" * 32) == digest
    assert cache.get("cd" * 32) is None


def test_damaged_entry_is_detected_and_removed(tmp_path):
    cache = DigestCache(tmp_path)
    key = "ef" * 32
    cache.put(key, make_digest())
    path = next(tmp_path.rglob("*.pickle"))
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    path.write_bytes(bytes(data))
    assert cache.get(key) is None
    assert cache.damaged == 1
    assert not path.exists()


def test_truncated_entry_is_detected(tmp_path):
    cache = DigestCache(tmp_path)
    key = "12" * 32
    cache.put(key, make_digest())
    path = next(tmp_path.rglob("*.pickle"))
    path.write_bytes(path.read_bytes()[:40])
    assert cache.get(key) is None


def test_key_changes_with_what_extraction_reads():
    article = Article(slug="a", source_path=None, title="T", body="Body.")
    base = cache_key(article, "model-1", {"summary_sentences": 3})
    assert cache_key(article, "model-2", {"summary_sentences": 3}) != base
    assert cache_key(article, "model-1", {"summary_sentences": 4}) != base
    assert cache_key(dataclasses.replace(article, body="Other."), "model-1", {"summary_sentences": 3}) != base
    assert cache_key(dataclasses.replace(article, overrides=Overrides(drop_people=("X",))), "model-1", {"summary_sentences": 3}) != base
    # The title and tags are shown, not extracted from: changing them reuses the entry.
    assert cache_key(dataclasses.replace(article, title="New title", tags=("x",)), "model-1", {"summary_sentences": 3}) == base


def test_model_id_carries_the_installed_version():
    from importlib.metadata import version

    from builder.analyse import DEFAULT_MODEL, model_id

    assert model_id(DEFAULT_MODEL) == f"{DEFAULT_MODEL}=={version(DEFAULT_MODEL)}"
    assert model_id("no_such_pipeline_xyz") == "no_such_pipeline_xyz==unknown"
