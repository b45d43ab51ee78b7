"""Recorded decisions, read back with their trace; API keys, managed by admins.

GET /assessments/{id}, GET /assessments, GET /revocation-checks/{id}, GET /revocation-checks;
POST /keys, GET /keys, DELETE /keys/{id}. Reading records needs a key: a reviewer (or admin) key
reads every record, an enterprise key only those of its own enterprise (403 otherwise).
Records are never served by /sparql, which answers from the in-memory knowledge graph only.
"""
from __future__ import annotations

import logging
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Response
from pydantic import BaseModel, ConfigDict, Field

from kg_service.api.auth import AdminDep, AuthenticatedDep, key_store
from kg_service.api.deps import StateDep
from kg_service.api.state import ServiceState
from kg_service.records import idempotency
from kg_service.records.keys import ApiKey, KeyStoreError
from kg_service.records.provenance import ASSESSMENT, REVOCATION
from kg_service.records.store import RecordStore, open_store

log = logging.getLogger("sfkg")
router = APIRouter(tags=["records"])


def records(s: ServiceState) -> RecordStore:
    """The record store, opened on first use; 503 if it cannot be opened (e.g. held by another process)."""
    try:
        return s.get("records", lambda: open_store(s.kg.settings))
    except OSError as e:
        raise HTTPException(503, f"the record store is not available: {e}") from e


def warm(s: ServiceState) -> None:
    key_store(s).list()
    try:
        store = s.get("records", lambda: open_store(s.kg.settings))
    except OSError as e:  # the service still answers everything but records
        log.warning("record store not available (%s); recording will answer 503", e)
        return
    try:
        if store.ensure_kg(s.kg):
            log.info("loaded the knowledge graph into the store (sources %s)", s.kg.sources_hash[:16])
    except Exception as e:  # a stale copy of the graph must not keep the service from starting
        log.warning("could not refresh the knowledge graph in the store: %s", e)


def _read(s: ServiceState, key: ApiKey, record_id: str, kind: str) -> dict:
    record = records(s).get(record_id)
    if record is None or record["trace"]["kind"] != kind:
        raise HTTPException(404, f"no {kind.replace('_', ' ')} record {record_id!r}")
    if not key.may_read(record["trace"]["owner"]):
        raise HTTPException(403, "this record belongs to another enterprise")
    return record


def _owner_filter(key: ApiKey, owner: str | None) -> str | None:
    if key.can_read_all:
        return owner
    if owner is not None and owner != key.scope:
        raise HTTPException(403, "an enterprise key lists its own records only")
    return key.scope


Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0)]


@router.get("/assessments/{record_id}", summary="A recorded assessment: the decision as returned, and its trace")
def get_assessment(record_id: str, s: StateDep, key: AuthenticatedDep) -> dict:
    return _read(s, key, record_id, ASSESSMENT)


@router.get("/assessments", summary="Recorded assessments the caller may see, newest first")
def list_assessments(s: StateDep, key: AuthenticatedDep, profile_id: str | None = None,
                     owner: Annotated[str | None, Query(description="credit code of the enterprise")] = None,
                     limit: Limit = 50, offset: Offset = 0) -> dict:
    items = records(s).list(kind=ASSESSMENT, profile_id=profile_id, owner=_owner_filter(key, owner),
                            limit=limit, offset=offset)
    return {"records": items, "limit": limit, "offset": offset}


@router.get("/revocation-checks/{record_id}", summary="A recorded revocation check and its trace")
def get_revocation_check(record_id: str, s: StateDep, key: AuthenticatedDep) -> dict:
    return _read(s, key, record_id, REVOCATION)


@router.get("/revocation-checks", summary="Recorded revocation checks the caller may see, newest first")
def list_revocation_checks(s: StateDep, key: AuthenticatedDep, factory_id: str | None = None,
                           owner: str | None = None, limit: Limit = 50, offset: Offset = 0) -> dict:
    items = records(s).list(kind=REVOCATION, profile_id=factory_id, owner=_owner_filter(key, owner),
                            limit=limit, offset=offset)
    return {"records": items, "limit": limit, "offset": offset}


class KeyRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: Literal["enterprise", "reviewer", "admin"]
    scope: str | None = Field(None, description="enterprise keys: the unified social credit code")
    label: str | None = Field(None, max_length=200)


