"""How well stated cases are read: wrong values, the share of stated values read, what is left unread.

    PYTHONPATH=. python bench/reading_eval.py [--set bench/qa_sets/cases_reading.json] [--dev] [--decide] [-v]

A case lists every value its question states (``expect``: field path -> value) and, for a factory
already recognised, the revocation events (``events``). A value read that the case does not state
is a wrong value too (the reader must not add what was not said); a value stated but not read is
unread. ``unread`` (a number) is how many pieces the reader must leave unread at least: bare
numbers, KPIs without a field, targets, bounds. ``asks`` (field paths) are the fields the answer must ask
for, in the interview's own words (queries/interview.yaml): words left unread are asked back as the
question of the field(s) they could fill. A set with ``"decide": true`` is scored on the facts ``/ask``
answers (the Service decides the case: a date whose day the verdict turns on is asked, not kept), and
its ``asks`` in the answer's text, its ``verdict`` (a revocation's, when a case gives one) and its ``status`` (eId of
a condition -> the status ``/ask`` must decide for it, as the contract's dev-situations.json gives them); otherwise on
the reader's reading alone. A case's ``as_of`` is the day it is asked on (the set's ``today`` otherwise).
``--dev`` scores the contract's dev-situations.json the same way (it lists only some of what its questions
state, so extra values are shown, not counted).

Reading decides nothing, so this needs no engine (the graph, the question matcher and the reader), but
for a ``decide`` set.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "bench" / "qa_sets" / "cases_reading.json"
DEV = ROOT.parent / "shared" / "contract" / "dev-situations.json"


def leaves(d: Any, pre: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    if isinstance(d, dict):
        for k, v in d.items():
            if k == "domains":
                out[pre + k] = v
            else:
                out |= leaves(v, f"{pre}{k}.")
    elif isinstance(d, list) and d:
        for i, v in enumerate(d):
            out |= leaves(v, f"{pre}{i}.")
    else:
        out[pre[:-1]] = d
    return out


def same(path: str, want: Any, got: Any) -> bool:
    if path.endswith("province"):  # 天津, 天津市 and Tianjin name the same place
        return isinstance(got, str) and (str(want) in got or got in str(want))
    if path == "industry_code":
        return isinstance(got, str) and got.startswith(want)
    if path == "domains":
        return isinstance(got, list) and set(got) == set(want)
    if isinstance(want, (int, float)) and not isinstance(want, bool):
        return isinstance(got, (int, float)) and not isinstance(got, bool) and abs(got - want) < 1e-9
    return got == want


def event_matches(want: dict[str, Any], got: dict[str, Any]) -> bool:
    return all(same(k, v, got.get(k)) for k, v in want.items())


def score(cases: list[dict], read, today: date, *, strict: bool, verbose: bool,
          decided: bool = False) -> dict[str, Any]:
    """``read(q, lang, today)`` answers (facts as the contract shows them, the fields asked back); ``decided``:
    the Service decided them (a verdict due and not given, or a cause other than the one cited, counts)."""
    right = wrong = stated = missed_unread = level_wrong = asks = asks_missed = verdict_wrong = 0
    verdict_missing = cause_wrong = statuses = statuses_right = 0
    unread_total = 0
    times = []
    for c in cases:
        started = time.perf_counter()
        day = date.fromisoformat(c["as_of"]) if "as_of" in c else today  # the as_of the question is asked on
        got, asked = read(c["q"], c.get("lang", "en"), day)
        times.append(time.perf_counter() - started)
        unread = got.get("unread") or []
        unread_total += len(unread)
        notes = []
        for f in c.get("asks", []):
            asks += 1
            if f not in asked:
                asks_missed += 1
                notes.append(f"not asked back: {f}")
        if "level" in c and c["level"] != got.get("level") and strict:
            level_wrong += 1
            notes.append(f"level {got.get('level')} (stated {c['level']})")
        if c.get("mode") == "revocation" or "revoke" in c:
            if got.get("mode") != "revocation":
                wrong += 1
                notes.append(f"mode {got.get('mode')}")
            events = got.get("events") or []
            for want in c.get("events", []):
                stated += 1
                if any(event_matches(want, e) for e in events):
                    right += 1
                else:
                    notes.append(f"event unread {want}")
            extra = [e for e in events if not any(event_matches(w, e) for w in c.get("events", []))]
            if strict and extra:
                wrong += len(extra)
                notes.append(f"WRONG events {extra}")
        else:
            prof = leaves(got.get("profile") or {})
            for path, want in c["expect"].items():
                stated += 1
                if path not in prof:
                    notes.append(f"unread {path} (stated {want!r})")
                elif same(path, want, prof[path]):
                    right += 1
                else:
                    wrong += 1
                    notes.append(f"WRONG {path} = {prof[path]!r} (stated {want!r})")
            for path, value in prof.items():
                if path not in c["expect"]:
                    if strict:
                        wrong += 1
                    notes.append(f"{'WRONG' if strict else 'extra'} {path} = {value!r} (not stated)")
        # a verdict is the Service's (a "decide" set's reading carries it); the reader alone decides nothing
        if "verdict" in c and "verdict" in got and got["verdict"] != c["verdict"]:
            verdict_wrong += 1
            notes.append(f"verdict {got.get('verdict')} (expected {c['verdict']})")
        if decided and "verdict" in c and "verdict" not in got:  # nothing decided where a verdict is due
            verdict_missing += 1
            notes.append(f"no verdict (expected {c['verdict']})")
        # the cause a revoke or an open verdict rests on: the item cited must be the one (one of those) that
        # applies, or is unknown
        status = {"revoke": "applies", "undetermined": "unknown"}.get(c.get("verdict", ""))
        cited = str(c.get("cite", ""))
        if decided and status and cited.startswith("art_12__item_") and got.get("verdict") == c["verdict"] \
                and not any(x["cause"] == cited and x["status"] == status for x in got.get("causes") or []):
            cause_wrong += 1
            notes.append(f"cause: {cited} not {status} ({got.get('causes')})")
        if decided and c.get("status"):  # the condition that cites the eId (its last, most particular, first)
            made = got.get("decided") or []
            for eid, want in c["status"].items():
                statuses += 1
                cond = next((x for x in made if (x.get("articles") or [None])[-1] == eid), None) or \
                    next((x for x in made if eid in (x.get("articles") or [])), None)
                if cond is not None and cond.get("status") == want:
                    statuses_right += 1
                else:
                    notes.append(f"status {eid}: {cond and cond.get('status')} (expected {want})")
        if len(unread) < int(c.get("unread", 0)):
            missed_unread += 1
            notes.append(f"left {len(unread)} unread, expected at least {c['unread']}")
        if notes and verbose:
            print(f"- {c['q']}\n    " + "\n    ".join(notes) + f"\n    read: {json.dumps(got, ensure_ascii=False)}")
    times.sort()
    return {"cases": len(cases), "stated": stated, "read_right": right, "wrong": wrong,
            "read_share": round(right / max(1, stated), 3), "unread_pieces": unread_total,
            "unread_expected_missed": missed_unread, "level_wrong": level_wrong, "asks": asks,
            "asks_missed": asks_missed, "verdict_wrong": verdict_wrong,
            **({"verdict_missing": verdict_missing, "cause_wrong": cause_wrong} if decided else {}),
            **({"statuses": statuses, "statuses_right": statuses_right} if statuses else {}),
            "median_ms": round(statistics.median(times) * 1000, 2),
            "p95_ms": round(times[int(len(times) * .95) - 1] * 1000, 2)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", type=Path, default=SET)
    ap.add_argument("--dev", action="store_true", help="also score the contract's dev-situations.json")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--decide", action="store_true",
                    help="score the set as a decide set (the Service's facts and verdicts) even if it does not say so")
    a = ap.parse_args(argv)

    from kg_service.graph import KnowledgeGraph
    from kg_service.questions.case.reader import CaseReader
    from kg_service.questions.structured import ConceptMatcher

    kg = KnowledgeGraph.load()
    matcher = ConceptMatcher.from_graph(kg)
    reader = CaseReader(kg)

    def read(q: str, lang: str, today: date):
        r = reader.read(q, lang, matcher.find(q), today)
        return r.as_facts(), {f for ask in getattr(r, "asks", {}).values() for f in ask.fields}

    data = json.loads(a.set.read_text(encoding="utf-8"))
    data["decide"] = data.get("decide") or a.decide
    if data["decide"]:
        import yaml

        from kg_service.service import Service

        service = Service(kg)
        questions = yaml.safe_load((kg.settings.queries_dir / "interview.yaml").read_text(encoding="utf-8"))["fields"]

        def read(q: str, lang: str, today: date):  # the Service's decision, as /ask answers
            out = service.ask(q, as_of=today)
            facts = out.get("facts") or {"mode": None, "level": None, "profile": {}, "unread": []}
            lang = "zh" if lang == "zh" else "en"
            return facts, {f for f, text in questions.items() if text[lang] in out["answer"]}

    out = {"set": score(data["cases"], read, date.fromisoformat(data["today"]), strict=True, verbose=a.verbose,
                       decided=bool(data.get("decide")))}
    if a.dev and DEV.exists():
        dev = json.loads(DEV.read_text(encoding="utf-8"))
        out["dev"] = score(dev, read, date.today(), strict=False, verbose=a.verbose)
    print(json.dumps(out, indent=1))
    return 0 if all(v["wrong"] == 0 for v in out.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
