"""Reading the asker's industry (a GB/T 4754 division) from its products and trade words; a product of two
divisions, or another party's making, is asked back.

A part of ``CaseReader`` (reader.py), which composes the reading modules; the helpers it
uses of the others are the reader's."""
from __future__ import annotations

import itertools
import re

from kg_service.industry import narrowest_common, shared_level
from kg_service.questions.case.model import CaseReading, Fact
from kg_service.questions.case.passage import TRIM, Passage, Span, mention_span, mention_span_eq
from kg_service.questions.structured import Mention

_WRITTEN_CODE = re.compile(r"([A-Ta-t])?([0-9]{2,4})")  # a GB/T 4754 code as written: section (may be unsaid), digits


class TradeReading:
    """The asker's industry (a GB/T 4754 division) from its products and trade words; a product of two divisions, or
    another party's making, is asked back."""

    # ---- industry ---------------------------------------------------------------------------------
    def _not_a_trade(self, t: Passage, m: Mention) -> bool:
        """A group's word that names what the factory uses, not what it makes ("关键技术装备")."""
        s, _e = mention_span(t.raw, m)
        return bool(self._has(t, "not_a_trade", start=max(0, s - 12), end=s))

    def _masked(self, t: Passage, m: Mention) -> bool:
        """A product's word inside a name of another thing ("国家电网" holds 家电): no product is named."""
        s, e = mention_span(t.raw, m)
        return any(x.start() <= s and e <= x.end() for x in self.cues.finditer(t.text, "industry_masked", lang=t.lang))

    def _code_said(self, t: Passage, m: Mention, mentions: list[Mention] | None = None) -> bool:
        """A division's code written after the words that give the enterprise's classification ("行业代码：C2710",
        "GB/T 4754 code is C3841"), or just before its own division's words ("C27 pharma", "C3841 lithium-ion
        batteries"): the code and the name say the same classification."""
        if m.type != "IndustryDivision" or m.space != "code":
            return False
        s, e = mention_span(t.raw, m)
        code = self.division_code.get(m.concept)
        if code and any(o is not m and o.type == "IndustryDivision" and self.division_code.get(o.concept) == code and
                        mention_span(t.raw, o)[0] >= e and not t.raw[e:mention_span(t.raw, o)[0]].strip(" :：-–—")
                        for o in mentions or ()):
            return True
        # (the raw words too: a standard's name before the code, "GB/T 4754 code is C3841", is blanked once read)
        return bool(self.cues.search(t.text[max(0, s - 40):s], "industry_code_said", lang=t.lang) or
                    self.cues.search(t.raw[max(0, s - 40):s], "industry_code_said", lang=t.lang))

    def _verb_slot(self, t: Passage, m: Mention) -> bool:
        """An English product's word of one word just after "we": the sentence's verb ("we mould", "we cast")."""
        s, e = mention_span(t.raw, m)
        return " " not in t.text[s:e].strip() and "-" not in t.text[s:e] and \
            bool(self.cues.search(t.text[t.clause_of(s).start:s], "verb_slot", lang=t.lang))

    def _apposed_to_party(self, t: Passage, clause: Span, before: str) -> bool:
        """The word's clause is the word alone (an article at most) set after a clause that ends naming another party:
        an apposition of that party ("Our biggest customer, a carmaker, …", "我们的大客户，一家汽车厂，…")."""
        if not re.fullmatch(r"\s*(?:(?:a|an|the|one|一家|一个|家|个)\s*)?", before, re.I):
            return False
        prev = next((c for c in reversed(t.clauses) if c.end <= clause.start), None)
        if prev is None:
            return False
        tail = t.text[prev.start:prev.end]
        party = max(self.cues.finditer(tail, "industry_frame", "another_party", lang=t.lang),
                    key=lambda x: x.start(), default=None)
        return party is not None and not tail[party.end():].strip(" \t,，、")

    def _apposed_to_client(self, t: Passage, clause: Span) -> bool:
        """An intermediary's clause set after the one that ends naming the client it asks for ("Our client, a
        Huairou-registered maker of health-food supplements, …"): the words describe the applicant."""
        if not t.for_client:
            return False
        prev = next((c for c in reversed(t.clauses) if c.end <= clause.start), None)
        if prev is None:
            return False
        tail = t.text[prev.start:prev.end]
        party = max(self.cues.finditer(tail, "asking_for_party", lang=t.lang), key=lambda x: x.start(), default=None)
        return party is not None and not tail[party.end():].strip(" \t,，、")

    def _frame(self, t: Passage, m: Mention) -> str | None:
        """Whether the asker makes the thing an industry's word names ("made": "we make sensors", "a pump
        manufacturer", "我们是做传感器的", "印刷企业", a clause of the word alone) or uses it ("used": "we
        installed sensors", "our servers run the MES", "部署了服务器"); None when the words say neither.
        Only a thing made names the asker's trade."""
        s, e = mention_span(t.raw, m)
        clause = t.clause_of(s)
        before, after = t.text[clause.start:s], t.text[e:clause.end]
        if self.cues.search(t.text[s:e], "industry_frame", "worked", lang=t.lang) and \
                self.cues.search(before, "industry_frame", "work_before", lang=t.lang) and not self._material(t, m):
            return "worked"  # "we forge steel", "我们铸造铝合金": the metal worked, not made here
        # the last party named before the word (not the client an intermediary asks for: the applicant)
        theirs = max(self.cues.finditer(before, "industry_frame", "another_party", lang=t.lang),
                     key=lambda x: x.start(), default=None)
        if theirs is not None and t.for_client and \
                any(a.end() == theirs.end() for a in self.cues.finditer(before[:theirs.end()], "asking_for_party",
                                                                        lang=t.lang)):
            theirs = None  # (the party's word read where it stands: "my other client makes wine" is no applicant)
        if theirs is not None and not self.cues.search(before[theirs.end():], "first_person", lang=t.lang) and \
                not self.cues.search(before[:theirs.start()], "industry_frame", "party_served", lang=t.lang) and \
                not self.cues.search(before[:theirs.start()], "industry_frame", "identity_before", lang=t.lang):
            # (not the asker said to be one: "we are a tier-1 supplier of car seats")
            return "theirs"  # "Our customers make furniture": the customers' trade, not the asker's
        if self._apposed_to_party(t, clause, before):
            return "theirs"  # "Our biggest customer, a carmaker, …": the word names the customer
        if self._former(t, before):
            return "former"  # "以前做服装", "we plan to start making batteries": not the trade of today
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
        made = self.cues.search(before, "industry_frame", "make_before", lang=t.lang) or \
            (self.cues.search(before, "industry_frame", "apposed_maker", lang=t.lang)
             if self._apposed_to_client(t, clause) else None)
        sold = max((x.start() for x in self.cues.finditer(before, "industry_frame", "sell", lang=t.lang)), default=-1)
        if sold >= 0 and sold >= used and (made is None or made.end(1) <= sold or
                                           self.cues.search(made.group(1), "industry_frame", "sell", lang=t.lang)):
            # (a making word that is itself of selling, "we sell", says no making: "We sell auto parts")
            return None  # "我们是卖汽车座椅的", "we import car seats": sold, not made
        if self.cues.search(after, "industry_frame", "sell_after", lang=t.lang) and \
                not self.cues.search(before, "industry_frame", "produce", lang=t.lang):
            return None  # "汽车座椅的经销商", "做汽车座椅出口的", "a car seat dealer"
        if used < 0 and (self.cues.search(after, "industry_frame", "named_after", lang=t.lang) or
                         (self.cues.search(before, "industry_frame", "main_with", lang=t.lang) and
                          self.cues.search(after, "industry_frame", "main_with_after", lang=t.lang))):
            return "made"  # "轴承是我们的主要产品", "bearings are what we make", "我们以伺服电机为主"
        repaired = self.cues.search(before, "industry_frame", "repair_before", lang=t.lang)
        if self.cues.search(after, "industry_frame", "repair_after", lang=t.lang):
            return "repaired"  # "我们是做飞机发动机维修的": the engines repaired, not made
        if repaired is not None and used <= repaired.start() and (made is None or made.end(1) <= repaired.start()):
            return "repaired"  # "we overhaul mining machinery -- crushers, hoists": the repair trade's, asked back
        if made is not None and used <= made.end(1):  # the words nearer the product's word tell
            return "made"
        named = " " + t.text[s:e] if t.lang == "en" else t.text[s:e]  # the name may hold them: "printing company"
        if used < 0 and self.cues.search(named, "industry_frame", "label_verb", lang=t.lang) and \
                (self.cues.search(before, "first_person", lang=t.lang) or
                 (t.for_client and self.cues.search(before, "asking_for_party", lang=t.lang))):
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
                (not after.strip(TRIM) or self.cues.search(after, "industry_frame", "for_others", lang=t.lang)):
            return "made"  # "we roll steel", "We overhaul CNC machine tools for other factories"
        if made is None and self.cues.search(before, "industry_frame", "for_others", lang=t.lang) and \
                not after.strip(TRIM):
            return "made"  # "我们为其他工厂维修数控机床"
        return None

    def _former(self, t: Passage, before: str) -> bool:
        """The words before a product's word in its clause say a trade of the past or a plan ("以前做服装",
        "打算做新能源电池", "we used to make garments"), not set back to today after ("现在做", "but now we make")."""
        last = max(itertools.chain(self.cues.finditer(before, "industry_frame", "former", lang=t.lang),
                                   self.cues.finditer(before, "industry_frame", "current", lang=t.lang)),
                   key=lambda x: x.start(), default=None)
        return last is not None and bool(self.cues.match(before, "industry_frame", "former", lang=t.lang,
                                                         pos=last.start()))

    def _main_said(self, t: Passage, mentions: list[Mention], divisions: dict[str, Mention]) -> str | None:
        """Of two divisions named, the one said to be the main one after the list ("我们做伺服电机和减速机，主要是
        减速机", "以减速机为主", "servo motors and gear reducers, mainly reducers"): a later word of a division
        named before, standing alone after a word of "mainly", after every word of the other divisions."""
        found: dict[str, Mention] = {}
        for m in mentions:
            if m.type not in ("IndustryDivision", "IndustryGroup"):
                continue
            codes = [m.concept] if m.type == "IndustryDivision" else self.group_divisions.get(m.concept, [])
            s, e = mention_span(t.raw, m)
            clause = t.clause_of(s)
            before, after = t.text[clause.start:s], t.text[e:clause.end]
            if len(codes) == 1 and codes[0] in divisions and divisions[codes[0]] is not m and \
                    (self.cues.search(before, "industry_main", "before", lang=t.lang) or
                     (self.cues.search(before, "industry_main", "with", lang=t.lang) and
                      self.cues.search(after, "industry_main", "with_after", lang=t.lang))):
                found[codes[0]] = m
        if len(found) != 1:
            return None
        code, m = next(iter(found.items()))
        s = mention_span(t.raw, m)[0]
        if any(mention_span(t.raw, o)[0] >= s for c, o in divisions.items() if c != code) or \
                mention_span(t.raw, divisions[code])[0] >= s:
            return None
        return code

    def _qualifies_own(self, t: Passage, o: Mention, d: Mention, mentions: list[Mention]) -> bool:
        """``o`` qualifies a noun just after it that is a product's word of ``d``'s division ("羊绒围巾和针织毛衫":
        knitted sweaters are garments, as the scarves are): the two names joined are of one trade."""
        return self._followed_by_division(t, o, self.division_code.get(d.concept), mentions)

    def _joined_pair(self, t: Passage, a: Mention, b: Mention) -> bool:
        """Two industries' words with nothing but a joiner between them ("塑料和五金"), or an English list's comma
        ("pumps, valves and compressors")."""
        (_, first_end), (second_start, _) = sorted((mention_span(t.raw, a), mention_span(t.raw, b)))
        return first_end <= second_start and (self._only_joined(t, first_end, second_start) or
                                              (t.lang == "en" and t.text[first_end:second_start].strip() == ","))

    def _trade_verb_word(self, t: Passage, m: Mention) -> bool:
        """A trade's name that is also its verb ("注塑", "吹塑", "电镀"): what follows is the thing it is done to."""
        s, e = mention_span(t.raw, m)
        return bool(self.cues.search(t.text[s:e], "industry_frame", "trade_verb", lang=t.lang))

    def _digit_codes(self, t: Passage, mentions: list[Mention]) -> list[Mention]:
        """The mentions with a code written without its section's letter after the words of classification
        ("industry code 3841", "行业代码：3670"): GB/T 4754's division numbers name one division whatever the
        section."""
        found = []
        for g in self.cues.finditer(t.raw, "industry_code_digits", lang=t.lang):
            i = next(i for i in range(1, (g.re.groups or 0) + 1) if g.group(i) is not None)
            division = next((c for c, code in self.division_code.items() if code[1:] == g.group(i)[:2]), None)
            if division is not None:
                found.append(Mention(division, "IndustryDivision", g.start(i), g.end(i), "code", g.group(i)))
        return sorted(mentions + found, key=lambda m: mention_span(t.raw, m)) if found else mentions

    def _industry(self, t: Passage, mentions: list[Mention], r: CaseReading) -> None:
        if not (t.speaks or r.facts):
            return  # "What NC rate must an electronics maker reach?" names an industry, states no case
        mentions = self._digit_codes(t, mentions)
        corrected = max((m.end() for m in self.cues.finditer(t.text, "restated", "correction", lang=t.lang)),
                        default=-1)
        after = [m for m in mentions if mention_span(t.raw, m)[0] >= corrected] if corrected >= 0 else []
        if any(m.type in ("IndustryDivision", "IndustryGroup") and self._frame(t, m) is not None for m in after):
            # "我们做光刻胶等电子化学品？不对，我们做的是集成电路封装基板": what is made is said again after the
            # correction, in a making frame; the words before it are taken back
            mentions = after
        if t.intermediary:  # an intermediary's words of itself ("我是咨询顾问") name no trade of the client's case
            mentions = [m for m in mentions
                        if not any(a <= mention_span(t.raw, m)[0] < b for a, b in t.intermediary)]
        divisions: dict[str, Mention] = {}
        unread: list[Mention] = []
        other: dict[int, str] = {}  # mentions of another industry's product or customer, or joined to one
        materials: list[Mention] = []  # a material's word before a product's noun ("铝合金门窗")
        made: list[tuple[str, Mention]] = []  # (division, the word naming it) of every thing made
        trades = [m for m in mentions if m.type in ("IndustryDivision", "IndustryGroup")]
        frames = {id(m): self._frame(t, m) for m in trades}
        for a, b in itertools.pairwise(trades):
            # "做服装和家纺的", "we make valves, pumps and compressors": the making frame of one name holds for the
            # names joined to it
            if self._joined_pair(t, a, b):
                frames[id(a)] = frames[id(a)] or frames[id(b)]
                frames[id(b)] = frames[id(b)] or frames[id(a)]
            elif t.text[mention_span(t.raw, a)[1]:mention_span(t.raw, b)[0]].strip() in ("(", "（"):
                # "pharmaceuticals (chemical drug preparations)": the words in brackets say what the thing made is
                frames[id(b)] = frames[id(b)] or frames[id(a)]
        for a in trades:  # "we overhaul mining machinery -- crushers, hoists": the things listed after are repaired too
            if frames[id(a)] == "repaired":
                sentence = t.sentence_of(mention_span(t.raw, a)[0])
                for b in trades:
                    if sentence.start <= mention_span(t.raw, b)[0] < sentence.end and b.start > a.start:
                        frames[id(b)] = "repaired"
        for m in mentions:
            if self._masked(t, m):
                continue  # "国家电网": the grid company's name, not household appliances (家电)
            s, e = mention_span(t.raw, m)
            if t.raw[s:e].strip() and not t.text[s:e].strip():
                continue  # words of the enterprise's name, read as its name ("Boyuan Electronics Co., Ltd."): no trade
            if m.type == "IndustryGroup" and self._not_a_trade(t, m):
                continue  # "关键技术装备", "key equipment": equipment the factory uses, not its trade
            if self._verb_slot(t, m):
                continue  # "we mould plastic crates", "we quarry granite": the verb, not the moulds' trade
            frame = frames.get(id(m))
            if frame == "used":
                continue  # "we installed sensors", "部署了服务器": a thing used, not the trade
            if frame == "former":
                unread.append(m)  # "以前做服装", "打算做电池": a trade of the past or a plan, not the asker's now
                other[id(m)] = "industry_other"
                continue
            if frame == "worked":
                unread.append(m)  # "we forge steel": the forging trade's (read from the verb), not the steel's
                other[id(m)] = "industry_other"
                continue
            if frame == "theirs":
                unread.append(m)  # "our customers make furniture": another's trade, asked back
                other[id(m)] = "industry_other"
                continue
            if m.type in ("IndustryDivision", "IndustryGroup") and not self._code_said(t, m, mentions) and \
                    (self._modifies(t, m, mentions) or self._joined_to(t, m, mentions)):
                # (a code after the words of classification is the enterprise's own: "行业代码为C3482")
                unread.append(m)  # "锂电池正极材料", "separators for lithium batteries": another industry's product
                other[id(m)] = "industry_other" if self._modifies(t, m, mentions) else "industry_joined"
                continue
            if m.type == "IndustryDivision" and self._material(t, m):
                materials.append(m)  # "塑料玩具": what the toys are made of; the toys' word tells the trade
                continue
            if frame is None and not self._code_said(t, m, mentions):
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
        if len(divisions) == 1:
            # "C3841 锂离子电池制造": a code written beside its own division's words says the same, more exactly
            d = next(iter(divisions))
            written = [m for c, m in made if c == d and self._written_code(t.raw, m, self.division_code[d])]
            if written and all(c == d for c, _m in made):
                divisions, spans = {d: written[0]}, {(written[0].start, written[0].end, written[0].space)}
        if len(divisions) > 1 or len(spans) > 1:
            divisions, spans = self._narrowed(t, made, divisions, spans)
        if len(divisions) > 1 and (main := self._main_said(t, mentions, divisions)):
            # "我们做伺服电机和减速机，主要是减速机": the main one of the two is said
            unread += [m for c, m in divisions.items() if c != main]
            divisions = {main: divisions[main]}
            spans = {(divisions[main].start, divisions[main].end, divisions[main].space)}
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
        asked: dict[int, list[str]] = {}  # the two divisions a product's words may name, asked back
        if len(divisions) == 1 and len(spans) == 1 and \
                (two := self._of_two_trades(t, *next(iter(divisions.items())), materials, mentions)):
            # "塑料汽车配件", "药用玻璃瓶": the material's trade or the use's; not guessed
            m = next(iter(divisions.values()))
            unread.append(m)
            asked[id(m)] = two
            divisions = {}
        if len(divisions) == 1 and len(spans) == 1:
            d, m = next(iter(divisions.items()))
            s, e = mention_span(t.raw, m)
            code = self._written_code(t.raw, m, self.division_code[d]) or \
                self._subdivision(t, [o for c, o in made if c == d]) or self.division_code[d]
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
            if id(m) in asked:
                r.leave(t.raw[s:e], "industry", ["industry_code"], asked[id(m)])
            elif id(m) in other:
                r.leave(t.raw[s:e], other[id(m)], ["industry_code"])
            else:
                r.leave(t.raw[s:e], "industry", ["industry_code"], self._choices(m, mentions, t.lang))

    def _of_two_trades(self, t: Passage, d: str, m: Mention, materials: list[Mention],
                       mentions: list[Mention] | None = None) -> list[str] | None:
        """The two divisions a product read as ``d`` may be of, as choices to ask: another trade's parts of a material
        whose own trade makes parts of it ("塑料汽车配件", "plastic car parts": C29 or C36; "plastic parts for
        cars"), or a material's product said to be for medicine or pharmacy ("药用玻璃瓶", "glass bottles for
        pharmaceuticals": C30 or C27)."""
        code = self.division_code.get(d)
        s, e = mention_span(t.raw, m)
        codes: list[str] = []
        if self.cues.search(t.text[s:e], "industry_material_parts", "part", lang=t.lang):
            for x in materials:
                xs, xe = mention_span(t.raw, x)
                if x.concept in self.division_code and self.division_code[x.concept] != code and \
                        self._made_of(t, m, x) and \
                        self.cues.search(t.text[xs:xe].strip(), "industry_material_parts", "material", lang=t.lang):
                    codes.append(self.division_code[x.concept])
        part_keeps = self.cues["industry_modifier"].get("part_keeps") or ()
        if not codes and self.cues.search(t.text[s:e].strip(), "industry_material_parts", "named", lang=t.lang) and \
                (f := self.cues.search(t.text[e:t.clause_of(s).end], "industry_material_parts", "for_use",
                                       lang=t.lang)):
            # the material's parts said to be for a machine's, vehicle's or appliance's trade ("plastic parts for cars")
            for o in mentions or []:
                c = self.division_code.get(o.concept)
                if mention_span(t.raw, o)[0] == e + f.end() and c in part_keeps and c != code:
                    codes.append(c)
        use = self.cues["industry_use_material"] or {}
        if not codes and code in (use.get("divisions") or ()) and \
                (self.cues.search(t.text[t.clause_of(s).start:s], "industry_use_material", "before", lang=t.lang) or
                 self.cues.search(t.text[e:t.clause_of(s).end], "industry_use_material", "after", lang=t.lang)):
            codes = [use["other"]]
        if not codes or code is None:
            return None
        concept = {c: x for x, c in self.division_code.items()}
        sep = ("（", "）") if t.lang == "zh" else (" (", ")")
        return [f"{c}{sep[0]}{self.lexicon.label(concept[c], t.lang)}{sep[1]}" for c in dict.fromkeys([code, *codes])
                if c in concept]

    def _subdivision(self, t: Passage, named: list[Mention]) -> str | None:
        """The group or class (ontology/products-depth.ttl) that every word naming the one division made says:
        the deepest, where each code is within the others ("锂离子电池": C3841; "电池…锂离子电池": C3841), else
        the level they share ("锂离子电池和镍氢电池": C384); None where a word names the division only, but for the
        trade's word named before the deeper ones ("制药厂…化学药品制剂": C2720)."""
        pairs: list[tuple[Mention, str]] = []
        whole: list[Mention] = []  # words of the division only ("pharmaceutical manufacturer")
        choices: dict[int, set[str]] = {}  # words of one of two or more groups or classes (片剂: C2720 or C2740)
        division = next((self.division_code[m.concept] for m in named if m.concept in self.division_code), None)
        for m in named:
            d = self.division_code.get(m.concept) if m.type == "IndustryDivision" else None
            s, e = mention_span(t.raw, m)
            code = d and (self.subdivision_code.get((m.concept, m.label.lower())) or
                          self.subdivision_code.get((m.concept, t.raw[s:e].lower())))
            among = d and (self.subdivision_among.get((m.concept, m.label.lower())) or
                           self.subdivision_among.get((m.concept, t.raw[s:e].lower())))
            if among:
                choices[id(m)] = among
                code = code or shared_level(sorted(among))  # the division's, where the classes are of two groups
            if code and code not in (self.cues["industry_modifier"].get("part_classes") or ()) and \
                    self.cues.search(t.text[e:t.clause_of(s).end], "industry_modifier", "part", lang=t.lang):
                return None  # "飞机发动机": a part of the thing named, of its division but perhaps of another class
            if not code and (d or (m.type == "IndustryGroup" and division)):
                whole.append(m)  # a word of the division, or of an annex's group of it alone ("pharmaceutical")
                code = d or division
            if not code:
                return None
            pairs.append((m, code))
        deeper = [mention_span(t.raw, m)[0] for m, _c in pairs if all(m is not w for w in whole)]
        if not deeper or any(mention_span(t.raw, w)[0] >= min(deeper) for w in whole):
            # the division's word alone, or after a deeper one ("chemical preparations; we also make TCM"): only the
            # words of the trade named first as a whole, then what it makes, go deeper ("我们是制药厂，主要生产化学药品
            # 制剂", "a pharmaceutical manufacturer making chemical drug preparations")
            return None
        codes = [c for _m, c in pairs]
        shared = narrowest_common(codes)
        if any(len(shared) > len(c) and not any(shared.startswith(o) for o in choices[id(m)])
               for m, c in pairs if id(m) in choices):
            # a word of two classes with a word of another ("锂电池…铅酸电池": C384, not C3843): what they share
            shared = shared_level(codes)
        if any(a != b and self._joined_pair(t, m, o) for m, a in pairs for o, b in pairs):
            # two things joined ("游艇和渔船": C3733 and C373; "蚝油和鸡精"): the level both are of, not the deeper
            # one's (depth21)
            shared = shared_level(codes)
        return shared if len(shared) > 3 else None

    @staticmethod
    def _written_code(raw: str, m: Mention, division: str) -> str | None:
        """The code as written ("C3911", "c2710") when the mention is a code of ``division``: its group or class,
        which the division's row does not need but the asker stated (a division's words give the division)."""
        s, e = mention_span(raw, m)
        got = _WRITTEN_CODE.fullmatch(raw[s:e].strip())
        if got is None or (got.group(1) or division[0]).upper() != division[0] or \
                not got.group(2).startswith(division[1:]):
            return None
        return division[0] + got.group(2)

    def _narrowed(self, t: Passage, made: list[tuple[str, Mention]], divisions: dict[str, Mention],
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

    def _trade_verb(self, t: Passage, r: CaseReading) -> tuple[int, int] | None:
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
                if me and max(used, default=-1) <= me[-1] and entry["division"] in codes and \
                        not self._former(t, before):
                    # (its class, where the verb and its thing say it: "we forge steel" C3393)
                    code = str(entry.get("code") or entry["division"])
                    found.setdefault(code if code.startswith(entry["division"]) else entry["division"],
                                     (v.start(), clause.end))
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

    def _joined_to(self, t: Passage, m: Mention, mentions: list[Mention]) -> bool:
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
        after = re.match(f"\\s*(?:{p.pattern})\\s*(?P<joined>)(?:(?:an?|the|our)\\s+)?{kind}\\s*", t.text[e:clause.end],
                         re.I)
        if after and self.cues.match(t.text, "first_person", lang=t.lang, pos=e + after.start("joined")):
            return False  # "we make sofas and our revenue is …": the asker speaks again, no list goes on
        if after and e + after.end() < clause.end and not any(a == e + after.end() for a, _ in spans) and \
                not self._headed_alike(t, m, e + after.end(), mentions) and \
                not self.cues.match(t.text, "first_person", lang=t.lang, pos=e + after.end()) and \
                not self.cues.match(t.text, "industry_frame", "predicate", lang=t.lang, pos=e + after.end()):
            return True  # "服装和家纺"; not "sensors and we are in Yizhuang", "servers and reach 81%"
        before = re.search(f"(\\w)\\s*(?:{p.pattern})\\s*{kind}\\s*$", t.text[clause.start:s], re.I)
        return bool(before) and not any(b == clause.start + before.start(1) + 1 for _, b in spans)

    def _an_example(self, t: Passage, m: Mention, mentions: list[Mention]) -> bool:
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

    def _headed_alike(self, t: Passage, m: Mention, start: int, mentions: list[Mention]) -> bool:
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

    def _modifies(self, t: Passage, m: Mention, mentions: list[Mention] | None = None) -> bool:
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
            not self._head_of_own(t, m, mentions or []) and \
            not self.cues.search(t.text[s:e], "industry_named_trade", lang=t.lang)
        # the customers named in a list ("给电商和食品厂配套", "for carmakers and bus builders"): the words before the
        # first of the names joined tell whom each serves
        listed = first
        for o in sorted(mentions or [], key=lambda o: -mention_span(t.raw, o)[1]):
            os_, oe = mention_span(t.raw, o)
            if o.type.startswith("Industry") and oe <= listed and os_ >= clause.start and \
                    (not t.text[oe:listed].strip(" -") or self._only_joined(t, oe, listed)):
                listed = os_
        customer = self.cues.search(t.text[clause.start:listed], "industry_modifier", "customer", lang=t.lang)
        contract = self.cues.search(t.text[clause.start:listed], "industry_modifier", "contract_for", lang=t.lang)
        if customer and contract and not self.cues.search(t.text[s:e], "industry_modifier", "party", lang=t.lang):
            customer = None  # "an ODM for laptops": the laptops are made for others; not "an OEM for carmakers"
        if customer and t.for_client and self.cues.search(customer.group(0), "asking_for_party", lang=t.lang):
            customer = None  # "客户是印刷企业" from an intermediary: the client is the applicant, no customer
        customer = customer and \
            not self.cues.search(t.text[clause.start:listed], "industry_modifier", "supplied", lang=t.lang) and \
            not (self.cues.search(t.text[clause.start:listed], "industry_modifier", "copula", lang=t.lang) and
                 not self.cues.search(t.text[e:clause.end], "industry_modifier", "customer_after", lang=t.lang)) and \
            not (self.cues.search(t.text[clause.start:listed], "industry_modifier", "copula_self", lang=t.lang) and
                 self.cues.search(t.text[e:clause.end], "industry_modifier", "copula_self_after", lang=t.lang))
        # ("我单位为中成药生产企业": what the asker is; "我单位为汽车厂生产座椅": whom it serves)
        # "we supply carmakers": the customer; "we supply airbags to carmakers": the airbags are the asker's
        customer = customer or bool(
            self.cues.search(t.text[clause.start:first], "industry_modifier", "supply_before", lang=t.lang) and
            not self.cues.search(t.text[e:clause.end], "industry_modifier", "supplied_to", lang=t.lang))
        return bool(self.cues.search(t.text[e:clause.end], "industry_modifier", "after", lang=t.lang) or
                    customer or
                    self.cues.search(t.text[s:clause.end], "industry_modifier", "field_supplier", lang=t.lang) or
                    (not keeps and self.cues.search(t.text[clause.start:first], "industry_modifier", "powered",
                                                    lang=t.lang)) or
                    (not own and self.cues.search(t.text[clause.start:first], "industry_modifier", "before",
                                                  lang=t.lang)) or
                    head)

    def _head_of_own(self, t: Passage, m: Mention, mentions: list[Mention]) -> bool:
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

    def _followed_by_division(self, t: Passage, m: Mention, code: str | None, mentions: list[Mention]) -> bool:
        """The names right after ``m`` (past spaces and hyphens) are all of the division ``code``."""
        e = mention_span(t.raw, m)[1]
        gap = len(t.text[e:]) - len(t.text[e:].lstrip(" -"))
        nxt = [o for o in mentions if o is not m and mention_span(t.raw, o)[0] == e + gap]
        return bool(code and nxt and all(self.division_code.get(o.concept) == code for o in nxt))

    def _another_trade(self, t: Passage, division: str, mentions: list[Mention]) -> bool:
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

    def _made_of(self, t: Passage, product: Mention, material: Mention) -> bool:
        """Whether the material's word stands just before the product's, and the product's word ends the
        name ("塑料玩具", "steel office furniture"): the material is the product's; otherwise it may be another
        product's, of another trade ("steel wire rope": not the wires' C38)."""
        s, e = mention_span(t.raw, material)[1], mention_span(t.raw, product)[0]
        end = mention_span(t.raw, product)[1]
        return 0 <= e - s <= 1 and not t.raw[s:e].strip(" -") and not self.cues.search(
            t.text[end:t.clause_of(e).end], "industry_material", "after", lang=t.lang)

    def _material(self, t: Passage, m: Mention) -> bool:
        """A material's word before a product's noun ("铝合金门窗", "stainless-steel cookware", "塑料玩具"):
        what the product is made of, not the asker's trade; the product's own word, or the asker, tells
        which industry makes it."""
        s, e = mention_span(t.raw, m)
        clause = t.clause_of(s)
        return bool(self.cues.search(t.text[s:e], "industry_material", "word", lang=t.lang) and
                    self.cues.search(t.text[e:clause.end], "industry_material", "after", lang=t.lang))
