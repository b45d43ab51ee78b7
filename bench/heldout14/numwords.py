# ruff: noqa: E501
"""How numbers are written in bench/heldout14's kinds of writing: Chinese numerals (百分之七十二, 七成, 两亿三千万),
full-width digits (７２％), English words (seventy-two percent, CNY 23 million). Standard library only."""
from __future__ import annotations

D = "零一二三四五六七八九"
FW = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def cn_int(n: int, liang: bool = False) -> str:
    """0 <= n < 10**8 in Chinese numerals (十二, 七十二, 三千二百, 一万二千五百)."""
    if n == 0:
        return "零"
    if n >= 10000:
        hi, lo = divmod(n, 10000)
        s = cn_int(hi, liang) + "万"
        if lo:
            s += ("零" if lo < 1000 else "") + cn_int(lo, liang)
        return s
    out, zero = "", False
    for unit, val in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        q, n = divmod(n, val)
        if q:
            if zero:
                out += "零"
                zero = False
            dig = "两" if (liang and q == 2 and unit in ("千", "百")) else D[q]
            out += dig + unit
        elif out:
            zero = True
    if out.startswith("一十"):
        out = out[1:]
    return out


def cn_dec(v: float) -> str:
    if float(v).is_integer():
        return cn_int(int(v))
    a, b = f"{v}".split(".")
    return cn_int(int(a)) + "点" + "".join(D[int(c)] for c in b)


def cn_pct(v: float) -> str:
    return "百分之" + cn_dec(v)


def fw(s) -> str:
    return str(s).translate(FW)


def fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def en_int(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + en_int(r) if r else "")
    th, r = divmod(n, 1000)
    return en_int(th) + " thousand" + ((" and " if r < 100 else " ") + en_int(r) if r else "")


def en_dec(v: float) -> str:
    if float(v).is_integer():
        return en_int(int(v))
    a, b = f"{v}".split(".")
    return en_int(int(a)) + " point " + " ".join(ONES[int(c)] for c in b)


def cn_date(d: str) -> str:
    y, m, dd = d.split("-")
    return "".join("〇一二三四五六七八九"[int(c)] for c in y) + "年" + cn_int(int(m)) + "月" + cn_int(int(dd)) + "日"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def en_date(d: str, style: int = 0) -> str:
    y, m, dd = map(int, d.split("-"))
    return f"{dd} {MONTHS[m - 1]} {y}" if style == 0 else f"{MONTHS[m - 1]} {dd}, {y}"


def wan_cn(v10k: int) -> str:
    """an amount in 万元 as spoken Chinese: 23500 -> 两亿三千五百万, 3200 -> 三千二百万"""
    yi, wan = divmod(v10k, 10000)
    s = (("两" if yi == 2 else cn_int(yi, True)) + "亿") if yi else ""
    if wan:
        s += ("零" if yi and wan < 1000 else "") + cn_int(wan, True) + "万"
    return s


ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def en_ord(n: int) -> str:
    if n <= 20:
        return ORD[n - 1]
    if n == 30:
        return "thirtieth"
    return TENS[n // 10] + "-" + ORD[n % 10 - 1]


def en_date_spoken(d: str) -> str:
    """2026-03-12 -> march twelfth twenty twenty-six"""
    y, m, dd = map(int, d.split("-"))
    return f"{MONTHS[m - 1].lower()} {en_ord(dd)} twenty {en_int(y - 2000)}"


if __name__ == "__main__":
    assert cn_int(72) == "七十二" and cn_int(12) == "十二" and cn_int(105) == "一百零五" and cn_int(3200) == "三千二百"
    assert cn_pct(81.5) == "百分之八十一点五" and fw("72%") == "７２％" and en_dec(72) == "seventy-two"
    assert wan_cn(23500) == "两亿三千五百万" and wan_cn(3200) == "三千两百万" and wan_cn(20800) == "两亿零八百万"
    assert cn_date("2025-11-03") == "二〇二五年十一月三日" and en_int(1350) == "one thousand three hundred and fifty"
    assert en_date_spoken("2026-03-12") == "march twelfth twenty twenty-six" and en_ord(23) == "twenty-third"
    print("numwords ok")
