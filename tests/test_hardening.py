"""Regression tests of issue 14's holes: no request reads the server's files, reaches its network,
answers 5xx for bad input, or costs more than its bounds allow."""
from __future__ import annotations

import json
import socket
import threading
import time

import pytest

ENTERPRISE = {"id": "hard-1", "industry_code": "C39", "as_of": "2025-06-30"}
PUBLISHED = "https://w3id.org/bjsf/contexts/profile.jsonld"
REFUSED = "only the published context"


@pytest.fixture()
def listener():
    """A loopback TCP listener recording every connection made to it."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    srv.settimeout(0.2)
    arrived: list[bytes] = []
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(0.5)
                try:
                    arrived.append(conn.recv(4096))
                except OSError:
                    arrived.append(b"")

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.getsockname()[1]}/ctx.jsonld", arrived
    stop.set()
    t.join(2)
    srv.close()


def _hostile_documents(url: str) -> list[dict]:
    return [
        {"@context": url, **ENTERPRISE},
        {"@context": {"@import": url}, **ENTERPRISE},
        {"@context": [PUBLISHED, {"@import": url}], **ENTERPRISE},
        {"@context": [PUBLISHED, {"incidents": {"@id": "https://w3id.org/bjsf/ontology#incidents",
                                                "@context": url}}], **ENTERPRISE},
        {"@context": PUBLISHED, "@graph": [{"@context": url, **ENTERPRISE}]},
        {"@context": {"@version": 1.1, "p": {"@id": "urn:p", "@context": {"@import": url}}}, "p": {"q": 1}},
    ]


@pytest.mark.parametrize("media", ["application/json", "application/ld+json"])
def test_no_context_is_fetched_from_the_network(client, listener, media):
    url, arrived = listener
    for doc in _hostile_documents(url):
        r = client.post("/assess", content=json.dumps(doc), headers={"content-type": media})
        assert r.status_code == 422, (doc, r.text)
        assert REFUSED in r.text and "127.0.0.1" not in r.text
    time.sleep(0.3)
    assert arrived == []


@pytest.mark.parametrize("target", ["file:///etc/passwd", "file:///etc/", "file:///nonexistent/x.jsonld",
                                    "/etc/passwd", "../../etc/passwd", "http://127.0.0.1:1/x"])
@pytest.mark.parametrize("media", ["application/json", "application/ld+json"])
def test_files_are_not_read_and_errors_reveal_nothing(client, target, media):
    bodies = [{"@context": target, **ENTERPRISE}, {"@context": {"@import": target}, **ENTERPRISE},
              {"@context": [PUBLISHED, {"incidents": {"@id": "urn:x", "@context": target}}], **ENTERPRISE}]
    messages = set()
    for doc in bodies:
        r = client.post("/assess", content=json.dumps(doc), headers={"content-type": media})
        assert r.status_code == 422, r.text
        for leak in ("root:", "No such file", "Is a directory", "Connection refused", "Errno", "passwd"):
            assert leak not in r.text
        messages.add(r.text)
    assert len(messages) == 1  # one message whatever exists or answers


def test_rdflib_itself_cannot_fetch_a_context(listener):
    """The loader replaces rdflib's fetcher: even a document that bypasses our walk stays local."""
    from rdflib import Graph

    from kg_service.assessment import jsonld_loader
    from kg_service.assessment.jsonld_loader import ContextRefused

    url, arrived = listener
    jsonld_loader.install()
    for doc in ({"@context": {"@import": url}, "urn:p": 1}, {"@context": "file:///etc/passwd", "urn:p": 1}):
        with pytest.raises(ContextRefused):
            Graph().parse(data=json.dumps(doc), format="json-ld")
    time.sleep(0.3)
    assert arrived == []


def test_published_context_by_url_path_and_import_still_works(client):
    for ctx in (PUBLISHED, "/contexts/profile.jsonld", {"@import": PUBLISHED}, [PUBLISHED, {"extra": "urn:x"}]):
        r = client.post("/assess?explain=false", content=json.dumps({"@context": ctx, **ENTERPRISE}),
                        headers={"content-type": "application/ld+json"})
        assert r.status_code == 200, (ctx, r.text)
        assert r.json()["profile_id"] == "hard-1"


# ---- the 500s ------------------------------------------------------------------------------------

CYCLIC_LIST = b"""@prefix sfkg: <https://w3id.org/bjsf/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
<urn:p> a sfkg:EnterpriseProfile ; sfkg:profileId "x" ; sfkg:incidents _:l .
_:l rdf:first _:i ; rdf:rest _:l .
_:i sfkg:eventKind "safety" ; sfkg:eventGrade "general" ;
    sfkg:eventDate "2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .
"""


