"""Batch: upload a file of profiles, watch its progress, read the report and the rejected rows on the
page. The jobs are the service's (``Service.submit_batch``, ``batch_job``, ``batch_file``: the same jobs as
POST /batch); this module renders. The report is the job's report.html: its scoped styles and its
``<main class="report">`` are taken into the page, which shows the report's words in the page's language
only (ui.css)."""
from __future__ import annotations

import csv
import io
import re

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.responses import HTMLResponse, RedirectResponse

from kg_service.batch.io import kind_of
from kg_service.errors import InputError
from kg_service.web import terms
from kg_service.web.deps import LangDep, ServiceDep
from kg_service.web.render import page, ui

router = APIRouter()
SHOWN_ERRORS = 100  # rejected rows listed on the page (errors.csv has them all)
_STYLE = re.compile(r"<style>(.*?)</style>", re.DOTALL)
_MAIN = re.compile(r'<main class=["\']report["\']>.*</main>', re.DOTALL)


def _report(s, job_id: str) -> tuple[str, str] | None:
    """The report's styles and body, from the job's report.html (written by sfkg's own renderer)."""
    path = s.batch_file(job_id, "report.html")
    if path is None:
        return None
    html = path.read_text(encoding="utf-8")
    style, main = _STYLE.search(html), _MAIN.search(html)
    return (style[1], main[0]) if style and main else None


def _rejected(s, job_id: str, lang: str, labels: dict) -> list[dict]:
    """The first rejected rows (errors.csv), each message in the page's language."""
    path = s.batch_file(job_id, "errors.csv")
    if path is None:
        return []
    with path.open(encoding="utf-8", newline="") as f:
        rows = []
        for row in csv.DictReader(io.StringIO(f.read(2 * 1024 * 1024))):
            if len(rows) == SHOWN_ERRORS:
                break
            rows.append({**row, "said": terms.message(row.get("field", ""), row.get("message", ""), lang, labels)})
    return rows


def _labels(s) -> dict:
    from kg_service.web import form
    from kg_service.web.pages_assess import form_source, groups

    return form.field_labels(groups(s), form_source(s))


def _render(request: Request, lang, job=None, error: str | None = None, status: int = 200,
            s=None) -> HTMLResponse:
    done = job is not None and job.status == "done" and s is not None
    report = _report(s, job.id) if done else None
    return page(request, "batch.html", lang=lang, status=status, section="batch",
                title="批量评估" if lang == "zh" else "Batch assessment", job=job.as_dict() if job else None,
                error=error, report_css=report[0] if report else "", report_body=report[1] if report else "",
                rejected=_rejected(s, job.id, lang, _labels(s)) if done else [],
                shown_errors=SHOWN_ERRORS)


@router.get("/batch")
def batch_page(request: Request, lang: LangDep, s: ServiceDep, job: str | None = None) -> HTMLResponse:
    found = s.batch_job(job) if job else None
    if job and found is None:
        return _render(request, lang, error=terms.pick_text(terms.JOB_NOT_FOUND, lang) % job, status=404)
    return _render(request, lang, job=found, s=s)


@router.post("/batch")
async def batch_upload(request: Request, lang: LangDep, s: ServiceDep):
    form = await request.form()
    upload = form.get("file")
    try:
        if not isinstance(upload, UploadFile) or not upload.filename:
            raise InputError("file", "choose a .jsonl, .json, .csv or .xlsx file")
        data = await upload.read()
        level = str(form.get("level") or "") or None
        as_of = str(form.get("as_of") or "") or None
        # read and bounded off the event loop (a 64 MB upload takes seconds to read)
        job = await run_in_threadpool(s.submit_batch, data, kind_of(upload.filename, upload.content_type),
                                      upload.filename, level=level, as_of=as_of)
    except InputError as e:
        m = terms.message(e.field, e.message, lang, _labels(s))
        return _render(request, lang, error=f"{m['field']}{'：' if lang == 'zh' else ': '}{m['text']}",
                       status=e.status_code)
    return RedirectResponse(ui(f"/batch?job={job.id}"), status_code=303)
