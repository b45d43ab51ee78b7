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

from kg_service.assessment.published import CONTEXT_PATHS, ProfileError, context
from kg_service.graph.namespaces import PROFILE, SFKG


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


def object_to_graph(obj: dict, iri: URIRef, rdf_type: URIRef, terms: dict) -> Graph:
    """A checked JSON object as RDF, by the terms of a context (see ``context_terms``)."""
    g = Graph(store="SimpleMemory")
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


def _value(node, g: Graph, spec: dict) -> Any:
    if spec["container"] == "@list":
        return [_value(item, g, {**spec, "container": None}) for item in Collection(g, node)]
    if spec["nested"] is not None:
        return _node_to_dict(node, g, spec["nested"])
    if isinstance(node, Literal):
        v = node.toPython()
        if isinstance(v, Decimal):
            return int(v) if v == v.to_integral_value() else float(v)
        return v.isoformat() if hasattr(v, "isoformat") else v
    return str(node)


def _node_to_dict(node, g: Graph, terms: dict) -> dict:
    out: dict[str, Any] = {}
    for p, o in g.predicate_objects(node):
        if p == RDF.type:
            continue
        spec = terms.get(str(p))
        if spec is None:
            raise ProfileError(str(p), "property not in the profile context (shapes/profile.context.jsonld)")
        out[spec["term"]] = _value(o, g, spec)
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
    except Exception as e:  # rdflib raises many types for bad syntax
        raise ProfileError("(body)", f"not valid {fmt}: {e}") from e
    return profile_from_graph(g)


def _inline_contexts(obj: Any) -> Any:
    """A copy of ``obj`` with our context's URL replaced by the local context; any other context
    given by URL is refused rather than fetched."""
    if isinstance(obj, list):
        return [_inline_contexts(v) for v in obj]
    if not isinstance(obj, dict):
        return obj
    out = {}
    for k, v in obj.items():
        if k == "@context":
            items = v if isinstance(v, list) else [v]
            for item in items:
                if isinstance(item, str) and item not in CONTEXT_PATHS:
                    raise ProfileError("@context", f"remote contexts are not fetched: {item}")
            inlined = [context()["@context"] if isinstance(i, str) else i for i in items]
            out[k] = inlined if isinstance(v, list) else inlined[0]
        else:
            out[k] = _inline_contexts(v)
    return out


def profile_from_jsonld(doc: dict) -> dict:
    ctx = doc.get("@context")
    if isinstance(ctx, str) and ctx in CONTEXT_PATHS and "@graph" not in doc:
        # our own context by name: the document is already in the profile's JSON shape
        return {k: v for k, v in doc.items() if not k.startswith("@")}
    return profile_from_rdf(json.dumps(_inline_contexts(doc)), "json-ld")


def item_terms(field: str) -> dict:
    """The nested terms of a profile field (e.g. incidents → kind, grade, date)."""
    spec = _terms().get(field)
    return (spec[3] if spec else None) or {}
