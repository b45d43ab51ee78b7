"""Numbers of the annex 2-1 indicators as plants write them in letters and chat (numbers19):
a trade word before the indicator in its clause ("我们是PCB厂，关键工序数控化率62%"), a plan beside
today's levels, ranges and approximations asked back ("七八十左右", "六七成", "seventy-something"),
spoken numbers (百分之七十二, 七十二个点, 七成二, 0.72), self-corrections (the corrected value stands,
a doubtful one is asked back), distractor numbers (phone, staff, area, years, postcode) never bound,
two plants or two years asked back, and the answer's language following the question's main one.

Each case is a question and exactly what it states (nothing more is read)."""
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


def indicators(r) -> dict:
    return {k: v for k, v in facts(r).items() if k.startswith("indicators.")}


CASES = [
    # a trade word before the indicator: what the plant makes, not a part of it
    ("我们是PCB厂，关键工序数控化率64%，设备联网率57%。", {N: 64, W: 57}),
    ("We are a PCB works; NC rate 66%, networking 59%.", {N: 66, W: 59}),
    # a plan, then the levels now: the goal alone is asked
    ("打算后年把数控化率做到90%，现在联网率63%，不良率降了2%。", {W: 63, D: 2}),
    ("我们准备明年把联网率提高到80%，目前数控化率74%，联网率61%。", {N: 74, W: 61}),
    ("We aim for 85% NC rate and 75% networking next year.", {}),
    # spoken numbers
    ("数控化率百分之七十四，联网率六十八个点，人均劳动生产率提升一成。", {N: 74, W: 68, L: 10}),
    ("NC rate seventy-three percent, networking 0.66, energy per unit of output value down four percent.",
     {N: 73, W: 66, E: 4}),
    # self-corrections
    ("联网率71%，说错了，是69%，数控化率77%。", {W: 69, N: 77}),
    ("NC rate 83 - sorry, 38; networking 61%.", {N: 38, W: 61}),
    ("数控化率：79%；联网率：72%；更正：联网率应为70%。", {N: 79, W: 70}),
    ("数控化率73%，还是78%来着，记不清了；联网率64%。", {W: 64}),
    ("我们2025年数控化率66%，今年提到了74%，联网率60%。", {N: 74, W: 60}),
    # distractors
    ("李总您好，我厂员工410人，厂房8000平方米，邮编101300，数控化率76%，联网率67%。电话13700001234。", {N: 76, W: 67}),
    ("Hi, 350 staff, founded 2016, order no. 8812. NC rate 72%, networking 65%. Tel 010-8888-1234.", {N: 72, W: 65}),
    # two plants, two years
    ("集团有两个工厂，一个数控化率75%，一个68%。", {}),
    ("2023年联网率58%，2024年64%。", {}),
]


@pytest.mark.parametrize(("q", "want"), CASES)
def test_numbers_are_read_as_stated(read, q, want):
    r = read(q)
    assert indicators(r) == want, (r.facts, r.asks)


ASKED = [
    ("我们数控化率七八十左右，联网率70%。", N, "bound"),
    ("联网率六七成，数控化率81%。", W, "bound"),
    ("数控化率七十多，联网率66%。", N, "bound"),
    ("Our NC rate is seventy-something percent, networking 64%.", N, "bound"),
    ("Networking somewhere in the sixties, NC rate 80%.", W, "bound"),
    ("不良率降了三四个点，数控化率80%。", D, "bound"),
    ("Defects down two or three percent, NC rate 75%.", D, "bound"),
    ("Our NC rate maybe 0.8, networking 70%.", N, "bound"),
    ("数控化率73%，还是78%来着，记不清了；联网率64%。", N, "conflict"),
    ("NC rate 75 - wait, maybe 70. Networking 60%.", N, "conflict"),
    ("集团有两个工厂，一个数控化率75%，一个68%。", N, "part"),
    ("打算后年把数控化率做到90%，现在联网率63%。", N, "target"),
    ("We run two factories: one has networking at 75%, the other 64%.", W, "part"),
    ("NC rate 72% - hold on, or was it 62%?", N, "conflict"),
]


@pytest.mark.parametrize(("q", "field", "kind"), ASKED)
def test_what_is_not_read_is_asked_back(read, q, field, kind):
    r = read(q)
    assert field not in facts(r), r.facts
    assert any(a.kind == kind and field in a.fields for a in r.asks.values()), r.asks


def test_no_guess_in_a_letter_of_numbers_only(read):
    r = read("电话：13812345678，员工：78人，面积：6500平方米，成立：2015年，邮编100176。")
    assert indicators(r) == {}


@pytest.mark.parametrize(("q", "lang"), [
    ("Our 关键工序数控化率 is 72% and 设备联网率 is 65%; can we apply for the advanced level?", "en"),
    ("Revenue 1.8亿元, NC rate 70%, 联网率66%. Advanced?", "en"),
    ("我们的NC rate是78%，networking rate 68%，能耗下降5%。", "zh"),
    ("我们有MES、ERP、WMS，数控化率80%，够吗？", "zh"),
    ("请问smart factory先进级需要什么条件？", "zh"),
])
def test_the_answer_follows_the_questions_main_language(q, lang):
    from kg_service.questions.text import detect_language

    assert detect_language(q) == lang
