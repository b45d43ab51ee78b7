# ruff: noqa: E501
"""Hand-written English situations (bench/heldout11). Same keys as cases_zh.py."""
from facts import check_code

PO, PM, OM, FC, RD = "production_operation", "production_management", "operations_management", \
    "factory_construction", "rd_design"
IND = "indicators."
USCC = "91110117MA0D7K3R4K"
assert len(USCC) == 18 and check_code(USCC)

CASES = [
    {"q": "Sector: auto parts (seat frames) | NC rate of key processes 0.74 | equipment networking 0.66 | labour productivity +8.5% | "
          "defect rate -5% | energy per unit output -4.8% | Shunyi District, Beijing. Advanced?",
     "level": "advanced",
     "expect": {"industry_code": "C36", IND + "key_process_nc_rate": 74, IND + "equipment_networking_rate": 66,
                IND + "labor_productivity_gain": 8.5, IND + "defect_rate_reduction": 5, IND + "energy_per_output_reduction": 4.8,
                "registration.province": "北京", "registration.district": "顺义区"}},
    {"q": "The applicant, a vaccine maker registered in Daxing District, Beijing, reports a key-process NC rate of 79%, 71% of production "
          "equipment networked, labour productivity up 8%, defect rate down 4%, and energy per unit of output down 4%. It filed as "
          "basic level with Daxing on 2025-09-08. Does it pass the advanced indicator test?",
     "level": "advanced",
     "expect": {"industry_code": "C27", "registration.province": "北京", "registration.district": "大兴区",
                IND + "key_process_nc_rate": 79, IND + "equipment_networking_rate": 71, IND + "labor_productivity_gain": 8,
                IND + "defect_rate_reduction": 4, IND + "energy_per_output_reduction": 4, "basic_filing.filed": True,
                "basic_filing.district": "大兴区", "basic_filing.date": "2025-09-08"}},
    {"q": "we r a tyre plant in changping, beijing. key process NC rate ~77%, equipment networking 73%, OEE 85 lol, energy per output "
          "down 9%.. can we do advanced??",
     "level": "advanced", "ambiguous": ["OEE 85"],
     "expect": {"industry_code": "C29", "registration.province": "北京", "registration.district": "昌平区",
                IND + "key_process_nc_rate": 77, IND + "equipment_networking_rate": 73, IND + "energy_per_output_reduction": 9}},
    {"q": "Our client is registered in Tianjin but runs its main plant in Beijing's Tongzhou; it makes PV modules and is above "
          "designated size. Basic level possible?",
     "level": "basic", "ambiguous": ["runs its main plant in Beijing's Tongzhou"],
     "expect": {"registration.province": "天津", "industry_code": "C38", "above_designated_size": True}},
    {"q": "Not in production yet: the plant was completed in March but the line hasn't started. Maturity level 2 (GB/T 39116, "
          "self-assessed). Product: smart electricity meters. basic?",
     "level": "basic",
     "expect": {"factory_built": True, "factory_in_operation": False, "maturity_level": 2, "industry_code": "C40"}},
    {"q": "Reviewer's notes on the applicant: (1) no steering organisation for the smart factory; (2) no bad credit record; "
          "(3) loss-making in two of the last three years, finances not sound. Which basic-level conditions fail?",
     "level": "basic",
     "expect": {"organization_mechanism": False, "bad_credit_record": False, "finances_sound_3y": False}},
    {"q": "Everything except R&D design is covered (factory construction, production operation, production management, operations "
          "management). Products: industrial robots. Key-process NC rate 71%, equipment networking 64%, labour productivity +7%, "
          "defect-rate reduction 6%. Advanced level?",
     "level": "advanced",
     "expect": {"domains": [FC, PO, PM, OM], "industry_code": "C34", IND + "key_process_nc_rate": 71,
                IND + "equipment_networking_rate": 64, IND + "labor_productivity_gain": 7, IND + "defect_rate_reduction": 6}},
    {"q": "Assess as of 2025-03-01 please: basic-level candidate, maturity level 3, already 数字化达标.",
     "level": "basic",
     "expect": {"as_of": "2025-03-01", "maturity_level": 3, "digital_transformation_compliant": True}},
    {"q": "A larger-grade (较大) environmental incident occurred on 2024-07-19; otherwise no violations of law; finances sound over "
          "the last three years. Is art. 5(3) met?",
     "level": "basic",
     "expect": {"incidents.0.kind": "environmental", "incidents.0.grade": "larger", "incidents.0.date": "2024-07-19",
                "violations": [], "finances_sound_3y": True}},
    {"q": "Software house registered in Haidian, Beijing, does software development (MES for factories), revenue RMB 50 million. "
          "Can it be a basic-level smart factory?",
     "level": "basic",
     "expect": {"industry_code": "I65", "registration.province": "北京", "registration.district": "海淀区",
                "annual_revenue_10k_cny": 5000}},
    {"q": "Cement plant. Key-process NC rate today 66%, target 80% next year; equipment networking today 61%. How far from "
          "the advanced thresholds?",
     "level": "advanced", "ambiguous": ["target 80% next year"],
     "expect": {"industry_code": "C30", IND + "key_process_nc_rate": 66, IND + "equipment_networking_rate": 61}},
    {"q": "The parent group reports 95% equipment networking; our Beijing subsidiary (the applicant, an independent legal person) "
          "has not measured its own yet. Key-process NC rate 72%. Product: CNC machine tools. Advanced?",
     "level": "advanced", "ambiguous": ["The parent group reports 95% equipment networking"],
     "expect": {"independent_legal_person": True, IND + "key_process_nc_rate": 72, "industry_code": "C34"}},
    {"q": f"Company: Beijing Tianheng Instruments Co., Ltd. | USCC: {USCC} | District: Pinggu | Product: gas chromatographs | "
          "maturity L3 (GB/T 39116) | revenue RMB 86 million | basic-level filing: not yet. Advanced level?",
     "level": "advanced",
     "expect": {"name": "Beijing Tianheng Instruments Co., Ltd.", "credit_code": USCC, "registration.district": "平谷区",
                "industry_code": "C40", "maturity_level": 3, "annual_revenue_10k_cny": 8600, "basic_filing.filed": False}},
    {"q": "Coal mining (B06), above designated size, independent legal person, registered in Mentougou, Beijing. Key-process NC "
          "rate 80%, equipment networking 85%. Advanced indicators?",
     "level": "advanced",
     "expect": {"industry_code": "B06", "above_designated_size": True, "independent_legal_person": True,
                "registration.province": "北京", "registration.district": "门头沟区",
                IND + "key_process_nc_rate": 80, IND + "equipment_networking_rate": 85}},
    {"q": "Applicant sheet - legal person: yes | above designated size: yes | plant built: yes, in operation: yes | competitive: yes | "
          "finances 3y: sound | bad credit: none | incidents: none in 3 years | violations: none | policy fit: yes | advanced "
          "tech: no | security controllable: yes | cyber/data risk controllable: yes | steering org: yes | talent: yes | "
          "maturity: level 2. Basic?",
     "level": "basic",
     "expect": {"independent_legal_person": True, "above_designated_size": True, "factory_built": True,
                "factory_in_operation": True, "market_competitive": True, "finances_sound_3y": True,
                "bad_credit_record": False, "incidents": [], "violations": [], "product_policy_compliant": True,
                "advanced_technology": False, "security_controllable": True, "cyber_data_risk_controllable": True,
                "organization_mechanism": True, "talent_team": True, "maturity_level": 2}},
]
_ = check_code
