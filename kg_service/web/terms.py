"""Words for the engine's codes and messages, so that each interface speaks one language throughout.

The answers of the application layer carry codes (``not_met``, ``eligible``, ``production_operation``,
``larger``, a unit ``10k CNY``) and error messages written in English (the API's contract). The pages
never show a code as a word: they show its label here, or the graph's ``@zh``/``@en`` label where the
graph has one (construction domains, accident grades, incident kinds, maturity levels, GB/T 4754
sections and divisions: ``graph_labels``). Error messages are rendered in the page's language by
``message``: the field by its label, the message by the patterns below (each a regular expression over
the English message and its Chinese wording; an unmatched message is shown with a Chinese preface and
its English text marked ``lang="en"``).
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

Text = dict[str, str]


def _t(zh: str, en: str) -> Text:
    return {"zh": zh, "en": en}


VERDICTS: dict[str, Text] = {
    "eligible": _t("符合条件", "Eligible"), "not_eligible": _t("不符合条件", "Not eligible"),
    "undetermined": _t("尚无法判断", "Undetermined"),
}
STATUSES: dict[str, Text] = {"met": _t("满足", "Met"), "not_met": _t("不满足", "Not met"),
                             "unknown": _t("未知", "Unknown")}
LEVELS: dict[str, Text] = {"basic": _t("基础级", "Basic level"), "advanced": _t("先进级", "Advanced level")}
JOB_STATUSES: dict[str, Text] = {"queued": _t("排队中", "Queued"), "running": _t("评估中", "Running"),
                                 "done": _t("完成", "Done"), "failed": _t("失败", "Failed")}
# revocation (art_12): a request's events, the verdict and each cause's status
EVENT_TYPES: dict[str, Text] = {
    "renamed": _t("更名", "renamed"), "reorganised": _t("重组", "reorganised"),
    "terminated": _t("依法终止", "terminated"), "unable_to_operate": _t("无法正常经营", "unable to operate"),
    "accident": _t("事故", "accident"), "registered_address_moved": _t("注册地迁出", "registered address moved"),
    "penalty": _t("受到处罚", "penalty"), "false_information": _t("提供虚假信息", "false information"),
    "application_violation": _t("申报中违规", "violation in the application"),
}
REVOCATION_VERDICTS: dict[str, Text] = {"revoke": _t("撤销称号", "title revoked"),
                                        "retain": _t("保留称号", "title kept"),
                                        "keep": _t("保留称号", "title kept"),
                                        "undetermined": _t("尚无法判断", "undetermined")}
CAUSE_STATUSES: dict[str, Text] = {"applies": _t("适用", "applies"), "does_not_apply": _t("不适用", "does not apply"),
                                   "unknown": _t("无法判断", "unknown"), "obligation": _t("须履行义务", "obligation")}
FACT_MODES: dict[str, Text] = {"eligibility": _t("申报条件判断", "eligibility check"),
                               "revocation": _t("撤销称号判断", "revocation check")}
# fields of a revocation request and of its events (the profile's fields have the graph's labels)
REQUEST_FIELDS: dict[str, Text] = {
    "level": _t("级别", "level"), "recognised_on": _t("认定日期", "recognised on"), "as_of": _t("判断日期", "as of"),
    "factory_id": _t("工厂标识", "factory id"), "events": _t("事项", "events"), "type": _t("事项", "event"),
    "date": _t("日期", "date"), "kind": _t("类型", "kind"), "grade": _t("等级", "grade"),
    "province": _t("迁入省份", "new province"), "description": _t("说明", "description"),
    "no_longer_meets_conditions": _t("因此不再符合认定条件", "no longer meets the conditions"),
}

JOB_NOT_FOUND: Text = _t("没有编号为 %s 的批量任务（任务可能已过期）", "no batch job %s (it may have expired)")


def pick_text(text: Text, lang: str) -> str:
    return text.get(lang) or text["en"]


# units of the KPIs of att_3 (as the graph writes them)
KPI_UNITS: dict[str, Text] = {"%": _t("%", "%"), "个": _t("个", "count"), "家": _t("家", "enterprises")}

# units of the parameters (GET /parameters): how a value is written with its unit
UNITS: dict[str, Text] = {"%": _t("%", "%"), "10k CNY": _t("万元", "× 10,000 CNY"), "year": _t("年", "years"),
                          "indicators": _t("项指标", "indicators"), "grade": _t("", ""), "date": _t("", ""),
                          "level": _t("级", "")}


def unit_value(value: Any, unit: str | None, lang: str, labels: Mapping[str, Text] | None = None) -> str:
    """A parameter's value with its unit in ``lang``: 70%, 2000 万元, 3 年, 二级 / level 2, 较大 / larger."""
    text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    if labels and text in labels:  # a code with a label in the graph (an accident grade)
        return labels[text][lang]
    if unit == "%":
        return f"{text}%"
    if unit == "level":
        return f"{text} 级" if lang == "zh" else f"level {text}"
    words = UNITS.get(unit or "", {}).get(lang, unit or "")
    return f"{text} {words}".strip()


