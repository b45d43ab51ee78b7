"""Reading what telling_5's kinds state (bench/qa_sets/telling_5.json): an organisation said not to exist
("no organisation for planning …"), a verb with an object not read as the plant's state ("running the smart
factory"), and two accidents counted one by one in one clause ("一起较大环保事故和一起一般安全事故")."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader

TODAY = date(2026, 6, 1)


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


@pytest.mark.parametrize(("q", "expect"), [
    ("We have a team of smart-manufacturing professionals, but no organisation for planning, building and running "
     "the smart factory. Can we apply for the basic level?", {"talent_team": True, "organization_mechanism": False}),
    ("We have no organisation for planning the smart factory yet. Can we apply for the advanced level?",
     {"organization_mechanism": False}),
    ("We have an organisation for planning the smart factory.", {"organization_mechanism": True}),
    ("Our plant is up and running.", {"factory_built": True, "factory_in_operation": True}),
])
def test_an_organisation_and_the_plants_state(read, q, expect):
    assert read(q).profile() == expect


@pytest.mark.parametrize("q", [
    "Last year we had a larger environmental accident and a general safety accident. Can we apply for the basic level?",
    "去年我们发生了一起较大环保事故和一起一般安全事故，能申报基础级吗？",
])
def test_two_accidents_in_one_clause_are_two(read, q):
    r = read(q)
    assert not r.unread
    got = sorted((i["grade"], i["kind"], i["date"]) for i in r.profile()["incidents"])
    assert got == [("general", "safety", "2025-06-01"), ("larger", "environmental", "2025-06-01")]


def test_one_accident_and_a_figure_joined_by_and_stay_one(read):
    """'and' before an article that starts no accident breaks nothing."""
    r = read("Last year we had a general safety accident and a networking rate of 70%.")
    assert [i["grade"] for i in r.profile().get("incidents", [])] == ["general"]


def test_in_normal_operation_is_in_operation(read):
    r = read("Our factory is built and in normal operation. Can we apply for the basic level?")
    assert r.profile() == {"factory_built": True, "factory_in_operation": True}


@pytest.mark.parametrize(("q", "expect"), [
    ("我们有专门的团队，但没有负责智能工厂规划的组织，能申报基础级吗？",
     {"talent_team": True, "organization_mechanism": False}),
    ("我们成立了负责智能工厂建设的机构，也有专门的团队。", {"talent_team": True, "organization_mechanism": True}),
])
def test_an_organisation_named_by_what_it_does(read, q, expect):
    """'负责智能工厂规划的组织' is the organisation art_5 item 6 asks for, said by what it is for."""
    assert read(q).profile() == expect
