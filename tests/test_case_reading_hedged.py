"""Values stated with a hedge that makes them something other than the applicant factory's measured value
(issue 17: never guess a fact): a change in percentage points of an indicator that is a relative change,
a figure of one line or of the whole group, an estimate or a mock assessment, a domain named as the time of
something else or as a plan. Each is left unread and asked back, with its words; the plain statement
beside it is still read."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def service(app):
    return app.state.sfkg


def indicators(case: dict) -> dict:
    return case["profile"].get("indicators") or {}


@pytest.mark.parametrize(("q", "unread", "kept"), [
    ("我们做五金工具，产品不良率降低了3个百分点，联网率70%，先进级行吗？", "defect_rate_reduction",
     {"equipment_networking_rate": 70}),
    ("We make hand tools; our defect rate fell by 3 percentage points and networking is 70%. Advanced?",
     "defect_rate_reduction", {"equipment_networking_rate": 70}),
    ("Energy use per unit of output value went down 2 points, NC rate 71%. Advanced?",
     "energy_per_output_reduction", {"key_process_nc_rate": 71}),
])
def test_percentage_points_of_a_relative_change_are_asked_back(service, q, unread, kept):
    case = service.read_case(q)
    assert unread not in indicators(case)
    assert indicators(case) == kept
    assert any("百分点" in u or "point" in u for u in case["unread"])


@pytest.mark.parametrize("q", [
    "We make hand tools. Across the whole group the networking rate is 80%. Advanced?",
    "We make hand tools. Group-wide, networking stands at 80%. Advanced?",
    "We make hand tools. One of our four lines runs at 92% networking. Advanced?",
    "我们做五金工具，集团层面的设备联网率是80%，能评先进级吗？",
    "我们五条产线中的一条联网率达到了90%，能评先进级吗？",
])
def test_a_lines_or_the_groups_figure_is_not_the_factorys(service, q):
    case = service.read_case(q)
    assert "equipment_networking_rate" not in indicators(case)
    assert case["unread"]


@pytest.mark.parametrize("q", [
    "A mock assessment last month put our maturity at level 3. Can we apply for advanced?",
    "第三方咨询机构预评估我们成熟度是三级，能报先进级吗？",
    "我们估计成熟度是二级，能报基础级吗？",
    "We estimate networking at 75% and NC rate at 70%. Advanced?",
])
def test_an_estimate_or_a_mock_assessment_is_asked_back(service, q):
    case = service.read_case(q)
    assert "maturity_level" not in case["profile"]
    assert not indicators(case)
    assert case["unread"]


def test_a_level_stated_beside_a_hope_is_still_read(service):
    # "估计能过" hopes for the verdict; the level itself is stated plainly
    case = service.read_case("我们成熟度三级，估计能过吧？")
    assert case["profile"]["maturity_level"] == 3


@pytest.mark.parametrize(("q", "domains"), [
    ("我们的数字化改造覆盖了生产作业和生产管理，智能工厂建设还在规划中，基础级可以吗？",
     {"production_operation", "production_management"}),
    ("我们新工厂建设时就部署了MES，覆盖生产作业和生产管理，基础级？",
     {"production_operation", "production_management"}),
    ("We have digitalised production operation and production management, and plan to do operations "
     "management next year. Basic?", {"production_operation", "production_management"}),
])
def test_a_domain_planned_or_named_as_a_time_is_not_covered(service, q, domains):
    assert set(service.read_case(q)["profile"]["domains"]) == domains


def test_the_answer_asks_for_the_points_in_percent(client):
    body = client.get("/ask", params={"q": "我们产品不良率降低了3个百分点，先进级行吗？", "as_of": "2026-06-01"}).json()
    assert "百分点的变化" in body["answer"]
    assert "defect_rate_reduction" not in (body["facts"]["profile"].get("indicators") or {})


@pytest.mark.parametrize(("q", "domains"), [
    ("We have digitalised R&D design, production and operations management. Basic level?",
     {"rd_design", "production_management", "operations_management"}),
    ("我们做了研发设计、生产和运营管理的数字化，基础级？",
     {"rd_design", "production_management", "operations_management"}),
    # "operation" is production operation's own word: no "operation management" made of it
    ("We cover production operation and production management. Basic?",
     {"production_operation", "production_management"}),
])
def test_a_head_written_once_for_two_domains_names_both(service, q, domains):
    assert set(service.read_case(q)["profile"]["domains"]) == domains


def test_a_list_member_that_names_no_domain_leaves_the_list_unread(service):
    # read without "quality", the list would say quality is not covered: asked back instead
    case = service.read_case("We have digitalised R&D design, quality and operations management. Basic level?")
    assert "domains" not in case["profile"]
    assert case["unread"]


@pytest.mark.parametrize(("q", "domains"), [
    ("在智能工厂建设方面，我们目前只覆盖了生产作业和生产管理，能报基础级吗？",
     {"production_operation", "production_management"}),
    ("Our smart factory construction so far covers production operation and production management. Basic?",
     {"production_operation", "production_management"}),
    ("我们覆盖了工厂建设、生产作业和生产管理，基础级？",
     {"factory_construction", "production_operation", "production_management"}),
])
def test_the_smart_factorys_building_as_a_whole_is_no_domain(service, q, domains):
    assert set(service.read_case(q)["profile"]["domains"]) == domains


@pytest.mark.parametrize("q", [
    "We have digitalised R&D design, production management and operations management, but our production "
    "operation is still paper-based. Basic level?",
    "We digitalised R&D design and production management; production operations are still manual. Basic?",
])
def test_a_domain_said_to_be_done_by_hand_asks_the_domains_back(service, q):
    case = service.read_case(q)
    assert "domains" not in case["profile"]
    assert case["unread"]
