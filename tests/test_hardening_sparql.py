"""SPARQL cannot take the service down: costly queries end within the time limit, in worker
processes, while /health keeps answering; the row and memory bounds hold."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from rdflib import Graph, Literal, URIRef

from bench.sparql_engines import ATTACKS
from kg_service.graph.sparql_worker import SparqlWorkers, _negotiate
from kg_service.settings import get_settings

JSON = {"accept": "application/sparql-results+json"}


@pytest.mark.slow
def test_attack_queries_end_within_the_timeout_and_health_stays_up(live_server):
    """Costly queries are answered (a result, or a 400 naming the time limit they passed) while /health
    keeps answering 200 throughout; how long they take is measured by bench/sparql_engines.py (the
    attacks) and bench/hostile.py (/health meanwhile), never asserted by a test."""
    timeout = get_settings().sparql_timeout_s
    stop = threading.Event()
    health: list[int] = []
    attacking = threading.Event()
    during: list[int] = []  # /health's answers while an attack ran

    def poll():
        with httpx.Client(timeout=30) as c:
            while not stop.is_set():
                status = c.get(f"{live_server}/health").status_code
                health.append(status)
                if attacking.is_set():
                    during.append(status)
                stop.wait(0.1)

    def attack(query: str) -> httpx.Response:
        return httpx.get(f"{live_server}/sparql", params={"query": query}, headers=JSON, timeout=timeout + 60)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    try:
        results = []
        queries = list(ATTACKS.values())
        workers = get_settings().sparql_workers
        attacking.set()
        with ThreadPoolExecutor(workers) as pool:  # as many at once as there are workers
            for i in range(0, len(queries), workers):
                results += list(pool.map(attack, queries[i:i + workers]))
        attacking.clear()
    finally:
        stop.set()
        poller.join(30)
    for r in results:
        assert r.status_code in (200, 400), r.text[:200]
        if r.status_code == 400:  # refused: named what bound it passed
            assert any(w in r.text for w in ("longer than", "more than", "memory", "SERVICE")), r.text[:200]
    assert during and set(health) == {200}  # /health answered, and answered 200, while attacked
    # the endpoint still answers afterwards (killed workers were replaced)
    r = httpx.get(f"{live_server}/sparql", params={"query": "ASK {}"}, headers=JSON, timeout=30)
    assert r.status_code == 200 and r.json()["boolean"] is True


def test_non_utf8_query_body_is_400(client):
    r = client.post("/sparql", content=b"ASK {} \xff", headers={"content-type": "application/sparql-query"})
    assert r.status_code == 400 and "UTF-8" in r.text


def test_service_to_loopback_is_refused_not_followed(client):
    r = client.get("/sparql", params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/s> { ?s ?p ?o } }"})
    assert r.status_code == 400 and "SERVICE" in r.text


def _graph(n: int) -> Graph:
    g = Graph()
    for i in range(n):
        g.add((URIRef(f"urn:s{i}"), URIRef("urn:p"), Literal("x" * 50 + str(i))))
    return g


def test_worker_bounds(tmp_path):
    workers = SparqlWorkers(_graph(3000), tmp_path, workers=1, timeout_s=3, max_rows=100, memory_mb=500)
    try:
        assert workers.run("SELECT * WHERE { ?s ?p ?o } LIMIT 100", "text/csv").status == 200
        rows = workers.run("SELECT * WHERE { ?s ?p ?o }", "")
        assert rows.status == 400 and b"more than 100" in rows.body
        slow = workers.run("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "")
        assert slow.status == 400 and b"longer than 3 s" in slow.body  # ended by the bound, and says so
        memory = workers.run("SELECT (GROUP_CONCAT(?c) AS ?x) WHERE { ?a ?b ?c . ?d ?e ?f }", "")
        assert memory.status == 400 and (b"memory" in memory.body or b"longer" in memory.body)
        assert workers.run("ASK { ?s ?p ?o }", "").status == 200  # a fresh worker took over
    finally:
        workers.close()


@pytest.mark.parametrize(("accept", "expected"), [
    ("", "application/sparql-results+json"),
    ("text/csv", "text/csv"),
    ("application/sparql-results+xml;q=0.5, text/csv;q=0.9", "text/csv"),
    ("*/*", "application/sparql-results+json"),
    ("text/*", "text/csv"),
    ("application/whatever", "application/sparql-results+json"),
])
def test_content_negotiation(accept, expected):
    from kg_service.graph.sparql_worker import SELECT_FORMATS

    assert _negotiate(accept, SELECT_FORMATS) == expected


@pytest.mark.parametrize("form", [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ service <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERV\\u0049CE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ OPTIONAL {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
    "ASK {{ SERVICE <{url}> {{ ?s ?p ?o }} FILTER(1 ?= 2) }}",  # not rdflib's SPARQL
])
def test_service_never_reaches_the_network(client, form):
    """Oxigraph would follow SERVICE: nothing may arrive at a loopback listener."""
    import socket

    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    srv.settimeout(0.5)
    url = f"http://127.0.0.1:{srv.getsockname()[1]}/sparql"
    try:
        r = client.get("/sparql", params={"query": form.format(url=url)}, headers=JSON)
        assert r.status_code == 400
        with pytest.raises(OSError):
            srv.accept()  # nothing connected
    finally:
        srv.close()
