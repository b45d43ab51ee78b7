"""Records on a quad store: write a decision with its provenance, read it back, list them.

Each record is one named graph written in one transaction (see ``provenance``), so a reader sees a
whole record or none. The store also keeps a copy of the knowledge graph, in the named graph
``<https://w3id.org/bjsf/graph/kg>`` tagged with the hash of its sources; ``sfkg build`` (and the
service at start-up) replace it only when that hash changed. The service answers articles,
assessments and questions from memory, never from this copy.
"""
from __future__ import annotations

import json
import logging
import re
import uuid
from datetime import UTC, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from rdflib import Literal

from kg_service import progress
from kg_service.assessment.models import AssessmentResult, RevocationResult
from kg_service.records import provenance as pv
from kg_service.records.backend import QuadBackend
from kg_service.records.models import AssessmentRecord, RevocationRecord

if TYPE_CHECKING:
    from kg_service.graph import KnowledgeGraph
    from kg_service.settings import Settings

log = logging.getLogger("sfkg.records")

_ID_RE = re.compile(r"^[0-9a-f]{32}$")
_PREFIXES = (f"PREFIX prov: <{pv.PROV}>\nPREFIX rec: <{pv.REC}>\n"
             "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n")


def _now() -> datetime:
    return datetime.now(UTC)


def _sparql_string(value: str) -> str:
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r"))
    return f'"{escaped}"'


