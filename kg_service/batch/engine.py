"""The batch engine: many profiles against the same shapes, thresholds and parameters as the single
path, through the assessment capability's public API.

``population`` evaluates a whole file at once with the columnar engine (``Assessor.population``:
every condition over all rows with numpy); its statuses and each row's answer come from the single
path's own code (``Assessor`` methods), so statuses, messages and advice come from one place.
``assess_line`` is one row's full answer, joined from cached fragments (fragments.py).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from kg_service.assessment.engine import LEVEL_NAMES, Assessor
from kg_service.assessment.population import LevelStatuses, Population
from kg_service.batch.fragments import Fragments

__all__ = ["BatchEngine", "Head", "LevelStatuses", "named_line"]


class BatchEngine:
    """``fast=False`` is the engine as first written (every result built by ``Assessor.result_from``
    and serialised whole): the benchmark's baseline for full lines."""

    def __init__(self, assessor: Assessor, *, fast: bool = True):
        self.assessor = assessor
        self.fast = fast
        self.facts = assessor.engine.facts
        self.compiled = assessor.engine.compiled
        self.fragments = Fragments(assessor)

    @property
    def fallback_shapes(self) -> dict[str, str]:
        """Shapes evaluated row by row (with pySHACL, or the single-row compiled engine), and why."""
        return {**self.assessor.columnar.unsupported, **self.assessor.engine.fallback_shapes}

    @classmethod
    def from_assessor(cls, assessor: Assessor, *, fast: bool = True) -> BatchEngine:
        return cls(assessor, fast=fast)

    def population(self, profiles: Sequence[dict], gathered=None) -> Population:
        """Every (checked) profile's statuses at once (``gathered``: their top-level fields as columns, as
        their check gathered them, if it did)."""
        return self.assessor.population(profiles, gathered)

    def statuses(self, profiles: Sequence[dict], levels: Iterable[str] = LEVEL_NAMES) -> list[dict[str, LevelStatuses]]:
        """Per profile (already checked), per level: the verdict and each condition's status."""
        levels = tuple(levels)
        pop = self.population(profiles)
        return [pop.statuses(i, levels) for i in range(pop.rows)]

    def evaluate(self, profile: dict):
        """As ``Assessor.evaluate``: violations by shape IRI, the date assessed for, the indicator facts."""
        return self.assessor.engine.validate(profile)

    def assess_one(self, profile: dict, level: str | None = None, *, explain: bool = False) -> dict:
        """The result as a dict of the caller's own (the fragments' dicts are shared: read from the line)."""
        if not explain and self.fast:
            return json.loads(self.assess_line(profile, level)[1])
        by_shape, as_of, ind = self.evaluate(profile)
        return self.assessor.result_from(profile, level, by_shape, as_of, ind, explain=explain)

    def assess_line(self, profile: dict, level: str | None = None) -> tuple[dict, str]:
        """The result (explain=False) and its ``json.dumps(..., ensure_ascii=False)``, from cached
        fragments (kg_service/batch/fragments.py); the dict shares its parts with other results."""
        by_shape, as_of, ind = self.evaluate(profile)
        return self.line_from(profile, level, by_shape, as_of, ind)

    def population_line(self, pop: Population, i: int, level: str | None = None) -> tuple[dict, str]:
        """Row ``i`` of an evaluated population, as ``assess_line``."""
        return self.line_from(pop.profiles[i], level, pop.by_shape(i), pop.as_of[i], pop.facts[i])

    def line_from(self, profile: dict, level: str | None, by_shape, as_of, ind) -> tuple[dict, str]:
        if not self.fast:
            result = self.assessor.result_from(profile, level, by_shape, as_of, ind, explain=False)
            return result, json.dumps(result, ensure_ascii=False)
        return self.fragments.result(profile, level, by_shape, as_of, ind)

    def assess_many(self, profiles: Iterable[dict], level: str | None = None, *,
                    explain: bool = False) -> Iterator[dict]:
        """The same JSON as ``Assessor.assess(profile, level, explain=False)``, profile by profile."""
        for profile in profiles:
            yield self.assess_one(profile, level, explain=explain)


@dataclass(frozen=True)
class Head:
    """What a line says of the measures applied to a profile assessed on one day (kg_service.time makes
    them: the version in force, a notice, the reform)."""
    engine: BatchEngine
    version: str | None  # the version's id
    measures: dict | None
    notice: dict | None
    reform: dict | None
    text: str  # the JSON the answer has between "as_of" and "rules_version", without braces


def named_line(head: Head | None, result: dict, text: str) -> tuple[dict, str]:
    """The line of POST /assess: profile_id, as_of, then what names the version, then the rest."""
    if head is None:
        return result, text
    start = json.dumps({"profile_id": result["profile_id"], "as_of": result["as_of"]}, ensure_ascii=False)[:-1]
    if not text.startswith(start):  # the engine's key order is the single path's; this guards it
        raise ValueError("batch result does not begin with profile_id and as_of")
    return result, f"{start}, {head.text}{text[len(start):]}"
