"""Questions from a recognised enterprise asking whether an event costs it the title (art_12), asked
through the Service as GET /ask asks them, scored on what was read, decided and told.

    PYTHONPATH=. python bench/revocation_eval.py [--set bench/qa_sets/cases_revocation.json] [-v] [--dense]

Per case: ``facts.mode`` is "revocation"; ``facts.level`` the level stated (null when none is);
``facts.events`` equal the stated events on type, grade, kind, province, date and, for a penalty, whether the
conditions are no longer met (a key the question does not state must be absent: never guessed; a province is
matched by name, 天津 = 天津市); the verdict
is right; the answer's first sentence gives that verdict (its opening words, from the answer templates
of queries/ask_case.yaml); the first citation is the case's ``cite`` eId; where a case gives ``causes`` (eId
of each art_12 item -> its status), the answer's causes are exactly those. ``verdicts_wrong`` counts each wrong
verdict by what was due and what was given (``retain->revoke`` and ``revoke->retain`` are the worst; ``->None``:
no verdict, a policy answer). A case whose ``mode`` is not "revocation" (an applicant, a policy question: a
look-alike) is right on every check when the answer is not read as a revocation.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "bench" / "qa_sets" / "cases_revocation.json"
KEYS = ("type", "grade", "kind", "province", "date", "no_longer_meets_conditions")
CHECKS = ("mode", "level", "events", "verdict", "causes", "first_sentence", "citation")


def openings() -> dict[tuple[str, str], str]:
    """The first words of each verdict's sentence, per language: the templates' text before their first
    placeholder (queries/ask_case.yaml, revocation)."""
    import yaml

    t = yaml.safe_load((ROOT / "queries" / "ask_case.yaml").read_text(encoding="utf-8"))["revocation"]
    return {(verdict, lang): t[key][lang].split("{")[0].strip()
            for verdict, key in (("revoke", "revoke"), ("retain", "retain"), ("undetermined", "open"))
            for lang in ("zh", "en")}


def first_sentence(answer: str) -> str:
    m = re.match(r"(.*?[\]）][。.])", answer, re.S)
    return m.group(1) if m else answer


def event_key(e: dict[str, Any]) -> tuple:
    return tuple(e.get(k) for k in KEYS)


def same_events(want: list[dict], got: list[dict]) -> bool:
    def norm(e: dict) -> tuple:
        p = e.get("province")
        # a province by name: 天津 and 天津市, 河北 and 河北省
        return (*(e.get(k) for k in KEYS if k != "province"), re.sub("[省市]$", "", p) if isinstance(p, str) else p)
    return Counter(map(norm, want)) == Counter(map(norm, ({k: e[k] for k in KEYS if k in e} for e in got)))


def score(cases: list[dict], ask, *, verbose: bool) -> dict[str, Any]:
    opening = openings()
    right = Counter()
    per_lang: dict[str, Counter] = {"zh": Counter(), "en": Counter()}
    all_right = Counter()
    worst = Counter()
    for c in cases:
        body = ask(c["q"])
        f = body.get("facts") or {}
        first = first_sentence(body.get("answer") or "")
        cites = [x["eid"] for x in body.get("citations") or []]
        # a look-alike (an applicant, a policy question): right when it is not read as a revocation
        lookalike = {k: f.get("mode") != "revocation" for k in CHECKS} if c["mode"] != "revocation" else None
        ok = lookalike or {
            "mode": f.get("mode") == "revocation",
            "level": f.get("level") == c["level"],
            "events": same_events(c["events"], f.get("events") or []),
            "verdict": f.get("verdict") == c["verdict"],
            # each cause's status, where the case gives them (``causes``: eId -> status)
            "causes": "causes" not in c or {x["cause"]: x["status"] for x in f.get("causes") or []} == c["causes"],
            "first_sentence": first.startswith(opening[c["verdict"], c["lang"]])
            and (c["verdict"] != "revoke" or c["cite"] in first),
            "citation": bool(cites) and cites[0] == c["cite"],
        }
        for k, v in ok.items():
            right[k] += v
            per_lang[c["lang"]][k] += v
        all_right["all"] += all(ok.values())
        # the worst errors: a retained factory told it loses the title, a revoked one told it keeps it
        got = f.get("verdict")
        worst[f"{c['verdict']}->{got}"] += got != c["verdict"]
        per_lang[c["lang"]]["all"] += all(ok.values())
        per_lang[c["lang"]]["n"] += 1
        if verbose and not all(ok.values()):
            print(f"- {c['q']}\n    failed: {[k for k, v in ok.items() if not v]}"
                  f"\n    want: {c['verdict']} {c['cite']} level={c['level']} "
                  f"{json.dumps(c['events'], ensure_ascii=False)}"
                  f"\n    got:  {f.get('verdict')} {cites[:2]} level={f.get('level')} "
                  f"{json.dumps(f.get('events'), ensure_ascii=False)} unread={f.get('unread')}"
                  f"\n    answer: {body.get('answer')}")
    n = len(cases)
    return {"cases": n, **{k: f"{right[k]}/{n}" for k in CHECKS}, "all_right": f"{all_right['all']}/{n}",
            "verdicts_wrong": {k: v for k, v in sorted(worst.items()) if v},
            **{lang: {"cases": pl["n"], "verdict": pl["verdict"], "all_right": pl["all"]}
               for lang, pl in per_lang.items()}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", type=Path, default=SET)
    ap.add_argument("--dense", action="store_true", help="retrieval with the embedding model too (slower)")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from kg_service.graph import get_knowledge_graph
    from kg_service.questions.index import QuestionIndex
    from kg_service.service import Service

    data = json.loads(a.set.read_text(encoding="utf-8"))
    today = date.fromisoformat(data["today"])
    service = Service(get_knowledge_graph())
    engine = QuestionIndex(get_knowledge_graph(), dense=a.dense)
    if a.dense:
        engine.wait_dense()
    service.get("questions", lambda: engine)
    out = score(data["cases"], lambda q: service.ask(q, as_of=today), verbose=a.verbose)
    print(json.dumps(out, indent=1))
    return 0 if out["all_right"] == f"{out['cases']}/{out['cases']}" else 1


if __name__ == "__main__":
    sys.exit(main())
