"""GET /thresholds, /kpis: reference facts from the annexes."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool

from kg_service.api.deps import ServiceDep
from kg_service.errors import ErrorBody
from kg_service.industry import CODE_PATTERN, IndustryCode

router = APIRouter(tags=["measures"])


@router.get("/thresholds", summary="The att_2-1 thresholds for an industry",
            responses={404: {"model": ErrorBody, "description": "No thresholds for this industry"}})
async def thresholds(s: ServiceDep, industry: Annotated[str, Query(
        pattern=CODE_PATTERN.pattern, examples=["C3911"], description="GB/T 4754-2017 code, e.g. C39, C391, C3911")]
               ) -> dict:
    # NoThresholds, UnknownIndustry: 404 in the one error body (a ReferenceNotFound is an InputError).
    # A kept answer on the event loop (a cheap route, issue 19); the first for a code in the thread pool
    code = IndustryCode.parse(industry, field="query.industry")
    kept = s.kept_thresholds(code)
    return kept if kept is not None else await run_in_threadpool(s.thresholds, code)


@router.get("/kpis", summary="The att_3 KPI catalogue, by category")
def kpis(s: ServiceDep) -> dict:
    return {"scheme": "att_3", "categories": s.kpis()}
