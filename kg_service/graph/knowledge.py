"""The loaded knowledge graph and the named SPARQL queries (``queries/*.rq``) that read it."""
from __future__ import annotations

import threading
from functools import cached_property
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from kg_service.graph.build import load_or_build
from kg_service.graph.namespaces import PREFIXES
from kg_service.settings import Settings, get_settings


class NamedQueries:
    """``queries/NAME.rq`` files, parsed once and run with bindings."""

    def __init__(self, directory: Path):
        self.directory = directory
        self._prepared: dict[str, Query] = {}
        self._lock = threading.Lock()

    def text(self, name: str) -> str:
        return (self.directory / f"{name}.rq").read_text(encoding="utf-8")

    def prepared(self, name: str) -> Query:
        with self._lock:
            if name not in self._prepared:
                self._prepared[name] = prepareQuery(self.text(name), initNs=dict(PREFIXES))
            return self._prepared[name]


class KnowledgeGraph:
    def __init__(self, graph: Graph, sources_hash: str, settings: Settings, *, rebuilt: bool = False):
        self.graph = graph
        self.sources_hash = sources_hash
        self.settings = settings
        self.rebuilt = rebuilt
        self.queries = NamedQueries(settings.queries_dir)

    @classmethod
    def load(cls, settings: Settings | None = None, *, force: bool = False) -> KnowledgeGraph:
        settings = settings or get_settings()
        g, digest, rebuilt = load_or_build(settings, force=force)
        return cls(g, digest, settings, rebuilt=rebuilt)

    def select(self, name: str, **bindings: Any) -> list[dict[str, Any]]:
        """Run the named SELECT query; rows as dicts of Python values (IRIs stay URIRefs)."""
        init = {k: v if isinstance(v, (URIRef, Literal)) else Literal(v) for k, v in bindings.items()}
        result = self.graph.query(self.queries.prepared(name), initBindings=init)
        names = [str(v) for v in result.vars]
        return [
            {n: (t.toPython() if isinstance(t, Literal) else t)
             for n, t in zip(names, row, strict=True) if t is not None}
            for row in result
        ]

    def construct(self, name: str, **bindings: Any) -> Graph:
        init = {k: v if isinstance(v, (URIRef, Literal)) else Literal(v) for k, v in bindings.items()}
        return self.graph.query(self.queries.prepared(name), initBindings=init).graph

    @cached_property
    def labels(self) -> dict[str, dict[str, str]]:
        """IRI → {lang: label}, for naming things in answers."""
        out: dict[str, dict[str, str]] = {}
        for row in self.select("labels"):
            out.setdefault(str(row["s"]), {})[row["lang"]] = row["label"]
        return out


_lock = threading.Lock()
_instance: KnowledgeGraph | None = None


def get_knowledge_graph() -> KnowledgeGraph:
    """The process-wide graph, loaded (or built) on first use."""
    global _instance
    with _lock:
        if _instance is None:
            _instance = KnowledgeGraph.load()
        return _instance
