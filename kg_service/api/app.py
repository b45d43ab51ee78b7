"""The FastAPI application: the routes of each capability, state loaded once."""
from __future__ import annotations

import importlib
import logging

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from kg_service import __version__
from kg_service.api import routes_sparql
from kg_service.api.state import ServiceState
from kg_service.graph import KnowledgeGraph, get_knowledge_graph

log = logging.getLogger("sfkg")

# Route modules, each with ``router`` and optionally ``warm(state)`` (run before the service
# reports healthy, so the first request does not pay for loading), ``ready(state)`` (started once
# all are warm, for loading that may finish later) and ``status(state)`` (merged into /health).
ROUTE_MODULES = [
    "kg_service.api.routes_articles",
    "kg_service.api.routes_reference",
    "kg_service.api.routes_assess",
    "kg_service.api.routes_ask",
    "kg_service.api.routes_compare",
    "kg_service.api.routes_records",
    "kg_service.api.routes_time",
    "kg_service.web.routes",
]


def _validation_error(_request, exc: RequestValidationError) -> JSONResponse:
    """422 naming each offending field as a dotted path (body.indicators.key_process_nc_rate)."""
    errors = [{"field": ".".join(str(p) for p in e["loc"]), "message": e["msg"], "type": e["type"]}
              for e in exc.errors()]
    detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors)
    return JSONResponse(status_code=422, content={"detail": detail, "errors": errors})


def _route_modules():
    for name in ROUTE_MODULES:
        try:
            yield importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name and name.startswith(e.name):
                continue  # capability not present in this build
            raise


def _add_openapi_components(app: FastAPI, modules: list) -> None:
    """Schemas that routes refer to by $ref but FastAPI cannot derive (bodies read by hand)."""
    default = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            doc = default()
            schemas = doc.setdefault("components", {}).setdefault("schemas", {})
            for module in modules:
                if hasattr(module, "openapi_components"):
                    schemas.update(module.openapi_components())
        return app.openapi_schema

    app.openapi = openapi


def create_app(kg: KnowledgeGraph | None = None, *, warm: bool = True) -> FastAPI:
    kg = kg or get_knowledge_graph()
    app = FastAPI(
        title="sfkg",
        version=__version__,
        description="Beijing smart-factory recognition measures (京经信发〔2025〕22号): articles, "
                    "eligibility assessment, policy questions, comparison with the national scheme.",
    )
    state = app.state.sfkg = ServiceState.load(kg)
    app.add_exception_handler(RequestValidationError, _validation_error)

    modules = list(_route_modules())

    @app.get("/health", tags=["service"])
    def health() -> dict:
        out = {"status": "ok", "version": __version__, "units": len(state.articles),
               "triples": len(state.kg.graph), "sources": state.kg.sources_hash[:16]}
        for module in modules:
            if hasattr(module, "status"):
                out |= module.status(state)
        return out

    for module in modules:
        app.include_router(module.router)
        if warm and hasattr(module, "warm"):
            module.warm(state)
    app.include_router(routes_sparql.sparql_router(kg.graph, kg.settings))
    _add_openapi_components(app, modules)
    if warm:
        for module in modules:
            if hasattr(module, "ready"):
                module.ready(state)  # work that may finish after the service is up
    return app
