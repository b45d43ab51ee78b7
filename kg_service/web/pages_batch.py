"""Batch: upload a file of profiles, watch its progress, open the report. The jobs are the
service's (kg_service/batch/jobs.py, the same JobManager as POST /batch); this module renders."""
from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.datastructures import UploadFile
from starlette.responses import HTMLResponse, RedirectResponse

from kg_service.batch.io import kind_of
from kg_service.errors import InputError
from kg_service.web.deps import LangDep, ServiceDep
from kg_service.web.render import page, ui

router = APIRouter()


def _render(request: Request, lang, job=None, error: str | None = None, status: int = 200) -> HTMLResponse:
    return page(request, "batch.html", lang=lang, status=status, section="batch",
                title="批量评估" if lang == "zh" else "Batch assessment", job=job.as_dict() if job else None,
                error=error)


@router.get("/batch")
def batch_page(request: Request, lang: LangDep, s: ServiceDep, job: str | None = None) -> HTMLResponse:
    found = s.batch_job(job) if job else None
    if job and found is None:
        return _render(request, lang, error=f"job {job} not found", status=404)
    return _render(request, lang, job=found)


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
        job = s.submit_batch(data, kind_of(upload.filename, upload.content_type), upload.filename,
                             level=level, as_of=as_of)
    except InputError as e:
        return _render(request, lang, error=f"{e.field}: {e.message}", status=e.status_code)
    return RedirectResponse(ui(f"/batch?job={job.id}"), status_code=303)
