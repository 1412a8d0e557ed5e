"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from builder.analyse import DEFAULT_MODEL, load_pipeline
from builder.clean import clean_text
from builder.model import CleanText

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "content" / "pentagon-isis-strengthens-clandestine-network.txt"
SHARED = ROOT.parent / "shared"


def make_project(folder: Path, articles: Mapping[str, str | bytes]) -> Path:
    """A scratch project: the repository's config and templates, with ``articles`` in content/."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "pyproject.toml"):
        shutil.copy(ROOT / name, folder / name)
    shutil.copytree(ROOT / "templates", folder / "templates")
    content = folder / "content"
    content.mkdir()
    for name, data in articles.items():
        write_file(content, name, data)
    return folder


def write_file(folder: Path, name: str, data: str | bytes) -> Path:
    """Write ``data`` to ``folder/name``: bytes as they are, text as UTF-8 with its line ends untouched."""
    path = folder / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8", newline="")
    return path


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
