"""GET /parameters, GET /versions, GET /versions/diff, GET /reforms, POST /reforms/impact,
POST /assessments/{id}/reassess: the measures in time (contract: Parameters, versions and reforms).
Thin: the use cases are the application layer's (kg_service.service), over kg_service.versions."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query
from fastapi.concurrency import run_in_threadpool

from kg_service.api.auth import AuthenticatedDep
from kg_service.api.deps import ServiceDep
from kg_service.errors import ErrorBody

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
async def post_impact(s: ServiceDep, body: Annotated[dict[str, Any], Body(
        description='{"reform": {"id", "label": {"zh", "en"}, "parameters": {id: value}}, '
                    '"profiles": [EnterpriseProfile…], "level": optional}')]) -> dict:
    return await run_in_threadpool(s.reform_impact, body)


@router.post("/assessments/{record_id}/reassess", responses=ERRORS,
             summary="A recorded assessment again under another version or a reform, condition by condition")
def reassess(record_id: str, s: ServiceDep, key: AuthenticatedDep, version: str | None = None,
             reform: ReformId = None) -> dict:
    return s.reassess(key, record_id, version, reform)
