"""The rules an assessment applies: the SHACL shapes (shapes/conditions.ttl), parsed once, with what each
shape says about itself (condition, citations, fields, messages), and the conditions of the
ontology with their levels and articles.

Shapes read the parameters of the rules (ontology/parameters.ttl) through bindings: a shape states
``sfkg:parameter [ sfkg:constraint sh:minInclusive ; sfkg:value param:art_5__item_7.minimum_level ]``
(optionally ``sfkg:onPath P`` for a constraint of a nested shape on path P, and
``sfkg:atOrAbove true`` for an ``sh:in`` of a code and every code ranked above it). ``bind_parameters``
writes each bound constraint with the parameter set's value and removes the bindings, so the
shapes graph pySHACL validates is plain SHACL core. The shapes file keeps its literal (plain pySHACL
reads the file alone). Under the measures' own values the literal is left as it stands: it must equal
the parameter, which tests/test_time.py checks for the shipped rules and the loader logs when it does
not (an edited shapes file then decides, as it always has); a reform's value always replaces it.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any

from rdflib import XSD, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDFS, SH

from kg_service.assessment.compiled import CompiledFacts, ConditionFacts
from kg_service.assessment.parameters import CODE, DATE, ParameterSet
from kg_service.graph.build import content_hash, source_files
from kg_service.graph.namespaces import SFKG, eid_of
from kg_service.settings import Settings

NOT_MET, UNKNOWN, MET = "not_met", "unknown", "met"
# between the parts of one message or requirement, in each language (an English text has no "；")
SEPARATOR = {"zh": "；", "en": "; "}
# the facts a shape draws in from the graph for the enterprise's industry (sfkg:usesFacts): its att_2-1
# row's thresholds; a condition whose shapes use them cites that row and reports the thresholds
INDUSTRY_THRESHOLDS = SFKG.IndustryThresholds
log = logging.getLogger("sfkg")


def texts(g: Graph, s, p) -> dict[str, str]:
    out: dict[str, str] = {}
    for o in g.objects(s, p):
        if isinstance(o, Literal) and o.language in ("zh", "en"):
            out[o.language] = f"{out[o.language]}；{o}" if o.language in out else str(o)
    return out


@dataclass(frozen=True)
class ShapeInfo:
    iri: URIRef
    condition: str
    cites: tuple[str, ...]
    fields: tuple[str, ...]
    on_violation: str | None  # NOT_MET or UNKNOWN when the shape says so
    message: dict[str, str]
    unknown_message: dict[str, str]
    required: dict[str, str]
    min_inclusive: object | None = None
    qualified_min_count: int | None = None
    # facts brought into the data graph for this shape (e.g. sfkg:IndustryThresholds)
    uses_facts: tuple[URIRef, ...] = ()
    # for shapes counting list items (sh:qualifiedValueShape): property → allowed values
    item_filters: dict[str, frozenset] = field(default_factory=dict)

    @cached_property  # asked twice per condition per answer; URIRef's == is Python, not C
    def uses_thresholds(self) -> bool:
        return INDUSTRY_THRESHOLDS in self.uses_facts


@dataclass
class Condition(ConditionFacts):
    """A condition of the ontology with the shapes that encode its parts."""
    shapes: list[ShapeInfo] = field(default_factory=list)

    @property
    def uses_thresholds(self) -> bool:
        """Whether the condition draws in its industry's att_2-1 row (its answer then cites the row and
        shows the row's thresholds)."""
        return any(s.uses_thresholds for s in self.shapes)


def _nested(g: Graph, node) -> list:
    """The blank nodes reachable from a shape (its property shapes, sh:or members, qualified shapes)."""
    seen, todo = [], [node]
    while todo:
        n = todo.pop()
        for p, o in g.predicate_objects(n):
            if isinstance(o, BNode) and o not in seen and p != SFKG.parameter:
                seen.append(o)
                todo.append(o)
    return seen


def _literal(value, kind: str) -> Literal:
    return Literal(value, datatype=XSD.date) if kind == DATE else Literal(value)


def _current(g: Graph, node, constraint):
    o = g.value(node, constraint)
    if constraint == SH["in"] and o is not None:
        return [x.toPython() for x in Collection(g, o)]
    return None if o is None else o.toPython()