# ---- error messages ---------------------------------------------------------------------------------
# (pattern over the English message, Chinese wording with the pattern's groups as {1}, {2} …)
_MESSAGES: tuple[tuple[str, str], ...] = (
    # a reform's parameter (kg_service.assessment.parameters.Parameter.coerce)
    (r"(.*) is not an integer \(parameter (\S+) takes an integer value\)", "{1} 不是整数（参数 {2} 应为整数）"),
    (r"(.*) is negative \(parameter (\S+) takes an integer value\)", "{1} 是负数（参数 {2} 应为非负整数）"),
    (r"(.*) is not a number \(parameter (\S+) takes a decimal value\)", "{1} 不是数字（参数 {2} 应为数值）"),
    (r"(.*) is not a non-negative number \(parameter (\S+) takes a decimal value\)",
     "{1} 不是非负数（参数 {2} 应为非负数值）"),
    (r"(?:Invalid isoformat string: )?(.*?)(?: is not an ISO date)? \(parameter (\S+) takes a date value\)",
     "{1} 不是日期（参数 {2} 应为 YYYY-MM-DD 格式的日期）"),
    (r"(.*) is not one of \[(.*)\] \(parameter (\S+) takes a code value among .*\)",
     "{1} 不是允许的取值（参数 {3} 可取 {2}）"),
    (r"(.*) is before the in-force date (.*)", "{1} 早于施行日期 {2}"),
    (r"unknown parameter id '(.*)' \(GET /parameters lists them\)", "没有参数“{1}”（GET /parameters 列出全部参数）"),
    (r"not a valid unified social credit code \(GB 32100-2015\): must have 18 characters, has (\d+)",
     "不是有效的统一社会信用代码（GB 32100-2015）：应为 18 位，现为 {1} 位"),
    (r"not a valid unified social credit code \(GB 32100-2015\): contains characters outside GB 32100's "
     r"alphabet: (.+)", "不是有效的统一社会信用代码（GB 32100-2015）：含有不允许的字符 {1}"),
    (r"not a valid unified social credit code \(GB 32100-2015\): check character is (\S+), should be (\S+)",
     "不是有效的统一社会信用代码（GB 32100-2015）：校验位为 {1}，应为 {2}"),
    (r"'(.*)' is not a number", "“{1}”不是数字"),
    (r"'(.*)' is not an integer", "“{1}”不是整数"),
    (r"'(.*)' is not one of yes, no or empty \(not stated\)", "“{1}”应为“是”“否”或留空（未说明）"),
    (r"(.*) is not of type 'number'", "{1} 不是数字"),
    (r"(.*) is not of type 'integer'", "{1} 不是整数"),
    (r"(.*) is not of type 'boolean'", "{1} 不是“是/否”"),
    (r"(.*) is not of type 'string'", "{1} 不是文字"),
    (r"(.*) is not of type 'array'", "{1} 不是列表"),
    (r"(.*) is not of type 'object'", "{1} 不是对象"),
    (r"(.*) is not one of \[(.*)\]", "{1} 不是允许的取值（{2}）"),
    (r"(.*) is less than the minimum of (.*)", "{1} 小于最小值 {2}"),
    (r"(.*) is greater than the maximum of (.*)", "{1} 大于最大值 {2}"),
    (r"(.*) does not match '(.*)'", "{1} 格式不符（{2}）"),
    (r"'(.*)' is a required property", "缺少必填项 {1}"),
    (r"Additional properties are not allowed \((.*) (?:was|were) unexpected\)", "不允许的字段：{1}"),
    (r"(.*) is too long", "{1} 过长"),
    (r"(.*) should be non-empty", "{1} 不能为空"),
    (r"not a date YYYY-MM-DD between (\d+) and (\d+)", "不是 {1} 至 {2} 年之间的日期（YYYY-MM-DD）"),
    (r"a date is written YYYY-MM-DD", "日期应写作 YYYY-MM-DD"),
    (r"more than (\d+) items", "超过 {1} 项"),
    (r"longer than (\d+) characters", "超过 {1} 个字符"),
    (r"must be a finite number.*", "必须是有限的数字"),
    (r"the file is larger than (\d+) MiB", "文件超过 {1} MiB"),
    (r"the file is empty", "文件是空的"),
    (r"the file holds no profiles", "文件中没有企业资料"),
    (r"choose a \.jsonl, \.json, \.csv or \.xlsx file", "请选择 .jsonl、.json、.csv 或 .xlsx 文件"),
    (r"cannot tell the file's type from '(.*)' \((.*)\): use \.jsonl, \.json, \.csv or \.xlsx",
     "无法判断文件“{1}”的类型：请使用 .jsonl、.json、.csv 或 .xlsx"),
    (r"not UTF-8 text.*", "不是 UTF-8 编码的文本"),
    (r"not JSON or JSON lines: (.*)", "不是 JSON 或 JSON Lines：{1}"),
    (r"not JSON: (.*)", "不是 JSON：{1}"),
    (r"a profile is a JSON object", "每份企业资料应为一个 JSON 对象"),
    (r"rows are filled in but “none” is chosen: choose “listed below” or clear the rows",
     "已填写记录，却选了“没有”：请选“有，如下表”，或清空这些行"),
    (r"the question is empty", "问题是空的"),
    (r"at most (\d+) characters", "最多 {1} 个字符"),
)
_COMPILED = tuple((re.compile(p + r"\Z", re.DOTALL), zh) for p, zh in _MESSAGES)


