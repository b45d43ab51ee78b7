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
# reports healthy, so the first request does not pay for loading).
ROUTE_MODULES = [
    "kg_service.api.routes_articles",
    "kg_service.api.routes_reference",
    "kg_service.api.routes_assess",
    "kg_service.api.routes_ask",
    "kg_service.api.routes_compare",
    "kg_service.api.routes_records",
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

    @app.get("/health", tags=["service"])
    def health() -> dict:
        return {"status": "ok", "version": __version__, "units": len(state.articles),
                "triples": len(state.kg.graph), "sources": state.kg.sources_hash[:16]}

    for module in _route_modules():
        app.include_router(module.router)
        if warm and hasattr(module, "warm"):
            module.warm(state)
    app.include_router(routes_sparql.sparql_router(kg.graph, kg.settings))
    return app
