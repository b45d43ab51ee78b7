"""The interview's request and answer (contract: "Interview"), shared by every face."""
from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kg_service.assessment.levels import Level
from kg_service.errors import InputError

MAX_SAY_CHARS = 4000  # as a question posted to /ask (kg_service.questions.limits.MAX_POST_CHARS)
MAX_UNKNOWN = 200
MAX_FIELD_CHARS = 200

Status = Literal["met", "not_met", "unknown"]
Verdict = Literal["eligible", "not_eligible", "undetermined"]
Kind = Literal["boolean", "number", "integer", "date", "enum", "list", "text"]


class Texts(BaseModel):
    zh: str
    en: str


class InterviewIn(BaseModel):
    """The facts so far, the fields the enterprise does not know, the level, and optionally words to read."""
    model_config = ConfigDict(extra="forbid")

    facts: dict[str, Any] = Field(default_factory=dict, description="a partial EnterpriseProfile (id optional)")
    unknown: list[str] = Field(default_factory=list, max_length=MAX_UNKNOWN,
                               description="field paths the enterprise does not know (never asked again)")
    level: Level
    as_of: dt.date | None = Field(None, description="the date the assessment speaks for (default today)")
    say: str | None = Field(None, max_length=MAX_SAY_CHARS,
                            description="words in Chinese or English, read like a question's facts and merged")

    @classmethod
    def parse(cls, body: Any) -> InterviewIn:
        """The request, or an InputError naming the first offending field."""
        if isinstance(body, InterviewIn):
            return body
        if not isinstance(body, dict):
            raise InputError("(body)", "an interview request is a JSON object {facts, unknown, level, as_of?, say?}")
        try:
            return cls.model_validate(body)
        except ValidationError as e:
            err = e.errors()[0]
            where = ".".join(str(p) for p in err["loc"]) or "(body)"
            raise InputError(where[:MAX_FIELD_CHARS], err["msg"]) from e


class Decided(BaseModel):
    condition: str
    articles: list[str]
    status: Status
    label: Texts | None = None


class Why(BaseModel):
    condition: str
    articles: list[str] = Field(description="the eIds of the condition the answer decides")
    text: Texts


class ItemField(BaseModel):
    field: str
    kind: Kind
    choices: list[str] = Field(default_factory=list)
    labels: dict[str, Texts] = Field(default_factory=dict)
    required: bool = False


class Question(BaseModel):
    field: str = Field(description="the field path to set in facts (a list field whole) or to add to unknown")
    kind: Kind
    choices: list[str] = Field(default_factory=list, description="for enum and list: the values to choose from")
    labels: dict[str, Texts] = Field(default_factory=dict, description="each choice's label")
    item: list[ItemField] = Field(default_factory=list, description="for a list of records: each record's fields")
    unit: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    label: Texts
    question: Texts
    why: Why


class InterviewOut(BaseModel):
    facts: dict[str, Any] = Field(description="the facts with what `say` stated merged in")
    spans: dict[str, str] = Field(description="field path → the words of `say` it was read from")
    unread: list[str] = Field(description="words of `say` that state something not bound to one field")
    unknown: list[str]
    level: Level
    as_of: str
    verdict: Verdict
    decided: list[Decided]
    done: bool
    remaining: int = Field(description="how many fields could still be asked (an upper bound)")
    next: Question | None
    notice: Texts | None = Field(None, description="when no version of the measures is in force on as_of")
