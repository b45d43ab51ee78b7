"""POST /assess, POST /revocation-check, GET /contexts/profile.jsonld."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Header, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from kg_service.api import routes_records
from kg_service.api.auth import CallerDep
from kg_service.api.deps import StateDep
from kg_service.api.state import ServiceState
from kg_service.assessment.engine import Assessor
from kg_service.assessment.profile import ProfileError, context, parse_body, schema
from kg_service.assessment.revocation import RevocationChecker, RevocationRequest

router = APIRouter(tags=["assessment"])
IDEMPOTENCY_HELP = ("with record=true: a key of the client's choosing (a UUID) that makes a retry of this request "
                    "return the first record (same record_id) instead of recording it again")
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", description=IDEMPOTENCY_HELP)]
RECORD_HELP = ("record the decision with its provenance (needs an API key; reviewer keys always record); "
               "the answer then carries record_id, see GET /assessments/{id}")


def assessor(s: ServiceState) -> Assessor:
    return s.get("assessor", lambda: Assessor.load(kg=s.kg))


def warm(s: ServiceState) -> None:
    assessor(s)
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
                 idempotency_key: IdempotencyKey = None) -> JSONResponse:
    recorded = routes_records.must_record(caller, record)
    body = await request.body()
    try:  # parsing (Turtle, JSON-LD) and SHACL are blocking work: off the event loop
        profile = await run_in_threadpool(parse_body, body, request.headers.get("content-type", "application/json"))
    except ProfileError as e:
        raise profile_error(e) from e
    if recorded:
        result = await run_in_threadpool(routes_records.record_assessment, s, caller, assessor(s), profile, level,
                                         explain, idempotency_key)
    else:
        result = await run_in_threadpool(assessor(s).assess, profile, level, explain=explain)
    # the result is plain JSON already: serialised directly, without FastAPI's generic encoder
    # walking its ~30 kB (a sixth of an assessment's time over HTTP)
    return JSONResponse(result)


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
                     record: Annotated[bool, Query(description=RECORD_HELP)] = False,
                     idempotency_key: IdempotencyKey = None) -> dict:
    if routes_records.must_record(caller, record):
        return routes_records.record_revocation(s, caller, revocation_checker(s), request, assessor(s).rules_version,
                                                idempotency_key)
    return revocation_checker(s).check(request)
