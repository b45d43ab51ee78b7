"""More of the ways a plant writes its own indicator figures (issue 17): numerals before "%" ("七十二%"),
"个点" for percent, a bare number right after a rate's name ("NC率72，联网率68"), a figure in brackets after
its name ("数控化率（72%）"), and everyday names ("数控化水平", "联网占比"). What is not a rate's own value stays
unread: a bare number after a name that is no rate of the five, a change in points."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def service(app):
    return app.state.sfkg


BOTH = {"key_process_nc_rate": 72, "equipment_networking_rate": 68}


@pytest.mark.parametrize(("q", "want"), [
    ("我们做注塑件，数控化率七十二%，联网率六十八%，先进级？", BOTH),
    ("我们的设备联网率已经到了68个点，数控化率72个点，先进级？", BOTH),
    ("我们NC率72，联网率68，先进级够吗？", BOTH),
    ("我们是做电池的，联网率：68，数控化率：72，先进级？", BOTH),
    ("关键工序数控化率（72%）和设备联网率（68%）都达标了吗？我们是做电机的",
     BOTH),
    ("Our NC rate (72%) and networking rate (68%): enough for advanced?",
     BOTH),
    ("我们生产设备的联网占比是68%，关键工序的数控化水平72%，先进级？",
     BOTH),
])
def test_the_figure_is_read_in_the_form_written(service, q, want):
    case = service.read_case(q)
    assert case["profile"]["indicators"] == want
    assert not case["unread"]


@pytest.mark.parametrize("q", [
    "我们成本降低率12，利润率8，先进级？",   # rates, but none of the five: asked back
    "我们不良率2，去年是3，先进级？",        # a defect rate is no reduction
])
def test_a_bare_number_after_another_rate_is_not_bound(service, q):
    case = service.read_case(q)
    assert not case["profile"].get("indicators")
    assert case["unread"]


def test_a_bracket_of_words_is_still_an_aside(service):
    case = service.read_case("数控化率70%（去年65%），联网率68%，先进级？")
    assert case["profile"]["indicators"] == {"key_process_nc_rate": 70, "equipment_networking_rate": 68}
    assert any("65%" in u for u in case["unread"])
