"""The HTTP API: its routers, its one error shape, its OpenAPI document, over the application layer.

``install(app)`` adds the API to an application whose ``app.state.sfkg`` is the ``Service``
(``kg_service.server.create_app`` builds both). Routes ask the service through ``Depends``
(``kg_service.api.deps``); they never reach into another face.
"""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kg_service.api import (
    docs,
    hardening,
    routes_articles,
    routes_ask,
    routes_assess,
    routes_batch,
    routes_compare,
    routes_interview,
    routes_records,
    routes_reference,
    routes_sparql,
    routes_time,
)
from kg_service.api.openapi import document_errors
from kg_service.errors import ErrorBody, ErrorItem, InputError
from kg_service.service import Service, ServiceError

# the package always ships every capability: plain imports, no loading by name
ROUTERS = (routes_articles, routes_reference, routes_assess, routes_ask, routes_interview, routes_compare,
           routes_records, routes_batch, routes_time)


def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
    """422 naming each offending field as a dotted path (body.indicators.key_process_nc_rate)."""
    items = [ErrorItem(field=".".join(str(p) for p in e["loc"]), message=e["msg"], type=e["type"])
             for e in exc.errors()]
    return JSONResponse(ErrorBody.of(items).model_dump(), status_code=422)


def _input_error(_request: Request, exc: InputError) -> JSONResponse:
    """Every input error a capability raises (a profile, a request, an option, a key): one body."""
    return JSONResponse(ErrorBody.from_error(exc).model_dump(), status_code=exc.status_code,
                        headers=getattr(exc, "headers", None))  # (Retry-After, for work refused while busy)


def _service_error(_request: Request, exc: ServiceError) -> JSONResponse:
    body = ErrorBody.of([ErrorItem(field="(request)", message=exc.message, type=type(exc).__name__)])
    return JSONResponse(body.model_dump(), status_code=exc.status_code, headers=exc.headers or None)


def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
    """The framework's own 4xx (404 no route, 405, 400 a body it could not parse) in the one shape."""
    message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    body = ErrorBody.of([ErrorItem(field="(request)", message=message, type=f"http_{exc.status_code}")])
    return JSONResponse(body.model_dump(), status_code=exc.status_code, headers=getattr(exc, "headers", None))


def install(app: FastAPI) -> None:
    service: Service = app.state.sfkg
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(InputError, _input_error)
    app.add_exception_handler(ServiceError, _service_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)

    @app.get("/health", tags=["service"])
    async def health() -> dict:  # on the event loop: counts in memory, never held (issue 19)
        return service.status()

    for module in ROUTERS:
        app.include_router(module.router)
    app.include_router(routes_sparql.sparql_router(service.sparql_graph(), service.settings))
    docs.install(app)  # Swagger UI from the installed package's assets (no CDN)
    document_errors(app, components={"EnterpriseProfile": routes_assess.profile_schema_component()})
    routes_time.document_ids(app, service)
    hardening.install(app)  # body bounds, concurrency limits, common statuses (kg_service.api.hardening)
