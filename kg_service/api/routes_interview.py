"""POST /interview: one step of the guided interview (contract: "Interview")."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from kg_service import input_limits
from kg_service.api.deps import ServiceDep
from kg_service.api.responses import FastJSONResponse
from kg_service.assessment.levels import LEVELS
from kg_service.assessment.profile import schema
from kg_service.interview.guide import schema_paths
from kg_service.interview.models import MAX_SAY_CHARS, MAX_UNKNOWN, InterviewOut

router = APIRouter(tags=["interview"])


def body_schema() -> dict:
    """The request as JSON Schema: ``facts`` a partial EnterpriseProfile (its id optional), ``unknown`` the
    profile's field paths (what InterviewIn checks, stated for clients and the OpenAPI document)."""
    profile = {k: v for k, v in schema().items() if not k.startswith("$") and k != "required"}
    return {"type": "object", "additionalProperties": False, "required": ["level"], "properties": {
        "facts": profile,
        "unknown": {"type": "array", "maxItems": MAX_UNKNOWN,
                    "items": {"enum": list(schema_paths(schema()["properties"]))}},
        "level": {"enum": list(LEVELS)},
        "as_of": {"type": "string", "format": "date"},
        "say": {"type": "string", "maxLength": MAX_SAY_CHARS}}}


_BODY = {"requestBody": {"required": True, "content": {"application/json": {
    "schema": body_schema(),
    "example": {"facts": {"annual_revenue_10k_cny": 3000}, "unknown": ["above_designated_size"],
                "level": "advanced", "say": "我们是做锂电池的，联网率66%"}}}}}


@router.post("/interview", openapi_extra=_BODY, response_model=InterviewOut,
             summary="The verdict so far and the next question that can decide it",
             responses={422: {"description": "A bad body: the field is named (facts.<path>, unknown.N, level, …)"}})
async def interview(request: Request, s: ServiceDep) -> JSONResponse:
    body = input_limits.loads(await request.body())  # an InputError (422) naming what is wrong
    # reading words and deciding are blocking work: off the event loop
    return FastJSONResponse(await run_in_threadpool(s.interview, body))
