"""GET /parameters, GET /versions, GET /versions/diff, GET /reforms, POST /reforms/impact,
POST /assessments/{id}/reassess: the measures in time (contract: Parameters, versions and reforms).
Thin: the use cases are the application layer's (kg_service.service), over kg_service.time."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, FastAPI, Query
from fastapi.concurrency import run_in_threadpool

from kg_service.api.auth import AuthenticatedDep
from kg_service.api.deps import ServiceDep
from kg_service.errors import ErrorBody
from kg_service.service import Service
from kg_service.time.models import ImpactIn

router = APIRouter(tags=["parameters, versions and reforms"])
ERRORS = {422: {"model": ErrorBody, "description": "a bad version, reform or profile: the field is named"}}
ReformId = Annotated[str | None, Query(description="the id of a shipped reform (GET /reforms)")]


@router.get("/parameters", responses=ERRORS, summary="Every number and date of the rules, with citation and validity")
def get_parameters(s: ServiceDep, version: str | None = None, reform: ReformId = None) -> dict:
    return s.parameters(version, reform)


@router.get("/versions", summary="The versions of the measures (ELI expressions) with their periods in force")
def get_versions(s: ServiceDep) -> dict:
    return s.versions()


@router.get("/versions/diff", responses=ERRORS,
            summary="Units, parameters and conditions that differ between two versions, or a version and a reform")
def get_diff(s: ServiceDep, frm: Annotated[str, Query(alias="from", description="a version id")],
             to: Annotated[str, Query(description="a version id or a shipped reform id")]) -> dict:
    return s.versions_diff(frm, to)


@router.get("/reforms", summary="The reforms shipped with the rules (hypothetical examples)")
def get_reforms(s: ServiceDep) -> dict:
    return s.reforms()


@router.post("/reforms/impact", responses=ERRORS,
             summary="Which profiles of a population change verdict under a reform, and through which conditions")
async def post_impact(s: ServiceDep, body: ImpactIn) -> dict:
    # the profiles as validated (dumping the model would copy thousands of them again)
    request = {"reform": body.reform.model_dump(exclude_none=True), "profiles": body.profiles,
               **({"level": body.level} if body.level is not None else {})}
    return await run_in_threadpool(s.reform_impact, request)


@router.post("/assessments/{record_id}/reassess", responses=ERRORS,
             summary="A recorded assessment again under another version or a reform, condition by condition")
def reassess(record_id: str, s: ServiceDep, key: AuthenticatedDep, version: str | None = None,
             reform: ReformId = None) -> dict:
    return s.reassess(key, record_id, version, reform)


def document_ids(app: FastAPI, service: Service) -> None:
    """The ids these routes take are data (corpus/versions.yaml, reforms/): listed as the enums of
    their parameters in /openapi.json, so the document says which values are accepted."""
    default = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            doc = default()
            versions = [v["id"] for v in service.versions()["versions"]]
            reforms = sorted(r["id"] for r in service.reforms()["reforms"])
            enums = {"version": versions, "reform": reforms, "from": versions, "to": versions + reforms}
            for item in doc.get("paths", {}).values():
                for op in item.values():
                    for param in op.get("parameters", ()) if isinstance(op, dict) else ():
                        if param.get("in") == "query" and param.get("name") in enums:
                            schema = param.setdefault("schema", {})
                            _string_part(schema, schema)["enum"] = enums[param["name"]]
            # a body that names a shipped reform by its id (POST /ask's AskIn) takes the same ids
            for component in doc.get("components", {}).get("schemas", {}).values():
                prop = component.get("properties", {}).get("reform") if isinstance(component, dict) else None
                target = _string_part(prop, prop if prop.get("type") == "string" else None) \
                    if isinstance(prop, dict) else None
                if target is not None:
                    target["enum"] = reforms
            items = doc.get("components", {}).get("schemas", {}).get("ImpactIn", {}).get("properties", {})
            if "profiles" in items:
                items["profiles"]["items"] = {"$ref": "#/components/schemas/EnterpriseProfile"}
            app.openapi_schema = doc
        return app.openapi_schema

    app.openapi = openapi


def _string_part(schema: dict, otherwise: dict | None) -> dict | None:
    """The string branch of an optional value's schema (``anyOf: [string, null]``), else ``otherwise``."""
    return next((a for a in schema.get("anyOf", ()) if a.get("type") == "string"), otherwise)
