"""Who is calling: an API key from ``Authorization: Bearer <key>`` or ``X-API-Key: <key>``.

No key: an anonymous caller (may read articles, ask, compare and assess without recording).
A key that is not valid (malformed, unknown, revoked): 401, whatever the route. The keys and their
roles are described in ``kg_service.records.keys``.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool

from kg_service.api.deps import StateDep
from kg_service.api.state import ServiceState
from kg_service.records.keys import KEYS_FILE, ApiKey, KeyStore

_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="sfkg"'}


def key_store(s: ServiceState) -> KeyStore:
    return s.get("keys", lambda: KeyStore(s.kg.settings.data_dir / KEYS_FILE))


def presented_key(request: Request) -> str | None:
    auth = request.headers.get("authorization")
    if auth:
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise HTTPException(401, "Authorization must be 'Bearer <API key>'", headers=_CHALLENGE)
        return token.strip()
    key = request.headers.get("x-api-key")
    return key.strip() if key is not None else None


async def caller(request: Request, s: StateDep) -> ApiKey | None:
    token = presented_key(request)
    if token is None:
        return None  # anonymous: no thread, no file, no store
    store = key_store(s)
    key = store.verify_cached(token) or await run_in_threadpool(store.verify, token)  # scrypt: off the loop
    if key is None:
        raise HTTPException(401, "invalid or revoked API key", headers=_CHALLENGE)
    return key


def authenticated(key: Annotated[ApiKey | None, Depends(caller)]) -> ApiKey:
    if key is None:
        raise HTTPException(401, "an API key is required (Authorization: Bearer <key> or X-API-Key)",
                            headers=_CHALLENGE)
    return key


def admin(key: Annotated[ApiKey, Depends(authenticated)]) -> ApiKey:
    if key.role != "admin":
        raise HTTPException(403, "an admin key is required")
    return key


CallerDep = Annotated[ApiKey | None, Depends(caller)]
AuthenticatedDep = Annotated[ApiKey, Depends(authenticated)]
AdminDep = Annotated[ApiKey, Depends(admin)]
