"""GET /thresholds, /kpis: reference facts from the annexes."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from kg_service.api.deps import ServiceDep
from kg_service.errors import ErrorBody
from kg_service.industry import CODE_PATTERN, IndustryCode

router = APIRouter(tags=["measures"])


@router.get("/thresholds", summary="The att_2-1 thresholds for an industry",
            responses={404: {"model": ErrorBody, "description": "No thresholds for this industry"}})
def thresholds(s: ServiceDep, industry: Annotated[str, Query(
        pattern=CODE_PATTERN.pattern, examples=["C3911"], description="GB/T 4754-2017 code, e.g. C39, C391, C3911")]
               ) -> dict:
    # NoThresholds, UnknownIndustry: 404 in the one error body (a ReferenceNotFound is an InputError)
    return s.thresholds(IndustryCode.parse(industry, field="query.industry"))


@router.get("/kpis", summary="The att_3 KPI catalogue, by category")
def kpis(s: ServiceDep) -> dict:
    return {"scheme": "att_3", "categories": s.kpis()}
