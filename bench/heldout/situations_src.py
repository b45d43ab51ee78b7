# ruff: noqa: E501  (data: one case a few lines)
"""Held-out questions that state the asker's case, written by hand from the measures (not from the service).

Each case: ``q``, ``lang``, ``level``; ``expect`` (dotted field path -> the value the words state, and only
what they state unambiguously); ``ambiguous`` (words planted so that a careful reader does NOT bind them:
KPIs with no profile field, rates that are not reductions, targets, bare numbers, places that are not the
registration); ``assume`` (what the words imply but do not spell as a field value -- e.g. a date for "the
year before last" -- used only to derive the status, never scored); ``ask`` (eIds of the conditions whose
status derive.py computes from the measures) or ``revoke`` (the art_12 cause that applies, or False).
Statuses assume the question is asked on the day the scorer runs, in December 2026 (see README.md).
"""
NC, LP, DR = "indicators.key_process_nc_rate", "indicators.labor_productivity_gain", "indicators.defect_rate_reduction"
NW, EN = "indicators.equipment_networking_rate", "indicators.energy_per_output_reduction"
IC, ML, DOM = "industry_code", "maturity_level", "domains"
PROV, DIST = "registration.province", "registration.district"
FC, RD, PO, PM, OM = ("factory_construction", "rd_design", "production_operation", "production_management",
                      "operations_management")
ALL5 = [FC, RD, PO, PM, OM]
IND = "att_2__sec_2"


def zh(q, level, expect, ask=None, **kw):
    return dict(q=q, lang="zh", level=level, expect=expect, **({"ask": ask} if ask is not None else {}), **kw)


def en(q, level, expect, ask=None, **kw):
    return dict(q=q, lang="en", level=level, expect=expect, **({"ask": ask} if ask is not None else {}), **kw)


