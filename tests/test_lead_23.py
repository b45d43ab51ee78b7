"""The lead's cases of the twenty-third wave: a pasted table read across (names in its first row, values below) is
laid out one row per name before it is read, and a name given two values is asked back; a currency between two
numbers is the second's ("revenue 2025 CNY 31.5 million"); a unit after a number is no amount of its own; a
list whose items each carry their own negation does not lend it to the item after them; a negation does not reach
into brackets; a form's line named in the other language ("- 数字化达标 (…): not reached")."""
from __future__ import annotations

from datetime import date

import pytest

from kg_service.questions.case.passage import columns_as_rows
from tests.conftest import case_reader, facts


@pytest.fixture(scope="module")
def read():
    return case_reader(date(2026, 12, 8))


@pytest.mark.parametrize("words,want", [
    ("| NC rate | networking rate | energy use per unit of output value, reduction |\n|---|---|---|\n"
     "| 61.5% | 11% | 2% |\nany chance at the advanced level?",
     {"indicators.key_process_nc_rate": 61.5, "indicators.equipment_networking_rate": 11,
      "indicators.energy_per_output_reduction": 2}),
    ("数控化率\t联网率\t营业收入（万元）\t规上\n72%\t66%\t3150\t是\n能申报先进级吗",
     {"indicators.key_process_nc_rate": 72, "indicators.equipment_networking_rate": 66,
      "annual_revenue_10k_cny": 3150, "above_designated_size": True}),
    ("我们覆盖五个环节。从自评表里贴过来的：\n独立法人资格\t2025年营业收入\t智能制造能力成熟度（GB/T 39116）\n"
     "无（集团分公司）\t人民币2.3亿元\t2级\n我们可以去区里做基础级备案吗",
     {"independent_legal_person": False, "annual_revenue_10k_cny": 23000, "maturity_level": 2}),
    ("| 行业 | 数控化率 | 联网率 |\n|---|---|---|\n| 电子元件 | 72% | 66% |",
     {"indicators.key_process_nc_rate": 72, "indicators.equipment_networking_rate": 66}),
])
def test_a_table_read_across_binds_each_column_s_value_to_its_name(read, words, want):
    got = facts(read(words))
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize("words", [
    "| Year | NC rate | networking rate |\n|---|---|---|\n| 2024 | 66% | 61% |\n| 2025 | 72% | 66% |\nAdvanced?",
    "| NC rate | 70% | 72% |\n| networking rate | 61% | 66% |\nEligible for advanced?",
    # (a column per period, one of them now, "| 指标 | 去年 | 今年 |", is read in the column of now: test_lead_25)
])
def test_a_name_given_two_values_is_asked_back(read, words):
    r = read(words)
    assert not any(f.path.startswith("indicators.") for f in r.facts)
    assert any("72%" in u for u in r.unread)


def test_a_table_of_names_and_values_stays_one_row_per_name(read):
    words = "| Indicator | Value |\n|---|---|\n| NC rate | 72% |\n| Networking rate | 66% |"
    assert columns_as_rows(words) == words
    assert facts(read(words)) == {"indicators.key_process_nc_rate": 72, "indicators.equipment_networking_rate": 66}


@pytest.mark.parametrize("words,revenue", [
    ("We are consultants for a maker of snacks: client revenue 2025 CNY 31.5 million, independent legal person.",
     3150),
    ("Our revenue 2025 RMB 31.5 million.", 3150),
    ("Revenue was 31,500,000 RMB.", 3150),
    # (never over a line break: the list's next number is no amount of yuan)
    ("Our facts:\n1. annual main business revenue of 500,000,000 yuan\n2. reduction of the product defect rate: 6%",
     50000),
])
def test_a_currency_before_a_number_is_that_number_s(read, words, revenue):
    assert facts(read(words)).get("annual_revenue_10k_cny") == revenue


@pytest.mark.parametrize("words", ["Our revenue: 3,150 RMB 10k", "Our revenue: 3,150 x 10k RMB"])
def test_a_unit_after_a_number_is_no_amount(read, words):
    assert "annual_revenue_10k_cny" not in facts(read(words))


