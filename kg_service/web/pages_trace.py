"""Decision traces for reviewers: a recorded assessment by id, as it was decided and on what rules.

A reviewer gives an API key once; it is kept in an HttpOnly, SameSite=Strict cookie scoped to
``/ui`` and presented to the records capability exactly as the API's ``Authorization`` header would
be: the key store verifies it and the application layer (``Service.read_record``, as for
``GET /assessments/{id}``) decides what it may read (reviewer and admin
keys everything, an enterprise key its own records). Without a valid key the page says so (401),
and with a key that may not read the record it says so (403), showing nothing of the record.
"""
from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from kg_service.errors import ErrorBody, ErrorItem
from kg_service.records.keys import ApiKey
from kg_service.service import ASSESSMENT, Service, ServiceError
from kg_service.web import form, i18n, measures
from kg_service.web import result as view
from kg_service.web.deps import LangDep, ServiceDep
from kg_service.web.pages_assess import choices, form_source, groups, in_words
from kg_service.web.pages_measures import thresholds
from kg_service.web.render import page, ui

router = APIRouter()
KEY_COOKIE = "sfkg_key"
LIST_LIMIT = 20

_HEADINGS = {
    401: {"zh": "需要有效的 API 密钥", "en": "A valid API key is needed"},
    403: {"zh": "无权查看该记录", "en": "Not allowed to read this record"},
    404: {"zh": "未找到该记录", "en": "No such record"},
    503: {"zh": "记录库暂不可用", "en": "The record store is not available"},
}
_MESSAGES = {
    "none": {"zh": "查看已记录的评估需要评审人员（或该企业自己的）API 密钥。请在下方输入。",
             "en": "Reading a recorded assessment needs a reviewer's API key (or the enterprise's own). "
                   "Enter it below."},
    "invalid": {"zh": "所保存的 API 密钥无效或已被吊销。请输入新的密钥。",
                "en": "The API key stored is not valid or has been revoked. Enter another one."},
    403: {"zh": "此密钥不能查看该记录：企业密钥只能查看本企业的记录。",
          "en": "This key may not read this record: an enterprise key reads its own enterprise's records only."},
    404: {"zh": "没有这个编号的评估记录。", "en": "No assessment is recorded under this id."},
}


async def _key(request: Request, s: Service) -> tuple[str, ApiKey | None]:
    """The key kept in the cookie (``""`` if none) and what it verifies as (None: not valid)."""
    token = (request.cookies.get(KEY_COOKIE) or "").strip()
    if not token:
        return "", None
    return token, s.known_key(token) or await run_in_threadpool(s.verify_key, token)


def _denied(request: Request, lang: i18n.Lang, status: int, message: dict[str, str], *, record_id: str = "",
            key: ApiKey | None = None) -> HTMLResponse:
    return page(request, "records.html", lang=lang, section="trace", status=status,
                title=_HEADINGS[status][lang], heading=_HEADINGS[status], message=message, key=key,
                record_id=record_id, listed=None, has_cookie=bool(request.cookies.get(KEY_COOKIE)))


@router.get("/records")
async def records_home(request: Request, s: ServiceDep, lang: LangDep, id: str = "") -> Response:
    if id.strip():
        return RedirectResponse(ui(f"/records/{quote(id.strip(), safe='')}"), status_code=303)
    token, key = await _key(request, s)
    listed = None
    if key is not None:
        try:
            owner = None if key.can_read_all else key.scope
            listed = await run_in_threadpool(s.list_records, key, ASSESSMENT, owner=owner, limit=LIST_LIMIT)
        except ServiceError:
            listed = None
    return page(request, "records.html", lang=lang, section="trace",
                title={"zh": "决策追溯", "en": "Decision trace"}[lang], heading=None, message={"zh": "", "en": ""},
                key=key, record_id="", listed=listed,
                has_cookie=bool(token), invalid=bool(token) and key is None)


@router.post("/records/key")
async def save_key(request: Request, s: ServiceDep, lang: LangDep, key: Annotated[str, Form()] = "",
                   next: Annotated[str, Form()] = "") -> Response:
    token = key.strip()
    verified = await run_in_threadpool(s.verify_key, token) if token else None
    if verified is None:
        return _denied(request, lang, 401, _MESSAGES["invalid" if token else "none"], record_id=next)
    target = ui(f"/records/{quote(next.strip(), safe='')}") if next.strip() else ui("/records")
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(KEY_COOKIE, token, httponly=True, samesite="strict", path=ui(),
                        secure=request.url.scheme == "https")
    return response


@router.post("/records/key/forget")
def forget_key() -> Response:
    response = RedirectResponse(ui("/records"), status_code=303)
    response.delete_cookie(KEY_COOKIE, path=ui())
    return response


async def _record(request: Request, s: Service, record_id: str) -> tuple[dict | None, int, dict[str, str]]:
    """The record the cookie's key may read, or (None, status, what to say)."""
    token, key = await _key(request, s)
    if key is None:
        return None, 401, _MESSAGES["invalid" if token else "none"]
    try:
        # the API's own rule (GET /assessments/{id}): 404 unknown, 403 another enterprise's
        return await run_in_threadpool(s.read_record, key, record_id, ASSESSMENT), 200, {}
    except ServiceError as e:
        status = e.status_code if e.status_code in _HEADINGS else 503
        return None, status, _MESSAGES.get(status) or {"zh": e.message, "en": e.message}


@router.get("/records/{record_id}.json")
async def record_json(record_id: str, request: Request, s: ServiceDep) -> Response:
    """The record as ``GET /assessments/{id}`` returns it, for the key in the cookie."""
    record, status, message = await _record(request, s, record_id)
    if record is None:
        body = ErrorBody.of([ErrorItem(field="(request)", message=message["en"], type=f"http_{status}")])
        return JSONResponse(body.model_dump(), status_code=status)
    return JSONResponse(record, headers={"Content-Disposition": f'attachment; filename="record-{record_id}.json"'})


@router.get("/records/{record_id}")
async def record_page(record_id: str, request: Request, s: ServiceDep, lang: LangDep) -> HTMLResponse:
    record, status, message = await _record(request, s, record_id)
    if record is None:
        return _denied(request, lang, status, message, record_id=record_id)
    gs = groups(s)
    return page(request, "record.html", lang=lang, section="trace", title=record_id, record=record,
                trace=record.get("trace", {}), cited=_cited_as_recorded(record, s),
                current_rules=s.rules_version(), field_labels=form.field_labels(gs, form_source(s)),
                in_words=in_words(s, lang, form.field_labels(gs, form_source(s))),
                required_text=view.required_text,
                indicator_labels=measures.indicator_labels(thresholds(s)), choices=choices(s))


def _cited_as_recorded(record: dict, s: Service) -> list[dict]:
    """Each unit the decision cites, once, with its text as recorded and whether it reads so today."""
    seen: dict[str, dict] = {}
    for res in record.get("results", []):
        for cond in res.get("conditions", []):
            for c in cond.get("citations", []):
                if c["eid"] in seen:
                    continue
                now = s.article(c["eid"])
                seen[c["eid"]] = {**c, "changed": now is not None and now.text.get("zh") != c["text"].get("zh")}
    return list(seen.values())
