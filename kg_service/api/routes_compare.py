"""GET /compare: Beijing's measures against the national MIIT scheme and Jiangsu, point by point.

The levels and schemes that may be asked for are data (comparison profiles in the ontology), so
they are checked against the graph, and an unknown one is a 422 naming the field, in the same
shape as every other validation error of the service.
"""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query
from fastapi.responses import PlainTextResponse

from kg_service.api.deps import ServiceDep
from kg_service.comparison.models import ComparisonOut
from kg_service.comparison.render import markdown
from kg_service.comparison.table import DEFAULT_LEVEL, DEFAULT_SCHEMES, UnknownOptionError
from kg_service.errors import InputError
from kg_service.service import Service

router = APIRouter(tags=["comparison"])

State = ServiceDep

_SCHEMES = Query(",".join(DEFAULT_SCHEMES), examples=["beijing,miit,jiangsu"],
                 description="Comma-separated schemes: beijing, miit, jiangsu. Beijing is always included, "
                             "as every relation is Beijing's relation to another scheme.")
_LEVEL = Query(DEFAULT_LEVEL, examples=["advanced"],
               description="The Beijing level compared: basic (with the national basic level) or advanced "
                           "(with the national and Jiangsu advanced levels). The national excellent level is "
                           "shown as a reference column on the rows about the link to it (and on maturity).")


def _compare(s: Service, level: str, schemes: str) -> ComparisonOut:
    try:
        return s.compare(level, schemes)
    except UnknownOptionError as e:
        # the capability names its option (level); over HTTP it is a query parameter (query.level)
        raise InputError(f"query.{e.field}", e.message) from e


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
