"""The source of interview.json (python3 interview_src.py writes it): whole profiles (fields left out are answered
"we do not know" by the scorer's interview driver) with verdicts and condition statuses derived by derive.py."""
from __future__ import annotations

import copy
import json
import os

import derive

ALL5 = ["factory_construction", "rd_design", "production_operation", "production_management",
        "operations_management"]
BASE = {
    "registration": {"province": "北京市", "district": "海淀区"},
    "independent_legal_person": True, "above_designated_size": True, "annual_revenue_10k_cny": 52000,
    "industry_code": "C3911",
    "factory_built": True, "factory_in_operation": True, "market_competitive": True,
    "finances_sound_3y": True, "bad_credit_record": False, "incidents": [], "violations": [],
    "product_policy_compliant": True, "advanced_technology": True,
    "security_controllable": True, "cyber_data_risk_controllable": True,
    "organization_mechanism": True, "talent_team": True,
    "maturity_level": 3, "domains": ALL5,
    "indicators": {"key_process_nc_rate": 84, "labor_productivity_gain": 9, "defect_rate_reduction": 4.5,
                   "equipment_networking_rate": 76, "energy_per_output_reduction": 7.5},
    "above_regional_industry_average": True, "digital_transformation_compliant": False,
    "basic_filing": {"filed": True, "district": "海淀区", "date": "2025-08-20"},
    "as_of": "2026-12-07",
}
DROP = object()
CASES: list = []


def P(name, note, **changes):
    p = copy.deepcopy(BASE)
    for k, v in changes.items():
        if v is DROP:
            p.pop(k, None)
        else:
            p[k] = v
    p = {"id": f"h8-{len(CASES) + 1:02d}", "name": name, **p}
    expect = {}
    for level in ("basic", "advanced"):
        st = derive.derive_conditions(p, level)
        expect[level] = {"verdict": derive.verdict(st), "conditions": st}
    CASES.append({"name": name, "note": note, "profile": p, "expect": expect})


P("服务器整机厂（全部满足）", "every condition of both levels met")
P("食品厂：基础级满足、先进级指标不足", "C14 row_1: only 1 of 5 reach the row",
  industry_code="C1431",
  indicators={"key_process_nc_rate": 60, "labor_productivity_gain": 12, "defect_rate_reduction": 3,
              "equipment_networking_rate": 50, "energy_per_output_reduction": 2})
P("医疗器械厂：先进级指标未测全", "C35 row_4: 2 met, 1 below, 2 unknown",
  industry_code="C3581",
  indicators={"key_process_nc_rate": 75, "equipment_networking_rate": 68, "labor_productivity_gain": 6})
P("成熟度一级的家具厂", "maturity 1 fails art_5 item 7 at both levels", industry_code="C2110", maturity_level=1)
P("工业软件公司", "section I is not industrial", industry_code="I6513")
P("小型印刷厂（规下）", "revenue 1500 万元 and not above designated size", industry_code="C2319",
  above_designated_size=False, annual_revenue_10k_cny=1500)
P("2025 年有较大安全事故的化工厂", "a larger accident inside the three-year window", industry_code="C2641",
  indicators={"key_process_nc_rate": 80, "labor_productivity_gain": 11, "defect_rate_reduction": 2.5,
              "equipment_networking_rate": 78, "energy_per_output_reduction": 10},
  incidents=[{"kind": "safety", "grade": "larger", "date": "2025-06-30"}])
P("2022 年有重大事故、此后无事故的水泥厂", "a major accident before the window does not count; C30 row_5 met",
  industry_code="C3011",
  indicators={"key_process_nc_rate": 76, "labor_productivity_gain": 10, "defect_rate_reduction": 1,
              "equipment_networking_rate": 80, "energy_per_output_reduction": 9},
  incidents=[{"kind": "environmental", "grade": "major", "date": "2022-09-01"},
             {"kind": "safety", "grade": "general", "date": "2026-02-11"}])
P("未备案基础级的汽车零部件厂", "advanced needs a filed basic level", industry_code="C3670",
  indicators={"key_process_nc_rate": 72, "labor_productivity_gain": 8, "defect_rate_reduction": 5,
              "equipment_networking_rate": 60, "energy_per_output_reduction": 4},
  basic_filing={"filed": False})
P("只做了研发设计和运营管理的仪器厂", "no production operation: key elements fail at both levels",
  industry_code="C4014", domains=["rd_design", "operations_management"])
P("靠数字化达标满足成效的服装厂", "basic effectiveness by 数字化达标 alone; advanced lacks production management",
  industry_code="C1810", above_regional_industry_average=False, digital_transformation_compliant=True,
  domains=["production_operation", "operations_management"])
P("信息很少的新申报企业", "most fields unknown", **{k: DROP for k in (
    "independent_legal_person", "market_competitive", "finances_sound_3y", "bad_credit_record", "incidents",
    "violations", "product_policy_compliant", "advanced_technology", "security_controllable",
    "cyber_data_risk_controllable", "organization_mechanism", "talent_team", "indicators",
    "above_regional_industry_average", "digital_transformation_compliant", "basic_filing")})
P("砂石矿山企业", "section B: industrial, but att_2-1 has no row (expert review)", industry_code="B1019")
P("燃气热电厂", "section D: industrial, no att_2-1 row", industry_code="D4430")
P("2027 年 1 月 15 日评估的电池厂", "the measures are no longer in force on as_of", industry_code="C3841",
  as_of="2027-01-15")
P("备案日期晚于评估日的药厂", "basic filing dated after as_of", industry_code="C2720",
  indicators={"key_process_nc_rate": 82, "labor_productivity_gain": 8, "defect_rate_reduction": 5,
              "equipment_networking_rate": 71, "energy_per_output_reduction": 3},
  basic_filing={"filed": True, "district": "昌平区", "date": "2026-12-20"}, as_of="2026-12-10")
P("注册在天津的电子厂", "registered outside Beijing", registration={"province": "天津市", "district": "滨海新区"})
P("营收刚好 2000 万、未填规上的皮具厂", "revenue at the line counts; C19 row_1 met",
  industry_code="C1922", above_designated_size=DROP, annual_revenue_10k_cny=2000,
  indicators={"key_process_nc_rate": 65, "labor_productivity_gain": 10, "defect_rate_reduction": 5,
              "equipment_networking_rate": 55, "energy_per_output_reduction": 4})
P("有不良信用记录的机床厂", "bad credit record", industry_code="C3421", bad_credit_record=True)
P("关键软件不可控的光伏组件厂", "security not controllable; C38 row_4 not reached", industry_code="C3825",
  security_controllable=False,
  indicators={"key_process_nc_rate": 69, "labor_productivity_gain": 7, "defect_rate_reduction": 6,
              "equipment_networking_rate": 66, "energy_per_output_reduction": 4})
P("近三年有违法记录的饮料厂", "a violation inside the window", industry_code="C1525",
  violations=[{"date": "2024-04-18", "description": "环评未批先建被处罚"}])
P("指标未知、行业已知的仪表厂（先进级待定）", "indicators left out: advanced undetermined, basic eligible",
  industry_code="C4011", indicators=DROP)


def main() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "interview.json"), "w", encoding="utf-8") as fh:
        json.dump(CASES, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(len(CASES), "interview profiles written")


if __name__ == "__main__":
    main()
