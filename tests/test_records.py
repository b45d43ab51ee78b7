"""Decisions that last: recorded assessments and revocation checks, their provenance, and who may
read them (API keys and roles). Each test module gets its own data directory and store."""
from __future__ import annotations

import contextlib
import copy
import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rdflib import URIRef

from kg_service.assessment.creditcode import check_character
from kg_service.records import provenance as pv
from kg_service.records.keys import KEYS_FILE, KeyStore
from kg_service.records.oxigraph_store import OxigraphBackend
from kg_service.records.store import RecordStore

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = ROOT.parent / "shared" / "contract"  # optional here: the development cases add profiles


def credit_code(serial: str) -> str:
    first17 = ("91110000MA" + serial.rjust(7, "0"))[:17]
    return first17 + check_character(first17)


CODE_A, CODE_B = credit_code("1"), credit_code("2")

PROFILE = {
    "id": "rec-good", "name": "示例电子科技有限公司", "registration": {"province": "北京市", "district": "大兴区"},
    "independent_legal_person": True, "above_designated_size": True, "industry_code": "C2720",
    "factory_built": True, "factory_in_operation": True, "market_competitive": True, "finances_sound_3y": True,
    "bad_credit_record": False, "incidents": [], "violations": [], "product_policy_compliant": True,
    "advanced_technology": True, "security_controllable": True, "cyber_data_risk_controllable": True,
    "organization_mechanism": True, "talent_team": True, "maturity_level": 3,
    "domains": ["production_operation", "production_management", "operations_management"],
    "indicators": {"key_process_nc_rate": 82, "labor_productivity_gain": 8.5, "defect_rate_reduction": 6,
                   "equipment_networking_rate": 71, "energy_per_output_reduction": 4.2},
    "above_regional_industry_average": True, "digital_transformation_compliant": False,
    "basic_filing": {"filed": True, "district": "大兴区", "date": "2025-09-10"}, "as_of": "2026-06-30",
}
REVOCATION = {"factory_id": "rec-factory-1", "level": "advanced", "recognised_on": "2025-08-01",
              "as_of": "2026-03-01", "events": [
                  {"type": "accident", "kind": "safety", "grade": "major", "date": "2025-12-01"},
                  {"type": "renamed", "date": "2026-01-10"}]}


def profile(pid: str, **changes) -> dict:
    p = copy.deepcopy(PROFILE)
    p["id"] = pid
    p.update(changes)
    return p


def bearer(key: str) -> dict:
    return {"Authorization": f"Bearer {key}"}


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    """An app on its own data directory, and one key of each kind."""
    from fastapi.testclient import TestClient

    from tests.conftest import app_on_data_dir

    data = tmp_path_factory.mktemp("records-data")
    app = app_on_data_dir(data)
    keys = KeyStore(data / KEYS_FILE)
    made = {name: keys.create(role, scope)[1] for name, role, scope in (
        ("admin", "admin", None), ("reviewer", "reviewer", None),
        ("ent_a", "enterprise", CODE_A), ("ent_b", "enterprise", CODE_B))}
    with TestClient(app) as client:
        yield {"client": client, "data": data, "keys": made, "state": app.state.sfkg}


def store_of(env) -> RecordStore:
    return env["state"].get("records", lambda: None)


# ---- recording and reading back --------------------------------------------------------------------

def test_reviewer_always_records_and_reads_back_the_same_decision(env):
    c, key = env["client"], env["keys"]["reviewer"]
    r = c.post("/assess", json=profile("rec-reviewer"), headers=bearer(key))  # no record=true: a reviewer records
    assert r.status_code == 200, r.text
    answer = r.json()
    assert len(answer["record_id"]) == 32
    got = c.get(f"/assessments/{answer['record_id']}", headers=bearer(key))
    assert got.status_code == 200, got.text
    record = got.json()
    trace = record.pop("trace")
    assert record == answer  # exactly the JSON the API returned
    assert json.dumps(record, ensure_ascii=False) == json.dumps(answer, ensure_ascii=False)  # key order too
    assert trace["who"]["role"] == "reviewer" and trace["who"]["key_id"] in key
    assert trace["rules_version"] == answer["rules_version"]
    assert trace["profile"] == profile("rec-reviewer")
    assert trace["when"]["started"] <= trace["when"]["ended"] <= trace["when"]["recorded"]
    cited = [x for res in record["results"] for cond in res["conditions"] for x in cond["citations"]]
    assert {x["eid"] for x in cited} >= {"art_14", "art_5__item_7"}
    assert all(x["text"]["zh"] and x["text"]["en"] for x in cited)


