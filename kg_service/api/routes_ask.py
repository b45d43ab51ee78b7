"""GET /ask and POST /ask: policy questions in Chinese or English, answered with citations."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from kg_service.api.deps import ServiceDep
from kg_service.errors import ErrorBody, InputError
from kg_service.questions.limits import MAX_GET_CHARS
from kg_service.questions.models import QUESTION, AskIn, AskOut, IsoDate

router = APIRouter(tags=["questions"])
REFORM_HELP = ("the id of a shipped reform (GET /reforms): a case the question states is decided under it, as "
               "POST /assess?reform= decides a profile")
ERRORS = {422: {"model": ErrorBody, "description": "Empty or overlong question, k out of range, or an unknown reform"}}


@router.get("/ask", response_model=AskOut, summary="Ask a policy question (Chinese or English)",
            responses=ERRORS)
def ask(s: ServiceDep,
        q: Annotated[str, Query(min_length=1, max_length=MAX_GET_CHARS, pattern=QUESTION,
                                description="the question, Chinese or English",
                                examples=["电子信息产业的生产设备联网率要求是多少？"])],
        k: Annotated[int, Query(ge=1, le=20, description="how many citations")] = 5,
        as_of: Annotated[IsoDate, Query(description="date for relative answers (default: today)")] = None,
        reform: Annotated[str | None, Query(max_length=128, description=REFORM_HELP)] = None,
        ) -> dict:
    if not q.strip():
        raise InputError("query.q", "the question is empty")
    return s.ask(q, k, as_of=as_of, reform=reform)


@router.post("/ask", response_model=AskOut, summary="Ask a long policy question (JSON body)",
             responses=ERRORS)
def ask_post(body: AskIn, s: ServiceDep) -> dict:
    return s.ask(body.q, body.k, as_of=body.as_of, reform=body.reform)
