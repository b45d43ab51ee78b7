"""GET /ask and POST /ask: policy questions in Chinese or English, answered with citations."""
from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, BeforeValidator, Field, field_validator

from kg_service.api.deps import ServiceDep
from kg_service.errors import InputError
from kg_service.questions.limits import MAX_GET_CHARS, MAX_POST_CHARS

router = APIRouter(tags=["questions"])


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


class AskIn(BaseModel):
    q: str = Field(min_length=1, max_length=MAX_POST_CHARS, pattern=QUESTION,
                   description="the question, Chinese or English")
    k: int = Field(5, ge=1, le=20, description="how many citations")
    as_of: IsoDate = Field(None, description="the date relative answers speak for (default: today)")

    @field_validator("q")
    @classmethod
    def not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("the question is empty")
        return v


@router.get("/ask", response_model=AskOut, summary="Ask a policy question (Chinese or English)",
            responses={422: {"description": "Empty or overlong question, or k out of range"}})
def ask(s: ServiceDep,
        q: Annotated[str, Query(min_length=1, max_length=MAX_GET_CHARS, pattern=QUESTION,
                                description="the question, Chinese or English",
                                examples=["电子信息产业的生产设备联网率要求是多少？"])],
        k: Annotated[int, Query(ge=1, le=20, description="how many citations")] = 5,
        as_of: Annotated[IsoDate, Query(description="date for relative answers (default: today)")] = None,
        ) -> dict:
    if not q.strip():
        raise InputError("query.q", "the question is empty")
    return s.ask(q, k, as_of=as_of)


@router.post("/ask", response_model=AskOut, summary="Ask a long policy question (JSON body)",
             responses={422: {"description": "Empty or overlong question, or k out of range"}})
def ask_post(body: AskIn, s: ServiceDep) -> dict:
    return s.ask(body.q, body.k, as_of=body.as_of)
