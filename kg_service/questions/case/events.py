"""Reading what a recognised factory tells of events since (accidents, penalties, moves, false papers …), read for
the causes of art_12 they bear on; the rest asked back.

A part of ``CaseReader`` (reader.py), which composes the reading modules; the helpers it
uses of the others are the reader's."""
from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date
from typing import Any

from kg_service.questions.case.lexicon import Hit
from kg_service.questions.case.model import CaseReading, Event, Fact
from kg_service.questions.case.numbers import plain_number
from kg_service.questions.case.passage import (
    MOVE_CUES,
    TRIM,
    Passage,
    Span,
    When,
    longest,
)


class EventReading:
    """What a recognised factory tells of events since (accidents, penalties, moves, false papers …), read for the
    causes of art_12 they bear on; the rest asked back."""

    # ---- events after recognition (art_12) ----------------------------------------------------------
    def _events(self, t: Passage, hits: list[Hit], r: CaseReading, recognised: re.Match[str]) -> None:
        c = self.cues
        types = [k for k in c["events"] if c.get("events", k, lang=t.lang) is not None]
        found = [(m.start(), m.end(), k) for k in types for m in c.finditer(t.text, "events", k, lang=t.lang)]
        found += [(m.start(), m.end(), "accident") for m in c.finditer(t.text, "accident", lang=t.lang)]
        # a death or injury with no accident word in its sentence ("a worker died in a fall"): an accident
        said_accident = {t.sentence_of(s).start for s, _, k in found if k == "accident"}
        found += [(m.start(), m.end(), "accident") for m in c.finditer(t.text, "casualty", lang=t.lang)
                  if t.sentence_of(m.start()).start not in said_accident]
        found = self._one_accident(t, longest(found))
        # accident words of a drill, a hazard found or a near miss ("重大安全事故应急演练", "a drill simulating a major
        # chemical leak"): no accident had, no cause
        drills = [f for f in found if f[2] == "accident" and self._not_had(t, f[0], f[1])]
        r.considered += ["accident" for _ in drills[:1]]
        if not drills and any(self._has(t, "casualty", start=t.sentence_of(m.start()).start,
                                        end=t.sentence_of(m.start()).end) is None
                              for m in c.finditer(t.text, "no_accident_told", lang=t.lang)):
            r.considered.append("accident")  # "上个月做了一次消防演练", "found a fire hazard": no accident had
        found = [f for f in found if f not in drills]
        # a form's label ("Incident: a major environmental accident", "事故：…"): the words after it tell the event,
        # when it opens its line (not "we had a general quality incident: a batch of valves leaked")
        found = [f for f in found if not (c.search(t.text[f[1]:f[1] + 3], "event_label", lang=t.lang)
                                          and self._opens_line(t, f[0]))]
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
        theirs = [f for f in found if self._of_another(t, f[0], parents=True) or self.cues.search(
            t.text[f[1]:t.clause_of(f[0]).end], "event_at_another", lang=t.lang) or self.cues.search(
            t.text[f[1]:self._said_after(t, f[1], found)], "event_not_ours", lang=t.lang)]
        r.considered += [k for _, _, k in theirs]
        found = [f for f in found if f not in theirs]
        accidents = [(s, e) for s, e, k in found if k == "accident"]
        # a date in the words saying the factory was recognised ("去年获评", "recognised … last year"), up
        # to the first event after them, dates the recognition
        clause = t.clause_of(recognised.start())
        moves = [m.start() for key in MOVE_CUES for m in c.finditer(t.text, key, lang=t.lang)]
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
                if "grade" in details and self._has(t, "grade_revised", start=clause.start, end=s):
                    # "最初被定为重大事故，后来重新认定为较大事故": the grade it was given last
                    both["grade"] = details["grade"]
                when = None if last.date else self._event_date(t, s, e, said)
                r.events[-1] = Event(last.type, t.words((t.source or t.raw).find(last.words), e), last.date or (
                    when.day.isoformat() if when else None), both,
                    day_named=last.day_named if last.date else bool(when and when.exact))
                if told := self._contested(t, e, self._said_after(t, e, found)):
                    # "…被认定为重大事故，但我们不服正在提起行政诉讼": the grade found is challenged, asked back
                    r.events.pop()
                    t.unconfirmed += told
                    r.leave(t.words(clause.start, clause.end), "event",
                            eids=(c.data["event_unconfirmed"]["cause"].get(kind, "art_12"),))
                    r.pending.append(t.words(clause.start, clause.end))
                continue
            if self._has(t, "event_negation", start=clause.start, end=s):
                r.considered.append(kind)  # "we have never had a major accident": none happened
                continue
            if kind not in ("false_information", "application_violation") and \
                    self._has(t, "event_refuted", start=e, end=self._said_after(t, e, found)):
                r.considered.append(kind)  # "有人说我们厂发生了重大事故，但经调查不属实": it did not happen
                continue
            if self._planned(t, kind, clause.start, s):
                r.considered.append(kind)  # "董事会在考虑破产清算": still to come, not happened
                continue
            if kind not in ("false_information", "application_violation") and self._before_recognition(t, s, e, found):
                r.considered.append(kind)  # "获评之前发生过重大事故": not an event after the recognition
                continue
            if kind == "false_information" and not self._of_application(t, s):
                # false figures said of no application ("虚报研发投入骗取政府补贴"): not item 1's; asked back
                r.leave(t.words(clause.start, clause.end), "event", eids=("art_12__item_1",))
                continue
            if (told := self._unconfirmed(t, kind, s, e, found)) is not None:
                # "有人举报我们申报数据造假，正在核查，还没有结论": alleged or pending, not established -- the
                # title stands until it is decided; the cause it would be is left open and asked back
                t.unconfirmed += told
                r.leave(t.words(clause.start, clause.end), "event",
                        eids=(c.data["event_unconfirmed"]["cause"].get(kind, "art_12"),))
                r.pending.append(t.words(clause.start, clause.end))
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

    def _unread_events(self, t: Passage, r: CaseReading) -> None:
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
        read = self._event_spans(t, ("accident", "casualty", *MOVE_CUES))
        taken = list(read)
        taken += [m.span() for group in ("not_causes", "not_causes_after") for k in (c.data.get(group) or {})
                  for m in c.finditer(t.text, group, k, lang=t.lang)]
        taken += [m.span() for k in ("lost", "kept") for m in c.finditer(t.text, "conditions_after_penalty", k,
                                                                          lang=t.lang)]
        taken += t.unconfirmed  # an event alleged or pending, told so ("正在核查", "the investigation is ongoing")
        taken += [m.span() for m in c.finditer(t.text, "event_refuted", lang=t.lang)]  # "经调查不属实": none happened
        # a drill, a hazard found, a near miss ("上个月做了一次消防演练"): told of as no accident
        not_had = [m.span() for m in c.finditer(t.text, "accident_not_had", lang=t.lang)]
        taken += not_had
        frame = [m.span() for key in ("recognised_held", "recognised", "title_asked", "recognised_when", "the_title",
                                      "event_frame")
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
            before = [x for x in t.sentences if x.end <= sentence.start][-1:]
            if self._has(t, "event_aftermath", start=piece.start, end=piece.end) and \
                    any(t.sentence_of(a) in (sentence, *before) for a, _ in (*read, *not_had)):
                continue  # what was done after the event read beside it, or just before ("…; we paid compensation"),
                # or after a hazard found ("found a major hazard and we fixed it")
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
                    not self.cues.search(t.text[lo:hi].strip(TRIM + " "), "event_asked", lang=t.lang) and \
                    (start > piece.start or not any(a.start < hi and lo < a.end for a in asking))
                before = [x for x in t.sentences if x.end <= sentence.start][-1:]
                if plain and self._has(t, "event_told_again", start=lo, end=hi) and \
                        any(t.sentence_of(a) in (sentence, *before) for a, _ in read):
                    continue  # the event read just before, told of again ("the investigation into its grade goes on")
                if (said is None and not plain) or \
                        self._has(t, "event_negation", start=lo, end=hi if plain else said.end()):
                    continue  # none happened ("nothing has changed since", "没有出现其他问题")
                planned = [self.cues["event_planned_considered"][x] for x in self._bears_on(t, lo, hi)
                           if x in self.cues["event_planned_considered"]]
                if planned and self._has(t, "event_planned", start=lo, end=hi if plain else said.end()) and \
                        not self._has(t, "event_supposed", start=sentence.start, end=sentence.end):
                    r.considered += planned  # only planned, not happened ("we plan to close the plant next year")
                    continue
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
                head = next(c.finditer(t.text, "other_party", lang=t.lang, pos=lo, endpos=hi), None)
                if causes == ["art_12__item_4"] and head is not None and \
                        c.search(t.text[lo:head.start()], "party_head", lang=t.lang):
                    continue  # a place of another firm, its subject ("Our Tianjin subsidiary, which is registered in
                    # Tianjin, …"): no move of the asker's registration
                r.leave(t.words(lo, hi), "event", eids=causes or [c["event_bears_on_otherwise"]])
                left.append(k)
                after = t.sentences[k + 1].end if 0 <= k < len(t.sentences) - 1 else sentence.end
                if self._has(t, "event_unconfirmed", "pending", start=sentence.start, end=after) and not \
                        self._has(t, "event_unconfirmed", "confirmed", start=sentence.start, end=after):
                    r.pending.append(t.words(lo, hi))  # "被立案调查，还没处罚", "a petition the court hears next month"

    def _unconfirmed(self, t: Passage, kind: str, s: int, e: int,
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
        if contested := self._contested(t, e, stop):
            return contested
        if kind not in u["alleged_not_of"]:
            told += [m.span() for m in c.finditer(t.text, "event_unconfirmed", "alleged", lang=t.lang,
                                                  pos=clause.start, endpos=s)]
        # (pending words may stand before the event in its clause too: "法院下个月开庭审理对我们的破产申请")
        pending = [m.span() for m in c.finditer(t.text, "event_unconfirmed", "pending", lang=t.lang,
                                                pos=min(clause.start, e), endpos=stop)
                   ] if kind in u["pending_of"] else []
        told += pending
        if not told:
            return None
        found_so = c.finditer(t.text, "event_unconfirmed", "confirmed", lang=t.lang, pos=clause.start, endpos=stop)
        if any(not any(a < m.end() and m.start() < b for a, b in pending) for m in found_so):
            return None  # "经核查属实", "confirmed by an audit" (not "尚未证实", "not yet confirmed")
        return told

    def _contested(self, t: Passage, start: int, stop: int) -> list[tuple[int, int]]:
        """The spans of the words in ``start..stop`` saying an event's finding is challenged and not yet decided
        (``event_unconfirmed`` ``contested``: "不服，正在提起行政诉讼", "we have appealed"), unless the challenge is
        said to have failed (``contest_ended``: "复议维持原处罚", "the appeal was dismissed"); else none."""
        c = self.cues
        told = [m.span() for m in c.finditer(t.text, "event_unconfirmed", "contested", lang=t.lang, pos=start,
                                             endpos=stop)]
        if told and any(c.finditer(t.text, "event_unconfirmed", "contest_ended", lang=t.lang, pos=start, endpos=stop)):
            return []
        return told

    def _tells_what_it_was(self, t: Passage, event: int, at: int) -> bool:
        """The words at ``at`` stand in the clause right after the event's at ``event``, in its sentence, which opens by
        saying what it was ("有位员工被机器夹伤了手指，属于轻微伤", "a worker hurt his hand, which was a minor
        injury")."""
        here, there = t.clause_of(event), t.clause_of(at)
        nxt = next((c for c in t.clauses if c.start >= here.end), None)
        return nxt == there and t.sentence_of(at) == t.sentence_of(event) and \
            self.cues.search(t.text[there.start:at], "accident_which", lang=t.lang) is not None

    def _bears_on(self, t: Passage, start: int, end: int) -> list[str]:
        """The causes of art_12 the words ``start..end`` may bear on (``event_bears_on``)."""
        return [cause for cause in self.cues["event_bears_on"]
                if self.cues.search(t.text[start:end], "event_bears_on", cause, lang=t.lang)]

    def _said_over(self, t: Passage, kind: str, start: int, end: int) -> bool:
        """Words in ``start..end`` that make an event of ``kind`` no cause (``not_causes_after``: "现已复产"), not
        denied just before them in their clause (``not_causes_after_denied``: "还没有恢复生产", "has not reopened")."""
        c = self.cues
        return any(not c.search(t.text[t.clause_of(m.start()).start:m.start()], "not_causes_after_denied", lang=t.lang)
                   for m in c.finditer(t.text, "not_causes_after", kind, lang=t.lang, pos=start, endpos=end))

    @staticmethod
    def _said_after(t: Passage, end: int, found: list[tuple[int, int, str]]) -> int:
        """Where the words said after an event that ends at ``end`` stop: the end of the next sentence (its own when
        it is the last), or the next event read before that."""
        sentence = t.sentence_of(max(0, end - 1))
        later = [s for s in t.sentences if s.start >= sentence.end]
        stop = later[0].end if later else sentence.end
        return min([s for s, _, _ in found if end <= s < stop], default=stop)

    def _event_spans(self, t: Passage, keys: tuple[str, ...], pos: int = 0) -> list[tuple[int, int]]:
        """The spans, from ``pos`` on, of every art_12 event's cue and of the other cues ``keys`` (an accident's, a
        move's …)."""
        c = self.cues
        return [m.span() for k in c["events"] for m in c.finditer(t.text, "events", k, lang=t.lang, pos=pos)] + \
            [m.span() for key in keys for m in c.finditer(t.text, key, lang=t.lang, pos=pos)]

    def _before_recognition(self, t: Passage, s: int, e: int, found: list[tuple[int, int, str]]) -> bool:
        """The event at ``s..e`` is said, in its sentence, to have happened before the recognition ("获评先进级之前，
        我们发生过…", "we had a major accident two years before we were recognised"): the words saying so stand
        before or after it with no other event between them."""
        sentence = t.sentence_of(s)
        for m in self.cues.finditer(t.text, "before_recognition", lang=t.lang, pos=sentence.start, endpos=sentence.end):
            lo, hi = (m.end(), s) if m.end() <= s else (e, m.start())
            if lo <= hi and not any(lo <= x < hi for x, _, _ in found):
                return True
        return False

    def _whole_group(self, t: Passage, s: int) -> int | None:
        """Where the words naming a whole the applicant may be part of (its group, head office, parent company)
        begin, when they lead the clause of ``s`` as its subject; else None."""
        clause = t.clause_of(s)
        m = self._has(t, "whole_group", start=clause.start, end=clause.end)  # (its words may look past ``s``)
        return m.start() if m is not None and m.start() < s else None

    @staticmethod
    def _one_accident(t: Passage, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Accident words side by side ("爆炸事故", "火灾事故", "fire accident") name one accident: one span."""
        out: list[tuple[int, int, str]] = []
        for s, e, k in sorted(found):
            if out and k == "accident" == out[-1][2] and not t.text[out[-1][1]:s].strip():
                out[-1] = (out[-1][0], e, k)
                continue
            out.append((s, e, k))
        return out

    def _opens_line(self, t: Passage, s: int) -> bool:
        """The words at ``s`` open their line or sentence, as a form's label does ("事故：…", "Incident: …"), with
        at most a short heading before them (no subject of the asker's, no verb telling what happened)."""
        sentence = t.sentence_of(s)
        before = t.text[max(sentence.start, t.text.rfind("\n", 0, s) + 1):s]
        return len(before.strip()) <= 24 and self._has(t, "own_subject", start=s - len(before), end=s) is None \
            and self._has(t, "event_said", start=s - len(before), end=s) is None

    def _of_application(self, t: Passage, s: int) -> bool:
        """False figures or papers at ``s`` are the application's (art_12 item 1): the application named in their
        clause (Chinese) or sentence (English); or, in Chinese, in their sentence when no other end of them is named
        ("关于…称号的通报：经核查，该公司存在虚报行为"; not "虚报研发投入骗取政府补贴")."""
        clause, sentence = t.clause_of(s), t.sentence_of(s)
        if t.lang != "zh":
            return self._has(t, "application_context", start=sentence.start, end=sentence.end) is not None
        if self._has(t, "application_context", start=clause.start, end=clause.end) is not None:
            return True
        return self._has(t, "application_context", start=sentence.start, end=sentence.end) is not None and \
            self._has(t, "false_other_end", start=sentence.start, end=sentence.end) is None

    def _of_another(self, t: Passage, s: int, *, parents: bool = False) -> bool:
        """The event whose words start at ``s`` is said of another firm named before it in its clause (a
        supplier, a customer, a competitor), not of the asker: no word of the asker's own between them, and
        the firm not the agent of a passive ("被一家上市公司收购", "acquired by a supplier"). With ``parents`` (an event
        after the recognition) a parent or holding company is another firm too, unless the words after the event
        name the asker as what it befell ("our parent company merged us into …"); a parent's stated fact (its
        maturity, its size) is not dropped as another's here but asked back (``whole_group``)."""
        clause = t.clause_of(s)
        if self.cues.search(t.text[clause.start:s], "predicate_only", lang=t.lang):
            # its verb opens the clause ("…, based in Hebei, was fined"): its subject is in the sentence before it
            clause = Span(t.sentence_of(s).start, clause.end)
        # "我帮客户问一下：客户公司…", "我是咨询顾问，客户…" (``for_client``): the client is the applicant
        for_client = t.for_client or self._has(t, "asking_for")
        # (a parent or holding company too: "母公司今年破产清算了", "our parent company was fined")
        parties = [*self.cues.finditer(t.text, "other_party", lang=t.lang, pos=clause.start, endpos=s),
                   *(self.cues.finditer(t.text, "parent_party", lang=t.lang, pos=clause.start, endpos=s)
                     if parents else ())]
        for p in parties:
            if for_client and self.cues.search(p.group(0), "asking_for_party", lang=t.lang):
                continue
            if self._has(t, "absorbed_party", start=clause.start, end=p.start()):
                continue  # "we absorbed a sister company and took a new name": the firm taken in; the event is ours
            if parents and self.cues.search(t.text[s:clause.end], "own_object", lang=t.lang):
                continue  # "our parent company merged us into …": the asker is what the event befell
            if self._has(t, "own_subject", start=p.end(), end=s) is None and \
                    self.cues.search(t.text[clause.start:p.start()], "party_agent", lang=t.lang) is None:
                return True
        return False

    def _dated(self, t: Passage, r: CaseReading) -> None:
        """The days a recognised factory's dates allow: an event dated by a month or a year keeps its first and
        last day (``Event.within``: the widest of the dates read as its day); the date of the recognition,
        where the words saying it name one ("2025年6月获评", "recognised … in March 2026"), is read as
        ``r.recognised``: one date only, else none (two dates there are not guessed between)."""
        for i, e in enumerate(r.events):
            ds = [d for d in t.dates if e.date and d.day.isoformat() == e.date and d.within]
            if ds:
                widest = (min(d.within[0] for d in ds).isoformat(), max(d.within[1] for d in ds).isoformat())
                at = (t.source or t.raw).find(e.words)
                # the words from its date (the nearest of its sentence) to the event's
                near = sorted((d for d in ds if at >= 0 and t.sentence_of(d.start) == t.sentence_of(at)),
                              key=lambda d: min(abs(d.start - at - len(e.words)), abs(at - d.end)))
                dated = t.words(min(near[0].start, at), max(near[0].end, at + len(e.words))) if near else ""
                r.events[i] = replace(e, within=widest, dated=dated)
        c = self.cues
        cues = self._event_spans(t, ("accident", *MOVE_CUES))
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

    def _names_last(self, t: Passage, r: CaseReading, s: int, accidents: list[tuple[int, int]]) -> bool:
        """The accident words at ``s`` name the accident read just before them, in their clause, as what
        it was classed as ("…被认定为较大事故", "classed as a major …")."""
        if not r.events or r.events[-1].type != "accident":
            return False
        clause, sentence = t.clause_of(s), t.sentence_of(s)
        before = [x_end for x_start, x_end in accidents if clause.start <= x_start and x_end <= s]
        if before:  # "…被认定为较大事故", "泄漏是较大突发环境事件", "the leak was a major incident"
            first = max(x_start for x_start, x_end in accidents if x_end == max(before))
            return self._has(t, "accident_is", start=max(before), end=s) is not None or \
                self.cues.search(t.text[max(before):s], "accident_copula", lang=t.lang) is not None or \
                self.cues.search(t.text[max(clause.start, first - 40):first], "accident_graded_object",
                                 lang=t.lang) is not None  # "graded our dust explosion a general accident"
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

    def _again(self, t: Passage, r: CaseReading, s: int) -> bool:
        """The accident words at ``s`` name again the one accident read before ("the accident was graded as a
        larger one", "该事故被认定为一般事故"): its grade or kind, not another accident."""
        if sum(e.type == "accident" for e in r.events) != 1 or r.events[-1].type != "accident":
            return False
        return self.cues.search(t.text[max(0, s - 8):s], "accident_again", lang=t.lang) is not None or \
            self.cues.search(t.text[max(0, s - 60):s], "accident_form_grade", lang=t.lang) is not None

    def _same_accident(self, t: Passage, r: CaseReading, s: int, accidents: list[tuple[int, int]]) -> bool:
        """The accident words at ``s`` follow the accident read just before them with nothing between
        ("火灾事故", "fire accident"): one accident named twice."""
        if not r.events or r.events[-1].type != "accident":
            return False
        return any(x_end <= s and not t.text[x_end:s].strip() for _, x_end in accidents)

    def _conditions_after(self, t: Passage, end: int) -> dict[str, Any]:
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

    def _event_date(self, t: Passage, start: int, end: int, said: Span) -> When | None:
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

    def _accident(self, t: Passage, hits: list[Hit], s: int, e: int,
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
            # (not a grade denied of it: "经认定不属于重大事故", "it was not classed as a major accident")
            inside = [h for h in hits if lo <= h.start < hi and h.of(kind) and not (
                kind == "grade" and self.cues.search(t.text[t.clause_of(h.start).start:h.start],
                                                     "accident_grade_denied", lang=t.lang))]
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
        revised = [h for m in self.cues.finditer(t.text, "grade_revised", lang=t.lang, pos=s, endpos=sentence.end)
                   for h in hits if m.end() <= h.start <= m.end() + 2 and h.of("grade")]
        if alone_in_sentence and revised:  # "first rated major but later downgraded to larger": the grade it was given
            keys = {x.key for x in revised[-1].of("grade") if x.key}
            details.pop("grade", None)
            if len(keys) == 1:
                details["grade"] = next(iter(keys))
        elif alone_in_sentence and len(named("grade", sentence.start, sentence.end)[0]) > 1:
            # two grades said of the one accident, none said to replace the other ("first graded major, but the final
            # report graded it larger"): neither, asked back -- never the first one's revoke
            details.pop("grade", None)
        if "grade" not in details and alone_in_sentence and (grade := self._grade_by_toll(t, sentence)):
            details["grade"] = grade  # "爆炸造成12人死亡": 重大 or above, by its toll
        return details, start

    def _grade_by_toll(self, t: Passage, span: Span) -> str | None:
        """The grade an accident's toll stated in ``span`` reaches, where it is one art_12 revokes for (the floors of
        ``accident_grade_by_count``: deaths, serious injuries, direct loss in yuan); else None (asked back)."""
        c = self.cues
        toll: dict[str, float] = {}
        for key in ("deaths", "serious_injuries", "loss"):
            for m in c.finditer(t.text, "accident_counts", key, lang=t.lang, pos=span.start, endpos=span.end):
                if c.search(t.text[max(span.start, m.start() - 8):m.start()], "accident_counts", "approx", lang=t.lang):
                    continue  # "近30人", "nearly 30": not a toll
                if key == "loss":
                    n = plain_number(m.group(1), self.digits)
                    n = None if n is None else n * c["loss_units"][m.group(2).lower()]
                else:
                    words = next(g for g in m.groups() if g)
                    n = plain_number(words, self.digits, self.en_numbers)
                if n is not None:
                    toll[key] = max(toll.get(key, 0), n)
        for row in c["accident_grade_by_count"]:
            if any(toll.get(k, -1) >= row[f] for k, f in (("deaths", "deaths"),
                                                          ("serious_injuries", "serious_injuries"),
                                                          ("loss", "loss_yuan"))):
                return str(row["grade"])
        return None

    def _moved(self, t: Passage, hits: list[Hit], r: CaseReading, said: Span) -> None:
        places = [h for h in hits if h.of("province", "district", "area")]
        placeless: Event | None = None
        moves = longest([(m.start(), m.end(), m) for key in MOVE_CUES
                          for m in self.cues.finditer(t.text, key, lang=t.lang)])
        for _, _, m in moves:
            clause = t.clause_of(m.start())
            reg = self._has(t, "registration", start=clause.start, end=clause.end)
            titles = [x.span() for x in self.cues.finditer(t.text, "the_title", lang=t.lang)]
            # (a plant word inside or right after a registration's words is theirs: "HQ and registered office")
            regs = [x.span() for x in self.cues.finditer(t.text, "registration", lang=t.lang, pos=clause.start,
                                                           endpos=clause.end)]
            plant = next((p for p in self.cues.finditer(t.text, "plant", lang=t.lang, pos=clause.start,
                                                        endpos=clause.end)
                          if not any(a <= p.start() < b for a, b in titles)
                          and not any(a < p.start() < b + 4 for a, b in regs)), None)
            if reg is None or plant:
                # the plant moved, or an office, or production ("we moved production to Hebei"): the registration
                # did not (art_12__item_4 looks at it)
                if plant is not None or (reg is None and self._has(t, "production_moved", start=clause.start,
                                                                   end=clause.end)):
                    r.considered.append("registered_address_moved")
                elif reg is None:
                    self._moved_unsaid(t, places, r, m, clause)
                continue
            stays = self.cues.search(t.text, "not_causes", "registered_address_moved", lang=t.lang,
                                     pos=t.sentence_of(m.start()).start)
            if stays is not None and not self._has(t, "unsure", start=t.sentence_of(m.start()).start,
                                                    end=m.start()):
                # "董事会在讨论明年迁到天津，现在还没迁，注册地还在北京亦庄": the registration is still in Beijing, said
                # in the move's sentence or after it: the move is to come, not made (a move supposed, "如果搬了",
                # is decided as asked)
                r.considered.append("registered_address_moved")
                continue
            sentence = t.sentence_of(m.start())
            ongoing = not self._has(t, "event_supposed", start=sentence.start, end=sentence.end) and (
                self._has(t, "move_ongoing", start=clause.start, end=clause.end) or
                self._has(t, "move_pending", start=clause.start, end=self._said_after(t, m.end(), [])))
            if self._planned(t, "registered_address_moved", clause.start, m.start()) or ongoing:
                # "公司计划明年把注册地迁到天津", "we plan to move our registration to Tianjin", "正在办理…还没办完":
                # not moved yet
                r.considered.append("registered_address_moved")
                continue
            parent = self._has(t, "parent_party", start=clause.start, end=m.start())
            if self._has(t, "event_negation", start=clause.start, end=m.start()) or (
                    parent is not None and self._has(t, "own_subject", start=parent.end(), end=m.start()) is None):
                # "we have not moved our registration", "our parent group moved its registered seat"
                r.considered.append("registered_address_moved")
                continue
            origin = self.cues.get("change_from", lang=t.lang)
            reach = self._move_reach(t, clause, origin)
            closed = self._has(t, "move_reach_end", start=m.end(), end=reach)
            reach = closed.start() if closed is not None else reach  # "…in Hebei and closed the Beijing registration"
            start_at = self.cues.get("move_origin", lang=t.lang)  # "迁出朝阳", "out of Chaoyang": where it left
            after = [h for h in places if m.end() <= h.start < reach and not self._follows(
                t.text[clause.start:h.start], origin) and not self._follows(t.text[clause.start:h.start], start_at)]
            again = self.cues.get("reregister", lang=t.lang)
            if not after and again is not None and (again.fullmatch(m.group(0)) or
                                                    self._has(t, "move_done_at", start=clause.start, end=m.start())):
                # "在河北重新注册": a registration done anew, where it was done before it ("在天津完成了工商迁址登记":
                # the move's registration made at a place)
                at = self.cues.get("registered_at", lang=t.lang)
                after = [h for h in places if clause.start <= h.start < m.start()
                         and self._follows(t.text[clause.start:h.start], at)]
            if not after and self._has(t, "move_along", start=clause.start, end=clause.end):
                # "公司整体搬迁到了河北沧州，注册地也一起迁过去了": the registration went where the move before it in
                # its sentence went
                prev = next((x for x in reversed(t.clauses) if x.end <= clause.start), None)
                if prev is not None and t.sentence_of(prev.start) != t.sentence_of(clause.start):
                    prev = None
                went = None if prev is None else next(
                    (x for key in MOVE_CUES for x in self.cues.finditer(t.text, key, lang=t.lang, pos=prev.start,
                                                                        endpos=prev.end)), None)
                if prev is not None and went is not None:
                    after = [h for h in places if went.end() <= h.start < prev.end and
                             not self._follows(t.text[prev.start:h.start], origin) and
                             not self._follows(t.text[prev.start:h.start], start_at)]
                    if after and t.words(prev.start, prev.end) in r.asks:
                        r.unleave(t.words(prev.start, prev.end))  # the move before: the registration's, told here
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
            event = Event("registered_address_moved", words, when.day.isoformat() if when else None, details,
                          names, day_named=bool(when and when.exact))
            if details:
                r.events.append(event)
                return
            # a move named without where to ("关于…注册地变更情况的函" heading a letter): the one said with its
            # place, if any later, is the move; else this one
            placeless = placeless or event
        if placeless is not None:
            r.events.append(placeless)

    def _moved_unsaid(self, t: Passage, places: list[Hit], r: CaseReading, m: re.Match[str], clause: Span) -> None:
        """The enterprise said to have moved to a place, neither its registration nor its plant named ("我们公司今年搬到
        了天津", "we moved to Tianjin this year"): within Beijing, whatever moved, no cause (art_12__item_4); beyond it,
        whether the registration moved is not said: left unread and asked back, never taken for a move of the
        registration (revoc22). Not a move planned, denied or another firm's."""
        if self._planned(t, "registered_address_moved", clause.start, m.start()) or \
                self._has(t, "event_negation", start=clause.start, end=m.start()) or \
                self._of_another(t, m.start(), parents=True):
            return
        start_at = self.cues.get("move_origin", lang=t.lang)
        after = [h for h in places if m.end() <= h.start < clause.end
                 and not self._follows(t.text[clause.start:h.start], start_at)]
        provinces = [p for h in after[-1:] for x in h.terms if (p := self._province_of(x))]
        if not provinces:
            return
        if not any(self._outside(p) for p in provinces):
            r.considered.append("registered_address_moved")
            return
        r.leave(t.words(clause.start, clause.end), "event", eids=("art_12__item_4",))

    def _planned(self, t: Passage, kind: str, start: int, end: int) -> bool:
        """An event of ``kind`` said as planned or intended in ``text[start:end]``, the words of its clause before it
        ("公司计划明年把注册地迁到天津", "the board is considering liquidation"): still to come, not happened; only
        for the kinds one plans (`event_planned_of`), and not where its sentence supposes it done
        (`event_supposed`: "如果搬了", decided as asked)."""
        sentence = t.sentence_of(start)
        return kind in (self.cues.data.get("event_planned_of") or ()) and end > start and \
            self._has(t, "event_planned", start=start, end=end) is not None and \
            self._has(t, "event_supposed", start=sentence.start, end=sentence.end) is None

    @staticmethod
    def _move_reach(t: Passage, clause: Span, origin: re.Pattern[str] | None) -> int:
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
