"""Whether a stated case's answer opens with what was asked (issue 17 item 3).

    PYTHONPATH=. python bench/telling_eval.py [--set bench/qa_sets/telling_3.json] [-v]

Each case names what its question asks about (``asks``: ``level``, the id of the one condition it
asks about, or ``revocation`` for a recognised factory's title), the verdict the measures give it
(``yes`` / ``no`` / ``open``; a title's ``revoke`` / ``retain`` / ``open``) and the eIds one of which the
first sentence must name; optionally ``as_of`` (the date it is decided for, else the set's ``today``) and
``first_has`` (words the first sentence must hold too: an unread value named as what is missing). A case
passes when the first sentence opens with that verdict's words, names the level when the level is what
was asked, names one of the eIds and the ``first_has`` words, and no other verdict's opening stands later
in the answer (no two sentences contradict). Per language, and the median time of /ask.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "bench" / "qa_sets" / "telling_3.json"

OPENING = {("yes", "zh"): ("符合", "就所述情况而言符合"), ("no", "zh"): ("不符合",), ("open", "zh"): ("尚无法判断",),
           ("yes", "en"): ("Yes",), ("no", "en"): ("No —", "No,"), ("open", "en"): ("Not yet decidable",)}
# a recognised factory's title (asks: revocation)
TITLE = {("revoke", "zh"): ("称号会被撤销",), ("retain", "zh"): ("称号不会",), ("open", "zh"): ("尚无法判断",),
         ("revoke", "en"): ("The title is revoked",), ("retain", "en"): ("The title is not revoked",),
         ("open", "en"): ("Cannot be decided yet", "Not yet decidable")}
LEVEL = {("basic", "zh"): "基础级", ("advanced", "zh"): "先进级",
         ("basic", "en"): "basic level", ("advanced", "en"): "advanced level"}


def faults(case: dict, answer: str) -> list[str]:
    from kg_service.questions.evaluation import first_sentence

    lang, verdict = case["lang"], case["verdict"]
    first = first_sentence(answer)
    out = []
    title = case["asks"] == "revocation"
    words = TITLE if title else OPENING
    kinds = ("revoke", "open", "retain") if title else ("no", "open", "yes")
    opened = [v for v in kinds if first.startswith(words[v, lang])]
    if not opened or opened[0] != verdict:
        out.append(f"opens {opened[:1] or '?'} not {verdict}")
    if case["asks"] == "level" and LEVEL[case["level"], lang] not in first:
        out.append("level asked not named")
    if not any(re.search(rf"{re.escape(e)}(?![\w-])", first) for e in case["first_eids"]):
        out.append(f"none of {case['first_eids']} first")
    missing = [w for w in case.get("first_has", []) if w not in first]
    if missing:
        out.append(f"first lacks {missing}")
    rest = answer[len(first):]
    others = {w for (v, lg), ws in words.items() if lg == lang and v != verdict for w in ws
              if not any(w in mine for mine in words[verdict, lang])}
    said = [w for w in others if (w if title else w + "：" if lang == "zh" else w + " —") in rest]
    if said:
        out.append(f"another verdict later: {said}")
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--set", type=Path, default=SET)
    p.add_argument("-v", action="store_true", help="print each failing answer")
    args = p.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from kg_service.graph import get_knowledge_graph
    from kg_service.service import Service

    doc = json.loads(args.set.read_text(encoding="utf-8"))
    today = date.fromisoformat(doc["today"])
    service = Service(get_knowledge_graph())
    def day(c: dict) -> date:
        return date.fromisoformat(c["as_of"]) if c.get("as_of") else today

    for c in doc["cases"]:  # warm-up, untimed
        service.ask(c["q"], as_of=day(c))
    passed = {"zh": [0, 0], "en": [0, 0]}
    times = []
    for c in doc["cases"]:
        t = time.perf_counter()
        answer = service.ask(c["q"], as_of=day(c))["answer"]
        times.append((time.perf_counter() - t) * 1000)
        bad = faults(c, answer)
        passed[c["lang"]][0] += not bad
        passed[c["lang"]][1] += 1
        if bad and args.v:
            print(f"- {c['q']}\n  {bad}\n  {answer[:240]}")
    total = [sum(v[0] for v in passed.values()), sum(v[1] for v in passed.values())]
    print(", ".join(f"{lang} {a}/{n}" for lang, (a, n) in passed.items()) + f", all {total[0]}/{total[1]} "
          f"({total[0] / total[1]:.2f}); /ask median {statistics.median(times):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
