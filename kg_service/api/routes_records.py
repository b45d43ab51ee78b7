"""Recorded decisions, read back with their trace; API keys, managed by admins.

GET /assessments/{id}, GET /assessments, GET /revocation-checks/{id}, GET /revocation-checks;
POST /keys, GET /keys, DELETE /keys/{id}. Reading records needs a key: a reviewer (or admin) key
reads every record, an enterprise key only those of its own enterprise (403 otherwise).
Records are never served by /sparql, which answers from the in-memory knowledge graph only.
"""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from kg_service.api.auth import AdminDep, AuthenticatedDep
from kg_service.api.deps import ServiceDep
from kg_service.records.models import AssessmentRecord, RecordList, RevocationRecord
from kg_service.service import ASSESSMENT, REVOCATION, NotFound, Service

router = APIRouter(tags=["records"])


def warm(s: Service) -> None:
    s.warm_records()


Limit = Annotated[int, Query(ge=1, le=500)]
# bounded as the store can count (a 64-bit offset is the SQL/SPARQL engines' largest): 422 beyond, never a 500
Offset = Annotated[int, Query(ge=0, le=2**63 - 1)]


# Records are answered as stored (the JSON that was returned, byte for byte); the models document them.
@router.get("/assessments/{record_id}", summary="A recorded assessment: the decision as returned, and its trace",
            response_class=JSONResponse, responses={200: {"model": AssessmentRecord}})
def get_assessment(record_id: str, s: ServiceDep, key: AuthenticatedDep) -> JSONResponse:
    return JSONResponse(s.read_record(key, record_id, ASSESSMENT))


@router.get("/assessments", summary="Recorded assessments the caller may see, newest first",
            response_class=JSONResponse, responses={200: {"model": RecordList}})
def list_assessments(s: ServiceDep, key: AuthenticatedDep, profile_id: str | None = None,
                     owner: Annotated[str | None, Query(description="credit code of the enterprise")] = None,
                     limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
    items = s.list_records(key, ASSESSMENT, subject=profile_id, owner=owner, limit=limit, offset=offset)
    return JSONResponse({"records": items, "limit": limit, "offset": offset})


@router.get("/revocation-checks/{record_id}", summary="A recorded revocation check and its trace",
            response_class=JSONResponse, responses={200: {"model": RevocationRecord}})
def get_revocation_check(record_id: str, s: ServiceDep, key: AuthenticatedDep) -> JSONResponse:
    return JSONResponse(s.read_record(key, record_id, REVOCATION))


@router.get("/revocation-checks", summary="Recorded revocation checks the caller may see, newest first",
            response_class=JSONResponse, responses={200: {"model": RecordList}})
def list_revocation_checks(s: ServiceDep, key: AuthenticatedDep, factory_id: str | None = None,
                           owner: str | None = None, limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
    items = s.list_records(key, REVOCATION, subject=factory_id, owner=owner, limit=limit, offset=offset)
    return JSONResponse({"records": items, "limit": limit, "offset": offset})


class KeyRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: Literal["enterprise", "reviewer", "admin"]
    scope: str | None = Field(None, description="enterprise keys: the unified social credit code")
    label: str | None = Field(None, max_length=200)


@router.post("/keys", status_code=201, summary="Create an API key (admin); the key is shown this once")
def create_key(body: KeyRequest, s: ServiceDep, _admin: AdminDep) -> dict:
    key, secret = s.create_key(body.role, body.scope, body.label)  # KeyStoreError: an InputError, 422
    return {**key.public(), "key": secret}


@router.get("/keys", summary="The API keys (admin), without secrets")
def list_keys(s: ServiceDep, _admin: AdminDep) -> dict:
    return {"keys": [k.public() for k in s.list_keys()]}


@router.delete("/keys/{key_id}", status_code=204, summary="Revoke an API key (admin)")
def revoke_key(key_id: str, s: ServiceDep, _admin: AdminDep) -> Response:
    if not s.revoke_key(key_id):
        raise NotFound(f"no key {key_id!r}")
    return Response(status_code=204)
