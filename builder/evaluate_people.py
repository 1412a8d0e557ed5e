"""People precision on the digest set, reading the gold's ``doubtful`` entries as the gold means them.

The digest gold leaves some names open ("a checker may also accept them as persons"), but
its scorer matches a ``doubtful`` item only when the item is exactly one name, so an entry
such as ``"Kaveh Waddell, Erica Pandey"`` or a note that says "They name Joaquin Castro (a
real person) … A checker may accept Castro as a person" still counts those names as false
persons. Here a listed person that matches no gold person and whose full name the gold
names inside a doubtful entry that speaks of persons counts neither way, as the gold's text
asks (a name inside a doubtful caption or link list still counts as false); everything
else is the scorer's rule (names case-folded, spaces folded, any name or alias matching).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml


def _norm(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def _names(person: dict[str, Any]) -> set[str]:
    return ({_norm(person.get("name"))} | {_norm(a) for a in person.get("aliases") or []}) - {""}


def people_precision_doubtful(system: Path, gold_dir: Path) -> dict[str, Any]:
    """``{"people_precision_doubtful": P, "doubtful_people": [...]}`` over one ``digest extract`` output file."""
    right = counted = 0
    doubtful_people: list[str] = []
    for line in system.open(encoding="utf-8"):
        record = json.loads(line)
        gold_file = gold_dir / f"{record['id']}.yml"
        if not gold_file.exists():
            continue
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        gold_names = [_names(p) for p in gold.get("people") or []]
        entries = (_norm(f"{d.get('item', '')} {d.get('note', '')}") for d in gold.get("doubtful") or [] if isinstance(d, dict))
        open_text = " | ".join(e for e in entries if "person" in e)  # left open as a person, not a caption left open
        for person in record.get("people") or []:
            names = _names(person)
            is_right = any(names & g for g in gold_names)
            if not is_right and any(name in open_text for name in names if " " in name):
                doubtful_people.append(f"{record['id']}: {person.get('name')}")
                continue
            counted += 1
            right += is_right
    return {"people_precision_doubtful": round(right / counted, 4) if counted else None, "doubtful_people": doubtful_people}
