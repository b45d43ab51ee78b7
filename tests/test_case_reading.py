"""Reading the case a question states (Service.read_case): each number binds to the indicator named
next to it in its own clause, in both languages; a number the words do not bind to one field is left
unread, never guessed; reading decides nothing."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def service(app):
    return app.state.sfkg


@pytest.mark.parametrize(("q", "want"), [
    ("We are an electronics maker: NC rate 78%, networking 72%, defect-rate reduction 3%, "
     "labour productivity +10%. Do we reach the advanced level?",
     {"key_process_nc_rate": 78, "equipment_networking_rate": 72, "defect_rate_reduction": 3,
      "labor_productivity_gain": 10}),
    ("Defect rate reduction 6%, NC rate of key processes 81% and networking rate 90%; advanced?",
     {"defect_rate_reduction": 6, "key_process_nc_rate": 81, "equipment_networking_rate": 90}),
    ("我们单位产值能耗降低9%，人均劳动生产率提升12%，关键工序数控化率66%，先进级够吗？",
     {"energy_per_output_reduction": 9, "labor_productivity_gain": 12, "key_process_nc_rate": 66}),
])
def test_each_number_binds_to_its_own_indicator(service, q, want):
    case = service.read_case(q)
    assert case["profile"]["indicators"] == want
    for key, value in want.items():
        assert str(value) in case["spans"][f"indicators.{key}"]
    assert case["level"] == "advanced" and case["mode"] == "eligibility"


def test_electronics_maker_is_c39(service):
    assert service.read_case("We are an electronics maker with NC rate 70%.")["profile"]["industry_code"] == "C39"


@pytest.mark.parametrize("q", ["数控化率78%和80%，先进级够吗？", "Our NC rate is 70% or 75%, is that enough?"])
def test_two_numbers_for_one_indicator_are_unread_not_guessed(service, q):
    case = service.read_case(q)
    assert "key_process_nc_rate" not in (case["profile"].get("indicators") or {})
    assert case["unread"]


def test_reading_decides_nothing(service):
    case = service.read_case("我们智能制造能力成熟度只有一级，能报基础级吗？", level="basic")
    assert case["profile"]["maturity_level"] == 1 and case["level"] == "basic"
    assert "decided" not in case


@pytest.mark.parametrize(("q", "domains"), [
    ("We cover production operation, production management and operations management. Advanced?",
     {"production_operation", "production_management", "operations_management"}),
    ("We only digitalised production operation and production management. Enough for the advanced level?",
     {"production_operation", "production_management"}),
])
def test_domains_stated_are_read(service, q, domains):
    assert set(service.read_case(q)["profile"]["domains"]) == domains
