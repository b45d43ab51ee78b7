"""Profiles to RDF and back, through the published JSON-LD context (shapes/profile.context.jsonld).

JSON → RDF is standard JSON-LD with that context. RDF → JSON (for JSON-LD with other inline
contexts, and Turtle) walks the same context in reverse, so the two stay one definition.
Remote ``@context`` URLs are never fetched: only the context's own published URL is accepted by
name, and it is replaced by the local copy.
"""
from __future__ import annotations

import json
from decimal import Decimal
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from kg_service.assessment import jsonld_loader
from kg_service.assessment.published import CONTEXT_PATHS, ProfileError, context
from kg_service.errors import InputError
from kg_service.graph.namespaces import PROFILE, SFKG

# bounds of a profile read from RDF: far above any valid profile (the schema allows 1000 items per
# list and three levels of nesting), low enough that a hostile graph costs nothing
MAX_TRIPLES = 20_000
MAX_LIST_ITEMS = 1_000
MAX_NESTING = 8


def profile_iri(profile_id: str) -> URIRef:
    return PROFILE[quote(profile_id, safe="")]


def profile_to_graph(profile: dict) -> tuple[Graph, URIRef]:
    """The profile as RDF: one node typed sfkg:EnterpriseProfile, nested nodes blank.

    This is JSON-LD expansion with the published context for the one shape of document the
    schema allows (checked before we get here), done directly: rdflib's general JSON-LD parser
    takes about ten times as long, which matters on the assessment's hot path. A test checks
    that both give isomorphic graphs.
    """
    iri = profile_iri(profile["id"])
    return object_to_graph(profile, iri, SFKG.EnterpriseProfile, _terms()), iri


class _DataGraph(Graph):
    """A graph that is true without being counted: pySHACL tests ``datagraph or shapes_graph`` once
    per violation, and counting a SimpleMemory store walks every triple, which made a profile with
    1000 incidents (the schema's bound) take 90 s instead of well under one."""

    def __bool__(self) -> bool:
        return True


def object_to_graph(obj: dict, iri: URIRef, rdf_type: URIRef, terms: dict) -> Graph:
    """A checked JSON object as RDF, by the terms of a context (see ``context_terms``)."""
    g = _DataGraph(store="SimpleMemory")
    g.add((iri, RDF.type, rdf_type))
    _add_object(g, iri, obj, terms)
    return g


@lru_cache(maxsize=1)  # as context(): read once (it was serialised again on every call)
def _terms() -> dict:
    return context_terms(json.dumps(context()["@context"]))


@lru_cache(maxsize=8)
def context_terms(context_json: str) -> dict:
    """term → (property IRI, datatype IRI or None, container, nested terms), from a context."""
    ctx = json.loads(context_json)
    prefixes = {k: v for k, v in ctx.items() if isinstance(v, str) and v.endswith(("#", "/"))}

    def build(c: dict) -> dict:
        out = {}
        for term, d in c.items():
            if term.startswith("@") or term in prefixes:
                continue
            spec = d if isinstance(d, dict) else {"@id": d}
            dtype = URIRef(_expand({"@id": spec["@type"]}, prefixes)) if "@type" in spec else None
            out[term] = (URIRef(_expand(spec, prefixes)), dtype, spec.get("@container"),
                         build(spec["@context"]) if "@context" in spec else None)
        return out

    return build(ctx)


def _literal(value: Any, dtype: URIRef | None) -> Literal:
    if dtype is None:
        return Literal(value)
    if isinstance(value, bool) or dtype == XSD.boolean:
        return Literal(value, datatype=XSD.boolean)
    if dtype == XSD.decimal:
        return Literal(Decimal(str(value)), datatype=XSD.decimal)
    return Literal(str(value) if dtype == XSD.date else value, datatype=dtype)


def _node(g: Graph, value: Any, dtype, nested):
    if nested is not None and isinstance(value, dict):
        node = BNode()
        _add_object(g, node, value, nested)
        return node
    return _literal(value, dtype)


def _add_object(g: Graph, subject, obj: dict, terms: dict) -> None:
    for key, value in obj.items():
        if key not in terms or value is None:
            continue
        prop, dtype, container, nested = terms[key]
        if container == "@list":
            items = [_node(g, v, dtype, nested) for v in value]
            head = BNode() if items else RDF.nil
            if items:
                Collection(g, head, items)
            g.add((subject, prop, head))
        elif isinstance(value, list):
            for v in value:
                g.add((subject, prop, _node(g, v, dtype, nested)))
        else:
            g.add((subject, prop, _node(g, value, dtype, nested)))


