"""The source of situations.json (python3 situations_src.py writes it beside this file).

S(lang, level, q, expect, amb=[...]) -- a question stating the asker's own case: `expect` holds the field paths and
the values exactly as the words state them; `status` is derived by derive.bearing() (every condition of the level
that the stated fields decide or bear on); `amb` lists words that state a value a reader cannot bind to exactly one
field (planted ambiguities: they must not be bound).
R(lang, level, q, events) -- a recognised factory reporting events; derive.revocation() gives the art_12 outcome.
"""
from __future__ import annotations

import json
import os

import derive

BJ = {"registration.province": "北京"}
T = True
F = False
ALL5 = ["factory_construction", "rd_design", "production_operation", "production_management",
        "operations_management"]
PO, PM, OM, FC, RD = ("production_operation", "production_management", "operations_management",
                      "factory_construction", "rd_design")
KP, LP, DR, EN, EG = ("indicators.key_process_nc_rate", "indicators.labor_productivity_gain",
                      "indicators.defect_rate_reduction", "indicators.equipment_networking_rate",
                      "indicators.energy_per_output_reduction")

CASES: list = []


def S(lang, level, q, expect, amb=None, note=None):
    c = {"lang": lang, "level": level, "q": q, "expect": expect, "status": derive.bearing(expect, level)}
    if amb:
        c["ambiguous"] = amb
    if note:
        c["note"] = note
    CASES.append(c)


def R(lang, level, q, events, note=None):
    verdict, cause, causes = derive.revocation(events)
    c = {"lang": lang, "level": level, "q": q, "expect": {}, "revoke": cause, "verdict": verdict,
         "causes": causes}
    if note:
        c["note"] = note
    CASES.append(c)


# ================================================================================================ zh, eligibility
S("zh", "advanced",
  "王处您好：我司为北京注册的独立法人企业，主营新能源汽车动力电池（电芯及电池包），2025年主营业务收入4.6亿元。"
  "目前关键工序数控化率78%，生产设备联网率81%，人均劳动生产率较改造前提升9%，产品不良率下降3.5%，"
  "单位产值能耗降低6.2%。请问我们能否申请先进级智能工厂？",
  {**BJ, "independent_legal_person": T, "industry_code": "C38", "annual_revenue_10k_cny": 46000,
   KP: 78, EN: 81, LP: 9, DR: 3.5, EG: 6.2})
S("zh", "basic",
  "老师问下哈，我们是做速冻饺子汤圆的，规上企业，智能制造成熟度自评刚到二级，生产作业和生产管理都做了数字化。能报基础级不？",
  {"industry_code": "C14", "above_designated_size": T, "maturity_level": 2, "domains": [PO, PM]})
S("zh", "advanced",
  "先进级申报自查：\n- 行业：化学药品制剂（片剂、胶囊）\n- 关键工序数控化率：76%\n- 生产设备联网率：72%\n"
  "- 人均劳动生产率提升：8.5%\n- 产品不良率下降：6%\n- 单位产值能耗下降：3%\n"
  "- 基础级已于2025年9月12日在昌平区备案\n请帮看看够不够。",
  {"industry_code": "C27", KP: 76, EN: 72, LP: 8.5, DR: 6, EG: 3,
   "basic_filing.filed": T, "basic_filing.date": "2025-09-12", "basic_filing.district": "昌平区"})
S("zh", "advanced",
  "我们是做服务器和交换机的。几个指标：关键工序数控化率72%，设备联网率68%，人均劳动生产率提升10%，产品不良率下降3%，"
  "单位产值能耗下降5%。先进级的指标够不够？",
  {"industry_code": "C39", KP: 72, EN: 68, LP: 10, DR: 3, EG: 5})
S("zh", "basic",
  "我们是北京市朝阳区注册的独立法人，做服装定制加工，去年主营业务收入一千五百万元，能申请基础级吗？",
  {**BJ, "registration.district": "朝阳区", "independent_legal_person": T, "industry_code": "C18",
   "annual_revenue_10k_cny": 1500})
S("zh", "basic",
  "我们是一家软件公司，主要做工业软件开发，在北京注册，独立法人，年营收3.2亿元。我们能不能申请北京的基础级智能工厂？",
  {**BJ, "industry_code": "I65", "independent_legal_person": T, "annual_revenue_10k_cny": 32000})
S("zh", "basic",
  "我们厂2025年3月18日发生过一起较大生产安全事故，现在整改完了，还能报基础级吗？",
  {"incidents.0.kind": "safety", "incidents.0.grade": "larger", "incidents.0.date": "2025-03-18"})
S("zh", "basic",
  "情况说明：2022年11月5日我们出过一次较大火灾（安全生产事故），之后再没有发生任何事故。近三年经营和财务状况良好，"
  "没有不良信用记录，也没有任何违法违规行为。第五条第三项算满足吗？",
  {"incidents.0.kind": "safety", "incidents.0.grade": "larger", "incidents.0.date": "2022-11-05",
   "finances_sound_3y": T, "bad_credit_record": F, "violations": []})
S("zh", "basic",
  "我们智能制造能力成熟度自评只到一级（规划级），是不是就报不了基础级了？",
  {"maturity_level": 1})
S("zh", "basic",
  "我们已经是数字化转型达标企业了，生产作业环节做了自动化改造，成熟度二级，基础级有戏吗？",
  {"digital_transformation_compliant": T, "domains": [PO], "maturity_level": 2})
S("zh", "basic",
  "说实话我们主要技术经济指标目前还低于本市同行业平均水平，也还没有实现数字化达标。基础级建设成效这块是不是过不了？",
  {"above_regional_industry_average": F, "digital_transformation_compliant": F})
S("zh", "basic",
  "新厂房已经建成了，但还没正式投产，设备还在调试。这种情况现在能申报吗？",
  {"factory_built": T, "factory_in_operation": F})
S("zh", "advanced",
  "我们想直接申请先进级，基础级还没去区里备案。成熟度评估是三级（集成级）。可以吗？",
  {"basic_filing.filed": F, "maturity_level": 3})
S("zh", "advanced",
  "工厂建设、研发设计、生产作业、生产管理、运营管理这五个环节，我们除了研发设计，其余都覆盖了。先进级建设内容满足吗？",
  {"domains": [FC, PO, PM, OM]})
S("zh", "advanced",
  "目前我们只覆盖了生产作业和生产管理两个环节，运营管理还在规划。先进级的建设内容要求达到了吗？",
  {"domains": [PO, PM]})
S("zh", "basic",
  "我们的关键技术装备和工业软件都安全可控，网络安全和数据安全风险也可控；公司设了智能制造推进办公室统筹规划建设运营，"
  "也有一支三十多人的智能制造专业人才队伍。第五条（五）（六）够了吧？",
  {"security_controllable": T, "cyber_data_risk_controllable": T, "organization_mechanism": T, "talent_team": T})
