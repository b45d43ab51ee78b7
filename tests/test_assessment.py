"""Eligibility assessment, condition by condition, through the API (tests/cases/assessment.yaml)
and the command line; the contract's development cases through both."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
import yaml

from kg_service.cli import main as sfkg

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "assessment.yaml").read_text(encoding="utf-8"))
LEVELS = ("basic", "advanced")


def build_profile(case: dict) -> dict:
    profile = copy.deepcopy(CASES["base"])
    profile["id"] = case["name"][:128]
    for dotted in case.get("unset", []):
        *parents, leaf = dotted.split(".")
        node = profile
        for p in parents:
            node = node[p]
        node.pop(leaf, None)
    for dotted, value in case.get("set", {}).items():
        *parents, leaf = dotted.split(".")
        node = profile
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = value
    return profile


def conditions_by_id(result: dict) -> dict[str, dict]:
    return {c["id"]: c for r in result["results"] for c in r["conditions"]}


@pytest.mark.parametrize("case", CASES["cases"], ids=[c["name"] for c in CASES["cases"]])
def test_case(client, case):
    r = client.post("/assess", json=build_profile(case))
    assert r.status_code == 200, r.text
    body = r.json()
    verdicts = {res["level"]: res["verdict"] for res in body["results"]}
    conditions = conditions_by_id(body)
    for key, expected in case["expect"].items():
        if key in LEVELS:
            assert verdicts[key] == expected, (key, conditions)
            continue
        status, *articles = expected if isinstance(expected, list) else [expected]
        cond = conditions[key]
        assert cond["status"] == status, cond
        for eid in articles:
            assert eid in cond["articles"], cond["articles"]


def test_dev_cases_through_api(client, dev_cases):
    for case in dev_cases:
        r = client.post("/assess", json=case["profile"])
        if "expect_status" in case:
            assert r.status_code == case["expect_status"], case["name"]
            continue
        assert r.status_code == 200, (case["name"], r.text)
        results = {res["level"]: res for res in r.json()["results"]}
        for level, exp in case["expect"].items():
            assert results[level]["verdict"] == exp["verdict"], case["name"]
            for status in ("not_met", "unknown"):
                cited = {a for c in results[level]["conditions"] if c["status"] == status for a in c["articles"]}
                assert set(exp.get(status, [])) <= cited, (case["name"], level, status)


def test_dev_cases_through_cli(tmp_path, capsys, dev_cases):
    for case in dev_cases:
        path = tmp_path / f"{case['name']}.json"
        path.write_text(json.dumps(case["profile"], ensure_ascii=False), encoding="utf-8")
        code = sfkg(["assess", str(path), "--json"])
        out = capsys.readouterr()
        if "expect_status" in case:
            assert code == 2 and "maturity_levle" in out.err
            continue
        assert code == 0, out.err
        results = {res["level"]: res for res in json.loads(out.out)["results"]}
        for level, exp in case["expect"].items():
            assert results[level]["verdict"] == exp["verdict"], case["name"]


def test_response_fields_and_citations(client):
    profile = build_profile({"name": "maturity-1", "set": {"maturity_level": 1}})
    body = client.post("/assess", json=profile).json()
    assert body["profile_id"] == "maturity-1" and body["as_of"] == "2026-06-30"
    assert len(body["rules_version"]) == 64
    cond = conditions_by_id(body)["maturity_level"]
    assert set(cond) >= {"id", "status", "articles", "message", "observed", "required"}
    assert cond["observed"] == {"maturity_level": 1}
    assert "2" in cond["required"]["en"] and cond["message"]["zh"] and cond["message"]["en"]
    # the cited unit comes with its text, and what is missing says 1 → 2
    assert cond["citations"][0]["eid"] == "art_5__item_7"
    assert "二级及以上" in cond["citations"][0]["text"]["zh"]
    assert "1 → 2" in cond["missing"][0]["en"]


def test_missing_lists_nearest_indicators_first(client):
    profile = build_profile({"name": "gaps", "set": {"indicators": {
        "key_process_nc_rate": 79, "labor_productivity_gain": 8, "defect_rate_reduction": 2,
        "equipment_networking_rate": 70, "energy_per_output_reduction": 1}}})
    cond = conditions_by_id(client.post("/assess", json=profile, params={"level": "advanced"}).json())
    gaps = cond["advanced_indicators"]["missing"][0]["indicators"]
    unmet = [g for g in gaps if g["met"] is False]
    assert [g["indicator"] for g in unmet] == ["key_process_nc_rate", "defect_rate_reduction",
                                               "energy_per_output_reduction"]
    assert unmet[0]["gap"] == pytest.approx(1.0) and unmet[0]["threshold"] == 80.0
    assert cond["advanced_indicators"]["required"]["thresholds"]["equipment_networking_rate"] == 70.0


def test_incident_in_window_says_when_it_leaves(client):
    profile = build_profile({"name": "incident", "set": {
        "incidents": [{"kind": "environmental", "grade": "extraordinary", "date": "2026-02-01"}]}})
    cond = conditions_by_id(client.post("/assess", json=profile).json())["clean_record"]
    records = cond["missing"][0]["records"]
    assert records == [{"kind": "environmental", "grade": "extraordinary", "date": "2026-02-01",
                        "outside_window_from": "2029-02-02"}]


def test_level_parameter(client):
    body = client.post("/assess", json=CASES["base"], params={"level": "basic"}).json()
    assert [r["level"] for r in body["results"]] == ["basic"]
    assert "basic_filing" not in conditions_by_id(body)
    assert client.post("/assess", json=CASES["base"], params={"level": "excellent"}).status_code == 422


def test_as_of_defaults_to_today(client):
    from datetime import date

    profile = {k: v for k, v in CASES["base"].items() if k != "as_of"}
    assert client.post("/assess", json=profile).json()["as_of"] == date.today().isoformat()


@pytest.mark.parametrize(("patch", "field"), [
    ({"maturity_level": "3"}, "maturity_level"),
    ({"maturity_level": 2.5}, "maturity_level"),
    ({"maturity_levle": 3}, "maturity_levle"),
    ({"credit_code": "91350100M000100Y44"}, "credit_code"),
    ({"credit_code": "9135010OM000100Y43"}, "credit_code"),
    ({"as_of": "2026-02-30"}, "as_of"),
    ({"basic_filing": {"filed": True, "date": "2025-13-01"}}, "basic_filing.date"),
    ({"indicators": {"key_process_nc_rate": 101}}, "indicators.key_process_nc_rate"),
    ({"indicators": {"nc_rate": 80}}, "indicators.nc_rate"),
    ({"incidents": [{"kind": "safety", "grade": "huge", "date": "2025-01-01"}]}, "incidents.0.grade"),
    ({"industry_code": "39"}, "industry_code"),
    ({"domains": ["production_operation", "production_operation"]}, "domains"),
    ({"id": ""}, "id"),
])
def test_bad_input_is_422_naming_the_field(client, patch, field):
    r = client.post("/assess", json={**CASES["base"], **patch})
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == field


@pytest.mark.parametrize(("body", "content_type"), [
    (b"{not json", "application/json"),
    (b"[1, 2]", "application/json"),
    (b'"a string"', "application/json"),
])
def test_malformed_bodies_are_422(client, body, content_type):
    r = client.post("/assess", content=body, headers={"content-type": content_type})
    assert r.status_code == 422, r.text


def test_missing_id_is_422(client):
    r = client.post("/assess", json={k: v for k, v in CASES["base"].items() if k != "id"})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "id"


def test_jsonld_with_published_context(client):
    doc = {"@context": "https://w3id.org/bjsf/contexts/profile.jsonld", **CASES["base"]}
    r = client.post("/assess", json=doc, headers={"content-type": "application/ld+json"})
    assert r.status_code == 200
    assert {x["verdict"] for x in r.json()["results"]} == {"eligible"}


def test_jsonld_with_inline_context_and_turtle(client):
    ctx = client.get("/contexts/profile.jsonld").json()
    doc = {**ctx, "@id": "urn:x:f", **CASES["base"], "maturity_level": 1}
    r = client.post("/assess", content=json.dumps(doc), headers={"content-type": "application/ld+json"})
    assert r.status_code == 200, r.text
    assert conditions_by_id(r.json())["maturity_level"]["status"] == "not_met"

    from kg_service.assessment.rdfmap import profile_to_graph

    turtle = profile_to_graph({**CASES["base"], "maturity_level": 1})[0].serialize(format="turtle")
    r = client.post("/assess", content=turtle.encode(), headers={"content-type": "text/turtle"})
    assert r.status_code == 200, r.text
    assert conditions_by_id(r.json())["maturity_level"]["status"] == "not_met"


def test_remote_context_is_refused_not_fetched(client):
    doc = {"@context": "http://example.org/ctx.jsonld", **CASES["base"]}
    r = client.post("/assess", json=doc, headers={"content-type": "application/ld+json"})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "@context"


def test_fast_mapping_equals_jsonld(client):
    """The assessment's direct mapping gives the same graph as a JSON-LD processor."""
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from kg_service.assessment.rdfmap import profile_from_graph, profile_to_graph

    ctx = client.get("/contexts/profile.jsonld").json()
    for profile in (CASES["base"], build_profile({"name": "x", "set": {"incidents": [
            {"kind": "safety", "grade": "major", "date": "2024-01-01"}]}, "unset": ["violations"]})):
        fast, iri = profile_to_graph(profile)
        ref = Graph().parse(data=json.dumps({**profile, **ctx, "@id": str(iri),
                                             "@type": "https://w3id.org/bjsf/ontology#EnterpriseProfile"}),
                            format="json-ld")
        assert isomorphic(fast, ref)
        assert profile_from_graph(fast) == profile