CASES = [
    # ---- advanced indicators, zh -------------------------------------------------------------------------------
    zh("我们是做锂电池的，关键工序数控化率72%，生产设备联网率63%，人均劳动生产率提升9%，产品不良率下降4.5%，能达到先进级指标要求吗？",
       "advanced", {IC: "C38", NC: 72, NW: 63, LP: 9, DR: 4.5}, [IND]),
    zh("电子产品制造商，联网率72%，数控化率78%，不良率降了3%，劳动生产率提升10%，单位产值能耗降低7%。先进级的五项指标我们达标几项？",
       "advanced", {IC: "C39", NW: 72, NC: 78, DR: 3, LP: 10, EN: 7}, [IND]),
    zh("家具厂，关键工序数控化率66%，设备联网率50%，单位产值能耗下降3.5%，人均劳动生产率提高11%，申请先进级指标够不够？",
       "advanced", {IC: "C21", NC: 66, NW: 50, EN: 3.5, LP: 11}, [IND]),
    zh("我们是制药企业，五项指标：数控化率82%、人均劳动生产率提升7%、不良率下降6%、联网率69%、单位产值能耗降低4%，先进级成效达标吗？",
       "advanced", {IC: "C27", NC: 82, LP: 7, DR: 6, NW: 69, EN: 4}, [IND]),
    zh("汽车零部件企业，关键工序数控化率68%，联网率64%，不良率下降4.8%，劳动生产率提升7.5%，能耗降低4.9%，申报先进级行不行？",
       "advanced", {IC: "C36", NC: 68, NW: 64, DR: 4.8, LP: 7.5, EN: 4.9}, [IND]),
    zh("钢铁企业：关键工序数控化率76%，生产设备联网率74%，单位产值能源消耗降低11%，产品不良率下降2%，先进级三项指标够了吗？",
       "advanced", {IC: "C31", NC: 76, NW: 74, EN: 11, DR: 2}, [IND]),
    zh("乳制品工厂，生产设备联网率58%，关键工序数控化率60%，其他指标还没统计。先进级指标能过吗？",
       "advanced", {IC: "C14", NW: 58, NC: 60}, [IND]),
    zh("我们做医疗器械，数控化率75%、联网率70%、不良率下降6%。先进级的指标要求达到了吗？",
       "advanced", {IC: "C35", NC: 75, NW: 70, DR: 6}, [IND]),
    zh("化纤企业，联网率80%，数控化率70%，人均劳动生产率提升12%，不良率下降1.5%，单位产值能耗降低9%，先进级指标是否满足？",
       "advanced", {IC: "C28", NW: 80, NC: 70, LP: 12, DR: 1.5, EN: 9}, [IND]),
    zh("我们是芯片封测厂，关键工序数控化率85%，设备联网率90%，先进级指标满足了吗？",
       "advanced", {IC: "C39", NC: 85, NW: 90}, [IND]),
    zh("我们是家电企业，两个指标分别是70%和8%，另外不良率下降了6%，先进级指标够吗？",
       "advanced", {IC: "C38", DR: 6}, [IND], ambiguous=["70%", "8%"]),
    zh("印刷企业，OEE提升了6%，生产设备联网率60%，关键工序数控化率70%，先进级指标达标了吗？",
       "advanced", {IC: "C23", NW: 60, NC: 70}, [IND], ambiguous=["6%"]),
    zh("造纸厂，单位产品综合能耗降低8%，数控化率70%，联网率60%，人均劳动生产率提升10%。先进级够吗？",
       "advanced", {IC: "C22", NC: 70, NW: 60, LP: 10}, [IND], ambiguous=["8%"]),
    zh("我们是啤酒厂，产品不良率0.8%，数控化率67%，联网率57%，单位产值能耗下降4%，先进级行吗？",
       "advanced", {IC: "C15", NC: 67, NW: 57, EN: 4}, [IND], ambiguous=["0.8%"]),
    zh("水泥企业，关键工序数控化率80%，联网率78%，单位产值能耗降低12%，劳动生产率提升9%，不良率下降1%；先进级指标达标吗？",
       "advanced", {IC: "C30", NC: 80, NW: 78, EN: 12, LP: 9, DR: 1}, [IND]),
    zh("我们做轴承，规上企业，北京昌平注册，成熟度三级，数控化率73%，联网率66%，人均劳动生产率提升9%，先进级指标够吗？",
       "advanced", {IC: "C34", "above_designated_size": True, PROV: "北京", DIST: "昌平", ML: 3, NC: 73, NW: 66, LP: 9},
       [IND, "art_5__item_7"]),
    zh("我们是做光伏组件的，联网率66%，不良率下降5%，单位产值能耗降低6%，数控化率69%，先进级怎么样？",
       "advanced", {IC: "C38", NW: 66, DR: 5, EN: 6, NC: 69}, [IND]),
    zh("肉制品加工企业，数控化率70%，联网率50%，不良率下降4%，能耗降低5%，劳动生产率提升10%，先进级行吗？",
       "advanced", {IC: "C13", NC: 70, NW: 50, DR: 4, EN: 5, LP: 10}, [IND]),
    zh("我们做铝型材（有色金属压延），关键工序数控化率80%，生产设备联网率72%，不良率下降1.8%，单位产值能耗下降10%，先进级指标达标吗？",
       "advanced", {IC: "C32", NC: 80, NW: 72, DR: 1.8, EN: 10}, [IND]),
    zh("我们的数控化率和联网率都是75%，做化工的，先进级指标够吗？",
       "advanced", {IC: "C26", NC: 75, NW: 75}, [IND]),
    zh("我们是一家新能源汽车整车厂，成熟度四级，近三年无不良信用记录，数控化率75%、联网率68%、不良率下降5%，能申报先进级吗？",
       "advanced", {IC: "C36", ML: 4, "bad_credit_record": False, NC: 75, NW: 68, DR: 5}, [IND, "art_5__item_7"]),
    zh("我们是做中成药的，成熟度二级，关键工序数控化率80%，联网率70%，单位产值能耗降低3%，不良率下降4%，人均劳动生产率提升7%，离先进级还差几项？",
       "advanced", {IC: "C27", ML: 2, NC: 80, NW: 70, EN: 3, DR: 4, LP: 7}, [IND, "art_5__item_7"]),
    zh("成熟度只有一级，但指标都很好：数控化率90%，联网率88%，我们是做通信设备的，先进级能报吗？",
       "advanced", {ML: 1, NC: 90, NW: 88, IC: "C39"}, ["art_5__item_7", IND]),
    zh("我们有数字化转型达标认定，联网率60%，数控化率70%，做服装的，成熟度三级，能报先进级吗？",
       "advanced", {"digital_transformation_compliant": True, NW: 60, NC: 70, IC: "C18", ML: 3}, [IND, "art_5__item_7"]),
    zh("厂房和产线都建好了，还没投产，联网率65%，数控化率70%，做汽车零部件的，先进级行吗？",
       "advanced", {"factory_built": True, "factory_in_operation": False, NW: 65, NC: 70, IC: "C36"},
       ["art_5__item_2", IND]),
    # ---- eligibility, basic, zh --------------------------------------------------------------------------------
    zh("我们是北京注册的电子产品制造商，独立法人，年营收1.5亿元，工厂已建成但还没投产，能申报基础级吗？",
       "basic", {PROV: "北京", "independent_legal_person": True, "annual_revenue_10k_cny": 15000, IC: "C39",
                 "factory_built": True, "factory_in_operation": False}, ["art_5__item_2", "art_5__item_1"]),
    zh("公司注册在河北廊坊，工厂在北京大兴，做汽车零部件，年收入3亿元，能申请北京的基础级吗？",
       "basic", {PROV: "河北", IC: "C36", "annual_revenue_10k_cny": 30000}, ["art_5__item_1"], ambiguous=["北京大兴"]),
    zh("我们是家具制造商，年营业收入1800万元，注册在北京顺义，成熟度二级，能申报基础级吗？",
       "basic", {IC: "C21", "annual_revenue_10k_cny": 1800, PROV: "北京", DIST: "顺义", ML: 2},
       ["art_5__item_1", "art_5__item_7"]),
    zh("我们智能制造能力成熟度评估是一级（规划级），工厂已经投产三年，生产作业和生产管理都做了数字化，可以报基础级吗？",
       "basic", {ML: 1, "factory_in_operation": True, DOM: [PO, PM]}, ["art_5__item_7", "att_1__sec_1"]),
    zh("前年厂里出过一起较大安全事故，去年又有一起一般环保事故，成熟度三级，今年还能报基础级吗？",
       "basic", {"incidents.0.kind": "safety", "incidents.0.grade": "larger", "incidents.1.kind": "environmental",
                 "incidents.1.grade": "general", ML: 3}, ["art_5__item_3", "art_5__item_7"],
       assume={"incidents.0.date": "2024-07-01", "incidents.1.date": "2025-07-01"}),
    zh("五年前发生过一起较大环保事故，之后再没出过事故；近三年经营和财务状况良好、无不良信用记录、没有违法违规行为，基础级第三项条件满足吗？",
       "basic", {"incidents.0.kind": "environmental", "incidents.0.grade": "larger", "finances_sound_3y": True,
                 "bad_credit_record": False, "violations": []}, ["art_5__item_3"],
       assume={"incidents.0.date": "2021-09-01"}),
    zh("我们有不良信用记录，正在整改，成熟度三级，生产设备联网率70%，能申请基础级吗？",
       "basic", {"bad_credit_record": True, ML: 3, NW: 70}, ["art_5__item_3", "art_5__item_7"]),
    zh("工厂还在建设中，预计明年投产，数控化率规划做到80%，现在能报基础级吗？",
       "basic", {"factory_built": False}, ["art_5__item_2"], ambiguous=["80%"]),
    zh("我们是北京海淀注册的独立法人企业，属于规上工业企业，做仪器仪表，成熟度三级，覆盖了生产作业、生产管理和运营管理，符合基础级的哪些条件？",
       "basic", {PROV: "北京", DIST: "海淀", "independent_legal_person": True, "above_designated_size": True,
                 IC: "C40", ML: 3, DOM: [PO, PM, OM]}, ["art_5__item_1", "art_5__item_7", "att_1__sec_1"]),
    zh("我们只做了研发设计和运营管理的数字化，生产车间还没改造，基础级建设内容满足吗？",
       "basic", {DOM: [RD, OM]}, ["att_1__sec_1"]),
    zh("我们已经实现数字化达标，但主要技术经济指标低于全市同行业平均水平，基础级建设成效满足吗？",
       "basic", {"digital_transformation_compliant": True, "above_regional_industry_average": False}, ["att_1__sec_2"]),
    zh("主要技术经济指标没有超过北京同行业平均水平，也还没有实现数字化达标，基础级成效这一条过得了吗？",
       "basic", {"above_regional_industry_average": False, "digital_transformation_compliant": False}, ["att_1__sec_2"]),
    zh("我们是一家软件开发公司，注册在北京，年收入5000万元，可以申报基础级智能工厂吗？",
       "basic", {IC: "I65", PROV: "北京", "annual_revenue_10k_cny": 5000}, ["art_5__item_1"]),
    zh("近三年经营和财务状况良好，无不良信用记录，没有发生过任何事故，也没有违法违规行为，基础级第三项条件满足吗？",
       "basic", {"finances_sound_3y": True, "bad_credit_record": False, "incidents": [], "violations": []},
       ["art_5__item_3"]),
    zh("关键技术装备和工业软件都安全可控，但网络安全和数据安全风险目前还不可控，基础级的安全可控条件满足吗？",
       "basic", {"security_controllable": True, "cyber_data_risk_controllable": False}, ["art_5__item_5"]),
    zh("我们建立了智能工厂统筹规划、建设和运营的组织机制，但还没有智能制造专业人才，成熟度二级，基础级能报吗？",
       "basic", {"organization_mechanism": True, "talent_team": False, ML: 2}, ["art_5__item_6", "art_5__item_7"]),
    zh("主导产品符合北京市产业政策，技术先进，工厂已建成并正常投产，企业和产品都有较强市场竞争力，基础级条件满足哪些？",
       "basic", {"product_policy_compliant": True, "advanced_technology": True, "factory_built": True,
                 "factory_in_operation": True, "market_competitive": True}, ["art_5__item_4", "art_5__item_2"]),
    zh("我们是做玩具的，北京注册的规上企业，三年前出过一起一般安全事故，成熟度二级，只做了生产作业的数字化，基础级行吗？",
       "basic", {IC: "C24", PROV: "北京", "above_designated_size": True, "incidents.0.kind": "safety",
                 "incidents.0.grade": "general", ML: 2, DOM: [PO]},
       ["art_5__item_7", "att_1__sec_1", "art_5__item_3", "art_5__item_1"], assume={"incidents.0.date": "2023-12-20"}),
    zh("我们是一家电线电缆企业，营业收入2000万元，北京注册，独立法人，工厂运行正常，能报基础级吗？",
       "basic", {IC: "C38", "annual_revenue_10k_cny": 2000, PROV: "北京", "independent_legal_person": True,
                 "factory_in_operation": True}, ["art_5__item_1"]),
    zh("除了工厂建设，其他环节都做了数字化，成熟度三级，基础级建设内容满足吗？",
       "basic", {DOM: [RD, PO, PM, OM], ML: 3}, ["att_1__sec_1", "art_5__item_7"]),
    zh("我们在2026年1月10日因违法行为被罚过款，近三年财务状况良好，无不良信用记录，基础级第三项条件满足吗？",
       "basic", {"violations.0.date": "2026-01-10", "finances_sound_3y": True, "bad_credit_record": False},
       ["art_5__item_3"]),
    zh("工厂已经建成并正常运行两年了，企业和产品都有较强的市场竞争力，基础级第二项条件满足吗？",
       "basic", {"factory_built": True, "factory_in_operation": True, "market_competitive": True}, ["art_5__item_2"]),
    # ---- advanced, other conditions, zh ------------------------------------------------------------------------
    zh("我们从来没有做过基础级备案，成熟度四级，五个环节都覆盖了，能直接申请先进级吗？",
       "advanced", {"basic_filing.filed": False, ML: 4, DOM: ALL5}, ["art_7", "att_2__sec_1", "art_5__item_7"]),
    zh("我们2025年9月在朝阳区完成了基础级备案，只覆盖了生产作业和生产管理，能申请先进级吗？",
       "advanced", {"basic_filing.filed": True, "basic_filing.district": "朝阳", DOM: [PO, PM]}, ["art_7", "att_2__sec_1"],
       assume={"basic_filing.date": "2025-09-15"}),
    zh("除了研发设计，五个环节我们都做了，已经在区里备案了基础级，成熟度三级，先进级还差什么？",
       "advanced", {DOM: [FC, PO, PM, OM], "basic_filing.filed": True, ML: 3}, ["att_2__sec_1", "art_7", "art_5__item_7"]),
    zh("基础级备案是2025年12月20日做的，生产作业、生产管理、运营管理都覆盖了，数控化率81%、联网率71%、人均劳动生产率提升8%，我们是做疫苗的，先进级够吗？",
       "advanced", {"basic_filing.filed": True, "basic_filing.date": "2025-12-20", DOM: [PO, PM, OM], NC: 81, NW: 71,
                    LP: 8, IC: "C27"}, ["art_7", "att_2__sec_1", IND]),
    zh("我们是纺织企业，规模以上，独立法人，注册在北京通州，工厂已正常投产，先进级的第一项条件满足吗？",
       "advanced", {IC: "C17", "above_designated_size": True, "independent_legal_person": True, PROV: "北京",
                    DIST: "通州", "factory_in_operation": True}, ["art_5__item_1"]),
    zh("成熟度是二级（规范级），覆盖了工厂建设、生产作业和运营管理，没有做生产管理，先进级的建设内容够吗？",
       "advanced", {ML: 2, DOM: [FC, PO, OM]}, ["att_2__sec_1", "art_5__item_7"]),
    # ---- dated 2027, zh -----------------------------------------------------------------------------------------
    zh("如果我们2027年3月申报基础级，成熟度三级、规上工业企业，可以吗？",
       "basic", {ML: 3, "above_designated_size": True}, ["art_14", "art_5__item_7"], assume={"as_of": "2027-03-15"}),
    zh("2027年1月我们想申请先进级，已经备案了基础级，联网率75%，我们是做汽车的，可以吗？",
       "advanced", {"basic_filing.filed": True, NW: 75, IC: "C36"}, ["art_14"], assume={"as_of": "2027-01-15"}),
    zh("到2027年6月30日，我们这家北京的规上制药企业还能按这个办法申报基础级吗？",
       "basic", {"as_of": "2027-06-30", PROV: "北京", "above_designated_size": True, IC: "C27"}, ["art_14"]),
    # ---- revocation, zh -----------------------------------------------------------------------------------------
    zh("我们被认定为先进级后，注册地迁到了天津，称号还保留吗？", "advanced", {}, revoke="art_12__item_4"),
    zh("认定基础级之后，工厂发生了一起重大安全事故，会撤销称号吗？", "basic", {}, revoke="art_12__item_3"),
    zh("拿到先进级称号后，被发现申报材料里的数据是造假的，会怎样？", "advanced", {}, revoke="art_12__item_1"),
    zh("认定为基础级后公司破产清算了，称号怎么处理？", "basic", {}, revoke="art_12__item_2"),
    zh("先进级认定后，公司注册地从海淀区变更到了通州区，称号会被撤销吗？", "advanced", {}, revoke=False),
    zh("认定后我们发生了一起一般质量事故，称号会撤销吗？", "basic", {}, revoke=False),
    zh("我们是先进级智能工厂，因为重组改了公司名称，称号会被撤销吗？", "advanced", {}, revoke=False),
    zh("认定后出了一起特别重大环保事故，称号还能保住吗？", "advanced", {}, revoke="art_12__item_3"),
    zh("认定先进级以后，公司长期停产、已经无法正常经营了，称号会怎样？", "advanced", {}, revoke="art_12__item_2"),
    zh("成为先进级后我们把注册地迁到了河北雄安，称号还在吗？", "advanced", {}, revoke="art_12__item_4"),
    zh("认定为基础级以后，公司营业执照被吊销了，称号会怎样？", "basic", {}, revoke="art_12__item_2"),
    zh("认定为基础级后，我们把工厂从北京搬到了河北，但公司注册地还在北京，称号会撤销吗？", "basic", {}, revoke=False),

    # ---- advanced indicators, en -------------------------------------------------------------------------------
    en("We make lithium batteries: NC rate 78%, networking 72%, defect-rate reduction 3%, labour productivity +10%. "
       "Do we meet the advanced indicators?", "advanced", {IC: "C38", NC: 78, NW: 72, DR: 3, LP: 10}, [IND]),
    en("Electronics maker here. Equipment networking rate 68%, key-process NC rate 83%, energy consumption per unit of "
       "output value down 7.5%, defect rate down 4%. Enough for the advanced level?",
       "advanced", {IC: "C39", NW: 68, NC: 83, EN: 7.5, DR: 4}, [IND]),
    en("We're a furniture manufacturer. Networking 54%, NC 64%, labour productivity up 9%, defect reduction 4%, energy "
       "use per unit of output value down 3%. Do we reach the advanced thresholds?",
       "advanced", {IC: "C21", NW: 54, NC: 64, LP: 9, DR: 4, EN: 3}, [IND]),
    en("Pharmaceutical company: key-process NC rate 81%, labour productivity gain 8%, networking rate 66%. How many of "
       "the advanced thresholds do we meet?", "advanced", {IC: "C27", NC: 81, LP: 8, NW: 66}, [IND]),
    en("Auto parts supplier: defect rate reduction 6%, NC rate 71%, networking 65%, labour productivity +5%, energy per "
       "unit of output value -2%. Do we pass the advanced-level indicators?",
       "advanced", {IC: "C36", DR: 6, NC: 71, NW: 65, LP: 5, EN: 2}, [IND]),
    en("We run a steel mill. NC rate of key processes 74%, networking rate 76%, energy consumption per unit of output "
       "value down 9%, defect rate down 3%, labour productivity up 10%. Are the advanced indicators met?",
       "advanced", {IC: "C31", NC: 74, NW: 76, EN: 9, DR: 3, LP: 10}, [IND]),
    en("Dairy producer: networking 56%, NC rate 66%, labour productivity up 12%. Advanced-level indicators OK?",
       "advanced", {IC: "C14", NW: 56, NC: 66, LP: 12}, [IND]),
    en("Medical device maker, NC 69%, networking 70%, defect-rate reduction 5%, labour productivity +7%, energy per "
       "unit of output value -4%. Can we go for advanced?",
       "advanced", {IC: "C35", NC: 69, NW: 70, DR: 5, LP: 7, EN: 4}, [IND]),
    en("We're a chemical company with networking at 74% and NC rate at 76%; energy per unit of output value fell 10%. "
       "Enough for advanced?", "advanced", {IC: "C26", NW: 74, NC: 76, EN: 10}, [IND]),
    en("Semiconductor fab: NC rate 88%, networking 92%, labour productivity +8%, defect reduction 4%. Advanced?",
       "advanced", {IC: "C39", NC: 88, NW: 92, LP: 8, DR: 4}, [IND]),
    en("We make household appliances. Our figures are 72% and 9%, and energy per unit of output value dropped 6%. Do we "
       "meet the advanced indicators?", "advanced", {IC: "C38", EN: 6}, [IND], ambiguous=["72%", "9%"]),
    en("Printing company: OEE up 8%, networking 57%, NC rate 66%, on-time delivery 97%. Advanced indicators?",
       "advanced", {IC: "C23", NW: 57, NC: 66}, [IND], ambiguous=["8%", "97%"]),
    en("Paper mill: our defect rate is 1.2%, networking 60%, NC 68%, labour productivity up 11%. Advanced?",
       "advanced", {IC: "C22", NW: 60, NC: 68, LP: 11}, [IND], ambiguous=["1.2%"]),
    en("Brewery: production efficiency up 15%, NC rate 70%, networking rate 58%, energy per unit of output value down "
       "5%. Advanced indicators?", "advanced", {IC: "C15", NC: 70, NW: 58, EN: 5}, [IND], ambiguous=["15%"]),
    en("Cement plant: NC 72%, networking 70%, energy use per unit of output value down 8%, defect-rate reduction 2.5%, "
       "labour productivity +10%. Do our indicators qualify for advanced?",
       "advanced", {IC: "C30", NC: 72, NW: 70, EN: 8, DR: 2.5, LP: 10}, [IND]),
    en("Aircraft parts maker: NC 75%, networking 67%. The other three indicators we haven't measured yet. Advanced?",
       "advanced", {IC: "C37", NC: 75, NW: 67}, [IND]),
    en("We make plastic products: networking 78%, NC 77%, defect reduction 2%. Do we meet the advanced indicators?",
       "advanced", {IC: "C29", NW: 78, NC: 77, DR: 2}, [IND]),
    en("Garment maker: NC rate 50%, networking 45%, labour productivity up 10%, defect rate reduction 5%, energy per "
       "unit of output value down 4%. Advanced?", "advanced", {IC: "C18", NC: 50, NW: 45, LP: 10, DR: 5, EN: 4}, [IND]),
    en("We make flow meters and other instruments: networking 64%, NC rate 69%, labour productivity +7%, defect "
       "reduction 4%, energy per unit of output value -4.5%. Advanced?",
       "advanced", {IC: "C40", NW: 64, NC: 69, LP: 7, DR: 4, EN: 4.5}, [IND]),
    en("We're a traditional Chinese medicine maker: networking 71%, NC 79%, defect reduction 5%, energy per unit of "
       "output value down 3%, labour productivity up 8%. Advanced indicators?",
       "advanced", {IC: "C27", NW: 71, NC: 79, DR: 5, EN: 3, LP: 8}, [IND]),
    en("We make pumps and valves: NC 71%, networking 63%, labour productivity up 8%, energy per unit of output value "
       "down 5%, defect reduction 4%. Maturity level 3. Advanced?",
       "advanced", {IC: "C34", NC: 71, NW: 63, LP: 8, EN: 5, DR: 4, ML: 3}, [IND, "art_5__item_7"]),
    en("Solar panel maker: networking 64%, defect-rate reduction 5.5%, NC rate 72%. Advanced thresholds met?",
       "advanced", {IC: "C38", NW: 64, DR: 5.5, NC: 72}, [IND]),
    en("Meat processing plant: NC 70%, networking 50%, defect reduction 4%, energy per unit of output value down 5%, "
       "labour productivity up 9%. Advanced?", "advanced", {IC: "C13", NC: 70, NW: 50, DR: 4, EN: 5, LP: 9}, [IND]),
    en("We roll aluminium sheet: NC rate 78%, networking 76%, labour productivity up 10%. Advanced indicators?",
       "advanced", {IC: "C32", NC: 78, NW: 76, LP: 10}, [IND]),
    en("Both our NC rate and our networking rate are 76%. We're a chemicals producer. Advanced indicators?",
       "advanced", {NC: 76, NW: 76, IC: "C26"}, [IND]),
    en("Vaccine maker at maturity level 2: NC 79%, networking 71%, energy per unit of output value down 5%, defect "
       "reduction 4%, labour productivity up 9%. How far are we from advanced?",
       "advanced", {IC: "C27", ML: 2, NC: 79, NW: 71, EN: 5, DR: 4, LP: 9}, [IND, "art_5__item_7"]),
    en("Maturity level 1, but NC rate 92% and networking 85%; we make mobile phones. Can we apply for advanced?",
       "advanced", {ML: 1, NC: 92, NW: 85, IC: "C39"}, ["art_5__item_7", IND]),
    en("Beijing-registered coal mining company: NC 80%, networking 80%, labour productivity up 12%. Advanced indicators?",
       "advanced", {PROV: "北京", IC: "B06", NC: 80, NW: 80, LP: 12}, [IND]),
    en("Our plant and lines are installed but production hasn't started. Networking 65%, NC 70%, auto parts. Advanced?",
       "advanced", {"factory_built": True, "factory_in_operation": False, NW: 65, NC: 70, IC: "C36"},
       ["art_5__item_2", IND]),
    # ---- eligibility, basic, en --------------------------------------------------------------------------------
    en("Our factory is built but not yet in operation. We're registered in Beijing and above designated size. Can we "
       "file for the basic level?", "basic", {"factory_built": True, "factory_in_operation": False, PROV: "北京",
                                              "above_designated_size": True}, ["art_5__item_2"]),
    en("We are registered in Shanghai, but our plant is in Beijing's Daxing district. We make auto parts; revenue is "
       "RMB 300 million. Eligible for the basic level?",
       "basic", {PROV: "上海", IC: "C36", "annual_revenue_10k_cny": 30000}, ["art_5__item_1"], ambiguous=["Daxing"]),
    en("Furniture maker with annual revenue of 18 million yuan, registered in Beijing, independent legal person. Can we "
       "apply for the basic level?", "basic", {IC: "C21", "annual_revenue_10k_cny": 1800, PROV: "北京",
                                               "independent_legal_person": True}, ["art_5__item_1"]),
    en("We only digitalised production operation and production management. Maturity level 3. Is the basic-level "
       "construction content covered?", "basic", {DOM: [PO, PM], ML: 3}, ["att_1__sec_1", "art_5__item_7"]),
    en("We have a team of smart-manufacturing professionals and an organisation for planning, building and running the "
       "smart factory. Maturity level 2. Do we meet the basic level's organisation condition?",
       "basic", {"talent_team": True, "organization_mechanism": True, ML: 2}, ["art_5__item_6", "art_5__item_7"]),
    en("Two years ago we had a larger safety accident. Our maturity is level 3 and we're above designated size. Can we "
       "apply for basic now?", "basic", {"incidents.0.kind": "safety", "incidents.0.grade": "larger", ML: 3,
                                         "above_designated_size": True}, ["art_5__item_3", "art_5__item_7"],
       assume={"incidents.0.date": "2024-12-01"}),
    en("We had a larger environmental incident in 2021 and none since; finances have been sound for the last three "
       "years, no bad credit record, no violations. Is the clean-record condition met for basic?",
       "basic", {"incidents.0.kind": "environmental", "incidents.0.grade": "larger", "finances_sound_3y": True,
                 "bad_credit_record": False, "violations": []}, ["art_5__item_3"],
       assume={"incidents.0.date": "2021-06-01"}),
    en("We're on the list of entities with a bad credit record. Maturity level 4, the factory is running. Basic?",
       "basic", {"bad_credit_record": True, ML: 4, "factory_in_operation": True}, ["art_5__item_3", "art_5__item_7"]),
    en("The plant is still under construction; we expect to start production next year. Our NC rate target is 80%. "
       "Can we file for basic?", "basic", {"factory_built": False}, ["art_5__item_2"], ambiguous=["80%"]),
    en("We're a software developer registered in Beijing with revenue of 50 million yuan. Can we apply for the basic "
       "smart-factory level?", "basic", {IC: "I65", PROV: "北京", "annual_revenue_10k_cny": 5000}, ["art_5__item_1"]),
    en("Our main technical and economic indicators are above the Beijing industry average, though we haven't reached "
       "digital-transformation compliance. Is the basic effectiveness requirement met?",
       "basic", {"above_regional_industry_average": True, "digital_transformation_compliant": False}, ["att_1__sec_2"]),
    en("We are neither above the regional industry average nor digital-transformation compliant. Does the basic-level "
       "effectiveness requirement pass?", "basic", {"above_regional_industry_average": False,
                                                   "digital_transformation_compliant": False}, ["att_1__sec_2"]),
    en("Key equipment and industrial software are secure and controllable, but our cyber and data security risks are "
       "not under control. Basic level?", "basic", {"security_controllable": True,
                                                    "cyber_data_risk_controllable": False}, ["art_5__item_5"]),
    en("Our main product fits Beijing's industrial policy but our technology is not advanced. Do we meet the product "
       "and technology condition for basic?", "basic", {"product_policy_compliant": True,
                                                        "advanced_technology": False}, ["art_5__item_4"]),
    en("Finances sound for three years, no bad credit record, no accidents of any kind and no violations. Is the "
       "clean-record condition for basic met?", "basic", {"finances_sound_3y": True, "bad_credit_record": False,
                                                          "incidents": [], "violations": []}, ["art_5__item_3"]),
    en("We've digitalised everything except factory construction. Maturity level 2. Basic construction content?",
       "basic", {DOM: [RD, PO, PM, OM], ML: 2}, ["att_1__sec_1", "art_5__item_7"]),
    en("We were fined for a violation on 2025-08-20. Finances are sound and we have no bad credit record. Is the "
       "clean-record condition for basic met?", "basic", {"violations.0.date": "2025-08-20", "finances_sound_3y": True,
                                                          "bad_credit_record": False}, ["art_5__item_3"]),
    en("Cable and wire maker with revenue of exactly 20 million yuan, registered in Beijing, independent legal person. "
       "Do we meet the first basic-level condition?", "basic", {IC: "C38", "annual_revenue_10k_cny": 2000, PROV: "北京",
                                                                 "independent_legal_person": True}, ["art_5__item_1"]),
    en("Toy maker registered in Beijing, above designated size; a general safety incident three years ago; maturity "
       "level 2; we only digitalised production operation. Basic?",
       "basic", {IC: "C24", PROV: "北京", "above_designated_size": True, "incidents.0.kind": "safety",
                 "incidents.0.grade": "general", ML: 2, DOM: [PO]},
       ["art_5__item_7", "att_1__sec_1", "art_5__item_3"], assume={"incidents.0.date": "2023-12-20"}),
    en("The factory is built and in normal use, and both the company and its products are highly competitive. Is the "
       "second basic-level condition met?", "basic", {"factory_built": True, "factory_in_operation": True,
                                                      "market_competitive": True}, ["art_5__item_2"]),
    # ---- advanced, other conditions, en ------------------------------------------------------------------------
    en("We never filed as basic. Maturity level 4, all five construction domains covered. Can we apply for advanced "
       "directly?", "advanced", {"basic_filing.filed": False, ML: 4, DOM: ALL5}, ["art_7", "att_2__sec_1",
                                                                                  "art_5__item_7"]),
    en("We filed as a basic-level factory with our district on 2025-11-03. We cover production operation, production "
       "management and operations management. Can we go for advanced?",
       "advanced", {"basic_filing.filed": True, "basic_filing.date": "2025-11-03", DOM: [PO, PM, OM]},
       ["art_7", "att_2__sec_1"]),
    en("We cover every domain except operations management, and we filed as basic last year. Is the advanced "
       "construction content OK?", "advanced", {DOM: [FC, RD, PO, PM], "basic_filing.filed": True},
       ["att_2__sec_1", "art_7"], assume={"basic_filing.date": "2025-06-01"}),
    en("Textile mill, above designated size, independent legal person, registered in Beijing, factory in normal "
       "operation. Do we meet the registration-and-size condition for advanced?",
       "advanced", {IC: "C17", "above_designated_size": True, "independent_legal_person": True, PROV: "北京",
                    "factory_in_operation": True}, ["art_5__item_1"]),
    en("Maturity level 2. We cover factory construction, production operation and operations management, but not "
       "production management. Is the advanced construction content met?",
       "advanced", {ML: 2, DOM: [FC, PO, OM]}, ["att_2__sec_1", "art_5__item_7"]),
    # ---- dated 2027, en -----------------------------------------------------------------------------------------
    en("If we apply for the basic level in March 2027, with maturity level 3 and above designated size, will that "
       "work?", "basic", {ML: 3, "above_designated_size": True}, ["art_14", "art_5__item_7"],
       assume={"as_of": "2027-03-15"}),
    en("On 2027-02-01 we want to apply for advanced; we are filed as basic, our networking rate is 80% and we make "
       "cars. Possible?", "advanced", {"as_of": "2027-02-01", "basic_filing.filed": True, NW: 80, IC: "C36"},
       ["art_14"]),
    en("In 2027, can an electronics maker at maturity level 4 still file for the basic level under these measures?",
       "basic", {IC: "C39", ML: 4}, ["art_14", "art_5__item_7"], assume={"as_of": "2027-06-30"}),
    # ---- revocation, en ------------------------------------------------------------------------------------------
    en("After we were recognised as advanced, we moved our registered address to Hebei. Do we keep the title?",
       "advanced", {}, revoke="art_12__item_4"),
    en("We had a major safety accident after being recognised as basic. Will the title be revoked?",
       "basic", {}, revoke="art_12__item_3"),
    en("It turned out that our application for the advanced level contained falsified data. What happens to the "
       "title?", "advanced", {}, revoke="art_12__item_1"),
    en("Our company went bankrupt after being recognised as basic. What happens to the title?",
       "basic", {}, revoke="art_12__item_2"),
    en("After recognition we had a general environmental incident. Do we lose the title?", "basic", {}, revoke=False),
    en("We were renamed after a merger; we're an advanced-level smart factory. Is the title revoked?",
       "advanced", {}, revoke=False),
    en("After recognition we moved our registered address from Haidian to Tongzhou, still in Beijing. Is the title "
       "at risk?", "advanced", {}, revoke=False),
    en("We had a major quality accident last year, after being recognised as advanced. What happens to our title?",
       "advanced", {}, revoke="art_12__item_3"),
    en("Our business licence was revoked and the company deregistered after recognition as basic. What about the "
       "title?", "basic", {}, revoke="art_12__item_2"),
    en("After recognition as basic we moved the factory to Hebei, but the company is still registered in Beijing. Is "
       "the title revoked?", "basic", {}, revoke=False),
    en("Our registered address moved to Xiong'an in Hebei after we became an advanced-level smart factory. Do we keep "
       "the title?", "advanced", {}, revoke="art_12__item_4"),
    en("We later learned that our consultant submitted forged certificates in our basic-level application; we are "
       "recognised now. What happens?", "basic", {}, revoke="art_12__item_1"),
]
