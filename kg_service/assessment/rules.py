"""The rules an assessment applies: the SHACL shapes (shapes/conditions.ttl), parsed once, with what each
shape says about itself (condition, citations, fields, messages), and the conditions of the
ontology with their levels and articles."""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDFS, SH

from kg_service.assessment.compiled import CompiledFacts, ConditionFacts
from kg_service.graph.build import content_hash, source_files
from kg_service.graph.namespaces import SFKG, eid_of
from kg_service.settings import Settings

NOT_MET, UNKNOWN, MET = "not_met", "unknown", "met"


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


@dataclass
class Condition(ConditionFacts):
    """A condition of the ontology with the shapes that encode its parts."""
    shapes: list[ShapeInfo] = field(default_factory=list)


class Rules:
    def __init__(self, facts: CompiledFacts, settings: Settings):
        # a context-free store: pySHACL reads the shapes graph thousands of times per validation
        self.shapes_graph = Graph(store="SimpleMemory")
        self.shapes_graph.parse(settings.shapes_dir / "conditions.ttl", format="turtle")
        # the version of the rules: corpus, ontology and shapes, as content
        self.version = content_hash(source_files(settings, with_shapes=True), settings.home)
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
