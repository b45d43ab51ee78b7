"""One batch run: rows in, the contract's files out (results.jsonl, results.csv, errors.csv,
summary.json, report.html). Used by ``sfkg batch`` and by batch jobs (jobs.py).

Column by column: every row is checked at once (check.py), every profile evaluated at once by the
columnar engine (one population per version of the measures that applies), then the lines, the
results.csv rows and the tally are made from the status columns and written in one piece each.
results.jsonl holds lean lines (lean.py; ``full=True`` writes every answer whole)."""
from __future__ import annotations

import contextlib
import csv
import gc
import io
import json
import logging
import math
import os
import shutil
import signal
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, compress, repeat
from operator import is_
from pathlib import Path

import numpy as np

from kg_service.assessment.engine import LEVEL_NAMES
from kg_service.assessment.population import STATUSES, VERDICTS, Population
from kg_service.assessment.profile import ProfileError, check_profile
from kg_service.batch.check import Gathered, check_many
from kg_service.batch.engine import BatchEngine, named_line
from kg_service.batch.io import Row
from kg_service.batch.lean import LeanLines
from kg_service.errors import Picklable
from kg_service.settings import get_settings
from kg_service.spreadsheet import safe_cell, safe_rows

log = logging.getLogger("sfkg.batch")

NEAR_MISSES_KEPT = 500
FILES = ("results.jsonl", "results.csv", "errors.csv", "summary.json", "report.html")


class Tally:
    """What the summary and the report count, fed one result at a time."""

    def __init__(self, levels: list[str], room: int = NEAR_MISSES_KEPT):
        self.levels = levels
        self.room = room  # near misses this tally gathers at most (the run's first NEAR_MISSES_KEPT are kept)
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

    def add_rows(self, pop: Population, rows: list[int], near_miss: bool = True) -> None:
        """Rows ``rows`` of an evaluated population, counted from its status columns."""
        if not rows:
            return
        at = np.array(rows, dtype=np.int64)
        profiles = [pop.profiles[i] for i in rows]
        self.profiles += len(rows)
        verdicts = {lvl: pop.verdict(lvl)[at] for lvl in self.levels}
        for lvl, codes in verdicts.items():
            for code, n in enumerate(np.bincount(codes, minlength=3).tolist()):
                if n:
                    self.verdicts[lvl][VERDICTS[code]] += n
        conds = dict.fromkeys(c.id for lvl in self.levels for c in pop.assessor.rules.for_level(lvl))
        for cid in conds:
            for code, n in enumerate(np.bincount(pop.conditions[cid][at], minlength=3).tolist()):
                if n:
                    self.conditions[cid][STATUSES[code]] += n
        districts = [(p.get("registration") or {}).get("district") or "(none)" for p in profiles]
        groups = []
        facts, indicators = pop.facts, self.indicators
        for i, p in zip(rows, profiles, strict=True):
            row = facts[i].row
            if row:
                groups.append(row)
                values = p.get("indicators")
                if values:
                    into = indicators[row]
                    for field, value in values.items():
                        into[field].append(float(value))
            else:
                code = p.get("industry_code")
                groups.append(f"section {code[0]}" if code else "(none)")
        for lvl, codes in verdicts.items():
            got = codes.tolist()  # (counted by code; each distinct pair named once)
            for (d, c), n in Counter(zip(districts, got, strict=True)).items():
                self.by_district[d][lvl][VERDICTS[c]] += n
            for (g, c), n in Counter(zip(groups, got, strict=True)).items():
                self.by_group[g][lvl][VERDICTS[c]] += n
        if near_miss and len(self.near_misses) < self.room:
            self._near_misses(pop, rows, at)

    def _near_misses(self, pop: Population, rows: list[int], at: np.ndarray) -> None:
        """Profiles one condition short of a level, with what that condition misses (the single path's
        advice, made only for the rows kept)."""
        per_level = {}
        for lvl in self.levels:
            conds = pop.assessor.rules.for_level(lvl)
            failing = np.stack([pop.conditions[c.id][at] > 0 for c in conds])
            per_level[lvl] = (conds, failing, failing.sum(axis=0) == 1)
        for j, i in enumerate(rows):
            for lvl in self.levels:
                if len(self.near_misses) >= self.room:
                    return
                conds, failing, one = per_level[lvl]
                if one[j]:
                    cond = conds[int(np.flatnonzero(failing[:, j])[0])]
                    by_shape = pop.by_shape(i, [str(s.iri) for s in cond.shapes])
                    c = pop.assessor.condition_result(cond, by_shape, pop.profiles[i], pop.as_of[i], pop.facts[i],
                                                      False)
                    near = self._near_miss([c])
                    self.near_misses.append({"profile_id": pop.profiles[i]["id"], "level": lvl, **near})

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


