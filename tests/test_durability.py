"""Recorded decisions survive the service being killed: the real service in a subprocess, recorded
assessments streamed at it, SIGKILL mid-stream, restart; every acknowledged record is there whole,
and no record in the store is partial. Loopback only; every loop is bounded."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import data_dir_with_caches
from tests.test_records import PROFILE, profile

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow

START_TIMEOUT_S = 240
STREAM_MAX = 2000  # requests per client thread, at most
STREAM_TIMEOUT_S = 120


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(url: str, *, body: dict | None = None, key: str | None = None, timeout: float = 20) -> tuple[int, dict]:
    data = json.dumps(body, ensure_ascii=False).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method="POST" if body is not None else "GET")
    req.add_header("content-type", "application/json")
    if key:
        req.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


class Service:
    def __init__(self, data: Path, log: Path):
        self.data, self.log, self.port = data, log, free_port()
        self.env = {**os.environ, "SFKG_DATA_DIR": str(data), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cli(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "kg_service.cli", *args], env=self.env, cwd=ROOT,
                              capture_output=True, text=True, timeout=300)

    def start(self) -> None:
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "kg_service.cli", "serve", "--host", "127.0.0.1", "--port", str(self.port),
                 "--log-level", "warning"], env=self.env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True)
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"service exited with {self.proc.returncode}:\n{self.log.read_text()[-3000:]}")
            try:
                if call(self.url + "/health", timeout=2)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.25)
        raise RuntimeError(f"service did not start in {START_TIMEOUT_S} s:\n{self.log.read_text()[-3000:]}")

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=30)


def test_acknowledged_records_survive_sigkill(tmp_path):
    from kg_service.records.oxigraph_store import OxigraphBackend
    from kg_service.records.store import RecordStore

    # the data directory starts with the checkout's built caches (building them is test_graph_build's):
    # ``sfkg build`` finds nothing to rebuild, and the service starts at once
    svc = Service(data_dir_with_caches(tmp_path / "data"), tmp_path / "service.log")
    built = svc.cli("build")
    assert built.returncode == 0, built.stderr[-2000:]
    made = svc.cli("keys", "create", "--role", "reviewer")
    assert made.returncode == 0, made.stderr
    key = made.stdout.strip()

    acked: dict[str, dict] = {}
    lock = threading.Lock()
    stop = threading.Event()

    def stream(worker: int) -> None:
        deadline = time.monotonic() + STREAM_TIMEOUT_S
        for i in range(STREAM_MAX):
            if stop.is_set() or time.monotonic() > deadline:
                return
            try:
                status, body = call(f"{svc.url}/assess?record=true",
                                    body=profile(f"dur-{worker}-{i}", maturity_level=1 + i % 5), key=key)
            except OSError:
                return  # the service is gone
            if status == 200:
                with lock:
                    acked[body["record_id"]] = body

    try:
        svc.start()
        threads = [threading.Thread(target=stream, args=(w,), daemon=True) for w in range(2)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + STREAM_TIMEOUT_S
        while len(acked) < 40 and time.monotonic() < deadline and any(t.is_alive() for t in threads):
            time.sleep(0.05)
        assert len(acked) >= 40, "the service recorded too few assessments before the kill"
        svc.kill(signal.SIGKILL)  # mid-stream: both clients have requests in flight
        stop.set()
        for t in threads:
            t.join(timeout=60)
        assert not any(t.is_alive() for t in threads)
        acknowledged = dict(acked)

        svc.start()  # same data directory
        for rid, answer in acknowledged.items():
            status, record = call(f"{svc.url}/assessments/{rid}", key=key)
            assert status == 200, (rid, record)
            trace = record.pop("trace")
            assert record == answer
            assert trace["profile"]["id"] == answer["profile_id"]
        status, listed = call(f"{svc.url}/assessments?limit=500", key=key)
        assert status == 200 and set(acknowledged) <= {r["record_id"] for r in listed["records"]}
        # the service still records after the restart
        status, body = call(f"{svc.url}/assess?record=true", body=PROFILE, key=key)
        assert status == 200 and body["record_id"]
    finally:
        svc.kill(signal.SIGTERM)

    store = RecordStore(OxigraphBackend(svc.data / "store"))
    try:
        ids = store.record_ids()
        assert set(acknowledged) <= set(ids)
        assert len(ids) <= len(acknowledged) + 3  # at most the ones in flight, and the one after restart
        problems = [p for rid in ids for p in store.check(rid)]
        assert problems == []  # every record graph has its completion marker and all its conditions
        expected = {c["id"] for r in next(iter(acknowledged.values()))["results"] for c in r["conditions"]}
        for rid in ids:
            record = store.get(rid)
            assert {c["id"] for r in record["results"] for c in r["conditions"]} == expected
            assert all(c["status"] in ("met", "not_met", "unknown") for r in record["results"]
                       for c in r["conditions"])
    finally:
        store.close()
