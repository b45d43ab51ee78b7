"""Reading yes/no statements of the conditions (finances, credit, policy, security, organisation …), the factory
built and in operation, and the registration (place, legal person, size).

A part of ``CaseReader`` (reader.py), which composes the reading modules; the helpers it
uses of the others are the reader's."""
from __future__ import annotations

import re
from typing import Any

from kg_service.questions.case.lexicon import Hit, Term
from kg_service.questions.case.model import CaseReading, Fact
from kg_service.questions.case.passage import (
    TRIM,
    Passage,
    Span,
    longest,
)


class StatementReading:
    """Yes/no statements of the conditions (finances, credit, policy, security, organisation …), the factory built
    and in operation, and the registration (place, legal person, size)."""

    # ---- statements in words (attested booleans, size, legal personality) ---------------------------
    def _statements(self, t: Passage, r: CaseReading) -> None:
        formed = self._forms(t, r)  # "独立法人：是", "Credit: clean": a form's lines first, their words not again
        if formed and not t.speaks and not self._has(t, "implicit_case", "rule"):
            # "- 企业规模：规下\n- 独立法人：是": a form filled in is the asker's case, its other lines and words too
            t.speaks = True
        if not t.speaks and self._own_figure(r) and not self._has(t, "implicit_case", "rule"):
            # a figure of the asker's own read plainly ("近三年净利润均为正，年营收1.2亿元"; the plant's state,
            # "工厂一直正常运转，属于规模以上工业企业"), or a revenue said as a range or a bound ("营业收入在1亿到1.5亿
            # 之间，财务稳健"): its plain statements beside it are the asker's case too, as a form's lines are
            t.speaks = True
        plain = None if t.speaks else self._said_plainly(t)
        if not (t.speaks or plain):
            return  # (a form's lines answered are the asker's case, said or not as theirs: "数字化达标：否")
        read_from = len(r.facts)
        found = [(m.start(), m.end(), entry) for entry, p in self.statements[t.lang] for m in p.finditer(t.text)
                 if not any(a < m.end() and m.start() < b for a, b in formed) and self._on_topic(t, m.start(), entry)
                 and (plain is None or entry["field"] in plain)]
        kept = longest(found)
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
                if self._has(t, "unknown_said", start=clause.start, end=s):
                    r.leave(t.words(clause.start, e), "hedged", [entry["field"]])  # "we don't know whether we …"
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
            if self.cues.search(t.text[e:clause.end], "statement_incomplete", lang=t.lang):
                r.leave(t.words(s, clause.end), "hedged", [entry["field"]])  # "组织机制还不健全": had in part
                continue
            whole = self._whole_group(t, s)
            if whole is not None:
                r.leave(t.words(whole, e), "part", [entry["field"]])  # "总部是规上工业企业": the head office's
                continue
            if self._all_but(t, s):
                # "除了能耗以外，其他指标都高于同行业平均水平": all but one, of a condition of them all; asked back
                r.leave(t.words(t.sentence_of(s).start, e), "part", [entry["field"]])
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
                    self._only_joined(t, kept[i - 1][1], s, disjunction=True) and \
                    not self._each_negated(t, clause.start, kept[i - 1][0], kept[i - 1][1], s):
                # "no dedicated team or an organisation for planning", "没有专门团队和组织机制": one negation of both
                neg = negated_at[i - 1]
            if neg is not None:
                negated_at[i] = neg
            value = entry["value"]
            start, end = (neg.start() if neg else s), e
            if value is None and entry.get("aside") and any(
                    k[2]["field"] == entry["field"] and k[2]["value"] is not None and t.sentence_of(k[0]) == sentence
                    for k in kept):
                continue  # "成立了智能制造工作专班，由总经理挂帅": words beside the field's own, said in their sentence
            if value is None:  # "去年亏损了": of the field, but settling nothing
                r.leave(t.words(start, end), "not_value", [entry["field"]])
                continue
            after = None if neg else self._negated_after(t, kept, i)
            if (neg or after) and "negated" in entry and entry["negated"] is None:
                # "not loss-making"
                r.leave(t.words(start, end if after is None else after), "negated", [entry["field"]])
                continue
            if value is True and not (neg or after) and \
                    self.cues.search(t.text[e:sentence.end], "statement_part_time", lang=t.lang):
                # "一个两人的信息化小组，兼顾智能制造", "an IT team that handles it part-time": had in part, asked back
                r.leave(t.words(start, sentence.end), "hedged", [entry["field"]])
                continue
            if isinstance(value, bool) and (neg or after):
                value = not value
            if isinstance(value, bool) and entry.get("reversed_by") and \
                    self._has(t, entry["reversed_by"], start=before, end=s) and \
                    (not entry.get("reversed_with") or
                     self.cues.search(t.text[s:e], entry["reversed_with"], lang=t.lang) is not None):
                # "不良品率低于同行业平均水平", "our energy use is below the industry average": lower is better there
                value = not value
            if after is not None:
                end = after
            r.facts.append(Fact(entry["field"], value, t.words(start, end), start, end))
        self._outright(t, r, read_from)

    @staticmethod
    def _own_figure(r: CaseReading) -> bool:
        """A figure or the plant's state read as the asker's (revenue, an indicator, built or running), or a revenue
        asked back only as a bound or a range."""
        own = ("annual_revenue_10k_cny", "factory_built", "factory_in_operation")
        return any(f.path in own or f.path.startswith("indicators.") for f in r.facts) or \
            any(a.kind == "bound" and "annual_revenue_10k_cny" in a.fields for a in r.asks.values())

    def _said_plainly(self, t: Passage) -> frozenset[str]:
        """The fields whose statements are the asker's case though said with no subject and nothing asked
        (``statement_plain``: "成立了智能制造领导小组，总经理任组长", "关键设备和工业软件都是国产的，安全可控"): an
        attestation said so is no one else's; none where the words ask, suppose, or word a rule."""
        c = self.cues
        if c.search(t.text, "statement_plain", "words", lang=t.lang) is None or \
                self._has(t, "implicit_case", "rule") or self._has(t, "generic_case"):
            return frozenset()
        return frozenset(c["statement_plain"].get("fields") or ())

    def _on_topic(self, t: Passage, at: int, entry: dict[str, Any]) -> bool:
        """Words that name what they are of only beside it (an entry's ``topic``: "专项小组", "专门的组织", "总经理
        挂帅" are the smart factory's where their sentence names it): the topic named in the sentence of ``at`` (in its
        clause, with ``topic_scope: clause``)."""
        topic = (entry.get("topic") or {}).get(t.lang)
        if not topic:
            return True
        scope = t.clause_of(at) if entry.get("topic_scope") == "clause" else t.sentence_of(at)
        return re.search(topic, t.text[scope.start:scope.end], re.I) is not None

    def _outright(self, t: Passage, r: CaseReading, since: int) -> None:
        """A value inferred from the kind of entity the asker is (``statement_inferred``: "we're a subsidiary") yields
        to the field said outright with another value among the facts read since ``since`` ("…, not a separate legal
        entity"): the asker's own word of the field is kept, the inference dropped."""
        inferred = self.cues.get("statement_inferred", lang=t.lang)
        if inferred is None:
            return
        said = r.facts[since:]
        for f in [f for f in said if inferred.search(f.words)]:
            if any(g.path == f.path and g.value != f.value and not inferred.search(g.words) for g in said):
                r.facts.remove(f)

    def _all_but(self, t: Passage, s: int) -> bool:
        """The statement at ``s`` is of all the things of a kind but those excepted in its sentence ("除了能耗以外，其他
        指标都…", "all … except energy"): an exception there and a word of "all" before it in its clause (not one that
        opens a list of them: "其他都有：独立法人、信用良好")."""
        sentence, clause = t.sentence_of(s), t.clause_of(s)
        if not self._has(t, "statement_except", "except", start=sentence.start, end=sentence.end):
            return False
        return any(not re.search(r"[:：]", t.text[m.end():s])
                   for m in self.cues.finditer(t.text, "statement_except", "all", lang=t.lang, pos=clause.start,
                                               endpos=s))

    # ---- a form's lines ("独立法人：是", "信用记录：良好", "Cyber risk: none") -----------------------------
    def _forms(self, t: Passage, r: CaseReading) -> list[tuple[int, int]]:
        """The lines of a form: a name that opens its clause, a mark and an answer (``statement_forms`` and
        ``statement_form_names`` in read_case.yaml). Each read, or asked back, from the name to its answer; the spans
        so read are returned (their words are not read again as statements)."""
        c, lang = self.cues, t.lang
        # (a name in the other language's words, the answer in the question's: "- 数字化达标 (digital-transformation
        # standard): not reached", "- bad credit：无")
        other = "en" if lang == "zh" else "zh"
        found = [(m.start(), m.end(), entry) for lg in (lang, other) for entry, p in c.compiled_list(
                 "statement_form_names", lg) for m in p.finditer(t.text)]
        done: list[tuple[int, int]] = []
        mark, end_p = c.get("statement_forms", "mark", lang=lang), c.get("statement_forms", "end", lang=lang)
        if mark is None or end_p is None:
            return done
        for s, e, entry in longest(found):
            clause = t.clause_of(s)
            if not c.search(t.text[clause.start:s], "statement_forms", "lead", lang=lang):
                continue  # "我们信用良好", "a supplier's credit: bad": no line of a form
            if self._of_another(t, s) or self._whole_group(t, s) is not None:
                continue  # "供应商情况：失信记录：有", "集团：独立法人：是": another's line, not the asker's
            m = mark.match(t.text[e:])
            if m is None or not m.group(0):
                continue
            pos, first, kind = e + m.end(), True, None
            sentence = t.sentence_of(pos if pos < len(t.text) else s)  # (after "Blacklisted?", the next sentence)
            piece_at = stop = pos
            while pos < sentence.end:
                cut = end_p.search(t.text, pos, sentence.end)
                stop = cut.start() if cut else sentence.end
                after = stop
                if cut and cut.group(0) in "(（":  # the answer's note: "否（分公司）"
                    close = re.search(r"[)）]", t.text[stop:sentence.end])
                    after = stop + close.end() if close else sentence.end
                piece = t.text[pos:stop].strip()
                if not first and (not piece or any(p.match(piece) for _, p in c.compiled_list(
                        "statement_form_names", lang))):
                    break  # the next line of the form
                kind = self._form_answer(piece, lang, first, entry.get("values") or {})
                if kind is not None:
                    piece_at, stop = pos, after
                    break
                first = False
                pos = after + (1 if after == stop and cut else 0)
            if kind is None:
                continue
            words, field = t.words(s, stop), entry["field"]
            done.append((s, stop))
            said = t.text[piece_at:stop]
            if c.search(said, "hedge", lang=lang) or c.search(said, "unsure", lang=lang) or \
                    c.search(said, "pending", lang=lang) or said.rstrip(" 。.").endswith("吧"):
                r.leave(words, "hedged", [field])  # "失信记录：应该没有吧", "是（正在办理）"
            elif kind in ("unknown", "vague") or kind not in (entry.get("values") or {}):
                r.leave(words, "form", [field])  # "财务状况：不太清楚", "Credit: no" (no what?)
            else:
                r.facts.append(Fact(field, entry["values"][kind], words, s, stop))
        return done

    def _form_answer(self, piece: str, lang: str, first: bool, values: dict | tuple = ()) -> str | None:
        """The kind of a form's answer (``statement_forms.answers``): the whole piece, or the piece without the
        words around an answer ("近三年良好", "sound for the last 3 years"); yes and no only in the first piece; the
        kinds of ``answers_bound`` ("已完成", "done") only where ``values`` (the name's) list them."""
        c = self.cues
        bound = set(c["statement_forms"].get("answers_bound") or ())
        piece = re.sub(r"(?:吧|呢|啊|哈)$", "", piece.strip(" \t.。!！")).strip()
        if not piece:
            return None
        before, after = c.get("statement_forms", "filler_before", lang=lang), c.get("statement_forms",
                                                                                      "filler_after", lang=lang)
        tail = after.sub("", piece, count=1).strip() if after is not None else piece  # ("是的": 是)
        bare = before.sub("", tail, count=1).strip() if before is not None else tail
        hedge = c.get("hedge", lang=lang)  # "应该没有吧": the answer, hedged (the caller asks it back)
        plain = hedge.sub("", bare).strip() if hedge is not None else bare
        for kind in self.cues["statement_forms"]["answers"]:
            if (not first and kind in ("yes", "no")) or (kind in bound and kind not in values):
                continue
            p = c.get("statement_forms", "answers", kind, lang=lang)
            if p is not None and any(x and p.fullmatch(x) for x in (piece, tail, bare, plain)):
                return kind
        return None

    def _form_reply(self, t: Passage, start: int, end: int, values: dict | tuple = ()) -> tuple[str, int] | None:
        """A form's answer after a name's words, filling the rest of their clause ``text[start:end]``: a few words, a
        mark and one of ``statement_forms.answers`` ("基础级备案情况：否", "Basic filing: not yet", "信用：待确认",
        "备案：已备案（朝阳区…"); a note in brackets after it aside. Its kind (a hedged or pending answer is
        ``unknown``: "：应该没有吧") and where the answer begins; None when the rest is no such answer. One reading of
        a form's answer for every kind (statements, a lack or a doubt said after a name, the basic filing)."""
        c, lang = self.cues, t.lang
        rest = t.text[start:end]
        m = c.search(rest, "statement_forms", "reply", lang=lang)
        if m is None:
            return None
        piece = rest[m.end():]
        note = re.search(r"[(（]", piece)
        said = piece[:note.start()] if note else piece
        kind = self._form_answer(said, lang, True, values)
        if kind is None:
            return None
        if c.search(said, "hedge", lang=lang) or c.search(said, "unsure", lang=lang) or \
                c.search(piece, "pending", lang=lang) or said.rstrip(" 。.").endswith("吧"):
            kind = "unknown"
        return kind, start + m.end()

    def _hedged(self, t: Passage, start: int, end: int) -> int | None:
        """Where a hedge of the words ``start..end`` begins ("应该", "大概…吧", "probably", "I think", "we may have
        had"): before or within them in their clause, or a closing 吧 after them; None when they are said plainly,
        or when their clause asks ("我们应该有专门团队吗": the modal asks of the rule)."""
        clause = t.clause_of(start)
        said = t.raw[clause.start:clause.end + 1]
        if self.cues.search(said, "question_end", lang=t.lang) and not self.cues.search(said, "hedge_tag", lang=t.lang):
            return None
        m = max(self.cues.finditer(t.text, "hedge", lang=t.lang, pos=clause.start, endpos=end), key=lambda x: x.start(),
                default=None)  # the nearest
        if m is not None:
            return m.start()
        after = self.cues.search(t.text[end:clause.end], "hedge_after", lang=t.lang)
        if after is not None:
            return end + after.start()
        reply = self._form_reply(t, end, clause.end)  # "网络安全：待确认"
        if reply is not None and reply[0] == "unknown":
            return reply[1]
        # the clause after, unsure of what was just said ("安全可控，这个我们不太确定", "…, though we're not sure")
        nxt = next((x for x in t.clauses if x.start >= clause.end), None)
        if nxt is not None and t.sentence_of(nxt.start) == t.sentence_of(start) and \
                self.cues.search(t.text[nxt.start:nxt.end], "hedge_next", lang=t.lang):
            return start
        return None

    def _other_negated(self, t: Passage, start: int, end: int, field: str) -> bool:
        """Between a negation (ending at ``start``) and the statement at ``end``, a joiner after the words of
        another fact: the negation names that fact first ("no accidents and a dedicated team"), not the
        words before a head ("没有建立智能工厂统筹规划、建设和运营的组织机制": one thing, its list a modifier)."""
        for m in self.cues.finditer(t.text, "joiner", lang=t.lang, pos=start, endpos=end):
            words = t.text[start:m.start()]
            if self.cues.search(words, "accident", lang=t.lang) or self.cues.search(words, "violation", lang=t.lang) \
                    or any(entry["field"] != field and p.search(words) for entry, p in self.statements[t.lang]):
                return True
        return False

    def _own_clause(self, t: Passage, start: int, end: int) -> int:
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

    def _negated_after(self, t: Passage, kept: list[tuple[int, int]] | list[tuple[int, int, Any]],
                       i: int) -> int | None:
        """A negation closing the clause after the words ``kept[i]`` and the names joined to them
        ("组织机制和人才队伍我们都没有"): the end of the negation, or None."""
        clause = t.clause_of(kept[i][0])
        k = i
        while k + 1 < len(kept) and kept[k + 1][0] < clause.end and self._only_joined(t, kept[k][1], kept[k + 1][0]):
            k += 1
        rest = t.text[kept[k][1]:clause.end]
        turn = self.cues.search(rest, "negation_turn", lang=t.lang)
        if turn is not None:
            rest = rest[:turn.start()]  # "是独立法人而不是分公司": the negation after the contrast is the other's
        reply = self._form_reply(t, kept[k][1], clause.end)  # "失信记录：无", "bad credit: none"
        if reply is not None and reply[0] == "no":
            return clause.end
        return clause.end if self.cues.search(rest, "negation_after", lang=t.lang) else None

    def _each_negated(self, t: Passage, start: int, prev: int, prev_end: int, at: int) -> bool:
        """A list whose items each carry their own negation ("无违法违规、无不良信用记录、经营财务良好", "no
        violations, no bad credit, finances sound"): the item after them with none (at ``at``, a list mark before
        it) is not negated. Two negations before the previous item (at ``prev``) in its clause make the list."""
        gap = t.text[prev_end:at]
        if gap.strip(" ,，、") or not gap.strip():
            return False  # joined by "和" / "and": "没有专门团队和组织机制", one negation of both
        return len(list(self.cues.finditer(t.text, "negation", lang=t.lang, pos=start, endpos=prev))) >= 2

    def _only_joined(self, t: Passage, start: int, end: int, disjunction: bool = False) -> bool:
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
    def _factory(self, t: Passage, r: CaseReading) -> None:
        c = self.cues
        found = [(m.start(), m.end(), (e.get("built"), e.get("operating"), bool(e.get("part"))))
                 for e, p in self.factory_phrases[t.lang] for m in p.finditer(t.text)]
        found += [(m.start(), m.end(), (True, True, False))
                  for m in c.finditer(t.text, "factory", "alone", lang=t.lang)]
        kept = longest(found)
        if kept and ((self._has(t, "factory", "new_plant") and self._has(t, "factory", "old_plant")) or
                     any(k[2][2] for k in kept)):
            # "新工厂还在建，老厂满负荷生产": of which plant? "only partially built; the second hall is under
            # construction": the words of building are of its parts
            for s, e, _ in kept:
                r.leave(t.words(s, e), "part", ("factory_built", "factory_in_operation"))
            return
        built: list[tuple[bool, int, int]] = []
        operating: list[tuple[bool, int, int]] = []
        for i, (s, e, (b, o, part)) in enumerate(kept):
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
            until = self._has(t, "factory", "not_until", start=clause.start, end=clause.end) if later else None
            if until is not None and o is not None and not self._has(t, "target", start=clause.start, end=e) and \
                    self._negated(t, clause.start, until.start()) is None:
                # "下个月才开始试产", "won't start production until next year": not running today (its negation said)
                if self._hedged(t, s, e) is None and not self._doubted(t, s, e) and not self._of_another(t, s):
                    operating.append((False, clause.start, e))
                continue
            if self._has(t, "target", start=clause.start, end=e) or later:
                continue  # "计划明年投产", "明年投产": a plan
            hedge = self._hedged(t, s, e)
            if hedge is not None:
                # "工厂应该算是建成了吧", "the plant is probably operational": asked back
                r.leave(t.words(min(s, hedge), e), "hedged", ("factory_built", "factory_in_operation"))
                continue
            if self._doubted(t, s, e):
                continue  # "是否算投产": a doubt
            if self._of_another(t, s):
                continue  # "our supplier's new plant is still under construction": another firm's plant
            if part:  # "部分产线已投产", "the plant is partly built": in part
                r.leave(t.words(s, e), "part", ("factory_built", "factory_in_operation"))
                continue
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

    def _registration(self, t: Passage, hits: list[Hit], r: CaseReading) -> None:
        places = [h for h in hits if h.of("province", "district", "area")]
        if not places:
            return
        used: set[int] = set()
        group_places: set[int] = set()  # places of a group's registration, said of the group
        group_words: list[str] = []
        # "registered in Tianjin in 2020, we moved our registration to Haidian in 2024": which is today's?
        # (where no registration word is said, the words of its tax domicile: "税收户管在北京亦庄")
        regs = list(self.cues.finditer(t.text, "registration", lang=t.lang)) or \
            list(self.cues.finditer(t.text, "registration_tax", lang=t.lang))
        # (a move planned, "我们计划明年把注册地迁到北京，目前注册在天津", is none yet: today's registration is said
        # beside it)
        moved = any(self._has(t, "move", start=t.clause_of(m.start()).start, end=t.clause_of(m.start()).end) and
                    not self._has(t, "wish", start=t.clause_of(m.start()).start, end=m.start())
                    for m in regs)
        for m in regs:
            clause = t.clause_of(m.start())
            tail = t.clause_of(m.end() - 1)  # words that reach over a break ("Reg. address:")
            if tail.end > clause.end:
                clause = Span(clause.start, tail.end)
            answer = self._self_asked(t, m, clause, places)
            if answer is not None:  # "Registered district? Shijingshan.": the answer's places are the registration's
                clause = Span(clause.start, answer.end)
            elif self._doubted(t, m.start(), m.end()) and self._has(t, "rule_asked", start=clause.start, end=m.start()):
                used |= {h.start for h in places if clause.start <= h.start < clause.end}
                continue  # "申报主体必须在北京注册吗", "do we have to be registered in Beijing?": the rule's place
            if self._has(t, "wish", start=clause.start, end=m.start()):
                used |= {h.start for h in places if clause.start <= h.start < clause.end}
                continue  # "我们想在北京注册一家公司", "we plan to register in Tianjin": a wish, no registration
            if self.cues.search(t.text[clause.start:m.start()], "group_registered", lang=t.lang):
                # "our group is registered in Shanghai", "集团总部注册在上海": the group's, not the applicant's
                group_places.update(h.start for h in places if clause.start <= h.start < clause.end)
                group_words.append(t.words(clause.start, clause.end))
                continue
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
            else:  # "registered in Chaoyang, Beijing": the clauses after that only name places belong here, and
                # those of a street address before them ("Registered address: Room 501, No. 10 Jiuxianqiao Road,
                # Chaoyang District, Beijing")
                sentence = t.sentence_of(clause.end - 1)
                if not t.text[m.end():clause.end].strip(TRIM + " :：") and t.text[clause.end:clause.end + 1] in "|｜":
                    # a table's row: the registration's name alone in its cell, its value in the next
                    # ("| Registered office | Floor 6, Tower B, Haidian District, Beijing |")
                    nl = t.text.find("\n", clause.end)
                    sentence = Span(sentence.start, len(t.text) if nl < 0 else nl)
                for nxt in (c for c in t.clauses if c.start >= clause.end and c.end <= sentence.end):
                    if self._has(t, "plant", start=nxt.start, end=nxt.end) or \
                            self._has(t, "filing", start=nxt.start, end=nxt.end):  # ("在朝阳区备的案")
                        break
                    if any(nxt.start <= h.start < nxt.end for h in places) and (
                            self._only_places(t, nxt, places) or self.cues.search(
                                self._unplaced(t, nxt, places), "address_part", lang=t.lang)):
                        end = nxt.end  # ("…, Haidian District, Beijing", "北京市海淀区中关村大街18号")
                        continue
                    if any(nxt.start <= h.start < nxt.end for h in places) or \
                            not self.cues.search(t.text[nxt.start:nxt.end], "address_part", lang=t.lang):
                        break
            # "registered in Beijing since 2010 and are located in Fangshan": the places after another verb of where
            # the asker is, once the registration's place is said, may be another site's
            for other in self.cues.finditer(t.text, "registration_elsewhere", lang=t.lang, pos=m.end(), endpos=end):
                if any(m.end() <= h.start and h.end <= other.start() for h in places):
                    end = other.start()
                    break
            start = clause.start
            plant_before = None
            for pm in self.cues.finditer(t.text, "plant", lang=t.lang, pos=clause.start, endpos=m.start()):
                plant_before = pm
            if plant_before:
                start = plant_before.end()
            mine = [h for h in places if start <= h.start < end]
            # "a Fengtai, Beijing-registered company": the run of places written against the words, over a comma
            # (not a plant's: "our plant is in Hebei, Beijing-registered company")
            mine += [h for h in self._adjoining(t, m, places) if h.start < start and h.start not in t.plant_places
                     and not self._has(t, "plant", start=t.clause_of(h.start).start, end=h.start)]
            mine.sort(key=lambda h: h.start)
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
            provinces = self._provinces(mine)
            near = self._adjoining(t, m, mine) if len(provinces) > 1 else []
            if near and all(self.cues.match(t.text, "parent_named_after", lang=t.lang, pos=h.end)
                            for h in mine if h not in near):
                # "a Beijing-registered branch of a Shanghai group", "上海一家集团在北京注册的分公司": the place
                # written against the registration's words is the registration's, the other the group's (not
                # "河北注册的公司在北京设立的分公司": the branch's own place is not said registered)
                mine = near
                words = t.words(min(m.start(), mine[0].start), max(m.end(), mine[-1].end))
                provinces = self._provinces(mine)
            districts = {term.concept for h in mine for term in h.of("district")}
            if len(provinces) != 1:
                r.leave(words, "place", ["registration.province"])
                continue
            province = provinces.pop()
            s, e = min(m.start(), mine[0].start), max(m.end(), mine[-1].end)
            r.facts.append(Fact("registration.province", self.lexicon.label(province, "zh"), words, s, e))
            if len(districts) == 1:
                r.facts.append(Fact("registration.district", self.lexicon.label(districts.pop(), "zh"), words, s, e))
            elif not districts and self.lexicon.label(province, "zh") != "北京市":
                # a district of another province's city, as written after it ("天津市武清区"): the graph knows
                # Beijing's districts only
                d = self.cues.match(t.text, "district_after_place", lang=t.lang, pos=mine[-1].end)
                if d is not None:
                    r.facts.append(Fact("registration.district", d.group(1), t.words(s, d.end()), s, d.end()))
        if not any(f.path == "registration.province" for f in r.facts):
            self._entity_place(t, places, used, r)
        used |= group_places  # the group's place: said of the group, never read as the applicant's
        if group_places and not any(f.path == "registration.province" for f in r.facts):
            for words in group_words:  # the applicant's own registration unsaid: asked back
                r.leave(words, "place", ["registration.province"])
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

    def _self_asked(self, t: Passage, m: re.Match[str], clause: Span, places: list[Hit]) -> Span | None:
        """The registration's words ``m`` asked as a form's question, or by the asker of themself, and answered by the
        next sentence naming places alone ("Registered district? Shijingshan.", "Where are we registered? Daxing,
        Beijing.", "注册地？北京大兴。": ``registration_self_asked``): that sentence; None otherwise (an answer that
        asks again, "…? Beijing?", is none)."""
        c = self.cues
        if not c.search(t.text[clause.start:m.start()], "registration_self_asked", "before", lang=t.lang):
            return None
        asked = c.match(t.raw, "registration_self_asked", "after", lang=t.lang, pos=m.end())
        if asked is None:
            return None
        nxt = next((s for s in t.sentences if s.start >= asked.end() - 1 and t.text[s.start:s.end].strip(TRIM + " ")),
                   None)
        if nxt is None or t.raw[nxt.end:nxt.end + 1] in ("?", "？") or \
                not any(nxt.start <= h.start < nxt.end for h in places) or not self._only_places(t, nxt, places):
            return None
        return nxt

    def _entity_place(self, t: Passage, places: list[Hit], used: set[int], r: CaseReading) -> None:
        """The place the enterprise is said a legal person of ("我们是北京亦庄的独立法人", "a Beijing legal entity"):
        its registration's, as the run of places written against those words; asked back where denied or doubted."""
        for h in places:
            if h.start in used or h.start in t.plant_places or \
                    not self.cues.match(t.text, "legal_entity_of_place", lang=t.lang, pos=h.end):
                continue
            clause = t.clause_of(h.start)
            run = [h]
            for p in sorted((p for p in places if clause.start <= p.start and p.end <= run[0].start),
                            key=lambda p: -p.start):
                if not self.cues.search(t.text[p.end:run[0].start], "registration_adjoining", "between", lang=t.lang):
                    break
                run.insert(0, p)
            used |= {p.start for p in run}
            s, e = run[0].start, h.end
            words = t.words(s, e)
            provinces = self._provinces(run)
            districts = {term.concept for x in run for term in x.of("district")}
            if len(provinces) != 1 or self._negated(t, clause.start, s) or self._doubted(t, s, e):
                r.leave(words, "place", ["registration.province"])
                continue
            r.facts.append(Fact("registration.province", self.lexicon.label(provinces.pop(), "zh"), words, s, e))
            if len(districts) == 1:
                r.facts.append(Fact("registration.district", self.lexicon.label(districts.pop(), "zh"), words, s, e))

    def _provinces(self, places: list[Hit]) -> set[str]:
        """The provinces the places name: a province itself, or the one a district or area lies within."""
        return {p for h in places for term in h.terms if (p := self._province_of(term))}

    def _unplaced(self, t: Passage, clause: Span, places: list[Hit]) -> str:
        """The clause's words without its places ("18 Zhongguancun Street" → "18  Street")."""
        rest = t.text[clause.start:clause.end]
        for h in sorted((h for h in places if clause.start <= h.start < clause.end), key=lambda h: -h.start):
            rest = rest[:h.start - clause.start] + rest[h.end - clause.start:]
        return rest

    def _only_places(self, t: Passage, clause: Span, places: list[Hit]) -> bool:
        """The clause names places and nothing more ("…, Beijing", "，北京市"), not another thing of a place ("北京只有
        销售公司")."""
        rest = self._unplaced(t, clause, places).strip(TRIM + " ")
        return len(rest) <= 2 if t.lang == "zh" else len(rest.split()) <= 1

    def _adjoining(self, t: Passage, m: re.Match[str], places: list[Hit]) -> list[Hit]:
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
