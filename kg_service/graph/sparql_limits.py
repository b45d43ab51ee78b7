"""A read-only SPARQL processor with a time limit and a row limit.

rdflib would follow ``SERVICE`` and ``FROM <url>`` to the network; a public endpoint must not,
so both are refused. Results are materialised here, row by row, so the limits hold for SELECT
results however the query is written (a query that computes for long without yielding a row is
only stopped at its first row: rdflib has no cancellation).
"""
from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from typing import Any

import rdflib.plugins.sparql
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.evaluate import evalQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.processor import SPARQLProcessor

from kg_service.errors import InputError

# never load graphs named in FROM / FROM NAMED from the web
rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False


class QueryRefused(InputError):
    """A query this endpoint will not run as asked (the caller's to change: add a LIMIT, drop SERVICE)."""

    def __init__(self, message: str):
        super().__init__("query", message)


def _walk(node: Any) -> Iterator[CompValue]:
    if isinstance(node, CompValue):
        yield node
        for v in node.values():
            yield from _walk(v)
    elif isinstance(node, (list, tuple)):
        for v in node:
            yield from _walk(v)


class LimitedSPARQLProcessor(SPARQLProcessor):
    def __init__(self, graph, *, timeout_s: float, max_rows: int):
        super().__init__(graph)
        self.timeout_s = timeout_s
        self.max_rows = max_rows

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False) -> Mapping[str, Any]:  # noqa: N803
        query = translateQuery(parseQuery(strOrQuery), base, initNs) if isinstance(strOrQuery, str) else strOrQuery
        if any(n.name == "ServiceGraphPattern" for n in _walk(query.algebra)):
            raise QueryRefused("SERVICE is not allowed: this endpoint answers from its own graph only")
        deadline = time.monotonic() + self.timeout_s
        result = dict(evalQuery(self.graph, query, initBindings or {}, base))
        if result.get("type_") == "SELECT":
            rows = []
            for row in result["bindings"]:
                rows.append(row)
                if len(rows) > self.max_rows:
                    raise QueryRefused(f"more than {self.max_rows} result rows: add a LIMIT")
                if time.monotonic() > deadline:
                    raise QueryRefused(f"query ran longer than {self.timeout_s:g} s")
            result["bindings"] = rows
        elif time.monotonic() > deadline:
            raise QueryRefused(f"query ran longer than {self.timeout_s:g} s")
        return result
