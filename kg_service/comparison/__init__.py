"""Beijing's measures against the national MIIT scheme and peer provinces, point by point.

The facts are data (``ontology/comparison.ttl`` and ``ontology/schemes-*.ttl``); the rows come from
the ``queries/compare_*.rq`` queries; the relation of Beijing to each other scheme is computed by one
generic function (``relation``). Modules: ``table`` (building a comparison), ``render`` (table,
Markdown, CSV, JSON), ``cli`` (``sfkg compare``); the HTTP face is ``kg_service.api.routes_compare``.

Importing the package (or its models and renderers) is cheap: the comparator, which reads the graph with
rdflib, is imported when first named, so a command that does not compare does not load rdflib for it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

# eager: the submodule of the same name would otherwise shadow the function once imported
from kg_service.comparison.relation import relation

if TYPE_CHECKING:
    from kg_service.comparison.table import Comparator, UnknownOptionError

__all__ = ["Comparator", "UnknownOptionError", "relation"]


def __getattr__(name: str) -> Any:
    if name in ("Comparator", "UnknownOptionError"):
        from kg_service.comparison import table

        return getattr(table, name)
    raise AttributeError(f"module 'kg_service.comparison' has no attribute {name!r}")
