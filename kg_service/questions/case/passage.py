"""The question's text as the reader sees it: clauses, parts and sentences as spans, the dates found, and small helpers
of numbers and dates shared by the reading modules."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kg_service.questions.case.model import Fact
from kg_service.questions.structured import Mention
from kg_service.questions.text import expand_code

WORD = re.compile(r"[a-z0-9]+")
TRIM = " \t\n，,；;。.!！?？:：、"
# the cues of a registration moved, or done anew ("迁到天津", "re-registered in Tianjin", "now registered in …")
MOVE_CUES = ("move", "reregister", "moved_now")


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
class Passage:
    """One question being read: its (masked) text, language, clauses and sentences."""

    raw: str  # the words read (traditional characters as simplified ones, one for one)
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
    # an intermediary asking for a client it names: the spans of its words of itself ("我们是一家咨询公司"); the
    # client is the applicant (``for_client``)
    for_client: bool = False
    intermediary: list[tuple[int, int]] = field(default_factory=list)
    source: str = ""  # the words as the asker wrote them (``raw``'s offsets): what a span quotes

    def blank(self, start: int, end: int) -> None:
        """Blank ``text[start:end]`` (words read that no other reading may read again); spans stay."""
        self.text = self.text[:start] + " " * (end - start) + self.text[end:]

    def words(self, start: int, end: int) -> str:
        return (self.source or self.raw)[start:end].strip(TRIM)

    def clause_of(self, i: int) -> Span:
        return next((c for c in self.clauses if c.start <= i < c.end), Span(0, len(self.text)))

    def part_of(self, i: int) -> Span:
        """The part of its clause that ``i`` is in (a clause of two events joined by "and had")."""
        clause = self.clause_of(i)
        part = next((p for p in self.parts if p.start <= i < p.end), clause)
        return Span(max(clause.start, part.start), min(clause.end, part.end))

    def sentence_of(self, i: int) -> Span:
        return next((s for s in self.sentences if s.start <= i < s.end), Span(0, len(self.text)))


_RULE = re.compile(r"^[ \t|｜:：\-—–=+]*$")


def table_rows(text: str) -> str:
    """A pasted table's rows as clauses of a name and its value ("| NC rate | 63% |" and "NC rate | 63%" read as
    " NC rate : 63%  "): two lines or more in a run holding bars and no colon are a table's rows; a row's leading and
    closing bars are blanked, the bar between its first two cells is the name's colon, any later bar a clause's end; a
    rule row ("|---|---|") is blanked. Bars of one line ("NC rate: 74% | networking: 66%") part clauses (the
    reader's clause breaks). One character for one, so spans stay."""
    lines = text.split("\n")
    # (a tab parts a pasted sheet's cells as a bar does: "基础级备案\t已备案")
    rowish = [("|" in x or "｜" in x or "\t" in x.strip()) and ":" not in x and "：" not in x for x in lines]
    out = []
    for i, line in enumerate(lines):
        run = rowish[i] and ((i > 0 and rowish[i - 1]) or (i + 1 < len(lines) and rowish[i + 1]))
        if not run:
            out.append(line)
            continue
        if _RULE.match(line):
            out.append(" " * len(line))
            continue
        bars = [k for k, ch in enumerate(line) if ch in "|｜\t"]
        chars = list(line)
        if not line[:bars[0]].strip():  # a leading bar
            chars[bars[0]] = " "
            bars = bars[1:]
        if bars and not line[bars[-1] + 1:].strip():  # a closing bar
            chars[bars[-1]] = " "
            bars = bars[:-1]
        for k, b in enumerate(bars):
            chars[b] = ":" if k == 0 else ";"
        out.append("".join(chars))
    return "\n".join(out)


def split_spans(text: str, breaks: re.Pattern[str] | None) -> list[Span]:
    out, start = [], 0
    if breaks is not None:
        for m in breaks.finditer(text):
            if m.start() > start:
                out.append(Span(start, m.start()))
            start = m.end()
    if start < len(text):
        out.append(Span(start, len(text)))
    return out or [Span(0, len(text))]


def plain_number(v: float) -> int | float:
    return int(v) if float(v).is_integer() else round(float(v), 4)


def shift_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def longest(matches: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Of overlapping matches the longest (then the first) wins: "建成但未投产" over "投产"."""
    kept: list[tuple[int, int, Any]] = []
    for m in sorted(matches, key=lambda m: (-(m[1] - m[0]), m[0])):
        if not any(k[0] < m[1] and m[0] < k[1] for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m[0])


def mention_span_eq(a: Mention, b: Mention) -> bool:
    """Two mentions of the same words (one name of two concepts: "食品" of C13 and of C14)."""
    return (a.start, a.end, a.space) == (b.start, b.end, b.space)


def mention_span(text: str, m: Mention) -> tuple[int, int]:
    """A matcher mention's (start, end) in the question's characters: Chinese names are matched on
    the text without spaces and English ones on its tokens, so both are mapped back."""
    if m.space == "token":
        tokens: list[tuple[int, int]] = []
        for w in WORD.finditer(text.lower()):
            tokens += [w.span()] * len(expand_code(w.group()))
        if m.end <= len(tokens):
            return tokens[m.start][0], tokens[m.end - 1][1]
    elif m.space == "char":
        dense = [i for i, ch in enumerate(text) if not ch.isspace()]
        if m.end <= len(dense):
            return dense[m.start], dense[m.end - 1] + 1
    return m.start, m.end