class RecordStore:
    def __init__(self, backend: QuadBackend, settings: Settings | None = None):
        self.backend = backend
        self._settings = settings

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from kg_service.settings import get_settings

            self._settings = get_settings()
        return self._settings

    @cached_property
    def revocation_terms(self) -> dict:
        from kg_service.assessment.rdfmap import context_terms

        ctx = json.loads((self.settings.shapes_dir / "revocation.context.jsonld").read_text(encoding="utf-8"))
        return context_terms(json.dumps(ctx["@context"]))

    # ---- writing --------------------------------------------------------------------------------
    def record_assessment(self, profile: dict, result: dict, actor: pv.Actor, *, owner: str | None = None,
                          started: datetime | None = None, ended: datetime | None = None,
                          request: dict | None = None, record_id: str | None = None, extra: list = ()) -> str:
        """Record one assessment (``result`` as ``Assessor.assess`` returned it); its id. The result
        must be an ``AssessmentResult`` (checked before anything is written). ``record_id`` and
        ``extra`` triples, written in the same transaction, serve idempotent retries
        (kg_service.records.idempotency)."""
        AssessmentResult.model_validate(result)
        record_id = record_id or uuid.uuid4().hex
        now = _now()
        triples = pv.assessment_triples(record_id, profile, result, actor, started=started or now,
                                        ended=ended or now, recorded=now, owner=owner, request=request)
        self.backend.put_graph(pv.record_iri(record_id), [*triples, *extra])
        return record_id

    def record_revocation(self, request: Any, result: dict, actor: pv.Actor, *, owner: str | None = None,
                          rules_version: str | None = None, started: datetime | None = None,
                          ended: datetime | None = None, record_id: str | None = None, extra: list = ()) -> str:
        """Record one revocation check (``request`` a RevocationRequest or its JSON); its id."""
        if hasattr(request, "model_dump"):
            request = request.model_dump(mode="json", exclude_none=True)
        RevocationResult.model_validate(result)
        record_id = record_id or uuid.uuid4().hex
        now = _now()
        if rules_version is None:
            from kg_service.graph.build import content_hash, source_files

            rules_version = content_hash(source_files(self.settings, with_shapes=True), self.settings.home)
        triples = pv.revocation_triples(record_id, request, result, actor, terms=self.revocation_terms,
                                        rules_version=rules_version, started=started or now,
                                        ended=ended or now, recorded=now, owner=owner)
        self.backend.put_graph(pv.record_iri(record_id), [*triples, *extra])
        return record_id

    # ---- reading --------------------------------------------------------------------------------
    def get(self, record_id: str) -> dict | None:
        """The decision as the API returned it, with ``record_id`` and ``trace``; None if unknown."""
        if not _ID_RE.match(record_id or ""):
            return None
        g = self.backend.get_graph(pv.record_iri(record_id))
        if len(g) == 0:
            return None
        return pv.record_from_graph(g, record_id, revocation_terms=self.revocation_terms)

    def get_model(self, record_id: str) -> AssessmentRecord | RevocationRecord | None:
        """The record read back into its model (what ``get`` returns, typed)."""
        record = self.get(record_id)
        if record is None:
            return None
        model = AssessmentRecord if record["trace"]["kind"] == pv.ASSESSMENT else RevocationRecord
        return model.model_validate(record)

    def list(self, *, kind: str = pv.ASSESSMENT, profile_id: str | None = None, owner: str | None = None,
             limit: int = 50, offset: int = 0) -> list[dict]:
        """Summaries of complete records, newest first. ``profile_id`` is a factory id for revocation
        checks; ``owner`` keeps those that belong to that enterprise (credit code)."""
        cls = "rec:Assessment" if kind == pv.ASSESSMENT else "rec:RevocationCheck"
        subject_pred = "rec:profileId" if kind == pv.ASSESSMENT else "rec:factoryId"
        filters = []
        if profile_id is not None:
            filters.append(f"FILTER (?subject = {_sparql_string(profile_id)})")
        if owner is not None:
            filters.append(f"FILTER (?owner = {_sparql_string(owner)})")
        query = _PREFIXES + f"""SELECT ?id ?subject ?owner ?key ?role ?at ?rv WHERE {{
  GRAPH ?g {{
    ?g a {cls} ; rec:recordId ?id ; prov:wasAssociatedWith ?agent ; prov:generated ?d .
    ?agent rec:keyId ?key ; rec:role ?role .
    ?d prov:generatedAtTime ?at .
    OPTIONAL {{ ?g {subject_pred} ?subject }}
    OPTIONAL {{ ?g rec:owner ?owner }}
    OPTIONAL {{ ?g rec:rulesVersion ?rv }}
    {" ".join(filters)}
  }}
}} ORDER BY DESC(?at) ?id LIMIT {max(0, int(limit))} OFFSET {max(0, int(offset))}"""
        out = []
        subject_key = "profile_id" if kind == pv.ASSESSMENT else "factory_id"
        for r in self.backend.select(query):
            at = r["at"]
            out.append({
                "record_id": str(r["id"]), "kind": kind,
                subject_key: str(r["subject"]) if "subject" in r else None,
                "owner": str(r["owner"]) if "owner" in r else None,
                "who": {"key_id": str(r["key"]), "role": str(r["role"])},
                "recorded_at": at.toPython().isoformat() if isinstance(at, Literal) else str(at),
                "rules_version": str(r["rv"]) if "rv" in r else None,
            })
        return out

    def record_ids(self) -> list[str]:
        """Ids of every record graph in the store, complete or not (for integrity checks)."""
        rows = self.backend.select(
            _PREFIXES + "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a prov:Activity } }")
        base = pv.RECORD_BASE
        return sorted(str(r["g"])[len(base):] for r in rows if str(r["g"]).startswith(base))

    def check(self, record_id: str) -> list[str]:
        """What is wrong with a stored record: nothing, for a record written whole."""
        g = self.backend.get_graph(pv.record_iri(record_id))
        return pv.check_record(g, pv.record_iri(record_id)) if len(g) else [f"{record_id}: no such record"]

    def close(self) -> None:
        self.backend.close()

    # ---- the knowledge graph's copy -------------------------------------------------------------
    def kg_sources(self) -> str | None:
        rows = self.backend.select(
            _PREFIXES + f"SELECT ?h WHERE {{ GRAPH <{pv.KG_GRAPH}> {{ <{pv.KG_GRAPH}> rec:sourcesHash ?h }} }}")
        return str(rows[0]["h"]) if rows else None

    def ensure_kg(self, kg: KnowledgeGraph) -> bool:
        """Load the knowledge graph into the store unless the copy there has the same sources;
        True if it was (re)loaded."""
        if self.kg_sources() == kg.sources_hash:
            return False
        progress.say(f"loading the knowledge graph ({len(kg.graph)} triples) into the record store")
        self.backend.delete_graph(pv.KG_GRAPH)
        triples = [*kg.graph, (pv.KG_GRAPH, pv.REC.sourcesHash, Literal(kg.sources_hash)),
                   (pv.KG_GRAPH, pv.PROV.generatedAtTime, Literal(_now()))]
        self.backend.put_graph(pv.KG_GRAPH, triples)
        return True


def open_store(settings: Settings | None = None) -> RecordStore:
    from kg_service.records import open_backend

    return RecordStore(open_backend(settings), settings)


def build_cache(kg: KnowledgeGraph) -> str:
    """``sfkg build``: the store, with the knowledge graph's copy up to date."""
    try:
        store = open_store(kg.settings)
    except OSError as e:
        if "lock" in str(e).lower():
            return ("store in use by a running service (it refreshes its copy of the graph when it starts): "
                    f"{kg.settings.data_dir / 'store'}")
        raise
    try:
        loaded = store.ensure_kg(kg)
        where = getattr(store.backend, "path", None) or type(store.backend).__name__
        return f"{'loaded' if loaded else 'up to date'}: graph <{pv.KG_GRAPH}> ({len(kg.graph)} triples) in {where}"
    finally:
        store.close()