S("zh", "basic",
  "我们公司目前有不良信用记录，还没有修复。这个会影响基础级认定吗？",
  {"bad_credit_record": T})
S("zh", "basic",
  "24年7月2号我们因为环评手续不全被区生态环境局处罚过一次，除此之外没有其他违法违规。还能申报吗？",
  {"violations.0.date": "2024-07-02"})
S("zh", "advanced",
  "我司生产水性涂料和胶粘剂。先进级五项指标：关键工序数控化率0.8，生产设备联网率0.77，人均劳动生产率提升12%，"
  "产品不良率下降1.5%，单位产值能耗下降11%。能过3项吗？",
  {"industry_code": "C26", KP: 80, EN: 77, LP: 12, DR: 1.5, EG: 11})
S("zh", "advanced",
  "我们是做特钢的（黑色金属冶炼和压延）。关键工序数控化率74%，联网率70%，人均劳动生产率提升了9%，产品不良率降了1.8%，"
  "单位产值能耗降了9.5%。先进级差多少？",
  {"industry_code": "C31", KP: 74, EN: 70, LP: 9, DR: 1.8, EG: 9.5})
S("zh", "advanced",
  "我们是包装印刷厂，关键工序数控化率66%，生产设备联网率56%，人均劳动生产率提升10%，另外两项指标还没统计出来。先进级指标算达标吗？",
  {"industry_code": "C23", KP: 66, EN: 56, LP: 10})
S("zh", "advanced",
  "我们做医学影像设备（CT、超声），关键工序数控化率71%，设备联网率60%，其他指标还在算。现在能判断先进级指标过没过吗？",
  {"industry_code": "C35", KP: 71, EN: 60})
S("zh", "advanced",
  "我们是做建筑用砂石开采的矿山企业，关键工序数控化率90%，设备联网率85%，人均劳动生产率提升20%。先进级指标按哪一行？够吗？",
  {"industry_code": "B10", KP: 90, EN: 85, LP: 20})
S("zh", "advanced",
  "我们是燃气热电联产电厂（发电加供热），规模以上，独立法人，北京注册。生产设备联网率92%，单位产值能耗降低8%，关键工序数控化率88%。能申报先进级吗？",
  {"industry_code": "D44", "above_designated_size": T, "independent_legal_person": T, **BJ, EN: 92, EG: 8, KP: 88})
S("zh", "advanced",
  "我们酒厂（白酒+啤酒）的数据：数控化率（关键工序）百分之六十八，联网率百分之五十，人均劳动生产率提升百分之十一，"
  "不良率下降百分之四，单位产值能耗降低百分之四点五。",
  {"industry_code": "C15", KP: 68, EN: 50, LP: 11, DR: 4, EG: 4.5})
S("zh", "basic",
  "我们是做实木家具的，北京大兴注册，独立法人，规上企业。现在覆盖了生产作业、生产管理、运营管理三个环节。基础级条件满足几条了？",
  {"industry_code": "C21", **BJ, "registration.district": "大兴区", "independent_legal_person": T,
   "above_designated_size": T, "domains": [PO, PM, OM]})
S("zh", "advanced",
  "给整车厂配套做汽车座椅和内饰件的。关键工序数控化率69%，设备联网率66%，人均劳动生产率提升8%，不良率下降5%，单位产值能耗下降4%。",
  {"industry_code": "C36", KP: 69, EN: 66, LP: 8, DR: 5, EG: 4})
S("zh", "advanced",
  "我们做航空发动机零部件，关键工序数控化率83%、生产设备联网率74%、人均劳动生产率提升6%、产品不良率下降4%、单位产值能耗降低3%。先进级能过吗？",
  {"industry_code": "C37", KP: 83, EN: 74, LP: 6, DR: 4, EG: 3})
S("zh", "advanced",
  "我们是仪器仪表企业（分析仪器、流量计）。数控化率70%（关键工序），联网率65%，劳动生产率人均提升8%，其他两项没达标：不良率只降了2%，"
  "单位产值能耗只降了1%。",
  {"industry_code": "C40", KP: 70, EN: 65, LP: 8, DR: 2, EG: 1})
S("zh", "advanced",
  "我们做变压器和高低压开关柜。\n关键工序数控化率：61%\n设备联网率：58%\n人均劳动生产率提升：7%\n产品不良率下降：4.9%\n单位产值能耗降低：5%\n这个先进级是不是没戏？",
  {"industry_code": "C38", KP: 61, EN: 58, LP: 7, DR: 4.9, EG: 5})
S("zh", "advanced",
  "我们生产工业机器人本体和减速器，关键工序数控化率75%，联网率80%，人均劳产率提升15%。其余两项还没测。",
  {"industry_code": "C34", KP: 75, EN: 80, LP: 15})
S("zh", "advanced",
  "我们做注塑件（塑料制品），先进级五项：关键工序数控化率76%，联网率78%，人均劳动生产率提升10%，不良率下降2%，单位产值能耗降低10%。",
  {"industry_code": "C29", KP: 76, EN: 78, LP: 10, DR: 2, EG: 10})
S("zh", "advanced",
  "我们是商品混凝土和预制构件厂，关键工序数控化率60%，联网率60%，人均劳动生产率提升5%，不良率下降1%，单位产值能耗降低5%。",
  {"industry_code": "C30", KP: 60, EN: 60, LP: 5, DR: 1, EG: 5})
S("zh", "advanced",
  "我们做化妆品（护肤品、洗发水）的，关键工序数控化率77%、设备联网率76%、不良率下降3%。先进级指标能满足吗？",
  {"industry_code": "C26", KP: 77, EN: 76, DR: 3})
S("zh", "advanced",
  "我们是卷烟厂。关键工序数控化率95%，生产设备联网率90%，人均劳动生产率提升4%，产品不良率下降2%，单位产值能耗降低3%。",
  {"industry_code": "C16", KP: 95, EN: 90, LP: 4, DR: 2, EG: 3})
S("zh", "advanced",
  "我们做健身器材和球类（体育用品），关键工序数控化率72%，设备联网率66%，人均劳动生产率提升9%。先进级按哪个行业的标准？够不够？",
  {"industry_code": "C24", KP: 72, EN: 66, LP: 9})
S("zh", "advanced",
  "我们是废旧动力电池回收拆解企业（从中提取锂、钴、镍），关键工序数控化率71%，联网率64%，人均劳动生产率提升8%，不良率下降5%，单位产值能耗降低4%。",
  {"industry_code": "C42", KP: 71, EN: 64, LP: 8, DR: 5, EG: 4})
S("zh", "advanced",
  "我们做疫苗的，关键工序数控化率81%，联网率69%，人均劳动生产率提升7%，不良率下降5%，单位产值能耗降低4%。",
  {"industry_code": "C27", KP: 81, EN: 69, LP: 7, DR: 5, EG: 4})
