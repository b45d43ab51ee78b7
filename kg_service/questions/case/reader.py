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

The reading of each kind of fact is its own module, a part of ``CaseReader``: ``indicators``,
``statements`` (conditions, factory, registration), ``incidents`` (accidents, violations, filing),
``domains`` (and maturity), ``trades`` (industry) and ``events`` (a recognised factory's events);
``passage`` holds the text as spans. This module reads the level, dates and the date asked, and settles.

Nothing here decides: the Service decides the reading. No rule value, grade or condition is spelled
here; the words are the YAML's and the graph's.
"""
from __future__ import annotations

import itertools
import re
from calendar import monthrange
from datetime import date, timedelta
from typing import Any

from rdflib import URIRef

from kg_service.graph import KnowledgeGraph
from kg_service.industry import narrowest_common
from kg_service.questions.case import numbers
from kg_service.questions.case.cues import Cues
from kg_service.questions.case.domains import DomainReading
from kg_service.questions.case.events import EventReading
from kg_service.questions.case.identity import IdentityReading
from kg_service.questions.case.incidents import IncidentReading
from kg_service.questions.case.indicators import IndicatorReading
from kg_service.questions.case.lexicon import Hit, Lexicon
from kg_service.questions.case.model import CaseReading, Fact, field_of
from kg_service.questions.case.passage import (
    MOVE_CUES,
    TRIM,
    Passage,
    Span,
    When,
    longest,
    shift_years,
    split_spans,
    table_rows,
    unclosed_bracket,
)
from kg_service.questions.case.statements import StatementReading
from kg_service.questions.case.trades import TradeReading
from kg_service.questions.case.turns import TurnReading
from kg_service.questions.structured import Mention
from kg_service.questions.text import to_simplified

_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


# what may stand between a value and the words that take it back: punctuation and fillers ("，哦不对", " - sorry")
_BETWEEN_WORDS = re.compile(r"[\s，,。.;；:：—\-–~～（(）)!！…哦噢喔呃啊额嗯]*")
_INSTEAD = re.compile(r"[\s，,:：—\-–]*[^，,。；;.!?！？\n]*")

class CaseReader(IndicatorReading, StatementReading, IncidentReading, DomainReading, TradeReading, EventReading,
                 IdentityReading, TurnReading):
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
        self.days_ago = {lang: c.compiled_list("days_ago", lang) for lang in ("zh", "en")}
        # industries: division -> code; group -> its divisions
        self.division_code: dict[str, str] = {}
        self.group_divisions: dict[str, list[str]] = {}
        for row in kg.select("read_case_divisions", memo=True):
            d = str(row["division"])
            self.division_code[d] = str(row["notation"])
            if row.get("group") is not None:
                self.group_divisions.setdefault(str(row["group"]), []).append(d)
        # a division's product words that name one of its groups or classes alone (锂离子电池: C3841)
        self.subdivision_code: dict[tuple[str, str], str] = {}
        for row in kg.select("read_case_subdivisions", memo=True):
            key = (str(row["division"]), str(row["word"]).lower())
            code = str(row["notation"])
            self.subdivision_code[key] = narrowest_common([self.subdivision_code.get(key, code), code])
        # a division's product words naming one of two or more of its groups or classes (片剂: C2720 or C2740)
        self.subdivision_among: dict[tuple[str, str], set[str]] = {}
        for row in kg.select("read_case_shared_products", memo=True):
            iri, code = str(row["sub"]).rsplit("-", 1)
            self.subdivision_among.setdefault((f"{iri}-{code[:3]}", str(row["word"]).lower()), set()).add(code)
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
             today: date | None = None, chat: bool = True) -> CaseReading:
        """``chat`` False: the words are one line of a chat read alone (``turns``), no chat of their own."""
        today = today or date.today()
        lang = "zh" if lang == "zh" else "en"
        source, words = words, to_simplified(words)  # "聯網率72%": read as 联网率, quoted as written
        words = self._typos_fixed(words)  # "matuirty level 3": read as meant (raw words too: the maturity cue's)
        t = self._prepare(words, lang, today)
        t.source = source
        r = CaseReading(words=source, lang=lang, first_person=bool(self.cues.search(words, "first_person", lang=lang)))
        if not r.first_person and not t.for_client and self._has(t, "generic_case") and \
                not self._has(t, "implicit_case", "told") and not self._recognised(t):
            # "If a firm had a major accident, can it apply?": a case supposed of any firm, the rule asked; only
            # the day it would apply on is read ("if a company applies in 2027": the measures in force then). A
            # recognised factory's events are still read: their causes of art_12 answer what becomes of the title
            self._as_of(t, r)
            r.level = self._level(t) if r.as_of is not None else None
            return r
        r.level = self._level(t)
        self._identity(t, r)  # first: the name's words are no trade, place or statement ("北京…仪器有限公司")
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
        self._factory(t, r)  # (before the statements: a plant said running makes them the asker's case)
        self._statements(t, r)
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
        self._retracted(t, r)
        if chat:
            self._answers(words.translate(_FULLWIDTH), lang, today, r)
        self._settle(r)
        r.mode = "eligibility" if (r.facts or r.unread) else None
        if r.mode is None and r.as_of is None and not t.speaks and \
                (self._has(t, "policy_question") or self._has(t, "requirement")):
            r.level = None  # "先进级的经营管理环节包括什么？": the rule's level, no case of the asker's
        return r

    def _retracted(self, t: Passage, r: CaseReading) -> None:
        """A value taken back just after it is said ("成熟度是三级，哦不对，…二级", "registered in Chaoyang - sorry,
        …"): not the asker's; the value said instead is kept when read as a fact of its own, else the field is
        asked. (An indicator's correction is read by the indicators' reader, which puts the number said instead
        in its place.)"""
        for f in [f for f in r.facts if f.start >= 0 and not f.path.startswith("indicators.")]:
            m = self.cues.search(t.text, "restated", "correction", lang=t.lang, pos=f.end,
                                 endpos=min(len(t.text), f.end + 16))
            if m is None or not _BETWEEN_WORDS.fullmatch(t.text[f.end:m.start()]):
                continue
            r.facts.remove(f)
            if not any(g.path == f.path and g.start >= m.end() for g in r.facts):
                instead = _INSTEAD.match(t.text, m.end())  # what is said in its place: to its clause's end
                r.leave(t.words(f.start, instead.end() if instead else m.end()), "conflict", [f.path])

    def _typos_fixed(self, text: str) -> str:
        """The words misspelt as people type them (``typos``: "netwroking", "数控化律", "备按") read as the words
        meant, in either language; a fix of another length is not made (spans stay)."""
        for entry in self.cues.data.get("typos") or []:
            text = re.sub(entry["wrong"], lambda m, right=entry["right"]: right if len(right) == len(m.group(0))
                          else m.group(0), text)
        return text

    def _prepare(self, words: str, lang: str, today: date) -> Passage:
        c = self.cues
        text = self._typos_fixed(table_rows(words.translate(_FULLWIDTH)))  # "６９％" is 69%: one character for one
        if lang == "zh":
            text = numbers.numeral_dates(text)  # "二〇二六年三月三十号": a date in figures, one character for one
        quoted = c.get("quoted_mail", lang=lang)  # an e-mail's quoted earlier message states nothing of the case
        if quoted is not None:
            # (a header with nothing before it heads the asker's own words: "发件人：赵工…。我们8条产线…")
            text = quoted.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)) if text[:m.start()].strip() or
                              m.group(0).lstrip().startswith(">") else m.group(0), text)
        for m in c.finditer(text, "answer_line", lang=lang):  # "Q2. Any bad credit record?\nA: No": one form line
            text = text[:m.start()] + " " * (len(m.group(0)) - 1) + ":" + text[m.end():]
        for key in ("numbered_question", "form_question"):  # "Q1 Registered in Beijing? Yes.": a form's line
            for m in c.finditer(text, key, lang=lang):
                text = text[:m.start(1)] + ("：" if m.group(1) == "？" else ":") + text[m.end(1):]
        # blanked, one space a character: codes that look like numbers ("GB/T 39116-2020"), a hesitation between commas
        # ("is, um, seventy-four": one clause), an abbreviation inside a name ("NC (CNC) rate": one name)
        for key in ("masked", "speech_filler", "alias_bracket"):
            blank = c.get(key, lang=lang)
            if blank is not None:
                text = blank.sub(lambda m: " " * len(m.group(0)), text)
        for m in c.finditer(text, "value_bracket", lang=lang):  # "数控化率（72%）": the name's value, no aside
            for g in (1, 2):
                text = text[:m.start(g)] + " " + text[m.end(g):]
        t = Passage(raw=words, text=text, lang=lang, today=today)
        self._quiet_questions(t)  # a pasted chat: the other's questions state nothing of the case
        t.clauses = split_spans(text, c.get("clause_break", lang=lang))
        for m in c.finditer(text, "bracketed", lang=lang):  # "(target: 85%)": a clause of its own
            cuts = (m.start() + 1, m.end() - 1)
            t.clauses = [Span(a, b) for x in t.clauses for a, b in itertools.pairwise(
                sorted({x.start, x.end, *(i for i in cuts if x.start < i < x.end)}))]
        t.sentences = split_spans(text, c.get("sentence_break", lang=lang))
        t.parts = split_spans(text, c.get("part_break", lang=lang))
        t.dates = self._dates(t)
        # the asker's own case: in the first person, or stated plainly and then asked of ("近三年财务状况良好，
        # 无不良信用记录，第三项条件满足吗？"), unless it is a rule's wording ("财务状况良好的企业能报吗？")
        # (or told of the applicant in the third person, a form's line answered: "该企业无不良信用记录", "是否…：是")
        t.speaks = bool(c.search(words, "first_person", lang=lang)) or (
            bool(c.search(words, "implicit_case", "asks", lang=lang) or c.search(words, "implicit_case", "told",
                                                                                lang=lang)
                 or c.search(words, "implicit_case", "declared", lang=lang))  # told plainly, nothing asked
            and not c.search(words, "implicit_case", "rule", lang=lang))
        # an intermediary asking for the client it names ("我们是咨询公司，服务的一家客户…", "on behalf of a client")
        client = c.search(text, "asking_for_party", lang=lang)
        selves = [(m.start(), m.end()) for m in c.finditer(text, "intermediary", lang=lang)]
        t.for_client = bool(c.search(text, "asking_for", lang=lang)) or bool(client and selves)
        t.intermediary = selves if t.for_client else []
        t.speaks = t.speaks or t.for_client  # the client's case is the one asked about
        return t

    def _foreign(self, t: Passage, hits: list[Hit]) -> list[Hit]:
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

    def _has(self, t: Passage, *path: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        return self.cues.search(t.text, *path, lang=t.lang, pos=start, endpos=end)

    def _not_had(self, t: Passage, start: int, end: int) -> bool:
        """The accident's words at ``start..end`` tell of none had (``accident_not_had``: a drill or exercise of one,
        a hazard found, a near miss -- "重大安全事故应急演练", "重大事故隐患", "a drill simulating a major chemical
        leak"), said right beside them in their clause, where no death or injury is told (an accident during a drill
        is one)."""
        clause = t.clause_of(start)
        near = int(self.cues["accident_not_had_near"][t.lang])
        if self._has(t, "accident_not_had", start=max(clause.start, start - near), end=min(clause.end, end + near)) \
                is None:
            return False
        sentence = t.sentence_of(start)
        return self._has(t, "casualty", start=sentence.start, end=sentence.end) is None

    def _negated(self, t: Passage, start: int, end: int) -> re.Match[str] | None:
        """A negation in ``text[start:end]`` (the words before what it negates, in its clause); none where every
        negation there is one of two that affirm ("并非没有人才", "it is not that we lack talent"). A contrast between
        ends a negation's reach ("不是子公司而是独立法人", "not a branch but a legal person"), as a bracket opened
        between does."""
        turns = self.cues.finditer(t.text, "negation_turn", lang=t.lang, pos=start, endpos=end) if end > start else []
        turn = max(turns, key=lambda m: m.start(), default=None)
        if turn is not None:
            start = turn.end()
        opened = unclosed_bracket(t.text, start, end)
        if opened >= 0:
            start = opened + 1  # "no losses (finances sound)": a negation outside brackets does not reach into them
        neg = self._has(t, "negation", start=start, end=end) if end > start else None
        if neg is None:
            return None
        twice = [(m.start(), m.end()) for m in self.cues.finditer(t.text, "double_negation", lang=t.lang, pos=start,
                                                                   endpos=end)]
        if twice and all(any(a <= m.start() < b for a, b in twice)
                         for m in self.cues.finditer(t.text, "negation", lang=t.lang, pos=start, endpos=end)):
            return None
        return neg

    def _doubted(self, t: Passage, start: int, end: int) -> bool:
        """The words at ``start..end`` are asked or doubted, not stated: "是否符合产业政策", "我们算规上
        企业吗", "Are we above designated size?", or a rule asked about ("do we need a dedicated team")."""
        clause = t.clause_of(start)
        if self._has(t, "unsure", start=clause.start, end=start) or \
                (self._has(t, "requirement", start=clause.start, end=start)) or self._asks_rule(t, start):
            return True
        if self.cues.match(t.text[:clause.end], "supposed_after", lang=t.lang, pos=end):
            return True  # "数字化转型达到市里要求的话": a supposition
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

    def _asks_rule(self, t: Passage, start: int) -> bool:
        """The words at ``start`` stand after a rule's modal in their clause, in a question ("我们需要有专门的
        团队吗", "do we need 70% networking?", "must our company be registered in Beijing?"): the asker asks what
        the rules ask of them, and states nothing."""
        clause, sentence = t.clause_of(start), t.sentence_of(start)
        if not (self._has(t, "rule_asked", start=clause.start, end=start) or
                self._has(t, "requirement", start=clause.start, end=start)):
            return False
        return bool(self.cues.search(t.raw[sentence.start:sentence.end + 1], "question_end", lang=t.lang))

    # ---- level and mode ---------------------------------------------------------------------------
    def _level(self, t: Passage, besides: list[Span] = ()) -> str | None:
        """The level named; not by words in ``besides`` (the clause of the basic-level filing: "我们已完成基础级备案",
        "we filed as basic level" name the filing, not the level applied for)."""
        keys = self.cues["level_keys"]
        found: dict[int, str] = {}  # where each level is named

        def named(i: int) -> bool:
            return not any(b.start <= i < b.end for b in besides)
        for name, key in keys.items():
            if not name.isascii():
                found.update((m.start(), key) for m in re.finditer(re.escape(name), t.text) if named(m.start()))
        if t.lang == "en" or re.search("[A-Za-z]", t.text):  # (or English words in Chinese: "basic level的工厂")
            for m in self.cues.finditer(t.text, "level_word", lang=t.lang):
                if named(m.start()):
                    found[m.start()] = keys[m.group(1).lower()]
        if len(set(found.values())) > 1:
            # both named ("基础级/先进级自评报告摘录 … 能否认定为基础级？"): the level the last question names alone
            for s in reversed(t.sentences):
                asked = {k for i, k in found.items() if s.start <= i < s.end}
                if len(asked) == 1 and self.cues.search(t.raw[s.start:s.end + 1], "question_end", lang=t.lang):
                    return asked.pop()
        # "we never filed as basic: can we apply for advanced?" asks about the advanced level
        levels = set(found.values())
        return "advanced" if "advanced" in levels else ("basic" if "basic" in levels else None)

    def _recognised(self, t: Passage) -> re.Match[str] | None:
        """The words saying the factory holds the title: its statement ("we were named an advanced smart
        factory", "拿到先进级称号以后") where there is one, its words date the recognition; else a question
        asked of the title held ("do we lose the title", "could that cost us the title")."""
        return self._has(t, "recognised_held") or self._has(t, "recognised") or self._has(t, "title_asked") \
            or self._has(t, "recognised_said") \
            or self._has(t, "recognised_other") \
            or self._after_event(t)
        # (short words: recognised17; third person, mixed words: revoc18; a title asked after an event: lead71)

    def _after_event(self, t: Passage) -> re.Match[str] | None:
        """A level's title asked of alone after an art_12 event's words ("…cannot operate normally. Advanced
        title?"); the events are looked for only where the words ask so."""
        m = self._has(t, "recognised_after_event")
        return m if m is not None and self._event_spans(t, ("accident",)) else None

    def _basic_applying_advanced(self, t: Passage, m: re.Match[str], r: CaseReading) -> bool:
        """"我们已经获评基础级，想申请先进级": recognised at the basic level and applying for the
        advanced one is an application (art_7), not a question of revocation: the basic level is held."""
        # the level recognised: named in the words after the recognition's, or before them in its clause ("基础级：
        # 已认定", "基础级我们去年就认定了"); never the advanced one there ("由基础级升为先进级")
        at = m.start()
        said = t.text[at:min(len(t.text), m.end() + 6)]
        basic = self.cues.search(said, "filing_basic", lang=t.lang)
        if basic is None:
            clause = t.clause_of(m.start())
            at = clause.start
            said = t.text[at:min(clause.end, m.end() + 6)]
            basic = self.cues.search(said, "filing_basic", lang=t.lang)
        own = t.text[at:min(t.clause_of(m.start()).end, m.end() + 6)]  # (not "…基础级，想报先进级")
        if basic is None or self.cues.search(own, "level_advanced", lang=t.lang):
            return False
        if any(self._has(t, "events", k) for k in self.cues["events"] if self.cues.get("events", k, lang=t.lang)):
            return False
        # the advanced level sought after it ("想申请先进级", "先进级有戏吗"); or, no event and nothing of the title
        # asked, the basic level held is only told ("We got basic-level status from Fengtai district", "是否已认定为
        # 基础级智能工厂：是\n成熟度：二级"): a case for the level above it, not a question of revocation
        if not (self._has(t, "applying", start=m.end()) or self._has(t, "asks_advanced", start=m.end()) or
                self._has(t, "seeks_advanced", start=m.end())) and \
                (self._has(t, "title_asked") or self._has(t, "fate_asked") or self._has(t, "title_spoken") or
                 self._event_spans(t, ("accident", "casualty", *MOVE_CUES)) or
                 # (a change no item of art_12 names: "我们是已认定的基础级智能工厂，今年换了法人，这个要紧吗？")
                 self._has(t, "not_causes", "other_change") or
                 # (nor a question of what the level brings, of no one's: "评上基础级智能工厂能得到什么？",
                 # "基础级认定后企业还需要履行什么义务？")
                 (not t.speaks and self.cues.search(t.raw, "question_end", lang=t.lang))):
            return False
        clause = t.clause_of(m.start())
        unsure = self._has(t, "hedge", start=clause.start, end=clause.end) or \
            self._has(t, "unknown_said", start=clause.start, end=clause.end)
        if r.level != "advanced":
            # "我们基础级智能工厂已经在区里备案，数控化率72%，能申报吗": the basic level held is the only level named;
            # what it applies for now is the advanced one (art_7), unless the basic level is named again after it
            if self._level(t, [Span(at, at + basic.end())]) == "basic" or \
                    self._has(t, "title_asked") or self._has(t, "fate_asked"):
                return False
            r.level = "advanced"
        s, e = min(at, m.start()), max(m.end(), at + basic.end())
        if unsure:  # "We're not sure about our basic-level status; can we apply for advanced?": asked back
            r.leave(t.words(clause.start, clause.end), "hedged", ["basic_filing.filed"])
        else:
            r.facts.append(Fact("basic_filing.filed", True, t.words(s, e), s, e))
        return True

    # ---- dates ------------------------------------------------------------------------------------
    def _integer(self, words: str) -> int:
        """A month's or day's number as the dates' patterns allow it: in figures, or in Chinese numerals ("十"); 0
        (no month, no day: the date is not read) for anything else."""
        return numbers.integer(words, self.digits, self.en_numbers) or 0

    def _dates(self, t: Passage, months_alone: bool = False) -> list[When]:
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
                # (a month or day in figures, or the one numeral 十: "二〇二五年十月十号")
                y, mo, d = int(g[0]), self._integer(g[1] or g[3]), self._integer(g[2] or g[4])
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
        for m in c.finditer(text, "day_first_date", lang=lang):
            a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
            orders = {(a, b)} if sep != "/" else {(d, mo) for d, mo in ((a, b), (b, a)) if mo <= 12}
            day = None
            if len(orders) == 1:
                d, mo = orders.pop()
                day = date(y, mo, d) if 1 <= mo <= 12 and 1 <= d <= monthrange(y, mo)[1] else None
            found.append((m.start(), m.end(), day))  # None: a date whose day is not known (its year is not one)
        for m in c.finditer(text, "month_year", lang=lang):
            if lang == "zh":
                y, mo = int(m.group(1)), self._integer(m.group(2) or m.group(3))
            elif m.group(1):
                y, mo = int(m.group(2)), int(c["months_en"].get(m.group(1).lower()[:3], 0))
            else:
                y, mo = int(m.group(3)), int(m.group(4))  # "filed 2025-03"
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
                day = shift_years(today, -n)
                found.append((m.start(), m.end(), (day, None, year(day.year))))
        for entry, p in self.days_ago[lang]:  # "昨天", "yesterday": that day
            for m in p.finditer(text):
                found.append((m.start(), m.end(), today - timedelta(days=int(entry["days"]))))
        for entry, p in self.months_ago[lang]:
            for m in p.finditer(text):
                back = today.year * 12 + today.month - 1 - int(entry["months"])
                y, mo = divmod(back, 12)
                found.append((m.start(), m.end(), (month_day(y, mo + 1), None, month(y, mo + 1))))
        after_year = c.get("month_after_year", lang=lang)
        before_year = c.get("month_before_year", lang=lang)
        for entry, p in self.years_ago[lang]:
            for m in p.finditer(text):
                day = shift_years(today, -int(entry["years"]))
                # "去年": some day of last year; "今年": of this one, by today
                found.append((m.start(), m.end(), (day, None, year(day.year) if entry["years"] or entry.get("whole")
                                                   else None)))
                mo = after_year.match(text, m.end()) if after_year is not None else None
                n = numbers.integer(mo.group(1), self.digits, self.en_numbers) if mo else None
                s, e = m.start(), (mo.end() if mo else m.end())
                mb = before_year.search(text, max(0, s - 16), s) if before_year is not None and mo is None else None
                if mb:  # "March this year", "in May last year": that year's month, named before it
                    n, s = int(months.get(mb.group(1).lower()[:3], 0)), mb.start()
                if not n and (entry["years"] or entry.get("whole")):
                    # "去年底", "今年初", "late last year", "early this year": its December or January
                    pa = c.match(text, "year_part_after_year", lang=lang, pos=m.end())
                    pb = c.get("year_part_before_year", lang=lang)
                    pb = pb.search(text, max(0, s - 24), s) if pb is not None else None
                    if pa is not None:
                        n, e = (12 if pa.group(1) else 1), pa.end()
                    elif pb is not None:
                        n, s = (12 if (pb.group(1) or pb.group(3)) else 1), pb.start()
                if n and 1 <= n <= 12:  # "今年3月": that year's month
                    found.append((s, e, (month_day(day.year, n), None, month(day.year, n))))
        out = []
        for s, e, d in longest(found):
            if d is None:
                continue
            day, named, within = d if isinstance(d, tuple) else (d, None, None)
            named = named or day
            out.append(When(day, s, e, named if named > today else None,
                            within if within is not None and within[0] < within[1] else None,
                            exact=not isinstance(d, tuple)))
        return out

    def _date_near(self, t: Passage, start: int, end: int, *, past: bool = True, part: bool = False) -> When | None:
        """The date named in the clause of ``start..end`` (in its part first, if ``part``), else in its
        sentence (one only)."""
        for span in ((t.part_of(start),) if part else ()) + (t.clause_of(start), t.sentence_of(start)):
            ds = [d for d in t.dates if span.start <= d.start < span.end and (not past or d.day <= t.today)]
            if len(ds) == 1:
                return self._date_refined(t, ds[0], past=past)
            if len(ds) > 1:
                return None
        return None

    @staticmethod
    def _date_refined(t: Passage, when: When, *, past: bool = True) -> When:
        """``when`` told more closely in its sentence: a year ("去年", "in 2025") and the one month or day of it named
        beside it ("去年的一次消防罚款（2025年7月）"): that month or day."""
        if when.within is None:
            return when
        sentence = t.sentence_of(when.start)
        finer = [d for d in t.dates if d is not when and sentence.start <= d.start < sentence.end and
                 (not past or d.day <= t.today) and when.within[0] <= d.day <= when.within[1] and
                 (d.within is None or (d.within[1] - d.within[0]) < (when.within[1] - when.within[0]))]
        return finer[0] if len(finer) == 1 and len({d.day for d in finer}) == 1 else when


    # ---- the date of the application ---------------------------------------------------------------
    def _as_of(self, t: Passage, r: CaseReading) -> None:
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

    def _bare_time(self, t: Passage, clause: Span) -> bool:
        """A clause that is only a time phrase ("明年", "In 2027"): it dates the clause after it."""
        spans = [(d.start, d.end) for d in t.dates if clause.start <= d.start < clause.end]
        spans += [m.span() for _, p in self.years_ahead[t.lang] for m in p.finditer(t.text, clause.start, clause.end)]
        if not spans:
            return False
        rest = t.text[clause.start:clause.end]
        for s, e in sorted(spans, reverse=True):
            rest = rest[:s - clause.start] + rest[e - clause.start:]
        rest = rest.strip(TRIM + " ")
        return len(rest) <= 2 if t.lang == "zh" else len(rest.split()) <= 1


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
