"""The lead's cases of the fourteenth wave: a maturity level named as the rule's (a requirement, a minimum, a
threshold raised) is not the asker's, and a level the asker states beside it still is."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

DAY = date(2026, 10, 15)
M = "maturity_level"


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


@pytest.mark.parametrize("q,want", [
    # the rule's level, asked about: not the asker's
    ("Is the maturity requirement level 2 for basic? Ours is level 3.", None),
    ("If the minimum maturity were raised to level 4, would we still qualify for basic? We are at level 3.", None),
    ("要是成熟度门槛提高到四级，我们三级还能申报基础级吗？", None),
    # the asker's level beside the rule's: the asker's
    ("我们成熟度三级，要求是二级，够吗？", 3),
    ("Our maturity is level 3 and the requirement is level 2, right?", 3),
    ("我们的成熟度达到了三级，能申报吗", 3),
])
def test_the_rules_maturity_level_is_not_the_askers(read, q, want):
    assert facts(read(q)).get(M) == want
