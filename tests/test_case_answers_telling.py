"""What a stated case's first sentence answers (issue 17, item 3): the level asked about -- no, yes, or
not yet decidable, with what is met and what is missing -- and one condition's verdict only when the
question asks about that condition; condition labels under a reform name the reform's values; the web
page sets apart the lead sentence the answer carries, not one a pattern guesses."""
from __future__ import annotations

import re
from datetime import date
from html import unescape

import pytest
import yaml

from kg_service.time.reform import Reform

from .conftest import ROOT

DAY = date(2026, 6, 1)
ASK_CASE = yaml.safe_load((ROOT / "queries" / "ask_case.yaml").read_text(encoding="utf-8"))
LEVEL = {lv: names for lv, names in ASK_CASE["facts"]["levels"].items()}
OPENING = {("no", "zh"): "不符合", ("no", "en"): "No —", ("open", "zh"): "尚无法判断",
           ("open", "en"): "Not yet decidable", ("yes", "zh"): "符合", ("yes", "en"): "Yes"}


@pytest.fixture(scope="module")
def service(app):
    return app.state.sfkg


def told(service, q: str, reform=None) -> dict:
    return service.ask_with_lead(q, as_of=DAY, reform=reform)


LEVEL_ASKED = [
    # (question, language, level, verdict of the level, an eId the first sentence names)
    ("我们是做锂电池的，78%的关键工序数控化率，联网率71%，不良率下降了4%，单位产值能耗降低6%，营收3.2亿元，想报先进级。",
     "zh", "advanced", "open", "att_2__sec_2"),
    ("We make chips: NC rate of key processes 85%, equipment networking rate 72%, defect rate reduction 5%. Can we "
     "apply for the advanced level?", "en", "advanced", "open", "att_2__sec_2"),
    ("我们是北京注册的独立法人，年营收5000万元，能申报基础级吗？", "zh", "basic", "open", "art_5__item_1"),
    ("We are an independent legal person registered in Beijing, annual revenue 80 million yuan, maturity level 3. "
     "Can we apply for the basic level?", "en", "basic", "open", "art_5__item_7"),
    ("我们年营收1200万元，成熟度二级，能申报基础级吗？", "zh", "basic", "no", "art_5__item_1"),
    ("Our maturity is level 1 and our annual revenue is 500 million yuan; we want to apply for the advanced level.",
     "en", "advanced", "no", "art_5__item_7"),
]


@pytest.mark.parametrize(("q", "lang", "level", "verdict", "eid"), LEVEL_ASKED, ids=[c[0][:30] for c in LEVEL_ASKED])
def test_a_level_asked_is_answered_for_the_level(service, q, lang, level, verdict, eid):
    body = told(service, q)
    lead = body["lead"]
    assert body["answer"].startswith(lead) and len(lead) < len(body["answer"])
    assert lead.startswith(OPENING[verdict, lang]) and LEVEL[level][lang] in lead, lead
    assert eid in lead, lead
    # one condition's "yes" never opens an answer about the level
    assert not lead.startswith(("符合：", "就所述情况而言符合", "Yes —", "Yes, as far")), lead
    statuses = {d["condition"]: d["status"] for d in body["facts"]["decided"]}
    if verdict == "no":
        assert "not_met" in statuses.values()
        return
    assert "not_met" not in statuses.values()
    # what is met and what is missing: the met conditions by label, the level's unstated ones by count
    stated = [d for d in body["facts"]["decided"] if d.get("stated", True)]
    met = [d for d in stated if d["status"] == "met" and d["condition"] != "advanced_indicators"]
    labels = service.condition_labels()
    assert all(labels[d["condition"]][lang] in lead for d in met), lead
    level_conditions = [c for c in service.assess({"id": "x", "as_of": DAY.isoformat()}, level,
                                                  explain=False)["results"][0]["conditions"]]
    unstated = len(level_conditions) - len(stated)
    assert re.search(rf"其余{unstated}项条件尚未说明|the other {unstated} conditions are not stated yet", lead), lead
    # no two sentences contradict: no other verdict is said later
    rest = body["answer"][len(lead):]
    assert not any(w in rest for w in ("符合：", "不符合", "尚无法判断：", "Yes —", "No —", "Not yet decidable")), rest


CONDITION_ASKED = [
    # (question, language, condition asked about, its verdict, its eId)
    ("我们的智能制造能力成熟度是三级，满足先进级的成熟度要求吗？", "zh", "maturity_level", "yes", "art_5__item_7"),
    ("We were assessed at maturity level 4 under GB/T 39116. Does that meet the maturity condition for the advanced "
     "level?", "en", "maturity_level", "yes", "art_5__item_7"),
    ("我们是化工企业，关键工序数控化率78%，生产设备联网率80%，单位产值能耗降低12%，先进级指标够吗？", "zh",
     "advanced_indicators", "yes", "att_2__sec_2"),
    ("Medical device maker: NC rate of key processes 68%, networking rate 62%, defect rate reduction 4%. Do we reach "
     "the advanced indicators?", "en", "advanced_indicators", "no", "att_2__sec_2"),
    ("Our annual revenue is 15 million yuan. Do we meet the applicant requirements?", "en", "eligible_entity", "no",
     "art_5__item_1"),
]


@pytest.mark.parametrize(("q", "lang", "condition", "verdict", "eid"), CONDITION_ASKED,
                         ids=[c[0][:30] for c in CONDITION_ASKED])
def test_a_condition_asked_about_is_answered_for_that_condition(service, q, lang, condition, verdict, eid):
    body = told(service, q)
    lead = body["lead"]
    assert lead.startswith(OPENING[verdict, lang]) and eid in lead, lead
    assert not any(LEVEL[lv][lang] in lead for lv in LEVEL), lead  # the condition's verdict, not the level's
    status = {d["condition"]: d["status"] for d in body["facts"]["decided"]}[condition]
    assert status == ("not_met" if verdict == "no" else "met"), status


