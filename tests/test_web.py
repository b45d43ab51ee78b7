"""The web interface through FastAPI's TestClient: pages, links, the form and its results, errors shown
next to the form, the language switch, and the reviewers' decision trace (with its own data dir)."""
from __future__ import annotations

import copy
import json
import re
from dataclasses import replace
from html import unescape

import pytest

from kg_service import reference
from kg_service.industry import IndustryCode

QUESTION = "电子信息产业的生产设备联网率要求是多少？"
PAGES = ("/ui", "/ui/articles", "/ui/articles/art_5__item_7", "/ui/articles/att_2-1", "/ui/articles/att_3",
         "/ui/tables", "/ui/assess", "/ui/ask", f"/ui/ask?q={QUESTION}", "/ui/compare", "/ui/compare?level=basic",
         "/ui/records")
TRI = ("independent_legal_person", "above_designated_size", "factory_built", "factory_in_operation",
       "market_competitive", "finances_sound_3y", "product_policy_compliant", "advanced_technology",
       "security_controllable", "cyber_data_risk_controllable", "organization_mechanism", "talent_team",
       "above_regional_industry_average", "basic_filing.filed")

# A form that states everything good but a maturity level of 1 (art_5__item_7 needs 2 or above).
FORM = {"id": "web-maturity-1", "name": "示例电子科技有限公司", "registration.province": "北京市",
        "industry_code": "C3911", "maturity_level": "1", "bad_credit_record": "no",
        "incidents.stated": "none", "violations.stated": "none",
        "domains": ["production_operation", "production_management", "operations_management"],
        "indicators.key_process_nc_rate": "85", "indicators.labor_productivity_gain": "9",
        "indicators.defect_rate_reduction": "5", "indicators.equipment_networking_rate": "75",
        "indicators.energy_per_output_reduction": "8", "basic_filing.date": "2025-09-10",
        "as_of": "2026-06-30", **dict.fromkeys(TRI, "yes")}


@pytest.fixture(scope="module")
def web(app):
    """A client of the session's app with a cookie jar of its own."""
    from fastapi.testclient import TestClient

    return TestClient(app)


@pytest.fixture
def client(web):
    """Each test starts without cookies (no language chosen, no key)."""
    web.cookies.clear()
    return web


def form(**changes) -> dict:
    out = copy.deepcopy(FORM)
    for k, v in changes.items():
        if v is None:
            out.pop(k, None)
        else:
            out[k] = v
    return out


def links(html: str) -> list[str]:
    return [unescape(h) for h in re.findall(r'href="([^"#]+)', html)]


def verdicts(html: str) -> dict[str, str]:
    return {level: v for v, level in re.findall(r'class="verdict-card verdict-(\w+)" data-level="(\w+)"', html)}


def alert(html: str) -> str:
    m = re.search(r'<div class="alert" role="alert" id="form-error">(.*?)</div>', html, re.S)
    return unescape(re.sub(r"<[^>]+>", "", m.group(1))) if m else ""


# ---- pages and links ---------------------------------------------------------------------------

def test_root_redirects_to_the_interface(client):
    r = client.get("/", follow_redirects=False)
    assert r.status_code in (302, 307) and r.headers["location"] == "/ui"


@pytest.mark.parametrize("path", PAGES)
def test_pages_render_with_the_language_switch(client, path):
    r = client.get(path)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert "data-lang-switch" in r.text and 'hreflang="en"' in r.text
    assert '<meta name="viewport"' in r.text and "/ui/static/ui.css" in r.text
    assert "cdn" not in r.text.lower() and "https://" not in r.text.split("<footer")[0].replace(
        "https://w3id.org", "")  # offline: nothing fetched from elsewhere


