"""A differential check of POST /assess: every answer's status, content type and bytes, written to a file
by one checkout and compared with another's, so that a change made for speed is shown to change no answer.

    PYTHONPATH=OLD .venv/bin/python bench/assess_answers.py --out var/answers-old.jsonl
    PYTHONPATH=NEW .venv/bin/python bench/assess_answers.py --out var/answers-new.jsonl --compare var/answers-old.jsonl

The requests go through the whole application (its middleware, routing, both ways of answering: the
event loop's and the declared one's), called as ASGI in this process: the cases of
tests/cases/assessment.yaml, the contract's development cases, a drawn population
(tests/generated_profiles.py, --n, 2,000 by default), each as sent plainly and some with a query
(level, explain, reform), a charset, a wrapped reform, JSON-LD; and bodies that must be refused (422, 413).
Both runs must be made on the same day (a profile without as_of is assessed for today).
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def requests(n: int, thresholds) -> list[tuple[str, str, bytes, str]]:
    """(name, path with query, body, content type) of every request."""
    from tests.generated_profiles import profiles
    from tests.test_assessment import CASES, build_profile

    shared = Path(os.environ.get("SFKG_SHARED") or ROOT.parent / "shared") / "contract" / "dev-cases.json"
    dev = [c["profile"] for c in json.loads(shared.read_text(encoding="utf-8"))] if shared.is_file() else []
    import yaml

    reform = yaml.safe_load((ROOT / "reforms" / "hypothetical-2027.yaml").read_text(encoding="utf-8"))
    population = [build_profile(c) for c in CASES["cases"]] + dev + profiles(n, thresholds, seed=2121)
    out = []
    j = "application/json"
    for i, p in enumerate(population):
        body = json.dumps(p, ensure_ascii=False).encode()
        out.append((f"{i}", "/assess", body, j))
        if i % 5 == 0:
            out.append((f"{i}/explain=false", "/assess?explain=false", body, j))
        if i % 7 == 0:
            out.append((f"{i}/level", f"/assess?level={('basic', 'advanced')[i // 7 % 2]}", body, j))
        if i % 11 == 0:
            out.append((f"{i}/charset", "/assess", body, "application/json; charset=utf-8"))
        if i % 13 == 0:
            out.append((f"{i}/reform", "/assess?reform=hypothetical-2027", body, j))
        if i % 17 == 0:
            wrapped = json.dumps({"profile": p, "reform": reform}, default=str).encode()
            out.append((f"{i}/wrapped", "/assess", wrapped, j))
        if i % 19 == 0:
            out.append((f"{i}/ascii", "/assess", json.dumps(p).encode(), j))
        if i % 23 == 0:
            out.append((f"{i}/notype", "/assess", body, ""))
        if i % 29 == 0:
            out.append((f"{i}/pyshacl", "/assess?engine=pyshacl", body, j))
        if i % 31 == 0:
            ld = {"@context": "https://w3id.org/bjsf/contexts/profile.jsonld", **p}
            out.append((f"{i}/jsonld", "/assess", json.dumps(ld).encode(), "application/ld+json"))
    base = population[0]
    bad = [
        ("broken", b'{"id": "x", ', j), ("empty", b"", j), ("array", b"[]", j), ("no id", b'{"name": "x"}', j),
        ("nan", json.dumps({**base, "annual_revenue_10k_cny": "NaN"}).encode().replace(b'"NaN"', b"NaN"), j),
        ("bad field", json.dumps({**base, "maturity_level": "three"}).encode(), j),
        ("unknown field", json.dumps({**base, "colour": "red"}).encode(), j),
        ("deep", b'{"id": "x", "a": ' + b"[" * 100 + b"]" * 100 + b"}", j),
        ("big", b'{"id": "x", "name": "' + b"a" * 600_000 + b'"}', j),
        ("latin1", b'{"id": "x", "name": "\xe9"}', j),
        ("bad as_of", json.dumps({**base, "as_of": "2025-02-30"}).encode(), j),
        ("text", b"hello", "text/plain"),
        ("turtle", b"@prefix x: <http://x/> . x:a x:b x:c .", "text/turtle"),
    ]
    out += [(f"bad/{name}", "/assess", body, ctype) for name, body, ctype in bad]
    out += [(f"bad/{name}?level", "/assess?level=none", body, ctype) for name, body, ctype in bad[:3]]
    out.append(("bad/reform", "/assess?reform=nope", json.dumps(base).encode(), j))
    out.append(("bad/engine", "/assess?engine=nope", json.dumps(base).encode(), j))
    return out


async def call(app, path: str, body: bytes, ctype: str) -> tuple[int, str, bytes]:
    route, _, query = path.partition("?")
    headers = [(b"host", b"127.0.0.1"), (b"content-length", str(len(body)).encode())]
    if ctype:
        headers.append((b"content-type", ctype.encode()))
    scope = {"type": "http", "asgi": {"version": "3.0", "spec_version": "2.3"}, "http_version": "1.1",
             "method": "POST", "scheme": "http", "path": route, "raw_path": route.encode(),
             "query_string": query.encode(), "root_path": "", "headers": headers,
             "client": ("127.0.0.1", 5555), "server": ("127.0.0.1", 8000), "state": {}}
    sent = False

    async def receive():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.sleep(3600)

    status, content_type, chunks = 0, "", []

    async def send(m):
        nonlocal status, content_type
        if m["type"] == "http.response.start":
            status = m["status"]
            content_type = dict(m["headers"]).get(b"content-type", b"").decode()
        else:
            chunks.append(m.get("body", b""))

    await app(scope, receive, send)
    return status, content_type, b"".join(chunks)


def comparable(path: str, status: int, answer: bytes) -> bytes:
    """The bytes compared: the answer's own, but for pySHACL's report, whose blank nodes are named at random
    (their names left out, and its results, which are sorted by them too, put in one order)."""
    if "engine=pyshacl" not in path or status != 200:
        return answer
    obj = json.loads(re.sub(rb"N[0-9a-f]{32}", b"_:b", answer))
    obj["shacl"]["results"].sort(key=lambda r: json.dumps(r, sort_keys=True))
    return json.dumps(obj, ensure_ascii=False).encode()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="profiles drawn (besides the cases)")
    ap.add_argument("--out", type=Path, required=True, help="the answers, a JSON line each")
    ap.add_argument("--compare", type=Path, help="answers written by another checkout: differences listed")
    args = ap.parse_args()
    from kg_service.server import create_app

    app = create_app()
    todo = requests(args.n, app.state.sfkg.assessor.compiled.thresholds)

    async def run() -> list[dict]:
        rows = []
        for name, path, body, ctype in todo:
            status, content_type, answer = await call(app, path, body, ctype)
            rows.append({"name": name, "path": path, "status": status, "type": content_type,
                         "sha256": hashlib.sha256(comparable(path, status, answer)).hexdigest(),
                         "body": answer.decode("utf-8", "replace")})
        return rows

    rows = asyncio.run(run())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    statuses: dict[int, int] = {}
    for r in rows:
        statuses[r["status"]] = statuses.get(r["status"], 0) + 1
    print(f"{len(rows)} requests, statuses {dict(sorted(statuses.items()))}")
    if args.compare:
        old = [json.loads(line) for line in args.compare.read_text(encoding="utf-8").splitlines()]
        if [(r["name"], r["path"]) for r in old] != [(r["name"], r["path"]) for r in rows]:
            sys.exit("the two runs did not send the same requests")
        diffs = [(a, b) for a, b in zip(old, rows, strict=True)
                 if (a["status"], a["type"], a["sha256"]) != (b["status"], b["type"], b["sha256"])]
        for a, b in diffs[:10]:
            print(f"DIFFERS {a['name']} {a['path']}: {a['status']} {a['body'][:200]!r}\n"
                  f"                       {b['status']} {b['body'][:200]!r}")
        print(f"{len(diffs)} of {len(rows)} answers differ (status, content type or bytes)")
        sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
