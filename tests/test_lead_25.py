"""The lead's cases of the twenty-fifth wave: when a passage names both levels (a report titled "基础级/先进级…自评
报告"), the level its last question names alone is the level asked; "file as a basic-level smart factory" asks to
file, it says nothing of a title held or a filing made."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts


@pytest.fixture(scope="module")
def read():
    return case_reader(date(2026, 12, 8))


@pytest.mark.parametrize("words,level", [
    ("基础级/先进级智能工厂自评估报告摘录\n一、企业基本情况\n1.1 本企业注册地在北京市密云区。\n"
     "以上为自评报告摘录，请问能否认定为基础级智能工厂？", "basic"),
    ("基础级/先进级自评报告：我们数控化率72%。我们可以去区里做基础级备案吗", "basic"),
    ("Basic / advanced self-check: NC rate 72%, networking 66%. Could we be recognised at the basic level?", "basic"),
    # the last question names the advanced level alone
    ("我们不清楚基础级和先进级的区别。数控化率72%，联网率66%，能申报先进级吗？", "advanced"),
    ("Basic level looks easy for us. NC rate 72%. Can we go straight for the advanced level?", "advanced"),
    # a question naming both: the level above is asked (as before)
    ("NC rate 72%. Are we basic or advanced?", "advanced"),
])
def test_the_level_the_last_question_names_alone_is_the_level_asked(read, words, level):
    assert read(words).level == level


@pytest.mark.parametrize("words", [
    "Our NC rate is 72%. Can we file as a basic-level smart factory?",
    "We are registered in Beijing. Can we apply as a basic-level smart factory?",
])
def test_asking_to_file_as_a_basic_level_factory_is_no_filing_and_no_title(read, words):
    r = read(words)
    assert r.mode == "eligibility" and r.level == "basic"
    assert "basic_filing.filed" not in facts(r)


@pytest.mark.parametrize("words", [
    "We were recognised as a basic-level smart factory in 2025. We had a major accident in 2026. Do we lose the title?",
    "Since 2025 we operate as a basic-level smart factory; now we had a major fire. What happens to our title?",
])
def test_a_title_held_is_still_read_as_held(read, words):
    assert read(words).mode == "revocation"
