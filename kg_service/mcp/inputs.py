"""The tools' arguments: built from the models the HTTP API validates with (the capabilities' models,
``kg_service.questions.models``, ``kg_service.time.models``, ``kg_service.interview.models``, the
EnterpriseProfile schema), so a tool accepts and refuses what the matching route does."""
from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from kg_service.assessment.levels import Level
from kg_service.industry import CODE_PATTERN
from kg_service.questions.models import AsOf, CitationCount, Question, ReformId, question_not_blank
from kg_service.time.models import ReformIn


class Args(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AssessArgs(Args):
    profile: dict[str, Any] = Field(description="one EnterpriseProfile (the contract's schema), as POST /assess takes")
    level: Level | None = Field(None, description="one level only (default: both)")
    as_of: AsOf = Field(None, description="the date the assessment speaks for (YYYY-MM-DD); overrides the "
                                          "profile's own as_of")
    reform: str | ReformIn | None = Field(None, description="assess under a reform: the id of a shipped one "
                                                            "(tool versions/parameters name them) or a reform object")


class AskArgs(Args):
    question: Question
    k: CitationCount = 5
    as_of: AsOf = None
    reform: ReformId = None

    @field_validator("question")
    @classmethod
    def not_blank(cls, v: str) -> str:
        return question_not_blank(v)


class ArticleArgs(Args):
    eid: str = Field(min_length=1, max_length=200, examples=["art_5__item_7"],
                     description="the unit's eId (contract eids.md), e.g. art_5__item_7, att_2-1__row_3")


class ThresholdsArgs(Args):
    industry: Annotated[str, Field(pattern=CODE_PATTERN.pattern, examples=["C3911"],
                                   description="GB/T 4754-2017 code, e.g. C39, C391, C3911")]


class CompareArgs(Args):
    schemes: str | list[str] = Field("beijing,miit,jiangsu", examples=["beijing,miit"],
                                     description="schemes compared: beijing, miit, jiangsu (comma-separated or a "
                                                 "list); Beijing is always included")
    level: str = Field("advanced", description="the Beijing level compared: basic or advanced")


class ParametersArgs(Args):
    version: str | None = Field(None, description="a version id (tool versions); default: the latest")
    reform: str | None = Field(None, description="the id of a shipped reform, to see its values")


class NoArgs(Args):
    pass


def profile_schema() -> dict:
    """The EnterpriseProfile JSON Schema, to stand in a tool's input schema (no $schema, no $id)."""
    from kg_service.assessment.published import schema

    return {k: v for k, v in schema().items() if not k.startswith("$")}


def input_schema(model: type[BaseModel]) -> dict:
    """A tool's input schema: the model's JSON Schema, with the EnterpriseProfile schema where a profile goes."""
    schema = model.model_json_schema()
    props = schema.get("properties", {})
    if model is AssessArgs:
        props["profile"] = {**profile_schema(), "description": props["profile"]["description"]}
    elif "profiles" in props and props["profiles"].get("type") == "array":
        props["profiles"] = {**props["profiles"], "items": profile_schema()}
    return schema
