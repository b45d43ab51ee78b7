"""The graph's names of the things a stated case speaks of, found in a question with their spans.

A ``Lexicon`` is built once from ``queries/read_case_terms.rq``: every label (rdfs:label, SKOS
preferred, alternative and hidden labels) of the indicators, KPIs, construction domains, accident
grades and kinds, maturity levels and places, per language, compiled into one pattern. ``find``
answers the names in a question, longest first where two overlap, each with the concepts it names
(one name may name two: "defect rate" is an indicator's and a KPI's).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg_service.graph import KnowledgeGraph

# class local name -> the kind the reader speaks of
KINDS = {"Indicator": "indicator", "KPI": "kpi", "ConstructionDomain": "domain", "AccidentGrade": "grade",
         "IncidentKind": "incident_kind", "MaturityLevel": "maturity", "ProvinceLevelUnit": "province",
         "District": "district", "AreaWithinDistricts": "area"}

_SEP = re.compile(r"[\s\-‐–—_/]+")
_ALNUM_EDGE = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True)
class Term:
    concept: str
    kind: str  # one of KINDS' values
    key: str | None = None  # the profile's value or field: "key_process_nc_rate", "larger", "3"
    extra: tuple[tuple[str, str], ...] = ()  # ("indicator_kind", "level"), ("direction", "down"), ("within", IRI)

    def get(self, name: str) -> str | None:
        return dict(self.extra).get(name)


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    terms: tuple[Term, ...]
    ambiguous: bool = False  # an sfkg:ambiguousName: it may name another measure than its terms' ("单位能耗")

    def of(self, *kinds: str) -> list[Term]:
        return [t for t in self.terms if t.kind in kinds]


def _norm(label: str, lang: str) -> str:
    label = label.lower().strip()
    return re.sub(r"\s+", "", label) if lang == "zh" else _SEP.sub(" ", label)


def _pattern(label: str, lang: str) -> str:
    if lang == "zh":
        body = r"\s*".join(re.escape(c) for c in label if not c.isspace())
    else:
        words = [w for w in _SEP.split(label) if w]
        body = r"[\s\-‐–—_/]+".join(re.escape(w) for w in words)
        body += r"(?:s|es)?" if words and words[-1][-1:].isalpha() else ""
    # a Latin name is a word: "NC" in "NCR", "mes" in "sometimes" is not a name
    if _ALNUM_EDGE.match(label[:1]):
        body = r"(?<![A-Za-z0-9])" + body
    if _ALNUM_EDGE.match(label[-1:]):
        body += r"(?![A-Za-z0-9])"
    return body


@dataclass
class Lexicon:
    names: dict[str, dict[str, list[Term]]] = field(default_factory=dict)  # lang -> normalised name -> terms
    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # concept -> lang -> rdfs:label
    ambiguous: dict[str, set[str]] = field(default_factory=dict)  # lang -> normalised sfkg:ambiguousName

    @classmethod
    def from_graph(cls, kg: KnowledgeGraph) -> Lexicon:
        lex = cls(labels=kg.labels)
        terms: dict[str, Term] = {}
        rows = kg.select("read_case_terms", memo=True)
        for row in rows:
            concept = str(row["concept"])
            if concept in terms:
                continue
            kind = KINDS[str(row["type"]).rsplit("#", 1)[-1]]
            key = row.get("field") or row.get("notation")
            extra: list[tuple[str, str]] = []
            if row.get("kind") is not None:
                extra.append(("indicator_kind", str(row["kind"]).rsplit("kind-", 1)[-1]))
            if row.get("direction") is not None:
                extra.append(("direction", str(row["direction"])))
            if row.get("within") is not None:
                extra.append(("within", str(row["within"])))
            terms[concept] = Term(concept, kind, str(key) if key is not None else None, tuple(extra))
        for row in rows:
            label, lang = str(row["label"]), str(row.get("lang") or "en")
            term = terms[str(row["concept"])]
            bucket = lex.names.setdefault(lang, {}).setdefault(_norm(label, lang), [])
            if term not in bucket:
                bucket.append(term)
            if row.get("ambiguous") is not None:
                lex.ambiguous.setdefault(lang, set()).add(_norm(label, lang))
        for lang, names in lex.names.items():
            ordered = sorted(names, key=lambda n: (-len(n), n))
            lex.patterns[lang] = re.compile("|".join(_pattern(n, lang) for n in ordered), re.I)
        return lex

    def find(self, text: str, lang: str) -> list[Hit]:
        pattern, names = self.patterns.get(lang), self.names.get(lang, {})
        if pattern is None:
            return []
        hits = []
        for m in pattern.finditer(text):
            name = _norm(m.group(0), lang)
            # a plural found by the pattern's optional ending: "defect rates" is "defect rate"
            key = next((k for k in (name, name[:-1], name[:-2]) if names.get(k)), None)
            if key is not None:
                hits.append(Hit(m.start(), m.end(), m.group(0), tuple(names[key]),
                                key in self.ambiguous.get(lang, ())))
        return hits

    def label(self, concept: str, lang: str) -> str:
        return self.labels.get(concept, {}).get(lang) or self.labels.get(concept, {}).get("en") or concept

