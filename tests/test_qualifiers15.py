"""Reading the qualifiers a case states beside its industry (task qualifiers15): the maturity level in the ways it is
written ("等级为3", "L3", "level-2 rating on the CMMM", "level is only 1", the model's full English name before or after
its level, "maturity" inside a Chinese sentence), and never a level denied ("还没达到二级", "not yet level 2"), compared
("比同行高一级"), of another firm ("我们的供应商成熟度三级") or of the group; "二级，规模以上企业": the next
clause's 以上 is no "or above". Finances "均良好", "the books have been healthy", "not sound"; "升规"; legal
personhood as a labelled item; "no blacklisting"; the domains excepted before another statement ("every domain except
R&D design and are at level 3", "除了研发设计都数字化了"); a supposition ("如果我们是规下企业") states nothing; an
encouraged category fits the policy, and "not encouraged" says nothing sure. Through /ask: a procedure's words
inside a fact read ("工商注册在…", "the market regulator fined us") are the case's, not a question about that
procedure. bench/qa_sets/qualifiers15_*.json score the same at scale."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask, case_reader, facts

DAY = date(2026, 12, 7)
M = "maturity_level"


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


@pytest.mark.parametrize("q,want", [
    ("我们的智能制造能力成熟度等级为3，注册地北京朝阳，能报先进级吗？",
     {M: 3, "registration.province": "北京市", "registration.district": "朝阳区"}),
    ("成熟度L3，规上企业，财务健康，能申报吗？", {M: 3, "above_designated_size": True, "finances_sound_3y": True}),
    ("我们maturity level 2，注册在北京市石景山区，能申报吗？", {M: 2, "registration.district": "石景山区"}),
    # the next clause's 以上 is not the level's "or above"
    ("我司CMMM二级，规模以上企业，没有不良信用记录，基础级可以报吗？",
     {M: 2, "above_designated_size": True, "bad_credit_record": False}),
    ("Our maturity level is only 1 and we are below designated size. Can we apply for basic?",
     {M: 1, "above_designated_size": False}),
    ("We scored level 3 on the smart manufacturing capability maturity model and have had no accidents at all in the "
     "past three years. Advanced?", {M: 3, "incidents": []}),
    ("Our CMMM rating is L2, and we are registered in Tongzhou District, Beijing. Basic?", {M: 2}),
    ("We got a level-2 rating on the CMMM last year. Basic?", {M: 2}),
    ("Our capability maturity assessment came out at level three. Advanced?", {M: 3}),
    # a level denied in one clause, the level now in the next
    ("成熟度未达到三级，目前是二级，能报吗？", {M: 2}),
])
def test_maturity_written_many_ways(read, q, want):
    got = facts(read(q))
    for k, v in want.items():
        assert got.get(k) == v, (k, got)


@pytest.mark.parametrize("q", [
    "我们的成熟度还没达到二级，规上，能报吗？",
    "Our maturity is not yet level 2, and we are above designated size. Can we apply?",
    "我们的成熟度比同行高一级，能报吗？",
    "集团的成熟度是三级，我们能报吗？",
])
def test_a_level_denied_compared_or_the_groups_is_asked_back(read, q):
    r = read(q)
    assert M not in facts(r)
    assert any(M in a.fields for a in r.asks.values()), r.asks


@pytest.mark.parametrize("q", [
    "我们的供应商成熟度达到了三级，这对我们有帮助吗？",
    "Our supplier has reached CMMM level 3. Does that help us?",
])
def test_another_firms_level_is_not_the_askers(read, q):
    assert M not in facts(read(q))


@pytest.mark.parametrize("q,want", [
    ("近三年经营和财务状况均良好，信用记录良好，成熟度二级，能报吗？",
     {"finances_sound_3y": True, "bad_credit_record": False, M: 2}),
    ("我们被列入了失信被执行人名单，财务状况也不好，能申报吗？",
     {"bad_credit_record": True, "finances_sound_3y": False}),
    ("The books have been healthy for three years, we have no bad credit record and we're at maturity level 2. Basic?",
     {"finances_sound_3y": True, "bad_credit_record": False, M: 2}),
    ("Our financial position over the past three years has been solid, we have had no accidents and no penalties. "
     "Basic?", {"finances_sound_3y": True, "incidents": [], "violations": []}),
    ("Our finances are not sound. Basic?", {"finances_sound_3y": False}),
    ("Quick summary: Beijing-registered, independent legal person, above designated size, CMMM level 3, no "
     "blacklisting. Advanced?", {"bad_credit_record": False, "independent_legal_person": True, M: 3}),
    ("去年刚升规，成熟度二级，独立法人，能报基础级吗？", {"above_designated_size": True, M: 2}),
    ("We're a 规上 company at maturity level 2, registered in Daxing District, Beijing. Basic?",
     {"above_designated_size": True, "registration.district": "大兴区"}),
    ("We are a small firm below the designated size. Basic?", {"above_designated_size": False}),
    ("Maturity: level 2. Registration: Chaoyang District, Beijing. Legal person: independent. Basic?",
     {M: 2, "registration.district": "朝阳区", "independent_legal_person": True}),
    ("我们的产品属于北京鼓励发展的产业，能报吗？", {"product_policy_compliant": True}),
    ("Our product is in an encouraged category under Beijing's industrial policy. Basic?",
     {"product_policy_compliant": True}),
    ("We had a general quality accident in October 2023 and a fine in February 2025; we are an independent legal "
     "person. Basic?", {"incidents": [{"date": "2023-10-15", "grade": "general", "kind": "quality"}],
                        "violations": [{"date": "2025-02-15"}], "independent_legal_person": True}),
])
def test_qualifiers_read(read, q, want):
    r = read(q)
    got = facts(r)
    profile = r.as_facts()["profile"]
    for k, v in want.items():
        assert (profile.get(k) if k in ("incidents", "violations") else got.get(k)) == v, (k, got)


@pytest.mark.parametrize("q,want", [
    ("We have digitalised every domain except R&D design and are at maturity level 3. Advanced?",
     ["factory_construction", "production_operation", "production_management", "operations_management"]),
    ("Maturity level 2; every domain but R&D design is digitalised. Advanced?",
     ["factory_construction", "production_operation", "production_management", "operations_management"]),
    ("成熟度二级，除了研发设计都数字化了，独立法人，能报先进级吗？",
     ["factory_construction", "production_operation", "production_management", "operations_management"]),
    ("Our key indicators are above the provincial industry average, we cover production operation and we're at "
     "maturity level 2. Basic?", ["production_operation"]),
])
def test_domains_before_another_statement(read, q, want):
    assert sorted(facts(read(q)).get("domains") or []) == sorted(want)


@pytest.mark.parametrize("q,field", [
    ("如果我们是规下企业，还能申报吗？", "above_designated_size"),  # a supposition
    ("我们的产品不属于鼓励类，能报吗？", "product_policy_compliant"),  # not encouraged: maybe permitted
    ("We cover production operation and warehousing. Basic?", "domains"),  # a member not known by name
    ("我们想在北京注册一家公司，需要什么材料？", "registration.province"),  # a wish
])
def test_not_read(read, q, field):
    assert field not in facts(read(q))


@pytest.mark.parametrize("q,want", [
    ("我们是独立核算的法人企业，工商注册在北京市昌平区，规上，能报吗？",
     {"independent_legal_person": True, "above_designated_size": True}),
    ("No accidents whatsoever in three years, but the market regulator fined us in April 2025; we're above "
     "designated size. Basic?", {"incidents": [], "violations": [{"date": "2025-04-15"}]}),
    ("基础级还没有备案，成熟度三级，规上企业，能直接申报先进级吗？",
     {"basic_filing": {"filed": False}, M: 3, "above_designated_size": True}),
])
def test_ask_answers_the_case_whose_words_name_a_procedure(client, q, want):
    out = ask(client, q)
    assert out["addressed"] and out["facts"], out["answer"]
    for k, v in want.items():
        assert out["facts"]["profile"].get(k) == v, (k, out["facts"]["profile"])


def test_ask_still_declines_a_company_registration_question(client):
    out = ask(client, "我们想在北京注册一家公司，需要什么材料？")
    assert out["facts"] is None and not out["addressed"]


@pytest.mark.parametrize("q,want", [
    ("We are above designated size, an independent legal person and free of bad credit records. Basic?",
     {"bad_credit_record": False, "above_designated_size": True}),
    ("我们生产作业、生产管理、运营管理都已数字化，能报先进级吗？",
     {"domains": ["production_operation", "production_management", "operations_management"]}),
    ("我们的主要指标与全市同行业平均水平持平，能报吗？", {"above_regional_industry_average": False}),
    ("Our indicators are on par with the industry average. Basic?", {"above_regional_industry_average": False}),
    ("本单位为某集团分公司，无独立法人资格，能否申报基础级智能工厂？", {"independent_legal_person": False}),
    # a goal or a past state before a statement: not today's
    ("我们计划明年升规，能报吗？", {"above_designated_size": None}),
    ("We plan to become above designated size next year. Can we apply?", {"above_designated_size": None}),
    ("We used to be below designated size, but since 2025 we are above it. Basic?", {"above_designated_size": None}),
    ("我们以前是分公司，2024年改制成了独立法人，能报吗？", {"independent_legal_person": True}),
    # "planning" in an organisation's name is no goal
    ("We have neither an organisation for planning the smart factory nor a talent team yet. Basic?",
     {"organization_mechanism": False, "talent_team": False}),
    ("Our maturity grade is 3 and our CMMM rating is Level II. Advanced?", {M: None}),  # two levels: asked back
    ("We were certified as CMMM Level II. Basic?", {M: 2}),
    ("成熟度Ⅱ级，能报吗？", {M: 2}),
    ("Our process technology is outdated and our maturity is level 1. Basic?", {"advanced_technology": False, M: 1}),
])
def test_more_wordings(read, q, want):
    got = facts(read(q))
    for k, v in want.items():
        assert got.get(k) == v, (k, got)


@pytest.mark.parametrize("q,dated", [
    # another thing applied for next year: the application asked about is now
    ("我们准备明年申请成熟度三级评估，现在能报吗？", False),
    ("We intend to apply for a level 3 maturity assessment next year. Can we apply now?", False),
    ("我们明年申报基础级，能行吗？", True),
])
def test_the_date_of_another_application_is_not_the_titles(read, q, dated):
    assert ("as_of" in facts(read(q))) is dated
