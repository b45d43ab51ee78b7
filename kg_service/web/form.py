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

from kg_service.assessment.fields import RuleWords
from kg_service.assessment.profile import ProfileError, put_field
from kg_service.web.i18n import number_word

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
    options: tuple[int, ...] = ()  # a level's values, from the schema's minimum and maximum


@dataclass(frozen=True)
class Group:
    key: str
    title: Text
    conditions: tuple[str, ...]  # condition ids whose cited units explain the group
    fields: tuple[Field, ...]
    note: Text | None = None


@dataclass(frozen=True)
class Source:
    """What the form is built from: the profile schema (fields, their order, types and enums), the
    ontology's labels of the properties the JSON-LD context maps them to, which conditions' shapes
    read each field, and the ontology's labels of the enumerated values (by skos:notation)."""
    schema: Mapping[str, Any]
    labels: Mapping[str, Text]  # dotted field name → label
    reads: Mapping[str, tuple[str, ...]]  # field named by a shape (sfkg:field) → condition ids
    values: Mapping[str, Text]  # enumerated value (skos:notation) → label
    minimum_met: int | None  # how many indicators must reach their thresholds (from the shapes)
    words: RuleWords  # the look-back window and the disqualifying grade of the version in force


def window(words: RuleWords) -> Text:
    """"the last three years", in words, from the version's look-back parameter."""
    n = words.lookback_years
    return _t(f"近{number_word(n, 'zh')}年", f"the last {number_word(n, 'en')} years")


def list_choices(words: RuleWords) -> dict[str, Text]:
    last = window(words)
    return {
        "unknown": _t("未说明", "Not stated"),
        "none": _t(f"{last['zh']}没有", f"None in {last['en']}"),
        "listed": _t("有，如下表", "Yes, listed below"),
    }


TRI_CHOICES: dict[str, Text] = {"yes": _t("是", "Yes"), "no": _t("否", "No"), "": _t("未说明", "Not stated")}

# How the form is laid out (presentation only: which conditions a group stands for, and its title).
# Which fields a group holds is not listed here: it follows from the shapes (sfkg:field) of its
# conditions; the fields' order and kinds come from the profile schema, their labels from the
# ontology, the rules' values in the words (the window, the grade) from the version's parameters.
def layout(words: RuleWords) -> tuple[tuple[str, Text, tuple[str, ...]], ...]:
    n = words.lookback_years
    return (
        ("applicant", _t("申报主体", "Applicant"), ("eligible_entity",)),
        ("factory", _t("工厂建设与投用", "Factory"), ("factory_operating",)),
        ("record", _t(f"{window(words)['zh']}记录", f"{number_word(n, 'en').capitalize()}-year record"),
         ("clean_record",)),
        ("product", _t("产品与技术", "Product and technology"), ("product_technology",)),
        ("security", _t("安全可控", "Security"), ("security_controllable",)),
        ("organisation", _t("组织与人才", "Organisation and talent"), ("organisation_talent",)),
        ("maturity", _t("能力成熟度", "Maturity"), ("maturity_level",)),
        ("domains", _t("建设内容（覆盖领域）", "Construction domains"), ("basic_domains", "advanced_domains")),
        ("indicators", _t("主要技术经济指标（先进级）", "Indicators (advanced level)"), ("advanced_indicators",)),
        ("effectiveness", _t("建设成效（基础级）", "Effectiveness (basic level)"), ("basic_effectiveness",)),
        ("filing", _t("基础级备案（先进级申请）", "Basic-level filing (for the advanced level)"), ("basic_filing",)),
        ("as_of", _t("评估日期", "Date assessed for"), ("in_force",)),
    )


# Hints shown under a field, and placeholders (presentation; a field without one simply has none).
def hints(words: RuleWords) -> dict[str, tuple[Text | None, str]]:
    last, grade, n = window(words), words.grade_word, words.lookback_years
    return {
        "id": (_t("用于识别本次自评的编号", "your name for this profile"), ""),
        "credit_code": (_t("18 位，校验位须正确", "18 characters, with a valid check character"), ""),
        "registration.province": (None, "北京市"),
        "registration.district": (None, "海淀区"),
        "above_designated_size": (_t("规模以上以年主营业务收入认定：填写了下项收入时以收入为准",
                                     "decided by the annual revenue: when the revenue below is given, it decides"), ""),
        "industry_code": (_t("门类字母加 2–4 位数字，如 C39、C3911",
                             "a section letter and 2–4 digits, e.g. C39, C3911"), "C3911"),
        "incidents": (_t(f"{last['zh']}内{grade['zh']}及以上事故不符合条件；“未说明”与“没有”不同",
                         f"an accident of grade {grade['en']} or above in {last['en']} fails the condition; "
                         "“not stated” is not “none”"), ""),
        "domains": (_t("一项都不选即“未说明”", "ticking none means “not stated”"), ""),
        "as_of": (_t(f"空着即今天；{number_word(n, 'zh')}年期与办法有效期从该日起算",
                     f"blank means today; the {number_word(n, 'en')}-year window and the validity are counted from it"),
                  ""),
    }