def test_the_same_facts_asked_of_the_level_or_of_a_condition_open_differently(service):
    facts = "我们是化工企业，关键工序数控化率78%，生产设备联网率80%，单位产值能耗降低12%，"
    level, condition = told(service, facts + "能申报先进级吗？"), told(service, facts + "先进级指标够吗？")
    assert level["lead"].startswith("尚无法判断能否申报先进级") and condition["lead"].startswith("符合：")
    # one decision, told for what was asked: the level's answer lists every other condition of the level too
    stated = [d for d in level["facts"]["decided"] if d.get("stated", True)]
    assert stated == condition["facts"]["decided"]
    assert {d["condition"] for d in level["facts"]["decided"]} > {d["condition"] for d in stated}
    assert all(d["status"] != "not_met" for d in level["facts"]["decided"] if not d.get("stated", True))


# -- labels under a reform -------------------------------------------------------------------------------

STRICTER = Reform.parse({"id": "stricter", "label": {"zh": "门槛调整", "en": "adjusted thresholds"},
                         "parameters": {"art_5__item_7.minimum_level": 3, "att_2__sec_2.minimum_met": 2}})


def test_labels_under_the_measures_are_the_ontologys(service):
    graph = service.kg.labels
    for cid, label in service.condition_labels().items():
        assert label == {k: v for k, v in graph[f"https://w3id.org/bjsf/id/condition-{cid}"].items()
                         if k in label}, cid


@pytest.mark.parametrize(("q", "measures", "reformed"), [
    ("我们年营收1200万元，成熟度二级，能申报基础级吗？", "二级及以上", "三级及以上"),
    ("Our annual revenue is 12 million yuan and our maturity is level 2. Can we apply for the basic level?",
     "level 2 or above", "level 3 or above"),
])
def test_a_reformed_answer_names_conditions_by_the_reforms_values(service, q, measures, reformed):
    before, after = told(service, q), told(service, q, STRICTER)
    assert measures in before["answer"] and reformed not in before["answer"]
    maturity = {d["condition"]: d for d in after["facts"]["decided"]}["maturity_level"]
    assert maturity["status"] == "not_met"  # level 2 under a minimum of 3
    assert reformed in after["answer"] and measures not in after["answer"], after["answer"]


def test_a_reformed_decision_carries_the_reformed_label(service):
    profile = {"id": "r", "as_of": DAY.isoformat(), "maturity_level": 2, "industry_code": "C39",
               "indicators": {"key_process_nc_rate": 85, "defect_rate_reduction": 5}}
    conditions = {c["id"]: c for c in service.assess(profile, "advanced", explain=False, reform=STRICTER)
                  ["results"][0]["conditions"]}
    assert conditions["advanced_indicators"]["status"] == "met"  # 2 of 5, where the reform needs 2
    assert conditions["advanced_indicators"]["label"]["en"].startswith("At least 2 of the 5")
    assert "5项中的2项" in conditions["advanced_indicators"]["label"]["zh"]
    assert conditions["maturity_level"]["label"] == {"zh": "智能制造能力成熟度三级及以上",
                                                     "en": "Maturity level 3 or above"}


# -- the lead, carried to the web face -------------------------------------------------------------------

def test_the_api_answer_keeps_its_contract_fields(client):
    q = "我们年营收1200万元，成熟度二级，能申报基础级吗？"
    body = client.get("/ask", params={"q": q, "as_of": DAY.isoformat()}).json()
    assert "lead" not in body
    assert {"question", "answer", "citations", "addressed", "facts"} <= set(body)


@pytest.mark.parametrize("q", [
    "我们是做锂电池的，78%的关键工序数控化率，联网率71%，不良率下降了4%，单位产值能耗降低6%，营收3.2亿元，想报先进级。",
    "We had a general safety accident last year. Can we still apply for the basic level?",
    "After recognition our company was dissolved and deregistered. Is the title revoked?",
])
def test_the_web_page_sets_apart_the_lead_the_answer_carries(client, service, q):
    page = client.get("/ui/ask", params={"q": q})
    shown = re.search(r'<strong class="answer-lead">(.*?)</strong>', page.text, re.S)
    expected = service.ask_with_lead(q)
    assert shown and unescape(shown.group(1)) == expected["lead"], (shown and shown.group(1), expected["lead"])
    para = re.search(r'<p class="answer-text"[^>]*>(.*?)</p>', page.text, re.S)
    assert unescape(re.sub(r"<[^>]+>", "", para.group(1))) == expected["answer"]


def test_the_page_has_no_pattern_for_sentences():
    source = (ROOT / "kg_service" / "web" / "render.py").read_text(encoding="utf-8")
    assert "_LEAD" not in source and "import re" not in source


# -- the steps' wording is the templates' ------------------------------------------------------------------

def test_step_parts_are_worded_by_the_answer_templates(service):
    words = yaml.safe_load((ROOT / "queries" / "ask_answers.yaml").read_text(encoding="utf-8"))["step_parts"]
    zh = service.ask("先进级由谁评审？", as_of=DAY)["answer"]
    en = service.ask("Who reviews advanced-level applications?", as_of=DAY)["answer"]
    assert words["performer"]["zh"].format(value="专家") in zh
    assert words["organiser"]["zh"].format(value="北京市经济和信息化局") in zh
    assert words["performer"]["en"].format(value="enterprise (applicant)") in en
    assert "由" not in (ROOT / "kg_service" / "questions" / "structured.py").read_text(encoding="utf-8").split(
        "def _step_parts")[1].split("def _step_clause")[0]
