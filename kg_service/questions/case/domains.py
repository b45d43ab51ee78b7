"""Reading the construction domains covered (lists, "all but", "only") and the GB/T 39116 maturity level.

A part of ``CaseReader`` (reader.py), which composes the reading modules; the helpers it
uses of the others are the reader's."""
from __future__ import annotations

import itertools
import re

from kg_service.questions.case import numbers
from kg_service.questions.case.lexicon import Hit
from kg_service.questions.case.model import CaseReading, Fact
from kg_service.questions.case.passage import (
    Passage,
    Span,
    unclosed_bracket,
)
from kg_service.questions.structured import Mention


class DomainReading:
    """The construction domains covered (lists, "all but", "only") and the GB/T 39116 maturity level."""

    # ---- construction domains, systems ------------------------------------------------------------
    def _domains(self, t: Passage, hits: list[Hit], mentions: list[Mention], r: CaseReading) -> None:
        before = len(r.facts)
        self._domains_read(t, hits, mentions, r)
        for i in range(len(r.facts) - 1, before - 1, -1):
            f = r.facts[i]
            named = {x.key for h in hits if f.start <= h.start < f.end for x in h.of("domain")}
            if f.path == "domains" and f.value and named == set(f.value) and self._count_disagrees(t, f):
                # "we cover four domains: production operation, production management and operations management": a
                # count beside the list that does not square with the names read; which is right is asked back (a
                # list read as named, not every domain but those named: "五个环节只差研发设计没做")
                del r.facts[i]
                r.leave(f.words, "domains", ["domains"])

    def _count_disagrees(self, t: Passage, f: Fact) -> bool:
        """A count of the domains in the sentences of the list read (``count_beside``: "three domains", "两个环节",
        "two of the five") other than the number of domains read."""
        s, e = t.sentence_of(f.start).start, t.sentence_of(max(f.start, f.end - 1)).end
        # (not another's count in a clause of its own: "兄弟工厂五个环节都做了，我们只做了生产作业和运营管理")
        for c in t.clauses:
            if s <= c.start < f.start and c.end <= f.start and \
                    self.cues.search(t.text[c.start:c.end], "restated", "other", lang=t.lang):
                s = c.end
        for m in self.cues.finditer(t.text, "domains", "count_beside", lang=t.lang, pos=s, endpos=e):
            word = next((g for g in m.groups() if g), None)
            n = numbers.integer(word, self.digits, self.en_numbers) if word else None
            if n is not None and n != len(set(f.value)):
                return True
        return False

    def _domains_read(self, t: Passage, hits: list[Hit], mentions: list[Mention], r: CaseReading) -> None:
        named = [h for h in hits if h.of("domain")]
        # "智能工厂建设", "smart factory construction": the whole project, not the factory-construction domain
        # (only that domain's name: "smart production operations" is the production-operation domain); listed with
        # other domains ("smart factory construction, production operation and …") it is that domain, a member
        named = [h for h in named if not (any(x.key == "factory_construction" for x in h.of("domain")) and
                                          self.cues.search(t.text[max(0, h.start - 8):h.start], "domains",
                                                           "whole_project", lang=t.lang)) or
                 any(self._listed_with(t, *sorted((h, x), key=lambda y: y.start)) for x in named if x is not h)]
        named = sorted(named + self._shared_heads(t, named), key=lambda h: h.start)
        # another party's coverage ("Another plant of our group covers all five domains", "兄弟工厂覆盖了研发设计"):
        # not the asker's
        named = [h for h in named if not self._of_another(t, h.start)]
        # the group's, the head office's ("our parent group has done …", "集团的生产作业…", of which the applicant
        # may be one part): asked back
        grouped = [h for h in named if self._whole_group(t, h.start) is not None]
        for h in named:  # (and the names listed after one of the group's: "… has done X, Y and Z")
            if h not in grouped and any(self._listed_with(t, x, h) for x in grouped if x.start < h.start):
                grouped.append(h)
        if grouped and t.speaks:
            r.leave(t.words(min(self._whole_group(t, h.start) or h.start for h in grouped), grouped[-1].end), "part",
                    ["domains"])
        named = [h for h in named if h not in grouped]
        # a name that qualifies a team or a department is no domain ("our production management team"); one that names
        # a system ("a production management system") leaves the domains asked back
        units = [h for h in named if self.cues.match(t.text, "domains", "name_as_unit", lang=t.lang, pos=h.end)]
        for h in reversed(named):  # ("our production management and operations management teams": both)
            if h not in units and any(self._listed_with(t, h, x) for x in units if x.start > h.start):
                units.append(h)
        named = [h for h in named if h not in units]
        system = next((h for h in named if self.cues.match(t.text, "domains", "name_as_system", lang=t.lang,
                                                           pos=h.end)), None)
        if system is not None and (t.speaks or self._has(t, "domains", "third_person")) and \
                not self._supposed(t, system.start):
            r.leave(t.words(named[0].start, named[-1].end), "domains", ["domains"])
            self._systems(t, mentions, r)
            return
        if self._domain_form(t, named, r):
            self._systems(t, mentions, r)
            return
        every = next((m for m in self.cues.finditer(t.text, "domains", "all", lang=t.lang)
                      if not self._of_another(t, m.start())), None)
        # ("生产作业、生产管理都做了，只有研发设计没做": "only X not done" after a list says every domain but X)
        if every is not None and every.end() > every.start() and \
                any(t.sentence_of(every.start()).start <= h.start < every.start() for h in named) \
                and not self._has(t, "domains", "except", start=t.sentence_of(every.start()).start,
                                  end=every.start()):
            every = None  # "生产作业、生产管理都覆盖了": all of the list, not every domain
        but = self._has(t, "domains", "except")
        if not (t.speaks or every or but or self._has(t, "domains", "third_person") or self._plainly_stated(t, named)):
            return  # ("该企业已开展…", "the applicant covers …": the applicant's own case, said of it)
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
        # a sentence whose names are all asides (a plan, a time: "During factory construction we installed sensors; …")
        # before a sentence that names the domains covered: the list is the later sentence's
        while len({t.sentence_of(h.start) for h in named}) > 1 and all(
                self._domain_aside(t, h, named) for h in named
                if t.sentence_of(h.start) == t.sentence_of(named[0].start)):
            opening = t.sentence_of(named[0].start)
            named = [h for h in named if t.sentence_of(h.start) != opening]
        if named:
            first, last = named[0], named[-1]
            sentence = t.sentence_of(first.start)
            if self._supposed(t, first.start):
                # "如果生产作业覆盖了，能报吗？", "does production operation have to be covered?": nothing stated
                self._systems(t, mentions, r)
                return
            if self._has(t, "domains", "unnamed_left", start=sentence.start, end=sentence.end):
                # "生产作业、生产管理都做了，还有一个没做": a member left that no name tells; asked back
                r.leave(t.words(first.start, sentence.end), "domains", ["domains"])
                return
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
            after_but = [h for h in named if h.start >= t.clause_of(but.start()).end] if but else []
            if but and others and after_but:
                # "除了研发设计之外，生产作业、生产管理、运营管理和工厂建设都做了": the names after the
                # exception's clause list the others; they must be every domain but those excepted, said done
                s, e = but.start(), others.end()
                excepted = [x.key for h in named if h not in after_but for x in h.of("domain") if x.key]
                listed = [x.key for h in after_but for x in h.of("domain") if x.key]
                if excepted and set(listed) == set(self.all_domains) - set(excepted) and \
                        not self._negated(t, others.end(), t.clause_of(others.start()).end) and \
                        not self._unnamed_excepted(t, named, but.end(), t.clause_of(but.start()).end):
                    r.facts.append(Fact("domains", list(dict.fromkeys(listed)), t.words(s, e), s, e))
                else:
                    r.leave(t.words(s, e), "domains", ["domains"])
            elif but and others:
                s, e = but.start(), others.end()
                if self._unnamed_excepted(t, named, but.end(), t.clause_of(but.start()).end):
                    # "除了生产管理和运营管里，其他环节都覆盖了": a member excepted not known by name (a slip of the
                    # pen) leaves the others unknown; asked back, not read as every domain but those named
                    r.leave(t.words(s, e), "domains", ["domains"])
                elif self._negated(t, others.end(), t.clause_of(others.start()).end):
                    # "除了生产作业和运营管理，其他环节都没做": only those named
                    e = t.clause_of(others.start()).end
                    r.facts.append(Fact("domains", list(dict.fromkeys(keys)), t.words(s, e), s, e))
                else:
                    rest = [k for k in self.all_domains if k not in keys]
                    r.facts.append(Fact("domains", rest, t.words(s, e), s, e))
            elif but:
                # "除了研发设计，…": the domains named are the ones left out, and what the rest is we cannot
                # tell without an "all" or "others" (nor with every other domain named after it: "apart from R&D
                # design, we have covered …" may add R&D design to the list as well as leave it out)
                r.leave(t.words(but.start(), t.clause_of(last.start).end), "domains", ["domains"])
            elif (others := others or self._others_next(t, sentence)) and \
                    t.clause_of(others.start()) != t.clause_of(last.start) and \
                    not self._has(t, "domains", "list_again", start=last.end, end=others.start()) and \
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
                # (in the name's clause, or between it and the name before it: "production operation and, to some
                # extent, production management")
                manual = [h for i, h in enumerate(named) if any(
                    self._has(t, "domains", kind, start=t.clause_of(h.start).start, end=t.clause_of(h.start).end) or
                    (i and t.sentence_of(named[i - 1].start) == t.sentence_of(h.start) and
                     self._has(t, "domains", kind, start=named[i - 1].end, end=h.start))
                    for kind in ("manual", "partial"))]
                if manual:  # "生产作业还是靠人工", "运营管理只做了一部分": whether it counts as covered is asked
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
        self._systems(t, mentions, r)

    def _plainly_stated(self, t: Passage, named: list[Hit]) -> bool:
        """A domain said covered (or not) in a statement with no person ("生产作业和生产管理已覆盖，运营管理还没有",
        "production operation and production management are covered"): the asker's case, unless its sentence
        asks, supposes or speaks of a rule."""
        if self._has(t, "implicit_case", "rule"):
            return False
        for h in named:
            sentence = t.sentence_of(h.start)
            if not self._has(t, "domains", "plain_stated", start=sentence.start, end=sentence.end):
                continue
            if self.cues.search(t.raw[sentence.start:sentence.end + 1], "question_end", lang=t.lang) or \
                    self._has(t, "unsure", start=sentence.start, end=sentence.end) or \
                    self._has(t, "requirement", start=sentence.start, end=sentence.end) or \
                    self._has(t, "domains", "plain_not", start=sentence.start, end=sentence.end) or \
                    self._has(t, "rule_asked", start=sentence.start, end=sentence.end):
                continue
            return True
        return False

    def _supposed(self, t: Passage, at: int) -> bool:
        """The domain named at ``at`` is supposed ("如果生产作业覆盖了", "if production operation is covered") or asked
        of as a rule's ("does production operation have to be covered?", "生产作业是否需要覆盖？"): nothing stated."""
        clause, sentence = t.clause_of(at), t.sentence_of(at)
        if self._has(t, "unsure", start=clause.start, end=at):
            return True
        asks = self.cues.search(t.raw[sentence.start:sentence.end + 1], "question_end", lang=t.lang)
        return bool(asks and (self._has(t, "rule_asked", start=sentence.start, end=sentence.end) or
                              self._has(t, "unsure", start=sentence.start, end=sentence.end)))

    def _systems(self, t: Passage, mentions: list[Mention], r: CaseReading) -> None:
        """Systems named (MES, ERP): where each belongs, for an answer to "which part is our MES"."""
        c = self.cues
        for mention in mentions:
            key = self.system_domain.get(mention.concept)
            if key and mention.label not in {s["named_as"] for s in r.systems}:
                name = mention.label.upper() if mention.label.isascii() and len(mention.label) <= 5 else mention.label
                r.systems.append({"named_as": name, "domain": key})
        r.asks_domain = bool(r.systems) and bool(c.search(t.text, "domains", "which", lang=t.lang))

    def _domain_form(self, t: Passage, named: list[Hit], r: CaseReading) -> bool:
        """The domains as a pasted form states them: lists after a label of covered and one of not covered ("已覆盖：
        生产作业、生产管理；未覆盖：研发设计", "Covered domains: …. Not covered: …"), or each name with its mark
        ("生产作业（已覆盖）、运营管理（未覆盖）", "production operation - yes; … - no"); or a count of domains with
        none named ("我们覆盖了4个环节", "we cover three of the five domains"), asked back. True where the form was read
        (or left unread): the domains are then no other reading's."""
        # (a label said without a form's colon, "覆盖的环节有生产作业和生产管理", only in a statement: not in a
        # question or a rule's wording, "先进级要求覆盖的环节有…")
        said = [m for m in self.cues.finditer(t.text, "domains", "form_covered_said", lang=t.lang)
                if self._stated_sentence(t, t.sentence_of(m.start()))]
        labels = sorted([(m, True) for m in self.cues.finditer(t.text, "domains", "form_covered", lang=t.lang)] +
                        [(m, True) for m in said] +
                        [(m, False) for m in self.cues.finditer(t.text, "domains", "form_not_covered", lang=t.lang)] +
                        # (a label opening a line of chat with no sign after it, "domains production ops …": where a
                        # domain's name follows it at once)
                        [(m, True) for m in self.cues.finditer(t.text, "domains", "form_covered_bare", lang=t.lang)
                         if any(h.start == m.end() for h in named)],
                        key=lambda x: x[0].start())
        covered: list[Hit] = []
        left: list[Hit] = []
        spans: list[tuple[int, int]] = []
        unknown = False
        marks = self._domain_marks(t, named)
        if marks is not None:
            labels = []
            covered, left, spans = marks
            # (a member before the names marked that names no domain: "we have quality management and production
            # operation digitalised")
            unknown = (not covered and not left) or (bool(covered) and self._unnamed_member(t, covered))
        for i, (m, yes) in enumerate(labels):
            # (a form's list runs to its line's end, the next label, or a full stop: "Domains covered: factory
            # construction; R&D and design; production operation.")
            # (not an item's number inside the line: "覆盖环节有：1.生产作业 2.生产管理")
            stop = re.compile(r"\n|[。？?！!]|(?<![\s:：、，,;；\u4e00-\u9fff]\d)(?<![\s:：、，,;；\u4e00-\u9fff]\d\d)"
                              r"\.(?!\d)").search(t.text, m.end())
            end = stop.start() if stop is not None else len(t.text)
            items = self._form_items(t, m.end(), end)
            items, end = items > end, items
            if i + 1 < len(labels):
                end = min(end, labels[i + 1][0].start())
            if self.cues.search(t.text, "domains", "form_defer", lang=t.lang, pos=m.end(), endpos=end):
                # a sentence after the label ("建设环节：除了研发设计，其余都做了", "Domains: only …"): read as said
                return False
            if self._negated(t, m.end(), end) or any(
                    self._has(t, *kind, start=m.end(), end=end) for kind in (
                        ("domains", "covers_not"), ("domains", "in_progress"), ("target",), ("domains", "partial"),
                        ("domains", "manual"), ("domains", "wish"))):
                # a name in the label's list said not done, under way or planned ("覆盖的环节有生产作业和生产管理，
                # 运营管理还没有", "Covered domains: …, operations management not yet"): no form's list, read as a
                # sentence
                return False
            inside = [h for h in named if m.end() <= h.start < end]
            if not inside:
                if yes:
                    unknown = unknown or bool(re.search(r"\w", t.text[m.end():end]))
                continue
            spans.append((m.start(), inside[-1].end))
            (covered if yes else left).extend(inside)
            # (a list set out as items: its lines after the last name's are members too, "- quality")
            rest = t.text[m.end():end if items else inside[-1].end]
            for h in reversed(inside):
                rest = rest[:h.start - m.end()] + " " + rest[h.end - m.end():]
            rest = self._glosses_out(t, rest)  # ("Domains: production ops (MES), prod mgmt (ERP)")
            item = self.cues.get("domains", "form_item", lang=t.lang)
            if item is not None:  # ("1. ", "- ", "• " opening an item's line)
                rest = "\n".join(x[mm.end():] if (mm := item.match(x)) else x for x in rest.split("\n"))
            filler = self.cues.get("domains", "form_filler", lang=t.lang)
            rest = filler.sub(" ", rest) if filler is not None else rest
            more = self.cues.match(t.text, "domains", "form_more", lang=t.lang, pos=inside[-1].end)
            if more is not None and more.end() <= end and \
                    self.cues.match(t.text, "domains", "next_statement", lang=t.lang, pos=more.end() - 1) is None:
                rest += " " + more.group(0)  # ("已覆盖：生产作业、仓储物流": a member that names no domain)
            if yes and re.search(r"\w", rest):
                unknown = True  # a member named by no domain's name ("已覆盖：生产作业、仓储物流"), or "等"
        if not covered and not left and not unknown:
            return self._domain_count(t, named, r)
        if not covered:
            if left or unknown:
                s, e = min(a for a, _ in spans) if spans else 0, max(b for _, b in spans) if spans else len(t.text)
                r.leave(t.words(s, e), "domains", ["domains"])  # only what is not covered: the rest not said
                return True
            return False
        keys = list(dict.fromkeys(x.key for h in covered for x in h.of("domain") if x.key))
        out = {x.key for h in left for x in h.of("domain") if x.key}
        s, e = min(a for a, _ in spans), max(b for _, b in spans)
        if unknown or out & set(keys):
            r.leave(t.words(s, e), "domains", ["domains"])
        else:
            r.facts.append(Fact("domains", keys, t.words(s, e), s, e))
        return True

    def _form_items(self, t: Passage, start: int, end: int) -> int:
        """Where a form's label ends its line (``start..end`` blank) and items follow on the lines after it ("Covered
        domains:\n- production operation\n- …", "建设环节：\n1. 生产作业\n2. …"), the end of the last item's line:
        the label's list is those items."""
        if t.text[start:end].strip() or end >= len(t.text) or t.text[end] != "\n":
            return end
        at, out = end + 1, end
        while at < len(t.text):
            line_end = t.text.find("\n", at)
            line_end = len(t.text) if line_end < 0 else line_end
            if self.cues.match(t.text, "domains", "form_item", lang=t.lang, pos=at) is None:
                break
            out, at = line_end, line_end + 1
        return out

    def _stated_sentence(self, t: Passage, sentence: Span) -> bool:
        """A sentence that states, neither asking, supposing nor speaking of a rule."""
        return not (self.cues.search(t.raw[sentence.start:sentence.end + 1], "question_end", lang=t.lang) or
                    self._has(t, "unsure", start=sentence.start, end=sentence.end) or
                    self._has(t, "requirement", start=sentence.start, end=sentence.end) or
                    self._has(t, "domains", "plain_not", start=sentence.start, end=sentence.end) or
                    self._has(t, "rule_asked", start=sentence.start, end=sentence.end))

    def _domain_marks(self, t: Passage, named: list[Hit]) -> tuple[list[Hit], list[Hit], list[tuple[int, int]]] | None:
        """Each domain named with a mark right after it ("生产作业（已覆盖）", "生产作业√", "production operation -
        yes"): those marked covered and those marked not, with the spans read; None where no name has a mark. A name
        without a mark among marked ones makes both lists empty (asked back)."""
        yes, no, spans, bare = [], [], [], []
        words_only = True  # every mark a word alone ("done", "not yet"), none a form's sign (":", "-", "√")
        for i, h in enumerate(named):
            stop = named[i + 1].start if i + 1 < len(named) else t.sentence_of(h.start).end
            stop = max(stop, h.end)
            m_yes = self.cues.match(t.text, "domains", "mark_yes", lang=t.lang, pos=h.end)
            m_no = self.cues.match(t.text, "domains", "mark_no", lang=t.lang, pos=h.end)
            m = m_yes or m_no
            if m is None or m.end() > stop + 1 or \
                    (not re.search(r"[^\w\s]", m.group(0)) and self._domain_aside(t, h, named)):
                bare.append(h)  # (a word's mark in a clause of a plan or a wish, "we wish we had … covered", is none)
                continue
            (yes if m is m_yes else no).append(h)
            spans.append((h.start, m.end()))
            words_only = words_only and not re.search(r"[^\w\s]", m.group(0))
        if not yes and not no:
            return None
        # a name joined to the next one, whose mark closes the two ("production ops & production mgmt done",
        # "production operation production management done"): the mark is the list's
        marked = [h for h in named if h not in bare]  # (as said: a list whose members carry their own marks,
        # "生产作业（已覆盖）、生产管理、运营管理（未覆盖）", lends no member's mark to an unmarked one)
        for i in range(len(named) - 2, -1, -1):
            h, x = named[i], named[i + 1]
            if any(m.start < h.start for m in marked):
                continue
            if h in bare and x not in bare and (self._listed_with(t, h, x) or (
                    not t.text[h.end:x.start].strip() and t.sentence_of(h.start) == t.sentence_of(x.start))):
                bare.remove(h)
                (yes if x in yes else no).append(h)
        yes.sort(key=lambda h: h.start)
        no.sort(key=lambda h: h.start)
        if bare and words_only:
            return None  # ("… are covered, operations management not yet": a sentence, not a form's marks)
        if bare:
            return [], [], spans
        return yes, no, spans

    def _domain_count(self, t: Passage, named: list[Hit], r: CaseReading) -> bool:
        """A count of the domains covered, or their contents named ("we cover planning, production and quality"), with
        none of them named in its sentence ("我们覆盖了4个环节", "we cover three of the five domains"): which they
        are is asked back."""
        m = self._has(t, "domains", "count")
        if m is None and (t.speaks or self._has(t, "domains", "third_person")):
            m = self._has(t, "domains", "content")  # "we cover planning, production, quality and warehousing"
        if m is None or self._has(t, "domains", "all") is not None or self._doubted(t, m.start(), m.end()):
            return False
        sentence = t.sentence_of(m.start())
        if any(sentence.start <= h.start < sentence.end for h in named):
            return False
        r.leave(t.words(m.start(), max(m.end(), t.clause_of(m.start()).end)), "domains", ["domains"])
        return True

    def _excepted_then_listed(self, t: Passage, named: list[Hit], but: re.Match[str], split: re.Match[str],
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

    def _unnamed_excepted(self, t: Passage, named: list[Hit], start: int, end: int) -> bool:
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

    def _others_next(self, t: Passage, sentence: Span) -> re.Match[str] | None:
        """"The others" opening the sentence after ``sentence`` ("…we have not done; the other four are
        covered"): the domains of the sentence before are set against them."""
        after = next((x for x in t.sentences if x.start >= sentence.end), None)
        if after is None:
            return None
        m = self._has(t, "domains", "others", start=after.start, end=after.end)
        return m if m is not None and re.fullmatch(r"[\s;；,，]*(?:(?:all )?the|but|while|而|但)?\s*",
                                                   t.text[after.start:m.start()], re.I) else None

    def _shared_heads(self, t: Passage, named: list[Hit]) -> list[Hit]:
        """Domains whose head word is written once for two ("production and operations management", "生产和
        运营管理"): the word joined before a named domain, with that domain's head, names a domain of its own."""
        out: list[Hit] = []
        for h in named:
            before = t.text[t.sentence_of(h.start).start:h.start]
            m = self.cues.search(before, "domains", "shared_head", lang=t.lang)
            if m is None:
                continue
            word = m.group(1)
            if not self.cues.search(before[:m.start(1)], "domains", "shared_head_open", lang=t.lang) and \
                    self.cues.get("domains", "shared_head_open", lang=t.lang) is not None:
                continue  # ("our shop-floor operations and production management": "operations" is a noun's own head)
            head = h.text.split()[-1] if t.lang == "en" else h.text[-2:]
            candidate = f"{word} {head}" if t.lang == "en" else word + head
            found = [x for x in self.lexicon.find(candidate, t.lang)
                     if x.of("domain") and x.start == 0 and x.end == len(candidate)]
            start = t.sentence_of(h.start).start + m.start(1)
            # the word must be free: "operation" of "production operation and production management" is taken
            if found and not any(x.start < start + len(word) and start < x.end for x in named):
                out.append(Hit(start, start + len(word), word, found[0].terms))
        return out

    def _domain_aside(self, t: Passage, h: Hit, named: list[Hit]) -> bool:
        """A domain's name that states no coverage: its clause sets a plan ("工厂建设还在规划中", "we plan to
        digitalise operations management") or says it under way ("运营管理正在建设"), or the name is the time of
        something else ("新工厂建设时就部署了MES", "during factory construction"). The names themselves are left out
        of the search (a domain's label may hold a plan's word)."""
        clause = t.clause_of(h.start)
        rest = t.text[clause.start:clause.end]
        for x in named:
            if clause.start <= x.start < clause.end:
                a, b = x.start - clause.start, x.end - clause.start
                rest = rest[:a] + " " * (b - a) + rest[b:]
        # (a plan to apply is no plan of the domains: "… and plan to apply for the basic level")
        intent = self.cues.get("domains", "apply_intent", lang=t.lang)
        rest = intent.sub(lambda m: " " * len(m.group(0)), rest) if intent is not None else rest
        if self.cues.search(rest, "target", lang=t.lang) or \
                self.cues.search(rest, "domains", "in_progress", lang=t.lang):
            return True  # (or under way: "运营管理正在建设", "operations management is still in progress")
        if self.cues.search(rest[:h.start - clause.start], "domains", "wish", lang=t.lang):
            return True  # a wish before its name ("we wish we had production management covered", "希望以后能把…")
        if t.lang == "zh":
            return bool(self.cues.search(t.text[h.end:clause.end], "domains", "frame", lang=t.lang))
        return bool(self.cues.search(rest[:h.start - clause.start], "domains", "frame", lang=t.lang))

    def _glosses_out(self, t: Passage, gap: str) -> str:
        """``gap`` without the brackets that gloss the name before them ("production operations (automated lines,
        real-time monitoring) and …"): a bracket that says the domain is not done, in part, by hand or planned stays."""
        def gloss(m: re.Match[str]) -> str:
            inner = m.group(0)
            if any(self.cues.search(inner, *kind, lang=t.lang) for kind in (
                    ("negation",), ("target",), ("domains", "in_progress"), ("domains", "partial"),
                    ("domains", "manual"), ("domains", "wish"), ("domains", "covers_not"))):
                return inner
            return " " * len(inner)
        return re.sub(r"\([^()]*\)|（[^（）]*）", gloss, gap)

    def _listed_with(self, t: Passage, a: Hit, b: Hit) -> bool:
        """Two names next in one list: nothing between them but a joiner, a comma and the words a list's member may
        have ("smart factory construction, production operation")."""
        gap = t.text[a.end:b.start]
        if not gap.strip() or t.sentence_of(a.start) != t.sentence_of(b.start):
            return False
        for kind in ("joiner", "disjunction"):
            p = self.cues.get(kind, lang=t.lang)
            gap = p.sub(" ", gap) if p is not None else gap
        filler = self.cues.get("domains", "member_filler", lang=t.lang)
        gap = filler.sub(" ", gap) if filler is not None else gap
        return not re.sub(r"[\s,，、;；]+", "", gap)

    def _unnamed_member(self, t: Passage, named: list[Hit]) -> bool:
        """A list of domains with a member we do not know by name ("R&D work and production operation",
        "生产作业、仓储物流和生产管理"): words joined to a named domain that name none. The list is then
        not read: read without that member, it would state the member is not covered."""
        p = self.cues.get("joiner", lang=t.lang)
        if p is None:
            return False
        first, last = named[0], named[-1]
        # what a domain holds said done in a clause of its own beside the names ("生产作业已经覆盖，供应链和仓储物流也
        # 做了"): a member more, not known by a domain's name
        for sentence in dict.fromkeys(t.sentence_of(h.start) for h in named):
            for c in self.cues.finditer(t.text, "domains", "content", lang=t.lang, pos=sentence.start,
                                        endpos=sentence.end):
                if any(h.start < c.end() <= h.end for h in named):
                    continue  # ("Two domains are covered, production operations and …": a domain's own word)
                clause = t.clause_of(c.start())
                if not any(clause.start <= h.start < clause.end for h in named) and \
                        not self._negated(t, clause.start, clause.end):
                    return True
        if self.cues.match(t.text, "domains", "list_open", lang=t.lang, pos=last.end):
            return True  # ("生产作业、生产管理等环节", "…, production management, etc."): members more, not named
        before = t.text[t.clause_of(first.start).start:first.start].rstrip()
        m = re.search(f"(?:{p.pattern})$", before, re.I)
        if m and before[:m.start()].strip():
            return True
        tail = t.text[last.end:t.clause_of(last.start).end]
        if (j := re.match(f"\\s*(?:{p.pattern})(?=\\s*\\w)", tail, re.I)) and \
                not self.cues.search(tail[j.end():], "domains", "next_statement", lang=t.lang):
            return True  # ("… and we're at maturity level 2": another statement, not another member)
        # the list going on past a comma with words joined as its members ("…, production management, warehousing and
        # logistics")
        on = self.cues.match(t.text, "domains", "list_goes_on", lang=t.lang, pos=last.end)
        if on is not None and on.end() <= t.sentence_of(last.start).end and \
                not self.cues.search(on.group(0).lstrip(" ,，、"), "domains", "next_statement", lang=t.lang):
            return True
        for x, y in itertools.pairwise(named):
            gap = self._glosses_out(t, t.text[x.end:y.start])
            rest = re.sub(r"\b(a|an|the|our)\b", " ", p.sub(" ", gap), flags=re.I)
            filler = self.cues.get("domains", "member_filler", lang=t.lang)
            rest = (filler.sub(" ", rest) if filler is not None else rest).strip(" ,、")
            # one clause, or a list whose commas part clauses ("R&D design, production and operations"): a
            # word or two, not a clause of its own ("…, and plan to do operations management")
            listed = t.clause_of(x.start) == t.clause_of(y.start) or (
                t.sentence_of(x.start) == t.sentence_of(y.start) and
                (len(rest.split()) <= 2 if t.lang == "en" else len(re.sub(r"\W", "", rest)) <= 4))
            if listed and p.search(gap) and not self._negated(t, x.end, y.start) and rest:
                return True
        return False

    # ---- maturity (GB/T 39116) ----------------------------------------------------------------------
    def _maturity(self, t: Passage, hits: list[Hit], r: CaseReading) -> None:
        c = self.cues
        reach = int(c["maturity"]["reach"][t.lang])
        values: list[tuple[int, int, int]] = []
        cues = list(c.finditer(t.raw, "maturity", "cue", lang=t.lang))
        for cue in cues:
            if self._rule_clause(t, t.clause_of(cue.start())):
                continue  # "is the maturity requirement level 2?", "提高成熟度门槛到四级": the rule's level
            part = t.clause_of(cue.start())
            piece = self._model_piece(t, cue.start())
            if self._has(t, "maturity", "other_model", start=piece.start, end=piece.end):
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
                t, "maturity", "other_model", start=self._model_piece(t, x.start()).start,
                end=self._model_piece(t, x.start()).end))
            lo, hi = max(sentence.start, cue.start() - reach), min(sentence.end, max(cue.end(), last) + reach)
            unsure: list[tuple[int, int, str]] = []  # levels denied or compared: (start, end, why)
            for m in c.finditer(t.raw, "maturity", "level", lang=t.lang, pos=lo, endpos=sentence.end):
                if m.start() >= hi:
                    break  # (a level that starts within reach is read whole: "… came out at level three")
                word = next(g for g in m.groups() if g)
                roman = c["maturity"]["roman"]
                n = roman.get(word) or roman.get(word.lower()) or numbers.integer(word, self.digits, self.en_numbers)
                if n is None or self._rule_clause(t, t.clause_of(m.start())) or \
                        self._has(t, "maturity", "other_model", start=self._model_piece(t, m.start()).start,
                                  end=m.start()):
                    continue  # (not "要求是二级" beside the asker's level, nor "还有CMMI三级": another model's level)
                if m.end() <= cue.start() and t.clause_of(m.start()) != t.clause_of(cue.start()):
                    continue  # "我们智能工厂评了三级，成熟度还没评": a level of the clause before, not the cue's
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
                    if c.search(t.text[max(clause.start, m.start() - 12):m.start()], "maturity", "range_before",
                                lang=t.lang):
                        values.append((-1, m.start(), m.end()))  # "三到四级", "between level 2 and 3": no one level
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
                # "Level 2 (self-assessed; the formal assessment is still pending)", "三级，还没正式评估": unassessed
                tail = tail or self._maturity_unconfirmed(t, s)
                # "level 2 or 3", "二级或三级", "2-3级": which level is not said
                either = c.match(t.text, "maturity", "either", lang=t.lang, pos=e)
                if either is not None:
                    values.append((-1, either.start(), either.end()))
                    e = either.end()
                    words = t.words(s, e)
                if self._asks_rule(t, s):
                    return  # "do we need maturity level 2?": the rule's level, asked of
                if len({v[0] for v in values}) != 1 or tail or target or not 1 <= values[0][0] <= 5:
                    if t.speaks:
                        r.leave(words, "bound" if tail else "target" if target else "number", ["maturity_level"])
                    return
                r.facts.append(Fact("maturity_level", values[0][0], words, s, e))
                return

    def _maturity_unconfirmed(self, t: Passage, at: int) -> bool:
        """The maturity level at ``at`` said awaiting its assessment (``maturity.unconfirmed``) in its sentence, or in a
        bracket opened after it in its sentence ("Level 2 (self-assessed; the formal assessment is still pending)")."""
        sentence = t.sentence_of(at)
        end = sentence.end
        if unclosed_bracket(t.text, at, end) >= 0:
            closing = re.search(r"[)）]", t.text[end:])
            end = end + closing.start() if closing else len(t.text)
        return self._has(t, "maturity", "unconfirmed", start=sentence.start, end=end) is not None

    def _model_piece(self, t: Passage, at: int) -> Span:
        """The part of the clause of ``at`` between the joiners around it: in "our DCMM level is 3 and our CMMM level
        is 2" the other model named before "and" is not the CMMM level's."""
        clause = t.clause_of(at)
        start, end = clause.start, clause.end
        for j in self.cues.finditer(t.text, "joiner", lang=t.lang, pos=clause.start, endpos=clause.end):
            if j.end() <= at:
                start = max(start, j.end())
            elif j.start() > at:
                end = min(end, j.start())
        return Span(start, end)

    def _nearest_other_model(self, t: Passage, cues: list[re.Match[str]], sentence: Span, at: int) -> bool:
        """The maturity cue nearest before the level at ``at`` in its sentence names another model in its clause
        ("用DCMM数据管理能力成熟度评过，是三级"): the level is that model's."""
        before = [x for x in cues if sentence.start <= x.start() and x.end() <= at]
        if not before:
            return False
        x = max(before, key=lambda x: x.end())
        piece = self._model_piece(t, x.start())
        return self._has(t, "maturity", "other_model", start=piece.start, end=piece.end) is not None

    def _maturity_of_another(self, t: Passage, hits: list[Hit], clause: Span, at: int) -> int | None:
        """Where the maturity cue at ``at`` is said of another plant or firm named before it in its clause (a
        sister plant, a plant in another province, the industry's leader), the start of those words."""
        other = self._has(t, "other_entity", start=clause.start, end=at)
        if other is not None:
            return other.start()
        for h in hits:
            if clause.start <= h.start < at and self._elsewhere(t, h):
                return h.start
        return None
