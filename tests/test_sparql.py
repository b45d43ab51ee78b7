"""The read-only SPARQL endpoint, spoken to over real HTTP by SPARQLWrapper."""
from __future__ import annotations

import urllib.error

import pytest
from SPARQLWrapper import CSV, JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import EndPointInternalError, QueryBadFormed, SPARQLWrapperException

THRESHOLDS = """
PREFIX sfkg: <https://w3id.org/bjsf/ontology#>
SELECT ?row ?field ?value WHERE {
  ?t a sfkg:Threshold ; sfkg:forGroup ?g ; sfkg:forIndicator ?i ; sfkg:thresholdValue ?value ; sfkg:definedIn ?row .
  ?i sfkg:profileField ?field .
}"""


def wrapper(base: str) -> SPARQLWrapper:
    return SPARQLWrapper(f"{base}/sparql")


def test_all_25_thresholds_with_sparqlwrapper(live_server):
    sw = wrapper(live_server)
    sw.setQuery(THRESHOLDS)
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    assert len(rows) == 25
    electronics = {r["field"]["value"]: float(r["value"]["value"]) for r in rows
                   if r["row"]["value"].endswith("att_2-1__row_3")}
    assert electronics == {"key_process_nc_rate": 80, "labor_productivity_gain": 8, "defect_rate_reduction": 4,
                           "equipment_networking_rate": 70, "energy_per_output_reduction": 7}


def test_csv_results_and_post(live_server):
    sw = wrapper(live_server)
    sw.setMethod(POST)
    sw.setQuery(THRESHOLDS)
    sw.setReturnFormat(CSV)
    text = sw.query().convert().decode()
    assert text.splitlines()[0].strip() == "row,field,value" and len(text.strip().splitlines()) == 26


def test_updates_are_refused(live_server, client):
    sw = wrapper(live_server)
    sw.setMethod(POST)
    sw.setQuery("PREFIX ex: <urn:x:> INSERT DATA { ex:a ex:b ex:c }")
    with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)) as refused:
        sw.query()
    assert "403" in str(refused.value) or "not allowed" in str(refused.value)
    r = client.post("/sparql", content="INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                    headers={"content-type": "application/sparql-update"})
    assert r.status_code == 403
    assert not client.get("/sparql", params={"query": "ASK { <urn:a> <urn:b> <urn:c> }"},
                          headers={"accept": "application/sparql-results+json"}).json()["boolean"]


def test_service_clauses_are_refused(client):
    r = client.get("/sparql", params={"query": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"})
    assert r.status_code == 400 and "SERVICE" in r.text


def test_limits_in_the_processor():
    from rdflib import Graph, Literal, URIRef

    from kg_service.graph.sparql_limits import LimitedSPARQLProcessor, QueryRefused

    g = Graph()
    for i in range(50):
        g.add((URIRef(f"urn:s{i}"), URIRef("urn:p"), Literal(i)))
    assert len(list(g.query("SELECT * WHERE { ?s ?p ?o }", processor=LimitedSPARQLProcessor(
        g, timeout_s=10, max_rows=50)))) == 50
    with pytest.raises(QueryRefused, match="more than 10"):
        g.query("SELECT * WHERE { ?s ?p ?o }", processor=LimitedSPARQLProcessor(g, timeout_s=10, max_rows=10))
    with pytest.raises(QueryRefused, match="longer than"):
        g.query("SELECT * WHERE { ?s ?p ?o . ?a ?b ?c . ?d ?e ?f }",
                processor=LimitedSPARQLProcessor(g, timeout_s=0.05, max_rows=10**9))


def test_bad_query_is_400(live_server):
    sw = wrapper(live_server)
    sw.setQuery("SELEKT nonsense")
    with pytest.raises((QueryBadFormed, EndPointInternalError, SPARQLWrapperException)):
        sw.query()