def test_explain_false_answer_omits_texts_but_the_record_keeps_them(env):
    c, key = env["client"], env["keys"]["reviewer"]
    answer = c.post("/assess?explain=false&level=basic", json=profile("rec-noexplain"), headers=bearer(key)).json()
    assert "citations" not in answer["results"][0]["conditions"][0]
    record = c.get(f"/assessments/{answer['record_id']}", headers=bearer(key)).json()
    assert record["trace"]["request"] == {"level": "basic", "explain": False}
    assert record["results"][0]["conditions"][0]["citations"][0]["text"]["zh"]


def test_anonymous_callers_assess_without_recording(env):
    c = env["client"]
    before = len(store_of(env).record_ids())
    r = c.post("/assess", json=profile("rec-anon"))
    assert r.status_code == 200 and "record_id" not in r.json()
    assert c.post("/assess?record=true", json=profile("rec-anon")).status_code == 401
    assert c.post("/revocation-check?record=true", json=REVOCATION).status_code == 401
    assert len(store_of(env).record_ids()) == before


def test_a_bad_key_is_401(env):
    c = env["client"]
    good = env["keys"]["reviewer"]
    forged = good[:-4] + ("AAAA" if not good.endswith("AAAA") else "BBBB")
    for headers in ({"X-API-Key": "sfkg_000000000000_" + "x" * 43}, bearer(forged), {"X-API-Key": "nonsense"},
                    {"Authorization": f"Basic {good}"}):
        assert c.post("/assess", json=profile("rec-bad"), headers=headers).status_code == 401, headers
    assert c.get("/assessments", headers=bearer(forged)).status_code == 401
    assert c.post("/assess", json=profile("rec-x"), headers={"X-API-Key": good}).status_code == 200


def test_enterprise_keys_see_their_own_records_only(env):
    c, k = env["client"], env["keys"]
    mine = c.post("/assess?record=true", json=profile("rec-ent-a"), headers=bearer(k["ent_a"]))
    assert mine.status_code == 200, mine.text
    rid = mine.json()["record_id"]
    assert c.get(f"/assessments/{rid}", headers=bearer(k["ent_a"])).json()["trace"]["owner"] == CODE_A
    assert c.get(f"/assessments/{rid}", headers=bearer(k["ent_b"])).status_code == 403
    assert c.get(f"/assessments/{rid}", headers=bearer(k["reviewer"])).status_code == 200
    assert c.get(f"/assessments/{rid}").status_code == 401
    assert c.get(f"/assessments/{'0' * 32}", headers=bearer(k["reviewer"])).status_code == 404
    assert c.get("/assessments/not-an-id", headers=bearer(k["ent_a"])).status_code == 404
    # a reviewer's record of a profile stating B's credit code belongs to B
    theirs = c.post("/assess", json=profile("rec-ent-b", credit_code=CODE_B), headers=bearer(k["reviewer"])).json()
    assert c.get(f"/assessments/{theirs['record_id']}", headers=bearer(k["ent_b"])).status_code == 200
    assert c.get(f"/assessments/{theirs['record_id']}", headers=bearer(k["ent_a"])).status_code == 403
    # listings are filtered by what the caller may see
    listed_a = c.get("/assessments", headers=bearer(k["ent_a"])).json()["records"]
    assert listed_a and {r["owner"] for r in listed_a} == {CODE_A}
    assert c.get(f"/assessments?owner={CODE_B}", headers=bearer(k["ent_a"])).status_code == 403
    assert {r["owner"] for r in c.get(f"/assessments?owner={CODE_B}", headers=bearer(k["reviewer"])).json()[
        "records"]} == {CODE_B}
    # an enterprise key cannot record a profile of another enterprise; without record=true it only assesses
    assert c.post("/assess?record=true", json=profile("rec-x", credit_code=CODE_B),
                  headers=bearer(k["ent_a"])).status_code == 403
    assert "record_id" not in c.post("/assess", json=profile("rec-x"), headers=bearer(k["ent_a"])).json()


