"""Scoring the question engine on a set of questions of the user kind (``tests/cases/
questions-user.yaml``, the contract's development sets): the figures acceptance reads, per
language. Shared by ``tests/test_questions_user.py`` and ``bench/qa_eval.py``."""
from __future__ import annotations

import json
import re
import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

_SENTENCE_END = re.compile(r"(?<=[。！？!?])|(?<=[.;])\s+(?=[A-Z(“\"\u4e00-\u9fff])|\n")


def first_sentence(text: str) -> str:
    """The answer's first sentence: up to the first 。！？ (Chinese), or a full stop followed by a
    new sentence (English; "2-1." in the middle of a figure is not an end), or a line break."""
    return _SENTENCE_END.split(text.strip(), maxsplit=1)[0]


def load_cases(path: Path) -> list[dict[str, Any]]:
    """A YAML or JSON list of {q, gold, lang?, answer_any?, first_any?, out_of_scope?}: ``answer_any``
    spellings of the decisive fact, one of which the answer must contain; ``first_any`` the same,
    within the answer's first sentence."""
    text = path.read_text(encoding="utf-8")
    cases = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    from kg_service.questions.text import detect_language

    for c in cases:
        c.setdefault("lang", detect_language(c["q"]))
        c.setdefault("gold", [])
    return cases


@dataclass
class Score:
    answerable: int = 0
    hit1: int = 0
    hit3: int = 0
    refused: int = 0
    out_of_scope: int = 0
    declined: int = 0
    with_fact: int = 0
    fact: int = 0
    with_first: int = 0
    first: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def recall1(self) -> float:
        return self.hit1 / self.answerable if self.answerable else 1.0

    @property
    def recall3(self) -> float:
        return self.hit3 / self.answerable if self.answerable else 1.0

    @property
    def fact_rate(self) -> float:
        return self.fact / self.with_fact if self.with_fact else 1.0

    @property
    def first_rate(self) -> float:
        return self.first / self.with_first if self.with_first else 1.0

    @property
    def declined_rate(self) -> float:
        return self.declined / self.out_of_scope if self.out_of_scope else 1.0

    def as_dict(self) -> dict[str, Any]:
        lat = sorted(self.latencies_ms)
        return {"answerable": self.answerable, "recall@1": round(self.recall1, 3), "recall@3": round(self.recall3, 3),
                "refused": self.refused, "out_of_scope": self.out_of_scope, "declined": self.declined,
                "answer_facts": f"{self.fact}/{self.with_fact}",
                "fact_first_sentence": f"{self.first}/{self.with_first}",
                "latency_ms_median": round(statistics.median(lat), 1) if lat else None,
                "latency_ms_p95": round(lat[min(len(lat) - 1, int(0.95 * len(lat)))], 1) if lat else None}


def score(ask: Callable[[str], dict[str, Any]], cases: Iterable[dict[str, Any]],
          before_each: Callable[[], None] | None = None) -> dict[str, Score]:
    """Per language ("zh", "en") and "all". ``ask`` answers like GET /ask; ``before_each``
    (e.g. clearing the query-embedding cache) runs untimed before each question."""
    out = {"zh": Score(), "en": Score(), "all": Score()}
    for c in cases:
        if before_each:
            before_each()
        t = time.perf_counter()
        a = ask(c["q"])
        ms = (time.perf_counter() - t) * 1000
        got = [x["eid"] for x in a.get("citations", [])]
        not_addressed = not got or a.get("addressed") is False
        for s in (out[c["lang"]], out["all"]):
            s.latencies_ms.append(ms)
            if c.get("out_of_scope"):
                s.out_of_scope += 1
                s.declined += not_addressed
                if not not_addressed:
                    s.failures.append(f"answered out-of-scope: {c['q']} -> {a['answer'][:80]!r}")
                continue
            s.answerable += 1
            gold = set(c["gold"])
            s.refused += not_addressed
            if not_addressed:
                s.failures.append(f"refused: {c['q']}")
            s.hit1 += bool(gold & set(got[:1]))
            s.hit3 += bool(gold & set(got[:3]))
            if not gold & set(got[:3]) and not not_addressed:
                s.failures.append(f"miss: {c['q']} -> {got[:3]} gold {sorted(gold)}")
            if c.get("first_any"):
                s.with_first += 1
                head = first_sentence(a["answer"]).lower()
                ok = any(f.lower() in head for f in c["first_any"])
                s.first += ok
                if not ok:
                    s.failures.append(f"first sentence lacks {c['first_any']}: {c['q']} -> {a['answer'][:160]!r}")
            if c.get("answer_any"):
                s.with_fact += 1
                ok = any(f.lower() in a["answer"].lower() for f in c["answer_any"])
                s.fact += ok
                if not ok:
                    s.failures.append(f"no fact {c['answer_any']}: {c['q']} -> {a['answer'][:160]!r}")
    return out
