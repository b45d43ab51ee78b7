"""GET /docs: Swagger UI over ``/openapi.json``, from the assets the PyPI package ``swagger-ui-bundle-v2``
installs (module ``swagger_ui_bundle``), served by the service itself: no CDN, so the page works offline
and behind networks that block them. FastAPI's own ``/docs`` and ``/redoc`` (which load from a CDN) are
switched off in ``kg_service.server``.
"""
from __future__ import annotations

from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from starlette.responses import FileResponse, HTMLResponse, Response
from swagger_ui_bundle import swagger_ui_path

PREFIX = "/docs/assets"
# the three files the page loads, and their media types (nothing else of the bundle is served)
ASSETS = {
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
    "favicon-32x32.png": "image/png",
}

router = APIRouter(include_in_schema=False)


@router.get("/docs")
def docs() -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url="/openapi.json", title="sfkg API",
        swagger_js_url=f"{PREFIX}/swagger-ui-bundle.js", swagger_css_url=f"{PREFIX}/swagger-ui.css",
        swagger_favicon_url=f"{PREFIX}/favicon-32x32.png",
        # no call to the public validator (validator.swagger.io) either
        swagger_ui_parameters={"validatorUrl": None, "deepLinking": True, "tryItOutEnabled": False})


@router.get(PREFIX + "/{name}")
def asset(name: str) -> Response:
    if name not in ASSETS:
        return Response("not found", status_code=404, media_type="text/plain")
    return FileResponse(swagger_ui_path / name, media_type=ASSETS[name],
                        headers={"Cache-Control": "public, max-age=86400"})


def install(app: FastAPI) -> None:
    app.include_router(router)
