"""A recorded decision and its trace, as pydantic models: the answer it was, plus who, when, on
what rules and from what input.

``RecordStore`` writes a decision only if it validates as the answer model (``AssessmentResult``,
``RevocationResult``), and what it reads back validates as these models (tests check both); the
documented 200 answers of ``GET /assessments/{id}`` and ``GET /revocation-checks/{id}``.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import Field

from kg_service.assessment.levels import Level
from kg_service.assessment.models import AssessmentResult, RevocationResult, Strict


class Who(Strict):
    key_id: str
    role: Literal["enterprise", "reviewer", "admin"]
    scope: str | None = Field(description="an enterprise key's credit code")


class When(Strict):
    started: dt.datetime
    ended: dt.datetime
    recorded: dt.datetime = Field(description="when the record was written whole (its completion marker)")


class TraceBase(Strict):
    record_id: str
    who: Who
    owner: str | None = Field(description="the enterprise the record belongs to (credit code)")
    when: When
    rules_version: str | None


class AssessmentRequest(Strict):
    level: Level | None = None
    explain: bool | None = None


class AssessmentTrace(TraceBase):
    kind: Literal["assessment"]
    profile: dict[str, Any] | None = Field(description="the input profile (EnterpriseProfile), read back from RDF")
    request: AssessmentRequest = Field(description="the query parameters of the call")


class RevocationTrace(TraceBase):
    kind: Literal["revocation_check"]
    request: dict[str, Any] | None = Field(description="the revocation request, read back from RDF")


class AssessmentRecord(AssessmentResult):
    """``GET /assessments/{id}``: exactly the answer that was returned, with its trace."""
    record_id: str
    trace: AssessmentTrace


class RevocationRecord(RevocationResult):
    """``GET /revocation-checks/{id}``: exactly the answer that was returned, with its trace."""
    record_id: str
    trace: RevocationTrace


class RecordSummary(Strict):
    record_id: str
    kind: Literal["assessment", "revocation_check"]
    profile_id: str | None = None
    factory_id: str | None = None
    owner: str | None
    who: dict[str, str]
    recorded_at: str
    rules_version: str | None


class RecordList(Strict):
    records: list[RecordSummary]
    limit: int
    offset: int


__all__ = ["AssessmentRecord", "AssessmentTrace", "RecordList", "RecordSummary", "RevocationRecord",
           "RevocationTrace", "When", "Who"]
