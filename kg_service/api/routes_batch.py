"""POST /batch (an upload: JSONL, CSV, XLSX or a JSON array) → 202 with a job id; GET /batch/{id}
progress, then the summary; GET /batch/{id}/{file} the results, errors and report. The job logic is
kg_service/batch/jobs.py; this is its HTTP face."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse

from kg_service.api.deps import ServiceDep
from kg_service.assessment.levels import Level
from kg_service.batch.io import kind_of
from kg_service.batch.jobs import MEDIA
from kg_service.errors import ErrorBody, InputError, PayloadTooLarge
from kg_service.service import NotFound

router = APIRouter(tags=["batch"])


_BODY = {"requestBody": {"required": True, "content": {
    "multipart/form-data": {"schema": {"type": "object", "required": ["file"],
                                       "properties": {"file": {"type": "string", "format": "binary"}}}},
    "application/x-ndjson": {"schema": {"type": "string"}},
    "text/csv": {"schema": {"type": "string"}},
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string",
                                                                                     "format": "binary"}},
    "application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/EnterpriseProfile"}}},
}}}


FULL_HELP = ("results.jsonl with every answer whole (the JSON of POST /assess, advice included); by default each "
             "line is lean, the rules' words in summary.json (README: Batch assessment)")


@router.post("/batch", status_code=202, openapi_extra=_BODY,
             summary="Start a batch assessment; answers a job id at once",
             responses={202: {"description": "the job, queued"},
                        413: {"model": ErrorBody, "description": "upload or row count over the bound"},
                        422: {"model": ErrorBody, "description": "the file cannot be read"},
                        429: {"model": ErrorBody, "description": "as many batch jobs as the bound wait already "
                                                                 "behind the running one: retry after Retry-After",
                              "headers": {"Retry-After": {"schema": {"type": "integer"}}}},
                        503: {"model": ErrorBody, "description": "too many uploads at once: retry shortly"},
                        507: {"model": ErrorBody, "description": "the batch jobs' disk quota is reached "
                                                                 "(SFKG_BATCH_QUOTA_BYTES): retry once jobs expire"}})
async def submit(request: Request, s: ServiceDep, level: Level | None = None,
                 as_of: str | None = None, filename: str | None = None,
                 full: Annotated[bool, Query(description=FULL_HELP)] = False) -> JSONResponse:
    max_bytes = s.batch_max_bytes()
    ctype = request.headers.get("content-type", "")
    declared = int(request.headers.get("content-length") or 0)
    if declared > max_bytes:
        raise PayloadTooLarge("file", f"the upload is {declared:,} bytes; at most {max_bytes:,} "
                                       "are accepted")
    if ctype.startswith("multipart/form-data"):
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise InputError("file", "a multipart upload carries the file in a part named 'file'")
        data, name, part_type = await upload.read(), upload.filename or "", upload.content_type
        level = level or (form.get("level") or None)
        as_of = as_of or (form.get("as_of") or None)
        full = full or str(form.get("full") or "").lower() in ("1", "true", "yes", "on")
    else:
        data, name, part_type = await request.body(), filename or "", ctype
    kind = kind_of(name, part_type)
    job = await run_in_threadpool(s.submit_batch, data, kind, name or f"upload.{kind}", level=level,
                                  as_of=as_of, full=full)
    return JSONResponse(status_code=202, content=job.as_dict(), headers={"Location": f"/batch/{job.id}"})


@router.get("/batch/{job_id}", summary="A batch job: progress, then the summary and the files' links",
            responses={404: {"description": "no such job"}})
def job_status(job_id: str, s: ServiceDep) -> JSONResponse:
    job = s.batch_job(job_id)
    if job is None:
        raise NotFound(f"no batch job {job_id}")
    return JSONResponse(job.as_dict())


@router.get("/batch/{job_id}/{name}", summary="A file of a finished batch job (results, errors, summary, report)",
            responses={404: {"description": "no such job, or the file is not written yet"}})
def download(job_id: str, name: str, s: ServiceDep):
    path = s.batch_file(job_id, name)
    if path is None:
        raise NotFound(f"no file {name} for batch job {job_id} (yet)")
    return FileResponse(path, media_type=MEDIA[name], filename=None if name == "report.html" else name)
