"""GET|POST /sparql: a read-only SPARQL 1.1 Protocol endpoint over the knowledge graph.

The protocol (content negotiation, form and direct POST, the YASGUI query page) comes from
``rdflib-endpoint``; this module adds the limits and refuses updates. Only the knowledge graph is
served, never stored enterprise records.
"""
from __future__ import annotations

from rdflib import Graph
from rdflib_endpoint import SparqlRouter

from kg_service.graph.sparql_limits import LimitedSPARQLProcessor
from kg_service.settings import Settings

EXAMPLE = """PREFIX sfkg: <https://w3id.org/bjsf/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
# The 25 thresholds of att_2-1
SELECT ?label ?value WHERE {
  ?t a sfkg:Threshold ; rdfs:label ?label ; sfkg:thresholdValue ?value .
  FILTER (LANG(?label) = "en")
} ORDER BY ?label"""


def sparql_router(graph: Graph, settings: Settings) -> SparqlRouter:
    return SparqlRouter(
        path="/sparql",
        graph=graph,
        title="sfkg SPARQL endpoint",
        description="Beijing smart-factory measures (京经信发〔2025〕22号) as a knowledge graph. Read-only.",
        processor=LimitedSPARQLProcessor(graph, timeout_s=settings.sparql_timeout_s,
                                         max_rows=settings.sparql_max_rows),
        enable_update=False,
        example_queries={"Thresholds of att_2-1": {"query": EXAMPLE}},
        tags=["sparql"],
    )
