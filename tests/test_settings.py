"""Settings: defaults, [tool.digest] in pyproject.toml, clear errors naming the option."""

from __future__ import annotations

import pytest

from builder.analyse import DEFAULT_MODEL
from builder.errors import DigestError
from builder.settings import load_settings


def test_defaults_without_pyproject(tmp_path):
    settings = load_settings(tmp_path)
    assert settings.model == DEFAULT_MODEL
    assert settings.content_dir == (tmp_path / "content").resolve()


def test_options_are_read(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.digest]\nmodel = "en_core_web_md"\nsummary_sentences = 5\ncontent_dir = "articles"\n')
    settings = load_settings(tmp_path)
    assert settings.model == "en_core_web_md"
    assert settings.summary_sentences == 5
    assert settings.content_dir == (tmp_path / "articles").resolve()


def test_unknown_and_mistyped_options_are_reported_together(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.digest]\ncolour = "red"\nsummary_sentences = "three"\n')
    with pytest.raises(DigestError) as info:
        load_settings(tmp_path)
    assert "colour" in str(info.value) and "summary_sentences" in str(info.value)
