"""The self-assessment form: its groups and fields, and the way between form input and a profile.

The groups follow the application conditions; each names the conditions whose cited units it shows
(the eIds come from the rules, not from here). A form becomes a profile in the contract's JSON shape
and is then checked by ``kg_service.assessment.profile.check_profile`` like any API body, so the
form and the API refuse the same input with the same field names. Booleans are tri-state: an empty
choice leaves the field out, which the assessment reads as "unknown", never as "no".
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from starlette.datastructures import FormData

from kg_service.assessment.profile import ProfileError

Kind = Literal["text", "tri", "number", "level", "date", "domains", "incidents", "violations"]
Text = dict[str, str]

BLANK_ROWS = 1  # empty rows offered under the listed incidents or violations
DEFAULT_ID = "my-factory"


def _t(zh: str, en: str) -> Text:
    return {"zh": zh, "en": en}


@dataclass(frozen=True)
class Field:
    name: str  # the profile's dotted path, also the input's name
    kind: Kind
    label: Text
    help: Text | None = None
    placeholder: str = ""


@dataclass(frozen=True)
class Group:
    key: str
    title: Text
    conditions: tuple[str, ...]  # condition ids whose cited units explain the group
    fields: tuple[Field, ...]
    note: Text | None = None


DOMAINS: dict[str, Text] = {
    "factory_construction": _t("工厂建设", "Factory construction"),
    "rd_design": _t("研发设计", "R&D and design"),
    "production_operation": _t("生产作业", "Production operation"),
    "production_management": _t("生产管理", "Production management"),
    "operations_management": _t("运营管理", "Operations management"),
}
INCIDENT_KINDS: dict[str, Text] = {
    "safety": _t("安全", "Safety"), "environmental": _t("环保", "Environmental"),
    "quality": _t("质量", "Quality"), "other": _t("其他", "Other"),
}
INCIDENT_GRADES: dict[str, Text] = {
    "general": _t("一般", "General (一般)"), "larger": _t("较大", "Larger (较大)"),
    "major": _t("重大", "Major (重大)"), "extraordinary": _t("特别重大", "Extraordinary (特别重大)"),
}
LIST_CHOICES: dict[str, Text] = {
    "unknown": _t("未说明", "Not stated"),
    "none": _t("近三年没有", "None in the last three years"),
    "listed": _t("有，如下表", "Yes, listed below"),
}
TRI_CHOICES: dict[str, Text] = {"yes": _t("是", "Yes"), "no": _t("否", "No"), "": _t("未说明", "Not stated")}
INDICATORS = ("key_process_nc_rate", "labor_productivity_gain", "defect_rate_reduction",
              "equipment_networking_rate", "energy_per_output_reduction")


def groups(indicator_labels: Mapping[str, Text]) -> tuple[Group, ...]:
    """The form's groups; the indicators are labelled as the graph labels att_2-1's columns."""
    return (
        Group("applicant", _t("申报主体", "Applicant"), ("eligible_entity",), (
            Field("id", "text", _t("档案编号", "Profile id"),
                  _t("用于识别本次自评的编号", "your name for this profile")),
            Field("name", "text", _t("企业名称", "Enterprise name")),
            Field("credit_code", "text", _t("统一社会信用代码", "Unified social credit code"),
                  _t("18 位，校验位须正确", "18 characters, with a valid check character")),
            Field("registration.province", "text", _t("注册地（省级）", "Registered in (province)"),
                  placeholder="北京市"),
            Field("registration.district", "text", _t("注册地（区）", "District"), placeholder="海淀区"),
            Field("independent_legal_person", "tri", _t("具有独立法人资格", "Independent legal person")),
            Field("above_designated_size", "tri", _t("规模以上工业企业", "Above designated size"),
                  _t("年主营业务收入 2000 万元及以上；填写下项收入时可不选",
                     "annual main-business revenue ≥ 20 million yuan; may be left out when revenue is given")),
            Field("annual_revenue_10k_cny", "number", _t("年主营业务收入（万元）", "Annual revenue (10,000 yuan)")),
            Field("industry_code", "text", _t("行业代码（GB/T 4754—2017）", "Industry code (GB/T 4754-2017)"),
                  _t("门类字母加 2–4 位数字，如 C39、C3911", "a section letter and 2–4 digits, e.g. C39, C3911"),
                  placeholder="C3911"),
        )),
        Group("factory", _t("工厂建设与投用", "Factory"), ("factory_operating",), (
            Field("factory_built", "tri", _t("工厂已经建成", "Factory built")),
            Field("factory_in_operation", "tri", _t("工厂已投入正常使用", "Factory in normal operation")),
            Field("market_competitive", "tri",
                  _t("企业和产品具有较强市场竞争力", "Enterprise and products competitive")),
        )),
        Group("record", _t("近三年记录", "Three-year record"), ("clean_record",), (
            Field("finances_sound_3y", "tri", _t("近三年经营和财务状况良好", "Sound operation and finances (3 years)")),
            Field("bad_credit_record", "tri", _t("有不良信用记录", "Has a bad credit record")),
            Field("incidents", "incidents", _t("安全、环保、质量等事故", "Accidents (safety, environmental, quality…)"),
                  _t("近三年内较大及以上事故不符合条件；“未说明”与“没有”不同",
                     "an accident of grade larger or above in the last three years fails the condition; "
                     "“not stated” is not “none”")),
            Field("violations", "violations", _t("违法违规行为", "Violations of laws or regulations")),
        )),
        Group("product", _t("产品与技术", "Product and technology"), ("product_technology",), (
            Field("product_policy_compliant", "tri",
                  _t("主导产品符合北京市产业政策", "Main product fits Beijing policy")),
            Field("advanced_technology", "tri", _t("技术先进、采用行业先进工艺", "Advanced technology and process")),
        )),
        Group("security", _t("安全可控", "Security"), ("security_controllable",), (
            Field("security_controllable", "tri",
                  _t("关键装备、工业软件等安全可控", "Key equipment and software secure and controllable")),
            Field("cyber_data_risk_controllable", "tri",
                  _t("网络安全和数据安全风险可控", "Cyber and data security risk controllable")),
        )),
        Group("organisation", _t("组织与人才", "Organisation and talent"), ("organisation_talent",), (
            Field("organization_mechanism", "tri", _t("建立统筹规划、建设和运营的组织机制",
                                                        "Organisation for planning, building and running")),
            Field("talent_team", "tri", _t("拥有一批智能制造专业人才", "A team of smart-manufacturing professionals")),
        )),
        Group("maturity", _t("能力成熟度", "Maturity"), ("maturity_level",), (
            Field("maturity_level", "level", _t("GB/T 39116—2020 成熟度等级", "GB/T 39116-2020 maturity level")),
        )),
        Group("domains", _t("建设内容（覆盖领域）", "Construction domains"), ("basic_domains", "advanced_domains"), (
            Field("domains", "domains", _t("智能工厂覆盖的领域", "Domains the smart factory covers"),
                  _t("一项都不选即“未说明”", "ticking none means “not stated”")),
        )),
        Group("indicators", _t("主要技术经济指标（先进级）", "Indicators (advanced level)"), ("advanced_indicators",),
              tuple(Field(f"indicators.{k}", "number", dict(indicator_labels.get(k) or _t(k, k)), placeholder="%")
                    for k in INDICATORS),
              note=_t("以百分比填写（82.5 表示 82.5%）；至少 3 项达到本行业的参考值（附件2—1）；空着即“未说明”",
                      "in percent (82.5 means 82.5%); at least 3 of the 5 must reach the industry's thresholds "
                      "(annex 2-1); blank means “not stated”")),
        Group("effectiveness", _t("建设成效（基础级）", "Effectiveness (basic level)"), ("basic_effectiveness",), (
            Field("above_regional_industry_average", "tri",
                  _t("主要技术经济指标高于本省同行业平均水平", "Indicators above the regional industry average")),
            Field("digital_transformation_compliant", "tri", _t("已数字化转型达标", "Already 数字化达标")),
        ), note=_t("两项满足其一即可", "either one suffices")),
        Group("filing", _t("基础级备案（先进级申请）", "Basic-level filing (for the advanced level)"),
              ("basic_filing",), (
            Field("basic_filing.filed", "tri", _t("已认定为基础级并在区主管部门备案",
                                                  "Recognised at basic level and filed with the district")),
            Field("basic_filing.district", "text", _t("备案的区", "District filed with")),
            Field("basic_filing.date", "date", _t("备案日期", "Filing date")),
        )),
        Group("as_of", _t("评估日期", "Date assessed for"), ("in_force",), (
            Field("as_of", "date", _t("评估所针对的日期", "The date the assessment speaks for"),
                  _t("空着即今天；三年期与办法有效期从该日起算",
                     "blank means today; the three-year window and the validity are counted from it")),
        )),
    )


OBJECT_LABELS: dict[str, Text] = {
    "indicators": _t("主要技术经济指标", "Indicators"),
    "registration": _t("注册地", "Registration"),
    "basic_filing": _t("基础级备案", "Basic-level filing"),
}


def field_labels(gs: tuple[Group, ...]) -> dict[str, Text]:
    """Every field's label by its dotted name, and the objects' own (``indicators``)."""
    return OBJECT_LABELS | {f.name: f.label for g in gs for f in g.fields}


# --- form state: what was typed, kept as typed ---------------------------------------------------

@dataclass
class FormState:
    values: dict[str, str] = field(default_factory=dict)  # scalar inputs by name
    domains: list[str] = field(default_factory=list)
    lists: dict[str, str] = field(default_factory=lambda: {"incidents": "unknown", "violations": "unknown"})
    incidents: list[dict[str, str]] = field(default_factory=list)
    violations: list[dict[str, str]] = field(default_factory=list)
    level: str = ""
    extra_rows: dict[str, int] = field(default_factory=dict)  # more empty rows asked for

    def get(self, name: str) -> str:
        return self.values.get(name, "")

    def rows(self, name: str) -> list[dict[str, str]]:
        """The rows to show: those typed, then blank ones to type into."""
        return getattr(self, name) + [{}] * (BLANK_ROWS + self.extra_rows.get(name, 0))


def blank() -> FormState:
    return FormState(values={"id": DEFAULT_ID})


def _scalar_names(gs: tuple[Group, ...]) -> list[str]:
    return [f.name for g in gs for f in g.fields if f.kind not in ("domains", "incidents", "violations")]


def from_form(form: FormData, gs: tuple[Group, ...]) -> FormState:
    state = FormState(values={n: str(form.get(n) or "") for n in _scalar_names(gs)},
                      domains=[str(d) for d in form.getlist("domains")],
                      level=str(form.get("level") or ""))
    for name in ("incidents", "violations"):
        state.lists[name] = str(form.get(f"{name}.stated") or "unknown")
    keys = {"incidents": ("kind", "grade", "date"), "violations": ("date", "description")}
    for name, cols in keys.items():
        columns = [form.getlist(f"{name}.{c}") for c in cols]
        rows = [dict(zip(cols, (str(v) for v in vals), strict=True)) for vals in zip(*columns, strict=False)]
        setattr(state, name, [r for r in rows if any(v.strip() for v in r.values())])
    return state


def _number(name: str, raw: str) -> int | float:
    s = raw.strip().replace(",", "").removesuffix("%").strip()  # "82.5%" is read as 82.5
    try:
        return int(s)
    except ValueError:
        pass
    try:
        return float(s)
    except ValueError:
        raise ProfileError(name, f"'{raw}' is not a number") from None


def _put(profile: dict, dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    node = profile
    for p in parents:
        node = node.setdefault(p, {})
    node[last] = value


def to_profile(state: FormState, gs: tuple[Group, ...]) -> dict:
    """The profile the form states (not yet checked against the schema); ProfileError for input that
    is not even of the field's kind (a number field holding words)."""
    profile: dict[str, Any] = {}
    kinds = {f.name: f.kind for g in gs for f in g.fields}
    for name in _scalar_names(gs):
        raw = state.get(name).strip()
        if not raw:
            continue
        kind = kinds[name]
        if kind == "tri":
            if raw not in ("yes", "no"):
                raise ProfileError(name, f"'{raw}' is not one of yes, no or empty (not stated)")
            _put(profile, name, raw == "yes")
        elif kind == "number" or kind == "level":
            _put(profile, name, _number(name, raw))
        else:
            _put(profile, name, raw)
    if state.domains:
        profile["domains"] = list(dict.fromkeys(state.domains))
    for name in ("incidents", "violations"):
        rows = getattr(state, name)
        choice = state.lists.get(name, "unknown")
        if choice == "none" and rows:
            raise ProfileError(name, "rows are filled in but “none” is chosen: choose “listed below” or clear the rows")
        if choice == "none":
            profile[name] = []
        elif choice == "listed" or rows:
            profile[name] = [{k: v.strip() for k, v in r.items() if v.strip()} for r in rows]
    return profile


def from_profile(profile: Mapping[str, Any], gs: tuple[Group, ...]) -> FormState:
    """The form showing a profile (an uploaded file, or a record), to look at and edit."""
    state = FormState()
    for name in _scalar_names(gs):
        value: Any = profile
        for part in name.split("."):
            value = value.get(part) if isinstance(value, Mapping) else None
        if value is None:
            continue
        state.values[name] = ("yes" if value else "no") if isinstance(value, bool) else str(value)
    state.domains = [str(d) for d in profile.get("domains") or []]
    for name in ("incidents", "violations"):
        items = profile.get(name)
        if items is None:
            continue
        state.lists[name] = "listed" if items else "none"
        setattr(state, name, [{k: str(v) for k, v in item.items()} for item in items if isinstance(item, Mapping)])
    return state


def error_group(field_name: str, gs: tuple[Group, ...]) -> str | None:
    """The group holding the field an error names (``incidents.0.date`` → record)."""
    for g in gs:
        for f in g.fields:
            if field_name == f.name or field_name.startswith(f.name + "."):
                return g.key
        if field_name == g.key or field_name.startswith(g.key + "."):
            return g.key
    return None
