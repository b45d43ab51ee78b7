# ruff: noqa: E501
"""How the people of bench/heldout12 state each profile field, zh and en, in plain, spoken and key-value styles.

Each renderer returns (expect, words): expect is {field path: value} exactly as the words state it.
"""
import random

from vocab import CLASS_NAMES, CODES, DISTRICTS, PRODUCTS, en_num, zh_cheng, zh_num

PO, PM, OM, FC, RD = "production_operation", "production_management", "operations_management", \
    "factory_construction", "rd_design"
KEYS = ["key_process_nc_rate", "labor_productivity_gain", "defect_rate_reduction", "equipment_networking_rate",
        "energy_per_output_reduction"]
RATES = {"key_process_nc_rate", "equipment_networking_rate"}

IND_ZH = {
    "key_process_nc_rate": ["关键工序数控化率", "关键工序的数控化率"],
    "labor_productivity_gain": ["人均劳动生产率提升", "人均劳动生产率提高了"],
    "defect_rate_reduction": ["产品不良率下降", "产品不良率下降了"],
    "equipment_networking_rate": ["生产设备联网率", "生产设备的联网率"],
    "energy_per_output_reduction": ["单位产值能耗降低", "单位产值能源消耗降低了"],
}
IND_EN = {
    "key_process_nc_rate": ["key-process NC rate", "CNC rate of key processes"],
    "labor_productivity_gain": ["per-capita labour productivity gain", "labor productivity per head increase"],
    "defect_rate_reduction": ["product defect rate reduction", "reduction of the product defect rate"],
    "equipment_networking_rate": ["production equipment networking rate", "networking rate of production equipment"],
    "energy_per_output_reduction": ["energy consumption per unit of output value reduction",
                                    "reduction of energy use per unit output value"],
}
# short forms used in chat questions and self-corrections
SHORT_ZH = {"key_process_nc_rate": "关键工序数控化率", "labor_productivity_gain": "人均劳动生产率提升",
            "defect_rate_reduction": "不良率下降", "equipment_networking_rate": "设备联网率",
            "energy_per_output_reduction": "单位产值能耗降低"}
SHORT_EN = {"key_process_nc_rate": "key-process NC rate", "labor_productivity_gain": "per-capita labour productivity gain",
            "defect_rate_reduction": "defect rate reduction", "equipment_networking_rate": "equipment networking rate",
            "energy_per_output_reduction": "energy per output value reduction"}


def pct_zh(r: random.Random, v, style: str, key: str) -> str:
    if style == "spoken":
        forms = [f"百分之{zh_num(v)}"]
        if key in RATES:
            forms.append(f"{zh_num(v)}个点")
            if zh_cheng(v):
                forms.append(zh_cheng(v))
        return r.choice(forms)
    return r.choice([f"{v}%", f"{v}％"]) if style != "kv" else f"{v}%"


def pct_en(r: random.Random, v, style: str) -> str:
    if style == "spoken":
        return f"{en_num(v)} percent"
    return r.choice([f"{v}%", f"{v} percent", f"{v} per cent"]) if style != "kv" else f"{v}%"


def indicator(r, key, v, lang, style):
    if lang == "zh":
        name = r.choice(IND_ZH[key])
        val = pct_zh(r, v, style, key)
        if style == "kv":
            return {f"indicators.{key}": v}, f"{SHORT_ZH[key]}：{val}"
        verb = "" if name.endswith("了") else r.choice(["达到", "是", "为"]) if key in RATES else r.choice(["", "了"])
        return {f"indicators.{key}": v}, f"{name}{verb}{val}"
    name = r.choice(IND_EN[key])
    val = pct_en(r, v, style)
    if style == "kv":
        return {f"indicators.{key}": v}, f"{SHORT_EN[key]}: {val}"
    return {f"indicators.{key}": v}, f"our {name} is {val}" if key in RATES else f"{name}: {val}"