@pytest.mark.parametrize(("body", "media", "field"), [
    (b"[" * 5000 + b"]" * 5000, "application/json", "(body)"),
    (b'{"id": "x", "incidents": ' + b"[" * 5000 + b"]" * 5000 + b"}", "application/ld+json", "(body)"),
    (b"\xff", "text/turtle", "(body)"),
    (CYCLIC_LIST, "text/turtle", "incidents"),
    (b'{"id": "x", "indicators": {"key_process_nc_rate": NaN}}', "application/json", "indicators.key_process_nc_rate"),
    (b'{"id": "x", "indicators": {"key_process_nc_rate": Infinity}}', "application/json",
     "indicators.key_process_nc_rate"),
    (b'{"id": "x", "indicators": {"key_process_nc_rate": -Infinity}}', "application/json",
     "indicators.key_process_nc_rate"),
    (b'{"id": "x", "annual_revenue_10k_cny": 1e999}', "application/json", "annual_revenue_10k_cny"),
    (b'{"id": "x", "as_of": "0001-01-01"}', "application/json", "as_of"),
    (b'{"id": "x", "as_of": "0003-12-31"}', "application/json", "as_of"),
    (b'{"id": "x", "as_of": "9999-12-31"}', "application/json", "as_of"),
    (b'{"id": "x", "incidents": [{"kind": "safety", "grade": "general", "date": "0001-01-01"}]}',
     "application/json", "incidents.0.date"),
])
def test_bad_input_is_422_naming_the_field(client, body, media, field):
    r = client.post("/assess", content=body, headers={"content-type": media})
    assert r.status_code == 422, r.text
    assert field in r.text and len(r.content) < 1000


def test_deep_json_on_pydantic_routes_is_422(client):
    for path in ("/ask", "/revocation-check"):
        r = client.post(path, content=b"[" * 5000, headers={"content-type": "application/json"})
        assert r.status_code == 422 and "nested deeper" in r.text


# ---- limits before work ------------------------------------------------------------------------

@pytest.fixture
def never_parsed(client, monkeypatch):
    """A request refused on its size never reaches the route's parsing (the body limits answer first):
    parsing it fails the test. How long a refusal takes is bench/hostile.py's to measure."""
    from kg_service.service import Service

    def parse(*_a, **_k):
        raise AssertionError("a body over its route's bound was parsed")

    monkeypatch.setattr(Service, "read_assess_request", parse)
    return client