def _notes(source: Source, indicators: int) -> dict[str, Text]:
    need = source.minimum_met
    return {
        "indicators": _t(f"以百分比填写（82.5 表示 82.5%）；至少 {need} 项达到本行业的参考值（附件2—1）；"
                         "空着即“未说明”",
                         f"in percent (82.5 means 82.5%); at least {need} of the {indicators} must reach the "
                         "industry's thresholds (annex 2-1); blank means “not stated”"),
        "effectiveness": _t("两项满足其一即可", "either one suffices"),
    }


def _kind(name: str, spec: Mapping[str, Any]) -> str:
    """The input for a field, from its schema."""
    t = spec.get("type")
    if t == "boolean":
        return "tri"
    if t == "integer" and "minimum" in spec and "maximum" in spec:
        return "level"
    if t in ("number", "integer"):
        return "number"
    if t == "array":
        # a list of enumerated values is a set of boxes; a list of objects, a table of its rows
        return "domains" if "enum" in spec.get("items", {}) else name
    if spec.get("format") == "date":
        return "date"
    return "text"


def _leaves(schema: Mapping[str, Any], prefix: str = "") -> list[tuple[str, Mapping[str, Any]]]:
    """The schema's fields in order, objects flattened to dotted names (``registration.province``)."""
    out: list[tuple[str, Mapping[str, Any]]] = []
    for name, spec in schema.get("properties", {}).items():
        if spec.get("type") == "object" and "properties" in spec:
            out += _leaves(spec, f"{prefix}{name}.")
        else:
            out.append((prefix + name, spec))
    return out


def groups(source: Source) -> tuple[Group, ...]:
    """The form's groups, each holding the fields its conditions' shapes read (in the schema's order);
    a field no shape reads (the profile's id, name, credit code …) joins the group of the next one."""
    leaves = _leaves(source.schema)
    groups_laid_out, hint = layout(source.words), hints(source.words)
    order = {key: i for i, (key, _title, _conds) in enumerate(groups_laid_out)}
    condition_group = {c: key for key, _title, conds in groups_laid_out for c in conds}

    def group_of(field_name: str) -> str | None:
        keys = [condition_group[c] for f, cs in source.reads.items()
                if field_name == f or field_name.startswith(f + ".") for c in cs if c in condition_group]
        return min(keys, key=order.__getitem__) if keys else None

    placed = [group_of(name) for name, _spec in leaves]
    for i in range(len(placed)):
        if placed[i] is None:  # the next placed field's group, else the previous one's
            placed[i] = (next((g for g in placed[i + 1:] if g), None)
                         or next((g for g in reversed(placed[:i]) if g), None))
    fields: dict[str, list[Field]] = {}
    for (name, spec), key in zip(leaves, placed, strict=True):
        if key is None:
            continue
        kind = _kind(name, spec)
        help_, placeholder = hint.get(name, (None, ""))
        if kind == "number" and name.startswith("indicators."):
            placeholder = "%"
        options = tuple(range(spec["minimum"], spec["maximum"] + 1)) if kind == "level" else ()
        label = dict(source.labels.get(name) or _t(name, name))
        fields.setdefault(key, []).append(Field(name, kind, label, help_, placeholder, options))  # type: ignore[arg-type]
    notes = _notes(source, sum(1 for name, _ in leaves if name.startswith("indicators.")))
    return tuple(Group(key, title, conds, tuple(fields[key]), notes.get(key))
                 for key, title, conds in groups_laid_out if key in fields)


@dataclass(frozen=True)
class Choices:
    """The options the form offers: enumerated values with the ontology's labels, in the schema's
    order, and the form's own answers for "yes / no / not stated" and for lists."""
    DOMAINS: dict[str, Text]
    INCIDENT_KINDS: dict[str, Text]
    INCIDENT_GRADES: dict[str, Text]
    LIST_CHOICES: dict[str, Text]
    WINDOW: Text  # "the three-year window", for the notes on records
    TRI_CHOICES: dict[str, Text] = field(default_factory=lambda: dict(TRI_CHOICES))


def choices(source: Source) -> Choices:
    def enum(spec: Mapping[str, Any]) -> dict[str, Text]:
        return {v: dict(source.values.get(v) or _t(v, v)) for v in spec.get("enum", [])}

    props = source.schema["properties"]
    incident = props["incidents"]["items"]["properties"]
    return Choices(DOMAINS=enum(props["domains"]["items"]), INCIDENT_KINDS=enum(incident["kind"]),
                   INCIDENT_GRADES=enum(incident["grade"]), LIST_CHOICES=list_choices(source.words),
                   WINDOW=_t(f"{number_word(source.words.lookback_years, 'zh')}年期",
                             f"the {number_word(source.words.lookback_years, 'en')}-year window"))


def field_labels(gs: tuple[Group, ...], source: Source | None = None) -> dict[str, Text]:
    """Every field's label by its dotted name, and the objects' own (``indicators``, ``registration``)."""
    own = {name: dict(label) for name, label in source.labels.items()} if source else {}
    return own | {f.name: f.label for g in gs for f in g.fields}


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
            put_field(profile, name, raw == "yes")
        elif kind == "number" or kind == "level":
            put_field(profile, name, _number(name, raw))
        else:
            put_field(profile, name, raw)
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
