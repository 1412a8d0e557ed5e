"""Silver check of the page dates read from pasted text: agreement with htmldate on the same pages' HTML.

``boilerplate-text/`` holds the select-all text of the pages whose HTML is in
``boilerplate/``. htmldate (installed with trafilatura) reads a page's date from its HTML:
meta tags, structured data, URL. That is not gold (it can take an update for the
publication, or a site's date of another story), but it needs no annotation, so it checks
:func:`builder.pagedate.find_stated_date` on many more pages than the digest gold.

Reported: ``agreement`` (share of the pages we date where htmldate's original date is the
same), ``agreement_any`` (the same against htmldate's original or default date),
``coverage`` (share of the pages htmldate dates that we date too) and
``dated_without_silver`` (pages we date where htmldate finds no date at all).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from builder.pagedate import find_stated_date

TEXTS = "boilerplate-text/dev.jsonl"
HTML = "boilerplate/dev.jsonl"


def _htmldate(html: str, url: str | None) -> tuple[str | None, str | None]:
    """htmldate's original (first publication) date and its default date, offline from the HTML string."""
    from htmldate import find_date  # evaluation only: keeps htmldate out of the build's imports

    original = find_date(html, original_date=True, url=url)
    default = find_date(html, url=url)
    return original, default


def silver_dates(eval_dir: Path, out: Path) -> dict[str, Any]:
    """Compare the stated date of every pasted page with htmldate's date of its HTML; write the rows to ``out``."""
    pages = {}
    with (eval_dir / HTML).open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            pages[record["id"]] = record
    rows = []
    with (eval_dir / TEXTS).open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            page = pages.get(record["id"])
            if page is None:
                continue
            original, default = _htmldate(page["html"], page.get("url"))
            stated = find_stated_date(record["text"])
            rows.append(
                {
                    "id": record["id"],
                    "stated": stated.date.isoformat() if stated else None,
                    "kind": stated.kind if stated else None,
                    "line": stated.text if stated else None,
                    "htmldate_original": original,
                    "htmldate_default": default,
                }
            )
    with out.open("w", encoding="utf-8") as dst:
        for row in rows:
            dst.write(json.dumps(row, ensure_ascii=False) + "\n")
    return _summary(rows)


def _summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    both = [r for r in rows if r["stated"] and r["htmldate_original"]]
    silver = [r for r in rows if _has_silver(r)]

    def share(part: int, whole: int) -> float | None:
        return round(part / whole, 4) if whole else None

    return {
        "pages": len(rows),
        "dated": sum(1 for r in rows if r["stated"]),
        "agreement": share(sum(r["stated"] == r["htmldate_original"] for r in both), len(both)),
        "agreement_any": share(sum(r["stated"] in (r["htmldate_original"], r["htmldate_default"]) for r in both), len(both)),
        "coverage": share(sum(1 for r in silver if r["stated"]), len(silver)),
        "dated_without_silver": sum(1 for r in rows if r["stated"] and not _has_silver(r)),
    }


def _has_silver(row: dict[str, Any]) -> bool:
    return bool(row["htmldate_original"] or row["htmldate_default"])
