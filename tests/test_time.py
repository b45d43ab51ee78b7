"""Parameters, versions and reforms (contract: "Parameters, versions and reforms"; issue 13).

The impact of the shipped example reform is checked against a computation written here from the
parameters as GET /parameters lists them and the contract's rules (never by calling the engine)."""
from __future__ import annotations

import json
import random
import subprocess
import sys
import tomllib
from datetime import date
from pathlib import Path

import pytest
import yaml
from rdflib import Graph, Literal
from rdflib.collection import Collection
from rdflib.namespace import SH

from kg_service.assessment.engine import Assessor
from kg_service.assessment.parameters import ParameterSet
from kg_service.assessment.rules import bind_parameters
from kg_service.errors import InputError
from kg_service.graph.namespaces import SFKG, SFSH
from kg_service.time.reassess import reassess
from kg_service.time.reform import Reform, shipped
from kg_service.time.timeline import Timeline

ROOT = Path(__file__).resolve().parent.parent
CONTRACT_IDS = [f"att_2-1__row_{r}.{c}" for r in range(1, 6) for c in (
    "key_process_nc_rate", "labor_productivity_gain", "defect_rate_reduction", "equipment_networking_rate",
    "energy_per_output_reduction")] + [
    "att_2__sec_2.minimum_met", "art_5__item_7.minimum_level", "art_5__item_3.lookback_years",
    "art_5__item_3.disqualifying_grade", "art_5__item_1.revenue_threshold_10k_cny", "art_14.in_force_from",
    "art_14.in_force_to"]
EXAMPLE = "hypothetical-2027"
INDICATORS = ("key_process_nc_rate", "labor_productivity_gain", "defect_rate_reduction",
              "equipment_networking_rate", "energy_per_output_reduction")

# every condition of both levels met (the contract's table), as of a day in force
GOOD = {
    "id": "good", "name": "示例", "registration": {"province": "北京市", "district": "大兴区"},
    "independent_legal_person": True, "above_designated_size": True, "industry_code": "C3911",
    "factory_built": True, "factory_in_operation": True, "market_competitive": True, "finances_sound_3y": True,
    "bad_credit_record": False, "incidents": [], "violations": [], "product_policy_compliant": True,
    "advanced_technology": True, "security_controllable": True, "cyber_data_risk_controllable": True,
    "organization_mechanism": True, "talent_team": True, "maturity_level": 3,
    "domains": ["production_operation", "production_management", "operations_management"],
    "indicators": {}, "above_regional_industry_average": True, "digital_transformation_compliant": False,
    "basic_filing": {"filed": True, "district": "大兴区", "date": "2025-09-10"}, "as_of": "2026-06-30",
}
ROWS = {"C3911": "att_2-1__row_3", "C1310": "att_2-1__row_1", "C2720": "att_2-1__row_2"}


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    return Timeline.load()


@pytest.fixture(scope="module")
def client():
    from fastapi.testclient import TestClient

    from kg_service.server import create_app

    with TestClient(create_app(warm=False)) as c:
        yield c


def test_parameters_listed_with_citations(client):
    body = client.get("/parameters").json()
    got = {p["id"]: p for p in body["parameters"]}
    assert set(CONTRACT_IDS) <= set(got)
    for pid in CONTRACT_IDS:
        p = got[pid]
        assert p["cites"] and p["label"]["zh"] and p["label"]["en"], pid
        assert p["valid_from"] == "2025-04-29" and p["valid_to"] == "2026-12-31", pid
    assert got["art_5__item_1.revenue_threshold_10k_cny"]["value"] == 2000
    assert got["art_5__item_3.disqualifying_grade"]["value"] == "larger"
    assert got["art_5__item_7.minimum_level"]["value"] == 2
    assert got["att_2__sec_2.minimum_met"]["value"] == 3
    assert got["art_5__item_3.lookback_years"]["value"] == 3
    assert got["att_2-1__row_3.equipment_networking_rate"]["value"] == 70
    assert got["att_2-1__row_3.equipment_networking_rate"]["cites"] == ["att_2-1__row_3"]