def test_every_unit_has_its_page_and_the_tree_links_them_all(client):
    tree = client.get("/ui/articles").text
    linked = {h.rsplit("/", 1)[1] for h in links(tree) if h.startswith("/ui/articles/")}
    units = client.get("/articles").json()["units"]

    def eids(nodes):
        for n in nodes:
            yield n["eid"]
            yield from eids(n["children"])
    assert linked == set(eids(units))
    for eid in sorted(linked):
        r = client.get(f"/ui/articles/{eid}")
        assert r.status_code == 200, eid
        api = client.get(f"/articles/{eid}").json()
        assert unescape(r.text).count(api["text"]["zh"]) >= 1, eid
        for child in api["children"]:
            assert f'href="/ui/articles/{child}"' in r.text
        if api["parent"]:
            assert f'rel="up" href="/ui/articles/{api["parent"]}"' in r.text


def test_article_page_shows_official_and_unofficial_texts(client):
    html = unescape(client.get("/ui/articles/art_5__item_7").text)
    api = client.get("/articles/art_5__item_7").json()
    assert api["text"]["zh"] in html and api["text"]["en"] in html
    assert "中文原文（官方）" in html and "英文译文（非官方）" in html
    assert client.get("/ui/articles/no_such_unit").status_code == 404


def test_internal_links_resolve(client):
    pages = [client.get(p).text for p in PAGES] + [client.post("/ui/assess", data=form()).text]
    targets = {h for html in pages for h in links(html) if h.startswith("/ui") and "/static/" not in h}
    for href in sorted(targets):
        assert client.get(href).status_code == 200, href


def test_threshold_table_is_the_graphs(client, app):
    html = client.get("/ui/articles/att_2-1").text
    kg = app.state.sfkg.kg
    rows = re.findall(r'<tr id="(att_2-1__row_\d)"[^>]*>(.*?)</tr>', html, re.S)
    assert len(rows) == 5
    for division in ("C13", "C27", "C39", "C24", "C25"):
        facts = reference.thresholds(kg, IndustryCode.parse(division))
        cells = dict(rows)[facts["row"]]
        values = re.findall(r'<td class="num">([\d.]+)%</td>', cells)
        assert [float(v) for v in values] == [t["value"] for t in facts["thresholds"]], division
        assert facts["group"]["label"]["zh"] in cells
    for t in reference.thresholds(kg, IndustryCode.parse("C39"))["thresholds"]:
        assert t["label"]["zh"] in html
    assert re.search(r'<tr id="att_2-1__row_3" class="current">', client.get("/ui/articles/att_2-1__row_3").text)


def test_kpi_catalogue_is_a_table_of_twenty(client, app):
    html = client.get("/ui/articles/att_3").text
    kpis = set(re.findall(r'<tr id="(att_3__kpi_\d+)"', html))
    assert kpis == {f"att_3__kpi_{n}" for n in range(1, 21)}
    for cat in reference.kpis(app.state.sfkg.kg):
        assert f'id="{cat["eid"]}"' in html and cat["label"]["zh"] in html


# ---- self-assessment ---------------------------------------------------------------------------

def test_form_groups_show_their_cited_units(client):
    html = client.get("/ui/assess").text
    blocks = dict(re.findall(r'<fieldset class="group[^"]*" id="g-(\w+)">(.*?)(?=<fieldset class="group|$)', html,
                             re.S))
    for group, eid in (("applicant", "art_5__item_1"), ("record", "art_5__item_3"), ("maturity", "art_5__item_7"),
                       ("indicators", "att_2-1"), ("filing", "art_7"), ("as_of", "art_14")):
        assert f'href="/ui/articles/{eid}"' in blocks[group], group
    # tri-state booleans: yes / no / not stated, nothing chosen for you
    assert html.count('type="radio" name="factory_built"') == 3
    assert not re.search(r'name="factory_built" value="(yes|no)" checked', html)


