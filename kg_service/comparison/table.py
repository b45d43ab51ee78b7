"""Build a comparison from the graph: columns, one row per dimension, relations, evidence.

Everything that decides what is compared is data: the profiles and their columns
(``compare_columns``), the facts per column and dimension (``compare_cells``), their evidence
(``compare_evidence``). This module only assembles the query rows and applies ``relation``.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from rdflib import URIRef

from kg_service.articles import ArticleIndex
from kg_service.comparison.models import (
    CellOut,
    CitedUnitOut,
    ColumnOut,
    ComparisonOut,
    DimensionOut,
    DocumentOut,
    MeasuresOut,
    RelationOut,
    RowOut,
    SourceOut,
    Text,
)
from kg_service.comparison.relation import relation
from kg_service.errors import InputError
from kg_service.graph import KnowledgeGraph
from kg_service.graph.namespaces import SFID

DEFAULT_LEVEL = "advanced"
DEFAULT_SCHEMES = ("beijing", "miit", "jiangsu")

NOTE = Text(
    zh="表中文字为本项目的摘要，并非官方原文；北京市各项所引条款的官方中文原文见注释。"
       "“未说明”指我们掌握的来源未涉及该项，并不表示该方案没有相关规定。",
    en="Cell texts are this project's summaries, not official wording; the official Chinese text of every "
       "cited Beijing unit is quoted in the notes. \"Not stated\" means the sources we hold say nothing on "
       "the point, not that the scheme has no rule on it.",
)


class UnknownOptionError(InputError):
    """A level or scheme the graph does not know; ``field`` names the parameter (level, schemes)."""

    def __init__(self, field: str, value: str, message: str):
        super().__init__(field, message)
        self.value = value


@dataclass(frozen=True)
class _Column:
    iri: URIRef
    key: str
    order: int
    role: str
    scheme_key: str
    level: URIRef | None
    label: Text


@dataclass(frozen=True)
class _Profile:
    iri: URIRef
    key: str
    label: Text
    columns: tuple[_Column, ...]

    @property
    def base(self) -> _Column:
        return next(c for c in self.columns if c.role == "base")


def _text(row: dict[str, Any], stem: str, default: str = "") -> Text:
    return Text(zh=str(row.get(f"{stem}Zh", default)), en=str(row.get(f"{stem}En", default)))


def _local_id(iri: URIRef, prefix: str) -> str:
    """sfid:dim-accident-grade → accident-grade; sfid:source-gmw-… → source-gmw-…"""
    local = str(iri)[len(str(SFID)):] if str(iri).startswith(str(SFID)) else str(iri)
    return local[len(prefix):] if prefix and local.startswith(prefix) else local


def split_schemes(value: str | Iterable[str] | None) -> list[str]:
    """``"beijing, MIIT,jiangsu"`` or a list → ``["beijing", "miit", "jiangsu"]`` (empty parts dropped)."""
    if value is None:
        return []
    parts = value.split(",") if isinstance(value, str) else list(value)
    return [p.strip().lower() for p in parts if p and p.strip()]


class Comparator:
    """Comparisons by level and schemes, built from the graph and kept (there are few of them)."""

    def __init__(self, kg: KnowledgeGraph, articles: ArticleIndex | None = None):
        self.kg = kg
        self._articles = articles
        self._cache: dict[tuple[str, tuple[str, ...]], ComparisonOut] = {}
        self._lock = threading.Lock()

    # -- what can be asked -------------------------------------------------------------------

    @cached_property
    def profiles(self) -> dict[str, _Profile]:
        rows = self.kg.select("compare_columns")
        by_key: dict[str, list[dict[str, Any]]] = {}
        for r in rows:
            by_key.setdefault(str(r["profileKey"]), []).append(r)
        profiles = {}
        for key, prows in by_key.items():
            columns = tuple(sorted(
                (_Column(iri=r["column"], key=str(r["columnKey"]), order=int(r["order"]), role=str(r["role"]),
                         scheme_key=str(r["schemeKey"]), level=r.get("level"), label=_text(r, "column"))
                 for r in prows),
                key=lambda c: c.order))
            profiles[key] = _Profile(iri=prows[0]["profile"], key=key, label=_text(prows[0], "profile"),
                                     columns=columns)
        return profiles

    def levels(self) -> list[str]:
        return sorted(self.profiles)

    def schemes(self) -> list[str]:
        """Scheme keys in column order (Beijing first), over all profiles."""
        seen: dict[str, int] = {}
        for p in self.profiles.values():
            for c in p.columns:
                seen[c.scheme_key] = min(seen.get(c.scheme_key, c.order), c.order)
        return sorted(seen, key=lambda k: (seen[k], k))

    @cached_property
    def _relations(self) -> list[RelationOut]:
        return [RelationOut(key=r["key"], label=_text(r, "label"), comment=r.get("commentEn"),
                            description=_text(r, "comment") if r.get("commentZh") and r.get("commentEn") else None)
                for r in self.kg.select("compare_relations")]

    @cached_property
    def _measures(self) -> MeasuresOut:
        doc = self.kg.select("document")[0]
        return MeasuresOut(number=str(doc["number"]),
                           title=Text(zh=str(doc.get("title_zh", "")), en=str(doc.get("title_en", ""))))

    @property
    def articles(self) -> ArticleIndex:
        if self._articles is None:
            self._articles = ArticleIndex(self.kg)
        return self._articles

    # -- building ------------------------------------------------------------------------------

    def compare(self, level: str = DEFAULT_LEVEL, schemes: Sequence[str] | str | None = None) -> ComparisonOut:
        """The comparison of Beijing's ``level`` with ``schemes`` (Beijing is always included, first)."""
        profile = self.profiles.get(level.strip().lower())
        if profile is None:
            raise UnknownOptionError("level", level,
                                     f"unknown level '{level}': expected one of {', '.join(self.levels())}")
        wanted = split_schemes(schemes) or list(DEFAULT_SCHEMES)
        known = self.schemes()
        unknown = [s for s in wanted if s not in known]
        if unknown:
            names = ", ".join(repr(u) for u in unknown)
            raise UnknownOptionError("schemes", ",".join(unknown),
                                     f"unknown scheme{'s' if len(unknown) > 1 else ''} {names}: "
                                     f"expected some of {', '.join(known)}")
        base = profile.base.scheme_key
        # Beijing is the base of every relation, so it is always shown; the rest keep data order
        chosen = tuple(s for s in known if s == base or s in wanted)
        cache_key = (profile.key, chosen)
        with self._lock:
            if cache_key not in self._cache:
                self._cache[cache_key] = self._build(profile, chosen)
            return self._cache[cache_key]

    def _build(self, profile: _Profile, schemes: tuple[str, ...]) -> ComparisonOut:
        columns = [c for c in profile.columns if c.scheme_key in schemes]
        citations, sources = self._evidence(profile)
        cells: dict[str, dict[URIRef, CellOut]] = {}
        dims: dict[URIRef, DimensionOut] = {}
        for col in columns:
            cells[col.key] = {}
            for r in self.kg.select("compare_cells", memo=True, column=col.iri):
                fact = r.get("fact")
                cells[col.key][r["dim"]] = CellOut(
                    fact=str(fact) if fact else None,
                    value=_text(r, "value"),
                    stated=bool(r["stated"]),
                    order_value=int(r["orderValue"]) if r.get("orderValue") is not None else None,
                    comparison_key=r.get("key"),
                    citations=citations.get(fact, []) if fact else [],
                    sources=sources.get(fact, []) if fact else [],
                )
                dims.setdefault(r["dim"], DimensionOut(
                    id=_local_id(r["dim"], "dim-"), iri=str(r["dim"]), order=int(r["dimOrder"]),
                    label=_text(r, "dim"), comment=r.get("dimCommentEn"), direction=r["direction"]))
        base = profile.base.key
        rows = []
        for dim_iri, dim in sorted(dims.items(), key=lambda kv: kv[1].order):
            values = {c.key: cells[c.key][dim_iri] for c in columns if dim_iri in cells[c.key]}
            # relations need Beijing's cell; the base column has no shownOnDimension, so it is always there
            rels = ({k: relation(dim.direction, values[base], v) for k, v in values.items() if k != base}
                    if base in values else {})
            rows.append(RowOut(dimension=dim, values=values, relations=rels))
        used = {rel for row in rows for rel in row.relations.values()}
        return ComparisonOut(
            level=profile.key,
            level_label=profile.label,
            schemes=list(schemes),
            measures=self._measures,
            columns=[ColumnOut(key=c.key, scheme=c.scheme_key, role=c.role, label=c.label,  # type: ignore[arg-type]
                               level=str(c.level) if c.level else None) for c in columns],
            rows=rows,
            relations=[r for r in self._relations if r.key in used],
            cited_units=self._cited_units(rows),
            note=NOTE,
        )

    def _evidence(self, profile: _Profile) -> tuple[dict[URIRef, list[str]], dict[URIRef, list[SourceOut]]]:
        """Fact → cited eIds (document order) and fact → sources, for every fact of the profile."""
        units: dict[URIRef, dict[str, int]] = {}
        sources: dict[URIRef, dict[str, SourceOut]] = {}
        for r in self.kg.select("compare_evidence", memo=True, profile=profile.iri):
            fact = r["fact"]
            if r.get("eid"):
                # a unit missing from the corpus sorts last rather than vanishing
                units.setdefault(fact, {})[str(r["eid"])] = int(r.get("unitOrder", 10**6))
            elif r.get("source") and str(r["source"]) not in sources.get(fact, {}):
                doc = r.get("document")
                sources.setdefault(fact, {})[str(r["source"])] = SourceOut(
                    id=_local_id(r["source"], ""), label=_text(r, "source"),
                    publisher=r.get("publisher"), date=r.get("date"),
                    document=DocumentOut(id=_local_id(doc, ""), label=_text(r, "document"),
                                         identifier=r.get("documentId"), date=r.get("documentDate"))
                    if doc else None)
        return ({f: sorted(e, key=lambda eid: (e[eid], eid)) for f, e in units.items()},
                # oldest first; undated sources after the dated ones
                {f: sorted(s.values(), key=lambda src: (src.date or "9999", src.id)) for f, s in sources.items()})

    def _cited_units(self, rows: list[RowOut]) -> list[CitedUnitOut]:
        eids = {e for row in rows for cell in row.values.values() for e in cell.citations}
        found = [a for e in eids if (a := self.articles.get(e))]
        return [CitedUnitOut(eid=a.eid, title=Text(**a.title), text=Text(**a.text))
                for a in sorted(found, key=lambda a: a.order)]
