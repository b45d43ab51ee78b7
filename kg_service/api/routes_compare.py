"""GET /compare: Beijing's measures against the national MIIT scheme and Jiangsu, point by point.

The levels and schemes that may be asked for are data (comparison profiles in the ontology), so
they are checked against the graph, and an unknown one is a 422 naming the field, in the same
shape as every other validation error of the service.
"""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.exceptions import RequestValidationError
from fastapi.responses import PlainTextResponse

from kg_service.api.deps import state
from kg_service.api.state import ServiceState
from kg_service.comparison.models import ComparisonOut
from kg_service.comparison.render import markdown
from kg_service.comparison.table import DEFAULT_LEVEL, DEFAULT_SCHEMES, Comparator, UnknownOptionError

router = APIRouter(tags=["comparison"])

State = Annotated[ServiceState, Depends(state)]

_SCHEMES = Query(",".join(DEFAULT_SCHEMES), examples=["beijing,miit,jiangsu"],
                 description="Comma-separated schemes: beijing, miit, jiangsu. Beijing is always included, "
                             "as every relation is Beijing's relation to another scheme.")
_LEVEL = Query(DEFAULT_LEVEL, examples=["advanced"],
               description="The Beijing level compared: basic (with the national basic level) or advanced "
                           "(with the national and Jiangsu advanced levels). The national excellent level is "
                           "shown as a reference column on the rows about the link to it (and on maturity).")


def _comparator(s: ServiceState) -> Comparator:
    return s.get("comparison", lambda: Comparator(s.kg, s.articles))


def _compare(s: ServiceState, level: str, schemes: str) -> ComparisonOut:
    try:
        return _comparator(s).compare(level, schemes)
    except UnknownOptionError as e:
        # handled by the app's validation handler: 422 with {"field": "query.level", ...}
        raise RequestValidationError([{"loc": ("query", e.field), "msg": e.message, "type": "value_error",
                                       "input": e.value}]) from e


@router.get("/compare", response_model=ComparisonOut,
            summary="Beijing against the national and peer schemes, one row per comparison point",
            responses={422: {"description": "Unknown level or scheme (the error names the field)"}})
def compare(s: State, schemes: str = _SCHEMES, level: str = _LEVEL) -> ComparisonOut:
    return _compare(s, level, schemes)


@router.get("/compare/markdown", response_class=PlainTextResponse,
            summary="The same comparison as a Markdown briefing (title, one table, notes)",
            responses={200: {"content": {"text/markdown": {}}}, 422: {"description": "Unknown level or scheme"}})
def compare_markdown(s: State, schemes: str = _SCHEMES, level: str = _LEVEL,
                     lang: Literal["both", "zh", "en"] = Query("both", description="Language of the text"),
                     ) -> PlainTextResponse:
    return PlainTextResponse(markdown(_compare(s, level, schemes), lang), media_type="text/markdown; charset=utf-8")


def warm(s: ServiceState) -> None:
    """Run the comparison queries once, so the first request does not parse them."""
    comparator = _comparator(s)
    for level in comparator.levels():
        comparator.compare(level)
