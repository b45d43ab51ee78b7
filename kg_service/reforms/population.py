"""The statuses of a population under one Assessor, with the batch engine's signature
(INTERFACES.md: ``BatchEngine.statuses``). This is the single path, an ``Assessor.assess`` per
profile; the lead swaps in ``kg_service.batch`` when it is merged."""
from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from kg_service.assessment.engine import Assessor


class LevelStatuses(NamedTuple):
    verdict: str
    conditions: dict[str, str]  # condition id → met / not_met / unknown


def population_statuses(assessor: Assessor, profiles: Sequence[dict],
                        levels: Sequence[str] = ("basic", "advanced")) -> list[dict[str, LevelStatuses]]:
    """One dict per profile, in input order: level → (verdict, condition statuses). Profiles are checked."""
    out = []
    for profile in profiles:
        result = assessor.assess(profile, None if len(levels) > 1 else levels[0], explain=False)
        out.append({r["level"]: LevelStatuses(r["verdict"], {c["id"]: c["status"] for c in r["conditions"]})
                    for r in result["results"] if r["level"] in levels})
    return out
