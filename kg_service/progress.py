"""Progress lines for slow first-time work (building the graph and the caches), so that a person at a
terminal sees why the first command takes longer than the next ones.

Off by default (a library, a test, the service's JSON answers stay silent); the command line and
``sfkg serve`` turn it on. Lines go to stderr, so ``--json`` output on stdout stays clean:

    sfkg: building the knowledge graph (first run, or the sources changed) …
    sfkg: building the knowledge graph: done in 3.1 s
"""
from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

_enabled = False


def enable(on: bool = True) -> None:
    global _enabled
    _enabled = on


def say(message: str) -> None:
    if _enabled:
        print(f"sfkg: {message}", file=sys.stderr, flush=True)


@contextmanager
def step(what: str, why: str = "first run, or the sources changed") -> Iterator[None]:
    """Announce slow work before it starts and say how long it took."""
    start = time.monotonic()
    say(f"{what} ({why}) …" if why else f"{what} …")
    yield
    say(f"{what}: done in {time.monotonic() - start:.1f} s")
