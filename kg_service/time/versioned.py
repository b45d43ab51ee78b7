"""A batch run in time: each profile assessed by the engine of the version of the measures in force on
its as_of (under a reform, if one is given), and its line naming that version as ``POST /assess``
does (``notice``, ``measures``, ``reform``; kg_service.time.timeline.Timeline.named)."""
from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from kg_service.assessment.engine import Assessor
from kg_service.assessment.profile import as_of as profile_as_of
from kg_service.batch.engine import BatchEngine, Head, named_line
from kg_service.time.population import engine_for
from kg_service.time.reform import Reform
from kg_service.time.timeline import Timeline


class VersionedEngine:
    """What ``batch.run`` needs of an engine (``assess_line``, ``assessor``, ``facts``, ``compiled``,
    ``fallback_shapes``, ``head``), choosing the engine per profile by its date."""

    def __init__(self, timeline: Timeline, reform: Reform | None = None):
        self.timeline, self.reform = timeline, reform
        latest = timeline.versions.latest()
        self.assessor: Assessor = timeline.assessor(latest, reform)  # the rules the report and columns show
        self.default: BatchEngine = engine_for(self.assessor)
        # as_of → what its line names, as the dates of a file repeat
        self._by_day: dict[date, Head] = {}

    @property
    def facts(self):
        return self.default.facts

    @property
    def compiled(self):
        return self.default.compiled

    @property
    def fallback_shapes(self):
        return self.default.fallback_shapes

    def head(self, day: date) -> Head:
        hit = self._by_day.get(day)
        if hit is None:
            version, params, note = self.timeline.select(day, self.reform)
            engine = engine_for(self.timeline.assessor(version, self.reform, params))
            named = Timeline.named({"profile_id": "", "as_of": "", "results": []}, version, params, note, self.reform)
            extra = {k: v for k, v in named.items() if k not in ("profile_id", "as_of", "results")}
            hit = self._by_day[day] = Head(engine, version.id, extra["measures"], extra.get("notice"),
                                           extra.get("reform"), json.dumps(extra, ensure_ascii=False)[1:-1])
        return hit

    def heads(self, profiles: Sequence[dict]) -> list[Head]:
        """Each profile's head, by its date (each date of the file read once)."""
        by_raw: dict = {}
        out = []
        for p in profiles:
            raw = p.get("as_of")
            head = by_raw.get(raw)
            if head is None:
                head = by_raw[raw] = self.head(profile_as_of(p))
            out.append(head)
        return out

    def assess_line(self, profile: dict, level: str | None = None) -> tuple[dict, str]:
        head = self.head(profile_as_of(profile))
        return named_line(head, *head.engine.assess_line(profile, level))
