"""One batch run: rows in, the contract's files out (results.jsonl, results.csv, errors.csv,
summary.json, report.html). Used by ``sfkg batch`` and by batch jobs (jobs.py)."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
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
from kg_service.settings import get_settings

NEAR_MISSES_KEPT = 500
FILES = ("results.jsonl", "results.csv", "errors.csv", "summary.json", "report.html")


class Tally:
    """What the summary and the report count, fed one result at a time."""

    def __init__(self, levels: list[str]):
        self.levels = levels
        self.verdicts = {lvl: Counter() for lvl in levels}
        self.conditions: dict[str, Counter] = defaultdict(Counter)
        self.by_district: dict[str, dict[str, Counter]] = defaultdict(lambda: {lvl: Counter() for lvl in levels})
        self.by_group: dict[str, dict[str, Counter]] = defaultdict(lambda: {lvl: Counter() for lvl in levels})
        self.indicators: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
        self.near_misses: list[dict] = []
        self.profiles = 0

    def add(self, profile: dict, result: dict, row: str | None) -> None:
        """One assessed profile; ``row`` is its industry's att_2-1 row, if it has one."""
        self.profiles += 1
        district = (profile.get("registration") or {}).get("district") or "(none)"
        code = profile.get("industry_code")
        group = row or (f"section {code[0]}" if code else "(none)")
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
            if near and len(self.near_misses) < NEAR_MISSES_KEPT:
                self.near_misses.append({"profile_id": result["profile_id"], "level": lvl, **near})
        if row:
            for field, value in (profile.get("indicators") or {}).items():
                self.indicators[row][field].append(float(value))

    def merge(self, other: Tally) -> None:
        self.profiles += other.profiles
        for lvl in self.levels:
            self.verdicts[lvl].update(other.verdicts[lvl])
        for cid, n in other.conditions.items():
            self.conditions[cid].update(n)
        for mine, theirs in ((self.by_district, other.by_district), (self.by_group, other.by_group)):
            for key, per_level in theirs.items():
                for lvl, n in per_level.items():
                    mine[key][lvl].update(n)
        for row, fields in other.indicators.items():
            for field, values in fields.items():
                self.indicators[row][field].extend(values)
        self.near_misses.extend(other.near_misses[: max(0, NEAR_MISSES_KEPT - len(self.near_misses))])

    def __getstate__(self):  # defaultdicts of lambdas do not pickle: plain dicts across processes
        return {"levels": self.levels, "profiles": self.profiles, "near_misses": self.near_misses,
                "verdicts": self.verdicts, "conditions": dict(self.conditions),
                "by_district": dict(self.by_district), "by_group": dict(self.by_group),
                "indicators": {r: dict(f) for r, f in self.indicators.items()}}

    def __setstate__(self, state):
        self.__init__(state["levels"])
        self.profiles, self.near_misses, self.verdicts = state["profiles"], state["near_misses"], state["verdicts"]
        self.conditions.update(state["conditions"])
        self.by_district.update(state["by_district"])
        self.by_group.update(state["by_group"])
        for r, f in state["indicators"].items():
            self.indicators[r].update(f)

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


_WORKER: dict = {}  # the run's engine and options, inherited by forked workers


def _chunk(rows: list[Row], ctx: dict | None = None) -> tuple[str, list, list, Tally]:
    """Assess one chunk of rows: results.jsonl text, results.csv rows, errors.csv rows, its tally."""
    ctx = ctx or _WORKER
    engine, level, check, cond_ids, levels = (ctx[k] for k in ("engine", "level", "check", "cond_ids", "levels"))
    tally = Tally(levels)
    lines, result_rows, error_rows = [], [], []
    for line, item in rows:
        try:
            if isinstance(item, ProfileError):
                raise item
            profile = check(item)
        except ProfileError as e:
            pid = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else ""
            error_rows.append([line, pid, e.field, e.message])
            continue
        result, text = engine.assess_line(profile, level)
        lines.append(text)
        for res in result["results"]:
            st = {c["id"]: c["status"] for c in res["conditions"]}
            result_rows.append([line, result["profile_id"], res["level"], res["verdict"],
                                *(st.get(c, "") for c in cond_ids)])
        tally.add(profile, result, engine.facts.industry(profile.get("industry_code"))[1].row)
    return "".join(x + "\n" for x in lines), result_rows, error_rows, tally


def _csv_bytes(rows: list) -> bytes:
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue().encode("utf-8")


def _encoded(part: tuple[str, list, list, Tally]) -> tuple[bytes, bytes, list, Tally]:
    text, result_rows, error_rows, tally = part
    return text.encode("utf-8"), _csv_bytes(result_rows), error_rows, tally