S("zh", "advanced",
  "我们是给手机厂商做摄像头模组的，关键工序数控化率80%，联网率70%，人均劳动生产率提升8%，产品不良率下降4%，单位产值能耗降低7%。刚好卡线，算过吗？",
  {"industry_code": "C39", KP: 80, EN: 70, LP: 8, DR: 4, EG: 7})
S("zh", "basic",
  "我们是做医疗器械批发的贸易公司，北京注册独立法人，年营业收入两亿元，有自己的仓库。可以申请智能工厂吗？",
  {"industry_code": "F51", **BJ, "independent_legal_person": T, "annual_revenue_10k_cny": 20000})
S("zh", "basic",
  "公司注册在天津市，工厂也在天津，规上企业，做汽车零部件。北京的基础级能报吗？",
  {"registration.province": "天津", "above_designated_size": T, "industry_code": "C36"})
S("zh", "basic",
  "我们是分公司，不具有独立法人资格，但是总部是规上工业企业。分公司的工厂能单独报基础级吗？",
  {"independent_legal_person": F}, amb=["规上工业企业"],
  note="the head office's size, not the applicant's")
S("zh", "basic",
  "咱们厂近三年财务状况一般，2024年亏损比较大，经营和财务状况谈不上良好。这样还能报吗？",
  {"finances_sound_3y": F})
S("zh", "basic",
  "产品主要是高耗能的普通建材，不符合北京市的产业政策，工艺也不先进。这种情况能认定基础级吗？",
  {"product_policy_compliant": F, "advanced_technology": F})
S("zh", "basic",
  "我们的MES、PLC用的是国外的，关键装备和工业软件目前没法做到安全可控，网络和数据安全风险倒是可控的。会卡在哪条？",
  {"security_controllable": F, "cyber_data_risk_controllable": T})
S("zh", "basic",
  "我们没有专门的智能工厂统筹组织机制，也没有智能制造专业人才，靠外包。基础级行吗？",
  {"organization_mechanism": F, "talent_team": F})
S("zh", "advanced",
  "基础级是2026年3月10日在通州区备案的，成熟度二级，覆盖了工厂建设、生产作业、生产管理、运营管理，现在申请先进级，前置条件都满足吗？",
  {"basic_filing.filed": T, "basic_filing.date": "2026-03-10", "basic_filing.district": "通州区",
   "maturity_level": 2, "domains": [FC, PO, PM, OM]})
S("zh", "basic",
  "我们2026年5月20号发生过一起一般安全生产事故（一人轻伤），2025年8月1日有一起一般环境事件，没有别的了。这影响基础级吗？",
  {"incidents.0.kind": "safety", "incidents.0.grade": "general", "incidents.0.date": "2026-05-20",
   "incidents.1.kind": "environmental", "incidents.1.grade": "general", "incidents.1.date": "2025-08-01"})
S("zh", "basic",
  "我们二〇二四年十月九日出过一次重大质量事故，还能报吗？",
  {"incidents.0.kind": "quality", "incidents.0.grade": "major", "incidents.0.date": "2024-10-09"})
S("zh", "basic",
  "工厂已经建成并且正常投产两年了，企业和产品在细分领域市场竞争力都挺强，第五条第二项应该没问题吧？",
  {"factory_built": T, "factory_in_operation": T, "market_competitive": T})
S("zh", "advanced",
  "我们是北京怀柔注册的独立法人，做饮用水和茶饮料，年主营业务收入2.35亿元，成熟度三级，基础级已在怀柔区备案。先进级主体资格和前置条件满足吗？",
  {**BJ, "registration.district": "怀柔区", "independent_legal_person": T, "industry_code": "C15",
   "annual_revenue_10k_cny": 23500, "maturity_level": 3, "basic_filing.filed": T,
   "basic_filing.district": "怀柔区"})
S("zh", "basic",
  "我们是自来水公司（城市供水），北京注册，独立法人，年收入5亿元。这个属于工业企业能报吗？",
  {"industry_code": "D46", **BJ, "independent_legal_person": T, "annual_revenue_10k_cny": 50000})
S("zh", "basic",
  "【情况】北京注册，独立法人，规上，做饲料加工；成熟度二级；覆盖生产作业；主要技术经济指标高于北京同行业平均水平。\n【问题】基础级还缺什么？",
  {**BJ, "independent_legal_person": T, "above_designated_size": T, "industry_code": "C13",
   "maturity_level": 2, "domains": [PO], "above_regional_industry_average": T})
S("zh", "advanced",
  "我们做锂电隔膜？不是，更正一下：我们做光伏组件。关键工序数控化率73%，设备联网率67%，人均劳动生产率提升8.2%，不良率下降5.5%，单位产值能耗降低4.8%。",
  {"industry_code": "C38", KP: 73, EN: 67, LP: 8.2, DR: 5.5, EG: 4.8})
S("zh", "advanced",
  "我们做铝合金型材（有色金属压延），关键工序数控化率75%、联网率74%、人均劳动生产率提升11%、不良率下降2.5%、单位产值能耗降低9%。",
  {"industry_code": "C32", KP: 75, EN: 74, LP: 11, DR: 2.5, EG: 9})
S("zh", "advanced",
  "我们是纺织企业（棉纺织、印染），关键工序数控化率65%，设备联网率54%，人均劳动生产率提升10%，不良率下降4%，单位产值能耗降低4%。",
  {"industry_code": "C17", KP: 65, EN: 54, LP: 10, DR: 4, EG: 4})
S("zh", "advanced",
  "我们是自行车厂（也做电助力自行车），关键工序数控化率70%，联网率65%，人均劳动生产率提升8%，不良率下降5%，单位产值能耗降低5%。五项都刚好卡线。",
  {"industry_code": "C37", KP: 70, EN: 65, LP: 8, DR: 5, EG: 5})
S("zh", "advanced",
  "我们做中药饮片和中成药，关键工序数控化率85%，联网率75%，人均劳动生产率提升6%，不良率下降3%，单位产值能耗降低2%。",
  {"industry_code": "C27", KP: 85, EN: 75, LP: 6, DR: 3, EG: 2})
S("zh", "basic",
  "如果我们2027年1月10日再提交基础级申请，这个办法那时候还有效吗？",
  {"as_of": "2027-01-10"})
S("zh", "advanced",
  "我们是北京注册、独立法人的芯片封测企业，主营业务收入12亿元，成熟度四级（优化级），五个环节全部覆盖，基础级已在经开区所在的大兴区备案。关键工序数控化率88%，联网率86%，人均劳动生产率提升9%。",
  {**BJ, "independent_legal_person": T, "industry_code": "C39", "annual_revenue_10k_cny": 120000,
   "maturity_level": 4, "domains": ALL5, "basic_filing.filed": T, "basic_filing.district": "大兴区",
   KP: 88, EN: 86, LP: 9})
