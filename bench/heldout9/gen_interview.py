"""Writes interview.json: whole profiles with both levels' verdicts and every condition's status, derived by
derive.py (the independent reading of the measures). Standard library only.

    python3 bench/heldout9/gen_interview.py
"""
from __future__ import annotations

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from derive import REF_DATE, derive  # noqa: E402
from dsl import profile  # noqa: E402

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(first17: str) -> str:
    """GB 32100-2015: the 18th character is the check character."""
    s = sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS, strict=True))
    return first17 + ALPHABET[(31 - s % 31) % 31]


BASE = dict(prov="北京市", ilp=True, ads=True, built=True, op=True, comp=True, fin=True, credit=False, inc=[],
            vio=[], pol=True, tech=True, sec=True, cyber=True, org=True, talent=True, mat=3,
            dom="fc rd po pm om", avg=True, filed=True, asof=REF_DATE)


def P(name, note, drop=(), **kw):
    facts = {**BASE, **kw}
    for k in drop:
        facts.pop(k, None)
    return name, note, facts


CASES = [
    P("h9-i01-c39-all-met", "phone maker, every condition met; indicators exactly at row_3 thresholds",
      dist="大兴区", ind="C39", nc=80, lab=8, dr=4, net=70, en=7, fdist="大兴区", fdate="2025-08-20",
      rev=56000, credit_code=None),
    P("h9-i02-c27-two-of-five", "vaccine maker: only two indicators reach row_2", ind="C27", nc=80, lab=7.9, dr=4.9,
      net=70, en=3.9),
    P("h9-i03-c13-boundary-revenue", "feed mill with revenue exactly 2000 万元 (no above_designated_size flag)",
      drop=("ads",), rev=2000, ind="C13", nc=65, lab=10, dr=5, net=55, en=4),
    P("h9-i04-c14-revenue-below", "bakery with 1999 万元", drop=("ads",), rev=1999, ind="C14", nc=70, lab=12,
      dr=6, net=60, en=5),
    P("h9-i05-tianjin", "registered in Tianjin", prov="天津市", ind="C38", nc=75, lab=9, dr=6, net=70, en=6),
    P("h9-i06-larger-accident", "a 较大 safety accident inside the three-year window", ind="C34",
      inc=[("safety", "larger", "2025-03-18")], nc=72, lab=8, dr=5, net=66, en=5),
    P("h9-i07-old-accident", "a 重大 accident before the window and a 一般 one inside it", ind="C30",
      inc=[("environmental", "major", "2023-02-01"), ("safety", "general", "2026-01-09")], nc=75, lab=10, dr=2,
      net=75, en=10),
    P("h9-i08-maturity-1", "maturity level 1", ind="C22", mat=1, nc=65, lab=10, dr=5, net=55, en=4),
    P("h9-i09-no-filing", "basic met, never filed: advanced not eligible", ind="C36", filed=False, nc=70, lab=8,
      dr=5, net=65, en=5),
    P("h9-i10-two-domains", "covers production operation and production management only", ind="C40",
      dom="po pm", nc=70, lab=8, dr=5, net=65, en=5),
    P("h9-i11-no-production-op", "covers no production operation", ind="C21", dom="fc rd pm om", nc=66, lab=11,
      dr=6, net=56, en=5),
    P("h9-i12-dig-only", "below the regional average but 数字化达标; advanced indicators unknown", ind="C26",
      avg=False, dig=True),
    P("h9-i13-effect-unknown", "basic effectiveness not stated", drop=("avg",), ind="C29", nc=75, lab=10,
      dr=2, net=75, en=10),
    P("h9-i14-d44", "power plant (section D): industrial, but no att_2-1 row", ind="D44", nc=95, lab=20, dr=10,
      net=95, en=15),
    P("h9-i15-software", "software company (section I)", ind="I65", nc=90, lab=10, dr=5, net=90, en=10),
    P("h9-i16-after-expiry", "assessed on 2027-01-15, after art_14's end", asof="2027-01-15", ind="C33", nc=70,
      lab=8, dr=5, net=65, en=5),
    P("h9-i17-violation", "a punished violation in 2026", ind="C24", vio=["2026-04-02"], nc=70, lab=8, dr=5,
      net=65, en=5),
    P("h9-i18-not-operating", "built, not yet in operation", ind="C37", op=False, nc=70, lab=8, dr=5, net=65, en=5),
    P("h9-i19-unknown-indicators", "two indicators met, two unknown, one below", ind="C31", nc=80, lab=12, dr=1),
    P("h9-i20-branch", "not an independent legal person", ind="C15", ilp=False, nc=65, lab=10, dr=5, net=55, en=4),
    P("h9-i21-filed-later", "basic filing dated after as_of", ind="C35", fdate="2027-03-01", nc=70, lab=8, dr=5,
      net=65, en=5),
    P("h9-i22-sparse", "only registration, size, industry and maturity known", drop=(
        "built", "op", "comp", "fin", "credit", "inc", "vio", "pol", "tech", "sec", "cyber", "org", "talent", "dom",
        "avg", "filed"), ind="C32", mat=2),
    P("h9-i23-bad-credit", "a bad credit record", ind="C17", credit=True, nc=65, lab=10, dr=5, net=55, en=4),
    P("h9-i24-insecure", "key equipment not secure and controllable", ind="C42", sec=False, nc=70, lab=8, dr=5,
      net=65, en=5),
]


def main() -> None:
    out = []
    for name, note, facts in CASES:
        cc = facts.pop("credit_code", "absent")
        p = {"id": name, "name": note, **profile(**facts)}
        if cc is None:  # a valid Beijing code (division 110115), check character computed
            p["credit_code"] = credit_code("91110115MA01A2B3C")
        exp = {}
        for level in ("basic", "advanced"):
            verdict, st = derive(p, level)
            exp[level] = {"verdict": verdict, "conditions": st}
        out.append({"name": name, "note": note, "profile": p, "expect": exp})
    with open(os.path.join(HERE, "interview.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    from collections import Counter
    print(f"interview.json: {len(out)}",
          dict(Counter((lv, c["expect"][lv]["verdict"]) for c in out for lv in ("basic", "advanced"))))


if __name__ == "__main__":
    main()