def _spooled_chunk(job: tuple[int, list[Row]]) -> tuple[Path, Path, list, Tally]:
    """In a forked worker: a chunk's results written to files of the run's spool directory, so that
    only their names (and the small tally) go back through the pipe — the results' JSON is ~19 kB a
    profile, and decoding it in the parent took a core's share from the workers."""
    index, rows = job
    jsonl, rows_csv, error_rows, tally = _encoded(_chunk(rows))
    spool: Path = _WORKER["spool"]
    paths = spool / f"{index}.jsonl", spool / f"{index}.csv"
    paths[0].write_bytes(jsonl)
    paths[1].write_bytes(rows_csv)
    return paths[0], paths[1], error_rows, tally


def _copy(part: bytes | Path, out) -> None:
    if isinstance(part, bytes):
        out.write(part)
        return
    with part.open("rb") as f:
        shutil.copyfileobj(f, out, 1 << 20)
    part.unlink()


def workers_for(n_rows: int) -> int:
    """Worker processes for a run: SFKG_BATCH_WORKERS (default: the cores) for runs of PARALLEL_FROM rows
    or more. The first chunk runs here before the workers are forked (they inherit its warm caches), and
    workers hand their results back as spool files, not through the pipe: 10,000 profiles measured
    ~1,200/s in one process and ~2,500/s with two on this 2-core machine (bench/batch.py)."""
    wanted = get_settings().batch_workers
    return max(1, min(wanted, os.cpu_count() or 1)) if n_rows >= PARALLEL_FROM else 1


PARALLEL_FROM = 2000
CHUNK = 500


def run(rows: Iterable[Row], out: Path, engine: BatchEngine, *, level: str | None = None, as_of: str | None = None,
        progress: Callable[[int], None] | None = None, source: str = "", workers: int | None = None) -> dict:
    """Assess every row; write the files into ``out``; return summary.json's content.

    ``workers`` > 1 forks that many processes (the engine is inherited, nothing is reloaded); results
    keep the input order."""
    rows = list(rows)
    check = _checker(as_of)  # a bad --as-of fails before anything is written
    out.mkdir(parents=True, exist_ok=True)
    levels = [level] if level else list(LEVEL_NAMES)
    cond_ids = list(dict.fromkeys(c.id for lvl in levels for c in engine.assessor.rules.for_level(lvl)))
    workers = workers_for(len(rows)) if workers is None else workers
    ctx = {"engine": engine, "level": level, "check": check, "cond_ids": cond_ids, "levels": levels}
    tally = Tally(levels)
    errors = 0
    started = time.perf_counter()
    chunks = [rows[i:i + CHUNK] for i in range(0, len(rows), CHUNK)]
    tmp = {name: out / f".{name}.part" for name in FILES}
    pool = None
    spool = None
    if workers > 1 and len(chunks) > 1:
        import itertools
        import multiprocessing
        import tempfile

        # the first chunk in this process: the engine's caches (condition fragments, per-date
        # engines) are warm before the workers are forked, so each inherits them instead of
        # building its own
        first = _encoded(_chunk(chunks[0], ctx))
        spool = Path(tempfile.mkdtemp(prefix=".spool-", dir=out))
        _WORKER.clear()
        _WORKER.update(ctx, spool=spool)  # read by the forked workers; runs with workers share no other state
        pool = multiprocessing.get_context("fork").Pool(workers)
        parts = itertools.chain([first], pool.imap(_spooled_chunk, enumerate(chunks[1:], start=1)))
    else:
        parts = (_encoded(_chunk(c, ctx)) for c in chunks)
    try:
        with tmp["results.jsonl"].open("wb") as rj, tmp["results.csv"].open("wb") as rc, \
                tmp["errors.csv"].open("w", encoding="utf-8", newline="") as ec:
            rc.write(_csv_bytes([["line", "profile_id", "level", "verdict", *cond_ids]]))
            ecw = csv.writer(ec)
            ecw.writerow(["line", "profile_id", "field", "message"])
            done = 0
            for chunk, (jsonl, rows_csv, error_rows, part) in zip(chunks, parts, strict=True):
                _copy(jsonl, rj)
                _copy(rows_csv, rc)
                ecw.writerows(error_rows)
                errors += len(error_rows)
                tally.merge(part)
                done += len(chunk)
                if progress is not None:
                    progress(done)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        if spool is not None:
            shutil.rmtree(spool, ignore_errors=True)
    elapsed = time.perf_counter() - started
    summary = tally.summary(errors)
    summary |= {"rows": tally.profiles + errors, "level": level, "as_of": as_of, "source": source,
                "rules_version": engine.assessor.rules_version,
                "engine": {"compiled_shapes": len(engine.compiled), "fallback_shapes": sorted(engine.fallback_shapes),
                           "workers": workers, "seconds": round(elapsed, 3),
                           "profiles_per_second": round((tally.profiles + errors) / elapsed, 1) if elapsed else None}}
    tmp["summary.json"].write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    from kg_service.batch.report import render

    tmp["report.html"].write_text(render(summary, tally, engine), encoding="utf-8")
    for name, path in tmp.items():
        os.replace(path, out / name)  # the files appear together, never half-written
    return summary
