"""The statuses routes really answer, added to every operation of the OpenAPI document at once.

Route modules document what is particular to them (200, 404, a route's 422); what every route can
answer because of the middleware and the key check is added here, so no route has to repeat it
and the document stays true when routes are added: 413 (BodyLimits) on operations with a body,
503 (ConcurrencyLimiter) on the costly routes, 401/403 where a key is read.
"""
from __future__ import annotations

from fastapi import FastAPI

from kg_service.api.limiter import default_classes

ERROR_REF = {"$ref": "#/components/schemas/ErrorBody"}
PLAIN_ERROR = {"type": "object", "properties": {"detail": {}}, "required": ["detail"]}


def _response(description: str, schema: dict) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _costly(path: str, method: str) -> bool:
    """Whether the limiter may answer 503 on this operation (a templated path as its routes would be)."""
    return any(c.matches(path, method) or (not c.exact and c.matches(path.split("{")[0].rstrip("/"), method))
               for c in default_classes())


def add_statuses(doc: dict, keyed: set[tuple[str, str]] = frozenset()) -> dict:
    """``doc`` with the common statuses added; ``keyed``: the (path, method) of operations that
    read an API key."""
    from kg_service.errors import ErrorBody

    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    schemas.setdefault("ErrorBody", ErrorBody.model_json_schema(ref_template="#/components/schemas/{model}"))
    for name, sub in ErrorBody.model_json_schema(ref_template="#/components/schemas/{model}").get("$defs", {}).items():
        schemas.setdefault(name, sub)
    schemas.get("ErrorBody", {}).pop("$defs", None)
    for path, item in doc.get("paths", {}).items():
        for method, op in item.items():
            if method not in ("get", "post", "put", "delete", "patch"):
                continue
            responses = op.setdefault("responses", {})
            if path.endswith(".jsonld") and "application/json" in responses.get("200", {}).get("content", {}):
                # a JSON-LD document is served as application/ld+json
                content = responses["200"]["content"]
                content["application/ld+json"] = content.pop("application/json")
            documented = responses.get("422", {}).get("content", {}).get("application/json", {}).get("schema", {})
            if documented.get("$ref", "").endswith("/HTTPValidationError"):
                # FastAPI's default 422 body (detail as a list) is not what the service answers:
                # every 422 is an ErrorBody (kg_service.errors)
                responses["422"] = _response("Invalid input: the field is named", ERROR_REF)
            if "requestBody" in op or method in ("post", "put", "patch"):
                responses.setdefault("413", _response("The body is over this route's bound", ERROR_REF))
                responses.setdefault("422", _response("Invalid input: the field is named", ERROR_REF))
            if _costly(path, method.upper()):
                responses.setdefault("503", {**_response("Too many requests at once: retry after the "
                                                         "Retry-After header's seconds", ERROR_REF),
                                             "headers": {"Retry-After": {"schema": {"type": "integer"}}}})
            if (path, method) in keyed:
                responses.setdefault("401", _response("No API key, or an invalid or revoked one", PLAIN_ERROR))
                responses.setdefault("403", _response("The key may not do this", PLAIN_ERROR))
    return doc


def _keyed_operations(app: FastAPI) -> set[tuple[str, str]]:
    """The operations whose dependencies read the caller's key (kg_service.api.auth.caller)."""
    from kg_service.api.auth import caller

    def uses(dependant) -> bool:
        return dependant.call is caller or any(uses(d) for d in dependant.dependencies)

    try:  # FastAPI ≥ 0.16x keeps included routers unflattened; this walks them
        from fastapi.routing import iter_route_contexts
        routes = [getattr(rc, "route", rc) for rc in iter_route_contexts(app.routes)]
    except ImportError:
        routes = app.routes
    return {(getattr(r, "path_format", r.path), m.lower()) for r in routes
            if hasattr(r, "dependant") and uses(r.dependant) for m in r.methods}


def install(app: FastAPI) -> None:
    default = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            app.openapi_schema = add_statuses(default(), _keyed_operations(app))
        return app.openapi_schema

    app.openapi = openapi
