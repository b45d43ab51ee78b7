"""Numbers as questions write them: 72%, ６８％, 百分之七十, 六成五, 1.2亿元, 两千万, RMB 18 million, "two years ago".

Each finder answers ``Quantity`` s with their character span in the question, so that the reader
can keep the words a value was read from; which field a quantity belongs to is the reader's business.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}


def zh_number(words: str, digits: dict[str, int]) -> float | None:
    """一 → 1, 十二 → 12, 七十五 → 75, 两千 → 2000, 一点五 → 1.5; None if the words are not a number."""
    whole, _, frac = words.partition("点")
    total, current = 0, 0
    if not whole:
        return None
    for ch in whole:
        if ch in digits:
            current = digits[ch]
        elif ch in _ZH_UNITS:
            total += (current or 1) * _ZH_UNITS[ch]
            current = 0
        else:
            return None
    total += current
    if frac:
        if any(ch not in digits for ch in frac):
            return None
        return float(f"{total}.{''.join(str(digits[ch]) for ch in frac)}")
    return float(total)


def en_number(words: str, names: dict[str, int]) -> float | None:
    """twenty → 20, twenty-five → 25, two hundred and fifty → 250, seventy-five point five → 75.5; None if the
    words are not a number."""
    whole, point, frac = words.lower().partition(" point ")
    if point:
        digits = [0 if w in ("zero", "oh") else names.get(w) for w in frac.split()]
        if not digits or any(d is None or not 0 <= int(d) <= 9 for d in digits):
            return None
        base = en_number(whole, names)
        return None if base is None else float(f"{int(base)}.{''.join(str(int(d)) for d in digits)}")
    total = 0
    seen = False
    for w in re.split(r"[\s-]+", words.lower().strip()):
        if w == "and" or not w:
            continue
        if w not in names:
            return None
        n = int(names[w])
        total = (total or 1) * n if n == 100 else total + n
        seen = True
    return float(total) if seen else None


def plain_number(words: str, digits: dict[str, int], names: dict[str, int] | None = None) -> float | None:
    words = words.replace(",", "").strip()
    try:
        return float(words)
    except ValueError:
        return zh_number(words, digits) if not words[:1].isascii() or names is None else en_number(words, names)


@dataclass(frozen=True)
class Quantity:
    value: float
    start: int
    end: int
    sign: str = ""  # "+" or "-" written before the number
    points: bool = False  # 个百分点 / percentage points
    bare: bool = False  # no unit written: a bare number right after a rate's name ("联网率68", "联网率0.68")
    share: bool = False  # tenths in words ("六成五"): a share only beside an indicator's name ("八成能达标": probably)

    def words(self, text: str) -> str:
        return text[self.start:self.end]


def percents(text: str, pattern: re.Pattern[str], digits: dict[str, int],
             names: dict[str, int] | None = None) -> list[Quantity]:
    """Percentages: "72%", "3个百分点", and in words, "百分之七十八", "seventy-eight percent" (``names``: the
    English number words), "六成五" (tenths)."""
    out = []
    for m in pattern.finditer(text):
        groups = m.groups()
        if groups[1] is not None:
            value = float(groups[1])
            sign = "-" if groups[0] in ("-", "−") else ("+" if groups[0] in ("+", "＋") else "")
            unit = (groups[2] or "").lower()
            points = "点" in unit or "point" in unit or unit == "pp" or "pt" in unit  # (pts, %-pts)
            out.append(Quantity(value, m.start(), m.end(), sign, points))
        elif len(groups) > 5 and groups[5]:  # a bare number right after a rate's name ("联网率68")
            out.append(Quantity(float(groups[5]), m.start(6), m.end(), bare=True))
        elif len(groups) > 7 and groups[6]:  # tenths: "七成" 70, "六成五" 65, "一成半" 15 (半: half a tenth)
            tenth = groups[7] or ""
            value = digits[groups[6]] * 10 + (5 if tenth == "半" else digits[tenth] if tenth else 0)
            out.append(Quantity(float(value), m.start(), m.end(), share=True))
        else:  # in words: "百分之七十八", "七十二%", "seventy-eight percent", "四个百分点", "four percentage points"
            at = next((i for i in (4, 5) if i <= len(groups) and m.group(i)), None)
            words = m.group(at) if at else None
            value = plain_number(words, digits, names) if words else None
            unit = m.group(0)[m.end(at) - m.start():].lower() if at else ""
            if value is not None:
                out.append(Quantity(value, m.start(), m.end(), points="点" in unit or "point" in unit))
    return out


def integer(words: str, digits: dict[str, int], names: dict[str, int]) -> int | None:
    if words.isdigit():
        return int(words)
    if words.lower() in names:
        return int(names[words.lower()])
    v = zh_number(words, digits)
    return int(v) if v is not None and v.is_integer() else None


@dataclass(frozen=True)
class Money:
    value_10k: float  # in 万元, the profile's unit
    start: int
    end: int
    loose: bool  # "2000多万", "1亿余": a bound, not a value
    bare: bool = False  # "12 million": no currency beside it (only with ``amounts(..., bare=True)``)


def amounts(text: str, pattern: re.Pattern[str], units: dict[str, Any], digits: dict[str, int], lang: str,
            currency: re.Pattern[str] | None, names: dict[str, int] | None = None, *,
            bare: bool = False) -> list[Money]:
    """The amounts of money in ``text``; with ``bare``, an English number with its multiplier and no currency
    too ("revenue only 12 million"), marked ``bare``: money only where its words make it so."""
    out = []
    for m in pattern.finditer(text):
        if lang == "zh":
            number, more, unit, more2 = m.group(1), m.group(2), m.group(3), m.group(4)
            value = plain_number(number, digits)
            factor = units.get(unit)
            loose = bool(more or more2)
            without = False
        else:
            number, unit = m.group(2), (m.group(3) or "").lower()
            words = m.group(0)
            without = not (m.group(1) or m.group(4) or (currency is not None and currency.search(words)))
            if without and not (bare and unit):
                continue  # a number without a currency is not money
            if not number[:1].isdigit() and not unit:
                continue  # "twenty yuan": a number in words is money with its multiplier only
            value = plain_number(number, digits, names)
            factor = units.get(unit)
            loose = False
        if value is None or factor is None:
            continue
        out.append(Money(round(value * float(factor), 4), m.start(), m.end(), loose, without))
    if lang == "zh":  # "两亿三千万", "2亿3000万": 亿 and the 万 after it, one amount
        for i in range(len(out) - 1, 0, -1):
            a, b = out[i - 1], out[i]
            if a.end == b.start and text[a.start:a.end].rstrip().endswith("亿") and b.value_10k < 10000:
                out[i - 1:i + 1] = [Money(round(a.value_10k + b.value_10k, 4), a.start, b.end, a.loose or b.loose,
                                          a.bare or b.bare)]
    return out


# (with "○", the circle written for zero in years, "二○二六年": not a digit of numbers_zh, where it may be a bullet)
_ZH_DIGIT = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_YEAR = re.compile(r"(?<![0-9〇零○一二三四五六七八九十])([〇零○一二三四五六七八九]{4})(?=\s*年)")
_ZH_MONTH = re.compile(r"(?<=年)(\s*)(十[一二]|[一二三四五六七八九])(?=\s*月)")
_ZH_DAY = re.compile(r"(?<=月)(\s*)([一二三]?十[一二三四五六七八九]|[二三]十|[一二三四五六七八九])(?=\s*[日号])")


def numeral_dates(text: str) -> str:
    """A date written in Chinese numerals ("二〇二六年三月三十号", as a transcribed voice message writes it) in figures,
    one character for one ("2026年3月30 号"), so that the dates' patterns read it and its spans still quote the
    words as written. A month or day of one numeral "十" stays as written (its figures would be two characters)."""
    text = _ZH_YEAR.sub(lambda m: "".join(str(_ZH_DIGIT[c]) for c in m.group(1)), text)

    def figures(m: re.Match[str]) -> str:
        words = m.group(2)
        n = zh_number(words, _ZH_DIGIT)
        if n is None:
            return m.group(0)
        said = str(int(n))
        return m.group(1) + said + " " * (len(words) - len(said))  # ("三十一" → "31 ": the day, then its 号)
    text = _ZH_MONTH.sub(figures, text)
    return _ZH_DAY.sub(figures, text)
