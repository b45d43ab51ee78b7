"""The guided interview: one question at a time (``Service.interview``, as ``POST /interview``), a box for
stating facts in words, the facts read shown with their words so they can be corrected, and the result,
printable and recordable with an API key, as the assessment's.

Works without JavaScript: every step is a form posted back; the state (facts, unknown fields, the words
each fact was read from) travels in a hidden field and is checked again by the use case on every step.
"""
from __future__ import annotations

import json
from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.responses import HTMLResponse

from kg_service.assessment.levels import LEVELS, level_or_none
from kg_service.errors import InputError
from kg_service.service import ServiceError
from kg_service.web import i18n
from kg_service.web.deps import LangDep, ServiceDep
from kg_service.web.pages_trace import KEY_COOKIE
from kg_service.web.render import page, ui

router = APIRouter()
FORM_ID = "interview-form"
MAX_STATE = 64 * 1024  # the hidden state: a profile is small
RECORD_ROWS = 3  # empty rows offered for a list of records (incidents, violations)
YES, NO = "true", "false"


class Unreadable(ValueError):
    pass


def _state(data: FormData) -> dict:
    raw = str(data.get("state") or "")
    if len(raw) > MAX_STATE:
        raise InputError("state", "the interview's state is too large")
    try:
        state = json.loads(raw) if raw else {}
    except ValueError as e:
        raise InputError("state", "the interview's state is not readable") from e
    if not isinstance(state, dict):
        raise InputError("state", "the interview's state is not readable")
    return {"facts": state.get("facts") or {}, "unknown": list(state.get("unknown") or []),
            "spans": dict(state.get("spans") or {})}


def _answer(data: FormData, q: dict) -> Any:
    """The value the form gives for question ``q`` (Unreadable: nothing usable was given)."""
    kind = q["kind"]
    if kind == "list" and q.get("item"):
        if data.get("records") == "none":
            return []
        rows = []
        columns = {i["field"]: data.getlist(f"item.{i['field']}") for i in q["item"]}
        for n in range(max((len(v) for v in columns.values()), default=0)):
            row = {k: str(v[n]).strip() for k, v in columns.items() if n < len(v) and str(v[n]).strip()}
            if row:
                rows.append(row)
        if not rows:
            raise Unreadable("records")
        return rows
    if kind == "list":
        if data.get("records") == "none":
            return []
        values = [str(v) for v in data.getlist("value") if str(v)]
        if not values and data.get("listed") != "1":
            raise Unreadable("value")
        return values
    text = str(data.get("value") or "").strip()
    if not text:
        raise Unreadable("value")
    if kind == "boolean":
        if text in (YES, NO):
            return text == YES
        raise Unreadable("value")
    if kind in ("number", "integer"):
        try:
            v = float(text.rstrip("%％").replace(",", ""))
        except ValueError as e:
            raise Unreadable("value") from e
        if kind == "integer" and not v.is_integer():
            raise Unreadable("value")
        return int(v) if v.is_integer() else v
    if kind == "date":
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError as e:
            raise Unreadable("value") from e
    return text


def _set(facts: dict, path: str, value: Any) -> dict:
    out = json.loads(json.dumps(facts))
    *parents, leaf = path.split(".")
    node = out
    for p in parents:
        node = node.setdefault(p, {})
    node[leaf] = value
    return out


def _forget(state: dict, path: str) -> None:
    """A fact taken back: it will be asked again (or read again from new words)."""
    *parents, leaf = path.split(".")
    node = state["facts"]
    for p in parents:
        node = node.get(p) if isinstance(node, dict) else None
    if isinstance(node, dict):
        node.pop(leaf, None)
    state["unknown"] = [u for u in state["unknown"] if u != path]
    state["spans"].pop(path, None)


def _leaves(d: dict, prefix: str = ""):
    for k, v in d.items():
        if isinstance(v, dict) and v:
            yield from _leaves(v, f"{prefix}{k}.")
        else:
            yield f"{prefix}{k}", v


def _shown(v: Any, lang: str, values: dict) -> str:
    if v is True:
        return "是" if lang == "zh" else "yes"
    if v is False:
        return "否" if lang == "zh" else "no"
    if isinstance(v, list):
        if not v:
            return "无" if lang == "zh" else "none"
        if all(isinstance(x, str) for x in v):
            return ("、" if lang == "zh" else ", ").join((values.get(x) or {}).get(lang, x) for x in v)
        return "; ".join(" ".join(str((values.get(x) or {}).get(lang, x)) for x in item.values())
                         for item in v if isinstance(item, dict))
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _render(request: Request, s, lang: i18n.Lang, level: str, as_of: str, state: dict, step: dict | None, *,
            error: dict | None = None, recorded: str | None = None, posted: bool = False,
            remember: bool = False, unread: list[str] | None = None, status: int | None = None) -> HTMLResponse:
    labels = s.profile_fields().labels
    values = s.profile_fields().values
    facts = [{"path": p, "label": (labels.get(p) or {}).get(lang, p), "value": _shown(v, lang, values),
              "words": state["spans"].get(p)} for p, v in _leaves(state["facts"])]
    unknown = [{"path": p, "label": (labels.get(p) or {}).get(lang, p)} for p in state["unknown"]]
    return page(request, "interview.html", lang=lang, section="interview",
                status=status or (422 if error else 200),
                title={"zh": "引导式自评", "en": "Guided interview"}[lang], switch_form=FORM_ID if posted else None,
                remember=remember, form_id=FORM_ID, levels=LEVELS, level=level, as_of=as_of, step=step,
                state_json=json.dumps(state, ensure_ascii=False), facts=facts, unknown=unknown, error=error,
                recorded=recorded, rows=range(RECORD_ROWS), unread=unread or [],
                has_key=bool(request.cookies.get(KEY_COOKIE)))


