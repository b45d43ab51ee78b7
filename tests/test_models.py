"""The typed results are the schema of the real answers: every answer of the assessment cases, the
contract's development cases, revocation checks and records validates against its model (which
forbids undeclared keys), and /openapi.json documents the 200 answers with these models."""
from __future__ import annotations

import pytest

from kg_service.assessment.models import AssessmentResult, RevocationResult
from kg_service.records.models import AssessmentRecord, RevocationRecord
from tests.test_assessment import CASES, build_profile
from tests.test_records import bearer, env, profile  # noqa: F401  (env: the records app fixture)


@pytest.mark.parametrize("explain", [True, False])
def test_every_assessment_case_validates(client, explain):
    seen_missing = seen_indicators = seen_records = 0
    for case in CASES["cases"]:
        r = client.post("/assess", json=build_profile(case), params={"explain": explain})
        assert r.status_code == 200, r.text
        result = AssessmentResult.model_validate(r.json())
        for level in result.results:
            for c in level.conditions:
                assert (c.citations is not None) == explain
                seen_missing += bool(c.missing)
                seen_indicators += any(m.indicators for m in c.missing or [])
                seen_records += any(m.records for m in c.missing or [])
    # the cases reach every optional part of the model
    assert seen_missing and seen_indicators and seen_records


def test_one_level_and_dev_cases_validate(client, dev_cases):
    AssessmentResult.model_validate(client.post("/assess", json=CASES["base"], params={"level": "basic"}).json())
    answered = 0
    for case in dev_cases:
        r = client.post("/assess", json=case["profile"])
        if r.status_code == 200:  # some development cases are invalid input on purpose
            AssessmentResult.model_validate(r.json())
            answered += 1
    assert answered


def test_an_undeclared_key_is_refused():
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        AssessmentResult.model_validate({"profile_id": "x", "as_of": "2026-01-01", "rules_version": "r",
                                         "results": [], "surprise": 1})


@pytest.mark.parametrize("events", [
    [], [{"type": "false_information"}], [{"type": "renamed", "date": "2026-03-01"}],
    [{"type": "accident", "kind": "safety", "grade": "major"}],
])
def test_revocation_answers_validate(client, events):
    r = client.post("/revocation-check", json={"factory_id": "f1", "level": "advanced",
                                                "recognised_on": "2025-10-01", "as_of": "2026-06-01",
                                                "events": events})
    assert r.status_code == 200, r.text
    RevocationResult.model_validate(r.json())


def test_records_read_back_into_their_models(env):  # noqa: F811
    c, key = env["client"], env["keys"]["reviewer"]
    answer = c.post("/assess", json=profile("typed-record"), headers=bearer(key)).json()
    got = c.get(f"/assessments/{answer['record_id']}", headers=bearer(key)).json()
    record = AssessmentRecord.model_validate(got)
    assert record.trace.kind == "assessment" and record.trace.profile["id"] == "typed-record"
    store = env["state"].records
    assert store.get_model(answer["record_id"]) == record

    rev = c.post("/revocation-check", json={"level": "basic", "recognised_on": "2025-10-01", "events": []},
                 headers=bearer(key)).json()
    read = c.get(f"/revocation-checks/{rev['record_id']}", headers=bearer(key)).json()
    assert RevocationRecord.model_validate(read).trace.kind == "revocation_check"


def test_a_result_outside_the_model_is_not_recorded(env):  # noqa: F811
    store = env["state"].records
    key = env["state"].keys.list()[0]
    result = env["state"].assess(profile("not-typed"))
    before = len(store.record_ids())
    with pytest.raises(ValueError):
        store.record_assessment(profile("not-typed"), {**result, "surprise": {"a": 1}}, key)
    assert len(store.record_ids()) == before  # nothing half-written


@pytest.mark.parametrize(("path", "method", "model"), [
    ("/assess", "post", "AssessmentResult"), ("/revocation-check", "post", "RevocationResult"),
    ("/assessments/{record_id}", "get", "AssessmentRecord"),
    ("/revocation-checks/{record_id}", "get", "RevocationRecord"),
])
def test_openapi_documents_the_200_answers(client, path, method, model):
    doc = client.get("/openapi.json").json()
    ok = doc["paths"][path][method]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": f"#/components/schemas/{model}"}
    schema = doc["components"]["schemas"][model]
    assert schema["additionalProperties"] is False
    assert {"results", "causes"} & set(schema["properties"])


def test_every_422_is_documented_as_the_error_body(client):
    doc = client.get("/openapi.json").json()
    assert "HTTPValidationError" not in doc["components"]["schemas"]
    for path, methods in doc["paths"].items():
        for method, op in methods.items():
            if "422" in op.get("responses", {}):
                schema = op["responses"]["422"]["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/ErrorBody"}, (path, method)
