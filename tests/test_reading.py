"""Reading a stated case (kg_service/questions/case): each case below is a question as an enterprise
writes it and what it states, field by field (OpenFisca-style: the table is the specification).

A value the words do not bind to exactly one field is never guessed: it is left unread. Every value
keeps the words it was read from, and those words are the question's own.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import case_reader, facts

TODAY = date(2026, 6, 15)


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


# ---- what a question states: field path -> value, exactly (nothing more is read) ----------------
CASES = [
    # a full date is read to its day, in either language's ways of writing it; a later one stays later
    ("我们在2026年1月10日因违法行为被罚过款，近三年财务状况良好。",
     {"violations.0.date": "2026-01-10", "finances_sound_3y": True}),
    ("We were fined for a violation on 2025-08-20. Our finances are sound.",
     {"violations.0.date": "2025-08-20", "finances_sound_3y": True}),
    ("We filed as a basic-level factory with our district on 3 November 2025.",
     {"basic_filing.filed": True, "basic_filing.date": "2025-11-03"}),
    ("我们的基础级备案是2025年12月20日做的。", {"basic_filing.filed": True, "basic_filing.date": "2025-12-20"}),
    # domains named as not done, set against "the others" said covered: every other domain
    ("研发设计没做，其他都做了，能申报基础级吗？",
     {"domains": ["factory_construction", "operations_management", "production_management", "production_operation"]}),
    ("R&D design is the one area we have not done; the other four are covered.",
     {"domains": ["factory_construction", "operations_management", "production_management", "production_operation"]}),
    ("We have covered all domains but factory construction.",
     {"domains": ["operations_management", "production_management", "production_operation", "rd_design"]}),
    ("我们数字化达标评估没通过，能申报基础级吗？", {"digital_transformation_compliant": False}),  # negated after
    # a relative month is that month (its 15th, or today if sooner), not today
    ("我们上个月被罚款了，能申报基础级吗？",
     {"violations.0.date": (TODAY.replace(day=1) - timedelta(days=1)).replace(day=15).isoformat()}),
    ("Not only do we have a dedicated team, we also have an organisation for planning. Basic level?",
     {"talent_team": True, "organization_mechanism": True}),  # "not only" negates nothing
    ("Factory construction, production operation, production management and operations management are "
     "digitalised; R&D design is not. Basic level?",
     {"domains": ["factory_construction", "production_operation", "production_management", "operations_management"]}),
    # a negation of another statement before the asker is named again, and idioms that negate nothing
    ("We don't outsource: we have our own smart-manufacturing team of 25. Basic level?", {"talent_team": True}),
    ("Without a doubt we have a dedicated team. Basic level?", {"talent_team": True}),
    ("We have no shortage of talent: a dedicated team of 30 engineers. Basic level?", {"talent_team": True}),
    ("毫无疑问我们有专门的智能制造团队，能申报基础级吗？", {"talent_team": True}),
    ("We don't have a dedicated team. Basic level?", {"talent_team": False}),
    # the domains excepted end where the others are listed
    ("We have covered every domain except R&D design, namely factory construction, production operation, "
     "production management and operations management. Basic level?",
     {"domains": ["factory_construction", "operations_management", "production_management", "production_operation"]}),
    ("All domains except R&D design are done: factory construction, production operation, production management "
     "and operations management. Basic level?",
     {"domains": ["factory_construction", "operations_management", "production_management", "production_operation"]}),
    # the factory's state in everyday English
    ("The factory is finished but production hasn't started. Basic level?",
     {"factory_built": True, "factory_in_operation": False}),
    ("Construction finished in 2024 and we went into mass production in 2025. Basic level?",
     {"factory_built": True, "factory_in_operation": True}),
    ("Our factory has been in full production since 2022. Basic level?",
     {"factory_built": True, "factory_in_operation": True}),
    # the outcome awaited is another application's, not the filing's
    ("我们2025年3月完成了基础级备案，今年的先进级申报还没有结果。",
     {"basic_filing.filed": True, "basic_filing.date": "2025-03-15"}),
    # (a filing sent in with no outcome said is asked back: art_7 asks for the filing completed at the district)
    ("We submitted our basic-level filing in March 2025.", {}),
    ("On 2027-02-01 we want to apply for advanced; we are filed as basic.",
     {"as_of": "2027-02-01", "basic_filing.filed": True}),
    # attestations with the rule's place between the words, or said to fail; the rule's place is no case
    ("我们已经实现数字化达标，但主要技术经济指标低于全市同行业平均水平。",
     {"digital_transformation_compliant": True, "above_regional_industry_average": False}),
    ("我们主要技术经济指标没有超过北京同行业平均水平，也还没有实现数字化达标。",
     {"above_regional_industry_average": False, "digital_transformation_compliant": False}),
    ("Our main indicators are above the Beijing industry average, though we haven't reached "
     "digital-transformation compliance.",
     {"above_regional_industry_average": True, "digital_transformation_compliant": False}),
    ("Our main product fits Beijing's industrial policy but our technology is not advanced.",
     {"product_policy_compliant": True, "advanced_technology": False}),
    ("我们关键技术装备和工业软件都安全可控，但网络安全和数据安全风险目前还不可控。",
     {"security_controllable": True, "cyber_data_risk_controllable": False}),
    ("Key equipment and industrial software are secure and controllable, but our cyber and data security risks "
     "are not under control.", {"security_controllable": True, "cyber_data_risk_controllable": False}),
    # a case stated without "we", then asked of
    ("近三年经营和财务状况良好，无不良信用记录，没有发生过任何事故，也没有违法违规行为，基础级第三项条件满足吗？",
     {"finances_sound_3y": True, "bad_credit_record": False, "incidents": [], "violations": []}),
    ("Finances sound for three years, no bad credit record, no accidents of any kind and no violations. Is the "
     "clean-record condition for basic met?",
     {"finances_sound_3y": True, "bad_credit_record": False, "incidents": [], "violations": []}),
    # an application planned for a later month is dated to that month (a past event's month is not later
    # than today)
    ("如果我们2027年3月申报基础级，成熟度三级，可以吗？", {"as_of": "2027-03-01", "maturity_level": 3}),
    # (a level said inside the supposition's own clause is supposed with it, asked back: wave 22; in its own clause,
    # as in the Chinese above, it is stated)
    ("If we apply for the basic level in March 2027 at maturity level 3, will that work?",
     {"as_of": "2027-03-01"}),
    # indicators by their everyday names; a factory running normally in either word order
    ("We make pumps: NC 71%, networking 63%, defect reduction 4%, energy use per unit of output value down 5%.",
     {"industry_code": "C344", "indicators.key_process_nc_rate": 71, "indicators.equipment_networking_rate": 63,
      "indicators.defect_rate_reduction": 4, "indicators.energy_per_output_reduction": 5}),
    ("我们工厂运行正常，能报基础级吗？", {"factory_built": True, "factory_in_operation": True}),
    ("The factory is built and in normal use.", {"factory_built": True, "factory_in_operation": True}),
    # "all" after a list is all of the list; "除了 X，…都" leaves X out
    ("我们生产作业、生产管理、运营管理都覆盖了，数控化率81%。",
     {"domains": ["production_operation", "production_management", "operations_management"],
      "indicators.key_process_nc_rate": 81}),
    ("除了研发设计，五个环节我们都做了。",
     {"domains": ["factory_construction", "production_operation", "production_management",
                  "operations_management"]}),
    ("We've digitalised everything except factory construction.",
     {"domains": ["rd_design", "production_operation", "production_management", "operations_management"]}),
    # indicators: the number binds to the name beside it, before or after, in its own clause
    ("我们是做锂电池的，关键工序数控化率72%，生产设备联网率68%，产品不良率下降6%，人均劳动生产率提升9%，"
     "单位产值能耗降低5%，能申报先进级吗？",
     {"industry_code": "C384", "indicators.key_process_nc_rate": 72, "indicators.equipment_networking_rate": 68,
      "indicators.defect_rate_reduction": 6, "indicators.labor_productivity_gain": 9,
      "indicators.energy_per_output_reduction": 5}),
    ("We are an electronics maker, key-process NC rate 78%, networking 72%, defect-rate reduction 3%, "
     "labour productivity +10%. Can we get the advanced level?",
     {"industry_code": "C39", "indicators.key_process_nc_rate": 78, "indicators.equipment_networking_rate": 72,
      "indicators.defect_rate_reduction": 3, "indicators.labor_productivity_gain": 10}),
    ("78% NC rate, 66% networking rate and energy per output down 4%: enough for advanced as a furniture maker?",
     {"industry_code": "C21", "indicators.key_process_nc_rate": 78, "indicators.equipment_networking_rate": 66,
      "indicators.energy_per_output_reduction": 4}),
    ("NC 69%, networking at 74%, defect rate reduction 5% — do we meet 3 of 5?",
     {"indicators.key_process_nc_rate": 69, "indicators.equipment_networking_rate": 74,
      "indicators.defect_rate_reduction": 5}),
    # one number for both names; a change in 个百分点 is asked back (points, not the relative change the
    # indicator is); a fall of productivity is a negative gain
    ("数控化率和联网率都是75%，不良率降了3个百分点，劳动生产率下降了2%，先进级够吗？",
     {"indicators.key_process_nc_rate": 75, "indicators.equipment_networking_rate": 75,
      "indicators.labor_productivity_gain": -2}),
    ("数控化率和联网率分别为72%和64%，我们做纺织的，先进级够吗？",
     {"indicators.key_process_nc_rate": 72, "indicators.equipment_networking_rate": 64, "industry_code": "C17"}),
    ("我们数控化率和不良率下降分别为72%和5%，联网率为66%。",
     {"indicators.key_process_nc_rate": 72, "indicators.defect_rate_reduction": 5,
      "indicators.equipment_networking_rate": 66}),
    # a level raised *to* a value is that value
    ("我们的关键工序数控化率提升到了81%，先进级够吗？", {"indicators.key_process_nc_rate": 81}),
    # the factory: aspect and negation
    ("我们的工厂已经建成，但还没有投产，能申报基础级吗？", {"factory_built": True, "factory_in_operation": False}),
    ("Our factory is built but not yet in operation. Can we apply for the basic level?",
     {"factory_built": True, "factory_in_operation": False}),
    ("The plant is under construction and we plan to apply for the basic level in 2027.",
     {"factory_built": False, "factory_in_operation": False, "as_of": "2027-01-01"}),
    ("新工厂还在建设中，明年申报基础级可以吗？",
     {"factory_built": False, "factory_in_operation": False, "as_of": "2027-01-01"}),
    # a later year dates the plant's start, not the application, unless it is the applying clause's
    ("我们工厂还在建设中，明年才投产，现在能报吗？", {"factory_built": False, "factory_in_operation": False}),
    ("Our plant is built but will start production next year. Can we apply now?", {"factory_built": True}),
    ("明年，我们想申报先进级，联网率80%", {"as_of": "2027-01-01", "indicators.equipment_networking_rate": 80}),
    ("Our new plant has been in operation since 2023. Basic level?",
     {"factory_built": True, "factory_in_operation": True}),
    # registration (not the plant's place), legal personality, size, revenue with its units
    ("工厂已建成投产三年，我们是规上企业，注册在北京市海淀区，具有独立法人资格，能报基础级吗？",
     {"factory_built": True, "factory_in_operation": True, "above_designated_size": True,
      "registration.province": "北京市", "registration.district": "海淀区", "independent_legal_person": True}),
    ("We are a branch of a Shanghai group, registered in Beijing's Daxing district, with annual revenue of "
     "RMB 18 million. Basic level?",
     {"independent_legal_person": False, "registration.province": "北京市", "registration.district": "大兴区",
      "annual_revenue_10k_cny": 1800}),
    ("Our plant is in Hebei but the company is registered in Chaoyang, Beijing. Revenue last year was "
     "350 million yuan. Basic?",
     {"registration.province": "北京市", "registration.district": "朝阳区", "annual_revenue_10k_cny": 35000}),
    ("我们注册地在天津，工厂在北京大兴，能申报北京的基础级吗？", {"registration.province": "天津市"}),
    ("Our company is registered in Tianjin. Can we apply for the Beijing basic level?",
     {"registration.province": "天津市"}),
    ("我们是分公司，年营业收入1.2亿元，不是规上企业，能申报吗？",
     {"independent_legal_person": False, "annual_revenue_10k_cny": 12000, "above_designated_size": False}),
    # attested booleans, stated or negated
    ("我们近三年经营和财务状况良好，没有不良信用记录，主导产品符合北京市产业政策，关键装备和工业软件安全可控，"
     "网络和数据安全风险可控，能申报吗？",
     {"finances_sound_3y": True, "bad_credit_record": False, "product_policy_compliant": True,
      "security_controllable": True, "cyber_data_risk_controllable": True}),
    ("We have a dedicated team and an organisation for planning the smart factory, and our maturity is "
     "level 2 under GB/T 39116. Basic?",
     {"talent_team": True, "organization_mechanism": True, "maturity_level": 2}),
    ("We have no dedicated smart-manufacturing team yet and our maturity level is 1.",
     {"talent_team": False, "maturity_level": 1}),
    ("我们没有专门的智能制造人才队伍，也没有建立组织机制，能申报基础级吗？",
     {"talent_team": False, "organization_mechanism": False}),
    ("我们已经实现数字化达标，但主要技术经济指标没有高于全省同行业平均水平，能申报基础级吗？",
     {"digital_transformation_compliant": True, "above_regional_industry_average": False}),
    # incidents and violations, with the dates the words imply
    ("前年我们发生过一起较大安全事故，今年还能申报基础级吗？",
     {"incidents.0.kind": "safety", "incidents.0.grade": "larger", "incidents.0.date": "2024-06-15"}),
    ("五年前发生过一起重大环保事故，现在申报先进级受影响吗？",
     {"incidents.0.kind": "environmental", "incidents.0.grade": "major", "incidents.0.date": "2021-06-15"}),
    ("We had a general quality accident in March 2024. Can we still apply for the basic level?",
     {"incidents.0.kind": "quality", "incidents.0.grade": "general", "incidents.0.date": "2024-03-15"}),
    ("我们从来没有发生过事故，也没有受过行政处罚。", {"incidents": [], "violations": []}),
    ("We were fined by the market regulator two years ago. Does that stop a basic-level application?",
     {"violations.0.date": "2024-06-15"}),
    # the basic-level filing (art_7)
    ("We never filed as basic. Networking rate 71%, NC rate 80%. Can we go straight to advanced?",
     {"basic_filing.filed": False, "indicators.equipment_networking_rate": 71, "indicators.key_process_nc_rate": 80}),
    ("我们2025年在海淀区完成了基础级备案，联网率76%，能申报先进级吗？",
     {"basic_filing.filed": True, "basic_filing.district": "海淀区", "basic_filing.date": "2025-07-01",
      "indicators.equipment_networking_rate": 76}),
    # construction domains: only / except / all
    ("We only digitalised production operation and production management. Enough for the advanced level?",
     {"domains": ["production_operation", "production_management"]}),
    ("除了工厂建设，其他环节都做了，够先进级吗？",
     {"domains": ["operations_management", "production_management", "production_operation", "rd_design"]}),
    ("我们五个环节都覆盖了，成熟度四级，能申报先进级吗？",
     {"domains": ["factory_construction", "operations_management", "production_management", "production_operation",
                  "rd_design"], "maturity_level": 4}),
    ("We cover every domain except R&D design.",
     {"domains": ["factory_construction", "production_operation", "production_management", "operations_management"]}),
    ("We digitalised R&D design and production operation.", {"domains": ["rd_design", "production_operation"]}),
    # numbers before their names: "and" joins two pairs, it is inside none ("70% networking and a 4% cut in …")
    ("71% NC rate, 68% networking and a 4% cut in energy per unit of output value: advanced?",
     {"indicators.key_process_nc_rate": 71, "indicators.equipment_networking_rate": 68,
      "indicators.energy_per_output_reduction": 4}),
    ("Our NC rate is 77% and networking 64%.",
     {"indicators.key_process_nc_rate": 77, "indicators.equipment_networking_rate": 64}),
    # "respectively" over the commas of its sentence
    ("Our networking rate, NC rate and defect-rate reduction are 70%, 82% and 3% respectively.",
     {"indicators.equipment_networking_rate": 70, "indicators.key_process_nc_rate": 82,
      "indicators.defect_rate_reduction": 3}),
    # a rate raised from one level to another: the level reached
    ("我们设备联网率从55%提高到了70%，先进级够吗？", {"indicators.equipment_networking_rate": 70}),
    ("Networking rose from 58% to 69% over two years.", {"indicators.equipment_networking_rate": 69}),
    # a negation after what it negates, shared by the names joined before it; neither … nor
    ("人才队伍和组织机制我们都还没有，能报吗？", {"talent_team": False, "organization_mechanism": False}),
    ("我们有组织机制，人才队伍还没建立。", {"organization_mechanism": True, "talent_team": False}),
    ("We have neither a talent team nor a steering committee.",
     {"talent_team": False, "organization_mechanism": False}),
    ("Our credit record is clean.", {"bad_credit_record": False}),
    # two events in one clause: each with its own kind, grade and date
    ("We were fined in 2024 and had a general safety accident in 2023.",
     {"violations.0.date": "2024-07-01", "incidents.0.kind": "safety", "incidents.0.grade": "general",
      "incidents.0.date": "2023-07-01"}),
    # the names joined before a negation closing the clause are not covered
    ("我们研发设计、生产作业、生产管理都做了，工厂建设和运营管理还没做，先进级？",
     {"domains": ["rd_design", "production_operation", "production_management"]}),
    ("We have finished construction but production has not started.",
     {"factory_built": True, "factory_in_operation": False}),
    # a thousands comma does not end a clause
    ("Energy consumption per 10,000 yuan of output value fell by 6% and our networking rate is 70%.",
     {"indicators.energy_per_output_reduction": 6, "indicators.equipment_networking_rate": 70}),
    # the maker of electronic components for automakers is in electronics, not in cars
    ("我们为汽车厂商提供电子元器件，联网率70%。", {"industry_code": "C39", "indicators.equipment_networking_rate": 70}),
    # full-width digits; 个亿
    ("我们的数控化率78％，联网率６９％，营收2个亿。",
     {"indicators.key_process_nc_rate": 78, "indicators.equipment_networking_rate": 69,
      "annual_revenue_10k_cny": 20000}),
    # except those named, nothing: only those named
    ("除了生产作业和运营管理，其他环节我们都没做，基础级？",
     {"domains": ["production_operation", "operations_management"]}),
    ("2025年1月我们发生过一起一般环境污染事故。",
     {"incidents.0.kind": "environmental", "incidents.0.grade": "general", "incidents.0.date": "2025-01-15"}),
    # a negation reaches the names "or" joins to the one it negates; a clause closed by "还没有数字化"
    ("We have covered production operation, production management and operations management, but not R&D design "
     "or factory construction.",
     {"domains": ["production_operation", "production_management", "operations_management"]}),
    ("我们覆盖了生产作业和生产管理，没有研发设计或工厂建设。",
     {"domains": ["production_operation", "production_management"]}),
    ("我们只做了运营管理，车间生产作业还没有数字化，基础级可以吗？", {"domains": ["operations_management"]}),
    # dates listed with "各/each" before one accident's kind and grade: one accident a date; without it, asked
    ("我们2024年7月和2025年3月各发生过一起一般安全事故，另外2026年1月还出过一起较大质量事故。",
     {"incidents.0.kind": "safety", "incidents.0.grade": "general", "incidents.0.date": "2024-07-15",
      "incidents.1.kind": "safety", "incidents.1.grade": "general", "incidents.1.date": "2025-03-15",
      "incidents.2.kind": "quality", "incidents.2.grade": "larger", "incidents.2.date": "2026-01-15"}),
    ("In May 2024 and March 2025 we each had a general safety accident.",
     {"incidents.0.kind": "safety", "incidents.0.grade": "general", "incidents.0.date": "2024-05-15",
      "incidents.1.kind": "safety", "incidents.1.grade": "general", "incidents.1.date": "2025-03-15"}),
    ("我们2024年7月和2025年3月发生过一起一般安全事故。", {}),
    # "relatively major" is 较大, not 重大; an English question glossing a Chinese term is read as English
    ("A relatively major safety accident happened at our plant on 2025-02-14.",
     {"incidents.0.kind": "safety", "incidents.0.grade": "larger", "incidents.0.date": "2025-02-14"}),
    ("A major (重大) quality accident happened at our plant on 2025-02-14.",
     {"incidents.0.kind": "quality", "incidents.0.grade": "major", "incidents.0.date": "2025-02-14"}),
    # facts said plainly and then asked of (能申请吗, 受影响吗): the asker's own case
    ("近三年财务状况良好，没有不良信用记录。现在能申请吗？", {"finances_sound_3y": True, "bad_credit_record": False}),
    ("公司被列入了失信被执行人名单，还能申请基础级吗？", {"bad_credit_record": True}),
    ("近三年经营和财务都很好，信用良好，基础级受影响吗？", {"finances_sound_3y": True, "bad_credit_record": False}),
    ("财务状况良好的企业能申请基础级吗？", {}),
    # a negation after the name and a word pointing back at it ("生产作业这块还没做")
    ("基础级我们覆盖了研发设计和运营管理，生产作业这块还没做。", {"domains": ["rd_design", "operations_management"]}),
    # everyday names of two indicators; the key-equipment KPI and all-staff productivity are not them
    ("我们劳产率提高了8%，关键工序的数控率72%。",
     {"indicators.labor_productivity_gain": 8, "indicators.key_process_nc_rate": 72}),
    ("我们关键设备数控化率72%，全员劳动生产率提高了10%。", {}),
]


@pytest.mark.parametrize(("q", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_reads_what_is_stated_and_nothing_else(read, q, want):
    got = facts(read(q))
    if "domains" in want:
        assert sorted(got.pop("domains", [])) == sorted(want["domains"])
        want = {k: v for k, v in want.items() if k != "domains"}
    assert got == want


@pytest.mark.parametrize(("q", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_every_value_keeps_its_own_words(read, q, want):
    for f in read(q).facts:
        assert f.words and f.words in q, f
        assert 0 <= f.start < f.end <= len(q) and f.words in q[f.start:f.end], f


# ---- never guessed: left unread, with the words -------------------------------------------------
UNREAD = [
    ("两个指标分别是70%和8%，先进级能过吗？", "70%"),  # bare numbers
    ("数控化率78%和80%，先进级够吗？", "78%"),  # two numbers after one name
    ("Our NC rate is 70% or 75%, is that enough?", "70%"),
    ("我们OEE是85%，订单准时交付率98%，能申报吗？", "OEE"),  # KPIs with no profile field
    ("Our OEE is 81% and inventory turnover improved 12%.", "inventory turnover"),
    ("单位产品综合能耗下降了8%，能申报先进级吗？", "单位产品综合能耗"),  # not 单位产值能耗
    ("我们产品不良率是2%，先进级够吗？", "不良率"),  # a defect rate is a level, not a reduction
    ("我们的联网率规划做到80%，先进级有戏吗？", "80%"),  # a target
    ("We aim for an NC rate of 80% next quarter.", "80%"),
    ("公司年营收超过10亿，能申报先进级吗？", "10亿"),  # a lower bound is no revenue
    ("我们公司营收2000多万，能报基础级吗？", "2000多万"),
    ("我们在亦庄，能申报基础级吗？", "亦庄"),  # the plant's place or the registration's?
    ("我们做食品的，联网率60%，先进级够吗？", "食品"),  # 食品 may be C13 or C14
    ("我们的产品不良率从3%降到了1.8%，先进级可以吗？", "3%"),  # two levels, not a reduction's size
    ("我们发生过一起较大安全事故，能申报吗？", "较大安全事故"),  # when?
    ("我们近三年没有发生过较大及以上安全事故。", "较大及以上安全事故"),  # not "none at all"
    ("Our NC rate and networking rate are both around 70%.", "70%"),  # an approximation, for both
    ("数控化率和联网率分别约为70%和65%。", "70%"),
    ("Our defect rate fell from 3% to 1.8%.", "3%"),
    ("Our maturity is level 2 or above.", "level 2"),  # a bound, not the level
    ("We digitalised production operation and warehouse logistics.", "production operation"),  # a member unknown
    ("我们做了生产作业、仓储物流和生产管理。", "生产作业"),
    # an industry's word qualifying another thing: which industry makes that thing is not said
    ("我们的产品是锂电池正极材料，数控化率80%，先进级？", "锂电池"),
    ("We make separators for lithium batteries; NC rate 80%.", "lithium batteries"),
    ("我们生产医药包装材料，联网率70%，先进级？", "医药"),
    ("我们是做服装和家纺的，联网率60%，先进级？", "服装"),  # joined to another industry's word we cannot name
    ("Our NC rate is not 70% but 68%.", "70%"),  # a level denied
    ("我们的数控化率比同行高10%，达到了78%，先进级？", "10%"),  # a level compared with the peers'
    ("We don't have bad credit, and we're not loss-making.", "loss-making"),  # not "sound for three years"
    ("We have no violations except a small fine in 2024.", "no violations"),  # not none at all
    ("我们计划下个月去海淀区备案，能申请先进级吗？", "备案"),  # a filing planned is not made
    ("Everything but design is digitalised.", "Everything but"),  # all but a part we cannot name
    # a negation of a thing named before a joiner: whether it reaches the team too is asked back
    ("We have no accidents and a dedicated smart-manufacturing team of 20. Basic level?", "dedicated"),
    ("研发设计做了，其他都做了，能申报基础级吗？", "其他"),  # named as done beside "the others": asked back
    ("基础级备案今年底前完成，能申请先进级吗？", "备案"),  # done by a day still to come: not yet made
    ("We will have filed as basic by the end of the year; can we apply for advanced?", "filed"),
    ("我们已向区里提交了基础级备案材料，还没有结果，能报先进级吗？", "备案"),  # sent in, outcome unknown
    ("We submitted our basic-level filing to Haidian but have no answer yet.", "filing"),
    ("我们总部在上海，北京子公司负责工厂运营，能报吗？", "上海"),  # the applicant may be the subsidiary
    ("我们数控化率去年是65%，今年是72%，先进级？", "65%"),  # last year's level is not today's
    ("我们一车间联网率70%，二车间60%，先进级？", "70%"),  # a workshop's rate, not the factory's
    # several plants' figure taken together: not the factory's
    ("We make valves. Across our Beijing and Tianjin plants together, networking is 70%.", "70%"),
    ("We make valves; both our plants combined reach 70% networking.", "70%"),
    ("我们是做阀门的，北京和天津两个工厂合计联网率70%，先进级？", "70%"),
    ("Registered in Tianjin in 2020, we moved our registration to Beijing Haidian in 2024.", "Tianjin"),
    ("Our dedicated team was disbanded last year.", "dedicated team"),  # had, not has
    ("我们的专业团队正在组建中，能报吗？", "专业团队"),  # being set up: not yet
]


@pytest.mark.parametrize(("q", "words"), UNREAD, ids=[u[0][:40] for u in UNREAD])
def test_what_cannot_be_bound_is_left_unread(read, q, words):
    r = read(q)
    assert any(words in u for u in r.unread), r.unread
    bound = facts(r)
    # nothing of those words became a value
    assert not any(words in f.words for f in r.facts
                   if f.path.startswith(("indicators", "annual", "industry", "domains", "maturity", "registration",
                                         "talent", "finances", "violations", "basic_filing"))), bound


@pytest.mark.parametrize("q", ["先进级联网率要达到多少？", "What NC rate must an electronics maker reach?",
                               "财务状况良好、无不良信用记录的企业能申报吗？",
                               "Can a company with a bad credit record apply?",
                               "基础级要求成熟度几级？", "先进级至少要覆盖几个建设环节？"])
def test_a_question_about_the_rules_states_no_case(read, q):
    r = read(q)
    assert not r.facts and not r.unread and not r.stated


def test_a_number_of_a_standard_is_no_value(read):
    r = read("We were assessed at maturity level 4 under GB/T 39116-2020. Advanced?")
    assert facts(r) == {"maturity_level": 4} and not r.unread


# ---- the level named, the date implied ------------------------------------------------------------
@pytest.mark.parametrize(("q", "level"), [
    ("我们还没有在区里做基础级备案，可以直接申请先进级吗？", "advanced"),
    ("We have advanced technology. Can we apply for the basic level?", "basic"),
    ("Does our factory qualify?", None),
    ("能报基础级吗？", "basic"),
])
def test_the_level_named(read, q, level):
    assert read(q).level == level


@pytest.mark.parametrize("q", ["我们已经获评基础级，现在想申请先进级，数控化率80%",
                               "We are already a recognised basic-level factory and want to apply for advanced."])
def test_holding_the_basic_level_and_applying_for_the_advanced_is_an_application(read, q):
    r = read(q)
    assert r.mode == "eligibility" and r.level == "advanced" and facts(r)["basic_filing.filed"] is True


@pytest.mark.parametrize("q", ["我们需要有专门的智能制造团队吗？", "Do we need a dedicated team?", "我们算规上企业吗？",
                               "我们不确定财务状况是否良好，能申报吗？", "Are we above designated size?"])
def test_a_statement_asked_or_doubted_is_not_read(read, q):
    assert not read(q).facts


def test_applying_in_a_later_year_dates_the_question(read):
    r = read("我们明年申报基础级，营业收入3000万元")
    assert r.as_of == date(2027, 1, 1) and facts(r)["annual_revenue_10k_cny"] == 3000


# ---- revocation: events after recognition --------------------------------------------------------
EVENTS = [
    ("认定为先进级以后，我们把注册地迁到了河北，称号会被撤销吗？",
     [{"type": "registered_address_moved", "province": "河北省"}]),
    # a move within Beijing is read as the move it is (the engine finds it no cause of art_12__item_4)
    ("After recognition we moved our registered office from Haidian to Chaoyang. Do we keep the title?",
     [{"type": "registered_address_moved", "province": "北京市"}]),
    # the headquarters is the domicile: moving it moves the registration
    ("认定为基础级之后，我们想把总部搬到河北，称号还保得住吗？",
     [{"type": "registered_address_moved", "province": "河北省"}]),
    ("After we were recognised we moved our headquarters to Tianjin. Do we keep the title?",
     [{"type": "registered_address_moved", "province": "天津市"}]),
    ("获评基础级后，工厂搬到了河北，但注册地还在北京，称号还保得住吗？", []),
    ("We hold the advanced title; last year we had a major safety accident. Will it be revoked?",
     [{"type": "accident", "grade": "major", "kind": "safety", "date": "2025-06-15"}]),
    ("获评后公司被吊销营业执照了，称号还在吗？", [{"type": "terminated"}]),
    ("认定为先进级以后，公司被依法注销了，称号会怎样？", [{"type": "terminated"}]),
    ("After being recognised we found that our application contained falsified data.",
     [{"type": "false_information"}]),
    ("评上先进级之后公司改了名字，需要做什么？", [{"type": "renamed"}]),
    ("After we were recognised as basic level, we went bankrupt in 2026. Is the title revoked?",
     [{"type": "terminated", "date": "2026-06-15"}]),
    ("After recognition we stopped production and cannot operate normally. Do we lose the title?",
     [{"type": "unable_to_operate"}]),
    ("After recognition we had a general safety incident. Is the title revoked?",
     [{"type": "accident", "grade": "general", "kind": "safety"}]),
    # each accident its own grade and kind, in one clause
    ("As a recognised smart factory, what happens if we have a larger environmental accident and a general "
     "safety accident?", [{"type": "accident", "grade": "larger", "kind": "environmental"},
                          {"type": "accident", "grade": "general", "kind": "safety"}]),
    # a grade stated apart from its accident, in the same sentence
    ("拿到先进级称号后，我们发生了突发环境事件，等级是重大，会被撤销称号吗？",
     [{"type": "accident", "grade": "major", "kind": "environmental"}]),
    ("We are a recognised basic-level smart factory. In February 2026 we had an extraordinarily serious safety "
     "accident. Do we keep the title?",
     [{"type": "accident", "grade": "extraordinary", "kind": "safety", "date": "2026-02-15"}]),
    ("获评后我们发生了一起较大环境污染事故，称号会不会被撤销？",
     [{"type": "accident", "grade": "larger", "kind": "environmental"}]),
    # never guessed: a grade not stated stays without one (the answer asks for it)
    ("我们是先进级智能工厂，发生了一起安全事故，但等级还没定，会撤销称号吗？",
     [{"type": "accident", "kind": "safety"}]),
    ("After we were recognised we had a safety accident; its grade has not been determined yet. Is it revoked?",
     [{"type": "accident", "kind": "safety"}]),
    # the 不 of 不足 negates no event
    ("拿到称号后，我们因为订单不足已经停产半年了，会不会被撤销称号？", [{"type": "unable_to_operate"}]),
    # the year of the recognition is not the event's
    ("去年拿到基础级称号后，公司停产了，注册地也迁到了河北，会不会被撤销？",
     [{"type": "unable_to_operate"}, {"type": "registered_address_moved", "province": "河北省"}]),
    ("去年获评先进级，今年公司进入了破产清算程序，称号会被撤销吗？", [{"type": "terminated", "date": "2026-06-15"}]),
    # "out of Beijing" names Beijing, not where the registration went
    ("As a recognised basic-level factory, we are moving our headquarters out of Beijing. Will it be revoked?",
     [{"type": "registered_address_moved", "province": "京外"}]),
    ("If we relocate our registration from Beijing to Hebei after recognition, would the title be revoked?",
     [{"type": "registered_address_moved", "province": "河北省"}]),
    # ways of saying the factory is recognised
    ("我们是北京市基础级智能工厂，公司准备更名，需要做什么？", [{"type": "renamed"}]),
    ("We have had the advanced title since 2025; our company merged with another firm. Do we keep it?",
     [{"type": "reorganised"}]),
    ("被认定为基础级后，我们因申报材料造假被处罚了，称号还能保留吗？",
     [{"type": "false_information"}, {"type": "penalty"}]),
    ("作为先进级智能工厂，我们公司因经营不善已经倒闭了，称号怎么办？", [{"type": "terminated"}]),
    ("Our company was recognised as an advanced-level smart factory in 2025. In April 2026 it was struck off the "
     "register. Is the title revoked?", [{"type": "terminated", "date": "2026-04-15"}]),
    ("After receiving the basic title, we found our consultant had fabricated figures in our application.",
     [{"type": "false_information"}]),
    ("Since we were recognised, production has been suspended and the business cannot continue. Do we keep it?",
     [{"type": "unable_to_operate"}]),
    # a month of a relative year; the recognition's year is not the event's
    ("我司2025年被评为北京市基础级智能工厂，今年3月营业执照被吊销了，称号还有效吗？",
     [{"type": "terminated", "date": "2026-03-15"}]),
    ("We were recognised at the basic level last year and have since moved our HQ from Haidian to Yizhuang. "
     "Does that affect the title?", [{"type": "registered_address_moved", "province": "北京市"}]),
    # one accident named twice: what it was classed as is its grade
    ("获评基础级后，我们的质量事故被认定为较大事故，称号保得住吗？",
     [{"type": "accident", "grade": "larger", "kind": "quality"}]),
    ("We hold the advanced title. Last year there was a serious fire classed as a major safety accident. Revoked?",
     [{"type": "accident", "grade": "major", "kind": "safety", "date": "2025-06-15"}]),
    # the smart factory of the title is not the plant; "from Beijing" is where the move started
    ("We are a recognised smart factory and are moving our registered office from Beijing to Shenzhen. Do we keep "
     "the title?", [{"type": "registered_address_moved", "province": "广东省"}]),
    ("认定为先进级以后，公司注册地从北京迁到了天津，称号还保留吗？",
     [{"type": "registered_address_moved", "province": "天津市"}]),
    # never guessed: a move whose destination is not said stays without one
    ("After recognition we moved our registered office. Do we keep the title?", [{"type": "registered_address_moved"}]),
]


EVENTS += [
    # the title named in the question ("what happens to the title"), and forged papers
    ("It turned out that our application for the advanced level contained falsified data. What happens to the "
     "title?", [{"type": "false_information"}]),
    ("We later learned that our consultant submitted forged certificates in our basic-level application; we are "
     "recognised now. What happens?", [{"type": "false_information"}]),
]


@pytest.mark.parametrize(("q", "events"), EVENTS, ids=[e[0][:40] for e in EVENTS])
def test_events_after_recognition(read, q, events):
    r = read(q)
    assert r.mode == "revocation"
    assert [e.as_dict() for e in r.events] == events
    assert all(e.words in q for e in r.events)


# said not to have happened, or the plant moved only: no event, but what the question speaks of is kept
# (``considered``) so that the answer can say why the title stays
NO_EVENT = [
    ("已经评为基础级了，我们从来没有发生过重大安全事故，称号没问题吧？", ["accident"]),
    ("We have held the advanced title since 2025 and have never had a major accident. Can it be revoked?",
     ["accident"]),
    ("获评后我们的生产基地搬到了上海，但注册地还在北京，称号还在吗？", ["registered_address_moved"]),
    # a smart factory without the title's level is the plant
    ("获评以后，我们的智能工厂整体搬到了河北，称号还在吗？", ["registered_address_moved"]),
    ("Since we got the basic title we moved our production plant to Tianjin, but the company is still registered "
     "in Beijing. Do we keep the title?", ["registered_address_moved"]),
]


@pytest.mark.parametrize(("q", "considered"), NO_EVENT, ids=[e[0][:40] for e in NO_EVENT])
def test_events_said_not_to_have_happened_are_not_events(read, q, considered):
    r = read(q)
    assert r.mode == "revocation" and r.events == [] and r.considered == considered and r.stated


def test_a_question_about_the_rules_from_a_recognised_factory_states_no_case(read):
    r = read("获评后称号的有效期是多久？")
    assert not r.stated


def test_the_contract_shape(read):
    out = read("我们智能制造能力成熟度只有一级，能报基础级吗？").as_facts()
    assert out == {"mode": "eligibility", "level": "basic", "profile": {"maturity_level": 1},
                   "spans": {"maturity_level": "成熟度只有一级"}, "unread": []}
    rev = read("认定为先进级以后，公司被依法注销了，称号会怎样？").as_facts()
    assert rev["mode"] == "revocation" and rev["events"] == [{"type": "terminated"}] and rev["spans"]


@pytest.mark.parametrize("q", [
    "Our company was dissolved and deregistered last month. What happens to our basic-level smart factory title?",
    "Our plant was dissolved last month. Do we keep our advanced-level smart factory title?",
    "We went bankrupt in March. Can the advanced-level title stand?",
])
def test_the_title_named_with_its_level_asks_of_revocation(read, q):
    """'our basic-level smart factory title': words between 'our' and 'title' still say the title is held."""
    r = read(q)
    assert r.mode == "revocation"
    assert [e.type for e in r.events] == ["terminated"]


# ---- the industry a product or an activity names (GB/T 4754-2017 divisions; issue 17) -----------
# A material's word before a product's noun names what the product is made of, not the trade; a
# thing recycled or repaired is not the trade that makes it; a second trade named is asked back.
# None: no industry is read, and the words that could name it are left unread (asked back).
INDUSTRIES = [
    ("我们是做铝合金门窗的，设备联网率70%，能申报基础级吗？", "C33"),  # metal doors and windows, not C32
    ("我们做铝合金窗框，设备联网率70%，先进级？", None),  # a product the thesaurus does not name: not C32
    ("我们是做铝合金的，设备联网率70%，先进级？", "C32"),  # the material alone is the trade
    ("我们生产铝合金型材，设备联网率70%，先进级？", "C32"),  # the material's own semi-finished form
    ("我们生产塑料玩具，设备联网率65%，先进级？", "C24"),
    ("我们生产塑料薄膜，设备联网率65%，先进级？", "C29"),
    ("我们是做钢制家具的，设备联网率58%，先进级？", "C21"),
    ("We make stainless-steel cookware; equipment networking rate 68%.", "C33"),
    ("We make steel shelving; equipment networking rate 68%.", None),  # not C31
    ("We make steel for the automotive industry; equipment networking rate 68%.", "C31"),
    ("We make steel pipes; equipment networking rate 68%.", "C31"),
    ("We make plastic furniture; equipment networking rate 60%.", "C21"),
    ("We make aluminium die castings; equipment networking rate 66%.", "C33"),
    ("We make steel and aluminium products; equipment networking rate 66%.", None),  # whose products?
    ("我们做铝合金窗框和钢结构，设备联网率70%，先进级？", None),  # the frames' trade is not named
    ("我们生产塑料袋，设备联网率70%，先进级？", "C29"),  # a plastic product named as such
    ("我们生产塑料鞋，设备联网率70%，先进级？", "C19"),  # plastic shoes are C19's (C1953 塑料鞋制造), not plastics' C29
    # "instruments" alone name no division: medical (C35), musical (C24) or measuring ones (C40)
    ("We make medical instruments; NC rate 80%.", "C35"),
    ("We make measuring instruments; NC rate 80%.", "C40"),
    ("We make precision instruments; NC rate 80%.", None),
    ("We make glass bottles; equipment networking rate 70%.", "C30"),
    ("We make steel wire rope; equipment networking rate 70%.", "C33"),  # C3340 金属丝绳, not the wires' C38
    ("我们做再生塑料颗粒，设备联网率70%，先进级？", None),  # recycled plastics: C42, not C29's
    ("我们做电梯维保，设备联网率70%，先进级？", None),  # servicing lifts is not making them (C34)
    ("我们为汽车厂提供模具，设备联网率70%，先进级？", "C35"),  # moulds are 3525, C35's
    ("我们是废旧动力电池回收利用企业，设备联网率75%，先进级？", "C42"),
    ("我们从事废旧手机回收，设备联网率75%，先进级？", "C42"),
    ("我们是飞机维修企业，关键工序数控化率72%，先进级？", "C43"),
    ("We are an aircraft maintenance company; NC rate 72%.", "C43"),
    ("我们是做汽车维修的，设备联网率60%，能申报基础级吗？", "O81"),  # O81 (not industry), not C36 nor C43
    ("我们做家电维修，设备联网率60%，能申报基础级吗？", "O81"),
    ("我们做服装，也做鞋，设备联网率60%，先进级？", None),  # two trades
    ("我们做衬衫，也做西装，设备联网率60%，先进级？", "C18"),  # one trade named twice
    # a verb that states the making (helper verbs7): the thing after it is made here
    ("We bottle mineral water; equipment networking rate 70%.", "C15"),
    ("We mill flour; equipment networking rate 60%.", "C13"),
    ("We roll steel; key process NC rate 80%.", "C31"),
    ("We dye and finish textiles; networking rate 65%.", "C17"),
    ("We distil spirits; networking rate 66%.", "C15"),
    ("We smelt copper; key process NC rate 76%.", "C32"),
    ("We cast aluminium wheels; networking rate 70%.", "C36"),
    ("我们灌装矿泉水，设备联网率70%，先进级？", "C15"),
    ("我们轧制钢材，关键工序数控化率80%，先进级？", "C31"),
    ("我们冶炼铜，关键工序数控化率76%，先进级？", "C32"),
    # a plant run is the trade; a system run is used, and a thing's maker is not read from a customer
    ("We run a refinery; key process NC rate 78%.", "C25"),
    ("We run an MES platform for refineries; networking rate 70%.", None),
    # repairing machines for others, in the repair trade's own words, is C43; the factory's own machines are not
    ("We overhaul CNC machine tools for other factories; networking rate 70%.", "C43"),
    ("我们为其他工厂维修数控机床，设备联网率70%，先进级？", "C43"),
    ("We overhaul our own CNC machine tools every year; we make pumps. NC rate 70%.", "C34"),
    ("我们维修自己的数控机床，我们生产水泵，关键工序数控化率70%，先进级？", "C34"),
    ("We make garments and also shoes; equipment networking rate 60%.", None),
    ("We make sensors and we also make use of AI; equipment networking rate 60%.", "C39"),  # no second trade
    ("我们既做饲料又做兽药，设备联网率70%，先进级？", None),
    ("我们给手机厂商供应玻璃盖板，设备联网率72%，先进级？", None),  # not C30, nor C39
    ("We run a coal mine; equipment networking rate 60%.", "B06"),
    ("我们是开采铁矿的，设备联网率61%，能申报基础级吗？", "B08"),
    ("We mine iron ore; equipment networking rate 61%.", "B08"),
    ("我们开采稀土，设备联网率61%，能申报基础级吗？", None),  # extracted: B09, not C32's separation; asked
    ("We mine copper; equipment networking rate 61%.", None),  # not C32's smelting
    ("我们是热电联产企业，设备联网率66%，基础级？", "D44"),
    ("We are a city gas supplier; equipment networking rate 64%.", "D45"),
    ("We make shipping containers; equipment networking rate 67%.", "C33"),  # not C37's ships
    # the classes of GB/T 4754-2017 named by their products (products.ttl's last block)
    ("我们生产速冻饺子和汤圆，联网率60%，先进级？", "C14"),
    ("我们生产瓦楞纸箱，联网率60%，先进级？", "C22"),
    ("我们是做吉他的，联网率60%，先进级？", "C24"),
    ("我们生产铜杆，联网率60%，先进级？", "C32"),
    ("我们生产挖掘机，联网率60%，先进级？", "C35"),
    ("我们生产地铁车辆，联网率60%，先进级？", "C37"),
    ("我们生产电能表，联网率60%，先进级？", "C40"),
    ("我们生产智能手表，联网率60%，先进级？", "C39"),  # 3961 wearables, not C40's watches
    ("我们生产羽绒服，联网率60%，先进级？", "C18"),  # garments, not C19's down
    ("We make sausages; networking rate 60%.", "C13"),
    ("We make infant formula; networking rate 60%.", "C14"),
    ("We make office chairs; networking rate 60%.", "C21"),
    ("We make LED lighting; networking rate 60%.", "C38"),
    ("We make metro cars; networking rate 60%.", "C37"),  # not C36's cars
    ("We make rebar; networking rate 60%.", "C31"),
    ("We make brake systems; networking rate 60%.", "C36"),
    ("We produce industrial gases; networking rate 60%.", "C26"),
    ("We make petrol and diesel; networking rate 60%.", "C25"),
]


@pytest.mark.parametrize(("q", "code"), INDUSTRIES, ids=[c[0][:40] for c in INDUSTRIES])
def test_the_industry_a_product_names(read, q, code):
    r = read(q)
    got = facts(r).get("industry_code")
    if code is None:
        assert got is None, got
        assert r.unread, "the words that could name the industry are asked back"
    else:
        assert got is not None and got.startswith(code), (got, r.unread)  # a class word reads its class


@pytest.mark.parametrize("q", ["我们生产塑料玩具，设备联网率65%，先进级？",
                               "We make steel office furniture; equipment networking rate 58%."])
def test_a_material_explained_by_its_product_is_not_asked_back(read, q):
    """The material's word is the product's material: once the product's industry is read, nothing is left."""
    r = read(q)
    assert facts(r).get("industry_code") and not r.unread, r.unread
