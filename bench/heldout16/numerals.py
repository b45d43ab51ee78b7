# ruff: noqa: E501
"""Numbers and dates written the ways bench/heldout16 writes them: Chinese numerals, English words, full-width
digits, decimals, thousands separators. Standard library only."""
from __future__ import annotations

CN = "零一二三四五六七八九"
EN_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def cn_int(n: int) -> str:
    """0 … 99,999,999 in Chinese numerals (十二, 一百零五, 三千五百, 一万二千)."""
    if n == 0:
        return "零"
    if n >= 10000:
        hi, lo = divmod(n, 10000)
        return cn_int(hi) + "万" + (("零" if lo < 1000 else "") + cn_int(lo) if lo else "")
    out, zero = "", False
    for unit, val in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        d = n // val % 10
        if d:
            if zero and out:
                out += "零"
            out += CN[d] + unit
            zero = False
        elif out:
            zero = True
    if out.startswith("一十"):
        out = out[1:]
    return out


def cn_num(x: float) -> str:
    if float(x).is_integer():
        return cn_int(int(x))
    a, b = f"{x}".split(".")
    return cn_int(int(a)) + "点" + "".join(CN[int(c)] for c in b)


def en_int(n: int) -> str:
    if n < 20:
        return EN_SMALL[n]
    if n < 100:
        t, u = divmod(n, 10)
        return EN_TENS[t] + ("-" + EN_SMALL[u] if u else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return EN_SMALL[h] + " hundred" + (" and " + en_int(r) if r else "")
    th, r = divmod(n, 1000)
    return en_int(th) + " thousand" + ((" and " if r < 100 else " ") + en_int(r) if r else "")


def en_num(x: float) -> str:
    if float(x).is_integer():
        return en_int(int(x))
    a, b = f"{x}".split(".")
    return en_int(int(a)) + " point " + " ".join(EN_SMALL[int(c)] for c in b)


def fw(s: str) -> str:
    """Full-width digits and punctuation."""
    return s.translate(str.maketrans("0123456789%,.:;()", "０１２３４５６７８９％，．：；（）"))


def num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def rev_zh(v: int, how: str) -> str:
    """v in 万元."""
    if how == "wan":
        return f"{v}万元"
    if how == "sep":
        return f"{v:,}万元"
    if how == "yi":
        return f"{num(v / 10000)}亿元"
    if how == "yuan":
        return f"{v * 10000:,}元"
    if how == "spoken":
        if v >= 10000:
            yi, rest = divmod(v, 10000)
            return cn_int(yi) + "亿" + (("零" if rest < 1000 else "") + cn_int(rest) + "万" if rest else "")
        return cn_int(v) + "万"
    if how == "fw":
        return fw(str(v)) + "万元"   # no separator: a full-width comma would read as punctuation
    raise ValueError(how)


def rev_en(v: int, how: str) -> str:
    m = v / 100  # millions of yuan
    if how == "m":
        return f"RMB {num(m)}m"
    if how == "million":
        return f"CNY {num(m)} million"
    if how == "yuan":
        return f"{v * 10000:,} yuan"
    if how == "bn":
        return f"RMB {num(m / 1000)}bn"
    if how == "spoken":
        if float(m).is_integer():
            return en_int(int(m)) + " million yuan"
        if float(m * 2).is_integer():
            return en_int(int(m)) + " and a half million yuan"
        return f"{num(m)} million yuan"
    if how == "wan":
        return f"{v:,} (in CNY 10k)"
    raise ValueError(how)


def date_zh(d: str, how: str) -> str:
    y, m, dd = (int(x) for x in d.split("-"))
    if how == "cn":
        return f"{y}年{m}月{dd}日"
    if how == "dot":
        return f"{y}.{m}.{dd}"
    if how == "spoken":
        return "".join(CN[int(c)] for c in str(y)).replace("零", "〇") + f"年{cn_int(m)}月{cn_int(dd)}号"
    if how == "fw":
        return fw(f"{y}") + "年" + fw(str(m)) + "月" + fw(str(dd)) + "日"
    return d


def date_en(d: str, how: str) -> str:
    y, m, dd = (int(x) for x in d.split("-"))
    if how == "uk":
        return f"{dd} {MONTHS[m - 1]} {y}"
    if how == "us":
        return f"{MONTHS[m - 1]} {dd}, {y}"
    if how == "spoken":
        return f"the {ordinal(dd)} of {MONTHS[m - 1]} {y}"
    return d


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


if __name__ == "__main__":
    assert cn_int(105) == "一百零五" and cn_int(12) == "十二" and cn_int(3500) == "三千五百"
    assert cn_int(12000) == "一万二千" and cn_int(10050) == "一万零五十" and cn_int(78) == "七十八"
    assert cn_num(7.5) == "七点五" and en_int(78) == "seventy-eight" and en_int(120) == "one hundred and twenty"
    assert rev_zh(12800, "yi") == "1.28亿元" and rev_en(4500, "m") == "RMB 45m" and rev_en(12000, "bn") == "RMB 0.12bn"
    assert rev_zh(12800, "spoken") == "一亿二千八百万" and rev_en(1450, "spoken") == "fourteen and a half million yuan"
    assert date_zh("2025-03-14", "spoken") == "二〇二五年三月十四号"
    print("numerals.py: ok")
