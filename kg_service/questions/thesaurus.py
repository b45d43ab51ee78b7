"""The thesaurus side of the question engine: which units the concepts of a question point to,
which concepts the measures do not state, and whether a question touches the measures at all.

All of it is read from the graph (``ontology/thesaurus.ttl`` and the other ontology files, through
``queries/ask_concept_units.rq`` and ``queries/ask_unstated.rq``); the classes whose mention puts a
question within the measures' scope are listed in ``queries/ask_answers.yaml`` (``scope``).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from kg_service.graph import KnowledgeGraph
from kg_service.questions.structured import Mention


class Thesaurus:
    def __init__(self, kg: KnowledgeGraph, scope_types: Iterable[str], types: dict[str, set[str]],
                 asks_rules: dict[str, str] | None = None, parents: dict[str, str | None] | None = None):
        self.units: dict[str, list[str]] = defaultdict(list)
        # how directly a concept points to a unit: 0 it concerns it or is defined in it, 1 through
        # its industry group, 2 it is only cited there (``ask_concept_units.rq``)
        self.weights: dict[tuple[str, str], int] = {}
        for r in kg.select("ask_concept_units"):
            c, e = str(r["concept"]), str(r["eid"])
            if e not in self.units[c]:
                self.units[c].append(e)
                self.weights[c, e] = int(r.get("weight") or 0)
        self.unstated: dict[str, list[str]] = defaultdict(list)
        for r in kg.select("ask_unstated"):
            self.unstated[str(r["concept"])]
            if r.get("eid"):
                self.unstated[str(r["concept"])].append(str(r["eid"]))
        self.weak = {str(r["concept"]) for r in kg.select("ask_weak_topics")}
        self.parents = parents or {}
        self.scope_types = set(scope_types)
        self.asks_rules = {lang: re.compile(p, re.I) for lang, p in (asks_rules or {}).items()}
        self.types = types

    def in_scope(self, mentions: list[Mention], question: str = "", lang: str = "zh") -> list[Mention]:
        """The mentions that put a question within the measures' subject (a topic, a level, an
        indicator …; a place or a generic actor alone does not; a factory system alone only when
        the question asks how it stands under the rules)."""
        typed = [m for m in mentions if (self.types.get(m.concept, set()) | {m.type}) & self.scope_types]
        if all(m.concept in self.weak for m in typed):
            asks = self.asks_rules.get(lang)
            if not (asks and question and asks.search(question)):
                return []
        return typed

    def unstated_in(self, mentions: list[Mention]) -> list[Mention]:
        return [m for m in mentions if m.concept in self.unstated]

    def ranking(self, mentions: list[Mention]) -> list[tuple[str, float]]:
        """Units the question's concepts point to, best first, with their shares (see ``ranked``)."""
        return [(e, share) for e, (_, share) in self.ranked(mentions)]

    def ranked(self, mentions: list[Mention]) -> list[tuple[str, tuple[int, float]]]:
        """Units the question's concepts point to, best first, each with its key (hits, share):
        first by how many of the question's words point to it, then by the shares each word gives
        its units, inversely proportional to how many units it points to (a topic of one unit is
        decisive evidence, a level that every procedure article cites is not). Units with equal
        keys are tied: their order here is the measures' order, which is no evidence.

        The words count, not the concepts: 基础级 names Beijing's level, the national one and the
        topic of the levels at once, and is still one word of the question, not three."""
        score: dict[str, float] = defaultdict(float)
        hits: dict[str, int] = defaultdict(int)
        spans: dict[tuple[str, int, int], list[str]] = {}
        for m in mentions:
            if not (self.types.get(m.concept, set()) | {m.type}) & self.scope_types:
                continue
            concepts = spans.setdefault((m.space, m.start, m.end), [])
            if m.concept not in concepts:
                concepts.append(m.concept)
        seen: set[str] = set()
        for concepts in spans.values():
            shares: dict[str, float] = {}
            pointed: set[str] = set()
            for c in concepts:
                if c in seen:  # the same concept named by two words is one piece of evidence
                    continue
                seen.add(c)
                units = self.units.get(c, [])
                for e in units:
                    share = 1.0 / len(units) * (1.0 - 0.05 * self.weights.get((c, e), 0))
                    shares[e] = shares.get(e, 0.0) + share
                pointed |= self._within(units)
            for e, share in shares.items():
                score[e] += share
            for e in pointed:
                hits[e] += 1
        # a unit that several of the question's words point to, itself or through a unit it is
        # part of (the advanced level's production operation: the domain points to it, the level
        # to annex 2 that holds it) comes before one that only one of them does
        keys = {e: (hits[e], round(s, 9)) for e, s in score.items()}
        return sorted(keys.items(), key=lambda kv: (-kv[1][0], -kv[1][1]))

    def _within(self, units: list[str]) -> set[str]:
        """The units and, of the units already scored, those lying inside one of them."""
        inside = set(units)
        for e, parent in self.parents.items():
            p = parent
            while p is not None and e not in inside:
                if p in units:
                    inside.add(e)
                p = self.parents.get(p)
        return inside
