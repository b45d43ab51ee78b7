"""Reading the five indicators of annex 2-1 and the main-business revenue: a number bound to the name beside it,
lists paired in order, restated, other parties' and targets' figures left unread.

A part of ``CaseReader`` (reader.py), which composes the reading modules; the helpers it
uses of the others are the reader's."""
from __future__ import annotations

import itertools
import re
from dataclasses import replace

from kg_service.questions.case import numbers
from kg_service.questions.case.lexicon import Hit, Term
from kg_service.questions.case.model import CaseReading, Fact, field_of
from kg_service.questions.case.passage import (
    Passage,
    Span,
    plain_number,
)


def _unit_given(head: re.Match[str]) -> bool:
    """A revenue heading (``revenue_head``) that gives the unit of the number after it ("(10k CNY)", "（万元）")."""
    return bool(head.group("unit") or head.group("unit2"))


class IndicatorReading:
    """The five indicators of annex 2-1 and the main-business revenue: a number bound to the name beside it, lists
    paired in order, restated, other parties' and targets' figures left unread."""

    # ---- indicators -------------------------------------------------------------------------------
    def _indicators(self, t: Passage, hits: list[Hit], r: CaseReading) -> None:
        pcts = numbers.percents(t.text, self.cues.get("percent", lang=t.lang), self.digits, self.en_numbers)
        pcts = [self._spaced_dash(t, q) for q in pcts]
        labels = [h for h in hits if h.of("indicator", "kpi")]
        hedged: list[tuple[int, int]] = []
        pcts = self._signed(t, sorted(pcts + self._bare(t, labels, pcts, hedged), key=lambda q: q.start))
        approx = self._approximations(t, labels, pcts, r, hedged)  # "七八十", "六七成", "seventy-something": asked back
        pcts = [q for q in pcts if not any(a < q.end and q.start < b for a, b in approx)]
        # tenths ("八成") in a sentence naming no indicator or KPI say how likely, not how much ("八成能过")
        pcts = [q for q in pcts if not q.share or any(t.sentence_of(q.start) == t.sentence_of(h.start) for h in labels)]
        found = pcts  # every percentage, those of several plants too (a sentence's goal reads them all)
        parted = self._plants(t, hits, pcts, labels, r)
        pcts = [q for q in pcts if q.start not in parted]
        done = self._lists(t, labels, pcts, r)
        was: Hit | None = None  # a name whose clause gave a past year's level ("数控化率去年65%，")
        reach = False  # ``was`` changed a level ("联网率提高了5个百分点，"): a clause of the level reached may follow
        aimed = False  # ``was`` was said with a goal or the rule's figure ("NC rate beat the 65% threshold -")
        topic: Hit | None = None  # a name alone in the clause before ("单位产值能耗，比去年下降了6%")
        # an improvement said from one figure to another ("不良率从1.5%降到1.2%，"): its name, clause and asks
        lead: tuple[Hit, Span, list[str]] | None = None
        for clause in t.clauses:
            ns = [q for q in pcts if clause.start <= q.start < clause.end and q.start not in done]
            ls = [h for h in labels if clause.start <= h.start < clause.end and h.start not in done]
            if not ns:
                was = None
                topic = self._topic(t, clause, ls)
                one = [h for h in ls if h.of("indicator")]
                # (said from one amount to another: "人均劳动生产率由80万元/人提高到92万元/人，")
                lead = (one[0], clause, []) if len(one) == 1 and len(ls) == 1 and not one[0].ambiguous and \
                    one[0].of("indicator")[0].get("indicator_kind") == "improvement" and \
                    self._has(t, "change_from", start=one[0].end, end=clause.end) and \
                    self._has(t, "change_to", start=one[0].end, end=clause.end) else None
                continue
            if self._rule_figure(t, clause, ns[0].start):
                topic = lead = None
                # (the asker's may follow: "数控化率的门槛是75%，我们达到了78%")
                one = [h for h in ls if h.of("indicator") and not h.ambiguous]
                was, aimed = (one[0], True) if len(one) == 1 and len(ls) == 1 else (None, False)
                continue  # "先进级联网率要达到70%吗", "do we need 70% networking?": the rule's figure
            if not ls and was is None and len(ns) == 1:
                if lead is not None and self._change_alone(t, lead[0], clause, ns[0]):
                    # "不良率从1.5%降到1.2%，降幅20%", "… went from 800k to 920k per head, a 15% increase": its change
                    for words in lead[2]:
                        r.unleave(words)
                    own = t.text[lead[1].start:lead[1].end].replace(lead[0].text, " ") + " " + \
                        t.text[clause.start:clause.end]
                    self._bind_indicator(t, lead[0], ns[0], False, r, adjacent=False,
                                         at=(lead[0].start, ns[0].end), own=own)
                    topic = lead = None
                    continue
                if topic is not None and self._topic_goes_on(t, topic, clause, ns[0]):
                    ls = [topic]  # "单位产值能耗，比二〇二三年下降了百分之六点五": the name of the clause before
            topic = lead = None
            # an improvement's change is said with its words of change ("目标是把不良率降低10%，目前已经降低了6%")
            improving = was is not None and any(x.get("indicator_kind") == "improvement" for x in was.of("indicator"))
            changes = (("change", "up"), ("change", "down"), ("change_denied",), ("contrast",)) if improving else ()
            if was is not None and not improving and len(ns) == 1 and \
                    self._has(t, "change_to", start=clause.start, end=ns[0].start):
                changes = (("change", "up"), ("change", "down"), ("change_to",))  # "…，今年提升到了七成八": the level
            if was is not None and not ls and len(ns) == 1 and \
                    (self._now_only(t, clause, ns[0], changes) or (reach and self._reached_only(t, clause, ns[0])) or
                     (aimed and not improving and self._said_to_be(t, clause, ns[0]))) \
                    and (t.sentence_of(was.start) == t.sentence_of(clause.start) or
                         not t.text[t.clause_of(was.start).end:clause.start].strip(" ;；")):  # "…; right now it is 70%"
                # "…，今年78%": the level now, read from its own clause
                self._bind_indicator(t, was, ns[0], False, r, adjacent=False,
                                     at=(t.clause_of(ns[0].start).start, ns[0].end),
                                     own=t.text[clause.start:ns[0].start] if improving else "")
                was = None
                continue
            reach = aimed = False
            target, goals = self._targets(t, clause, ls, ns, labels, found)
            for s, e in goals.values():  # "NC rate 70% against a target of 80%": a goal; the 70% is read
                r.leave(t.words(s, e), "goal")
            ns = [q for q in ns if q not in goals]
            pairs, lone = self._pair(t, clause, ls, ns)
            # a past year's level or a goal of one name ("数控化率去年65%", "计划明年把数控化率提高到85%"): a clause
            # after it of a number and a word of now alone ("，今年78%", "，目前是70%") is that name's level now
            past = sum(a.kind in ("past", "target") for a in r.asks.values())
            changed = sum(a.kind == "change" for a in r.asks.values())
            asked = set(r.asks)
            for label, q, adjacent, reached in pairs:
                self._bind_indicator(t, label, q, target, r, adjacent, reached)
            if len(pairs) == 1 and pairs[0][3] and not lone and \
                    any(x.get("indicator_kind") == "improvement" for x in pairs[0][0].of("indicator")[:1]):
                lead = (pairs[0][0], clause, [w for w in r.asks if w not in asked])  # "不良率从1.5%降到1.2%，"
            was = pairs[0][0] if len(pairs) == 1 and not lone and \
                sum(a.kind in ("past", "target") for a in r.asks.values()) > past else None
            if was is None and goals and not pairs and not lone and len(ls) == 1:
                was, aimed = ls[0], True  # "联网率目标是80%，目前实际做到62%": the goal left, the level now may follow
            if was is None and len(pairs) == 1 and not lone and pairs[0][0].of("indicator") and \
                    pairs[0][0].of("indicator")[0].get("indicator_kind") == "level" and \
                    sum(a.kind == "change" for a in r.asks.values()) > changed:
                # "联网率提高了5个百分点，达到了72%": a change of a level, then the level it reached
                was, reach = pairs[0][0], True
            for s, e in lone:
                self._leave_number(t, r, s, e, ls)
        self._restated(t, labels, pcts, r)
        self._value_doubted(t, labels, pcts, r)
        self._corrected_again(t, r)
        self._fractions(t, labels, pcts, r)

    def _corrected_again(self, t: Passage, r: CaseReading) -> None:
        """One indicator read twice, the second led in its sentence by a correction ("联网率：70%；更正：联网率应为67%",
        "networking 72%. Correction: networking is 67%") with no doubt: the second stands (else both are asked back)."""
        by_path: dict[str, list[Fact]] = {}
        for f in r.facts:
            if f.path.startswith("indicators.") and f.start >= 0:
                by_path.setdefault(f.path, []).append(f)
        for fs in by_path.values():
            if len(fs) != 2 or fs[0].value == fs[1].value:
                continue
            a, b = sorted(fs, key=lambda f: f.start)
            lead = max(a.end, t.sentence_of(b.start).start)
            # (the correction may stand between the name and its number: "数控化率说错了，应该是81%")
            correction, doubt = self._taken_back(t, lead, b.end, t.clause_of(b.end - 1).end)
            if correction is not None and doubt is None:
                r.facts.remove(a)

    def _taken_back(self, t: Passage, start: int, end: int, stop: int) -> tuple[re.Match[str] | None,
                                                                             re.Match[str] | None]:
        """A value taken back by the words from ``start`` to ``end`` (a correction: "不对", "sorry", "应该是"), and a
        doubt said after it up to ``stop`` ("…, or maybe 60%", "可能是75%"): the one correction check of
        ``_restated``, ``_value_doubted`` and ``_corrected_again``. A doubt before the correction is the first
        value's, not the second's ("是百分之七十二吧不对，是七十五"); with no correction, any doubt from ``start``."""
        correction = self._has(t, "restated", "correction", start=start, end=end)
        doubt = self._has(t, "value_doubt", start=correction.end() if correction is not None else start, end=stop)
        return correction, doubt

    def _spaced_dash(self, t: Passage, q: numbers.Quantity) -> numbers.Quantity:
        """A dash standing free between spaces before a number ("Networking rate - 71 percent") is a dash, not a
        minus."""
        if q.sign == "-" and t.text[q.start:q.start + 1] in "-−" and q.start > 0 and \
                t.text[q.start - 1].isspace() and t.text[q.start + 1:q.start + 2].isspace():
            start = q.start + 1
            while start < q.end and t.text[start].isspace():
                start += 1
            return replace(q, sign="", start=start)
        return q

    def _topic(self, t: Passage, clause: Span, ls: list[Hit]) -> Hit | None:
        """The one indicator's name a clause is, with nothing but words of speech, whose or a correction besides
        (``topic_alone``): "单位产值能耗，", "我们数控化率啊，", "数控化率刚才说错了，"; else None."""
        if len(ls) != 1 or not ls[0].of("indicator") or ls[0].ambiguous:
            return None
        rest = t.text[clause.start:ls[0].start] + " " + t.text[ls[0].end:clause.end]
        rest = self._without(rest, t.lang, ("topic_alone",), ("first_person",))
        return ls[0] if not rest.strip(" ,，、:：;；-—") else None

    def _number_alone(self, t: Passage, clause: Span, q: numbers.Quantity, *paths: tuple[str, ...]) -> bool:
        """Besides the number ``q`` (and dates), the clause holds only the words of ``paths``."""
        # (the cues first: a date may be a baseline's words, "比2023年下降了6.5%")
        words = self._without(t.text[clause.start:q.start] + " " + t.text[q.end:clause.end], t.lang, *paths)
        for d in t.dates:
            if clause.start <= d.start and d.end <= clause.end:
                words = words.replace(t.text[d.start:d.end], " ")
        return not words.strip(" ,，、.。:：;；-—")

    def _topic_goes_on(self, t: Passage, topic: Hit, clause: Span, q: numbers.Quantity) -> bool:
        """The clause right after a name alone, in its sentence, is its number and words of being, of change, of
        the asker's own past, a bound, a doubt or a correction (the binding weighs them): the name's number."""
        between = t.text[t.clause_of(topic.start).end:clause.start]
        if between.strip(" ,，、:：;；-—\n\t") or \
                (t.sentence_of(topic.start) != t.sentence_of(clause.start) and "\n" not in between):
            return False  # (a form's name on its line and the value on the next: "指标名称：联网率\n指标值：74%")
        # (the longer words first: "应该是" before "是", "降幅" before "降")
        return self._number_alone(t, clause, q, ("restated", "correction"), ("change_alone",), ("own_baseline",),
                                  ("topic_alone",), ("value_doubt",), ("bound",), ("copula",), ("first_person",),
                                  ("now",), ("change", "up"), ("change", "down"), ("comparative", "up"),
                                  ("comparative", "down"))

    def _change_alone(self, t: Passage, name: Hit, clause: Span, q: numbers.Quantity) -> bool:
        """After a clause naming an improvement said from one figure to another, in its sentence, a clause of a
        percentage and words of change alone ("降幅20%", "a 15% increase", "i.e. by 13.3%")."""
        if q.bare or q.points or t.sentence_of(name.start) != t.sentence_of(clause.start):
            return False
        return self._number_alone(t, clause, q, ("change_alone",), ("change", "up"), ("change", "down"),
                                  ("first_person",))

    def _approximations(self, t: Passage, labels: list[Hit], pcts: list[numbers.Quantity],
                        r: CaseReading, hedged: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Numbers said as a range or an approximation in words ("数控化率七八十左右", "联网率六七成", "七十多",
        "NC rate seventy-something", "in the seventies", "three or four percent"): no value; asked back as the
        indicator nearest them in their clause (no other number nearer it); so are the bare numbers ``hedged``
        after a rate's name ("联网率大概七十", "NC rate maybe 0.8"). Answers their spans (none read inside them)."""
        out = [(m.start(), m.end()) for m in self.cues.finditer(t.text, "approx_number", lang=t.lang)]
        out += [x for x in hedged if not any(a < x[1] and x[0] < b for a, b in out)]
        for s, e in out:
            clause = t.clause_of(s)
            if self._rule_figure(t, clause, s):
                continue  # "先进级联网率要达到七八十吗": the rule's
            spots = [(q.start, q.end) for q in pcts if clause.start <= q.start < clause.end and
                     not any(a < q.end and q.start < b for a, b in out)] + \
                [(a, b) for a, b in out if clause.start <= a < clause.end]
            mine = [h for h in labels if clause.start <= h.start < clause.end and h.of("indicator") and
                    min(spots, key=lambda x: min(abs(x[0] - h.end), abs(h.start - x[1])))[0] == s]
            fields = self._fields_of(mine)
            if fields:
                r.leave(t.words(min(s, mine[0].start), max(e, mine[-1].end)), "bound", fields)
        return out

    def _value_doubted(self, t: Passage, labels: list[Hit], pcts: list[numbers.Quantity], r: CaseReading) -> None:
        """A value read, then, before any other name, in its sentence or the next, another number said with doubt or
        as an alternative ("数控化率75%，还是80%来着", "哦不，可能是75%", "NC rate 75 - no, wait, maybe 70"): which is
        the value is not known, and it is asked back; a correction with one number and no doubt ("NC rate 75 - sorry,
        57", a bare number after a bare one) puts that number in its place."""
        bare = self.cues.get("bare_number", lang=t.lang)
        for f in [f for f in r.facts if f.path.startswith("indicators.") and f.start >= 0]:
            sentence = t.sentence_of(f.start)
            after = next((x for x in t.sentences if x.start >= sentence.end), None)
            stop = min([after.end if after is not None else sentence.end,
                        *(h.start for h in labels if h.start >= f.end),
                        *(g.start for g in r.facts if g is not f and g.start >= f.end)])
            said: list[tuple[int, int, numbers.Quantity | None]] = [
                (q.start, q.end, q) for q in pcts if f.end <= q.start < stop]
            for m in (bare.finditer(t.text, f.end, stop) if bare is not None else ()):
                if any(a <= m.start(2) < b for a, b, _ in said):
                    continue
                v = numbers.plain_number(m.group(2), self.digits, self.en_numbers)
                if v is not None and 0 < v <= 100 and not m.group(1):
                    said.append((m.start(2), m.end(2), numbers.Quantity(v, m.start(2), m.end(2), bare=True)))
            said.sort(key=lambda x: x[0])
            if not said:
                continue
            first, last = said[0][0], said[-1][1]
            correction, doubt = self._taken_back(t, f.end, first, t.clause_of(last - 1).end)
            if correction is None and doubt is None:
                continue
            if doubt is None and self._clause_goes_on(t, last):
                continue  # "Sorry, 20% of our staff are engineers": the clause goes on, of something else
            for words in [w for w, a in r.asks.items() if a.kind in ("number", "number_of") and
                          w in t.raw[f.end:stop]]:
                r.unleave(words)
            r.facts.remove(f)
            q = said[0][2]
            level = any(x.get("indicator_kind") == "level" for h in labels for x in h.of("indicator")
                        if f"indicators.{x.key}" == f.path)
            if correction is not None and doubt is None and len(said) == 1 and q is not None and \
                    not (q.sign or q.points) and (not q.bare or level) and 0 < q.value <= 100:
                r.facts.append(Fact(f.path, plain_number(q.value), t.words(f.start, last), f.start, last))
            else:  # "数控化率75%，还是80%来着": which of them?
                r.leave(t.words(f.start, last), "conflict", [f.path])

    @staticmethod
    def _clause_goes_on(t: Passage, end: int) -> bool:
        """Words follow the number ending at ``end`` in its clause (it is then said of something else)."""
        return len(re.findall(r"\w", t.text[end:t.clause_of(end - 1).end])) > 1

    @staticmethod
    def _other_year(t: Passage, f: Fact, start: int, end: int) -> bool:
        """The fact's clause names a year, and the words from ``start`` to ``end`` another one."""
        mine = {d.day.year for d in t.dates if t.clause_of(f.start).start <= d.start < f.end}
        theirs = {d.day.year for d in t.dates if start <= d.start < end}
        return bool(mine and theirs and mine != theirs)

    def _now_then_before(self, t: Passage, f: Fact, clause: Span, q: numbers.Quantity) -> bool:
        """The fact read is said of now (a word of now before it in its clause, "数控化率今年78%") and the number
        said again after it of past years only ("，去年70%"): the level now stands, the past one is left unread."""
        if self._has(t, "now", start=t.clause_of(f.start).start, end=f.end) is None:
            return False
        years = {d.day.year for d in t.dates if clause.start <= d.start < q.end}
        if not years or max(years) >= t.today.year:
            return False
        return not self._clause_goes_on(t, q.end)

    def _restated(self, t: Passage, labels: list[Hit], pcts: list[numbers.Quantity], r: CaseReading) -> None:
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
            if self._clause_goes_on(t, q.end):
                continue  # the clause goes on past the number: of something else ("sorry, 20% of staff are …")
            correction, doubt = self._taken_back(t, f.end, q.start, clause.end)
            if correction is not None and doubt is not None:
                continue  # "70% - wait, or was it 60%?": not put in its place (``_value_doubted`` asks both)
            own = self._has(t, "restated", "own", start=clause.start, end=q.start)
            term = next((x for h in labels for x in h.of("indicator") if f"indicators.{x.key}" == f.path), None)
            improving = term is not None and term.get("indicator_kind") == "improvement"
            # (a change's words may stand with an improvement's: "兄弟工厂不良率下降了8%，我们下降了5%")
            changes = (("change_denied",), ("contrast",), ("change", "up"), ("change", "down")) if improving else \
                (("level_reached",),)  # "2025年数控化率70%，今年提到了76%": the level reached now
            if own is not None and correction is None and \
                    self._without(t.text[clause.start:q.start], t.lang, ("restated", "own"), ("copula",),
                                  ("first_person",), *changes).strip(" ,，:：;；-—"):
                own = None  # more than whose or when it is ("我们的员工有20%"): not the name's value again
            other = another or self._has(t, "restated", "other", start=t.clause_of(f.start).start, end=f.end) or \
                any(t.clause_of(f.start).start <= d.start < f.end and d.day.year < t.today.year for d in t.dates)
            if correction is None and own is None:
                if not another and f in r.facts and not (q.sign or q.points) and \
                        self._other_year(t, f, clause.start, q.start) and not self._now_then_before(t, f, clause, q):
                    # "单位产值能耗降低2024年是4%，2025年是5%": two years' values, which one the rule takes is not said
                    r.facts.remove(f)
                    r.leave(t.words(f.start, q.end), "conflict", [f.path])
                continue
            for words in [w for w, a in r.asks.items() if a.kind in ("number", "number_of") and
                          w in t.raw[clause.start:clause.end] and t.raw[q.start:q.end].strip() in w]:
                r.unleave(words)
            if not another:
                r.facts.remove(f)
            elif plain := not (q.sign or q.points or q.bare):
                r.unleave(f.words)  # the asker's own is said: another's is not asked back
            plain = not (q.sign or q.points or q.bare or
                         self._has(t, "bound", start=clause.start, end=min(q.end + 4, clause.end)))
            value: float | None = q.value
            if plain and improving and term is not None:
                value = self._restated_change(t, term, t.text[clause.start:q.start], f.words, q.value)
            if plain and value is not None and (correction is not None or other):
                start = f.start if second == first else clause.start
                r.facts.append(Fact(f.path, plain_number(value), t.words(start, q.end), start, q.end))
            else:  # "数控化率75%，现在是78%": which is the level now?
                r.leave(t.words(f.start, q.end), "conflict", [f.path])

    def _restated_change(self, t: Passage, term: Term, mine: str, first: str, value: float) -> float | None:
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

    def _now_only(self, t: Passage, clause: Span, q: numbers.Quantity, also: tuple[tuple[str, ...], ...] = ()) -> bool:
        """A clause that is a number and a word of now alone ("今年78%", "this year 78%", "目前是78%"), besides the
        words of ``also``: it goes on with the name of the clause before it."""
        words = t.text[clause.start:q.start] + " " + t.text[q.end:clause.end]
        if not self.cues.search(words, "now", lang=t.lang):
            return False
        rest = self._without(words, t.lang, ("now",), ("copula",), ("first_person",), ("joiner",), *also)
        return not rest.strip(" ,，、.。")

    def _said_to_be(self, t: Passage, clause: Span, q: numbers.Quantity) -> bool:
        """A clause that is a number and words of being or of the asker alone, one of them at least ("it is 74%",
        "我们是74%"): after a goal or the rule's figure of a level, the asker's level."""
        words = t.text[clause.start:q.start] + " " + t.text[q.end:clause.end]
        if not (self.cues.search(words, "copula", lang=t.lang) or self.cues.search(words, "first_person", lang=t.lang)):
            return False
        return self._number_alone(t, clause, q, ("copula",), ("first_person",), ("now",))

    def _reached_only(self, t: Passage, clause: Span, q: numbers.Quantity) -> bool:
        """A clause that is a number and a word of reaching alone ("达到了72%", "reaching 72%"): after a clause of
        a change of a level ("联网率提高了5个百分点"), the level reached."""
        words = t.text[clause.start:q.start] + " " + t.text[q.end:clause.end]
        if not self.cues.search(words, "change_to", lang=t.lang):
            return False
        rest = self._without(words, t.lang, ("change_to",), ("now",), ("first_person",), ("joiner",), ("copula",))
        return not rest.strip(" ,，、.。")

    def _signed(self, t: Passage, pcts: list[numbers.Quantity]) -> list[numbers.Quantity]:
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

    def _bare(self, t: Passage, labels: list[Hit], pcts: list[numbers.Quantity],
              hedged: list[tuple[int, int]] | None = None) -> list[numbers.Quantity]:
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
                     ("joiner",), ("lists", "separator"), ("first_person",), ("now",), ("bare_from",),
                     ("percent_note",))  # (a unit after the name: "关键工序数控化率（%）| 70", "NC rate (%): 70")
            if self._without(gap, t.lang, *paths).strip():
                if hedged is not None and rate is not None and rate.search(name.text.strip()) and \
                        not self._without(gap, t.lang, *paths, ("bound",), ("value_doubt",)).strip():
                    hedged.append((s, e))  # "联网率大概七十", "NC rate maybe 0.8": asked back
                continue
            value = numbers.plain_number(m.group(2), self.digits, self.en_numbers)
            if value is None or not 0 <= value <= 100:
                continue
            sign = "-" if m.group(1) in ("-", "−") else ("+" if m.group(1) in ("+", "＋") else "")
            since = self._has(t, "bare_from", start=name.end, end=s)
            was = numbers.plain_number(since.group("from"), self.digits, self.en_numbers) if since else None
            n0 = len(out)
            if any(x.start <= s < x.end for x in scopes):
                out.append(numbers.Quantity(value, s, e, sign))
            elif name.of("indicator")[0].get("indicator_kind") == "improvement":
                out.append(numbers.Quantity(value, s, e, sign, bare=True))  # asked back: percent, or an amount?
            elif least <= value < floor:
                continue  # "联网率三", "networking rate is 1, maybe 2 points …": a rate so low is not a rate said bare
            elif rate is not None and rate.search(name.text.strip()):
                out.append(numbers.Quantity(value, s, e, sign, bare=True))
            if since is not None and was is not None and 0 <= was <= 100 and len(out) > n0 and \
                    not any(q.start < since.end("from") and since.start("from") < q.end for q in [*pcts, *out]):
                # "数控化率从六十提到了七十二": the level it rose from is a number of the change too
                out.insert(n0, numbers.Quantity(was, since.start("from"), since.end("from"), bare=True))
        return out

    def _without(self, words: str, lang: str, *paths: tuple[str, ...]) -> str:
        """``words`` with every match of the cues at ``paths`` blanked out: what is left says more than they."""
        for path in paths:
            p = self.cues.get(*path, lang=lang)
            words = p.sub(" ", words) if p is not None else words
        return words

    def _fractions(self, t: Passage, labels: list[Hit], pcts: list[numbers.Quantity], r: CaseReading) -> None:
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

    def _plants(self, t: Passage, hits: list[Hit], pcts: list[numbers.Quantity], labels: list[Hit],
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

    def _elsewhere(self, t: Passage, h: Hit) -> bool:
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

    def _targets(self, t: Passage, clause: Span, ls: list[Hit], ns: list[numbers.Quantity], labels: list[Hit],
                 pcts: list[numbers.Quantity], lead: bool = True
                 ) -> tuple[bool, dict[numbers.Quantity, tuple[int, int]]]:
        """Goals in a clause: whether all its numbers are goals (the goal's words name no one number: "We aim
        for an NC rate of 80%"; or the sentence opens with a goal: "Our goal: NC rate 80%, networking 75%"),
        and the numbers that are goals by the goal's words right beside them ("NC rate 70% against a target
        of 80%", "at 70% with an 80% target", "NC rate 70% and we aim for 80%"): only those are left."""
        first = next((c for c in t.clauses if c.start >= t.sentence_of(clause.start).start), clause)
        if lead and first != clause and self._has(t, "target", start=first.start, end=first.end) and \
                not self._has(t, "applying", start=first.start, end=first.end) and \
                not self._has(t, "present", start=first.end, end=clause.end) and \
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
                for x in items[items.index(after) + 1:]:  # "we aim for 80% NC rate and 70% networking": both
                    if isinstance(x, numbers.Quantity) and x not in goals and \
                            not self._has(t, "present", start=after.end, end=x.start) and \
                            not self._has(t, "now", start=after.end, end=x.start):
                        goals[x] = (x.start, x.end)
            elif isinstance(before, numbers.Quantity) and before not in goals and \
                    not re.sub(r"\b(a|an|the|our)\b|[\s\-]", "", t.text[before.end:cue.start()], flags=re.I):
                goals[before] = (before.start, cue.end())  # "an 80% target"
            else:
                whole = True
        for cue in self.cues.finditer(t.text, "rule_beside", lang=t.lang, pos=clause.start, endpos=clause.end):
            # "beat the 65% threshold", "门槛65%": the rule's figure beside its word, not the asker's
            after = next((x for x in items if x.start >= cue.end()), None)
            before = next((x for x in reversed(items) if x.end <= cue.start()), None)
            if isinstance(before, Hit):  # "the 55% networking threshold", "70%的联网率门槛": the name's rule
                before = next((x for x in reversed(items) if x.end <= before.start), None)
                gap = t.text[before.end:cue.start()] if isinstance(before, numbers.Quantity) else ""
                for h in ls:
                    gap = gap.replace(h.text, " ")
            else:
                gap = t.text[before.end:cue.start()] if before is not None else ""
            between = t.text[cue.end():after.start] if after is not None else ""
            if isinstance(before, numbers.Quantity) and before not in goals and \
                    not re.sub(r"\b(a|an|the|our)\b|[\s\-的]", "", gap, flags=re.I):
                goals[before] = (before.start, cue.end())
            elif isinstance(after, numbers.Quantity) and after not in goals and \
                    not self.cues.search(between, "first_person", lang=t.lang) and \
                    not self._without(between, t.lang, ("copula",)).strip(" :：,，=-"):
                goals[after] = (cue.start(), after.end)  # "the threshold is 70%", "门槛65%" (not "…: we're at 63%")
        return whole, ({} if whole else goals)

    @staticmethod
    def _fields_of(labels: list[Hit]) -> list[str]:
        """The indicators' field paths of names read."""
        return [f"indicators.{x.key}" for h in labels for x in h.of("indicator") if x.key]

    def _leave_number(self, t: Passage, r: CaseReading, s: int, e: int, labels: list[Hit]) -> None:
        """Numbers no single indicator is named for ("78%和80%", a bare "75%"): asked as the indicators
        named in their words, else in their clause; numbers of no name at all, as which indicator."""
        clause = t.clause_of(s)
        named = self._fields_of([h for h in labels if s <= h.start < e]) or \
            self._fields_of([h for h in labels if clause.start <= h.start < clause.end])
        if named:
            r.leave(t.words(s, e), "number", named)
        else:
            r.leave(t.words(s, e), "number_of", choices=[self.lexicon.label(c, t.lang) for c in self.all_indicators])

    def _lists(self, t: Passage, labels: list[Hit], pcts: list[numbers.Quantity], r: CaseReading) -> set[int]:
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
                if not isinstance(a[0], Hit) and self._list_led(t, sentence, items, a[0]):
                    continue  # "scrap share 74%, 80% of key processes are CNC, …": the first number is another's
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

    def _list_led(self, t: Passage, sentence: Span, items: list, first: numbers.Quantity) -> bool:
        """A list of numbers written before its names ("72% and 66% are our NC and networking rates") opens its
        sentence, or follows another number: a name or words of something else just before its first number ("scrap
        share 74%, 80% of key processes are CNC") make that number theirs, and the numbers no list."""
        prev = max([x for x in items if x.end <= first.start], key=lambda x: x.end, default=None)
        rest = self._without(t.text[prev.end if prev is not None else sentence.start:first.start], t.lang,
                             ("lists", "filler"), ("lists", "separator"), ("first_person",), ("joiner",),
                             ("topic_alone",), ("copula",), ("now",))
        # (a name right before it, a KPI's too: "scrap share 74%, 80% of …" where scrap share is a name)
        return bool(re.search(r"\w", rest)) or (isinstance(prev, Hit) and not self._joined(t, prev.end, first.start))

    def _list_member_gap(self, t: Passage, start: int, end: int, *, names: bool) -> bool:
        """Nothing but separators, joiners (and, for names, filler and change words) between two members of
        a list."""
        paths = (("joiner",), ("lists", "separator")) + ((("lists", "filler"), ("change", "up"),
                                                           ("change", "down")) if names else ())
        return not self._without(t.text[start:end], t.lang, *paths).strip()

    def _list_own_words(self, t: Passage, names: list[Hit], tail: str) -> list[str]:
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

    def _rule_figure(self, t: Passage, span: Span, start: int) -> bool:
        """The number at ``start`` of ``span`` is the rule's, not the asker's: asked about with a requirement
        word and no first person ("先进级联网率要达到70%吗"), or after a rule's modal in a question, in the
        first person ("do we need 70% networking?")."""
        return self._rule_clause(t, span) or self._asks_rule(t, start)

    def _rule_clause(self, t: Passage, clause: Span) -> bool:
        """A clause that names the rule's figure with a requirement word and no first person ("要求是二级", "if the
        minimum maturity were raised to level 4")."""
        return bool(self._has(t, "requirement", start=clause.start, end=clause.end) and self._requirement(t, clause))

    def _requirement(self, t: Passage, clause: Span) -> bool:
        """A clause that asks about the rule (a requirement word, no first person): not a value stated."""
        return not self.cues.search(t.raw, "first_person", lang=t.lang, pos=clause.start, endpos=clause.end)

    def _joined(self, t: Passage, start: int, end: int) -> bool:
        """The words between a name and a number join two things ("NC rate 72% and 70% networking"): the
        number is not that name's."""
        return bool(self._has(t, "joiner", start=start, end=end)) if end > start else False

    def _pair(self, t: Passage, clause: Span, ls: list[Hit], ns: list[numbers.Quantity]):
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
                        ((self._has(t, "change_from", start=name.end, end=first.start) and
                          self._has(t, "change_to", start=first.end, end=last.start)) or
                         self._change_then_level(t, name, first, last)) and \
                        self._has(t, "level_to_come", start=clause.start, end=clause.end):
                    lone.append((name.start, last.end))  # "联网率明年将从60%提高到72%": a goal, asked back
                elif name is not None and j == i + 1 and \
                        self._has(t, "change_from", start=name.end, end=first.start) and \
                        self._has(t, "change_to", start=first.end, end=last.start):
                    pairs.append((name, last, True, True))  # "联网率从60%提高到72%"
                elif name is not None and j == i + 1 and self._change_then_level(t, name, first, last):
                    pairs.append((name, last, True, True))  # "networking rate up 12 points to 72%": the level reached
                elif name is not None and j == i + 1 and (was := self._past_then_now(t, clause, name, first, last)):
                    # "NC rate was 65% last year and is 78% this year", "数控化率去年65%今年78%": the level now
                    pairs.append((name, last, False, False))
                    lone.append(was)
                elif name is not None and j == i + 1 and (was := self._now_then_past(t, clause, name, first, last)):
                    # "数控化率今年78%，去年65%", "NC rate is 78% this year versus 65% last year": the level now
                    pairs.append((name, first, False, False))
                    lone.append(was)
                elif name is not None and j == i + 1 and (after := self._name_after(t, seq, j, taken)) is not None:
                    # "an NC rate of 78% and 71% networking": name-number, a joiner, then number-name
                    pairs.append((name, first, True, False))
                    pairs.append((after, last, True, False))
                    taken.add(j + 1)
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
            if any(self._either(t, seq, n) for _, n in cands) or \
                    any(self._both_before(t, seq, n) for side_, n in cands if side_ == "before"):
                # "数控化率或联网率有一个是75%", "NC rate or networking rate is 75%": of which? And one number after
                # two names joined by "and" with no word of each ("NC rate and networking rate: 80%"): of both, or
                # of the nearer? (indic22)
                cands = []
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

    def _name_after(self, t: Passage, seq: list, j: int, taken: set[int]) -> Hit | None:
        """Two numbers ``seq[j - 1]``, ``seq[j]`` joined ("78% and 71%"), the second with a name right after it, not
        joined to it and with no number of its own after ("… and 71% networking"): that name, else None."""
        first, last = seq[j - 1], seq[j]
        if j + 1 >= len(seq) or j + 1 in taken or not isinstance(seq[j + 1], Hit):
            return None
        name = seq[j + 1]
        gap = t.text[first.end:last.start]
        if not self._joined(t, first.end, last.start) or self._without(gap, t.lang, ("joiner",)).strip(" ,，、"):
            return None  # only a joiner between the two numbers ("78% and 71%")
        if self._joined(t, last.end, name.start) or self._without(
                t.text[last.end:name.start], t.lang, ("copula",)).strip(" ,，、:：") or \
                self._has(t, "change_from", start=seq[j - 2].end, end=first.start):
            return None
        if j + 2 < len(seq) and isinstance(seq[j + 2], numbers.Quantity) and \
                not self._joined(t, name.end, seq[j + 2].start):
            return None  # "… and 71% networking 65%": whose is 71%?
        return name

    def _new_subject(self, t: Passage, start: int, end: int) -> bool:
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

    def _change_then_level(self, t: Passage, name: Hit, first: numbers.Quantity, last: numbers.Quantity) -> bool:
        """A name's change and then the level it reached, in one clause ("networking rate up 12 points to 72%",
        "联网率提高12个百分点到72%"): only words of a change before the first number, and only the words of a level
        reached (``change_to``) and of points between the two."""
        before = self._without(t.text[name.end:first.start], t.lang, ("change", "up"), ("change", "down"),
                               ("bare_between",))
        if before.strip() or not (self._has(t, "change", "up", start=name.end, end=first.start) or
                                  self._has(t, "change", "down", start=name.end, end=first.start)):
            return False
        if not self._has(t, "change_to", start=first.end, end=last.start):
            return False
        return not self._without(t.text[first.end:last.start], t.lang, ("change_to",), ("points_word",)).strip(" ,，")

    def _past_then_now(self, t: Passage, clause: Span, name: Hit, first: numbers.Quantity,
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

    def _now_then_past(self, t: Passage, clause: Span, name: Hit, first: numbers.Quantity,
                       last: numbers.Quantity) -> tuple[int, int] | None:
        """A name's two numbers in one clause, the first said of now and the second of one past year ("今年78%，去年
        65%", "78% this year versus 65% last year"): the words of the past one (left unread), else None."""
        now = self._has(t, "now", start=name.end, end=first.start)
        past = [d for d in t.dates if first.end <= d.start < clause.end and d.day.year < t.today.year]
        if now is None or len(past) != 1 or self._has(t, "now", start=first.end, end=clause.end) is not None:
            return None
        if any(name.end <= d.start < first.start and d.day.year != t.today.year for d in t.dates):
            return None  # another year beside the first too: of which time is it?
        return min(last.start, past[0].start), max(last.end, past[0].end)

    def _either(self, t: Passage, seq: list, n: int, cue: str = "disjunction") -> bool:
        """The name ``seq[n]`` stands joined by "or" ("或", "nor"; or by ``cue``'s words) to a name beside it, with
        nothing but first-person and filler words besides: a number of the two is of one of them, not said which."""
        for a, b in ((n - 1, n), (n, n + 1)):
            if a < 0 or b >= len(seq) or not (isinstance(seq[a], Hit) and isinstance(seq[b], Hit)):
                continue
            gap = t.text[seq[a].end:seq[b].start]
            if not self.cues.search(gap, cue, lang=t.lang):
                continue
            if not self._without(gap, t.lang, (cue,), ("first_person",), ("lists", "filler")).strip(" ,，、"):
                return True
        return False

    def _both_before(self, t: Passage, seq: list, n: int) -> bool:
        """The name ``seq[n]`` is the second of two names joined by "and" ("和", ``joiner``) with nothing but
        first-person and filler words besides, and the first has no number of its own before it ("NC rate and
        networking rate: 80%"; not "78% of our key processes are numerically controlled and our networking rate is
        72%"): a number after them is of both or of one, not said which."""
        if n < 1 or not isinstance(seq[n - 1], Hit) or (n >= 2 and isinstance(seq[n - 2], numbers.Quantity)):
            return False
        return self._either(t, seq, n - 1, "joiner") and isinstance(seq[n], Hit)

    def _change_before(self, t: Passage, label: Hit) -> tuple[bool, bool, bool]:
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

    def _for_the_better(self, t: Passage, said: str, term: Term, up: bool, down: bool) -> tuple[bool, bool]:
        """A change said only in words of the better ("improved by 6%", "改善了6%") of an improvement indicator
        whose better is a fall (energy per output value, the defect rate): a fall, not a rise."""
        if not up or down or term.get("indicator_kind") != "improvement" or term.get("direction") != "down":
            return up, down
        better = self.cues.get("change", "better", lang=t.lang)
        rest = better.sub(" ", said) if better is not None else said
        if better is not None and better.search(said) and not self.cues.search(rest, "change", "up", lang=t.lang):
            return False, True
        return up, down

    def _baseline(self, t: Passage, q: numbers.Quantity, gap: tuple[int, int]) -> tuple[bool, bool] | None:
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

    def _bind_indicator(self, t: Passage, label: Hit, q: numbers.Quantity, target: bool, r: CaseReading,
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
            if len(re.sub(r"[\W_]", "", rest)) > 3 and \
                    not self._has(t, "refers_back", start=clause.start, end=clause.end):
                part = None  # more than the words of whose: a clause of its own (unless this one speaks of it: "Our
                # branch plant in Hebei is lower, with 58% of its equipment networked")
        if part is not None:
            said = t.words(min(clause.start, part.start()), end)
            r.leave(said, "part", [path])  # "一车间联网率70%", "group-wide"
            # ("…，全厂是68%": the factory's own may follow)
            t.others.append(Fact(path, plain_number(q.value), said, start, end))
            return
        sentence = t.sentence_of(q.start)
        if self._has(t, "plants_several", start=sentence.start, end=sentence.end) and \
                self.cues.search(t.text[clause.start:clause.end], "plants_one_of", lang=t.lang):
            r.leave(words, "part", [path])  # "集团两个工厂，一个联网率70%，一个65%": which is the applicant?
            t.others.append(Fact(path, plain_number(q.value), words, start, end))
            return
        other = self._another_firm(t, clause.start, min(label.start, q.start))
        if other is not None and self._compared_heading(t, clause.start, other, min(label.start, q.start)):
            other = None  # "我们各项指标都高于全省同行业平均水平：数控化率83%": the asker's figures after the colon
        if other is not None:  # "兄弟工厂的联网率是80%", "the industry leader's NC rate is 90%": not the asker's
            said = t.words(min(start, other.start()), end)
            r.leave(said, "other", [path])
            t.others.append(Fact(path, plain_number(q.value), said, start, end))  # (its words: those asked back)
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
        stop = t.sentence_of(q.start).end
        if self.cues.search(t.text[q.end:stop], "value_hedged_after", lang=t.lang) and \
                not self._has(t, "restated", "correction", start=q.end, end=stop):
            # "networking rate 70% or so", "NC rate 78%, I think", "联网率70%吧" (not "是百分之七十二吧不对，是七十五":
            # the value corrected is put in its place by ``_value_doubted``)
            r.leave(words, "bound", [path])
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
            # (unless the passage says its rates are written so: "比率均以小数填写，如0.5即50%", "rates as decimals")
            declared = self._has(t, "decimals_declared") is not None
            if term.get("indicator_kind") == "improvement" and not declared:
                r.leave(words, "fraction", [path])
                return
            q = replace(q, value=round(q.value * 100, 6), bare=q.bare and not declared)
        if q.bare and term.get("indicator_kind") == "improvement":
            r.leave(words, "unit", [path])  # "劳动生产率提升12", "productivity up ten": 12 percent, or of an amount?
            return
        if reached:
            if term.get("indicator_kind") == "improvement":
                r.leave(words, "change", [path])  # "不良率从3%降到1.8%": two rates, not the size of their reduction
            else:
                r.facts.append(Fact(f"indicators.{term.key}", plain_number(q.value), words, start, end))
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
            if ((up or down) and not to) or q.sign or since or \
                    self.cues.match(t.text, "count_more", lang=t.lang, pos=q.end) or \
                    (q.points and self.cues.match(t.text, "points_apart", lang=t.lang, pos=q.end)):
                # a change of a rate is not the rate reached; nor a count's ("we networked 70% more machines")
                r.leave(words, "change", [path])
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
            # (or a past year just before the name in its clause, nothing but whose between: "我们去年数控化率68%", "in
            # 2024 our NC rate was 72%"; not "2024年改造后数控化率78%", the level the upgrade brought)
            # (a note of last year's figure is the latest annual one, read as ``_year_of_name`` reads it)
            if any((gap[0] <= d.start < gap[1] or (adjacent and after <= d.start < stop) or
                    (note[0] <= d.start < note[1] and d.day.year < t.today.year - 1) or
                    self._year_of_name(t, d, label, q, adjacent)) and
                   d.day.year < t.today.year for d in t.dates):
                r.leave(words, "past", [path])  # "数控化率去年是65%": a past level, not today's
                return
            value = q.value
        r.facts.append(Fact(f"indicators.{term.key}", plain_number(value), words, start, end))

    def _compared_heading(self, t: Passage, start: int, other: re.Match[str], end: int) -> bool:
        """Others named in a heading that compares the asker's figures with theirs and then opens, by a colon, the
        asker's own ("各项指标都高于全省同行业平均水平：数控化率83%", "we beat the industry average: NC rate 83%"); not
        others' figures headed by their name ("兄弟工厂：联网率80%", "industry average: NC rate 65%")."""
        colon = [m.end() for m in re.finditer(r"[:：]", t.text[other.end():end])]
        if not colon or self._has(t, "other_entity", start=other.end() + colon[-1], end=end):
            return False
        return self._has(t, "compared_with_others", start=start, end=other.start() + 1) is not None

    def _year_of_name(self, t: Passage, d, label: Hit, q: numbers.Quantity, adjacent: bool) -> bool:
        """The date ``d``, of a year before last, stands just before the name in its clause, only the asker's words
        between them ("我们前年数控化率68%", "in 2024 our NC rate was 72%" asked in 2026): the name's value is of that
        time. Last year's is read: an annual figure is last year's (a change said since is ``_changed_since``'s)."""
        clause = t.clause_of(label.start)
        if not (adjacent and label.end <= q.start and clause.start <= d.start and d.end <= label.start):
            return False
        if d.day.year >= t.today.year - 1:
            return False  # last year's level, nothing said since, is the latest the asker has ("去年数控化率68%")
        between = self._without(t.text[d.end:label.start], t.lang, ("first_person",), ("copula",))
        return not between.strip(" ,，、的")

    # ---- revenue ----------------------------------------------------------------------------------
    def _changed_since(self, t: Passage, r: CaseReading) -> None:
        """An indicator said of an earlier time and changed after in its sentence ("去年数控化率是68%，今年又提升了5个
        百分点"): its value now is not stated, so the earlier one is asked back, not read."""
        for f in [f for f in r.facts if f.path.startswith("indicators.") and f.start >= 0]:
            clause, sentence = t.clause_of(f.start), t.sentence_of(f.start)
            if self._has(t, "changed_since", "earlier", start=clause.start, end=f.end) is None:
                continue
            change = self._has(t, "changed_since", "change", start=f.end, end=sentence.end)
            after = next((x for x in t.sentences if x.start >= sentence.end), None)
            if change is None and after is not None and \
                    self.cues.match(t.text, "changed_since", "next", lang=t.lang, pos=after.start) is not None:
                # "…was 70%; it has since gone up 6 points": the next sentence goes on with the same level
                sentence = Span(sentence.start, after.end)
                change = self._has(t, "changed_since", "change", start=after.start, end=after.end)
            if change is None or any(f.end <= g.start < change.start() for g in r.facts if g is not f):
                continue  # (not another indicator's change: "去年数控化率68%，人均劳动生产率提升了8%")
            r.facts.remove(f)
            r.leave(t.words(f.start, sentence.end), "change", [field_of(f.path)])

    def _revenue(self, t: Passage, r: CaseReading) -> None:
        c = self.cues
        money = numbers.amounts(t.text, c.get("money", lang=t.lang), c["money_units"][t.lang], self.digits, t.lang,
                                c.get("currency", lang=t.lang), self.en_numbers, bare=True)
        # a unit heading a value ("Annual revenue (10k CNY): 5,600") is no amount of its own
        labels = [(u.start(), u.end()) for u in c.finditer(t.text, "money_unit_label", lang=t.lang)]
        money = [m for m in money if not any(a < m.end and m.start < b for a, b in labels)]
        money = self._unit_after(t, money)
        heads, noted = [], []  # a heading whose note may make the amount another's ("集团合并口径"): asked back
        for h in c.finditer(t.text, "revenue_head", lang=t.lang):
            ok = not h.group("note") or c.search(h.group("note"), "revenue_head_note", lang=t.lang)
            (heads if ok else noted).append(h)
        money += self._headed_amounts(t, heads, money)
        for m in money:
            clause = t.clause_of(m.start)
            # the name heading the line or cell, across a note in brackets or a bar; else the last in the clause
            cue = next((h for h in heads if h.end() == m.start), None)
            headed = cue is not None and _unit_given(cue)
            note = next((h for h in noted if h.end() == m.start), None)
            if note is not None:
                r.leave(t.words(note.start(), m.end), "part", ["annual_revenue_10k_cny"])
                continue
            if cue is None:
                for cm in c.finditer(t.text, "revenue", lang=t.lang, pos=clause.start, endpos=m.start):
                    cue = cm
            trailing = None  # "We had RMB 300 million in revenue": the revenue's word just after the amount
            if cue is None and not m.bare:
                trailing = c.match(t.text, "revenue_after", lang=t.lang, pos=m.end)
                if trailing is not None and trailing.end() <= clause.end and \
                        c.search(t.text[clause.start:m.start], "revenue_after_verb", lang=t.lang):
                    cue = trailing
                else:
                    trailing = None
            if cue is None and not m.bare:
                cue = self._revenue_verb(t, clause, m)  # "we turned over RMB 64 million", "grossed RMB 410 million"
            money_end = self._other_currency(t, clause, m)
            if money_end is not None:
                # "revenue was US$40 million", "营收1500万美元": not yuan, and not converted (an amount of no revenue's,
                # "a US$5 million machine", is nothing asked)
                if cue is not None:
                    r.leave(t.words(min(cue.start(), m.start), max(money_end, cue.end())), "currency",
                            ["annual_revenue_10k_cny"])
                continue
            # where the words before the amount begin: the cue's end, or (a cue after it) the clause's start
            lead = clause.start if trailing is not None else (cue.end() if cue else clause.start)
            if m.bare and not (cue is not None and (headed or self._revenue_in_yuan(t, cue.end(), m.start))):
                continue  # "12 million" with no currency: money only as a revenue's, in a question of yuan
            other = self._has(t, "not_revenue", start=lead, end=m.start)
            if cue is None or other:
                if cue is None and not self._has(t, "not_revenue", start=clause.start, end=clause.end) and t.speaks:
                    r.leave(t.words(clause.start, clause.end), "amount", ["annual_revenue_10k_cny"])  # of what?
                continue
            first, last = (m.start, cue.end()) if trailing is not None else (cue.start(), m.end)
            words = t.words(first, last)
            tail_end = min(m.end + 4, clause.end)
            if m.loose or self._has(t, "bound", start=lead, end=m.start) or \
                    self._has(t, "bound", start=m.end, end=tail_end) or \
                    self._has(t, "target", start=clause.start, end=clause.end) or \
                    self._has(t, "estimate", start=clause.start, end=clause.end):
                r.leave(words, "bound", ["annual_revenue_10k_cny"])  # "超过10亿", "2000多万": not the revenue
                continue
            gap = t.text[lead:m.start]
            if (self.cues.search(gap, "change", "up", lang=t.lang) or self.cues.search(gap, "change", "down",
                                                                                        lang=t.lang)) and \
                    not re.search(f"(?:{self.cues.get('change_to', lang=t.lang).pattern})\\s*$", gap, re.I):
                r.leave(words, "change", ["annual_revenue_10k_cny"])  # "营收增长了3000万", "revenue was up 12m"
                continue
            part_year = self._has(t, "part_of_year", start=clause.start, end=clause.end)
            if part_year is not None:
                # "今年前三季度营收1.1亿元", "revenue for the first nine months was RMB 110m", "H1 revenue": part of a
                # year's, not the year's revenue (art_5 item 1 asks the year's)
                r.leave(t.words(min(first, part_year.start()), max(last, part_year.end())), "part",
                        ["annual_revenue_10k_cny"])
                continue
            whole = self._whole_group(t, first)
            if whole is not None:
                r.leave(t.words(whole, m.end), "part", ["annual_revenue_10k_cny"])  # "集团营收20亿": the group's
                continue
            if self._of_another(t, min(first, cue.start())):
                # "our biggest customer has revenue of RMB 10 billion", "客户年营收100亿": another firm's
                r.leave(words, "other", ["annual_revenue_10k_cny"])
                continue
            other = self._another_firm(t, t.clause_of(first).start, first)
            if other is not None:
                # (the other firm named before the amount in its clause: "the industry leader's revenue is …")
                r.leave(t.words(other.start(), m.end), "other", ["annual_revenue_10k_cny"])
                continue
            r.facts.append(Fact("annual_revenue_10k_cny", plain_number(m.value_10k), words, first, last))

    def _unit_after(self, t: Passage, money: list[numbers.Money]) -> list[numbers.Money]:
        """The amounts whose unit of 万元 is written after the number ("1,850 ten-thousand yuan", "3,200 (10k yuan)":
        ``money_unit_after``) in place of the amounts read inside those words; an amount followed by a multiplier the
        reader does not know ("RMB 3 crore": ``money_magnitude_unknown``) is marked ``loose``: never read as yuan, the
        revenue it may be asked back."""
        c = self.cues
        out = list(money)
        for u in c.finditer(t.text, "money_unit_after", lang=t.lang):
            said = u.group("number")
            if re.fullmatch(r"(?:19|20)[0-9]{2}", said) and \
                    any(d.start <= u.start("number") < d.end for d in t.dates):
                continue  # a year before a heading's unit ("Operating revenue 2025 (in CNY 10k)"): no amount
            out = [m for m in out if not (m.start < u.end() and u.start() < m.end)]
            out.append(numbers.Money(float(u.group("number").replace(",", "")), u.start(), u.end(), False, False))
        for i, m in enumerate(out):
            if c.match(t.text, "money_magnitude_unknown", lang=t.lang, pos=m.end) is not None:
                out[i] = numbers.Money(m.value_10k, m.start, m.end, True, m.bare)  # a bound, asked back
        return sorted(out, key=lambda m: m.start)

    def _headed_amounts(self, t: Passage, heads: list[re.Match[str]],
                        money: list[numbers.Money]) -> list[numbers.Money]:
        """The plain numbers a revenue heading gives the unit of ("年营收（万元）| 23,000", "Annual revenue (10k
        CNY): 5,600"): amounts in 万元, unless a multiplier or a currency after the number says otherwise (then
        they are ``money``'s own: ``plain_amount`` in read_case.yaml)."""
        out = []
        for h in heads:
            if not _unit_given(h) or any(m.start == h.end() for m in money):
                continue
            n = self.cues.match(t.text, "plain_amount", lang=t.lang, pos=h.end())
            if n is not None:
                out.append(numbers.Money(float(n.group(1).replace(",", "")), n.start(1), n.end(1), False, True))
        return out

    def _another_firm(self, t: Passage, start: int, end: int) -> re.Match[str] | None:
        """Another firm, plant or the industry named in ``text[start:end]`` as the owner of the figure after it
        (``other_entity``: "兄弟工厂的", "the industry leader's", "我们的大客户"); not the client an intermediary
        asks for, which is the applicant ("我是咨询顾问，客户的数控化率70%"). A clause that opens with its verb has its
        owner in the clauses before it in its sentence ("Our biggest customer, a carmaker, has revenue of …")."""
        widened = bool(self.cues.match(t.text[:end], "predicate_opens", lang=t.lang, pos=start))
        other = self._has(t, "other_entity", start=t.sentence_of(start).start if widened else start, end=end)
        if other is not None and t.for_client and self.cues.search(other.group(0), "asking_for_party", lang=t.lang):
            return None
        return other

    def _revenue_verb(self, t: Passage, clause: Span, m: numbers.Money) -> re.Match[str] | None:
        """A verb of trading just before the amount ``m``, no word of revenue in its clause ("Last year we turned
        over RMB 64 million", "we brought in RMB 130 million"): the amount is the revenue, unless the words after it
        say what it is of ("brought in RMB 30 million of investment"): then None."""
        verb = self.cues.search(t.text, "revenue_verb", lang=t.lang, pos=clause.start, endpos=m.start)
        if verb is None or self.cues.match(t.text, "revenue_verb_object", lang=t.lang, pos=m.end) is not None:
            return None
        return verb

    def _other_currency(self, t: Passage, clause: Span, m: numbers.Money) -> int | None:
        """Where the amount ``m`` ends with its currency, when a currency other than the yuan is written just before
        or just after it ("US$40 million", "USD 25 million", "40 million dollars", "1500万美元"); else None."""
        c = self.cues
        after = c.match(t.text, "currency_after", lang=t.lang, pos=m.end)
        if after is not None:
            return after.end()
        before = c.search(t.text[max(clause.start, m.start - 8):m.start], "currency_before", lang=t.lang)
        return m.end if before is not None else None

    def _revenue_in_yuan(self, t: Passage, start: int, end: int) -> bool:
        """An amount with no currency right after the revenue's words ("main-business revenue only 12 million",
        "revenue of 12 million"), in a question that names yuan elsewhere and no other currency: the revenue in
        yuan, as the other amounts of the question are."""
        c = self.cues
        return bool(c.search(t.text[start:end], "revenue_bare_gap", lang=t.lang)) and \
            bool(c.search(t.text, "currency", lang=t.lang)) and not c.search(t.text, "other_currency", lang=t.lang)