def full_date(r, d: str, lang: str) -> str:
    y, m, dd = map(int, d.split("-"))
    mon = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"][m - 1]
    if lang == "zh":
        return r.choice([f"{y}年{m}月{dd}日", f"{y}.{m}.{dd}", f"{y}-{m:02d}-{dd:02d}", f"{y}年{m}月{dd}号"])
    return r.choice([f"{dd} {mon} {y}", f"{mon} {dd}, {y}", f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}/{m:02d}/{y}" if dd > 12
                     else f"{dd} {mon[:3]} {y}"])


def industry(r, lang, how=None):
    how = how or r.choice(["product", "product", "product", "code", "class"])
    if how == "product":
        zh, en, code = r.choice(PRODUCTS)
        if lang == "zh":
            if "印刷" in zh or "回收" in zh:
                return {"industry_code": code}, r.choice([f"主营{zh}业务", f"我们是做{zh}的"])
            return {"industry_code": code}, r.choice([f"主要生产{zh}", f"主导产品是{zh}", f"我们是做{zh}的"])
        return {"industry_code": code}, r.choice([f"we manufacture {en}", f"our main product is {en}", f"we make {en}"])
    if how == "code":
        shown, code = r.choice(CODES)
        if lang == "zh":
            return {"industry_code": code}, r.choice([f"国民经济行业分类代码是{shown}", f"行业代码{shown}（GB/T 4754-2017）"])
        return {"industry_code": code}, r.choice([f"our GB/T 4754-2017 industry code is {shown}", f"industry code {shown}"])
    zh, en, code = r.choice(CLASS_NAMES)
    if lang == "zh":
        return {"industry_code": code}, f"行业类别属于“{zh}”"
    return {"industry_code": code}, f"our industry class is \"{en}\" ({zh})"


def registration(r, lang, beijing=True):
    if beijing:
        dz, de = r.choice(DISTRICTS)
        if lang == "zh":
            return {"registration.province": "北京", "registration.district": dz}, r.choice(
                [f"注册地在北京市{dz}", f"公司注册在北京{dz}"])
        return {"registration.province": "北京", "registration.district": dz}, r.choice(
            [f"registered in {de}, Beijing", f"our registered address is in {de}, Beijing"])
    if lang == "zh":
        prov, dist = r.choice([("天津", "武清区"), ("河北", "廊坊市"), ("天津", "滨海新区")])
        e = {"registration.province": prov}
        if dist.endswith("区"):
            e["registration.district"] = dist
        return e, f"公司注册地在{prov}{'市' if prov == '天津' else '省'}{dist}"
    prov, en = r.choice([("天津", "Tianjin"), ("河北", "Hebei Province")])
    return {"registration.province": prov}, f"the company is registered in {en}"


def revenue(r, lang, big=True):
    if big:
        yi = r.choice([2.6, 3.2, 1.8, 5, 12.5, 0.9])
        w = round(yi * 10000)
        if lang == "zh":
            return {"annual_revenue_10k_cny": w}, r.choice([f"去年主营业务收入{yi}亿元", f"主营收入{zh_num(yi)}亿",
                                                            f"年主营业务收入{w}万元"])
        return {"annual_revenue_10k_cny": w}, r.choice([f"main business revenue last year was RMB {w // 100} million",
                                                         f"annual main business revenue of {w * 10000:,} yuan"])
    w = r.choice([1200, 1650, 1880])
    if lang == "zh":
        return {"annual_revenue_10k_cny": w}, f"去年主营业务收入只有{w}万元"
    return {"annual_revenue_10k_cny": w}, f"main business revenue was only RMB {w / 100:g} million last year"


