"""The ASGI application: one ``Service`` and the two faces that serve over HTTP, side by side.

This is the composition root: the only module that knows both the API (``kg_service.api``) and the
web pages (``kg_service.web``). ``sfkg serve`` runs ``create_app`` (uvicorn ``--factory``).
"""
from __future__ import annotations

from fastapi import FastAPI

from kg_service import __version__
from kg_service.api import app as api
from kg_service.api import hardening
from kg_service.graph import KnowledgeGraph
from kg_service.service import Service
from kg_service.web import routes as web


def create_app(kg: KnowledgeGraph | None = None, *, warm: bool = True) -> FastAPI:
    """The service; with ``warm`` (the default) everything the first requests need is loaded
    before this returns, so ``/health`` is green only once requests are fast, and the embedding
    model starts loading in the background."""
    app = FastAPI(
        title="sfkg",
        version=__version__,
        docs_url=None, redoc_url=None,  # FastAPI's pages load from a CDN; kg_service.api.docs serves /docs offline
        description="Beijing smart-factory recognition measures (京经信发〔2025〕22号): articles, "
                    "eligibility assessment, policy questions, comparison with the national scheme.",
    )
    service = app.state.sfkg = Service(kg, questions="background")
    _ = service.kg  # the service answers from the graph in memory: loaded (or built) before anything else
    api.install(app)
    web.install(app)
    if warm:
        service.warm()
        web.warm(service)
        hardening.freeze_loaded()
        # forked before any thread starts, from the loaded and frozen service (kg_service.service.Deciders)
        service.start_deciders()
        service.start_background()  # work that may finish after the service is up
    return app