def test_thresholds_parameters_are_the_graph_thresholds(timeline):
    """The 25 threshold parameters are the ontology's Threshold individuals, not a copy."""
    compiled = timeline.base.compiled
    params = ParameterSet(compiled.parameters).thresholds()
    assert params == compiled.thresholds and sum(len(v) for v in params.values()) == 25


def test_shapes_graph_is_plain_shacl_with_the_parameter_values():
    reform = Reform.parse({"id": "t", "parameters": {"art_5__item_7.minimum_level": 4,
                                                      "att_2__sec_2.minimum_met": 4,
                                                      "art_5__item_3.disqualifying_grade": "major",
                                                      "art_5__item_1.revenue_threshold_10k_cny": 5000}})
    base = Assessor.load()
    a = Assessor.load(parameters=reform.apply(base.parameters))
    for g in (base.rules.shapes_graph, a.rules.shapes_graph):
        assert not list(g.triples((None, SFKG.parameter, None)))
        assert not list(g.triples((None, SFKG.constraint, None)))
    sg = a.rules.shapes_graph
    assert sg.value(SFSH["art_5__item_7-maturity-level"], SH.minInclusive).toPython() == 4
    assert sg.value(SFSH["att_2__sec_2-indicators"], SH.qualifiedMinCount).toPython() == 4
    assert base.rules.shapes_graph.value(SFSH["art_5__item_7-maturity-level"], SH.minInclusive).toPython() == 2
    assert a.rules.shapes[SFSH["art_5__item_7-maturity-level"]].min_inclusive == 4
    incident = a.rules.shapes[SFSH["art_5__item_3-no-serious-incident"]]
    assert incident.item_filters[str(SFKG.eventGrade)] == {"major", "extraordinary"}
    base_incident = base.rules.shapes[SFSH["art_5__item_3-no-serious-incident"]]
    assert base_incident.item_filters[str(SFKG.eventGrade)] == {"larger", "major", "extraordinary"}
    # the reformed rules decide accordingly: maturity 3 no longer suffices, a larger accident no longer bars
    p = dict(GOOD, indicators={"key_process_nc_rate": 90, "labor_productivity_gain": 9, "defect_rate_reduction": 5,
                               "equipment_networking_rate": 80, "energy_per_output_reduction": 8},
             incidents=[{"kind": "safety", "grade": "larger", "date": "2026-01-10"}])
    before = {c["id"]: c["status"] for c in base.assess(p, "advanced")["results"][0]["conditions"]}
    after = {c["id"]: c["status"] for c in a.assess(p, "advanced")["results"][0]["conditions"]}
    assert (before["maturity_level"], after["maturity_level"]) == ("met", "not_met")
    assert (before["clean_record"], after["clean_record"]) == ("not_met", "met")
    assert (before["advanced_indicators"], after["advanced_indicators"]) == ("met", "met")  # 5 of 5 ≥ 4


def test_shipped_shape_literals_equal_the_parameters(timeline):
    """The literal a bound shape keeps for plain pySHACL is the parameter's value, nowhere else stated."""
    g = Graph().parse(ROOT / "shapes" / "conditions.ttl", format="turtle")
    bindings = len(list(g.triples((None, SFKG.parameter, None))))
    assert bindings >= 7 and bind_parameters(g, timeline.base.parameters) == []
    assert not list(g.triples((None, SFKG.parameter, None)))
    g = Graph().parse(ROOT / "shapes" / "conditions.ttl", format="turtle")
    g.set((SFSH["art_5__item_7-maturity-level"], SH.minInclusive, Literal(5)))
    assert [m for m in bind_parameters(g, timeline.base.parameters) if "art_5__item_7.minimum_level" in m]


