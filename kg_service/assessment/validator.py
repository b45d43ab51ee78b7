"""The compiled engine of one profile: the shapes graph pySHACL validates, compiled once into predicates
(``compiler.py``) evaluated over a light data graph holding the same triples as ``profile_to_graph`` +
``add_facts`` (``datagraph.py``). Violations come back as the pySHACL runner gives them (shape,
component), so everything read from them — statuses, messages, advice — is the single path's own code.

A shape the compiler cannot read is validated with pySHACL on the profile's real data graph (logged,
and listed in ``fallback_shapes``): a new condition stays one new shape, whatever constructs it uses.
pySHACL stays the reference: ``tests/test_engine_differential.py`` holds the two equal.
"""
from __future__ import annotations

import logging
from datetime import date

from rdflib import Graph, URIRef

from kg_service.assessment.compiler import Compiled, ShapeCompiler, Unsupported
from kg_service.assessment.datagraph import TYPE, FactCache, build
from kg_service.assessment.facts import FactSource, IndicatorFacts, add_facts
from kg_service.assessment.rdfmap import profile_to_graph
from kg_service.assessment.shacl import ShaclRunner, Violation
from kg_service.graph.namespaces import SFKG

log = logging.getLogger("sfkg.assessment")

ByShape = dict[str, list[Violation]]


class CompiledShapes:
    """Every shape of ``shapes`` compiled (or, failing that, left to pySHACL); ``validate`` is then
    about a tenth of a millisecond a profile."""

    def __init__(self, shapes_graph: Graph, shapes, facts: FactSource):
        self.facts = FactCache(facts)
        self._source = facts
        compiler = ShapeCompiler(shapes_graph)
        self.compiled: list[tuple[str, Compiled]] = []
        self.fallback_shapes: dict[str, str] = {}  # shape IRI → why
        self._iris: dict[str, URIRef] = {}
        for iri in sorted(shapes, key=str):
            try:
                self.compiled.append((str(iri), compiler.compile(iri)))
                self._iris[str(iri)] = URIRef(iri)
            except Unsupported as e:
                self.fallback_shapes[str(iri)] = str(e)
                log.warning("shape %s uses %s, which the compiled engine does not know; it is validated "
                            "with pySHACL per profile", iri, e)
        # pySHACL, restricted to the shapes the compiler could not read
        self._fallback = ShaclRunner(shapes_graph, SFKG.EnterpriseProfile, only=set(self.fallback_shapes)) \
            if self.fallback_shapes else None

    def validate(self, profile: dict) -> tuple[ByShape, date, IndicatorFacts]:
        """Violations by shape IRI (component only: the focus and value are not kept), the date
        assessed for and the indicator facts, as ``Assessor.evaluate`` gives them."""
        _focus, nodes, as_of, ind = build(profile, self.facts)
        by_shape: ByShape = {}
        by_type: dict = {}
        for n in nodes:
            for t in n.props.get(TYPE, ()):
                by_type.setdefault(t, []).append(n)
        for iri, shape in self.compiled:
            found = []
            # the usual target, sh:targetClass alone, looked up here (Compiled.targets' first case)
            one = shape.one_class
            for target in by_type.get(one, ()) if one is not None else shape.targets(nodes, by_type):
                found.extend(shape.violations(target))
            if found:
                node = self._iris[iri]
                by_shape[iri] = [Violation(node, c, None, None) for c in found]
        if self._fallback is not None:
            g, focus_iri = profile_to_graph(profile)
            add_facts(g, focus_iri, profile, as_of, self._source)
            for v in self._fallback.validate(g, focus_iri):
                by_shape.setdefault(str(v.shape), []).append(v)
        return by_shape, as_of, ind
