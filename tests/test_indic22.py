"""The three improvement indicators in English under long names and paraphrases, and networking figures that are
not the plant's (indic22): energy per 10,000 yuan / RMB / CNY (or per RMB) of output value, a unit's bracket
("(tce/10k yuan)") no clause of its own, the defective-product, rejection, bad-product or defective-goods rate,
per-capita labour efficiency; percent written "pct", points written "%-points" or "pts"; defects per million
(another measure) asked back; a change said as a multiple ("halved") asked back; a networking rate of one line,
workshop or of the key equipment, a goal said with "want" or "should reach", one number after two names joined by
"and", and "70% more machines" left unread and asked back; a Chinese workshop named by its process (涂装车间) is a
part too.

Each case is a question and exactly what it states (nothing more is read).
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

N, L, D, W, E = ("indicators.key_process_nc_rate", "indicators.labor_productivity_gain",
                 "indicators.defect_rate_reduction", "indicators.equipment_networking_rate",
                 "indicators.energy_per_output_reduction")


@pytest.fixture(scope="module")
def read():
    return case_reader(date(2026, 12, 7))


CASES = [
    # energy per an amount of output value said in money
    ("Comprehensive energy consumption per 10,000 yuan of output value dropped 9%.", {E: 9}),
    ("We cut energy per RMB of output by 9% and raised output per worker by 14%.", {E: 9, L: 14}),
    ("Energy use per CNY 10,000 of output value: -6.2%; key-process NC rate: 83%.", {E: 6.2, N: 83}),
    ("Energy per ten thousand yuan of output fell 6%; networking rate 71%.", {E: 6, W: 71}),
    ("Energy consumption per 10k yuan of output value decreased by 7.5%.", {E: 7.5}),
    ("Energy use relative to output value fell 5%.", {E: 5}),
    ("Energy per ¥10,000 of output value fell 9%.", {E: 9}),
    # a unit's bracket holding the 10,000 yuan is no clause of its own
    ("Energy consumption per unit of output value (tce/10k yuan) fell 9%.", {E: 9}),
    # the defect rate in other words
    ("Defective product rate reduced by 12%, NC rate 78%, networking rate 72%.", {D: 12, N: 78, W: 72}),
    ("The defective-product rate fell 6% and energy intensity fell 7%.", {D: 6, E: 7}),
    ("Product rejection rate down 5%; output per worker up 10%.", {D: 5, L: 10}),
    ("Bad product rate dropped 6%.", {D: 6}),
    ("Labour efficiency per capita up 9%.", {L: 9}),
    # percent as pct, per cent
    ("Defect rate down 12 pct, energy intensity down 5 pct.", {D: 12, E: 5}),
    ("Labour productivity increased 10 per cent.", {L: 10}),
    # a table and a line of colons, with other facts
    ("Indicator | Value\nKey process NC rate | 80%\nNetworking rate | 71%\nDefective product rate reduction | 6%\n"
     "Energy per unit of output value reduction | 7%\nOutput per worker increase | 11%",
     {N: 80, W: 71, D: 6, E: 7, L: 11}),
    # the plant's networking after a figure of its key equipment or a workshop's follows
    ("Networking rate of production equipment 72%, of which 95% on the SMT line.", {W: 72}),
    # a networking rate and a goal said with "want"
    ("We have a networking rate of 72%, and we want to reach 85%.", {W: 72}),
    # "want to know" is no goal
    ("We want to know if a networking rate of 72% is enough.", {W: 72}),
    # Chinese is read as before; the plant's own after a process workshop's is read
    ("单位产值能耗下降9%，不良品率降低12%，人均产值提升15%。", {E: 9, D: 12, L: 15}),
    ("总装车间的联网率是90%，全厂联网率72%。", {W: 72}),
    ("我们生产车间联网率75%。", {W: 75}),
    # "our production line" is the plant's
    ("Our production line's networking rate is 74%.", {W: 74}),
]


@pytest.mark.parametrize(("q", "want"), CASES)
def test_indicators_are_read_as_said(read, q, want):
    r = read(q)
    assert facts(r) == want, (r.facts, r.unread)


@pytest.mark.parametrize(("q", "field"), [
    # points of a rate, not its relative reduction
    ("Defect rate down 1.2%-points; networking rate 73%.", D),
    ("Defect rate down 3 pts.", D),
    # defects per million: per product or per opportunity, another measure
    ("Defects per million down 30%, networking rate 71%.", D),
    # a change said as a multiple or a fraction
    ("Our defect rate was halved.", D),
    ("Our labour productivity improved by a fifth; NC rate 80%.", L),
    # the networking rate of one line, workshop or of the key equipment
    ("The networking rate of our SMT line is 95% and plant-wide we plan to reach 80% next year.", W),
    ("The networking rate of the assembly workshop is 88%; NC rate 80%.", W),
    ("Our pilot line has a 95% networking rate, defect rate down 5%.", W),
    ("Equipment networking rate of Workshop No. 3 is 85%, energy intensity down 6%.", W),
    ("The networking rate of our key equipment is 90%, overall 70%.", W),
    # a workshop named by its process in Chinese (found by set B, fixed after it)
    ("涂装车间联网率93%，数控化率77%。", W),
    # a goal
    ("We want a networking rate of 80% by 2027; our NC rate is 78%.", W),
    # one number after two names joined by "and"
    ("NC rate and networking rate: 80%.", W),
    ("NC rate and networking rate: 80%.", N),
    # energy per 10,000 yuan of value added, or of what not said
    ("Energy per 10,000 yuan of industrial value added down 6%.", E),
    ("Energy consumption per 10,000 yuan fell 5%.", E),
])
def test_what_is_not_sure_is_asked_back(read, q, field):
    r = read(q)
    assert field not in facts(r), r.facts
    assert any(field in a.fields for a in r.asks.values()), r.asks


@pytest.mark.parametrize(("q", "want"), [
    # a count's increase is no rate; a goal with "should reach"; KPIs that are no indicator
    ("We networked 70% more machines this year; NC rate 82%.", {N: 82}),
    ("The networking rate should reach 80% after the upgrade next year.", {}),
    ("Our scrap rate was reduced by 12%, networking rate 75%.", {W: 75}),
    ("First-pass yield up 3 points, defect rate down 8%.", {D: 8}),
    ("OEE 85%, defect rate reduction 6%, NC rate 82%.", {D: 6, N: 82}),
])
def test_other_figures_are_left_unread(read, q, want):
    r = read(q)
    assert facts(r) == want, r.facts
    assert r.unread, r.unread


def test_a_networking_rate_named_with_the_nc_rate_keeps_its_own_number(read):
    """Two names joined by "and", the first with its number before it: each keeps its own."""
    r = read("Seventy-eight percent of our key processes are numerically controlled and our networking rate is 72%.")
    assert facts(r) == {N: 78, W: 72}
