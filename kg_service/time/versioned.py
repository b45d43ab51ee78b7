"""A batch run in time: each profile assessed by the engine of the version of the measures in force on
its as_of (under a reform, if one is given), and its line naming that version as ``POST /assess``
does (``notice``, ``measures``, ``reform``; kg_service.time.timeline.Timeline.named)."""
from __future__ import annotations

import json
from datetime import date

from kg_service.assessment.engine import Assessor
from kg_service.assessment.profile import as_of as profile_as_of
from kg_service.batch.engine import BatchEngine
from kg_service.time.population import engine_for
from kg_service.time.reform import Reform
from kg_service.time.timeline import Timeline


class VersionedEngine:
    """What ``batch.run`` needs of an engine (``assess_line``, ``assessor``, ``facts``, ``compiled``,
    ``fallback_shapes``), choosing the engine per profile by its date."""

    def __init__(self, timeline: Timeline, reform: Reform | None = None):
        self.timeline, self.reform = timeline, reform
        latest = timeline.versions.latest()
        self.assessor: Assessor = timeline.assessor(latest, reform)  # the rules the report and columns show
        self.default: BatchEngine = engine_for(self.assessor)
        # (as_of) → (engine, the JSON text the answer adds after "as_of"), as the dates of a file repeat
        self._by_day: dict[date, tuple[BatchEngine, str]] = {}

    @property
    def facts(self):
        return self.default.facts

    @property
    def compiled(self):
        return self.default.compiled

    @property
    def fallback_shapes(self):
        return self.default.fallback_shapes

    def _for(self, day: date) -> tuple[BatchEngine, str]:
        hit = self._by_day.get(day)
        if hit is None:
            version, params, note = self.timeline.select(day, self.reform)
            engine = engine_for(self.timeline.assessor(version, self.reform, params))
            head = Timeline.named({"profile_id": "", "as_of": "", "results": []}, version, params, note, self.reform)
            extra = {k: v for k, v in head.items() if k not in ("profile_id", "as_of", "results")}
            hit = self._by_day[day] = (engine, json.dumps(extra, ensure_ascii=False)[1:-1])
        return hit

    def assess_line(self, profile: dict, level: str | None = None) -> tuple[dict, str]:
        engine, extra = self._for(profile_as_of(profile))
        result, text = engine.assess_line(profile, level)
        # the line of POST /assess: profile_id, as_of, then what names the version, then the rest
        start = json.dumps({"profile_id": result["profile_id"], "as_of": result["as_of"]}, ensure_ascii=False)[:-1]
        if not text.startswith(start):  # the engine's key order is the single path's; this guards it
            raise ValueError("batch result does not begin with profile_id and as_of")
        return result, f"{start}, {extra}{text[len(start):]}"
