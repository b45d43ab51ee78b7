"""Batch jobs for the service: an upload is read and bounded at once (so a bad file is refused with
its reason before any work), then assessed one job at a time in a process of its own, forked from the
service for the job (the rules loaded, nothing to build): the server's event loop and its threads keep
their interpreter, and their core, while a 50,000-row job runs (in a thread of the server it held the
GIL: /health went from 7 to 20 ms at the median and up to a third of a second). The job's process reads
the upload again, writes the five files and ends; its progress comes back through shared memory. A job
process that dies (killed, out of memory) fails its job at once (``BrokenProcessPool``: the pool raises,
nothing waits for it); one that reports no progress for ``stall_s`` is ended and fails its job too.
Jobs waiting behind the running one are bounded (``max_queued``): past it, ``TooManyJobs`` (429).
Progress, the summary and the five files are kept in a directory per job under the data dir.

The directories are bounded in time and in space: a finished job's expires ``keep_s`` after it
finished (SFKG_BATCH_KEEP_HOURS, 24 h), removed by a sweep when the manager starts, before each
submit, and every few minutes; and all of them together may hold at most ``quota_bytes``
(SFKG_BATCH_QUOTA_BYTES): a job whose results would pass it is refused (``StorageFull``, 507) until
jobs expire. Finished jobs outlive a restart (each directory's job.json is read back at start).

Faces (the HTTP API, the web UI) call ``JobManager`` only; nothing here knows HTTP."""
from __future__ import annotations

import contextlib
import json
import logging
import multiprocessing
import os
import queue
import shutil
import signal
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from kg_service.assessment.levels import LEVELS
from kg_service.batch.engine import BatchEngine
from kg_service.batch.io import read_bytes
from kg_service.batch.run import FILES, WorkerDied, run
from kg_service.errors import InputError, PayloadTooLarge, StorageFull, TooManyJobs

log = logging.getLogger("sfkg.batch")

# defaults of the bounds; the service passes its settings' (SFKG_BATCH_MAX_BYTES, SFKG_BATCH_MAX_ROWS)
MAX_BYTES = 64 * 1024 * 1024
MAX_ROWS = 50_000
KEEP_S = 24 * 3600.0  # a finished job's directory is kept this long (SFKG_BATCH_KEEP_HOURS)
QUOTA_BYTES = 2 * 1024**3  # all jobs' directories together (SFKG_BATCH_QUOTA_BYTES)
SWEEP_EVERY_S = 300.0
MAX_QUEUED = 4  # jobs waiting behind the running one: each holds its upload in memory until it runs
STALL_S = 600.0  # a job's process reporting no progress this long is stuck (a chunk takes about a second)
POLL_S = 0.2  # how often the job's progress is read while it runs
# what a profile's results take on disk, for the quota's forecast (measured: lean lines ~1.5 kB with
# results.csv, whole answers ~15 kB; bench/batch.py)
BYTES_PER_ROW = {"lean": 2_000, "full": 16_000}
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
    expires: float | None = None  # when its directory goes (set when it finishes)

    def as_dict(self, base_url: str = "") -> dict:
        out = {"id": self.id, "status": self.status, "file": self.filename, "kind": self.kind,
               "level": self.level, "as_of": self.as_of, "full": self.full,
               "progress": {"done": self.done, "total": self.total,
                            "fraction": round(self.done / self.total, 4) if self.total else 1.0}}
        if self.expires is not None:
            out["expires"] = datetime.fromtimestamp(self.expires, UTC).isoformat(timespec="seconds")
        if self.error:
            out["error"] = self.error
        if self.summary is not None:
            out["summary"] = self.summary
            out["files"] = {name: f"{base_url}/batch/{self.id}/{name}" for name in FILES}
        return out


def _size(path: Path) -> int:
    """Bytes under a directory (files only; what vanishes while it is walked counts nothing)."""
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.stat(os.path.join(dirpath, name), follow_symlinks=False).st_size
    return total


