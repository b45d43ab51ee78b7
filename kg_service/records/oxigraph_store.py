"""The embedded quad store: Oxigraph (RocksDB) on disk, through pyoxigraph.

Writes go straight to pyoxigraph (a record is a few hundred quads; building them as pyoxigraph
terms is cheaper than going through an rdflib store); reads come back as rdflib terms, so the rest
of the code stays rdflib.

Atomicity: ``put_graph`` is one ``Store.extend`` call, which Oxigraph applies as one transaction.
Durability: a committed transaction is in RocksDB's write-ahead log, written through to the
operating system before ``extend`` returns, so it survives the process being killed; ``put_graph``
then fsyncs the log files so that it also survives the machine losing power. (``Store.flush``
would do that too, but it writes a whole table file, ~100 ms; syncing the log costs a few ms.)
Set ``SFKG_STORE_SYNC=flush`` to use ``Store.flush`` instead, or ``none`` to rely on the
operating system.

One process at a time opens a store directory for writing (RocksDB's lock): the service does.
"""
from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from kg_service.records.backend import Triple
from kg_service.settings import STORE_SYNCS

_XSD_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)


def to_ox(term: Node):
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    return _to_ox_cached(term)


@lru_cache(maxsize=8192)
def _to_ox_cached(term: Node):
    """IRIs and literals repeat from record to record (predicates, cited texts, messages)."""
    return _to_ox(term)


def _to_ox(term: Node):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_rdflib(term) -> Node:
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    return _to_rdflib_cached(term)


@lru_cache(maxsize=16384)
def _to_rdflib_cached(term) -> Node:
    return _to_rdflib(term)


def _to_rdflib(term) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt in (_XSD_STRING, _LANG_STRING):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    raise TypeError(f"not an RDF term: {term!r}")


class OxigraphBackend:
    """``QuadBackend`` on an Oxigraph store in ``path`` (created if missing)."""

    def __init__(self, path: Path | str, *, sync: str | None = None):
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        self.sync = (sync or "wal").lower()  # SFKG_STORE_SYNC, read by Settings
        if self.sync not in STORE_SYNCS:
            raise ValueError(f"sync must be one of {', '.join(STORE_SYNCS)}, not {self.sync!r}")
        self._store: ox.Store | None = ox.Store(str(self.path))

    @property
    def store(self) -> ox.Store:
        if self._store is None:
            raise RuntimeError(f"the store in {self.path} is closed")
        return self._store

    def put_graph(self, name: URIRef, triples: Iterable[Triple]) -> None:
        g = ox.NamedNode(str(name))
        quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), g) for s, p, o in triples]
        self.store.extend(quads)  # one transaction: all the quads or none
        self._make_durable()

    def _make_durable(self) -> None:
        if self.sync == "flush":
            self.store.flush()
        elif self.sync == "wal":
            synced = False
            for entry in os.scandir(self.path):
                if entry.name.endswith(".log"):  # RocksDB's write-ahead log files (NNNNNN.log)
                    fd = os.open(entry.path, os.O_RDONLY)
                    try:
                        os.fsync(fd)
                        synced = True
                    finally:
                        os.close(fd)
            if not synced:  # no log file where we expect one: be safe rather than fast
                self.store.flush()

    def get_graph(self, name: URIRef) -> Graph:
        g = Graph(store="SimpleMemory")
        add = g.store.add
        for q in self.store.quads_for_pattern(None, None, None, ox.NamedNode(str(name))):
            add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)), g)
        return g

    def has_graph(self, name: URIRef) -> bool:
        # a graph exists when it has a quad (Oxigraph also keeps names of emptied graphs)
        return next(iter(self.store.quads_for_pattern(None, None, None, ox.NamedNode(str(name)))), None) is not None

    def delete_graph(self, name: URIRef) -> None:
        node = ox.NamedNode(str(name))
        if self.store.contains_named_graph(node):
            self.store.remove_graph(node)
            self._make_durable()

    def select(self, query: str) -> list[dict[str, Node]]:
        result = self.store.query(query)
        names = [v.value for v in result.variables]
        rows = []
        for solution in result:
            row = {}
            for n in names:
                value = solution[n]
                if value is not None:
                    row[n] = to_rdflib(value)
            rows.append(row)
        return rows

    def graph_names(self) -> list[URIRef]:
        return [URIRef(g.value) for g in self.store.named_graphs() if isinstance(g, ox.NamedNode)]

    def close(self) -> None:
        if self._store is not None:
            with contextlib.suppress(OSError):
                self._store.flush()
            self._store = None
            gc.collect()  # pyoxigraph releases the RocksDB lock when the Store is dropped

    def __enter__(self) -> OxigraphBackend:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
