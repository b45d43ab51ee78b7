"""The lead's cases of the thirteenth wave: a word of its own that begins with 不 negates nothing after it
("消防检查不合格被罚款" states a fine, not its absence), and a procedure told by its outcome ("fined for a failed
fire inspection") is the asker's case, not a question about that procedure."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask, case_reader, facts

DAY = date(2026, 10, 15)
V = "violations"


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


def assert_asked_back(reading, field: str) -> None:
    """``field`` is not read, and the words stating it are asked back."""
    assert field not in facts(reading)
    assert any(field in a.fields for a in reading.asks.values()), reading.asks


@pytest.mark.parametrize("q,want", [
    # 不合格 / 不规范 / 不当 are words of their own: the fine after them stands
    ("我们今年3月因消防检查不合格被消防救援支队罚款2万元，能申报吗？", {"violations.0.date": "2026-03-15"}),
    ("今年5月因台账管理不规范被环保局处罚了，还能报吗", {"violations.0.date": "2026-05-15"}),
    # a plain negation before the fine still denies it
    ("我们近三年没有被罚款，能申报吗？", {V: []}),
])
def test_a_word_beginning_with_bu_does_not_deny_a_fine(read, q, want):
    assert facts(read(q)) == want


def test_a_careless_act_does_not_deny_the_accident_it_caused(read):
    # "操作不当引发" caused an accident: whatever is read of it, it is not "no accidents"
    assert facts(read("员工操作不当，今年2月引发了一起较大安全事故，还能申报吗？")).get("incidents") != []


@pytest.mark.parametrize("q", [
    "We were fined last year for a failed fire inspection. Can we apply?",
    "After a failed fire inspection in March 2026 we paid a penalty. Can we still apply for the basic level?",
])
def test_a_procedure_told_by_its_outcome_is_the_askers_case(client, q):
    body = ask(client, q)
    assert body["addressed"] is True, body["answer"]
    assert [v for v in body["facts"]["profile"].get(V, [])], body["facts"]


def test_a_question_about_the_procedure_itself_is_still_declined(client):
    assert ask(client, "How do I pass a fire inspection in Beijing?")["addressed"] is False


# -- lead33: the domains only where they are named; "nothing" negates; a range is a bound; productivity --------

ALL5 = ["factory_construction", "operations_management", "production_management", "production_operation",
        "rd_design"]


@pytest.mark.parametrize("q", [
    "Everything is fine with our finances, and we make pumps.",
    "All five of our workshops are networked; we make pumps.",
    "We make pumps and all five indicators meet the thresholds.",
    "我们做水泵的，设备联网全覆盖，数控化率70%",
    "我们做水泵的，五项指标五个都达标了",
    "我们做水泵的，ERP和MES都覆盖了",
])
def test_all_of_something_else_is_not_every_domain(read, q):
    assert "domains" not in facts(read(q))


@pytest.mark.parametrize("q,want", [
    ("We make pumps; all five construction domains are done.", ALL5),
    ("We make pumps; we have covered every domain.", ALL5),
    ("我们做水泵的，五个环节都做了", ALL5),
    ("We make pumps; everything except R&D design is covered.", [k for k in ALL5 if k != "rd_design"]),
    ("We've done R&D design, production management and operations management, but nothing on the shop-floor "
     "production yet.", ["rd_design", "production_management", "operations_management"]),
])
def test_the_domains_named_are_read(read, q, want):
    assert sorted(facts(read(q))["domains"]) == sorted(want)


@pytest.mark.parametrize("q", [
    "Our turnover is somewhere between 19 and 26 million yuan.",
    "Revenue is in the range of 30 million yuan.",
    "营收大概在1900万到2600万之间",
])
def test_a_revenue_range_is_asked_back(read, q):
    assert_asked_back(read(q), "annual_revenue_10k_cny")


@pytest.mark.parametrize("q,want", [
    # unqualified, the one productivity a profile holds (production efficiency, KPI 7, is not "productivity")
    ("We make pumps; productivity up 9%, networking 70%.",
     {"indicators.labor_productivity_gain": 9, "indicators.equipment_networking_rate": 70}),
    ("We make pumps; production efficiency up 9%, networking 70%.", {"indicators.equipment_networking_rate": 70}),
    ("We make pumps; workforce productivity increased 12%.", {"indicators.labor_productivity_gain": 12}),
    # per employee is annex 3's all-staff productivity as much as per-capita: asked back
    ("We make pumps; productivity per employee increased by 12%.", {}),
])
def test_productivity_is_read_where_one_field_holds_it(read, q, want):
    got = {k: v for k, v in facts(read(q)).items() if k.startswith("indicators.")}
    assert got == want


# -- another firm's record is not the asker's ----------------------------------------------------------------

@pytest.mark.parametrize("q", [
    "One of our suppliers was put on the dishonest list last year. Can we apply?",
    "我们的一家供应商被列入了失信名单，能申报吗",
    "Our biggest customer was fined by the environmental bureau in 2025. Can we apply?",
    "A competitor had a major safety accident in 2025. Can we apply?",
    "竞争对手去年发生了较大安全事故，能申报吗",
])
def test_another_firms_record_is_not_read_as_the_askers(read, q):
    got = facts(read(q))
    assert not any(k.split(".")[0] in ("bad_credit_record", "violations", "incidents") for k in got), got


def test_the_askers_own_record_beside_a_customer_is_read(read):
    assert facts(read("客户投诉后，我们今年3月被市场监管局罚款了，能申报吗")) == {"violations.0.date": "2026-03-15"}


@pytest.mark.parametrize("q", [
    "客户投诉后，我们今年3月被市场监管局罚款了，能申报吗",
    "We were fined by the market regulator in March 2026. Can we apply?",
])
def test_a_fine_by_an_authority_is_the_askers_case(client, q):
    body = ask(client, q)
    assert body["addressed"] is True and body["facts"]["profile"].get(V), body["answer"]


@pytest.mark.parametrize("q", ["市场监管局怎么罚款？", "How is a company registered by the market regulator?"])
def test_a_question_about_the_authority_is_still_declined(client, q):
    assert ask(client, q)["addressed"] is False


# -- lead35: the compound's head, a thing repaired, "printer", a lack said after the name ------------------------

@pytest.mark.parametrize("q,want", [
    # of two overlapping names of industries the later is the head: the presses, not offset printing
    ("We make offset printing presses. NC is 69%.", "C35"),
    ("We make laser printers.", "C39"),
    ("We overhaul CNC machine tools for other factories.", "C43"),
])
def test_the_head_of_the_compound_names_the_trade(read, q, want):
    got = facts(read(q)).get("industry_code")  # the division, or a group or class within it (the contract's rule)
    assert got == want or (want is not None and str(got).startswith(want)), got


@pytest.mark.parametrize("q,words", [
    # repaired, not made: the repair trade's, and which one is not said
    ("We overhaul mining machinery -- crushers, hoists, roadheaders. NC 75%.", "hoists"),
    ("我们主要维修电梯和起重设备，联网率70%", None),
    # "printer" alone: a printing firm (C23) or a printer maker (C39)
    ("Our printer plant's NC rate is 83%.", "printer"),
])
def test_a_thing_repaired_or_a_printer_alone_is_asked_back(read, q, words):
    reading = read(q)
    assert "industry_code" not in facts(reading)
    if words:
        assert words in reading.unread


@pytest.mark.parametrize("q,want", [
    ("我们做水泵，生产作业和生产管理都做得比较全，运营管理还没上系统，其他的也没做",
     ["production_operation", "production_management"]),
    ("We make pumps. Production operation, production management and operations management are all covered, plus "
     "factory construction; only R&D design is missing.",
     ["production_operation", "production_management", "operations_management", "factory_construction"]),
])
def test_a_domain_said_missing_after_its_name_is_not_covered(read, q, want):
    assert sorted(facts(read(q))["domains"]) == sorted(want)


@pytest.mark.parametrize("q,want", [
    # the other firm as the object ("depends on foreign vendors"): the statement is still the asker's
    ("Our core industrial software depends on foreign vendors and is not yet secure and controllable. Can we apply?",
     {"security_controllable": False}),
])
def test_another_firm_as_the_object_leaves_the_statement_the_askers(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q", [
    "我们2025年拿到了北京市基础级智能工厂的牌子，今年换了新的ERP系统，对称号有影响吗？",
    "We were recognised as an advanced-level smart factory in 2025. We have since expanded into a second building. "
    "Will we lose the status?",
    "We were recognised as an advanced-level smart factory in 2025. We rolled out a new MES this year. Any effect on "
    "the title?",
])
def test_a_new_business_system_or_another_building_keeps_the_title(client, q):
    f = ask(client, q)["facts"]
    assert (f["mode"], f["verdict"]) == ("revocation", "retain"), f


def test_a_long_stop_still_revokes(client):
    f = ask(client, "我们是先进级智能工厂，今年停产了半年，称号会被撤销吗")["facts"]
    assert f["verdict"] == "revoke" and [c["cause"] for c in f["causes"] if c["status"] == "applies"] == \
        ["art_12__item_2"]


def test_the_industry_asked_back_is_asked_though_a_row_answers(client):
    # (the words' one row of annex 2-1 may give its threshold first, quest23; the industry is never bound from them)
    body = ask(client, "We overhaul mining machinery -- crushers, hoists, roadheaders. NC 75%.")
    assert "industry_code" not in body["facts"]["profile"]
    assert "Not yet decidable" in body["answer"] and "industry code" in body["answer"], body["answer"]


# -- lead39: a trade outside industry named of the asker; 一家 is a measure word -------------------------------

@pytest.mark.parametrize("q,want", [
    ("我们是一家酒店，北京注册，独立法人，年营收3亿元，能申报吗？", "H61"),
    ("We run a hotel, Beijing-registered, our own legal entity. Can we apply?", "H61"),
    ("We operate two restaurants in Beijing. Can we apply?", "H62"),
    ("我们是做汽车维修的，能申报吗", "O81"),
    ("我们是一家电子厂，联网率70%", "C39"),
    ("我们是一家家电企业，联网率70%", "C38"),
])
def test_the_trade_is_read_inside_and_outside_industry(read, q, want):
    got = facts(read(q)).get("industry_code")  # the division, or a group or class within it (the contract's rule)
    assert got == want or (want is not None and str(got).startswith(want)), got


def test_running_a_machine_is_no_trade_of_its_own(read):
    # "run" names a trade only outside industry: a machine run is used
    assert "industry_code" not in facts(read("We run a CNC machine shop in Daxing; NC 70%."))


def test_a_hotel_is_not_an_eligible_applicant(client):
    body = ask(client, "We are a hotel, Beijing-registered, our own legal entity, revenue 300 million yuan. "
                       "Can we apply?")
    decided = {c["articles"][0]: c["status"] for c in body["facts"]["decided"]}
    assert decided["art_5__item_1"] == "not_met" and body["answer"].startswith("No"), body["answer"]


@pytest.mark.parametrize("q", ["我们是做飞机发动机维修的，联网率70%", "We do aircraft engine overhaul; NC 70%."])
def test_a_repair_word_after_the_thing_is_the_repair_trade(read, q):
    assert "industry_code" not in facts(read(q))


@pytest.mark.parametrize("q,want", [("我们做飞机维修，联网率70%", "C43"), ("我们生产飞机发动机，联网率70%", "C37")])
def test_the_repair_trades_own_words_and_the_maker_stay_read(read, q, want):
    got = facts(read(q)).get("industry_code")  # the division, or a group or class within it (the contract's rule)
    assert got == want or (want is not None and str(got).startswith(want)), got


@pytest.mark.parametrize("q", [
    "In 2024 we were put on the dishonest-debtor list over a supplier dispute; I think we have been taken off it "
    "since. Can we apply?",
    "We were put on the dishonest-debtor list over a supplier dispute; I think it was resolved. Can we apply?",
    "2023年我们被列入失信名单。2024年已移出。能申报吗？",
])
def test_a_listing_undone_in_the_next_sentence_is_asked_back(read, q):
    assert_asked_back(read(q), "bad_credit_record")


def test_a_listing_not_undone_stands(read):
    q = "We were put on the dishonest-debtor list last year over a supplier dispute. Can we apply?"
    assert facts(read(q)) == {"bad_credit_record": True}


@pytest.mark.parametrize("q,want", [
    ("The factory was finished last year but hasn't started production. Can we apply?",
     {"factory_built": True, "factory_in_operation": False}),
    ("We have never started production at the new site. Can we apply?", {"factory_in_operation": False}),
])
def test_production_not_started_in_the_verbs_order(read, q, want):
    assert facts(read(q)) == want


def test_a_level_got_is_the_title_held(client):
    f = ask(client, "We got the basic level last year. This year our general manager changed. Does it matter?")["facts"]
    assert (f["mode"], f["verdict"]) == ("revocation", "retain"), f


def test_the_levels_requirements_got_are_no_title(client):
    f = ask(client, "We got the basic level requirements from the bureau. What do we need?")["facts"]
    assert (f or {}).get("mode") != "revocation"
