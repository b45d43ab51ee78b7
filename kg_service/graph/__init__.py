"""The knowledge graph: built from corpus, ontology and instance data, cached, queried by name."""
from kg_service.graph.knowledge import KnowledgeGraph, get_knowledge_graph

__all__ = ["KnowledgeGraph", "get_knowledge_graph"]