def test_lookback_parameter_moves_the_window(timeline):
    p = dict(GOOD, as_of="2026-06-30", incidents=[{"kind": "safety", "grade": "major", "date": "2024-01-10"}])
    short = Reform.parse({"id": "short", "parameters": {"art_5__item_3.lookback_years": 2}})
    before, after = ({c["id"]: c["status"] for c in timeline.assess(p, "basic", reform=r)["results"][0]["conditions"]}
                     for r in (None, short))
    assert before["clean_record"] == "not_met" and after["clean_record"] == "met"


def test_versions_and_the_notice_after_expiry(client):
    v = client.get("/versions").json()["versions"]
    assert v[0]["in_force_from"] == "2025-04-29" and v[0]["in_force_to"] == "2026-12-31" and v[0]["iri"]
    b = client.post("/assess", json=dict(GOOD, as_of="2027-01-15")).json()
    assert list(b)[:3] == ["profile_id", "as_of", "notice"]
    assert "2026-12-31" in b["notice"]["zh"] and "2026-12-31" in b["notice"]["en"] and v[0]["id"] in b["notice"]["en"]
    assert b["measures"] == {"version": v[0]["id"], "iri": v[0]["iri"], "in_force_from": "2025-04-29",
                             "in_force_to": "2026-12-31"}
    for r in b["results"]:
        assert r["verdict"] == "not_eligible"
        in_force = next(c for c in r["conditions"] if c["id"] == "in_force")
        assert in_force["status"] == "not_met" and in_force["articles"] == ["art_14"]
        assert all(c["iri"] == f"{v[0]['iri']}/{c['eid']}" for c in in_force["citations"])
    ok = client.post("/assess", json=GOOD).json()
    assert "notice" not in ok and ok["measures"]["version"] == v[0]["id"]


def test_assess_under_a_reform_names_it(client):
    p = dict(GOOD, as_of="2027-01-15")
    by_query = client.post("/assess", params={"reform": EXAMPLE}, json=p).json()
    reform = yaml.safe_load((ROOT / "reforms" / f"{EXAMPLE}.yaml").read_text(encoding="utf-8"))
    by_body = client.post("/assess", json={"profile": p, "reform": reform}).json()
    for b in (by_query, by_body):
        assert b["reform"]["id"] == EXAMPLE and "notice" not in b
        assert b["measures"]["in_force_to"] == "2027-12-31"
        assert {c["id"]: c["status"] for c in b["results"][0]["conditions"]}["in_force"] == "met"
    assert client.post("/assess", params={"reform": "nope"}, json=p).status_code == 422


@pytest.mark.parametrize("parameters, field", [
    ({"art_99.x": 1}, "reform.parameters.art_99.x"),
    ({"art_5__item_7.minimum_level": "two"}, "reform.parameters.art_5__item_7.minimum_level"),
    ({"art_5__item_7.minimum_level": 2.5}, "reform.parameters.art_5__item_7.minimum_level"),
    ({"art_14.in_force_to": "31/12/2027"}, "reform.parameters.art_14.in_force_to"),
    ({"art_5__item_3.disqualifying_grade": "huge"}, "reform.parameters.art_5__item_3.disqualifying_grade"),
    ({"att_2-1__row_3.equipment_networking_rate": True}, "reform.parameters.att_2-1__row_3.equipment_networking_rate"),
])
def test_invalid_reform_is_422_naming_the_parameter(client, parameters, field):
    r = client.post("/reforms/impact", json={"reform": {"id": "bad", "parameters": parameters},
                                             "profiles": [GOOD]})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == field
    with pytest.raises(InputError) as e:
        Reform.parse({"id": "bad", "parameters": parameters}).apply(Timeline.load().base.parameters)
    assert e.value.field == field


def test_invalid_profile_in_population_names_index_and_field(client):
    r = client.post("/reforms/impact", json={"reform": {"id": "r", "parameters": {}},
                                             "profiles": [GOOD, GOOD, GOOD, dict(GOOD, maturity_level="x")]})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "profiles.3.maturity_level"


