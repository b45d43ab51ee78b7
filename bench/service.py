"""Benchmark of the service as a whole, against the budgets: cold start to /health (caches built),
resident memory with the model loaded, /assess and /ask over HTTP, and a one-shot `sfkg assess`.

    .venv/bin/python bench/service.py [--repeat 300] [--batch 10] [--starts 3]

Each figure is a median with its ratio to a baseline measured in the same run: an empty
interpreter start for the one-shot command and the start-up, GET /health for the requests. A request's
calls are interleaved with /health's, batch by batch (timing.interleaved), and its ratio is the median
of the batches' ratios: measured one after the other, a neighbour's burst on the shared machine during
either run moved the ratio of POST /assess from 2.3× to 3.8× between two runs of the same code. The
server's own CPU time per request (all its threads, /proc) is compared too: on a machine whose other
processes keep its cores busy, a longer request waits for a core more often, which moves even
interleaved medians, but not the CPU it uses.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from serving import ENV, free_port, start, stop, wait_settled  # noqa: E402
from timing import interleaved, median_ms, server_cpu, stats_ms, timed  # noqa: E402

# the shared contract next to the checkout, or where SFKG_SHARED says (a worktree has none beside it)
CASES = Path(os.environ.get("SFKG_SHARED") or ROOT.parent / "shared") / "contract" / "dev-cases.json"
QUESTIONS = ["电子信息产业的生产设备联网率要求是多少？", "How long are these measures valid?",
             "什么情况下会被撤销智能工厂称号？", "What must the main product of an applicant satisfy?"]
# asked once each, so that no answer comes from the query-embedding cache
FRESH_EN = ["Who recognises advanced-level smart factories?", "What maturity level is required?",
            "When must districts report basic-level filings?", "Which KPIs measure sustainable development?",
            "What happens if the registered address moves out of Beijing?",
            "How many indicators must an advanced factory meet?", "Does a major quality accident revoke the title?",
            "What is the networking rate threshold for equipment makers?", "Who interprets these measures?",
            "Which domains must a basic-level factory cover?", "What does a basic-level factory count as?",
            "Can an advanced factory be recommended to MIIT?", "What is a basic-level smart factory?",
            "Which measures were repealed?", "What are the conditions for applying?",
            "How is the list of advanced factories published?", "What counts as above designated size?",
            "What should an enterprise do after renaming?", "Which industries belong to raw materials?",
            "What is the defect rate reduction threshold for pharmaceuticals?"]
BUDGETS = {"cold start to /health": 10_000, "POST /assess": 20, "GET /ask": 30, "sfkg assess one-shot": 1500}


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=300, help="calls of each request (and as many of /health)")
    ap.add_argument("--batch", type=int, default=10, help="calls in a row before switching to /health and back")
    ap.add_argument("--starts", type=int, default=3)
    args = ap.parse_args()
    subprocess.run([sys.executable, "-m", "kg_service.cli", "build"], cwd=ROOT, env=ENV, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # caches built, as the budget says
    # (figure, samples, baseline samples, ratio: None for the median's over the baseline's median)
    rows: list[tuple[str, list[float], list[float], float | None]] = []

    empty = timed(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), 5)
    starts = []
    for _ in range(args.starts):
        proc, seconds = start(free_port())
        starts.append(seconds)
        stop(proc)
    if starts:  # (--starts 0: the requests only)
        rows.append(("cold start to /health", starts, empty, None))

    port = free_port()
    proc, _ = start(port)
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port)

        def call(method: str, path: str, body: bytes | None = None) -> None:
            conn.request(method, path, body=body, headers={"content-type": "application/json"} if body else {})
            r = conn.getresponse()
            r.read()
            assert r.status == 200, (path, r.status)

        wait_settled(port)

        def against_health(name: str, fn, repeat: int, batch: int) -> None:
            m = interleaved(fn, lambda: call("GET", "/health"), max(1, repeat // batch), batch, cpu=cpu)
            rows.append((name, m.samples, m.base, statistics.median(m.ratios)))
            if m.cpu_ratio is not None:
                cpu_rows.append((name, median_ms(m.cpu), median_ms(m.cpu_base), m.cpu_ratio))

        cpu = server_cpu(proc.pid) if Path(f"/proc/{proc.pid}/task").is_dir() else None
        cpu_rows: list[tuple[str, float, float, float]] = []

        for _ in range(20):
            call("GET", "/health")
        profile = json.dumps(json.loads(CASES.read_text(encoding="utf-8"))[0]["profile"]).encode()
        for _ in range(10):
            call("POST", "/assess", profile)
        against_health("POST /assess", lambda: call("POST", "/assess", profile), args.repeat, args.batch)
        paths = ["/ask?" + urllib.parse.urlencode({"q": q, "k": 5}) for q in QUESTIONS]
        for p in paths:
            call("GET", p)
        i = iter(range(10**9))
        against_health("GET /ask (repeated mix)", lambda: call("GET", paths[next(i) % len(paths)]), args.repeat,
                       args.batch)
        fresh = iter("/ask?" + urllib.parse.urlencode({"q": q, "k": 5}) for q in FRESH_EN)
        # one unseen question at a time (there are few), each beside a batch of /health
        against_health("GET /ask (English, unseen)", lambda: call("GET", next(fresh)), len(FRESH_EN), 1)
        memory = rss_mb(proc.pid)
    finally:
        stop(proc)

    path = ROOT / "var" / "bench-profile.json"
    path.write_bytes(profile)
    cmd = [sys.executable, "-m", "kg_service.cli", "assess", str(path)]
    oneshot = timed(lambda: subprocess.run(cmd, cwd=ROOT, env=ENV, check=True, stdout=subprocess.DEVNULL), 5)
    rows.append(("sfkg assess one-shot", oneshot, empty, None))

    print(f"{'figure':<26} {'median ms':>10} {'p95 ms':>8} {'baseline ms':>12} {'ratio':>7} {'budget ms':>10}")
    for name, samples, base, ratio in rows:
        med, p95 = stats_ms(samples)
        b = median_ms(base)
        budget = BUDGETS.get(name.split(" (")[0], float("nan"))
        ratio = med / b if ratio is None else ratio
        print(f"{name:<26} {med:>10.2f} {p95:>8.2f} {b:>12.2f} {ratio:>6.2f}× {budget:>10.0f}")
    for name, ms, base_ms, ratio in cpu_rows:  # what a loaded machine's waiting for a core does not move
        print(f"{name}: the server's CPU a call {ms:.3f} ms, GET /health's {base_ms:.3f} ms: {ratio:.2f}×")
    print(f"resident memory of the warm service (model loaded): {memory:.0f} MB (budget 1024 MB)")


if __name__ == "__main__":
    main()
