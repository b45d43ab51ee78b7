"""POST /assess answered without FastAPI's parameter solving when there is nothing to solve (no query, no
API key: kg_service.api.routes_assess._AssessRoute) answers exactly what the declared route answers: the
same status, type and bytes, for every profile of the cases and the contract and for bad input; a
request with a query or a key still goes the declared way. And the quicker checks of the body
(kg_service.input_limits: a run of digits, a non-finite number) agree with the straightforward ones."""
from __future__ import annotations

import json
import math
import os
import random
import re
from pathlib import Path

import pytest

from tests.conftest import CONTRACT
from tests.test_assessment import CASES, build_profile

ROOT = Path(__file__).resolve().parent.parent
JSON = {"content-type": "application/json"}
# the contract's dev cases where the shared files are (../shared, or SFKG_SHARED)
DEV_CASES = [p for p in (CONTRACT / "dev-cases.json", Path(os.environ.get("SFKG_SHARED", CONTRACT.parent)) /
                         "contract" / "dev-cases.json") if p.exists()][:1]


def _profiles() -> list[dict]:
    dev = json.loads(DEV_CASES[0].read_text(encoding="utf-8")) if DEV_CASES else []
    return [CASES["base"], *(build_profile(c) for c in CASES["cases"]), *(c["profile"] for c in dev),
            json.loads((ROOT / "examples" / "profile.json").read_text(encoding="utf-8"))]


BAD_BODIES = [
    b"{", b"[]", b"", b'{"id": 1}', b'{"id":"x","maturity_level":9}', b'{"id":"x","unknown_field":1}',
    b'{"id":"x","indicators":{"key_process_nc_rate":"a"}}', b'{"id":"x","credit_code":"123"}',
    b'{"id":"x","indicators":{"key_process_nc_rate":NaN}}',
    b'{"id":"x","indicators":{"key_process_nc_rate":1' + b"0" * 80 + b"}}",  # past SFKG_JSON_MAX_DIGITS
    b"[" * 40 + b"]" * 40,  # past SFKG_JSON_MAX_DEPTH
    b'{"id":"' + b"x" * 200_000 + b'"}',  # past the route's bound
    b"\xff\xfe",
    b'{"profile": {"id": "x"}, "reform": "nope"}',
]


def _same(a, b) -> None:
    assert (a.status_code, a.headers["content-type"], a.content) == \
        (b.status_code, b.headers["content-type"], b.content), (a.status_code, b.status_code, a.text[:300])


@pytest.fixture
def solving(monkeypatch) -> list[int]:
    """How many times FastAPI solved a route's parameters and dependencies."""
    import fastapi.routing

    calls: list[int] = []
    solve = fastapi.routing.solve_dependencies

    async def counted(*args, **kwargs):
        calls.append(1)
        return await solve(*args, **kwargs)

    monkeypatch.setattr(fastapi.routing, "solve_dependencies", counted)
    return calls


def test_every_profile_is_answered_as_the_declared_route_answers(client, solving):
    profiles = _profiles()
    answered = 0
    for profile in profiles:
        body = json.dumps(profile, ensure_ascii=False).encode()
        fast = client.post("/assess", content=body, headers=JSON)
        assert not solving, "a request without query or key is answered without solving its parameters"
        # the same defaults, spelled in the query: the declared route, FastAPI's parameters and dependencies
        declared = client.post("/assess?explain=true&record=false", content=body, headers=JSON)
        assert solving
        solving.clear()
        _same(fast, declared)
        if fast.status_code == 200:  # (a few cases are refused on purpose: a misspelt field)
            answered += 1
            # and the answer is what the engine decides, as plain JSON
            assert fast.json() == client.app.state.sfkg.assess(profile)
        else:
            assert fast.status_code == 422 and fast.json()["errors"][0]["field"]
    assert answered > 40


def test_bad_input_is_the_same_error_body_both_ways(client):
    for body in BAD_BODIES:
        for headers in (JSON, {}, {"content-type": "text/plain"}):
            fast = client.post("/assess", content=body, headers=headers)
            declared = client.post("/assess?explain=true", content=body, headers=headers)
            assert 400 <= fast.status_code < 500, (body[:60], fast.status_code)
            _same(fast, declared)
            errors = fast.json()["errors"]
            assert errors and all(e["field"] for e in errors)  # the field is named


def test_a_request_with_a_key_or_a_query_goes_the_declared_way(client, solving):
    body = json.dumps(CASES["base"]).encode()
    for headers in ({"authorization": "Bearer nope"}, {"x-api-key": "nope"}, {"authorization": "Basic x"}):
        r = client.post("/assess", content=body, headers={**JSON, **headers})
        assert r.status_code == 401 and r.json()["errors"][0]["field"] == "(request)"
    assert client.post("/assess?record=true", content=body, headers=JSON).status_code == 401  # needs a key
    r = client.post("/assess?level=bogus", content=body, headers=JSON)
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "query.level"
    basic = client.post("/assess?level=basic&explain=false", content=body, headers=JSON).json()
    assert [x["level"] for x in basic["results"]] == ["basic"]
    assert not any("citations" in c for c in basic["results"][0]["conditions"])
    assert len(solving) >= 6


def test_the_openapi_document_of_assess_is_the_declared_one(client):
    op = client.get("/openapi.json").json()["paths"]["/assess"]["post"]
    assert [(p["name"], p["in"]) for p in op["parameters"]] == [
        ("level", "query"), ("explain", "query"), ("record", "query"), ("reform", "query"), ("engine", "query"),
        ("Idempotency-Key", "header")]
    assert op["responses"]["200"]["content"]["application/json"]["schema"] == \
        {"$ref": "#/components/schemas/AssessmentResult"}
    assert op["requestBody"]["content"]["application/json"]["schema"] == \
        {"$ref": "#/components/schemas/EnterpriseProfile"}
    assert op["operationId"] == "assess_assess_post" and op["tags"] == ["assessment"]


def test_a_run_of_digits_is_found_as_the_regular_expression_finds_it():
    from kg_service.input_limits import has_digit_run

    rnd = random.Random(17)
    alphabet = b"0123456789" * 4 + b'{}[]",:. -eE\xe5\x90\x8d\x00\xff9'
    for _ in range(3000):
        body = bytes(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60)))
        n = rnd.randint(1, 12)
        assert has_digit_run(body, n) == bool(re.search(rb"[0-9]{%d}" % n, body)), (body, n)


def test_non_finite_names_the_path_the_straightforward_walk_names():
    from kg_service.input_limits import non_finite

    def reference(v, where=""):  # depth-first, the last item first, as non_finite's stack walks
        if isinstance(v, float) and not math.isfinite(v):
            return where or "(body)"
        items = list(v.items()) if isinstance(v, dict) else list(enumerate(v)) if isinstance(v, list) else []
        for k, x in reversed(items):
            if (found := reference(x, f"{where}.{k}" if where else str(k))) is not None:
                return found
        return None

    rnd = random.Random(23)

    def value(d=0):
        r = rnd.random()
        if d > 4 or r < 0.5:
            return rnd.choice([1, 2.5, "s", None, True, math.nan, math.inf, -math.inf, 0.0] if rnd.random() < 0.2
                              else [1, 2.5, "s", None, True, 0.0, -3.25])
        if r < 0.75:
            return [value(d + 1) for _ in range(rnd.randint(0, 4))]
        return {f"k{i}": value(d + 1) for i in range(rnd.randint(0, 4))}

    found = 0
    for _ in range(3000):
        v = value()
        assert non_finite(v) == reference(v), v
        found += non_finite(v) is not None
    assert found > 100
