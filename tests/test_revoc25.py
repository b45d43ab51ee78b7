"""A recognised factory asking whether an event costs it the title (art_12, task revoc25): a form's grade line grades
the accident of the line before ("事故等级：较大事故", "Grade: larger accident"); a drill simulating an accident
("模拟的是重大事故"), the factory next door, a rumour refuted, a penalty annulled on review and a hazard found and fixed
are no cause; an investigation's report said to be out is the event's aftermath, not another event; a finding under
appeal or lawsuit is left open (never a revocation on a challenged finding) unless the challenge failed; a title
stated as a form's key ("Our title: advanced …") or with its year ("我们是2025年的先进级") is a recognition. Wordings
are not those of bench/qa_sets/revoc25_*.json.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask

TODAY = date(2026, 12, 8)


def _facts(client, q: str) -> dict:
    return ask(client, q, as_of=TODAY.isoformat())["facts"] or {}


def _applying(f: dict) -> list[str]:
    return [c["cause"] for c in f.get("causes") or [] if c["status"] == "applies"]


def _open(f: dict) -> list[str]:
    return [c["cause"] for c in f.get("causes") or [] if c["status"] == "unknown"]


@pytest.mark.parametrize("q, grade, verdict", [
    ("事件：锅炉爆炸\n事故等级：一般事故\n时间：2026年4月\n我们是先进级智能工厂，称号还保留吗？", "general", "retain"),
    ("事件：仓库火灾\n调查结论：重大事故\n我们是基础级智能工厂，称号会被撤销吗？", "major", "revoke"),
    ("Event: dust explosion\nClassification: larger accident\nWe hold the advanced title. Do we keep it?", "larger",
     "retain"),
    ("Event: ammonia leak\nSeverity: major accident\nWe hold the basic-level title. Is it revoked?", "major", "revoke"),
])
def test_a_form_grade_line_grades_the_accident_of_the_line_before(client, q, grade, verdict):
    f = _facts(client, q)
    assert f["mode"] == "revocation"
    assert [(e["type"], e.get("grade")) for e in f["events"]] == [("accident", grade)]
    assert f["verdict"] == verdict
    assert _applying(f) == (["art_12__item_3"] if verdict == "revoke" else [])


@pytest.mark.parametrize("q", [
    "我们是先进级智能工厂，上个月做了一次消防演练，模拟的是特别重大火灾事故，称号会受影响吗？",
    "We hold the advanced title. The plant next door had a major explosion in May; nobody at our site was hurt. "
    "Do we keep the title?",
    "我们是基础级智能工厂，有人在网上说我们厂发生了重大环境事故，其实什么事故都没有发生，称号有影响吗？",
    "We're a basic-level smart factory. People online claim we had a major environmental accident, but nothing "
    "happened. Is the title affected?",
    "我们是先进级智能工厂，今年被市场监管局罚款，后来法院判决撤销了该处罚，称号还在吗？",
    "We hold the basic-level title. The tax bureau fined us in June, but the penalty was overturned on appeal. "
    "Is the title still valid?",
    "We hold the advanced title. An audit found a major fire hazard in the paint shop and we rectified it. Do we "
    "lose the title?",
])
def test_what_is_no_cause_keeps_the_title(client, q):
    f = _facts(client, q)
    assert f["mode"] == "revocation"
    assert f["events"] == []
    assert f["verdict"] == "retain"
    assert _applying(f) == []


@pytest.mark.parametrize("q", [
    "我们是基础级智能工厂，今年一起质量事故被认定为较大事故，事故调查报告已经公布，称号会被撤销吗？",
    "We hold the basic-level title. A spill this year was graded a general environmental accident; the "
    "investigation findings were published in July. Is the title revoked?",
])
def test_an_investigation_report_out_is_the_events_aftermath(client, q):
    f = _facts(client, q)
    assert [e["type"] for e in f["events"]] == ["accident"]
    assert f["verdict"] == "retain"
    assert not f.get("unread")


@pytest.mark.parametrize("q, cause", [
    ("我们是先进级智能工厂，今年的火灾被认定为重大安全事故，我们不服，已经申请行政复议，称号会被撤销吗？",
     "art_12__item_3"),
    ("We hold the basic-level title. A leak in March was classed as a major environmental accident; we have "
     "appealed. Is the title revoked?", "art_12__item_3"),
    ("我们是基础级智能工厂，今年被罚款20万元，市经信局说我们不再符合认定条件，我们已经提起行政诉讼，称号会撤销吗？",
     "art_12__item_5"),
])
def test_a_finding_under_challenge_is_left_open(client, q, cause):
    f = _facts(client, q)
    assert f["mode"] == "revocation"
    assert f["verdict"] == "undetermined"  # never a revocation on a challenged finding
    assert cause in _open(f)
    assert _applying(f) == []


@pytest.mark.parametrize("q, cause", [
    ("We hold the advanced title. The explosion in April was classed as a major safety accident; our appeal was "
     "dismissed. Is the title revoked?", "art_12__item_3"),
    ("我们是基础级智能工厂，今年被罚款，市经信局认定我们不再符合认定条件，我们申请了复议，被驳回了，称号会撤销吗？",
     "art_12__item_5"),
    ("我们是基础级智能工厂，今年发生重大安全事故，我们没有提起诉讼，称号会被撤销吗？", "art_12__item_3"),
])
def test_a_challenge_failed_or_not_made_leaves_the_finding(client, q, cause):
    f = _facts(client, q)
    assert f["verdict"] == "revoke"
    assert _applying(f) == [cause]


@pytest.mark.parametrize("q, level, cause", [
    ("Our title: basic-level smart factory (2025)\nEvent: registered office moved to Hebei, June 2026\nOutcome?",
     "basic", "art_12__item_4"),
    ("我们是去年的先进级，今年公司被吊销营业执照，怎么办", "advanced", "art_12__item_2"),
    ("称号：基础级智能工厂\n事件：公司注册地迁至天津\n请判断", "basic", "art_12__item_4"),
])
def test_a_title_stated_as_a_form_key_or_with_its_year_is_a_recognition(client, q, level, cause):
    f = _facts(client, q)
    assert f["mode"] == "revocation"
    assert f["level"] == level
    assert f["verdict"] == "revoke"
    assert _applying(f) == [cause]


@pytest.mark.parametrize("q", [
    "Target title: advanced level\nKey process NC rate: 70%\nCan we apply?",
    "我们是2026年的先进级申报企业，关键工序数控化率80%，能申报吗？",
])
def test_an_applicant_stays_an_applicant(client, q):
    f = _facts(client, q)
    assert f.get("mode") != "revocation"


@pytest.mark.parametrize("q", [
    "我们是已认定的先进级智能工厂，上个月换了法人代表，这个要紧吗？",
    "我们前年评的基础级，打算明年迁去河北，现在仍在北京注册，称号有影响吗？",
])
def test_a_change_no_item_names_keeps_the_title(client, q):
    f = _facts(client, q)
    assert f["mode"] == "revocation"
    assert f["verdict"] == "retain"
    assert f["events"] == []


def test_application_figures_unlike_the_facts_are_false_information(client):
    f = _facts(client, "我们是先进级智能工厂，申报时委托中介准备材料，里面的数值跟实际不一样，已被核实，称号会被撤吗？")
    assert [e["type"] for e in f["events"]] == ["false_information"]
    assert _applying(f) == ["art_12__item_1"]
    g = _facts(client, "我们是基础级智能工厂，统计年报里的数字和实际不一样，被统计局罚款了，称号会被撤吗？")
    assert "art_12__item_1" not in _applying(g)  # an annual report is no application
    assert g["verdict"] == "undetermined"


@pytest.mark.parametrize("q, verdict", [
    # fixed after set B was scored (its misses of these kinds): a review applied for, a rival's post, a neighbour
    # located by the asker's park
    ("We hold the basic title. A fire in May was classed as a major safety accident; we applied for administrative "
     "review and it is pending. Will we lose the title?", "undetermined"),
    ("We're a recognised basic smart factory. A rival posted on social media that our application data were "
     "faked. Will we lose the title?", "undetermined"),
    ("We're an advanced smart factory. A neighbouring plant in our industrial park had a major explosion this "
     "year. Does that affect our title?", "retain"),
])
def test_no_revocation_on_a_challenge_an_allegation_or_a_neighbour(client, q, verdict):
    f = _facts(client, q)
    assert f["verdict"] == verdict
    assert _applying(f) == []


def test_an_accident_graded_as_the_object_of_the_grading_verb_is_one(client):
    f = _facts(client, "We hold the advanced title. In June the safety bureau graded our boiler explosion in May a "
                       "general accident. Is the title revoked?")
    assert [(e["type"], e.get("grade")) for e in f["events"]] == [("accident", "general")]
    assert f["verdict"] == "retain"