def test_listing_by_profile_id(env):
    c, key = env["client"], env["keys"]["reviewer"]
    ids = [c.post("/assess", json=profile(pid), headers=bearer(key)).json()["record_id"]
           for pid in ("rec-list-1", "rec-list-2", "rec-list-1")]
    listed = c.get("/assessments", params={"profile_id": "rec-list-1"}, headers=bearer(key)).json()["records"]
    assert [r["record_id"] for r in listed] == [ids[2], ids[0]]  # newest first
    assert all(r["profile_id"] == "rec-list-1" and r["who"]["role"] == "reviewer" for r in listed)
    page = c.get("/assessments", params={"profile_id": "rec-list-1", "limit": 1, "offset": 1},
                 headers=bearer(key)).json()["records"]
    assert [r["record_id"] for r in page] == [ids[0]]
    assert c.get("/assessments", params={"profile_id": "nobody"}, headers=bearer(key)).json()["records"] == []


def test_revocation_checks_are_recorded_too(env):
    c, key = env["client"], env["keys"]["reviewer"]
    r = c.post("/revocation-check", json=REVOCATION, headers=bearer(key))
    assert r.status_code == 200, r.text
    answer = r.json()
    got = c.get(f"/revocation-checks/{answer['record_id']}", headers=bearer(key)).json()
    trace = got.pop("trace")
    assert got == answer
    assert trace["request"] == REVOCATION and trace["kind"] == "revocation_check"
    assert trace["rules_version"]
    assert c.get(f"/assessments/{answer['record_id']}", headers=bearer(key)).status_code == 404
    listed = c.get("/revocation-checks", params={"factory_id": "rec-factory-1"}, headers=bearer(key)).json()
    assert [x["record_id"] for x in listed["records"]] == [answer["record_id"]]


def test_bad_input_writes_nothing(env):
    c, key = env["client"], env["keys"]["reviewer"]
    before = store_of(env).record_ids()
    bad = profile("rec-bad-input", maturity_level="three")
    r = c.post("/assess?record=true", json=bad, headers=bearer(key))
    assert r.status_code == 422 and "maturity_level" in r.text
    assert c.post("/assess?record=true", content=b"{not json", headers={**bearer(key),
                  "content-type": "application/json"}).status_code == 422
    assert c.post("/revocation-check?record=true", json={**REVOCATION, "level": "gold"},
                  headers=bearer(key)).status_code == 422
    assert store_of(env).record_ids() == before


def test_sparql_never_serves_records(env):
    c, key = env["client"], env["keys"]["reviewer"]
    c.post("/assess", json=profile("rec-secret-profile-7f3a"), headers=bearer(key)).raise_for_status()
    assert store_of(env).list(profile_id="rec-secret-profile-7f3a")
    q = """SELECT ?s ?p ?o WHERE { ?s ?p ?o
           FILTER (CONTAINS(STR(?s), "secret-profile") || CONTAINS(STR(?o), "secret-profile")) }"""
    accept = {"accept": "application/sparql-results+json"}
    for headers in (accept, {**accept, **bearer(key)}):  # not even for a reviewer: records are read by id
        r = c.get("/sparql", params={"query": q}, headers=headers)
        assert r.status_code == 200, r.text
        assert r.json()["results"]["bindings"] == []
    # named graphs (where records live) are not part of what /sparql serves at all
    r = c.get("/sparql", params={"query": "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 5"}, headers=accept)
    assert r.status_code == 400 or r.json()["results"]["bindings"] == []
    assert pv.RECORD_BASE not in r.text


# ---- keys ------------------------------------------------------------------------------------------

