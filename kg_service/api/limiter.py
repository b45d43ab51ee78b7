"""Bounded concurrency for the costly routes, with a fast 503 when they are saturated.

The costly routes (SHACL assessment, questions, comparison, records, SPARQL, a reform's impact, batch
uploads) do their work in
threads or worker processes, off the event loop. Left unbounded, 200 clients would fill the
thread pool and every request, the cheap ones included, would wait behind them (p99 of about
10 s for /articles, which costs 2 ms). Here each class of costly route has a few slots; a request
waits for one at most ``wait_s`` (and only if fewer than ``queue`` already wait), otherwise it is
answered 503 with ``Retry-After`` at once. Routes not listed (/health, /articles, /thresholds,
/contexts, /schemas, /docs, a batch job's status and files) are never held. The bounds are per
process; several workers each have theirs. (Assessments asked while one is decided in the server go
to a decider process, kg_service.service.Deciders: the compute slots then use two cores.)
"""
from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field

from kg_service.errors import ErrorBody, ErrorItem
from kg_service.settings import get_settings


@dataclass
class RouteClass:
    name: str
    prefixes: tuple[str, ...]
    slots: int
    queue: int
    wait_s: float
    methods: frozenset[str] | None = None  # only these methods are held (None: all)
    exact: bool = False  # the paths themselves, not what is under them
    waiting: int = 0
    _sem: asyncio.Semaphore | None = field(default=None, repr=False)

    def matches(self, path: str, method: str | None = None) -> bool:
        if method is not None and self.methods is not None and method not in self.methods:
            return False
        return any(path == p or (not self.exact and path.startswith(p + "/")) for p in self.prefixes)

    @property
    def sem(self) -> asyncio.Semaphore:
        if self._sem is None:  # created in the server's event loop, on first use
            self._sem = asyncio.Semaphore(self.slots)
        return self._sem


def default_classes() -> list[RouteClass]:
    settings = get_settings()
    return [
        # SPARQL runs in worker processes (kg_service.graph.sparql_worker): as many slots as workers
        RouteClass("sparql", ("/sparql",), slots=settings.sparql_workers,
                   queue=settings.sparql_queue, wait_s=settings.queue_wait_s),
        # CPU-bound Python in threads: more threads than cores only add GIL contention
        RouteClass("compute", ("/assess", "/revocation-check", "/ask", "/compare", "/assessments",
                               "/revocation-checks", "/ui/assess", "/ui/ask", "/ui/compare", "/ui/records"),
                   slots=settings.max_concurrent,
                   # a short queue: a request that would wait past wait_s is better told at once
                   # (measured with bench/load.py: 64 waiters timing out together made bursts
                   # that held /articles for 400 ms; 16 kept its p99 nearer 150 ms)
                   queue=settings.max_queue, wait_s=settings.queue_wait_s),
        # a reform's impact re-decides a population (up to a second each): one at a time, in a pool of its
        # own, so that it neither starves the assessments nor is starved by them
        RouteClass("impact", ("/reforms/impact",), slots=1, queue=2, wait_s=settings.queue_wait_s, exact=True),
        # a batch upload is read whole and checked row by row before its 202 (up to SFKG_BATCH_MAX_BYTES):
        # one at a time, which bounds the memory uploads hold too; the job's status and files are not held
        RouteClass("batch", ("/batch", "/ui/batch"), slots=1, queue=2, wait_s=settings.queue_wait_s,
                   methods=frozenset({"POST"}), exact=True),
    ]


async def _busy(send, name: str, retry_after: int = 1) -> None:
    body = ErrorBody.of([ErrorItem(field="(service)", message=f"too many {name} requests at once: retry shortly",
                                   type="ServiceBusy")])
    payload = json.dumps(body.model_dump()).encode()
    await send({"type": "http.response.start", "status": 503,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
                            (b"retry-after", str(retry_after).encode())]})
    await send({"type": "http.response.body", "body": payload})


class ConcurrencyLimiter:
    def __init__(self, app, classes: list[RouteClass] | None = None):
        self.app = app
        self.classes = classes if classes is not None else default_classes()

    async def __call__(self, scope, receive, send):
        cls = next((c for c in self.classes if c.matches(scope.get("path", ""), scope.get("method"))), None) \
            if scope["type"] == "http" and scope.get("method") != "OPTIONS" else None
        if cls is None:
            return await self.app(scope, receive, send)
        if not cls.sem.locked():
            # a free slot is taken at once: asyncio.wait_for would wrap the acquire in a task and a timer
            # (two more turns of the event loop, ~0.04 ms of every POST /assess) for a wait that never happens
            await cls.sem.acquire()
        else:
            if cls.waiting >= cls.queue:
                return await _busy(send, cls.name)
            cls.waiting += 1
            try:
                await asyncio.wait_for(cls.sem.acquire(), cls.wait_s)
            except TimeoutError:
                return await _busy(send, cls.name)
            finally:
                cls.waiting -= 1
        try:
            return await self.app(scope, receive, send)
        finally:
            cls.sem.release()
