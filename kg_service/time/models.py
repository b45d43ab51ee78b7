"""What the reform routes take, the same in every face: a reform and a reform's impact on a population
(contract: Parameters, versions and reforms). The HTTP API (``POST /reforms/impact``) and the tools for
assistants (``sfkg mcp``) build their inputs from these."""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from kg_service.assessment.levels import Level


class Labels(BaseModel):
    zh: str
    en: str


class ReformIn(BaseModel):
    """A reform (contract): parameters by id (GET /parameters) with their new values."""
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, pattern=r"\S")
    label: Labels | None = None
    parameters: dict[str, Any] = Field(description="parameter id → value of the parameter's type (GET /parameters)")
    hypothetical: bool = False
    note: dict[str, str] | None = None


class ImpactIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reform: ReformIn
    profiles: list[dict[str, Any]] = Field(description="EnterpriseProfile objects; a bad one is named "
                                                       "profiles.<index>.<field>")
    level: Level | None = None
