"""The web interface's routes: ``/`` redirects to ``/ui``; the pages live under ``/ui``.

Added to the app by ``install`` (``kg_service.server``); the pages ask the application layer
(``kg_service.service``) through ``Depends``, never the API's routes. Each section of the
interface is a small module with its own router; this one gathers them and serves the home page
and the two static files.
"""
from __future__ import annotations

import re
from types import ModuleType

from fastapi import APIRouter, FastAPI, Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from kg_service.service import Service
from kg_service.web import (
    pages_ask,
    pages_assess,
    pages_batch,
    pages_compare,
    pages_interview,
    pages_measures,
    pages_reform,
    pages_trace,
)
from kg_service.web.deps import LangDep, ServiceDep
from kg_service.web.render import PREFIX, STATIC_DIR, page, ui

_STATIC_NAME = re.compile(r"^[a-z0-9_-]+\.(css|js)$")
_MEDIA = {"css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8"}

router = APIRouter(include_in_schema=False)


SECTIONS: tuple[ModuleType, ...] = (pages_measures, pages_assess, pages_interview, pages_ask, pages_compare,
                                    pages_trace, pages_batch, pages_reform)


@router.get("/")
def root() -> RedirectResponse:
    return RedirectResponse(ui(), status_code=307)


@router.get(PREFIX)
def home(request: Request, s: ServiceDep, lang: LangDep) -> HTMLResponse:
    return page(request, "home.html", lang=lang, section="home", title="", document=pages_measures.document(s),
                units=s.unit_count())


@router.get(PREFIX + "/")
def home_slash() -> RedirectResponse:
    return RedirectResponse(ui(), status_code=307)


@router.get(PREFIX + "/static/{name}")
def static(name: str) -> Response:
    path = STATIC_DIR / name
    if not _STATIC_NAME.match(name) or not path.is_file():
        return Response("not found", status_code=404, media_type="text/plain")
    return FileResponse(path, media_type=_MEDIA[name.rsplit(".", 1)[1]],
                        headers={"Cache-Control": "public, max-age=300"})


for _section in SECTIONS:
    router.include_router(_section.router, prefix=PREFIX)


def warm(s: Service) -> None:
    for section in SECTIONS:
        if hasattr(section, "warm"):
            section.warm(s)


def install(app: FastAPI) -> None:
    app.include_router(router)
