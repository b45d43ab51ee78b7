"""The two levels of recognition (art_3): 基础级 ``basic`` and 先进级 ``advanced``, the one ``Level``
type every face and capability names them by (the ontology's individuals are
``sfid:level-beijing-basic`` and ``sfid:level-beijing-advanced``)."""
from __future__ import annotations

from typing import Literal, get_args

Level = Literal["basic", "advanced"]
LEVELS: tuple[Level, ...] = get_args(Level)  # in order: basic, then advanced


def level_or_none(value: object) -> Level | None:
    """``value`` if it names a level, else None (a form's empty choice: both levels)."""
    return value if value in LEVELS else None  # type: ignore[return-value]
