"""POST /assess, POST /revocation-check, GET /contexts/profile.jsonld."""
from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute

from kg_service.api.auth import CallerDep
from kg_service.api.deps import ServiceDep
from kg_service.api.responses import FastJSONResponse
from kg_service.assessment.levels import Level
from kg_service.assessment.models import AssessmentResult, EngineName, RevocationResult
from kg_service.assessment.profile import context, schema
from kg_service.assessment.revocation import RevocationRequest
from kg_service.records.keys import ApiKey
from kg_service.service import Service

router = APIRouter(tags=["assessment"])
IDEMPOTENCY_HELP = ("with record=true: a key of the client's choosing (a UUID) that makes a retry of this request "
                    "return the first record (same record_id) instead of recording it again")
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", description=IDEMPOTENCY_HELP)]
REFORM_HELP = ("the id of a shipped reform (GET /reforms) to assess under; or post {\"profile\": …, "
               "\"reform\": REFORM} as the body")
ENGINE_HELP = ("the engine that decides: the shapes compiled (default), or pySHACL, the W3C reference they are held "
               "equal to; with pyshacl the answer also carries pySHACL's validation results (shacl)")
RECORD_HELP = ("record the decision with its provenance (needs an API key; reviewer keys always record); "
               "the answer then carries record_id, see GET /assessments/{id}")


# a larger profile (incidents by the hundred) is read off the event loop, whose other requests must not wait
_ON_LOOP_MAX_BYTES = 16 * 1024

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


class _AssessRoute(APIRoute):
    """POST /assess as declared (its parameters, their validation and their OpenAPI document are
    FastAPI's), answered without FastAPI's per-request solving when there is nothing to solve: no query
    string and no API key, so every parameter takes its default and the caller is anonymous. That
    solving (six parameters, a header and two dependencies, each walked and validated on every request)
    cost ~0.06 ms, a sixth of a lone assessment over HTTP; any request with a query or a key (or an app
    with dependency overrides) goes the declared way, and both ways run ``_assess``
    (tests/test_assess_fast_path.py holds their answers equal)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        declared = super().get_route_handler()

        async def handler(request: Request) -> Response:
            scope = request.scope
            if scope["query_string"] or request.app.dependency_overrides or \
                    any(name in _KEY_HEADERS for name, _ in scope["headers"]):
                return await declared(request)
            # the defaults of assess()'s parameters, and the caller auth.caller finds without a key
            return await _assess(request, request.app.state.sfkg, None, level=None, explain=True, record=False,
                                 idempotency_key=None, reform=None, engine=None)

        return handler


_KEY_HEADERS = (b"authorization", b"x-api-key")  # what kg_service.api.auth.presented_key reads


async def assess(request: Request, s: ServiceDep, caller: CallerDep, level: Level | None = None,
                 explain: Annotated[bool, Query(description="include the cited units' texts")] = True,
                 record: Annotated[bool, Query(description=RECORD_HELP)] = False,
                 idempotency_key: IdempotencyKey = None,
                 reform: Annotated[str | None, Query(description=REFORM_HELP)] = None,
                 engine: Annotated[EngineName | None, Query(description=ENGINE_HELP)] = None,
                 ) -> JSONResponse:
    return await _assess(request, s, caller, level=level, explain=explain, record=record,
                         idempotency_key=idempotency_key, reform=reform, engine=engine)


# as @router.post (which takes no route class)
router.add_api_route("/assess", assess, methods=["POST"], route_class_override=_AssessRoute,
                     openapi_extra=_PROFILE_BODY,
                     summary="Assess an enterprise profile against the basic and advanced conditions",
                     # documented by the model, answered as the engine's plain JSON (see below)
                     responses={200: {"model": AssessmentResult,
                                      "description": "The verdict per level, each condition with its status, "
                                                     "articles and what is missing"},
                                422: {"description": "Invalid profile: the field is named"}})


async def _assess(request: Request, s: Service, caller: ApiKey | None, *, level: Level | None, explain: bool,
                  record: bool, idempotency_key: str | None, reform: str | None,
                  engine: EngineName | None) -> JSONResponse:
    recorded = s.must_record(caller, record)
    body = await request.body()
    ctype = request.headers.get("content-type")

    def decide() -> dict:
        # Input errors (the profile's, the reform's) are InputErrors: the app's one handler answers 422
        # naming the field. The version in force on the profile's as_of (under the reform, if any) is
        # applied and named.
        profile, chosen = s.read_assess_request(body, ctype, reform)
        if recorded:
            return s.assess_and_record(caller, profile, level, explain=explain, idempotency_key=idempotency_key,
                                       reform=chosen, engine=engine)
        return s.assess(profile, level, explain=explain, reform=chosen, engine=engine)

    if not recorded and engine in (None, "compiled") and len(body) <= _ON_LOOP_MAX_BYTES and \
            (ctype or "application/json").startswith("application/json"):
        # a JSON profile of a few kB is read in ~0.05 ms and decided in ~0.3 ms: a lone one is answered here,
        # on the event loop, sparing the hop to a worker thread and back (~0.2 ms, a fifth of the request);
        # while another decision runs, it goes the usual way (a thread, and a decider process under load)
        profile, chosen = s.read_assess_request(body, ctype, reform)
        result = s.assess_if_idle(profile, level, explain=explain, reform=chosen)
        if result is None:
            result = await run_in_threadpool(s.assess, profile, level, explain=explain, reform=chosen)
        return FastJSONResponse(result)
    # parsing (Turtle, JSON-LD), pySHACL and recording are blocking work: off the event loop, in one hop
    result = await run_in_threadpool(decide)
    # the result is plain JSON already: serialised directly by orjson, without FastAPI's generic encoder
    # walking its ~35 kB (a sixth of an assessment's time over HTTP) or json.dumps (another sixth)
    return FastJSONResponse(result)


@router.get("/contexts/profile.jsonld", summary="The JSON-LD context that maps profiles to RDF")
def profile_context() -> JSONResponse:
    return JSONResponse(context(), media_type="application/ld+json")


@router.get("/schemas/enterprise-profile.schema.json", summary="The EnterpriseProfile JSON Schema")
def profile_schema() -> dict:
    return schema()


def profile_schema_component() -> dict:
    """The EnterpriseProfile schema as an OpenAPI component (the body of POST /assess is read by hand)."""
    return {k: v for k, v in schema().items() if not k.startswith("$")}


@router.post("/revocation-check", summary="Which art_12 causes apply to a recognised factory",
             response_class=JSONResponse, responses={200: {"model": RevocationResult}})
def revocation_check(request: RevocationRequest, s: ServiceDep, caller: CallerDep,
                     record: Annotated[bool, Query(description=RECORD_HELP)] = False,
                     idempotency_key: IdempotencyKey = None) -> JSONResponse:
    if s.must_record(caller, record):
        return JSONResponse(s.check_revocation_and_record(caller, request, idempotency_key=idempotency_key))
    return JSONResponse(s.check_revocation(request))
