"""The measures through the API and CLI: articles, tree, thresholds, KPIs, health, docs."""
from __future__ import annotations

import json

import pytest

from kg_service.cli import main as sfkg

from .test_corpus import contract_eids


def test_health(client):
    r = client.get("/health")
    assert r.status_code == 200 and r.json()["status"] == "ok" and r.json()["units"] == 86


def test_article_fields(client):
    r = client.get("/articles/art_5__item_7")
    assert r.status_code == 200
    body = r.json()
    assert body["iri"] == "https://w3id.org/bjsf/reg/bj-jjxf-2025-22/art_5__item_7"
    assert "二级及以上" in body["text"]["zh"] and "level 2" in body["text"]["en"]
    assert body["parent"] == "art_5" and body["children"] == []
    assert client.get("/articles/art_5").json()["children"] == [f"art_5__item_{i}" for i in range(1, 9)]


def test_every_contract_eid_resolves(client):
    for eid in contract_eids():
        body = client.get(f"/articles/{eid}").json()
        assert body["eid"] == eid and body["text"]["zh"] and body["text"]["en"], eid


@pytest.mark.parametrize("eid", ["art_99", "ART_5", "art_5__item_9", "att_2-1__row_6"])
def test_unknown_eid_is_404(client, eid):
    assert client.get(f"/articles/{eid}").status_code == 404


def test_tree(client):
    body = client.get("/articles").json()
    top = [n["eid"] for n in body["units"]]
    assert top == ["notice", "chp_1", "chp_2", "chp_3", "chp_4", "chp_5", "att_1", "att_2", "att_3"]
    att_2 = body["units"][7]
    assert "att_2-1" in [c["eid"] for c in att_2["children"]]
    assert body["document"]["number"] == "京经信发〔2025〕22号"


@pytest.mark.parametrize(("code", "row", "networking"), [
    ("C2411", "att_2-1__row_4", 65.0), ("C3911", "att_2-1__row_3", 70.0), ("C39", "att_2-1__row_3", 70.0),
    ("C271", "att_2-1__row_2", 70.0), ("C13", "att_2-1__row_1", 55.0), ("C3011", "att_2-1__row_5", 75.0),
])
def test_thresholds(client, code, row, networking):
    r = client.get("/thresholds", params={"industry": code})
    assert r.status_code == 200
    body = r.json()
    assert body["row"] == row and len(body["thresholds"]) == 5
    by_field = {t["indicator"]: t for t in body["thresholds"]}
    assert by_field["equipment_networking_rate"]["value"] == networking
    assert by_field["labor_productivity_gain"]["kind"] == "improvement"
    assert by_field["key_process_nc_rate"]["kind"] == "level"


def test_thresholds_of_the_electronics_row(client):
    body = client.get("/thresholds", params={"industry": "C3911"}).json()
    assert [t["value"] for t in body["thresholds"]] == [80.0, 8.0, 4.0, 70.0, 7.0]
    assert body["group"]["label"]["zh"] == "电子信息产业"


@pytest.mark.parametrize("code", ["B0610", "D44", "I65"])
def test_no_thresholds_outside_manufacturing(client, code):
    r = client.get("/thresholds", params={"industry": code})
    assert r.status_code == 404 and "no thresholds" in r.json()["detail"]


def test_thresholds_answers_are_kept_alike_and_apart(client):
    """Issue 19: /thresholds answers come from what is kept after the first (a cheap route): the same
    answer again, each code echoing itself, a refusal again the same 404, and a caller's copy its own."""
    first = client.get("/thresholds", params={"industry": "C3911"}).json()
    again = client.get("/thresholds", params={"industry": "C3911"}).json()
    assert first == again
    other = client.get("/thresholds", params={"industry": "C391"}).json()
    assert other["industry"] == "C391" and other["thresholds"] == first["thresholds"]
    for _ in range(2):
        r = client.get("/thresholds", params={"industry": "A01"})
        assert r.status_code == 404 and r.json()["errors"][0]["type"] == "NoThresholds"
    from kg_service.industry import IndustryCode

    s = client.app.state.sfkg
    kept = s.kept_thresholds(IndustryCode.parse("C3911"))
    kept["thresholds"].clear()
    assert s.thresholds(IndustryCode.parse("C3911"))["thresholds"] == first["thresholds"]


@pytest.mark.parametrize("code", ["39", "C3", "C39111", "c39x", ""])
def test_malformed_industry_is_422(client, code):
    r = client.get("/thresholds", params={"industry": code})
    assert r.status_code == 422 and "industry" in r.json()["detail"]


def test_kpis(client):
    cats = client.get("/kpis").json()["categories"]
    assert [len(c["kpis"]) for c in cats] == [4, 2, 9, 4, 1]
    assert [c["eid"] for c in cats] == [f"att_3__cat_{i}" for i in range(1, 6)]
    kpi14 = next(k for c in cats for k in c["kpis"] if k["number"] == 14)
    assert kpi14["label"]["zh"] == "运营成本下降" and kpi14["eid"] == "att_3__kpi_14"


def test_openapi_docs(client):
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/assess", "/articles/{eid}", "/thresholds", "/kpis", "/sparql", "/health"} <= set(paths)


def test_cli_article(capsys):
    assert sfkg(["article", "art_5__item_7"]) == 0
    out = capsys.readouterr().out
    assert "art_5__item_7" in out and "二级及以上" in out
    assert sfkg(["article", "art_14", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["parent"] == "chp_5"
    assert sfkg(["article", "art_99"]) == 2


def test_openapi_refs_resolve(client):
    import re

    doc = client.get("/openapi.json").json()
    refs = set(re.findall(r'"\$ref": "#/components/schemas/([^"]+)"', json.dumps(doc)))
    assert "EnterpriseProfile" in refs
    assert refs <= set(doc["components"]["schemas"]), refs - set(doc["components"]["schemas"])