BOOL = {  # field: (zh true, zh false, en true, en false)
    "independent_legal_person": (["具有独立法人资格", "是独立法人"], ["是集团的分公司，没有独立法人资格"],
                                 ["we are an independent legal person", "we are a separate legal entity"],
                                 ["we are a branch of the group, not an independent legal person"]),
    "above_designated_size": (["属于规模以上工业企业", "是规上企业"], ["还不是规上企业"],
                              ["we are an above-designated-size industrial enterprise", "we are 规上 (above designated size)"],
                              ["we are not yet above designated size"]),
    "market_competitive": (["产品市场竞争力较强"], ["产品市场竞争力一般，谈不上有竞争力"],
                           ["our products are competitive on the market"], ["honestly our products are not competitive"]),
    "finances_sound_3y": (["近三年经营和财务状况良好"], ["近三年连续亏损，财务状况不好"],
                          ["operations and finances have been sound for the last three years"],
                          ["we have made losses for the last three years, finances are not sound"]),
    "bad_credit_record": (["被列入过失信名单，有不良信用记录"], ["没有不良信用记录"],
                          ["we are on a bad-credit list"], ["no bad credit record"]),
    "product_policy_compliant": (["主导产品符合北京市产业政策"], ["主导产品不符合北京市产业政策"],
                                 ["our main product fits Beijing's industrial policy"],
                                 ["our main product does not fit Beijing's industrial policy"]),
    "advanced_technology": (["技术先进，采用行业先进工艺"], ["工艺比较落后，谈不上技术先进"],
                            ["we use advanced technology and industry-leading processes"],
                            ["our process is not advanced"]),
    "security_controllable": (["关键技术装备和工业软件安全可控"], ["关键工业软件还做不到安全可控"],
                              ["key equipment and industrial software are secure and controllable"],
                              ["our key software is not secure and controllable"]),
    "cyber_data_risk_controllable": (["网络安全和数据安全风险可控"], ["网络和数据安全风险不可控"],
                                     ["network and data security risks are under control"],
                                     ["network and data security risks are not under control"]),
    "organization_mechanism": (["建立了智能工厂统筹规划、建设和运营的组织机制"], ["还没有建立智能工厂的组织机制"],
                               ["we set up an organisation to plan, build and run the smart factory"],
                               ["we have no organisation for the smart factory yet"]),
    "talent_team": (["拥有一支智能制造专业人才队伍"], ["还没有智能制造专业人才"],
                    ["we have a team of smart-manufacturing professionals"],
                    ["we have no smart-manufacturing professionals"]),
    "digital_transformation_compliant": (["已经数字化达标", "区里复核通过了，已经算数字化转型达标"], ["还没有数字化达标"],
                                         ["we are already 数字化达标 (digital-transformation compliant)"],
                                         ["we are not digital-transformation compliant yet"]),
    "above_regional_industry_average": (["主要技术经济指标高于北京市同行业平均水平"], ["主要指标低于本市同行业平均水平"],
                                        ["our main technical-economic indicators are above the Beijing industry average"],
                                        ["our main indicators are below the Beijing industry average"]),
}


def boolean(r, field, value, lang):
    zt, zf, et, ef = BOOL[field]
    pool = (zt if value else zf) if lang == "zh" else (et if value else ef)
    return {field: value}, r.choice(pool)


def factory(r, lang, state):
    if state == "running":
        e = {"factory_built": True, "factory_in_operation": True}
        return e, r.choice(["工厂已经建成并投入正常使用", "工厂早就建成投产了，一直正常运行"]) if lang == "zh" else \
            r.choice(["the factory is built and in normal operation", "the plant is built and running"])
    e = {"factory_built": True, "factory_in_operation": False}
    return e, r.choice(["新厂房已经建好了，但还没投产", "工厂建成了，尚未投产"]) if lang == "zh" else \
        r.choice(["the new plant is built but not in production yet", "the factory is finished but has not started operating"])


def maturity(r, lang, lvl, style="plain"):
    if lang == "zh":
        n = "一二三四五"[lvl - 1]
        w = {"plain": [f"智能制造能力成熟度评估为{n}级", f"GB/T 39116成熟度达到{n}级", f"成熟度自评是{n}级"],
             "spoken": [f"成熟度那个评的是{n}级", f"成熟度嘛，{n}级"], "kv": [f"成熟度等级：{n}级"]}[style]
        if style == "kv" and r.random() < 0.5:
            w = [f"GB/T 39116成熟度：{lvl}级"]
        return {"maturity_level": lvl}, r.choice(w)
    en = ["one", "two", "three", "four", "five"][lvl - 1]
    w = {"plain": [f"our smart-manufacturing maturity (GB/T 39116) is level {lvl}", f"we were assessed at maturity level {lvl}"],
         "spoken": [f"maturity, uh, level {en}", f"the maturity model thing came out at level {en}"],
         "kv": [f"Maturity (GB/T 39116): level {lvl}"]}[style]
    return {"maturity_level": lvl}, r.choice(w)


