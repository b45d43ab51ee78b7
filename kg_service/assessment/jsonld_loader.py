"""The only JSON-LD document loader sfkg uses: published contexts from shapes/, nothing else.

A JSON-LD document may name contexts in many places: the top-level ``@context``, a node's own
``@context``, a term's scoped ``@context`` and a context's ``@import``. Each is a URL a processor
would fetch (rdflib fetches them with urllib, which also opens ``file:`` paths). A request body must
never make the server read its files or reach its network, so every context reference is resolved
here, before rdflib sees the document, against the contexts sfkg publishes; anything else is
refused with one message that says nothing about what exists (no "No such file", no "Connection
refused"). rdflib's own fetcher is replaced as well, so a reference this walk missed still cannot
leave the process.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import rdflib.plugins.shared.jsonld.context as rdflib_context

from kg_service.assessment.published import ProfileError
from kg_service.errors import InputError
from kg_service.settings import get_settings

# shapes/ file → the names it is published under (the URL in the documentation, the service path)
PUBLISHED = {
    "profile.context.jsonld": ("https://w3id.org/bjsf/contexts/profile.jsonld", "/contexts/profile.jsonld"),
}
REFUSED = "only the published context https://w3id.org/bjsf/contexts/profile.jsonld may be referenced"
MAX_DEPTH = 32  # of context definitions within context definitions


class ContextRefused(ProfileError):
    """A context reference sfkg does not publish (remote, file:, relative, @import, scoped)."""

    def __init__(self):
        super().__init__("@context", REFUSED)


@lru_cache(maxsize=1)
def published() -> dict[str, dict]:
    """name → the context document (``{"@context": …}``) as shipped in shapes/."""
    out = {}
    for filename, names in PUBLISHED.items():
        doc = json.loads((get_settings().shapes_dir / filename).read_text(encoding="utf-8"))
        out.update({name: doc for name in names})
    return out


def load(name: Any) -> dict:
    """The published context document called ``name``; ContextRefused for any other name."""
    doc = published().get(name) if isinstance(name, str) else None
    if doc is None:
        raise ContextRefused()
    return json.loads(json.dumps(doc))  # a copy: processors modify what they are given


def _context(value: Any, depth: int) -> Any:
    """A context value (string, object, array or null) with every reference inlined."""
    if depth > MAX_DEPTH:
        raise InputError("@context", f"contexts nested deeper than {MAX_DEPTH}")
    if value is None:
        return None
    if isinstance(value, str):
        return _context(load(value)["@context"], depth + 1)
    if isinstance(value, list):
        return [_context(v, depth + 1) for v in value]
    if not isinstance(value, dict):
        raise InputError("@context", "a context is a URL of a published context, an object or an array")
    out = {}
    if "@import" in value:
        imported = _context(load(value["@import"])["@context"], depth + 1)
        if not isinstance(imported, dict):
            raise ContextRefused()
        out.update(imported)
    for term, definition in value.items():
        if term == "@import":
            continue
        if isinstance(definition, dict) and "@context" in definition:
            definition = {**definition, "@context": _context(definition["@context"], depth + 1)}
        out[term] = definition
    return out


def resolve(doc: Any, depth: int = 0) -> Any:
    """A copy of a JSON-LD document with every context reference replaced by the published
    context it names; ContextRefused if it names any other. Iterative in spirit: the body's depth
    is bounded before parsing (kg_service.input_limits), so this recursion is too."""
    if isinstance(doc, list):
        return [resolve(v, depth + 1) for v in doc]
    if not isinstance(doc, dict):
        return doc
    return {k: _context(v, 0) if k == "@context" else resolve(v, depth + 1) for k, v in doc.items()}


def _refusing_source_to_json(source, *args, **kwargs):
    """rdflib's fetcher, replaced: published contexts by name, nothing from files or network."""
    return load(source), None


def install() -> None:
    """Make rdflib's JSON-LD context processing use this loader (idempotent, process-wide)."""
    rdflib_context.source_to_json = _refusing_source_to_json


install()