S("zh", "basic",
  "我们2024年12月20日、2025年6月3日各收到过一次行政处罚（消防、环保），近三年财务良好、无不良信用、没出过事故。第五条第三项过不了了吧？",
  {"violations.0.date": "2024-12-20", "violations.1.date": "2025-06-03", "finances_sound_3y": T,
   "bad_credit_record": F, "incidents": []})
S("zh", "basic",
  "我们是造纸企业（生活用纸），年主营收入1800万，规下。能申请吗？",
  {"industry_code": "C22", "annual_revenue_10k_cny": 1800, "above_designated_size": F})
S("zh", "basic",
  "我们做皮鞋和皮具，营收2000万整，北京注册，独立法人。规上线是2000万，我们刚好够吗？",
  {"industry_code": "C19", "annual_revenue_10k_cny": 2000, **BJ, "independent_legal_person": T})

S("zh", "advanced",
  "我们做糖果巧克力的。机台联网率62%，关键工序数控化比例70%，人效（人均劳动生产率）比改造前高了12%，次品率降了6%，万元产值能耗降了5%。先进级稳吗？",
  {"industry_code": "C14", EN: 62, KP: 70, LP: 12, DR: 6, EG: 5})
S("zh", "advanced",
  "基础级是2025/06/15在丰台区备案的。我们做光刻胶等电子化学品？不对，我们做的是集成电路封装基板。关键工序数控化率78％，设备联网率71％，人均劳动生产率提升8％，不良率下降4.1％，单位产值能耗降低6％。",
  {"basic_filing.filed": T, "basic_filing.date": "2025-06-15", "basic_filing.district": "丰台区",
   "industry_code": "C39", KP: 78, EN: 71, LP: 8, DR: 4.1, EG: 6})
S("zh", "basic",
  "各位领导好，我厂（北京平谷注册，独立法人）主营桶装和瓶装矿泉水，2025年主营业务收入为人民币6,800万元，智能制造能力成熟度为规范级，"
  "2025.9.12已完成数字化达标评价。请问基础级还差哪些？",
  {**BJ, "registration.district": "平谷区", "independent_legal_person": T, "industry_code": "C15",
   "annual_revenue_10k_cny": 6800, "maturity_level": 2, "digital_transformation_compliant": T})

# ---------------------------------------------------------------------------- zh, planted ambiguities (and facts)
S("zh", "advanced",
  "我们做轴承的，良品率从97%提到了99%，关键工序数控化率72%，联网率70%，人均劳动生产率提升8%。",
  {"industry_code": "C34", KP: 72, EN: 70, LP: 8}, amb=["良品率从97%提到了99%"],
  note="a yield rise in points is not the defect-rate reduction")
S("zh", "advanced",
  "我们做精密数控机床，关键设备数控化率85%，生产设备联网率72%，人均劳动生产率提升9%。先进级指标够吗？",
  {"industry_code": "C34", EN: 72, LP: 9}, amb=["关键设备数控化率85%"],
  note="关键设备数控化率 is annex-3 KPI 1, not 关键工序数控化率 (the contract keeps them apart)")
S("zh", "advanced",
  "我们是木门和木地板企业，全员劳动生产率提升11%，关键工序数控化率67%，设备联网率57%。",
  {"industry_code": "C20", KP: 67, EN: 57}, amb=["全员劳动生产率提升11%"],
  note="全员劳动生产率 is annex-3 KPI 15, not the 人均劳动生产率提升 of att_2-1")
S("zh", "advanced",
  "我们做乳制品，单位产品综合能耗降低6%，产品不良率下降5%，关键工序数控化率70%。先进级指标满足3项了吗？",
  {"industry_code": "C14", DR: 5, KP: 70}, amb=["单位产品综合能耗降低6%"],
  note="per unit of product (KPI 16), not per unit of output value")
S("zh", "advanced",
  "我们做电子元器件（贴片电容电阻），目前产品不良率1.2%，关键工序数控化率82%，联网率75%。",
  {"industry_code": "C39", KP: 82, EN: 75}, amb=["产品不良率1.2%"],
  note="a defect rate level, not a reduction")
S("zh", "basic",
  "我们年产值3个亿，北京注册的独立法人，做精密铸件。够规上吗？",
  {**BJ, "independent_legal_person": T, "industry_code": "C33"}, amb=["产值3个亿"],
  note="产值 (output value) is not 主营业务收入")
S("zh", "basic",
  "我们数据管理能力成熟度（DCMM）是3级，两化融合贯标也拿了AA级，智能制造这块覆盖了生产作业。基础级的成熟度要求满足吗？",
  {"domains": [PO]}, amb=["DCMM）是3级", "两化融合贯标也拿了AA级"],
  note="DCMM (GB/T 36073) and 两化融合 are not GB/T 39116")
S("zh", "advanced",
  "我们做汽车电子（车载中控屏、毫米波雷达），关键工序数控化率75%，联网率68%，人均劳动生产率提升8%，不良率下降4.5%，单位产值能耗降低5%。",
  {KP: 75, EN: 68, LP: 8, DR: 4.5, EG: 5}, amb=["汽车电子"],
  note="automotive electronics: C36 (parts) or C39 (electronics); the rows differ")
S("zh", "advanced",
  "我们一半业务做果汁饮料，一半做PET塑料瓶，关键工序数控化率70%，设备联网率60%，人均劳动生产率提升10%。按哪个行业算？",
  {KP: 70, EN: 60, LP: 10}, amb=["果汁饮料", "PET塑料瓶"],
  note="two industries (C15, C29) of different rows")
S("zh", "advanced",
  "我们是做食品添加剂的，设备综合效率（OEE）提升了12%，关键工序数控化率78%，生产设备联网率79%。",
  {"industry_code": "C14", KP: 78, EN: 79}, amb=["设备综合效率（OEE）提升了12%"],
  note="OEE (KPI 10) is neither networking nor productivity")
S("zh", "advanced",
  "我们做不锈钢餐具，全年总能耗降了8%，关键工序数控化率71%，设备联网率66%，人均劳动生产率提升9%。",
  {"industry_code": "C33", KP: 71, EN: 66, LP: 9}, amb=["全年总能耗降了8%"],
  note="total energy, not energy per unit of output value")
S("zh", "basic",
  "我们集团去年营收20亿，工厂是集团下属的子公司，独立法人，北京注册，做饮料包装。能报基础级吗？",
  {"independent_legal_person": T, **BJ}, amb=["营收20亿"],
  note="the group's revenue, not the applicant's; 饮料包装 could be C15 or C22/C29")
S("zh", "basic",
  "我们总部注册在北京，实际生产主体是天津注册的全资子公司，工厂在天津。按哪个注册地？能报北京的吗？",
  {}, amb=["天津注册"],
  note="two entities: which one applies is not stated")
S("zh", "advanced",
  "我们产线自动化率80%，设备联网率72%，人均劳动生产率提升9%，做的是一次性注射器和输液器。",
  {"industry_code": "C35", EN: 72, LP: 9}, amb=["产线自动化率80%"],
  note="automation rate is not the key-process NC rate")

