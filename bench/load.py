"""A bounded load test: many concurrent clients against one-client, in the same run, on loopback.

    PYTHONPATH=. python bench/load.py [--clients 200] [--seconds 20] [--max-requests 20000]
                                      [--port 8210] [--workers 1] [--url URL] [--repeat 3] [--json]

Starts the service (``sfkg serve --workers N`` on 127.0.0.1:PORT; or uses ``--url``, which must be a
loopback address), waits for the embedding model, then runs the mix (``--mix``; by default 30% POST
/assess, 30% GET /ask — the costly routes — and the cheap ones: 15% GET /articles/{eid}, 15% GET
/thresholds, 10% GET /health) twice: one client, then ``--clients`` clients, each phase bounded by
``--seconds`` and ``--max-requests``. A client answered 503 waits its ``Retry-After`` (times a
random 0.5–1.5, as clients should, so that they do not all come back at the same instant).

Prints per route: requests, statuses, p50/p95/p99 latency; the cheap routes' p99 under load (issue 19:
≤ 100 ms each); and overall throughput (answered, and answered 200) with its ratio to the one-client
run (issue 19: ≥ 1.5×). ``--repeat N`` runs the pair N times and gives each figure's median and spread
(min–max): on a shared machine the figures move with what else runs. Exit status 1 if any answer is
neither 200 nor a documented 503.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import quote, urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from serving import ENV, stop, wait_settled  # noqa: E402

CASES = ROOT.parent / "shared" / "contract" / "dev-cases.json"
QUESTIONS = ["电子信息产业的生产设备联网率要求是多少？", "How long are these measures valid?",
             "什么情况下会被撤销智能工厂称号？", "What must the main product of an applicant satisfy?",
             "Who recognises advanced-level smart factories?", "What maturity level is required?",
             "When must districts report basic-level filings?", "Which KPIs measure sustainable development?"]
EIDS = ["art_1", "art_5", "art_12", "att_2-1", "art_14", "art_5__item_7"]


def _profiles() -> list[dict]:
    if CASES.exists():
        return [c["profile"] for c in json.loads(CASES.read_text(encoding="utf-8")) if "expect_status" not in c]
    return [{"id": "load-1", "industry_code": "C39", "as_of": "2025-06-30"}]


INDUSTRIES = ["C39", "C3911", "C27", "C13", "C26", "C35"]
ROUTES = ("/assess", "/ask", "/articles", "/thresholds", "/health")
CHEAP = ("/articles", "/thresholds", "/health")  # never held by the limiter: issue 19's p99 ≤ 100 ms
MIX = {"/assess": 0.3, "/ask": 0.3, "/articles": 0.15, "/thresholds": 0.15, "/health": 0.1}


def _pick(rng: random.Random, profiles: list[dict]) -> tuple[str, str, str, dict | None]:
    route = rng.choices(list(MIX), weights=list(MIX.values()))[0]
    if route == "/assess":
        return route, "POST", "/assess?explain=false", rng.choice(profiles)
    if route == "/ask":
        return route, "GET", "/ask?" + f"q={rng.choice(QUESTIONS)}", None
    if route == "/thresholds":
        return route, "GET", f"/thresholds?industry={rng.choice(INDUSTRIES)}", None
    if route == "/health":
        return route, "GET", "/health", None
    return "/articles", "GET", "/articles/" + rng.choice(EIDS), None


class _Connection:
    """One keep-alive HTTP/1.1 connection on asyncio streams: a load generator must cost far less
    than the service it measures (httpx's pool, at 200 connections, cost more than the service)."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def request(self, method: str, url: str, body: dict | None) -> tuple[int, dict]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        data = json.dumps(body).encode() if body is not None else b""
        head = (f"{method} {quote(url, safe='/?=&')} HTTP/1.1\r\nHost: {self.host}\r\n"
                f"Content-Length: {len(data)}\r\n" + ("Content-Type: application/json\r\n" if body else "") + "\r\n")
        self.writer.write(head.encode() + data)
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("closed")
        headers = {}
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            k, _, v = line.decode("latin-1").partition(":")
            headers[k.strip().lower()] = v.strip()
        await self.reader.readexactly(int(headers.get("content-length", 0)))
        if headers.get("connection", "").lower() == "close":
            self.close()
        return int(status_line.split()[1]), headers

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def _phase(base: str, clients: int, seconds: float, max_requests: int, seed: int) -> dict:
    profiles = _profiles()
    lat: dict[str, list[float]] = defaultdict(list)
    statuses: dict[str, Counter] = defaultdict(Counter)
    issued = 0
    deadline = time.monotonic() + seconds
    where = urlparse(base)

    async def client(i: int) -> None:
        nonlocal issued
        rng = random.Random(seed * 1000 + i)
        conn = _Connection(where.hostname, where.port)
        while time.monotonic() < deadline and issued < max_requests:
            issued += 1
            route, method, url, body = _pick(rng, profiles)
            t = time.perf_counter()
            try:
                status, headers = await asyncio.wait_for(conn.request(method, url, body), 60)
                if status == 503 and "retry-after" not in headers:
                    status = -503  # an undocumented 503
            except (OSError, asyncio.IncompleteReadError, TimeoutError) as e:
                status, headers = type(e).__name__, {}
                conn.close()
            lat[route].append(time.perf_counter() - t)
            statuses[route][status] += 1
            if status == 503:  # a well-behaved client waits as told, with jitter, before it sends again
                pause = float(headers.get("retry-after", 1)) * rng.uniform(0.5, 1.5)
                await asyncio.sleep(min(pause, max(0.0, deadline - time.monotonic())))
        conn.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(clients)))
    return {"elapsed": time.perf_counter() - t0, "lat": lat, "statuses": statuses}


