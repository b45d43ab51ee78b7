"""The lead's cases of the twenty-fifth wave: when a passage names both levels (a report titled "基础级/先进级…自评
报告"), the level its last question names alone is the level asked; "file as a basic-level smart factory" asks to
file, it says nothing of a title held or a filing made."""
from __future__ import annotations

import json
from datetime import date

import pytest

from tests.conftest import case_reader, facts


@pytest.fixture(scope="module")
def read():
    return case_reader(date(2026, 12, 8))


@pytest.mark.parametrize("words,level", [
    ("基础级/先进级智能工厂自评估报告摘录\n一、企业基本情况\n1.1 本企业注册地在北京市密云区。\n"
     "以上为自评报告摘录，请问能否认定为基础级智能工厂？", "basic"),
    ("基础级/先进级自评报告：我们数控化率72%。我们可以去区里做基础级备案吗", "basic"),
    ("Basic / advanced self-check: NC rate 72%, networking 66%. Could we be recognised at the basic level?", "basic"),
    # the last question names the advanced level alone
    ("我们不清楚基础级和先进级的区别。数控化率72%，联网率66%，能申报先进级吗？", "advanced"),
    ("Basic level looks easy for us. NC rate 72%. Can we go straight for the advanced level?", "advanced"),
    # a question naming both: the level above is asked (as before)
    ("NC rate 72%. Are we basic or advanced?", "advanced"),
])
def test_the_level_the_last_question_names_alone_is_the_level_asked(read, words, level):
    assert read(words).level == level


@pytest.mark.parametrize("words", [
    "Our NC rate is 72%. Can we file as a basic-level smart factory?",
    "We are registered in Beijing. Can we apply as a basic-level smart factory?",
])
def test_asking_to_file_as_a_basic_level_factory_is_no_filing_and_no_title(read, words):
    r = read(words)
    assert r.mode == "eligibility" and r.level == "basic"
    assert "basic_filing.filed" not in facts(r)


@pytest.mark.parametrize("words", [
    "We were recognised as a basic-level smart factory in 2025. We had a major accident in 2026. Do we lose the title?",
    "Since 2025 we operate as a basic-level smart factory; now we had a major fire. What happens to our title?",
])
def test_a_title_held_is_still_read_as_held(read, words):
    assert read(words).mode == "revocation"


@pytest.mark.parametrize("words,path,day", [
    ("我们二〇二六年三月三十号因消防设施不合格被处罚，能报基础级吗", "violations.0.date", "2026-03-30"),
    ("我们二〇二四年十一月二十号发生过一起较大安全事故，能报基础级吗", "incidents.0.date", "2024-11-20"),
    ("二〇二五年十月十号在海淀区完成了基础级备案，能申报先进级吗", "basic_filing.date", "2025-10-10"),
    ("二〇二五年十二月三十一日在朝阳区完成了基础级备案，能申报先进级吗", "basic_filing.date", "2025-12-31"),
    ("2025年十月在海淀区完成了基础级备案，能申报先进级吗", "basic_filing.date", "2025-10-15"),
])
def test_a_date_in_chinese_numerals_is_read_as_its_day_not_its_year_alone(read, words, path, day):
    r = read(words)
    assert facts(r).get(path) == day
    said = r.as_facts()["spans"][path]
    assert "二〇" in said or "十月" in said  # quoted as written


