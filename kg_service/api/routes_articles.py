"""GET /articles, /articles/{eid}: the measures' units."""
from __future__ import annotations

from fastapi import APIRouter

from kg_service.api.deps import ServiceDep
from kg_service.api.models import ArticleOut
from kg_service.service import NotFound

router = APIRouter(tags=["measures"])


# the cheap routes run on the event loop (async, nothing in them blocks: lookups in memory), not in the
# thread pool, whose hops wait for the GIL behind the costly routes under load (issue 19)
@router.get("/articles", summary="The tree of units (chapters, articles, items, annexes)")
async def article_tree(s: ServiceDep) -> dict:
    return {"document": s.document(), "units": s.article_tree()}


@router.get("/articles/{eid}", response_model=ArticleOut, summary="One unit by its eId",
            responses={404: {"description": "No unit has this eId"}})
async def article(eid: str, s: ServiceDep) -> dict:
    a = s.article(eid)
    if a is None:
        raise NotFound(f"no unit with eId '{eid}'")
    return a.as_dict()