def _checked(rows: list[Row], as_of: str | None) -> tuple[list[tuple[int, dict]], list[list], Gathered | None]:
    """Every row checked at once: the valid (line, profile) pairs, the error rows, and the valid profiles'
    top-level fields as the check gathered them (columns over the valid rows; None when some valid
    profile is not the very object checked)."""
    if as_of is not None:
        check_profile({"id": "as_of", "as_of": as_of})  # a bad --as-of fails the run, not every row
    items = [item if not isinstance(item, dict) or as_of is None else {**item, "as_of": as_of}
             for _line, item in rows]
    gathered: list = []
    checked = check_many(items, gathered)
    valid, errors = [], []
    for (line, item), got in zip(rows, checked, strict=True):
        if isinstance(got, ProfileError):
            pid = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else ""
            errors.append([line, pid, got.field, got.message])
        else:
            valid.append((line, got))
    if not gathered:
        return valid, errors, None
    if not errors:
        return valid, errors, gathered[0] if all(map(is_, checked, items)) else None
    kept = [j for j, got in enumerate(checked) if not isinstance(got, ProfileError)]
    if not all(checked[j] is items[j] for j in kept):
        return valid, errors, None
    return valid, errors, _subset(gathered[0], kept, len(items))


def _subset(g: Gathered, kept: list[int], n: int) -> Gathered:
    """``g``'s columns over the rows ``kept`` (of ``n``), numbered in their order."""
    place = np.full(n, -1, dtype=np.int64)
    place[kept] = np.arange(len(kept), dtype=np.int64)
    columns = {}
    for field, (at, vals) in g.columns.items():
        to = place[np.asarray(at, dtype=np.int64)]
        here = to >= 0
        if here.all():
            columns[field] = (to, vals)
        elif here.any():
            columns[field] = (to[here], list(compress(vals, here.tolist())))
    return Gathered(g.fields, columns)


_WORKER: dict = {}  # the run's engine and options, inherited by forked workers


def _evaluate(engine, profiles: list[dict], gathered: Gathered | None = None
              ) -> tuple[list, list[tuple[BatchEngine, Population, list[int]]]]:
    """Each profile's head (what its line names; None without versions) and the populations: one per
    engine that applies (the version of the measures in force on the profiles' dates). ``gathered``: the
    profiles' top-level fields as columns, from their check."""
    heads = engine.heads(profiles) if hasattr(engine, "heads") else [None] * len(profiles)
    by_engine: dict[int, tuple[BatchEngine, list[int]]] = {}
    for i, head in enumerate(heads):
        e = head.engine if head is not None else engine
        by_engine.setdefault(id(e), (e, []))[1].append(i)
    groups = []
    for e, idx in by_engine.values():
        own = gathered if gathered is None or len(idx) == len(profiles) else _subset(gathered, idx, len(profiles))
        groups.append((e, e.population([profiles[i] for i in idx], own), idx))
    return heads, groups


