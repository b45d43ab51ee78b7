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
from dataclasses import dataclass, field
from pathlib import Path

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

    @property
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


def load_shapes(path, params: ParameterSet | None, bound: dict[str, set[str]] | None = None) -> Graph:
    # a context-free store: pySHACL reads the shapes graph thousands of times per validation
    g = Graph(store="SimpleMemory")
    g.addN((s, p, o, g) for s, p, o in _triples(path))
    if params is not None:
        for m in bind_parameters(g, params, bound):
            log.warning("%s (the shapes file decides; state the value once, in the parameter)", m)
    return g


class Rules:
    def __init__(self, facts: CompiledFacts, settings: Settings, parameters: ParameterSet | None = None):
        self.parameters = parameters or ParameterSet(facts.parameters)
        # shape IRI → the parameters bound into it (a reform changing one re-decides that shape)
        self.bound: dict[str, set[str]] = {}
        self.shapes_graph = load_shapes(settings.shapes_dir / "conditions.ttl", self.parameters, self.bound)
        # the version of the rules: corpus, ontology and shapes, as content
        self.version = rules_version(settings)
        self.conditions: dict[str, Condition] = {
            c.id: Condition(id=c.id, iri=c.iri, order=c.order, levels=set(c.levels), cites=list(c.cites),
                            label=dict(c.label))
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
