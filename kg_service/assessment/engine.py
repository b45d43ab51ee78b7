"""From SHACL results to three-valued conditions and verdicts, each traced to its articles.

The results come from the compiled engine (``validator.py``: the shapes compiled once into predicates)
unless the caller asks for pySHACL (``engine="pyshacl"``), the W3C reference the compiled engine is
held equal to by differential tests; its answer then also carries pySHACL's own results (``shacl``).

A shape is one part of a condition: a violation of sh:minCount means the data is missing
(``unknown``), any other violation means ``not_met`` — unless the shape says otherwise with
sfkg:onViolation. A condition is all of its parts; a level's verdict is all of its conditions
(contract: "Assessment semantics").
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from rdflib import URIRef
from rdflib.namespace import SH

from kg_service.assessment.advice import advise
from kg_service.assessment.compiled import CompiledFacts, load_compiled
from kg_service.assessment.facts import FactSource, add_facts, fact_properties
from kg_service.assessment.levels import LEVELS
from kg_service.assessment.parameters import ParameterSet
from kg_service.assessment.profile import as_of as profile_as_of
from kg_service.assessment.profile import field_value
from kg_service.assessment.rdfmap import profile_to_graph
from kg_service.assessment.rules import INDUSTRY_THRESHOLDS, MET, NOT_MET, SEPARATOR, UNKNOWN, Condition, Rules
from kg_service.assessment.shacl import ShaclRunner, Violation
from kg_service.assessment.validator import CompiledShapes
from kg_service.errors import InputError
from kg_service.graph.namespaces import SFKG
from kg_service.settings import Settings, get_settings

if TYPE_CHECKING:  # (the columns of many profiles, numpy's: imported when first used, never by ``sfkg assess``)
    from kg_service.assessment.columnar import ColumnarShapes, ShapeMasks
    from kg_service.assessment.population import Population
    from kg_service.graph import KnowledgeGraph

__all__ = ["ENGINES", "INDUSTRY_THRESHOLDS", "LEVEL_NAMES", "VERDICT", "Assessor", "all_of", "any_of"]

VERDICT = {MET: "eligible", NOT_MET: "not_eligible", UNKNOWN: "undetermined"}
# looked up once: rdflib builds a new URIRef on every namespace attribute access (hot path)
_MIN_COUNT = SH.MinCountConstraintComponent
LEVEL_NAMES = LEVELS  # the levels in order (kg_service.assessment.levels)
COMPILED, PYSHACL = "compiled", "pyshacl"
ENGINES = (COMPILED, PYSHACL)


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
        settings = settings or get_settings()
        self.rules = Rules(compiled, settings, self.parameters)
        self.default_engine = settings.engine  # SFKG_ENGINE
        self.facts = FactSource(compiled, self.parameters)
        # the engine of every decision; pySHACL's runner is made the first time it is asked for
        self.engine = CompiledShapes(self.rules.shapes_graph, self.rules.shapes, self.facts)
        self._runner: ShaclRunner | None = None
        self._columnar: ColumnarShapes | None = None
        # what answers repeat, made once: articles by (condition, row), messages by parts' statuses
        self._articles: dict[tuple, list[str]] = {}
        self._messages: dict[tuple, dict[str, str]] = {}
        self._observed: dict[str, list[str]] = {}
        self._required: dict[str, dict[str, str]] = {}
        self._iris: dict[str, list[tuple]] = {}
        self._wide: dict[str, bool] = {}  # whether a condition draws in its industry's row
        self._cited: dict[tuple, list[tuple]] = {}
        self._plans: dict[str, tuple] = {}  # condition_result's look-ups of a condition (``_plan``)

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
        key = tuple(eids)
        texts = self._cited.get(key)
        if texts is None:  # (eid, title, text) of each unit, looked up once per list of articles
            units = self.compiled.units
            texts = [(e, units[e]["title"], units[e]["text"]) for e in eids if e in units]
            if len(self._cited) < 10_000:
                self._cited[key] = texts
        return [{"eid": e, "title": title, "text": text} for e, title, text in texts]

    @property
    def rules_version(self) -> str:
        return self.rules.version

    @property
    def columnar(self) -> ColumnarShapes:
        """The shapes compiled for columns (many profiles at once), made on first use."""
        if self._columnar is None:
            from kg_service.assessment.columnar import ColumnarShapes

            self._columnar = ColumnarShapes(self.rules.shapes_graph, self.rules.shapes, self.engine.facts)
        return self._columnar

    def population(self, profiles: Sequence[dict], gathered=None) -> Population:
        """Every (checked) profile's statuses at once, column by column (``Population``), the same as
        ``assess`` decides one by one. A shape the columnar engine cannot evaluate is evaluated row by
        row by the single-row engine (compiled, or pySHACL where it cannot compile either). ``gathered``:
        the profiles' top-level fields as columns (kg_service.batch.check.Gathered), if made already."""
        from kg_service.assessment.population import Population

        masks = self.columnar.evaluate(profiles, gathered=gathered)
        self._fallback_rows(profiles, masks)
        return Population(self, profiles, masks)

    def population_under(self, base: Population) -> Population:
        """``base``'s profiles under this Assessor's parameters (a reform of ``base.assessor``'s), re-deciding
        only the shapes they change: those a changed parameter is bound into, and those reading facts a
        changed parameter gives (the window's start, the row's thresholds). The others keep ``base``'s
        results; the data graph is ``base``'s unless such facts changed."""
        changed = self.parameters.differs(base.assessor.parameters)
        facts = fact_properties(changed)
        affected = {iri for iri, pids in self.rules.bound.items() if pids & changed} | self.columnar.reading(facts)
        masks = self.columnar.evaluate(base.profiles, like=base.shapes, same_facts=not facts, only=affected)
        for iri, comps in base.masks.items():
            if iri not in affected:
                masks.masks[iri] = comps
        self._fallback_rows(base.profiles, masks, affected)
        from kg_service.assessment.population import Population

        return Population(self, base.profiles, masks)

    def _fallback_rows(self, profiles: Sequence[dict], masks: ShapeMasks, only: set[str] | None = None) -> None:
        """The shapes the columnar engine cannot evaluate, row by row by the single-row engine."""
        todo = [iri for iri in self.columnar.unsupported if only is None or iri in only]
        if not todo:
            return
        import numpy as np

        for iri in todo:
            masks.masks[iri] = {}
        for i, p in enumerate(profiles):
            by_shape, _as_of, _ind = self.engine.validate(p)
            for iri in todo:
                for v in by_shape.get(iri, ()):
                    m = masks.masks[iri].setdefault(v.component, np.zeros(len(profiles), bool))
                    m[i] = True

    @property
    def runner(self) -> ShaclRunner:
        """pySHACL on the same shapes graph (built on first use: parsing and harvesting the shapes
        costs start-up time that the compiled engine does not need)."""
        if self._runner is None:
            self._runner = ShaclRunner(self.rules.shapes_graph, SFKG.EnterpriseProfile)
        return self._runner

    def evaluate(self, profile: dict, engine: str | None = None) -> tuple[dict[str, list[Violation]], date, Any]:
        """Validate one checked profile: violations grouped by shape, the date, the indicator facts."""
        engine = engine or self.default_engine
        if engine == COMPILED:
            return self.engine.validate(profile)
        if engine != PYSHACL:
            raise InputError("engine", f"one of {list(ENGINES)}")
        as_of = profile_as_of(profile)
        g, focus = profile_to_graph(profile)
        indicator_facts = add_facts(g, focus, profile, as_of, self.facts)
        by_shape: dict[str, list[Violation]] = defaultdict(list)
        for v in self.runner.validate(g, focus):
            by_shape[str(v.shape)].append(v)
        return by_shape, as_of, indicator_facts

    def assess(self, profile: dict, level: str | None = None, *, explain: bool = True,
               engine: str | None = None) -> dict:
        """The assessment's JSON. ``engine="pyshacl"``: decided by pySHACL (the W3C reference), the
        answer then also carrying its validation results (``shacl``)."""
        by_shape, as_of, indicator_facts = self.evaluate(profile, engine)
        result = self.result_from(profile, level, by_shape, as_of, indicator_facts, explain=explain)
        if engine == PYSHACL:  # asked for (SFKG_ENGINE=pyshacl decides with it and answers as usual)
            result["shacl"] = shacl_report(by_shape)
        return result

    def statuses(self, profile: dict, level: str) -> dict[str, str]:
        """The statuses of ``level``'s conditions alone (condition id -> met / not_met / unknown): what
        ``assess`` decides, without the messages, figures and advice it words (the interview weighs a
        field by many such decisions of one step)."""
        by_shape, _as_of, _facts = self.evaluate(profile)
        return {cond.id: self.condition_status(cond, by_shape) for cond in self.rules.for_level(level)}

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
        return all_of(self.part_status(iri, by_shape.get(iri, ())) for _s, iri in self._shape_iris(cond))

    def condition_result(self, cond: Condition, by_shape, profile: dict, as_of: date, indicator_facts,
                         explain: bool) -> dict:
        """One condition of the answer: status, articles, message, observed, required, label, what is
        missing (and the cited texts with ``explain``)."""
        plan = self._plans.get(cond.id)
        if plan is None:
            plan = self._plan(cond)
        iris, simple, dotted = plan
        # a part without violations is met (``part_status``'s first case, without the call)
        statuses = tuple(self.part_status(iri, vs) if (vs := by_shape.get(iri)) else MET for _s, iri in iris)
        status = all_of(statuses)
        articles = self.condition_articles(cond, indicator_facts.row)
        observed = {f: profile.get(f) for f in simple} if dotted is None else \
            {f: field_value(profile, f) for f in dotted}
        out = {
            "id": cond.id,
            "status": status,
            "articles": articles,
            "message": dict(self.condition_message(cond, statuses)),
            "observed": observed,
            "required": self.condition_required(cond, indicator_facts),
            "label": cond.label,
        }
        if status != MET:
            parts = [(s, st, by_shape.get(iri, [])) for (s, iri), st in zip(iris, statuses, strict=True)]
            out["missing"] = advise(cond, parts, profile, indicator_facts, self.facts.lookback_years, as_of)
        if explain:
            out["citations"] = self.cited(articles)
        return out

    def _plan(self, cond: Condition) -> tuple:
        """What ``condition_result`` reads of a condition on every answer, looked up once: its shapes with
        their IRIs, and its observed fields (as plain keys when none is a dotted path)."""
        fields = self.observed_fields(cond)
        simple = all("." not in f for f in fields)
        plan = self._plans[cond.id] = (self._shape_iris(cond), fields if simple else None, None if simple else fields)
        return plan

    def _uses_thresholds(self, cond: Condition) -> bool:
        got = self._wide.get(cond.id)
        if got is None:
            got = self._wide[cond.id] = cond.uses_thresholds
        return got

    def _shape_iris(self, cond: Condition) -> list[tuple]:
        got = self._iris.get(cond.id)
        if got is None:
            got = self._iris[cond.id] = [(s, str(s.iri)) for s in cond.shapes]
        return got

    # the parts of a condition's answer, each from the rules and what it depends on (shared with
    # kg_service.batch, which writes many answers from columns of statuses)
    def condition_articles(self, cond: Condition, row: str | None) -> list[str]:
        """The units a condition cites, in document order; with its industry's att_2-1 row when the
        condition draws in the row's thresholds (the facts brought in cite their own row)."""
        key = (cond.id, row if self._uses_thresholds(cond) else None)
        got = self._articles.get(key)
        if got is None:
            got = list(cond.cites) + ([row] if key[1] else [])
            got.sort(key=self._document_order)
            self._articles[key] = got
        return list(got)

    def condition_message(self, cond: Condition, statuses: tuple[str, ...]) -> dict[str, str]:
        """The condition's message given its parts' statuses (in ``cond.shapes`` order): what the
        parts at the condition's status say, joined (met: the condition's label). Shared: do not change."""
        key = (cond.id, statuses)
        message = self._messages.get(key)
        if message is not None:
            return message
        status = all_of(statuses)
        failing = [s for s, st in zip(cond.shapes, statuses, strict=True) if st == status and status != MET]
        msg_key = "unknown_message" if status == UNKNOWN else "message"
        message = {lang: SEPARATOR[lang].join(m[lang] for s in failing if (m := getattr(s, msg_key)) and lang in m)
                   or "" for lang in ("zh", "en")}
        if status == MET:
            message = {"zh": f"满足：{cond.label.get('zh', cond.id)}", "en": f"Met: {cond.label.get('en', cond.id)}"}
        elif status == UNKNOWN and not message["en"]:
            message = {"zh": "资料不足，无法判断", "en": "not enough information to decide"}
        if len(self._messages) < 10_000:
            self._messages[key] = message
        return message

    def observed_fields(self, cond: Condition) -> list[str]:
        """The profile's fields (dotted paths) a condition's answer shows as observed, in order."""
        got = self._observed.get(cond.id)
        if got is None:
            got = self._observed[cond.id] = ["industry_code", "indicators"] if cond.uses_thresholds else \
                sorted({f for s in cond.shapes for f in s.fields})
        return got

    def required_texts(self, cond: Condition) -> dict[str, str]:
        """What a condition requires, in words (its parts' sfkg:required, joined). Shared: do not change."""
        got = self._required.get(cond.id)
        if got is None:
            got = self._required[cond.id] = {
                lang: SEPARATOR[lang].join(dict.fromkeys(r[lang] for s in cond.shapes
                                                         if (r := s.required) and lang in r))
                for lang in ("zh", "en")}
        return got

    def condition_required(self, cond: Condition, indicator_facts) -> dict:
        """``required`` of the answer: the words, and for a condition drawing in its industry's row, the
        row's thresholds and how many indicators must reach them."""
        out: dict[str, Any] = dict(self.required_texts(cond))
        if self._uses_thresholds(cond):
            out["thresholds"] = {k: float(v) for k, v in indicator_facts.thresholds.items()} or None
            out["minimum_met"] = max(s.qualified_min_count or 0 for s in cond.shapes)
        return out


def shacl_report(by_shape: dict[str, list[Violation]]) -> dict:
    """pySHACL's validation results, as a reviewer reads them: source shape, constraint component,
    focus node and value of each (nested results are the top-level shapes' details, left out)."""
    import pyshacl

    results = sorted(
        ({"sourceShape": str(v.shape), "sourceConstraintComponent": str(v.component),
          "focusNode": str(v.focus) if v.focus is not None else None,
          "value": str(v.value) if v.value is not None else None}
         for vs in by_shape.values() for v in vs),
        key=lambda r: (r["sourceShape"], r["sourceConstraintComponent"], r["focusNode"] or "", r["value"] or ""))
    return {"engine": "pyshacl", "version": pyshacl.__version__, "conforms": not results, "results": results}
