"""Self-assessment: the profile form (or an uploaded file), the result, its JSON and its report.

The assessment is the application layer's (``Service.assess``, as for ``POST /assess``), the same
profile checks (``check_profile`` / ``parse_body``), the same arguments as ``POST /assess`` with its
defaults, so the JSON offered for download is the API's answer for that profile.
"""
from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.responses import HTMLResponse, JSONResponse

from kg_service.articles import Article
from kg_service.assessment.levels import level_or_none
from kg_service.assessment.profile import ProfileError, check_profile, parse_body
from kg_service.errors import ErrorBody
from kg_service.service import Service
from kg_service.web import form, i18n, measures, terms
from kg_service.web import result as view
from kg_service.web.deps import LangDep, ServiceDep
from kg_service.web.pages_measures import thresholds
from kg_service.web.render import page

router = APIRouter()
FORM_ID = "profile-form"
MAX_UPLOAD = 2 * 1024 * 1024
MEDIA_BY_SUFFIX = {".ttl": "text/turtle", ".jsonld": "application/ld+json"}


# The web's derived objects (the form's groups, its choices, the citations per group) are kept by
# the application layer (``Service.get``), built once per process and per version's rule words.

def form_source(s: Service) -> form.Source:
    """What the form is built from (``Service.profile_fields``: the profile schema, the ontology's
    labels of the context's properties and of the enumerated values, which conditions' shapes read
    which field) and the rules' words of the version in force (``Service.rule_words``)."""
    words = s.rule_words()

    def build() -> form.Source:
        f = s.profile_fields()
        return form.Source(f.schema, f.labels, f.reads, f.values, f.minimum_met, words)
    return s.get(f"web.form_source.{words.key()}", build)


def groups(s: Service) -> tuple[form.Group, ...]:
    source = form_source(s)
    return s.get(f"web.form.{source.words.key()}", lambda: form.groups(source))


def choices(s: Service) -> form.Choices:
    source = form_source(s)
    return s.get(f"web.form_choices.{source.words.key()}", lambda: form.choices(source))


def group_citations(s: Service) -> dict[str, list[Article]]:
    """Group key → the units its conditions cite (from the rules), in document order."""
    gs = groups(s)

    def build() -> dict[str, list[Article]]:
        cites = s.profile_fields().cites
        out = {}
        for g in gs:
            eids = dict.fromkeys(e for c in g.conditions for e in cites.get(c, ()))
            out[g.key] = sorted((a for e in eids if (a := s.article(e))), key=lambda a: a.order)
        return out
    return s.get("web.form_citations", build)


def _level(value: str) -> str | None:
    return level_or_none(value)


def _render(request: Request, s: Service, lang: i18n.Lang, state: form.FormState, *,
            result: dict | None = None, profile: dict | None = None, error: ProfileError | None = None,
            posted: bool = False, remember: bool = False) -> HTMLResponse:
    gs = groups(s)
    labels = form.field_labels(gs, form_source(s))
    # the error in the page's language: the field by its label, the message in words (kg_service.web.terms)
    said = terms.message(error.field, error.message, lang, labels) if error else None
    errors = {error.field: said["text"]} if error and said else {}
    return page(request, "assess.html", lang=lang, section="assess", status=422 if error else 200,
                title={"zh": "自评估", "en": "Self-assessment"}[lang],
                switch_form=FORM_ID if posted else None, form_id=FORM_ID, remember=remember,
                groups=gs, citations=group_citations(s), state=state, choices=choices(s), errors=errors,
                error=error, error_said=said, error_group=form.error_group(error.field, gs) if error else None,
                error_inline=bool(error) and error.field in {f.name for g in gs for f in g.fields} | {"profile_file"},
                result=result, missing=view.missing(result) if result else [], required_text=view.required_text,
                in_words=in_words(s, lang, labels),
                overview=view.overview(result) if result else [],
                profile_json=json.dumps(profile, ensure_ascii=False) if profile else "",
                field_labels=labels, indicator_labels=measures.indicator_labels(thresholds(s)))


