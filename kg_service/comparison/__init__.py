"""Beijing's measures against the national MIIT scheme and peer provinces, point by point.

The facts are data (``ontology/comparison.ttl`` and ``ontology/schemes-*.ttl``); the rows come from
the ``queries/compare_*.rq`` queries; the relation of Beijing to each other scheme is computed by one
generic function (``relation``). Modules: ``table`` (building a comparison), ``render`` (table,
Markdown, CSV, JSON), ``cli`` (``sfkg compare``); the HTTP face is ``kg_service.api.routes_compare``.
"""
from kg_service.comparison.relation import relation
from kg_service.comparison.table import Comparator, UnknownOptionError

__all__ = ["Comparator", "UnknownOptionError", "relation"]
