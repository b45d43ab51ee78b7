"""A private Virtuoso for tests: ``scripts/virtuoso`` wrapped for pytest.

``start_virtuoso(tmp_dir)`` starts an instance on free loopback ports with its own database in
``tmp_dir`` and returns how to reach it, or raises ``VirtuosoUnavailable`` saying why it cannot
(not installed, or it would not start); ``stop`` ends it. The script is told the pid of this
process, so the server also stops if the test run dies without cleaning up.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "virtuoso"
NOT_INSTALLED = 3  # scripts/virtuoso's exit status when virtuoso-t/isql-vt are missing


class VirtuosoUnavailable(RuntimeError):
    pass


@dataclass
class VirtuosoInstance:
    dir: Path
    http_port: int
    sql_port: int
    env: dict[str, str]  # SFKG_SPARQL_QUERY_URL, ..._UPDATE_URL, ..._USER, ..._PASSWORD
    start_seconds: float
    _stopped: bool = field(default=False, repr=False)

    @property
    def query_url(self) -> str:
        return self.env["SFKG_SPARQL_QUERY_URL"]

    @property
    def update_url(self) -> str:
        return self.env["SFKG_SPARQL_UPDATE_URL"]

    @property
    def user(self) -> str:
        return self.env["SFKG_SPARQL_USER"]

    @property
    def password(self) -> str:
        return self.env["SFKG_SPARQL_PASSWORD"]

    @property
    def anonymous_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    def isql(self, sql: str) -> str:
        """Run SQL as dba (for tests that change server settings); its output."""
        password = (self.dir / "dba-password").read_text().strip()
        out = subprocess.run(["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", password, "VERBOSE=OFF",
                              "BANNER=OFF", "ERRORS=STDOUT", f"exec={sql}"],
                             capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
        if out.returncode != 0 or "*** Error" in out.stdout:
            raise RuntimeError(f"isql failed: {out.stdout}{out.stderr}")
        return out.stdout

    def stop(self) -> None:
        if not self._stopped:
            subprocess.run([str(SCRIPT), "stop", str(self.dir)], capture_output=True, text=True, timeout=90)
            self._stopped = True


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_virtuoso(directory: Path) -> VirtuosoInstance:
    missing = [tool for tool in ("virtuoso-t", "isql-vt") if shutil.which(tool) is None]
    if missing:
        raise VirtuosoUnavailable(
            f"Virtuoso Open-Source is not installed ({', '.join(missing)} not on PATH); scripts/system-deps "
            "installs the Debian package virtuoso-opensource where it can run apt-get as root")
    http_port, sql_port = free_port(), free_port()
    while sql_port == http_port:
        sql_port = free_port()
    started = time.monotonic()
    try:
        proc = subprocess.run([str(SCRIPT), "start", str(directory), str(http_port), str(sql_port), str(os.getpid())],
                              capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as e:
        subprocess.run([str(SCRIPT), "stop", str(directory)], capture_output=True, timeout=90)
        raise VirtuosoUnavailable(f"Virtuoso did not start within {e.timeout:g}s (see {directory}/virtuoso.out)") from e
    if proc.returncode != 0:
        why = "not installed" if proc.returncode == NOT_INSTALLED else "could not start"
        raise VirtuosoUnavailable(f"Virtuoso {why}: {proc.stderr.strip()[-800:]}")
    env = dict(line.split("=", 1) for line in proc.stdout.splitlines() if "=" in line)
    return VirtuosoInstance(directory, http_port, sql_port, env, time.monotonic() - started)
