"""The question's text as the reader sees it: clauses, parts and sentences as spans, the dates found, and small helpers
of numbers and dates shared by the reading modules."""
from __future__ import annotations

import re
from collections.abc import Callable
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


_BAR = re.compile(r"[|｜\t]")
_BARRED = re.compile(r"^\s*[|｜][^|｜\n]+[|｜][^|｜\n]+[|｜]\s*$")  # one row of two cells or more, between bars
# a cell that is a value, not a name: a number, or a yes or no ("72%", "3,150", "是", "yes", "✓")
_VALUE_CELL = re.compile(
    r"(?i:(?:rmb|cny|us\$|¥|￥|人民币|约|about|approx\.?|~)?\s*[+\-−]?[0-9][0-9,.]*\s*"
    r"(?:%|％|个百分点|万元|亿元|万|亿|元|yuan|rmb|cny|million|billion|mn|bn|m|k|级|人|个|台|条|起|次)?"
    r"|[0-9]{4}\s*[-/.年]\s*[0-9]{1,2}(?:\s*[-/.月]\s*[0-9]{1,2}\s*日?|\s*月)?"
    r"|是|否|有|无|没有|已|未|yes|no|y|n|n/a|[✓✔√✗✘×\-—–])")


# the heading of a column of names ("| 指标 | 今年 | 去年 |"): the table is one row per name already
_NAMES_HEADING = re.compile(r"(?i:指标|项目|名称|内容|事项|类别|条件|要求|问题|item|items|indicator|indicators|metric|"
                            r"metrics|name|field|kpi|criteri(?:on|a)|question|requirement)")


def _is_row(line: str) -> bool:
    # (a tab parts a pasted sheet's cells as a bar does: "基础级备案\t已备案")
    return ("|" in line or "｜" in line or "\t" in line.strip()) and ":" not in line and "：" not in line


def _cells(line: str) -> list[str]:
    cells = [c.strip() for c in _BAR.split(line)]
    if line.strip()[:1] in "|｜" and cells and not cells[0]:
        cells = cells[1:]
    if line.strip()[-1:] in "|｜" and cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def _read_across(rows: list[list[str]], ruled: bool) -> bool:
    """The first row names the columns and the rows below hold their values (see ``columns_as_rows``); ``ruled``:
    a rule row ("|---|---|") sets the first row apart as the names'."""
    names, values = rows[0], rows[1:]
    if len(names) < 2 or not values or any(len(v) != len(names) for v in values):
        return False
    if not all(c and not _VALUE_CELL.fullmatch(c) for c in names) or _NAMES_HEADING.fullmatch(names[0]):
        return False
    if (len(names) > 2 or ruled) and len(values) == 1:
        return all(values[0])  # one row of words below three names or more, or below a heading ruled off
    first = 1 if len(names) > 2 else 0  # (a first column of a row's own name: "| 电子元件 | 72% | 66% |")
    return all(_VALUE_CELL.fullmatch(c) for v in values for c in v[first:])


# the heading of a column of one period's values: a year ("2025", "2025年", "FY2025", "end of 2025"), a month's end,
# or the words for now ("current", "目前")
_PERIOD = re.compile(r"(?i)^[^|｜\t]{0,24}?(?:\b|(?<![0-9]))(?:fy\s*)?(20[0-9]{2})(?![0-9])[^|｜\t]{0,30}$")
_PAST_COLUMN = re.compile(r"(?i)\b(?:last|prior|previous) year\b|去年|上年|前年|上一年")
_NOW_COLUMN = re.compile(r"(?i)\b(?:current|currently|now|latest|this year)\b|目前|当前|现在|本期|最新|今年")
# a column of part of a year ("2026 (Jan-Sep)", "2026年1-9月", "前三季度", "YTD"), or of a year to come ("2027E",
# "2027（预计）", "target")
_PART_YEAR = re.compile(r"(?i)\b(?:ytd|year[- ]to[- ]date|to date|h1|h2|q[1-4](?:\s*[-–~]\s*q[1-4])?|"
                        r"jan(?:uary)?\s*[-–~]|first (?:half|nine months|three quarters|quarter)|months?)\b|"
                        r"[0-9]{1,2}\s*[-–~至到]\s*[0-9]{1,2}\s*月|前[一二三]季度|上半年|下半年|季度|截至|截止|个月")
_TO_COME = re.compile(r"(?i)\b(?:forecast|projected|expected|estimate[d]?|target|plan(?:ned)?|budget)\b|(?<=[0-9])e\b|"
                      r"预计|预测|目标|计划|预算")


def _period_kept(header: list[str]) -> int | None:
    """Of a table's columns headed by periods ("| Item | 2024 | 2025 |", "| 指标 | 2025年末 | 2026年11月末（目前）|"),
    the one column that holds the values as they stand: the one headed as now ("current", "目前"), else the latest
    whole year's; None when the columns are not all periods, or none or several stand for now."""
    periods = header[1:]
    if len(periods) < 2 or not all(_PERIOD.match(c) or _NOW_COLUMN.search(c) or _PAST_COLUMN.search(c)
                                   for c in periods):
        return None
    now = [k for k, c in enumerate(periods, 1) if _NOW_COLUMN.search(c)]
    if len(now) == 1:
        return now[0]
    if now:
        return None
    if any(_PART_YEAR.search(c) or not _PERIOD.match(c) for c in periods):
        return None  # (a whole year beside part of a later one: which holds the values as they stand is asked)
    years = {k: int(_PERIOD.match(c).group(1)) for k, c in enumerate(periods, 1) if not _TO_COME.search(c)}
    if not years:
        return None
    latest = max(years.values())
    kept = [k for k, y in years.items() if y == latest]
    return kept[0] if len(kept) == 1 else None