def test_maturity_one_is_not_eligible_and_cites_art_5_item_7(client):
    r = client.post("/ui/assess", data=form())
    assert r.status_code == 200, alert(r.text)
    assert verdicts(r.text) == {"basic": "not_eligible", "advanced": "not_eligible"}
    missing = r.text.split('class="missing"')[1].split("</section>")[0]
    assert missing.count('data-condition="') == 1 and 'data-condition="maturity_level"' in missing
    assert 'href="/ui/articles/art_5__item_7"' in missing
    assert "需达到 2 及以上" in unescape(missing)
    assert 'data-print' in r.text and "/ui/assess/result.json" in r.text
    assert 'value="web-maturity-1"' in r.text  # the form keeps what was typed, to edit and resubmit


def test_download_is_the_api_json(client):
    page = client.post("/ui/assess", data=form(level="advanced")).text
    profile_json = unescape(re.search(r'name="profile_json" value="([^"]*)"', page).group(1))
    got = client.post("/ui/assess/result.json", data={"profile_json": profile_json, "level": "advanced"})
    assert got.status_code == 200 and "attachment" in got.headers["content-disposition"]
    api = client.post("/assess?level=advanced", content=profile_json.encode(),
                      headers={"content-type": "application/json"})
    assert got.content == api.content


def test_a_field_left_unstated_is_unknown_not_no(client):
    r = client.post("/ui/assess", data=form(maturity_level="2", factory_built=""))
    assert verdicts(r.text) == {"basic": "undetermined", "advanced": "undetermined"}
    assert re.search(r'<tr class="status-unknown" data-condition="factory_operating">', r.text)
    r = client.post("/ui/assess", data=form(maturity_level="2", factory_built="no"))
    assert verdicts(r.text)["basic"] == "not_eligible"


def test_indicator_gaps_are_shown(client):
    r = client.post("/ui/assess", data=form(**{"maturity_level": "2", "indicators.key_process_nc_rate": "60",
                                               "indicators.labor_productivity_gain": "2",
                                               "indicators.defect_rate_reduction": None}))
    assert verdicts(r.text) == {"basic": "eligible", "advanced": "undetermined"}  # 2 met, 2 not, 1 unknown
    gaps = r.text.split('class="missing"')[1].split('data-condition="advanced_indicators"')[1].split("</table>")[0]
    assert "关键工序数控化率" in gaps and "≥ 80%" in gaps and "20.0" in gaps  # 80 needed, 60 stated
    assert "未说明" in gaps  # the defect rate was not given


def test_incident_rows(client):
    larger = {"incidents.stated": "listed", "incidents.kind": ["safety", ""], "incidents.grade": ["larger", ""],
              "incidents.date": ["2025-02-01", ""]}
    r = client.post("/ui/assess", data=form(maturity_level="2", **larger))
    assert re.search(r'<tr class="status-not_met" data-condition="clean_record">', r.text)
    assert "2028-02-02" in r.text  # the day it leaves the three-year window
    r = client.post("/ui/assess", data=form(maturity_level="2", **{"incidents.stated": "unknown"}))
    assert re.search(r'<tr class="status-unknown" data-condition="clean_record">', r.text)
    r = client.post("/ui/assess", data=form(**{**larger, "incidents.stated": "none"}))
    assert r.status_code == 422 and alert(r.text).split("—")[0].strip().endswith("incidents")


def test_add_row_without_javascript(client):
    r = client.post("/ui/assess", data=form(action="add-violations"))
    assert r.status_code == 200 and 'class="verdict-card' not in r.text
    assert r.text.count('name="violations.date"') == 2
    assert re.search(r'name="violations.stated" value="listed" checked', r.text)


