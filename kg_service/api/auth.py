"""Who is calling: an API key from ``Authorization: Bearer <key>`` or ``X-API-Key: <key>``.

No key: an anonymous caller (may read articles, ask, compare and assess without recording).
A key that is not valid (malformed, unknown, revoked): 401, whatever the route. The keys and their
roles are described in ``kg_service.records.keys``; the key store is the application layer's.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool

from kg_service.api.deps import ServiceDep
from kg_service.records.keys import ApiKey
from kg_service.service import Forbidden, NotAuthenticated


def presented_key(request: Request) -> str | None:
    auth = request.headers.get("authorization")
    if auth:
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise NotAuthenticated("Authorization must be 'Bearer <API key>'")
        return token.strip()
    key = request.headers.get("x-api-key")
    return key.strip() if key is not None else None


async def caller(request: Request, s: ServiceDep) -> ApiKey | None:
    token = presented_key(request)
    if token is None:
        return None  # anonymous: no thread, no file, no store
    key = s.known_key(token) or await run_in_threadpool(s.verify_key, token)  # scrypt: off the loop
    if key is None:
        raise NotAuthenticated("invalid or revoked API key")
    return key


def authenticated(key: Annotated[ApiKey | None, Depends(caller)]) -> ApiKey:
    if key is None:
        raise NotAuthenticated("an API key is required (Authorization: Bearer <key> or X-API-Key)")
    return key


def admin(key: Annotated[ApiKey, Depends(authenticated)]) -> ApiKey:
    if key.role != "admin":
        raise Forbidden("an admin key is required")
    return key


CallerDep = Annotated[ApiKey | None, Depends(caller)]
AuthenticatedDep = Annotated[ApiKey, Depends(authenticated)]
AdminDep = Annotated[ApiKey, Depends(admin)]
