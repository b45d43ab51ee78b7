"""The statuses of a population under one Assessor, column by column: each part's status, each
condition's and each level's verdict, as arrays over the rows (kg_service/assessment/columnar.py
gives the violations). Statuses are read by the single path's own code (``Assessor.part_status``),
once for each distinct set of components a shape is violated by; a condition is the three-valued
"all of" its parts, a verdict the "all of" its level's conditions: the maximum of their codes in the
order met < unknown < not_met (contract: "Assessment semantics").

A row's answer — the JSON of ``POST /assess`` — is made from these columns by ``Assessor``'s methods
(``by_shape`` gives a row's violations as the single-row engines give them)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
from rdflib import URIRef

from kg_service.assessment.rules import MET, NOT_MET, UNKNOWN, Condition
from kg_service.assessment.shacl import Violation

if TYPE_CHECKING:
    from kg_service.assessment.columnar import ShapeMasks

STATUSES = (MET, UNKNOWN, NOT_MET)  # codes 0, 1, 2: "all of" is the maximum
CODE = {s: i for i, s in enumerate(STATUSES)}
VERDICTS = ("eligible", "undetermined", "not_eligible")  # by the same codes


class LevelStatuses(NamedTuple):
    verdict: str
    conditions: dict[str, str]  # condition id → met / not_met / unknown


class Population:
    """Statuses of every row (in input order) under one Assessor."""

    def __init__(self, assessor, profiles: Sequence[dict], masks: ShapeMasks):
        self.assessor = assessor  # the Assessor whose statuses these are (engine.py makes populations)
        self.profiles = profiles
        self.rows = masks.rows
        self.as_of: list[date] = masks.as_of
        self.facts = masks.facts  # each row's IndicatorFacts
        self.shapes = masks  # the columnar engine's results (and the population's graph)
        self.masks = masks.masks  # shape IRI → component → rows violating it
        self.parts = {str(iri): self._part_codes(str(iri)) for iri in assessor.rules.shapes}
        self.conditions: dict[str, np.ndarray] = {}
        for cid, cond in assessor.rules.conditions.items():
            codes = np.zeros(self.rows, dtype=np.int8)
            for s in cond.shapes:
                np.maximum(codes, self.parts[str(s.iri)], out=codes)
            self.conditions[cid] = codes
        self._verdicts: dict[str, np.ndarray] = {}

    def _part_codes(self, iri: str) -> np.ndarray:
        comps = self.masks.get(iri) or {}
        out = np.zeros(self.rows, dtype=np.int8)
        if not comps:
            return out
        names = list(comps)
        key = np.zeros(self.rows, dtype=np.int64)
        for j, c in enumerate(names):
            key |= comps[c].astype(np.int64) << j
        node = URIRef(iri)
        for k in np.unique(key):
            if k:
                violations = [Violation(node, names[j], None, None) for j in range(len(names)) if k >> j & 1]
                out[key == k] = CODE[self.assessor.part_status(iri, violations)]
        return out

    def verdict(self, level: str) -> np.ndarray:
        """The level's verdict codes (0 eligible, 1 undetermined, 2 not eligible)."""
        got = self._verdicts.get(level)
        if got is None:
            got = np.zeros(self.rows, dtype=np.int8)
            for cond in self.assessor.rules.for_level(level):
                np.maximum(got, self.conditions[cond.id], out=got)
            self._verdicts[level] = got
        return got

    def part_statuses(self, cond: Condition) -> np.ndarray:
        """Each row's parts' statuses as one number (base 3, first part lowest): what the condition's
        message depends on (``statuses_of`` reads it back)."""
        key = np.zeros(self.rows, dtype=np.int64)
        for j, s in enumerate(cond.shapes):
            key += self.parts[str(s.iri)].astype(np.int64) * 3 ** j
        return key

    @staticmethod
    def statuses_of(cond: Condition, key: int) -> tuple[str, ...]:
        out = []
        for _ in cond.shapes:
            out.append(STATUSES[key % 3])
            key //= 3
        return tuple(out)

    def statuses(self, i: int, levels: Iterable[str]) -> dict[str, LevelStatuses]:
        """Row ``i``'s verdict and condition statuses per level."""
        out = {}
        for lvl in levels:
            conds = {c.id: STATUSES[self.conditions[c.id][i]] for c in self.assessor.rules.for_level(lvl)}
            out[lvl] = LevelStatuses(VERDICTS[self.verdict(lvl)[i]], conds)
        return out

    def by_shape(self, i: int, shapes: Iterable[str] | None = None) -> dict[str, list[Violation]]:
        """Row ``i``'s violations by shape IRI, as the single-row engines give them (components only);
        ``shapes``: those shapes' alone."""
        out: dict[str, list[Violation]] = {}
        masks = self.masks if shapes is None else {iri: self.masks.get(iri) or {} for iri in shapes}
        for iri, comps in masks.items():
            found = [c for c, m in comps.items() if m[i]]
            if found:
                node = URIRef(iri)
                out[iri] = [Violation(node, c, None, None) for c in found]
        return out

    def result(self, i: int, level: str | None = None, *, explain: bool = False) -> dict:
        """Row ``i``'s answer: ``Assessor.assess`` of its profile."""
        return self.assessor.result_from(self.profiles[i], level, self.by_shape(i), self.as_of[i], self.facts[i],
                                         explain=explain)


__all__ = ["CODE", "STATUSES", "VERDICTS", "LevelStatuses", "Population"]