def population(n: int, seed: int = 13) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        code = rng.choice(list(ROWS))
        ind = {k: round(rng.uniform(0, 100), 1) if k in ("key_process_nc_rate", "equipment_networking_rate")
               else round(rng.uniform(0, 12), 1) for k in INDICATORS}
        ind["equipment_networking_rate"] = rng.choice([ind["equipment_networking_rate"], 70, 72.5, 75, 74.9])
        as_of = rng.choice(["2026-03-01", "2026-12-31", "2027-01-15", "2027-12-31", "2028-01-01"])
        out.append(dict(GOOD, id=f"p{i:03d}", industry_code=code, indicators=ind, as_of=as_of))
    return out


def expected_verdicts(profile: dict, values: dict) -> dict[str, str]:
    """The contract's rules for a profile whose other conditions are all met, from parameter values."""
    day = date.fromisoformat(profile["as_of"])
    frm, to = (date.fromisoformat(values[k]) for k in ("art_14.in_force_from", "art_14.in_force_to"))
    in_force = frm <= day <= to
    row = ROWS[profile["industry_code"]]
    reached = sum(1 for k in INDICATORS if profile["indicators"][k] >= values[f"{row}.{k}"])
    basic = "eligible" if in_force else "not_eligible"
    advanced = "eligible" if in_force and reached >= values["att_2__sec_2.minimum_met"] else "not_eligible"
    return {"basic": basic, "advanced": advanced}


def test_example_reform_impact_matches_an_independent_computation(client):
    reform = yaml.safe_load((ROOT / "reforms" / f"{EXAMPLE}.yaml").read_text(encoding="utf-8"))
    assert reform["hypothetical"] is True and "HYPOTHETICAL" in (ROOT / "reforms" / f"{EXAMPLE}.yaml").read_text()
    values = {p["id"]: p["value"] for p in client.get("/parameters").json()["parameters"]}
    reformed = {**values, **reform["parameters"]}
    profiles = population(120)
    body = client.post("/reforms/impact", json={"reform": reform, "profiles": profiles}).json()
    assert body["profiles"] == len(profiles)
    expected_changes, counts = set(), {lvl: {"before": {}, "after": {}} for lvl in ("basic", "advanced")}
    for p in profiles:
        b, a = expected_verdicts(p, values), expected_verdicts(p, reformed)
        for lvl in ("basic", "advanced"):
            counts[lvl]["before"][b[lvl]] = counts[lvl]["before"].get(b[lvl], 0) + 1
            counts[lvl]["after"][a[lvl]] = counts[lvl]["after"].get(a[lvl], 0) + 1
            if b[lvl] != a[lvl]:
                expected_changes.add((p["id"], lvl, b[lvl], a[lvl]))
    got = {(c["profile_id"], c["level"], c["before"], c["after"]) for c in body["changed"]}
    assert got == expected_changes and len(got) > 10
    # both parameters matter in this population: some gain by the extension, some lose by the threshold
    assert any(c["conditions"] == ["in_force"] for c in body["changed"])
    assert any("advanced_indicators" in c["conditions"] and c["after"] == "not_eligible" for c in body["changed"])
    for lvl in ("basic", "advanced"):
        for k in ("before", "after"):
            assert {v: n for v, n in body["summary"][lvl][k].items() if n} == counts[lvl][k]


def test_diff_between_the_measures_and_the_example_reform(client, timeline):
    version = client.get("/versions").json()["versions"][0]["id"]
    body = client.get("/versions/diff", params={"from": version, "to": EXAMPLE}).json()
    reform = shipped()[EXAMPLE]
    assert {p["id"] for p in body["parameters"]} == set(reform.parameters)
    p = {p["id"]: p for p in body["parameters"]}
    assert p["art_14.in_force_to"]["from"] == "2026-12-31" and p["art_14.in_force_to"]["to"] == "2027-12-31"
    assert p["att_2-1__row_3.equipment_networking_rate"]["from"] == 70
    assert body["units"] == {"added": [], "removed": [], "changed": []}  # a reform never changes the text
    assert {c["id"] for c in body["conditions"]} == {"in_force", "advanced_indicators"}
    same = client.get("/versions/diff", params={"from": version, "to": version}).json()
    assert same["parameters"] == [] and same["conditions"] == []
    assert client.get("/versions/diff", params={"from": "1999", "to": version}).status_code == 422


