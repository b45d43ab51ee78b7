"""Batch benchmark: ``sfkg batch`` end to end on a varied population (tests/generated_profiles.py: every
field drawn on its own), start-up subtracted, beside pySHACL and pyshacl-turbo measured in the same run.

    .venv/bin/python bench/batch.py [--n 10000] [--repeat 3] [--sample 300]

- end to end: the command as a user runs it (read the file, check, assess, write the five files), timed
  as a subprocess; start-up (interpreter, imports, rules loaded and compiled) is the same command on a
  one-profile file, subtracted. Wall time and the child's CPU time (the machine is shared: CPU time is
  the figure that does not depend on what else runs). Medians of --repeat runs, interleaved.
- lean lines (the default), --full lines, --workers 2;
- bytes a profile of results.jsonl, lean and full;
- baselines (in process, on --sample profiles): pySHACL deciding each profile (the single path before
  this engine), pyshacl-turbo (a Rust SHACL engine) validating each profile's data graph, the compiled
  single path.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SFKG = [sys.executable, "-m", "kg_service.cli"]
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "SFKG_BATCH_WORKERS": "1"}


def command(args: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one ``sfkg`` command (CPU: the child's user + system time)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([*SFKG, *args], cwd=ROOT, env=ENV, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def per_second(n: int, total: float, startup: float) -> float:
    return n / max(total - startup, 1e-9)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sample", type=int, default=300, help="profiles timed on the single-profile engines")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    from kg_service.assessment.engine import Assessor
    from kg_service.assessment.facts import add_facts
    from kg_service.assessment.profile import as_of, check_profile
    from kg_service.assessment.rdfmap import profile_to_graph
    from tests.generated_profiles import profiles

    assessor = Assessor.load()
    population = profiles(a.n, assessor.compiled.thresholds)
    out: dict = {"n": a.n, "load": [round(x, 2) for x in os.getloadavg()]}  # the machine is shared: say how busy
    with tempfile.TemporaryDirectory() as d:
        src, one = Path(d) / "population.jsonl", Path(d) / "one.jsonl"
        src.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in population), encoding="utf-8")
        one.write_text(json.dumps(population[0], ensure_ascii=False) + "\n", encoding="utf-8")
        variants = {"lean": [], "full": ["--full"], "lean, 2 workers": ["--workers", "2"]}
        runs: dict[str, list[tuple[float, float]]] = {"start-up": [], **{k: [] for k in variants}}
        sizes = {}
        for r in range(a.repeat):
            runs["start-up"].append(command(["batch", str(one), "--out", str(Path(d) / "o1")]))
            for name, extra in variants.items():
                target = Path(d) / f"o-{r}-{len(name)}"
                runs[name].append(command(["batch", str(src), "--out", str(target), *extra]))
                sizes[name] = (target / "results.jsonl").stat().st_size / a.n
        wall0 = statistics.median(w for w, _ in runs["start-up"])
        cpu0 = statistics.median(c for _, c in runs["start-up"])
        out["start_up"] = {"wall_s": round(wall0, 2), "cpu_s": round(cpu0, 2)}
        for name in variants:
            wall = statistics.median(w for w, _ in runs[name])
            cpu = statistics.median(c for _, c in runs[name])
            out[f"batch ({name})"] = {
                "profiles_per_s_wall": round(per_second(a.n, wall, wall0)),
                "profiles_per_s_cpu": round(per_second(a.n, cpu, cpu0)),
                "runs_wall_s": [round(w, 2) for w, _ in runs[name]],
                "bytes_per_profile": round(sizes[name]),
            }

    sample = [check_profile(p) for p in population[: a.sample]]

    def rate(fn) -> float:
        times = []
        for _ in range(a.repeat):
            t = time.perf_counter()
            for p in sample:
                fn(p)
            times.append(time.perf_counter() - t)
        return len(sample) / statistics.median(times)

    out["single path, compiled (in process)"] = round(rate(lambda p: assessor.assess(p, explain=False)))
    out["single path, pySHACL (in process)"] = round(rate(lambda p: assessor.assess(p, explain=False,
                                                                                    engine="pyshacl")))
    try:
        import pyshacl_turbo

        graphs = []
        for p in sample:
            g, focus = profile_to_graph(p)
            add_facts(g, focus, p, as_of(p), assessor.facts)
            graphs.append(g)
        shapes = pyshacl_turbo.compile_shapes(assessor.rules.shapes_graph)
        shapes.validate(graphs[0])
        it = iter(range(10**9))
        out[f"pyshacl-turbo {pyshacl_turbo.__version__} (validate only, graphs built beforehand)"] = round(
            rate(lambda _p: shapes.validate(graphs[next(it) % len(graphs)])))
    except ImportError:
        out["pyshacl-turbo"] = "not installed (pip install '.[bench]')"

    out["load"] += [round(x, 2) for x in os.getloadavg()[:1]]  # (1, 5, 15-minute averages before; 1 after)
    if a.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    pyshacl = out["single path, pySHACL (in process)"]
    turbo = next((v for k, v in out.items() if k.startswith("pyshacl-turbo ") and isinstance(v, int)), None)
    print(f"{a.n} varied profiles; start-up {out['start_up']['wall_s']} s wall, {out['start_up']['cpu_s']} s CPU "
          f"(subtracted); medians of {a.repeat}; load average {out['load'][:3]} before, {out['load'][3]} after")
    print(f"{'figure':<46} {'profiles/s':>11} {'× pySHACL':>10} {'× turbo':>9} {'bytes/profile':>14}")
    for k, v in out.items():
        if k in ("n", "start_up", "load"):
            continue
        if k.startswith("batch"):
            for basis in ("wall", "cpu"):
                x = v[f"profiles_per_s_{basis}"]
                print(f"{k + ' — ' + basis:<46} {x:>11} {x / pyshacl:>9.0f}× "
                      f"{(f'{x / turbo:.0f}×' if turbo else '—'):>9} {v['bytes_per_profile']:>14}")
        elif isinstance(v, int):
            print(f"{k:<46} {v:>11} {v / pyshacl:>9.1f}× {(f'{v / turbo:.1f}×' if turbo else '—'):>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