def bind_parameters(g: Graph, params: ParameterSet, bound: dict[str, set[str]] | None = None) -> list[str]:
    """Write every ``sfkg:parameter`` binding of ``g`` as the plain constraint it binds (a reform's value
    replaces the literal) and remove the bindings; the shape literals that differ from the measures'
    value of an unchanged parameter, as messages.

    A binding that names no known parameter, or no constraint the shape states, is an error in the
    rules (raised, not skipped). ``bound`` gets, for each shape, the parameters bound into it."""
    by_iri = params.by_iri()
    mismatches: list[str] = []
    for shape, binding in list(g.subject_objects(SFKG.parameter)):
        constraint, ref = g.value(binding, SFKG.constraint), g.value(binding, SFKG.value)
        on_path, above = g.value(binding, SFKG.onPath), g.value(binding, SFKG.atOrAbove)
        p = by_iri.get(str(ref))
        if constraint is None or p is None:
            raise ValueError(f"shape {shape}: binding names no constraint or an unknown parameter {ref}")
        if bound is not None:
            bound.setdefault(str(shape), set()).add(p.id)
        targets = [shape] if on_path is None else [n for n in _nested(g, shape) if g.value(n, SH.path) == on_path]
        targets = [t for t in targets if g.value(t, constraint) is not None]
        if not targets:
            raise ValueError(f"shape {shape}: no {constraint} to bind to {p.id}")
        if p.kind == CODE and above is not None and above.toPython():
            value = list(p.codes[p.codes.index(p.value):])
        else:
            value = p.value
        for t in targets:
            if p.id not in params.changed:
                stated = _current(g, t, constraint)
                if stated != value:
                    mismatches.append(f"shape {shape} states {constraint} {stated!r}, parameter {p.id} is {value!r}")
                continue
            g.remove((t, constraint, None))
            if isinstance(value, list):
                head = BNode()
                Collection(g, head, [Literal(v) for v in value])
                g.add((t, constraint, head))
            else:
                g.add((t, constraint, _literal(value, p.kind)))
        for triple in list(g.triples((binding, None, None))):
            g.remove(triple)
        g.remove((shape, SFKG.parameter, binding))
    return mismatches


_PARSED: dict[tuple, list] = {}  # shapes files' triples, parsed once (an Assessor per reform reuses them)
_VERSIONS: dict[tuple, str] = {}


def _stamp(files) -> tuple:
    return tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files)


def _triples(path) -> list:
    key = _stamp([Path(path)])
    got = _PARSED.get(key)
    if got is None:
        g = Graph()
        g.parse(path, format="turtle")
        got = _PARSED[key] = list(g)
    return got


def rules_version(settings: Settings) -> str:
    """The version of the rules: corpus, ontology and shapes, as content (hashed once while they stand)."""
    files = source_files(settings, with_shapes=True)
    key = (str(settings.home), _stamp(files))
    got = _VERSIONS.get(key)
    if got is None:
        got = _VERSIONS[key] = content_hash(files, settings.home)
    return got


# A shape's words (sh:message, sfkg:required, sfkg:unknownMessage), and a condition's label where it
# spells a parameter (sfkg:labelWithParameters, beside the shapes: the label answers name it by), name a
# parameter's value as
# {parameter id} or {parameter id|form}, so that a reform's value is the one its answer states: the
# value itself (a code: its word in the text's language: 较大, larger), "/100" (万元 as millions), "zh"
# or "en" (a count in words: 三, three; a code: its word in that language).
_TEXT_PREDICATES = (SH.message, SFKG.required, SFKG.unknownMessage, SFKG.labelWithParameters)
_PLACEHOLDER = re.compile(r"\{([A-Za-z][\w.\-]*)(?:\|([\w/]+))?\}")
_ZH_COUNTS = "零一二三四五六七八九十"
_EN_COUNTS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _spelled(value: Any, form: str | None, lang: str, words: dict[str, dict[str, str]]) -> str:
    if isinstance(value, str) and value.isdigit():
        value = int(value)  # a numeric code (the maturity level "2")
    if isinstance(value, str):  # a word code: its word in the language asked (the text's, by default)
        return words.get(value, {}).get(form if form in ("zh", "en") else lang, value)
    if isinstance(value, date):
        return value.isoformat()
    if form == "/100":
        value = Decimal(value) / 100
    elif form in ("zh", "en") and int(value) == value and 0 <= int(value) <= 10:
        return (_ZH_COUNTS if form == "zh" else _EN_COUNTS)[int(value)]
    return format(Decimal(value).normalize(), "f") if not isinstance(value, int) else str(value)