# ================================================================================================ en, eligibility
S("en", "advanced",
  "Dear Sir/Madam, we are an independent legal person registered in Beijing and make ventilators and patient monitors. "
  "Main business revenue last year was RMB 380 million. Key-process NC rate 72%, equipment networking rate 70%, "
  "per-capita labour productivity up 10%, product defect rate down 6%, energy consumption per unit of output value "
  "down 3%. Do we qualify for the advanced level?",
  {**BJ, "independent_legal_person": T, "industry_code": "C35", "annual_revenue_10k_cny": 38000,
   KP: 72, EN: 70, LP: 10, DR: 6, EG: 3})
S("en", "basic",
  "quick q - we run a bakery factory making bread and cakes for supermarkets, we're above designated size, "
  "maturity level 2, and so far we've only digitalised production operations. basic level ok?",
  {"industry_code": "C14", "above_designated_size": T, "maturity_level": 2, "domains": [PO]})
S("en", "advanced",
  "Smartphone assembly plant, our numbers:\n* key-process NC rate: 0.83\n* equipment networking: 0.71\n"
  "* labour productivity per head: +7.5%\n* defect rate: -4.2%\n* energy per unit output value: -7%\n"
  "Enough for advanced?",
  {"industry_code": "C39", KP: 83, EN: 71, LP: 7.5, DR: 4.2, EG: 7})
S("en", "advanced",
  "We make float glass. Key process NC rate 76 per cent, networking rate 75 per cent, labour productivity gain 10 "
  "per cent, defect rate reduction 2 per cent, energy per output value reduction 10 per cent. Do we pass the "
  "att 2-1 test?",
  {"industry_code": "C30", KP: 76, EN: 75, LP: 10, DR: 2, EG: 10})
S("en", "basic",
  "We're registered in Beijing, an independent legal person, and we make printed circuit boards. Our annual "
  "main business revenue is RMB 18.5 million. Can we apply for the basic level?",
  {**BJ, "independent_legal_person": T, "industry_code": "C39", "annual_revenue_10k_cny": 1850})
S("en", "basic",
  "We are a general contractor building residential housing, registered in Beijing, revenue RMB 1.1 billion, "
  "independent legal person. Could our prefab yard be recognised as a smart factory?",
  {"industry_code": "E47", **BJ, "annual_revenue_10k_cny": 110000, "independent_legal_person": T})
S("en", "basic",
  "We had a major environmental incident on 14 February 2024 (a chemical spill into the river). Can we still "
  "apply for the basic level?",
  {"incidents.0.kind": "environmental", "incidents.0.grade": "major", "incidents.0.date": "2024-02-14"})
S("en", "basic",
  "Our record: only one general-grade safety accident, on 2025-10-30. Operations and finances have been sound for "
  "the past three years, no bad credit record, and no violations of any kind. Does that satisfy article 5(3)?",
  {"incidents.0.kind": "safety", "incidents.0.grade": "general", "incidents.0.date": "2025-10-30",
   "finances_sound_3y": T, "bad_credit_record": F, "violations": []})
S("en", "basic",
  "We were assessed at level 3 (the 'integrated' level) under GB/T 39116-2020. "
  "Is that enough maturity for the basic level?",
  {"maturity_level": 3})
S("en", "advanced",
  "Our CMMM (smart manufacturing capability maturity) self-assessment came out at level one. "
  "Can we still go for advanced?",
  {"maturity_level": 1})
S("en", "basic",
  "The plant is still under construction - not built yet, so obviously not running. Can we apply now and finish later?",
  {"factory_built": F, "factory_in_operation": F})
S("en", "advanced",
  "We filed our basic-level self-assessment with our district bureau on 15 June 2025 and we cover production "
  "operations, production management and operations management. Can we now apply for advanced?",
  {"basic_filing.filed": T, "basic_filing.date": "2025-06-15", "domains": [PO, PM, OM]})
S("en", "advanced",
  "We have not filed the basic level with the district yet (planning to next quarter). Can we apply for the "
  "advanced level in parallel?",
  {"basic_filing.filed": F})
S("en", "advanced",
  "Of the five construction areas we cover everything except R&D design. "
  "Enough for the advanced level's content requirement?",
  {"domains": [FC, PO, PM, OM]})
S("en", "basic",
  "So far we have only digitalised R&D design and operations management (ERP) - nothing on the shop floor yet. "
  "Does that count for the basic level?",
  {"domains": [RD, OM]})
S("en", "basic",
  "Our main technical and economic indicators are above the Beijing average for our industry. Does that meet the "
  "basic level's effectiveness requirement?",
  {"above_regional_industry_average": T})
S("en", "basic",
  "We haven't reached 数字化达标 (digital transformation compliance) yet. Does that rule out the basic level's "
  "effectiveness requirement?",
  {"digital_transformation_compliant": F})
S("en", "basic",
  "Our key equipment and industrial software are secure and controllable, but our network and data security "
  "risks are not under control at the moment. Which condition does that affect?",
  {"security_controllable": T, "cyber_data_risk_controllable": F})
S("en", "basic",
  "We have a smart-manufacturing steering committee that plans, builds and runs the factory, but no dedicated "
  "smart-manufacturing professionals yet. OK for article 5(6)?",
  {"organization_mechanism": T, "talent_team": F})
S("en", "basic",
  "Our main product fits Beijing's industrial policy, and we use advanced technology and industry-leading processes. "
  "Is article 5(4) satisfied?",
  {"product_policy_compliant": T, "advanced_technology": T})
S("en", "basic",
  "We were fined on March 3rd, 2023 for a labelling violation - nothing since. Finances have been healthy for "
  "three years, no bad credit record, and we have never had an accident. Are we clean under 5(3)?",
  {"violations.0.date": "2023-03-03", "finances_sound_3y": T, "bad_credit_record": F, "incidents": []})
S("en", "advanced",
  "We make generic tablets and capsules. Key-process NC rate 79.5%, equipment networking 70%, labour productivity "
  "per head +8%, defect rate -4.9%, energy per unit of output value -4%.",
  {"industry_code": "C27", KP: 79.5, EN: 70, LP: 8, DR: 4.9, EG: 4})
S("en", "advanced",
  "We manufacture LED display panels. NC rate of key processes 78%, equipment networking 73%, per-capita labour "
  "productivity up 8%, defects down 3.9%, energy per unit output value down 6.9%. Close, but do we make it?",
  {"industry_code": "C39", KP: 78, EN: 73, LP: 8, DR: 3.9, EG: 6.9})
S("en", "advanced",
  "We're a green-tea processing factory. Key-process NC rate 60%, equipment networking 58%, labour productivity per "
  "head up 12%, defect rate down 6%. Haven't measured energy yet.",
  {"industry_code": "C15", KP: 60, EN: 58, LP: 12, DR: 6})