@pytest.mark.parametrize("words,want", [
    ("We make frozen dumplings.\n| Indicator | end of 2025 | end of Nov 2026 (current) |\n|---|---|---|\n"
     "| key-process NC rate | 63% | 70% |\n| production equipment networking rate | 56% | 61% |\n"
     "Can we apply for advanced?",
     {"indicators.key_process_nc_rate": 70, "indicators.equipment_networking_rate": 61}),
    ("| 项目 | 2024年 | 2025年 |\n|---|---|---|\n| 营业收入（万元） | 51200 | 64000 |\n能申报基础级吗",
     {"annual_revenue_10k_cny": 64000}),
    ("| 指标 | 2024年 | 2025年 | 2026年（预计） |\n| 营业收入（万元） | 51200 | 60000 | 70000 |\n"
     "| 数控化率 | 60% | 66% | 75% |\n能申报先进级吗",
     {"annual_revenue_10k_cny": 60000, "indicators.key_process_nc_rate": 66}),
    ("| 指标 | 去年 | 今年 |\n| 数控化率 | 63% | 70% |\n| 联网率 | 55% | 61% |\n能申报先进级吗",
     {"indicators.key_process_nc_rate": 70, "indicators.equipment_networking_rate": 61}),
])
def test_a_table_of_a_column_per_period_is_read_in_the_column_of_now(read, words, want):
    got = facts(read(words))
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize("words,path", [
    # a whole year beside part of a later one: which stands for now is asked back
    ("| 指标 | 2025年 | 2026年1-9月 |\n|---|---|---|\n| 营业收入（万元） | 51200 | 40000 |\n"
     "| 数控化率 | 63% | 70% |\n能申报吗",
     "indicators.key_process_nc_rate"),
    ("| Indicator | 2025 | 2026 YTD |\n|---|---|---|\n| NC rate | 63% | 70% |\nCan we apply for advanced?",
     "indicators.key_process_nc_rate"),
])
def test_a_table_of_a_whole_year_and_part_of_a_later_one_is_asked_back(read, words, path):
    assert path not in facts(read(words))


@pytest.mark.parametrize("words,want", [
    ("智能工厂申报自查问卷（比率均以小数填写，如0.5即50%）\n"
     "A: 关键工序数控化率 0.85；人均劳动生产率提升 0.07；产品不良率下降 0.1\n想确认：我们能不能申请先进级？",
     {"indicators.key_process_nc_rate": 85, "indicators.labor_productivity_gain": 7,
      "indicators.defect_rate_reduction": 10}),
    ("Self-check questionnaire (rates as decimals: 0.5 means 50%)\nA: key-process NC rate 0.66; labour productivity up "
     "0.13; product defect rate down 0.01\nCan we apply for the advanced level?",
     {"indicators.key_process_nc_rate": 66, "indicators.labor_productivity_gain": 13,
      "indicators.defect_rate_reduction": 1}),
])
def test_changes_written_as_fractions_where_the_passage_says_so_are_hundredths(read, words, want):
    r = read(words)
    got = facts(r)
    assert {k: got.get(k) for k in want} == want
    assert not r.unread  # (the note's example, "0.5 means 50%", is no value of the case)


@pytest.mark.parametrize("words", [
    "人均劳动生产率提升 0.07；产品不良率下降 0.1，能申请先进级吗",
    "Labour productivity up 0.13, defect rate down 0.05. Advanced?",
])
def test_a_change_written_as_a_fraction_with_no_note_is_still_asked_back(read, words):
    r = read(words)
    assert not any(p.startswith("indicators.") for p in facts(r)) and r.unread


@pytest.mark.parametrize("words", [
    "今年前三季度营收1.1亿元。请问我司是否符合申请基础级智能工厂的条件？",
    "2026年1-9月营业收入8000万元，能申报吗",
    "上半年营收5000万，能报基础级吗",
    "Revenue for the first nine months of this year was RMB 110m. Can we apply?",
    "H1 revenue RMB 50m. Basic level?",
])
def test_part_of_a_year_s_revenue_is_asked_back_not_read_as_the_year_s(read, words):
    r = read(words)
    assert "annual_revenue_10k_cny" not in facts(r)
    assert any("annual_revenue_10k_cny" in a.fields for a in r.asks.values())


@pytest.mark.parametrize("words,want", [
    ("2025年营业收入8000万元，能申报吗", 8000),
    ("Our 2025 revenue was RMB 80m, Q3 was strong. Basic?", 8000),
])
def test_a_year_s_revenue_beside_other_periods_is_still_read(read, words, want):
    assert facts(read(words)).get("annual_revenue_10k_cny") == want