def _chunk(span: tuple[int, int], ctx: dict | None = None) -> tuple[bytes, str, Tally]:
    """Lines (UTF-8), results.csv rows (CSV text) and the tally of the valid profiles ``span`` (start,
    stop) of a run."""
    ctx = ctx or _WORKER
    valid, heads, groups, level, levels, cond_ids = (ctx[k] for k in ("valid", "heads", "groups", "level",
                                                                      "levels", "cond_ids"))
    lean: LeanLines | None = ctx["lean"]
    start, stop = span
    # in one process the run's tally is at hand: near misses past those it keeps are not made
    kept = ctx.get("tally")
    tally = Tally(levels, NEAR_MISSES_KEPT - len(kept.near_misses) if kept is not None else NEAR_MISSES_KEPT)
    texts: list[bytes] = [b""] * (stop - start)
    result_rows: list[tuple] = [()] * (stop - start)
    statuses = np.array(STATUSES, dtype=object)
    verdict_names = np.array(VERDICTS, dtype=object)
    for e, pop, idx in groups:
        lo, hi = np.searchsorted(idx, start), np.searchsorted(idx, stop)
        rows = list(range(int(lo), int(hi)))  # this chunk's rows of the population
        if not rows:
            continue
        at = np.array(rows, dtype=np.int64)
        where = idx[at].tolist()  # the rows' places among the valid profiles
        if lean is not None:
            got = lean.lines(pop, [heads[i] for i in where], rows)
        else:
            got = [named_line(heads[i], *e.population_line(pop, j, level))[1].encode()
                   for i, j in zip(where, rows, strict=True)]
        places = [i - start for i in where]
        for k, text in zip(places, got, strict=True):
            texts[k] = text
        # results.csv: a row per profile and level, made column by column, each row's text joined in C
        # (every cell but the profile id is a line number or a word of ours: no quoting; _csv_cell
        # quotes an id as the csv module would)
        at_valid = [valid[i] for i in where]
        lines = [str(line) for line, _p in at_valid]
        # the profile id is the only cell of results.csv a user wrote (the rest are line numbers, level,
        # verdict and status names): made safe for spreadsheets here, so the rows need no pass of safe_rows
        pids = [_csv_cell(safe_cell(p["id"])) for _line, p in at_valid]
        per_level = []
        for lvl in levels:
            ids = {c.id for c in pop.assessor.rules.for_level(lvl)}
            cols = [statuses[pop.conditions[cid][at]].tolist() if cid in ids else repeat("")
                    for cid in cond_ids]
            verdicts = verdict_names[pop.verdict(lvl)[at]].tolist()
            per_level.append(list(map(",".join, zip(lines, pids, repeat(lvl), verdicts, *cols))))
        for k, level_rows in zip(places, zip(*per_level, strict=True), strict=True):
            result_rows[k] = level_rows
        tally.add_rows(pop, rows)
    return b"\n".join(texts) + b"\n", "\r\n".join(chain.from_iterable(result_rows)) + "\r\n", tally


def _csv_cell(text: str) -> str:
    """A cell's text in a row of results.csv, as the csv module writes it (quoted when it holds a comma,
    a quote or a line break; anything unusual is left to the csv module itself)."""
    if text.isprintable() and "," not in text and '"' not in text:
        return text
    buf = io.StringIO()
    csv.writer(buf).writerow([text, ""])
    return buf.getvalue()[:-3]  # (the row's "," before the empty cell, and its "\r\n")


def _csv_bytes(rows: list, safe: bool = False) -> bytes:
    """CSV of ``rows``, every cell made safe for spreadsheets (OWASP), unless the caller says they are."""
    buf = io.StringIO()
    csv.writer(buf).writerows(rows if safe else safe_rows(rows))
    return buf.getvalue().encode("utf-8")


def _encoded(part: tuple[bytes, str, Tally]) -> tuple[bytes, bytes, Tally]:
    lines, rows_csv, tally = part
    return lines, rows_csv.encode("utf-8"), tally


def _spooled_chunk(job: tuple[int, tuple[int, int]]) -> tuple[Path, Path, Tally]:
    """In a forked worker: a chunk's results written to files of the run's spool directory, so that
    only their names (and the small tally) go back through the pipe. A marker names the chunk as
    started (with the worker's pid), so that a worker's death can be told against the chunk it held."""
    index, span = job
    spool: Path = _WORKER["spool"]
    (spool / f"{index}.started").write_text(str(os.getpid()), encoding="ascii")
    jsonl, rows_csv, tally = _encoded(_chunk(span))
    paths = spool / f"{index}.jsonl", spool / f"{index}.csv"
    paths[0].write_bytes(jsonl)
    paths[1].write_bytes(rows_csv)
    return paths[0], paths[1], tally


class WorkerDied(Picklable, RuntimeError):
    """A worker process of a run died (killed, out of memory, crashed) twice on the same part of it:
    the run stops, naming the chunk (and its input lines), and writes nothing."""


def _lines_of(valid: list[tuple[int, dict]], span: tuple[int, int]) -> str:
    return f"input lines {valid[span[0]][0]:,}–{valid[span[1] - 1][0]:,}"


