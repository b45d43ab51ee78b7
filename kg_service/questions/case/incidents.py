"""Reading accidents (each with grade, kind and date), violations with their dates, and the basic-level filing.

A part of ``CaseReader`` (reader.py), which composes the reading modules; the helpers it
uses of the others are the reader's."""
from __future__ import annotations

import itertools
import re

from kg_service.questions.case.lexicon import Hit
from kg_service.questions.case.model import CaseReading, Fact
from kg_service.questions.case.passage import (
    Passage,
    Span,
    When,
)

# why an accident's words were left unread, by what they leave open (the answer's template of each)
_INCIDENT_ASK = {frozenset({"date"}): "date", frozenset({"grade"}): "incident_grade",
                 frozenset({"kind"}): "incident_kind"}


class IncidentReading:
    """Accidents (each with grade, kind and date), violations with their dates, and the basic-level filing."""

    # ---- incidents and violations -----------------------------------------------------------------
    def _incidents(self, t: Passage, hits: list[Hit], r: CaseReading) -> None:
        found = list(self.cues.finditer(t.text, "accident", lang=t.lang))
        n = 0
        seen: set[int] = set()
        denied: list[tuple[int, int, set[str]]] = []  # accidents of a kind said not to have happened
        done: list[Span] = []  # the parts read, some over two clauses
        for m0 in found:
            if any(p.start <= m0.start() < p.end for p in done) or self._of_another(t, m0.start(), parents=True):
                continue  # (read, or another firm's: "竞争对手去年发生了较大安全事故")
            if self._not_had(t, m0.start(), m0.end()):
                continue  # a drill, a hazard found, a near miss: no accident had ("重大事故隐患")
            part = t.part_of(m0.start())  # "fined in 2024 and had a general quality accident in 2023"
            part = self._kinds_listed(t, hits, part)
            part = self._kinds_listed_after(t, hits, part)
            graded = next((c for c in t.clauses if c.start >= part.end), None)
            if graded is not None and \
                    self.cues.search(t.text[part.end:graded.end], "accident_graded_after", lang=t.lang) and \
                    (any(graded.start <= m.start() < graded.end for m in found) or
                     any(graded.start <= h.start < graded.end and h.of("grade") for h in hits)) and \
                    self._one_telling(t, part, graded):
                # "出了一起质量事故，定为一般事故", "one safety accident in March 2025, graded general": one accident,
                # graded after
                part = Span(part.start, graded.end)
            told = self._told_before(t, part, found)
            if told is not None:  # "a worker was injured last May; it was classed as a general safety accident"
                part = Span(told.start, part.end)
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
    def _one_telling(t: Passage, a: Span, b: Span) -> bool:
        """The clause ``b`` follows ``a`` in its sentence, or after a semicolon only ("…an explosion in our boiler room;
        the authorities rated it a larger safety accident"): one telling."""
        return t.sentence_of(a.start) == t.sentence_of(b.start) or \
            not t.raw[a.end:b.start].strip(" \t,，;；")

    def _told_before(self, t: Passage, part: Span, found: list[re.Match[str]]) -> Span | None:
        """The clause before ``part`` that tells what ``part`` grades, when ``part`` opens by grading it
        (``accident_graded_after``: "it was classed as a general safety accident", "后来被认定为一般安全事故") and that
        clause names no accident of its own, denies nothing and asks nothing ("Last May a worker was injured on our
        line; it was classed as …"): the words its date is said in. None otherwise."""
        clause = t.clause_of(part.start)
        if clause.start != part.start or \
                not self.cues.search(t.text[part.start:part.end], "accident_graded_after", lang=t.lang):
            return None
        before = next((c for c in reversed(t.clauses) if c.end <= part.start), None)
        if before is None or not self._one_telling(t, before, part) or \
                any(before.start <= m.start() < before.end for m in found) or \
                self._negated(t, before.start, before.end) or self._of_another(t, before.end - 1) or \
                self.cues.search(t.raw[before.start:before.end + 1], "question_end", lang=t.lang):
            return None
        return before

    def _kinds_listed(self, t: Passage, hits: list[Hit], part: Span) -> Span:
        """``part`` with the kinds or grades listed before it across commas ("no safety, environmental or quality
        accidents": the comma parts a clause, not this list; "no safety accidents, pollution incidents or quality
        incidents": each name with its accident's word): from the clause the list begins in."""
        start = part.start
        while True:
            comma = t.text[:start].rstrip()
            if not comma.endswith((",", "，")):
                return Span(start, part.end)
            at = len(comma) - 1
            name = next((h for h in hits if h.of("incident_kind", "grade") and h.end <= at and
                         (not t.text[h.end:at].strip() or self._accident_word(t, h.end, at))), None)
            opening = min((h.start for h in hits if h.of("incident_kind", "grade") and start <= h.start < part.end),
                          default=None)
            if name is None or opening is None or t.text[start:opening].strip():
                return Span(start, part.end)  # the clause after the comma opens with the list's next name
            start = t.clause_of(name.start).start

    def _kinds_listed_after(self, t: Passage, hits: list[Hit], part: Span) -> Span:
        """``part`` ending on a kind's accident ("no safety accidents") with the list's next names after a comma, each
        with its accident's word and nothing else before it ("…, pollution incidents or product quality incidents in
        the past three years"): to the end of the clause the list ends in (one denial of them all)."""
        end = part.end
        while True:
            last = max((h for h in hits if h.of("incident_kind") and part.start <= h.start < end), default=None,
                       key=lambda h: h.start)
            tail = len(t.text[:end].rstrip())
            if last is None or last.end > tail or \
                    (t.text[last.end:tail].strip() and not self._accident_word(t, last.end, tail)):
                return Span(part.start, end)
            if t.text[end:end + 1] not in (",", "，"):
                return Span(part.start, end)
            nxt = next((c for c in t.clauses if c.start > end), None)
            if nxt is None or t.sentence_of(nxt.start) != t.sentence_of(part.start):
                return Span(part.start, end)
            opening = min((h for h in hits if h.of("incident_kind") and nxt.start <= h.start < nxt.end),
                          default=None, key=lambda h: h.start)
            between = t.text[nxt.start:opening.start] if opening is not None else ""
            for key in ("joiner", "disjunction"):  # (", and environmental incidents", ", or quality accidents")
                p = self.cues.get(key, lang=t.lang)
                between = p.sub("", between) if p is not None else between
            if opening is None or between.strip() or not self._kind_then_accident(t, hits, opening.start, nxt.end):
                return Span(part.start, end)  # ("…事故，其他方面都还可以": 其他 names no accident there)
            end = nxt.end

    def _kind_then_accident(self, t: Passage, hits: list[Hit], start: int, end: int) -> bool:
        """From ``start`` to ``end``: kinds' names (with joiners between) and then an accident's word, nothing
        else before it ("pollution incidents or …", "环境事件"; not "其他年份没有事故")."""
        acc = self.cues.search(t.text[start:end], "accident", lang=t.lang)
        if acc is None:
            return False
        chars = list(t.text[start:start + acc.start()])
        for h in hits:
            if h.of("incident_kind"):
                for i in range(max(h.start, start), min(h.end, start + len(chars))):
                    chars[i - start] = " "
        gap = "".join(chars)
        for key in ("joiner", "disjunction"):
            p = self.cues.get(key, lang=t.lang)
            gap = p.sub("", gap) if p is not None else gap
        return not gap.strip()

    def _accident_word(self, t: Passage, start: int, end: int) -> bool:
        """``text[start:end]`` is an accident's word alone ("accidents", "事故")."""
        m = self.cues.search(t.text[start:end], "accident", lang=t.lang)
        return m is not None and not (t.text[start:start + m.start()] + t.text[start + m.end():end]).strip()

    def _accident_segments(self, t: Passage, hits: list[Hit], part: Span,
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

    def _incident(self, t: Passage, hits: list[Hit], r: CaseReading, clause: Span, m: re.Match[str], n: int,
                  own_date: bool, denied: list[tuple[int, int, set[str]]] | None = None) -> int:
        """One accident of ``clause`` (its part, or its own words of a part of several): its kind, grade
        and date read as ``incidents.n``, or left unread. Answers how many incidents it read (0 or 1)."""
        # (not the names of others denied after it: "a general quality accident in 2025 and no others")
        own = [h for h in hits if clause.start <= h.start < clause.end and
               not (h.start >= m.end() and self._negated(t, m.end(), h.start))]
        grades = {x.key for h in own for x in h.of("grade")}
        kinds = {x.key for h in own for x in h.of("incident_kind")}
        named = [h.start for h in hits if clause.start <= h.start < m.start() and h.of("grade", "incident_kind")]
        first = min([*named, m.start()])
        neg = self._negated(t, clause.start, first) or self._negated(t, clause.start, m.start())
        last = max((x.end() for x in self.cues.finditer(t.text, "accident", lang=t.lang, pos=m.start(),
                                                         endpos=clause.end)), default=m.end())
        free = None if neg else (self._free(t, m.end()) or self._free(t, last))  # "accident-free", "事故均未发生"
        lo, hi = (neg.start() if neg else first), (free or m.end())
        words = t.words(lo, hi)
        if (neg or free) and self._has(t, "accident_other_sort", start=clause.start, end=m.start()):
            r.leave(words, "negated", ["incidents"])  # "never had a data security incident": no accident denied
            return 0
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
            if when is None and t.clause_of(first).start > clause.start:
                # the date said in the telling before the clause that grades it ("Last May a worker was injured;
                # it was classed as a general safety accident"): the one date of its words
                ds = [d for d in t.dates if clause.start <= d.start < clause.end and d.day <= t.today]
                when = ds[0] if len(ds) == 1 else None
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
        self._incident_facts(t, r, n, kinds, grades, when, min(first, when.start), max(last, when.end))
        return 1

    @staticmethod
    def _incident_facts(t: Passage, r: CaseReading, n: int, kinds: set[str], grades: set[str], when: When,
                        s: int, e: int) -> None:
        """``incidents.n``: its one kind, one grade and its date, each kept with the words ``s..e``."""
        w = t.words(s, e)
        r.facts += [Fact(f"incidents.{n}.kind", next(iter(kinds)), w, s, e),
                    Fact(f"incidents.{n}.grade", next(iter(grades)), w, s, e),
                    Fact(f"incidents.{n}.date", when.day.isoformat(), w, s, e, when.span())]

    def _free(self, t: Passage, i: int) -> int | None:
        """A negation right after an event's words at ``i`` ("accident-free", "penalty-free"), or closing their
        clause ("安全、环保、质量事故均未发生", "accidents: none"): where it ends."""
        m = self.cues.get("negation_suffix", lang=t.lang)
        m = m.match(t.text, i) if m is not None else None
        if m:
            return m.end()
        clause = t.clause_of(max(0, i - 1))
        denied = clause.end > i and self.cues.search(t.text[i:clause.end], "event_denied_after", lang=t.lang)
        return clause.end if denied else None

    def _besides(self, t: Passage, i: int, cue: str) -> bool:
        """A denial at ``i`` that leaves others out: a word of "besides" in its own clause ("没有其他违法违规行为",
        "no other accidents"), or in a clause of its sentence that names an event of its own type (``cue``): "除了一次
        罚款，没有违法违规" excepts a penalty, not an accident ("…，近三年也没有发生任何事故": none at all)."""
        if self._has(t, "besides", start=t.clause_of(i).start, end=t.clause_of(i).end):
            return True
        sentence = t.sentence_of(i)
        return any(sentence.start <= c.start < sentence.end and
                   self._has(t, "besides", start=c.start, end=c.end) and self._has(t, cue, start=c.start, end=c.end)
                   for c in t.clauses)

    def _violations(self, t: Passage, r: CaseReading) -> None:
        n = 0
        dated: set[int] = set()  # the dates a violation was read at: "因违法行为被罚款" is one, not two
        for m in self.cues.finditer(t.text, "violation", lang=t.lang):
            if self._of_another(t, m.start(), parents=True):
                continue  # "our biggest customer was fined", "our parent company was fined": another firm's penalty
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

    def _date_list(self, t: Passage, part: Span, also: str | None = None) -> list[When]:
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
    def _basic_filing_before(self, t: Passage, sentence: Span) -> bool:
        """The sentence before ``sentence`` names a basic-level filing (``filing_basic`` and ``filing_proper``): a bare
        "filed" after it is of that filing ("Our sister company completed its basic filing; we haven't filed
        ourselves")."""
        if sentence.start < 2:
            return False
        before = t.sentence_of(sentence.start - 2)
        return self._has(t, "filing_basic", start=before.start, end=before.end) is not None and \
            self._has(t, "filing_proper", start=before.start, end=before.end) is not None

    def _only_details(self, t: Passage, hits: list[Hit], start: int, end: int) -> bool:
        """``text[start:end]`` says nothing but a place filed with, a day or the filing's own words
        (``filing_detail``)."""
        said = [(h.start, h.end) for h in hits if self._filing_place(h)] + [(d.start, d.end) for d in t.dates]
        chars = list(t.text[start:end])
        for x in said:
            for i in range(max(x[0], start), min(x[1], end)):
                chars[i - start] = " "
        left = "".join(chars)
        rest = self.cues.get("filing_detail", lang=t.lang)
        if rest is not None:
            left = rest.sub(" ", left)
        return not left.strip(" \t()（）[]【】,，、:：;；-—")

    def _filing_details(self, t: Passage, hits: list[Hit], clause: Span, within: Span | None = None) -> list[Span]:
        """The clauses after ``clause`` in its sentence (or ``within``: a table's row), up to the first that says
        more than a place, a day or the filing's own words."""
        out: list[Span] = []
        sentence = within or t.sentence_of(clause.start)
        for c in t.clauses:
            if c.start < clause.end or c.start >= sentence.end:
                continue
            if not self._only_details(t, hits, c.start, c.end):
                break
            out.append(c)
        return out

    def _filing_place(self, h: Hit) -> str | None:
        """The concept of a place a basic filing is made with: a district, or an area that files as one
        (``filing_areas``: 北京经济技术开发区, "亦庄", "E-Town")."""
        areas = set(self.cues["filing_areas"])
        found = {x.concept for x in h.of("district")} | {x.concept for x in h.of("area") if str(x.concept) in areas}
        return found.pop() if len(found) == 1 else None

    def _filing_lines(self, t: Passage) -> list[tuple[int, int, str, Span]]:
        """A form's lines naming the filing's place or day ("备案区：朝阳", "备案时间｜2025-05-10", "Filing date:
        2025-05-10"): each name's start and end, what it names (``filing_line``: district or date) and the words of
        its answer (to the next such name or its clause's end)."""
        c, lang = self.cues, t.lang
        found = sorted((m.start(), m.end(), kind) for kind in ("district", "date")
                       for m in c.finditer(t.text, "filing_line", kind, lang=lang))
        mark = c.get("statement_forms", "mark", lang=lang)
        out = []
        for i, (s, e, kind) in enumerate(found):
            clause = t.clause_of(s)
            if not c.search(t.text[clause.start:s], "statement_forms", "lead", lang=lang) and \
                    not any(x[1] <= s and t.clause_of(x[0]) == clause for x in out):
                continue  # no line of a form: "在备案区办理" (a line may follow another in its clause)
            m = mark.match(t.text[e:clause.end]) if mark is not None else None
            if m is None or not m.group(0):
                continue
            stop = next((x[0] for x in found[i + 1:] if x[0] < clause.end), clause.end)
            out.append((s, e, kind, Span(e + m.end(), stop)))
        return out

    def _filing_case(self, t: Passage, clause: Span, spans: list[Span], hits: list[Hit]) -> bool:
        """The filing's words state a case though the asker does not speak as "we": told in the third person
        ("该企业已于…完成基础级备案", "The company completed its basic filing…"), or a filing said done with its
        place or day ("基础级备案去年底在东城区做完了", "Basic filing's done, Changping, October 2024"); not a rule's
        wording ("完成备案的企业")."""
        if self._has(t, "implicit_case", "rule"):
            return False
        if self._has(t, "filing_case"):
            return True
        if not self._has(t, "filing_done", start=clause.start, end=clause.end):
            return False
        return any(sp.start <= x.start < sp.end for sp in spans for x in
                   [*(d for d in t.dates if d.day <= t.today), *(h for h in hits if self._filing_place(h))])

    def _filing(self, t: Passage, hits: list[Hit], r: CaseReading) -> None:
        for m in self.cues.finditer(t.text, "skip_basic", lang=t.lang):
            sentence = t.sentence_of(m.start())
            if self._has(t, "pending", start=sentence.start, end=sentence.end) or \
                    self._has(t, "filing_awaited", start=m.end(), end=sentence.end) or \
                    self._has(t, "basic_in_progress", start=sentence.start, end=sentence.end):
                # "基础级还没批下来，正在审核": awaited, not refused
                r.leave(t.words(sentence.start, sentence.end), "pending", ["basic_filing.filed"])
                return
            r.facts.append(Fact("basic_filing.filed", False, t.words(m.start(), m.end()), m.start(), m.end()))
            return
        lines = self._filing_lines(t)
        values = self.cues["filing_answers"]
        for m in self.cues.finditer(t.text, "filing", lang=t.lang):
            if any(s <= m.start() < e for s, e, _, _ in lines):
                continue  # the filing's place or day named in a form's line ("备案区：朝阳"): read below
            sentence, clause = t.sentence_of(m.start()), t.clause_of(m.start())
            if not self._has(t, "filing_basic", start=sentence.start, end=sentence.end) and \
                    not self._basic_filing_before(t, sentence):
                continue
            if self.cues.match(t.text, "filing_of_other", "after", lang=t.lang, pos=m.end()) or \
                    self.cues.search(t.text[clause.start:m.start()], "filing_of_other", "before", lang=t.lang):
                continue  # "备案了一个投资项目", "项目备案", "filed a patent": another thing filed
            # a form's answer: after the words in their clause ("基础级备案：已备案（…）", "是否完成基础级备案｜否"),
            # or the name asked and answered ("Filed at basic level? Yes, in Tongzhou…")
            reply, answered = self._form_reply(t, m.end(), clause.end, values), None
            row = None
            if reply is None and (t.raw[clause.end:clause.end + 1] in ("?", "？") or (
                    re.match(r"\s*[|｜—–]", t.raw[clause.end:clause.end + 2]) and
                    not t.text[m.end():clause.end].strip(" \t"))):  # ("…filing — yes (Shunyi, …)")
                nxt = next((c for c in t.clauses if c.start > clause.end), None)
                said = re.split(r"[(（]", t.text[nxt.start:nxt.end])[0] if nxt else ""  # ("yes (Shunyi, …)")
                kind = self._form_answer(said, t.lang, True, values) if said.strip() else None
                if kind is not None:
                    reply, answered = (kind, nxt.start), nxt
                    if t.raw[clause.end] in "|｜":  # "Basic filing | done | Fengtai | 2025-11-20": the row
                        line = t.text.rfind("\n", 0, clause.end) + 1, t.text.find("\n", clause.end)
                        row = Span(line[0], len(t.text) if line[1] < 0 else line[1])
            unsure = reply is None and self._filing_unsure(t, m, clause)
            if reply is None and not unsure and self._doubted(t, m.start(), m.end()):
                continue
            details = [*self._filing_details(t, hits, clause),
                       *((answered, *self._filing_details(t, hits, answered, row)) if answered else ())]
            spans = [clause, *details]
            # a form's line whatever its answer ("基础级备案：备案中"): the asker's form, its answer read or asked back
            line = self.cues.search(t.text[m.end():clause.end], "statement_forms", "reply", lang=t.lang)
            if not (t.speaks or reply is not None or line is not None or self._filing_case(t, clause, spans, hits)):
                continue
            if self._whole_group(t, m.start()) is not None or self._of_another(t, m.start()):
                # "集团总部在海淀区完成了基础级备案", "our parent group filed in Haidian": the group's filing
                r.leave(t.words(clause.start, clause.end), "part", ["basic_filing.filed"])
                # (the asker's own said after it is read: "our sister company completed its basic filing; we haven't
                # filed ourselves")
                continue
            if unsure:  # "我们好像已经做过基础级备案了", "不确定之前有没有备案过", "we think we filed, but not sure"
                r.leave(t.words(clause.start, clause.end), "hedged", ["basic_filing.filed"])
                return
            if self._has(t, "target", start=clause.start, end=m.start()) or \
                    self._has(t, "factory", "future", start=clause.start, end=m.start()) or \
                    self._has(t, "filing_later", start=clause.start, end=m.start()) or \
                    any(clause.start <= d.start < clause.end and d.ahead is not None and d.ahead > t.today
                        for d in t.dates) or \
                    self._has(t, "filing_deadline", start=clause.start, end=clause.end):
                r.leave(t.words(clause.start, clause.end), "target", ["basic_filing.filed"])  # "计划下个月去海淀区备案"
                return
            if self._has(t, "wish", start=clause.start, end=m.start()):
                continue  # "我们想获得基础级认定，需要什么条件": a wish, nothing said of a filing made
            # (the outcome awaited may be said in the clause after: "已提交基础级备案材料，还没有结果")
            # ("该公司尚未完成基础级备案": a lack before the filing's words, no outcome awaited of a filing sent)
            after, awaited_from = clause, m.end()
            if self._has(t, "filing_sent", start=clause.start, end=clause.end):
                after = next((c for c in t.clauses if clause.end <= c.start < sentence.end), clause)
                awaited_from = clause.start
            if self._has(t, "pending", start=clause.start, end=clause.end) or \
                    self._has(t, "filing_awaited", start=awaited_from, end=after.end) or \
                    self._has(t, "filing_awaited_before", start=clause.start, end=m.start()):
                r.leave(t.words(clause.start, clause.end), "pending", ["basic_filing.filed"])  # "备案还在办理中"
                return
            if self._has(t, "filing_sent", start=clause.start, end=clause.end) and not (
                    self._has(t, "filing_outcome", start=clause.start, end=after.end) or
                    self.cues.search(m.group(0), "filing_made", lang=t.lang) or
                    self._has(t, "filing_refused", start=clause.start, end=after.end)):
                # "已提交基础级备案材料", "we submitted our basic filing": sent, its outcome not said
                r.leave(t.words(clause.start, clause.end), "pending", ["basic_filing.filed"])
                return
            # (before a form's answer, "是否"/"有无" is the line's question: "是否已完成基础级备案：是")
            neg = self._negated(t, clause.start, m.start()) if reply is None else None
            start = neg.start() if neg else m.start()
            rest = t.text[m.end():clause.end]
            if (reply is not None and reply[0] not in values) or \
                    (neg is None and self.cues.search(rest, "hedge_after", lang=t.lang)):
                r.leave(t.words(m.start(), clause.end), "hedged", ["basic_filing.filed"])  # "basic filing: unknown"
                return
            if reply is None and line is not None and neg is None and \
                    not self._only_details(t, hits, m.end() + line.end(), clause.end):
                if self.cues.search(t.text[m.end() + line.end():clause.end], "filing", lang=t.lang):
                    # "3.1 Basic-level filing: the company completed basic-level filing with …": the line's answer
                    # is a sentence of the filing, read as such
                    continue
                # "基础级备案：暂缓", "Basic filing: in discussion": an answer not understood, asked back
                r.leave(t.words(m.start(), clause.end), "form", ["basic_filing.filed"])
                return
            # a lack said after it ("基础级备案还没做"), or a form's answer ("基础级备案：否", "filing: not yet")
            lack = neg is None and reply is None and self.cues.search(rest, "negation_after", lang=t.lang) is not None
            if reply is None and neg is None and not lack and \
                    self._has(t, "filing_refused", start=(after or clause).end, end=sentence.end):
                # "We filed for basic level, it was rejected, and refiled in March": made, refused, sent again
                r.leave(t.words(clause.start, sentence.end), "pending", ["basic_filing.filed"])
                return
            if reply is None and neg is None and not lack:  # nothing says it not made: the words must say it made
                if self._has(t, "filing_refused", start=clause.start, end=(after or clause).end):
                    lack = True  # "基础级备案被退回了", "申请了基础级备案，但没通过": sent, not made
                elif not self._said_made(t, hits, m, clause, details):
                    if not self.cues.search(t.raw[clause.start:clause.end + 1], "question_end", lang=t.lang):
                        r.leave(t.words(clause.start, clause.end), "form", ["basic_filing.filed"])
                    continue  # the filing only named ("我们的基础级备案有效期多久？"): not said made
            filed = values[reply[0]] if reply is not None else not (neg or lack)
            end = (answered.end if answered else clause.end) if (lack or reply is not None) else m.end()
            r.facts.append(Fact("basic_filing.filed", filed, t.words(start, end), start, end))
            if filed:
                self._filing_where_when(t, hits, r, m, clause, details, lines)
            return
        self._basic_in_progress(t, r)
        if lines:  # only the lines of its place and day: filed ("备案时间：2025-05-10 备案区：朝阳")
            days = [d for _, _, kind, sp in lines if kind == "date" for d in t.dates if sp.start <= d.start < sp.end]
            if days and all(d.day <= t.today and d.ahead is None for d in days):
                s, e = lines[0][0], lines[-1][3].end
                r.facts.append(Fact("basic_filing.filed", True, t.words(s, e), s, e))
                self._filing_where_when(t, hits, r, None, None, [], lines)

    def _basic_in_progress(self, t: Passage, r: CaseReading) -> None:
        """The basic level applied for or awaited with no filing named ("正在申请基础级，同时能报先进级吗"): where the
        advanced level is asked about, whether it is filed is asked back, never taken as filed or not."""
        if r.level != "advanced" or "basic_filing.filed" in r.paths() or \
                any("basic_filing.filed" in a.fields for a in r.asks.values()):
            return
        for key, kind in (("basic_in_progress", "pending"), ("basic_unknown", "hedged")):
            m = self._has(t, key)
            if m is not None and not self._has(t, "generic_case"):
                clause = t.clause_of(m.start())
                r.leave(t.words(clause.start, clause.end), kind, ["basic_filing.filed"])
                return

    def _filing_unsure(self, t: Passage, m: re.Match[str], clause: Span) -> bool:
        """The filing said made, or asked whether made, by an asker unsure of it: a hedge before it in its clause
        ("好像已经备案了", "we think we filed"), not knowing said before it ("不确定之前有没有备案过", "not sure whether
        we filed"), or unsure said after it or in the clause after ("…备案了，不过不太确定", "we filed, but I'm not
        sure"). Not a question of the rule ("不知道备案要多久")."""
        c, lang = self.cues, t.lang
        nxt = next((x for x in t.clauses if x.start >= clause.end), None)
        if self._has(t, "filing_hedge", start=clause.start, end=clause.end) or \
                (nxt is not None and c.search(t.text[nxt.start:nxt.end], "filing_hedge", lang=lang) is not None):
            return True  # "we were supposed to file last year", "filing's done, I guess"
        made = self._has(t, "filing_made", start=clause.start, end=clause.end) or \
            c.search(m.group(0), "filing_made", lang=lang) or \
            self._has(t, "filing_made_asked", start=clause.start, end=clause.end)
        if not made:
            return False
        if self._has(t, "hedge", start=clause.start, end=clause.end) or \
                self._has(t, "unknown_said", start=clause.start, end=m.start()):
            return True
        if c.search(t.text[m.end():clause.end], "hedge_after", lang=lang):
            return True
        if t.raw[clause.end:clause.end + 1] in ("?", "？") and not c.search(
                t.text[clause.start:clause.end], "asked", lang=lang) and t.speaks:
            return True  # "We filed at the basic level?", "我们备案了吧？": said made, and asked
        return nxt is not None and c.search(t.text[nxt.start:nxt.end], "hedge_next", lang=lang) is not None

    def _said_made(self, t: Passage, hits: list[Hit], m: re.Match[str], clause: Span, details: list[Span]) -> bool:
        """The filing's words say it made (``filing_made`` in its clause, the words of the filing themselves
        holding the verb -- "备了案", "filed" --, a day past or a district of it in its clause, "2025年在海淀区备案",
        or details after them), not only name it."""
        if self._has(t, "filing_made", start=clause.start, end=clause.end) or \
                self.cues.search(m.group(0), "filing_made", lang=t.lang):
            return True
        if any(clause.start <= d.start < clause.end and d.day <= t.today and d.ahead is None for d in t.dates) or \
                any(clause.start <= h.start < clause.end and self._filing_place(h) for h in hits):
            return True
        return bool(details)

    def _filing_where_when(self, t: Passage, hits: list[Hit], r: CaseReading, m: re.Match[str] | None,
                           clause: Span | None, details: list[Span], lines: list) -> None:
        """The place and day of a basic filing read as made: in its clause (its part of it: "certified in March
        2025 and have completed our basic filing"), in the clauses after it that say nothing else ("基础级备案：
        已备案（朝阳区，2025年3月12日）", "filing: filed, Huairou, 2025-12-11") or in a form's lines ("备案区｜丰台区").
        Two places or days, or a day of another event ("2025年6月通过认证后备案"), are asked back."""
        own: list[Span] = []
        if m is not None and clause is not None:
            part = t.part_of(m.start())
            own.append(Span(max(clause.start, part.start), min(clause.end, part.end)))
        own += details
        said: dict[str, list[Span]] = {"district": list(own), "date": list(own)}
        for _, _, kind, sp in lines:
            said[kind].append(sp)
        # its place
        places = [(h, sp) for sp in said["district"] for h in hits
                  if sp.start <= h.start < sp.end and self._filing_place(h)]
        if len({self._filing_place(h) for h, _ in places}) == 1 and "basic_filing.district" not in r.paths():
            h = places[0][0]
            s, e = (min(h.start, m.start()), max(h.end, m.end())) if m is not None and \
                any(sp in own for _, sp in places) else (h.start, h.end)
            r.facts.append(Fact("basic_filing.district", self.lexicon.label(self._filing_place(h), "zh"),
                                t.words(s, e), s, e))
            # the place read as the filing's is no place of the registration to ask ("在昌平")
            for place in (t.words(h.start, h.end), t.words(t.clause_of(h.start).start, t.clause_of(h.start).end)):
                if place in r.asks and r.asks[place].kind == "place":
                    r.unleave(place)
        elif len({self._filing_place(h) for h, _ in places}) > 1:
            r.leave(t.words(places[0][0].start, places[-1][0].end), "place", ["basic_filing.district"])
        # its day
        days = []
        for sp in said["date"]:
            for d in t.dates:
                if not sp.start <= d.start < sp.end or d in days:
                    continue
                if m is not None and (self._has(t, "filing_other_event", start=min(d.end, m.end()),
                                                end=max(d.start, m.start())) or
                                      (d.start < m.start() and
                                       self._has(t, "filing_other_event", start=sp.start, end=d.start))):
                    continue  # "2025年5月通过了贯标认证后备案", "passed a DCMM assessment in April 2025 and filed"
                days.append(d)
        if not days or "basic_filing.date" in r.paths():
            return
        if m is not None and not self.cues.search(m.group(0), "filing_proper", lang=t.lang) and not any(
                self._has(t, "filing_proper", start=t.clause_of(d.start).start, end=t.clause_of(d.start).end)
                for d in days):  # (the day's own clause a filing's: "我们是基础级智能工厂，2025年在海淀区备案")
            # "2025年获评了基础级", "基础级是前年评的": the day of the level's recognition, the filing's not said
            r.leave(t.words(days[0].start, days[-1].end), "date", ["basic_filing.date"])
            return
        either = any(self.cues.match(t.text, "filing_day_either", lang=t.lang, pos=d.end) for d in days)
        if len(days) > 1 or either or days[0].day > t.today:
            # "2025年3月或4月", "去年或者前年": which day is not said
            r.leave(t.words(days[0].start, days[-1].end), "date", ["basic_filing.date"])
            return
        when = days[0]
        s, e = (min(when.start, m.start()), max(when.end, m.end())) if m is not None and \
            any(sp.start <= when.start < sp.end for sp in own) else (when.start, when.end)
        r.facts.append(Fact("basic_filing.date", when.day.isoformat(), t.words(s, e), s, e, when.span()))
