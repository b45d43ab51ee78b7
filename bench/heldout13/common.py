# ruff: noqa: E501
"""Shared pieces of bench/heldout13's generators: field -> condition map, statuses over stated facts (via
derive.py), and the vocabulary of this set (products, districts). Standard library only."""
from __future__ import annotations

import derive

COND = [  # field path prefix -> condition eId (both levels)
    ("registration.", "art_5__item_1"), ("independent_legal_person", "art_5__item_1"),
    ("above_designated_size", "art_5__item_1"), ("annual_revenue_10k_cny", "art_5__item_1"),
    ("industry_code", "art_5__item_1"), ("factory_", "art_5__item_2"), ("market_competitive", "art_5__item_2"),
    ("finances_sound_3y", "art_5__item_3"), ("bad_credit_record", "art_5__item_3"), ("incidents", "art_5__item_3"),
    ("violations", "art_5__item_3"), ("product_policy_compliant", "art_5__item_4"),
    ("advanced_technology", "art_5__item_4"), ("security_controllable", "art_5__item_5"),
    ("cyber_data_risk_controllable", "art_5__item_5"), ("organization_mechanism", "art_5__item_6"),
    ("talent_team", "art_5__item_6"), ("maturity_level", "art_5__item_7"), ("as_of", "art_14"),
]
LEVEL_COND = {"basic": [("domains", "att_1__sec_1"), ("digital_transformation_compliant", "att_1__sec_2"),
                        ("above_regional_industry_average", "att_1__sec_2")],
              "advanced": [("domains", "att_2__sec_1"), ("basic_filing.", "art_7"), ("indicators.", "att_2__sec_2"),
                           ("industry_code", "att_2__sec_2")]}


def unflatten(flat: dict) -> dict:
    p: dict = {"id": "x"}
    for path, v in flat.items():
        keys = path.split(".")
        cur = p
        for i, k in enumerate(keys[:-1]):
            nxt = keys[i + 1]
            if k.isdigit():
                while len(cur) <= int(k):
                    cur.append({})
                cur = cur[int(k)]
            elif nxt.isdigit():
                cur = cur.setdefault(k, [])
            else:
                cur = cur.setdefault(k, {})
        last = keys[-1]
        cur[last] = v
    return p


def statuses(expect: dict, level: str, hidden: dict | None = None, only=None) -> dict:
    """Statuses of the conditions the stated (expect) and hidden facts bear on, derived from them only."""
    p = unflatten({**expect, **(hidden or {})})
    st = derive.status(p, level)
    names = set()
    for path in list(expect) + list(hidden or {}):
        for pre, c in COND + LEVEL_COND[level]:
            if path.startswith(pre):
                names.add(c)
    if only:
        names = set(only)
    return {c: st[c] for c in sorted(names)}


# products whose GB/T 4754-2017 place is fixed by the words; the code expected is only as long as the words fix
# it (the check is a prefix match): zh, en, code
PRODUCTS = [
    ("液态奶和酸奶", "liquid milk and yoghurt", "C144"),       # 乳制品制造
    ("精酿啤酒", "craft beer", "C1513"),                       # 啤酒制造
    ("中成药（片剂、胶囊）", "proprietary Chinese medicines (tablets, capsules)", "C274"),
    ("化学药品制剂", "finished chemical drugs (formulations)", "C272"),
    ("人用疫苗", "human vaccines", "C27"),
    ("新能源乘用车整车", "new-energy passenger cars (complete vehicles)", "C361"),
    ("汽车座椅和内饰件", "car seats and interior trim", "C36"),
    ("集成电路（晶圆制造）", "integrated circuits (wafer fabrication)", "C397"),
    ("5G手机", "5G smartphones", "C39"),
    ("服务器整机", "rack servers", "C391"),
    ("工业机器人", "industrial robots", "C34"),
    ("数控机床", "CNC machine tools", "C34"),
    ("商品混凝土用水泥", "cement", "C30"),
    ("汽车轮胎", "car tyres", "C29"),
    ("工业涂料", "industrial coatings (paint)", "C26"),
    ("实木家具", "solid-wood furniture", "C21"),
    ("职业装（西服、衬衫）", "workwear (suits and shirts)", "C18"),
    ("书刊印刷品", "printed books and magazines", "C23"),
    ("瓦楞纸箱", "corrugated cartons", "C22"),
    ("面包和糕点", "bread and pastries", "C14"),
    ("冷鲜猪肉", "chilled pork", "C13"),
    ("儿童玩具", "children's toys", "C24"),
    ("电磁流量计", "electromagnetic flow meters", "C40"),
    ("CT和磁共振成像设备", "CT and MRI scanners", "C35"),
    ("地铁车辆", "metro cars", "C37"),
    ("废旧动力电池回收再利用", "recycling of spent traction batteries", "C42"),
    ("光纤光缆", "optical fibre and cable", "C38"),
    ("液晶显示面板", "LCD panels", "C39"),
    ("铝合金型材", "aluminium alloy profiles", "C32"),
    ("特种钢材", "special steel", "C31"),
    ("化妆品", "cosmetics", "C26"),
    ("瓶装饮用水", "bottled drinking water", "C15"),
]

