# ruff: noqa: E501
"""How bench/heldout15's generated people write each fact: key: value lines, table cells, chat lines, formal
report sentences, plain sentences (with typos), code-switched zh/en. A *topic* is one thing said (it may set several
field paths: a registered address sets province and district). Standard library only."""
from __future__ import annotations

from vocab import ALL_DOMAINS, DOMAIN_EN, DOMAIN_ZH

IND_ZH = {"key_process_nc_rate": "关键工序数控化率", "labor_productivity_gain": "人均劳动生产率提升",
          "defect_rate_reduction": "产品不良率下降", "equipment_networking_rate": "生产设备联网率",
          "energy_per_output_reduction": "单位产值能耗降低"}
IND_ZH_SHORT = {"key_process_nc_rate": "数控化率", "labor_productivity_gain": "人均劳动生产率提升",
                "defect_rate_reduction": "不良率下降", "equipment_networking_rate": "设备联网率",
                "energy_per_output_reduction": "单位产值能耗下降"}
IND_CS = {"key_process_nc_rate": "NC率", "labor_productivity_gain": "labor productivity per head的提升",
          "defect_rate_reduction": "defect rate的降幅", "equipment_networking_rate": "networking rate",
          "energy_per_output_reduction": "energy per output value的降幅"}
IND_EN = {"key_process_nc_rate": "key-process NC rate", "labor_productivity_gain": "labour productivity per head gain",
          "defect_rate_reduction": "defect rate reduction", "equipment_networking_rate": "equipment networking rate",
          "energy_per_output_reduction": "energy use per unit of output value, reduction"}
IND_EN_SENT = {"key_process_nc_rate": "the key-process NC rate is {v}%",
               "labor_productivity_gain": "output per worker is up {v}% on the baseline",
               "defect_rate_reduction": "the defect rate came down by {v}%",
               "equipment_networking_rate": "{v}% of production equipment is networked",
               "energy_per_output_reduction": "energy consumption per unit of output value fell {v}%"}
IND_ZH_SENT = {"key_process_nc_rate": "关键工序数控化率{v}%",
               "labor_productivity_gain": "人均劳动生产率比基期提升{v}%",
               "defect_rate_reduction": "产品不良率下降了{v}%",
               "equipment_networking_rate": "生产设备联网率{v}%",
               "energy_per_output_reduction": "单位产值能源消耗降低了{v}%"}

TYPO_ZH = {"数控化率": "数控化律", "联网率": "连网率", "成熟度": "成熟读", "备案": "备按", "规模以上": "规模已上",
           "不良信用": "不良信誉", "运营管理": "运营管里", "营业收入": "营业收人"}
TYPO_EN = {"networking": "netwroking", "maturity": "maturty", "revenue": "revenu", "independent": "independant",
           "registered": "registred", "reduction": "reducton", "productivity": "productivty", "defect": "defekt"}


def pct(v) -> str:
    return f"{v:g}"


def date_zh(d: str, form: int = 0) -> str:
    y, m, dd = d.split("-")
    return [f"{y}年{int(m)}月{int(dd)}日", d, f"{y}/{int(m)}/{int(dd)}", f"{y}.{m}.{dd}"][form % 4]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def date_en(d: str, form: int = 0) -> str:
    y, m, dd = d.split("-")
    return [f"{int(dd)} {MONTHS[int(m) - 1]} {y}", f"{MONTHS[int(m) - 1]} {int(dd)}, {y}", d,
            f"{int(dd)} {MONTHS[int(m) - 1][:3]} {y}"][form % 4]


def revenue_zh(v10k: float, form: int) -> str:
    """v10k in 万元 -> words; every form fixes the amount exactly."""
    yi = v10k / 10000
    forms = [f"{v10k:,.0f}万元" if v10k >= 1000 else f"{v10k:g}万元", f"{yi:g}亿元", f"{yi:g}个亿",
             f"{v10k:g}万", f"人民币{yi:g}亿元", f"{int(v10k * 10000):,}元"]
    if yi < 0.1 or yi != round(yi, 2):
        forms[1] = forms[2] = forms[4] = forms[0]
    return forms[form % len(forms)]


def revenue_en(v10k: float, form: int) -> str:
    m = v10k / 100           # millions
    bn = v10k / 100000
    forms = [f"RMB {m:g} million", f"CNY {m:g}m", f"RMB {bn:g}bn", f"{m:g} million yuan",
             f"RMB {bn:g} billion", f"{int(v10k * 10000):,} yuan"]
    if bn < 0.1 or bn != round(bn, 2):
        forms[2] = forms[4] = forms[0]
    return forms[form % len(forms)]


def domains_zh(ds: list, form: int) -> str:
    ds = [d for d in ALL_DOMAINS if d in ds]
    missing = [d for d in ALL_DOMAINS if d not in ds]
    if len(ds) == 5 and form % 2:
        return "工厂建设、研发设计、生产作业、生产管理、运营管理五个环节全部覆盖"
    if len(missing) in (1, 2) and form % 3 != 2:
        return "除了" + "和".join(DOMAIN_ZH[d] for d in missing) + "，其他环节都覆盖了"
    if len(ds) == 1:
        return f"只覆盖了{DOMAIN_ZH[ds[0]]}这一个环节"
    return "覆盖" + "、".join(DOMAIN_ZH[d] for d in ds) + f"{'两三四五'[len(ds) - 2]}个环节"


def domains_en(ds: list, form: int) -> str:
    ds = [d for d in ALL_DOMAINS if d in ds]
    missing = [d for d in ALL_DOMAINS if d not in ds]
    if len(ds) == 5 and form % 2:
        return "covers all five areas (factory construction, R&D and design, production operations, production management, operations management)"
    if len(missing) in (1, 2) and form % 3 != 2:
        return "covers every area except " + " and ".join(DOMAIN_EN[d] for d in missing)
    if len(ds) == 1:
        return f"covers {DOMAIN_EN[ds[0]]} only"
    return "covers " + ", ".join(DOMAIN_EN[d] for d in ds[:-1]) + f" and {DOMAIN_EN[ds[-1]]}"


def domains_list_zh(ds: list) -> str:
    return "、".join(DOMAIN_ZH[d] for d in ALL_DOMAINS if d in ds)


def domains_list_en(ds: list) -> str:
    return "; ".join(DOMAIN_EN[d] for d in ALL_DOMAINS if d in ds)


KIND_ZH = {"safety": "安全", "environmental": "环保", "quality": "质量"}
GRADE_ZH = {"general": "一般", "larger": "较大", "major": "重大"}
KIND_EN = {"safety": "safety", "environmental": "environmental", "quality": "quality"}
GRADE_EN = {"general": "general-grade (一般)", "larger": "larger-grade (较大)", "major": "major (重大)"}
