"""The knowledge graph: built from corpus, ontology and instance data, cached, queried by name.

``KnowledgeGraph`` and ``get_knowledge_graph`` are imported when first named: a module that needs only
``kg_service.graph.build``'s hashing or ``kg_service.graph.namespaces`` (the assessment's, from its compiled
cache) does not load the graph's query machinery (rdflib's SPARQL, ~0.3 s)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg_service.graph.knowledge import KnowledgeGraph, get_knowledge_graph

__all__ = ["KnowledgeGraph", "get_knowledge_graph"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from kg_service.graph import knowledge

        return getattr(knowledge, name)
    raise AttributeError(f"module 'kg_service.graph' has no attribute {name!r}")
