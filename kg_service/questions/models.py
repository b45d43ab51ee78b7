"""What a policy question takes and answers, the same in every face: the HTTP API (``GET``/``POST /ask``)
and the tools for assistants (``sfkg mcp``) build their inputs and document their answers from these."""
from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, Field, field_validator

from kg_service.questions.limits import MAX_POST_CHARS


class Citation(BaseModel):
    eid: str = Field(examples=["att_2-1__row_3"], description="the unit's eId (contract eids.md)")
    title: str = Field(description="the unit's title in the question's language")
    text: str = Field(description="the unit's text in the question's language")
    score: float = Field(description="relevance in [0, 1]: 1.0 for units that state an exact answer from the graph, "
                                     "else the fused retrieval score relative to a unit every ranker put first")
    see_also: bool = Field(False, description="true when the measures do not state what was asked and this is only "
                                              "the nearest unit to read")


class Structured(BaseModel):
    intent: str = Field(examples=["threshold"])
    answer: str
    units: list[str] = Field(description="the units that state the answer")
    facts: dict[str, Any] = Field(description="the answer as data (values, dates, IRIs of the concepts)")


class AskOut(BaseModel):
    question: str
    answer: str
    citations: list[Citation] = Field(description="best first; empty when the measures do not address the question")
    language: Literal["zh", "en"]
    structured: Structured | None = Field(description="the exact answer from the knowledge graph, if it has one")
    addressed: bool = Field(True, description="false when the measures do not address, or do not state, what was "
                                              "asked; citations are then at most 'see also'")
    facts: dict[str, Any] | None = Field(None, description="what the question stated about the asker's case, as read "
                                                           "(a partial profile or revocation events), and what the "
                                                           "rules decided for it: check and correct it")


def _iso_date(v: Any) -> Any:
    """Dates as YYYY-MM-DD text only: pydantic would also take a number (a Unix time) for a date."""
    if v is None or isinstance(v, date):
        return v
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        raise ValueError("a date is written YYYY-MM-DD")
    return v


IsoDate = Annotated[date | None, BeforeValidator(_iso_date)]
# a question has a character that is not a space: stated in the schema, so that it tells the truth
QUESTION = r"\S"
# a long question (a POST body, a tool's argument): its bounds, its help
Question = Annotated[str, Field(min_length=1, max_length=MAX_POST_CHARS, pattern=QUESTION,
                                description="the question, Chinese or English")]
CitationCount = Annotated[int, Field(ge=1, le=20, description="how many citations")]
AsOf = Annotated[IsoDate, Field(description="the date relative answers speak for (default: today)")]


def question_not_blank(v: str) -> str:
    """A question with something in it (the pattern says so too; this says it in words)."""
    if not v.strip():
        raise ValueError("the question is empty")
    return v


ReformId = Annotated[str | None, Field(max_length=128, description="the id of a shipped reform (GET /reforms): a case "
                                                                    "the question states is decided under it")]


class AskIn(BaseModel):
    q: Question
    k: CitationCount = 5
    as_of: AsOf = None
    reform: ReformId = None

    @field_validator("q")
    @classmethod
    def not_blank(cls, v: str) -> str:
        return question_not_blank(v)
