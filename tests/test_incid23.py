"""Accidents, violations and art_12 causes told indirectly (task incid23): an accident graded in the clause after its
telling takes its date from that telling ("…; it was classed as a general safety accident"), also across a
semicolon; a form's line asked and answered ("Any bad credit record? No.",
"是否受过行政处罚：否"); a parent's or a subsidiary's fine or accident is another firm's; "被认定为一般事故" says no
recognition; a drill, a hazard found or a near miss is no accident; a grade denied ("不属于重大事故") is not the
accident's; a registration moved where its registration was made ("在天津完成工商迁址登记"), or along with the
company, or told as a domicile; the place closed after a move is where it left. Wordings are not those of
bench/qa_sets/incid23_*.json.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask, case_reader

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


def _facts(client, q: str) -> dict:
    return ask(client, q, as_of=TODAY.isoformat())["facts"] or {}


def _profile(read, q: str) -> dict:
    return read(q).as_facts()["profile"]


@pytest.mark.parametrize("q, want", [
    ("In March 2026 an operator hurt his arm at the press; it was classed as a general safety accident. Basic level?",
     {"kind": "safety", "grade": "general", "date": "2026-03-15"}),
    ("On 3 September 2025 a tank overflowed at our site; the ecology bureau rated it a larger environmental accident. "
     "Can we apply?", {"kind": "environmental", "grade": "larger", "date": "2025-09-03"}),
    ("2025年9月我们仓库一名叉车司机被撞伤，后来被认定为一般安全事故，能报基础级吗？",
     {"kind": "safety", "grade": "general", "date": "2025-09-15"}),
])
def test_an_accident_graded_after_its_telling_is_read_whole(read, q, want):
    p = _profile(read, q)
    assert p.get("incidents") == [want]
    assert read(q).mode == "eligibility"  # "被认定为一般安全事故" is no recognition


def test_a_larger_accident_graded_after_fails_the_clean_record(client):
    f = _facts(client, "On 3 September 2025 a tank overflowed at our site; the ecology bureau rated it a larger "
                       "environmental accident. Can we apply for basic?")
    assert any(d["articles"][-1] == "art_5__item_3" and d["status"] == "not_met" for d in f["decided"])


def test_an_accident_with_no_date_in_its_telling_is_asked_back(read):
    case = read("A worker was hurt at the press; it was classed as a general safety accident. Basic level?")
    assert "incidents" not in case.as_facts()["profile"] and case.unread


@pytest.mark.parametrize("q, want", [
    ("Any dishonesty record? No. Any accidents in the last three years? None. Any fines? None. Basic level?",
     {"bad_credit_record": False, "incidents": [], "violations": []}),
    ("有无失信记录？无。近三年是否发生事故：否。是否受过行政处罚？否。能报吗？",
     {"bad_credit_record": False, "incidents": [], "violations": []}),
])
def test_a_form_line_asked_and_answered_is_read(read, q, want):
    assert _profile(read, q) == want


@pytest.mark.parametrize("q", [
    "Our holding company was penalised by customs in 2025; we ourselves have had no violations. Basic level?",
    "我们的母公司2025年被罚款，我们自己没有违法违规行为，能报吗？",
])
def test_a_parents_fine_is_not_the_applicants(read, q):
    assert _profile(read, q) == {"violations": []}


@pytest.mark.parametrize("q", [
    "我们是基础级智能工厂，今年开展了重大危险化学品泄漏事故应急演练，称号受影响吗？",
    "我们是先进级智能工厂，检查中发现一处重大生产安全事故隐患，已整改，会被摘牌吗？",
    "We hold the advanced title. This year we rehearsed our response to a major explosion in a full-scale exercise. "
    "Is the title at risk?",
    "We are a basic-level smart factory. Our Hebei subsidiary had a major environmental accident this year. Do we keep "
    "the title?",
    "我们是先进级智能工厂，我们旗下的天津子公司今年发生重大安全事故，称号会被撤销吗？",
])
def test_no_accident_of_the_asker_is_no_cause(client, read, q):
    case = read(q)
    assert case.mode == "revocation" and not case.events
    assert _facts(client, q)["verdict"] == "retain"


def test_a_drill_with_deaths_is_an_accident(read):
    case = read("我们是基础级智能工厂，今年演练时发生爆炸，造成12人死亡，称号会被撤销吗？")
    assert [e.type for e in case.events] == ["accident"] and case.events[0].details.get("grade") == "major"


def test_a_grade_denied_is_not_the_accidents(client):
    f = _facts(client, "我们是基础级智能工厂，今年发生一起一般环境事故，经调查不属于重大事故，称号还在吗？")
    assert f["verdict"] == "retain"
    assert f["events"] == [{"type": "accident", "grade": "general", "kind": "environmental"}]


@pytest.mark.parametrize("q, province", [
    ("我们是先进级智能工厂，今年6月公司在河北完成了工商迁址登记，称号会被撤销吗？", "河北"),
    ("We hold the basic title. In August we re-registered in Tianjin and cancelled our Beijing registration. Is the "
     "title still valid?", "天津"),
    ("We were named an advanced smart factory in 2025. Our domicile was changed to Jiangsu this year. Does the title "
     "survive?", "江苏"),
    ("我们是基础级智能工厂，今年公司整体迁到了天津，注册地也跟着迁过去了，称号还在吗？", "天津"),
    ("We hold the advanced title; in May we moved our headquarters and registered office to Tianjin. Is the title "
     "safe?", "天津"),
])
def test_a_registration_moved_out_said_indirectly_revokes(client, q, province):
    f = _facts(client, q)
    assert f["verdict"] == "revoke"
    assert any(e["type"] == "registered_address_moved" and province in e["province"] for e in f["events"])
    assert any(c["cause"] == "art_12__item_4" and c["status"] == "applies" for c in f["causes"])


def test_a_registration_changed_with_no_place_is_open(client):
    f = _facts(client, "我们是基础级智能工厂，今年把仓库搬到了河北，注册地也变更了，称号受影响吗？")
    assert f["verdict"] == "undetermined"