# ---- two lists side by side, numbers before their names (issue 17, cases_reading_5) -----------------
NC, NET, LAB, DEF, EN = ("indicators.key_process_nc_rate", "indicators.equipment_networking_rate",
                         "indicators.labor_productivity_gain", "indicators.defect_rate_reduction",
                         "indicators.energy_per_output_reduction")
LISTS = [
    # a slashed list of names and one of numbers, as long as each other: in order
    ("NC/networking: 74%/61%. Can we apply for advanced?", {NC: 74, NET: 61}),
    ("联网率/数控化率：66%/79%，够先进级吗？", {NET: 66, NC: 79}),
    # numbers first, then their names, in order
    ("81% and 70% are our networking and NC rates. Advanced?", {NET: 81, NC: 70}),
    ("80%和65%分别是我们的联网率和数控化率。", {NET: 80, NC: 65}),
    # the numbers after "respectively", over commas; a name's own words give its direction
    ("NC rate, energy saving per unit of output value and networking rate were respectively 77%, 6% and 70%.",
     {NC: 77, EN: 6, NET: 70}),
    ("Our networking rate and the reduction in energy consumption per unit of output value were 73% and 5% "
     "respectively.", {NET: 73, EN: 5}),
    ("数控化率、单位产值能耗降低、不良率下降分别为82%、6%和3%。", {NC: 82, EN: 6, DEF: 3}),
    # a share written before what it is a share of
    ("68% of our key processes are numerically controlled and 61% of our production equipment is networked.",
     {NC: 68, NET: 61}),
    ("我们75%的关键工序实现了数控化，62%的生产设备已联网。", {NC: 75, NET: 62}),
    # a target in brackets beside a value: the value is read, the target not
    ("Our networking rate is 69% (target: 80%) and our NC rate 71%.", {NET: 69, NC: 71}),
    ("数控化率70%（去年65%）和联网率60%。", {NC: 70, NET: 60}),
    # words in brackets with no number are an aside, not a clause of their own
    ("Our networking rate (production equipment) is 72%.", {NET: 72}),
    # a change said between the lists is every member's; what follows a joiner is another statement
    ("Defect rate and energy per unit of output value fell 5% and 3% respectively.", {DEF: 5, EN: 3}),
    ("不良率、能耗分别下降了3%和5%。", {DEF: 3, EN: 5}),
    ("Our NC/networking rates are 69%/63% and labour productivity is up 9%.", {NC: 69, NET: 63, LAB: 9}),
]