def _pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))] * 1000


def _report(name: str, res: dict) -> dict:
    """Print a phase; return its figures."""
    total = sum(sum(c.values()) for c in res["statuses"].values())
    ok = sum(c[200] for c in res["statuses"].values())
    print(f"\n{name}: {total} requests in {res['elapsed']:.1f} s: {total / res['elapsed']:.1f} answered/s, "
          f"{ok / res['elapsed']:.1f} ok/s")
    print(f"  {'route':12} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}  statuses")
    p99 = {}
    for route in ROUTES:
        v = res["lat"].get(route, [])  # latency of every answer, 503s included: what a client waits
        p99[route] = _pct(v, 99)
        print(f"  {route:12} {len(v):6d} {_pct(v, 50):8.1f} {_pct(v, 95):8.1f} {p99[route]:8.1f}  "
              f"{dict(res['statuses'].get(route, {}))}")
    cheap = [x for r in CHEAP for x in res["lat"].get(r, [])]
    return {"answered_per_s": total / res["elapsed"], "ok_per_s": ok / res["elapsed"], "p99_ms": p99,
            "cheap_p99_ms": _pct(cheap, 99),
            "costly_p99_ms": _pct([x for r in ("/assess", "/ask") for x in res["lat"].get(r, [])], 99)}


def _spread(values: list[float]) -> str:
    if len(values) == 1:
        return f"{values[0]:.2f}"
    return f"{statistics.median(values):.2f} ({min(values):.2f}–{max(values):.2f})"


def _start(port: int, workers: int):
    import http.client
    import subprocess

    proc = subprocess.Popen([sys.executable, "-m", "kg_service.cli", "serve", "--port", str(port),
                             "--log-level", "warning", "--workers", str(workers)], cwd=ROOT, env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t = time.monotonic()
    while time.monotonic() - t < 180:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/health")
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            pass
        if proc.poll() is not None:
            break
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError("service did not start")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--max-requests", type=int, default=20_000)
    ap.add_argument("--port", type=int, default=8210)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--url", help="an already running service on loopback")
    ap.add_argument("--mix", help="shares by route, e.g. /assess=0.3,/ask=0.3,/articles=0.15,/thresholds=0.15,"
                                  "/health=0.1 (routes left out get none)")
    ap.add_argument("--repeat", type=int, default=1, help="pairs of phases (one client, many): medians and spread")
    ap.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    args = ap.parse_args()
    if args.mix:
        MIX.clear()
        for part in args.mix.split(","):
            route, _, share = part.partition("=")
            MIX["/" + route.strip().lstrip("/")] = float(share)
    proc = None
    if args.url:
        if urlparse(args.url).hostname not in ("127.0.0.1", "localhost", "::1"):
            sys.exit("loopback only")
        base = args.url.rstrip("/")
    else:
        proc = _start(args.port, args.workers)
        base = f"http://127.0.0.1:{args.port}"
    runs = []
    bad: dict = {}
    try:
        wait_settled(urlparse(base).port)
        asyncio.run(_phase(base, 4, 3, 200, seed=0))  # warm-up, not reported
        for k in range(args.repeat):
            one = asyncio.run(_phase(base, 1, args.seconds, args.max_requests, seed=1 + 2 * k))
            many = asyncio.run(_phase(base, args.clients, args.seconds, args.max_requests, seed=2 + 2 * k))
            print(f"\n==== run {k + 1} of {args.repeat}")
            f_one = _report("one client", one)
            f_many = _report(f"{args.clients} clients", many)
            runs.append({"one": f_one, "many": f_many,
                         "ratio_answered": f_many["answered_per_s"] / f_one["answered_per_s"],
                         "ratio_ok": f_many["ok_per_s"] / f_one["ok_per_s"],
                         "one_medians_ms": {r: round(statistics.median(v) * 1000, 1)
                                            for r, v in one["lat"].items() if v}})
            for r, c in many["statuses"].items():
                for s_, n in c.items():
                    if s_ not in (200, 503):
                        bad.setdefault(r, Counter())[s_] += n
    finally:
        if proc is not None:
            stop(proc)
    print(f"\n==== {args.clients} clients against one, {len(runs)} run(s): median (min–max)")
    print(f"throughput ratio: answered {_spread([r['ratio_answered'] for r in runs])}x, "
          f"ok {_spread([r['ratio_ok'] for r in runs])}x (target >= 1.5)")
    for route in CHEAP:
        print(f"{route} p99 under load: {_spread([r['many']['p99_ms'][route] for r in runs])} ms (target <= 100)")
    print(f"cheap routes together p99: {_spread([r['many']['cheap_p99_ms'] for r in runs])} ms; costly routes p99: "
          f"{_spread([r['many']['costly_p99_ms'] for r in runs])} ms")
    print("one client's medians (ms), first run:", runs[0]["one_medians_ms"])
    if bad:
        print(f"undocumented answers: {dict(bad)}")
    if args.json:
        print(json.dumps({"clients": args.clients, "runs": runs, "undocumented": {r: dict(c) for r, c in bad.items()}}))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
