"""Reading stated cases, twelfth wave (task conditions12): art_5's application conditions in a manager's everyday
words, in both languages -- profits year by year and losses years running, credit said to have no problem, a rank or
share in a market, technology said to lead, engineers and departments of smart manufacturing, a subsidiary, the
CMMM level and a self-assessed one -- with negation and aspect ("zero", "-free", "not yet") and what stays unread:
a loss in one year, a credit listing since removed, a fatal accident denied (it says nothing of the others), a
denial with an exception of its own type only. bench/qa_sets/cases_conditions_12*.json score the same at scale."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

F, B, V, INC = "finances_sound_3y", "bad_credit_record", "violations", "incidents"
DAY = date(2026, 10, 15)


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


@pytest.mark.parametrize("q,want", [
    # profits said year by year are three sound years; losses two years running are not
    ("我们这三年来每年都有盈利，能报基础级吗？", {F: True}),
    ("咱们厂三年来年年盈利，能申报吗？", {F: True}),
    ("We turned a profit every year for the last three years and we are above designated size. Basic?",
     {F: True, "above_designated_size": True}),
    # every year with no three years says no three years (as "持续盈利" alone)
    ("咱们厂年年盈利，能申报吗？", {}),
    ("We have always been in the black. Can we apply?", {}),
    ("我们最近两年都在亏损，能申报吗？", {F: False}),
    ("We have been in the red for two years in a row. Can we apply?", {F: False}),
    ("Financially, we are in good shape. Basic level?", {F: True}),
])
def test_finances_in_the_words_of_profit_and_loss(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q", [
    "我们2025年亏损了一点，能报基础级吗？",  # one year's loss: three years' finances not settled
    "We posted a small loss last year. Basic level?",
    "We have not been profitable every year for the past three years. Basic?",  # not every year: nothing sure
])
def test_a_loss_of_one_year_is_asked_back(read, q):
    r = read(q)
    assert F not in facts(r) and r.unread


@pytest.mark.parametrize("q,want", [
    ("我们征信一直没有问题，能报吗？", {B: False}),
    ("我们信用上没有任何污点，能申报吗？", {B: False}),
    ("我们没有不良记录，能报基础级吗？", {B: False}),
    ("We are not on any blacklist. Can we apply?", {B: False}),
    ("We have no credit problems. Basic level?", {B: False}),
    ("我们征信有问题，还能申报吗？", {B: True}),
])
def test_credit_in_everyday_words(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q", [
    "我们2023年被列为失信被执行人，后来已经移出名单了，能申报吗？",
    "We were blacklisted in 2023 but have since been removed from the list. Can we apply?",
])
def test_a_credit_listing_since_removed_is_asked_back(read, q):
    r = read(q)
    assert B not in facts(r) and r.unread


@pytest.mark.parametrize("q,want", [
    ("我们的产品市场份额在国内排前五，能报吗？", {"market_competitive": True}),
    ("我们在细分领域做到了全国第一，能报吗？", {"market_competitive": True}),
    ("Our valves rank second in the domestic market. Basic?", {"market_competitive": True}),
    ("We are the segment leader for medical pumps. Can we apply?", {"market_competitive": True}),
    ("我们的生产工艺处于国际先进水平，能报吗？", {"advanced_technology": True}),
    ("我们的技术水平比较落后，能申报吗？", {"advanced_technology": False}),
    ("Our process technology is world-class. Basic?", {"advanced_technology": True}),
    # the advanced level is no advanced technology
    ("我们技术改造后能报先进级吗？", {}),
])
def test_competitiveness_and_technology(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q,want", [
    ("我们有12名自动化工程师，能报基础级吗？", {"talent_team": True}),
    ("我们还没有专职的数字化技术人员，能申报吗？", {"talent_team": False}),
    ("We have a team of 25 process engineers. Basic?", {"talent_team": True}),
    ("We employ eight automation engineers. Can we apply?", {"talent_team": True}),
    ("我们由副总牵头负责智能制造建设的办公室已经成立，能报吗？", {"organization_mechanism": True}),
    ("We created a digital transformation office last year. Basic?", {"organization_mechanism": True}),
    ("We have a unit in charge of running the smart factory. Can we apply?", {"organization_mechanism": True}),
])
def test_people_and_organisation(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q,want", [
    # a subsidiary is a legal person of its own; a branch is none
    ("我们是一家上市公司的控股子公司，能报吗？", {"independent_legal_person": True}),
    ("We are a wholly owned subsidiary of a Hong Kong group. Basic?", {"independent_legal_person": True}),
    ("我们是总公司的分公司，能申报吗？", {"independent_legal_person": False}),
    # the maturity model's abbreviation, and a level self-assessed is the level stated
    ("我们CMMM评估是三级，能报吗？", {"maturity_level": 3}),
    ("Our CMMM level is 2. Basic?", {"maturity_level": 2}),
    ("我们成熟度自评为三级，能报基础级吗？", {"maturity_level": 3}),
])
def test_legal_person_and_maturity(read, q, want):
    r = read(q)
    assert r.mode == "eligibility" and facts(r) == want


@pytest.mark.parametrize("q,want", [
    ("We have had zero accidents and zero fines. Basic level?", {INC: [], V: []}),
    ("The plant has been accident-free and penalty-free for three years. Basic?", {INC: [], V: []}),
    # the exception names a penalty, so the accidents denied after it are none at all
    ("除了去年被罚款过一次，我们没有其他违规，也从没发生过事故，能报吗？", {INC: []}),
    ("Other than a fine in 2025 we have no violations; we have never had any accident. Basic?", {INC: []}),
])
def test_none_said_in_more_ways(read, q, want):
    assert {k: v for k, v in facts(read(q)).items() if k in (INC, V)} == want


@pytest.mark.parametrize("q", [
    "我们近三年没有发生过死亡事故，能报吗？",
    "We have never had a fatal accident. Basic level?",
    "We have had no accidents causing injuries. Can we apply?",
])
def test_a_fatal_accident_denied_says_nothing_of_the_others(read, q):
    r = read(q)
    assert INC not in facts(r) and r.unread


def test_filed_as_a_basic_level_factory_is_the_filing(read):
    r = read("We have not yet filed as a basic-level smart factory. Advanced?")
    assert facts(r) == {"basic_filing.filed": False}
    r = read("We filed as a basic-level smart factory in March 2025. Advanced?")
    assert r.mode == "eligibility" and facts(r)["basic_filing.filed"] is True


@pytest.mark.parametrize("q,day", [
    ("In March this year we had a general quality accident. Basic?", "2026-03-15"),
    ("We had a general safety accident in June of last year. Basic?", "2025-06-15"),
])
def test_a_month_named_before_its_relative_year(read, q, day):
    assert facts(read(q))["incidents.0.date"] == day


@pytest.mark.parametrize("q,want", [
    ("Our maturity is at least level 2. Basic?", {}),  # a bound, not the level: asked back
    ("我们成熟度至少二级，能报吗？", {}),
    ("We are above the designated size and have made money every year for the past three years. Basic?",
     {"above_designated_size": True, F: True}),
    ("我们近三年财务指标良好，能报吗？", {F: True}),
])
def test_bounds_and_more_wordings(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q", [
    "我们近三年没有严重违法违规行为，能报吗？",  # lesser ones not denied
    "We have had no serious violations since 2023. Basic?",
])
def test_a_violation_denied_with_a_degree_is_asked_back(read, q):
    r = read(q)
    assert V not in facts(r) and r.unread


def test_an_environmental_event_is_an_accident(read):
    assert facts(read("我们2025年4月出过一起一般环保事件，能报吗？")) == {
        "incidents.0.kind": "environmental", "incidents.0.grade": "general", "incidents.0.date": "2025-04-15"}