@pytest.mark.parametrize(("q", "want"), LISTS, ids=[c[0][:40] for c in LISTS])
def test_two_lists_pair_in_order(read, q, want):
    assert facts(read(q)) == want


LISTS_UNREAD = [
    ("NC/networking: 74%. Can we apply for advanced?", "74%"),  # two names, one number
    ("NC rate, networking rate and energy saving per unit of output value are 71% and 65% respectively.", "71%"),
    ("72%/68% NC rate, is that enough?", "72%"),  # two numbers, one name
    ("About 80% of our production equipment is networked.", "80%"),  # a bound before the number
    ("Our networking rate is 69% (target: 80%).", "80%"),
    ("NC and networking rates are 5% and 3% higher than our peers'.", "5%"),  # compared, not reached
    ("72% and 66% were our NC and networking rates last year.", "72%"),  # a past year's
    ("We plan NC/networking of 80%/75% next year.", "80%"),  # a plan
    ("数控化率、联网率分别下降了3%和5%。", "3%"),  # a change of a rate is not the rate
]


@pytest.mark.parametrize(("q", "words"), LISTS_UNREAD, ids=[u[0][:40] for u in LISTS_UNREAD])
def test_lists_that_do_not_pair_are_left_unread(read, q, words):
    r = read(q)
    assert any(words in u for u in r.unread), r.unread
    assert not any(words in f.words for f in r.facts if f.path.startswith("indicators")), facts(r)


