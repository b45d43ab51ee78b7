"""Idempotent recording: a retried request with the same ``Idempotency-Key`` returns the first record.

A client whose connection dropped after it sent a recorded request cannot tell whether the record
was written. With an ``Idempotency-Key`` header it can simply send the request again: the record id
is derived from (API key, kind of record, idempotency key), so the retry finds the record the
first attempt wrote and answers it instead of writing a second one. The idempotency key and a
digest of the request are written in the record's own named graph, in the same transaction as
the record, so the mapping is exactly as durable as the record (a restart, a kill, another worker
on the same store all see it). The same key with a different request is an input error (422), not
a silent replay of another decision.

Concurrent duplicates within one process are serialised by a lock per record id; across
processes, two retries racing to the same store would both find nothing and both write: the
record graph is then the union of two writes of the same decision, which ``check`` reports.
"""
from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Callable
from typing import Any

from rdflib import Literal

from kg_service.errors import InputError
from kg_service.records import provenance as pv

HEADER = "Idempotency-Key"
FIELD = "headers.idempotency-key"
_KEY_RE = re.compile(r"^[\x21-\x7e]{1,200}$")  # printable ASCII, no spaces, as in the IETF draft

_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def check_key(value: str) -> str:
    if not _KEY_RE.match(value):
        raise InputError(FIELD, "1 to 200 printable ASCII characters without spaces (a UUID is a good choice)")
    return value


def record_id_for(api_key_id: str, kind: str, idempotency_key: str) -> str:
    """The record id a request with this idempotency key gets, the same on every retry."""
    return hashlib.sha256(f"{api_key_id}\0{kind}\0{idempotency_key}".encode()).hexdigest()[:32]


def request_digest(request: Any) -> str:
    return hashlib.sha256(json.dumps(request, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def marker_triples(record_id: str, idempotency_key: str, digest: str) -> list:
    """What the record's graph says about the request that wrote it (written with the record)."""
    act = pv.record_iri(record_id)
    return [(act, pv.REC.idempotencyKey, Literal(idempotency_key)), (act, pv.REC.requestDigest, Literal(digest))]


def _lock(record_id: str) -> threading.Lock:
    with _locks_guard:
        if len(_locks) > 10_000:  # forget locks of finished requests; a held one is kept
            for k in [k for k, v in _locks.items() if not v.locked()]:
                del _locks[k]
        return _locks.setdefault(record_id, threading.Lock())


def once(store, api_key_id: str, kind: str, idempotency_key: str, request: Any,
         write: Callable[[str, list], dict], replay: Callable[[dict], dict]) -> dict:
    """The answer of the first request with this key: ``write(record_id, extra_triples)`` the first
    time, ``replay(stored_record)`` on every retry."""
    check_key(idempotency_key)
    record_id = record_id_for(api_key_id, kind, idempotency_key)
    digest = request_digest(request)
    with _lock(record_id):
        g = store.backend.get_graph(pv.record_iri(record_id))
        if len(g):
            stored_digest = g.value(pv.record_iri(record_id), pv.REC.requestDigest)
            if stored_digest is not None and str(stored_digest) != digest:
                raise InputError(FIELD, "this key was used for a different request: use a new key per request")
            record = store.get(record_id)
            if record is not None:
                return replay(record)
            # an incomplete graph cannot be: records are written in one transaction
            raise InputError(FIELD, "this key's record is incomplete: use a new key")
        return write(record_id, marker_triples(record_id, idempotency_key, digest))
