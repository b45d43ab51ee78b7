"""The statuses of a population under one Assessor: the batch engine (kg_service.batch), compiled
from that Assessor's shapes and parameters, so a reform's population runs column by column and
answers exactly as the single path would (tests/test_batch_differential.py)."""
from __future__ import annotations

from collections.abc import Sequence
from weakref import WeakKeyDictionary

from kg_service.assessment.engine import Assessor
from kg_service.assessment.levels import LEVELS
from kg_service.batch.engine import BatchEngine, LevelStatuses

# one compiled engine per Assessor (the Timeline keeps an Assessor per version and reform)
_engines: WeakKeyDictionary[Assessor, BatchEngine] = WeakKeyDictionary()


def engine_for(assessor: Assessor) -> BatchEngine:
    engine = _engines.get(assessor)
    if engine is None:
        engine = _engines[assessor] = BatchEngine.from_assessor(assessor)
    return engine


def population_statuses(assessor: Assessor, profiles: Sequence[dict],
                        levels: Sequence[str] = LEVELS) -> list[dict[str, LevelStatuses]]:
    """One dict per profile, in input order: level → (verdict, condition statuses). Profiles are checked."""
    return engine_for(assessor).statuses(profiles, levels)


__all__ = ["LevelStatuses", "engine_for", "population_statuses"]
