"""Revocation (art_12): which causes apply to a factory already recognised, from its events.

The request is checked by a typed model, mapped to RDF through shapes/revocation.context.jsonld
and validated against shapes/revocation.ttl; a violation there means a cause applies (or that the
request lacks what is needed to tell, or that an obligation arises)."""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Literal as Lit

from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationError, model_validator
from rdflib import XSD, BNode, Literal, URIRef
from rdflib.namespace import SH

from kg_service.assessment.compiled import CompiledFacts
from kg_service.assessment.levels import Level
from kg_service.assessment.parameters import ParameterSet
from kg_service.assessment.rdfmap import context_terms, object_to_graph
from kg_service.assessment.rules import SEPARATOR, load_shapes, texts
from kg_service.assessment.shacl import ShaclRunner
from kg_service.errors import InputError
from kg_service.graph.namespaces import PROFILE, SFKG, eid_of
from kg_service.settings import Settings, get_settings

EventType = Lit["renamed", "reorganised", "terminated", "unable_to_operate", "accident",
                "registered_address_moved", "penalty", "false_information", "application_violation"]


class RevocationEvent(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: EventType
    date: dt.date | None = None
    kind: Lit["safety", "environmental", "quality", "other"] | None = None
    grade: Lit["general", "larger", "major", "extraordinary"] | None = None
    province: str | None = Field(None, max_length=64, description="for registered_address_moved: the new province")
    no_longer_meets_conditions: StrictBool | None = Field(
        None, description="for a penalty: whether, as a result, the recognition conditions are no longer met")
    description: str | None = Field(None, max_length=2000)


class RevocationRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    factory_id: str | None = Field(None, max_length=128)
    level: Level
    recognised_on: dt.date
    as_of: dt.date | None = None
    events: list[RevocationEvent] = Field(default_factory=list, max_length=1000)

    @model_validator(mode="after")
    def _dates(self) -> RevocationRequest:
        if self.as_of and self.as_of < self.recognised_on:
            raise ValueError("as_of is before recognised_on")
        return self


class RevocationError(InputError):
    """A revocation request that does not fit ``RevocationRequest``; ``field`` is the dotted path."""


STATUS = {SFKG.Applies: "applies", SFKG.Unknown: "unknown", SFKG.Obligation: "obligation"}


class RevocationChecker:
    def __init__(self, compiled: CompiledFacts, settings: Settings | None = None,
                 parameters: ParameterSet | None = None):
        settings = settings or get_settings()
        self.units = compiled.units
        # the revoking grade is a parameter, bound like the conditions' (kg_service/assessment/rules.py)
        self.shapes_graph = load_shapes(settings.shapes_dir / "revocation.ttl",
                                        parameters or ParameterSet(compiled.parameters), words=compiled.value_short)
        self.terms = context_terms(json.dumps(json.loads(
            (settings.shapes_dir / "revocation.context.jsonld").read_text(encoding="utf-8"))["@context"]))
        self.runner = ShaclRunner(self.shapes_graph, SFKG.RecognisedFactory)
        sg = self.shapes_graph
        # cause → its shapes; the order of art_12's items
        self.causes: dict[str, list[URIRef]] = defaultdict(list)
        for shape, cause in sg.subject_objects(SFKG.cause):
            self.causes[str(cause)].append(shape)
        self.cites = {s: sorted(e for o in sg.objects(s, SFKG.cites) if (e := eid_of(o)))
                      for shapes in self.causes.values() for s in shapes}

    @classmethod
    def load(cls, settings: Settings | None = None, kg=None) -> RevocationChecker:
        from kg_service.assessment.compiled import load_compiled

        settings = settings or get_settings()
        return cls(load_compiled(settings, kg), settings)

    def check(self, request: dict | RevocationRequest) -> dict:
        try:
            req = request if isinstance(request, RevocationRequest) else RevocationRequest.model_validate(request)
        except ValidationError as e:
            first = e.errors()[0]
            raise RevocationError(".".join(str(p) for p in first["loc"]) or "(request)", first["msg"]) from e
        as_of = req.as_of or dt.date.today()
        data = req.model_dump(mode="json", exclude_none=True)
        focus = PROFILE[f"recognised/{req.factory_id or 'factory'}"]
        g = object_to_graph(data, focus, SFKG.RecognisedFactory, self.terms)
        g.set((focus, SFKG.asOf, Literal(as_of, datatype=XSD.date)))
        for node in {s for s in g.subjects() if isinstance(s, BNode)}:
            g.add((node, SFKG.asOf, Literal(as_of, datatype=XSD.date)))
            g.add((node, SFKG.recognisedOn, Literal(req.recognised_on, datatype=XSD.date)))
        fired = {v.shape for v in self.runner.validate(g, focus)}

        causes, obligations = [], []
        for cause, shapes in sorted(self.causes.items(), key=lambda kv: min(self.cites[s][0] for s in kv[1])):
            hits = [s for s in shapes if s in fired]
            statuses = {STATUS[self.shapes_graph.value(s, SFKG.onViolation)] for s in hits}
            status = ("applies" if "applies" in statuses else "unknown" if "unknown" in statuses
                      else "obligation" if "obligation" in statuses else "does_not_apply")
            eids = sorted({e for s in shapes for e in self.cites[s]})
            messages = [texts(self.shapes_graph, s, SH.message) for s in hits]
            entry = {"cause": eids[0], "status": status, "articles": eids,
                     "message": {lang: SEPARATOR[lang].join(m[lang] for m in messages if lang in m)
                                 for lang in ("zh", "en")},
                     "citations": [{"eid": e, "title": self.units[e]["title"], "text": self.units[e]["text"]}
                                   for e in eids if e in self.units]}
            (obligations if cause.endswith("obligation-renaming") else causes).append(entry)
        outcome = ("revoke" if any(c["status"] == "applies" for c in causes)
                   else "undetermined" if any(c["status"] == "unknown" for c in causes) else "retain")
        return {"factory_id": req.factory_id, "level": req.level, "recognised_on": req.recognised_on.isoformat(),
                "as_of": as_of.isoformat(), "verdict": outcome, "causes": causes,
                "obligations": [o for o in obligations if o["status"] == "obligation"]}
