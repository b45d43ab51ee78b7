"""A profile's data graph as light Python objects, for the batch engine.

The same triples as ``profile_to_graph`` + ``add_facts`` (the single path), built from the same
JSON-LD context terms and the same FactSource, but without rdflib: a node is a ``Node`` holding
``property IRI → [values]``; a literal is a tuple ``(datatype IRI or "", Python value)``; an IRI
is ``("@id", iri)``. RDF lists are kept as cons cells (rdf:first / rdf:rest, ending in ``NIL``)
so that list paths in the shapes are evaluated as written, not special-cased.
"""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from functools import lru_cache

from rdflib import RDF, XSD

from kg_service.assessment.facts import FactSource, IndicatorFacts, window_start
from kg_service.assessment.profile import as_of as profile_as_of
from kg_service.assessment.profile import context
from kg_service.assessment.rdfmap import context_terms
from kg_service.graph.namespaces import SFKG, unit_iri

BOOL, DEC, INT, DATE, DOUBLE = str(XSD.boolean), str(XSD.decimal), str(XSD.integer), str(XSD.date), str(XSD.double)
XSD_DATE = DATE
FIRST, REST, TYPE = str(RDF.first), str(RDF.rest), str(RDF.type)
AS_OF, WINDOW_START = str(SFKG.asOf), str(SFKG.windowStart)
# looked up once: an rdflib namespace attribute is a new URIRef each time
SECTION, INDUSTRIAL, OBSERVATION = str(SFKG.industrySection), str(SFKG.isIndustrial), str(SFKG.indicatorObservation)
INDICATOR, OBSERVED, THRESHOLD, DEFINED_IN = (str(SFKG.indicator), str(SFKG.observedValue), str(SFKG.thresholdValue),
                                              str(SFKG.definedIn))
PROFILE_TYPE = ("@id", str(SFKG.EnterpriseProfile))


class Node:
    """A resource of the data graph (blank node, the profile, or an IRI the facts describe)."""
    __slots__ = ("props",)

    def __init__(self):
        self.props: dict[str, list] = {}

    def add(self, p: str, v) -> None:
        vs = self.props.setdefault(p, [])
        if v not in vs:
            vs.append(v)


NIL = Node()  # rdf:nil: an IRI, so it gets no asOf/windowStart


def literal(value, dtype: str | None) -> tuple:
    """As rdfmap._literal, reduced to (datatype, value)."""
    if dtype is None:
        if isinstance(value, bool):
            return (BOOL, value)
        if isinstance(value, int):
            return (INT, value)
        if isinstance(value, float):
            return (DOUBLE, value)
        return ("", value)
    if isinstance(value, bool) or dtype == BOOL:
        return (BOOL, value)
    if dtype == DEC:
        return (DEC, Decimal(str(value)))
    if dtype == DATE:
        try:
            return (DATE, date.fromisoformat(str(value)))
        except ValueError:
            return (DATE, str(value))  # ill-typed: compares as a string, like rdflib's
    return (dtype, value)


@lru_cache(maxsize=1)
def profile_terms() -> dict:
    """The profile context's terms: term → (property, datatype, container, nested), as strings."""
    def conv(terms):
        return {k: (str(p), str(d) if d is not None else None, c, conv(n) if n is not None else None)
                for k, (p, d, c, n) in terms.items()}
    return conv(context_terms(json.dumps(context()["@context"])))


def _value(v, dtype, nested, blanks: list):
    if nested is not None and isinstance(v, dict):
        n = Node()
        blanks.append(n)
        _fill(n, v, nested, blanks)
        return n
    return literal(v, dtype)


def _fill(node: Node, obj: dict, terms: dict, blanks: list) -> None:
    for key, value in obj.items():
        spec = terms.get(key)
        if spec is None or value is None:
            continue
        prop, dtype, container, nested = spec
        if container == "@list":
            items = [_value(v, dtype, nested, blanks) for v in value]
            head = NIL
            for item in reversed(items):
                cell = Node()
                blanks.append(cell)
                cell.props[FIRST] = [item]
                cell.props[REST] = [head]
                head = cell
            node.add(prop, head)
        elif isinstance(value, list):
            for v in value:
                node.add(prop, _value(v, dtype, nested, blanks))
        else:
            node.add(prop, _value(value, dtype, nested, blanks))


class FactCache:
    """The per-industry facts, computed once per industry code (FactSource.industry)."""

    def __init__(self, source: FactSource):
        self.source = source
        self._by_code: dict = {}
        self.indicator_fields = [(str(i), f, c) for i, f, c in source.facts.indicators]

    def industry(self, code) -> tuple[Node | None, IndicatorFacts, tuple | None]:
        """The industry's section node (None when the code is absent or unknown), its indicator facts
        and its att_2-1 row as an IRI value."""
        hit = self._by_code.get(code)
        if hit is None:
            industry, ind = self.source.industry(code)
            section = None
            if industry is not None:
                section = Node()
                section.props[INDUSTRIAL] = [(BOOL, bool(industry.industrial))]
            row = ("@id", str(unit_iri(ind.row))) if ind.row else None
            hit = self._by_code[code] = (section, ind, row)
        return hit


def build(profile: dict, facts: FactCache) -> tuple[Node, list[Node], date, IndicatorFacts]:
    """The profile's node, every node of its graph, the date assessed for and its indicator facts."""
    focus = Node()
    focus.props[TYPE] = [PROFILE_TYPE]
    blanks: list[Node] = []
    _fill(focus, profile, profile_terms(), blanks)
    as_of = profile_as_of(profile)
    as_of_lit = (DATE, as_of)
    start_lit = (DATE, window_start(as_of, facts.source.lookback_years))
    focus.props[AS_OF] = [as_of_lit]
    for n in blanks:
        n.add(AS_OF, as_of_lit)
        n.add(WINDOW_START, start_lit)
    section, ind, row = facts.industry(profile.get("industry_code"))
    nodes = [focus, *blanks]
    if section is not None:
        focus.props[SECTION] = [section]
        nodes.append(section)
    values = profile.get("indicators") or {}
    observations = []
    for indicator, field, _column in facts.indicator_fields:
        obs = Node()
        obs.props[INDICATOR] = [("@id", indicator)]
        if field in values:
            obs.props[OBSERVED] = [(DEC, Decimal(str(values[field])))]
        if field in ind.thresholds:
            obs.props[THRESHOLD] = [(DEC, ind.thresholds[field])]
            obs.props[DEFINED_IN] = [row]
        observations.append(obs)
    if observations:
        focus.props[OBSERVATION] = observations
        nodes.extend(observations)
    return focus, nodes, as_of, ind
