"""The facts ``/ask`` read from a question that states the asker's case, arranged for reading: every
field by its label, every code by its word (the graph's labels for domains, grades and kinds;
``kg_service.web.terms`` for the rest), each value with the words it was read from when the answer
gives them. The answer's JSON is not changed; this only says it in the page's language."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kg_service.web import terms

Text = Mapping[str, str]


@dataclass
class Item:
    label: str
    value: str = ""
    data: str = ""  # free text as the question gave it (a place, a description): shown as written
    words: str = ""  # the question's words the value was read from
    status: str | None = None  # a status code, drawn as a badge by the template
    status_text: str = ""
    articles: list[str] = field(default_factory=list)


@dataclass
class Row:
    key: str
    label: str
    value: str = ""
    items: list[Item] = field(default_factory=list)


@dataclass
class Words:
    """What the view needs to name things, in both languages."""
    fields: Mapping[str, Text]  # profile field path → label
    values: Mapping[str, Text]  # enumerated profile values (domains, grades, kinds) → label
    conditions: Mapping[str, Text]  # condition id → label
    units: Mapping[str, Text]  # eId → title


def _flat(value: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """Dotted paths of a nested profile; lists of records stay whole (shown as one value each)."""
    if isinstance(value, Mapping):
        out: list[tuple[str, Any]] = []
        for k, v in value.items():
            out += _flat(v, f"{prefix}.{k}" if prefix else str(k))
        return out
    return [(prefix, value)]


class View:
    def __init__(self, words: Words, lang: str):
        self.w, self.lang = words, lang

    def pick(self, text: Text | None, fallback: str = "") -> str:
        if not text:
            return fallback
        return text.get(self.lang) or text.get("en" if self.lang == "zh" else "zh") or fallback

    def field(self, path: str) -> str:
        if path in self.w.fields:
            return self.pick(self.w.fields[path])
        last = path.rsplit(".", 1)[-1]
        return self.pick(terms.REQUEST_FIELDS.get(last) or self.w.fields.get(last), path)

    def value(self, path: str, v: Any) -> str:
        yes_no = {True: ("是", "yes"), False: ("否", "no")}
        if isinstance(v, bool):
            return yes_no[v][0 if self.lang == "zh" else 1]
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        if isinstance(v, str):
            if path.endswith("level") and v in terms.LEVELS:
                return self.pick(terms.LEVELS[v])
            if path.endswith("type") and v in terms.EVENT_TYPES:
                return self.pick(terms.EVENT_TYPES[v])
            return self.pick(self.w.values.get(v), v)
        if isinstance(v, list):
            sep = "、" if self.lang == "zh" else ", "
            if all(isinstance(x, Mapping) for x in v):
                sep = "；" if self.lang == "zh" else "; "
                return sep.join(self.record(path, x) for x in v) or self.pick({"zh": "无", "en": "none"})
            return sep.join(self.value(path, x) for x in v) or self.pick({"zh": "无", "en": "none"})
        if isinstance(v, Mapping):
            return self.record(path, v)
        unit = {"annual_revenue_10k_cny": "10k CNY"}.get(path.rsplit(".", 1)[-1])
        if path.startswith("indicators."):
            unit = "%"
        return terms.unit_value(v, unit, self.lang) if unit else str(v)

    def record(self, path: str, rec: Mapping[str, Any]) -> str:
        """An incident, a violation or an event: its values in words, the date first."""
        order = sorted(rec, key=lambda k: (k != "date", k != "type"))
        parts = [self.value(f"{path}.{k}", rec[k]) for k in order if rec[k] is not None and k != "description"]
        if rec.get("description"):
            parts.append(str(rec["description"]))
        return " ".join(parts)

    def rows(self, facts: Mapping[str, Any]) -> list[Row]:
        spans: Mapping[str, str] = facts.get("spans") or {}
        out: list[Row] = []
        if facts.get("mode"):
            out.append(Row("mode", self.pick({"zh": "问题类型", "en": "kind of question"}),
                           self.pick(terms.FACT_MODES.get(facts["mode"]), facts["mode"])))
        if facts.get("level"):
            out.append(Row("level", self.pick({"zh": "级别", "en": "level"}),
                           self.pick(terms.LEVELS.get(facts["level"]), facts["level"])))
        if facts.get("profile"):
            items = [Item(self.field(p), self.value(p, v), words=self._words(spans, p))
                     for p, v in _flat(facts["profile"])]
            label = {"zh": "从问题读出的企业情况", "en": "your case as read from the question"}
            out.append(Row("profile", self.pick(label), items=items))
        revocation = facts.get("revocation") or facts.get("request")
        if isinstance(revocation, Mapping) and revocation.get("events") is not None:
            free = ("province", "description")
            items = [Item(self.pick(terms.EVENT_TYPES.get(e.get("type")), str(e.get("type"))),
                          self.record("events", {k: v for k, v in e.items() if k != "type" and k not in free}),
                          data=" ".join(str(e[k]) for k in free if e.get(k)))
                     for e in revocation["events"]]
            out.append(Row("events", self.pick({"zh": "认定后发生的事项", "en": "events after recognition"}),
                           items=items))
        if facts.get("unread"):
            label = {"zh": "未能读懂的词（请换一种说法）", "en": "words not understood (rephrase them)"}
            out.append(Row("unread", self.pick(label), items=[Item(str(u)) for u in facts["unread"]]))
        decided = facts.get("decided") or []
        for key, label, rows in (
                ("decided", {"zh": "已判断的条件", "en": "conditions decided"},
                 [d for d in decided if d.get("stated", True)]),
                # the level's conditions nothing stated bears on (a question about the level as a whole): some are
                # decided all the same (the measures in force on the day), most are open
                ("unstated", {"zh": "本级其余条件", "en": "the level's other conditions"},
                 [d for d in decided if not d.get("stated", True)])):
            if rows:
                items = [Item(self.pick(self.w.conditions.get(d.get("condition")), str(d.get("condition"))),
                              status=d.get("status"), status_text=self.pick(terms.STATUSES.get(d.get("status"))),
                              articles=list(d.get("articles") or []))
                         for d in rows]
                out.append(Row(key, self.pick(label), items=items))
        if facts.get("verdict"):
            out.append(Row("verdict", self.pick({"zh": "结论", "en": "verdict"}),
                           self.pick(terms.REVOCATION_VERDICTS.get(facts["verdict"]), facts["verdict"])))
        if facts.get("causes"):
            items = [Item(self.pick(self.w.units.get(c.get("cause")), str(c.get("cause"))),
                          status=c.get("status"), status_text=self.pick(terms.CAUSE_STATUSES.get(c.get("status"))),
                          articles=[c["cause"]] if c.get("cause") else [])
                     for c in facts["causes"]]
            out.append(Row("causes", self.pick({"zh": "撤销情形", "en": "revocation causes"}), items=items))
        return out

    @staticmethod
    def _words(spans: Mapping[str, str], path: str) -> str:
        if path in spans:
            return spans[path]
        hits = [w for p, w in spans.items() if p.startswith(path + ".")]  # incidents.0.grade under incidents
        return " … ".join(dict.fromkeys(hits))
