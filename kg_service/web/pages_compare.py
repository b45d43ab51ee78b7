"""Compare: Beijing's level against the national and Jiangsu schemes, with citations and sources.

The comparison is the application layer's (``Service.compare``, as for ``GET /compare``); this
module only numbers the sources for footnotes and renders the table.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import HTMLResponse

from kg_service.comparison import UnknownOptionError
from kg_service.comparison.models import ComparisonOut, SourceOut
from kg_service.comparison.render import title
from kg_service.comparison.table import DEFAULT_LEVEL, DEFAULT_SCHEMES
from kg_service.service import Service
from kg_service.web.deps import LangDep, ServiceDep, error_page
from kg_service.web.render import page

router = APIRouter()


def number_sources(comp: ComparisonOut) -> tuple[dict[str, str], list[tuple[str, SourceOut]]]:
    """Source id → its footnote label (S1, S2 … in order of first appearance), and the list."""
    labels: dict[str, str] = {}
    listed: list[tuple[str, SourceOut]] = []
    for row in comp.rows:
        for col in comp.columns:
            cell = row.values.get(col.key)
            for src in cell.sources if cell else []:
                if src.id not in labels:
                    labels[src.id] = f"S{len(labels) + 1}"
                    listed.append((labels[src.id], src))
    return labels, listed


def _options(s: Service) -> dict:
    options = s.comparison_options()
    return {"levels": options["levels"], "all_schemes": options["schemes"]}


@router.get("/compare")
def compare(request: Request, s: ServiceDep, lang: LangDep,
            level: Annotated[str, Query()] = DEFAULT_LEVEL,
            schemes: Annotated[list[str] | None, Query()] = None) -> HTMLResponse:
    chosen = [x for part in (schemes or []) for x in part.split(",") if x.strip()] or list(DEFAULT_SCHEMES)
    try:
        comp = s.compare(level, chosen)
    except UnknownOptionError as e:
        return error_page(request, lang, 422, {"zh": "无法对比", "en": "Cannot compare"},
                          f"{e.field}: {e.message}", section="compare")
    labels, sources = number_sources(comp)
    return page(request, "compare.html", lang=lang, section="compare", title=title(comp).zh if lang == "zh"
                else title(comp).en, comp=comp, **_options(s),
                source_labels=labels, sources=sources,
                relation_labels={r.key: r.label for r in comp.relations},
                base=next(c.key for c in comp.columns if c.role == "base"))