# ---- trades run, not made (sections B, D, G), and the registered office (issue 17) -------------------
FRAMES = [
    ("We run a coal mine; networking rate 58%.", {"industry_code": "B06", NET: 58}),
    # the class the words fix (depth21): D4610 自来水生产和供应, D4412 热电联产
    ("We operate a waterworks, NC rate 66%.", {"industry_code": "D4610", NC: 66}),
    ("We are a CHP plant with an NC rate of 72%.", {"industry_code": "D4412", NC: 72}),
    ("We run a combined heat and power plant; networking 81%.", {"industry_code": "D4412", NET: 81}),
    ("We provide warehousing services; networking rate 92%.", {"industry_code": "G59", NET: 92}),
    ("我们是做仓储的，联网率85%。", {"industry_code": "G59", NET: 85}),
    # only used or served: no trade of the asker's
    ("We buy coal from a coal mine; networking rate 58%.", {NET: 58}),
    ("We sell control software to waterworks; NC rate 66%.", {NC: 66}),
    # the registered office is the registration, the factory is not
    ("Our registered office is in Tianjin but our factory is in Beijing. NC rate 70%.",
     {"registration.province": "天津市", NC: 70}),
    ("Our registered address is in Chaoyang, Beijing; the plant is in Hebei.",
     {"registration.province": "北京市", "registration.district": "朝阳区"}),
]


