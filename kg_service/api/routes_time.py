"""GET /parameters, GET /versions, GET /versions/diff, GET /reforms, POST /reforms/impact,
POST /assessments/{id}/reassess: the measures in time (contract: Parameters, versions and reforms).
Thin: the use cases are kg_service.versions.usecases."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from kg_service.api import routes_assess, routes_records
from kg_service.api.auth import AuthenticatedDep
from kg_service.api.deps import StateDep
from kg_service.errors import ErrorBody, InputError
from kg_service.records.provenance import ASSESSMENT
from kg_service.versions import usecases

router = APIRouter(tags=["parameters, versions and reforms"])
ERRORS = {422: {"model": ErrorBody, "description": "a bad version, reform or profile: the field is named"}}


timeline = routes_assess.timeline


def input_error(e: InputError) -> JSONResponse:
    return JSONResponse(ErrorBody.from_error(e).model_dump(), status_code=e.status_code)


def answer(fn, *args) -> JSONResponse:
    try:
        return JSONResponse(fn(*args))
    except InputError as e:
        return input_error(e)


@router.get("/parameters", responses=ERRORS, summary="Every number and date of the rules, with citation and validity")
def get_parameters(s: StateDep, version: str | None = None,
                   reform: Annotated[str | None, Query(description="the id of a shipped reform")] = None):
    def run():
        t = timeline(s)
        return usecases.parameters(t, version, usecases.reform_by_id(t, reform) if reform else None)
    return answer(run)


@router.get("/versions", summary="The versions of the measures (ELI expressions) with their periods in force")
def get_versions(s: StateDep):
    return usecases.versions(timeline(s))


@router.get("/versions/diff", responses=ERRORS,
            summary="Units, parameters and conditions that differ between two versions, or a version and a reform")
def get_diff(s: StateDep, frm: Annotated[str, Query(alias="from", description="a version id")],
             to: Annotated[str, Query(description="a version id or a shipped reform id")]):
    return answer(usecases.versions_diff, timeline(s), frm, to)


@router.get("/reforms", summary="The reforms shipped with the rules (hypothetical examples)")
def get_reforms(s: StateDep):
    return {"reforms": [r.as_json() for r in timeline(s).reforms.values()]}


@router.post("/reforms/impact", responses=ERRORS,
             summary="Which profiles of a population change verdict under a reform, and through which conditions")
async def post_impact(s: StateDep, body: Annotated[dict[str, Any], Body(
        description='{"reform": {"id", "label": {"zh", "en"}, "parameters": {id: value}}, '
                    '"profiles": [EnterpriseProfile…], "level": optional}')]):
    t = timeline(s)
    return await run_in_threadpool(answer, usecases.reform_impact, t, body)


@router.post("/assessments/{record_id}/reassess", responses=ERRORS,
             summary="A recorded assessment again under another version or a reform, condition by condition")
def reassess(record_id: str, s: StateDep, key: AuthenticatedDep, version: str | None = None,
             reform: Annotated[str | None, Query(description="the id of a shipped reform")] = None):
    record = routes_records._read(s, key, record_id, ASSESSMENT)
    t = timeline(s)

    def run():
        return usecases.reassess(t, record, version, usecases.reform_by_id(t, reform) if reform else None)
    return answer(run)
