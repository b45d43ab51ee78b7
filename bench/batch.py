"""Batch assessment benchmark: profiles/s end to end (file read, check, assess, the five output files),
for 1,000 and 10,000 generated profiles (tests/generated_profiles.py), beside the single pySHACL path
and pyshacl-turbo measured in the same run; start-up (rules load + compile) stated separately; peak
memory of each batch run (a forked child's max RSS). The machine is shared: medians of --repeat runs,
each run beside one of the engine as first written (``BatchEngine(fast=False)``: every result built by
``Assessor.result_from`` and serialised whole), and the ratio of each such pair.

    PYTHONPATH=$PWD /work/main/.venv/bin/python bench/batch.py [--sizes 1000 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import multiprocessing
import pstats
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg_service.assessment.engine import Assessor  # noqa: E402
from kg_service.assessment.facts import add_facts  # noqa: E402
from kg_service.assessment.profile import as_of as profile_as_of  # noqa: E402
from kg_service.assessment.profile import check_profile  # noqa: E402
from kg_service.assessment.rdfmap import profile_to_graph  # noqa: E402
from kg_service.batch.engine import BatchEngine  # noqa: E402
from kg_service.batch.io import read_file  # noqa: E402
from kg_service.batch.run import run  # noqa: E402
from tests.generated_profiles import profiles  # noqa: E402


def _batch_child(path: str, out: str, conn, fast: bool) -> None:
    engine = BatchEngine.from_assessor(Assessor.load(), fast=fast)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t, c = time.perf_counter(), time.process_time()
    _kind, rows = read_file(Path(path))
    summary = run(list(rows), Path(out), engine)
    elapsed = time.perf_counter() - t
    conn.send(
        {
            "seconds": elapsed,
            "cpu_seconds": time.process_time() - c,
            "profiles": summary["profiles"],
            "errors": summary["errors"],
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "rss_before_mb": base / 1024,
        }
    )


def batch_end_to_end(path: Path, fast: bool = True) -> dict:
    """One run in a fresh forked process (a fresh engine: no fragment cached by an earlier run)."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe()
    with tempfile.TemporaryDirectory() as out:
        p = ctx.Process(target=_batch_child, args=(str(path), out, child, fast))
        p.start()
        res = parent.recv()
        p.join()
    return res


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--single-sample", type=int, default=300, help="profiles timed on the single path")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    t = time.perf_counter()
    assessor = Assessor.load()
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    engine = BatchEngine.from_assessor(assessor)
    t_compile = time.perf_counter() - t
    out: dict = {"startup": {"assessor_load_s": round(t_load, 3), "batch_compile_s": round(t_compile, 4)}}
    gen = profiles(max(a.sizes), assessor.compiled.thresholds)
    valid = [check_profile(p) for p in gen]

    with tempfile.TemporaryDirectory() as d:
        for n in a.sizes:
            path = Path(d) / f"p{n}.jsonl"
            path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in gen[:n]), encoding="utf-8")
            # the engine as first written (fast=False) and the current one, interleaved: the machine is shared
            runs: dict[bool, list[dict]] = {False: [], True: []}
            for _ in range(a.repeat):
                for fast in (False, True):
                    runs[fast].append(batch_end_to_end(path, fast))
            for fast, key in ((True, f"batch_{n}"), (False, f"batch_{n}_first_engine")):
                rs = runs[fast]
                secs = statistics.median(r["seconds"] for r in rs)
                out[key] = {
                    "profiles_per_s": round(n / secs, 1),
                    "seconds_median": round(secs, 3),
                    "cpu_profiles_per_s": round(n / statistics.median(r["cpu_seconds"] for r in rs), 1),
                    "runs_s": [round(r["seconds"], 3) for r in rs],
                    "peak_rss_mb": round(max(r["peak_rss_mb"] for r in rs), 1),
                    "rss_before_mb": round(rs[0]["rss_before_mb"], 1),
                }
            ratios = [old["seconds"] / new["seconds"] for old, new in zip(runs[False], runs[True], strict=True)]
            out[f"batch_{n}"]["ratio_vs_first_engine"] = {"median": round(statistics.median(ratios), 2),
                                                           "per_pair": [round(r, 2) for r in ratios]}

    sample = valid[: a.single_sample]
    times = []
    for _ in range(a.repeat):
        t = time.perf_counter()
        for p in sample:
            assessor.assess(p, explain=False)
        times.append(time.perf_counter() - t)
    out["single_pyshacl"] = {
        "profiles_per_s": round(len(sample) / statistics.median(times), 1),
        "note": "assess only (no check, no files), in process",
    }

    try:
        import pyshacl_turbo

        graphs = []
        for p in sample:
            g, focus = profile_to_graph(p)
            add_facts(g, focus, p, profile_as_of(p), assessor.facts)
            graphs.append(g)
        shapes = pyshacl_turbo.compile_shapes(assessor.rules.shapes_graph)
        shapes.validate(graphs[0])
        times = []
        for _ in range(a.repeat):
            t = time.perf_counter()
            for g in graphs:
                shapes.validate(g)
            times.append(time.perf_counter() - t)
        out["pyshacl_turbo"] = {
            "profiles_per_s": round(len(graphs) / statistics.median(times), 1),
            "version": pyshacl_turbo.__version__,
            "note": "CompiledShapes.validate per profile data graph, shapes compiled once; graphs built beforehand",
        }
    except ImportError:
        out["pyshacl_turbo"] = {"note": "not installed (pip install pyshacl-turbo)"}

    # where the time goes, on 2,000 profiles in one process (cumulative shares overlap: evaluate
    # includes the data graph build)
    buf = io.StringIO()
    prof = cProfile.Profile()
    rows = list(enumerate(gen[:2000], start=1))
    with tempfile.TemporaryDirectory() as d:
        prof.enable()
        run(rows, Path(d), engine, workers=1)
        prof.disable()
    st = pstats.Stats(prof, stream=buf)
    total = st.total_tt
    shares = {}
    for (file, _line, fn), (_cc, _nc, _tt, ct, _callers) in st.stats.items():
        for label, key in (
            ("check (fastjsonschema + credit code)", "check_fast"),
            ("data graph build", "build"),
            ("shape evaluation", "evaluate"),
            ("result lines from fragments (Fragments.result)", "result"),
            ("conditions built by Assessor.condition_result (fragment misses)", "condition_result"),
            ("json.dumps", "dumps"),
            ("report.html", "render"),
            ("tally", "add"),
        ):
            if fn == key and ("batch" in file or "assessment" in file or key == "dumps") and not (
                key == "condition_result" and "assessment" not in file
            ):
                shares[label] = max(shares.get(label, 0), ct)
    out["time_shares_2000"] = {k: f"{100 * v / total:.0f}%" for k, v in shares.items()}
    b = out.get(f"batch_{max(a.sizes)}", {})
    if b and "profiles_per_s" in out["single_pyshacl"]:
        out["ratio_batch_vs_single"] = round(b["profiles_per_s"] / out["single_pyshacl"]["profiles_per_s"], 1)
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