@pytest.mark.parametrize(("q", "want"), FRAMES, ids=[c[0][:40] for c in FRAMES])
def test_trades_run_and_the_registered_office(read, q, want):
    assert facts(read(q)) == want


# ---- a trade's word before another statement; an improvement named with its direction "reached" ------
STATEMENTS_AFTER = [
    ("We make routers and reach 79% on NC.", {"industry_code": "C3921", NC: 79}),
    ("We make paper and have a networking rate of 64%.", {"industry_code": "C22", NET: 64}),
    ("Our defect rate reduction reached 5% and NC rate is 70%.", {DEF: 5, NC: 70}),
    ("单位产值能耗降低达到了6%，数控化率72%。", {EN: 6, NC: 72}),
]


@pytest.mark.parametrize(("q", "want"), STATEMENTS_AFTER, ids=[c[0][:40] for c in STATEMENTS_AFTER])
def test_a_trade_before_another_statement_and_an_improvement_reached(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q", ["Our defect rate fell to 2%.", "不良率降到了2%。", "We make shoes and bags; NC 70%."])
def test_a_level_reached_by_a_fall_and_a_trade_joined_to_an_unknown_one_stay_unread(read, q):
    got = facts(read(q))
    assert DEF not in got and "industry_code" not in got, got


# ---- several accidents or penalties in one question (issue 17) ----------------------------------------
SEVERAL = [
    ("We were fined on 2024-02-10 and again on 2025-11-03.",
     {"violations.0.date": "2024-02-10", "violations.1.date": "2025-11-03"}),
    ("我们2024年2月10日和2025年11月3日各被罚款一次。",
     {"violations.0.date": "2024-02-10", "violations.1.date": "2025-11-03"}),
    ("We had a larger safety accident on 2024-04-04 and a general quality accident on 2025-12-01.",
     {"incidents.0.kind": "safety", "incidents.0.grade": "larger", "incidents.0.date": "2024-04-04",
      "incidents.1.kind": "quality", "incidents.1.grade": "general", "incidents.1.date": "2025-12-01"}),
    ("2024年4月4日发生一起较大安全事故，2025年12月1日又发生一起一般环境事故。",
     {"incidents.0.kind": "safety", "incidents.0.grade": "larger", "incidents.0.date": "2024-04-04",
      "incidents.1.kind": "environmental", "incidents.1.grade": "general", "incidents.1.date": "2025-12-01"}),
    # one accident named twice is one
    ("A fire on 2025-03-02 was classed as a general safety accident.",
     {"incidents.0.kind": "safety", "incidents.0.grade": "general", "incidents.0.date": "2025-03-02"}),
]


@pytest.mark.parametrize(("q", "want"), SEVERAL, ids=[c[0][:40] for c in SEVERAL])
def test_several_events_each_with_its_date(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q", ["We had two general safety accidents last year.", "去年我们发生过两起一般安全事故。",
                               "We were fined twice in 2025.", "我们去年被罚款两次。",
                               "We were fined between 2024-02-10 and 2025-11-03."])