def test_cli_readable_output_and_explain(tmp_path, capsys):
    path = tmp_path / "p.json"
    path.write_text(json.dumps(build_profile({"name": "m1", "set": {"maturity_level": 1}})), encoding="utf-8")
    assert sfkg(["assess", str(path), "--level", "basic"]) == 0
    out = capsys.readouterr().out
    assert out.index("BASIC LEVEL: NOT ELIGIBLE") < out.index("maturity_level")
    assert "art_5__item_7" in out and "ADVANCED" not in out
    assert sfkg(["assess", str(path), "--explain", "--as-of", "2027-01-05"]) == 0
    out = capsys.readouterr().out
    assert "Cited articles:" in out and "二级及以上" in out and "as of 2027-01-05" in out


def test_cli_bad_profile_exits_2(tmp_path, capsys):
    path = tmp_path / "bad.json"
    path.write_text('{"id": "x", "maturity_level": "high"}', encoding="utf-8")
    assert sfkg(["assess", str(path)]) == 2
    assert "maturity_level" in capsys.readouterr().err


def test_assess_does_not_import_torch(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "p.json"
    path.write_text(json.dumps(CASES["base"]), encoding="utf-8")
    code = (f"import sys; from kg_service.cli import main; rc = main(['assess', {str(path)!r}, '--json']); "
            "sys.exit(3 if 'torch' in sys.modules or 'sentence_transformers' in sys.modules else rc)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["results"][0]["verdict"] == "eligible"


def test_leap_day_incident_leaves_the_window_on_1_march(client):
    profile = build_profile({"name": "leap", "set": {
        "incidents": [{"kind": "safety", "grade": "larger", "date": "2024-02-29"}]}})
    cond = conditions_by_id(client.post("/assess", json=profile).json())["clean_record"]
    assert cond["status"] == "not_met"
    assert cond["missing"][0]["records"][0]["outside_window_from"] == "2027-03-01"
    assert "2027-03-01" in cond["missing"][0]["en"]


@pytest.mark.parametrize(("changes", "status", "says"), [
    ({"above_designated_size": None, "annual_revenue_10k_cny": 1500}, "not_met", "below 20 million yuan (2000 万元)"),
    ({"above_designated_size": True, "annual_revenue_10k_cny": 1500}, "not_met", "the revenue decides"),
    ({"above_designated_size": False, "annual_revenue_10k_cny": 2000}, "met", "Met"),
])
def test_size_is_decided_by_revenue(client, changes, status, says):
    profile = {k: v for k, v in {**CASES["base"], **changes}.items() if v is not None}
    r = client.post("/assess", json=profile)
    cond = conditions_by_id(r.json())["eligible_entity"]
    assert cond["status"] == status and says in cond["message"]["en"], cond["message"]
    if status == "not_met":
        assert {r["level"]: r["verdict"] for r in r.json()["results"]} == {"basic": "not_eligible",
                                                                           "advanced": "not_eligible"}
        assert any("annual_revenue_10k_cny" in m["fields"] for m in cond["missing"])
