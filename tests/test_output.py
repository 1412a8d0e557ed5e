"""Atomic output: a new tree replaces the old one only when complete."""

from __future__ import annotations

import pytest

from builder import output


def test_swap_in_replaces_target(tmp_path):
    target = tmp_path / "site"
    target.mkdir()
    (target / "old.html").write_text("old")
    staged = output.staging_dir(target)
    output.write_tree(staged, {"index.html": "new", "a/b.html": "deep"})
    output.swap_in(staged, target)
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()) == ["a/b.html", "index.html"]
    assert not list(tmp_path.glob(".site.*"))


def test_recover_restores_previous_tree_after_interrupted_swap(tmp_path):
    target = tmp_path / "site"
    previous = tmp_path / ".site.old"
    previous.mkdir()
    (previous / "index.html").write_text("previous")
    stale = tmp_path / ".site.new-999"
    stale.mkdir()
    output.recover(target)
    assert (target / "index.html").read_text() == "previous"
    assert not stale.exists()


def test_write_tree_refuses_paths_outside(tmp_path):
    with pytest.raises(ValueError):
        output.write_tree(tmp_path / "docs", {"../escape.md": "x"})


def test_sync_tree_touches_only_changes(tmp_path):
    folder = tmp_path / "docs"
    assert output.sync_tree(folder, {"a.md": "1", "b/c.md": "2"}) == 2
    assert output.sync_tree(folder, {"a.md": "1", "b/c.md": "2"}) == 0
    assert output.sync_tree(folder, {"a.md": "changed"}) == 2  # a.md rewritten, b/c.md removed
    assert not (folder / "b").exists()