@pytest.mark.parametrize(("changes", "field"), [
    ({"indicators.key_process_nc_rate": "eighty"}, "indicators.key_process_nc_rate"),
    ({"id": ""}, "id"),
    ({"credit_code": "91110000MA00000001"}, "credit_code"),
    ({"industry_code": "39"}, "industry_code"),
    ({"as_of": "2026-13-40"}, "as_of"),
    ({"incidents.stated": "listed", "incidents.kind": "safety", "incidents.grade": "major", "incidents.date": ""},
     "incidents.0.date"),
])
def test_invalid_input_names_the_field_next_to_the_form_and_keeps_it(client, changes, field):
    r = client.post("/ui/assess", data=form(**changes))
    assert r.status_code == 422
    assert 'class="verdict-card' not in r.text  # nothing half-assessed
    assert alert(r.text).split("—")[0].strip().endswith(field), alert(r.text)
    if field in ("credit_code", "industry_code", "as_of"):  # the API says the same
        api = client.post("/assess", json={"id": "x", field: changes[field]})
        assert api.status_code == 422 and api.json()["errors"][0]["field"] == field
    group = re.search(r'<fieldset class="group has-error" id="g-(\w+)"', r.text)
    assert group, "the group holding the field is marked"
    typed = {k: v for k, v in changes.items() if isinstance(v, str) and v and not k.endswith(".stated")}
    for name, value in typed.items():
        assert f'value="{value}"' in r.text, name  # what was typed is kept


def test_upload_a_profile_file(client, dev_cases):
    for case in dev_cases:
        body = json.dumps(case["profile"], ensure_ascii=False).encode()
        r = client.post("/ui/assess", files={"profile_file": ("p.json", body, "application/json")}, data={"level": ""})
        if "expect_status" in case:  # a profile the API refuses is refused here too, naming the field
            assert r.status_code == case["expect_status"] and "profile_file" in alert(r.text), case["name"]
            api = client.post("/assess", content=body, headers={"content-type": "application/json"}).json()
            assert api["errors"][0]["field"] in alert(r.text)
            continue
        assert r.status_code == 200, (case["name"], alert(r.text))
        got = verdicts(r.text)
        for level, expect in case["expect"].items():
            assert got[level] == expect["verdict"], (case["name"], level)
        assert f'value="{case["profile"]["id"]}"' in r.text  # shown in the form to edit


def test_a_bad_upload_names_the_file_and_keeps_the_form(client):
    r = client.post("/ui/assess", files={"profile_file": ("p.json", b'{"id": 1}', "application/json")},
                    data={"name": "保留的名称"})
    assert r.status_code == 422 and "profile_file" in alert(r.text) and "id" in alert(r.text)
    assert 'value="保留的名称"' in r.text


def test_form_and_profile_round_trip(app, dev_cases):
    from kg_service.web import form as web_form
    from kg_service.web.pages_assess import groups

    gs = groups(app.state.sfkg)
    for case in dev_cases:
        if "expect_status" in case:
            continue
        state = web_form.from_profile(case["profile"], gs)
        assert web_form.to_profile(state, gs) == case["profile"], case["name"]


# ---- ask and compare ---------------------------------------------------------------------------

def test_question_answer_and_linked_citations(client):
    r = client.get("/ui/ask", params={"q": QUESTION})
    api = client.get("/ask", params={"q": QUESTION}).json()
    para = re.search(r'<p class="answer-text"[^>]*>(.*?)</p>', r.text, re.S)
    assert para, r.text
    # the answer whole, its first sentence set apart (the verdict or the fact asked for)
    assert unescape(re.sub(r"<[^>]+>", "", para.group(1))) == api["answer"]
    lead = re.search(r'<strong class="answer-lead">(.*?)</strong>', para.group(1), re.S)
    assert lead and api["answer"].startswith(unescape(lead.group(1)))
    cited = re.findall(r'<li data-eid="([^"]+)">', r.text)
    assert cited == [c["eid"] for c in api["citations"]] and cited[0] == "att_2-1__row_3"
    assert 'href="/ui/articles/att_2-1__row_3"' in r.text