@router.post("/keys", status_code=201, summary="Create an API key (admin); the key is shown this once")
def create_key(body: KeyRequest, s: StateDep, _admin: AdminDep) -> dict:
    try:
        key, secret = key_store(s).create(body.role, body.scope, body.label)
    except KeyStoreError as e:
        raise HTTPException(422, str(e)) from e
    return {**key.public(), "key": secret}


@router.get("/keys", summary="The API keys (admin), without secrets")
def list_keys(s: StateDep, _admin: AdminDep) -> dict:
    return {"keys": [k.public() for k in key_store(s).list()]}


@router.delete("/keys/{key_id}", status_code=204, summary="Revoke an API key (admin)")
def revoke_key(key_id: str, s: StateDep, _admin: AdminDep) -> Response:
    if not key_store(s).revoke(key_id):
        raise HTTPException(404, f"no key {key_id!r}")
    return Response(status_code=204)


# ---- recording, for POST /assess and POST /revocation-check ------------------------------------

def must_record(key: ApiKey | None, record: bool) -> bool:
    """Whether this call is recorded: on request (needs a key: 401 without), always for reviewers."""
    if key is None:
        if record:
            raise HTTPException(401, "recording needs an API key (Authorization: Bearer <key> or X-API-Key)",
                                headers={"WWW-Authenticate": 'Bearer realm="sfkg"'})
        return False
    if key.role == "admin" and record:
        # separation of duties: admins manage keys; a decision is recorded under the key of the
        # reviewer or enterprise who takes it (an admin can make itself a reviewer key, which the
        # record then names)
        raise HTTPException(403, "admin keys manage keys and do not record decisions: use a reviewer or "
                                 "enterprise key")
    return record or key.role == "reviewer"


def _owner(key: ApiKey, stated: str | None) -> str | None:
    if key.role == "enterprise":
        if stated is not None and stated != key.scope:
            raise HTTPException(403, "the profile states another enterprise's credit code than this key's")
        return key.scope
    return stated


def _now():
    from datetime import UTC, datetime

    return datetime.now(UTC)


def _without_citations(result: dict) -> dict:
    return {**result, "results": [
        {**r, "conditions": [{k: v for k, v in c.items() if k != "citations"} for c in r["conditions"]]}
        for r in result["results"]]}


def record_assessment(s: ServiceState, key: ApiKey, assessor, profile: dict, level: str | None,
                      explain: bool, idempotency_key: str | None = None) -> dict:
    """Assess and record in one go; the record keeps the cited texts even when the answer leaves
    them out (``explain=false``). With an ``Idempotency-Key``, a retry answers the first record."""
    owner = _owner(key, profile.get("credit_code"))
    store = records(s)

    def write(record_id: str | None, extra: list) -> dict:
        started = _now()
        result = assessor.assess(profile, level, explain=True)
        ended = _now()
        record_id = store.record_assessment(profile, result, key, owner=owner, started=started, ended=ended,
                                            request={"level": level, "explain": explain}, record_id=record_id,
                                            extra=extra)
        return {**(result if explain else _without_citations(result)), "record_id": record_id}

    if idempotency_key is None:
        return write(None, [])
    return idempotency.once(store, key.key_id, ASSESSMENT, idempotency_key,
                            {"profile": profile, "level": level, "explain": explain}, write,
                            lambda stored: _replayed(stored, explain))


def _replayed(stored: dict, explain: bool = True) -> dict:
    """A stored record as the answer its first request got."""
    answer = {k: v for k, v in stored.items() if k != "trace"}
    return answer if explain else _without_citations(answer)


def record_revocation(s: ServiceState, key: ApiKey, checker, request, rules_version: str | None,
                      idempotency_key: str | None = None) -> dict:
    owner = _owner(key, None)
    store = records(s)

    def write(record_id: str | None, extra: list) -> dict:
        started = _now()
        result = checker.check(request)
        ended = _now()
        record_id = store.record_revocation(request, result, key, owner=owner, rules_version=rules_version,
                                            started=started, ended=ended, record_id=record_id, extra=extra)
        return {**result, "record_id": record_id}

    if idempotency_key is None:
        return write(None, [])
    return idempotency.once(store, key.key_id, REVOCATION, idempotency_key,
                            request.model_dump(mode="json", exclude_none=True), write, _replayed)
