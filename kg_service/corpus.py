"""The measures as addressable units, read from ``corpus/measures.yaml`` (the source of truth).

Each unit has its eId (the contract's identifier), its parent, a bilingual title and text. Units
are listed in document order; ``lead`` holds source text that precedes a unit but belongs to none
(the measures' title, the list of annexes, a repeated table header), so that the units together
reproduce the published text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Unit:
    eid: str
    parent: str | None
    title: dict[str, str]
    text: dict[str, str]
    lead: str = ""
    order: int = 0
    children: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Corpus:
    document: dict
    units: tuple[Unit, ...]

    def by_eid(self) -> dict[str, Unit]:
        return {u.eid: u for u in self.units}

    def chinese_text(self) -> str:
        """The units' Chinese texts (with their leads) in document order."""
        return " ".join(p for u in self.units for p in (u.lead, u.text["zh"]) if p)


def load_corpus(path: Path) -> Corpus:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    rows = raw["units"]
    children: dict[str, list[str]] = {}
    for r in rows:
        if r.get("parent"):
            children.setdefault(r["parent"], []).append(r["eid"])
    units = tuple(
        Unit(eid=r["eid"], parent=r.get("parent"), title=r["title"], text=r["text"], lead=r.get("lead", ""),
             order=i, children=tuple(children.get(r["eid"], ())))
        for i, r in enumerate(rows, 1)
    )
    return Corpus(document=raw["document"], units=units)
