"""A bounded load test: many concurrent clients against one-client, in the same run, on loopback.

    PYTHONPATH=. python bench/load.py [--clients 200] [--seconds 20] [--max-requests 20000]
                                      [--port 8210] [--workers 1] [--url URL]

Starts the service (``sfkg serve --workers N`` on 127.0.0.1:PORT; or uses ``--url``, which must be a
loopback address), waits for the embedding model, then runs the mix (40% POST /assess, 40% GET
/ask, 20% GET /articles) twice: one client, then ``--clients`` clients, each phase bounded by
``--seconds`` and ``--max-requests``. A client answered 503 waits its ``Retry-After`` (times a
random 0.5–1.5, as clients should, so that they do not all come back at the same instant).
Prints per route: requests, statuses, p50/p95/p99 latency, and overall throughput (answered, and
answered 200) with its ratio to the one-client run. Exit status 1 if any answer is neither 200 nor a documented 503.
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


MIX = (0.4, 0.4)  # the shares of /assess and /ask; /articles has the rest


def _pick(rng: random.Random, profiles: list[dict]) -> tuple[str, str, str, dict | None]:
    r = rng.random()
    if r < MIX[0]:
        return "/assess", "POST", "/assess?explain=false", rng.choice(profiles)
    if r < MIX[0] + MIX[1]:
        return "/ask", "GET", "/ask?" + f"q={rng.choice(QUESTIONS)}", None
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


def _report(name: str, res: dict) -> tuple[float, float]:
    total = sum(sum(c.values()) for c in res["statuses"].values())
    ok = sum(c[200] for c in res["statuses"].values())
    print(f"\n{name}: {total} requests in {res['elapsed']:.1f} s: {total / res['elapsed']:.1f} answered/s, "
          f"{ok / res['elapsed']:.1f} ok/s")
    print(f"  {'route':10} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}  statuses")
    for route in ("/assess", "/ask", "/articles"):
        v = res["lat"].get(route, [])
        ok_v = v  # latency of every answer, 503s included: what a client waits
        print(f"  {route:10} {len(v):6d} {_pct(ok_v, 50):8.1f} {_pct(ok_v, 95):8.1f} {_pct(ok_v, 99):8.1f}  "
              f"{dict(res['statuses'].get(route, {}))}")
    return total / res["elapsed"], ok / res["elapsed"]


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
    ap.add_argument("--mix", default="0.4,0.4", help="shares of /assess and /ask (the rest: /articles)")
    args = ap.parse_args()
    global MIX
    MIX = tuple(float(x) for x in args.mix.split(","))
    proc = None
    if args.url:
        if urlparse(args.url).hostname not in ("127.0.0.1", "localhost", "::1"):
            sys.exit("loopback only")
        base = args.url.rstrip("/")
    else:
        proc = _start(args.port, args.workers)
        base = f"http://127.0.0.1:{args.port}"
    try:
        wait_settled(urlparse(base).port)
        asyncio.run(_phase(base, 4, 3, 200, seed=0))  # warm-up, not reported
        one = asyncio.run(_phase(base, 1, args.seconds, args.max_requests, seed=1))
        many = asyncio.run(_phase(base, args.clients, args.seconds, args.max_requests, seed=2))
    finally:
        if proc is not None:
            stop(proc)
    one_all, one_ok = _report("one client", one)
    many_all, many_ok = _report(f"{args.clients} clients", many)
    print(f"\nthroughput, {args.clients} clients / one client: answered {many_all / one_all:.2f}x, "
          f"ok {many_ok / one_ok:.2f}x")
    arts = many["lat"].get("/articles", [])
    others = [x for r in ("/assess", "/ask") for x in many["lat"].get(r, [])]
    print(f"targets: /articles p99 {_pct(arts, 99):.0f} ms (< 100), others p99 {_pct(others, 99):.0f} ms (< 2000), "
          f"ok throughput >= one client: {many_ok >= one_ok}")
    bad = {r: {s: n for s, n in c.items() if s not in (200, 503)} for r, c in many["statuses"].items()}
    bad = {r: c for r, c in bad.items() if c}
    if bad:
        print(f"undocumented answers: {bad}")
    print("medians per route (ms), one client:",
          {r: round(statistics.median(v) * 1000, 1) for r, v in one["lat"].items() if v})
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
