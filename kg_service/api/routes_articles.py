"""GET /articles, /articles/{eid}: the measures' units."""
from __future__ import annotations

from fastapi import APIRouter

from kg_service.api.deps import ServiceDep
from kg_service.api.models import ArticleOut
from kg_service.service import NotFound

router = APIRouter(tags=["measures"])


@router.get("/articles", summary="The tree of units (chapters, articles, items, annexes)")
def article_tree(s: ServiceDep) -> dict:
    return {"document": s.document(), "units": s.article_tree()}


@router.get("/articles/{eid}", response_model=ArticleOut, summary="One unit by its eId",
            responses={404: {"description": "No unit has this eId"}})
def article(eid: str, s: ServiceDep) -> dict:
    a = s.article(eid)
    if a is None:
        raise NotFound(f"no unit with eId '{eid}'")
    return a.as_dict()
