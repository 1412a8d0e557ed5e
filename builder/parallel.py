"""Extraction in several processes: each loads the spaCy pipeline once and digests whole chunks.

Sending finished digests back (small) instead of spaCy ``Doc`` objects (large) lets the
extractors run in parallel too, not only the parser, so the build keeps up with a raw
multi-process ``nlp.pipe``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from spacy.language import Language

from builder.analyse import load_pipeline
from builder.digest import digest_articles
from builder.model import Article, Digest
from builder.settings import Settings

CHUNK = 32  # articles per task: one full spaCy batch (analyse() batches 32), few enough tasks to balance two workers
_worker_nlp: Language | None = None
_worker_settings: Settings | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_nlp, _worker_settings
    _worker_nlp = load_pipeline(settings.model)
    _worker_settings = settings


def _digest_chunk(chunk: list[Article]) -> list[Digest]:
    assert _worker_nlp is not None and _worker_settings is not None
    return list(digest_articles(chunk, _worker_nlp, _worker_settings.replace(workers=1)))


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def digest_in_parallel(articles: Iterable[Article], settings: Settings) -> Iterator[Digest]:
    """Digests in input order, computed by ``settings.workers`` processes."""
    if settings.workers <= 1:
        yield from digest_articles(articles, load_pipeline(settings.model), settings)
        return
    with ProcessPoolExecutor(max_workers=settings.workers, initializer=_init_worker, initargs=(settings,)) as pool:
        for digests in pool.map(_digest_chunk, _chunks(articles, CHUNK)):
            yield from digests
