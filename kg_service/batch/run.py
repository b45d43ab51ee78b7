"""One batch run: rows in, the contract's files out (results.jsonl, results.csv, errors.csv,
summary.json, report.html). Used by ``sfkg batch`` and by batch jobs (jobs.py)."""
from __future__ import annotations

import csv
import json
import os
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from kg_service.assessment.engine import LEVEL_NAMES
from kg_service.assessment.profile import ProfileError, check_profile
from kg_service.batch.check import check_fast
from kg_service.batch.engine import BatchEngine
from kg_service.batch.io import Row

FILES = ("results.jsonl", "results.csv", "errors.csv", "summary.json", "report.html")


class Tally:
    """What the summary and the report count, fed one result at a time."""

    def __init__(self, engine: BatchEngine, levels: list[str]):
        self.engine = engine
        self.levels = levels
        self.verdicts = {lvl: Counter() for lvl in levels}
        self.conditions: dict[str, Counter] = defaultdict(Counter)
        self.by_district: dict[str, dict[str, Counter]] = defaultdict(lambda: {lvl: Counter() for lvl in levels})
        self.by_group: dict[str, dict[str, Counter]] = defaultdict(lambda: {lvl: Counter() for lvl in levels})
        self.indicators: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
        self.near_misses: list[dict] = []
        self.profiles = 0

    def group_of(self, code: str | None) -> str:
        if not code:
            return "(none)"
        _industry, ind = self.engine.facts.industry(code)
        return ind.row or f"section {code[0]}"

    def add(self, profile: dict, result: dict) -> None:
        self.profiles += 1
        district = (profile.get("registration") or {}).get("district") or "(none)"
        group = self.group_of(profile.get("industry_code"))
        seen = set()
        for res in result["results"]:
            lvl, verdict = res["level"], res["verdict"]
            self.verdicts[lvl][verdict] += 1
            self.by_district[district][lvl][verdict] += 1
            self.by_group[group][lvl][verdict] += 1
            failing = [c for c in res["conditions"] if c["status"] != "met"]
            for c in res["conditions"]:
                if c["id"] not in seen:
                    seen.add(c["id"])
                    self.conditions[c["id"]][c["status"]] += 1
            near = self._near_miss(failing)
            if near and len(self.near_misses) < 500:
                self.near_misses.append({"profile_id": result["profile_id"], "level": lvl, **near})
        _industry, ind = self.engine.facts.industry(profile.get("industry_code"))
        if ind.row:
            for field, value in (profile.get("indicators") or {}).items():
                self.indicators[ind.row][field].append(float(value))

    @staticmethod
    def _near_miss(failing: list[dict]) -> dict | None:
        if len(failing) != 1:
            return None
        c = failing[0]
        missing = c.get("missing") or []
        gaps = [g for m in missing for g in m.get("indicators", []) if g.get("met") is not True]
        reached = sum(1 for m in missing for g in m.get("indicators", []) if g.get("met"))
        need = (c.get("required") or {}).get("minimum_met")
        kind = "indicator" if need and c["status"] == "not_met" and reached == need - 1 else "condition"
        return {"condition": c["id"], "status": c["status"], "kind": kind,
                "missing": [{"zh": m.get("zh", ""), "en": m.get("en", "")} for m in missing],
                "gaps": gaps[:2] if kind == "indicator" else []}

    def summary(self, errors: int) -> dict:
        return {
            "profiles": self.profiles,
            "errors": errors,
            "levels": {lvl: {v: self.verdicts[lvl].get(v, 0) for v in ("eligible", "not_eligible", "undetermined")}
                       for lvl in self.levels},
            "conditions": {cid: {s: n.get(s, 0) for s in ("met", "not_met", "unknown")}
                           for cid, n in sorted(self.conditions.items())},
        }


def _checker(as_of: str | None) -> Callable[[Any], dict]:
    if as_of is None:
        return check_fast
    check_profile({"id": "as_of", "as_of": as_of})  # a bad --as-of fails the run, not every row
    return lambda p: check_fast({**p, "as_of": as_of} if isinstance(p, dict) else p)


def run(rows: Iterable[Row], out: Path, engine: BatchEngine, *, level: str | None = None, as_of: str | None = None,
        progress: Callable[[int], None] | None = None, source: str = "") -> dict:
    """Assess every row; write the files into ``out``; return summary.json's content."""
    out.mkdir(parents=True, exist_ok=True)
    levels = [level] if level else list(LEVEL_NAMES)
    check = _checker(as_of)
    cond_ids = list(dict.fromkeys(c.id for lvl in levels for c in engine.assessor.rules.for_level(lvl)))
    tally = Tally(engine, levels)
    errors = 0
    started = time.perf_counter()
    tmp = {name: out / f".{name}.part" for name in FILES}
    with tmp["results.jsonl"].open("w", encoding="utf-8") as rj, \
            tmp["results.csv"].open("w", encoding="utf-8", newline="") as rc, \
            tmp["errors.csv"].open("w", encoding="utf-8", newline="") as ec:
        rcw, ecw = csv.writer(rc), csv.writer(ec)
        rcw.writerow(["line", "profile_id", "level", "verdict", *cond_ids])
        ecw.writerow(["line", "profile_id", "field", "message"])
        n = 0
        for n, (line, item) in enumerate(rows, start=1):
            try:
                if isinstance(item, ProfileError):
                    raise item
                profile = check(item)
            except ProfileError as e:
                errors += 1
                pid = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else ""
                ecw.writerow([line, pid, e.field, e.message])
            else:
                result = engine.assess_one(profile, level)
                rj.write(json.dumps(result, ensure_ascii=False))
                rj.write("\n")
                for res in result["results"]:
                    st = {c["id"]: c["status"] for c in res["conditions"]}
                    rcw.writerow([line, result["profile_id"], res["level"], res["verdict"],
                                  *(st.get(c, "") for c in cond_ids)])
                tally.add(profile, result)
            if progress is not None and n % 200 == 0:
                progress(n)
        if progress is not None:
            progress(n)
    elapsed = time.perf_counter() - started
    summary = tally.summary(errors)
    summary |= {"rows": tally.profiles + errors, "level": level, "as_of": as_of, "source": source,
                "rules_version": engine.assessor.rules_version,
                "engine": {"compiled_shapes": len(engine.compiled), "fallback_shapes": sorted(engine.fallback_shapes),
                           "seconds": round(elapsed, 3),
                           "profiles_per_second": round((tally.profiles + errors) / elapsed, 1) if elapsed else None}}
    tmp["summary.json"].write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    from kg_service.batch.report import render

    tmp["report.html"].write_text(render(summary, tally, engine), encoding="utf-8")
    for name, path in tmp.items():
        os.replace(path, out / name)  # the files appear together, never half-written
    return summary
