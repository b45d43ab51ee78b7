"""SPARQL queries over the knowledge graph in worker processes that a time limit can end.

Neither rdflib nor Oxigraph can cancel a running query, and a query's cost is not known before it
runs (``SELECT (COUNT(*) AS ?n) WHERE {?a ?b ?c . ?d ?e ?f}`` over 5,000 triples is 26 million
rows). So queries run in separate processes, each holding its own Oxigraph copy of the graph, with
an address-space bound (RLIMIT_AS); the service waits for an answer at most the timeout and then
kills the worker (SIGKILL) and starts another. The event loop never runs a query, and one query
can hold at most one worker.

Oxigraph, not rdflib, evaluates them: on the named queries it is one to two orders of magnitude
faster, and the attack queries that keep rdflib busy for minutes either finish or are cut (see
bench/sparql_engines.py for the figures). Protocol: the parent writes one JSON line
``{"query", "accept"}``; the worker answers one JSON line ``{"status", "media_type", "length",
"message"}`` and then ``length`` bytes of body.

Run as ``python -m kg_service.graph.sparql_worker GRAPH.nt MAX_ROWS MEMORY_MB``.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import re
import select
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("sfkg")

SELECT_FORMATS = {  # media type → pyoxigraph QueryResultsFormat name; the first is the default
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "text/csv": "CSV", "text/tab-separated-values": "TSV",
    "application/sparql-results+xml": "XML", "application/xml": "XML", "text/xml": "XML",
}
GRAPH_FORMATS = {
    "text/turtle": "TURTLE", "application/x-turtle": "TURTLE", "text/n3": "TURTLE",
    "application/n-triples": "N_TRIPLES", "text/plain": "N_TRIPLES",
    "application/rdf+xml": "RDF_XML", "application/xml": "RDF_XML",
    "application/ld+json": "JSON_LD", "application/json": "JSON_LD",
}


@dataclass
class Answer:
    status: int
    media_type: str
    body: bytes


def _negotiate(accept: str, formats: dict[str, str]) -> str:
    """The first media type of ``formats`` the Accept header allows (by q-value, then order)."""
    offered = []
    for i, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = next((float(p[2:]) for p in params if p.startswith("q=") and p[2:].replace(".", "", 1).isdigit()), 1.0)
        offered.append((-q, i, media.lower()))
    for _q, _i, media in sorted(offered):
        if media in formats:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return next(m for m in formats if m.startswith(media[:-1]) or media == "*/*")
    return next(iter(formats))


# ---- the worker process ----------------------------------------------------------------------

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SERVICE = re.compile(r"(?i)\bSERVICE\b")
SERVICE_REFUSED = "SERVICE is not allowed: this endpoint answers from its own graph only"


def _refusal(query: str) -> str | None:
    """Why a query is refused before it runs: SERVICE (Oxigraph would follow it to the network).

    rdflib's parser finds SERVICE in the algebra; where it cannot parse a query (one Oxigraph may
    still accept) or the text uses codepoint escapes (which SPARQL expands before parsing), any
    SERVICE keyword in the expanded text refuses the query."""
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    from kg_service.graph.sparql_limits import _walk

    expanded = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), query)
    mentions = _SERVICE.search(expanded) is not None
    try:
        algebra = translateQuery(parseQuery(query)).algebra
    except Exception:
        return SERVICE_REFUSED if mentions else None  # else Oxigraph reports the syntax error
    if any(n.name == "ServiceGraphPattern" for n in _walk(algebra)) or (mentions and expanded != query):
        return SERVICE_REFUSED
    return None


def _run(store, query: str, accept: str, max_rows: int, prefixes: dict) -> Answer:
    import pyoxigraph as ox

    if why := _refusal(query):
        return Answer(400, "text/plain", why.encode())
    try:
        result = store.query(query, prefixes=prefixes)
    except SyntaxError as e:
        return Answer(400, "text/plain", f"bad query: {e}".encode())
    if isinstance(result, ox.QueryBoolean):
        media = _negotiate(accept, SELECT_FORMATS)
        return Answer(200, media, result.serialize(format=getattr(ox.QueryResultsFormat, SELECT_FORMATS[media])))
    # a first pass counts (and stops one past the bound); the second serialises
    for n, _ in enumerate(result, 1):
        if n > max_rows:
            unit = "rows" if isinstance(result, ox.QuerySolutions) else "triples"
            return Answer(400, "text/plain", f"more than {max_rows} result {unit}: add a LIMIT".encode())
    result = store.query(query, prefixes=prefixes)
    if isinstance(result, ox.QuerySolutions):
        media = _negotiate(accept, SELECT_FORMATS)
        return Answer(200, media, result.serialize(format=getattr(ox.QueryResultsFormat, SELECT_FORMATS[media])))
    media = _negotiate(accept, GRAPH_FORMATS)
    return Answer(200, media, ox.serialize(result, format=getattr(ox.RdfFormat, GRAPH_FORMATS[media]),
                                           prefixes=prefixes) or b"")


def worker_main(graph_path: str, max_rows: int, memory_mb: int) -> None:
    import resource

    import pyoxigraph as ox

    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    meta = json.loads(Path(graph_path).with_suffix(".json").read_text(encoding="utf-8"))
    store = ox.Store()
    store.bulk_load(path=graph_path, format=ox.RdfFormat.N_TRIPLES)
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    out.write(b"ready\n")
    out.flush()
    for line in inp:
        request = json.loads(line)
        try:
            answer = _run(store, request["query"], request.get("accept", ""), max_rows, meta["prefixes"])
        except MemoryError:
            answer = Answer(400, "text/plain", f"the query needs more than {memory_mb} MB".encode())
        except Exception as e:  # an evaluation error is the query's, not the service's
            answer = Answer(400, "text/plain", f"the query failed: {str(e)[:300]}".encode())
        head = {"status": answer.status, "media_type": answer.media_type, "length": len(answer.body)}
        out.write(json.dumps(head).encode() + b"\n" + answer.body)
        out.flush()


# ---- the service's side ------------------------------------------------------------------------

class _Worker:
    def __init__(self, args: list[str]):
        # its own process group, so that a kill ends whatever it started too
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     start_new_session=True)  # -u: unbuffered, see its args
        self.buffer = b""
        self.ready = False

    def _read(self, n: int | None, deadline: float) -> bytes | None:
        """``n`` bytes (or a line if None) before the deadline; None on timeout or end."""
        fd = self.proc.stdout.fileno()
        while True:
            if n is None and b"\n" in self.buffer:
                line, self.buffer = self.buffer.split(b"\n", 1)
                return line
            if n is not None and len(self.buffer) >= n:
                data, self.buffer = self.buffer[:n], self.buffer[n:]
                return data
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                return None
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return None
            self.buffer += chunk

    def wait_ready(self, timeout: float) -> bool:
        self.ready = self.ready or self._read(None, time.monotonic() + timeout) == b"ready"
        return self.ready

    def ask(self, query: str, accept: str, timeout: float) -> Answer | None:
        deadline = time.monotonic() + timeout
        try:
            self.proc.stdin.write(json.dumps({"query": query, "accept": accept}).encode() + b"\n")
            self.proc.stdin.flush()
        except OSError:
            return None
        line = self._read(None, deadline)
        if line is None:
            return None
        head = json.loads(line)
        body = self._read(head["length"], deadline + 5)  # the answer is written: reading it is quick
        return None if body is None else Answer(head["status"], head["media_type"], body)

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()


class SparqlWorkers:
    """A few worker processes over one copy of the graph; ``run`` answers a query or says why not."""

    def __init__(self, graph, cache_dir: Path, *, workers: int, timeout_s: float, max_rows: int, memory_mb: int):
        self.timeout_s = timeout_s
        self._graph, self._cache_dir, self._workers = graph, cache_dir, max(1, workers)
        self._limits = (max_rows, memory_mb)
        self._args: list[str] | None = None
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()

    def start(self) -> None:
        """Write the graph for the workers and start them (on the first query, or earlier)."""
        with self._lock:
            if self._args is not None:
                return
            self._cache_dir.mkdir(parents=True, exist_ok=True)
            path = self._cache_dir / f"sparql-graph-{os.getpid()}.nt"
            self._graph.serialize(destination=str(path), format="nt", encoding="utf-8")
            path.with_suffix(".json").write_text(json.dumps(
                {"prefixes": {p: str(ns) for p, ns in self._graph.namespaces() if p}}), encoding="utf-8")
            self._args = [sys.executable, "-u", "-m", "kg_service.graph.sparql_worker", str(path),
                          *(str(x) for x in self._limits)]
        for _ in range(self._workers):
            self._start()

    def _start(self) -> None:
        w = _Worker(self._args)
        with self._lock:
            self._all.add(w)
        self._idle.put(w)

    def _replace(self, w: _Worker) -> None:
        w.kill()
        with self._lock:
            self._all.discard(w)
        self._start()

    def run(self, query: str, accept: str) -> Answer:
        self.start()
        try:
            w = self._idle.get(timeout=self.timeout_s)
        except queue.Empty:
            return Answer(503, "text/plain", b"all SPARQL workers are busy: retry shortly")
        if not w.wait_ready(60):
            self._replace(w)
            return Answer(503, "text/plain", b"the SPARQL worker did not start: retry shortly")
        answer = w.ask(query, accept, self.timeout_s)
        if answer is None:  # over time (or the worker died on its memory bound): end it, start another
            alive = w.proc.poll() is None
            self._replace(w)
            why = (f"query ran longer than {self.timeout_s:g} s" if alive
                   else "the query needed more memory than the endpoint allows")
            return Answer(400, "text/plain", why.encode())
        self._idle.put(w)
        return answer

    def close(self) -> None:
        with self._lock:
            workers, self._all = list(self._all), set()
        for w in workers:
            w.kill()


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the service ends its workers itself
    worker_main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
