"""The command line: every command has help, the README documents it, extract speaks JSON."""

from __future__ import annotations

import io
import json
import sys

import jsonschema
import pytest

from builder.cli import main, make_parser
from builder.jsonio import SCHEMA_PATH
from tests.conftest import ROOT, SEED

COMMANDS = ["build", "serve", "extract", "check", "add"]


def subcommands():
    parser = make_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return action.choices


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    choices = subcommands()
    assert sorted(choices) == sorted(COMMANDS)
    for name, sub in choices.items():
        assert sub.description, name
        assert f"digest {name}" in readme, f"README does not document `digest {name}`"
        for action in sub._actions:
            if action.option_strings and action.dest != "help":
                assert action.help, f"{name} {action.option_strings} has no help"


def test_help_exits_cleanly(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    assert "extract" in capsys.readouterr().out


def test_extract_jsonl_keeps_ids_and_follows_the_schema(monkeypatch, capsys):
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    lines = [
        {"id": "x1", "text": 'Jane Doe, the mayor, said on Monday: "We will rebuild the bridge by next year."', "published": "2020-03-04"},
        {"id": 7, "text": ""},
    ]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(json.dumps(x) for x in lines) + "\n"))
    assert main(["--project", str(ROOT), "extract", "--jsonl", "-"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in records] == ["x1", "7"]
    for record in records:
        jsonschema.validate(record, schema)
        for item in record["quotes"] + record["timexes"] + record["summary"]:
            assert record["text"][item["start"] : item["end"]] == item["text"]
    assert records[0]["published"] == "2020-03-04"


def test_extract_file_prints_one_json_line(capsys):
    assert main(["--project", str(ROOT), "extract", str(SEED), "--published", "2019-08-07"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["id"] == SEED.stem
    assert record["published"] == "2019-08-07"


def test_bad_jsonl_line_is_reported_with_line_number(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"id": 1, "text": "ok"}\nnot json\n'))
    assert main(["--project", str(ROOT), "extract", "--jsonl", "-"]) == 1
    assert "-:2:" in capsys.readouterr().err


def test_check_reports_bad_files_and_exits_non_zero(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Title\nA real paragraph of article text that says something.\n", encoding="utf-8")
    bad = tmp_path / "bad.md"
    bad.write_text("---\npublished: someday\n---\nx\n", encoding="utf-8")
    assert main(["--project", str(ROOT), "check", str(good)]) == 0
    assert main(["--project", str(ROOT), "check", str(good), str(bad)]) == 1
    assert f"{bad}:2:" in capsys.readouterr().err


def test_check_explain_lists_removed_lines(capsys):
    assert main(["--project", str(ROOT), "check", "--explain", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "removed" in out and "- Advertisement -" in out


def test_explain_gives_line_numbers_of_the_file(capsys):
    assert main(["--project", str(ROOT), "check", "--explain", str(SEED)]) == 0
    lines = SEED.read_text(encoding="utf-8").splitlines()
    reported = [line for line in capsys.readouterr().out.splitlines() if "removed (" in line]
    assert reported
    for line in reported:
        number = int(line.split(f"{SEED}:")[1].split(":")[0])
        assert line.endswith(lines[number - 1].strip()), line
