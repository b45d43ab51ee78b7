"""Populations under the versions of the measures and a reform, for impact: the batch engine of each
Assessor (kg_service.batch, compiled from that Assessor's shapes and parameters, so a reform's population
runs column by column and answers exactly as the single path would: tests/test_engine_differential.py),
and the baseline of a population — its statuses under the measures — kept per version, so that a reform
tried again on the same population re-decides only the conditions whose parameters it changes."""
from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Sequence
from weakref import WeakKeyDictionary

try:
    import orjson
except ImportError:  # pragma: no cover - a dependency
    orjson = None

from kg_service.assessment.engine import Assessor
from kg_service.assessment.levels import LEVELS
from kg_service.assessment.population import LevelStatuses, Population
from kg_service.batch.engine import BatchEngine

# one compiled engine per Assessor (the Timeline keeps an Assessor per version and reform)
_engines: WeakKeyDictionary[Assessor, BatchEngine] = WeakKeyDictionary()
BASELINES_KEPT = 4  # populations whose baseline is kept (a regulator tries reforms on one or two)
BASELINE_ROWS = 50_000  # and at most this many profiles in all (each kept with its graph: ~5 kB a profile)


def engine_for(assessor: Assessor) -> BatchEngine:
    engine = _engines.get(assessor)
    if engine is None:
        engine = _engines[assessor] = BatchEngine.from_assessor(assessor)
    return engine


def population_statuses(assessor: Assessor, profiles: Sequence[dict],
                        levels: Sequence[str] = LEVELS) -> list[dict[str, LevelStatuses]]:
    """One dict per profile, in input order: level → (verdict, condition statuses). Profiles are checked."""
    return engine_for(assessor).statuses(profiles, levels)


class Baselines:
    """Populations evaluated under one Assessor each, kept by the Assessor's parameters and the
    profiles' content (the last few)."""

    def __init__(self, kept: int = BASELINES_KEPT, rows: int = BASELINE_ROWS):
        self.kept, self.rows = kept, rows
        self._pops: OrderedDict[tuple, Population] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    @staticmethod
    def digest(profiles: Sequence[dict]) -> str:
        """A hash of the profiles' content (checked profiles: JSON values, finite numbers). orjson writes
        them all at once, ten times faster than json; what it cannot write (an integer beyond 64 bits)
        is written by json, profile by profile. Either text is one-to-one with the values."""
        h = hashlib.blake2b(digest_size=20)
        if orjson is not None:
            try:
                h.update(b"orjson\n" + orjson.dumps(list(profiles)))
                return h.hexdigest()
            except TypeError:
                h = hashlib.blake2b(digest_size=20)
        encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        for p in profiles:
            h.update(encode(p).encode())
            h.update(b"\n")
        return h.hexdigest()

    def get(self, assessor: Assessor, profiles: Sequence[dict], digest: str) -> Population:
        key = (assessor.parameters.key(), digest)
        with self._lock:
            pop = self._pops.get(key)
            if pop is not None:
                self._pops.move_to_end(key)
                self.hits += 1
                return pop
        pop = assessor.population(profiles)
        with self._lock:
            self.misses += 1
            self._pops[key] = pop
            while len(self._pops) > self.kept or (len(self._pops) > 1 and
                                                  sum(p.rows for p in self._pops.values()) > self.rows):
                self._pops.popitem(last=False)
        return pop


baselines = Baselines()

__all__ = ["Baselines", "LevelStatuses", "baselines", "engine_for", "population_statuses"]
