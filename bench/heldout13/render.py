# ruff: noqa: E501
"""How bench/heldout13 states each profile field in its new kinds of writing: third person (a consultant or agent
about a client), first person, non-native English, and a form row (label, value) for pasted tables. Each renderer
returns (words, {field path: value the words fix}). Standard library only."""
from __future__ import annotations

from common import DOMAIN_EN, DOMAIN_ZH, IND_EN, IND_ZH


def num(v) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


def sep(n: int) -> str:
    return f"{n:,}"


def revenue(r, lang, v10k: int):
    """Words for an annual main-business revenue of v10k 万元 (value fixed exactly)."""
    forms_zh = [f"年主营业务收入{sep(v10k)}万元", f"主营业务收入{v10k}万元",
                f"去年主营业务收入{num(v10k / 10000)}亿元" if v10k % 100 == 0 and v10k >= 10000 else f"主营业务收入{sep(v10k)}万元"]
    forms_en = [f"main business revenue of RMB {num(v10k / 100)} million" if v10k % 10 == 0 else f"main business revenue of RMB {sep(v10k * 10000)}",
                f"annual main-business revenue RMB {sep(v10k * 10000)}",
                f"main business income {sep(v10k)}0 thousand yuan" if False else f"main-business revenue of {sep(v10k)} (10k CNY)"]
    return r.choice(forms_zh if lang == "zh" else forms_en)