def test_large_array_is_refused_unparsed_and_short(never_parsed):
    body = json.dumps({"id": "x", "incidents": [1] * 150_000}).encode()  # 300 kB
    assert len(body) > 300_000
    r = never_parsed.post("/assess", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 413 and len(r.content) < 500
    assert r.json()["errors"][0]["field"] == "(body)"


def test_array_over_max_items_is_refused_by_length_without_echo(client):
    body = json.dumps({"id": "x", "incidents": [1] * 10_000}).encode()  # under the body bound
    r = client.post("/assess", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 422 and len(r.content) < 500
    assert "incidents" in r.text and "1, 1" not in r.text


def test_long_strings_are_not_echoed(client):
    r = client.post("/assess", json={"id": "x", "name": "名" * 20_000})
    assert r.status_code == 422 and len(r.content) < 500 and "name" in r.text


def test_chunked_body_is_cut_at_the_bound(live_server):
    import httpx

    def chunks():
        for _ in range(400):
            yield b" " * 10_000  # 4 MB if read to the end

    r = httpx.post(f"{live_server}/assess", content=chunks(), headers={"content-type": "application/json"},
                   timeout=10)
    assert r.status_code == 413


def test_declared_length_over_the_bound_is_refused_unread(client):
    r = client.post("/ask", content=b"x" * 20_000, headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_our_schema_copy_keeps_the_contracts_valid_profiles(dev_cases):
    """Our copy of the schema may add bounds; the contract's valid profiles must stay valid."""
    from jsonschema import Draft202012Validator

    from kg_service.assessment.profile import check_profile
    from tests.conftest import CONTRACT

    contract = Draft202012Validator(json.loads((CONTRACT / "enterprise-profile.schema.json").read_text("utf-8")))
    valid = [c["profile"] for c in dev_cases if "expect_status" not in c]
    assert valid
    for profile in valid:
        assert contract.is_valid(profile)
        check_profile(profile)


def test_largest_valid_profile_fits_the_bounds(client):
    """1000 incidents and 1000 violations (the schema's maxItems) are still accepted over HTTP."""
    events = [{"kind": "other", "grade": "general", "date": "2019-01-01"}] * 1000
    profile = {**ENTERPRISE, "incidents": events,
               "violations": [{"date": "2019-01-01", "description": "x" * 20}] * 1000}
    r = client.post("/assess?explain=false", json=profile)
    assert r.status_code == 200, r.text[:300]


# ---- bounded concurrency ---------------------------------------------------------------------------

def test_saturated_costly_routes_answer_503_and_cheap_routes_are_not_held():
    import asyncio

    from kg_service.api.limiter import ConcurrencyLimiter, RouteClass

    release = asyncio.Event()

    async def app(scope, receive, send):
        if scope["path"] == "/assess":
            await release.wait()  # a costly request that holds its slot
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    async def call(limited, path: str) -> tuple[int, dict]:
        out: dict = {}

        async def send(message):
            if message["type"] == "http.response.start":
                out["status"], out["headers"] = message["status"], dict(message["headers"])

        async def receive():
            return {"type": "http.request", "body": b"", "more_body": False}

        await limited({"type": "http", "method": "POST", "path": path, "headers": []}, receive, send)
        return out["status"], out["headers"]

    async def scenario():
        # what is asserted is who answers while the slots are held (release is set only at the end):
        # never how long an answer took (bench/load.py measures that)
        limited = ConcurrencyLimiter(app, [RouteClass("compute", ("/assess",), slots=2, queue=1, wait_s=0.3)])
        held = [asyncio.create_task(call(limited, "/assess")) for _ in range(3)]  # 2 slots + 1 waiting
        await asyncio.sleep(0.05)
        status, headers = await call(limited, "/assess")  # queue full: refused, the slots still held
        assert status == 503 and headers[b"retry-after"] == b"1"
        assert not any(t.done() for t in held)  # the waiter is still waiting for its wait_s
        assert (await call(limited, "/health"))[0] == 200  # never held
        waited = await held[2]  # the waiter gave up after wait_s, the slots still held
        assert waited[0] == 503 and not release.is_set() and not held[0].done() and not held[1].done()
        release.set()
        assert [(await t)[0] for t in held[:2]] == [200, 200]
        assert (await call(limited, "/assess"))[0] == 200  # slots are given back

    asyncio.run(scenario())


def test_openapi_documents_the_common_statuses(client):
    doc = client.get("/openapi.json").json()
    assess = doc["paths"]["/assess"]["post"]["responses"]
    assert {"401", "403", "413", "422", "503"} <= set(assess)
    assert "Retry-After" in assess["503"]["headers"]
    assert {"413", "422"} <= set(doc["paths"]["/ask"]["post"]["responses"])
    assert "503" not in doc["paths"]["/articles"]["get"]["responses"]
    assert {"401", "403"} <= set(doc["paths"]["/keys"]["get"]["responses"])
    assert "ErrorBody" in doc["components"]["schemas"]


def test_large_turtle_is_refused_before_parsing(never_parsed):
    triple = b'<urn:s> <https://w3id.org/bjsf/ontology#enterpriseName> "' + b"x" * 80 + b'" .\n'
    body = triple * (2_000_000 // len(triple))  # 2 MB: it blocked /health for 2.4 s when parsed
    r = never_parsed.post("/assess", content=body, headers={"content-type": "text/turtle"})
    assert r.status_code == 413 and r.json()["errors"][0]["field"] == "(body)"


def test_many_triples_under_the_byte_bound_are_refused(client):
    body = b"<urn:s> <urn:p> " + b",".join([b"[]"] * 25_000) + b" ."  # 25,000 triples in 75 kB
    r = client.post("/assess", content=body, headers={"content-type": "text/turtle"})
    assert r.status_code == 422 and "more than 20000 triples" in r.text and len(r.content) < 500


def test_the_heavy_routes_each_have_a_bounded_pool_and_the_cheap_ones_none():
    """Issue 19: a reform's impact and batch uploads are held in pools of their own; a batch job's status
    and files, /thresholds, /articles and /health are never held."""
    from kg_service.api.limiter import default_classes

    def held(path: str, method: str) -> str | None:
        return next((c.name for c in default_classes() if c.matches(path, method)), None)

    assert held("/reforms/impact", "POST") == "impact"
    assert held("/batch", "POST") == "batch" and held("/ui/batch", "POST") == "batch"
    assert held("/assess", "POST") == "compute" and held("/ask", "GET") == "compute"
    for path in ("/batch/abc", "/batch/abc/results.jsonl", "/ui/batch", "/reforms", "/thresholds",
                 "/articles/art_5", "/health"):
        assert held(path, "GET") is None, path
    assert all(c.slots >= 1 and c.queue >= 1 for c in default_classes())