# ---- the reverse: RDF → profile dict -------------------------------------------------------

def _expand(term_def: Any, prefixes: dict[str, str]) -> str:
    iri = term_def["@id"] if isinstance(term_def, dict) else term_def
    prefix, _, local = iri.partition(":")
    return prefixes[prefix] + local if prefix in prefixes else iri


@lru_cache(maxsize=1)
def _reverse_context() -> dict:
    """property IRI → {term, container, nested}: the profile context's terms, read backwards."""
    def reverse(terms: dict) -> dict:
        return {str(prop): {"term": term, "container": container,
                            "nested": reverse(nested) if nested is not None else None}
                for term, (prop, _dtype, container, nested) in terms.items()}

    return reverse(_terms())


def _list_items(g: Graph, head, field: str) -> list:
    """The members of an rdf:List, refusing cycles and lists longer than any profile needs
    (rdflib's Collection would loop for ever on a cyclic rdf:rest)."""
    items, seen = [], set()
    while head != RDF.nil:
        if head in seen:
            raise ProfileError(field, "the rdf:List is cyclic")
        if len(items) >= MAX_LIST_ITEMS:
            raise ProfileError(field, f"more than {MAX_LIST_ITEMS} items")
        seen.add(head)
        first = g.value(head, RDF.first)
        if first is None:
            raise ProfileError(field, "not a well-formed rdf:List (a node without rdf:first)")
        items.append(first)
        head = g.value(head, RDF.rest)
        if head is None:
            raise ProfileError(field, "not a well-formed rdf:List (a node without rdf:rest)")
    return items


def _value(node, g: Graph, spec: dict, depth: int = 0) -> Any:
    if spec["container"] == "@list":
        return [_value(item, g, {**spec, "container": None}, depth + 1)
                for item in _list_items(g, node, spec["term"])]
    if spec["nested"] is not None:
        if depth > MAX_NESTING:
            raise ProfileError(spec["term"], "nested too deep (is the graph cyclic?)")
        return _node_to_dict(node, g, spec["nested"], depth + 1)
    if isinstance(node, Literal):
        v = node.toPython()
        if isinstance(v, Decimal):
            return int(v) if v == v.to_integral_value() else float(v)
        return v.isoformat() if hasattr(v, "isoformat") else v
    return str(node)


def _node_to_dict(node, g: Graph, terms: dict, depth: int = 0) -> dict:
    out: dict[str, Any] = {}
    for p, o in g.predicate_objects(node):
        if p == RDF.type:
            continue
        spec = terms.get(str(p))
        if spec is None:
            raise ProfileError(str(p), "property not in the profile context (shapes/profile.context.jsonld)")
        out[spec["term"]] = _value(o, g, spec, depth)
    return out


def profile_from_graph(g: Graph) -> dict:
    subjects = set(g.subjects(RDF.type, SFKG.EnterpriseProfile)) or set(g.subjects(SFKG.profileId, None))
    roots = [s for s in subjects if not isinstance(s, BNode) or (None, None, s) not in g]
    if len(roots) != 1:
        raise ProfileError("(profile)", f"expected one sfkg:EnterpriseProfile node, found {len(roots)}")
    return _node_to_dict(roots[0], g, _reverse_context())


def profile_from_rdf(text: str, fmt: str) -> dict:
    g = Graph()
    try:
        g.parse(data=text, format=fmt)
    except InputError:
        raise  # a refused context: its own message, which reveals nothing
    except Exception as e:  # rdflib raises many types for bad syntax
        raise ProfileError("(body)", f"not valid {fmt}: {_short(str(e))}") from e
    if len(g) > MAX_TRIPLES:
        raise ProfileError("(body)", f"more than {MAX_TRIPLES} triples: not a profile")
    return profile_from_graph(g)


def _short(message: str, limit: int = 200) -> str:
    """An error message that never echoes much of the input."""
    return message if len(message) <= limit else message[:limit] + "…"


def profile_from_jsonld(doc: dict) -> dict:
    ctx = doc.get("@context")
    if isinstance(ctx, str) and ctx in CONTEXT_PATHS and "@graph" not in doc:
        # our own context by name: the document is already in the profile's JSON shape
        return {k: v for k, v in doc.items() if not k.startswith("@")}
    return profile_from_rdf(json.dumps(jsonld_loader.resolve(doc)), "json-ld")


def item_terms(field: str) -> dict:
    """The nested terms of a profile field (e.g. incidents → kind, grade, date)."""
    spec = _terms().get(field)
    return (spec[3] if spec else None) or {}
