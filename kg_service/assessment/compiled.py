"""What an assessment needs from the knowledge graph, compiled once and cached on disk.

The conditions (levels, articles, labels), the att_2-1 indicators, every industry's section and
thresholds, the look-back window, the units' texts and the words of the profile (each field's label
and unit, each enumerated value's labels) are projections of the graph: they change
only when a source does. Compiling them with SPARQL once and pickling the result (keyed by the
sources' hash) lets a one-shot ``sfkg assess`` skip loading and querying the graph, which would
take most of its time.
"""
from __future__ import annotations

import os
import pickle
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from rdflib import URIRef
from rdflib.namespace import SKOS

from kg_service import progress
from kg_service.assessment.levels import LEVELS
from kg_service.assessment.parameters import Parameter, compile_parameters
from kg_service.graph.build import content_hash, source_files
from kg_service.graph.namespaces import SFID, SFKG, eid_of
from kg_service.settings import Settings, get_settings

LEVEL_IRIS = {lvl: SFID[f"level-beijing-{lvl}"] for lvl in LEVELS}  # the ontology's individuals
FORMAT = 3  # bump when the layout below changes


@dataclass
class ConditionFacts:
    id: str
    iri: URIRef
    order: int
    levels: set[str] = field(default_factory=set)
    cites: list[str] = field(default_factory=list)
    label: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Industry:
    section: URIRef
    industrial: bool
    group: URIRef | None
    row: str | None


@dataclass
class CompiledFacts:
    sources: str
    conditions: dict[str, ConditionFacts]
    indicators: tuple[tuple[URIRef, str, int], ...]  # (indicator, profile field, column)
    industries: dict[str, Industry]  # by notation: "C39", "C", "B06"
    thresholds: dict[str, dict[str, Decimal]]  # row eId → field → value
    lookback_years: int
    units: dict[str, dict[str, Any]]  # eId → {title, text, order}
    parameters: dict[str, Parameter] = field(default_factory=dict)  # id → parameter (parameters.ttl)
    document: dict[str, Any] = field(default_factory=dict)  # the measures as a document (document.rq)
    # the profile's words, for the faces (the web form, the batch template) to show without the graph:
    field_labels: dict[str, dict[str, str]] = field(default_factory=dict)  # dotted field path → rdfs:label
    field_units: dict[str, str] = field(default_factory=dict)  # dotted field path → unit ("%")
    value_labels: dict[str, dict[str, str]] = field(default_factory=dict)  # enumerated value → rdfs:label
    value_short: dict[str, dict[str, str]] = field(default_factory=dict)  # … → its shortest skos:altLabel


def _field_labels(kg) -> dict[str, dict[str, str]]:
    """Each field of the profile (dotted path) → the ontology's label of the property the published
    JSON-LD context maps it to."""
    import json

    from kg_service.assessment.published import context
    from kg_service.assessment.rdfmap import context_terms

    labels: dict[str, dict[str, str]] = {}

    def walk(terms: dict, prefix: str = "") -> None:
        for name, (prop, _datatype, _container, nested) in terms.items():
            if label := kg.labels.get(str(prop)):
                labels[prefix + name] = dict(label)
            if nested:
                walk(nested, f"{prefix}{name}.")

    walk(context_terms(json.dumps(context()["@context"])))
    return labels


def _value_words(kg) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """Each enumerated value of the profile (skos:notation) → its label, and its shortest altLabel
    per language (the word a sentence uses: 较大, larger), else the label."""
    labels, short = {}, {}
    for r in kg.select("profile_choices"):
        notation, item = str(r["notation"]), r["item"]
        label = kg.labels.get(str(item))
        if not label:
            continue
        labels[notation] = dict(label)
        alts: dict[str, str] = {}
        for alt in kg.graph.objects(item, SKOS.altLabel):
            lang = getattr(alt, "language", None)
            if lang and (lang not in alts or len(str(alt)) < len(alts[lang])):
                alts[lang] = str(alt)
        short[notation] = {lang: alts.get(lang, text) for lang, text in label.items()}
    return labels, short


def compile_facts(kg) -> CompiledFacts:
    conditions: dict[str, ConditionFacts] = {}
    for r in kg.select("assessment_conditions"):
        c = conditions.setdefault(r["id"], ConditionFacts(
            id=r["id"], iri=r["condition"], order=int(r.get("order", 99)),
            label=kg.labels.get(str(r["condition"]), {})))
        c.levels.update(k for k, v in LEVEL_IRIS.items() if v == r["level"])
        if (eid := eid_of(r["cites"])) and eid not in c.cites:
            c.cites.append(eid)
    industries = {
        str(r["notation"]): Industry(section=r["section"], industrial=bool(r["industrial"]),
                                     group=r.get("group"), row=eid_of(r["row"]) if r.get("row") else None)
        for r in kg.select("assessment_industries")
    }
    thresholds: dict[str, dict[str, Decimal]] = {}
    for r in kg.select("all_thresholds"):
        thresholds.setdefault(eid_of(r["row"]), {})[r["field"]] = Decimal(str(r["value"]))
    from kg_service.articles import ArticleIndex

    indicators = tuple((r["indicator"], r["field"], int(r["column"])) for r in kg.select("assessment_indicators"))
    # an indicator's unit is its field's (indicators.<field>)
    units_of = {f"indicators.{f}": str(u) for ind, f, _col in indicators if (u := kg.graph.value(ind, SFKG.unit))}
    value_labels, value_short = _value_words(kg)
    units = {a.eid: {"title": a.title, "text": a.text, "order": a.order} for a in ArticleIndex(kg).all()}
    return CompiledFacts(
        sources=kg.sources_hash,
        conditions=conditions,
        indicators=indicators,
        industries=industries,
        thresholds=thresholds,
        lookback_years=int(kg.select("assessment_lookback")[0]["years"]),
        units=units,
        parameters=compile_parameters(kg),
        document={k: v for k, v in (kg.select("document") or [{}])[0].items()},
        field_labels=_field_labels(kg),
        field_units=units_of,
        value_labels=value_labels,
        value_short=value_short,
    )


def load_compiled(settings: Settings | None = None, kg=None) -> CompiledFacts:
    """The compiled facts for the current sources: from the cache, else compiled and cached."""
    settings = settings or get_settings()
    digest = kg.sources_hash if kg is not None else content_hash(source_files(settings), settings.home)
    path = settings.cache_dir / f"assessment-facts-v{FORMAT}.pickle"
    if path.exists():
        try:
            with path.open("rb") as fh:
                facts = pickle.load(fh)  # our own cache file, written below
            if isinstance(facts, CompiledFacts) and facts.sources == digest:
                return facts
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # unreadable or from an older layout: recompile
    if kg is None:
        from kg_service.graph import get_knowledge_graph

        kg = get_knowledge_graph()
    with progress.step("compiling the assessment rules"):
        facts = compile_facts(kg)
    settings.cache_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=settings.cache_dir, prefix=path.name)
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(facts, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
    return facts


def build_cache(kg) -> str:
    facts = load_compiled(kg.settings, kg)
    return (f"{len(facts.conditions)} conditions, {len(facts.industries)} industries, "
            f"{sum(len(v) for v in facts.thresholds.values())} thresholds compiled")