def _step(s, level: str, as_of: str, state: dict, say: str | None = None) -> dict:
    body = {"facts": state["facts"], "unknown": state["unknown"], "level": level,
            **({"as_of": as_of} if as_of else {}), **({"say": say} if say else {})}
    return s.interview(body)


@router.get("/interview")
async def interview_page(request: Request, s: ServiceDep, lang: LangDep, level: str = "basic") -> HTMLResponse:
    level = level_or_none(level) or "basic"
    state = {"facts": {}, "unknown": [], "spans": {}}
    step = await run_in_threadpool(_step, s, level, "", state)
    return _render(request, s, lang, level, "", state, step)


@router.post("/interview")
async def interview_submit(request: Request, s: ServiceDep) -> HTMLResponse:
    data = await request.form()
    lang = i18n.choose(request, str(data.get("lang") or ""))
    remember = bool(i18n.requested(request, str(data.get("lang") or "")))
    level = level_or_none(str(data.get("level") or "")) or "basic"
    as_of = str(data.get("as_of") or "").strip()
    action = str(data.get("action") or "")
    recorded = None
    typed_key = str(data.get("key") or "").strip()  # a key typed beside the result: kept as the records pages keep it
    try:
        state = {"facts": {}, "unknown": [], "spans": {}} if action == "restart" else _state(data)
        say = str(data.get("say") or "").strip() if action == "say" else None
        field = str(data.get("field") or "")
        if action.startswith("forget:"):
            _forget(state, action.split(":", 1)[1])
        elif action == "unknown" and field:
            state["unknown"] = [*state["unknown"], field]
        elif action == "answer" and field:
            q = (await run_in_threadpool(_step, s, level, as_of, state))["next"]
            if q and q["field"] == field:
                try:
                    state["facts"] = _set(state["facts"], field, _answer(data, q))
                    state["spans"].pop(field, None)
                except Unreadable as e:
                    raise InputError(field, {"zh": "请先回答这个问题，或选择“不知道”",
                                             "en": "answer the question, or choose “we do not know”"}[lang]) from e
        step = await run_in_threadpool(_step, s, level, as_of, state, say)
        if say:
            state["facts"], state["unknown"] = step["facts"], step["unknown"]
            state["spans"].update(step["spans"])
        if action == "record" and step["done"]:
            recorded = await _record(request, s, level, as_of, state, typed_key)
    except InputError as e:
        # the value refused is not kept: the page asks the same question again (from the state as it was
        # posted, or from the start if that is unreadable), saying why
        try:
            kept = _state(data)
            step = await run_in_threadpool(_step, s, level, as_of, kept)
        except InputError:
            kept = {"facts": {}, "unknown": [], "spans": {}}
            step = await run_in_threadpool(_step, s, level, "", kept)
        return _render(request, s, lang, level, as_of, kept, step, posted=True, remember=remember,
                       error={"field": e.field, "message": e.message})
    except ServiceError as e:
        return _render(request, s, lang, level, as_of, state, step, posted=True, remember=remember,
                       error={"field": "record", "message": e.message}, status=e.status_code)
    response = _render(request, s, lang, level, as_of, state, step, posted=True, remember=remember,
                       recorded=recorded, unread=step["unread"] if say else None)
    if recorded and typed_key:
        response.set_cookie(KEY_COOKIE, typed_key, httponly=True, samesite="strict", path=ui(),
                            secure=request.url.scheme == "https")
    return response


async def _record(request: Request, s, level: str, as_of: str, state: dict, typed: str = "") -> str:
    """The interview's result recorded under the key typed beside it, or else the one kept in the cookie
    (as the records pages keep it)."""
    from kg_service.service import NotAuthenticated

    token = typed or (request.cookies.get(KEY_COOKIE) or "").strip()
    key = (s.known_key(token) or await run_in_threadpool(s.verify_key, token)) if token else None
    if key is None:
        raise NotAuthenticated("recording needs a valid API key (a reviewer's or the enterprise's)")
    profile = {"id": "interview", **state["facts"], **({"as_of": as_of} if as_of else {})}
    profile = s.read_profile(json.dumps(profile, ensure_ascii=False).encode("utf-8"))
    result = await run_in_threadpool(s.assess_and_record, key, profile, level, explain=False)
    return result["record_id"]