DOMAINS = [  # (domains, zh, en)
    ([PO, PM, OM], "覆盖了生产作业、生产管理和运营管理三个环节", "we cover production operation, production management and operations management"),
    ([PO], "建设内容只覆盖了生产作业", "we only cover production operation so far"),
    ([FC, PO, PM, OM], "五个建设环节里除了研发设计都做了", "we did all five construction areas except R&D design"),
    ([FC, RD, PO], "做了工厂建设、研发设计和生产作业三块", "we did factory construction, R&D design and production operation"),
    ([FC, RD, PO, PM, OM], "工厂建设、研发设计、生产作业、生产管理、运营管理五个环节都覆盖了", "all five areas are covered: factory construction, R&D design, production operation, production management and operations management"),
    ([PO, PM], "覆盖生产作业和生产管理，运营管理还没做", "production operation and production management are covered, operations management not yet"),
    ([RD, PM, OM], "做了研发设计、生产管理、运营管理，生产作业环节还没有改造", "we did R&D design, production management and operations management, but production operation is not yet upgraded"),
]


def domains(r, lang, i=None):
    d, zh, en = DOMAINS[r.randrange(len(DOMAINS)) if i is None else i]
    return {"domains": d}, zh if lang == "zh" else en


def filing(r, lang, filed, with_date=False):
    if not filed:
        return {"basic_filing.filed": False}, r.choice(["基础级还没有去区里备案", "基础级尚未备案"]) if lang == "zh" else \
            r.choice(["we have not filed the basic level with the district yet", "basic level: not filed yet"])
    dz, de = r.choice(DISTRICTS)
    e = {"basic_filing.filed": True, "basic_filing.district": dz}
    if with_date:
        d = r.choice(["2025-09-18", "2025-11-20", "2026-03-14", "2026-05-27", "2025-12-15"])
        e["basic_filing.date"] = d
        return e, (f"基础级已于{full_date(r, d, 'zh')}在{dz}经信局备案" if lang == "zh"
                   else f"our basic-level factory was filed with the {de} bureau on {full_date(r, d, 'en')}")
    return e, (f"基础级已经在{dz}备案了" if lang == "zh" else f"the basic level is filed with {de}")


def incidents(r, lang, kind):
    if kind == "none":
        return {"incidents": []}, r.choice(["从来没发生过任何事故", "近几年没出过任何事故，安全、环保、质量都没有"]) if lang == "zh" \
            else r.choice(["we have never had an accident of any kind", "no accidents at all, of any kind"])
    grade, gzh, gen = {"larger": ("larger", "较大", "larger-grade (较大)"), "general": ("general", "一般", "general-grade (一般)"),
                       "major": ("major", "重大", "major (重大)")}[kind]
    k, kzh, ken = r.choice([("safety", "生产安全", "safety"), ("environmental", "环境", "environmental")])
    d = r.choice(["2025-05-12", "2024-08-23", "2026-02-16", "2025-10-29"])
    e = {"incidents.0.kind": k, "incidents.0.grade": grade, "incidents.0.date": d}
    if lang == "zh":
        return e, f"{full_date(r, d, 'zh')}发生过一起{gzh}{kzh}{'事故' if k == 'safety' else '事件'}"
    return e, f"we had one {gen} {ken} accident on {full_date(r, d, 'en')}"


def violations_none(r, lang):
    return {"violations": []}, r.choice(["没有任何违法违规行为", "从没有过违法违规"]) if lang == "zh" else \
        r.choice(["we have never violated any law or regulation", "no violations"])


def name(r, lang, co):
    return {"name": co}, (r.choice([f"我们公司全称是{co}", f"我司{co}"]) if lang == "zh" else f"our company is {co}")