def test_several_events_with_one_date_are_asked_back(read, q):
    r = read(q)
    assert not any(p.startswith(("incidents", "violations")) for p in facts(r)) and r.unread, facts(r)


# ---- an English amount in words (issue 17): read when exact, asked back when approximate ----------------
@pytest.mark.parametrize(("q", "want"), [
    ("Our revenue is twenty-five million yuan.", {"annual_revenue_10k_cny": 2500}),
    ("Annual revenue: RMB two hundred and fifty million.", {"annual_revenue_10k_cny": 25000}),
])
def test_revenue_in_words(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q", ["Revenue is just under twenty million yuan.", "Our revenue is a little over twenty "
                               "million yuan.", "Revenue was nearly thirty million yuan last year."])
def test_revenue_in_words_approximated_is_asked_back(read, q):
    r = read(q)
    assert "annual_revenue_10k_cny" not in facts(r)
    assert any("annual_revenue_10k_cny" in a.fields for a in r.asks.values()), r.asks


# ---- a level named in a question about the rules is no case's level (issue 17) ---------------------------
@pytest.mark.parametrize(("q", "level"), [
    ("先进级的运营管理环节包括什么？", None),
    ("基础级的研发设计环节有哪些要求？", None),
    ("What must the advanced level cover in production management?", None),
    ("我们能报先进级吗？有哪些要求？", "advanced"),  # the asker's own case
    ("能报基础级吗？", "basic"),
    ("We have an NC rate of 70%. What about the basic level?", "basic"),
])
def test_a_level_in_a_question_about_the_rules(read, q, level):
    r = read(q)
    assert r.level == level and (level is not None or not r.stated)