def _pooled_parts(spans: list[tuple[int, int]], workers: int, spool: Path,
                  valid: list[tuple[int, dict]]) -> Iterator[tuple[Path, Path, Tally]]:
    """The chunks' parts, in order, written by ``workers`` forked processes.

    ``concurrent.futures`` notices a worker that dies (``BrokenProcessPool``), where
    ``multiprocessing.Pool`` replaces it and waits for its chunk for ever. After a death the chunks not
    yet written are given once more to a fresh pool; a second death fails the run with the chunks
    that were being written when it happened (each chunk's worker leaves a marker when it starts)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    results: dict[int, tuple[Path, Path, Tally]] = {}
    next_out, rounds = 0, 0
    while next_out < len(spans):
        rounds += 1
        executor = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
        try:
            futures = {i: executor.submit(_spooled_chunk, (i, spans[i])) for i in range(next_out, len(spans))
                       if i not in results}
            for i in range(next_out, len(spans)):
                if i not in results:
                    try:
                        results[i] = futures[i].result(timeout=CHUNK_TIMEOUT_S)
                    except TimeoutError:  # a worker that hangs is treated as one that died
                        for proc in list(getattr(executor, "_processes", None) or {}):
                            with contextlib.suppress(ProcessLookupError):
                                os.kill(proc, signal.SIGKILL)
                        raise BrokenProcessPool(f"no chunk written in {CHUNK_TIMEOUT_S:g} s") from None
                next_out = i + 1
                yield results.pop(i)
        except BrokenProcessPool:
            for i, f in futures.items():  # what finished before the death is kept
                if f.done() and not f.cancelled() and f.exception() is None:
                    results[i] = f.result()
            lost = [i for i in range(next_out, len(spans)) if i not in results]
            held = [i for i in lost if (spool / f"{i}.started").exists()] or lost[:1]
            named = "; ".join(f"chunk {i + 1} of {len(spans)} ({_lines_of(valid, spans[i])})" for i in held)
            if rounds > 1:
                raise WorkerDied(f"a batch worker process died again while it wrote {named} (the chunks then "
                                 "being written): the run is stopped and no results were written") from None
            log.warning("a batch worker process died while it wrote %s (the chunks then being written): the "
                        "%d unwritten chunk(s) are given once more to fresh workers", named, len(lost))
            for i in lost:
                (spool / f"{i}.started").unlink(missing_ok=True)
        finally:
            executor.shutdown(wait=True, cancel_futures=True)


def _copy(part: bytes | Path, out) -> None:
    if isinstance(part, bytes):
        out.write(part)
        return
    with part.open("rb") as f:
        shutil.copyfileobj(f, out, 1 << 20)
    part.unlink()


def workers_for(n_rows: int) -> int:
    """Worker processes for a run: SFKG_BATCH_WORKERS (default 1) for runs of PARALLEL_FROM rows or more.
    Evaluation is columnar in this process; workers, forked after it, only write lines: on this 2-core
    machine two were no faster than one (bench/batch.py), so one is the default."""
    wanted = get_settings().batch_workers
    return max(1, min(wanted, os.cpu_count() or 1)) if n_rows >= PARALLEL_FROM else 1


PARALLEL_FROM = 2000
CHUNK = 5000  # profiles a chunk at most
CHUNK_TIMEOUT_S = 600.0  # a chunk takes well under a second: a worker silent this long is stuck
MIN_CHUNK = 500  # and at least, with workers (a chunk costs a fork's share of start-up and a pipe trip)


def chunk_size(n_valid: int, workers: int) -> int:
    """Profiles a chunk: CHUNK in one process; with workers, small enough that each has two chunks or
    more (a 2,000-row file with two workers is four chunks), so that every worker has work."""
    if workers <= 1:
        return CHUNK
    return min(CHUNK, max(MIN_CHUNK, math.ceil(n_valid / (2 * workers))))


def run(rows: Iterable[Row], out: Path, engine: BatchEngine, *, level: str | None = None, as_of: str | None = None,
        progress: Callable[[int], None] | None = None, source: str = "", workers: int | None = None,
        full: bool = False) -> dict:
    """Assess every row; write the files into ``out``; return summary.json's content.

    ``full``: results.jsonl holds every answer whole (else lean lines, lean.py). ``workers`` > 1 forks
    that many processes to write the lines (they inherit the evaluated populations); results keep the
    input order."""
    rows = list(rows)
    started = time.perf_counter()
    gc.freeze()  # the rows and all loaded before: the cyclic collector need not walk them again (~20% faster)
    try:
        return _run(rows, out, engine, level, as_of, progress, source, workers, full, started)
    finally:
        gc.unfreeze()


def _run(rows: list[Row], out: Path, engine: BatchEngine, level: str | None, as_of: str | None,
         progress: Callable[[int], None] | None, source: str, workers: int | None, full: bool,
         started: float) -> dict:
    valid, error_rows, gathered = _checked(rows, as_of)  # a bad --as-of fails before anything is written
    out.mkdir(parents=True, exist_ok=True)
    levels = [level] if level else list(LEVEL_NAMES)
    cond_ids = list(dict.fromkeys(c.id for lvl in levels for c in engine.assessor.rules.for_level(lvl)))
    workers = workers_for(len(rows)) if workers is None else workers
    heads, groups = _evaluate(engine, [p for _line, p in valid], gathered)
    if progress is not None:
        progress(len(error_rows))
    lean = None
    if not full:
        lean = LeanLines(engine.assessor, levels)
        lean.plan([pop for _e, pop, _idx in groups])
        for _e, pop, idx in groups:
            lean.prepare(pop, [heads[i] for i in idx])
    ctx = {"valid": valid, "heads": heads, "groups": [(e, pop, np.array(idx)) for e, pop, idx in groups],
           "level": level, "levels": levels, "cond_ids": cond_ids, "lean": lean}
    tally = Tally(levels)
    size = chunk_size(len(valid), workers)
    spans = [(i, min(i + size, len(valid))) for i in range(0, len(valid), size)]
    tmp = {name: out / f".{name}.part" for name in FILES}
    spool = None
    if workers > 1 and len(spans) > 1:
        import tempfile

        spool = Path(tempfile.mkdtemp(prefix=".spool-", dir=out))
        _WORKER.clear()
        _WORKER.update(ctx, spool=spool)  # read by the forked workers; runs with workers share no other state
        parts = _pooled_parts(spans, workers, spool, valid)
    else:
        ctx["tally"] = tally
        parts = (_encoded(_chunk(span, ctx)) for span in spans)
    try:
        with tmp["results.jsonl"].open("wb") as rj, tmp["results.csv"].open("wb") as rc, \
                tmp["errors.csv"].open("w", encoding="utf-8", newline="") as ec:
            rc.write(_csv_bytes([["line", "profile_id", "level", "verdict", *cond_ids]]))
            ecw = csv.writer(ec)
            ecw.writerow(["line", "profile_id", "field", "message"])
            ecw.writerows(safe_rows(error_rows))
            done = len(error_rows)
            for (start, stop), (jsonl, rows_csv, part) in zip(spans, parts, strict=True):
                _copy(jsonl, rj)
                _copy(rows_csv, rc)
                tally.merge(part)
                done += stop - start
                if progress is not None:
                    progress(done)
    except BaseException:
        for path in tmp.values():  # a failed run leaves no part-written files behind
            path.unlink(missing_ok=True)
        raise
    finally:
        parts.close()  # the workers are shut down before the spool goes
        if spool is not None:
            shutil.rmtree(spool, ignore_errors=True)
        _WORKER.clear()  # the populations are not kept alive by a finished run
    elapsed = time.perf_counter() - started
    errors = len(error_rows)
    summary = tally.summary(errors)
    summary |= {"rows": tally.profiles + errors, "level": level, "as_of": as_of, "source": source,
                "rules_version": engine.assessor.rules_version,
                "engine": {"compiled_shapes": len(engine.compiled), "fallback_shapes": sorted(engine.fallback_shapes),
                           "workers": workers, "seconds": round(elapsed, 3),
                           "profiles_per_second": round((tally.profiles + errors) / elapsed, 1) if elapsed else None},
                "results": "full" if full else "lean"}
    if lean is not None:
        summary |= lean.summary()
    tmp["summary.json"].write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    from kg_service.batch.report import render

    tmp["report.html"].write_text(render(summary, tally, engine), encoding="utf-8")
    for name, path in tmp.items():
        os.replace(path, out / name)  # the files appear together, never half-written
    return summary