@pytest.mark.parametrize("words", [
    "Key-process NC rate 78%. Our branch plant in Hebei is lower, with 58% of its equipment networked. Advanced?",
    "数控化率78%，我们河北分厂的联网率只有58%，能申报先进级吗",
])
def test_another_plant_s_rate_is_not_the_factory_s(read, words):
    got = facts(read(words))
    assert got.get("indicators.key_process_nc_rate") == 78
    assert "indicators.equipment_networking_rate" not in got


def test_a_rate_of_the_factory_itself_with_its_is_still_read(read):
    got = facts(read("Our Beijing factory is fully built, with 72% of its equipment networked."))
    assert got.get("indicators.equipment_networking_rate") == 72


@pytest.mark.parametrize("words,want", [
    ("key-process NC (CNC) rate (%): 70. Networking rate (%): 61. Advanced?",
     {"indicators.key_process_nc_rate": 70, "indicators.equipment_networking_rate": 61}),
    ("| Indicator | end of 2025 | end of Nov 2026 (current) |\n|---|---|---|\n"
     "| key-process NC (CNC) rate (%) | 63 | 70 |\n"
     "| labour productivity gain (%) | 5 | 9 |\nCan we apply for advanced?",
     {"indicators.key_process_nc_rate": 70, "indicators.labor_productivity_gain": 9}),
    ("| 项目 | 2024年 | 2025年 |\n|---|---|---|\n| 关键工序数控化率（%） | 63 | 70 |\n"
     "| 产品不良率下降（%） | 3 | 5 |\n能申报先进级吗",
     {"indicators.key_process_nc_rate": 70, "indicators.defect_rate_reduction": 5}),
    ("关键工序数控化率（NC）86%，能申报吗", {"indicators.key_process_nc_rate": 86}),
])
def test_a_unit_or_an_abbreviation_in_brackets_after_a_name_keeps_the_name_s_number(read, words, want):
    got = facts(read(words))
    assert {k: got.get(k) for k in want} == want


def test_a_place_in_brackets_is_no_abbreviation(read):
    got = facts(read("We are incorporated in Beijing (Daxing) and make medical devices."))
    assert got.get("registration.district") == "大兴区"


@pytest.mark.parametrize("words,want", [
    ("Smart-factory self-check questionnaire\nQ1. Operating revenue 2025 (in CNY 10k)\nA: 6,200\n"
     "Q2. Any bad credit record?\nA: No\nQ3. Violations in the last three years\nA: None\n"
     "Q6. GB/T 39116 maturity level\nA: 1\n"
     "Please confirm: can we apply for the basic-level title?",
     {"annual_revenue_10k_cny": 6200, "bad_credit_record": False, "violations": [], "maturity_level": 1}),
    ("智能工厂申报自查问卷\nQ1. 主导产品\nA: 主要生产电视机\nQ2. GB/T 39116智能制造能力成熟度等级\nA: 2\n"
     "Q3. 是否独立法人？\nA: 是\n"
     "想确认：我们能不能申请基础级？",
     {"industry_code": "C3951", "maturity_level": 2, "independent_legal_person": True}),
])
def test_a_questionnaire_s_answer_on_the_line_after_its_question_is_read_as_its_answer(read, words, want):
    got = facts(read(words))
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize("words,want", [
    ("Operating revenue 2025 (in CNY 10k): 6,200. Basic?", 6200),
    ("营业收入2025年（万元）：6200。能报基础级吗", 6200),
    ("Revenue: 3,200 (10k yuan). Basic?", 3200),
])
def test_a_year_between_the_revenue_s_word_and_its_unit_is_no_amount(read, words, want):
    assert facts(read(words)).get("annual_revenue_10k_cny") == want


def test_a_year_before_a_unit_is_never_the_revenue(read):
    assert "annual_revenue_10k_cny" not in facts(read("Revenue: 2025 (10k yuan). Basic?"))


