"""A batch run with a fault planted in its workers, for tests/test_batch_workers.py, which runs it in a
subprocess under a generous timeout (so that a regression hangs that subprocess, not the suite).

    python -m tests.batch_faults MODE IN_FILE OUT_DIR WORKERS

MODE: ``none``; ``hang-once`` (the first chunk's worker hangs; the run's chunk timeout is 3 s);
``kill-once`` (the first chunk's worker waits, and this process kills it with SIGKILL
from outside, as an operator or the OOM killer would); ``die-always`` (the worker of chunk 2 kills itself
each time it is given it); ``raise`` (the worker of chunk 2 raises a ProfileError). Prints one JSON line:
the summary's counts, or the error's type and message (exit status 1)."""
from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from pathlib import Path


def main(mode: str, path: Path, out: Path, workers: int) -> int:
    from kg_service.assessment.profile import ProfileError
    from kg_service.batch import run as batch_run
    from kg_service.batch.io import read_file
    from kg_service.service import Service
    from kg_service.time.versioned import VersionedEngine

    original = batch_run._chunk
    marker = out.parent / f"{out.name}.victim"

    def planted(span, ctx=None):  # runs in the forked worker, which looks _chunk up in its module
        if mode in ("kill-once", "hang-once"):
            try:
                fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                return original(span, ctx)
            os.write(fd, str(os.getpid()).encode())
            os.close(fd)
            time.sleep(300)  # until killed
        if span[0] > 0 and 2 * span[0] == span[1]:  # chunk 2: (size, 2 × size)
            if mode == "die-always":
                os.kill(os.getpid(), signal.SIGKILL)
            if mode == "raise":
                raise ProfileError("indicators.key_process_nc_rate", "planted in a worker")
        return original(span, ctx)

    def killer() -> None:
        while not marker.exists() or not marker.read_text():
            time.sleep(0.02)
        os.kill(int(marker.read_text()), signal.SIGKILL)

    _kind, rows = read_file(path)
    rows = list(rows)
    batch_run._chunk = planted
    if mode == "hang-once":
        batch_run.CHUNK_TIMEOUT_S = 3.0
    if mode == "kill-once":
        threading.Thread(target=killer, daemon=True).start()
    try:
        summary = batch_run.run(rows, out, VersionedEngine(Service().timeline), workers=workers)
    except Exception as e:
        print(json.dumps({"error": type(e).__name__, "message": str(e),
                          "field": getattr(e, "field", None)}, ensure_ascii=False))
        return 1
    print(json.dumps({"profiles": summary["profiles"], "errors": summary["errors"],
                      "workers": summary["engine"]["workers"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])))
