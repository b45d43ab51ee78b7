"""Questions that state the asker's own case, answered by the rules.

"We had a general safety accident last year, can we still apply?" states facts of a profile
(an incident of grade general, dated a year back); "we moved our HQ to Hebei after being
recognised — do we lose the title?" states a revocation event. ``SituationReader`` reads such
facts with the question forms of ``queries/ask_situation.yaml`` and the concepts the matcher
found (places, industries, indicators, levels). Being replaced by ``case/reader.py``; the Service
decides what it reads (``case/deciding.py``) and ``case/telling.py`` words the decision.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from rdflib import URIRef

from kg_service.graph import KnowledgeGraph
from kg_service.questions.structured import Mention, StructuredAnswerer
from kg_service.questions.text import _normalise_code

_ZH_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_EN_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10}


def _int(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _ZH_NUM.get(word) or _EN_NUM.get(word.lower())


def load_yaml(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@dataclass
class Situation:
    """What a question states about the asker's case."""

    mode: str  # "eligibility" (a partial profile) or "revocation" (events after recognition)
    level: str  # basic | advanced
    profile: dict[str, Any] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)
    divisions: list[dict[str, Any]] = field(default_factory=list)  # industries named (ask_division rows)
    products: list[str] = field(default_factory=list)  # the words that named them
    as_of: date | None = None
    systems: list[tuple[str, str]] = field(default_factory=list)  # (name in the question, domain key)
    asks_domain: bool = False  # "which part does our MES fall under" rather than "is it enough"
    level_named: bool = False
    indicator_names: dict[str, str] = field(default_factory=dict)  # profile key -> name in the question
    spans: dict[str, str] = field(default_factory=dict)  # field path -> the words it was read from
    unread: list[str] = field(default_factory=list)  # words stating a value not bound to one field

    def fields(self) -> set[str]:
        return {k for k in self.profile if k not in ("id", "as_of")} | (
            {"as_of"} if "as_of" in self.profile else set())

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"mode": self.mode, "level": self.level}
        if self.mode == "revocation":
            out["revocation"] = {"events": self.events}
        else:
            out["profile"] = {k: v for k, v in self.profile.items() if k != "id"}
        if self.divisions:
            out["industries"] = [{"code": str(d["notation"]), "named_as": p}
                                 for d, p in zip(self.divisions, self.products, strict=False)]
        if self.systems:
            out["systems"] = [{"named_as": n, "domain": d} for n, d in self.systems]
        return out


