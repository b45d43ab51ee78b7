"""Questions that state the asker's own case, answered by the rules.

"We had a general safety accident last year, can we still apply?" states facts of a profile
(an incident of grade general, dated a year back); "we moved our HQ to Hebei after being
recognised — do we lose the title?" states a revocation event. ``SituationReader`` reads such
facts with the question forms of ``queries/ask_situation.yaml`` and the concepts the matcher
found (places, industries, indicators, levels); ``SituationAnswerer`` runs them through the
assessment capability's public API -- ``Assessor.assess`` on a partial profile, or
``RevocationChecker.check`` on a revocation request -- so the same shapes decide, and words the
answer from ``queries/ask_answers.yaml``. The answer carries what it read (``facts``) so that a
user can see and correct it.

Nothing here imports the embedding model; the assessment objects are built on first use.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from rdflib import URIRef

from kg_service.graph import KnowledgeGraph
from kg_service.questions.structured import Mention, StructuredAnswer, StructuredAnswerer
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


class SituationAnswerer:
    """Runs a situation through the assessment capability and words the outcome."""

    def __init__(self, kg: KnowledgeGraph, structured: StructuredAnswerer, templates: dict[str, Any],
                 domains: dict[str, dict[str, Any]] | None = None):
        self.kg = kg
        self.structured = structured
        self.t = templates["situation"]
        self.domains = domains or {}
        self.gists = templates.get("gists", {})
        self._lock = threading.Lock()

    @cached_property
    def assessor(self):
        from kg_service.assessment.engine import Assessor

        with self._lock:
            return Assessor.load(self.kg.settings, self.kg)

    @cached_property
    def revocation(self):
        from kg_service.assessment.revocation import RevocationChecker

        with self._lock:
            return RevocationChecker.load(self.kg.settings, self.kg)

    def warm(self) -> None:
        """Load the assessor and the revocation checker ahead of the first question."""
        _ = self.assessor, self.revocation

    def label(self, concept: Any, lang: str) -> str:
        return self.structured.label(concept, lang)

    def answer(self, s: Situation, lang: str, as_of: date) -> StructuredAnswer | None:
        if s.mode == "revocation":
            return self._revocation(s, lang, as_of)
        return self._eligibility(s, lang, as_of)

    # -- eligibility ---------------------------------------------------------------------------

    def _industry(self, s: Situation, lang: str) -> tuple[list[str], list[str]]:
        sentences, units = [], []
        for d, product in zip(s.divisions, s.products, strict=False):
            code, division = str(d["notation"]), self.label(d["division"], lang)
            args = {"product": product, "code": code, "division": division}
            if d.get("industrial") is False:
                sentences.append(self.t["industry"]["not_industrial"][lang].format(**args))
                units.append("art_5__item_1")
            elif d.get("group") is None:
                sentences.append(self.t["industry"]["no_row"][lang].format(**args))
                units.append("att_2-1")
            else:
                rows = self.structured.select("ask_threshold", group=d["group"])
                cells = ("；" if lang == "zh" else "; ").join(
                    f"{self.label(r['indicator'], lang)} ≥ {_num(r['value'])}{r.get('unit', '%')}" for r in rows)
                row = str(d["row"]).rsplit("/", 1)[-1]
                sentences.append(self.t["industry"]["row"][lang].format(
                    group=self.label(d["group"], lang), row=row, cells=cells, **args))
                units.append(row)
        return sentences, units

    def _domains(self, s: Situation, lang: str, reader_domains: dict[str, dict[str, Any]]) -> StructuredAnswer:
        """Where the systems named belong: their construction domain and the unit that states it
        for the level asked about (both levels when none is named)."""
        prefix = "att_2__" if s.level == "advanced" else "att_1__"
        parts, units = [], []
        # the domain concepts themselves (a system points to its domain's key)
        by_key = {v["key"]: (c, v["units"]) for c, v in reader_domains.items()
                  if c.rsplit("/", 1)[-1] == f"domain-{v['key']}"}
        for key in dict.fromkeys(k for _, k in s.systems):
            concept, eids = by_key.get(key, (None, []))
            # the level asked about; when none is named, the advanced level's (it names the
            # systems' scenarios: warehousing, scheduling, simulation) then the basic level's
            mine = sorted((e for e in eids if not s.level_named or e.startswith(prefix)),
                          key=lambda e: (s.level_named, not e.startswith("att_2__")))
            names = self.t["facts"]["sep"][lang].join(n for n, k in s.systems if k == key)
            gist = (self.gists.get(mine[0], {}).get(lang, "") if mine else "").rstrip("。.")
            parts.append(self.t["domain"][lang].format(
                systems=names, domain=self.label(concept, lang) if concept else key, units=", ".join(mine), gist=gist))
            units += mine
        sep = "；" if lang == "zh" else "; "
        text = sep.join(parts) + ("。" if lang == "zh" else ".")
        return StructuredAnswer("situation", text, list(dict.fromkeys(units)), s.as_dict())

    def _eligibility(self, s: Situation, lang: str, as_of: date) -> StructuredAnswer | None:
        from kg_service.assessment.profile import ProfileError, check_profile

        if s.asks_domain and s.fields() <= {"domains", "industry_code"}:
            return self._domains(s, lang, self.domains)

        profile = {"id": "question", "as_of": (s.as_of or as_of).isoformat(), **s.profile}
        if "annual_revenue_10k_cny" in profile:
            # 规模以上 is defined by that revenue: a stated revenue answers it, through the shape's
            # "any of" (above_designated_size, or revenue at or above the line)
            profile.setdefault("above_designated_size", False)
        try:
            check_profile(profile)
        except ProfileError:
            return None
        result = self.assessor.assess(profile, s.level, explain=False)
        conditions = result["results"][0]["conditions"]
        read = s.fields()
        sentences, units, decided = [], [], []
        if s.as_of is not None:
            c = next((c for c in conditions if "as_of" in c["observed"]), None)
            if c and c["status"] == "not_met":
                v = self.structured.select("ask_validity", doc=_measures())
                until = v[0]["until"] if v else None
                sentences.append(self.t["expired"][lang].format(
                    until=_date(until, lang) if until else "", when=_date(s.as_of, lang),
                    version=self.t["version"][lang].format(title=self.label(_measures(), lang),
                                                           number=v[0].get("number", "") if v else "")))
                units += c["articles"]
                decided.append({"condition": c["id"], "status": c["status"]})
        ind_sentences, ind_units = self._industry(s, lang)
        for c in conditions:
            fields = {f.split(".")[0] for f in c["observed"]}  # "registration.province" is registration
            if c["id"] == "in_force" or not (fields & read):
                continue
            if (fields & read) == {"industry_code"}:
                # an industry alone states no indicator values: the row is the answer
                continue
            unit = "、".join(c["articles"]) if lang == "zh" else ", ".join(c["articles"])
            label = c["label"].get(lang, c["id"])
            if c["status"] == "not_met":
                sentences.append(self.t["condition"]["not_met"][lang].format(
                    label=label, unit=unit, why=c["message"][lang]))
            else:
                why = self._why_not_failing(s, c, lang)
                sentence = self.t["condition"]["met"][lang].format(label=label, unit=unit)
                sentence += (f"：{why}" if lang == "zh" else f": {why}") if why else ""
                if not why and c["required"].get(lang):
                    # the line the stated facts were held against, so the asker sees the rule itself
                    sentence += self.t["condition"]["required"][lang].format(required=c["required"][lang])
                if c["status"] == "unknown" and c["message"][lang]:
                    sentence += self.t["condition"]["still_unknown"][lang].format(why=c["message"][lang])
                sentences.append(sentence)
            units += c["articles"]
            decided.append({"condition": c["id"], "status": c["status"]})
        sentences = [*ind_sentences, *sentences]
        units = [*ind_units, *units]
        if not sentences:
            return None
        failed = any(d["status"] == "not_met" for d in decided) or any(
            d.get("industrial") is False for d in s.divisions)
        verdict = self.t["verdict"]["not_met" if failed else "met"][lang] if decided or failed else ""
        sep = "；" if lang == "zh" else "; "
        text = self.t["read"][lang].format(facts=_facts_text(s, lang, self.t["facts"])) + sep.join(sentences)
        text = text.rstrip("。.;；") + ("。" if lang == "zh" else ". ") + verdict
        return StructuredAnswer("situation", text.strip(), list(dict.fromkeys(units)),
                                {**s.as_dict(), "decided": decided})

    def _why_not_failing(self, s: Situation, c: dict, lang: str) -> str:
        incidents = s.profile.get("incidents") or []
        if "incidents" in c["observed"] and incidents:
            grade = incidents[0]["grade"]
            if grade == "general":
                return self.t["accident_grade"]["below"][lang].format(grade=_grade(grade, lang, self.t["facts"]))
        return ""

    # -- revocation ----------------------------------------------------------------------------

    def _revocation(self, s: Situation, lang: str, as_of: date) -> StructuredAnswer | None:
        from kg_service.assessment.revocation import RevocationError

        dates = [date.fromisoformat(e["date"]) for e in s.events if e.get("date")]
        start = self.structured.select("ask_validity", doc=_measures())
        recognised_on = min([*dates, start[0]["from"] if start else as_of])
        request = {"level": s.level, "recognised_on": recognised_on.isoformat(), "as_of": as_of.isoformat(),
                   "events": s.events}
        try:
            result = self.revocation.check(request)
        except RevocationError:
            return None
        sentences, units = [], []
        types = {e["type"] for e in s.events}
        for o in result["obligations"]:
            sentences.append(self.t["revocation"]["obligation"][lang].format(unit=", ".join(o["articles"])))
            units += o["articles"]
        for c in result["causes"]:
            unit = c["cause"]
            if c["status"] == "applies":
                sentences.append(self.t["revocation"]["applies"][lang].format(why=c["message"][lang], unit=unit))
                units.append(unit)
            elif c["status"] == "unknown":
                sentences.append(self.t["revocation"]["unknown"][lang].format(why=c["message"][lang], unit=unit))
                units.append(unit)
        for e in s.events:
            if e["type"] == "accident" and e.get("grade") in ("general", "larger"):
                grade = _grade(e["grade"], lang, self.t["facts"])
                sentences.append(self.t["accident_grade"]["not_major"][lang].format(grade=grade))
                units.append("art_12__item_3")
        if not sentences and types & {"renamed", "reorganised"}:
            units.append("art_12")
        if not any(c["status"] == "applies" for c in result["causes"]):
            sentences.append(self.t["revocation"]["none"][lang].rstrip("。."))
            units.append("art_12")
        sep = "；" if lang == "zh" else "; "
        text = self.t["read"][lang].format(facts=_facts_text(s, lang, self.t["facts"]))
        text += sep.join(x.rstrip("。.") for x in sentences)
        text += "。" if lang == "zh" else "."
        return StructuredAnswer("situation", text, list(dict.fromkeys(units)),
                                {**s.as_dict(), "request": request, "verdict": result["verdict"],
                                 "causes": [{"cause": c["cause"], "status": c["status"]} for c in result["causes"]]})


def _measures():
    from rdflib import URIRef

    from kg_service.graph.namespaces import REG_IRI

    return URIRef(REG_IRI)


def _num(v: Any) -> str:
    f = float(v)
    return str(int(f)) if f.is_integer() else str(f)


def _date(d: date, lang: str) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if lang == "zh" else f"{d.day} {d.strftime('%B')} {d.year}"


def _grade(grade: str, lang: str, words: dict[str, Any]) -> str:
    return words["grades"][grade][lang]


def _facts_text(s: Situation, lang: str, words: dict[str, Any]) -> str:
    """The facts read, in a line the asker can check (wording: ``facts`` in ask_answers.yaml)."""
    def say(key: str, **kw: Any) -> None:
        parts.append(words[key][lang].format(**kw))

    parts: list[str] = []
    p = s.profile
    for i in p.get("incidents", []) + [e for e in s.events if e["type"] == "accident"]:
        say("accident", year=i["date"][:4], grade=_grade(i["grade"], lang, words))
    for e in s.events:
        if e["type"] == "registered_address_moved":
            say("moved", province=e["province"])
        elif e["type"] != "accident":
            parts.append(words["events"].get(e["type"], {}).get(lang, e["type"]))
    if "registration" in p:
        say("registered", province=p["registration"]["province"])
    if "annual_revenue_10k_cny" in p:
        v = p["annual_revenue_10k_cny"]
        say("revenue", amount=_num(v), million=_num(v / 100))
    if p.get("independent_legal_person") is False:
        say("not_legal_person")
    if "maturity_level" in p:
        say("maturity", level=p["maturity_level"])
    if p.get("factory_built") is False:
        say("not_built")
    if "basic_filing" in p:
        say("not_filed")
    for k, v in (p.get("indicators") or {}).items():
        say("indicator", name=s.indicator_names.get(k, k.replace("_", " ")), value=_num(v))
    if s.systems:
        say("systems", names=words["sep"][lang].join(n for n, _ in s.systems))
    for d, prod in zip(s.divisions, s.products, strict=False):
        say("industry", product=prod, code=d["notation"])
    if s.as_of is not None:
        say("applying_in", year=s.as_of.year)
    say(s.level)
    return words["sep"][lang].join(parts)
