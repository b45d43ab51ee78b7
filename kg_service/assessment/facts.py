"""The small data graph a profile is validated in: the profile's RDF plus only the facts its shapes
need from the knowledge graph (pySHACL is fast on a small graph without OWL axioms).

- every node of the profile carries ``sfkg:asOf`` and ``sfkg:windowStart`` (as_of minus the
  look-back of art_5__item_3, read from the ontology), so shapes compare dates with SHACL core's
  sh:lessThanOrEquals — SHACL has no notion of "today";
- the industry code is placed in GB/T 4754: ``sfkg:industrySection`` with its ``sfkg:isIndustrial``;
- one ``sfkg:indicatorObservation`` per att_2-1 indicator, with the profile's value and the
  threshold of the enterprise's industry row, which carries its row as ``sfkg:definedIn``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from rdflib import XSD, BNode, Graph, Literal, URIRef

from kg_service.assessment.compiled import CompiledFacts, Industry
from kg_service.assessment.parameters import LOOKBACK, THRESHOLD_TABLE, ParameterSet
from kg_service.graph.namespaces import SFKG, unit_iri
from kg_service.industry import IndustryCode


@dataclass(frozen=True)
class IndicatorFacts:
    """The att_2-1 indicators and, for one industry, their thresholds and row."""
    indicators: tuple[tuple[URIRef, str, int], ...]  # (indicator, profile field, column)
    thresholds: dict[str, Decimal]
    row: str | None


class FactSource:
    """What the shapes need beyond the profile, from the compiled facts of the graph."""

    def __init__(self, facts: CompiledFacts, parameters: ParameterSet | None = None):
        self.facts = facts
        # thresholds and look-back are parameters: a reform's values when the set carries one
        self.parameters = parameters or ParameterSet(facts.parameters)
        self.lookback_years = int(self.parameters.get(LOOKBACK, facts.lookback_years))
        self.thresholds = self.parameters.thresholds() or facts.thresholds

    def industry(self, code: str | None) -> tuple[Industry | None, IndicatorFacts]:
        industry = None
        if code:
            parsed = IndustryCode.parse(code)
            # a division the classification lacks (e.g. C99) still has a known section
            industry = self.facts.industries.get(parsed.division) or self.facts.industries.get(parsed.section)
        row = industry.row if industry else None
        return industry, IndicatorFacts(self.facts.indicators, self.thresholds.get(row, {}) if row else {}, row)


def add_years(day: date, years: int) -> date:
    """The same calendar day ``years`` later (or earlier); 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def window_start(as_of: date, years: int) -> date:
    """The first day of the look-back window that ends on ``as_of``."""
    return add_years(as_of, -years)


def add_facts(g: Graph, focus: URIRef, profile: dict, as_of: date, source: FactSource) -> IndicatorFacts:
    as_of_lit = Literal(as_of, datatype=XSD.date)
    start_lit = Literal(window_start(as_of, source.lookback_years), datatype=XSD.date)
    g.set((focus, SFKG.asOf, as_of_lit))
    for node in {s for s in g.subjects() if isinstance(s, BNode)}:
        g.add((node, SFKG.asOf, as_of_lit))
        g.add((node, SFKG.windowStart, start_lit))

    industry, ind = source.industry(profile.get("industry_code"))
    if industry is not None:
        g.add((focus, SFKG.industrySection, industry.section))
        g.add((industry.section, SFKG.isIndustrial, Literal(industry.industrial)))

    values = profile.get("indicators") or {}
    row_iri = unit_iri(ind.row) if ind.row else None
    for indicator, field, column in ind.indicators:
        obs = BNode(f"obs{column}")
        g.add((focus, SFKG.indicatorObservation, obs))
        g.add((obs, SFKG.indicator, indicator))
        if field in values:
            g.add((obs, SFKG.observedValue, Literal(Decimal(str(values[field])))))
        if field in ind.thresholds:
            g.add((obs, SFKG.thresholdValue, Literal(ind.thresholds[field])))
            g.add((obs, SFKG.definedIn, row_iri))
    return ind


def fact_properties(parameters) -> set[str]:
    """The data graph's properties whose values ``add_facts`` derives from the given parameters: the
    window's start from the look-back, an observation's threshold and row from the att_2-1 thresholds."""
    out: set[str] = set()
    for pid in parameters:
        if pid == LOOKBACK:
            out.add(str(SFKG.windowStart))
        elif pid.startswith(THRESHOLD_TABLE):
            out |= {str(SFKG.thresholdValue), str(SFKG.definedIn)}
    return out
