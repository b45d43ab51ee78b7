"""Reading the case a question states into a ``CaseReading``: every value with the words it was read
from, or left unread.

``CaseReader`` is built once from the KnowledgeGraph (the names of indicators, KPIs, industries,
places, construction domains, grades, kinds and maturity levels: ``lexicon.Lexicon`` and the question
matcher's mentions) and the cue words of ``queries/read_case.yaml`` (``cues.Cues``). ``read`` works
clause by clause:

- a number binds to the indicator named next to it in its own clause, before or after it ("NC rate
  78%", "78% NC rate"); "数控化率和联网率都是75%" gives both; two lists side by side pair in order
  ("NC/networking: 72%/68%", "72% and 66% are our NC and networking rates", "… are 82%, 76% and 8%
  respectively"), lists of two lengths are left; two numbers after one name, a bare number, a KPI that
  is no indicator, a target (a goal beside a value is left alone, the value read) or a bound is left unread;
- several accidents of one clause are parted, each with its grade, kind and date; dates written as one
  list are one penalty each; more than one said with one date is left unread;
- an indicator's kind (a level reached, or an improvement with its direction) comes from the graph:
  a change of a level is not its value, a rate of an improvement indicator ("defect rate 2%") is not
  a reduction, and a fall of productivity is a negative gain;
- negation ("没有", "never") and aspect ("built but not yet in operation") turn statements over;
- a place binds to the registration only beside registration words; a plant's place says nothing.

Nothing here decides: the Service decides the reading. No rule value, grade or condition is spelled
here; the words are the YAML's and the graph's.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from rdflib import URIRef

from kg_service.graph import KnowledgeGraph
from kg_service.questions.case import numbers
from kg_service.questions.case.cues import Cues
from kg_service.questions.case.lexicon import Hit, Lexicon, Term
from kg_service.questions.case.model import CaseReading, Event, Fact, field_of
from kg_service.questions.structured import Mention
from kg_service.questions.text import expand_code

_WORD = re.compile(r"[a-z0-9]+")
_TRIM = " \t\n，,；;。.!！?？:：、"
# the cues of a registration moved, or done anew ("迁到天津", "re-registered in Tianjin", "now registered in …")
_MOVE_CUES = ("move", "reregister", "moved_now")
_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")

# why an accident's words were left unread, by what they leave open (the answer's template of each)
_INCIDENT_ASK = {frozenset({"date"}): "date", frozenset({"grade"}): "incident_grade",
                 frozenset({"kind"}): "incident_kind"}


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class When:
    """A date the question names, with its span. ``day`` is at the latest today for a month or year (what
    happened "in March" happened by now); ``ahead`` is the date as named when that is later ("apply in March
    2027": the first of that month), for the date of an application."""

    day: date
    start: int
    end: int
    ahead: date | None = None
    within: tuple[date, date] | None = None  # a month or a year: its first and last day (by today)
    exact: bool = False  # named by its day ("2026年7月8日"), not by a month, a year or a relative time

    def span(self) -> tuple[str, str] | None:
        return None if self.within is None else (self.within[0].isoformat(), self.within[1].isoformat())


@dataclass
class _Text:
    """One question being read: its (masked) text, language, clauses and sentences."""

    raw: str
    text: str  # standard codes (GB/T 39116-2020) blanked: their digits are no values
    lang: str
    today: date
    clauses: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    parts: list[Span] = field(default_factory=list)  # a clause's parts: "fined in 2024 | and had an accident in 2023"
    dates: list[When] = field(default_factory=list)
    speaks: bool = False  # the asker speaks of their own (or a supposed) enterprise
    plant_places: set[int] = field(default_factory=set)  # places named as one of several plants (not the registration)
    others: list[Fact] = field(default_factory=list)  # values of another plant or firm, left unread (see _restated)
    unconfirmed: list[tuple[int, int]] = field(default_factory=list)  # an event's words saying it is alleged or pending

    def words(self, start: int, end: int) -> str:
        return self.raw[start:end].strip(_TRIM)

    def clause_of(self, i: int) -> Span:
        return next((c for c in self.clauses if c.start <= i < c.end), Span(0, len(self.text)))

    def part_of(self, i: int) -> Span:
        """The part of its clause that ``i`` is in (a clause of two events joined by "and had")."""
        clause = self.clause_of(i)
        part = next((p for p in self.parts if p.start <= i < p.end), clause)
        return Span(max(clause.start, part.start), min(clause.end, part.end))

    def sentence_of(self, i: int) -> Span:
        return next((s for s in self.sentences if s.start <= i < s.end), Span(0, len(self.text)))


def _spans(text: str, breaks: re.Pattern[str] | None) -> list[Span]:
    out, start = [], 0
    if breaks is not None:
        for m in breaks.finditer(text):
            if m.start() > start:
                out.append(Span(start, m.start()))
            start = m.end()
    if start < len(text):
        out.append(Span(start, len(text)))
    return out or [Span(0, len(text))]


def _num(v: float) -> int | float:
    return int(v) if float(v).is_integer() else round(float(v), 4)


def _shift_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _longest(matches: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Of overlapping matches the longest (then the first) wins: "建成但未投产" over "投产"."""
    kept: list[tuple[int, int, Any]] = []
    for m in sorted(matches, key=lambda m: (-(m[1] - m[0]), m[0])):
        if not any(k[0] < m[1] and m[0] < k[1] for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m[0])


class CaseReader:
    """Reads what a question states of the asker's case (see the module's docstring)."""

    def __init__(self, kg: KnowledgeGraph, cues: Cues | None = None, lexicon: Lexicon | None = None):
        self.kg = kg
        self.cues = cues or Cues.load(kg.settings.queries_dir / "read_case.yaml")
        self.lexicon = lexicon or Lexicon.from_graph(kg)
        c = self.cues
        self.digits: dict[str, int] = {str(k): int(v) for k, v in c["numbers_zh"].items()}
        self.en_numbers: dict[str, int] = {str(k): int(v) for k, v in c["numbers_en"].items()}
        self.statements = {lang: c.compiled_list("statements", lang) for lang in ("zh", "en")}
        self.factory_phrases = {lang: c["factory"]["phrases"] and [
            (e, re.compile(e[lang], re.I)) for e in c["factory"]["phrases"] if e.get(lang)] for lang in ("zh", "en")}
        self.years_ago = {lang: c.compiled_list("years_ago", lang) for lang in ("zh", "en")}
        self.years_ahead = {lang: c.compiled_list("years_ahead", lang) for lang in ("zh", "en")}
        self.months_ago = {lang: c.compiled_list("months_ago", lang) for lang in ("zh", "en")}
        # industries: division -> code; group -> its divisions
        self.division_code: dict[str, str] = {}
        self.group_divisions: dict[str, list[str]] = {}
        for row in kg.select("read_case_divisions", memo=True):
            d = str(row["division"])
            self.division_code[d] = str(row["notation"])
            if row.get("group") is not None:
                self.group_divisions.setdefault(str(row["group"]), []).append(d)
        # systems (MES, ERP …) and the construction domain each serves
        self.system_domain: dict[str, str] = {}
        for row in kg.select("ask_topic_domains", memo=True):
            if str(row["concept"]) != str(row["domain"]):
                self.system_domain[str(row["concept"])] = str(row["key"])
        self.all_indicators = sorted({t.concept for names in self.lexicon.names.values() for terms in names.values()
                                      for t in terms if t.kind == "indicator" and t.key})
        self.all_domains = sorted({t.key for names in self.lexicon.names.values() for terms in names.values()
                                   for t in terms if t.kind == "domain" and t.key})

    @classmethod
    def from_graph(cls, kg: KnowledgeGraph) -> CaseReader:
        return cls(kg)

    # ---- the reading -----------------------------------------------------------------------------
    def read(self, words: str, lang: str, mentions: list[Mention] | None = None,
             today: date | None = None) -> CaseReading:
        today = today or date.today()
        lang = "zh" if lang == "zh" else "en"
        t = self._prepare(words, lang, today)
        r = CaseReading(words=words, lang=lang, first_person=bool(self.cues.search(words, "first_person", lang=lang)))
        r.level = self._level(t)
        hits = self._foreign(t, self.lexicon.find(t.text, lang))
        recognised = self._recognised(t)
        if recognised and not self._basic_applying_advanced(t, recognised, r):
            r.mode = "revocation"
            t.dates = self._dates(t, months_alone=True)
            self._events(t, hits, r, recognised)
            self._dated(t, r)
            self._unread_events(t, r)
            return r
        self._indicators(t, hits, r)
        self._changed_since(t, r)
        self._revenue(t, r)
        self._statements(t, r)
        self._factory(t, r)
        self._registration(t, hits, r)
        self._incidents(t, hits, r)
        self._violations(t, r)
        self._filing(t, hits, r)
        filed = [t.clause_of(f.start) for f in r.facts if f.path == "basic_filing.filed" and f.value and f.start >= 0]
        if filed and r.level == "basic":
            r.level = self._level(t, filed)
        if r.level is None and self._has(t, "advanced_condition_asked"):
            r.level = "advanced"  # "备案这一条满足吗": art_7 is the advanced level's
        self._domains(t, hits, mentions or [], r)
        self._maturity(t, hits, r)
        self._industry(t, mentions or [], r)
        self._as_of(t, r)
        self._settle(r)
        r.mode = "eligibility" if (r.facts or r.unread) else None
        if r.mode is None and r.as_of is None and not t.speaks and \
                (self._has(t, "policy_question") or self._has(t, "requirement")):
            r.level = None  # "先进级的经营管理环节包括什么？": the rule's level, no case of the asker's
        return r

    def _prepare(self, words: str, lang: str, today: date) -> _Text:
        c = self.cues
        text = words.translate(_FULLWIDTH)  # "６９％" is 69%: one character for one, so spans stay
        masked = c.get("masked", lang=lang)
        if masked is not None:
            text = masked.sub(lambda m: " " * len(m.group(0)), text)
        for m in c.finditer(text, "value_bracket", lang=lang):  # "数控化率（72%）": the name's value, no aside
            for g in (1, 2):
                text = text[:m.start(g)] + " " + text[m.end(g):]
        t = _Text(raw=words, text=text, lang=lang, today=today)
        t.clauses = _spans(text, c.get("clause_break", lang=lang))
        for m in c.finditer(text, "bracketed", lang=lang):  # "(target: 85%)": a clause of its own
            cuts = (m.start() + 1, m.end() - 1)
            t.clauses = [Span(a, b) for x in t.clauses for a, b in itertools.pairwise(
                sorted({x.start, x.end, *(i for i in cuts if x.start < i < x.end)}))]
        t.sentences = _spans(text, c.get("sentence_break", lang=lang))
        t.parts = _spans(text, c.get("part_break", lang=lang))
        t.dates = self._dates(t)
        # the asker's own case: in the first person, or stated plainly and then asked of ("近三年财务状况良好，
        # 无不良信用记录，第三项条件满足吗？"), unless it is a rule's wording ("财务状况良好的企业能报吗？")
        t.speaks = bool(c.search(words, "first_person", lang=lang)) or (
            bool(c.search(words, "implicit_case", "asks", lang=lang))
            and not c.search(words, "implicit_case", "rule", lang=lang))
        return t

    def _foreign(self, t: _Text, hits: list[Hit]) -> list[Hit]:
        """``hits`` and the names written in the other language's script inside the question ("我们NC rate 76%",
        "registered in 北京市通州区"): each run of that script read with that language's names."""
        other = "en" if t.lang == "zh" else "zh"
        run = self.cues.get("foreign_run", lang=other)
        out = list(hits)
        for m in (run.finditer(t.text) if run is not None else ()):
            for h in self.lexicon.find(m.group(0), other):
                s, e = m.start() + h.start, m.start() + h.end
                if not any(x.start < e and s < x.end for x in out):
                    out.append(Hit(s, e, t.text[s:e], h.terms, h.ambiguous))
        return sorted(out, key=lambda h: h.start)

    def _has(self, t: _Text, *path: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        return self.cues.search(t.text, *path, lang=t.lang, pos=start, endpos=end)

    def _negated(self, t: _Text, start: int, end: int) -> re.Match[str] | None:
        """A negation in ``text[start:end]`` (the words before what it negates, in its clause); none where every
        negation there is one of two that affirm ("并非没有人才", "it is not that we lack talent")."""
        neg = self._has(t, "negation", start=start, end=end) if end > start else None
        if neg is None:
            return None
        twice = [(m.start(), m.end()) for m in self.cues.finditer(t.text, "double_negation", lang=t.lang, pos=start,
                                                                   endpos=end)]
        if twice and all(any(a <= m.start() < b for a, b in twice)
                         for m in self.cues.finditer(t.text, "negation", lang=t.lang, pos=start, endpos=end)):
            return None
        return neg

    def _doubted(self, t: _Text, start: int, end: int) -> bool:
        """The words at ``start..end`` are asked or doubted, not stated: "是否符合产业政策", "我们算规上
        企业吗", "Are we above designated size?", or a rule asked about ("do we need a dedicated team")."""
        clause = t.clause_of(start)
        if self._has(t, "unsure", start=clause.start, end=start) or \
                (self._has(t, "requirement", start=clause.start, end=start)) or self._asks_rule(t, start):
            return True
        if self._has(t, "names_condition", start=end, end=clause.end) and \
                self.cues.search(t.raw[clause.start:clause.end + 1], "question_end", lang=t.lang):
            return True  # "组织机制与人才这一条满足吗？": the condition asked about, named
        sentence = t.sentence_of(start)
        ends_asking = t.raw[sentence.end:sentence.end + 1] in ("?", "？")
        if ends_asking and not re.search(r"\w", self._without(
                t.text[sentence.start:start] + " " + t.text[end:sentence.end], t.lang, ("first_person",), ("copula",))):
            return True  # "Above designated size?", "独立法人？": the words alone, asked
        if t.lang == "zh":
            return bool(self.cues.search(t.text[end:end + 4], "asked", lang="zh"))
        return ends_asking and bool(self.cues.search(t.text[sentence.start:sentence.end], "asked", lang="en"))

    def _asks_rule(self, t: _Text, start: int) -> bool:
        """The words at ``start`` stand after a rule's modal in their clause, in a question ("我们需要有专门的
        团队吗", "do we need 70% networking?", "must our company be registered in Beijing?"): the asker asks what
        the rules ask of them, and states nothing."""
        clause, sentence = t.clause_of(start), t.sentence_of(start)
        if not (self._has(t, "rule_asked", start=clause.start, end=start) or
                self._has(t, "requirement", start=clause.start, end=start)):
            return False
        return bool(self.cues.search(t.raw[sentence.start:sentence.end + 1], "question_end", lang=t.lang))

    # ---- level and mode ---------------------------------------------------------------------------
    def _level(self, t: _Text, besides: list[Span] = ()) -> str | None:
        """The level named; not by words in ``besides`` (the clause of the basic-level filing: "我们已完成基础级备案",
        "we filed as basic level" name the filing, not the level applied for)."""
        keys = self.cues["level_keys"]
        found: set[str] = set()

        def named(i: int) -> bool:
            return not any(b.start <= i < b.end for b in besides)
        for name, key in keys.items():
            if not name.isascii() and any(named(m.start()) for m in re.finditer(re.escape(name), t.text)):
                found.add(key)
        if t.lang == "en":
            for m in self.cues.finditer(t.text, "level_word", lang="en"):
                if named(m.start()):
                    found.add(keys[m.group(1).lower()])
        # "we never filed as basic: can we apply for advanced?" asks about the advanced level
        return "advanced" if "advanced" in found else ("basic" if "basic" in found else None)

    def _recognised(self, t: _Text) -> re.Match[str] | None:
        """The words saying the factory holds the title: its statement ("we were named an advanced smart
        factory", "拿到先进级称号以后") where there is one, its words date the recognition; else a question
        asked of the title held ("do we lose the title", "could that cost us the title")."""
        return self._has(t, "recognised_held") or self._has(t, "recognised") or self._has(t, "title_asked") \
            or self._has(t, "recognised_said")  # the title held in short words (recognised17)

    def _basic_applying_advanced(self, t: _Text, m: re.Match[str], r: CaseReading) -> bool:
        """"我们已经获评基础级，想申请先进级": recognised at the basic level and applying for the
        advanced one is an application (art_7), not a question of revocation: the basic level is held."""
        said = t.text[m.start():min(len(t.text), m.end() + 6)]
        basic = self.cues.search(said, "filing_basic", lang=t.lang)
        if r.level != "advanced" or basic is None or not (self._has(t, "applying", start=m.end()) or
                                                          self._has(t, "asks_advanced", start=m.end())):
            return False
        if any(self._has(t, "events", k) for k in self.cues["events"] if self.cues.get("events", k, lang=t.lang)):
            return False
        e = m.start() + basic.end()
        r.facts.append(Fact("basic_filing.filed", True, t.words(m.start(), e), m.start(), e))
        return True

    # ---- dates ------------------------------------------------------------------------------------
    def _dates(self, t: _Text, months_alone: bool = False) -> list[When]:
        """The dates named; with ``months_alone`` (a recognised factory's events) a month named without its year
        too ("5月份", "in May": the last such month by today)."""
        c, text, lang, today = self.cues, t.text, t.lang, t.today
        found: list[tuple[int, int, Any]] = []

        # the first and last day a month or a year allows: by today when it has begun (what happened "in
        # March" happened by now), whole when it is still to come ("apply in December 2026")
        def month(y: int, mo: int) -> tuple[date, date]:
            first, last = date(y, mo, 1), date(y + mo // 12, mo % 12 + 1, 1) - timedelta(days=1)
            return first, (min(last, today) if first <= today else last)

        def year(y: int) -> tuple[date, date]:
            first, last = date(y, 1, 1), date(y, 12, 31)
            return first, (min(last, today) if first <= today else last)

        # the day a month named without one is read as: its 15th (by today), or its first when it is still to
        # come ("2026年12月" is no day of June)
        def month_day(y: int, mo: int) -> date:
            first = date(y, mo, 1)
            return first if first > today else min(date(y, mo, 15), today)
        months = c["months_en"]
        for m in c.finditer(text, "full_date", lang=lang):
            g = m.groups()
            if lang == "zh":
                y, mo, d = int(g[0]), int(g[1] or g[3]), int(g[2] or g[4])
            elif g[0]:
                y, mo, d = int(g[0]), int(g[1]), int(g[2])
            elif g[3]:
                y, mo, d = int(g[5]), int(months.get(g[4].lower()[:3], 0)), int(g[3])
            else:
                y, mo, d = int(g[8]), int(months.get(g[6].lower()[:3], 0)), int(g[7])
            try:
                found.append((m.start(), m.end(), date(y, mo, d)))
            except ValueError:
                continue  # "2025-02-30": no day; the year or month around it may still be read
        for m in c.finditer(text, "month_year", lang=lang):
            if lang == "zh":
                y, mo = int(m.group(1)), int(m.group(2))
            else:
                y, mo = int(m.group(2)), int(c["months_en"].get(m.group(1).lower()[:3], 0))
            if 1 <= mo <= 12:
                found.append((m.start(), m.end(), (month_day(y, mo), date(y, mo, 1), month(y, mo))))
        for m in (c.finditer(text, "month_alone", lang=lang) if months_alone else ()):
            mo = (numbers.integer(m.group(1), self.digits, self.en_numbers) if lang == "zh"
                  else int(months.get(m.group(1).lower()[:3], 0)))
            if mo and 1 <= mo <= 12:
                y = today.year if mo <= today.month else today.year - 1
                found.append((m.start(), m.end(), (month_day(y, mo), date(y, mo, 1), month(y, mo))))
        for m in c.finditer(text, "year_end", lang=lang):  # "2023年底": its December
            y = int(m.group(1))
            found.append((m.start(), m.end(), (month_day(y, 12), date(y, 12, 1), month(y, 12))))
        for m in c.finditer(text, "year", lang=lang):
            y = int(m.group(1))
            found.append((m.start(), m.end(), (date(y, 7, 1) if y < today.year else
                          (min(date(y, 7, 1), today) if y == today.year else date(y, 1, 1)), None, year(y))))
        for m in c.finditer(text, "years_ago_n", lang=lang):
            n = numbers.integer(m.group(1), self.digits, self.en_numbers)
            if n is not None:  # "三年前": some day of that year
                day = _shift_years(today, -n)
                found.append((m.start(), m.end(), (day, None, year(day.year))))
        for entry, p in self.months_ago[lang]:
            for m in p.finditer(text):
                back = today.year * 12 + today.month - 1 - int(entry["months"])
                y, mo = divmod(back, 12)
                found.append((m.start(), m.end(), (month_day(y, mo + 1), None, month(y, mo + 1))))
        after_year = c.get("month_after_year", lang=lang)
        before_year = c.get("month_before_year", lang=lang)
        for entry, p in self.years_ago[lang]:
            for m in p.finditer(text):
                day = _shift_years(today, -int(entry["years"]))
                # "去年": some day of last year; "今年": of this one, by today
                found.append((m.start(), m.end(), (day, None, year(day.year) if entry["years"] or entry.get("whole")
                                                   else None)))
                mo = after_year.match(text, m.end()) if after_year is not None else None
                n = numbers.integer(mo.group(1), self.digits, self.en_numbers) if mo else None
                s, e = m.start(), (mo.end() if mo else m.end())
                mb = before_year.search(text, max(0, s - 16), s) if before_year is not None and mo is None else None
                if mb:  # "March this year", "in May last year": that year's month, named before it
                    n, s = int(months.get(mb.group(1).lower()[:3], 0)), mb.start()
                if n and 1 <= n <= 12:  # "今年3月": that year's month
                    found.append((s, e, (month_day(day.year, n), None, month(day.year, n))))
        out = []
        for s, e, d in _longest(found):
            day, named, within = d if isinstance(d, tuple) else (d, None, None)
            named = named or day
            out.append(When(day, s, e, named if named > today else None,
                            within if within is not None and within[0] < within[1] else None,
                            exact=not isinstance(d, tuple)))
        return out

    def _date_near(self, t: _Text, start: int, end: int, *, past: bool = True, part: bool = False) -> When | None:
        """The date named in the clause of ``start..end`` (in its part first, if ``part``), else in its
        sentence (one only)."""
        for span in ((t.part_of(start),) if part else ()) + (t.clause_of(start), t.sentence_of(start)):
            ds = [d for d in t.dates if span.start <= d.start < span.end and (not past or d.day <= t.today)]
            if len(ds) == 1:
                return ds[0]
            if len(ds) > 1:
                return None
        return None

    # ---- indicators -------------------------------------------------------------------------------
    def _indicators(self, t: _Text, hits: list[Hit], r: CaseReading) -> None:
        pcts = numbers.percents(t.text, self.cues.get("percent", lang=t.lang), self.digits, self.en_numbers)
        labels = [h for h in hits if h.of("indicator", "kpi")]
        pcts = self._signed(t, sorted(pcts + self._bare(t, labels, pcts), key=lambda q: q.start))
        # tenths ("八成") in a sentence naming no indicator or KPI say how likely, not how much ("八成能过")
        pcts = [q for q in pcts if not q.share or any(t.sentence_of(q.start) == t.sentence_of(h.start) for h in labels)]
        found = pcts  # every percentage, those of several plants too (a sentence's goal reads them all)
        parted = self._plants(t, hits, pcts, labels, r)
        pcts = [q for q in pcts if q.start not in parted]
        done = self._lists(t, labels, pcts, r)
        was: Hit | None = None  # a name whose clause gave a past year's level ("数控化率去年65%，")
        reach = False  # ``was`` changed a level ("联网率提高了5个百分点，"): a clause of the level reached may follow
        for clause in t.clauses:
            ns = [q for q in pcts if clause.start <= q.start < clause.end and q.start not in done]
            if not ns:
                was = None
                continue
            if self._rule_figure(t, clause, ns[0].start):
                continue  # "先进级联网率要达到70%吗", "do we need 70% networking?": the rule's figure
            ls = [h for h in labels if clause.start <= h.start < clause.end and h.start not in done]
            # an improvement's change is said with its words of change ("目标是把不良率降低10%，目前已经降低了6%")
            improving = was is not None and any(x.get("indicator_kind") == "improvement" for x in was.of("indicator"))
            changes = (("change", "up"), ("change", "down"), ("change_denied",), ("contrast",)) if improving else ()
            if was is not None and not improving and len(ns) == 1 and \
                    self._has(t, "change_to", start=clause.start, end=ns[0].start):
                changes = (("change", "up"), ("change", "down"), ("change_to",))  # "…，今年提升到了七成八": the level
            if was is not None and not ls and len(ns) == 1 and \
                    (self._now_only(t, clause, ns[0], changes) or (reach and self._reached_only(t, clause, ns[0]))) \
                    and (t.sentence_of(was.start) == t.sentence_of(clause.start) or
                         not t.text[t.clause_of(was.start).end:clause.start].strip(" ;；")):  # "…; right now it is 70%"
                # "…，今年78%": the level now, read from its own clause
                self._bind_indicator(t, was, ns[0], False, r, adjacent=False,
                                     at=(t.clause_of(ns[0].start).start, ns[0].end),
                                     own=t.text[clause.start:ns[0].start] if improving else "")
                was = None
                continue
            reach = False
            target, goals = self._targets(t, clause, ls, ns, labels, found)
            for s, e in goals.values():  # "NC rate 70% against a target of 80%": a goal; the 70% is read
                r.leave(t.words(s, e), "goal")
            ns = [q for q in ns if q not in goals]
            pairs, lone = self._pair(t, clause, ls, ns)
            # a past year's level or a goal of one name ("数控化率去年65%", "计划明年把数控化率提高到85%"): a clause
            # after it of a number and a word of now alone ("，今年78%", "，目前是70%") is that name's level now
            past = sum(a.kind in ("past", "target") for a in r.asks.values())
            changed = sum(a.kind == "change" for a in r.asks.values())
            for label, q, adjacent, reached in pairs:
                self._bind_indicator(t, label, q, target, r, adjacent, reached)
            was = pairs[0][0] if len(pairs) == 1 and not lone and \
                sum(a.kind in ("past", "target") for a in r.asks.values()) > past else None
            if was is None and goals and not pairs and not lone and len(ls) == 1:
                was = ls[0]  # "联网率目标是80%，目前实际做到62%": the goal left, the level now may follow
            if was is None and len(pairs) == 1 and not lone and pairs[0][0].of("indicator") and \
                    pairs[0][0].of("indicator")[0].get("indicator_kind") == "level" and \
                    sum(a.kind == "change" for a in r.asks.values()) > changed:
                # "联网率提高了5个百分点，达到了72%": a change of a level, then the level it reached
                was, reach = pairs[0][0], True
            for s, e in lone:
                self._leave_number(t, r, s, e, ls)
        self._restated(t, labels, pcts, r)
        self._fractions(t, labels, pcts, r)

    def _restated(self, t: _Text, labels: list[Hit], pcts: list[numbers.Quantity], r: CaseReading) -> None:
        """A value read for a name, then a number said again for it in a clause of no name of its own, in
        that sentence or the next ("数控化率79.5%，不对，…是81%", "NC rate 68%. Wait, I misread - it's 71%",
        "集团另一家工厂的数控化率90%，我们自己这家厂是76%", "the leader's is 90%; ours is 77%"): the second is the
        asker's where corrected, or where the first was another's or an earlier time's; else which of the
        two is the asker's is not known, and both are asked back."""
        for f, another in [(f, False) for f in r.facts if f.path.startswith("indicators.")] + \
                [(f, True) for f in t.others]:
            q = next((q for q in pcts if q.start >= f.end), None)
            if q is None or any(g.start <= q.start < g.end for g in r.facts) or \
                    any(f.end <= h.start < q.end for h in labels):
                continue
            clause = t.clause_of(q.start)
            if any(clause.start <= h.start < clause.end for h in labels):
                continue  # a name of its own in its clause: read (or asked) as that name's
            first, second = t.sentence_of(f.start), t.sentence_of(q.start)
            if second != first and any(first.end <= x.start < second.start for x in t.sentences):
                continue  # not in the next sentence
            if len(re.findall(r"\w", t.text[q.end:clause.end])) > 1:
                continue  # the clause goes on past the number: of something else ("sorry, 20% of staff are …")
            correction = self._has(t, "restated", "correction", start=f.end, end=q.start)
            own = self._has(t, "restated", "own", start=clause.start, end=q.start)
            term = next((x for h in labels for x in h.of("indicator") if f"indicators.{x.key}" == f.path), None)
            improving = term is not None and term.get("indicator_kind") == "improvement"
            # (a change's words may stand with an improvement's: "兄弟工厂不良率下降了8%，我们下降了5%")
            changes = (("change_denied",), ("contrast",), ("change", "up"), ("change", "down")) if improving else ()
            if own is not None and correction is None and \
                    self._without(t.text[clause.start:q.start], t.lang, ("restated", "own"), ("copula",),
                                  ("first_person",), *changes).strip(" ,，:：;；-—"):
                own = None  # more than whose or when it is ("我们的员工有20%"): not the name's value again
            other = another or self._has(t, "restated", "other", start=t.clause_of(f.start).start, end=f.end)
            if correction is None and own is None:
                continue
            for words in [w for w, a in r.asks.items() if a.kind in ("number", "number_of") and
                          w in t.raw[clause.start:clause.end] and t.raw[q.start:q.end].strip() in w]:
                del r.asks[words]
                r.unread = [u for u in r.unread if u != words]
            if not another:
                r.facts.remove(f)
            elif plain := not (q.sign or q.points or q.bare):
                r.asks.pop(f.words, None)  # the asker's own is said: another's is not asked back
                r.unread = [u for u in r.unread if u != f.words]
            plain = not (q.sign or q.points or q.bare or
                         self._has(t, "bound", start=clause.start, end=min(q.end + 4, clause.end)))
            value: float | None = q.value
            if plain and improving and term is not None:
                value = self._restated_change(t, term, t.text[clause.start:q.start], f.words, q.value)
            if plain and value is not None and (correction is not None or other):
                start = f.start if second == first else clause.start
                r.facts.append(Fact(f.path, _num(value), t.words(start, q.end), start, q.end))
            else:  # "数控化率75%，现在是78%": which is the level now?
                r.leave(t.words(f.start, q.end), "conflict", [f.path])

    def _restated_change(self, t: _Text, term: Term, mine: str, first: str, value: float) -> float | None:
        """The value of an improvement said again: its direction in its own words ("我们反而上升了2%"), else in the
        words first said ("不良率下降了8%，…是5%"); None when neither tells it."""
        for words in (mine, first):
            words = self._without(words, t.lang, ("change_denied",))
            up = bool(self.cues.search(words, "change", "up", lang=t.lang))
            down = bool(self.cues.search(words, "change", "down", lang=t.lang))
            if up != down:
                return value if (up and term.get("direction") == "up") or (down and term.get("direction") == "down") \
                    else -value
            if up:
                return None
        return None

    def _now_only(self, t: _Text, clause: Span, q: numbers.Quantity, also: tuple[tuple[str, ...], ...] = ()) -> bool:
        """A clause that is a number and a word of now alone ("今年78%", "this year 78%", "目前是78%"), besides the
        words of ``also``: it goes on with the name of the clause before it."""
        words = t.text[clause.start:q.start] + " " + t.text[q.end:clause.end]
        if not self.cues.search(words, "now", lang=t.lang):
            return False
        rest = self._without(words, t.lang, ("now",), ("copula",), ("first_person",), ("joiner",), *also)
        return not rest.strip(" ,，、.。")

    def _reached_only(self, t: _Text, clause: Span, q: numbers.Quantity) -> bool:
        """A clause that is a number and a word of reaching alone ("达到了72%", "reaching 72%"): after a clause of
        a change of a level ("联网率提高了5个百分点"), the level reached."""
        words = t.text[clause.start:q.start] + " " + t.text[q.end:clause.end]
        if not self.cues.search(words, "change_to", lang=t.lang):
            return False
        rest = self._without(words, t.lang, ("change_to",), ("now",), ("first_person",), ("joiner",), ("copula",))
        return not rest.strip(" ,，、.。")

    def _signed(self, t: _Text, pcts: list[numbers.Quantity]) -> list[numbers.Quantity]:
        """Numbers with a sign said in words just before them ("labour productivity plus ten", "minus 3%"), not
        after another number ("72% plus 5%")."""
        out = []
        for q in pcts:
            before = t.text[max(0, q.start - 12):q.start]
            for sign, path in (("+", "plus"), ("-", "minus")):
                m = None if q.sign else self.cues.search(before, "signed", path, lang=t.lang)
                if m is not None and not re.search(r"[0-9%％]\s*$", before[:m.start()]):
                    q = replace(q, start=q.start - len(before) + m.start(), sign=sign)
            out.append(q)
        return out

    def _bare(self, t: _Text, labels: list[Hit], pcts: list[numbers.Quantity]) -> list[numbers.Quantity]:
        """Numbers written bare right after an indicator's name ("联网率七十四，", "networking fifty-four,", "NC rate
        72,"), or after a list of names and the bare numbers before them: a percentage where a note says the
        numbers are ("（都是百分比）", "(all percent)"), bare (percent for a rate, asked back for a change) where the
        name is a rate's; none else. A sentence of the note alone notes every number of the question."""
        pattern = self.cues.get("bare_number", lang=t.lang)
        if pattern is None:
            return []
        notes = [t.sentence_of(m.start()) for m in self.cues.finditer(t.text, "percent_note", lang=t.lang)]
        scopes = [Span(0, len(t.text)) if not any(s.start <= q.start < s.end for q in pcts) and
                  not any(s.start <= m.start() < s.end for m in pattern.finditer(t.text)) else s for s in notes]
        rate = self.cues.get("bare_rate_name", lang=t.lang)
        least, floor = 1, float(self.cues["bare_floor"])  # (a fraction of one, "0.7", is a rate in hundredths)
        names = [h for h in labels if h.of("indicator")]
        out: list[numbers.Quantity] = []
        for m in pattern.finditer(t.text):
            s, e = m.start(), m.end()
            if any(q.start < e and s < q.end for q in pcts) or any(h.start < e and s < h.end for h in labels):
                continue
            clause = t.clause_of(s)
            name = next((h for h in reversed(names) if clause.start <= h.start and h.end <= s), None)
            if name is None:
                continue
            gap = t.text[name.end:s]
            for q in out:  # a list of bare numbers after a list of names ("数控化率、联网率分别为78、72")
                if name.end <= q.start and q.end <= s:
                    gap = gap.replace(t.text[q.start:q.end], " ")
            paths = (("bare_between",), ("copula",), ("change", "up"), ("change", "down"), ("respectively",),
                     ("joiner",), ("lists", "separator"), ("first_person",), ("now",))
            if self._without(gap, t.lang, *paths).strip():
                continue
            value = numbers.plain_number(m.group(2), self.digits, self.en_numbers)
            if value is None or not 0 <= value <= 100:
                continue
            sign = "-" if m.group(1) in ("-", "−") else ("+" if m.group(1) in ("+", "＋") else "")
            if any(x.start <= s < x.end for x in scopes):
                out.append(numbers.Quantity(value, s, e, sign))
            elif name.of("indicator")[0].get("indicator_kind") == "improvement":
                out.append(numbers.Quantity(value, s, e, sign, bare=True))  # asked back: percent, or an amount?
            elif least <= value < floor:
                continue  # "联网率三", "networking rate is 1, maybe 2 points …": a rate so low is not a rate said bare
            elif rate is not None and rate.search(name.text.strip()):
                out.append(numbers.Quantity(value, s, e, sign, bare=True))
        return out

    def _without(self, words: str, lang: str, *paths: tuple[str, ...]) -> str:
        """``words`` with every match of the cues at ``paths`` blanked out: what is left says more than they."""
        for path in paths:
            p = self.cues.get(*path, lang=lang)
            words = p.sub(" ", words) if p is not None else words
        return words

    def _fractions(self, t: _Text, labels: list[Hit], pcts: list[numbers.Quantity], r: CaseReading) -> None:
        """A share said as a fraction beside an indicator's name ("联网率七成", "two thirds of our equipment is
        networked"): approximate, so left unread and asked as the indicator(s) nearest it in its clause."""
        if not t.speaks:
            return
        fracs = list(self.cues.finditer(t.text, "fraction", lang=t.lang))
        for f in fracs:
            clause = t.clause_of(f.start())
            if self._rule_figure(t, clause, f.start()):
                continue  # "联网率要达到七成吗": the rule's
            spots = [(q.start, q.end) for q in pcts if clause.start <= q.start < clause.end] + \
                [(g.start(), g.end()) for g in fracs if clause.start <= g.start() < clause.end]
            mine = [h for h in labels if clause.start <= h.start < clause.end and
                    min(spots, key=lambda x: min(abs(x[0] - h.end), abs(h.start - x[1])))[0] == f.start()]
            fields = self._fields_of(mine)
            if fields:
                r.leave(t.words(min(f.start(), mine[0].start), max(f.end(), mine[-1].end)), "fraction", fields)

    def _plants(self, t: _Text, hits: list[Hit], pcts: list[numbers.Quantity], labels: list[Hit],
                r: CaseReading) -> set[int]:
        """Rates of several plants ("our plant in Hebei is 80% networked, our Beijing one 60%", "河北工厂联网率
        80%，北京工厂60%"): in a sentence naming a plant, numbers each led in their clause by another place are
        each plant's, not the enterprise's: left unread, asked back (which one applies?). The starts left."""
        places = [h for h in hits if h.of("province", "district", "area")]
        out: set[int] = set()
        for sentence in t.sentences:
            if not self._has(t, "plant", start=sentence.start, end=sentence.end):
                continue
            led: list[tuple[numbers.Quantity, Hit]] = []
            for q in pcts:
                if not sentence.start <= q.start < sentence.end:
                    continue
                clause = t.clause_of(q.start)
                before = [h for h in places if clause.start <= h.start and h.end <= q.start]
                if before:
                    led.append((q, before[-1]))
            if len({self._place_key(h) for _, h in led}) < 2:
                # one plant named by a place outside the measures' province ("Our Hebei plant has a networking
                # rate of 80%", "天津工厂联网率80%"): that plant's, not the one applying in Beijing
                led = [(q, h) for q, h in led if self._elsewhere(t, h)]
                if led:  # and the numbers after it in its sentence that no other place leads ("天津工厂联网率80%，
                    # 数控化率75%": both that plant's)
                    h0 = led[0][1]
                    led = [(q, h0) for q in pcts if sentence.start <= q.start < sentence.end and q.start > h0.start
                           and not any(h.start > h0.start and t.clause_of(q.start).start <= h.start < q.start
                                       for h in places)]
            for q, h in led:
                clause = t.clause_of(q.start)
                fields = self._fields_of([x for x in labels if clause.start <= x.start < clause.end]) or \
                    self._fields_of([x for x in labels if sentence.start <= x.start < sentence.end])
                r.leave(t.words(h.start, q.end), "part", fields)
                out.add(q.start)
                t.plant_places.add(h.start)
        return out

    def _elsewhere(self, t: _Text, h: Hit) -> bool:
        """``h`` names a plant ("Hebei plant", "天津的工厂", "plant in Tianjin") in a province-level unit other than
        the measures' own."""
        if not h.of("province") or any(self._province_of(x) == self.home for x in h.terms):
            return False
        near = self.cues.search(t.text[h.end:min(len(t.text), h.end + 6)], "plant", lang=t.lang)
        ahead = t.text[max(0, h.start - 10):h.start]
        before = self.cues.search(ahead, "plant", lang=t.lang)
        return bool((near is not None and near.start() <= 2) or
                    (before is not None and re.search(r"\b(?:in|at)\s*$|在$", ahead)))

    def _place_key(self, h: Hit) -> str:
        return min(str(x.concept) for x in h.terms)

    def _targets(self, t: _Text, clause: Span, ls: list[Hit], ns: list[numbers.Quantity], labels: list[Hit],
                 pcts: list[numbers.Quantity], lead: bool = True
                 ) -> tuple[bool, dict[numbers.Quantity, tuple[int, int]]]:
        """Goals in a clause: whether all its numbers are goals (the goal's words name no one number: "We aim
        for an NC rate of 80%"; or the sentence opens with a goal: "Our goal: NC rate 80%, networking 75%"),
        and the numbers that are goals by the goal's words right beside them ("NC rate 70% against a target
        of 80%", "at 70% with an 80% target", "NC rate 70% and we aim for 80%"): only those are left."""
        first = next((c for c in t.clauses if c.start >= t.sentence_of(clause.start).start), clause)
        if lead and first != clause and self._has(t, "target", start=first.start, end=first.end) and \
                not self._has(t, "applying", start=first.start, end=first.end) and \
                not self._has(t, "present", start=clause.start, end=clause.end) and \
                self._targets(t, first, [h for h in labels if first.start <= h.start < first.end],
                              [q for q in pcts if first.start <= q.start < first.end], labels, pcts, lead=False)[0]:
            return True, {}  # a sentence led by a goal of no one number ("目标：数控化率80%，联网率75%")
        items: list[Hit | numbers.Quantity] = sorted([*ls, *ns], key=lambda x: x.start)
        whole, goals = False, {}
        for cue in self.cues.finditer(t.text, "target", lang=t.lang, pos=clause.start, endpos=clause.end):
            after = next((x for x in items if x.start >= cue.end()), None)
            before = next((x for x in reversed(items) if x.end <= cue.start()), None)
            if isinstance(after, numbers.Quantity) and after not in goals:
                goals[after] = (cue.start(), after.end)
            elif isinstance(before, numbers.Quantity) and before not in goals and \
                    not re.sub(r"\b(a|an|the|our)\b|[\s\-]", "", t.text[before.end:cue.start()], flags=re.I):
                goals[before] = (before.start, cue.end())  # "an 80% target"
            else:
                whole = True
        return whole, ({} if whole else goals)

    @staticmethod
    def _fields_of(labels: list[Hit]) -> list[str]:
        """The indicators' field paths of names read."""
        return [f"indicators.{x.key}" for h in labels for x in h.of("indicator") if x.key]

    def _leave_number(self, t: _Text, r: CaseReading, s: int, e: int, labels: list[Hit]) -> None:
        """Numbers no single indicator is named for ("78%和80%", a bare "75%"): asked as the indicators
        named in their words, else in their clause; numbers of no name at all, as which indicator."""
        clause = t.clause_of(s)
        named = self._fields_of([h for h in labels if s <= h.start < e]) or \
            self._fields_of([h for h in labels if clause.start <= h.start < clause.end])
        if named:
            r.leave(t.words(s, e), "number", named)
        else:
            r.leave(t.words(s, e), "number_of", choices=[self.lexicon.label(c, t.lang) for c in self.all_indicators])

    def _lists(self, t: _Text, labels: list[Hit], pcts: list[numbers.Quantity], r: CaseReading) -> set[int]:
        """Names and numbers written as two lists of one sentence, paired in order: "Our NC rate, networking
        rate and energy saving per unit of output value are 81%, 73% and 4% respectively", "72% and 66% are
        our NC and networking rates", "NC/networking: 72%/68%", "数控化率、联网率分别为76%、69%". The lists
        stand side by side (only the words of ``lists.link`` between them) and each member of a list is its
        name or number alone (``lists.separator``, joiners, ``lists.filler`` and change words between
        members). Two lists of two or more pair in order when they are as long as each other; else, or a
        slashed list beside one number ("NC/networking: 72%"), they are asked back. Answers the starts of
        what it read or left."""
        done: set[int] = set()
        for sentence in t.sentences:
            items: list[Hit | numbers.Quantity] = sorted(
                [x for x in [*labels, *pcts] if sentence.start <= x.start < sentence.end], key=lambda x: x.start)
            runs: list[list[Hit | numbers.Quantity]] = []
            for x in items:
                last = runs[-1][-1] if runs else None
                if last is not None and isinstance(x, Hit) == isinstance(last, Hit) and \
                        self._list_member_gap(t, last.end, x.start, names=isinstance(x, Hit)):
                    runs[-1].append(x)
                else:
                    runs.append([x])
            used: set[int] = set()
            for i, (a, b) in enumerate(itertools.pairwise(runs)):
                if i in used or isinstance(a[0], Hit) == isinstance(b[0], Hit) or max(len(a), len(b)) < 2:
                    continue
                link = t.text[a[-1].end:b[0].start]
                lead = self.cues.search(link, "change", "up", lang=t.lang) or \
                    self.cues.search(link, "change", "down", lang=t.lang)
                resp = self.cues.get("respectively", lang=t.lang)
                ahead = link[:lead.start()] if lead is not None else ""
                led = lead is not None and not (resp.sub(" ", ahead) if resp else ahead).strip()  # "分别下降了"
                rest = link[lead.end():] if lead is not None and led else link
                bound = self.cues.get("bound", lang=t.lang)
                rest = bound.sub(" ", rest) if bound is not None else rest  # "分别约为": asked back below
                if not self.cues.search(rest, "lists", "link", lang=t.lang):
                    continue
                names = [x for x in (a if isinstance(a[0], Hit) else b) if isinstance(x, Hit)]
                nums = [x for x in (b if isinstance(a[0], Hit) else a) if isinstance(x, numbers.Quantity)]
                s, e = a[0].start, b[-1].end
                slashed = any(self._has(t, "lists", "slash", start=x.end, end=y.start)
                              for run in (a, b) for x, y in itertools.pairwise(run))
                if min(len(names), len(nums)) == 1 and not slashed:
                    continue  # "数控化率和联网率都是75%", "联网率从60%提高到72%": the clause's pairing
                used |= {i, i + 1}
                done |= {x.start for x in (*a, *b)}
                fields = self._fields_of(names)
                if len(names) != len(nums):
                    r.leave(t.words(s, e), "number", fields)  # three names, two numbers; "NC/networking: 72%"
                    continue
                if self._rule_figure(t, Span(s, e), nums[0].start):
                    continue
                before = (max(sentence.start, nums[0].start - 12), nums[0].start)
                if self._has(t, "bound", start=a[-1].end, end=b[0].start) or \
                        self._has(t, "bound", start=nums[-1].end, end=min(nums[-1].end + 4, sentence.end)) or \
                        (nums[0].start == s and self._has(t, "bound", start=before[0], end=before[1])):
                    r.leave(t.words(s, e), "bound", fields)  # "分别约为70%和65%", "about 80% and 70% are …"
                    continue
                # the words after a list of numbers, to its clause's end, are every member's ("… are 5% and
                # 3% higher than our peers'", "… fell 5% and 3%")
                stop = min([t.clause_of(e - 1).end, *(x.start for x in items if x.start >= e)])
                tail = t.text[e:stop] if nums[-1].end == e else ""
                joined = self.cues.search(tail, "joiner", lang=t.lang)
                tail = tail[:joined.start()] if joined is not None else tail  # "… and labour productivity is up"
                if self._has(t, "comparison", start=s, end=e) or self.cues.search(tail, "comparison", lang=t.lang) or \
                        any(sentence.start <= d.start < sentence.end and d.day.year < t.today.year for d in t.dates):
                    r.leave(t.words(s, e), "not_value", fields)  # peers' figures, or a past year's
                    continue
                target = bool(self._has(t, "target", start=t.clause_of(s).start, end=t.clause_of(e - 1).end))
                # a change said between the lists, or after the numbers, is every member's ("defect rate and
                # energy consumption fell 5% and 3% respectively")
                said = (link[:lead.end()] if lead is not None and led else "") + " " + tail
                owns = [own + " " + said for own in self._list_own_words(t, names, "")]
                for h, q, own in zip(names, nums, owns, strict=True):
                    self._bind_indicator(t, h, q, target, r, False, own=own)
        return done

    def _list_member_gap(self, t: _Text, start: int, end: int, *, names: bool) -> bool:
        """Nothing but separators, joiners (and, for names, filler and change words) between two members of
        a list."""
        paths = (("joiner",), ("lists", "separator")) + ((("lists", "filler"), ("change", "up"),
                                                           ("change", "down")) if names else ())
        return not self._without(t.text[start:end], t.lang, *paths).strip()

    def _list_own_words(self, t: _Text, names: list[Hit], tail: str) -> list[str]:
        """The words of each member of a list of names besides its name: the gap after a name up to its
        separator is its own, the rest the next one's ("NC rate and the reduction in energy consumption …":
        "the reduction in" is the energy's)."""
        sep = self.cues.get("lists", "separator", lang=t.lang)
        joiner = self.cues.get("joiner", lang=t.lang)
        own = [""] * len(names)
        for i, (x, y) in enumerate(itertools.pairwise(names)):
            gap = t.text[x.end:y.start]
            cuts = [m for p in (sep, joiner) if p is not None for m in p.finditer(gap) if m.group(0).strip(" ")]
            if not cuts:
                continue
            first, last = min(cuts, key=lambda m: m.start()), max(cuts, key=lambda m: m.end())
            own[i] += " " + gap[:first.start()]
            own[i + 1] += " " + gap[last.end():]
        own[-1] += " " + tail
        return own

    def _rule_figure(self, t: _Text, span: Span, start: int) -> bool:
        """The number at ``start`` of ``span`` is the rule's, not the asker's: asked about with a requirement
        word and no first person ("先进级联网率要达到70%吗"), or after a rule's modal in a question, in the
        first person ("do we need 70% networking?")."""
        return self._rule_clause(t, span) or self._asks_rule(t, start)

    def _rule_clause(self, t: _Text, clause: Span) -> bool:
        """A clause that names the rule's figure with a requirement word and no first person ("要求是二级", "if the
        minimum maturity were raised to level 4")."""
        return bool(self._has(t, "requirement", start=clause.start, end=clause.end) and self._requirement(t, clause))

    def _requirement(self, t: _Text, clause: Span) -> bool:
        """A clause that asks about the rule (a requirement word, no first person): not a value stated."""
        return not self.cues.search(t.raw, "first_person", lang=t.lang, pos=clause.start, endpos=clause.end)

    def _joined(self, t: _Text, start: int, end: int) -> bool:
        """The words between a name and a number join two things ("NC rate 72% and 70% networking"): the
        number is not that name's."""
        return bool(self._has(t, "joiner", start=start, end=end)) if end > start else False

    def _pair(self, t: _Text, clause: Span, ls: list[Hit], ns: list[numbers.Quantity]):
        """Names and numbers of one clause, paired: name-number or number-name, one each. A number binds
        to the name next to it on the side the clause writes its pairs (a name beside it on both sides is
        decided by the other pairs of the clause, or not at all); words that join two things ("and", "和")
        stand between pairs, not inside one; a run of numbers beside one name ("从3%降到1.8%",
        "78%和80%") is a change from one level to another (the level reached is read, for a rate) or is
        asked back; a name claimed by two numbers is asked back."""
        seq: list[Hit | numbers.Quantity] = sorted([*ls, *ns], key=lambda x: x.start)
        pairs: list[tuple[Hit, numbers.Quantity, bool, bool]] = []  # name, number, words between are its, reached
        lone: list[tuple[int, int]] = []  # the words of what is left unread
        if len(ns) == 1 and len(ls) >= 2 and all(h.end <= ns[0].start for h in ls) and \
                (self._has(t, "each", start=ls[-1].end, end=ns[0].start) or
                 self._has(t, "each_before", start=max(clause.start, ls[0].start - 12), end=ls[0].start)):
            if self._has(t, "bound", start=ls[-1].end, end=ns[0].start) or \
                    self._has(t, "bound", start=ns[0].end, end=min(ns[0].end + 4, clause.end)):
                return [], [(ls[0].start, ns[0].end)]  # "都在70%左右", "both around 70%"
            return [(h, ns[0], False, False) for h in ls], []
        if len(ns) == len(ls) >= 2 and max(h.end for h in ls) <= min(q.start for q in ns) and \
                self._has(t, "respectively", start=clause.start, end=clause.end):
            # in order; the words between a name and its number are other names', not its own
            return [(h, q, False, False) for h, q in zip(ls, ns, strict=True)], []
        taken: set[int] = set()  # seq indices settled
        # runs of numbers: a change from one level to another, or numbers of no single name
        i = 0
        while i < len(seq):
            if not isinstance(seq[i], numbers.Quantity):
                i += 1
                continue
            j = i
            while j + 1 < len(seq) and isinstance(seq[j + 1], numbers.Quantity):
                j += 1
            if j > i:
                before = seq[i - 1] if i > 0 and (i - 1) not in taken else None
                first, last = seq[i], seq[j]
                name = before if isinstance(before, Hit) and not self._joined(t, before.end, first.start) else None
                if name is not None and j == i + 1 and \
                        self._has(t, "change_from", start=name.end, end=first.start) and \
                        self._has(t, "change_to", start=first.end, end=last.start):
                    pairs.append((name, last, True, True))  # "联网率从60%提高到72%"
                elif name is not None and j == i + 1 and (was := self._past_then_now(t, clause, name, first, last)):
                    # "NC rate was 65% last year and is 78% this year", "数控化率去年65%今年78%": the level now
                    pairs.append((name, last, False, False))
                    lone.append(was)
                elif name is not None and not any(isinstance(x, Hit) for x in seq[j + 1:]) and \
                        self._new_subject(t, first.end, seq[i + 1].start):
                    # "NC rate is 75% and the other two are 70% and 6%": the name's number, then others of none
                    pairs.append((name, first, True, False))
                    lone.append((seq[i + 1].start, last.end))
                else:
                    lone.append((name.start if name else first.start, last.end))
                if name is not None:
                    taken.add(i - 1)
                taken |= set(range(i, j + 1))
            i = j + 1
        # single numbers: the name before or after
        choice: dict[int, list[tuple[str, int]]] = {}
        for k, x in enumerate(seq):
            if k in taken or not isinstance(x, numbers.Quantity):
                continue
            cands: list[tuple[str, int]] = []
            if k > 0 and k - 1 not in taken and isinstance(seq[k - 1], Hit) and \
                    not self._joined(t, seq[k - 1].end, x.start):
                cands.append(("before", k - 1))
            if k + 1 < len(seq) and k + 1 not in taken and isinstance(seq[k + 1], Hit) and \
                    not self._joined(t, x.end, seq[k + 1].start):
                cands.append(("after", k + 1))
            if any(self._either(t, seq, n) for _, n in cands):
                cands = []  # "数控化率或联网率有一个是75%", "NC rate or networking rate is 75%": of which?
            choice[k] = cands
        sides = {c[0][0] for c in choice.values() if len(c) == 1}
        side = next(iter(sides)) if len(sides) == 1 else None
        chosen: dict[int, int] = {}  # number index -> name index
        for k, cands in choice.items():
            if len(cands) == 2:
                cands = [c for c in cands if c[0] == side]
            if len(cands) == 1:
                chosen[k] = cands[0][1]
            else:
                lone.append((clause.start, clause.end))  # a bare number, or one between two names: of what?
        claims: dict[int, list[int]] = {}
        for k, h in chosen.items():
            claims.setdefault(h, []).append(k)
        for h, ks in claims.items():
            name = seq[h]
            assert isinstance(name, Hit)
            if len(ks) > 1:
                lone.append((min(name.start, seq[ks[0]].start), max(name.end, seq[ks[-1]].end)))
                continue
            q = seq[ks[0]]
            assert isinstance(q, numbers.Quantity)
            pairs.append((name, q, True, False))
        pairs.sort(key=lambda p: p[1].start)
        return pairs, list(dict.fromkeys(lone))

    def _new_subject(self, t: _Text, start: int, end: int) -> bool:
        """Between two numbers, a joiner and then words of a subject of their own ("75% and the other two are
        70%"), not a mere list ("75% and 70%") nor a time ("65% last year and 78% this year"); or words of another
        ("74% beats the sector average of 68%", "78%，高于行业平均的65%")."""
        gap = t.text[start:end]
        if any(start <= d.start < end for d in t.dates):
            return False
        if self.cues.search(gap, "other_entity", lang=t.lang):
            return True
        m = self.cues.search(gap, "joiner", lang=t.lang)
        if m is None:
            return False
        rest = gap[m.end():]
        for path in (("joiner",), ("copula",), ("first_person",), ("now",), ("lists", "filler"), ("bound",)):
            p = self.cues.get(*path, lang=t.lang)
            rest = p.sub(" ", rest) if p is not None else rest
        return bool(re.search(r"\w", rest))

    def _past_then_now(self, t: _Text, clause: Span, name: Hit, first: numbers.Quantity,
                       last: numbers.Quantity) -> tuple[int, int] | None:
        """A name's two numbers in one clause, the first of a past year and the second of now ("was 65% last
        year and is 78% this year", "去年65%今年78%"): the words of the past one (left unread), else None."""
        past = [d for d in t.dates if name.end <= d.start < last.start and d.day.year < t.today.year]
        now = self._has(t, "now", start=first.end, end=clause.end)
        if len(past) != 1 or now is None or now.start() < past[0].end:
            return None
        if any(d.day.year < t.today.year for d in t.dates if past[0].end <= d.start < clause.end):
            return None  # two past years: which is now?
        return min(first.start, past[0].start), max(first.end, past[0].end)

    def _either(self, t: _Text, seq: list, n: int) -> bool:
        """The name ``seq[n]`` stands joined by "or" ("或", "nor") to a name beside it, with nothing but
        first-person and filler words besides: a number of the two is of one of them, not said which."""
        for a, b in ((n - 1, n), (n, n + 1)):
            if a < 0 or b >= len(seq) or not (isinstance(seq[a], Hit) and isinstance(seq[b], Hit)):
                continue
            gap = t.text[seq[a].end:seq[b].start]
            if not self.cues.search(gap, "disjunction", lang=t.lang):
                continue
            if not self._without(gap, t.lang, ("disjunction",), ("first_person",), ("lists", "filler")).strip(" ,，、"):
                return True
        return False

    def _change_before(self, t: _Text, label: Hit) -> tuple[bool, bool, bool]:
        """A change said by a verb before an improvement indicator's name ("we raised per-capita productivity
        by 11%", "cut energy per unit of output by 6%", "我们提高了人均劳动生产率12%"): up, down, and whether
        it is negated. Only the words since the last number, name or joiner of the clause are the verb's."""
        clause = t.clause_of(label.start)
        pre = t.text[clause.start:label.start]
        cuts = [m.end() for p in (self.cues.get("joiner", lang=t.lang), self.cues.get("percent", lang=t.lang))
                if p is not None for m in p.finditer(pre)]
        cuts += [h.end for h in self.lexicon.find(pre, t.lang)]
        pre = pre[max(cuts, default=0):]
        verbs = [m for path in (("change", "up"), ("change", "down"))
                 for m in self.cues.finditer(pre, *path, lang=t.lang)]
        if not verbs:
            return False, False, False
        # the verb stands right before the name: only filler between ("raised our per-capita …", "提高了人均…");
        # "despite a drop in sales our labour productivity is 9%" says no change of it
        last = max(verbs, key=lambda m: m.end())
        between = self._without(pre[last.end():], t.lang, ("lists", "filler"))
        if re.sub(r"[了过\s]", "", between):
            return False, False, False
        up = bool(self.cues.search(pre, "change", "up", lang=t.lang))
        down = bool(self.cues.search(pre, "change", "down", lang=t.lang))
        ind = label.of("indicator")
        if ind:
            up, down = self._for_the_better(t, pre, ind[0], up, down)
        return up, down, bool(self.cues.search(pre, "negation", lang=t.lang))

    def _for_the_better(self, t: _Text, said: str, term: Term, up: bool, down: bool) -> tuple[bool, bool]:
        """A change said only in words of the better ("improved by 6%", "改善了6%") of an improvement indicator
        whose better is a fall (energy per output value, the defect rate): a fall, not a rise."""
        if not up or down or term.get("indicator_kind") != "improvement" or term.get("direction") != "down":
            return up, down
        better = self.cues.get("change", "better", lang=t.lang)
        rest = better.sub(" ", said) if better is not None else said
        if better is not None and better.search(said) and not self.cues.search(rest, "change", "up", lang=t.lang):
            return False, True
        return up, down

    def _baseline(self, t: _Text, q: numbers.Quantity, gap: tuple[int, int]) -> tuple[bool, bool] | None:
        """A comparison of a name's number with the enterprise's own past, between the name and the number
        ("单位产值能耗比去年低6%") or after the number ("12% higher than in 2023"): (up, down) of its
        comparative, or None when there is no such comparison."""
        clause = t.clause_of(q.start)
        before = self._has(t, "own_baseline", start=gap[0], end=gap[1])
        if before is not None:
            tail = t.text[before.end():gap[1]]
        else:
            after = self._has(t, "own_baseline", start=q.end, end=clause.end)
            if after is None:
                return None
            tail = t.text[q.end:after.start()]
        up = bool(self.cues.search(tail, "comparative", "up", lang=t.lang))
        down = bool(self.cues.search(tail, "comparative", "down", lang=t.lang))
        return (up, down) if up != down else None

    def _bind_indicator(self, t: _Text, label: Hit, q: numbers.Quantity, target: bool, r: CaseReading,
                        adjacent: bool = True, reached: bool = False, own: str = "",
                        at: tuple[int, int] | None = None) -> None:
        # ``at``: the words the value is read from, when not the stretch from the name to the number
        start, end = at or (min(label.start, q.start), max(label.end, q.end))
        words = t.words(start, end)  # for "A和B分别为70%和65%" the stretch from the name to its number
        ind = label.of("indicator")
        if not ind:
            r.leave(words, "kpi")  # a KPI that is no indicator (OEE, 单位产品综合能耗)
            return
        term = ind[0]
        path = f"indicators.{term.key}"
        if label.ambiguous:
            r.leave(words, "ambiguous", [path])  # "单位能耗降低8%": per output value or per product? asked back
            return
        if target:
            r.leave(words, "target", [path])  # a goal, not the level reached
            return
        clause = t.clause_of(q.start)
        if self._has(t, "estimate", start=clause.start, end=clause.end):
            r.leave(words, "bound", [path])  # "我们估计联网率在70%", "a mock assessment": not a value measured
            return
        part = self._has(t, "plant_part", start=clause.start, end=clause.end)
        if part is None and clause.start > t.sentence_of(q.start).start:
            # the clause before, in this sentence, saying only whose ("Group-wide, networking is 80%", "集团层面，…")
            before = max((c for c in t.clauses if c.end <= clause.start), key=lambda c: c.end, default=clause)
            part = self._has(t, "plant_part", start=before.start, end=before.end) if before is not clause else None
            rest = t.text[before.start:before.end].replace(part.group(0), "") if part is not None else ""
            if len(re.sub(r"[\W_]", "", rest)) > 3:  # more than the words of whose: a clause of its own
                part = None
        if part is not None:
            said = t.words(min(clause.start, part.start()), end)
            r.leave(said, "part", [path])  # "一车间联网率70%", "group-wide"
            t.others.append(Fact(path, _num(q.value), said, start, end))  # "…，全厂是68%": the factory's own may follow
            return
        other = self._has(t, "other_entity", start=clause.start, end=min(label.start, q.start))
        if other is not None:  # "兄弟工厂的联网率是80%", "the industry leader's NC rate is 90%": not the asker's
            said = t.words(min(start, other.start()), end)
            r.leave(said, "other", [path])
            t.others.append(Fact(path, _num(q.value), said, start, end))  # (its words: those asked back)
            return
        gap = (label.end, q.start) if label.end <= q.start else (q.end, label.start)
        if reached:  # "从60%提高到约72%": the words just before the level reached are its own
            gap = (max(gap[0], q.start - 6), q.start)
        if not adjacent:
            gap = (gap[0], gap[0])
        tail = (q.end, min(q.end + 4, t.clause_of(q.start).end))
        # a number written before its name: a bound just before the number is its own ("about 80% of our
        # equipment is networked")
        lead = (max(t.clause_of(q.start).start, q.start - 12), q.start) if adjacent and q.end <= label.start \
            else (q.start, q.start)
        if self._has(t, "bound", start=gap[0], end=gap[1]) or self._has(t, "bound", start=tail[0], end=tail[1]) or \
                self._has(t, "bound", start=lead[0], end=lead[1]):
            r.leave(words, "bound", [path])  # "超过80%", "80%以上", "more than 75%": a bound, not the value
            return
        said = t.text[label.start:label.end] + " " + t.text[gap[0]:gap[1]] + " " + own
        said = self._without(said, t.lang, ("change_denied",))  # "没降反而升了1%": risen, not fallen
        up = bool(self.cues.search(said, "change", "up", lang=t.lang)) or q.sign == "+"
        down = bool(self.cues.search(said, "change", "down", lang=t.lang)) or q.sign == "-"
        # a name that is the change itself, with a sign ("不良率下降 -2%", "defect rate reduction minus 2 percent"):
        # the sign is the value's (a reduction of -2), not the change's direction
        flipped = False
        if q.sign and term.get("indicator_kind") == "improvement":
            rest = t.text[gap[0]:gap[1]] + " " + own
            named = [bool(self.cues.search(label.text, "change", d, lang=t.lang)) for d in ("up", "down")]
            if named[0] != named[1] and \
                    not any(self.cues.search(rest, "change", d, lang=t.lang) for d in ("up", "down")):
                (up, down), flipped = named, q.sign == "-"
        up, down = self._for_the_better(t, said, term, up, down)
        to = bool(self.cues.search(t.text[gap[0]:gap[1]], "change_to", lang=t.lang))
        since = bool(self._has(t, "change_from", start=gap[0], end=gap[1]))
        if to and not (self.cues.search(t.text[gap[0]:gap[1]] + " " + own, "change", "up", lang=t.lang) or
                       self.cues.search(t.text[gap[0]:gap[1]] + " " + own, "change", "down", lang=t.lang)) and \
                term.get("indicator_kind") == "improvement" and \
                (self.cues.search(label.text, "change", "up", lang=t.lang) or
                 self.cues.search(label.text, "change", "down", lang=t.lang)):
            to = False  # "energy saving per unit of output value reached 6%": the name is the change, 6% its size
        value: float
        if q.bare and 0 < q.value < 1:
            # "联网率0.77": a rate written as a fraction of one is that many hundredths (no level rate of the
            # table is below 1%); a change so written ("不良率下降0.05") may be 5% or 0.05%: asked back
            if term.get("indicator_kind") == "improvement":
                r.leave(words, "fraction", [path])
                return
            q = replace(q, value=round(q.value * 100, 6))
        if q.bare and term.get("indicator_kind") == "improvement":
            r.leave(words, "unit", [path])  # "劳动生产率提升12", "productivity up ten": 12 percent, or of an amount?
            return
        if reached:
            if term.get("indicator_kind") == "improvement":
                r.leave(words, "change", [path])  # "不良率从3%降到1.8%": two rates, not the size of their reduction
            else:
                r.facts.append(Fact(f"indicators.{term.key}", _num(q.value), words, start, end))
            return
        if term.get("indicator_kind") == "improvement":
            direction = term.get("direction")
            if not (up or down) and adjacent and label.end <= q.start:
                up, down, negated = self._change_before(t, label)
                if negated:
                    r.leave(words, "change", [path])  # "we did not cut energy per unit of output by 6%"
                    return
            base = self._baseline(t, q, gap) if label.end <= q.start else None
            if base is None and self._has(t, "comparison", start=gap[0], end=gap[1]):
                r.leave(words, "not_value", [path])  # "人均产值比同行提高了12%": against others, not its own gain
                return
            if base is not None and not (up or down):
                up, down = base  # "比去年低6%", "12% higher than in 2023": the change against its own past
            if up == down or to or since or direction not in ("up", "down"):
                r.leave(words, "change", [path])  # no change stated (a rate, not its reduction), or two
                return
            if q.points:  # "不良率降低了2个百分点": points of a rate, not the relative change the indicator is
                r.leave(words, "points", [path])
                return
            value = q.value if (up and direction == "up") or (down and direction == "down") else -q.value
            value = -value if flipped else value
        else:
            if ((up or down) and not to) or q.sign or since:
                r.leave(words, "change", [path])  # a change of a rate is not the rate reached
                return
            if self._negated(t, gap[0], gap[1]) or self._has(t, "comparison", start=gap[0], end=gap[1]):
                r.leave(words, "not_value", [path])  # "不是70%，是68%", "比同行高10%": not the level reached
                return
            # a past year between the name and the number, or right after them to a joiner or the next
            # number ("NC rate was 65% last year, and 78% this year")
            after, stop = max(q.end, label.end), t.clause_of(q.start).end
            for cut in ("joiner", "percent"):
                m = self._has(t, cut, start=after, end=stop)
                stop = m.start() if m is not None and m.start() < stop else stop
            note = self.cues.get("bracket_note", lang=t.lang)
            note = note.match(t.text[q.end:]) if note is not None else None
            note = (q.end, q.end + note.end()) if note is not None else (q.end, q.end)  # "78%（2024年数据）": its year
            if any((gap[0] <= d.start < gap[1] or (adjacent and after <= d.start < stop) or
                    note[0] <= d.start < note[1]) and d.day.year < t.today.year for d in t.dates):
                r.leave(words, "past", [path])  # "数控化率去年是65%": a past level, not today's
                return
            value = q.value
        r.facts.append(Fact(f"indicators.{term.key}", _num(value), words, start, end))

    # ---- revenue ----------------------------------------------------------------------------------
    def _changed_since(self, t: _Text, r: CaseReading) -> None:
        """An indicator said of an earlier time and changed after in its sentence ("去年数控化率是68%，今年又提升了5个
        百分点"): its value now is not stated, so the earlier one is asked back, not read."""
        for f in [f for f in r.facts if f.path.startswith("indicators.") and f.start >= 0]:
            clause, sentence = t.clause_of(f.start), t.sentence_of(f.start)
            if self._has(t, "changed_since", "earlier", start=clause.start, end=f.end) is None:
                continue
            change = self._has(t, "changed_since", "change", start=f.end, end=sentence.end)
            if change is None or any(f.end <= g.start < change.start() for g in r.facts if g is not f):
                continue  # (not another indicator's change: "去年数控化率68%，人均劳动生产率提升了8%")
            r.facts.remove(f)
            r.leave(t.words(f.start, sentence.end), "change", [field_of(f.path)])

    def _revenue(self, t: _Text, r: CaseReading) -> None:
        c = self.cues
        money = numbers.amounts(t.text, c.get("money", lang=t.lang), c["money_units"][t.lang], self.digits, t.lang,
                                c.get("currency", lang=t.lang), self.en_numbers, bare=True)
        for m in money:
            clause = t.clause_of(m.start)
            cue = None
            for cm in c.finditer(t.text, "revenue", lang=t.lang, pos=clause.start, endpos=m.start):
                cue = cm
            if m.bare and not (cue is not None and self._revenue_in_yuan(t, cue.end(), m.start)):
                continue  # "12 million" with no currency: money only as a revenue's, in a question of yuan
            other = self._has(t, "not_revenue", start=(cue.end() if cue else clause.start), end=m.start)
            if cue is None or other:
                if cue is None and not self._has(t, "not_revenue", start=clause.start, end=clause.end) and t.speaks:
                    r.leave(t.words(clause.start, clause.end), "amount", ["annual_revenue_10k_cny"])  # of what?
                continue
            words = t.words(cue.start(), m.end)
            tail_end = min(m.end + 4, clause.end)
            if m.loose or self._has(t, "bound", start=cue.end(), end=m.start) or \
                    self._has(t, "bound", start=m.end, end=tail_end) or \
                    self._has(t, "target", start=clause.start, end=clause.end) or \
                    self._has(t, "estimate", start=clause.start, end=clause.end):
                r.leave(words, "bound", ["annual_revenue_10k_cny"])  # "超过10亿", "2000多万": not the revenue
                continue
            gap = t.text[cue.end():m.start]
            if (self.cues.search(gap, "change", "up", lang=t.lang) or self.cues.search(gap, "change", "down",
                                                                                        lang=t.lang)) and \
                    not re.search(f"(?:{self.cues.get('change_to', lang=t.lang).pattern})\\s*$", gap, re.I):
                r.leave(words, "change", ["annual_revenue_10k_cny"])  # "营收增长了3000万", "revenue was up 12m"
                continue
            whole = self._whole_group(t, cue.start())
            if whole is not None:
                r.leave(t.words(whole, m.end), "part", ["annual_revenue_10k_cny"])  # "集团营收20亿": the group's
                continue
            r.facts.append(Fact("annual_revenue_10k_cny", _num(m.value_10k), words, cue.start(), m.end))

    def _revenue_in_yuan(self, t: _Text, start: int, end: int) -> bool:
        """An amount with no currency right after the revenue's words ("main-business revenue only 12 million",
        "revenue of 12 million"), in a question that names yuan elsewhere and no other currency: the revenue in
        yuan, as the other amounts of the question are."""
        c = self.cues
        return bool(c.search(t.text[start:end], "revenue_bare_gap", lang=t.lang)) and \
            bool(c.search(t.text, "currency", lang=t.lang)) and not c.search(t.text, "other_currency", lang=t.lang)

    # ---- statements in words (attested booleans, size, legal personality) ---------------------------
    def _statements(self, t: _Text, r: CaseReading) -> None:
        if not t.speaks:
            return
        found = [(m.start(), m.end(), entry) for entry, p in self.statements[t.lang] for m in p.finditer(t.text)]
        kept = _longest(found)
        negated_at: dict[int, re.Match[str]] = {}  # the negation each statement was read under
        for i, (s, e, entry) in enumerate(kept):
            clause = t.clause_of(s)
            hedge = self._hedged(t, s, e)
            if hedge is not None:
                # "我们大概算规上企业吧", "指标应该比同行业平均水平高一些，…能报吗", "our credit is probably okay": a
                # guess, asked back
                r.leave(t.words(min(s, hedge), e), "hedged", [entry["field"]])
                continue
            if self._doubted(t, s, e):
                continue
            if self._of_another(t, s):
                continue  # "one of our suppliers was put on the dishonest list": another firm's, not the asker's
            goal = self._has(t, "statement_goal", start=clause.start, end=s) or \
                self._has(t, "past_state", start=clause.start, end=s)  # "we used to be below designated size"
            if goal is not None:
                # "我们计划明年升规", "预计年底能达到规上", "we plan to become above designated size next year": a goal
                # or a time to come, not the asker's state today; asked back
                r.leave(t.words(goal.start(), e), "target", [entry["field"]])
                continue
            if self._has(t, "pending", start=e, end=clause.end):
                r.leave(t.words(s, clause.end), "pending", [entry["field"]])  # "团队正在组建中", "disbanded"
                continue
            whole = self._whole_group(t, s)
            if whole is not None:
                r.leave(t.words(whole, e), "part", [entry["field"]])  # "总部是规上工业企业": the head office's
                continue
            sentence = t.sentence_of(s)
            nxt = t.sentence_of(sentence.end + 1) if sentence.end + 1 < len(t.text) else sentence
            undone = self._has(t, "undone", start=e, end=max(sentence.end, nxt.end))
            if undone:  # "2023年被列入失信名单，2024年已移出": what holds today is not said
                r.leave(t.words(s, undone.end()), "pending", [entry["field"]])
                continue
            before = max([clause.start] + [k[1] for k in kept[:i] if k[1] <= s and k[1] > clause.start])
            # "we have had no accidents and our finances are sound": a negation before the asker is named again
            # after a joiner is the other statement's
            before = max(before, self._own_clause(t, before, s))
            neg = self._negated(t, before, s)
            # (the negation nearest the statement: "no accidents and no bad credit record")
            last = neg and max(self.cues.finditer(t.text, "negation", lang=t.lang, pos=neg.start(), endpos=s),
                               key=lambda m: m.start(), default=neg)
            if last is not None and self._other_negated(t, last.end(), s, entry["field"]):
                # "we have no accidents and a dedicated team": the negation is of a thing named before the joiner;
                # whether it reaches this one too the words do not settle: asked back
                r.leave(t.words(neg.start(), e), "negated", [entry["field"]])
                continue
            if neg is None and i > 0 and i - 1 in negated_at and kept[i - 1][1] <= s and \
                    self._own_clause(t, kept[i - 1][1], s) == kept[i - 1][1] and \
                    self._only_joined(t, kept[i - 1][1], s, disjunction=True):
                # "no dedicated team or an organisation for planning", "没有专门团队和组织机制": one negation of both
                neg = negated_at[i - 1]
            if neg is not None:
                negated_at[i] = neg
            value = entry["value"]
            start, end = (neg.start() if neg else s), e
            if value is None:  # "去年亏损了": of the field, but settling nothing
                r.leave(t.words(start, end), "not_value", [entry["field"]])
                continue
            after = None if neg else self._negated_after(t, kept, i)
            if (neg or after) and "negated" in entry and entry["negated"] is None:
                # "not loss-making"
                r.leave(t.words(start, end if after is None else after), "negated", [entry["field"]])
                continue
            if isinstance(value, bool) and (neg or after):
                value = not value
            if after is not None:
                end = after
            r.facts.append(Fact(entry["field"], value, t.words(start, end), start, end))

    def _hedged(self, t: _Text, start: int, end: int) -> int | None:
        """Where a hedge of the words ``start..end`` begins ("应该", "大概…吧", "probably", "I think", "we may have
        had"): before or within them in their clause, or a closing 吧 after them; None when they are said plainly,
        or when their clause asks ("我们应该有专门团队吗": the modal asks of the rule)."""
        clause = t.clause_of(start)
        if self.cues.search(t.raw[clause.start:clause.end + 1], "question_end", lang=t.lang):
            return None
        m = max(self.cues.finditer(t.text, "hedge", lang=t.lang, pos=clause.start, endpos=end), key=lambda x: x.start(),
                default=None)  # the nearest
        if m is not None:
            return m.start()
        after = self.cues.search(t.text[end:clause.end], "hedge_after", lang=t.lang)
        if after is not None:
            return end + after.start()
        # the clause after, unsure of what was just said ("安全可控，这个我们不太确定", "…, though we're not sure")
        nxt = next((x for x in t.clauses if x.start >= clause.end), None)
        if nxt is not None and t.sentence_of(nxt.start) == t.sentence_of(start) and \
                self.cues.search(t.text[nxt.start:nxt.end], "hedge_next", lang=t.lang):
            return start
        return None

    def _other_negated(self, t: _Text, start: int, end: int, field: str) -> bool:
        """Between a negation (ending at ``start``) and the statement at ``end``, a joiner after the words of
        another fact: the negation names that fact first ("no accidents and a dedicated team"), not the
        words before a head ("没有建立智能工厂统筹规划、建设和运营的组织机制": one thing, its list a modifier)."""
        for m in self.cues.finditer(t.text, "joiner", lang=t.lang, pos=start, endpos=end):
            words = t.text[start:m.start()]
            if self.cues.search(words, "accident", lang=t.lang) or self.cues.search(words, "violation", lang=t.lang) \
                    or any(entry["field"] != field and p.search(words) for entry, p in self.statements[t.lang]):
                return True
        return False

    def _own_clause(self, t: _Text, start: int, end: int) -> int:
        """Where the last statement of its own begins between ``start`` and ``end``: after a joiner and then the
        asker named again ("… no accidents and our finances are sound", "… and we have no bad credit record"),
        which a negation before them does not reach; ``start`` when there is none."""
        at = start
        for m in self.cues.finditer(t.text, "joiner", lang=t.lang, pos=start, endpos=end):
            # (or its verb alone, the subject left out: "no accidents and have good credit")
            if self.cues.search(t.text[m.end():end], "first_person", lang=t.lang) or \
                    self.cues.search(t.text[m.end():end], "predicate_again", lang=t.lang):
                at = m.end()
        # the asker named again with its verb, after words of another statement ("We don't outsource: we have
        # our own team", "Without a doubt we have …" aside)
        for m in self.cues.finditer(t.text, "subject_again", lang=t.lang, pos=start, endpos=end):
            if m.start() > start and t.text[start:m.start()].strip(" ,，:：;；"):
                at = max(at, m.start())
        return at

    def _negated_after(self, t: _Text, kept: list[tuple[int, int]] | list[tuple[int, int, Any]],
                       i: int) -> int | None:
        """A negation closing the clause after the words ``kept[i]`` and the names joined to them
        ("组织机制和人才队伍我们都没有"): the end of the negation, or None."""
        clause = t.clause_of(kept[i][0])
        k = i
        while k + 1 < len(kept) and kept[k + 1][0] < clause.end and self._only_joined(t, kept[k][1], kept[k + 1][0]):
            k += 1
        rest = t.text[kept[k][1]:clause.end]
        return clause.end if self.cues.search(rest, "negation_after", lang=t.lang) else None

    def _only_joined(self, t: _Text, start: int, end: int, disjunction: bool = False) -> bool:
        """Nothing but a joiner between two names ("组织机制和人才队伍", "a team and an organisation"); with
        ``disjunction``, an "or"/"nor" joins them too (a negation's list: "not R&D design or factory construction")."""
        gap = t.text[start:end]
        rest = gap
        for kind in ("joiner", "disjunction") if disjunction else ("joiner",):
            p = self.cues.get(kind, lang=t.lang)
            if p is not None:
                rest = p.sub(" ", rest)
        if rest == gap:
            return False
        rest = re.sub(r"\b(a|an|the|our)\b", " ", rest, flags=re.I)
        return not rest.strip(" ,、")

    # ---- the factory's state ----------------------------------------------------------------------
    def _factory(self, t: _Text, r: CaseReading) -> None:
        c = self.cues
        found = [(m.start(), m.end(), (e.get("built"), e.get("operating")))
                 for e, p in self.factory_phrases[t.lang] for m in p.finditer(t.text)]
        found += [(m.start(), m.end(), (True, True)) for m in c.finditer(t.text, "factory", "alone", lang=t.lang)]
        kept = _longest(found)
        built: list[tuple[bool, int, int]] = []
        operating: list[tuple[bool, int, int]] = []
        for i, (s, e, (b, o)) in enumerate(kept):
            sentence = t.sentence_of(s)
            alone = bool(self.cues.search(t.text[s:e], "factory", "alone", lang=t.lang))
            if not alone and not self._has(t, "factory", "subject", start=sentence.start, end=sentence.end):
                continue  # "we built an MES": not the factory
            clause = t.clause_of(s)
            # a later time in the clause makes a plan of what is not yet so ("明年才投产"), not of what is not so
            # now ("still under construction, to be finished next spring": not built today)
            later = (self._has(t, "factory", "future", start=clause.start, end=clause.end) or
                     any(clause.start <= d.start < clause.end and d.day > t.today for d in t.dates)) and \
                (b, o) not in ((False, False), (None, False))
            if self._has(t, "target", start=clause.start, end=e) or later:
                continue  # "计划明年投产", "明年才投产": a plan
            hedge = self._hedged(t, s, e)
            if hedge is not None:
                # "工厂应该算是建成了吧", "the plant is probably operational": asked back
                r.leave(t.words(min(s, hedge), e), "hedged", ("factory_built", "factory_in_operation"))
                continue
            if self._doubted(t, s, e):
                continue  # "是否算投产": a doubt
            clause = t.clause_of(s)
            before = max([clause.start] + [k[1] for k in kept[:i] if clause.start < k[1] <= s])
            neg = self._negated(t, before, s)
            start = neg.start() if neg else s
            if neg:
                if b is not None and o is not None:
                    continue  # "not under construction": says nothing sure
                b = (not b) if b is not None else None
                o = (not o) if o is not None else None
            if b is not None:
                built.append((b, start, e))
            if o is not None:
                operating.append((o, start, e))
        b_val = {v for v, _, _ in built}
        o_val = {v for v, _, _ in operating}
        if len(b_val) > 1 or len(o_val) > 1:
            for _, s, e in built + operating:
                r.leave(t.words(s, e), "conflict", ("factory_built", "factory_in_operation"))
            return
        # aspect: in operation means built; not built means not in operation
        if o_val == {True} and not b_val:
            _, s, e = operating[0]
            built.append((True, s, e))
            b_val = {True}
        if b_val == {False} and not o_val:
            _, s, e = built[0]
            operating.append((False, s, e))
            o_val = {False}
        if b_val == {False} and o_val == {True}:
            for _, s, e in built + operating:
                r.leave(t.words(s, e), "conflict", ("factory_built", "factory_in_operation"))
            return
        if built:
            v, s, e = built[0]
            r.facts.append(Fact("factory_built", v, t.words(s, e), s, e))
        if operating:
            v, s, e = operating[0]
            r.facts.append(Fact("factory_in_operation", v, t.words(s, e), s, e))

    # ---- registration -----------------------------------------------------------------------------
    def _province_of(self, term: Term) -> str | None:
        if term.kind == "province":
            return term.concept
        return term.get("within")

    def _registration(self, t: _Text, hits: list[Hit], r: CaseReading) -> None:
        places = [h for h in hits if h.of("province", "district", "area")]
        if not places:
            return
        used: set[int] = set()
        # "registered in Tianjin in 2020, we moved our registration to Haidian in 2024": which is today's?
        moved = any(self._has(t, "move", start=t.clause_of(m.start()).start, end=t.clause_of(m.start()).end)
                    for m in self.cues.finditer(t.text, "registration", lang=t.lang))
        for m in self.cues.finditer(t.text, "registration", lang=t.lang):
            clause = t.clause_of(m.start())
            if self._doubted(t, m.start(), m.end()) and self._has(t, "rule_asked", start=clause.start, end=m.start()):
                used |= {h.start for h in places if clause.start <= h.start < clause.end}
                continue  # "申报主体必须在北京注册吗", "do we have to be registered in Beijing?": the rule's place
            if self._has(t, "wish", start=clause.start, end=m.start()):
                used |= {h.start for h in places if clause.start <= h.start < clause.end}
                continue  # "我们想在北京注册一家公司", "we plan to register in Tianjin": a wish, no registration
            group = self.cues.search(m.group(0), "headquarters", lang=t.lang) and self._has(t, "group_entity")
            if moved or group or self._has(t, "move", start=clause.start, end=clause.end):
                r.leave(t.words(clause.start, clause.end), "moved", ["registration.province"])  # which is today's?
                used |= {h.start for h in places if clause.start <= h.start < clause.end}
                continue
            end = clause.end
            plant = self._has(t, "plant", start=m.end(), end=clause.end)
            if plant and self._only_joined(t, m.end(), plant.start()):
                plant = None  # "our registered office and factory are both in Tianjin": the place is both's
            if plant:
                end = plant.start()
            else:  # "registered in Chaoyang, Beijing": a clause that only names a place belongs here
                nxt = next((c for c in t.clauses if c.start >= clause.end), None)
                sentence = t.sentence_of(m.start())
                if nxt and nxt.end <= sentence.end and nxt.end - nxt.start <= 16 and \
                        any(nxt.start <= h.start < nxt.end for h in places) and \
                        not self._has(t, "plant", start=nxt.start, end=nxt.end):
                    end = nxt.end
            start = clause.start
            plant_before = None
            for pm in self.cues.finditer(t.text, "plant", lang=t.lang, pos=clause.start, endpos=m.start()):
                plant_before = pm
            if plant_before:
                start = plant_before.end()
            mine = [h for h in places if start <= h.start < end]
            if not mine:
                continue
            used |= {h.start for h in mine}
            if self._asks_rule(t, mine[0].start):
                continue  # "注册地必须在北京吗？", "must the registration be in Beijing?": the rule's place, asked
            # ("注册在天津，能报北京的先进级吗": the scheme's place is not the registration's)
            mine = [h for h in mine if not self.cues.match(t.text, "place_of_a_rule", lang=t.lang, pos=h.end)] or mine
            neg = self._negated(t, clause.start, m.start())
            words = t.words(min(m.start(), mine[0].start), max(m.end(), mine[-1].end))
            if neg:
                r.leave(words, "place", ["registration.province"])
                continue
            provinces = {p for h in mine for term in h.terms if (p := self._province_of(term))}
            near = self._adjoining(t, m, mine) if len(provinces) > 1 else []
            if near and all(self.cues.match(t.text, "parent_named_after", lang=t.lang, pos=h.end)
                            for h in mine if h not in near):
                # "a Beijing-registered branch of a Shanghai group", "上海一家集团在北京注册的分公司": the place
                # written against the registration's words is the registration's, the other the group's (not
                # "河北注册的公司在北京设立的分公司": the branch's own place is not said registered)
                mine = near
                words = t.words(min(m.start(), mine[0].start), max(m.end(), mine[-1].end))
                provinces = {p for h in mine for term in h.terms if (p := self._province_of(term))}
            districts = {term.concept for h in mine for term in h.of("district")}
            if len(provinces) != 1:
                r.leave(words, "place", ["registration.province"])
                continue
            province = provinces.pop()
            s, e = min(m.start(), mine[0].start), max(m.end(), mine[-1].end)
            r.facts.append(Fact("registration.province", self.lexicon.label(province, "zh"), words, s, e))
            if len(districts) == 1:
                r.facts.append(Fact("registration.district", self.lexicon.label(districts.pop(), "zh"), words, s, e))
        beijing = {self._province_of(term) for h in places for term in h.terms if term.kind == "province"}
        for h in places:
            if h.start in used or h.start in t.plant_places or not t.speaks:
                continue
            clause = t.clause_of(h.start)
            if self._has(t, "plant", start=clause.start, end=clause.end) or \
                    self._has(t, "filing", start=clause.start, end=clause.end):
                continue  # the plant's place, or the district filed with: not the registration
            if h.of("province") and all(self._province_of(x) in beijing for x in h.terms) and \
                    self.cues.search(t.text, "applying", lang=t.lang):
                continue  # "申报北京的基础级": the scheme's place
            if self.cues.match(t.text, "place_of_a_rule", lang=t.lang, pos=h.end):
                continue  # "北京市产业政策", "the Beijing industry average": a rule's place, not ours
            # "我们在亦庄": the plant's or the registration's?
            r.leave(t.words(clause.start, clause.end), "place", ["registration.province"])

    def _adjoining(self, t: _Text, m: re.Match[str], places: list[Hit]) -> list[Hit]:
        """The run of ``places`` written right against the registration's words ``m`` ("Beijing-registered",
        "在北京海淀注册", "registered in Haidian, Beijing", "注册地：北京"), before or after them; [] when none."""
        run: list[Hit] = []
        at = m.start()
        for h in sorted((h for h in places if h.end <= m.start()), key=lambda h: -h.start):
            gap = t.text[h.end:at]
            kind = "before" if at == m.start() else "between"
            if not self.cues.search(gap, "registration_adjoining", kind, lang=t.lang):
                break
            run.insert(0, h)
            at = h.start
        if run:
            return run
        at = m.end()
        for h in sorted((h for h in places if h.start >= m.end()), key=lambda h: h.start):
            gap = t.text[at:h.start]
            kind = "after" if at == m.end() else "between"
            if not self.cues.search(gap, "registration_adjoining", kind, lang=t.lang):
                break
            run.append(h)
            at = h.end
        return run

    # ---- incidents and violations -----------------------------------------------------------------
    def _incidents(self, t: _Text, hits: list[Hit], r: CaseReading) -> None:
        found = list(self.cues.finditer(t.text, "accident", lang=t.lang))
        n = 0
        seen: set[int] = set()
        denied: list[tuple[int, int, set[str]]] = []  # accidents of a kind said not to have happened
        done: list[Span] = []  # the parts read, some over two clauses
        for m0 in found:
            if any(p.start <= m0.start() < p.end for p in done) or self._of_another(t, m0.start()):
                continue  # (read, or another firm's: "竞争对手去年发生了较大安全事故")
            part = t.part_of(m0.start())  # "fined in 2024 and had a general quality accident in 2023"
            part = self._kinds_listed(t, hits, part)
            graded = next((c for c in t.clauses if c.start >= part.end), None)
            if graded is not None and \
                    self.cues.search(t.text[part.end:graded.end], "accident_graded_after", lang=t.lang) and \
                    any(graded.start <= m.start() < graded.end for m in found) and \
                    t.sentence_of(graded.start) == t.sentence_of(part.start):
                part = Span(part.start, graded.end)  # "出了一起质量事故，定为一般事故": one accident, graded after
            if part.start in seen:
                continue
            sentence = t.sentence_of(m0.start())
            if not t.speaks and self.cues.search(t.raw[sentence.start:sentence.end + 1], "question_end", lang=t.lang):
                continue  # "申报前几年内不能发生较大事故？": a question of the rule, no one's accident
            seen.add(part.start)
            done.append(part)
            ms = [m for m in found if part.start <= m.start() < part.end]
            segments = self._accident_segments(t, hits, part, ms)
            for clause, m in (segments or [(part, m0)]):
                n += self._incident(t, hits, r, clause, m, n, own_date=segments is not None, denied=denied)
        # accidents denied kind by kind ("没有发生安全、环保、质量事故", "no safety, environmental or quality
        # accidents", "没出过安全事故，也没出过环保事故"): when the kinds denied are every kind the measures name,
        # no accident is had; otherwise the profile cannot hold the kinds apart, and each denial is asked back
        every = set(self.cues["incident_kinds_named"])
        kinds = {k for _, _, ks in denied for k in ks}
        if denied and n == 0 and every <= kinds and "incidents" not in r.paths():
            s, e = denied[0][0], denied[-1][1]
            r.facts.append(Fact("incidents", [], t.words(s, e), s, e))
        else:
            for s, e, _ in denied:
                r.leave(t.words(s, e), "negated", ["incidents"])

    @staticmethod
    def _kinds_listed(t: _Text, hits: list[Hit], part: Span) -> Span:
        """``part`` with the kinds or grades listed before it across commas ("no safety, environmental or quality
        accidents": the comma parts a clause, not this list): from the clause the list begins in."""
        start = part.start
        while True:
            comma = t.text[:start].rstrip()
            if not comma.endswith((",", "，")):
                return Span(start, part.end)
            at = len(comma) - 1
            name = next((h for h in hits if h.of("incident_kind", "grade") and h.end <= at and
                         not t.text[h.end:at].strip()), None)
            opening = min((h.start for h in hits if h.of("incident_kind", "grade") and start <= h.start < part.end),
                          default=None)
            if name is None or opening is None or t.text[start:opening].strip():
                return Span(start, part.end)  # the clause after the comma opens with the list's next name
            start = t.clause_of(name.start).start

    def _accident_segments(self, t: _Text, hits: list[Hit], part: Span,
                           ms: list[re.Match[str]]) -> list[tuple[Span, re.Match[str]]] | None:
        """Two accidents or more in one part, joined ("a general safety accident on 2024-05-06 and a general
        environmental accident on 2025-02-11"): each its own words, from where the next one's grade or kind
        begins after a joiner. None when the part speaks of one (an accident "classed as" another) or the
        words between two do not part them."""
        if len(ms) < 2 or self._negated(t, part.start, ms[0].start()) or self._free(t, ms[-1].end()):
            # (a denial before the first denies them all: "未发生安全生产事故和环境污染事故"; so does one after the
            # last: "安全事故、环保事故一起都没有发生过")
            return None
        cuts = []
        for a, b in itertools.pairwise(ms):
            if self._has(t, "accident_is", start=a.end(), end=b.start()):
                return None  # "质量事故被认定为较大事故": one accident
            names = [h.start for h in hits if a.end() <= h.start < b.start() and h.of("grade", "incident_kind")]
            cut = min(names, default=b.start())
            if not self._has(t, "joiner", start=a.end(), end=cut):
                return None
            cuts.append(cut)
        bounds = [part.start, *cuts, part.end]
        return [(Span(s, e), m) for s, e, m in zip(bounds[:-1], bounds[1:], ms, strict=True)]

    def _incident(self, t: _Text, hits: list[Hit], r: CaseReading, clause: Span, m: re.Match[str], n: int,
                  own_date: bool, denied: list[tuple[int, int, set[str]]] | None = None) -> int:
        """One accident of ``clause`` (its part, or its own words of a part of several): its kind, grade
        and date read as ``incidents.n``, or left unread. Answers how many incidents it read (0 or 1)."""
        grades = {x.key for h in hits if clause.start <= h.start < clause.end for x in h.of("grade")}
        kinds = {x.key for h in hits if clause.start <= h.start < clause.end for x in h.of("incident_kind")}
        named = [h.start for h in hits if clause.start <= h.start < m.start() and h.of("grade", "incident_kind")]
        first = min([*named, m.start()])
        neg = self._negated(t, clause.start, first) or self._negated(t, clause.start, m.start())
        last = max((x.end() for x in self.cues.finditer(t.text, "accident", lang=t.lang, pos=m.start(),
                                                         endpos=clause.end)), default=m.end())
        free = None if neg else (self._free(t, m.end()) or self._free(t, last))  # "accident-free", "事故均未发生"
        lo, hi = (neg.start() if neg else first), (free or m.end())
        words = t.words(lo, hi)
        if neg or free:
            # "没有发生过事故": none at all. "无较大及以上事故" says nothing of lesser grades, nor
            # "没有安全事故" of other kinds, nor "没有死亡事故" / "never had a fatal accident" of accidents without a
            # death, which the profile cannot hold apart: asked back
            besides = self._besides(t, m.start(), "accident") or self._has(t, "casualty", start=clause.start,
                                                                            end=clause.end)
            if kinds and not grades and not besides and denied is not None:
                denied.append((lo, hi, kinds))  # settled with the others denied
            elif grades or kinds or besides:
                r.leave(words, "negated", ["incidents"])
            else:
                r.facts.append(Fact("incidents", [], words, lo, hi))
            return 0
        listed = [] if own_date else self._date_list(t, clause)
        if listed and len(grades) == 1 and len(kinds) == 1 and listed[-1].end <= first and \
                self._has(t, "each", start=listed[-1].end, end=first) and \
                not self._has(t, "several", start=clause.start, end=clause.end):
            # "2024年7月和2025年3月各发生过一起一般安全事故": one accident of that kind and grade a date
            for i, when in enumerate(listed):
                self._incident_facts(t, r, n + i, kinds, grades, when, when.start, m.end())
            return len(listed)
        if own_date:
            ds = [d for d in t.dates if clause.start <= d.start < clause.end and d.day <= t.today]
            when = ds[0] if len(ds) == 1 else None
        else:
            when = self._date_near(t, first, m.end(), part=True)
        if self._has(t, "several", start=clause.start, end=clause.end):
            # "two general safety accidents last year": one record would undercount them
            r.leave(t.words(clause.start, clause.end), "incident", ["incidents"])
            return 0
        if len(grades) != 1 or len(kinds) != 1 or when is None:
            # the answer asks for what the words leave open: the grade alone ("a serious accident" is 较大 or
            # 重大), the kind alone, the day alone, or the accident whole
            missing = {k for k, gone in (("grade", len(grades) != 1), ("kind", len(kinds) != 1),
                                         ("date", when is None)) if gone}
            r.leave(t.words(min(first, when.start) if when else first, m.end()),
                    _INCIDENT_ASK.get(frozenset(missing), "incident"), ["incidents"])
            return 0
        self._incident_facts(t, r, n, kinds, grades, when, min(first, when.start), max(m.end(), when.end))
        return 1

    @staticmethod
    def _incident_facts(t: _Text, r: CaseReading, n: int, kinds: set[str], grades: set[str], when: When,
                        s: int, e: int) -> None:
        """``incidents.n``: its one kind, one grade and its date, each kept with the words ``s..e``."""
        w = t.words(s, e)
        r.facts += [Fact(f"incidents.{n}.kind", next(iter(kinds)), w, s, e),
                    Fact(f"incidents.{n}.grade", next(iter(grades)), w, s, e),
                    Fact(f"incidents.{n}.date", when.day.isoformat(), w, s, e, when.span())]

    def _free(self, t: _Text, i: int) -> int | None:
        """A negation right after an event's words at ``i`` ("accident-free", "penalty-free"), or closing their
        clause ("安全、环保、质量事故均未发生", "accidents: none"): where it ends."""
        m = self.cues.get("negation_suffix", lang=t.lang)
        m = m.match(t.text, i) if m is not None else None
        if m:
            return m.end()
        clause = t.clause_of(max(0, i - 1))
        denied = clause.end > i and self.cues.search(t.text[i:clause.end], "event_denied_after", lang=t.lang)
        return clause.end if denied else None

    def _besides(self, t: _Text, i: int, cue: str) -> bool:
        """A denial at ``i`` that leaves others out: a word of "besides" in its own clause ("没有其他违法违规行为",
        "no other accidents"), or in a clause of its sentence that names an event of its own type (``cue``): "除了一次
        罚款，没有违法违规" excepts a penalty, not an accident ("…，近三年也没有发生任何事故": none at all)."""
        if self._has(t, "besides", start=t.clause_of(i).start, end=t.clause_of(i).end):
            return True
        sentence = t.sentence_of(i)
        return any(sentence.start <= c.start < sentence.end and
                   self._has(t, "besides", start=c.start, end=c.end) and self._has(t, cue, start=c.start, end=c.end)
                   for c in t.clauses)

    def _violations(self, t: _Text, r: CaseReading) -> None:
        n = 0
        dated: set[int] = set()  # the dates a violation was read at: "因违法行为被罚款" is one, not two
        for m in self.cues.finditer(t.text, "violation", lang=t.lang):
            if self._of_another(t, m.start()):
                continue  # "our biggest customer was fined": another firm's penalty, not the asker's
            clause = t.part_of(m.start())
            neg = self._negated(t, clause.start, m.start())
            free = None if neg else self._free(t, m.end())  # "penalty-free"
            if (neg or free) and (self._besides(t, m.start(), "violation") or
                                  (neg and self._has(t, "violation_degree", start=neg.end(), end=m.start()))):
                # "除了…罚款，没有其他…", "无重大违法违规行为": not none at all
                r.leave(t.words(clause.start, clause.end), "negated", ["violations"])
                continue
            if neg or free:
                lo, hi = (neg.start() if neg else m.start()), (free or m.end())
                r.facts.append(Fact("violations", [], t.words(lo, hi), lo, hi))
                continue
            listed = self._date_list(t, clause, "fine_list")
            if listed:  # "fined on 2024-03-12 and again on 2025-10-08": one penalty a date
                for when in listed:
                    if when.start in dated:
                        continue
                    dated.add(when.start)
                    r.facts.append(Fact(f"violations.{n}.date", when.day.isoformat(), t.words(when.start, when.end),
                                        when.start, when.end, when.span()))
                    n += 1
                continue
            when = self._date_near(t, m.start(), m.end(), part=True)
            if when is None or self._has(t, "several", start=clause.start, end=clause.end):
                r.leave(t.words(clause.start, clause.end), "date", ["violations"])  # none, or one for several
                continue
            if when.start in dated:
                continue
            dated.add(when.start)
            s, e = min(when.start, m.start()), max(when.end, m.end())
            r.facts.append(Fact(f"violations.{n}.date", when.day.isoformat(), t.words(s, e), s, e, when.span()))
            n += 1

    def _date_list(self, t: _Text, part: Span, also: str | None = None) -> list[When]:
        """The dates of ``part`` when they are two or more written as one list (only ``date_list`` words
        between them, or the ``also`` cue's: another fine's amount; no range before the first): one event a
        date."""
        ds = sorted((d for d in t.dates if part.start <= d.start < part.end and d.day <= t.today),
                    key=lambda d: d.start)
        if len(ds) < 2 or self.cues.search(t.text[part.start:ds[0].start], "date_range", lang=t.lang):
            return []
        if all(self.cues.search(t.text[a.end:b.start], "date_list", lang=t.lang) or
               (also and self.cues.search(t.text[a.end:b.start], also, lang=t.lang))
               for a, b in itertools.pairwise(ds)):
            return ds
        return []

    # ---- the basic-level filing (art_7) -----------------------------------------------------------
    def _filing(self, t: _Text, hits: list[Hit], r: CaseReading) -> None:
        for m in self.cues.finditer(t.text, "skip_basic", lang=t.lang):
            r.facts.append(Fact("basic_filing.filed", False, t.words(m.start(), m.end()), m.start(), m.end()))
            return
        for m in self.cues.finditer(t.text, "filing", lang=t.lang):
            sentence, clause = t.sentence_of(m.start()), t.clause_of(m.start())
            if not self._has(t, "filing_basic", start=sentence.start, end=sentence.end):
                continue
            if not t.speaks or self._doubted(t, m.start(), m.end()):
                continue
            if self._has(t, "target", start=clause.start, end=m.start()) or \
                    self._has(t, "factory", "future", start=clause.start, end=m.start()) or \
                    self._has(t, "filing_later", start=clause.start, end=m.start()) or \
                    any(clause.start <= d.start < clause.end and d.ahead is not None and d.ahead > t.today
                        for d in t.dates) or \
                    self._has(t, "filing_deadline", start=clause.start, end=clause.end):
                r.leave(t.words(clause.start, clause.end), "target", ["basic_filing.filed"])  # "计划下个月去海淀区备案"
                return
            # (the outcome awaited may be said in the clause after: "已提交基础级备案材料，还没有结果")
            after = clause
            if self._has(t, "filing_sent", start=clause.start, end=clause.end):
                after = next((c for c in t.clauses if clause.end <= c.start < sentence.end), clause)
            if self._has(t, "pending", start=clause.start, end=clause.end) or \
                    self._has(t, "filing_awaited", start=clause.start, end=after.end):
                r.leave(t.words(clause.start, clause.end), "pending", ["basic_filing.filed"])  # "备案还在办理中"
                return
            neg = self._negated(t, clause.start, m.start())
            start = neg.start() if neg else m.start()
            r.facts.append(Fact("basic_filing.filed", not neg, t.words(start, m.end()), start, m.end()))
            if neg:
                return
            districts = [h for h in hits if clause.start <= h.start < clause.end and h.of("district")]
            if len({x.concept for h in districts for x in h.of("district")}) == 1:
                h = districts[0]
                s, e = min(h.start, m.start()), max(h.end, m.end())  # "在海淀备案", "filed in Haidian"
                r.facts.append(Fact("basic_filing.district", self.lexicon.label(h.of("district")[0].concept, "zh"),
                                    t.words(s, e), s, e))
            when = self._date_near(t, m.start(), m.end())
            if when is not None and clause.start <= when.start < clause.end:
                s, e = min(when.start, m.start()), max(when.end, m.end())
                r.facts.append(Fact("basic_filing.date", when.day.isoformat(), t.words(s, e), s, e, when.span()))
            return

    # ---- construction domains, systems ------------------------------------------------------------
    def _domains(self, t: _Text, hits: list[Hit], mentions: list[Mention], r: CaseReading) -> None:
        c = self.cues
        named = [h for h in hits if h.of("domain")]
        # "智能工厂建设", "smart factory construction": the whole project, not the factory-construction domain
        named = [h for h in named if not self.cues.search(t.text[max(0, h.start - 8):h.start], "domains",
                                                          "whole_project", lang=t.lang)]
        named = sorted(named + self._shared_heads(t, named), key=lambda h: h.start)
        every = self._has(t, "domains", "all")
        if every is not None and any(t.sentence_of(every.start()).start <= h.start < every.start() for h in named) \
                and not self._has(t, "domains", "except", start=t.sentence_of(every.start()).start,
                                  end=every.start()):
            every = None  # "生产作业、生产管理都覆盖了": all of the list, not every domain
        but = self._has(t, "domains", "except")
        if not (t.speaks or every or but):
            return
        none = self._has(t, "domains", "none")
        if none is not None and not self._doubted(t, none.start(), none.end()):
            # "五个建设环节均未开展数字化", "none of the five domains has been digitalised (except …)"
            sentence = t.sentence_of(none.start())
            but = self._has(t, "domains", "except", start=none.end(), end=sentence.end)
            inside = [h for h in named if sentence.start <= h.start < sentence.end]
            out = [x.key for h in inside if but is not None and h.start >= but.end() for x in h.of("domain") if x.key]
            s, e = none.start(), max([none.end(), *(h.end for h in inside)])
            if self._hedged(t, none.start(), none.end()) is not None or \
                    (inside and (but is None or len(out) != len(inside) or self._unnamed_excepted(
                        t, inside, but.end(), t.clause_of(but.start()).end))):
                r.leave(t.words(s, e), "domains", ["domains"])  # names beside "none" that do not square with it
            else:
                r.facts.append(Fact("domains", list(dict.fromkeys(out)), t.words(s, e), s, e))
            return
        if every:
            sentence = t.sentence_of(every.start())
            but = self._has(t, "domains", "except", start=sentence.start, end=sentence.end)
            if but is not None:  # "every domain except factory construction"
                # the domains excepted end with the clause, or where the rest is listed ("…except R&D design:
                # factory construction, …", "…, namely …")
                stop = self._has(t, "domains", "list_intro", start=but.end(), end=sentence.end)
                upto = min(t.clause_of(but.start()).end, stop.start() if stop else sentence.end)
                upto = max(upto, but.end() + 1)
                out = [x.key for h in named if but.end() <= h.start < upto for x in h.of("domain") if x.key]
                s, e = min(every.start(), but.start()), max(every.end(), but.end(),
                                                             *(h.end for h in named if but.end() <= h.start < upto))
                if out and set(out) >= set(self.all_domains):
                    out = []  # every domain excepted: the words contradict themselves; asked back
                if out and self._unnamed_excepted(t, named, but.end(), upto):
                    out = []  # "everything except design and factory construction": a member not known by name
                if out:
                    r.facts.append(Fact("domains", [k for k in self.all_domains if k not in out], t.words(s, e), s, e))
                else:
                    r.leave(t.words(s, e), "domains", ["domains"])  # all but something we cannot name
                return
            stop = self._has(t, "domains", "list_intro", start=every.end(), end=sentence.end)
            after = [h for h in named if every.end() <= h.start < sentence.end]
            if after and (stop is None or stop.start() > after[0].start):
                # "五个环节都覆盖了，只有工厂建设还差一点": a domain named after "all" but not as its list says
                # something else of it; asked back
                r.leave(t.words(every.start(), after[-1].end), "domains", ["domains"])
                return
            r.facts.append(Fact("domains", list(self.all_domains), t.words(every.start(), every.end()),
                                every.start(), every.end()))
            return
        if named:
            first, last = named[0], named[-1]
            sentence = t.sentence_of(first.start)
            but = self._has(t, "domains", "except", start=sentence.start, end=first.start)
            others = self._has(t, "domains", "others", start=last.end, end=sentence.end)
            keys = [x.key for h in named for x in h.of("domain") if x.key]
            split = self._has(t, "domains", "others_word", start=first.end, end=last.start) if but else None
            if split is not None:
                # "除了研发设计，其他四个环节（工厂建设、…）我们都做了", "apart from R&D design, we've done the other
                # four (factory construction, …)": the names before "the others" are excepted, those after list
                # the others; both must square with every domain
                self._excepted_then_listed(t, named, but, split, r)
                return
            amid = self._has(t, "domains", "except_after_named", start=first.end, end=sentence.end)
            if amid is not None:
                # "production operation, … and operations management - everything except design and factory
                # construction": names on both sides of an exception, which the words do not square; asked back
                r.leave(t.words(first.start, last.end), "domains", ["domains"])
                return
            if but and others:
                s, e = but.start(), others.end()
                if self._negated(t, others.end(), t.clause_of(others.start()).end):
                    # "除了生产作业和运营管理，其他环节都没做": only those named
                    e = t.clause_of(others.start()).end
                    r.facts.append(Fact("domains", list(dict.fromkeys(keys)), t.words(s, e), s, e))
                else:
                    rest = [k for k in self.all_domains if k not in keys]
                    r.facts.append(Fact("domains", rest, t.words(s, e), s, e))
            elif but:
                # "除了研发设计，…": the domains named are the ones left out, and what the rest is we cannot
                # tell without an "all" or "others"
                r.leave(t.words(but.start(), t.clause_of(last.start).end), "domains", ["domains"])
            elif (others := others or self._others_next(t, sentence)) and \
                    t.clause_of(others.start()) != t.clause_of(last.start) and \
                    not self._negated(t, t.clause_of(others.start()).start, t.clause_of(others.start()).end):
                # "研发设计没做，其他都做了", "R&D design is the one we have not done; the other four are covered":
                # the domains named are set against the others, said covered. Named as not done, the coverage is
                # every other domain; otherwise it is asked back, not read from the names alone
                e = t.clause_of(others.start()).end
                spans = {t.clause_of(h.start) for h in named}
                if all(self._negated(t, x.start, x.end) for x in spans) and keys:
                    s = min(x.start for x in spans)
                    r.facts.append(Fact("domains", [k for k in self.all_domains if k not in keys], t.words(s, e), s, e))
                else:
                    r.leave(t.words(first.start, e), "domains", ["domains"])
            elif (self._has(t, "domains", "covers", start=sentence.start, end=sentence.end) or
                  self._has(t, "domains", "covers_not", start=sentence.start, end=sentence.end)) and \
                    not self._has(t, "domains", "which", start=sentence.start, end=sentence.end) and \
                    not self._has(t, "domains", "asks", start=t.clause_of(first.start).start,
                                  end=t.clause_of(first.start).end):
                manual = [h for h in named if self._has(t, "domains", "manual", start=t.clause_of(h.start).start,
                                                        end=t.clause_of(h.start).end)]
                if manual:  # "生产作业还是靠人工": whether it counts as covered is asked, not guessed
                    r.leave(t.words(t.clause_of(first.start).start, t.clause_of(last.start).end), "domains",
                            ["domains"])
                    return
                stated = []
                negated: list[bool] = []
                for i, h in enumerate(named):
                    clause = t.clause_of(h.start)
                    before = max([clause.start] + [x.end for x in named[:i] if x.end > clause.start])
                    # a negation reaches the names joined to the one it negates ("but not R&D design or
                    # factory construction", "没有研发设计和工厂建设")
                    carried = i > 0 and negated[-1] and self._only_joined(t, named[i - 1].end, h.start,
                                                                          disjunction=True)
                    negated.append(bool(carried or self._negated(t, before, h.start) or
                                        self._negated_after(t, [(x.start, x.end) for x in named], i) is not None))
                    if negated[-1]:
                        continue  # "没做运营管理", "工厂建设和运营管理还没做"
                    if self._negated(t, h.end, clause.end) and not any(h.end <= x.start < clause.end for x in named):
                        # a negation after the last name of its clause that is not read as one of it ("…这两块我们
                        # 都还没动"): whether the names are covered is asked back, not read
                        r.leave(t.words(first.start, last.end), "domains", ["domains"])
                        return
                    if self._domain_aside(t, h, named):
                        continue  # "智能工厂建设还在规划中", "新工厂建设时": not a domain said to be covered
                    stated += [x.key for x in h.of("domain") if x.key]
                if stated and self._unnamed_member(t, named):
                    r.leave(t.words(t.clause_of(first.start).start, t.clause_of(last.start).end), "domains",
                            ["domains"])
                elif stated:
                    s, e = first.start, last.end
                    r.facts.append(Fact("domains", list(dict.fromkeys(stated)), t.words(s, e), s, e))
                else:
                    r.leave(t.words(first.start, last.end), "domains", ["domains"])
        # systems named (MES, ERP): where each belongs, for an answer to "which part is our MES"
        for mention in mentions:
            key = self.system_domain.get(mention.concept)
            if key and mention.label not in {s["named_as"] for s in r.systems}:
                name = mention.label.upper() if mention.label.isascii() and len(mention.label) <= 5 else mention.label
                r.systems.append({"named_as": name, "domain": key})
        r.asks_domain = bool(r.systems) and bool(c.search(t.text, "domains", "which", lang=t.lang))

    def _excepted_then_listed(self, t: _Text, named: list[Hit], but: re.Match[str], split: re.Match[str],
                              r: CaseReading) -> None:
        """The domains excepted (named between ``but`` and the others' word ``split``) and the others, listed
        after it: the coverage is every domain but those excepted, or only those excepted where the others
        are said not done ("除了生产作业，其他环节（…）都没做"); asked back where the list of the others
        is not every other domain, or an excepted word names no domain."""
        excepted = [x.key for h in named if h.start < split.start() for x in h.of("domain") if x.key]
        listed = [x.key for h in named if h.start >= split.end() for x in h.of("domain") if x.key]
        last = named[-1]
        s, e = but.start(), max(split.end(), t.clause_of(last.start).end)
        rest = [k for k in self.all_domains if k not in excepted]
        lead = t.clause_of(split.start())
        negated = self._negated(t, max(lead.start, max(h.end for h in named if h.start < split.start())),
                                split.start()) or self._negated(t, last.end, t.clause_of(last.start).end)
        # (the excepted names end with the last of them: "except for R&D design, the other four …")
        upto = max(h.end for h in named if h.start < split.start())
        if not excepted or not rest or (listed and set(listed) != set(rest)) or \
                self._unnamed_excepted(t, named, but.end(), upto):
            r.leave(t.words(s, e), "domains", ["domains"])
            return
        r.facts.append(Fact("domains", list(dict.fromkeys(excepted)) if negated else rest, t.words(s, e), s, e))

    def _unnamed_excepted(self, t: _Text, named: list[Hit], start: int, end: int) -> bool:
        """Words among the domains excepted in ``start..end`` that are neither a domain's name nor a filler
        ("everything except design and factory construction": "design" names no domain we know)."""
        inside = [h for h in named if start <= h.start < end]
        if not inside:
            return False
        last = min(inside[-1].end, end)
        rest = t.text[start:last]
        for h in inside:
            a, b = h.start - start, min(h.end, end) - start
            rest = rest[:a] + " " * (b - a) + rest[b:]
        p = self.cues.get("domains", "except_filler", lang=t.lang)
        if p is not None:
            rest = p.sub(" ", rest)
        # after the last name, words joined to it are another member ("except factory construction and design"); a
        # predicate is not ("except R&D design are done", "除了研发设计以外")
        joined = self.cues.get("joiner", lang=t.lang)
        tail = t.text[last:end]
        j = joined and re.match(f"\\s*(?:,|，|、|{joined.pattern})(?=\\s*\\w)", tail, re.I)
        more = bool(j) and not self.cues.search(tail[j.end():], "domains", "next_statement", lang=t.lang)
        return more or bool(re.sub(r"[\s\W_]+", "", rest))

    def _others_next(self, t: _Text, sentence: Span) -> re.Match[str] | None:
        """"The others" opening the sentence after ``sentence`` ("…we have not done; the other four are
        covered"): the domains of the sentence before are set against them."""
        after = next((x for x in t.sentences if x.start >= sentence.end), None)
        if after is None:
            return None
        m = self._has(t, "domains", "others", start=after.start, end=after.end)
        return m if m is not None and re.fullmatch(r"[\s;；,，]*(?:(?:all )?the|but|while|而|但)?\s*",
                                                   t.text[after.start:m.start()], re.I) else None

    def _shared_heads(self, t: _Text, named: list[Hit]) -> list[Hit]:
        """Domains whose head word is written once for two ("production and operations management", "生产和
        运营管理"): the word joined before a named domain, with that domain's head, names a domain of its own."""
        out: list[Hit] = []
        for h in named:
            before = t.text[t.sentence_of(h.start).start:h.start]
            m = self.cues.search(before, "domains", "shared_head", lang=t.lang)
            if m is None:
                continue
            word = m.group(1)
            head = h.text.split()[-1] if t.lang == "en" else h.text[-2:]
            candidate = f"{word} {head}" if t.lang == "en" else word + head
            found = [x for x in self.lexicon.find(candidate, t.lang)
                     if x.of("domain") and x.start == 0 and x.end == len(candidate)]
            start = t.sentence_of(h.start).start + m.start(1)
            # the word must be free: "operation" of "production operation and production management" is taken
            if found and not any(x.start < start + len(word) and start < x.end for x in named):
                out.append(Hit(start, start + len(word), word, found[0].terms))
        return out

    def _domain_aside(self, t: _Text, h: Hit, named: list[Hit]) -> bool:
        """A domain's name that states no coverage: its clause sets a plan ("工厂建设还在规划中", "we plan to
        digitalise operations management"), or the name is the time of something else ("新工厂建设时就部署了
        MES", "during factory construction"). The names themselves are left out of the search (a domain's
        label may hold a plan's word)."""
        clause = t.clause_of(h.start)
        rest = t.text[clause.start:clause.end]
        for x in named:
            if clause.start <= x.start < clause.end:
                a, b = x.start - clause.start, x.end - clause.start
                rest = rest[:a] + " " * (b - a) + rest[b:]
        if self.cues.search(rest, "target", lang=t.lang):
            return True
        if t.lang == "zh":
            return bool(self.cues.search(t.text[h.end:clause.end], "domains", "frame", lang=t.lang))
        return bool(self.cues.search(rest[:h.start - clause.start], "domains", "frame", lang=t.lang))

    def _unnamed_member(self, t: _Text, named: list[Hit]) -> bool:
        """A list of domains with a member we do not know by name ("R&D work and production operation",
        "生产作业、仓储物流和生产管理"): words joined to a named domain that name none. The list is then
        not read: read without that member, it would state the member is not covered."""
        p = self.cues.get("joiner", lang=t.lang)
        if p is None:
            return False
        first, last = named[0], named[-1]
        before = t.text[t.clause_of(first.start).start:first.start].rstrip()
        m = re.search(f"(?:{p.pattern})$", before, re.I)
        if m and before[:m.start()].strip():
            return True
        tail = t.text[last.end:t.clause_of(last.start).end]
        if (j := re.match(f"\\s*(?:{p.pattern})(?=\\s*\\w)", tail, re.I)) and \
                not self.cues.search(tail[j.end():], "domains", "next_statement", lang=t.lang):
            return True  # ("… and we're at maturity level 2": another statement, not another member)
        for x, y in itertools.pairwise(named):
            gap = t.text[x.end:y.start]
            rest = re.sub(r"\b(a|an|the|our)\b", " ", p.sub(" ", gap), flags=re.I).strip(" ,、")
            # one clause, or a list whose commas part clauses ("R&D design, production and operations"): a
            # word or two, not a clause of its own ("…, and plan to do operations management")
            listed = t.clause_of(x.start) == t.clause_of(y.start) or (
                t.sentence_of(x.start) == t.sentence_of(y.start) and
                (len(rest.split()) <= 2 if t.lang == "en" else len(re.sub(r"\W", "", rest)) <= 4))
            if listed and p.search(gap) and not self._negated(t, x.end, y.start) and rest:
                return True
        return False

    # ---- maturity (GB/T 39116) ----------------------------------------------------------------------
    def _maturity(self, t: _Text, hits: list[Hit], r: CaseReading) -> None:
        c = self.cues
        reach = int(c["maturity"]["reach"][t.lang])
        values: list[tuple[int, int, int]] = []
        cues = list(c.finditer(t.raw, "maturity", "cue", lang=t.lang))
        for cue in cues:
            if self._rule_clause(t, t.clause_of(cue.start())):
                continue  # "is the maturity requirement level 2?", "提高成熟度门槛到四级": the rule's level
            part = t.clause_of(cue.start())
            if self._has(t, "maturity", "other_model", start=part.start, end=part.end):
                continue  # "成熟度（DCMM）是3级": another model's level, not GB/T 39116's
            if self._of_another(t, cue.start()):
                continue  # "我们的供应商成熟度达到了三级", "our supplier has reached CMMM level 3": theirs
            other = self._maturity_of_another(t, hits, part, cue.start())
            if other is not None:  # "兄弟工厂成熟度评了三级", "our Tianjin plant was rated level 3": not the asker's
                if t.speaks:
                    r.leave(t.words(other, part.end), "other", ["maturity_level"])
                continue
            whole = self._whole_group(t, cue.start())
            if whole is not None:
                if t.speaks:  # "集团的成熟度是三级": the group's, of which the applicant may be one part
                    r.leave(t.words(whole, part.end), "part", ["maturity_level"])
                return
            sentence = t.sentence_of(cue.start())
            # (the levels near the model's other names in the sentence too: "maturity grade 3 and CMMM Level II" are
            # two levels, asked back)
            last = max(x.end() for x in cues if sentence.start <= x.start() < sentence.end and not self._has(
                t, "maturity", "other_model", start=t.clause_of(x.start()).start, end=t.clause_of(x.start()).end))
            lo, hi = max(sentence.start, cue.start() - reach), min(sentence.end, max(cue.end(), last) + reach)
            unsure: list[tuple[int, int, str]] = []  # levels denied or compared: (start, end, why)
            for m in c.finditer(t.raw, "maturity", "level", lang=t.lang, pos=lo, endpos=sentence.end):
                if m.start() >= hi:
                    break  # (a level that starts within reach is read whole: "… came out at level three")
                word = next(g for g in m.groups() if g)
                roman = c["maturity"]["roman"]
                n = roman.get(word) or roman.get(word.lower()) or numbers.integer(word, self.digits, self.en_numbers)
                if n is None or self._rule_clause(t, t.clause_of(m.start())) or \
                        self._has(t, "maturity", "other_model", start=t.clause_of(m.start()).start, end=m.start()):
                    continue  # (not "要求是二级" beside the asker's level, nor "还有CMMI三级": another model's level)
                if self._nearest_other_model(t, cues, sentence, m.start()):
                    continue  # "用DCMM成熟度评过，是三级，智能制造那个成熟度没做": the level follows DCMM's cue
                clause = t.clause_of(m.start())
                # the words between the cue and the level, in the level's clause (or before the level, when the
                # cue follows it: "level 3 on the … maturity model")
                gap = (max(clause.start, cue.end()), m.start()) if m.start() >= cue.end() else (clause.start, m.start())
                if self._negated(t, *gap):
                    unsure.append((m.start(), m.end(), "negated"))  # "成熟度还没达到二级", "not yet level 2"
                elif self._has(t, "comparison", start=clause.start, end=clause.end):
                    unsure.append((m.start(), m.end(), "comparison"))  # "成熟度比同行高一级": no level
                else:
                    values.append((n, m.start(), m.end()))
            for h in hits:
                if lo <= h.start < hi and h.of("maturity") and not self._rule_clause(t, t.clause_of(h.start)):
                    key = h.of("maturity")[0].key
                    if key and key.isdigit():
                        values.append((int(key), h.start, h.end))
            if unsure and not values:
                if t.speaks:
                    s, e = min(cue.start(), unsure[0][0]), max(cue.end(), unsure[-1][1])
                    r.leave(t.words(s, e), unsure[0][2], ["maturity_level"])
                return
            if values:
                s = min(cue.start(), *(v[1] for v in values))
                e = max(cue.end(), *(v[2] for v in values))
                words = t.words(s, e)
                # ("二级及以上", "level 2 or above"; not the next clause's "规模以上")
                tail = self._has(t, "or_above", start=e, end=min(e + int(c["maturity"]["or_above_reach"][t.lang]),
                                                                 t.clause_of(e - 1).end))
                # (not a level's own name: "一级（规划级）", "level 1 (planning)" name no plan)
                names = [(h.start, h.end) for h in hits if h.of("maturity")]
                target = next((x for x in c.finditer(t.text, "target", lang=t.lang,
                                                     pos=t.clause_of(cue.start()).start, endpos=e)
                               if not any(a <= x.start() < b for a, b in names)), None)
                # "估计是二级", "a consultant's mock assessment put us at level 3": no assessed level
                tail = tail or self._has(t, "estimate", start=t.clause_of(s).start, end=t.clause_of(e - 1).end)
                # "we think it would come out at level 3", "成熟度应该是三级": a guess
                tail = tail or self._has(t, "hedge", start=t.clause_of(s).start, end=e)
                tail = tail or self._has(t, "maturity", "at_least", start=s, end=e)  # "at least level 2"
                if self._asks_rule(t, s):
                    return  # "do we need maturity level 2?": the rule's level, asked of
                if len({v[0] for v in values}) != 1 or tail or target or not 1 <= values[0][0] <= 5:
                    if t.speaks:
                        r.leave(words, "bound" if tail else "target" if target else "number", ["maturity_level"])
                    return
                r.facts.append(Fact("maturity_level", values[0][0], words, s, e))
                return

    def _nearest_other_model(self, t: _Text, cues: list[re.Match[str]], sentence: Span, at: int) -> bool:
        """The maturity cue nearest before the level at ``at`` in its sentence names another model in its clause
        ("用DCMM数据管理能力成熟度评过，是三级"): the level is that model's."""
        before = [x for x in cues if sentence.start <= x.start() and x.end() <= at]
        if not before:
            return False
        x = max(before, key=lambda x: x.end())
        clause = t.clause_of(x.start())
        return self._has(t, "maturity", "other_model", start=clause.start, end=clause.end) is not None

    def _maturity_of_another(self, t: _Text, hits: list[Hit], clause: Span, at: int) -> int | None:
        """Where the maturity cue at ``at`` is said of another plant or firm named before it in its clause (a
        sister plant, a plant in another province, the industry's leader), the start of those words."""
        other = self._has(t, "other_entity", start=clause.start, end=at)
        if other is not None:
            return other.start()
        for h in hits:
            if clause.start <= h.start < at and self._elsewhere(t, h):
                return h.start
        return None

    # ---- industry ---------------------------------------------------------------------------------
    def _not_a_trade(self, t: _Text, m: Mention) -> bool:
        """A group's word that names what the factory uses, not what it makes ("关键技术装备")."""
        s, _e = mention_span(t.raw, m)
        return bool(self._has(t, "not_a_trade", start=max(0, s - 12), end=s))

    def _verb_slot(self, t: _Text, m: Mention) -> bool:
        """An English product's word of one word just after "we": the sentence's verb ("we mould", "we cast")."""
        s, e = mention_span(t.raw, m)
        return " " not in t.text[s:e].strip() and "-" not in t.text[s:e] and \
            bool(self.cues.search(t.text[t.clause_of(s).start:s], "verb_slot", lang=t.lang))

    def _frame(self, t: _Text, m: Mention) -> str | None:
        """Whether the asker makes the thing an industry's word names ("made": "we make sensors", "a pump
        manufacturer", "我们是做传感器的", "印刷企业", a clause of the word alone) or uses it ("used": "we
        installed sensors", "our servers run the MES", "部署了服务器"); None when the words say neither.
        Only a thing made names the asker's trade."""
        s, e = mention_span(t.raw, m)
        clause = t.clause_of(s)
        before, after = t.text[clause.start:s], t.text[e:clause.end]
        # the last party named before the word
        theirs = max(self.cues.finditer(before, "industry_frame", "another_party", lang=t.lang),
                     key=lambda x: x.start(), default=None)
        if theirs is not None and not self.cues.search(before[theirs.end():], "first_person", lang=t.lang) and \
                not self.cues.search(before[:theirs.start()], "industry_frame", "party_served", lang=t.lang):
            return "theirs"  # "Our customers make furniture": the customers' trade, not the asker's
        used = max((u.end() for u in self.cues.finditer(before, "industry_frame", "use", lang=t.lang)), default=-1)
        if m.type == "IndustryDivision" and self.division_code.get(m.concept, "B")[:1] not in "BCD":
            # a firm outside industry is the asker's trade only where the asker names itself so ("我们是一家软件公司",
            # "we run a hotel"), not where it is hired or sold through ("we hired a consulting firm")
            served = self.cues.search(before, "industry_frame", "service_before", lang=t.lang)
            named = self.cues.search(before, "industry_frame", "identity_before", lang=t.lang)
            # ("主营批发", "we do IT services")
            made = self.cues.search(before, "industry_frame", "make_before", lang=t.lang)
            return "made" if (named is not None and used < 0) or (served is not None and used <= served.end()) or \
                (made is not None and used <= made.end(1)) else None
        made = self.cues.search(before, "industry_frame", "make_before", lang=t.lang)
        repaired = self.cues.search(before, "industry_frame", "repair_before", lang=t.lang)
        if self.cues.search(after, "industry_frame", "repair_after", lang=t.lang):
            return "repaired"  # "我们是做飞机发动机维修的": the engines repaired, not made
        if repaired is not None and used <= repaired.start() and (made is None or made.end(1) <= repaired.start()):
            return "repaired"  # "we overhaul mining machinery -- crushers, hoists": the repair trade's, asked back
        if made is not None and used <= made.end(1):  # the words nearer the product's word tell
            return "made"
        named = " " + t.text[s:e] if t.lang == "en" else t.text[s:e]  # the name may hold them: "printing company"
        if used < 0 and self.cues.search(named, "industry_frame", "label_verb", lang=t.lang) and \
                self.cues.search(before, "first_person", lang=t.lang):
            return "made"  # "we make robots for warehouses": the name holds its making verb, said by the asker
        if self.cues.search(after, "industry_frame", "make_after", lang=t.lang) or \
                self.cues.search(named, "industry_frame", "make_after", lang=t.lang):
            return "made"  # "we run a recycling plant": the trade's words name the trade
        if self.cues.search(before, "industry_frame", "alone", lang=t.lang) and \
                self.cues.search(after, "industry_frame", "shop_after", lang=t.lang):
            return "made"  # "we're a canvas and tarpaulin shop"
        if used < 0 and self._trade_verb_word(t, m) and \
                self.cues.search(before, "industry_frame", "alone", lang=t.lang):
            return "made"  # "我们厂吹塑矿泉水瓶": the trade's name is its verb, said of the asker
        if self.division_code.get(m.concept) in (self.cues["industry_modifier"].get("own") or ()) and \
                (own := self.cues.search(before, "industry_frame", "own_before", lang=t.lang)) and used <= own.end(1):
            return "made"  # "we supply LPG to households", "给居民供应液化气"
        if self.division_code.get(m.concept) in (self.cues["industry_modifier"].get("own") or ()) and \
                self.cues.search(after, "industry_frame", "operate_after", lang=t.lang):
            return "made"  # "我们是光伏电站运营商": a utility's operator
        if used < 0 and self.cues.search(before, "industry_frame", "shi_before", lang=t.lang) and \
                self.cues.search(after, "industry_frame", "shi_after", lang=t.lang):
            return "made"  # "我们是烧垃圾发电的": 是…的 of a trade
        mined = self.cues.search(before, "industry_frame", "extract_before", lang=t.lang)
        if (mined is not None and used <= mined.end(1)) or \
                self.cues.search(after, "industry_frame", "extract_after", lang=t.lang) or \
                self.cues.search(named, "industry_frame", "extract_after", lang=t.lang):
            return "extracted"  # "开采铁矿", "we run a coal mine": a mining division's only
        if used >= 0:
            return "used"
        if made is None and self.cues.search(before, "industry_frame", "alone", lang=t.lang) and \
                (not after.strip(_TRIM) or self.cues.search(after, "industry_frame", "for_others", lang=t.lang)):
            return "made"  # "we roll steel", "We overhaul CNC machine tools for other factories"
        if made is None and self.cues.search(before, "industry_frame", "for_others", lang=t.lang) and \
                not after.strip(_TRIM):
            return "made"  # "我们为其他工厂维修数控机床"
        return None

    def _qualifies_own(self, t: _Text, o: Mention, d: Mention, mentions: list[Mention]) -> bool:
        """``o`` qualifies a noun just after it that is a product's word of ``d``'s division ("羊绒围巾和针织毛衫":
        knitted sweaters are garments, as the scarves are): the two names joined are of one trade."""
        return self._followed_by_division(t, o, self.division_code.get(d.concept), mentions)

    def _joined_pair(self, t: _Text, a: Mention, b: Mention) -> bool:
        """Two industries' words with nothing but a joiner between them ("塑料和五金")."""
        (_, first_end), (second_start, _) = sorted((mention_span(t.raw, a), mention_span(t.raw, b)))
        return first_end <= second_start and self._only_joined(t, first_end, second_start)

    def _trade_verb_word(self, t: _Text, m: Mention) -> bool:
        """A trade's name that is also its verb ("注塑", "吹塑", "电镀"): what follows is the thing it is done to."""
        s, e = mention_span(t.raw, m)
        return bool(self.cues.search(t.text[s:e], "industry_frame", "trade_verb", lang=t.lang))

    def _industry(self, t: _Text, mentions: list[Mention], r: CaseReading) -> None:
        if not (t.speaks or r.facts):
            return  # "What NC rate must an electronics maker reach?" names an industry, states no case
        divisions: dict[str, Mention] = {}
        unread: list[Mention] = []
        other: dict[int, str] = {}  # mentions of another industry's product or customer, or joined to one
        materials: list[Mention] = []  # a material's word before a product's noun ("铝合金门窗")
        made: list[tuple[str, Mention]] = []  # (division, the word naming it) of every thing made
        trades = [m for m in mentions if m.type in ("IndustryDivision", "IndustryGroup")]
        frames = {id(m): self._frame(t, m) for m in trades}
        for a, b in itertools.pairwise(trades):
            # "做服装和家纺的": the making frame of one name holds for the names joined to it
            if self._only_joined(t, mention_span(t.raw, a)[1], mention_span(t.raw, b)[0]):
                frames[id(a)] = frames[id(a)] or frames[id(b)]
                frames[id(b)] = frames[id(b)] or frames[id(a)]
        for a in trades:  # "we overhaul mining machinery -- crushers, hoists": the things listed after are repaired too
            if frames[id(a)] == "repaired":
                sentence = t.sentence_of(mention_span(t.raw, a)[0])
                for b in trades:
                    if sentence.start <= mention_span(t.raw, b)[0] < sentence.end and b.start > a.start:
                        frames[id(b)] = "repaired"
        for m in mentions:
            if m.type == "IndustryGroup" and self._not_a_trade(t, m):
                continue  # "关键技术装备", "key equipment": equipment the factory uses, not its trade
            if self._verb_slot(t, m):
                continue  # "we mould plastic crates", "we quarry granite": the verb, not the moulds' trade
            frame = frames.get(id(m))
            if frame == "used":
                continue  # "we installed sensors", "部署了服务器": a thing used, not the trade
            if frame == "theirs":
                unread.append(m)  # "our customers make furniture": another's trade, asked back
                other[id(m)] = "industry_other"
                continue
            if m.type in ("IndustryDivision", "IndustryGroup") and \
                    (self._modifies(t, m, mentions) or self._joined_to(t, m, mentions)):
                unread.append(m)  # "锂电池正极材料", "separators for lithium batteries": another industry's product
                other[id(m)] = "industry_other" if self._modifies(t, m, mentions) else "industry_joined"
                continue
            if m.type == "IndustryDivision" and self._material(t, m):
                materials.append(m)  # "塑料玩具": what the toys are made of; the toys' word tells the trade
                continue
            if frame is None:
                continue  # "our servers", "sensors on every line": not said to be made here
            if frame == "repaired":
                unread.append(m)  # the thing repaired is not made here; which repair trade is not said
                continue
            if frame == "extracted" and not (m.type == "IndustryDivision" and
                                             self.division_code.get(m.concept, "").startswith("B")):
                unread.append(m)  # "开采稀土": extracted, so not the smelter's C32; which mining division is not said
                continue
            if m.type == "IndustryDivision" and m.concept in self.division_code:
                divisions.setdefault(m.concept, m)
                made.append((m.concept, m))
            elif m.type == "IndustryGroup":
                members = self.group_divisions.get(m.concept, [])
                if len(members) == 1:
                    divisions.setdefault(members[0], m)
                    made.append((members[0], m))
                else:
                    unread.append(m)
        # one name for two divisions ("食品" might be C13 or C14) or two industries named: not guessed; nor
        # one joined to words we cannot name ("服装和家纺": 家纺 is another division)
        spans = {(m.start, m.end, m.space) for m in divisions.values()}
        if len(divisions) > 1 or len(spans) > 1:
            divisions, spans = self._narrowed(t, made, divisions, spans)
        if len(divisions) == 1 and any(not self._made_of(t, next(iter(divisions.values())), m) for m in materials):
            unread.append(next(iter(divisions.values())))  # "steel and aluminium products": whose are they?
            divisions = {}
        if len(divisions) == 1 and self._another_trade(t, next(iter(divisions)), mentions):
            unread.append(next(iter(divisions.values())))  # "我们做服装，也做鞋": a second trade named
            divisions = {}
        if any(other.get(id(o)) == "industry_other" and self._joined_pair(t, d, o) and
               self.division_code.get(o.concept) != self.division_code.get(d.concept) and
               not self._qualifies_own(t, o, d, mentions)
               for o in unread for d in divisions.values()):
            # "我们做塑料和五金配件": both words, of two divisions, qualify the noun after the second ("parts of
            # plastic and of hardware"); the first is no more the asker's trade than the second
            unread += list(divisions.values())
            divisions = {}
        if any(other.get(id(m)) == "industry_joined" for m in unread):
            # "we make chemicals and run our own CHP plant": a trade joined to words we cannot name beside
            # another trade named: which is the enterprise's is not said
            unread += list(divisions.values())
            divisions = {}
        if len(divisions) == 1 and len(spans) == 1:
            d, m = next(iter(divisions.items()))
            s, e = mention_span(t.raw, m)
            code = self.division_code[d]
            r.facts.append(Fact("industry_code", code, t.raw[s:e], s, e))
            r.industries.append({"code": code, "named_as": t.raw[s:e]})
        elif divisions:
            unread += list(divisions.values())
        if not divisions and not any(f.path == "industry_code" for f in r.facts):
            said = self._trade_verb(t, r)  # "we print books", "我们厂印包装盒": the verb names the trade
            if said:  # the verb's own word ("print", "slaughter") is not left to ask
                unread = [m for m in unread if not said[0] <= mention_span(t.raw, m)[0] < said[1]]
        if not any(f.path == "industry_code" for f in r.facts):
            unread += materials  # "铝合金窗框": the product's industry is not named; asked back
            other |= {id(m): "industry_other" for m in materials}
        if not r.facts:
            return  # an industry word that binds to no division, in words that state nothing else
        for m in unread:
            s, e = mention_span(t.raw, m)
            if id(m) in other:
                r.leave(t.raw[s:e], other[id(m)], ["industry_code"])
            else:
                r.leave(t.raw[s:e], "industry", ["industry_code"], self._choices(m, mentions, t.lang))

    def _narrowed(self, t: _Text, made: list[tuple[str, Mention]], divisions: dict[str, Mention],
                  spans: set[tuple[int, int, str]]) -> tuple[dict[str, Mention], set[tuple[int, int, str]]]:
        """A word of several divisions narrowed by a product named after it, not joined to it ("我们是食品企业，
        主要做面包": 食品 is C13 or C14, 面包 C14's; "做手套，主要是乳胶手套"): where one division is common to every
        word made and a later word names it alone, that word's division is read. Two things joined ("电容器和变压器")
        are two products, the first perhaps of another division: nothing is narrowed."""
        named: dict[tuple[int, int, str], set[str]] = {}
        for code, m in made:
            named.setdefault((m.start, m.end, m.space), set()).add(code)
        common = set.intersection(*named.values()) if named else set()
        alone = [m for code, m in made if code in common and len(named[(m.start, m.end, m.space)]) == 1]
        several = [m for _code, m in made if len(named[(m.start, m.end, m.space)]) > 1]
        if len(common) != 1 or not alone or not several or \
                any(m.start <= o.start or self._joined_pair(t, o, m) for m in alone for o in several):
            return divisions, spans
        m = alone[0]
        return {next(iter(common)): m}, {(m.start, m.end, m.space)}

    def _trade_verb(self, t: _Text, r: CaseReading) -> tuple[int, int] | None:
        """A verb that names its trade whatever it is done to ("we print books": C23), said by the asker of
        themselves: the first person before it in its clause, no word of using between. Two verbs of two
        trades name neither."""
        found: dict[str, tuple[int, int]] = {}
        codes = set(self.division_code.values())
        for entry, p in self.cues.compiled_list("industry_verb", t.lang):
            for v in p.finditer(t.text):
                clause = t.clause_of(v.start())
                before = t.text[clause.start:v.start()]
                me = [m.end() for m in self.cues.finditer(before, "first_person", lang=t.lang)]
                used = [u.end() for u in self.cues.finditer(before, "industry_frame", "use", lang=t.lang)]
                if me and max(used, default=-1) <= me[-1] and entry["division"] in codes:
                    found.setdefault(entry["division"], (v.start(), clause.end))
        if len(found) != 1:
            return None
        code, (s, e) = next(iter(found.items()))
        words = t.raw[s:e].strip()
        r.facts.append(Fact("industry_code", code, words, s, s + len(words)))
        r.industries.append({"code": code, "named_as": words})
        return s, s + len(words)

    def _choices(self, m: Mention, mentions: list[Mention], lang: str) -> list[str]:
        """The divisions an industry's word could name ("食品": C13 or C14), as "C13 农副食品加工业"."""
        same = [o for o in mentions if mention_span_eq(o, m)]
        ds = [d for o in same for d in ([o.concept] if o.type == "IndustryDivision" else
                                        self.group_divisions.get(o.concept, [])) if d in self.division_code]
        return [f"{self.division_code[d]}（{self.lexicon.label(d, lang)}）" if lang == "zh" else
                f"{self.division_code[d]} ({self.lexicon.label(d, lang)})" for d in dict.fromkeys(ds)]

    def _joined_to(self, t: _Text, m: Mention, mentions: list[Mention]) -> bool:
        """An industry's word joined to other words ("服装和家纺", "EV batteries and charging piles"): the
        other words may be another industry's, which we cannot name. Joined to another industry's word
        that we know, the two are read as two industries (asked back) anyway."""
        p = self.cues.get("joiner", lang=t.lang)
        if p is None:
            return False
        s, e = mention_span(t.raw, m)
        clause = t.clause_of(s)
        if self._an_example(t, m, mentions):
            return False  # "环保设备，像除尘器、脱硫塔这些": the words joined are examples of the thing named
        spans = [mention_span(t.raw, o) for o in mentions if o is not m and o.type.startswith("Industry")]
        # ("a coal mine and a power plant": the article is no word of a product)
        kind = self.cues.get("industry_joined_kind", lang=t.lang)
        kind = f"(?:{kind.pattern})?" if kind is not None else ""  # "insulin and other biologics"
        after = re.match(f"\\s*(?:{p.pattern})\\s*(?:(?:an?|the|our)\\s+)?{kind}\\s*", t.text[e:clause.end], re.I)
        if after and e + after.end() < clause.end and not any(a == e + after.end() for a, _ in spans) and \
                not self._headed_alike(t, m, e + after.end(), mentions) and \
                not self.cues.match(t.text, "first_person", lang=t.lang, pos=e + after.end()) and \
                not self.cues.match(t.text, "industry_frame", "predicate", lang=t.lang, pos=e + after.end()):
            return True  # "服装和家纺"; not "sensors and we are in Yizhuang", "servers and reach 81%"
        before = re.search(f"(\\w)\\s*(?:{p.pattern})\\s*{kind}\\s*$", t.text[clause.start:s], re.I)
        return bool(before) and not any(b == clause.start + before.start(1) + 1 for _, b in spans)

    def _an_example(self, t: _Text, m: Mention, mentions: list[Mention]) -> bool:
        """``m`` stands in a list of examples ("像…", "such as …") given just after a name of its own division in
        the same sentence: the list illustrates that thing ("环保设备，像除尘器、脱硫塔这些")."""
        code = self.division_code.get(m.concept)
        s = mention_span(t.raw, m)[0]
        sentence = t.sentence_of(s)
        p = self.cues.get("joiner", lang=t.lang)
        for c in mentions:
            cs, ce = mention_span(t.raw, c)
            if c is m or not code or self.division_code.get(c.concept) != code or not sentence.start <= cs or ce > s:
                continue
            gap = t.text[ce:s]
            # the examples before m in the list: names and joiners only ("像除尘器、")
            for o in sorted(mentions, key=lambda o: -mention_span(t.raw, o)[0]):
                os_, oe = mention_span(t.raw, o)
                if ce <= os_ and oe <= s and p is not None and \
                        not p.sub("", t.text[oe:ce + len(gap)]).strip(" ,、"):
                    gap = t.text[ce:os_]
            if self.cues.search(gap, "industry_examples", lang=t.lang):
                return True
        return False

    def _headed_alike(self, t: _Text, m: Mention, start: int, mentions: list[Mention]) -> bool:
        """The words joined after ``m`` (from ``start``) are a name whose head is a product's word of ``m``'s own
        division, with a few words qualifying it before ("吉他和电钢琴", "变压器和高低压开关柜", "pumps and
        high-pressure valves"): not an unknown thing of another trade. The qualifier is a few characters (zh) or
        words (en) without a joiner or a mark; the head ends the conjunct."""
        code = self.division_code.get(m.concept)
        if code is None:
            return False
        q = self.cues.get("industry_conjunct_qualifier", lang=t.lang)
        for o in mentions:
            os_, oe = mention_span(t.raw, o)
            if o is m or not o.type.startswith("Industry") or os_ <= start or \
                    self.division_code.get(o.concept) != code:
                continue
            gap = t.text[start:os_]
            if q is not None and q.fullmatch(gap) and \
                    not self.cues.search(t.text[oe:t.clause_of(os_).end], "industry_head", lang=t.lang):
                return True
        return False

    def _modifies(self, t: _Text, m: Mention, mentions: list[Mention] | None = None) -> bool:
        """An industry's word that only qualifies another thing: followed by a material, a package, a
        machine ("医药包装材料", "food packaging machinery"), or by any other noun that heads the thing's
        name ("cigarette lighters", "卷烟纸"), or naming the customer ("for lithium batteries", "为汽车厂商").
        Which industry makes that thing is not said (unless the noun is a product's word of its own)."""
        s, e = mention_span(t.raw, m)
        clause = t.clause_of(s)
        code = self.division_code.get(m.concept)
        own = code in (self.cues["industry_modifier"].get("own") or ())
        keeps = code in (self.cues["industry_modifier"].get("powered_keeps") or ())
        # the words before the whole name, past the products' words that qualify this one ("end-of-life EV
        # batteries": "end-of-life" qualifies the batteries too); a material's word before a noun is the
        # material rule's ("塑料玩具", "steel pipes": _material), not another head
        first = s
        for o in sorted(mentions or [], key=lambda o: -mention_span(t.raw, o)[1]):
            os_, oe = mention_span(t.raw, o)
            if o.type.startswith("Industry") and oe <= first and not t.text[oe:first].strip(" -") and \
                    os_ >= clause.start:
                first = os_
        head = self.cues.search(t.text[e:clause.end], "industry_head", lang=t.lang) and \
            not self.cues.search(t.text[s:e], "industry_material", "word", lang=t.lang) and \
            not self._head_of_own(t, m, mentions or [])
        # the customers named in a list ("给电商和食品厂配套", "for carmakers and bus builders"): the words before the
        # first of the names joined tell whom each serves
        listed = first
        for o in sorted(mentions or [], key=lambda o: -mention_span(t.raw, o)[1]):
            os_, oe = mention_span(t.raw, o)
            if o.type.startswith("Industry") and oe <= listed and os_ >= clause.start and \
                    (not t.text[oe:listed].strip(" -") or self._only_joined(t, oe, listed)):
                listed = os_
        customer = self.cues.search(t.text[clause.start:listed], "industry_modifier", "customer", lang=t.lang) and \
            not self.cues.search(t.text[clause.start:listed], "industry_modifier", "supplied", lang=t.lang) and \
            not (self.cues.search(t.text[clause.start:listed], "industry_modifier", "copula", lang=t.lang) and
                 not self.cues.search(t.text[e:clause.end], "industry_modifier", "customer_after", lang=t.lang))
        # "we supply carmakers": the customer; "we supply airbags to carmakers": the airbags are the asker's
        customer = customer or bool(
            self.cues.search(t.text[clause.start:first], "industry_modifier", "supply_before", lang=t.lang) and
            not self.cues.search(t.text[e:clause.end], "industry_modifier", "supplied_to", lang=t.lang))
        return bool(self.cues.search(t.text[e:clause.end], "industry_modifier", "after", lang=t.lang) or
                    customer or
                    (not keeps and self.cues.search(t.text[clause.start:first], "industry_modifier", "powered",
                                                    lang=t.lang)) or
                    (not own and self.cues.search(t.text[clause.start:first], "industry_modifier", "before",
                                                  lang=t.lang)) or
                    head)

    def _head_of_own(self, t: _Text, m: Mention, mentions: list[Mention]) -> bool:
        """Whether the noun after an industry's word keeps the thing in its division: a part's noun after a
        machine's, vehicle's or appliance's ("液压阀体", "汽车座椅骨架", "hydraulic valve bodies"), another word of the
        same division ("腈纶短纤", "hydraulic valves"), or the thing a trade's verb is done to ("吹塑矿泉水瓶")."""
        s, e = mention_span(t.raw, m)
        code = self.division_code.get(m.concept)
        if self._trade_verb_word(t, m):
            return True
        part = self.cues.search(t.text[e:t.clause_of(s).end], "industry_modifier", "part", lang=t.lang) \
            if code in (self.cues["industry_modifier"].get("part_keeps") or ()) else None
        if part and not self.cues.search(t.text[e + part.end():t.clause_of(s).end], "industry_head", lang=t.lang):
            return True  # the part's noun ends the name ("汽车座椅骨架"), not another thing's ("汽车座椅面料": fabric)
        return self._followed_by_division(t, m, code, mentions)

    def _followed_by_division(self, t: _Text, m: Mention, code: str | None, mentions: list[Mention]) -> bool:
        """The names right after ``m`` (past spaces and hyphens) are all of the division ``code``."""
        e = mention_span(t.raw, m)[1]
        gap = len(t.text[e:]) - len(t.text[e:].lstrip(" -"))
        nxt = [o for o in mentions if o is not m and mention_span(t.raw, o)[0] == e + gap]
        return bool(code and nxt and all(self.division_code.get(o.concept) == code for o in nxt))

    def _another_trade(self, t: _Text, division: str, mentions: list[Mention]) -> bool:
        """A second making statement whose thing is not a name of ``division`` ("我们做服装，也做鞋": shoes
        are C19's; "we make shirts and also make suits": both C18's, not another trade)."""
        for a in self.cues.finditer(t.text, "industry_also", lang=t.lang):
            clause = t.clause_of(a.start())
            named = [m for m in mentions if m.type in ("IndustryDivision", "IndustryGroup")
                     and a.end() <= mention_span(t.raw, m)[0] < min(clause.end, a.end() + 12)]
            if not any(m.concept == division or division in self.group_divisions.get(m.concept, [])
                       for m in named):
                return True
        return False

    def _made_of(self, t: _Text, product: Mention, material: Mention) -> bool:
        """Whether the material's word stands just before the product's, and the product's word ends the
        name ("塑料玩具", "steel office furniture"): the material is the product's; otherwise it may be another
        product's, of another trade ("steel wire rope": not the wires' C38)."""
        s, e = mention_span(t.raw, material)[1], mention_span(t.raw, product)[0]
        end = mention_span(t.raw, product)[1]
        return 0 <= e - s <= 1 and not t.raw[s:e].strip(" -") and not self.cues.search(
            t.text[end:t.clause_of(e).end], "industry_material", "after", lang=t.lang)

    def _material(self, t: _Text, m: Mention) -> bool:
        """A material's word before a product's noun ("铝合金门窗", "stainless-steel cookware", "塑料玩具"):
        what the product is made of, not the asker's trade; the product's own word, or the asker, tells
        which industry makes it."""
        s, e = mention_span(t.raw, m)
        clause = t.clause_of(s)
        return bool(self.cues.search(t.text[s:e], "industry_material", "word", lang=t.lang) and
                    self.cues.search(t.text[e:clause.end], "industry_material", "after", lang=t.lang))

    # ---- the date of the application ---------------------------------------------------------------
    def _as_of(self, t: _Text, r: CaseReading) -> None:
        """The date of the application: a later year or date in the clause that applies ("明年申报", "if we
        apply in 2027"), or in a bare time phrase just before it ("明年，我们想申报"). A later date elsewhere
        dates something else ("明年才投产，现在能报吗": the plant's start, not the application)."""
        for a in self.cues.finditer(t.text, "applying", lang=t.lang):
            if self.cues.match(t.text, "applying_other", lang=t.lang, pos=a.end()):
                continue  # "明年申请成熟度三级评估": another thing applied for, not the title
            clause = t.clause_of(a.start())
            window = Span(clause.start, clause.end)
            before = None
            for c in reversed(t.clauses):
                if c.end <= clause.start:
                    before = c if t.sentence_of(c.start) == t.sentence_of(clause.start) else None
                    break
            if before is not None and self._bare_time(t, before):
                window = Span(before.start, clause.end)
            for entry, p in self.years_ahead[t.lang]:
                m = p.search(t.text, window.start, window.end)
                if m:
                    # "明年申报": read as its first day; the year is kept as the days it allows, so that where
                    # the decision turns on the day of the application it is asked for (``deciding``)
                    day = date(t.today.year + int(entry["years"]), 1, 1)
                    last, end = day.replace(month=12, day=31), m.end()
                    mo = self.cues.match(t.text, "month_after_year", lang=t.lang, pos=m.end())
                    month = numbers.integer(mo.group(1), self.digits, self.en_numbers) if mo is not None else None
                    if month is not None and 1 <= month <= 12:  # "明年3月份申报": that month, its first day
                        day = day.replace(month=month)
                        last = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
                        end = mo.end()
                    r.as_of = day
                    r.facts.append(Fact("as_of", day.isoformat(), t.words(m.start(), end), m.start(), end,
                                        (day.isoformat(), last.isoformat())))
                    return
            for d in t.dates:
                later = d.day if d.day > t.today else d.ahead
                if window.start <= d.start < window.end and later is not None:
                    r.as_of = later
                    span = d.span() if d.within is not None and d.within[0] == later else None
                    r.facts.append(Fact("as_of", later.isoformat(), t.words(d.start, d.end), d.start, d.end, span))
                    return

    def _bare_time(self, t: _Text, clause: Span) -> bool:
        """A clause that is only a time phrase ("明年", "In 2027"): it dates the clause after it."""
        spans = [(d.start, d.end) for d in t.dates if clause.start <= d.start < clause.end]
        spans += [m.span() for _, p in self.years_ahead[t.lang] for m in p.finditer(t.text, clause.start, clause.end)]
        if not spans:
            return False
        rest = t.text[clause.start:clause.end]
        for s, e in sorted(spans, reverse=True):
            rest = rest[:s - clause.start] + rest[e - clause.start:]
        rest = rest.strip(_TRIM + " ")
        return len(rest) <= 2 if t.lang == "zh" else len(rest.split()) <= 1

    # ---- events after recognition (art_12) ----------------------------------------------------------
    def _events(self, t: _Text, hits: list[Hit], r: CaseReading, recognised: re.Match[str]) -> None:
        c = self.cues
        types = [k for k in c["events"] if c.get("events", k, lang=t.lang) is not None]
        found = [(m.start(), m.end(), k) for k in types for m in c.finditer(t.text, "events", k, lang=t.lang)]
        found += [(m.start(), m.end(), "accident") for m in c.finditer(t.text, "accident", lang=t.lang)]
        # a death or injury with no accident word in its sentence ("a worker died in a fall"): an accident
        said_accident = {t.sentence_of(s).start for s, _, k in found if k == "accident"}
        found += [(m.start(), m.end(), "accident") for m in c.finditer(t.text, "casualty", lang=t.lang)
                  if t.sentence_of(m.start()).start not in said_accident]
        found = _longest(found)
        # an accident already told spoken of again by its grade, investigation or cause ("事故等级正在调查", "the grade
        # of the accident is pending"): the one told, not another
        found = [(s, e, k) for s, e, k in found if k != "accident" or not any(
            k2 == "accident" and e2 <= s for _, e2, k2 in found) or not (
            c.search(t.text[e:e + 12], "accident_mention", "after", lang=t.lang)
            or (t.lang == "en" and c.search(t.text[max(0, s - 40):s], "accident_mention", "before", lang=t.lang)))]
        # what art_12 looks at but is no cause ("计划停产检修", "the registration stays in Beijing"), or a
        # change none of its items names (a new shareholder): told of, and an event of the type in its clause
        # is this, not that
        not_causes = [(m.start(), k) for k in (c.data.get("not_causes") or {})
                      for m in c.finditer(t.text, "not_causes", k, lang=t.lang)]
        # an accident said to be minor is no cause, unless its sentence grades one ("minor injuries, but the fire was
        # classed a major accident"): the grade is read
        graded = {t.sentence_of(h.start).start for h in hits if h.of("grade")}
        not_causes = [(x, k) for x, k in not_causes if k != "accident" or t.sentence_of(x).start not in graded]
        r.considered += list(dict.fromkeys(k for _, k in not_causes))
        found = [f for f in found if not any(k == f[2] and (t.clause_of(x) == t.clause_of(f[0]) or (
            k == "accident" and self._tells_what_it_was(t, f[0], x))) for x, k in not_causes)]
        # what, said after an event in its sentence or the next, makes it no cause ("停产了两个月，现已复产", "we
        # halted production in July. We are back to normal now": a stop that is over), up to the next event read
        over = [f for f in found if self._said_over(t, f[2], f[1], self._said_after(t, f[1], found))]
        r.considered += [k for _, _, k in over]
        found = [f for f in found if f not in over]
        # another firm's event ("our biggest customer went bankrupt"): no cause for the asker's title
        theirs = [f for f in found if self._of_another(t, f[0])]
        r.considered += [k for _, _, k in theirs]
        found = [f for f in found if f not in theirs]
        accidents = [(s, e) for s, e, k in found if k == "accident"]
        # a date in the words saying the factory was recognised ("去年获评", "recognised … last year"), up
        # to the first event after them, dates the recognition
        clause = t.clause_of(recognised.start())
        moves = [m.start() for key in _MOVE_CUES for m in c.finditer(t.text, key, lang=t.lang)]
        said = Span(clause.start, min([x for x in [*(f[0] for f in found), *moves]
                                       if recognised.end() <= x < clause.end], default=clause.end))
        for s, e, kind in found:
            clause = t.clause_of(s)
            if kind == "accident" and (self._names_last(t, r, s, accidents) or self._same_accident(t, r, s, accidents)
                                       or self._again(t, r, s)):
                # "质量事故被认定为较大事故", "a fire classed as a major safety accident": one accident
                details, start = self._accident(t, hits, s, e, accidents)
                last = r.events[-1]
                both = {**last.details, **{k: v for k, v in details.items() if last.details.get(k) in (None, v)}}
                both = {k: v for k, v in both.items() if details.get(k) in (None, v)}  # two values: neither
                when = None if last.date else self._event_date(t, s, e, said)
                r.events[-1] = Event(last.type, t.words(t.raw.find(last.words), e), last.date or (
                    when.day.isoformat() if when else None), both,
                    day_named=last.day_named if last.date else bool(when and when.exact))
                continue
            if self._has(t, "event_negation", start=clause.start, end=s):
                r.considered.append(kind)  # "we have never had a major accident": none happened
                continue
            if kind not in ("false_information", "application_violation") and self._before_recognition(t, s, e, found):
                r.considered.append(kind)  # "获评之前发生过重大事故": not an event after the recognition
                continue
            if kind == "false_information" and not self._has(
                    t, "application_context", start=(clause if t.lang == "zh" else t.sentence_of(s)).start,
                    end=(clause if t.lang == "zh" else t.sentence_of(s)).end):
                # false figures said of no application ("虚报研发投入骗取政府补贴"): not item 1's; asked back
                r.leave(t.words(clause.start, clause.end), "event", eids=("art_12__item_1",))
                continue
            if (told := self._unconfirmed(t, kind, s, e, found)) is not None:
                # "有人举报我们申报数据造假，正在核查，还没有结论": alleged or pending, not established -- the
                # title stands until it is decided; the cause it would be is left open and asked back
                t.unconfirmed += told
                r.leave(t.words(clause.start, clause.end), "event",
                        eids=(c.data["event_unconfirmed"]["cause"].get(kind, "art_12"),))
                continue
            when = self._event_date(t, s, e, said)
            details: dict[str, Any] = {}
            start = s
            if kind == "accident":
                details, start = self._accident(t, hits, s, e, accidents)
            if kind == "penalty":
                details = self._conditions_after(t, e)
            if any(ev.type == kind and ev.details == details for ev in r.events) and \
                    not self.cues.search(t.text[clause.start:s], "event_another", lang=t.lang) and \
                    not self.cues.search(t.text[e:clause.end], "event_another_after", lang=t.lang):
                continue  # the same event named twice; "后来又罚了8万元": another
            r.events.append(Event(kind, t.words(start, e), when.day.isoformat() if when else None, details,
                                  day_named=bool(when and when.exact)))
        self._moved(t, hits, r, said)
        r.considered = list(dict.fromkeys(r.considered))  # said twice ("the plant moved, the registration stays")

    def _unread_events(self, t: _Text, r: CaseReading) -> None:
        """What a recognised factory says happened that no cue of art_12's events reads ("our licence to operate was
        revoked", "总经理被刑事拘留了"): a clause with no event, move or no-cause read in it, whose words outside the
        recognition's and the title's (`recognised_held`, `recognised`, `title_asked` …) say something happened
        (`event_said`), not denied; a clause's parts ("our CEO was arrested | and we had an accident") each on their
        own; only when the title's fate is asked (`fate_asked`, `title_asked`, `recognised` in a question). In a
        clause asking of the title only the words after `event_cause` ("because …") may say it. Left unread
        (``Ask`` kind ``event``, art_12): the verdict waits for them, never guessed."""
        c = self.cues
        # the clauses that ask: the last of each sentence ending in a question
        asking = [t.clause_of(max(s.start, s.end - 1)) for s in t.sentences
                  if c.search(t.raw[s.start:s.end + 1], "question_end", lang=t.lang)]
        if not (self._has(t, "fate_asked") or self._has(t, "title_asked") or
                any(self._has(t, "recognised", start=a.start, end=a.end) for a in asking)):
            return  # the title's fate is not what is asked ("…; is there a reward?"): no event for art_12
        read = self._event_spans(t, ("accident", "casualty", *_MOVE_CUES))
        taken = list(read)
        taken += [m.span() for group in ("not_causes", "not_causes_after") for k in (c.data.get(group) or {})
                  for m in c.finditer(t.text, group, k, lang=t.lang)]
        taken += [m.span() for k in ("lost", "kept") for m in c.finditer(t.text, "conditions_after_penalty", k,
                                                                          lang=t.lang)]
        taken += t.unconfirmed  # an event alleged or pending, told so ("正在核查", "the investigation is ongoing")
        frame = [m.span() for key in ("recognised_held", "recognised", "title_asked", "recognised_when", "the_title")
                 for m in c.finditer(t.text, key, lang=t.lang)]
        # each part of each clause ("our CEO was arrested | and we had a major accident")
        pieces = [Span(max(cl.start, p.start), min(cl.end, p.end)) for cl in t.clauses for p in t.parts
                  if max(cl.start, p.start) < min(cl.end, p.end)]
        # the conditions said to be lost with no penalty read ("the follow-up review found we no longer meet the
        # requirements", "复核时发现达不到要求了"): art_12 item 5 revokes for a penalty that costs them, so what
        # happened is asked back, never taken for a penalty
        if not any(e.type == "penalty" for e in r.events):
            for m in c.finditer(t.text, "conditions_after_penalty", "lost", lang=t.lang):
                if not self._doubted(t, m.start(), m.end()):
                    clause = t.clause_of(m.start())
                    r.leave(t.words(clause.start, clause.end), "event", eids=("art_12__item_5",))
        # an accident said to be minor ("it was only a minor injury", "属于轻伤"): what its sentence, or the words
        # just before it, say happened is its telling ("a forklift ran over a worker's foot; it was a minor injury")
        minor = [m.start() for m in c.finditer(t.text, "not_causes", "accident", lang=t.lang)]
        left: list[int] = []  # the sentences of the events left unread here
        for n, piece in enumerate(pieces):
            if any(a < piece.end and piece.start < b for a, b in taken):
                continue  # its event is read, or told of as no cause
            told = pieces[n + 1] if n + 1 < len(pieces) else None
            if any(t.sentence_of(x) == t.sentence_of(piece.start) or (told and told.start <= x < told.end)
                   for x in minor):
                continue  # the minor accident's own telling
            after = pieces[n + 1] if n + 1 < len(pieces) else None
            if after is not None and t.sentence_of(after.start) == t.sentence_of(piece.start) and \
                    c.search(t.text[after.start:after.end], "accident_graded_after", lang=t.lang):
                continue  # the accident graded next ("产品出了质量问题，被认定为一般质量事故")
            sentence = t.sentence_of(piece.start)
            if self._has(t, "event_found_out", start=piece.start, end=piece.end) and \
                    any(sentence.start <= a < sentence.end for a, _ in taken):
                continue  # the event read beside it came to light ("…多报了两条产线，现在被发现了")
            start = piece.start
            # (the title named, or in the clause that asks: "一个大客户取消了订单" before it says something happened)
            if self._has(t, "title_words", start=piece.start, end=piece.end) and \
                    c.search(t.raw[sentence.start:sentence.end + 1], "question_end", lang=t.lang) and \
                    (self._has(t, "title_nouns", start=piece.start, end=piece.end)
                     or any(a.start < piece.end and piece.start < a.end for a in asking)):
                cause = self._has(t, "event_cause", start=piece.start, end=piece.end)
                if cause is None:
                    continue  # the question of the title ("has the title been affected?")
                start = cause.end()
            cuts = sorted({start, piece.end, *(x for a, b in frame for x in (a, b) if start < x < piece.end)})
            for lo, hi in itertools.pairwise(cuts):
                if any(a <= lo and hi <= b for a, b in frame):
                    continue  # the recognition's or the title's own words
                said = self._has(t, "event_said", start=lo, end=hi)
                # stated plainly, with no word of its past ("银行抽贷", "the bank is calling in our loans"): words
                # bearing on a cause of art_12 are what the factory tells, asking of its title (a state, "注册在北京",
                # "we are based in Tianjin", tells nothing; nor the words that ask, "anything we need to report?", but
                # after `event_cause` there)
                plain = said is None and bool(self._bears_on(t, lo, hi)) and \
                    not self._has(t, "event_state", start=lo, end=hi) and \
                    not self.cues.search(t.text[lo:hi].strip(_TRIM + " "), "event_asked", lang=t.lang) and \
                    (start > piece.start or not any(a.start < hi and lo < a.end for a in asking))
                before = [x for x in t.sentences if x.end <= sentence.start][-1:]
                if plain and self._has(t, "event_told_again", start=lo, end=hi) and \
                        any(t.sentence_of(a) in (sentence, *before) for a, _ in read):
                    continue  # the event read just before, told of again ("the investigation into its grade goes on")
                if (said is None and not plain) or \
                        self._has(t, "event_negation", start=lo, end=hi if plain else said.end()):
                    continue  # none happened ("nothing has changed since", "没有出现其他问题")
                # words of their own, not a level and a particle ("已经评为基础级了": nothing happened)
                rest = re.sub("|".join(map(re.escape, self.cues["level_keys"])), " ", t.text[lo:hi], flags=re.I)
                if len(re.sub(r"[\W_]", "", rest)) < (2 if t.lang == "zh" else 4):
                    continue
                # from the last joiner before its verb ("in 2025 and our CEO was arrested": "our CEO was arrested")
                # (a plain statement from a joiner that opens it: "and our lender wants its money back")
                lo = max([m.end() for m in c.finditer(t.text, "joiner", lang=t.lang, pos=lo,
                                                       endpos=hi if plain else said.start())
                          if not plain or not t.text[lo:m.start()].strip()], default=lo)
                # the causes its words may bear on are left open and asked back (words bearing on none of them: any,
                # `event_bears_on_otherwise`)
                # bearing only on what an event read in its sentence, or the one before or after it, bears on ("a
                # pipe burst and leaked chemicals; the authorities rated it a general environmental incident"): that
                # event's telling, not another
                k = t.sentences.index(sentence) if sentence in t.sentences else -1
                near = t.sentences[max(0, k - 1):k + 2] if k >= 0 else [sentence]
                causes = self._bears_on(t, lo, hi)
                if left and k >= 0 and k - left[-1] <= 1 and self._has(t, "event_unconfirmed", "pending", start=lo,
                                                                       end=hi):
                    continue  # the event left just before, said to be still looked into ("the bureau is checking")
                # (an event denied is none: "还没有处罚决定" tells no penalty a reported violation would be the
                # telling of)
                told = {x for a, b in read if any(n.start <= a < n.end for n in near)
                        and not self._has(t, "event_negation", start=t.clause_of(a).start, end=a)
                        for x in self._bears_on(t, a, b)}
                if causes and set(causes) <= told:
                    continue
                r.leave(t.words(lo, hi), "event", eids=causes or [c["event_bears_on_otherwise"]])
                left.append(k)

    def _unconfirmed(self, t: _Text, kind: str, s: int, e: int,
                     found: list[tuple[int, int, str]]) -> list[tuple[int, int]] | None:
        """The spans of the words saying the event of ``kind`` at ``s..e`` is only alleged (``event_unconfirmed``
        ``alleged``, before it in its clause: "有人举报我们…造假", "there is an allegation that …") or still being
        looked into (``pending``, after it in its sentence or the next, up to the next event: "正在核查，还没有结论",
        "the investigation is ongoing"), where no finding is said there (``confirmed``: "经查属实", "an audit
        confirmed", "如果属实"); else None."""
        c, u = self.cues, self.cues.data["event_unconfirmed"]
        clause = t.clause_of(s)
        stop = self._said_after(t, e, found)
        told = []
        if kind not in u["alleged_not_of"]:
            told += [m.span() for m in c.finditer(t.text, "event_unconfirmed", "alleged", lang=t.lang,
                                                  pos=clause.start, endpos=s)]
        # (pending words may stand before the event in its clause too: "法院下个月开庭审理对我们的破产申请")
        pending = [m.span() for m in c.finditer(t.text, "event_unconfirmed", "pending", lang=t.lang,
                                                pos=min(clause.start, e), endpos=stop)] if kind in u["pending_of"] else []
        told += pending
        if not told:
            return None
        found_so = c.finditer(t.text, "event_unconfirmed", "confirmed", lang=t.lang, pos=clause.start, endpos=stop)
        if any(not any(a < m.end() and m.start() < b for a, b in pending) for m in found_so):
            return None  # "经核查属实", "confirmed by an audit" (not "尚未证实", "not yet confirmed")
        return told

    def _tells_what_it_was(self, t: _Text, event: int, at: int) -> bool:
        """The words at ``at`` stand in the clause right after the event's at ``event``, in its sentence, which opens by
        saying what it was ("有位员工被机器夹伤了手指，属于轻微伤", "a worker hurt his hand, which was a minor
        injury")."""
        here, there = t.clause_of(event), t.clause_of(at)
        nxt = next((c for c in t.clauses if c.start >= here.end), None)
        return nxt == there and t.sentence_of(at) == t.sentence_of(event) and \
            self.cues.search(t.text[there.start:at], "accident_which", lang=t.lang) is not None

    def _bears_on(self, t: _Text, start: int, end: int) -> list[str]:
        """The causes of art_12 the words ``start..end`` may bear on (``event_bears_on``)."""
        return [cause for cause in self.cues["event_bears_on"]
                if self.cues.search(t.text[start:end], "event_bears_on", cause, lang=t.lang)]

    def _said_over(self, t: _Text, kind: str, start: int, end: int) -> bool:
        """Words in ``start..end`` that make an event of ``kind`` no cause (``not_causes_after``: "现已复产"), not
        denied just before them in their clause (``not_causes_after_denied``: "还没有恢复生产", "has not reopened")."""
        c = self.cues
        return any(not c.search(t.text[t.clause_of(m.start()).start:m.start()], "not_causes_after_denied", lang=t.lang)
                   for m in c.finditer(t.text, "not_causes_after", kind, lang=t.lang, pos=start, endpos=end))

    @staticmethod
    def _said_after(t: _Text, end: int, found: list[tuple[int, int, str]]) -> int:
        """Where the words said after an event that ends at ``end`` stop: the end of the next sentence (its own when
        it is the last), or the next event read before that."""
        sentence = t.sentence_of(max(0, end - 1))
        later = [s for s in t.sentences if s.start >= sentence.end]
        stop = later[0].end if later else sentence.end
        return min([s for s, _, _ in found if end <= s < stop], default=stop)

    def _event_spans(self, t: _Text, keys: tuple[str, ...], pos: int = 0) -> list[tuple[int, int]]:
        """The spans, from ``pos`` on, of every art_12 event's cue and of the other cues ``keys`` (an accident's, a
        move's …)."""
        c = self.cues
        return [m.span() for k in c["events"] for m in c.finditer(t.text, "events", k, lang=t.lang, pos=pos)] + \
            [m.span() for key in keys for m in c.finditer(t.text, key, lang=t.lang, pos=pos)]

    def _before_recognition(self, t: _Text, s: int, e: int, found: list[tuple[int, int, str]]) -> bool:
        """The event at ``s..e`` is said, in its sentence, to have happened before the recognition ("获评先进级之前，
        我们发生过…", "we had a major accident two years before we were recognised"): the words saying so stand
        before or after it with no other event between them."""
        sentence = t.sentence_of(s)
        for m in self.cues.finditer(t.text, "before_recognition", lang=t.lang, pos=sentence.start, endpos=sentence.end):
            lo, hi = (m.end(), s) if m.end() <= s else (e, m.start())
            if lo <= hi and not any(lo <= x < hi for x, _, _ in found):
                return True
        return False

    def _whole_group(self, t: _Text, s: int) -> int | None:
        """Where the words naming a whole the applicant may be part of (its group, head office, parent company)
        begin, when they lead the clause of ``s`` as its subject; else None."""
        clause = t.clause_of(s)
        m = self._has(t, "whole_group", start=clause.start, end=clause.end)  # (its words may look past ``s``)
        return m.start() if m is not None and m.start() < s else None

    def _of_another(self, t: _Text, s: int) -> bool:
        """The event whose words start at ``s`` is said of another firm named before it in its clause (a
        supplier, a customer, a competitor), not of the asker: no word of the asker's own between them, and
        the firm not the agent of a passive ("被一家上市公司收购", "acquired by a supplier")."""
        clause = t.clause_of(s)
        for p in self.cues.finditer(t.text, "other_party", lang=t.lang, pos=clause.start, endpos=s):
            if self._has(t, "own_subject", start=p.end(), end=s) is None and \
                    self.cues.search(t.text[clause.start:p.start()], "party_agent", lang=t.lang) is None:
                return True
        return False

    def _dated(self, t: _Text, r: CaseReading) -> None:
        """The days a recognised factory's dates allow: an event dated by a month or a year keeps its first and
        last day (``Event.within``: the widest of the dates read as its day); the date of the recognition,
        where the words saying it name one ("2025年6月获评", "recognised … in March 2026"), is read as
        ``r.recognised``: one date only, else none (two dates there are not guessed between)."""
        for i, e in enumerate(r.events):
            ds = [d for d in t.dates if e.date and d.day.isoformat() == e.date and d.within]
            if ds:
                widest = (min(d.within[0] for d in ds).isoformat(), max(d.within[1] for d in ds).isoformat())
                at = t.raw.find(e.words)
                # the words from its date (the nearest of its sentence) to the event's
                near = sorted((d for d in ds if at >= 0 and t.sentence_of(d.start) == t.sentence_of(at)),
                              key=lambda d: min(abs(d.start - at - len(e.words)), abs(at - d.end)))
                dated = t.words(min(near[0].start, at), max(near[0].end, at + len(e.words))) if near else ""
                r.events[i] = replace(e, within=widest, dated=dated)
        c = self.cues
        cues = self._event_spans(t, ("accident", *_MOVE_CUES))
        found: dict[date, Fact] = {}
        # the words of a recognition: its verb ("获评", "recognised") or the statement that the title is held
        # ("we won the advanced title in September 2025", "我们的先进级称号是2025年9月拿到的")
        for m in itertools.chain(c.finditer(t.text, "recognised_when", lang=t.lang),
                                 c.finditer(t.text, "recognised_held", lang=t.lang)):
            clause = t.clause_of(m.start())
            # the recognition's words: from the event said before them in their clause to the one after
            lo = max([b for a, b in cues if clause.start <= a and b <= m.start()], default=clause.start)
            hi = min([a for a, _ in cues if m.end() <= a < clause.end], default=clause.end)
            ds = [d for d in t.dates if lo <= d.start < hi and d.day <= t.today]
            if len(ds) != 1:
                continue
            d = ds[0]
            s, e = min(d.start, m.start()), max(d.end, m.end())
            found.setdefault(d.day, Fact("recognised_on", d.day.isoformat(), t.words(s, e), s, e, d.span()))
        if len(found) == 1:
            r.recognised = next(iter(found.values()))

    def _names_last(self, t: _Text, r: CaseReading, s: int, accidents: list[tuple[int, int]]) -> bool:
        """The accident words at ``s`` name the accident read just before them, in their clause, as what
        it was classed as ("…被认定为较大事故", "classed as a major …")."""
        if not r.events or r.events[-1].type != "accident":
            return False
        clause, sentence = t.clause_of(s), t.sentence_of(s)
        before = [x_end for x_start, x_end in accidents if clause.start <= x_start and x_end <= s]
        if before:  # "…被认定为较大事故", "泄漏是较大突发环境事件", "the leak was a major incident"
            return self._has(t, "accident_is", start=max(before), end=s) is not None or \
                self.cues.search(t.text[max(before):s], "accident_copula", lang=t.lang) is not None
        # a clause that classes, with no accident of its own before: the accident said before in its sentence
        # ("车间发生火灾，造成1人死亡，被定为一般事故", "a spill, which was a larger environmental incident")
        earlier = [x_start for x_start, x_end in accidents if sentence.start <= x_start and x_end <= clause.start]
        if not earlier and clause.start == sentence.start and self.cues.search(
                t.text[clause.start:s], "accident_graded_after", lang=t.lang) is not None:
            # a sentence opening by grading "it" ("…had a fire in the paint shop; it was rated a general accident"):
            # the accident of the sentence before, when no other event is read between them
            before = [x for x in t.sentences if x.end <= sentence.start]
            prev = before[-1] if before else None
            return prev is not None and any(prev.start <= a and b <= prev.end for a, b in accidents) \
                and not any(a < s and b > prev.start and not any(a == x for x, _ in accidents)
                            for a, b in self._event_spans(t, ("move",), pos=prev.start))
        return bool(earlier) and (self._has(t, "accident_is", start=clause.start, end=s) is not None or
                                  self.cues.search(t.text[clause.start:s], "accident_which", lang=t.lang) is not None)

    def _again(self, t: _Text, r: CaseReading, s: int) -> bool:
        """The accident words at ``s`` name again the one accident read before ("the accident was graded as a
        larger one", "该事故被认定为一般事故"): its grade or kind, not another accident."""
        if sum(e.type == "accident" for e in r.events) != 1 or r.events[-1].type != "accident":
            return False
        return self.cues.search(t.text[max(0, s - 8):s], "accident_again", lang=t.lang) is not None

    def _same_accident(self, t: _Text, r: CaseReading, s: int, accidents: list[tuple[int, int]]) -> bool:
        """The accident words at ``s`` follow the accident read just before them with nothing between
        ("火灾事故", "fire accident"): one accident named twice."""
        if not r.events or r.events[-1].type != "accident":
            return False
        return any(x_end <= s and not t.text[x_end:s].strip() for _, x_end in accidents)

    def _conditions_after(self, t: _Text, end: int) -> dict[str, Any]:
        """Whether a penalty left the recognition conditions met, as its sentence says after it
        (art_12__item_5: "不再符合认定条件", "still meet all the recognition conditions"); nothing when the
        words are asked or doubted ("是否仍符合认定条件")."""
        sentence = t.sentence_of(end)
        for key, value in (("lost", True), ("kept", False)):
            m = self._has(t, "conditions_after_penalty", key, start=end, end=sentence.end)
            if m is not None and not self._doubted(t, m.start(), m.end()):
                return {"no_longer_meets_conditions": value}
        # said in a sentence of its own after it ("…fined in April; because of the fine we no longer meet the
        # recognition conditions"): the penalty's, when no event is named between the two
        stop = min((a for a, _ in self._event_spans(t, ("accident", "casualty", "move"), pos=sentence.end)),
                   default=len(t.text))
        found = [(m, value) for key, value in (("lost", True), ("kept", False))
                 if (m := self._has(t, "conditions_after_penalty", key, start=sentence.end, end=stop)) is not None
                 and not self._doubted(t, m.start(), m.end())]
        if len(found) == 1:
            return {"no_longer_meets_conditions": found[0][1]}
        return {}

    def _event_date(self, t: _Text, start: int, end: int, said: Span) -> When | None:
        """The date of an event: the one of its part ("on 2026-01-10 we had an accident and on 2026-03-02
        we were fined"), else of its clause, else of its sentence, leaving out the date of the
        recognition's words (unless the event is said in them)."""
        for span in (t.part_of(start), t.clause_of(start), t.sentence_of(start)):
            ds = [d for d in t.dates if span.start <= d.start < span.end and d.day <= t.today
                  and (not said.start <= d.start < said.end or said.start <= start < said.end)]
            if len(ds) == 1:
                return ds[0]
            if len(ds) > 1:
                return None
        return None

    def _accident(self, t: _Text, hits: list[Hit], s: int, e: int,
                  accidents: list[tuple[int, int]]) -> tuple[dict[str, Any], int]:
        """An accident's grade and kind: the names between the accident before it in its clause and its
        own words ("a larger environmental accident and a general safety accident"), else its clause;
        a grade or kind stated apart ("发生了突发环境事件，等级是重大") is taken from its sentence when
        the sentence speaks of this accident only. A name read twice with two values is left out."""
        clause, sentence = t.clause_of(s), t.sentence_of(s)
        before = max([x_end for x_start, x_end in accidents if clause.start <= x_start and x_end <= s],
                     default=clause.start)
        alone_in_clause = sum(clause.start <= x < clause.end for x, _ in accidents) == 1
        alone_in_sentence = sum(sentence.start <= x < sentence.end for x, _ in accidents) == 1

        def named(kind: str, lo: int, hi: int) -> tuple[set[str], list[int]]:
            inside = [h for h in hits if lo <= h.start < hi and h.of(kind)]
            return {x.key for h in inside for x in h.of(kind) if x.key}, [h.start for h in inside]

        details: dict[str, Any] = {}
        start = s
        for kind, field_name in (("grade", "grade"), ("incident_kind", "kind")):
            spans = [(before, e)]
            if alone_in_clause:
                spans.append((clause.start, clause.end))
            if alone_in_sentence:
                spans.append((sentence.start, sentence.end))
            for lo, hi in spans:
                keys, starts = named(kind, lo, hi)
                if keys:
                    if len(keys) == 1:
                        details[field_name] = next(iter(keys))
                        start = min([start, *(x for x in starts if x < s)])
                    break
        return details, start

    def _moved(self, t: _Text, hits: list[Hit], r: CaseReading, said: Span) -> None:
        places = [h for h in hits if h.of("province", "district", "area")]
        moves = _longest([(m.start(), m.end(), m) for key in _MOVE_CUES
                          for m in self.cues.finditer(t.text, key, lang=t.lang)])
        for _, _, m in moves:
            clause = t.clause_of(m.start())
            reg = self._has(t, "registration", start=clause.start, end=clause.end)
            titles = [x.span() for x in self.cues.finditer(t.text, "the_title", lang=t.lang)]
            plant = next((p for p in self.cues.finditer(t.text, "plant", lang=t.lang, pos=clause.start,
                                                        endpos=clause.end)
                          if not any(a <= p.start() < b for a, b in titles)), None)
            if reg is None or (plant and not (reg.start() < plant.start() < reg.end() + 4)):
                # the plant moved, or an office: the registration did not (art_12__item_4 looks at it)
                if plant is not None:
                    r.considered.append("registered_address_moved")
                continue
            if self._has(t, "event_negation", start=clause.start, end=m.start()):
                r.considered.append("registered_address_moved")  # "we have not moved our registration"
                continue
            origin = self.cues.get("change_from", lang=t.lang)
            reach = self._move_reach(t, clause, origin)
            after = [h for h in places if m.end() <= h.start < reach and not self._follows(
                t.text[clause.start:h.start], origin)]
            again = self.cues.get("reregister", lang=t.lang)
            if not after and again is not None and again.fullmatch(m.group(0)):
                # "在河北重新注册": a registration done anew, where it was done before it
                at = self.cues.get("registered_at", lang=t.lang)
                after = [h for h in places if clause.start <= h.start < m.start()
                         and self._follows(t.text[clause.start:h.start], at)]
            # "out of Beijing to Hebei": the place named beyond Beijing, else "outside Beijing"
            beyond = [h for h in after if any((p := self._province_of(x)) and self._outside(p) for x in h.terms)]
            when = self._event_date(t, m.start(), m.end(), said)
            details: dict[str, Any] = {}
            names: dict[str, str] = {}
            out = self._has(t, "out_of_beijing", start=m.start(), end=clause.end)
            if out is not None and beyond:
                after = beyond
            if out is not None and not beyond:  # "out of Beijing" names Beijing, but not as where it went
                details["province"] = self.cues["out_of_beijing_value"]
                names = {lang: str(v) for lang, v in self.cues["out_of_beijing_names"].items()}
                end = out.end()
            elif after:
                dest = after[-1]
                province = next((p for x in dest.terms if (p := self._province_of(x))), None)
                if province is None:
                    continue
                # a move within Beijing is a move too: the engine finds it no cause (art_12__item_4)
                details["province"] = self.lexicon.label(province, "zh")
                names = {lang: self.lexicon.label(province, lang) for lang in ("zh", "en")}
                end = dest.end
            elif (inside := self._has(t, "within_beijing", start=clause.start, end=clause.end)) is not None:
                # "在北京市内跨区迁移", "to another district of Beijing": a move within the home area, no place named
                details["province"] = self.lexicon.label(self.home, "zh")
                names = {lang: self.lexicon.label(self.home, lang) for lang in ("zh", "en")}
                end = max(m.end(), inside.end())
            else:
                end = m.end()
            words = t.words(min(reg.start(), m.start()), end)
            r.events.append(Event("registered_address_moved", words, when.day.isoformat() if when else None, details,
                                  names, day_named=bool(when and when.exact)))
            return

    @staticmethod
    def _move_reach(t: _Text, clause: Span, origin: re.Pattern[str] | None) -> int:
        """Where the places of a move said in ``clause`` may stand: the clause, and the next one in its sentence when
        that opens with where the move started ("we moved our registered office across town, from Fengtai to
        Haidian")."""
        nxt = next((c for c in t.clauses if c.start >= clause.end), None)
        if origin is None or nxt is None or t.sentence_of(nxt.start) != t.sentence_of(clause.start):
            return clause.end
        opening = origin.match(t.text, nxt.start + len(t.text[nxt.start:nxt.end]) - len(
            t.text[nxt.start:nxt.end].lstrip(" ,，")))
        return nxt.end if opening is not None else clause.end

    @staticmethod
    def _follows(before: str, cue: re.Pattern[str] | None) -> bool:
        """``before`` ends with ``cue`` ("from Beijing", "从北京": the place where the move started)."""
        end = len(before.rstrip())
        return cue is not None and any(m.end() == end for m in cue.finditer(before))

    def _outside(self, province: str) -> bool:
        return province != self.home

    @property
    def home(self) -> str:
        """The province-level unit of the measures (Beijing): the one a registration must lie in."""
        return str(URIRef(self.cues["home_area"]))

    # ---- conflicts ----------------------------------------------------------------------------------
    def _settle(self, r: CaseReading) -> None:
        """One field read twice with two values is not guessed: both go to ``unread``. A list said empty beside an
        item of it read is a denial of a time or of others ("五年前出过一起较大安全事故，近三年一起事故都没有",
        "fined in 2019; no violations since"): the item stands, the denial says no more."""
        items = {f.path.split(".")[0] for f in r.facts if "." in f.path}
        r.facts[:] = [f for f in r.facts if not (f.value == [] and f.path in items)]
        by_path: dict[str, list[Fact]] = {}
        for f in r.facts:
            by_path.setdefault(f.path, []).append(f)
        keep: list[Fact] = []
        for facts in by_path.values():
            values = {repr(f.value) for f in facts}
            if len(values) == 1:
                keep.append(facts[0])
            else:
                for f in facts:  # "incidents.0.grade" is asked as the incidents
                    r.leave(f.words, "conflict", [field_of(f.path)])
        r.facts = sorted(keep, key=lambda f: (f.start, f.path))
        r.unread = list(dict.fromkeys(u for u in r.unread if u))


def mention_span_eq(a: Mention, b: Mention) -> bool:
    """Two mentions of the same words (one name of two concepts: "食品" of C13 and of C14)."""
    return (a.start, a.end, a.space) == (b.start, b.end, b.space)


def mention_span(text: str, m: Mention) -> tuple[int, int]:
    """A matcher mention's (start, end) in the question's characters: Chinese names are matched on
    the text without spaces and English ones on its tokens, so both are mapped back."""
    if m.space == "token":
        tokens: list[tuple[int, int]] = []
        for w in _WORD.finditer(text.lower()):
            tokens += [w.span()] * len(expand_code(w.group()))
        if m.end <= len(tokens):
            return tokens[m.start][0], tokens[m.end - 1][1]
    elif m.space == "char":
        dense = [i for i, ch in enumerate(text) if not ch.isspace()]
        if m.end <= len(dense):
            return dense[m.start], dense[m.end - 1] + 1
    return m.start, m.end