def test_keys_are_managed_by_admins_and_stored_hashed(env):
    c, k, data = env["client"], env["keys"], env["data"]
    assert c.post("/keys", json={"role": "reviewer"}).status_code == 401
    assert c.post("/keys", json={"role": "reviewer"}, headers=bearer(k["reviewer"])).status_code == 403
    assert c.post("/keys", json={"role": "enterprise"}, headers=bearer(k["admin"])).status_code == 422
    assert c.post("/keys", json={"role": "enterprise", "scope": "91110000MA0000001X"},
                  headers=bearer(k["admin"])).status_code == 422  # bad check character
    made = c.post("/keys", json={"role": "reviewer", "label": "temp"}, headers=bearer(k["admin"]))
    assert made.status_code == 201
    new = made.json()
    secret = new["key"].split("_", 2)[2]
    listed = c.get("/keys", headers=bearer(k["admin"])).json()["keys"]
    assert new["id"] in {x["id"] for x in listed} and all("key" not in x and "hash" not in x for x in listed)
    # the secrets are nowhere on disk: not in the keys file, not in the store
    rid = c.post("/assess", json=profile("rec-new-key"), headers=bearer(new["key"])).json()["record_id"]
    assert store_of(env).get(rid)
    for key in [new["key"], *k.values()]:
        s = key.split("_", 2)[2].encode()
        for f in data.rglob("*"):
            if f.is_file():
                assert s not in f.read_bytes(), f
    assert (os.stat(data / KEYS_FILE).st_mode & 0o077) == 0
    assert c.delete(f"/keys/{new['id']}", headers=bearer(k["admin"])).status_code == 204
    assert c.post("/assess", json=profile("rec-x"), headers=bearer(new["key"])).status_code == 401
    assert c.delete("/keys/000000000000", headers=bearer(k["admin"])).status_code == 404
    assert secret not in (data / KEYS_FILE).read_text()


def test_keys_from_the_command_line(tmp_path):
    env = {**os.environ, "SFKG_DATA_DIR": str(tmp_path)}

    def sfkg(*args):
        return subprocess.run([sys.executable, "-m", "kg_service.cli", "keys", *args], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=60)

    made = sfkg("create", "--role", "enterprise", "--scope", CODE_A, "--json")
    assert made.returncode == 0, made.stderr
    key = json.loads(made.stdout)
    assert key["scope"] == CODE_A and key["key"].startswith(f"sfkg_{key['id']}_")
    plain = sfkg("create", "--role", "admin")
    assert plain.returncode == 0 and plain.stdout.strip().startswith("sfkg_")
    assert sfkg("create", "--role", "enterprise").returncode == 2  # an enterprise key needs its scope
    listed = sfkg("list", "--json")
    assert {k["role"] for k in json.loads(listed.stdout)} == {"enterprise", "admin"}
    assert key["key"] not in listed.stdout
    assert sfkg("revoke", key["id"]).returncode == 0
    assert KeyStore(tmp_path / KEYS_FILE).verify(key["key"]) is None
    assert KeyStore(tmp_path / KEYS_FILE).verify(plain.stdout.strip()).role == "admin"


# ---- the store itself --------------------------------------------------------------------------------

class Reviewer:
    key_id, role, scope = "0123456789ab", "reviewer", None


@pytest.fixture(scope="module")
def assessor():
    from kg_service.assessment.engine import Assessor

    return Assessor.load()


def dev_profiles() -> list[dict]:
    from kg_service.assessment.profile import ProfileError, check_profile

    out = [PROFILE]
    path = CONTRACT / "dev-cases.json"
    if path.exists():
        for case in json.loads(path.read_text(encoding="utf-8")):
            with contextlib.suppress(ProfileError):
                out.append(check_profile(case["profile"]))
    return out


def test_records_survive_reopening_the_store(tmp_path, assessor):
    from kg_service.assessment.revocation import RevocationChecker

    store = RecordStore(OxigraphBackend(tmp_path / "store"))
    written = {}
    for p in dev_profiles():
        result = assessor.assess(p)
        written[store.record_assessment(p, result, Reviewer())] = (p, result)
    rev = RevocationChecker.load().check(REVOCATION)
    rev_id = store.record_revocation(REVOCATION, rev, Reviewer(), rules_version=assessor.rules_version)
    store.close()

    reopened = RecordStore(OxigraphBackend(tmp_path / "store"))
    try:
        for rid, (p, result) in written.items():
            record = reopened.get(rid)
            trace = record.pop("trace")
            assert record.pop("record_id") == rid
            assert record == result
            assert trace["profile"] == p and trace["rules_version"] == result["rules_version"]
            assert reopened.check(rid) == []
        rec = reopened.get(rev_id)
        assert rec.pop("trace")["request"] == REVOCATION
        rec.pop("record_id")
        assert rec == rev
        assert sorted(reopened.record_ids()) == sorted([*written, rev_id])
        assert reopened.get("f" * 32) is None and reopened.get("../../etc") is None
    finally:
        reopened.close()


