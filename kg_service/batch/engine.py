"""The batch engine: many profiles against the same shapes, thresholds and parameters as the single
path (``Assessor``), without building an rdflib graph or running pySHACL per profile.

The shapes graph the assessor validates with pySHACL (``assessor.rules.shapes_graph``) is compiled
once into predicates (kg_service/batch/compiler.py); each profile becomes a light data graph holding
the same triples as ``profile_to_graph`` + ``add_facts`` (kg_service/batch/model.py). Results are read
exactly as the single path reads them (``Assessor.condition_status``, ``Assessor.result_from``), so
statuses, messages and advice come from one place. A shape the compiler cannot read is validated
with pySHACL on the profile's real data graph (logged, and listed in ``fallback_shapes``).
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from rdflib import URIRef

from kg_service.assessment.engine import LEVEL_NAMES, VERDICT, Assessor, all_of
from kg_service.assessment.facts import add_facts
from kg_service.assessment.rdfmap import profile_to_graph
from kg_service.assessment.shacl import ShaclRunner, Violation
from kg_service.batch.compiler import Compiled, ShapeCompiler, Unsupported
from kg_service.batch.fragments import Fragments
from kg_service.batch.model import TYPE, FactCache, build
from kg_service.graph.namespaces import SFKG

log = logging.getLogger("sfkg.batch")


class LevelStatuses(NamedTuple):
    verdict: str
    conditions: dict[str, str]  # condition id → met / not_met / unknown


class BatchEngine:
    """``fast=False`` is the engine as first written (every result built by ``Assessor.result_from``
    and serialised whole): the benchmark's baseline."""

    def __init__(self, assessor: Assessor, *, fast: bool = True):
        self.assessor = assessor
        self.fast = fast
        self.facts = FactCache(assessor.facts)
        compiler = ShapeCompiler(assessor.rules.shapes_graph)
        self.compiled: list[tuple[str, Compiled]] = []
        self._iris: dict[str, URIRef] = {}
        self.fallback_shapes: dict[str, str] = {}  # shape IRI → why
        for iri in sorted(assessor.rules.shapes, key=str):
            try:
                self.compiled.append((str(iri), compiler.compile(iri)))
                self._iris[str(iri)] = URIRef(iri)
            except Unsupported as e:
                self.fallback_shapes[str(iri)] = str(e)
                log.warning("batch: shape %s uses %s, which the batch compiler does not know; "
                            "it is validated with pySHACL per profile", iri, e)
        # pySHACL, restricted to the shapes the compiler could not read
        self._fallback = ShaclRunner(assessor.rules.shapes_graph, SFKG.EnterpriseProfile,
                                     only=set(self.fallback_shapes)) if self.fallback_shapes else None
        self._levels = {lvl: assessor.rules.for_level(lvl) for lvl in LEVEL_NAMES}
        self.fragments = Fragments(assessor)

    @classmethod
    def from_assessor(cls, assessor: Assessor, *, fast: bool = True) -> BatchEngine:
        return cls(assessor, fast=fast)

    def evaluate(self, profile: dict):
        """As ``Assessor.evaluate``: violations by shape IRI, the date assessed for, the indicator facts."""
        _focus, nodes, as_of, ind = build(profile, self.facts)
        by_shape: dict[str, list[Violation]] = {}
        by_type: dict = {}
        for n in nodes:
            for t in n.props.get(TYPE, ()):
                by_type.setdefault(t, []).append(n)
        for iri, shape in self.compiled:
            found = []
            for target in shape.targets(nodes, by_type):
                found.extend(shape.violations(target))
            if found:
                node = self._iris[iri]
                by_shape[iri] = [Violation(node, c, None, None) for c in found]
        if self._fallback is not None:
            g, focus_iri = profile_to_graph(profile)
            add_facts(g, focus_iri, profile, as_of, self.assessor.facts)
            for v in self._fallback.validate(g, focus_iri):
                by_shape.setdefault(str(v.shape), []).append(v)
        return by_shape, as_of, ind

    def statuses(self, profiles: Sequence[dict], levels: Iterable[str] = LEVEL_NAMES) -> list[dict[str, LevelStatuses]]:
        """Per profile (already checked), per level: the verdict and each condition's status."""
        levels = tuple(levels)
        status = self.assessor.condition_status
        out = []
        for profile in profiles:
            by_shape, _as_of, _ind = self.evaluate(profile)
            cache: dict[str, str] = {}
            per_level = {}
            for lvl in levels:
                conds = {}
                for cond in self._levels[lvl]:
                    if cond.id not in cache:
                        cache[cond.id] = status(cond, by_shape)
                    conds[cond.id] = cache[cond.id]
                per_level[lvl] = LevelStatuses(VERDICT[all_of(conds.values())], conds)
            out.append(per_level)
        return out

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
        if not self.fast:
            result = self.assessor.result_from(profile, level, by_shape, as_of, ind, explain=False)
            return result, json.dumps(result, ensure_ascii=False)
        return self.fragments.result(profile, level, by_shape, as_of, ind)

    def assess_many(self, profiles: Iterable[dict], level: str | None = None, *,
                    explain: bool = False) -> Iterator[dict]:
        """The same JSON as ``Assessor.assess(profile, level, explain=False)``, profile by profile."""
        for profile in profiles:
            yield self.assess_one(profile, level, explain=explain)
