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
