"""Reading the numbers and the basic filing as people write them (task num24): misspellings typed as the words meant
("netwroking", "数控化律", "备按": queries/read_case.yaml `typos`, one character for one), 缺陷率 as the defect rate,
a chat line's bare rate followed by the next name with no punctuation ("nc rate 78 networking 70"), 亿/个亿 in English
words ("revenue 2.3个亿"), 基础级 in an English filing ("filed 基础级 in 2025"), a month written 2025-03, 提了 as a
rise, a consultant's other client's figure not the applicant's, and a maturity level with another after a hedge
("level 3, maybe 4") asked back. Never a guess: a change said bare ("defects down 6") stays asked back.
bench/qa_sets/num24_{a,b}.json score the same at scale."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

DAY = date(2026, 12, 7)
IND = "indicators."
NC, NW, DR = IND + "key_process_nc_rate", IND + "equipment_networking_rate", IND + "defect_rate_reduction"
LP, EN = IND + "labor_productivity_gain", IND + "energy_per_output_reduction"
FD, DI, DA, ML, RV = "basic_filing.filed", "basic_filing.district", "basic_filing.date", "maturity_level", \
    "annual_revenue_10k_cny"


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


@pytest.mark.parametrize("q, want", [
    ("Our netwroking rate is 74% and the defect rate went down 6%.", {NW: 74, DR: 6}),
    ("关键工序数控化律81%，设备联网率75%", {NC: 81, NW: 75}),
    ("我们已经在海淀区备按了基础级，时间是2025年5月。", {FD: True, DI: "海淀区", DA: "2025-05-15"}),
    ("我们的netwroking rate是70%，NC率78%。", {NW: 70, NC: 78}),
    ("- 缺陷率：下降6%\n- 劳动生产率：提高12%", {DR: 6, LP: 12}),
    ("人均产值提了10%", {LP: 10}),
    ("nc rate 78 networking 70", {NC: 78, NW: 70}),
    ("NC rate 78 networking rate 70 energy per output down 9%", {NC: 78, NW: 70, EN: 9}),
    ("Our revenue was 2.3个亿.", {RV: 23000}),
    ("Our revenue was 2.3亿 last year.", {RV: 23000}),
    ("We're 规上, filed 基础级 in 2025, revenue 2.3个亿.",
     {"above_designated_size": True, FD: True, DA: "2025-07-01", RV: 23000}),
    ("- Basic-level filing: done, Fengtai, 2025-03\n- Maturity: level 3",
     {FD: True, DI: "丰台区", DA: "2025-03-15", ML: 3}),
    ("We filed 基础级 in Fengtai in 2025-03.", {FD: True, DI: "丰台区", DA: "2025-03-15"}),
    ("基础级备案：已完成，丰台区，2025-03", {FD: True, DI: "丰台区", DA: "2025-03-15"}),
])
def test_read(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q, field", [
    ("nc rate 78 networking 70 defects down 6", DR),  # a change said bare: percent, or an amount?
    ("My other client has a networking rate of 85%; this client's NC rate is 75%.", NW),
    ("Our maturity is level 3 or maybe 4, not sure.", ML),
    ("我们成熟度三级，也可能是四级。", ML),
])
def test_not_guessed(read, q, field):
    r = read(q)
    assert field not in facts(r)


def test_other_client_left_unread(read):
    r = read("My other client has a networking rate of 85%; this client's NC rate is 75%.")
    assert facts(r) == {} and any("85%" in u for u in r.as_facts()["unread"])


def test_no_count_after_bare(read):
    assert NW not in facts(read("networking 70 machines"))
    assert facts(read("We have 3个亿 in assets and revenue RMB 90 million")) == {RV: 9000}


@pytest.mark.parametrize("q, want", [
    ("networking rate up 12 points to 72%", {NW: 72}),  # a change, then the level reached: the level
    ("联网率提高12个百分点到72%", {NW: 72}),
    ("On behalf of my client: my other client has a networking rate of 85%; this client's NC rate is 75%.", {NC: 75}),
    ("我是咨询顾问，另一个客户联网率90%，这家客户联网率70%。", {NW: 70}),
])
def test_level_reached_and_clients(read, q, want):
    assert facts(read(q)) == want


def test_change_then_level_of_improvement_not_read(read):
    assert DR not in facts(read("defect rate down 0.5 points to 1.5%"))  # a level of the defect rate, no reduction


@pytest.mark.parametrize("q", [
    "Networking rate will go from 60% to 72% next year.",  # a level to come: a goal
    "联网率明年将从60%提高到72%",
    "Networking rate will go up 12 points to 72%.",
])
def test_level_to_come_asked_back(read, q):
    r = read(q)
    assert NW not in facts(r) and r.as_facts()["unread"]


def test_typo_in_maturity(read):
    assert facts(read("Our matuirty level is 3.")) == {ML: 3}