def test_reassess_a_record_condition_by_condition(timeline):
    p = dict(GOOD, as_of="2027-01-15", indicators={k: 90 for k in INDICATORS})
    recorded = timeline.assess(p, None, explain=False)
    record = {**recorded, "record_id": "r1", "trace": {"profile": p}}
    out = reassess(timeline, record, reform=shipped()[EXAMPLE])
    assert out["recorded"]["measures"]["in_force_to"] == "2026-12-31"
    assert out["reassessed"]["reform"]["id"] == EXAMPLE
    for lvl in out["levels"]:
        changed = [c["id"] for c in lvl["conditions"] if c["changed"]]
        assert changed == ["in_force"] and (lvl["before"], lvl["after"]) == ("not_eligible", "eligible")


def test_assessors_per_version_and_reform_are_cached(timeline):
    reform = shipped()[EXAMPLE]
    v = timeline.versions.latest()
    assert timeline.assessor(v) is timeline.base
    assert timeline.assessor(v, reform) is timeline.assessor(v, reform) is not timeline.base


def test_reforms_and_versions_are_packaged():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = [p for ps in conf["tool"]["setuptools"]["data-files"].values() for p in ps]
    packaged = {f for p in patterns for f in ROOT.glob(p)}
    needed = {f for f in (ROOT / "reforms").iterdir() if f.is_file()} | {ROOT / "corpus" / "versions.yaml"}
    assert needed and needed <= packaged


