"""GET|POST /sparql: a read-only SPARQL 1.1 Protocol endpoint over the knowledge graph.

Queries run in worker processes under a time limit that ends them (kg_service.graph.sparql_worker),
never on the event loop, so a costly query cannot stall the service. A browser (``Accept: text/html``)
gets the project's own query page (``kg_service.api.sparql_page``: a form and a results table, no
script, no CDN); the service description comes from ``rdflib-endpoint``. Updates are refused; only the
knowledge graph is served, never stored enterprise records.
"""
from __future__ import annotations

import atexit
from typing import Annotated
from urllib.parse import parse_qsl

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from rdflib import Graph
from rdflib_endpoint import SparqlRouter

from kg_service.api import sparql_page
from kg_service.errors import ErrorBody, ErrorItem
from kg_service.graph.sparql_worker import SparqlWorkers
from kg_service.settings import Settings

EXAMPLE = """PREFIX sfkg: <https://w3id.org/bjsf/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
# The 25 thresholds of att_2-1
SELECT ?label ?value WHERE {
  ?t a sfkg:Threshold ; rdfs:label ?label ; sfkg:thresholdValue ?value .
  FILTER (LANG(?label) = "en")
} ORDER BY ?label"""

QUERY_HELP = "a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE); updates are refused"
_MESSAGE = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
RESPONSES = {
    200: {"description": "The results, in the format the Accept header asks for",
          "content": {m: {} for m in ("application/sparql-results+json", "application/json",
                                      "application/sparql-results+xml", "text/csv", "text/tab-separated-values",
                                      "text/turtle", "application/n-triples", "application/rdf+xml",
                                      "application/ld+json", "application/xml", "text/html")}},
    400: {"description": "A malformed query, SERVICE, or a query over the time, row or memory bound",
          "content": _MESSAGE},
    403: {"description": "An update (INSERT, DELETE, LOAD …): the endpoint is read-only", "content": _MESSAGE},
}


def _message(status: int, text: str) -> JSONResponse:
    """The endpoint's refusals in the service's one error shape (``ErrorBody``), naming the query."""
    body = ErrorBody.of([ErrorItem(field="query", message=text, type=f"sparql_{status}")])
    return JSONResponse(body.model_dump(), status_code=status, headers={"Retry-After": "1"} if status == 503 else None)


def sparql_router(graph: Graph, settings: Settings) -> APIRouter:
    pages = SparqlRouter(
        path="/sparql", graph=graph, title="sfkg SPARQL endpoint",
        description="Beijing smart-factory measures (京经信发〔2025〕22号) as a knowledge graph. Read-only.",
        enable_update=False, example_queries={"Thresholds of att_2-1": {"query": EXAMPLE}},
    )
    workers = SparqlWorkers(graph, settings.cache_dir, workers=settings.sparql_workers,
                            timeout_s=settings.sparql_timeout_s, max_rows=settings.sparql_max_rows,
                            memory_mb=settings.sparql_memory_mb)
    atexit.register(workers.close)
    router = APIRouter(tags=["sparql"])
    router.sparql_workers = workers  # for tests and shutdown

    async def page(request: Request, query: str | None) -> HTMLResponse:
        lang = sparql_page.language(request.query_params.get("lang"), request.cookies.get(sparql_page.LANG_COOKIE))
        answer = await run_in_threadpool(workers.run, query, sparql_page.ACCEPT) if query else None
        html = sparql_page.render(lang=lang, query=query, answer=answer, graph=graph,
                                  timeout_s=settings.sparql_timeout_s, max_rows=settings.sparql_max_rows)
        return HTMLResponse(html, status_code=200 if answer is None or answer.status == 200 else answer.status)

    async def answer(request: Request, query: str | None, update: str | None) -> Response:
        if update:
            return _message(403, "INSERT and DELETE queries are not allowed.")
        if request.headers.get("accept", "").startswith("text/html"):  # a browser: the query page
            return await page(request, query)
        if not query:
            turtle = request.headers.get("accept") == "text/turtle"
            return Response(pages.service_description.serialize(format="turtle" if turtle else "xml"),
                            media_type="text/turtle" if turtle else "application/xml")
        result = await run_in_threadpool(workers.run, query, request.headers.get("accept", ""))
        if result.status != 200:
            return _message(result.status, result.body.decode("utf-8", "replace"))
        return Response(result.body, media_type=result.media_type)

    @router.get("/sparql/assets/sparql.css", include_in_schema=False)
    def css() -> FileResponse:
        return FileResponse(sparql_page.STATIC / "sparql.css", media_type="text/css; charset=utf-8",
                            headers={"Cache-Control": "public, max-age=300"})

    @router.get("/sparql", summary="SPARQL query (GET)", responses=RESPONSES)
    async def sparql_get(request: Request, query: Annotated[str | None, Query(description=QUERY_HELP)] = None):
        return await answer(request, query, None)

    @router.post("/sparql", summary="SPARQL query (POST: application/sparql-query or a form)", responses=RESPONSES,
                 openapi_extra={"requestBody": {"content": {
                     "application/sparql-query": {"schema": {"type": "string"}},
                     "application/x-www-form-urlencoded": {"schema": {
                         "type": "object", "properties": {"query": {"type": "string"}}}}}}})
    async def sparql_post(request: Request):
        body = await request.body()
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as e:
            return _message(400, f"the body is not UTF-8 text (byte {e.start})")
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media == "application/sparql-query":
            return await answer(request, text, None)
        if media == "application/sparql-update":
            return await answer(request, None, text or "update")
        if media == "application/x-www-form-urlencoded":
            form = dict(parse_qsl(text))
            return await answer(request, form.get("query"), form.get("update"))
        return await answer(request, request.query_params.get("query"), request.query_params.get("update"))

    return router
