"""The quad store behind records (and the persistent copy of the knowledge graph).

Two implementations of one small interface: the embedded default (Oxigraph on disk, through
pyoxigraph/oxrdflib; ``kg_service.records.oxigraph_store``) and any SPARQL 1.1 server reached by
the Protocol (Virtuoso Open-Source in the tests; ``kg_service.records.sparql_store``). Chosen by
``SFKG_STORE`` (``oxigraph`` | ``sparql``); see ``open_backend``.

Every write of a record is one named graph written atomically: readers see all of it or none.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from rdflib import Graph, URIRef
from rdflib.term import Node

Triple = tuple[Node, Node, Node]


@runtime_checkable
class QuadBackend(Protocol):
    def put_graph(self, name: URIRef, triples: Iterable[Triple]) -> None:
        """Write a new named graph in one transaction (all triples or none), durable on return."""

    def get_graph(self, name: URIRef) -> Graph:
        """All triples of a named graph; an empty Graph if there is none."""

    def has_graph(self, name: URIRef) -> bool: ...

    def delete_graph(self, name: URIRef) -> None: ...

    def select(self, query: str) -> list[dict[str, Node]]:
        """Run a SPARQL SELECT over the store (named graphs addressable with GRAPH); rows of bindings."""

    def close(self) -> None: ...