def test_the_annexes_domains_in_paraphrase(read):
    got = facts(read("The smart-factory work covers factory planning and build-out, production management and "
                     "business operations management. Basic?"))
    assert sorted(got.get("domains") or []) == [
        "factory_construction", "operations_management", "production_management"]


@pytest.mark.parametrize("words,district", [
    ("公司注册在天津市武清区；主要生产手表。能报吗", "武清区"),
    ("公司注册在河北省廊坊市广阳区，能报吗", "广阳区"),
    ("公司注册在河北省廊坊市，能报吗", None),
    ("公司注册在天津市，工厂在武清区，能报吗", None),  # (the plant's district, in a clause of its own)
])
def test_another_province_s_district_is_read_as_written(read, words, district):
    assert facts(read(words)).get("registration.district") == district


@pytest.mark.parametrize("words,code", [
    ("We mainly make chemical drug tablets and capsules. Basic?", "C2720"),
    ("我们生产化学药品片剂和胶囊，能报吗", "C2720"),
    ("We make medical CT and MRI scanners. Basic?", "C3581"),
    ("我们是做CT和核磁共振设备的，能报吗", "C3581"),
    ("We make pure-electric passenger cars. Basic?", "C3612"),
    ("我们生产铝板带箔，能报吗", "C3252"),
    ("We make tablets and capsules. Basic?", "C27"),  # (chemical or Chinese patent medicine: the division)
])
def test_class_words_of_lead_25(read, words, code):
    assert facts(read(words)).get("industry_code") == code


@pytest.fixture(scope="module")
def service():
    from kg_service.graph import KnowledgeGraph
    from kg_service.service import Service
    return Service(KnowledgeGraph.load())


@pytest.mark.parametrize("question", [
    "我们新买的数控机床能享受加速折旧吗？",
    "What does it take to put the CCC mark on our phone chargers?",
    "How do we renew our work safety licence before it lapses?",
    "我们用不完的碳排放配额可以拿去卖吗？",
    "Can we sell our unused carbon allowances?",
])
def test_subjects_the_measures_do_not_govern_are_declined(service, question):
    assert service.ask(question)["addressed"] is False


@pytest.mark.parametrize("question,eid", [
    ("What is KPI 17 about carbon emissions?", "att_3__kpi_17"),
    ("碳排放降低属于哪类指标？", "att_3__kpi_17"),
])
def test_the_measures_own_words_beside_them_are_still_answered(service, question, eid):
    out = service.ask(question)
    assert out["addressed"] is not False and eid in json.dumps(out, ensure_ascii=False)


@pytest.mark.parametrize("question,verdict", [
    ("我们是先进级智能工厂，集团另一家全资子公司出了重大环境事故，会影响我们吗？", "retain"),
    ("我们是基础级智能工厂。我们集团在河北的另一家独立法人子公司今年出了重大质量事故，我们自己没有事故，称号会被撤吗？",
     "retain"),
    ("我们是先进级智能工厂，今年3月我们自己出了重大安全事故，称号会被撤吗？", "revoke"),
])
def test_another_subsidiary_s_accident_is_not_the_factory_s(service, question, verdict):
    assert (service.ask(question).get("facts") or {}).get("verdict") == verdict


@pytest.mark.parametrize("words", [
    "Self-check questionnaire\nQ3. Accidents in the last three years (date, kind, grade)\n"
    "A: on 2025-06-03 we had one general-grade product-quality accident\nCan we apply for the basic level?",
    "自查问卷\nQ1. 近三年事故情况（日期、类型、等级）\nA: 2025年6月3日发生一起一般产品质量事故\n能报基础级吗",
])
def test_a_questionnaire_s_answer_that_is_a_sentence_is_read_as_one(read, words):
    got = facts(read(words))
    assert {k: got.get(k) for k in ("incidents.0.date", "incidents.0.grade", "incidents.0.kind")} == {
        "incidents.0.date": "2025-06-03", "incidents.0.grade": "general", "incidents.0.kind": "quality"}
