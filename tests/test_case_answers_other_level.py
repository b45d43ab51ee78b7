"""Figures stated for a level whose conditions do not read them (issue 17, item 3): the att_2-1 indicators
stated with "can we get the basic level?", a basic filing with a basic-level question. The answer is the
level asked ("not yet decidable"), says where the figures count (the other level's condition, by its eIds)
and sets each figure beside its threshold -- never annex 2-1's whole table as if a threshold were asked.
A threshold that *is* asked beside a stated figure is answered first, then the case.
"""
from __future__ import annotations

import pytest

DAY = "2026-06-01"


def ask(client, q: str) -> dict:
    r = client.get("/ask", params={"q": q, "as_of": DAY})
    assert r.status_code == 200, r.text
    return r.json()


def decided(body: dict) -> dict[str, dict]:
    return {d["condition"]: d for d in body["facts"]["decided"]}


@pytest.mark.parametrize("q, opening", [
    ("Our NC rate is 72% and networking 68%. Can we get the basic level?", "Not yet decidable for the basic level"),
    ("我们关键工序数控化率72%，设备联网率68%，能申报基础级吗？", "尚无法判断能否申报基础级"),
])
def test_indicators_stated_for_the_basic_level_are_told_as_the_advanced_levels(client, q, opening):
    body = ask(client, q)
    facts = body["facts"]
    assert facts["level"] == "basic"
    assert body["answer"].startswith(opening)
    # where they count: the advanced level's indicator condition, decided with its level
    other = [d for d in facts["decided"] if d.get("level") == "advanced"]
    assert other and all("att_2__sec_2" in d["articles"] for d in other)
    assert other[0]["observed"]["indicators"] == {"key_process_nc_rate": 72, "equipment_networking_rate": 68}
    lead = body["answer"].split("。" if "尚" in opening else "]. ")[0]
    assert "att_2__sec_2" in lead
    # not the whole table: no other group's row is recited
    assert "Urban industry" not in body["answer"] and "都市产业：" not in body["answer"]


def test_with_an_industry_each_figure_stands_beside_its_threshold(client):
    body = ask(client, "我们是做锂电池的，关键工序数控化率72%，设备联网率68%，能评基础级吗？")
    facts = body["facts"]
    assert facts["profile"]["industry_code"].startswith("C38")
    row = next(d for d in facts["decided"] if d.get("level") == "advanced")
    assert row["status"] == "unknown"
    thresholds = row["required"]["thresholds"]
    answer = body["answer"]
    # the basic level's verdict leads; the advanced figures follow, each against the row's threshold
    assert answer.startswith("尚无法判断能否申报基础级")
    assert f"关键工序数控化率72%（≥ {thresholds['key_process_nc_rate']:g}%，达到）" in answer
    assert f"生产设备联网率68%（≥ {thresholds['equipment_networking_rate']:g}%，达到）" in answer
    assert answer.index("不是基础级的条件") < answer.index("关键工序数控化率72%")


def test_the_basic_filing_stated_for_the_basic_level_counts_for_the_advanced(client):
    body = ask(client, "We completed the basic-level filing with the district last year. "
                       "Can we apply for the basic level?")
    facts = body["facts"]
    assert facts["level"] == "basic"
    other = decided(body)
    filing = [c for c, d in other.items() if d.get("level") == "advanced"]
    assert filing and all("art_7" in other[c]["articles"] for c in filing)
    assert body["answer"].startswith("Not yet decidable for the basic level")
    assert "the basic-level filing you state" in body["answer"].split("]")[0]
    assert "advanced level" in body["answer"].split("]")[0]


def test_figures_the_level_reads_are_not_told_twice(client):
    # the advanced level reads the indicators itself: nothing "elsewhere"
    body = ask(client, "We make lithium batteries; NC rate 72%, networking 68%. Advanced level?")
    assert all("level" not in d for d in body["facts"]["decided"])
    assert "not conditions of" not in body["answer"] and "not among its conditions" not in body["answer"]


@pytest.mark.parametrize("q, threshold_first, case_words", [
    ("We make lithium batteries, NC rate 72%. What is the networking threshold?",
     "equipment and instruments industry row", "NC rate 72%"),
    ("我们是做电池的，数控化率72%，联网率要多少才够？", "装备仪器产业", "数控化率72%"),
])
def test_the_asked_threshold_is_answered_first_then_the_case(client, q, threshold_first, case_words):
    body = ask(client, q)
    answer = body["answer"]
    assert threshold_first in answer.split("。")[0].split(". ")[0]
    assert body["facts"]["profile"]["indicators"]["key_process_nc_rate"] == 72
    assert case_words in answer
    assert "att_2-1__row_4" in [c["eid"] for c in body["citations"]]


def test_a_stated_figure_alone_does_not_turn_into_the_table(client):
    # "72%" is no threshold asked: the case is told, not annex 2-1's rows
    body = ask(client, "Our networking rate is 68%. Can we get the basic level?")
    assert body["answer"].startswith("Not yet decidable for the basic level")
    assert "Urban industry:" not in body["answer"]
