"""The five indicators as plants say and write them (indicators21): voice transcripts with hesitations between commas
("NC rate is, um, seventy-four percent", "联网率，嗯，七十二"), a name alone in its clause and its number in the next
("单位产值能耗，比二〇二三年下降了百分之六点五"), a change's size after a from-to ("不良率从1.5%降到1.2%，降幅20%"), a
correction after a doubt of the first value ("是百分之七十二吧不对，是七十五") or naming the indicator again
("数控化率刚才说错了，应该是81%"), the rule's figure beside its word ("beat the 65% threshold"), a spaced dash that is
no minus ("Networking rate - 71 percent"), chats with a titled other ("张经理：", "Manager:"), and official or
translated names (production value, industrial output value, 能源消耗强度, 人均工业产值, 不合格品率, 设备互联率).

Each case is a question and exactly what it states (nothing more is read); distractor numbers bind to nothing.
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
    # speech: hesitations between commas, a name alone before its number
    ("Well our NC rate is, uh, seventy-six percent, and networking is, um, sixty-two percent.", {N: 76, W: 62}),
    ("我们的联网率，嗯，六十九", {W: 69}),
    ("那个，单位产值能耗，比二〇二四年下降了百分之五点五", {E: 5.5}),
    ("Labour productivity, hmm, that went up by 11 percent.", {L: 11}),
    # a correction after a doubt of the first value; a correction naming the indicator again
    ("数控化率是百分之七十吧不对，是七十三", {N: 73}),
    ("联网率68%，数控化率77%。哦对了，联网率刚才说错了，应该是71%", {W: 71, N: 77}),
    # the change's size said after a from-to of rates or of amounts
    ("产品不良率从2%降到1.6%，降幅20%", {D: 20}),
    ("人均劳动生产率由85万元/人提高到97万元/人，增幅14%", {L: 14}),
    ("Energy per unit of output value went from 0.15 to 0.135 tce per 10k yuan, a 10% reduction.", {E: 10}),
    ("Our per-capita labour productivity rose from RMB 0.8 million to RMB 0.9 million, i.e. by 12.5%.", {L: 12.5}),
    # the rule's figure beside its word; the asker's after it
    ("Our networking rate cleared the 70% threshold - it is 73%.", {W: 73}),
    ("We are at an 81% NC rate against the 80% requirement.", {N: 81}),
    ("The 60% networking threshold is behind us: we're at 66%.", {W: 66}),
    ("联网率门槛：70%，我们的是74%", {W: 74}),
    # a correction after a question mark
    ("数控化率80%？不是，是84%", {N: 84}),
    ("NC rate 80%? No, 82%.", {N: 82}),
    # a form's name on its line and its value on the next
    ("指标名称：关键工序数控化率\n指标值：76%", {N: 76}),
    # a dash standing free is no minus
    ("NC rate - 79 percent. Networking rate - 66 percent.", {N: 79, W: 66}),
    # a chat with a titled other
    ("李经理：你们联网率多少？\n我：72%\n李经理：数控化率呢？\n我：80%", {W: 72, N: 80}),
    ("Manager: what's our NC rate?\nMe: 78%", {N: 78}),
    # names in official or translated words
    ("Energy consumption per unit of production value fell 6%.", {E: 6}),
    ("Comprehensive energy consumption per unit of industrial output value decreased 8%.", {E: 8}),
    ("能源消耗强度降低7%，不合格品率降低5%", {E: 7, D: 5}),
    ("人均工业产值增长13%，设备互联率74%，关键工序数字化控制率79%", {L: 13, W: 74, N: 79}),
    ("Product nonconformity rate dropped 4%; production equipment connection rate 70%.", {D: 4, W: 70}),
    # last year's figure noted in brackets is the latest annual one
    ("数控化率：78%（2025年数据）", {N: 78}),
    # distractor numbers: years, headcounts, phones, revenue growth, market share, yield, margins
    ("我司成立于2012年，员工460人，营收同比增长18%，市场占有率12%，良品率99%，联系电话13912345678，联网率70%", {W: 70}),
    ("Founded 2010, 520 staff, 35% market share, gross margin 22%, yield 98.5%; NC rate 77%.", {N: 77}),
]


@pytest.mark.parametrize(("q", "want"), CASES)
def test_indicators_are_read_as_said(read, q, want):
    r = read(q)
    assert facts(r) == want, (r.facts, r.unread)


@pytest.mark.parametrize(("q", "field"), [
    # a doubt after the correction: which is the value is not known
    ("数控化率72%，不对，可能是75%", N),
    ("Networking 70% - sorry, maybe 66%.", W),
    # a name alone before a bound
    ("单位产值能耗，大概下降了6%", E),
    # a rate's from-to with no size said: two rates, not the reduction
    ("不良率从1.5%降到1.2%", D),
    # a doubt
    ("联网率：70%（可能是67%，记不太清）", W),
])
def test_what_is_not_sure_is_asked_back(read, q, field):
    r = read(q)
    assert field not in facts(r), r.facts
    assert any(field in a.fields for a in r.asks.values()), r.asks


@pytest.mark.parametrize("q", [
    # the change of an improvement said in a clause of no name, its name said with no from-to: not guessed
    "我们不良率不降反升，升了2%",
    # a name alone before a number said of another
    "联网率，兄弟工厂是80%",
    # the rule's figure said with its word, no figure of the asker's
    "Our NC rate beat the 65% threshold.",
    # other measures: online rate, data collection rate, scrap rate, yield
    "设备在线率80%，设备数据采集率70%，废品率下降3%，良品率提升2%",
])
def test_nothing_is_bound_by_chance(read, q):
    assert facts(read(q)) == {}