def translate(message: str, lang: str) -> str | None:
    """The message in ``lang``; None when no pattern knows it (in Chinese)."""
    if lang == "en":
        return message
    for pattern, zh in _COMPILED:
        if m := pattern.match(message):
            return zh.format(None, *m.groups())
    return None


def message(field: str, text: str, lang: str, labels: Mapping[str, Text] | None = None) -> dict[str, str]:
    """An input error for a page: ``{"field": label (or the path), "path": the dotted path, "text",
    "lang"}``; ``lang`` is the language ``text`` is in (English for a message no pattern knows)."""
    label = _field_label(field, labels or {}, lang)
    said = translate(text, lang)
    return {"field": label, "path": field, "text": said if said is not None else text,
            "lang": lang if said is not None else "en"}


def _field_label(field: str, labels: Mapping[str, Text], lang: str) -> str:
    if field in labels:
        return labels[field][lang]
    # a list item (incidents.0.date): the list's label, the item's number, the item field's label
    m = re.fullmatch(r"(\w+)\.(\d+)\.(\w+)", field)
    if m and m[1] in labels:
        inner = labels.get(f"{m[1]}.{m[3]}", {}).get(lang) or m[3]
        return f"{labels[m[1]][lang]} 第 {int(m[2]) + 1} 条：{inner}" if lang == "zh" else \
            f"{labels[m[1]][lang]} #{int(m[2]) + 1}: {inner}"
    words = {"(profile)": _t("企业资料", "the profile"), "(request)": _t("请求", "the request"),
             "file": _t("文件", "the file"), "profile_file": _t("上传的文件", "the uploaded file"),
             "population_file": _t("上传的企业群体", "the uploaded population"), "q": _t("问题", "the question"),
             "query.q": _t("问题", "the question")}
    if field in words:
        return words[field][lang]
    return field