S("en", "advanced",
  "We produce polyester staple fibre. Key-process NC rate 80%, networking 80%, per-capita productivity +9%, "
  "defect rate -1.9%; energy data pending. Can you tell yet?",
  {"industry_code": "C28", KP: 80, EN: 80, LP: 9, DR: 1.9})
S("en", "advanced",
  "We run an oil refinery in Beijing. Key process NC rate 91%, equipment networking 88%, labour productivity gain "
  "6%, defect rate reduction 1%, energy per unit of output value reduction 12%.",
  {"industry_code": "C25", KP: 91, EN: 88, LP: 6, DR: 1, EG: 12})
S("en", "advanced",
  "Tyre maker here. NC rate (key processes) 74%, networking 76%, productivity per worker +10%, defect rate down 2%, "
  "energy per output value down 10%.",
  {"industry_code": "C29", KP: 74, EN: 76, LP: 10, DR: 2, EG: 10})
S("en", "advanced",
  "We are a copper smelter. Key-process NC rate 75%, equipment networking 75%, nothing else measured yet. Is that "
  "enough to tell?",
  {"industry_code": "C32", KP: 75, EN: 75})
S("en", "advanced",
  "We make compound fertilizer. Key-process NC rate 70%, networking 72%, labour productivity +8%, defect rate -1.5%, "
  "energy per output value -9%.",
  {"industry_code": "C26", KP: 70, EN: 72, LP: 8, DR: 1.5, EG: 9})
S("en", "advanced",
  "We fabricate steel structures for bridges. Key-process NC rate 70%, networking 65%, per-capita labour "
  "productivity +8%. The other two we haven't measured.",
  {"industry_code": "C33", KP: 70, EN: 65, LP: 8})
S("en", "advanced",
  "We build elevators and escalators. Key-process NC rate 68%, equipment networking 63%, labour productivity gain "
  "7%, defect rate reduction 6%, energy per unit output value reduction 6%.",
  {"industry_code": "C34", KP: 68, EN: 63, LP: 7, DR: 6, EG: 6})
S("en", "advanced",
  "We make excavators and other construction machinery. NC rate of key processes: seventy-two percent; networking "
  "rate: sixty-six percent; labour productivity per head: up eight percent; defect rate: down four percent.",
  {"industry_code": "C35", KP: 72, EN: 66, LP: 8, DR: 4})
S("en", "advanced",
  "We assemble complete electric vehicles. Key-process NC rate 85%, networking 90%, per-capita productivity +12%, "
  "defect rate -7%, energy per unit output value -6%.",
  {"industry_code": "C36", KP: 85, EN: 90, LP: 12, DR: 7, EG: 6})
S("en", "advanced",
  "We make bogies and car bodies for metro trains. Key-process NC rate 66%, networking rate 62%, labour "
  "productivity per head up 9%, defect rate down 4%, energy per output value down 4%.",
  {"industry_code": "C37", KP: 66, EN: 62, LP: 9, DR: 4, EG: 4})
S("en", "advanced",
  "We make household air conditioners. Key-process NC rate 77%, equipment networking 69%, labour productivity +8.5%, "
  "defect rate -5.5%, energy per unit of output value -3%.",
  {"industry_code": "C38", KP: 77, EN: 69, LP: 8.5, DR: 5.5, EG: 3})
S("en", "advanced",
  "We make surveying instruments and optical levels. Key-process NC rate 69.9%, networking 64.9%, per-head "
  "productivity +7.9%, defect rate -4.9%, energy per output value -4.9%. Just under everywhere?",
  {"industry_code": "C40", KP: 69.9, EN: 64.9, LP: 7.9, DR: 4.9, EG: 4.9})
S("en", "advanced",
  "We make toys (plush and plastic). Key-process NC rate 66%, networking 56%, labour productivity +10%, defect "
  "rate -5%, energy per output value -4%. Are we judged against the urban-industries row?",
  {"industry_code": "C24", KP: 66, EN: 56, LP: 10, DR: 5, EG: 4})
S("en", "advanced",
  "We repair and overhaul aircraft (MRO). Key-process NC rate 71%, equipment networking 66%, per-capita productivity "
  "+9%, defect rate -3%, energy per output value -2%.",
  {"industry_code": "C43", KP: 71, EN: 66, LP: 9, DR: 3, EG: 2})
S("en", "advanced",
  "We operate a coal mine. Key-process NC rate 85%, networking 90%, per-capita productivity up 15%, defects down "
  "10%, energy per output value down 12%. Which row of the table applies to us?",
  {"industry_code": "B06", KP: 85, EN: 90, LP: 15, DR: 10, EG: 12})
S("en", "basic",
  "We operate solar power stations (electricity generation), registered in Beijing, above designated size, "
  "independent legal person. Are we an industrial enterprise for these measures?",
  {"industry_code": "D44", **BJ, "above_designated_size": T, "independent_legal_person": T})
S("en", "basic",
  "We are a restaurant chain with our own kitchens, registered in Beijing, revenue RMB 300 million. Could we "
  "apply for the basic level?",
  {"industry_code": "H62", **BJ, "annual_revenue_10k_cny": 30000})
S("en", "basic",
  "We're a contract research organisation doing pre-clinical drug research (lab services only, no production), "
  "registered in Beijing. Can we be a smart factory?",
  {"industry_code": "M73", **BJ})
S("en", "basic",
  "Please assess us as of 20 December 2026: are the measures still in force on that date?",
  {"as_of": "2026-12-20"})
S("en", "advanced",
  "If we submit our advanced-level application on 1 February 2027, will the measures still apply?",
  {"as_of": "2027-02-01"})
S("en", "basic",
  "We're a 规上 enterprise, 独立法人, registered in 北京, making 中成药 (Chinese patent medicines). 成熟度 two. "
  "What else do we need for 基础级?",
  {"above_designated_size": T, "independent_legal_person": T, **BJ, "industry_code": "C27", "maturity_level": 2})
S("en", "basic",
  "We had an extraordinarily serious (特别重大) fire on 2019-08-08; no incidents at all since then, no violations, "
  "finances fine, no bad credit. Does the old fire still count against us?",
  {"incidents.0.kind": "safety", "incidents.0.grade": "extraordinary", "incidents.0.date": "2019-08-08",
   "violations": [], "finances_sound_3y": T, "bad_credit_record": F})
S("en", "basic",
  "No accidents whatsoever, but we got an administrative penalty on 9 Sept 2025 for illegal wastewater discharge. "
  "Does that disqualify us?",
  {"incidents": [], "violations.0.date": "2025-09-09"})
S("en", "basic",
  "No bad credit record, but our operations and finances were not sound in 2024 (heavy losses). Does that hurt us?",
  {"bad_credit_record": F, "finances_sound_3y": F})