# ---- two trades run, a bound in other words, a share word that is no indicator (issue 17) ---------------
@pytest.mark.parametrize(("q", "absent"), [
    ("We run a coal mine and a power plant; NC rate 70%.", "industry_code"),  # two trades: which is ours?
    ("Revenue just shy of 20 million yuan; NC rate 70%.", "annual_revenue_10k_cny"),
    ("Revenue in excess of RMB 30 million; NC rate 70%.", "annual_revenue_10k_cny"),
    ("我们数控化改造投入占营收30%。", NC),  # a share of spending, not of key processes
    # a trade joined to words we cannot name beside another trade: which is the enterprise's?
    ("We make chemicals and run our own CHP plant; NC rate 75%.", "industry_code"),
])
def test_not_guessed(read, q, absent):
    assert absent not in facts(read(q))


# ---- a goal beside a value: the value is read, the goal left; a sentence led by a goal reads none --------
@pytest.mark.parametrize(("q", "want", "goal"), [
    ("NC rate 70% against a target of 80%.", {NC: 70}, "target of 80%"),
    ("Networking at 66% with a 75% target.", {NET: 66}, "75% target"),
    ("We make chips: NC rate 85% against a target of 90%, networking 72%.",
     {"industry_code": "C3973", NC: 85, NET: 72}, "target of 90%"),
    ("Our goal: NC rate 80%, networking 75%.", {}, "networking 75%"),
    ("目标：数控化率80%，联网率75%。", {}, "联网率75%"),
    ("我们计划明年申报先进级，数控化率80%，联网率75%。", {"as_of": "2027-01-01", NC: 80, NET: 75}, None),
])
def test_a_goal_beside_a_value(read, q, want, goal):
    r = read(q)
    assert facts(r) == want
    assert goal is None or goal in r.unread, r.unread