def test_a_record_is_written_whole_or_not_at_all(tmp_path, assessor):
    store = RecordStore(OxigraphBackend(tmp_path / "store"))
    try:
        result = assessor.assess(PROFILE)
        now = datetime.now(UTC)
        triples = pv.assessment_triples("a" * 32, PROFILE, result, Reviewer(), started=now, ended=now, recorded=now)

        def failing():
            for i, t in enumerate(triples):
                if i == len(triples) // 2:
                    raise RuntimeError("disk full")
                yield t

        with pytest.raises(RuntimeError):
            store.backend.put_graph(pv.record_iri("a" * 32), failing())
        assert not store.backend.has_graph(pv.record_iri("a" * 32))
        assert store.get("a" * 32) is None and store.record_ids() == []
        store.backend.put_graph(pv.record_iri("a" * 32), triples)
        assert store.check("a" * 32) == [] and store.get("a" * 32)["profile_id"] == PROFILE["id"]
    finally:
        store.close()


def test_changing_a_shape_changes_new_decisions_never_old_ones(tmp_path, assessor):
    from kg_service.assessment.engine import Assessor
    from kg_service.settings import Settings

    home = tmp_path / "home"
    for d in ("corpus", "ontology", "shapes", "queries"):
        shutil.copytree(ROOT / d, home / d)
    shapes = home / "shapes" / "conditions.ttl"
    text = shapes.read_text(encoding="utf-8")
    assert "sh:minInclusive 2 ;\n    sfkg:required \"GB/T 39116" in text
    shapes.write_text(text.replace("sh:minInclusive 2 ;\n    sfkg:required \"GB/T 39116",
                                   "sh:minInclusive 4 ;\n    sfkg:required \"GB/T 39116"), encoding="utf-8")

    store = RecordStore(OxigraphBackend(tmp_path / "store"))
    try:
        old = assessor.assess(PROFILE)
        old_id = store.record_assessment(PROFILE, old, Reviewer())
        stricter = Assessor.load(settings=Settings(home=home, data_dir=tmp_path / "data"))
        new = stricter.assess(PROFILE)
        new_id = store.record_assessment(PROFILE, new, Reviewer())

        assert new["rules_version"] != old["rules_version"]
        maturity = {r["rules_version"]: next(c for res in r["results"] for c in res["conditions"]
                                             if c["id"] == "maturity_level")["status"] for r in (old, new)}
        assert maturity == {old["rules_version"]: "met", new["rules_version"]: "not_met"}
        got_old, got_new = store.get(old_id), store.get(new_id)
        assert got_old["rules_version"] == got_old["trace"]["rules_version"] == old["rules_version"]
        assert got_new["trace"]["rules_version"] == new["rules_version"]
        got_old.pop("trace"), got_old.pop("record_id")
        assert got_old == old  # the old decision, as it was
    finally:
        store.close()


def test_the_store_keeps_a_copy_of_the_knowledge_graph(tmp_path):
    from kg_service.graph import get_knowledge_graph

    kg = get_knowledge_graph()
    store = RecordStore(OxigraphBackend(tmp_path / "store"))
    try:
        assert store.kg_sources() is None
        assert store.ensure_kg(kg) is True
        assert store.kg_sources() == kg.sources_hash
        assert store.ensure_kg(kg) is False  # replaced only when the sources change
        assert len(store.backend.get_graph(pv.KG_GRAPH)) == len(kg.graph) + 2
        assert store.backend.has_graph(URIRef(pv.KG_GRAPH))
    finally:
        store.close()