S("en", "basic",
  "Registered in Beijing, independent legal entity, revenue 0.9 billion yuan, we make lithium-ion battery cells. "
  "Does article 5(1) hold?",
  {**BJ, "independent_legal_person": T, "annual_revenue_10k_cny": 90000, "industry_code": "C38"})
S("en", "basic",
  "Beijing-registered furniture maker (office chairs), independent legal person, main business revenue CNY 20.5m. "
  "Just above the line?",
  {**BJ, "independent_legal_person": T, "annual_revenue_10k_cny": 2050, "industry_code": "C21"})
S("en", "basic",
  "Our plant is built and has been in normal production since 2023, but honestly our products are not very "
  "competitive on the market. Is that a problem?",
  {"factory_built": T, "factory_in_operation": T, "market_competitive": F})
S("en", "advanced",
  "Hi, Beijing-registered, independent legal person, above designated size, we make diagnostic reagents? No - "
  "sorry, wrong company. We make semiconductor equipment (etching machines). Maturity level 3, basic level filed on "
  "2025-12-01, all five areas covered. Key process NC rate 81%, networking 77%, labour productivity +9%.",
  {**BJ, "independent_legal_person": T, "above_designated_size": T, "industry_code": "C35", "maturity_level": 3,
   "basic_filing.filed": T, "basic_filing.date": "2025-12-01", "domains": ALL5, KP: 81, EN: 77, LP: 9})
S("en", "basic",
  "We produce cattle feed and slaughter pigs (meat processing). Main indicators are above the Beijing industry "
  "average and we cover production operations and production management. Basic level?",
  {"industry_code": "C13", "above_regional_industry_average": T, "domains": [PO, PM]})
S("en", "advanced",
  "Dairy plant (UHT milk and yoghurt). Key-process NC rate 64%, networking 55%, per-head labour productivity +10%, "
  "defect rate -5%, energy per unit of output value -4%.",
  {"industry_code": "C14", KP: 64, EN: 55, LP: 10, DR: 5, EG: 4})
S("en", "advanced",
  "We make biologic drugs (monoclonal antibodies). Key-process NC rate 82%, networking 71%, labour productivity "
  "+5%, defect rate -3%, energy per output value -2%.",
  {"industry_code": "C27", KP: 82, EN: 71, LP: 5, DR: 3, EG: 2})
S("en", "advanced",
  "We make servers for data centres. Our numbers: 80% key-process NC rate, 70% equipment networking, nothing else "
  "measured. Is that enough?",
  {"industry_code": "C39", KP: 80, EN: 70})
S("en", "basic",
  "Beijing-registered, not an independent legal person (we are a branch of a Shanghai company). Can our branch "
  "factory apply?",
  {**BJ, "independent_legal_person": F})
S("en", "basic",
  "Our registered address moved to Hebei last year, but the factory is still in Beijing. We make paint. Can we apply "
  "for the Beijing basic level?",
  {"registration.province": "河北", "industry_code": "C26"})
S("en", "basic",
  "Two violations in our history: one on 2021-05-10 and one on 2024-01-15 (both fines for late environmental "
  "reporting). Are we disqualified?",
  {"violations.0.date": "2021-05-10", "violations.1.date": "2024-01-15"})
S("en", "basic",
  "Maturity level 2 confirmed, we cover all five areas, and we are already digital-transformation compliant "
  "(数字化达标). Anything missing for the basic level's key elements?",
  {"maturity_level": 2, "domains": ALL5, "digital_transformation_compliant": T})
S("en", "advanced",
  "Beijing basic-level smart factory, filed 2024-11-20 with the district. We now want advanced. Maturity is still "
  "level 2. We cover production operations, production management and operations management only.",
  {"basic_filing.filed": T, "basic_filing.date": "2024-11-20", "maturity_level": 2, "domains": [PO, PM, OM]})

S("en", "advanced",
  "We make chocolate bars. 68% of our production equipment is networked; NC on key processes 66%; output per "
  "worker up 11% vs. baseline; defective products down 5%; energy per 10k yuan of output value down 4%.",
  {"industry_code": "C14", EN: 68, KP: 66, LP: 11, DR: 5, EG: 4})
S("en", "advanced",
  "We make kitchen knives and stainless cookware. Machines online: 67 pct of production equipment; NC coverage "
  "of key process steps: 71 pct; per-capita labour productivity: +8 pct.",
  {"industry_code": "C33", EN: 67, KP: 71, LP: 8})
S("en", "advanced",
  "Our 关键工序数控化率 is 77%, 设备联网率 71%, and 人均劳动生产率 is up 9%. We make 手机 (smartphones). "
  "The other two indicators are still being audited.",
  {KP: 77, EN: 71, LP: 9, "industry_code": "C39"})

# ---------------------------------------------------------------------------- en, planted ambiguities (and facts)
S("en", "advanced",
  "We make CNC lathes. Our key equipment NC rate is 83%, equipment networking 70%, per-capita labour productivity "
  "up 9%. Enough for advanced?",
  {"industry_code": "C34", EN: 70, LP: 9}, amb=["key equipment NC rate is 83%"],
  note="key equipment (KPI 1), not key process")
S("en", "advanced",
  "We make edible vegetable oil (soybean and peanut oil). Production efficiency is up 14%, "
  "key-process NC rate 66%, networking 57%.",
  {"industry_code": "C13", KP: 66, EN: 57}, amb=["Production efficiency is up 14%"],
  note="production efficiency (KPI 7) is not per-capita labour productivity")
S("en", "advanced",
  "We make ceramic tiles. Energy use per unit of product is down 7%, key-process NC rate 78%, networking 76%.",
  {"industry_code": "C30", KP: 78, EN: 76}, amb=["Energy use per unit of product is down 7%"],
  note="per unit of product (KPI 16), not per unit of output value")
S("en", "advanced",
  "We make medical catheters. The defect rate went from 2% to 1.5% after the upgrade; key-process NC rate 74%, "
  "networking 68%.",
  {"industry_code": "C35", KP: 74, EN: 68}, amb=["from 2% to 1.5%"],
  note="a 0.5-point fall or a 25% relative reduction: not one value")
S("en", "basic",
  "We're a Beijing-registered independent legal person making sports shoes, with annual sales of US$4 million. "
  "Are we above designated size?",
  {**BJ, "independent_legal_person": T, "industry_code": "C19"}, amb=["US$4 million"],
  note="a dollar figure cannot be bound to 万元 without a rate")
S("en", "basic",
  "Our IT department is CMMI level 5 certified and we cover production operations. Does that meet the maturity "
  "requirement?",
  {"domains": [PO]}, amb=["CMMI level 5"], note="CMMI is not GB/T 39116")
S("en", "advanced",
  "We make optical fibre preforms? no - we make fibre-optic transceivers. 5G coverage of the shop floor is 90%, "
  "key-process NC rate 82%, equipment networking 72%.",
  {KP: 82, EN: 72}, amb=["5G coverage of the shop floor is 90%", "fibre-optic transceivers"],
  note="5G coverage is not equipment networking; transceivers: C39 optical devices or C38 optical communication")
