"""The versions of the measures (corpus/versions.yaml): each an ELI expression with its publication
date, text and parameters; its period in force is its parameters art_14.in_force_from/_to."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import yaml

from kg_service.assessment.compiled import CompiledFacts
from kg_service.assessment.parameters import ParameterSet
from kg_service.settings import Settings


@dataclass(frozen=True)
class Version:
    id: str
    iri: str
    title: dict[str, str]
    published: date
    parameters: ParameterSet
    units: dict[str, dict[str, Any]]  # eId → {title, text, order}
    amends: str | None = None

    @property
    def in_force_from(self) -> date:
        return self.parameters.in_force[0]

    @property
    def in_force_to(self) -> date:
        return self.parameters.in_force[1]

    def in_force_on(self, day: date, params: ParameterSet | None = None) -> bool:
        frm, to = (params or self.parameters).in_force
        return frm <= day <= to

    def as_json(self) -> dict:
        return {"id": self.id, "iri": self.iri, "title": dict(self.title), "published": self.published.isoformat(),
                "in_force_from": self.in_force_from.isoformat(), "in_force_to": self.in_force_to.isoformat(),
                **({"amends": self.amends} if self.amends else {})}

    def measures(self, params: ParameterSet | None = None) -> dict:
        """How an assessment names the version it applied (contract: ``measures``)."""
        frm, to = (params or self.parameters).in_force
        return {"version": self.id, "iri": self.iri, "in_force_from": frm.isoformat(), "in_force_to": to.isoformat()}

    def unit_iri(self, eid: str) -> str:
        """The IRI of a unit as this version has it (the expression's IRI, a slash, the eId)."""
        return f"{self.iri}/{eid}"


def _date(v: Any) -> date:
    return v if isinstance(v, date) else date.fromisoformat(str(v))


class Versions:
    """Every version, oldest first."""

    def __init__(self, compiled: CompiledFacts, settings: Settings):
        data = yaml.safe_load((settings.corpus_dir / "versions.yaml").read_text(encoding="utf-8"))
        doc = compiled.document
        base_params = ParameterSet(compiled.parameters)
        self.versions: list[Version] = []
        by_id: dict[str, Version] = {}
        for entry in data["versions"]:
            amends = entry.get("amends")
            prev = by_id[amends] if amends else None
            params = prev.parameters.with_values(entry.get("parameters") or {}, f"versions.{entry['id']}.parameters") \
                if prev else base_params
            units = dict(prev.units if prev else compiled.units)
            for eid, text in (entry.get("units") or {}).items():
                if text is None:
                    units.pop(eid, None)
                else:
                    old = units.get(eid, {"title": {"zh": eid, "en": eid}, "order": 10_000})
                    units[eid] = {**old, "text": {"zh": text.get("zh", ""), "en": text.get("en", "")}}
            title = entry.get("title") or {"zh": str(doc.get("title_zh", "")), "en": str(doc.get("title_en", ""))}
            v = Version(id=str(entry["id"]), iri=entry["iri"], title=title,
                        published=_date(entry.get("published") or doc["date_issued"]),
                        parameters=params, units=units, amends=amends)
            self.versions.append(v)
            by_id[v.id] = v
        self.versions.sort(key=lambda v: v.in_force_from)
        self.by_id = by_id
        self.notices: dict[str, dict[str, str]] = data["notices"]

    def get(self, vid: str) -> Version | None:
        return self.by_id.get(vid)

    def latest(self) -> Version:
        return self.versions[-1]

    def on(self, day: date) -> Version | None:
        """The version in force on ``day`` (the latest one, should periods overlap)."""
        hits = [v for v in self.versions if v.in_force_on(day)]
        return hits[-1] if hits else None

    def nearest(self, day: date) -> Version:
        """The last version in force before ``day``, else the first (``day`` before any)."""
        before = [v for v in self.versions if v.in_force_from <= day]
        return before[-1] if before else self.versions[0]
