"""Reforms: change parameters of the rules, run them on an uploaded population or the shipped demo
population, and see what changes (verdict counts before and after as an inline SVG chart, and the
profiles whose verdict changes, with the conditions through which).

Uses the capabilities (kg_service.time, kg_service.time) over the service's Timeline;
nothing of kg_service.api."""
from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.datastructures import FormData, UploadFile
from starlette.responses import HTMLResponse

from kg_service import input_limits
from kg_service.assessment.levels import level_or_none
from kg_service.assessment.parameters import DECIMAL, INTEGER
from kg_service.errors import InputError
from kg_service.service import Service
from kg_service.time.reform import DEMO_POPULATION, Reform
from kg_service.web import i18n, terms
from kg_service.web.deps import ServiceDep
from kg_service.web.render import page

router = APIRouter()
MAX_UPLOAD = 8 * 1024 * 1024
VERDICTS = ("eligible", "not_eligible", "undetermined")


def _form_value(raw: str, kind: str):
    """A form field's text as the parameter's JSON value (the reform's checks then apply)."""
    raw = raw.strip()
    if kind == INTEGER:
        try:
            return int(raw)
        except ValueError:
            return raw  # rejected by the reform's check, naming the parameter
    if kind == DECIMAL:
        try:
            return float(raw)
        except ValueError:
            return raw
    return raw


def reform_from_form(data: FormData, s: Service) -> Reform:
    """The reform the form states: the parameters of the latest version whose value was changed."""
    changes = {}
    for p in s.parameters()["parameters"]:
        raw = str(data.get(f"p.{p['id']}") or "").strip()
        if raw and raw != str(p["value"]):
            changes[p["id"]] = _form_value(raw, p["type"])
    rid = str(data.get("reform_id") or "").strip() or "web-reform"
    label = str(data.get("reform_label") or "").strip() or rid
    return s.checked_reform(Reform.parse({"id": rid, "label": {"zh": label, "en": label}, "parameters": changes}))


async def population_from_form(data: FormData, s: Service) -> tuple[str, list]:
    upload = data.get("population_file")
    if isinstance(upload, UploadFile) and upload.filename:
        body = await upload.read(MAX_UPLOAD + 1)
        if len(body) > MAX_UPLOAD:
            raise InputError("population_file", f"the file is larger than {MAX_UPLOAD // 1024 // 1024} MiB")
        # depth, strings and numbers bounded before each parse (kg_service.input_limits)
        if upload.filename.endswith(".jsonl"):
            rows = [input_limits.loads(line, "population_file") for line in body.splitlines() if line.strip()]
        else:
            rows = input_limits.loads(body, "population_file")
        if isinstance(rows, dict):
            rows = rows.get("profiles", [])
        return upload.filename, rows
    return DEMO_POPULATION, s.demo_population()


def chart(summary: dict, lang: str) -> dict:
    """Bars for the SVG: per level and verdict, the count before and after (heights scaled to the largest)."""
    top = max([1] + [n for s in summary.values() for k in ("before", "after") for n in s[k].values()])
    bars = []
    x = 40
    for level, s in summary.items():
        for v in VERDICTS:
            for k in ("before", "after"):
                n = s[k].get(v, 0)
                h = round(160 * n / top)
                bars.append({"x": x, "y": 190 - h, "h": h, "n": n, "kind": k, "verdict": v, "level": level})
                x += 22
            x += 12
        x += 24
    return {"bars": bars, "width": x + 20}


def _render(request: Request, s: Service, lang: str, *, values: dict, status: int = 200,
            error: InputError | None = None, **context) -> HTMLResponse:
    """The page in ``lang``: conditions by their labels, verdicts in words, a parameter's value with its unit
    (an accident grade by the graph's label), an error with the parameter's label."""
    latest = s.versions()["versions"][-1]
    parameters = s.parameters()["parameters"]
    grades = s.profile_fields().values
    labels = {f"reform.parameters.{p['id']}": p["label"] for p in parameters}
    return page(request, "reform.html", lang=lang, status=status, section="reform",
                title=i18n.Translator(lang)("改革情景", "Reform scenarios"), switch_form="reform-form",
                parameters=parameters, values=values, shipped=s.reforms()["reforms"],
                measures=latest, verdicts=VERDICTS, error=error,
                error_said=terms.message(error.field, error.message, lang, labels) if error else None,
                condition_labels=s.condition_labels(),
                verdict_words={v: terms.VERDICTS[v][lang] for v in VERDICTS},
                param_value=lambda p, v: terms.unit_value(v, p.get("unit"), lang,
                                                          grades if p.get("unit") == "grade" else None),
                **context)


@router.get("/reforms")
def reform_form(request: Request, s: ServiceDep, preset: str | None = None) -> HTMLResponse:
    lang = i18n.choose(request)
    chosen = next((r for r in s.reforms()["reforms"] if r["id"] == preset), None) if preset else None
    values = dict(chosen["parameters"]) if chosen else {}
    return _render(request, s, lang, values=values, preset=chosen, result=None, source=None)


@router.post("/reforms")
async def reform_submit(request: Request, s: ServiceDep) -> HTMLResponse:
    data = await request.form()
    lang = i18n.choose(request, str(data.get("lang") or ""))
    values = {k[2:]: str(v) for k, v in data.items() if k.startswith("p.") and str(v).strip()}
    try:
        reform = reform_from_form(data, s)
        source, profiles = await population_from_form(data, s)
        result = s.impact_of(reform, profiles, level_or_none(str(data.get("level") or "")))
    except InputError as e:
        return _render(request, s, lang, values=values, status=422, preset=None, result=None, error=e, source=None)
    return _render(request, s, lang, values=values, preset=None, result=result, source=source,
                   bars=chart(result["summary"], lang))