def test_cli_reform_impact_and_diff(tmp_path):
    profiles = population(12, seed=3)
    path = tmp_path / "p.jsonl"
    path.write_text("\n".join(json.dumps(p) for p in profiles), encoding="utf-8")
    env_cmd = [sys.executable, "-m", "kg_service.cli"]
    out = subprocess.run([*env_cmd, "reform", "impact", EXAMPLE, str(path), "--json"], capture_output=True,
                         text=True, cwd=tmp_path, check=True, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert json.loads(out.stdout)["profiles"] == 12
    bad = subprocess.run([*env_cmd, "diff", "2025-04-29", "nope"], capture_output=True, text=True, cwd=tmp_path,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert bad.returncode == 2 and "to:" in bad.stderr


def test_reform_page_runs_on_the_demo_population(client):
    page = client.get("/ui/reforms")
    assert page.status_code == 200 and "att_2-1__row_3.equipment_networking_rate" in page.text
    assert EXAMPLE in page.text and "hypothetical" in page.text
    preset = client.get("/ui/reforms", params={"preset": EXAMPLE})
    assert 'value="2027-12-31"' in preset.text
    r = client.post("/ui/reforms", data={"p.art_5__item_7.minimum_level": "3", "reform_id": "mat3", "lang": "en"})
    assert r.status_code == 200 and "<svg" in r.text and 'id="reform-result"' in r.text
    demo = [json.loads(line) for line in (ROOT / "reforms" / "demo-population.jsonl").read_text().splitlines()]
    # every demo profile of maturity 2 that was eligible at basic level loses it: listed in the table
    expected = client.post("/reforms/impact", json={"reform": {"id": "mat3", "parameters": {
        "art_5__item_7.minimum_level": 3}}, "profiles": demo, "level": "basic"}).json()
    lost = [c["profile_id"] for c in expected["changed"]]
    assert lost and all(next(p for p in demo if p["id"] == pid)["maturity_level"] == 2 for pid in lost)
    assert all(f"<code>{pid}</code>" in r.text for pid in lost)
    bad = client.post("/ui/reforms", data={"p.art_5__item_7.minimum_level": "two", "lang": "en"})
    assert bad.status_code == 422 and "reform.parameters.art_5__item_7.minimum_level" in bad.text
    upload = client.post("/ui/reforms", data={"p.art_14.in_force_to": "2027-12-31", "lang": "en"},
                         files={"population_file": ("p.json", json.dumps(population(5)), "application/json")})
    assert upload.status_code == 200 and "p.json" in upload.text and "5 profiles" in upload.text


@pytest.fixture(scope="module")
def records_env(tmp_path_factory):
    """An app on its own data directory with a reviewer key (reviewers always record)."""
    from fastapi.testclient import TestClient

    from kg_service.records.keys import KEYS_FILE, KeyStore
    from tests.conftest import app_on_data_dir

    data = tmp_path_factory.mktemp("time-records")
    app = app_on_data_dir(data)
    key = KeyStore(data / KEYS_FILE).create("reviewer", None)[1]
    with TestClient(app) as c:
        yield c, {"Authorization": f"Bearer {key}"}


def test_records_keep_version_and_reform_and_reassess(records_env):
    c, auth = records_env
    p = dict(GOOD, id="rec-time", as_of="2027-01-15", indicators={k: 90 for k in INDICATORS})
    plain = c.post("/assess", json=p, headers=auth).json()
    reformed = c.post("/assess", params={"reform": EXAMPLE}, json=p, headers=auth).json()
    got = c.get(f"/assessments/{plain['record_id']}", headers=auth).json()
    assert got["measures"] == plain["measures"] and got["notice"] == plain["notice"]
    got_reformed = c.get(f"/assessments/{reformed['record_id']}", headers=auth).json()
    assert got_reformed["reform"]["id"] == EXAMPLE and got_reformed["measures"]["in_force_to"] == "2027-12-31"
    again = c.post(f"/assessments/{plain['record_id']}/reassess", params={"reform": EXAMPLE}, headers=auth).json()
    assert again["recorded"]["measures"]["in_force_to"] == "2026-12-31"
    for lvl in again["levels"]:
        assert [x["id"] for x in lvl["conditions"] if x["changed"]] == ["in_force"] and lvl["changed"]
    same = c.post(f"/assessments/{plain['record_id']}/reassess", headers=auth).json()
    assert not any(x["changed"] for lvl in same["levels"] for x in lvl["conditions"])
    assert c.post(f"/assessments/{plain['record_id']}/reassess", params={"reform": "nope"},
                  headers=auth).status_code == 422


def test_revoking_grade_is_a_bound_parameter():
    from kg_service.assessment.compiled import load_compiled
    from kg_service.assessment.revocation import RevocationChecker

    compiled = load_compiled()
    base = RevocationChecker(compiled)
    assert not list(base.shapes_graph.triples((None, SFKG.parameter, None)))
    g = Graph().parse(ROOT / "shapes" / "revocation.ttl", format="turtle")
    assert bind_parameters(g, ParameterSet(compiled.parameters)) == []
    stricter = Reform.parse({"id": "r", "parameters": {"art_12__item_3.revoking_grade": "larger"}})
    checker = RevocationChecker(compiled, parameters=stricter.apply(ParameterSet(compiled.parameters)))
    lists = [[x.toPython() for x in Collection(checker.shapes_graph, o)]
             for s, o in checker.shapes_graph.subject_objects(SH["in"])]
    assert ["larger", "major", "extraordinary"] in lists


def test_a_later_version_is_selected_by_as_of_and_diffed(tmp_path, timeline):
    """A second version (stated as what it changes) is chosen on its dates, named, and diffed."""
    import shutil

    from kg_service.settings import Settings

    home = tmp_path / "home"
    for d in ("corpus", "ontology", "shapes", "queries"):  # the rules as shipped, with a second version
        shutil.copytree(ROOT / d, home / d)
    shipped_notices = yaml.safe_load((ROOT / "corpus" / "versions.yaml").read_text(encoding="utf-8"))["notices"]
    (home / "corpus" / "versions.yaml").write_text(yaml.safe_dump({"notices": shipped_notices, "versions": [
        {"id": "2025-04-29", "iri": "https://w3id.org/bjsf/reg/bj-jjxf-2025-22/2025-04-29/zho"},
        {"id": "2027-01-01", "iri": "https://w3id.org/bjsf/reg/bj-jjxf-2025-22/2027-01-01/zho", "amends": "2025-04-29",
         "published": "2026-12-20", "parameters": {"art_14.in_force_from": "2027-01-01",
                                                   "art_14.in_force_to": "2029-12-31",
                                                   "att_2__sec_2.minimum_met": 4},
         "units": {"art_14": {"zh": "本办法自2027年1月1日起施行，有效期至2029年12月31日。",
                              "en": "These measures apply from 1 January 2027 until 31 December 2029."}}},
    ]}, allow_unicode=True), encoding="utf-8")
    t = Timeline(timeline.base, Settings(home=home))
    assert [v.id for v in t.versions.versions] == ["2025-04-29", "2027-01-01"]
    p = dict(GOOD, as_of="2027-06-01", indicators={k: 90 for k in INDICATORS})
    out = t.assess(p)
    assert "notice" not in out and out["measures"]["version"] == "2027-01-01"
    assert out["measures"]["in_force_to"] == "2029-12-31"
    cited = [c for r in out["results"] for cond in r["conditions"] for c in cond.get("citations", [])]
    prefix = "https://w3id.org/bjsf/reg/bj-jjxf-2025-22/2027-01-01/zho/"
    assert cited and all(c["iri"].startswith(prefix) for c in cited)
    assert t.assess(dict(p, as_of="2026-06-01"))["measures"]["version"] == "2025-04-29"
    late = t.assess(dict(p, as_of="2030-01-02"))
    assert "2027-01-01" in late["notice"]["en"] and "2029-12-31" in late["notice"]["en"]
    d = t.diff("2025-04-29", "2027-01-01")
    assert [u["eid"] for u in d["units"]["changed"]] == ["art_14"] and "2029" in d["units"]["changed"][0]["diff"]["zh"]
    assert {x["id"] for x in d["parameters"]} == {"art_14.in_force_from", "art_14.in_force_to",
                                                  "att_2__sec_2.minimum_met"}
    assert {c["id"] for c in d["conditions"]} == {"in_force", "advanced_indicators"}


def test_reform_impact_redecides_only_what_the_reform_changes(timeline, monkeypatch):
    """A population's baseline is kept per version: a second reform on it decides only the shapes whose
    parameters change (bound into them, or in the facts they read). The answers are those of deciding
    everything again, for a reform of each kind of parameter."""
    from kg_service.time import impact
    from kg_service.time.population import baselines
    from tests.generated_profiles import profiles as generate

    people = generate(800, timeline.base.compiled.thresholds, seed=23)
    reforms = [{"art_5__item_7.minimum_level": 3}, {"art_5__item_3.lookback_years": 2},
               {"art_5__item_3.disqualifying_grade": "major"}, {"art_5__item_1.revenue_threshold_10k_cny": 1999.99},
               {"att_2-1__row_3.equipment_networking_rate": 75, "att_2__sec_2.minimum_met": 2},
               {"art_14.in_force_to": "2027-12-31", "art_14.in_force_from": "2026-01-01"}]
    fast = []
    for i, values in enumerate(reforms):
        hits = baselines.hits
        fast.append(impact.impact(timeline, Reform.parse({"id": f"r{i}", "parameters": values}), people))
        assert baselines.hits == hits + (i > 0)  # the baseline decided once, for the first reform
    # decide everything again: the answers do not change
    monkeypatch.setattr(Assessor, "population_under", lambda self, base: self.population(base.profiles))
    monkeypatch.setattr(baselines, "get", lambda assessor, profiles, digest: assessor.population(profiles))
    for values, got in zip(reforms, fast, strict=True):
        assert impact.impact(timeline, Reform.parse({"id": got["reform"]["id"], "parameters": values}), people) == got
        assert got["changed"] or got["unchanged_verdict_condition_changes"], values
