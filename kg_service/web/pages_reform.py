"""Reforms: change parameters of the rules, run them on an uploaded population or the shipped demo
population, and see what changes (verdict counts before and after as an inline SVG chart, and the
profiles whose verdict changes, with the conditions through which).

Uses the capabilities (kg_service.versions, kg_service.reforms) over the service's Timeline;
nothing of kg_service.api."""
from __future__ import annotations

import json
from pathlib import Path

from fastapi import APIRouter, Request
from starlette.datastructures import FormData, UploadFile
from starlette.responses import HTMLResponse

from kg_service.assessment.parameters import DECIMAL, INTEGER
from kg_service.errors import InputError
from kg_service.reforms import impact as impact_mod
from kg_service.reforms.reform import Reform, reforms_dir
from kg_service.versions.timeline import Timeline
from kg_service.web import i18n, terms
from kg_service.web.render import page

router = APIRouter()
MAX_UPLOAD = 8 * 1024 * 1024
DEMO = "demo-population.jsonl"
VERDICTS = ("eligible", "not_eligible", "undetermined")


def _timeline(request: Request) -> Timeline:
    return request.app.state.sfkg.timeline  # the service's (kg_service.service.Service.timeline)


def demo_population(t: Timeline) -> list[dict]:
    path: Path = reforms_dir(t.settings) / DEMO
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


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


def reform_from_form(data: FormData, t: Timeline) -> Reform:
    params = t.versions.latest().parameters
    changes = {}
    for pid, p in params.parameters.items():
        raw = str(data.get(f"p.{pid}") or "").strip()
        if raw and raw != str(p.as_json()["value"]):
            changes[pid] = _form_value(raw, p.kind)
    rid = str(data.get("reform_id") or "").strip() or "web-reform"
    label = str(data.get("reform_label") or "").strip() or rid
    reform = Reform.parse({"id": rid, "label": {"zh": label, "en": label}, "parameters": changes})
    reform.apply(params)
    return reform


async def population_from_form(data: FormData, t: Timeline) -> tuple[str, list]:
    upload = data.get("population_file")
    if isinstance(upload, UploadFile) and upload.filename:
        body = await upload.read(MAX_UPLOAD + 1)
        if len(body) > MAX_UPLOAD:
            raise InputError("population_file", f"the file is larger than {MAX_UPLOAD // 1024 // 1024} MiB")
        text = body.decode("utf-8", errors="replace")
        try:
            if upload.filename.endswith(".jsonl"):
                rows = [json.loads(line) for line in text.splitlines() if line.strip()]
            else:
                rows = json.loads(text)
        except ValueError as e:
            raise InputError("population_file", f"not JSON or JSON lines: {e}") from None
        if isinstance(rows, dict):
            rows = rows.get("profiles", [])
        return upload.filename, rows
    return DEMO, demo_population(t)


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


def _labels(request: Request) -> dict:
    """What the page says in words: conditions by their labels (from the rules), verdicts, accident grades
    (the graph's labels), a parameter's value with its unit."""
    s = request.app.state.sfkg
    rules = s.assessor.rules
    grades = s.get("web.grade_labels", lambda: {
        str(r["notation"]): label for r in s.kg.select("profile_choices")
        if str(r["class"]).endswith("AccidentGrade") and (label := s.kg.labels.get(str(r["item"])))})
    return {"condition_labels": {cid: c.label for cid, c in rules.conditions.items()},
            "verdict_words": {}, "grade_labels": grades}


def _render(request: Request, t: Timeline, lang: str, *, values: dict, status: int = 200,
            error: InputError | None = None, **context) -> HTMLResponse:
    latest = t.versions.latest()
    words = _labels(request)
    words["verdict_words"] = {v: terms.VERDICTS[v][lang] for v in VERDICTS}
    grades = words["grade_labels"]
    labels = {f"reform.parameters.{p['id']}": p["label"] for p in latest.parameters.as_json()}
    return page(request, "reform.html", lang=lang, status=status, section="reform",
                title=i18n.Translator(lang)("改革情景", "Reform scenarios"), switch_form="reform-form",
                parameters=latest.parameters.as_json(), values=values, shipped=list(t.reforms.values()),
                measures=latest, verdicts=VERDICTS, error=error,
                error_said=_error_text(error, lang, labels) if error else None,
                param_value=lambda p, v: terms.unit_value(v, p.get("unit"), lang,
                                                          grades if p.get("unit") == "grade" else None),
                **words, **context)


def _error_text(error: InputError, lang: str, labels: dict) -> str:
    return terms.message(error.field, error.message, lang, labels)


@router.get("/reforms")
def reform_form(request: Request, preset: str | None = None) -> HTMLResponse:
    t = _timeline(request)
    lang = i18n.choose(request)
    known = t.reforms
    chosen = known.get(preset) if preset else None
    values = {pid: v for pid, v in (chosen.parameters.items() if chosen else [])}
    return _render(request, t, lang, values=values, preset=chosen, result=None, source=None)


@router.post("/reforms")
async def reform_submit(request: Request) -> HTMLResponse:
    t = _timeline(request)
    data = await request.form()
    lang = i18n.choose(request, str(data.get("lang") or ""))
    values = {k[2:]: str(v) for k, v in data.items() if k.startswith("p.") and str(v).strip()}
    try:
        reform = reform_from_form(data, t)
        source, profiles = await population_from_form(data, t)
        level = str(data.get("level") or "") or None
        result = impact_mod.impact(t, reform, profiles, level if level in ("basic", "advanced") else None)
    except InputError as e:
        return _render(request, t, lang, values=values, status=422, preset=None, result=None, error=e, source=None)
    return _render(request, t, lang, values=values, preset=None, result=result, source=source,
                   bars=chart(result["summary"], lang))