# ---- a question about the rules in the first person states nothing; the value before it is read (issue 17) ----
@pytest.mark.parametrize(("q", "want"), [
    ("Does the applicant have to be a company registered in Beijing?", {}),
    ("Do we have to be registered in Beijing to apply?", {}),
    ("Must our company be registered in Beijing, or is a Beijing factory enough?", {}),
    ("Do we need 70% networking for the basic level?", {}),
    ("Do we need maturity level 2 under GB/T 39116-2020?", {}),
    ("What do we actually have to have built before we can apply?", {}),
    ("申报主体必须在北京注册吗？", {}),
    ("我们需要有专门的团队吗？", {}),
    ("我们需要有专门的人才队伍和组织机制吗？", {}),
    ("我们的设备联网率需要达到多少才能评先进级？", {}),
    ("Our NC rate is 72%. Do we need more for the advanced level?", {NC: 72}),
    ("我们联网率75%，先进级需要达到多少？", {NET: 75}),
    ("We have a dedicated smart-manufacturing team. Do we also need an organisation for planning?",
     {"talent_team": True}),
])
def test_a_rule_asked_in_the_first_person(read, q, want):
    r = read(q)
    assert facts(r) == want, r.facts


# ---- a registration joined to the plant: the place named after both is the registration's too ----------
@pytest.mark.parametrize(("q", "want"), [
    ("Our registered office and factory are both in Tianjin. Can we apply?", {"registration.province": "天津市"}),
    ("我们的注册地和工厂都在天津，能报吗？", {"registration.province": "天津市"}),
    ("We are registered in Tianjin and our factory is in Beijing.", {"registration.province": "天津市"}),
    ("Our registered office and factory are in Tianjin and Beijing respectively.", {}),
])
def test_registration_joined_to_the_plant(read, q, want):
    assert {k: v for k, v in facts(read(q)).items() if k.startswith("registration")} == want


# ---- rates of several plants: each plant's, not the enterprise's: asked back, never one taken ----------
@pytest.mark.parametrize(("q", "field"), [
    ("Our plant in Hebei is 80% networked, our Beijing one 60%. Advanced level?", NET),
    ("我们河北工厂联网率80%，北京工厂联网率60%，先进级够吗？", NET),
    ("Our Tianjin plant has an NC rate of 75% and our Beijing plant 68%. Basic level?", NC),
])
def test_rates_of_several_plants_are_asked_back(read, q, field):
    r = read(q)
    assert not any(k.startswith("indicators") for k in facts(r)), r.facts
    assert sum(field in a.fields for a in r.asks.values()) == 2, r.asks
    assert not any("registration.province" in a.fields for a in r.asks.values()), r.asks


@pytest.mark.parametrize(("q", "want"), [
    ("Our plant in Beijing is 80% networked. Advanced level?", {NET: 80}),
    ("We are registered in Tianjin; our factory in Beijing has 80% networking and a 70% NC rate.",
     {"registration.province": "天津市", NET: 80, NC: 70}),
])
def test_one_plant_named_with_its_place_is_read(read, q, want):
    assert facts(read(q)) == want


# ---- a rate said as a fraction is approximate: left unread and asked back, never guessed ----------------
@pytest.mark.parametrize(("q", "want", "asked"), [
    ("我们的关键工序数控化率大约七成，能报先进级吗？", {}, NC),  # (七成 alone is 70%: tests/test_numbers16.py)
    ("我们三分之二的设备已联网，基础级够吗？", {}, NET),
    ("About two thirds of our equipment is networked. Basic level?", {}, NET),
    ("Our networking rate is roughly three quarters and our NC rate is 70%. Advanced level?", {NC: 70}, NET),
    ("Half of our key processes are numerically controlled. Basic level?", {}, NC),
])
def test_a_rate_as_a_fraction_is_asked_back(read, q, want, asked):
    r = read(q)
    assert facts(r) == want, r.facts
    assert any(asked in a.fields for a in r.asks.values()), r.asks


@pytest.mark.parametrize(("q", "want"), [
    ("In the first half of 2026 our NC rate was 70%.", {NC: 70}),  # (of 2025: a past year's level, asked back)
    ("我们联网率要达到七成吗？", {}),
    ("我们联网率要达到70%吗？", {}),
])
def test_no_fraction_asked_where_none_is_stated(read, q, want):
    r = read(q)
    assert facts(r) == want and not r.unread, (r.facts, r.unread)


@pytest.mark.parametrize(("q", "lang"), [
    ("We had a major (重大) safety accident in 2025. Can we still apply?", "en"),
    ("Is 较大 the grade that disqualifies an applicant?", "en"),
    ("我们的MES和ERP算哪个环节？", "zh"),
    ("我们有MES、ERP、WMS、APS、PLM、SCADA，覆盖哪些环节？", "zh"),
    ("OEE是什么？", "zh"),
    ("What is the networking threshold for electronics makers?", "en"),
])
def test_the_questions_language_is_what_most_of_it_is_written_in(q, lang):
    """English glossing a Chinese term or two stays English; Chinese quoting English system names stays Chinese."""
    from kg_service.questions.text import detect_language

    assert detect_language(q) == lang
