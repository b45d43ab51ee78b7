"""A pasted chat between the asker and another (a consultant, a service desk).

The other's questions state nothing of the case. A bare answer of the asker's ("我：嗯，56.5", "Me: 72",
"答：还没有", "A: yes") is read as the line of a form the question before it names ("关键工序数控化率：56.5",
"是否已完成基础级备案：还没有"), bound only where that names exactly one field (one statement's words), with
a stated value's rules: a hedge or a range is asked back, never bound; an answer to a question of two fields
is left unread. The turns' markers and the asking words are ``chat_turns`` in queries/read_case.yaml.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from kg_service.questions.case.model import CaseReading, field_of
from kg_service.questions.case.passage import TRIM, Passage


@dataclass(frozen=True)
class Turn:
    asker: bool
    start: int  # the turn's words, after its marker
    end: int
    marked: int  # where its marker starts


class TurnReading:
    """Part of ``CaseReader``: the turns of a pasted chat."""

    cues: Any
    lexicon: Any

    def _turns_of(self, text: str, lang: str) -> list[Turn]:
        marks = sorted([(m.start(), m.end(), True) for m in self.cues.finditer(text, "chat_turns", "asker", lang=lang)]
                       + [(m.start(), m.end(), False) for m in self.cues.finditer(text, "chat_turns", "other",
                                                                                   lang=lang)])
        marks = [m for i, m in enumerate(marks) if i == 0 or m[0] >= marks[i - 1][1]]
        if not any(m[2] for m in marks) or all(m[2] for m in marks):
            return []  # no chat: the asker alone, or no asker
        return [Turn(a, e, marks[i + 1][0] if i + 1 < len(marks) else len(text), s)
                for i, (s, e, a) in enumerate(marks)]

    def _turn_asks(self, text: str, turn: Turn, lang: str) -> bool:
        return bool(self.cues.search(text[turn.start:turn.end].strip(), "chat_turns", "question", lang=lang))

    def _quiet_questions(self, t: Passage) -> None:
        """The other's questions blanked: "Is your factory in operation and are you above designated size?" asks."""
        for turn in self._turns_of(t.text, t.lang):
            if not turn.asker and self._turn_asks(t.text, turn, t.lang):
                t.blank(turn.marked, turn.end)

    def _answers(self, words: str, lang: str, today: date, r: CaseReading) -> None:
        """Each bare answer of the asker's read with the one field the question before it names."""
        turns = self._turns_of(words, lang)
        for q, a in itertools.pairwise(turns):
            if q.asker or not a.asker or not self._turn_asks(words, q, lang):
                continue
            answer = self._bare_answer(words[a.start:a.end], lang, today)
            if answer is None:
                continue
            stem = self._chat_stem(words[q.start:q.end].strip(), lang)
            if not stem:
                continue
            line = f"{stem}：{answer}" if lang == "zh" else f"{stem}: {answer}"
            sub = self.read(line, lang, None, today, chat=False)  # type: ignore[attr-defined]
            named = self._chat_stem_fields(stem, answer, lang, today) | self._answer_fields(sub)
            first = words[a.start:a.end].lstrip().split("\n")[0]  # the answer's line
            start = a.start + (len(words[a.start:a.end]) - len(words[a.start:a.end].lstrip()))
            end = start + len(first.rstrip(TRIM))
            said = words[a.marked:end].strip(TRIM)
            self._bind_answer(sub, named, said, start, end, r)

    @staticmethod
    def _answer_fields(sub: CaseReading) -> set[str]:
        """The fields a reading names; the fields one statement's words fill ("已建成投产": built and in operation)
        count as one."""
        spans = {(f.start, f.end) for f in sub.facts}
        fields = {field_of(f.path) for f in sub.facts}
        if len(spans) == 1 and not sub.unread and fields:
            fields = {min(fields)}
        return fields | {x for a in sub.asks.values() for x in a.fields}

    def _chat_stem_fields(self, stem: str, answer: str, lang: str, today: date) -> set[str]:
        """The fields each part of a question joined of several ("数控化率和联网率") names with the answer."""
        joins = self.cues.get("chat_turns", "joins", lang=lang)
        parts = [p.strip(" \t，,") for p in joins.split(stem)] if joins is not None else [stem]
        if len([p for p in parts if p]) < 2:
            return set()
        out: set[str] = set()
        for part in filter(None, parts):
            line = f"{part}：{answer}" if lang == "zh" else f"{part}: {answer}"
            sub = self.read(line, lang, None, today, chat=False)  # type: ignore[attr-defined]
            out |= {field_of(f.path) for f in sub.facts} | {x for a in sub.asks.values() for x in a.fields}
        return out

    def _bind_answer(self, sub: CaseReading, named: set[str], said: str, start: int, end: int,
                     r: CaseReading) -> None:
        """The answer's reading ``sub`` bound at ``start..end`` when it names one field; left unread with the fields
        ``named`` otherwise."""
        if sub.events or not named:
            return
        fields = named | {field_of(f.path) for f in sub.facts}
        one = len(named) == 1
        r.unleave(said)
        for u in list(r.unread):  # the bare number left by the reading of the whole ("我：72%")
            if u and u in said:
                r.unleave(u)
        if not one:  # a question of two fields: the answer is theirs, none bound
            r.leave(said, "number", sorted(fields))
            return
        for f in sub.facts:
            r.facts.append(replace(f, words=said, start=start, end=end))
        for ask in sub.asks.values():
            r.leave(said, ask.kind, ask.fields, ask.choices, ask.eids)

    def _bare_answer(self, answer: str, lang: str, today: date) -> str | None:
        """The answer without its fillers, when it is short and names no field itself (else None: read as it is)."""
        filler = self.cues.get("chat_turns", "filler", lang=lang)
        text = filler.sub("", answer.strip()) if filler is not None else answer.strip()
        text = text.strip(" \t\n，,；;").split("\n")[0]  # (its first line: what follows is said on)
        trailer = self.cues.get("chat_turns", "trailer", lang=lang)
        text = trailer.sub("", text) if trailer is not None else text
        if not text or len(text) > int(self.cues["chat_turns"].get("longest", 30)):
            return None
        if any(term.kind in ("indicator", "kpi", "domain") for h in self.lexicon.find(text, lang) for term in h.terms):
            return None
        alone = self.read(text, lang, None, today, chat=False)  # type: ignore[attr-defined]
        return None if alone.facts or alone.events else text

    def _chat_stem(self, question: str, lang: str) -> str:
        for entry in self.cues["chat_turns"].get("stems") or []:
            if entry.get(lang):
                question = re.sub(entry[lang], entry.get("to", ""), question, count=1, flags=re.I)
        return question.strip(" \t\n，,；;:：")

