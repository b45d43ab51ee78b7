"""GET /ask and POST /ask: policy questions in Chinese or English, answered with citations."""
from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, BeforeValidator, Field, field_validator

from kg_service.api.deps import StateDep
from kg_service.api.state import ServiceState
from kg_service.questions.index import QuestionIndex

router = APIRouter(tags=["questions"])

# A question, not a document: GET keeps URLs short; POST takes long questions (with context).
MAX_GET_CHARS = 500
MAX_POST_CHARS = 4000


class Citation(BaseModel):
    eid: str = Field(examples=["att_2-1__row_3"], description="the unit's eId (contract eids.md)")
    title: str = Field(description="the unit's title in the question's language")
    text: str = Field(description="the unit's text in the question's language")
    score: float = Field(description="relevance in [0, 1]: 1.0 for units that state an exact answer from the graph, "
                                     "else the fused retrieval score relative to a unit every ranker put first")


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


def engine(s: ServiceState) -> QuestionIndex:
    return s.get("questions", lambda: QuestionIndex(s.kg, s.articles, background=True))


def warm(s: ServiceState) -> None:
    """Build the lexical index and structured answers before the service reports healthy; the
    embedding model loads in the background (its libraries take most of a cold start), and
    questions are answered lexically until it is ready."""
    engine(s)


def ready(s: ServiceState) -> None:
    """Once every capability is warm: load the embedding model without slowing the start."""
    engine(s).start_loading()


def status(s: ServiceState) -> dict:
    return {"questions": {"dense": engine(s).dense_state}}


@router.get("/ask", response_model=AskOut, summary="Ask a policy question (Chinese or English)",
            responses={422: {"description": "Empty or overlong question, or k out of range"}})
def ask(s: StateDep,
        q: Annotated[str, Query(min_length=1, max_length=MAX_GET_CHARS, pattern=QUESTION,
                                description="the question, Chinese or English",
                                examples=["电子信息产业的生产设备联网率要求是多少？"])],
        k: Annotated[int, Query(ge=1, le=20, description="how many citations")] = 5,
        as_of: Annotated[IsoDate, Query(description="date for relative answers (default: today)")] = None,
        ) -> dict:
    if not q.strip():
        # the same shape as every other validation error, naming the field
        raise RequestValidationError([{"loc": ("query", "q"), "msg": "the question is empty", "type": "value_error"}])
    return engine(s).answer(q, k, as_of=as_of)


@router.post("/ask", response_model=AskOut, summary="Ask a long policy question (JSON body)",
             responses={422: {"description": "Empty or overlong question, or k out of range"}})
def ask_post(body: AskIn, s: StateDep) -> dict:
    return engine(s).answer(body.q, body.k, as_of=body.as_of)
