"""The lead's cases of the twenty-second wave: an average that is not the province's (the nation's, the world's)
is no comparison art_5 item 8 / annex 1 makes, and is not bound; a case asked as "does it meet article 5?" with
no "we" is the asker's case; network and data risk said without "security"."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts


@pytest.fixture(scope="module")
def read():
    return case_reader(date(2026, 12, 7))


@pytest.mark.parametrize("words", [
    "Our output per worker is above the national average. Can we apply for basic?",
    "Our key indicators beat the sector average nationwide. Basic?",
    "Our indicators are below the national industry average.",
    "我们高于全国同行业平均水平，能申报基础级吗",
    "我们的主要指标低于全国行业平均水平",
    "我们比国内同行业平均水平高，能申报吗",
])
def test_an_average_not_the_province_s_is_not_bound(read, words):
    assert "above_regional_industry_average" not in facts(read(words))


@pytest.mark.parametrize("words,value", [
    ("Our digital level is above the industry average. Basic level?", True),
    ("We beat the Beijing industry average. Basic?", True),
    ("我们高于全市同行业平均水平，能申报吗", True),
    ("我们的指标低于本市同行业平均水平", False),
])
def test_the_province_s_or_the_industry_s_average_is_read(read, words, value):
    assert facts(read(words)).get("above_regional_industry_average") is value


def test_a_case_asked_against_an_article_with_no_we_is_the_asker_s(read):
    got = facts(read("关于安全：工控系统安全可控；网络和数据安全风险可控。组织：设有智能制造推进办。符合第五条吗？"))
    assert got.get("security_controllable") is True
    assert got.get("cyber_data_risk_controllable") is True
    assert got.get("organization_mechanism") is True


@pytest.mark.parametrize("words", ["企业需要满足第五条吗？", "第五条要求网络数据风险可控吗？"])
def test_a_rule_asked_of_an_article_states_no_case(read, words):
    assert not facts(read(words))


@pytest.mark.parametrize("words,value", [
    ("我司网络数据风险可控，能申报吗", True),
    ("我们网络和数据风险可控", True),
    ("我们网络数据风险不可控", False),
])
def test_network_and_data_risk_without_security(read, words, value):
    assert facts(read(words)).get("cyber_data_risk_controllable") is value


# --- traditional characters: read as the simplified ones, one for one; the spans quote the words as written --------

def test_traditional_characters_are_read_and_quoted_as_written(read):
    r = read("我們關鍵工序數控化率78%，設備聯網率72%，年營收3億元，註冊在北京市海澱區，能申報先進級嗎")
    got = facts(r)
    assert got["indicators.key_process_nc_rate"] == 78
    assert got["indicators.equipment_networking_rate"] == 72
    assert got["annual_revenue_10k_cny"] == 30000
    assert got["registration.district"] == "海淀区"
    spans = r.as_facts()["spans"]
    assert spans["indicators.equipment_networking_rate"] == "設備聯網率72%"  # the asker's own characters


def test_simplified_text_is_unchanged_by_the_table():
    from kg_service.questions.text import to_simplified
    words = "著名的乾坤：关键工序数控化率78%，设备联网率72%，Our NC rate is 78%."
    assert to_simplified(words) == words
    assert to_simplified("聯網率") == "联网率"


def test_a_traditional_question_through_the_service_is_decided(client):
    q = "我們2025年被認定為先進級智能工廠，2026年3月發生了一起重大安全事故，會被撤銷嗎"
    res = client.get("/ask", params={"q": q})
    assert res.status_code == 200
    out = res.json()
    assert out["facts"]["mode"] == "revocation"
    assert out["facts"]["verdict"] == "revoke"


# --- an e-mail's quoted earlier message is another's words, or the asker's of another time: nothing of the case ---

MAIL_EN = """Dear Ms. Chen,

Thanks for the quick reply. Our key-process NC rate is 72% and the networking rate 68%.
Can we apply for the advanced level?

Best regards,
Tom Li

> On 2 March 2026, Chen Jing wrote:
> Last year you told us the NC rate was 61% and the defect rate fell 4%. Please confirm the current figures."""

MAIL_ZH = """王老师您好：

我们关键工序数控化率现在是72%，设备联网率68%，能申报先进级吗？

李明