def fill_texts(g: Graph, params: ParameterSet, words: dict[str, dict[str, str]]) -> None:
    """Write the parameters' values (this set's: a reform's where it changed one) into the shapes' words.
    A placeholder naming no parameter is an error in the rules (raised)."""
    def one(m: re.Match[str], lang: str) -> str:
        pid, form = m.group(1), m.group(2)
        if pid not in params.parameters:
            raise ValueError(f"shape text names no parameter: {m.group(0)}")
        return _spelled(params[pid], form, lang, words)

    for pred in _TEXT_PREDICATES:
        for s, o in list(g.subject_objects(pred)):
            if isinstance(o, Literal) and "{" in str(o):
                lang = o.language or "zh"
                g.remove((s, pred, o))
                g.add((s, pred, Literal(_PLACEHOLDER.sub(lambda m, lang=lang: one(m, lang), str(o)),
                                        lang=o.language)))


def load_shapes(path, params: ParameterSet | None, bound: dict[str, set[str]] | None = None,
                words: dict[str, dict[str, str]] | None = None) -> Graph:
    """The shapes of ``path`` under ``params`` (constraints bound, words filled); ``words``: each code's
    word per language (CompiledFacts.value_short)."""
    # a context-free store: pySHACL reads the shapes graph thousands of times per validation
    g = Graph(store="SimpleMemory")
    g.addN((s, p, o, g) for s, p, o in _triples(path))
    if params is not None:
        for m in bind_parameters(g, params, bound):
            log.warning("%s (the shapes file decides; state the value once, in the parameter)", m)
        fill_texts(g, params, words or {})
    return g


class Rules:
    def __init__(self, facts: CompiledFacts, settings: Settings, parameters: ParameterSet | None = None):
        self.parameters = parameters or ParameterSet(facts.parameters)
        # shape IRI → the parameters bound into it (a reform changing one re-decides that shape)
        self.bound: dict[str, set[str]] = {}
        self.shapes_graph = load_shapes(settings.shapes_dir / "conditions.ttl", self.parameters, self.bound,
                                        facts.value_short)
        # the version of the rules: corpus, ontology and shapes, as content
        self.version = rules_version(settings)
        self.conditions: dict[str, Condition] = {
            c.id: Condition(id=c.id, iri=c.iri, order=c.order, levels=set(c.levels), cites=list(c.cites),
                            label={**c.label, **texts(self.shapes_graph, URIRef(c.iri), SFKG.labelWithParameters)})
            for c in facts.conditions.values()
        }
        by_iri = {c.iri: c for c in self.conditions.values()}

        sg = self.shapes_graph
        self.shapes: dict[URIRef, ShapeInfo] = {}
        for shape, cond in sg.subject_objects(SFKG.condition):
            outcome = sg.value(shape, SFKG.onViolation)
            info = ShapeInfo(
                iri=shape,
                condition=str(cond),
                cites=tuple(sorted(e for o in sg.objects(shape, SFKG.cites) if (e := eid_of(o)))),
                fields=tuple(sorted(str(f) for f in sg.objects(shape, SFKG.field))),
                on_violation={SFKG.NotMet: NOT_MET, SFKG.Unknown: UNKNOWN}.get(outcome),
                message=texts(sg, shape, SH.message),
                unknown_message=texts(sg, shape, SFKG.unknownMessage),
                required=texts(sg, shape, SFKG.required),
                min_inclusive=(v.toPython() if (v := sg.value(shape, SH.minInclusive)) is not None else None),
                qualified_min_count=(int(v) if (v := sg.value(shape, SH.qualifiedMinCount)) is not None else None),
                uses_facts=tuple(sg.objects(shape, SFKG.usesFacts)),
                item_filters=self._item_filters(shape),
            )
            self.shapes[shape] = info
            if cond in by_iri:
                by_iri[cond].shapes.append(info)
        orphans = [str(s) for s, i in self.shapes.items() if URIRef(i.condition) not in by_iri]
        if orphans:
            raise ValueError(f"shapes name conditions the ontology does not define: {orphans}")
        for c in self.conditions.values():
            c.shapes.sort(key=lambda s: str(s.iri))

    def _item_filters(self, shape) -> dict[str, frozenset]:
        sg = self.shapes_graph
        out = {}
        for q in sg.objects(shape, SH.qualifiedValueShape):
            for ps in sg.objects(q, SH.property):
                path, allowed = sg.value(ps, SH.path), sg.value(ps, SH["in"])
                if path is not None and allowed is not None:
                    out[str(path)] = frozenset(o.toPython() for o in Collection(sg, allowed))
        return out

    def for_level(self, level: str) -> list[Condition]:
        return sorted((c for c in self.conditions.values() if level in c.levels), key=lambda c: c.order)

    def label(self, shape: URIRef) -> dict[str, str]:
        return texts(self.shapes_graph, shape, RDFS.label)
