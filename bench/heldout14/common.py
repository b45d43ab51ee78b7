# ruff: noqa: E501
"""Shared pieces of bench/heldout14's generators (copied from heldout13's common.py: the
field -> condition map and statuses(); the vocabulary below is this set's own): field -> condition map, statuses over stated facts (via
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


# products named in everyday words, with the GB/T 4754-2017 code at the deepest level the words fix (the scorer
# checks a prefix, so a shallower code is "not read"): zh (simplified), zh (traditional / HK-TW wording), en, code,
# the class name of GB/T 4754-2017 the code stands for
PRODUCTS = [
    ("巴氏奶和常温纯牛奶", "鮮奶和保久乳", "pasteurised and UHT milk", "C1441", "液体乳制造"),
    ("啤酒", "啤酒", "beer", "C1513", "啤酒制造"),
    ("白酒", "白酒", "baijiu (Chinese liquor)", "C1512", "白酒制造"),
    ("瓶装矿泉水和纯净水", "瓶裝礦泉水", "bottled mineral and purified water", "C1522", "瓶（罐）装饮用水制造"),
    ("面包和蛋糕", "麵包和蛋糕", "bread and cakes", "C1411", "糕点、面包制造"),
    ("速冻水饺和汤圆", "冷凍水餃和湯圓", "frozen dumplings", "C1432", "速冻食品制造"),
    ("化学药的片剂和胶囊", "化學藥片劑和膠囊", "finished chemical drugs (tablets and capsules)", "C2720", "化学药品制剂制造"),
    ("中成药", "中成藥", "proprietary Chinese medicines", "C2740", "中成药生产"),
    ("新能源汽车整车", "新能源汽車整車", "complete new-energy vehicles", "C3612", "新能源车整车制造"),
    ("汽车零部件（刹车盘、转向节）", "汽車零組件（煞車盤、轉向節）", "auto parts (brake discs, steering knuckles)", "C3670", "汽车零部件及配件制造"),
    ("服务器和台式电脑整机", "伺服器和桌上型電腦整機", "servers and desktop computers", "C3911", "计算机整机制造"),
    ("手机", "手機", "mobile phones", "C3922", "通信终端设备制造"),
    ("晶圆（集成电路制造）", "晶圓（積體電路製造）", "wafers (integrated-circuit fabrication)", "C3973", "集成电路制造"),
    ("液晶显示面板", "液晶面板", "LCD display panels", "C3974", "显示器件制造"),
    ("智能手表和手环", "智慧手錶和手環", "smartwatches and fitness bands", "C3961", "可穿戴智能设备制造"),
    ("工业机器人", "工業機器人", "industrial robots", "C3491", "工业机器人制造"),
    ("金属3D打印机", "金屬3D列印機", "metal 3D printers (additive manufacturing equipment)", "C3493", "增材制造装备制造"),
    ("数控车床和加工中心", "數控車床和加工中心", "CNC lathes and machining centres", "C3421", "金属切削机床制造"),
    ("CT机和核磁共振设备", "電腦斷層掃描儀和核磁共振設備", "CT and MRI scanners", "C3581", "医疗诊断、监护及治疗设备制造"),
    ("地铁列车", "捷運列車", "metro trains", "C3720", "城市轨道交通设备制造"),
    ("锂电池电芯", "鋰電池電芯", "lithium-ion battery cells", "C3841", "锂离子电池制造"),
    ("光伏组件", "太陽能光電模組", "solar PV modules", "C3825", "光伏设备及元器件制造"),
    ("工业涂料", "工業塗料", "industrial paint and coatings", "C2641", "涂料制造"),
    ("护肤品和彩妆", "保養品和彩妝", "skincare and make-up", "C2682", "化妆品制造"),
    ("汽车轮胎", "汽車輪胎", "car tyres", "C2911", "轮胎制造"),
    ("水泥", "水泥", "cement", "C3011", "水泥制造"),
    ("瓦楞纸箱", "瓦楞紙箱", "corrugated cardboard boxes", "C2231", "纸和纸板容器制造"),
    ("图书和期刊印刷", "書籍和期刊印刷", "book and magazine printing", "C2311", "书、报刊印刷"),
    ("实木家具", "實木傢俱", "solid-wood furniture", "C2110", "木质家具制造"),
    ("铝合金型材", "鋁合金型材", "aluminium extrusions", "C3252", "铝压延加工"),
    ("色谱仪、质谱仪", "層析儀、質譜儀", "chromatographs and mass spectrometers", "C4014", "实验分析仪器制造"),
    ("工业阀门", "工業閥門", "industrial valves", "C3443", "阀门和旋塞制造"),
    ("塑料玩具", "塑膠玩具", "plastic toys", "C2452", "塑胶玩具制造"),
]

# Beijing's districts: zh as registered, spoken zh, English (the scorer maps English names to the zh ones)
DISTRICTS = [("海淀区", "海淀", "Haidian"), ("朝阳区", "朝阳", "Chaoyang"), ("昌平区", "昌平", "Changping"),
             ("顺义区", "顺义", "Shunyi"), ("大兴区", "大兴", "Daxing"), ("通州区", "通州", "Tongzhou"),
             ("房山区", "房山", "Fangshan"), ("怀柔区", "怀柔", "Huairou"), ("密云区", "密云", "Miyun"),
             ("平谷区", "平谷", "Pinggu"), ("丰台区", "丰台", "Fengtai"), ("延庆区", "延庆", "Yanqing"),
             ("门头沟区", "门头沟", "Mentougou"), ("石景山区", "石景山", "Shijingshan"), ("西城区", "西城", "Xicheng"),
             ("东城区", "东城", "Dongcheng")]
DISTRICTS_HANT = {"海淀区": "海淀區", "朝阳区": "朝陽區", "昌平区": "昌平區", "顺义区": "順義區", "大兴区": "大興區",
                  "通州区": "通州區", "房山区": "房山區", "怀柔区": "懷柔區", "密云区": "密雲區", "平谷区": "平谷區",
                  "丰台区": "豐臺區", "延庆区": "延慶區", "门头沟区": "門頭溝區", "石景山区": "石景山區",
                  "西城区": "西城區", "东城区": "東城區"}

DOMAIN_ZH = {"factory_construction": "工厂建设", "rd_design": "研发设计", "production_operation": "生产作业",
             "production_management": "生产管理", "operations_management": "运营管理"}
DOMAIN_HANT = {"factory_construction": "工廠建設", "rd_design": "研發設計", "production_operation": "生產作業",
               "production_management": "生產管理", "operations_management": "營運管理"}
DOMAIN_EN = {"factory_construction": "factory construction", "rd_design": "R&D and design",
             "production_operation": "production operations", "production_management": "production management",
             "operations_management": "operations (business) management"}
IND = ["key_process_nc_rate", "labor_productivity_gain", "defect_rate_reduction", "equipment_networking_rate",
       "energy_per_output_reduction"]
ROW_OF = derive.row_of
ROWS = derive.ROWS
