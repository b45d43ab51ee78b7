"""The engines that decide, over HTTP and in process, each figure beside the same run's pySHACL and
pyshacl-turbo: issue 21's budgets.

    .venv/bin/python bench/engines.py [--repeat 300] [--impact 5000]

- warm ``POST /assess`` against ``GET /health`` over HTTP (one keep-alive connection, interleaved), and
  ``POST /assess?engine=pyshacl`` (the reference) in the same run; in process, one profile decided by the
  compiled engine, by pySHACL and by pyshacl-turbo (on the same data graph);
- ``POST /reforms/impact`` over --impact varied profiles: the first reform on the population (its
  baseline decided) and the next ones (baseline kept: only what the reform changes is decided again),
  beside what pySHACL and pyshacl-turbo would take to decide the population twice (their per-profile
  rates, measured here);
- ``GET /ask`` with questions that state the asker's case (decided by the rules) and an interview step,
  on a service deciding with the compiled shapes and one with ``SFKG_ENGINE=pyshacl``.
Medians (p95 beside) and ratios; the machine is shared, so only ratios within a run mean much.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from serving import free_port, start, stop, wait_settled  # noqa: E402
from timing import stats_ms, timed  # noqa: E402

CONTRACT = ROOT.parent / "shared" / "contract"


class Client:
    def __init__(self, port: int):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def call(self, method: str, path: str, body: bytes | None = None) -> tuple[float, bytes]:
        t = time.perf_counter()
        self.conn.request(method, path, body=body, headers={"content-type": "application/json"} if body else {})
        r = self.conn.getresponse()
        data = r.read()
        elapsed = time.perf_counter() - t
        assert r.status == 200, (path, r.status, data[:300])
        return elapsed, data


def cpu_s(pid: int) -> float:
    """The CPU seconds a process has used (user + system): what a request cost the server, whatever
    else the machine runs."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def in_process(repeat: int) -> list[tuple[str, list[float]]]:
    from kg_service.assessment.engine import Assessor
    from kg_service.assessment.facts import add_facts
    from kg_service.assessment.profile import as_of
    from kg_service.assessment.rdfmap import profile_to_graph

    a = Assessor.load()
    profile = json.loads((CONTRACT / "dev-cases.json").read_text(encoding="utf-8"))[0]["profile"]
    rows = []
    for name, fn in (("in process: compiled (explain=false)", lambda: a.assess(profile, explain=False)),
                     ("in process: pySHACL (explain=false)", lambda: a.assess(profile, explain=False,
                                                                              engine="pyshacl"))):
        fn()
        rows.append((name, timed(fn, repeat if "compiled" in name else max(30, repeat // 5))))
    try:
        import pyshacl_turbo

        g, focus = profile_to_graph(profile)
        add_facts(g, focus, profile, as_of(profile), a.facts)
        shapes = pyshacl_turbo.compile_shapes(a.rules.shapes_graph)
        shapes.validate(g)
        rows.append((f"in process: pyshacl-turbo {pyshacl_turbo.__version__} (validate only)",
                     timed(lambda: shapes.validate(g), repeat)))
    except ImportError:
        pass
    return rows


def rates(sample: list[dict]) -> dict[str, float]:
    """Profiles a second deciding both levels, in process: pySHACL and pyshacl-turbo (graph built too)."""
    from kg_service.assessment.engine import Assessor
    from kg_service.assessment.facts import add_facts
    from kg_service.assessment.profile import as_of
    from kg_service.assessment.rdfmap import profile_to_graph

    a = Assessor.load()
    t = time.perf_counter()
    for p in sample:
        a.assess(p, explain=False, engine="pyshacl")
    out = {"pyshacl": len(sample) / (time.perf_counter() - t)}
    try:
        import pyshacl_turbo

        shapes = pyshacl_turbo.compile_shapes(a.rules.shapes_graph)
        t = time.perf_counter()
        for p in sample:
            g, focus = profile_to_graph(p)
            add_facts(g, focus, p, as_of(p), a.facts)
            shapes.validate(g)
        out["pyshacl-turbo"] = len(sample) / (time.perf_counter() - t)
    except ImportError:
        pass
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=300)
    ap.add_argument("--impact", type=int, default=5000)
    a = ap.parse_args()
    from kg_service.assessment.compiled import load_compiled
    from tests.generated_profiles import profiles

    thresholds = load_compiled().thresholds
    profile = json.dumps(json.loads((CONTRACT / "dev-cases.json").read_text(encoding="utf-8"))[0]["profile"]).encode()
    rows: list[tuple[str, list[float], str]] = []
    notes: list[str] = []

    port = free_port()
    proc, _ = start(port)
    try:
        wait_settled(port)
        c = Client(port)
        for _ in range(30):
            c.call("GET", "/health")
            c.call("POST", "/assess", profile)
        health, assess, pyshacl = [], [], []
        for i in range(a.repeat):  # interleaved: the machine's load falls on all three alike
            health.append(c.call("GET", "/health")[0])
            assess.append(c.call("POST", "/assess", profile)[0])
            if i % 5 == 0:
                pyshacl.append(c.call("POST", "/assess?engine=pyshacl", profile)[0])
        rows += [("GET /health", health, "baseline"), ("POST /assess", assess, "GET /health"),
                 ("POST /assess?engine=pyshacl", pyshacl, "GET /health")]

        population = profiles(a.impact, thresholds, seed=5)
        reforms = [{"att_2-1__row_3.equipment_networking_rate": 75}, {"art_5__item_7.minimum_level": 3},
                   {"att_2-1__row_1.key_process_nc_rate": 60, "att_2__sec_2.minimum_met": 2},
                   {"art_5__item_3.lookback_years": 2}, {"art_14.in_force_to": "2027-12-31"}]
        bodies = [json.dumps({"reform": {"id": f"r{i}", "parameters": r}, "profiles": population},
                             ensure_ascii=False).encode() for i, r in enumerate(reforms)]
        served = []
        for b in bodies + bodies[1:]:
            before = cpu_s(proc.pid)
            served.append((c.call("POST", "/reforms/impact", b)[0], cpu_s(proc.pid) - before))
        rows += [(f"POST /reforms/impact, {a.impact} profiles: first reform", [served[0][0]], ""),
                 (f"POST /reforms/impact, {a.impact} profiles: next reforms", [w for w, _ in served[1:]], ""),
                 ("  … its server CPU (ms), first reform", [served[0][1]], ""),
                 ("  … its server CPU (ms), next reforms", [cpu for _, cpu in served[1:]], "")]
        per = rates([json.loads(x) for x in map(json.dumps, population[:200])])
        for name, rate in per.items():
            notes.append(f"deciding {a.impact} profiles twice (before, after) with {name}: "
                         f"{2 * a.impact / rate:.1f} s (its rate here: {rate:.0f} profiles/s)")
    finally:
        stop(proc)

    # questions stating a case, each asked with other numbers every time (no answer comes from a cache),
    # to two services at once, one deciding with the compiled shapes and one with pySHACL, in turn
    questions = [q["q"] for q in json.loads((CONTRACT / "dev-situations.json").read_text(encoding="utf-8"))]
    rng = random.Random(7)

    def fresh(q: str) -> str:
        return re.sub(r"\d+", lambda m: str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9))
                                                                       for _ in m.group()[1:]), q)

    services = {}
    try:
        for engine in ("compiled", "pyshacl"):
            port = free_port()
            services[engine] = (start(port, {"SFKG_ENGINE": engine})[0], port)
        clients = {}
        for engine, (_proc, port) in services.items():
            wait_settled(port)
            clients[engine] = Client(port)
        asks = {e: [] for e in services}
        steps = {e: [] for e in services}
        step = json.dumps({"facts": {"id": "i", "maturity_level": 3, "industry_code": "C39",
                                     "registration": {"province": "北京市"}}, "unknown": [],
                           "level": "advanced"}).encode()
        interview = True
        for i in range(max(len(questions) * 3, a.repeat // 2)):
            path = "/ask?" + urllib.parse.urlencode({"q": fresh(questions[i % len(questions)])})
            for engine, c in clients.items():
                asks[engine].append(c.call("GET", path)[0])
                if interview:
                    try:
                        steps[engine].append(c.call("POST", "/interview", step)[0])
                    except (AssertionError, OSError) as e:
                        interview = False
                        notes.append(f"interview step not measured: {str(e)[:80]}")
                        clients[engine] = Client(services[engine][1])
        for engine in services:
            rows.append((f"GET /ask, a stated case (SFKG_ENGINE={engine})", asks[engine], ""))
            if interview and steps[engine]:
                rows.append((f"POST /interview, one step (SFKG_ENGINE={engine})", steps[engine], ""))
    finally:
        for proc, _port in services.values():
            stop(proc)

    rows_in = in_process(a.repeat)
    base = stats_ms(health)[0]
    print(f"{'figure':<60} {'median ms':>10} {'p95 ms':>8} {'ratio':>16}")
    for name, samples, against in rows:
        med, p95 = stats_ms(samples)
        ratio = f"{med / base:.1f}× /health" if against == "GET /health" else ""
        print(f"{name:<60} {med:>10.2f} {p95:>8.2f} {ratio:>16}")
    compiled = stats_ms(rows_in[0][1])[0]
    for name, samples in rows_in:
        med, p95 = stats_ms(samples)
        print(f"{name:<60} {med:>10.3f} {p95:>8.3f} {med / compiled:>14.1f}× ")
    for n in notes:
        print(n)


if __name__ == "__main__":
    main()