-----原始邮件-----
发件人：王老师
上次你们说数控化率61%，不良品率降低4%，请确认最新数据。"""


@pytest.mark.parametrize("words", [MAIL_EN, MAIL_ZH])
def test_a_quoted_earlier_message_is_not_read(read, words):
    got = facts(read(words))
    assert got.get("indicators.key_process_nc_rate") == 72
    assert got.get("indicators.equipment_networking_rate") == 68
    assert "indicators.defect_rate_reduction" not in got  # only the quoted message says 4%


def test_a_sender_line_heading_the_asker_s_own_words_is_no_quote(read):
    got = facts(read("发件人：赵工，座机010-60001234。我们8条产线、210台设备；数控化率70%，联网率63%。"))
    assert got.get("indicators.key_process_nc_rate") == 70
    assert got.get("indicators.equipment_networking_rate") == 63


# --- a figure supposed or to come is no level reached: asked back, not bound ---------------------------------------

@pytest.mark.parametrize("words,path", [
    ("如果明年数控化率达到80%，能申报先进级吗？", "indicators.key_process_nc_rate"),
    ("假如我们不良品率降低10%，算达标吗", "indicators.defect_rate_reduction"),
    ("要是联网率能到75%就好了", "indicators.equipment_networking_rate"),
    ("等新产线投产后，数控化率会提升到80%", "indicators.key_process_nc_rate"),
    ("If we reach an NC rate of 80% next year, could we apply for advanced?", "indicators.key_process_nc_rate"),
    ("Suppose our defect rate fell 10% - would that count?", "indicators.defect_rate_reduction"),
    ("Our NC rate would be 78% if we counted the pilot line.", "indicators.key_process_nc_rate"),
    ("Once the new line is running, the NC rate should rise to 80%.", "indicators.key_process_nc_rate"),
])
def test_a_supposed_figure_is_not_bound(read, words, path):
    r = read(words)
    got = facts(r)
    assert path not in got
    assert "factory_in_operation" not in got  # "once the new line is running": not yet
    assert r.as_facts()["unread"], "the supposed figure is asked back"


@pytest.mark.parametrize("words,path,value", [
    # (主要是: no 要是)
    ("我们这边主要是做牛仔裤的，设备联网率55%，先进级？", "indicators.equipment_networking_rate", 55),
    ("我们数控化率72%，如果够的话能申报吗", "indicators.key_process_nc_rate", 72),
    ("Our NC rate is 72%. If that is enough, can we apply?", "indicators.key_process_nc_rate", 72),
    ("我们设备连网率68%", "indicators.equipment_networking_rate", 68),
])
def test_a_figure_beside_a_supposition_elsewhere_is_read(read, words, path, value):
    assert facts(read(words)).get(path) == value


# --- another party: a customer's figure or trade is not the asker's; a client asked for is the applicant ----------

@pytest.mark.parametrize("words", [
    "Our biggest customer, a carmaker, reports an NC rate of 90%; ours is 70%.",
    "我们的大客户数控化率90%",
    "Our main client has an NC rate of 85%.",
])
def test_a_customer_s_figure_or_trade_is_not_read(read, words):
    got = facts(read(words))
    assert got.get("indicators.key_process_nc_rate") != 90 and got.get("indicators.key_process_nc_rate") != 85
    assert "industry_code" not in got


@pytest.mark.parametrize("words,value", [
    ("我是咨询顾问，客户的数控化率70%，能申报吗", 70),
    ("I'm a consultant; my client's NC rate is 70%. Can they apply?", 70),
])
def test_the_client_an_intermediary_asks_for_is_the_applicant(read, words, value):
    assert facts(read(words)).get("indicators.key_process_nc_rate") == value


# --- a question reported, then its answer: the question's words state nothing ----------------------------------------

@pytest.mark.parametrize("words", [
    "They asked: do you have any bad credit record? We do not.",
    "Any bad credit record? We do not have one.",
])
def test_a_question_s_words_are_not_a_statement(read, words):
    assert facts(read(words)).get("bad_credit_record") is not True


# --- a questionnaire's numbered questions answered on their line ------------------------------------------------------

@pytest.mark.parametrize("words,want", [
    ("Q1 Registered in Beijing? Yes. Q2 Independent legal person? Yes. Q3 Domains digitalised? Production operation "
     "and production management. Q4 NC rate? 72%.",
     {"registration.province": "北京市", "independent_legal_person": True, "indicators.key_process_nc_rate": 72}),
    ("1. 是否规上？是。2. 是否独立法人？是。3. 数控化率？72%。",
     {"above_designated_size": True, "independent_legal_person": True, "indicators.key_process_nc_rate": 72}),
])
def test_numbered_questions_answered_on_their_line(read, words, want):
    got = facts(read(words))
    assert {k: got.get(k) for k in want} == want


def test_numbered_questions_unanswered_state_nothing(read):
    assert not facts(read("1. Are we eligible? 2. What do we need to prepare?"))


@pytest.mark.parametrize("words,want", [
    ("Our biggest customer has revenue of RMB 120 billion, while ours is RMB 235 million.", None),
    ("我们最大的客户营收1200亿元，我们营收2.35亿元", 23500),
    ("我是咨询顾问，客户的营收2.35亿元，能申报吗", 23500),  # the client asked for: the applicant
])
def test_a_customer_s_revenue_is_not_the_applicant_s(read, words, want):
    assert facts(read(words)).get("annual_revenue_10k_cny") == want


@pytest.mark.parametrize("words,code", [
    ("我们是做塑料玩具的", "C2452"),
    ("We make plastic toys.", "C2452"),
    ("我们是做图书印刷的", "C2311"),
    ("We print books and magazines.", "C2311"),
])
def test_a_class_named_by_its_everyday_words(read, words, code):
    assert facts(read(words)).get("industry_code") == code


def test_the_depth_words_name_each_code_once():
    import re
    from pathlib import Path
    text = (Path(__file__).resolve().parent.parent / "bench" / "products_depth_words.yaml").read_text(encoding="utf-8")
    codes = re.findall(r"(?m)^([A-Z][0-9]+):", text)
    assert len(codes) == len(set(codes)), "a code given twice: YAML keeps only the last list"


@pytest.mark.parametrize("words,code", [
    ("We make furniture and our equipment networking rate is 60%.", "C21"),
    ("We make sofas and our revenue is RMB 300 million.", "C21"),
])
def test_a_product_before_and_our_ends_its_list(read, words, code):
    assert facts(read(words)).get("industry_code") == code


# --- a contrast turns from what is denied to what is so: a negation does not reach across it --------------------------

@pytest.mark.parametrize("words,value", [
    ("我们不是子公司而是独立法人", True),
    ("我们是独立法人而不是分公司", True),
    ("We are not a subsidiary but an independent legal person.", True),
    ("We are an independent legal person rather than a branch.", True),
    ("我们不是独立法人", False),
    ("我们是上海某集团在北京的分公司", False),
])
def test_a_negation_stops_at_a_contrast(read, words, value):
    assert facts(read(words)).get("independent_legal_person") is value


def test_a_basic_level_factory_applying_applies_for_the_advanced_level(read):
    r = read("我们基础级智能工厂已经在区经信局备案，数控化率72%，能申报吗")
    assert r.mode == "eligibility" and r.level == "advanced"
    got = facts(r)
    assert got.get("basic_filing.filed") is True and got.get("indicators.key_process_nc_rate") == 72


@pytest.mark.parametrize("words", ["我们是基础级智能工厂，称号还有效吗", "我们是基础级智能工厂，还能再申报基础级吗"])
def test_a_basic_level_factory_asking_of_its_title_is_no_application(read, words):
    assert read(words).mode == "revocation"


@pytest.mark.parametrize("words,want", [
    ("We have smart production operations, production management and operations management in place.",
     ["production_operation", "production_management", "operations_management"]),
    ("We have smart production operations and production management in place.",
     ["production_operation", "production_management"]),
    ("我们的智能工厂建设覆盖了生产作业和生产管理", ["production_operation", "production_management"]),
])
def test_smart_before_a_domain_drops_only_the_factory_construction_domain(read, words, want):
    assert sorted(facts(read(words)).get("domains") or []) == sorted(want)


@pytest.mark.parametrize("words,path", [
    ("Our biggest customer, a carmaker, has revenue of RMB 120 billion. We make furniture.", "annual_revenue_10k_cny"),
    ("Our biggest customer, a carmaker, reports an NC rate of 90%.", "indicators.key_process_nc_rate"),
])
def test_a_figure_in_a_clause_opened_by_its_verb_is_its_subject_s(read, words, path):
    # the clause "has revenue of …" has its subject, the customer, in the clauses before it
    r = read(words)
    assert path not in facts(r)
    assert r.as_facts()["unread"]


@pytest.mark.parametrize("words,path,value", [
    ("We make furniture, have revenue of RMB 300 million and an NC rate of 70%.", "annual_revenue_10k_cny", 30000),
    ("Founded in 2003, we have revenue of RMB 300 million.", "annual_revenue_10k_cny", 30000),
])
def test_the_asker_s_own_figure_after_its_verb_is_read(read, words, path, value):
    assert facts(read(words)).get(path) == value