def test_comparison_with_citations_sources_and_level_switch(client):
    r = client.get("/ui/compare")
    api = client.get("/compare").json()
    assert len(re.findall(r'<tr id="dim-', r.text)) == len(api["rows"])
    assert re.search(r'class="cite" href="/ui/articles/', r.text)
    assert re.search(r'<li id="src-S1">', r.text)
    assert 'data-level="basic"' in r.text
    basic = client.get("/ui/compare", params={"level": "basic"})
    assert len(re.findall(r'<tr id="dim-', basic.text)) == len(client.get("/compare?level=basic").json()["rows"])
    bad = client.get("/ui/compare", params={"level": "excellent"})
    assert bad.status_code == 422 and "level" in bad.text


# ---- language --------------------------------------------------------------------------------

def test_language_switch_is_remembered(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:  # its own cookie jar
        assert 'lang="zh-CN"' in c.get("/ui/assess").text
        r = c.get("/ui/assess", params={"lang": "en"})
        assert 'lang="en"' in r.text and "Self-assessment" in r.text
        assert "sfkg_lang=en" in r.headers["set-cookie"]
        assert "Self-assessment" in c.get("/ui").text  # remembered
        result = c.post("/ui/assess", data=form())
        assert "Not eligible" in result.text and "What is missing" in result.text
        back = c.post("/ui/assess", data=form(lang="zh"))  # the switch re-posts the form
        assert "不符合条件" in back.text and "sfkg_lang=zh" in back.headers["set-cookie"]
        assert 'lang="zh-CN"' in c.get("/ui/compare").text


def test_result_page_switch_resubmits_the_form(client):
    html = client.post("/ui/assess", data=form()).text
    assert re.search(r'<button class="linkish" type="submit" form="profile-form" name="lang" value="en"', html)


def test_print_stylesheet(client):
    css = client.get("/ui/static/ui.css")
    assert css.status_code == 200 and "@media print" in css.text and "overflow-x: auto" in css.text
    assert client.get("/ui/static/ui.js").status_code == 200
    assert client.get("/ui/static/../routes.py").status_code == 404


# ---- decision trace ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def records_env(tmp_path_factory):
    """An app on its own data directory, with a reviewer key, two enterprise keys and one record."""
    from fastapi.testclient import TestClient

    from kg_service.assessment.creditcode import check_character
    from kg_service.graph import KnowledgeGraph, get_knowledge_graph
    from kg_service.records.keys import KEYS_FILE, KeyStore
    from kg_service.server import create_app

    def code(serial: str) -> str:
        first17 = ("91110000MA" + serial.rjust(7, "0"))[:17]
        return first17 + check_character(first17)

    data = tmp_path_factory.mktemp("web-records")
    kg0 = get_knowledge_graph()
    app = create_app(KnowledgeGraph(kg0.graph, kg0.sources_hash, replace(kg0.settings, data_dir=data)), warm=False)
    app.state.sfkg.warm_records()
    keys = KeyStore(data / KEYS_FILE)
    made = {"reviewer": keys.create("reviewer")[1], "owner": keys.create("enterprise", code("7"))[1],
            "other": keys.create("enterprise", code("8"))[1]}
    with TestClient(app) as c:
        profile = {"id": "trace-1", "credit_code": code("7"), "maturity_level": 1, "as_of": "2026-06-30"}
        answer = c.post("/assess", json=profile, headers={"Authorization": f"Bearer {made['reviewer']}"}).json()
        yield {"client": c, "keys": made, "record_id": answer["record_id"], "answer": answer}


def test_trace_without_a_key_is_401_and_shows_nothing(records_env):
    c, rid = records_env["client"], records_env["record_id"]
    c.cookies.clear()
    r = c.get(f"/ui/records/{rid}")
    assert r.status_code == 401 and 'name="key"' in r.text
    assert "trace-1" not in r.text and "verdict-card" not in r.text
    c.cookies.set("sfkg_key", "sfkg_000000000000_" + "x" * 43, path="/ui")
    r = c.get(f"/ui/records/{rid}")
    assert r.status_code == 401 and "trace-1" not in r.text
    assert c.get(f"/ui/records/{rid}.json").status_code == 401
    c.cookies.clear()


def test_trace_with_another_enterprise_key_is_403(records_env):
    c, rid = records_env["client"], records_env["record_id"]
    c.cookies.clear()
    r = c.post("/ui/records/key", data={"key": records_env["keys"]["other"], "next": rid}, follow_redirects=True)
    assert r.status_code == 403 and "trace-1" not in r.text and "verdict-card" not in r.text
    c.cookies.clear()


def test_reviewer_key_in_an_httponly_cookie_reads_the_trace(records_env):
    c, rid, answer = records_env["client"], records_env["record_id"], records_env["answer"]
    c.cookies.clear()
    bad = c.post("/ui/records/key", data={"key": "not-a-key", "next": rid}, follow_redirects=False)
    assert bad.status_code == 401 and "set-cookie" not in bad.headers
    saved = c.post("/ui/records/key", data={"key": records_env["keys"]["reviewer"], "next": rid},
                   follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"] == f"/ui/records/{rid}"
    cookie = saved.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/ui" in cookie
    r = c.get(f"/ui/records/{rid}")
    assert r.status_code == 200
    html = unescape(r.text)
    assert answer["rules_version"] in html and "与现行规则相同" in html
    assert verdicts(r.text) == {"basic": "not_eligible", "advanced": "not_eligible"}
    art = c.get("/articles/art_5__item_7").json()
    assert art["text"]["zh"] in html  # the cited text as recorded
    got = c.get(f"/ui/records/{rid}.json").json()
    assert {k: v for k, v in got.items() if k != "trace"} == answer
    assert rid in c.get("/ui/records").text  # listed for the reviewer
    assert c.get("/ui/records/0123456789abcdef0123456789abcdef").status_code == 404
    owner = c.post("/ui/records/key", data={"key": records_env["keys"]["owner"], "next": rid})
    assert owner.status_code == 200 and "trace-1" in owner.text  # the enterprise's own record
    forgot = c.post("/ui/records/key/forget", follow_redirects=False)
    assert forgot.status_code == 303 and 'sfkg_key=""' in forgot.headers["set-cookie"]
    c.cookies.clear()


def test_ask_page_shows_not_stated_facts_read_and_see_also(client):
    # the measures are silent on awards: "not stated", every citation only "see also"
    api = client.get("/ask", params={"q": "How much subsidy do advanced-level smart factories receive?"}).json()
    assert api["addressed"] is False and api["citations"]
    expected = (("en", "The measures do not state this", "see also"), ("zh", "办法对此没有规定", "参见"))
    for lang, words, badge in expected:
        r = client.get("/ui/ask", params={"q": api["question"], "lang": lang})
        assert r.status_code == 200 and 'data-addressed="false"' in r.text and words in unescape(r.text)
        assert r.text.count('data-see-also="true"') == len(api["citations"])
        assert f'<span class="badge see-also">{badge}</span>' in r.text
    # a situation: the facts read from the question are shown so the asker can check them
    q = "去年发生过一起一般安全事故，还能申报吗？"
    api = client.get("/ask", params={"q": q}).json()
    r = client.get("/ui/ask", params={"q": q, "lang": "zh"})
    html = unescape(r.text)
    assert api["addressed"] and 'data-addressed="false"' not in r.text
    assert not any(c.get("see_also") for c in api["citations"]) and 'data-see-also="true"' not in r.text
    assert "从问题中读出的事实" in html and 'data-fact="profile"' in r.text
    assert api["facts"]["profile"]["incidents"][0]["grade"] == "general" and "一般" in html  # the grade's label
    en = client.get("/ui/ask", params={"q": q, "lang": "en"})
    assert "Facts read from your question" in unescape(en.text) and "general" in en.text.lower()
