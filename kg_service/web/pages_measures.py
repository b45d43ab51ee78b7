"""The measures: the tree of units, one page per unit by eId, and the two annex tables."""
from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from kg_service.service import Service
from kg_service.web import measures
from kg_service.web.deps import LangDep, ServiceDep, error_page
from kg_service.web.render import page

router = APIRouter()


def thresholds(s: Service) -> dict:
    return s.get("web.thresholds", lambda: measures.threshold_table(s))


def kpis(s: Service) -> dict:
    return s.get("web.kpis", lambda: measures.kpi_table(s))


def document(s: Service) -> dict:
    return s.get("web.document", lambda: measures.document(s))


@router.get("/articles")
def tree(request: Request, s: ServiceDep, lang: LangDep) -> HTMLResponse:
    return page(request, "articles.html", lang=lang, section="articles",
                title={"zh": "办法条文", "en": "The measures"}[lang],
                tree=s.article_tree(), document=document(s))


@router.get("/articles/{eid}")
def article(eid: str, request: Request, s: ServiceDep, lang: LangDep) -> HTMLResponse:
    unit, where = s.article(eid), s.article_place(eid)
    if unit is None or where is None:
        return error_page(request, lang, 404, {"zh": "未找到该条款", "en": "No such unit"},
                          {"zh": f"没有 eId 为“{eid}”的条款。", "en": f"No unit has the eId '{eid}'."},
                          section="articles")
    children = [c for e in unit.children if (c := s.article(e))]
    show_thresholds = where.within(unit, measures.THRESHOLD_TABLE)
    show_kpis = where.within(unit, measures.KPI_TABLE)
    return page(request, "article.html", lang=lang, section="articles", title=unit.title[lang] or eid,
                unit=unit, place=where, children=children,
                thresholds=thresholds(s) if show_thresholds else None,
                kpis=kpis(s) if show_kpis else None)


@router.get("/tables")
def tables(request: Request, s: ServiceDep, lang: LangDep) -> HTMLResponse:
    return page(request, "tables.html", lang=lang, section="articles",
                title={"zh": "指标参考表", "en": "Reference tables"}[lang],
                thresholds=thresholds(s), kpis=kpis(s), unit=None)


def warm(s: Service) -> None:
    thresholds(s)
    kpis(s)
    document(s)
