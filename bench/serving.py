"""A real sfkg service in its own process, for the benchmarks that go over HTTP."""
from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(port: int, env: dict | None = None) -> tuple[subprocess.Popen, float]:
    """Start the service (``env``: settings to add); return it and the seconds until /health answered 200."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kg_service.cli", "serve", "--port", str(port),
                             "--log-level", "warning"], cwd=ROOT, env={**ENV, **(env or {})},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/health")
            if conn.getresponse().status == 200:
                return proc, time.perf_counter() - t
        except OSError:
            pass
        if proc.poll() is not None or time.perf_counter() - t > 120:
            raise RuntimeError("service did not start")
        time.sleep(0.05)


def wait_settled(port: int, timeout: float = 120) -> None:
    """Wait until the embedding model, loaded after /health is green, is ready: measuring while
    it loads would time its CPU use, not the requests'."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request("GET", "/health")
        state = json.loads(conn.getresponse().read()).get("questions", {}).get("dense")
        if state in ("ready", "off", None):
            return
        time.sleep(0.2)


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    proc.wait(timeout=30)
