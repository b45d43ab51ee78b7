"""The service's defences, applied to the whole app in one place (called once by ``create_app``).

- ``BodyLimits`` (kg_service.api.body_limits): request bodies bounded per route before any route
  reads them, JSON depth checked on the bytes;
- ``ConcurrencyLimiter`` (kg_service.api.limiter): a few slots per class of costly route, a fast
  503 with ``Retry-After`` when they are taken, so cheap routes stay cheap under load;
- one handler for ``InputError`` (if the app has none yet), so a capability's input error is a
  422/413 ``ErrorBody`` wherever it is raised;
- the statuses every route can answer (401, 403, 413, 503 …) added to the OpenAPI document by one
  function over all operations (kg_service.api.openapi_statuses).
"""
from __future__ import annotations

import gc
import time

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from kg_service.api.body_limits import BodyLimits
from kg_service.api.limiter import ConcurrencyLimiter
from kg_service.errors import ErrorBody, InputError


async def _input_error(_request: Request, e: InputError) -> JSONResponse:
    return JSONResponse(ErrorBody.from_error(e).model_dump(), status_code=e.status_code,
                        headers=getattr(e, "headers", None))  # (Retry-After, for work refused while busy)


_gc_started = 0.0


def _freeze_survivors(phase: str, info: dict) -> None:
    """After a slow full collection, freeze what survived it: long-lived by then (the embedding
    model, loaded in the background after start-up, is most of it), so the next full passes
    do not walk it again."""
    global _gc_started
    if phase == "start":
        _gc_started = time.perf_counter()
    elif info.get("generation") == 2 and time.perf_counter() - _gc_started > 0.02:
        gc.freeze()


def freeze_loaded() -> None:
    """Once the service is warm: what is loaded by now (graph, indexes, shapes) lives as long as the
    process, so it is kept out of the collector's full passes, which otherwise walk it every few
    hundred requests and pause every request for half a second."""
    gc.collect()
    gc.freeze()
    if _freeze_survivors not in gc.callbacks:
        gc.callbacks.append(_freeze_survivors)


def install(app: FastAPI) -> None:
    from kg_service.api import openapi_statuses

    app.add_middleware(ConcurrencyLimiter)
    app.add_middleware(BodyLimits)  # added last: outermost, so an oversized body never takes a slot
    if InputError not in app.exception_handlers:
        app.add_exception_handler(InputError, _input_error)
    openapi_statuses.install(app)
