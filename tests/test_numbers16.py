"""Numbers of the five annex 2-1 indicators as plants write them (numbers16): tenths (六成五 is 65%, 七成 70%;
大约七成 a bound), bare numbers after a name where a note says they are percent ("（都是百分比）", "(all percent)")
or the name is a rate's ("NC rate 72,"), a bare change of an improvement with no unit asked back, a sign in
words ("plus ten"), another's figure (an average, a sister plant) before the asker's own, a goal and then the
level now, a change of a level and the level it reached, and a change denied for its opposite ("没降反而升了1%"
is a reduction of -1). Per-capita productivity is att_2-1's; all-staff / overall productivity is annex 3's KPI 15,
never bound to the indicator.

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
    # tenths: a percentage like any other (a bound before them is a bound)
    ("我们数控化率六成八，联网率七成，人均劳动生产率提高了一成，不良率降了三成，五项能满足几项？",
     {N: 68, W: 70, L: 10, D: 30}),
    ("我们设备联网率两成，基础级够吗？", {W: 20}),
    ("我们的设备联网率七成，数控化率75%，先进级行吗？", {W: 70, N: 75}),
    ("单位产值能耗下降了一成半，联网率九成。", {E: 15, W: 90}),
    ("我们联网率将近七成，数控化率七成七。", {N: 77}),
    ("我们八成能过吧？数控化率78%。", {N: 78}),  # 八成 of no indicator: how likely
    # bare numbers with a note that they are percent
    ("指标（均为百分比）：数控化率八十，联网率七十二，不良率下降三，能耗下降五。", {N: 80, W: 72, D: 3, E: 5}),
    ("NC rate eighty-one, networking seventy, productivity per worker up nine, energy per output value down "
     "six (all percent).", {N: 81, W: 70, L: 9, E: 6}),
    ("Our figures (all in percent): NC rate 76, networking 69.", {N: 76, W: 69}),
    # a bare rate at its clause's end is in percent; a bare change of an improvement is asked back
    ("NC rate 74, networking 66, defect rate down 2%.", {N: 74, W: 66, D: 2}),
    ("Our networking sixty-one and labour productivity up eight.", {W: 61}),
    ("我们联网率七十，人均产值提升12。", {W: 70}),
    ("我们数控化率、联网率分别为78、72。", {N: 78, W: 72}),
    # a sign said in words
    ("Labour productivity plus 7%, NC rate 80%.", {L: 7, N: 80}),
    # another's figure, then the asker's own
    ("行业平均联网率大约65%，我们是73%。", {W: 73}),
    ("The sector average NC rate is 62%; ours is 79%.", {N: 79}),
    ("Our sister factory reports 88% networking; ours here is 70%.", {W: 70}),
    ("兄弟工厂单位产值能耗降了9%，我们降了6%。", {E: 6}),
    ("兄弟工厂不良率下降了8%，我们反而上升了2%。", {D: -2}),
    ("Our networking rate of 71% is above the industry-wide average of 65%.", {W: 71}),
    # a goal, then the level now; a change of a level, then the level reached
    ("数控化率目标是85%，目前实际是72%。", {N: 72}),
    ("Networking target 85%, actual right now 67%.", {W: 67}),
    ("我们联网率提高了6个百分点，达到了74%。", {W: 74}),
    ("Our NC rate went up to 76%.", {N: 76}),
    ("数控化率去年是68%，今年提高到了七成六。", {N: 76}),
    ("数控化率去年是68%，今年提高了8个百分点。", {}),
    # a goal of an improvement, then its change now
    ("我们计划把单位产值能耗降低8%，目前已经降低了5%。", {E: 5}),
    ("We aim to lift labour productivity by 15%; so far this year it has risen 9%.", {L: 9}),
    # bare numbers: a unit in brackets, "in percent", a dash after the number
    ("我们的指标（%）：数控化率 77，联网率 69。", {N: 77, W: 69}),
    ("Key figures in percent: NC rate 73, defects down 3 - that's it.", {N: 73, D: 3}),
    # a change denied for its opposite
    ("我们不良率不降反升，升了2%，联网率70%。", {W: 70}),  # the 2% in a clause of no name: not guessed
    ("我们不良率不降反升2%，联网率70%。", {D: -2, W: 70}),
    ("人均劳动生产率没升反而降了4%。", {L: -4}),
    ("Energy per unit of output value went up 3% instead of down.", {E: -3}),
    ("Defect rate: not down but up 2%.", {D: -2}),
    ("单位产值能耗没有降低6%。", {}),  # denied, no other said: no value
    # a part's or the group's figure, then the factory's own
    ("The group average NC rate is 80%, ours is 75%.", {N: 75}),
    ("一车间联网率90%，全厂是68%。", {W: 68}),
    ("我们有两个工厂，一厂联网率80%，二厂七成。", {}),
    # bare and low, or approximate: not read
    ("我们数控化率二级，联网率三。", {}),
    ("Our networking rate is 1, maybe 2 points higher than last year.", {}),
    ("我们数控化率七成的样子，联网率七成出头。", {}),
    ("我们有3条产线，数控化率75%，成立10年。", {N: 75}),
    ("We have 5 networking engineers and an NC rate of 72%.", {N: 72}),
    ("我们联网设备50，数控设备30。", {}),  # 50 machines, or 50%?
    # a name that is the change itself, with a sign: the value's sign
    ("Defect rate reduction: minus 3 percent; labour productivity gain +6%.", {D: -3, L: 6}),
    ("不良率下降 -2%，人均劳动生产率提升 -1.5%。", {D: -2, L: -1.5}),
    ("产品不良率 -3%，单位产值能耗 +2%。", {D: 3, E: -2}),
    ("Energy per output value -4%, NC rate 70%.", {E: 4, N: 70}),
    # a question after a colon is a clause of its own
    ("NC rate 66%, networking 71%: must all five indicators meet the threshold?", {N: 66, W: 71}),
    # per-capita is att_2-1's; all-staff / overall is annex 3's KPI 15
    ("我们全员劳动生产率提升了15%，人均劳动生产率提升了11%。", {L: 11}),
    ("Overall labour productivity rose 13%, per-capita labour productivity 10%.", {}),
    ("Our overall labour productivity rose 13% and our per-capita labour productivity rose 10%.", {L: 10}),
]


@pytest.mark.parametrize(("q", "want"), CASES)
def test_numbers_are_read_as_stated(read, q, want):
    r = read(q)
    assert facts(r) == want, (r.facts, r.unread)


@pytest.mark.parametrize(("q", "field", "kind"), [
    ("Our networking sixty-one and labour productivity up eight.", L, "unit"),
    ("我们联网率七十，人均产值提升12。", L, "unit"),
    ("我们联网率将近七成，数控化率七成七。", W, "bound"),
    ("我们不良品率下降了四个百分点，联网率70%。", D, "points"),
    ("Defects down four percentage points, networking 70%.", D, "points"),
    ("行业平均联网率大约65%，数控化率78%。", W, "other"),
])
def test_what_is_not_read_is_asked_back(read, q, field, kind):
    r = read(q)
    assert field not in facts(r)
    assert any(a.kind == kind and field in a.fields for a in r.asks.values()), r.asks