class SituationReader:
    def __init__(self, kg: KnowledgeGraph, structured: StructuredAnswerer):
        self.kg = kg
        self.structured = structured
        self.cues = load_yaml(kg.settings.queries_dir / "ask_situation.yaml")
        self._re: dict[tuple[str, ...], re.Pattern[str]] = {}
        self.places = {str(r["place"]): bool(r["outside"]) for r in kg.select("ask_places")}
        self.domains: dict[str, dict[str, Any]] = {}  # concept -> {"key", "units"}
        for r in kg.select("ask_topic_domains"):
            d = self.domains.setdefault(str(r["concept"]), {"key": str(r["key"]), "units": []})
            d["units"].append(str(r["eid"]))
            d["named"] = str(r["concept"]) == str(r["domain"])  # the domain itself, not a system

    def _pat(self, *path: str) -> re.Pattern[str] | None:
        key = tuple(path)
        if key not in self._re:
            node: Any = self.cues
            for p in path:
                node = node.get(p) if isinstance(node, dict) else None
            self._re[key] = re.compile(node, re.I) if isinstance(node, str) and node else None
        return self._re[key]

    def _has(self, q: str, lang: str, *path: str) -> re.Match[str] | None:
        p = self._pat(*path, lang)
        return p.search(q) if p else None

    def _years_back(self, q: str, lang: str) -> int | None:
        for entry in self.cues["years_ago"]:
            if re.search(entry[lang], q, re.I):
                return int(entry["years"])
        m = self._has(q, lang, "years_ago_n")
        if m:
            return _int(m.group(1))
        return None

    def _year(self, q: str, lang: str) -> int | None:
        m = self._has(q, lang, "year")
        if not m:
            return None
        return int(next(g for g in m.groups() if g))

    def read(self, q: str, lang: str, mentions: list[Mention], as_of: date) -> Situation | None:
        recognised = bool(self._has(q, lang, "recognised"))
        levels = self.structured._levels(mentions)
        # a longer name can hide the level's ("直接申请先进级" is a topic): the cue reads it too
        advanced = any(lv.endswith("advanced") for lv in levels) or self._has(q, lang, "advanced")
        level = "advanced" if advanced else "basic"
        s = Situation(mode="revocation" if recognised else "eligibility", level=level)
        s.level_named = bool(levels) or advanced
        back = self._years_back(q, lang)
        year = self._year(q, lang)
        when = as_of
        if back is not None:
            when = _shift_years(as_of, -back)
        elif year is not None and year <= as_of.year:
            when = date(year, 6, 30) if year < as_of.year else as_of

        # an accident and its grade
        if self._has(q, lang, "accident"):
            grade = next((g for g in self.cues["grades"] if self._has(q, lang, "grades", g)), None)
            kind = next((k for k in self.cues["kinds"] if self._has(q, lang, "kinds", k)), "other")
            if grade:
                incident = {"kind": kind, "grade": grade, "date": when.isoformat()}
                if recognised:
                    s.events.append({"type": "accident", **incident})
                else:
                    s.profile["incidents"] = [incident]

        # places: registration in, or a move to, a place outside Beijing
        places = [m for m in mentions if m.concept in self.places]
        outside = [m for m in places if self.places[m.concept]]
        moving = bool(self._has(q, lang, "moving"))
        if outside and (recognised or moving) and moving:
            s.mode = "revocation"
            s.events.append({"type": "registered_address_moved", "province": outside[0].label,
                             "date": when.isoformat()})
        elif places and self._has(q, lang, "registration"):
            s.profile["registration"] = {"province": (outside or places)[0].label}

        if not recognised and self._has(q, lang, "events", "penalty"):
            s.profile["violations"] = [{"date": when.isoformat()}]

        if self._has(q, lang, "not_legal_person"):
            s.profile["independent_legal_person"] = False

        m = self._has(q, lang, "revenue")
        if m:
            amount, unit = float(m.group(m.lastindex - 1)), (m.group(m.lastindex) or "")
            factor = self.cues["revenue_units"][lang].get(unit.lower() if lang == "en" else unit)
            if factor is None and lang == "en":
                factor = 0.0001  # plain yuan
            if factor:
                s.profile["annual_revenue_10k_cny"] = round(amount * factor, 4)

        m = self._has(q, lang, "maturity")
        if m:
            n = _int(next(g for g in m.groups() if g))
            if n and 1 <= n <= 5:
                s.profile["maturity_level"] = n

        if self._has(q, lang, "not_built"):
            s.profile["factory_built"] = False
            s.profile["factory_in_operation"] = False

        # systems in use (MES, ERP …) or domains named: the construction domains covered
        about_domains = bool(self._has(q, lang, "which_domain")) or any(
            self.domains.get(m.concept, {}).get("named") or m.concept.endswith("topic-domains") for m in mentions)
        if not recognised and about_domains and self._has(q, lang, "uses"):
            for m in mentions:
                d = self.domains.get(m.concept)
                if d and (m.label.upper(), d["key"]) not in {(n.upper(), k) for n, k in s.systems}:
                    # a Latin name reads as written (the matcher lowercases: "mes" is MES)
                    name = m.label.upper() if m.label.isascii() and len(m.label) <= 5 else m.label
                    s.systems.append((name, d["key"]))
            if s.systems:
                s.profile["domains"] = sorted({k for _, k in s.systems})
                s.asks_domain = bool(self._has(q, lang, "which_domain"))

        if level == "advanced" and self._has(q, lang, "not_filed"):
            s.profile["basic_filing"] = {"filed": False}

        # indicator values: the number after an indicator's name, in its own clause and before the
        # next indicator's name ("NC rate 78%, networking 72%" binds 78 to the NC rate only)
        pct = self._pat("percent", lang)
        indicators = [m for m in mentions if m.type == "Indicator"]
        spans = _char_spans(q, mentions)
        for n, mention in enumerate(indicators):
            if pct is None:
                continue
            start, end = spans[mention]
            stop = min([spans[m][0] for m in indicators[n + 1:] if spans[m][0] >= end] + [len(q)])
            clause = _CLAUSE_END.search(q, end, stop)
            tail = q[end:clause.start() if clause else stop]
            found = list(pct.finditer(tail))
            if len(found) > 1:  # two numbers after one name: not bound, asked back (never guessed)
                s.unread.append(q[start:end + found[-1].end()].strip())
            elif found:
                pm = found[0]
                key = mention.concept.rsplit("indicator-", 1)[-1]
                s.profile.setdefault("indicators", {})[key] = float(pm.group(1))
                s.indicator_names[key] = mention.label
                s.spans[f"indicators.{key}"] = q[start:end + pm.end()].strip()

        # industries named by product, trade or code; an industry group of a single division
        # ("电子行业", "pharmaceuticals") names that division
        named = [(d, next(m.label for m in mentions if m.concept == d))
                 for d in self.structured._of(mentions, "IndustryDivision")]
        if not named:
            for g in self.structured._of(mentions, "IndustryGroup"):
                members = self.structured.select("ask_group_divisions", group=URIRef(g))
                if len(members) == 1:
                    named.append((str(members[0]["division"]), next(m.label for m in mentions if m.concept == g)))
        for d, label in named:
            rows = self.structured.select("ask_division", division=URIRef(d))
            if rows:
                s.divisions.append(rows[0])
                s.products.append(label)
        if s.divisions:
            s.profile["industry_code"] = str(s.divisions[0]["notation"])

        if recognised or s.mode == "revocation":
            s.mode = "revocation"
            for etype, pats in self.cues["events"].items():
                if pats and self._has(q, lang, "events", etype) and not any(e["type"] == etype for e in s.events):
                    s.events.append({"type": etype, "date": when.isoformat()})

        ahead = next((int(e["years"]) for e in self.cues.get("apply_years_ahead", [])
                      if re.search(e[lang], q, re.I)), None)
        if ahead is not None:
            year = as_of.year + ahead
        # applying in a year after the measures end: the application date is the as_of
        if year is not None and year > as_of.year and self._has(q, lang, "applying"):
            s.as_of = date(year, 1, 1)
            s.profile["as_of"] = s.as_of.isoformat()

        if s.mode == "revocation" and not s.events:
            return None
        if s.mode == "eligibility" and not s.fields() and not s.unread:
            return None
        return s


# where a clause ends: a stop or comma of either language, or a full stop (not a decimal point)
_CLAUSE_END = re.compile(r"[，,；;。！？!?、\n]|\.(?!\d)|\band\b")
_WORD = re.compile(r"[a-z0-9]+")


def _char_spans(q: str, mentions: list[Mention]) -> dict[Mention, tuple[int, int]]:
    """Each mention's (start, end) in the question's characters: Chinese labels are matched on the
    text without spaces and English ones on its tokens, so both are mapped back."""
    tokens: list[tuple[int, int]] = []
    for m in _WORD.finditer(q.lower()):
        tokens += [m.span()] * len(_normalise_code(m.group()))  # the matcher's tokens
    dense = [i for i, c in enumerate(q) if not c.isspace()]  # index in the spaceless text -> in q
    out: dict[Mention, tuple[int, int]] = {}
    for m in mentions:
        if m.space == "token" and m.end <= len(tokens):
            out[m] = (tokens[m.start][0], tokens[m.end - 1][1])
        elif m.space == "char" and m.end <= len(dense):
            out[m] = (dense[m.start], dense[m.end - 1] + 1)
        else:
            out[m] = (m.start, m.end)
    return out


def _shift_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
