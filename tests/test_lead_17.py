"""The lead's cases of the seventeenth wave: a question that names no level is told at one level, and its
``decided`` also lists the other level's own conditions the stated facts bear on (with their level), so both
annexes' sections read by the same facts are decided."""
from __future__ import annotations

import pytest

from tests.conftest import ask


def _decided(client, q: str) -> dict[tuple[str | None, str], str]:
    f = ask(client, q)["facts"]
    assert f and f["mode"] == "eligibility", f
    return {(d.get("level"), d["condition"]): d["status"] for d in f["decided"]}


@pytest.mark.parametrize("q,want", [
    # the domains decide annex 1's section 1 and annex 2's: five of five meets both
    ("We cover all five domains: factory construction, R&D design, production operation, production management "
     "and operations management.", {(None, "basic_domains"): "met", ("advanced", "advanced_domains"): "met"}),
    # production operation only: annex 1's minimum (that one domain) is met, annex 2's (three named) is not
    ("我们只做了生产作业这一个环节的数字化。", {(None, "basic_domains"): "met",
                                  ("advanced", "advanced_domains"): "not_met"}),
    # an industry below the size line: the entity fails, and the advanced row is known but its indicators are not
    ("Our revenue is only 15 million yuan, below the designated size. We bake bread.",
     {(None, "eligible_entity"): "not_met", ("advanced", "advanced_indicators"): "unknown"}),
])
def test_no_level_named_decides_both_levels_own_conditions(client, q, want):
    got = _decided(client, q)
    for key, status in want.items():
        assert got.get(key) == status, (key, got)


def test_a_level_named_lists_only_what_is_stated_for_it(client):
    got = _decided(client, "我们覆盖了生产作业、生产管理、运营管理三个环节，能申报基础级吗？")
    assert got.get((None, "basic_domains")) == "met"
    assert ("advanced", "advanced_domains") not in got


def test_shared_conditions_are_listed_once(client):
    f = ask(client, "我们在北京注册，独立法人，年营收3亿元，做汽车座椅的。")["facts"]
    ids = [d["condition"] for d in f["decided"]]
    assert ids.count("eligible_entity") == 1, ids
