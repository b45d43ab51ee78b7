"""POST /assess, POST /revocation-check, GET /contexts/profile.jsonld."""
from __future__ import annotations

import json
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from kg_service.api import routes_records
from kg_service.api.auth import CallerDep
from kg_service.api.deps import StateDep
from kg_service.api.state import ServiceState
from kg_service.assessment.engine import Assessor
from kg_service.assessment.profile import ProfileError, context, parse_body, schema
from kg_service.assessment.revocation import RevocationChecker, RevocationRequest
from kg_service.errors import ErrorBody, InputError
from kg_service.reforms.reform import Reform
from kg_service.versions import usecases
from kg_service.versions.timeline import Timeline
from kg_service.versions.timeline import shared as shared_timeline

router = APIRouter(tags=["assessment"])
REFORM_HELP = ("the id of a shipped reform (GET /reforms) to assess under; or post {\"profile\": …, "
               "\"reform\": REFORM} as the body")
RECORD_HELP = ("record the decision with its provenance (needs an API key; reviewer keys always record); "
               "the answer then carries record_id, see GET /assessments/{id}")


def assessor(s: ServiceState) -> Assessor:
    return s.get("assessor", lambda: Assessor.load(kg=s.kg))


def timeline(s: ServiceState) -> Timeline:
    """The versions of the measures with an Assessor per version and reform (the measures' is ``assessor``)."""
    return shared_timeline(s)


def warm(s: ServiceState) -> None:
    assessor(s)
    timeline(s)
    revocation_checker(s)


def profile_error(e: ProfileError) -> HTTPException:
    return HTTPException(422, detail={"field": e.field, "message": e.message, "detail": f"{e.field}: {e.message}"})


_PROFILE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/EnterpriseProfile"}},
            "application/ld+json": {"schema": {"type": "object"}},
            "text/turtle": {"schema": {"type": "string"}},
        },
    }
}


@router.post("/assess", openapi_extra=_PROFILE_BODY,
             summary="Assess an enterprise profile against the basic and advanced conditions",
             responses={422: {"description": "Invalid profile: the field is named"}})
async def assess(request: Request, s: StateDep, caller: CallerDep, level: Literal["basic", "advanced"] | None = None,
                 explain: Annotated[bool, Query(description="include the cited units' texts")] = True,
                 record: Annotated[bool, Query(description=RECORD_HELP)] = False,
                 reform: Annotated[str | None, Query(description=REFORM_HELP)] = None) -> JSONResponse:
    recorded = routes_records.must_record(caller, record)
    try:
        chosen, body = reform_from_request(await request.body(), request.headers.get("content-type"), s, reform)
    except InputError as e:
        return JSONResponse(ErrorBody.from_error(e).model_dump(), status_code=e.status_code)
    try:
        profile = parse_body(body, request.headers.get("content-type", "application/json"))
    except ProfileError as e:
        raise profile_error(e) from e
    # the version in force on the profile's as_of (under the reform, if any) is applied and named
    runner = _UnderReform(timeline(s), chosen)
    if recorded:
        result = await run_in_threadpool(routes_records.record_assessment, s, caller, runner, profile, level,
                                         explain)
    else:
        result = runner.assess(profile, level, explain=explain)
    # the result is plain JSON already: serialised directly, without FastAPI's generic encoder
    # walking its ~30 kB (a sixth of an assessment's time over HTTP)
    return JSONResponse(result)


class _UnderReform:
    """What record_assessment calls ``assessor``: the timeline's assessment under one reform."""

    def __init__(self, t: Timeline, reform: Reform | None):
        self.timeline, self.reform = t, reform

    def assess(self, profile: dict, level: str | None = None, *, explain: bool = True) -> dict:
        return self.timeline.assess(profile, level, explain=explain, reform=self.reform)


def reform_from_request(body: bytes, content_type: str | None, s: ServiceState,
                        reform_id: str | None) -> tuple[Reform | None, bytes]:
    """``?reform=<id>`` of a shipped reform, or a JSON body ``{"profile": …, "reform": REFORM}``:
    the reform (checked against the parameters) and the profile's bytes."""
    t = timeline(s)
    chosen = usecases.reform_by_id(t, reform_id) if reform_id else None
    ctype = (content_type or "application/json").split(";")[0].strip().lower()
    if ctype == "application/json" and body.lstrip().startswith(b"{") and b'"profile"' in body:
        try:
            obj = json.loads(body)
        except ValueError:
            obj = None
        # an EnterpriseProfile has an "id"; the wrapper has "profile" and no "id"
        if isinstance(obj, dict) and "profile" in obj and "id" not in obj:
            if obj.get("reform") is not None:
                if chosen is not None:
                    raise InputError("reform", "give the reform in the query or in the body, not both")
                chosen = Reform.parse(obj["reform"], "reform")
            body = json.dumps(obj["profile"], ensure_ascii=False).encode()
    if chosen is not None:
        chosen.apply(t.versions.latest().parameters)
    return chosen, body


@router.get("/contexts/profile.jsonld", summary="The JSON-LD context that maps profiles to RDF")
def profile_context() -> JSONResponse:
    return JSONResponse(context(), media_type="application/ld+json")


@router.get("/schemas/enterprise-profile.schema.json", summary="The EnterpriseProfile JSON Schema")
def profile_schema() -> dict:
    return schema()


def openapi_components() -> dict:
    """Schemas this module's routes refer to, for the OpenAPI document."""
    return {"EnterpriseProfile": {k: v for k, v in schema().items() if not k.startswith("$")}}


def revocation_checker(s: ServiceState) -> RevocationChecker:
    return s.get("revocation", lambda: RevocationChecker.load(kg=s.kg))


@router.post("/revocation-check", summary="Which art_12 causes apply to a recognised factory")
def revocation_check(request: RevocationRequest, s: StateDep, caller: CallerDep,
                     record: Annotated[bool, Query(description=RECORD_HELP)] = False) -> dict:
    if routes_records.must_record(caller, record):
        return routes_records.record_revocation(s, caller, revocation_checker(s), request, assessor(s).rules_version)
    return revocation_checker(s).check(request)
