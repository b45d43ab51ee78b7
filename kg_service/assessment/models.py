"""The schema of an assessment's answer and of a revocation check's, as pydantic models.

``Assessor.assess`` and ``RevocationChecker.check`` return plain JSON dicts (the hot path serialises
them directly: building models per profile would cost more than the budget allows); these models
are the schema of those dicts, published as the 200 answers in ``/openapi.json`` and used for typed
reads (records). Field names are the contract's. ``extra="forbid"``: a key the models do not declare
is an error, and a test validates real answers against them, so the schema cannot drift from the
code. Optional top-level fields (``measures``, ``notice``, ``reform``, ``record_id``) appear only
when they apply.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from kg_service.assessment.levels import Level

Status = Literal["met", "not_met", "unknown"]
EngineName = Literal["compiled", "pyshacl"]  # the engine that decides (kg_service.assessment.engine.ENGINES)
Verdict = Literal["eligible", "not_eligible", "undetermined"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Texts(Strict):
    """A text in Chinese and English (either may be empty where the rules say nothing)."""
    zh: str
    en: str


class Citation(Strict):
    eid: str = Field(examples=["art_5__item_7"], description="the unit's eId (contract eids.md)")
    title: Texts
    text: Texts = Field(description="the unit's text as the rules had it when decided")
    iri: str | None = Field(None, description="the unit in the version of the measures applied (ELI expression)")


class Required(Strict):
    zh: str
    en: str
    thresholds: dict[str, float] | None = Field(
        None, description="threshold conditions: the industry's thresholds by indicator (null: no row applies)")
    minimum_met: int | None = Field(None, description="threshold conditions: how many indicators must reach them")


class IndicatorGap(Strict):
    indicator: str
    observed: float | None
    threshold: float | None
    met: bool | None = Field(description="null: the value or the threshold is not known")
    gap: float | None = Field(description="how far below the threshold (0 when met)")


class WindowRecord(Strict):
    """An incident or violation inside the look-back window, and the day it leaves it."""
    date: dt.date
    outside_window_from: dt.date
    kind: str | None = None
    grade: str | None = None
    description: str | None = None


class Missing(Strict):
    """What would change one failing part of a condition."""
    fields: list[str] = Field(description="the profile's fields this part reads (dotted paths)")
    status: Literal["not_met", "unknown"]
    zh: str
    en: str
    indicators: list[IndicatorGap] | None = Field(None, description="nearest gaps first")
    records: list[WindowRecord] | None = None


class ConditionResult(Strict):
    id: str = Field(examples=["maturity_level"])
    status: Status
    articles: list[str] = Field(description="eIds of the units the condition rests on, in document order")
    message: Texts
    observed: dict[str, Any] = Field(description="the profile's values this condition read")
    required: Required
    label: Texts
    missing: list[Missing] | None = Field(None, description="present unless met")
    citations: list[Citation] | None = Field(None, description="present with explain=true")


class LevelResult(Strict):
    level: Level
    verdict: Verdict
    conditions: list[ConditionResult]


class MeasuresVersion(Strict):
    version: str
    iri: str
    in_force_from: dt.date | None = None
    in_force_to: dt.date | None = None


class ReformRef(Strict):
    id: str
    label: Texts


class ShaclResult(Strict):
    """One validation result of pySHACL (sh:ValidationResult), as IRIs and lexical forms."""
    sourceShape: str  # noqa: N815 (SHACL's own names)
    sourceConstraintComponent: str  # noqa: N815
    focusNode: str | None  # noqa: N815
    value: str | None


class ShaclReport(Strict):
    """What pySHACL, the W3C reference engine, reported for the profile (``engine=pyshacl``)."""
    engine: Literal["pyshacl"]
    version: str
    conforms: bool
    results: list[ShaclResult]


class AssessmentResult(Strict):
    """The answer of ``POST /assess`` (and ``sfkg assess --json``)."""
    profile_id: str
    as_of: dt.date
    rules_version: str = Field(description="hash of the corpus, ontology and shapes the decision used")
    results: list[LevelResult]
    measures: MeasuresVersion | None = Field(None, description="the version of the measures applied")
    notice: Texts | None = Field(None, description="a note on the date assessed for (e.g. outside the measures)")
    reform: ReformRef | None = Field(None, description="the reform applied, if any")
    record_id: str | None = Field(None, description="present when the decision was recorded")
    shacl: ShaclReport | None = Field(None, description="with engine=pyshacl: the reference engine's own results")


class CauseResult(Strict):
    cause: str = Field(description="the eId of the art_12 item")
    status: Literal["applies", "unknown", "obligation", "does_not_apply"]
    articles: list[str]
    message: Texts
    citations: list[Citation]


class RevocationResult(Strict):
    """The answer of ``POST /revocation-check``."""
    factory_id: str | None
    level: Level
    recognised_on: dt.date
    as_of: dt.date
    verdict: Literal["revoke", "undetermined", "retain"]
    causes: list[CauseResult]
    obligations: list[CauseResult]
    record_id: str | None = Field(None, description="present when the check was recorded")


__all__ = [
    "AssessmentResult",
    "CauseResult",
    "Citation",
    "ConditionResult",
    "EngineName",
    "IndicatorGap",
    "LevelResult",
    "MeasuresVersion",
    "Missing",
    "ReformRef",
    "Required",
    "RevocationResult",
    "ShaclReport",
    "ShaclResult",
    "Texts",
    "WindowRecord",
]