@pytest.mark.parametrize("words,want", [
    ("我们近三年：无较大及以上事故、无违法违规、无不良信用记录、经营财务良好。",
     {"bad_credit_record": False, "finances_sound_3y": True}),
    ("我们近三年无违法违规、无不良信用记录、财务状况良好。", {"bad_credit_record": False, "finances_sound_3y": True}),
    ("我们没有违法记录、没有失信记录、专门团队", {"bad_credit_record": False, "talent_team": True}),
    # (one negation of both, joined by 和: not a list of its own negations)
    ("我们没有专门团队和组织机制", {"talent_team": False, "organization_mechanism": False}),
])
def test_a_list_of_items_each_negated_lends_no_negation_to_the_next(read, words, want):
    got = facts(read(words))
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize("words", [
    "We have had no accidents, no violations, no bad credit, no losses (finances sound).",
    "我们没有亏损（财务状况良好）",
])
def test_a_negation_does_not_reach_into_brackets(read, words):
    assert facts(read(words)).get("finances_sound_3y") is True


@pytest.mark.parametrize("words,want", [
    ("Our case:\n- Domains: factory construction; R&D and design; production operations\n"
     "- 数字化达标 (digital-transformation standard): not reached\nDo we qualify for the basic level?",
     {"digital_transformation_compliant": False}),
    ("我们的情况：\n- bad credit：无\n- 独立法人：是", {"bad_credit_record": False, "independent_legal_person": True}),
])
def test_a_form_s_name_in_the_other_language(read, words, want):
    got = facts(read(words))
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize("q,verdict", [
    ("我们是做食品的，联网率60%，够先进级吗？", "尚无法判断"),
    ("We are a food maker with 60% networking. Enough for the advanced level?", "Not yet decidable"),
])
def test_a_level_asked_by_a_trade_of_one_row_leads_with_the_verdict(client, q, verdict):
    # (食品 may be C13 or C14, one row: a level asked is answered by the verdict, the row's threshold after it)
    from tests.conftest import answered
    body, first = answered(client, q)
    assert first.startswith(verdict), first
    assert body["facts"]["level"] == "advanced"
    assert "55%" in body["answer"]  # (the urban row's networking threshold follows the verdict)


@pytest.mark.parametrize("words,domains", [
    ("我们除了生产管理和运营管里，其他环节都覆盖了。", None),  # (运营管里: a slip, no domain's name)
    ("Apart from R&D design and operatoins management, we have covered all the other domains.", None),
    ("我们除了生产管理和运营管理，其他环节都覆盖了。", ["factory_construction", "production_operation", "rd_design"]),
])
def test_a_domain_excepted_not_known_by_name_leaves_the_others_unknown(read, words, domains):
    got = facts(read(words)).get("domains")
    assert (sorted(got) if got else None) == domains


@pytest.mark.parametrize("words,want", [
    ("3.1 Basic-level filing: the company completed basic-level smart factory filing with the Daxing District "
     "authority on 2025-04-10.",
     {"basic_filing.filed": True, "basic_filing.district": "大兴区", "basic_filing.date": "2025-04-10"}),
    ("二、基础级备案情况：公司已于2025年4月10日在大兴区完成基础级智能工厂备案。",
     {"basic_filing.filed": True, "basic_filing.district": "大兴区", "basic_filing.date": "2025-04-10"}),
])
def test_a_form_s_line_answered_by_a_sentence_of_the_filing(read, words, want):
    got = facts(read(words))
    assert {k: got.get(k) for k in want} == want
    assert "factory_built" not in got  # ("completed … filing" is no plant completed)


def test_a_filing_completed_is_no_plant_completed(read):
    got = facts(read("The company completed basic-level smart factory filing with the Daxing District authority."))
    assert "factory_built" not in got
    assert facts(read("Our plant was completed in 2023 and is running."))["factory_built"] is True


@pytest.mark.parametrize("words,path,value", [
    ("| Domains | factory construction, production operations |", "domains",
     ["factory_construction", "production_operation"]),
    ("我们的情况：\n| 设备联网率 | 68% |", "indicators.equipment_networking_rate", 68),
])
def test_one_table_row_alone_is_read_as_a_row(read, words, path, value):
    assert facts(read(words)).get(path) == value


def test_two_columns_of_words_below_names_ruled_off_are_read_across(read):
    got = facts(read("| 注册地 | 行业 |\n|---|---|\n| 北京市大兴区 | 汽车零部件 |\n我们能申报吗"))
    assert got.get("registration.district") == "大兴区" and got.get("industry_code") == "C3670"
    # (names and values already one row per name, ruled off or not, stay so)
    assert facts(read("| Indicator | Value |\n|---|---|\n| NC rate | 72% |")) == {"indicators.key_process_nc_rate": 72}