S("en", "advanced",
  "Labour productivity in our plant is RMB 1.2 million per employee; we make precision bearings; key-process NC "
  "rate 73%, networking 67%.",
  {"industry_code": "C34", KP: 73, EN: 67}, amb=["RMB 1.2 million per employee"],
  note="a level of productivity, not a gain")
S("en", "advanced",
  "We make both generic drugs and the pre-filled syringes they come in. Key-process NC rate 80%, networking 70%, "
  "defect rate down 5%.",
  {KP: 80, EN: 70, DR: 5}, amb=["generic drugs", "pre-filled syringes"],
  note="two industries (C27, C35) of different rows")
S("en", "advanced",
  "We make washing machines. The defect rate fell by 3 percentage points; key-process NC rate 75%, networking 70%, "
  "labour productivity per head +9%.",
  {"industry_code": "C38", KP: 75, EN: 70, LP: 9}, amb=["fell by 3 percentage points"],
  note="percentage points of a rate are not the relative reduction the indicator means")
S("en", "advanced",
  "We're applying with our Beijing plant (key-process NC rate 75%). Our Hebei plant has an equipment networking "
  "rate of 80%. We make gearboxes.",
  {"industry_code": "C34", KP: 75}, amb=["Hebei plant has an equipment networking rate of 80%"],
  note="another factory's figure")

# ================================================================================================ zh, revocation
R("zh", "basic",
  "我们是2025年认定并备案的基础级智能工厂。今年10月公司注册地已经从北京市房山区迁到了河北省廊坊市，称号还能保留吗？",
  [{"type": "moved_registration", "to_beijing": False}])
R("zh", "advanced",
  "我司已获评北京市先进级智能工厂。今年公司名称由“北京华腾精密机械有限公司”变更为“北京华腾智造科技有限公司”，其他不变。称号会被撤销吗？",
  [{"type": "rename"}])
R("zh", "advanced",
  "我们是先进级智能工厂，2026年9月厂区发生爆炸，经应急管理部门认定为重大生产安全事故。称号还保得住吗？",
  [{"type": "accident", "kind": "safety", "grade": "major"}])
R("zh", "basic",
  "基础级智能工厂，上个月车间发生一起一般生产安全事故，一名工人手部轻伤，已按规定处理。会不会被撤销称号？",
  [{"type": "accident", "kind": "safety", "grade": "general"}])
R("zh", "advanced",
  "我们先进级认定时报的设备联网率数据被核查发现是编造的（实际只有50%多），这种情况怎么处理？",
  [{"type": "false_info"}])
R("zh", "basic",
  "我们公司今年被法院裁定破产清算了，基础级智能工厂的称号怎么办？",
  [{"type": "terminated"}])
R("zh", "basic",
  "我们基础级工厂整体从海淀搬到了大兴，注册地址也变更到了大兴区，还在北京。称号受影响吗？",
  [{"type": "moved_registration", "to_beijing": True}])
R("zh", "advanced",
  "先进级智能工厂企业，上月因废气超标排放被区生态环境局罚款20万元。请问会被撤销称号吗？",
  [{"type": "punished", "no_longer_meets": None}])
R("zh", "advanced",
  "我们是先进级智能工厂，产品出了批量质量问题，被市场监管部门认定为特别重大质量事故。后果是什么？",
  [{"type": "accident", "kind": "quality", "grade": "extraordinary"}])
R("zh", "basic",
  "我们被一家央企收购重组了，股东和法定代表人都变了，但还是同一家公司、同一个工厂，在北京正常生产。基础级称号还在吗？",
  [{"type": "rename"}])
R("zh", "advanced",
  "我们因违法排污被生态环境部门处罚，并被列入严重失信主体名单，已经不再符合认定条件了。先进级称号会怎样？",
  [{"type": "punished", "no_longer_meets": True}])
R("zh", "basic",
  "公司已经办理了注销登记，工厂也关了。原来的基础级智能工厂称号要注意什么？",
  [{"type": "terminated"}])
R("zh", "basic",
  "基础级智能工厂，昨天仓库着火，事故等级还没有认定下来。称号会被撤吗？",
  [{"type": "accident", "kind": "safety", "grade": None}])

# ================================================================================================ en, revocation
R("en", "advanced",
  "We were recognised as an advanced-level smart factory in 2025. In November we moved our registered office "
  "from Beijing to Tianjin. Do we keep the title?",
  [{"type": "moved_registration", "to_beijing": False}])
R("en", "basic",
  "After a merger we changed our company name; same legal entity, same plant, still registered in Beijing. Does "
  "our basic-level title lapse?",
  [{"type": "rename"}])
R("en", "advanced",
  "Our advanced-level smart factory had a major (重大) environmental accident in October - a toxic leak classified "
  "as a major environmental emergency. What happens to the title?",
  [{"type": "accident", "kind": "environmental", "grade": "major"}])
R("en", "basic",
  "A general-grade safety accident happened at our basic-level smart factory last week (one minor injury). Will "
  "we lose the title?",
  [{"type": "accident", "kind": "safety", "grade": "general"}])
R("en", "advanced",
  "An audit found that our advanced-level application contained falsified test reports. What does the measure "
  "say happens now?",
  [{"type": "false_info"}])
R("en", "basic",
  "Our company has been dissolved and is being liquidated. What happens to our basic-level smart factory title?",
  [{"type": "terminated"}])
R("en", "advanced",
  "We relocated our registered office and the plant within Beijing, from Changping to Shunyi. Any effect on our "
  "advanced-level title?",
  [{"type": "moved_registration", "to_beijing": True}])
R("en", "basic",
  "The market regulator fined us RMB 50,000 for a labelling violation. We're a basic-level smart factory. Is our "
  "title at risk?",
  [{"type": "punished", "no_longer_meets": None}])
R("en", "advanced",
  "We were penalised by the tax authority for tax evasion and are now on the bad-credit list, so we no longer meet "
  "the recognition conditions. What happens to our advanced-level title?",
  [{"type": "punished", "no_longer_meets": True}])
R("en", "advanced",
  "A batch of our implants had to be recalled and the regulator classified it as a major quality accident. We are "
  "an advanced-level smart factory. Consequences?",
  [{"type": "accident", "kind": "quality", "grade": "major"}])
R("en", "basic",
  "We opened a second plant in Hebei; the company stays registered in Beijing and the recognised Beijing plant "
  "keeps running normally. Does the basic-level title survive?",
  [{"type": "other"}])
R("en", "basic",
  "Production has completely stopped: our business licence was revoked and we cannot operate any more. What "
  "about our basic-level title?",
  [{"type": "terminated"}])


def main() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "situations.json"), "w", encoding="utf-8") as fh:
        json.dump(CASES, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(len(CASES), "situations written")


if __name__ == "__main__":
    main()
