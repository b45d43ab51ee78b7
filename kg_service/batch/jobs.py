"""Batch jobs for the service: an upload is read and bounded at once (so a bad file is refused with
its reason before any work), then assessed by one worker thread, off the event loop; progress, the
summary and the five files are kept in a directory per job under the data dir.

Faces (the HTTP API, the web UI) call ``JobManager`` only; nothing here knows HTTP."""
from __future__ import annotations

import json
import logging
import queue
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg_service.assessment.levels import LEVELS
from kg_service.batch.engine import BatchEngine
from kg_service.batch.io import read_bytes
from kg_service.batch.run import FILES, run
from kg_service.errors import InputError, PayloadTooLarge

log = logging.getLogger("sfkg.batch")

# defaults of the bounds; the service passes its settings' (SFKG_BATCH_MAX_BYTES, SFKG_BATCH_MAX_ROWS)
MAX_BYTES = 64 * 1024 * 1024
MAX_ROWS = 50_000
MEDIA = {"results.jsonl": "application/x-ndjson", "results.csv": "text/csv; charset=utf-8",
         "errors.csv": "text/csv; charset=utf-8", "summary.json": "application/json",
         "report.html": "text/html; charset=utf-8"}


@dataclass
class Job:
    id: str
    kind: str
    filename: str
    total: int
    level: str | None = None
    as_of: str | None = None
    full: bool = False  # results.jsonl with every answer whole
    status: str = "queued"  # queued → running → done | failed
    done: int = 0
    created: float = field(default_factory=time.time)
    finished: float | None = None
    error: str | None = None
    summary: dict | None = None

    def as_dict(self, base_url: str = "") -> dict:
        out = {"id": self.id, "status": self.status, "file": self.filename, "kind": self.kind,
               "level": self.level, "as_of": self.as_of, "full": self.full,
               "progress": {"done": self.done, "total": self.total,
                            "fraction": round(self.done / self.total, 4) if self.total else 1.0}}
        if self.error:
            out["error"] = self.error
        if self.summary is not None:
            out["summary"] = self.summary
            out["files"] = {name: f"{base_url}/batch/{self.id}/{name}" for name in FILES}
        return out


class JobManager:
    def __init__(self, engine_factory: Callable[[], BatchEngine], root: Path, *, max_bytes: int = MAX_BYTES,
                 max_rows: int = MAX_ROWS):
        self._engine_factory = engine_factory
        self.root = root
        self.max_bytes, self.max_rows = max_bytes, max_rows
        self.jobs: dict[str, Job] = {}
        self._queue: queue.Queue[tuple[Job, list]] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, data: bytes, kind: str, filename: str = "", *, level: str | None = None,
               as_of: str | None = None, full: bool = False) -> Job:
        """Read and bound an upload; queue it. Raises PayloadTooLarge (413) or InputError (422)."""
        if len(data) > self.max_bytes:
            raise PayloadTooLarge("file", f"the upload is {len(data):,} bytes; at most {self.max_bytes:,} are accepted")
        if level is not None and level not in LEVELS:
            raise InputError("level", " or ".join(LEVELS))
        if as_of is not None:
            from kg_service.assessment.profile import ProfileError, check_profile

            try:
                check_profile({"id": "as_of", "as_of": as_of})
            except ProfileError as e:
                raise InputError("as_of", e.message) from e
        rows = list(read_bytes(data, kind))  # BatchFileError (422) when the file as a whole is unreadable
        if len(rows) > self.max_rows:
            raise PayloadTooLarge("file", f"the file has {len(rows):,} rows; at most {self.max_rows:,} are accepted")
        if not rows:
            raise InputError("file", "the file holds no profiles")
        job = Job(id=uuid.uuid4().hex, kind=kind, filename=filename, total=len(rows), level=level, as_of=as_of,
                  full=full)
        with self._lock:
            self.jobs[job.id] = job
            self._queue.put((job, rows))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="sfkg-batch", daemon=True)
                self._thread.start()
        return job

    def get(self, job_id: str) -> Job | None:
        return self.jobs.get(job_id)

    def file(self, job_id: str, name: str) -> Path | None:
        job = self.jobs.get(job_id)
        if job is None or job.status != "done" or name not in FILES:
            return None
        path = self.root / job_id / name
        return path if path.is_file() else None

    def wait(self, job_id: str, timeout: float = 60) -> Job | None:
        """For tests and scripts: the job once it is done or failed (or None after ``timeout``)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            job = self.jobs.get(job_id)
            if job is not None and job.status in ("done", "failed"):
                return job
            time.sleep(0.05)
        return None

    def _work(self) -> None:
        engine = None
        while True:
            try:
                job, rows = self._queue.get(timeout=30)
            except queue.Empty:
                return  # idle: the thread ends; the next submit starts another
            job.status = "running"
            try:
                engine = engine or self._engine_factory()

                def progress(done: int, job=job) -> None:
                    job.done = done

                out = self.root / job.id
                # in this process's worker thread (workers=1): forking a threaded server is not safe
                job.summary = run(rows, out, engine, level=job.level, as_of=job.as_of, progress=progress,
                                  source=job.filename, workers=1, full=job.full)
                job.status = "done"
                (out / "job.json").write_text(json.dumps(job.as_dict(), ensure_ascii=False), encoding="utf-8")
            except Exception as e:  # a job's failure is reported on the job, never kills the worker
                log.exception("batch job %s failed", job.id)
                job.status, job.error = "failed", f"{type(e).__name__}: {e}"
            finally:
                job.finished = time.time()
