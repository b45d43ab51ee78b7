"""From SHACL results to three-valued conditions and verdicts, each traced to its articles.

A shape is one part of a condition: a violation of sh:minCount means the data is missing
(``unknown``), any other violation means ``not_met`` — unless the shape says otherwise with
sfkg:onViolation. A condition is all of its parts; a level's verdict is all of its conditions
(contract: "Assessment semantics").
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING, Any

from rdflib import URIRef
from rdflib.namespace import SH

from kg_service.assessment.advice import advise
from kg_service.assessment.compiled import CompiledFacts, load_compiled
from kg_service.assessment.facts import FactSource, add_facts
from kg_service.assessment.levels import LEVELS
from kg_service.assessment.parameters import ParameterSet
from kg_service.assessment.profile import as_of as profile_as_of
from kg_service.assessment.profile import field_value
from kg_service.assessment.rdfmap import profile_to_graph
from kg_service.assessment.rules import MET, NOT_MET, UNKNOWN, Condition, Rules
from kg_service.assessment.shacl import ShaclRunner, Violation
from kg_service.graph.namespaces import SFKG
from kg_service.settings import Settings, get_settings

if TYPE_CHECKING:
    from kg_service.graph import KnowledgeGraph

VERDICT = {MET: "eligible", NOT_MET: "not_eligible", UNKNOWN: "undetermined"}
# looked up once: rdflib builds a new URIRef on every namespace attribute access (hot path)
_MIN_COUNT = SH.MinCountConstraintComponent
# the facts a shape draws in from the graph for the enterprise's industry (its att_2-1 row's thresholds):
# a condition whose shapes use them cites that row and reports the thresholds (kg_service.batch keys on it)
INDUSTRY_THRESHOLDS = SFKG.IndustryThresholds
LEVEL_NAMES = LEVELS  # the levels in order (kg_service.assessment.levels)


def all_of(statuses) -> str:
    statuses = set(statuses)
    return NOT_MET if NOT_MET in statuses else UNKNOWN if UNKNOWN in statuses else MET


def any_of(statuses) -> str:
    statuses = set(statuses)
    return MET if MET in statuses else UNKNOWN if UNKNOWN in statuses else NOT_MET


class Assessor:
    """Loaded once (shapes parsed, graph facts memoised); ``assess`` is then cheap."""

    def __init__(self, compiled: CompiledFacts, settings: Settings | None = None,
                 parameters: ParameterSet | None = None):
        self.compiled = compiled
        self.parameters = parameters or ParameterSet(compiled.parameters)
        self.rules = Rules(compiled, settings or get_settings(), self.parameters)
        self.runner = ShaclRunner(self.rules.shapes_graph, SFKG.EnterpriseProfile)
        self.facts = FactSource(compiled, self.parameters)

    @classmethod
    def load(cls, settings: Settings | None = None, kg: KnowledgeGraph | None = None,
             parameters: ParameterSet | None = None) -> Assessor:
        """From the compiled facts (cached); the graph is loaded only if they must be recompiled.
        ``parameters``: the measures' parameters with a reform's values applied (default: the measures')."""
        settings = settings or (kg.settings if kg is not None else get_settings())
        return cls(load_compiled(settings, kg), settings, parameters)

    def _document_order(self, eid: str) -> int:
        unit = self.compiled.units.get(eid)
        return unit["order"] if unit else 10_000

    def cited(self, eids: list[str]) -> list[dict]:
        """The cited units with their texts, as the rules had them."""
        units = self.compiled.units
        return [{"eid": e, "title": units[e]["title"], "text": units[e]["text"]} for e in eids if e in units]

    @property
    def rules_version(self) -> str:
        return self.rules.version

    def evaluate(self, profile: dict) -> tuple[dict[str, list[Violation]], date, Any]:
        """Validate one checked profile: violations grouped by shape, the date, the indicator facts."""
        as_of = profile_as_of(profile)
        g, focus = profile_to_graph(profile)
        indicator_facts = add_facts(g, focus, profile, as_of, self.facts)
        by_shape: dict[str, list[Violation]] = defaultdict(list)
        for v in self.runner.validate(g, focus):
            by_shape[str(v.shape)].append(v)
        return by_shape, as_of, indicator_facts

    def assess(self, profile: dict, level: str | None = None, *, explain: bool = True) -> dict:
        by_shape, as_of, indicator_facts = self.evaluate(profile)
        return self.result_from(profile, level, by_shape, as_of, indicator_facts, explain=explain)

    def result_from(self, profile: dict, level: str | None, by_shape, as_of: date, indicator_facts, *,
                    explain: bool) -> dict:
        """The assessment's JSON from a profile's violations by shape (shared with kg_service.batch,
        which finds the violations its own way)."""
        levels = [level] if level else list(LEVELS)
        cache: dict[str, dict] = {}
        results = []
        for lvl in levels:
            conditions = []
            for cond in self.rules.for_level(lvl):
                if cond.id not in cache:
                    cache[cond.id] = self.condition_result(cond, by_shape, profile, as_of, indicator_facts,
                                                           explain)
                conditions.append(cache[cond.id])
            results.append({"level": lvl, "verdict": VERDICT[all_of(c["status"] for c in conditions)],
                            "conditions": conditions})
        return {"profile_id": profile["id"], "as_of": as_of.isoformat(), "rules_version": self.rules_version,
                "results": results}

    def part_status(self, shape_iri: str, violations: list[Violation]) -> str:
        """One part (shape) of a condition, from its violations: met, unknown (a missing value:
        sh:minCount) or not_met, unless the shape says otherwise (sfkg:onViolation)."""
        if not violations:
            return MET
        info = self.rules.shapes.get(URIRef(shape_iri))
        if info is None:  # a shape without sfkg:condition cannot be traced to an article
            raise ValueError(f"shape {shape_iri} reported a result but names no condition")
        if info.on_violation:
            return info.on_violation
        return UNKNOWN if any(v.component == _MIN_COUNT for v in violations) else NOT_MET

    def condition_status(self, cond: Condition, by_shape) -> str:
        """A condition's status: all of its parts (violations by shape IRI, as ``evaluate`` gives them)."""
        return all_of(self.part_status(str(s.iri), by_shape.get(str(s.iri), [])) for s in cond.shapes)

    def condition_result(self, cond: Condition, by_shape, profile: dict, as_of: date, indicator_facts,
                         explain: bool) -> dict:
        """A condition's JSON in the assessment (status, articles, message, observed, required, what
        is missing, citations if ``explain``), from the profile's violations by shape IRI."""
        parts = [(s, self.part_status(str(s.iri), by_shape.get(str(s.iri), []))) for s in cond.shapes]
        status = all_of(st for _, st in parts)
        articles = list(cond.cites)
        uses_thresholds = any(INDUSTRY_THRESHOLDS in s.uses_facts for s in cond.shapes)
        if uses_thresholds and indicator_facts.row:
            articles.append(indicator_facts.row)  # the facts brought in cite their own row of att_2-1
        articles.sort(key=self._document_order)
        failing = [s for s, st in parts if st == status and status != MET]
        msg_key = "unknown_message" if status == UNKNOWN else "message"
        message = {lang: "；".join(m[lang] for s in failing if (m := getattr(s, msg_key)) and lang in m) or ""
                   for lang in ("zh", "en")}
        if status == MET:
            message = {"zh": f"满足：{cond.label.get('zh', cond.id)}", "en": f"Met: {cond.label.get('en', cond.id)}"}
        elif status == UNKNOWN and not message["en"]:
            message = {"zh": "资料不足，无法判断", "en": "not enough information to decide"}
        message["en"] = message["en"].replace("；", "; ")
        fields = sorted({f for s in cond.shapes for f in s.fields})
        out = {
            "id": cond.id,
            "status": status,
            "articles": articles,
            "message": message,
            "observed": {f: field_value(profile, f) for f in fields},
            "required": {lang: "；".join(dict.fromkeys(r[lang] for s in cond.shapes if (r := s.required) and lang in r))
                         for lang in ("zh", "en")},
            "label": cond.label,
        }
        if uses_thresholds:
            out["observed"] = {"industry_code": profile.get("industry_code"), "indicators": profile.get("indicators")}
            out["required"]["thresholds"] = {k: float(v) for k, v in indicator_facts.thresholds.items()} or None
            out["required"]["minimum_met"] = max(s.qualified_min_count or 0 for s in cond.shapes)
        if status != MET:
            out["missing"] = advise(cond, [(s, st, by_shape.get(str(s.iri), [])) for s, st in parts],
                                    profile, indicator_facts, self.facts.lookback_years, as_of)
        if explain:
            out["citations"] = self.cited(articles)
        return out
