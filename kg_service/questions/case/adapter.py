"""TEMPORARY: the old ``SituationReader``'s output as a ``CaseReading``, so that deciding and telling
can be built before the new reader (``reader.py``) lands. Deleted with ``situation.py`` then."""
from __future__ import annotations

from typing import Any

from kg_service.questions.case.model import CaseReading, Event, Fact
from kg_service.questions.situation import Situation


def _leaves(value: Any, prefix: str = "") -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        return [leaf for k, v in value.items() for leaf in _leaves(v, f"{prefix}{k}.")]
    if isinstance(value, list) and value and all(isinstance(x, dict) for x in value):
        return [leaf for i, v in enumerate(value) for leaf in _leaves(v, f"{prefix}{i}.")]
    return [(prefix[:-1], value)]


def reading_of(s: Situation, words: str, lang: str) -> CaseReading:
    facts = []
    for path, value in _leaves({k: v for k, v in s.profile.items() if k not in ("id", "as_of")}):
        said = s.spans.get(path, "")
        if path == "industry_code" and s.products:
            said = s.products[0]
        facts.append(Fact(path, value, said))
    events = [Event(e["type"], "", e.get("date"), {k: v for k, v in e.items() if k not in ("type", "date")})
              for e in s.events]
    return CaseReading(
        words=words, lang=lang, mode=s.mode, level=s.level if s.level_named else None, facts=facts,
        events=events, unread=list(s.unread), as_of=s.as_of, asks_domain=s.asks_domain,
        industries=[{"code": str(d["notation"]), "named_as": p} for d, p in zip(s.divisions, s.products, strict=False)],
        systems=[{"named_as": n, "domain": k} for n, k in s.systems])
