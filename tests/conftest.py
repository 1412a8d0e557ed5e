"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from builder.analyse import DEFAULT_MODEL, load_pipeline
from builder.bench_search import CHROMIUM_ARGS, serve_folder
from builder.clean import clean_text
from builder.model import CleanText
from builder.scratch import scratch_project as make_project  # noqa: F401  (tests import it from here)
from builder.scratch import write_file as write_file
from tests.browser import CHROMIUM, require_browser
from tests.sample_site import built_sample

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "content" / "pentagon-isis-strengthens-clandestine-network.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def analyse(nlp: Language):
    """Analyse a text as the builder does: ``analyse(text) -> Doc``."""

    def run(text: str) -> Doc:
        return nlp(text)

    return run


@pytest.fixture(scope="session")
def seed_clean() -> CleanText:
    """The seed article's body (title line removed, as the .txt reader does), cleaned."""
    from builder.readers import read_article

    return clean_text(read_article(SEED).body)


@pytest.fixture(scope="session")
def seed_doc(seed_clean: CleanText, nlp: Language) -> Doc:
    return nlp(seed_clean.text)


# The sample digest's site, served and opened in Chromium: shared by the browser test modules.


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built sample site (tests/data/sample/ and the seed), built once per test run."""
    return built_sample(tmp_path_factory)


@pytest.fixture(scope="module")
def server(sample_site: Path) -> Iterator[str]:
    """The sample site served on 127.0.0.1; yields its root URL."""
    with serve_folder(sample_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser(sample_site: Path) -> Iterator[Any]:
    """Debian's Chromium through Playwright (a skip, or a failure in CI, when it is missing)."""
    sync_playwright = require_browser()
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()