class JobManager:
    def __init__(self, engine_factory: Callable[[], BatchEngine], root: Path, *, max_bytes: int = MAX_BYTES,
                 max_rows: int = MAX_ROWS, keep_s: float = KEEP_S, quota_bytes: int = QUOTA_BYTES,
                 sweep_every_s: float | None = None, max_queued: int = MAX_QUEUED,
                 processes: bool | None = None, stall_s: float = STALL_S):
        self._engine_factory = engine_factory
        # each job in a forked process of its own (where processes can be forked), else in the worker thread
        self.processes = "fork" in multiprocessing.get_all_start_methods() if processes is None else processes
        self.stall_s = stall_s
        self.root = root
        self.max_bytes, self.max_rows = max_bytes, max_rows
        self.keep_s, self.quota_bytes = keep_s, quota_bytes
        self.max_queued = max_queued
        self.jobs: dict[str, Job] = {}
        self._queue: queue.Queue[tuple[Job, bytes]] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._reload()
        self.sweep()
        if sweep_every_s is None:  # often enough that a folder outlives its time by a quarter of it at most
            sweep_every_s = min(SWEEP_EVERY_S, max(1.0, keep_s / 4))
        if sweep_every_s > 0:
            threading.Thread(target=self._sweep_every, args=(sweep_every_s,), name="sfkg-batch-sweep",
                             daemon=True).start()

    # ---- expiry and quota ----------------------------------------------------------------------------
    def _reload(self) -> None:
        """The finished jobs of earlier runs of the service, from their job.json, until they expire."""
        if not self.root.is_dir():
            return
        for path in self.root.glob("*/job.json"):
            try:
                job = Job(**json.loads(path.read_text(encoding="utf-8"))["job"])
            except (OSError, ValueError, TypeError, KeyError):
                continue  # not one this version wrote: it expires by its age (sweep)
            if job.id == path.parent.name and job.status in ("done", "failed"):
                self.jobs[job.id] = job

    def sweep(self) -> int:
        """Remove what has expired: finished jobs past their time, and directories no job of this process
        knows (an earlier run's, or one cut short) once they are older than ``keep_s``. Bytes freed."""
        now = time.time()
        freed = 0
        with self._lock:
            gone = [j for j in self.jobs.values() if j.expires is not None and j.expires <= now]
            for job in gone:
                del self.jobs[job.id]
            known = set(self.jobs)
        paths = [self.root / j.id for j in gone]
        if self.root.is_dir():
            for entry in os.scandir(self.root):
                if entry.name in known or not entry.is_dir(follow_symlinks=False):
                    continue
                try:
                    if now - entry.stat(follow_symlinks=False).st_mtime > self.keep_s:
                        paths.append(Path(entry.path))
                except OSError:
                    continue
        for path in paths:
            if path.is_dir():
                freed += _size(path)
                shutil.rmtree(path, ignore_errors=True)
        if paths:
            log.info("batch sweep: %d job folder(s) removed, %s bytes freed", len(paths), f"{freed:,}")
        return freed

    def _sweep_every(self, seconds: float) -> None:
        while not self._stop.wait(seconds):
            try:
                self.sweep()
            except Exception:  # a failed sweep is tried again next time; it never ends the thread
                log.exception("batch sweep failed")

    def close(self) -> None:
        self._stop.set()

    def used_bytes(self) -> int:
        """Bytes all job directories hold now."""
        return _size(self.root) if self.root.is_dir() else 0

    def _check_quota(self, rows: int, full: bool) -> None:
        with self._lock:
            queued = sum(j.total * BYTES_PER_ROW["full" if j.full else "lean"] for j in self.jobs.values()
                         if j.status == "queued")
        used = self.used_bytes()
        need = rows * BYTES_PER_ROW["full" if full else "lean"]
        if used + queued + need > self.quota_bytes:
            free = max(0, self.quota_bytes - used - queued)
            reserved = f" and {queued:,} reserved by queued jobs" if queued else ""
            raise StorageFull("(service)",
                              f"the batch jobs' disk quota is reached: {used:,} of {self.quota_bytes:,} bytes are "
                              f"held{reserved}, and this job's results would need about {need:,} ({free:,} are "
                              f"free); jobs expire {self.keep_s / 3600:g} h after they finish: retry later, or with "
                              f"fewer rows{' or without full=true' if full else ''}")

    # ---- jobs -----------------------------------------------------------------------------------------
    def submit(self, data: bytes, kind: str, filename: str = "", *, level: str | None = None,
               as_of: str | None = None, full: bool = False) -> Job:
        """Read and bound an upload; queue it. Raises PayloadTooLarge (413), InputError (422),
        StorageFull (507: the jobs' disk quota) or TooManyJobs (429: ``max_queued`` jobs wait already).
        The rows are read here only to be counted and bounded (none is held); the job reads them again."""
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
        # BatchFileError (422) when the file as a whole is unreadable; the rows counted, none held
        total = sum(1 for _row in read_bytes(data, kind))
        if total > self.max_rows:
            raise PayloadTooLarge("file", f"the file has {total:,} rows; at most {self.max_rows:,} are accepted")
        if not total:
            raise InputError("file", "the file holds no profiles")
        self.sweep()  # what has expired makes room first
        self._check_quota(total, full)
        with self._lock:
            queued = sum(1 for j in self.jobs.values() if j.status == "queued")
        if queued >= self.max_queued:
            raise TooManyJobs("(service)", f"{queued} batch jobs are waiting already (at most {self.max_queued} wait "
                                           "behind the one running): retry once one has started (GET /batch/{id} "
                                           "of yours shows when it is done)")
        job = Job(id=uuid.uuid4().hex, kind=kind, filename=filename, total=total, level=level, as_of=as_of,
                  full=full)
        with self._lock:
            self.jobs[job.id] = job
            self._queue.put((job, data))
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
                job, data = self._queue.get(timeout=30)
            except queue.Empty:
                return  # idle: the thread ends; the next submit starts another
            job.status = "running"
            status, error = "done", None
            try:
                engine = engine or self._engine_factory()  # made here once: each job's process inherits it
                if self.processes:
                    job.summary = self._run_forked(job, data, engine)
                else:
                    job.summary = _run_job(job, data, engine, self.root / job.id, job_progress(job))
            except Exception as e:  # a job's failure is reported on the job, never kills the worker
                log.exception("batch job %s failed", job.id)
                status, error = "failed", f"{type(e).__name__}: {e}"
            finally:
                del data  # (the upload is not held past its job)
                job.finished = time.time()
                job.expires = job.finished + self.keep_s
                self._save(replace(job, status=status, error=error))
                # published once job.json is whole: whoever sees the job ended finds all its files written
                job.error, job.status = error, status

    def _run_forked(self, job: Job, data: bytes, engine: BatchEngine) -> dict:
        """The job in a process forked for it (``concurrent.futures``: a process that dies breaks the
        pool, which raises, rather than being replaced and waited for); its progress read from shared
        memory every POLL_S; ended, and the job failed, if it reports none for ``stall_s``."""
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        context = multiprocessing.get_context("fork")
        done = context.RawValue("q", 0)  # shared memory: the rows the job's process has done
        out = self.root / job.id
        _FORKED.update(job=job, data=data, engine=engine, out=out, done=done)
        executor = ProcessPoolExecutor(1, mp_context=context)
        try:
            future = executor.submit(_forked_job, os.getpid())  # forks now (a fork pool starts its processes)
            _FORKED.clear()  # the process has its copy
            seen, since = -1, time.monotonic()
            while True:
                try:
                    summary = future.result(timeout=POLL_S)
                    job.done = done.value
                    return summary
                except TimeoutError:
                    pass
                if done.value != seen:
                    seen, since = done.value, time.monotonic()
                    job.done = seen
                elif time.monotonic() - since > self.stall_s:
                    for proc in list(getattr(executor, "_processes", None) or {}):
                        with contextlib.suppress(ProcessLookupError):
                            os.kill(proc, signal.SIGKILL)
                    raise WorkerDied(f"the batch job's process reported no progress for {self.stall_s:g} s (at "
                                     f"{job.done:,} of {job.total:,} rows): it was ended and no results were "
                                     "written") from None
        except BrokenProcessPool:
            raise WorkerDied(f"the batch job's process died (killed, out of memory, or crashed) at {job.done:,} of "
                             f"{job.total:,} rows: no results were written") from None
        finally:
            _FORKED.clear()
            executor.shutdown(wait=True, cancel_futures=True)
            for part in out.glob(".*.part") if out.is_dir() else ():  # what a dead process left half-written
                part.unlink(missing_ok=True)

    def _save(self, job: Job) -> None:
        """job.json, written whole (a temporary file renamed): what a restarted service reads back."""
        out = self.root / job.id
        try:
            out.mkdir(parents=True, exist_ok=True)
            tmp = out / ".job.json.part"
            tmp.write_text(json.dumps({"job": asdict(job)}, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, out / "job.json")
        except OSError:
            log.exception("batch job %s: job.json not written", job.id)


_FORKED: dict = {}  # the job a forked job process runs: set just before the fork, inherited, never pickled


def job_progress(job: Job) -> Callable[[int], None]:
    def progress(done: int) -> None:
        job.done = done

    return progress


def _run_job(job: Job, data: bytes, engine: BatchEngine, out: Path, progress: Callable[[int], None]) -> dict:
    """A job's run: its upload read again (it was read and bounded when submitted), the five files written."""
    rows = list(read_bytes(data, job.kind))
    return run(rows, out, engine, level=job.level, as_of=job.as_of, progress=progress, source=job.filename,
               workers=1, full=job.full)


def _forked_job(parent: int) -> dict:
    """In a job's forked process: the job run (progress into shared memory); summary.json's content.
    Ctrl-C is the server's to handle; the process ends when the server does, even killed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # (not the server's handler, inherited)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="sfkg-batch-job-watch", daemon=True).start()
    job, data, engine, out, done = (_FORKED[k] for k in ("job", "data", "engine", "out", "done"))

    def progress(n: int) -> None:
        done.value = n

    return _run_job(job, data, engine, out, progress)
