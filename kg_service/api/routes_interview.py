"""POST /interview: one step of the guided interview (contract: "Interview")."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from kg_service import input_limits
from kg_service.api.deps import ServiceDep
from kg_service.interview.models import InterviewIn, InterviewOut

router = APIRouter(tags=["interview"])

_BODY = {"requestBody": {"required": True, "content": {"application/json": {
    "schema": InterviewIn.model_json_schema(ref_template="#/components/schemas/{model}"),
    "example": {"facts": {"annual_revenue_10k_cny": 3000}, "unknown": ["above_designated_size"],
                "level": "advanced", "say": "我们是做锂电池的，联网率66%"}}}}}


@router.post("/interview", openapi_extra=_BODY, response_model=InterviewOut,
             summary="The verdict so far and the next question that can decide it",
             responses={422: {"description": "A bad body: the field is named (facts.<path>, unknown.N, level, …)"}})
async def interview(request: Request, s: ServiceDep) -> JSONResponse:
    body = input_limits.loads(await request.body())  # an InputError (422) naming what is wrong
    # reading words and deciding are blocking work: off the event loop
    return JSONResponse(await run_in_threadpool(s.interview, body))