# products (or trades) that could sit in two divisions: never expected, planted as ambiguous
AMBIG_PRODUCTS = [
    ("医疗器械", "medical devices"),          # C35 equipment, C27 consumables/reagents, C40 instruments
    ("芯片", "chips"),                        # design (I65) or fabrication/packaging (C39)
    ("新材料", "new materials"),              # C26, C30, C32, ...
    ("智能硬件", "smart hardware"),           # C39 or C40 or C34
    ("传感器", "sensors"),                    # C39 (敏感元件) or C40
]

# Beijing districts: zh (as registered), colloquial zh, English
DISTRICTS = [("海淀区", "海淀", "Haidian"), ("朝阳区", "朝阳", "Chaoyang"), ("昌平区", "昌平", "Changping"),
             ("顺义区", "顺义", "Shunyi"), ("大兴区", "大兴", "Daxing"), ("通州区", "通州", "Tongzhou"),
             ("房山区", "房山", "Fangshan"), ("怀柔区", "怀柔", "Huairou"), ("密云区", "密云", "Miyun"),
             ("平谷区", "平谷", "Pinggu"), ("丰台区", "丰台", "Fengtai"), ("延庆区", "延庆", "Yanqing"),
             ("门头沟区", "门头沟", "Mentougou"), ("石景山区", "石景山", "Shijingshan")]

# names of places that are not districts (never expected as registration.district)
NOT_DISTRICTS = [("亦庄", "Yizhuang"), ("经开区", "the BDA (Beijing Economic-Technological Development Area)"),
                 ("中关村", "Zhongguancun"), ("未来科学城", "Future Science City")]

DOMAIN_ZH = {"factory_construction": "工厂建设", "rd_design": "研发设计", "production_operation": "生产作业",
             "production_management": "生产管理", "operations_management": "运营管理"}
DOMAIN_EN = {"factory_construction": "factory construction", "rd_design": "R&D and design",
             "production_operation": "production operation", "production_management": "production management",
             "operations_management": "operations management"}
IND = ["key_process_nc_rate", "labor_productivity_gain", "defect_rate_reduction", "equipment_networking_rate",
       "energy_per_output_reduction"]
IND_ZH = {"key_process_nc_rate": "关键工序数控化率", "labor_productivity_gain": "人均劳动生产率提升",
          "defect_rate_reduction": "产品不良率下降", "equipment_networking_rate": "生产设备联网率",
          "energy_per_output_reduction": "单位产值能耗降低"}
IND_EN = {"key_process_nc_rate": "key-process NC rate", "labor_productivity_gain": "labour productivity per head up",
          "defect_rate_reduction": "defect rate down", "equipment_networking_rate": "production-equipment networking rate",
          "energy_per_output_reduction": "energy per unit of output down"}
ROW_OF = derive.row_of
ROWS = derive.ROWS