def stmt(r, lang, path, v, person="we", nonnative=False):
    """One statement of a field. person: 'we' or 'they' (third person)."""
    zs = {"we": "我们", "they": r.choice(["他们", "该企业", "客户"])}[person]
    es = {"we": "we", "they": "they"}[person]
    ep = {"we": "our", "they": "their"}[person]
    if path == "registration":
        dz, _dcol, den = v
        if lang == "zh":
            return r.choice([f"{zs}注册在北京市{dz}", f"{zs}的注册地是北京{dz}", f"工商注册地址在北京市{dz}"]), \
                {"registration.province": "北京", "registration.district": dz}
        if nonnative:
            return f"{es} are registered at {den} district of Beijing", {"registration.province": "北京", "registration.district": dz}
        return r.choice([f"{es} are registered in {den} District, Beijing", f"{ep} registered address is in Beijing's {den} District"]), \
            {"registration.province": "北京", "registration.district": dz}
    if path == "independent_legal_person":
        if v:
            return (r.choice([f"{zs}是独立法人", "具有独立法人资格"]) if lang == "zh" else
                    (f"{es} is independent legal person" if nonnative else f"{es} are an independent legal person")), {path: True}
        return (f"{zs}是集团下面的分公司，不是独立法人" if lang == "zh" else
                (f"{es} is branch of the group, not independent legal person" if nonnative else f"{es} are a branch of the group, not a separate legal person")), {path: False}
    if path == "annual_revenue_10k_cny":
        return revenue(r, lang, v), {path: v}
    if path == "above_designated_size":
        if v:
            return (r.choice(["规上企业", "属于规模以上工业企业"]) if lang == "zh" else
                    r.choice(["above designated size (规上)", "an above-designated-size industrial enterprise"])), {path: True}
        return ("还不是规上企业" if lang == "zh" else "not yet above designated size"), {path: False}
    if path == "industry_code":
        zh, en, code = v
        return (r.choice([f"主要生产{zh}", f"主导产品是{zh}", f"做{zh}的"]) if lang == "zh" else
                (f"{es} make {en}" if not nonnative else f"{es} are producing {en}")), {path: code}
    if path == "factory":
        built, op = v
        if built and op:
            return (r.choice(["工厂已建成投产", "工厂已经建成并正常运行"]) if lang == "zh" else
                    ("factory is build and running already" if nonnative else "the factory is built and in normal operation")), \
                {"factory_built": True, "factory_in_operation": True}
        return ("厂房已经建好，但还没投产" if lang == "zh" else
                ("the factory building is finish but not yet start production" if nonnative else "the plant is built but not yet in operation")), \
            {"factory_built": True, "factory_in_operation": False}
    if path == "market_competitive":
        return ("产品市场竞争力较强" if lang == "zh" else "products are competitive on the market"), {path: True}
    if path == "finances_sound_3y":
        return ("近三年经营和财务状况良好" if lang == "zh" else
                ("finance situation good in last three years" if nonnative else "finances have been sound for the last three years")), {path: True}
    if path == "bad_credit_record":
        if v:
            return ("有一条不良信用记录" if lang == "zh" else "there is one bad credit record"), {path: True}
        return ("无不良信用记录" if lang == "zh" else ("no any bad credit record" if nonnative else "no bad credit record")), {path: False}
    if path == "violations":
        return ("没有违法违规行为" if lang == "zh" else ("never have violation of law" if nonnative else "no violations of laws or regulations")), {path: []}
    if path == "product_policy":
        return ("主导产品符合北京市产业政策，技术先进" if lang == "zh" else
                "the main product fits Beijing's industrial policy and the technology is advanced"), \
            {"product_policy_compliant": True, "advanced_technology": True}
    if path == "security":
        return ("关键装备和工业软件安全可控，网络和数据安全风险可控" if lang == "zh" else
                "key equipment and industrial software are secure and controllable, and network and data security risks are under control"), \
            {"security_controllable": True, "cyber_data_risk_controllable": True}
    if path == "org":
        return ("成立了智能工厂建设运营的专门组织，也有一支智能制造专业人才队伍" if lang == "zh" else
                ("we has a special team organisation for the smart factory and enough smart manufacturing talent" if nonnative else
                 "there is an organisation for planning, building and running the smart factory, and a team of smart-manufacturing professionals")), \
            {"organization_mechanism": True, "talent_team": True}
    if path == "maturity_level":
        zh = {1: "一", 2: "二", 3: "三", 4: "四"}[v]
        return (r.choice([f"智能制造能力成熟度{zh}级", f"GB/T 39116成熟度评估为{zh}级", f"成熟度自评{v}级"]) if lang == "zh" else
                r.choice([f"maturity level {v} (GB/T 39116)", f"smart manufacturing capability maturity is level {v}"])), {path: v}
    if path == "domains":
        if lang == "zh":
            return "建设覆盖" + "、".join(DOMAIN_ZH[d] for d in v), {path: list(v)}
        return ("construction covers " if not nonnative else "we did building in ") + ", ".join(DOMAIN_EN[d] for d in v), {path: list(v)}
    if path.startswith("indicators."):
        k = path.split(".")[1]
        if lang == "zh":
            return f"{IND_ZH[k]}{num(v)}%", {path: v}
        return f"{IND_EN[k]} {num(v)}%", {path: v}
    if path == "digital_transformation_compliant":
        return ("已经数字化达标" if lang == "zh" else ("already digital transformation up to standard (数字化达标)" if nonnative else "already rated 数字化达标 (digital transformation up to standard)")), {path: True}
    if path == "above_regional_industry_average":
        return ("主要技术经济指标高于北京市同行业平均水平" if lang == "zh" else
                "main technical-economic indicators are above the Beijing average of our industry"), {path: True}
    if path == "basic_filing":
        return ("已经在区里完成基础级智能工厂备案" if lang == "zh" else
                ("basic level is already filing in the district" if nonnative else "the basic-level factory is already filed with the district")), {"basic_filing.filed": True}
    raise KeyError(path)


FORM_LABELS_ZH = {"key_process_nc_rate": "关键工序数控化率（%）", "labor_productivity_gain": "人均劳动生产率提升（%）",
                  "defect_rate_reduction": "产品不良率下降（%）", "equipment_networking_rate": "生产设备联网率（%）",
                  "energy_per_output_reduction": "单位产值能源消耗降低（%）", "maturity_level": "智能制造能力成熟度等级",
                  "annual_revenue_10k_cny": "上年度主营业务收入（万元）", "district": "注册地（区）", "product": "主导产品",
                  "filed": "基础级备案情况"}
FORM_LABELS_EN = {"key_process_nc_rate": "Key-process NC rate (%)", "labor_productivity_gain": "Labour productivity per head, gain (%)",
                  "defect_rate_reduction": "Defect rate reduction (%)", "equipment_networking_rate": "Production equipment networking rate (%)",
                  "energy_per_output_reduction": "Energy per unit of output, reduction (%)", "maturity_level": "GB/T 39116 maturity level",
                  "annual_revenue_10k_cny": "Main business revenue last year (10k CNY)", "district": "Registered district (Beijing)",
                  "product": "Main product", "filed": "Basic-level filing"}