def latest_column(text: str) -> str:
    """A pasted table of a name per row and a column per period ("| Item | 2024 | 2025 |\n| Revenue (CNY 10k) |
    51200 | 64000 |", "| 指标 | 2025年末 | 2026年11月末（目前）|") as the one column that holds the values as they
    stand (see ``_period_kept``): the earlier years' values are the past, not the asker's case. A column of part of a
    year or of a forecast is none of them. Other tables stay as they are (a name given two values is asked back,
    ``table_rows``)."""
    def kept(block: list[str]) -> list[str]:
        cells = [None if _RULE.match(x) else _cells(x) for x in block]  # (a rule row has none)
        rows = [c for c in cells if c is not None]
        k = _period_kept(rows[0]) if len(block) >= 2 and rows else None
        if k is None or any(len(r) != len(rows[0]) for r in rows):
            return block
        return [x if c is None else "| " + " | ".join((c[0], c[k])) + " |" for x, c in zip(block, cells, strict=True)]
    return _each_table(text, kept)


def _each_table(text: str, change: Callable[[list[str]], list[str]]) -> str:
    """``text`` with each run of a pasted table's lines (``_is_row``) as ``change`` lays it out; other lines kept."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _is_row(lines[j]):
            j += 1
        out += change(lines[i:j]) if j > i else [lines[i]]
        i = max(j, i + 1)
    return "\n".join(out)


def columns_as_rows(text: str) -> str:
    """A pasted table that names its columns in its first row and holds their values in the rows below
    ("| NC rate | networking rate |\n|---|---|\n| 72% | 66% |") as one row per column, its name then its values
    ("| NC rate | 72% |\n| networking rate | 66% |"), which ``table_rows`` reads: read across, the last column's
    name stood beside the first column's value. Only when every cell below the names is a value (a number, a yes
    or a no), but for the first of three columns or more ("| 行业 | 数控化率 | 联网率 |\n| 电子元件 | 72% | 66% |"),
    or any words in the one row below three names or more ("独立法人资格\t营业收入\t覆盖环节\n无（分公司）\t
    2.3亿元\t研发设计、生产管理") or below names ruled off ("| Industry | Products |\n|---|---|\n| Pharma | vaccines
    |"). A table of two columns, names and values ("| NC rate | 72% |\n| Networking | 66% |"), is already one row per
    name, as is one headed by a column of names ("| Indicator | Value |", "| 指标 | 今年 | 去年 |"). Several
    rows of values give a column several values, asked back (``table_rows``), not one of them chosen. The rows
    change places, so a span quotes the column's name and its value as the rows now stand. A table of a column per
    period keeps the column of the values as they stand (``latest_column``)."""
    def across(block: list[str]) -> list[str]:
        rows = [_cells(x) for x in block if not _RULE.match(x)]
        ruled = len(rows) > 1 and any(_RULE.match(x) and x.strip() for x in block)
        if len(block) >= 2 and rows and _read_across(rows, ruled):
            return ["| " + " | ".join([name, *(v[k] for v in rows[1:])]) + " |" for k, name in enumerate(rows[0])]
        return block
    return _each_table(latest_column(text), across)


def table_rows(text: str) -> str:
    """A pasted table's rows as clauses of a name and its value ("| NC rate | 63% |" and "NC rate | 63%" read as
    " NC rate : 63%  "): two lines or more in a run holding bars and no colon are a table's rows; a row's leading and
    closing bars are blanked, the bar between its first two cells is the name's colon, any later bar a clause's end; a
    rule row ("|---|---|") is blanked. Bars of one line ("NC rate: 74% | networking: 66%") part clauses (the
    reader's clause breaks). One character for one, so spans stay."""
    lines = text.split("\n")
    rowish = [_is_row(x) for x in lines]
    out = []
    for i, line in enumerate(lines):
        # (or one row alone, its cells between bars: "| Domains | factory construction, production operation |")
        run = rowish[i] and ((i > 0 and rowish[i - 1]) or (i + 1 < len(lines) and rowish[i + 1]) or
                             _BARRED.match(line) is not None)
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
        # a name with two values or more ("| NC rate | 70% | 72% |": two years, or a table read down) is given
        # none: each value a clause of its own, asked back
        several = sum(bool(re.search(r"[0-9]", cell)) for cell in _cells(line)[1:]) >= 2
        for k, b in enumerate(bars):
            chars[b] = ":" if k == 0 and not several else ";"
        out.append("".join(chars))
    return "\n".join(out)


def unclosed_bracket(text: str, start: int, end: int) -> int:
    """Where the last bracket opened in ``text[start:end]`` and not closed before ``end`` opens; -1 if none ("no losses
    (finances sound": a negation before it does not reach into it; "Level 2 (self-assessed; …": its note goes on)."""
    opened = max(text.rfind("(", start, end), text.rfind("（", start, end))
    return opened if opened >= 0 and not re.search(r"[)）]", text[opened:end]) else -1


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
