"""Writes situations.json from cases_zh.py, cases_en.py and cases_revoke.py. Each eligibility case's `status` is
derived by derive.py from the facts it states (every condition of its level that a stated field bears on), and my
own reading of the condition asked about (`asked`) must agree with it. Standard library only.

    python3 bench/heldout9/gen_situations.py
"""
from __future__ import annotations

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from cases_en import EN  # noqa: E402
from cases_revoke import REVOKE  # noqa: E402
from cases_zh import ZH  # noqa: E402
from derive import bearing  # noqa: E402
from dsl import leaves, profile  # noqa: E402


def main() -> None:
    out = []
    for i, c in enumerate(ZH + EN):
        p = profile(**c["facts"])
        st = bearing(p, c["level"])
        for a in c["asked"].split():
            eid, want = a.split("=")
            if st.get(eid) != want:
                raise SystemExit(f"case {i} ({c['q'][:30]}): asked {eid}={want}, derived {st.get(eid)}")
        case = {"id": f"h9-s{i + 1:03d}", "lang": c["lang"], "level": c["level"], "q": c["q"],
                "expect": leaves(p) if p else {}, "status": st}
        if c["amb"]:
            case["ambiguous"] = c["amb"]
            for w in c["amb"]:
                if w not in c["q"]:
                    raise SystemExit(f"case {i}: ambiguous words not in the question: {w}")
        if c["note"]:
            case["note"] = c["note"]
        out.append(case)
    for j, r in enumerate(REVOKE):
        applies = [k for k, v in r["causes"].items() if v == "applies"]
        assert (applies == [r["revoke"]]) if r["revoke"] else not applies, r["q"]
        assert r["verdict"] == ("revoke" if r["revoke"] else
                                "undetermined" if "unknown" in r["causes"].values() else "retain"), r["q"]
        case = {"id": f"h9-r{j + 1:03d}", "lang": r["lang"], "level": r["level"], "q": r["q"], "expect": {},
                "revoke": r["revoke"], "verdict": r["verdict"],
                "causes": [{"cause": k, "status": v} for k, v in r["causes"].items()]}
        if r["note"]:
            case["note"] = r["note"]
        out.append(case)
    qs = [c["q"] for c in out]
    assert len(set(qs)) == len(qs), "a question is repeated"
    with open(os.path.join(HERE, "situations.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"situations.json: {len(out)} cases")


if __name__ == "__main__":
    main()
