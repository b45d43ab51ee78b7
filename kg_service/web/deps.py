"""Dependencies of the pages: the application layer, the language of the request, and a page for an error."""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from starlette.responses import HTMLResponse

from kg_service.service import Service
from kg_service.web import i18n
from kg_service.web.render import page


def service(request: Request) -> Service:
    return request.app.state.sfkg


ServiceDep = Annotated[Service, Depends(service)]


def language(request: Request) -> i18n.Lang:
    return i18n.choose(request)


LangDep = Annotated[i18n.Lang, Depends(language)]


def error_page(request: Request, lang: i18n.Lang, status: int, heading: dict[str, str],
               message: dict[str, str] | str, **context) -> HTMLResponse:
    """A page saying what went wrong, with the HTTP status it stands for (404, 401, 403, 503)."""
    return page(request, "error.html", lang=lang, status=status, title=heading[lang], heading=heading,
                message=message, **context)
