"""Derive the examples that repeat others: ``profiles.xlsx`` (the flat layout of ``sfkg batch``) from
``profiles.jsonl``, and ``reform-impact.json`` (a ``POST /reforms/impact`` body) from ``reform.yaml`` and
the first profiles of ``profiles.jsonl``. Run after editing either source:

    .venv/bin/python examples/make.py

``tests/test_readme.py`` checks that the derived files still say what their sources say.
"""
from __future__ import annotations

import json
from pathlib import Path

import yaml
from openpyxl import Workbook

from kg_service.batch.columns import COLUMNS

HERE = Path(__file__).resolve().parent
IMPACT_PROFILES = 5  # a small body: the README shows it with curl


def profiles() -> list[dict]:
    return [json.loads(line) for line in (HERE / "profiles.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def flat_cell(profile: dict, path: str):
    """One cell of the flat layout: a dotted path's value; lists as the layout writes them."""
    value: object = profile
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if path == "domains" and isinstance(value, list):
        return ";".join(value) if value else "[]"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_xlsx(rows: list[dict], path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "profiles"
    # the field paths only (the template's label rows follow the ontology's labels, which may change)
    paths = [c[0] for c in COLUMNS]
    ws.append(paths)
    for row in rows:
        ws.append([flat_cell(row, p) for p in paths])
    ws.freeze_panes = "B2"
    wb.save(path)


def impact_body(rows: list[dict]) -> dict:
    reform = yaml.safe_load((HERE / "reform.yaml").read_text(encoding="utf-8"))
    return {"reform": reform, "profiles": rows[:IMPACT_PROFILES]}


def main() -> None:
    rows = profiles()
    write_xlsx(rows, HERE / "profiles.xlsx")
    (HERE / "reform-impact.json").write_text(
        json.dumps(impact_body(rows), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
