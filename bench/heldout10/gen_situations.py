"""Writes situations.json: the eligibility situations of cases_zh.py and cases_en.py with the statuses derive.py
gives their stated facts, and the revocation situations of cases_revoke.py. Raises on a status the contract
leaves open, on a repeated question, or on a case that would score nothing."""
from __future__ import annotations

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cases_en  # noqa: E402
import cases_revoke  # noqa: E402
import cases_zh  # noqa: E402
import derive  # noqa: E402


def situation(c: dict, lang: str) -> dict:
    level = c["level"]
    partial = derive.nest(c["expect"])
    st = derive.status(partial, level)
    asked = c.get("ask") or derive.bearing(c["expect"], level)
    status = {}
    for eid in asked:
        if st[eid] == "open":
            if c.get("ask"):
                raise ValueError(f"asked status {eid} is open: {c['q']}")
            continue  # a condition the contract leaves open for these facts is not scored
        status[eid] = st[eid]
    if not status:
        raise ValueError(f"no status to score: {c['q']}")
    out = {"q": c["q"], "lang": lang, "level": level, "expect": c["expect"], "status": status}
    for k in ("ambiguous", "note"):
        if k in c:
            out[k] = c[k]
    return out


def main() -> None:
    out = [situation(c, "zh") for c in cases_zh.CASES] + [situation(c, "en") for c in cases_en.CASES]
    for lang, cases in (("zh", cases_revoke.ZH), ("en", cases_revoke.EN)):
        for c in cases:
            out.append({**c, "lang": lang})
    qs = [c["q"] for c in out]
    dup = {q for q in qs if qs.count(q) > 1}
    if dup:
        raise ValueError(f"repeated: {dup}")
    with open(os.path.join(HERE, "situations.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"situations.json: {len(out)}")


if __name__ == "__main__":
    main()
