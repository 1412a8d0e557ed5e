"""One hostile build per test session, shared by the static HTML checks and the browser checks.

Building a site costs a spaCy pass and a MkDocs run, so the hostile corpus is built once,
together with a benign twin (the same articles with every payload replaced by plain words)
whose markup is the reference for which tags and attributes the site itself produces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from builder.build import BuildReport, build_site
from builder.settings import load_settings
from tests.security.corpus import make_project
from tests.security.payloads import PAYLOADS


@dataclass(frozen=True)
class Built:
    """A built project: its folder, the build report and the payloads it carries."""

    project: Path
    report: BuildReport
    payloads: list[str]

    @property
    def site(self) -> Path:
        return self.project / "site"


def benign(payloads: list[str]) -> list[str]:
    """The same number of payloads, as harmless words, keeping line breaks where the payload had them."""
    return [f"plain words {i}" + ("\n\nmore words" if "\n" in p else "") for i, p in enumerate(payloads)]


def _build(tmp: Path, payloads: list[str]) -> Built:
    project = make_project(tmp, payloads)
    report = build_site(load_settings(project), strict=False)
    return Built(project, report, payloads)


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return _build(tmp_path_factory.mktemp("hostile"), PAYLOADS)


@pytest.fixture(scope="session")
def benign_site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return _build(tmp_path_factory.mktemp("benign"), benign(PAYLOADS))


def html_pages(site: Path) -> list[Path]:
    """Every HTML page of a built site, in a stable order."""
    return sorted(site.rglob("*.html"))


def fold(text: str) -> str:
    """Whitespace folded to single spaces: pages fold line breaks inside values, and a NUL may come out as a space."""
    return re.sub(r"[\s\x00]+", " ", text).strip()
