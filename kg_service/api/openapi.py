"""The OpenAPI document: every 422 (and 413) documented as the one ``ErrorBody``, and the schemas
that routes refer to by ``$ref`` but FastAPI cannot derive (bodies read by hand)."""
from __future__ import annotations

from fastapi import FastAPI

from kg_service.errors import ErrorBody

_ERROR_REF = {"$ref": "#/components/schemas/ErrorBody"}


def document_errors(app: FastAPI, components: dict[str, dict] | None = None) -> None:
    default = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is not None:
            return app.openapi_schema
        doc = default()
        schemas = doc.setdefault("components", {}).setdefault("schemas", {})
        schemas.update(components or {})
        body = ErrorBody.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas.update(body.pop("$defs", {}))
        schemas["ErrorBody"] = body
        for methods in doc.get("paths", {}).values():
            for op in methods.values():
                if not isinstance(op, dict) or "responses" not in op:
                    continue
                answer = op["responses"].setdefault("422", {"description": "Invalid input: the field is named"})
                if answer.get("description") == "Validation Error":
                    answer["description"] = "Invalid input: each offending field is named"
                answer["content"] = {"application/json": {"schema": _ERROR_REF}}
                if "413" in op["responses"]:
                    op["responses"]["413"]["content"] = {"application/json": {"schema": _ERROR_REF}}
        # FastAPI's default shapes, which no route answers with any more
        schemas.pop("HTTPValidationError", None)
        schemas.pop("ValidationError", None)
        app.openapi_schema = doc
        return doc

    app.openapi = openapi
