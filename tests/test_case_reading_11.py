"""Reading stated cases, eleventh wave (task reading11): the att_2-1 indicators in the words plants use, a change
said against the enterprise's own past, finances, credit, digital transformation and industrial policy in more
wordings, a negation's reach (a joined list, not a new statement of the asker), accidents denied of every kind
named, a goal's name carried to a clause of now, the filing's level word, a statement's words in the clause that
asks of a condition, and a condition named by the question in ``facts.decided``. Each case is a question and
exactly what it states (nothing more is read); bench/qa_sets/cases_reading_11*.json score the same at scale."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

N, L, E = ("indicators.key_process_nc_rate", "indicators.labor_productivity_gain",
           "indicators.energy_per_output_reduction")
F, B = "finances_sound_3y", "bad_credit_record"
DAY = date(2026, 9, 1)


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


@pytest.mark.parametrize("q,want", [
    # the output value named, with "unit" before it or "of" left out: the indicator's
    ("Unit energy consumption per output value fell by 6 percent. Advanced?", {E: 6}),
    ("Energy consumption per unit output value fell 6%. Advanced?", {E: 6}),
    ("Our comprehensive energy consumption per unit of output value dropped 6%. Advanced?", {E: 6}),
    # per person, output value per worker: the per-capita gain ("per employee" stays annex 3's all-staff KPI 15)
    ("Productivity per person is up 12%. Advanced?", {L: 12}),
    ("Output value per worker increased 12%. Advanced?", {L: 12}),
    ("Per-employee productivity rose 12%. Advanced?", {}),
    # the NC rate as a ratio, and in Chinese with its Latin abbreviation
    ("Our key process numerical control ratio is 78%. Advanced?", {N: 78}),
    ("我们关键工序的NC率是78%，能报吗？", {N: 78}),
    ("我们关键工序数控比例78%，能报吗？", {N: 78}),
])
def test_more_names_of_the_indicators(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q,want", [
    ("我们单位产值能耗比去年低6%，能报吗？", {E: 6}),
    ("我们人均产出比去年高12%，能报吗？", {L: 12}),
    ("Labour productivity is 12% higher than in 2023. Advanced?", {L: 12}),
    ("Energy consumption per unit of output value is 6% lower than last year. Advanced?", {E: 6}),
    ("关键工序数控化比例达到了80%，人均劳动生产率同比提高11%，能申报先进级吗？", {N: 80, L: 11}),
])
def test_a_change_against_the_enterprises_own_past(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q", [
    "人均产值比同行高12%，能报吗？",
    "我们人均产值比同行提高了12%，能报吗？",
    "Our labour productivity is 12% higher than our peers. Advanced?",
])
def test_a_comparison_with_others_is_not_the_gain(read, q):
    r = read(q)
    assert facts(r) == {}
    assert r.unread


@pytest.mark.parametrize("q,want", [
    ("我们连续三年盈利，未被列入严重失信主体名单，能报基础级吗？", {F: True, B: False}),
    ("We have been profitable for three consecutive years and we are not on the list of seriously dishonest "
     "entities. Can we apply?", {F: True, B: False}),
    ("我们近三年财务状况都不错，能报吗？", {F: True}),
    ("We are in good financial health. Basic?", {F: True}),
    ("Our credit is good. Basic?", {B: False}),
    ("我们主导产品符合国家和北京市产业政策，能报吗？", {"product_policy_compliant": True}),
    ("Our products comply with national and Beijing industrial policies. Basic?", {"product_policy_compliant": True}),
    ("我们已通过数字化转型评估达标，能报吗？", {"digital_transformation_compliant": True}),
    ("Our digital transformation has reached the standard. Basic?", {"digital_transformation_compliant": True}),
    ("We have a leading group for smart manufacturing. Basic?", {"organization_mechanism": True}),
    # "not profitable" is a statement too, turned over
    ("We are not profitable for three years. Basic?", {F: False}),
    # "持续盈利" alone says no three years
    ("我们持续盈利，能报吗？", {}),
])
def test_statements_in_more_wordings(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q,want", [
    # a negation reaches the names joined to the one it negates
    ("We don't have a dedicated team or an organisation for planning the smart factory yet. Basic level?",
     {"talent_team": False, "organization_mechanism": False}),
    ("我们没有专门团队和组织机制，能报吗？", {"talent_team": False, "organization_mechanism": False}),
    # not a new statement of the asker's after a joiner
    ("We have not had any safety accidents and our finances are sound. Basic level?", {F: True}),
    ("We have no bad credit record and our financial position is sound. Basic level?", {B: False, F: True}),
    ("We have never had an accident or a penalty and we have no bad credit record. Basic level?",
     {"incidents": [], "violations": [], B: False}),
])
def test_a_negations_reach(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q,want", [
    ("我们近三年没有发生安全、环保、质量事故，能申报基础级吗？", {"incidents": []}),
    ("我们近三年未发生安全生产事故、环境污染事故和产品质量事故，能报吗？", {"incidents": []}),
    ("近三年我们没出过安全事故，也没出过环保事故，也没有质量事故，能申报吗？", {"incidents": []}),
    ("We have had no safety, environmental or quality accidents in the past three years. Basic?", {"incidents": []}),
    # some kinds only, a grade, or others besides: the profile cannot hold them apart, asked back
    ("我们近三年没有发生安全、环保事故，能申报基础级吗？", {}),
    ("我们近三年没有发生过较大及以上安全、环保、质量事故，能报吗？", {}),
    ("No safety or environmental accidents in the last three years. Basic?", {}),
])
def test_accidents_denied_of_every_kind_named(read, q, want):
    r = read(q)
    assert facts(r) == want
    if not want:
        assert any("incidents" in a.fields for a in r.asks.values())


@pytest.mark.parametrize("q,want", [
    ("我们计划明年把数控化率提高到85%，目前是70%，能报先进级吗？", {N: 70}),
    ("We plan to raise our NC rate to 85% next year; right now it is 70%. Advanced?", {N: 70}),
])
def test_a_goals_name_goes_on_to_the_level_now(read, q, want):
    r = read(q)
    assert facts(r) == want
    assert any(a.kind == "target" for a in r.asks.values())


@pytest.mark.parametrize("q,level", [
    ("我们已完成基础级备案，这一条满足吗？", None),
    # the filing condition asked of by name: the advanced level's (art_7)
    ("We filed as basic level in 2025. Is the filing condition met?", "advanced"),
    ("我们2025年完成了基础级备案，能报基础级吗？", "basic"),
    ("我们还没有做基础级备案，数控化率78%，能直接报先进级吗？", "advanced"),
])
def test_the_filings_level_word_names_no_level(read, q, level):
    assert read(q).level == level


@pytest.mark.parametrize("q,want", [
    ("我们有专门团队，组织机制与人才这一条满足吗？", {"talent_team": True}),
    ("Our products comply with Beijing's industrial policy. Is that requirement met?",
     {"product_policy_compliant": True}),
])
def test_a_condition_named_in_the_asking_clause_is_no_statement(read, q, want):
    assert facts(read(q)) == want


@pytest.fixture(scope="module")
def service(app):
    return app.state.sfkg


@pytest.mark.parametrize("q,condition,status", [
    ("我们已完成基础级备案，这一条满足吗？", "basic_filing", "met"),
    ("我们还没备案，备案这一条满足吗？", "basic_filing", "not_met"),
    ("我们连续三年盈利，财务这一条满足吗？", "clean_record", "unknown"),
    ("We have had no safety, environmental or quality accidents. Is the clean-record condition met?",
     "clean_record", "unknown"),
    ("我们数字化转型达标了，建设成效这一条满足吗？", "basic_effectiveness", "met"),
    ("如果我们2027年3月申报，办法还有效吗？", "in_force", "not_met"),
])
def test_the_condition_asked_about_is_decided(service, q, condition, status):
    decided = {d["condition"]: d for d in service.ask(q, as_of=DAY)["facts"]["decided"]}
    assert decided[condition]["status"] == status
    if status == "unknown":
        assert decided[condition]["missing"]


def test_a_condition_named_is_decided_when_nothing_stated_bears_on_it(service):
    # the maturity stated, the filing condition named: the filing is decided too (unknown: its fields missing)
    q = "我们成熟度三级，关键工序数控化率78%，备案这一条满足吗？"
    decided = {d["condition"]: d for d in service.ask(q, as_of=DAY)["facts"]["decided"]}
    assert decided["basic_filing"]["status"] == "unknown"
    assert "basic_filing.filed" in decided["basic_filing"]["missing"]


@pytest.mark.parametrize("q,want", [
    # an accident graded in the clause after it: one accident
    ("我们2025年1月出了一起质量事故，定为一般事故，能报吗？",
     {"incidents.0.kind": "quality", "incidents.0.grade": "general", "incidents.0.date": "2025-01-15"}),
    ("We had a safety accident on 3 March 2025, which was classified as a general accident. Basic?",
     {"incidents.0.kind": "safety", "incidents.0.grade": "general", "incidents.0.date": "2025-03-03"}),
    # a filing under way is neither had nor lacked: asked back
    ("我们基础级备案还在办理中，能报先进级吗？", {}),
    ("我们是独立核算的法人企业，能报吗？", {"independent_legal_person": True}),
    ("我们已成立专门的智能制造部门，能报吗？", {"organization_mechanism": True}),
    # next year's month: that month
    ("我们打算明年3月份申报先进级，能报吗？", {"as_of": "2027-03-01"}),
    ("Our finances have always been healthy and our credit record is clean. Basic level?", {F: True, B: False}),
])
def test_more_facts_of_the_record(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q,want", [
    ("We received a warning from the market regulator in December 2023. Basic?", {"violations.0.date": "2023-12-15"}),
    # a recognised basic level asking of the advanced one with no word of applying: an application (art_7)
    ("We are a basic-level smart factory filed with Haidian district in 2025. Advanced?",
     {"basic_filing.filed": True, "basic_filing.district": "海淀区", "basic_filing.date": "2025-07-01"}),
    ("我们是基础级智能工厂，2025年在海淀区备案，够先进级吗？",
     {"basic_filing.filed": True, "basic_filing.district": "海淀区", "basic_filing.date": "2025-07-01"}),
    ("Our operations have been profitable for three straight years. Basic?", {F: True}),
])
def test_warnings_and_a_basic_factory_asking_of_advanced(read, q, want):
    r = read(q)
    assert r.mode == "eligibility"
    assert facts(r) == want


def test_a_basic_factory_asking_of_its_title_is_still_a_revocation_question(read):
    assert read("我们是基础级智能工厂，称号还有效吗？").mode == "revocation"


@pytest.mark.parametrize("q,want", [
    ("我们2025年7月收到一张罚单，能报吗？", {"violations.0.date": "2025-07-15"}),
    ("我们没有被纳入失信黑名单，能报吗？", {B: False}),
    ("我们没上过黑名单，能报吗？", {B: False}),
    ("我们2025年已在区里备了案，能报先进级吗？", {"basic_filing.filed": True, "basic_filing.date": "2025-07-01"}),
    ("我们近三年零事故，能报吗？", {"incidents": []}),
])
def test_chinese_words_of_the_record(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q,condition,lead", [
    # the condition named and nothing stated of it: it leads the answer, not yet decidable, its question asked
    ("我们成熟度三级，安全可控这一条满足吗？", "security_controllable", "尚无法判断：“安全可控”"),
    ("We are at maturity level 3. Is the filing condition met?", "basic_filing", "Not yet decidable"),
])
def test_the_condition_named_leads_the_answer(service, q, condition, lead):
    out = service.ask(q, as_of=DAY)
    assert out["answer"].startswith(lead)
    decided = {d["condition"]: d for d in out["facts"]["decided"]}
    assert decided[condition]["status"] == "unknown"


@pytest.mark.parametrize("q,want", [
    # "improved" of an indicator improved by falling is a fall (its reduction), not a rise
    ("Energy consumption per unit of output value improved by 6%. Advanced?", {E: 6}),
    ("We improved energy consumption per unit of output value by 6%. Advanced?", {E: 6}),
    ("单位产值能耗改善了6%，能报吗？", {E: 6}),
    ("产品不良率改善了3%，能报吗？", {"indicators.defect_rate_reduction": 3}),
    ("Labour productivity improved by 12%. Advanced?", {L: 12}),
    ("Energy consumption per unit of output value rose by 6%. Advanced?", {E: -6}),
])
def test_a_change_for_the_better_is_the_indicators_improvement(read, q, want):
    assert facts(read(q)) == want
