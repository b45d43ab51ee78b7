"""Batch job folders are bounded in time and space (issue 19): they expire (a sweep at start, at submit and
every few minutes), outlive a restart until then, and a disk quota for all jobs refuses new work with a 507
ErrorBody; a lean line stays small."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from tests.test_batch import sample_rows, write_csv


def _manager(root: Path, **kw):
    from kg_service.batch.engine import BatchEngine
    from kg_service.batch.jobs import JobManager
    from kg_service.service import Service

    s = Service()
    return JobManager(lambda: BatchEngine.from_assessor(s.assessor), root, sweep_every_s=0, **kw)


def _jsonl(n: int) -> bytes:
    profiles, _rows, _bad = sample_rows(n)
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in profiles).encode()


def test_finished_jobs_expire_and_outlive_a_restart_until_then(tmp_path):
    m = _manager(tmp_path, keep_s=3600)
    job = m.submit(_jsonl(30), "jsonl", "a.jsonl")
    assert m.wait(job.id).status == "done"
    assert job.expires == pytest.approx(job.finished + 3600)
    assert "expires" in job.as_dict() and (tmp_path / job.id / "job.json").is_file()
    # an earlier run's folder without job.json (cut short), old, and a fresh one: only the old goes
    (tmp_path / "stale").mkdir()
    (tmp_path / "stale" / ".results.jsonl.part").write_bytes(b"x" * 1000)
    old = time.time() - 7200
    os.utime(tmp_path / "stale", (old, old))
    (tmp_path / "fresh").mkdir()

    again = _manager(tmp_path, keep_s=3600)  # a restart: the done job is read back, its files served
    assert again.get(job.id).status == "done" and again.get(job.id).summary == job.summary
    assert again.file(job.id, "results.jsonl").read_bytes() == m.file(job.id, "results.jsonl").read_bytes()
    assert not (tmp_path / "stale").exists() and (tmp_path / "fresh").exists()

    again.jobs[job.id].expires = time.time() - 1  # its time has come
    assert again.sweep() > 0
    assert again.get(job.id) is None and again.file(job.id, "results.jsonl") is None
    assert not (tmp_path / job.id).exists()


def test_a_failed_job_expires_too(tmp_path):
    def broken():
        raise RuntimeError("no engine")

    from kg_service.batch.jobs import JobManager

    m = JobManager(broken, tmp_path, keep_s=0.01, sweep_every_s=0)
    job = m.submit(_jsonl(3), "jsonl", "a.jsonl")
    assert m.wait(job.id).status == "failed" and "no engine" in job.error
    time.sleep(0.05)
    m.sweep()
    assert m.get(job.id) is None and not (tmp_path / job.id).exists()


def test_the_periodic_sweep_runs_on_its_own(tmp_path):
    from kg_service.batch.jobs import JobManager

    (tmp_path / "old").mkdir()
    m = JobManager(lambda: None, tmp_path / "none-yet", keep_s=0.05, sweep_every_s=0.05)
    (tmp_path / "none-yet").mkdir()
    (tmp_path / "none-yet" / "orphan").mkdir()
    end = time.monotonic() + 30
    while (tmp_path / "none-yet" / "orphan").exists() and time.monotonic() < end:
        time.sleep(0.05)
    m.close()
    assert not (tmp_path / "none-yet" / "orphan").exists()


def test_the_quota_refuses_new_work_with_507_until_jobs_expire(tmp_path):
    from kg_service.errors import StorageFull

    m = _manager(tmp_path, quota_bytes=400_000)
    first = m.submit(_jsonl(100), "jsonl", "a.jsonl")  # ~200 kB forecast: room for one
    assert m.wait(first.id).status == "done"
    used = m.used_bytes()
    assert 0 < used < 400_000
    with pytest.raises(StorageFull) as got:
        m.submit(_jsonl(150), "jsonl", "b.jsonl")
    assert got.value.status_code == 507 and "quota" in got.value.message and f"{used:,}" in got.value.message
    assert len(m.jobs) == 1 and len(list(tmp_path.iterdir())) == 1  # refused: nothing queued, nothing written
    with pytest.raises(StorageFull):  # whole answers take ~8× the room: refused sooner
        m.submit(_jsonl(20), "jsonl", "c.jsonl", full=True)
    m.jobs[first.id].expires = time.time() - 1
    again = m.submit(_jsonl(150), "jsonl", "b.jsonl")  # the sweep before the check made room
    assert m.wait(again.id).status == "done" and not (tmp_path / first.id).exists()


def test_api_answers_507_error_body_when_the_quota_is_reached(tmp_path):
    from fastapi.testclient import TestClient

    from kg_service.server import create_app

    app = create_app(warm=False)
    s = app.state.sfkg
    s.get("batch_jobs", lambda: _manager(tmp_path, quota_bytes=50_000))
    with TestClient(app) as c:
        r = c.post("/batch?filename=a.jsonl", content=_jsonl(100), headers={"content-type": "application/x-ndjson"})
        assert r.status_code == 507, r.text
        body = r.json()
        assert body["errors"][0]["field"] == "(service)" and body["errors"][0]["type"] == "StorageFull"
        assert "quota" in body["detail"]
        assert "507" in c.get("/openapi.json").json()["paths"]["/batch"]["post"]["responses"]


@pytest.mark.slow
def test_a_50000_row_csv_stays_within_2_kb_a_profile(tmp_path):
    from kg_service.cli import main

    _profiles, rows, _bad = sample_rows(50_000)
    write_csv(tmp_path / "in.csv", rows)
    assert main(["batch", str(tmp_path / "in.csv"), "--out", str(tmp_path / "o")]) == 0
    summary = json.loads((tmp_path / "o" / "summary.json").read_text(encoding="utf-8"))
    total = sum(p.stat().st_size for p in (tmp_path / "o").iterdir())
    assert total / summary["rows"] <= 2048, total / summary["rows"]  # all five files, a row


def test_jobs_waiting_are_bounded_429(tmp_path):
    """Each queued job holds its upload in memory until it runs: past max_queued waiting, a 429."""
    import threading

    from kg_service.batch.jobs import JobManager
    from kg_service.errors import TooManyJobs

    release = threading.Event()
    s_engine = _manager(tmp_path / "x")._engine_factory

    def held():
        release.wait(60)
        return s_engine()

    m = JobManager(held, tmp_path, sweep_every_s=0, max_queued=2)
    running = m.submit(_jsonl(3), "jsonl", "a.jsonl")
    end = time.monotonic() + 30
    while m.get(running.id).status != "running" and time.monotonic() < end:
        time.sleep(0.02)
    waiting = [m.submit(_jsonl(3), "jsonl", f"{i}.jsonl") for i in range(2)]
    with pytest.raises(TooManyJobs) as got:
        m.submit(_jsonl(3), "jsonl", "c.jsonl")
    assert got.value.status_code == 429 and "2 batch jobs are waiting" in got.value.message
    release.set()
    assert all(m.wait(j.id).status == "done" for j in [running, *waiting])
    assert m.wait(m.submit(_jsonl(3), "jsonl", "d.jsonl").id).status == "done"  # room again


def test_api_answers_429_error_body_with_retry_after_past_the_jobs_bound(tmp_path):
    from fastapi.testclient import TestClient

    from kg_service.server import create_app

    app = create_app(warm=False)
    app.state.sfkg.get("batch_jobs", lambda: _manager(tmp_path, max_queued=0))  # no job may wait
    with TestClient(app) as c:
        r = c.post("/batch?filename=a.jsonl", content=_jsonl(5), headers={"content-type": "application/x-ndjson"})
        assert r.status_code == 429, r.text
        assert r.headers["retry-after"].isdigit()
        body = r.json()
        assert body["errors"][0]["field"] == "(service)" and body["errors"][0]["type"] == "TooManyJobs"
        assert "waiting already" in body["detail"]
        assert "429" in c.get("/openapi.json").json()["paths"]["/batch"]["post"]["responses"]


# ---- each job in a process of its own ---------------------------------------------------------------

@pytest.fixture
def planted(monkeypatch):
    """``kg_service.batch.jobs.run`` replaced by ``how(real_run, *args, **kw)`` (a job's process is forked,
    so it runs the planted one)."""
    from kg_service.batch import jobs

    def plant(how):
        real = jobs.run
        monkeypatch.setattr(jobs, "run", lambda *a, **kw: how(real, *a, **kw))

    return plant


def test_a_job_runs_in_a_process_of_its_own_and_requests_complete_meanwhile(tmp_path, planted):
    from fastapi.testclient import TestClient

    from kg_service.server import create_app

    gate = tmp_path / "gate"

    def held(real, rows, out, *a, **kw):  # in the job's process: says where it runs, then waits for the gate
        (tmp_path / "pid").write_text(str(os.getpid()))
        while not gate.exists():
            time.sleep(0.02)
        return real(rows, out, *a, **kw)

    planted(held)
    app = create_app(warm=False)
    m = app.state.sfkg.get("batch_jobs", lambda: _manager(tmp_path / "jobs"))
    profiles = [json.loads(line) for line in _jsonl(3).decode().splitlines()]
    with TestClient(app) as c:
        upload = _jsonl(20)
        n = len(upload.splitlines())
        job = c.post("/batch?filename=a.jsonl", content=upload, headers={"content-type": "application/x-ndjson"})
        assert job.status_code == 202, job.text
        job_id = job.json()["id"]
        end = time.monotonic() + 60
        while not (tmp_path / "pid").exists() and time.monotonic() < end:
            time.sleep(0.02)
        assert int((tmp_path / "pid").read_text()) != os.getpid()  # not the server's process
        # while the job runs (held), other requests are answered
        assert c.get(f"/batch/{job_id}").json()["status"] == "running"
        assert c.get("/health").status_code == 200
        r = c.post("/assess", json=profiles[0])
        assert r.status_code == 200 and r.json()["profile_id"] == profiles[0]["id"]
        gate.write_text("go")
        done = m.wait(job_id)
        assert done.status == "done" and done.summary["rows"] == n and done.done == n
        assert len(c.get(f"/batch/{job_id}/results.jsonl").text.splitlines()) == done.summary["profiles"] > 0


def test_a_job_whose_process_dies_fails_at_once_and_the_next_job_runs(tmp_path, planted):
    import signal

    def dies(real, rows, out, *a, **kw):
        if len(rows) == 7:  # the first job's process is killed, as the OOM killer would
            os.kill(os.getpid(), signal.SIGKILL)
        return real(rows, out, *a, **kw)

    planted(dies)
    m = _manager(tmp_path)
    first = m.submit(_jsonl(7), "jsonl", "a.jsonl")
    failed = m.wait(first.id, timeout=60)
    assert failed is not None and failed.status == "failed" and "died" in failed.error
    assert m.file(first.id, "results.jsonl") is None
    assert not [p for p in (tmp_path / first.id).iterdir() if p.name != "job.json"]  # nothing half-written
    second = m.submit(_jsonl(5), "jsonl", "b.jsonl")
    assert m.wait(second.id, timeout=60).status == "done"


def test_a_job_whose_process_stops_reporting_is_ended(tmp_path, planted):
    def hangs(real, rows, out, *a, **kw):
        time.sleep(300)

    planted(hangs)
    m = _manager(tmp_path, stall_s=1.0)
    job = m.submit(_jsonl(4), "jsonl", "a.jsonl")
    failed = m.wait(job.id, timeout=60)
    assert failed is not None and failed.status == "failed" and "no progress" in failed.error


def test_a_job_error_in_its_process_is_the_job_s_error(tmp_path, planted):
    from kg_service.assessment.profile import ProfileError

    def raises(real, rows, out, *a, **kw):
        raise ProfileError("as_of", "planted in the job's process")

    planted(raises)
    m = _manager(tmp_path)
    job = m.wait(m.submit(_jsonl(4), "jsonl", "a.jsonl").id, timeout=60)
    assert job.status == "failed" and "ProfileError" in job.error and "planted in the job's process" in job.error
