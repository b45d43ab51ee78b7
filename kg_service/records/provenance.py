"""A recorded decision as one named graph described with PROV-O, and back.

Record ``{uuid}`` is the named graph ``<https://w3id.org/bjsf/record/{uuid}>``. The graph's name is
also the IRI of the activity (the assessment or revocation check), so a record says of itself::

    <record/U> a prov:Activity, rec:Assessment ;               # or rec:RevocationCheck
        rec:recordId "U" ; rec:profileId "…" ; rec:owner "<credit code>" ; rec:rulesVersion "…" ;
        prov:startedAtTime … ; prov:endedAtTime … ;
        prov:used <profile/…> ;                                  # the input, as RDF (profile_to_graph)
        prov:wasAssociatedWith <agent/key/K> ;                   # the API key: rec:keyId, rec:role, rec:scope
        prov:qualifiedAssociation [ prov:agent <agent/key/K> ; prov:hadRole rec:role-reviewer ] ;
        prov:generated <record/U/decision> .
    <record/U/decision> a prov:Entity, rec:Decision ; prov:wasGeneratedBy <record/U> ;
        rec:profileId … ; rec:asOf … ; rec:rulesVersion … ;
        rec:results ( <record/U/result/basic> … ) ; rec:resultCount 2 ;
        prov:generatedAtTime …  .                                # the completion marker
    <record/U/result/basic> rec:level "basic" ; rec:verdict "eligible" ;
        rec:conditions ( <record/U/condition/in_force> … ) ; rec:conditionCount 10 .
    <record/U/condition/in_force> rec:conditionId "in_force" ; rec:status "met" ;
        rec:articles ( "art_14" ) ; rec:cites reg:art_14 ; rec:message "…"@zh, "…"@en ;
        rdfs:label …; rec:observed "{…}"^^rdf:JSON ; rec:required "{…}"^^rdf:JSON ;
        rec:citations ( <record/U/cited/art_14> ) .
    <record/U/cited/art_14> a prov:Entity ; prov:specializationOf reg:art_14 ; rec:eid "art_14" ;
        rec:title "…"@zh, "…"@en ; rec:text "…"@zh, "…"@en .          # the text as it was

Everything the API answered is in the graph: statuses, articles, messages, labels, verdicts and
cited texts as RDF terms; the free-form parts of a condition (observed, required, missing) as
``rdf:JSON`` literals; every object keeps its key order (``rec:keyOrder``), so ``record_from_graph``
gives back exactly the JSON that was returned. Texts are literals copied at the time of the
decision: later edits of the corpus or the rules never change an old record.

The whole graph is written in one transaction, the completion marker with it.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Protocol
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from kg_service.assessment.rdfmap import object_to_graph, profile_from_graph, profile_to_graph
from kg_service.graph.namespaces import SFKG, unit_iri
from kg_service.records.backend import Triple

PROV = Namespace("http://www.w3.org/ns/prov#")
REC = Namespace("https://w3id.org/bjsf/records#")
RECORD_BASE = "https://w3id.org/bjsf/record/"
AGENT_BASE = "https://w3id.org/bjsf/agent/key/"
KG_GRAPH = URIRef("https://w3id.org/bjsf/graph/kg")

ASSESSMENT, REVOCATION = "assessment", "revocation_check"
KIND_CLASS = {ASSESSMENT: REC.Assessment, REVOCATION: REC.RevocationCheck}


class Actor(Protocol):
    key_id: str
    role: str
    scope: str | None


def record_iri(record_id: str) -> URIRef:
    return URIRef(RECORD_BASE + record_id)


def agent_iri(key_id: str) -> URIRef:
    return URIRef(AGENT_BASE + quote(key_id, safe=""))


# ---- the layout of a decision: which key becomes which predicate, as what ----------------------

STR, DATE, LANG, JSON, STRLIST, IRI = "str", "date", "lang", "json", "strlist", "iri"


@dataclass(frozen=True)
class Nodes:
    """A list of objects, each its own node (named by ``iri(base, index, obj)``), in an rdf:List."""
    table: Table
    iri: Callable[[str, int, dict], str]
    count: URIRef


@dataclass(frozen=True)
class Table:
    rdf_type: URIRef
    fields: tuple[tuple[str, URIRef, Any], ...]


def _q(value: Any) -> str:
    return quote(str(value), safe="")


# ``iri``: the cited unit in the version of the measures the decision applied (its ELI expression)
CITATION = Table(REC.CitedText, (("eid", REC.eid, STR), ("title", REC.title, LANG), ("text", REC.text, LANG),
                                 ("iri", REC.expression, IRI)))
CITATIONS = Nodes(CITATION, lambda base, _i, o: f"{base}/cited/{_q(o.get('eid'))}", REC.citationCount)
CONDITION = Table(REC.ConditionOutcome, (
    ("id", REC.conditionId, STR), ("status", REC.status, STR), ("articles", REC.articles, STRLIST),
    ("message", REC.message, LANG), ("observed", REC.observed, JSON), ("required", REC.required, JSON),
    ("label", RDFS.label, LANG), ("missing", REC.missing, JSON), ("citations", REC.citations, CITATIONS),
))
LEVEL_RESULT = Table(REC.LevelResult, (
    ("level", REC.level, STR), ("verdict", REC.verdict, STR),
    ("conditions", REC.conditions,
     Nodes(CONDITION, lambda base, _i, o: f"{base}/condition/{_q(o.get('id'))}", REC.conditionCount)),
))
DECISION = Table(REC.Decision, (
    ("profile_id", REC.profileId, STR), ("as_of", REC.asOf, DATE), ("rules_version", REC.rulesVersion, STR),
    ("results", REC.results, Nodes(LEVEL_RESULT, lambda base, _i, o: f"{base}/result/{_q(o.get('level'))}",
                                   REC.resultCount)),
    # the optional parts of the answer (kg_service.assessment.models.AssessmentResult)
    ("measures", REC.measures, JSON), ("notice", REC.notice, LANG), ("reform", REC.reform, JSON),
))
CAUSE = Table(REC.CauseOutcome, (
    ("cause", REC.cause, STR), ("status", REC.status, STR), ("articles", REC.articles, STRLIST),
    ("message", REC.message, LANG), ("citations", REC.citations, CITATIONS),
))
REVOCATION_DECISION = Table(REC.Decision, (
    ("factory_id", REC.factoryId, STR), ("level", REC.level, STR), ("recognised_on", REC.recognisedOn, DATE),
    ("as_of", REC.asOf, DATE), ("verdict", REC.verdict, STR),
    ("causes", REC.causes, Nodes(CAUSE, lambda base, i, _o: f"{base}/cause/{i}", REC.causeCount)),
    ("obligations", REC.obligations, Nodes(CAUSE, lambda base, i, _o: f"{base}/obligation/{i}",
                                           REC.obligationCount)),
))
TABLES = {ASSESSMENT: DECISION, REVOCATION: REVOCATION_DECISION}


def _json_literal(value: Any) -> Literal:
    return _literal(json.dumps(value, ensure_ascii=False, separators=(",", ":")), None, RDF.JSON)


@lru_cache(maxsize=8192)
def _literal(value: str, lang: str | None = None, datatype: URIRef | None = None) -> Literal:
    """Literals repeat from record to record (texts, messages, labels): made once."""
    return Literal(value, lang=lang, datatype=datatype)


def _is_date(v: Any) -> bool:
    try:
        return isinstance(v, str) and date.fromisoformat(v).isoformat() == v
    except ValueError:
        return False


def _fits(codec: Any, v: Any) -> bool:
    if codec == STR:
        return isinstance(v, str)
    if codec == IRI:
        return isinstance(v, str) and v.startswith(("https://", "http://"))
    if codec == DATE:
        return _is_date(v)
    if codec == LANG:
        return isinstance(v, dict) and bool(v) and all(isinstance(k, str) and k and isinstance(t, str)
                                                     for k, t in v.items())
    if codec == STRLIST:
        return isinstance(v, list) and all(isinstance(x, str) for x in v)
    if isinstance(codec, Nodes):
        return isinstance(v, list) and all(isinstance(x, dict) for x in v)
    return True  # JSON


class _Writer:
    def __init__(self, base: str):
        self.base = base
        self.triples: list[Triple] = []
        self._written: set[URIRef] = set()

    def add(self, s: Node, p: Node, o: Node) -> None:
        self.triples.append((s, p, o))

    def rdf_list(self, items: list[Node]) -> Node:
        head: Node = RDF.nil
        for item in reversed(items):
            cell = BNode()
            self.add(cell, RDF.first, item)
            self.add(cell, RDF.rest, head)
            head = cell
        return head

    def obj(self, node: URIRef, obj: dict, table: Table) -> None:
        if node in self._written:  # the same object listed twice (a condition of both levels)
            return
        self._written.add(node)
        self.add(node, RDF.type, table.rdf_type)
        self.add(node, REC.keyOrder, _literal(json.dumps(list(obj), ensure_ascii=False)))
        encoded = set()
        declared = {key for key, _pred, _codec in table.fields}
        if undeclared := [k for k in obj if k not in declared]:
            # every key is a declared field with its own predicate: nothing is kept as an untyped blob
            raise ValueError(f"{table.rdf_type.split('#')[-1]}: fields not in the record layout: {undeclared}")
        for key, pred, codec in table.fields:
            if key in obj and obj[key] is not None:
                if not _fits(codec, obj[key]):
                    raise ValueError(f"{table.rdf_type.split('#')[-1]}.{key}: not a {codec} value")
                self.value(node, pred, codec, obj[key])
                encoded.add(key)
        lang_order = {key: list(obj[key]) for key, _pred, codec in table.fields
                      if codec == LANG and key in encoded and list(obj[key]) != _lang_order(obj[key])}
        if lang_order:  # languages in another order than zh, en, … (kept so the JSON is the same, byte for byte)
            self.add(node, REC.langOrder, _json_literal(lang_order))

    def value(self, node: URIRef, pred: URIRef, codec: Any, v: Any) -> None:
        if codec == STR:
            self.add(node, pred, _literal(v))
        elif codec == IRI:
            self.add(node, pred, URIRef(v))
        elif codec == DATE:
            self.add(node, pred, _literal(v, None, XSD.date))
        elif codec == LANG:
            for lang, text in v.items():
                self.add(node, pred, _literal(text, lang))
        elif codec == STRLIST:
            self.add(node, pred, self.rdf_list([_literal(x) for x in v]))
            if pred == REC.articles:
                for eid in v:
                    self.add(node, REC.cites, unit_iri(eid))
        elif isinstance(codec, Nodes):
            members = [URIRef(codec.iri(self.base, i, item)) for i, item in enumerate(v)]
            self.add(node, pred, self.rdf_list(members))
            self.add(node, codec.count, _literal(str(len(v)), None, XSD.integer))
            for member, item in zip(members, v, strict=True):
                self.obj(member, item, codec.table)
                if codec.table is CITATION and isinstance(item.get("eid"), str):
                    self.add(member, RDF.type, PROV.Entity)
                    self.add(member, PROV.specializationOf, unit_iri(item["eid"]))
        else:
            self.add(node, pred, _json_literal(v))


def _rdf_list(g: Graph, head: Node) -> list[Node]:
    items, seen = [], set()
    while head != RDF.nil and head is not None and head not in seen:
        seen.add(head)
        items.append(g.value(head, RDF.first))
        head = g.value(head, RDF.rest)
    return items


def _lang_order(langs) -> list[str]:
    first = [k for k in ("zh", "en") if k in langs]
    return first + sorted(set(langs) - set(first))


def _lang_dict(g: Graph, node: Node, pred: URIRef, order: list[str] | None = None) -> dict[str, str]:
    texts = {o.language: str(o) for o in g.objects(node, pred) if isinstance(o, Literal) and o.language}
    if not order or set(order) != set(texts):
        order = _lang_order(texts)
    return {k: texts[k] for k in order}


def _read_obj(g: Graph, node: Node, table: Table) -> dict:
    order_lit = g.value(node, REC.keyOrder)
    order = json.loads(str(order_lit)) if order_lit is not None else []
    values: dict[str, Any] = {}
    lang_lit = g.value(node, REC.langOrder)
    lang_order = json.loads(str(lang_lit)) if lang_lit is not None else {}
    for key, pred, codec in table.fields:
        if key not in order:
            continue
        if codec == LANG:
            if texts := _lang_dict(g, node, pred, lang_order.get(key)):
                values[key] = texts
            continue
        o = g.value(node, pred)
        if o is None:
            continue
        if codec in (STR, DATE, IRI):
            values[key] = str(o)
        elif codec == STRLIST:
            values[key] = [str(x) for x in _rdf_list(g, o)]
        elif isinstance(codec, Nodes):
            values[key] = [_read_obj(g, m, codec.table) for m in _rdf_list(g, o)]
        else:
            values[key] = json.loads(str(o))
    return {k: values.get(k) for k in order}


# ---- writing a record ----------------------------------------------------------------------------

def _activity(w: _Writer, act: URIRef, kind: str, actor: Actor, started: datetime, ended: datetime,
              owner: str | None, rules_version: str | None) -> URIRef:
    agent = agent_iri(actor.key_id)
    w.add(act, RDF.type, PROV.Activity)
    w.add(act, RDF.type, KIND_CLASS[kind])
    w.add(act, REC.recordId, Literal(str(act)[len(RECORD_BASE):]))
    w.add(act, PROV.startedAtTime, Literal(started, datatype=XSD.dateTime))
    w.add(act, PROV.endedAtTime, Literal(ended, datatype=XSD.dateTime))
    w.add(act, PROV.wasAssociatedWith, agent)
    w.add(agent, RDF.type, PROV.Agent)
    w.add(agent, REC.keyId, Literal(actor.key_id))
    w.add(agent, REC.role, Literal(actor.role))
    if actor.scope:
        w.add(agent, REC.scope, Literal(actor.scope))
    assoc = BNode()
    w.add(act, PROV.qualifiedAssociation, assoc)
    w.add(assoc, RDF.type, PROV.Association)
    w.add(assoc, PROV.agent, agent)
    w.add(assoc, PROV.hadRole, REC[f"role-{actor.role}"])
    if owner:
        w.add(act, REC.owner, Literal(owner))
    if rules_version:
        w.add(act, REC.rulesVersion, Literal(rules_version))
    decision = URIRef(f"{act}/decision")
    w.add(act, PROV.generated, decision)
    w.add(decision, RDF.type, PROV.Entity)
    w.add(decision, PROV.wasGeneratedBy, act)
    return decision


def _complete(w: _Writer, decision: URIRef, at: datetime) -> None:
    w.add(decision, PROV.generatedAtTime, Literal(at, datatype=XSD.dateTime))


def assessment_triples(record_id: str, profile: dict, result: dict, actor: Actor, *, started: datetime,
                       ended: datetime, recorded: datetime, owner: str | None = None,
                       request: dict | None = None) -> list[Triple]:
    """The record of one assessment: the activity, the profile it used, the decision it generated."""
    act = record_iri(record_id)
    w = _Writer(str(act))
    pg, p_iri = profile_to_graph(profile)
    w.triples.extend(pg)
    w.add(p_iri, RDF.type, PROV.Entity)
    decision = _activity(w, act, ASSESSMENT, actor, started, ended, owner, result.get("rules_version"))
    w.add(act, PROV.used, p_iri)
    w.add(act, REC.profileId, Literal(profile["id"]))
    if request:
        w.add(act, REC.request, _json_literal(request))
    w.add(decision, PROV.wasDerivedFrom, p_iri)
    w.obj(decision, result, DECISION)
    _complete(w, decision, recorded)
    return w.triples


def revocation_triples(record_id: str, request: dict, result: dict, actor: Actor, *, terms: dict,
                       rules_version: str | None, started: datetime, ended: datetime, recorded: datetime,
                       owner: str | None = None) -> list[Triple]:
    """The record of one revocation check; ``request`` is the checked request as JSON, mapped to RDF
    by the terms of shapes/revocation.context.jsonld (list items as numbered nodes, to keep order)."""
    act = record_iri(record_id)
    w = _Writer(str(act))
    r_iri = URIRef(f"{act}/request")
    w.triples.extend(_request_graph(request, r_iri, terms))
    w.add(r_iri, RDF.type, PROV.Entity)
    decision = _activity(w, act, REVOCATION, actor, started, ended, owner, rules_version)
    w.add(act, PROV.used, r_iri)
    if request.get("factory_id"):
        w.add(act, REC.factoryId, Literal(request["factory_id"]))
    w.add(decision, PROV.wasDerivedFrom, r_iri)
    w.obj(decision, result, REVOCATION_DECISION)
    _complete(w, decision, recorded)
    return w.triples


def _request_graph(request: dict, iri: URIRef, terms: dict) -> Graph:
    lists = {k: v for k, v in request.items() if isinstance(v, list) and k in terms and terms[k][3]}
    g = object_to_graph({k: v for k, v in request.items() if k not in lists}, iri, SFKG.RecognisedFactory, terms)
    for key, items in lists.items():
        prop, _dtype, _container, nested = terms[key]
        for i, item in enumerate(items):
            node = URIRef(f"{iri}/{_q(key)}/{i}")
            g += object_to_graph(item, node, PROV.Entity, nested)
            g.add((iri, prop, node))
            g.add((node, REC["index"], Literal(i)))
    return g


def _python(o: Node) -> Any:
    if isinstance(o, Literal):
        v = o.toPython()
        if isinstance(v, (date, datetime)):
            return v.isoformat()
        return v if isinstance(v, (bool, int, float, str)) else str(o)
    return str(o)


def _request_from_graph(g: Graph, iri: Node, terms: dict) -> dict:
    by_prop = {spec[0]: (term, spec[3]) for term, spec in terms.items()}
    out: dict[str, Any] = {}
    lists: dict[str, list] = {}
    for p, o in g.predicate_objects(iri):
        if p not in by_prop:
            continue
        term, nested = by_prop[p]
        if nested is not None:
            idx = g.value(o, REC["index"])
            lists.setdefault(term, []).append((int(idx) if idx is not None else 0,
                                               _request_from_graph(g, o, nested)))
        else:
            out[term] = _python(o)
    for term, items in lists.items():
        out[term] = [item for _, item in sorted(items, key=lambda x: x[0])]
    return out


# ---- reading a record ----------------------------------------------------------------------------

def _subgraph(g: Graph, root: Node) -> Graph:
    """The triples about ``root`` and the blank nodes it reaches (its concise bounded description)."""
    out, todo, seen = Graph(store="SimpleMemory"), [root], set()
    while todo:
        s = todo.pop()
        if s in seen:
            continue
        seen.add(s)
        for p, o in g.predicate_objects(s):
            out.add((s, p, o))
            if isinstance(o, BNode):
                todo.append(o)
    return out


def record_kind(g: Graph, act: URIRef) -> str | None:
    for kind, cls in KIND_CLASS.items():
        if (act, RDF.type, cls) in g:
            return kind
    return None


def decision_node(g: Graph, act: URIRef) -> URIRef | None:
    d = g.value(act, PROV.generated)
    return d if isinstance(d, URIRef) else None


def is_complete(g: Graph, act: URIRef) -> bool:
    d = decision_node(g, act)
    return d is not None and g.value(d, PROV.generatedAtTime) is not None


def check_record(g: Graph, act: URIRef) -> list[str]:
    """What is wrong with a stored record (nothing, for a record written whole): the completion
    marker, and every list of results, conditions, causes and citations as long as it says."""
    problems = []
    kind = record_kind(g, act)
    d = decision_node(g, act)
    if kind is None or d is None:
        return [f"{act}: no activity or no decision"]
    if g.value(d, PROV.generatedAtTime) is None:
        problems.append(f"{act}: no completion marker")

    def walk(node: Node, table: Table) -> None:
        if g.value(node, REC.keyOrder) is None:
            problems.append(f"{node}: missing")
            return
        for _key, pred, codec in table.fields:
            if isinstance(codec, Nodes) and (head := g.value(node, pred)) is not None:
                members = _rdf_list(g, head)
                declared = g.value(node, codec.count)
                if declared is None or int(declared) != len(members):
                    problems.append(f"{node}: {len(members)} of {declared} {pred.split('#')[-1]}")
                for m in members:
                    walk(m, codec.table)

    walk(d, TABLES[kind])
    if kind == ASSESSMENT:
        for r in _rdf_list(g, g.value(d, REC.results) or RDF.nil):
            for c in _rdf_list(g, g.value(r, REC.conditions) or RDF.nil):
                if g.value(c, REC.status) is None:
                    problems.append(f"{c}: no status")
    return problems


def _iso(lit: Node | None) -> str | None:
    return _python(lit) if lit is not None else None


def record_from_graph(g: Graph, record_id: str, *, revocation_terms: dict | None = None) -> dict | None:
    """The decision exactly as the API returned it (with its ``record_id``) and its ``trace``."""
    act = record_iri(record_id)
    kind = record_kind(g, act)
    d = decision_node(g, act)
    if kind is None or d is None or not is_complete(g, act):
        return None
    decision = _read_obj(g, d, TABLES[kind])
    decision["record_id"] = record_id
    agent = g.value(act, PROV.wasAssociatedWith)
    scope = g.value(agent, REC.scope)
    trace: dict[str, Any] = {
        "record_id": record_id,
        "kind": kind,
        "who": {"key_id": str(g.value(agent, REC.keyId)), "role": str(g.value(agent, REC.role)),
                "scope": str(scope) if scope is not None else None},
        "owner": str(o) if (o := g.value(act, REC.owner)) is not None else None,
        "when": {"started": _iso(g.value(act, PROV.startedAtTime)), "ended": _iso(g.value(act, PROV.endedAtTime)),
                 "recorded": _iso(g.value(d, PROV.generatedAtTime))},
        "rules_version": str(rv) if (rv := g.value(act, REC.rulesVersion)) is not None else None,
    }
    used = g.value(act, PROV.used)
    if kind == ASSESSMENT:
        trace["profile"] = profile_from_graph(_subgraph(g, used)) if used is not None else None
        req = g.value(act, REC.request)
        trace["request"] = json.loads(str(req)) if req is not None else {}
    else:
        trace["request"] = (_request_from_graph(g, used, revocation_terms)
                            if used is not None and revocation_terms is not None else None)
    decision["trace"] = trace
    return decision


__all__ = ["AGENT_BASE", "ASSESSMENT", "KG_GRAPH", "PROV", "REC", "RECORD_BASE", "REVOCATION",
           "assessment_triples", "check_record", "record_from_graph", "record_iri", "revocation_triples"]
