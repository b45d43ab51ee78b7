"""Beijing's relation to another scheme on one dimension, from the facts' data alone.

One generic rule for every dimension: the dimension's strictness direction and the facts' order
values and comparison keys decide, so adding a dimension or a scheme needs no code here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # an annotation only: importing the package loads no pydantic
    from kg_service.comparison.models import Relation

# The sign that turns "Beijing's order value minus the other's" into "how much stricter Beijing is".
_SIGN = {"lower-is-stricter": -1, "higher-is-stricter": 1}


class Fact(Protocol):
    stated: bool
    order_value: int | None
    comparison_key: str | None


def relation(direction: str, beijing: Fact, other: Fact) -> Relation:
    """stricter | looser | same | different | only_in_one | not_stated, as Beijing relates to ``other``.

    Silence is never read as a rule: if either side is not stated the answer says so rather than
    ranking a stated rule against nothing.
    """
    if not beijing.stated and not other.stated:
        return "not_stated"
    if beijing.stated != other.stated:
        return "only_in_one"
    sign = _SIGN.get(direction)
    if sign is not None and beijing.order_value is not None and other.order_value is not None:
        lead = (beijing.order_value - other.order_value) * sign
        return "stricter" if lead > 0 else "looser" if lead < 0 else "same"
    # unordered (or an ordered dimension whose facts carry no order value): same substance or not
    if beijing.comparison_key is not None and beijing.comparison_key == other.comparison_key:
        return "same"
    return "different"
