"""Benchmark of the assessment: one profile warm (in process and over HTTP), and a batch.

    .venv/bin/python bench/assess.py [--n 1000] [--repeat 200]

Prints medians and p95s, and ratios against a baseline measured in the same process: the same
shapes and the same data graph validated by plain ``pyshacl.validate`` (what a first version would
do), so that the figure is about our design, not about this machine's speed today.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from profiles import profiles  # noqa: E402
from serving import free_port, start, stop, wait_settled  # noqa: E402
from timing import stats_ms, timed  # noqa: E402


def http_latency(profile: dict, repeat: int) -> list[float]:
    """A real service in its own process; one keep-alive connection, as a client would hold."""
    import http.client

    port = free_port()
    proc, _ = start(port)
    try:
        wait_settled(port)
        conn = http.client.HTTPConnection("127.0.0.1", port)
        body = json.dumps(profile).encode()

        def call():
            conn.request("POST", "/assess", body=body, headers={"content-type": "application/json"})
            r = conn.getresponse()
            r.read()
            assert r.status == 200

        for _ in range(20):
            call()
        return timed(call, repeat)
    finally:
        stop(proc)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000, help="profiles in the batch")
    ap.add_argument("--repeat", type=int, default=200, help="timed calls per single-profile figure")
    ap.add_argument("--no-http", action="store_true")
    args = ap.parse_args()

    from pyshacl import validate
    from rdflib import Graph

    from kg_service.assessment.engine import Assessor
    from kg_service.assessment.facts import add_facts
    from kg_service.assessment.profile import as_of, check_profile
    from kg_service.assessment.rdfmap import profile_to_graph

    t = time.perf_counter()
    assessor = Assessor.load()
    load_s = time.perf_counter() - t
    batch = [check_profile(p) for p in profiles(args.n)]
    one = batch[0]
    for p in batch[:20]:
        assessor.assess(p)

    # baseline: plain pySHACL on the same data graph and shapes (shapes graph parsed once too)
    shapes = Graph()
    for t_ in assessor.rules.shapes_graph:
        shapes.add(t_)

    def baseline():
        g, focus = profile_to_graph(one)
        add_facts(g, focus, one, as_of(one), assessor.facts)
        data = Graph()
        for t_ in g:
            data.add(t_)
        validate(data, shacl_graph=shapes)

    baseline()
    base = timed(baseline, max(20, args.repeat // 5))
    ours = timed(lambda: assessor.assess(one), args.repeat)
    lean = timed(lambda: assessor.assess(one, explain=False), args.repeat)
    rows = [("baseline: pyshacl.validate, same graph and shapes", base),
            ("assess in process (with cited texts)", ours),
            ("assess in process (explain=False)", lean)]
    if not args.no_http:
        rows.append(("POST /assess over HTTP (loopback, keep-alive)", http_latency(one, args.repeat)))

    print(f"compiled facts and shapes loaded in {load_s * 1000:.0f} ms")
    print(f"{'single profile, warm':<52} {'median ms':>10} {'p95 ms':>8} {'× baseline':>11}")
    base_med = stats_ms(base)[0]
    for name, samples in rows:
        med, p95 = stats_ms(samples)
        print(f"{name:<52} {med:>10.2f} {p95:>8.2f} {med / base_med:>10.2f}×")

    t = time.perf_counter()
    verdicts: dict[str, int] = {}
    for p in batch:
        for r in assessor.assess(p, explain=False)["results"]:
            verdicts[f"{r['level']}:{r['verdict']}"] = verdicts.get(f"{r['level']}:{r['verdict']}", 0) + 1
    elapsed = time.perf_counter() - t
    print(f"\nbatch: {len(batch)} generated profiles in {elapsed:.2f} s = {len(batch) / elapsed:.0f} profiles/s "
          f"(baseline would take ≈ {len(batch) * base_med / 1000:.1f} s)")
    print("verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())))


if __name__ == "__main__":
    main()
