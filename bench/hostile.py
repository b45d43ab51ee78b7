"""Issue 19's hostile inputs at full size against a live server: each request's status, time and the
server's resident memory (VmRSS, VmHWM from /proc) before and after, and /health's answer time while the
request runs. Not a test (no assertions): the figures for the note.

    PYTHONPATH=. python bench/hostile.py --base http://127.0.0.1:8104 --pid <server pid> [--key ADMINKEY]
"""
from __future__ import annotations

import argparse
import http.client
import json
import sys
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests import hostile_inputs as hostile

MIB = 1024 * 1024


def rss(pid: int) -> tuple[int, int]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        k, _, v = line.partition(":")
        fields[k] = v.strip()
    return int(fields["VmRSS"].split()[0]) // 1024, int(fields["VmHWM"].split()[0]) // 1024


def request(base: str, method: str, path: str, body: bytes | None, headers: dict) -> tuple[int, str, float]:
    u = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=120)
    t = time.perf_counter()
    try:
        conn.request(method, path, body=body, headers=headers)
        r = conn.getresponse()
        text = r.read().decode("utf-8", "replace")
        return r.status, text, time.perf_counter() - t
    except (ConnectionError, http.client.HTTPException) as e:
        return 0, f"{type(e).__name__}: {e}", time.perf_counter() - t
    finally:
        conn.close()


def multipart(name: str, content: bytes, ctype: str) -> tuple[bytes, str]:
    boundary = "sfkg-hostile-boundary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
            f"Content-Type: {ctype}\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def cases(key: str | None):
    auth = {"Authorization": f"Bearer {key}"} if key else {}
    x = hostile.CT_XLSX
    yield "xlsx A1:XFD1048576, one far cell", "POST", "/batch?filename=a.xlsx", hostile.xlsx_far_corner(), x
    yield "xlsx 1 GiB cell (deflated)", "POST", "/batch?filename=b.xlsx", hostile.xlsx_big_cell(1 << 30), x
    yield "csv 5,000,000 rows (25 MB)", "POST", "/batch?filename=c.csv", hostile.csv_many_rows(5_000_000), "text/csv"
    yield "csv 60 MB cell", "POST", "/batch?filename=d.csv", hostile.csv_big_cell(60 * MIB), "text/csv"
    yield "csv 5000-deep incidents cell", "POST", "/batch?filename=e.csv", hostile.csv_deep_incidents(), "text/csv"
    yield "jsonl 5000-deep line", "POST", "/batch?filename=f.jsonl", hostile.jsonl_deep_line(), "application/x-ndjson"
    body, ct = multipart("g.jsonl", hostile.jsonl_deep_line(), "application/x-ndjson")
    yield "jsonl 5000-deep line, multipart", "POST", "/batch", body, ct
    yield "json 60 MB string to /batch", "POST", "/batch", hostile.json_long_string(60 * MIB), "application/json"
    yield ("json 30 MB string to /reforms/impact", "POST", "/reforms/impact", hostile.impact_long_string(30 * MIB),
           "application/json")
    yield ("reform impact 54,708 profiles", "POST", "/reforms/impact", hostile.impact_many_profiles(54_708),
           "application/json")
    for path in ("/assessments", "/revocation-checks"):
        yield f"offset 2^64 on {path}", "GET", f"{path}?offset={2**64}", None, None, auth
    for path in ("/ask", "/revocation-check", "/keys", "/reforms/impact"):
        yield f"invalid UTF-8 to {path}", "POST", path, hostile.INVALID_UTF8, "application/json", auth
        yield f"5000-digit integer to {path}", "POST", path, hostile.long_integer(), "application/json", auth


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="http://127.0.0.1:8104")
    ap.add_argument("--pid", type=int, required=True, help="the server's process id (its /proc is read)")
    ap.add_argument("--key", help="an admin key (for /assessments, /keys)")
    args = ap.parse_args(argv)
    rss0, _ = rss(args.pid)
    print(f"server RSS at start: {rss0} MiB")
    print(f"{'attack':44} {'status':>6} {'time s':>7} {'RSS MiB':>8} {'HWM MiB':>8} {'/health max s':>13}  message")
    for case in cases(args.key):
        label, method, path, body, ctype, *more = case
        headers = {"content-type": ctype} if ctype else {}
        headers.update(more[0] if more else {})
        worst = [0.0]
        stop = threading.Event()

        def probe(worst=worst, stop=stop):
            while not stop.is_set():
                _s, _t, took = request(args.base, "GET", "/health", None, {})
                worst[0] = max(worst[0], took)
                time.sleep(0.05)

        t = threading.Thread(target=probe, daemon=True)
        t.start()
        status, text, took = request(args.base, method, path, body, headers)
        stop.set()
        t.join()
        now, hwm = rss(args.pid)
        try:
            message = json.loads(text).get("detail", "")
        except ValueError:
            message = text
        print(f"{label:44} {status:>6} {took:>7.3f} {now:>8} {hwm:>8} {worst[0]:>13.3f}  {str(message)[:110]}")
    now, hwm = rss(args.pid)
    print(f"server RSS at end: {now} MiB (growth {now - rss0} MiB; high-water mark {hwm} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