def in_words(s: Service, lang: str, labels: dict) -> Any:
    """The engine's messages with field paths and codes by their labels (kg_service.web.result.in_words)."""
    c = choices(s)
    values = {**c.DOMAINS, **c.INCIDENT_GRADES, **c.INCIDENT_KINDS}
    return lambda text: view.in_words(text, lang, labels, values)


@router.get("/assess")
def assess_form(request: Request, s: ServiceDep, lang: LangDep) -> HTMLResponse:
    return _render(request, s, lang, form.blank())


async def _uploaded(data: FormData) -> dict | None:
    """The profile in an uploaded file, if one was sent (JSON, JSON-LD or Turtle)."""
    upload = data.get("profile_file")
    if not isinstance(upload, UploadFile) or not upload.filename:
        return None
    body = await upload.read(MAX_UPLOAD + 1)
    if len(body) > MAX_UPLOAD:
        raise ProfileError("profile_file", f"the file is larger than {MAX_UPLOAD // 1024 // 1024} MiB")
    if not body.strip():
        raise ProfileError("profile_file", "the file is empty")
    suffix = "." + upload.filename.rsplit(".", 1)[-1].lower() if "." in upload.filename else ""
    try:
        # parsing (Turtle, JSON-LD) is blocking work: off the event loop
        return await run_in_threadpool(parse_body, body, MEDIA_BY_SUFFIX.get(suffix, "application/json"))
    except ProfileError as e:
        # named on the file input, since the form's own fields were not what was sent
        raise ProfileError("profile_file", e.message if e.field.startswith("(") else f"{e.field}: {e.message}") from e


@router.post("/assess")
async def assess_submit(request: Request, s: ServiceDep) -> HTMLResponse:
    data = await request.form()
    lang = i18n.choose(request, str(data.get("lang") or ""))
    remember = bool(i18n.requested(request, str(data.get("lang") or "")))
    gs = groups(s)
    state = form.from_form(data, gs)
    action = str(data.get("action") or "assess")
    if action.startswith("add-") and action[4:] in ("incidents", "violations"):
        name = action[4:]  # without JavaScript: the same form with one more empty row
        state.lists[name] = "listed"
        state.extra_rows[name] = state.extra_rows.get(name, 0) + 1
        return _render(request, s, lang, state, posted=True, remember=remember)
    try:
        uploaded = await _uploaded(data)
        if uploaded is not None:
            state = form.from_profile(uploaded, gs)  # shown in the form, to look at and edit
            state.level = str(data.get("level") or "")
        profile = uploaded if uploaded is not None else check_profile(form.to_profile(state, gs))
    except ProfileError as e:
        return _render(request, s, lang, state, error=e, posted=True, remember=remember)
    result = await run_in_threadpool(s.assess, profile, _level(state.level), explain=True)
    return _render(request, s, lang, state, result=result, profile=profile, posted=True, remember=remember)


@router.post("/assess/result.json")
def assess_json(s: ServiceDep, profile_json: Annotated[str, Form()],
                level: Annotated[str, Form()] = "") -> JSONResponse:
    """The API's JSON for the profile shown, as a file (``POST /assess`` with the same level)."""
    try:
        profile = parse_body(profile_json.encode("utf-8"), "application/json")
    except ProfileError as e:
        return JSONResponse(ErrorBody.from_error(e).model_dump(), status_code=422)  # the API's one 422 body
    result: dict[str, Any] = s.assess(profile, _level(level), explain=True)
    name = "".join(c if c.isalnum() or c in "-_" else "_" for c in str(profile["id"]))[:80] or "profile"
    return JSONResponse(result, headers={"Content-Disposition": f'attachment; filename="assessment-{name}.json"'})


def warm(s: Service) -> None:
    group_citations(s)
