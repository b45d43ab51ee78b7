"""The lead's cases of the seventeenth wave (lead67–74): a question that names no level lists in ``decided`` the
other level's own conditions its facts bear on; forms and pasted tables are read field by field, a guess or one of
two numbers is asked back; the enterprise's name and credit code are read; a renaming, a client's title and a
recognised factory told of in the third person are read as whose they are; money the measures do not grant and
this year's call dates are declined, the district's report day is not."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask, case_reader, facts


@pytest.fixture(scope="module")
def read():
    return case_reader(date(2026, 12, 7))


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


# ---- forms, tables and answers after a colon ------------------------------------------------------------------

@pytest.mark.parametrize("q,want,absent", [
    # a form's answer after the colon turns the name over; its "no" is not the next field's
    ("legal entity: yes | bad credit: none | advanced tech: no | security controllable: yes. Basic?",
     {"bad_credit_record": False, "advanced_technology": False, "security_controllable": True}, ()),
    ("失信记录：无；安全可控：是；基础级备案：否。能报先进级吗？",
     {"bad_credit_record": False, "basic_filing.filed": False}, ()),
    ("Sector: furniture | Basic-level filing: not yet | NC rate 72%. Advanced?",
     {"basic_filing.filed": False, "indicators.key_process_nc_rate": 72}, ()),
    # an answer that says nothing is no value
    ("Basic-level filing: unknown | bad credit: tbd. Advanced?", {}, ("basic_filing.filed", "bad_credit_record")),
    ("基础级备案：待确认；安全可控：不详。能报先进级吗？", {}, ("basic_filing.filed", "security_controllable")),
    # a pasted table: each row a name and its value
    ("| Item | Value |\n|---|---|\n| key-process NC rate | 63% |\n| Basic-level filing | no |\n"
     "| networking rate of production equipment | 79% |\nAdvanced?",
     {"indicators.key_process_nc_rate": 63, "basic_filing.filed": False,
      "indicators.equipment_networking_rate": 79}, ()),
    ("| 指标 | 数值 |\n|---|---|\n| 关键工序数控化率 | 81% |\n| 生产设备联网率 | 64% |\n能报先进级吗？",
     {"indicators.key_process_nc_rate": 81, "indicators.equipment_networking_rate": 64}, ()),
    # a rate written as a fraction of one, before a bar
    ("key-process NC rate: 0.77 | equipment networking 0.66 | Advanced?",
     {"indicators.key_process_nc_rate": 77, "indicators.equipment_networking_rate": 66}, ()),
])
def test_forms_read_each_name_with_its_own_answer(read, q, want, absent):
    got = facts(read(q))
    for path, value in want.items():
        assert got.get(path) == value, (path, got)
    for path in absent:
        assert path not in got, (path, got)


@pytest.mark.parametrize("q,path", [
    # one of two numbers, a range, a guess: never the value
    ("networking maybe 70 or 80 percent. Basic?", "indicators.equipment_networking_rate"),
    ("Our networking rate is 70 to 80 percent.", "indicators.equipment_networking_rate"),
    ("我们联网率70或80%，能报吗", "indicators.equipment_networking_rate"),
    ("我们联网率可能80%，能报吗", "indicators.equipment_networking_rate"),
    ("Our NC rate is probably 75%. Advanced?", "indicators.key_process_nc_rate"),
    # the parent's figure
    ("The parent group reports 95% equipment networking; our subsidiary has not measured its own yet. Advanced?",
     "indicators.equipment_networking_rate"),
    ("母公司的设备联网率是90%，我们自己还没统计。能报先进级吗？", "indicators.equipment_networking_rate"),
])
def test_a_number_not_stated_as_the_askers_value_is_asked_back(read, q, path):
    assert path not in facts(read(q))


def test_a_change_to_a_level_is_still_read(read):
    assert facts(read("NC rate rose from 60% to 72%."))["indicators.key_process_nc_rate"] == 72
    assert facts(read("我们数控化率从60%提高到72%"))["indicators.key_process_nc_rate"] == 72


@pytest.mark.parametrize("q,want", [
    ("Company: Beijing Tianheng Instruments Co., Ltd. | USCC: 91110117MA0D7K3R4K | District: Pinggu. Advanced?",
     {"name": "Beijing Tianheng Instruments Co., Ltd.", "credit_code": "91110117MA0D7K3R4K",
      "registration.district": "平谷区"}),
    ("企业名称：北京中科恒远科技有限公司；统一社会信用代码：91110113MA0BG21EAB；所在区：顺义。能报基础级吗",
     {"name": "北京中科恒远科技有限公司", "credit_code": "91110113MA0BG21EAB", "registration.district": "顺义区"}),
    ("我们是北京华拓实业有限公司，想报基础级。", {"name": "北京华拓实业有限公司"}),
])
def test_the_name_and_code_are_read_as_written(read, q, want):
    got = facts(read(q))
    for path, value in want.items():
        assert got.get(path) == value, (path, got)


def test_a_code_with_a_wrong_check_character_is_asked_back(read):
    r = read("我们的统一社会信用代码是91110113MA0BG21EAX，能报基础级吗")
    assert "credit_code" not in facts(r)
    assert any("91110113MA0BG21EAX" in u for u in r.unread)


def test_a_name_s_words_are_no_trade_or_place(read):
    got = facts(read("Company: Beijing Tianheng Instruments Co., Ltd. Basic?"))
    assert "industry_code" not in got and "registration.province" not in got, got


def test_the_name_and_code_reach_the_answer(client):
    f = ask(client, "企业名称：北京中科恒远科技有限公司；统一社会信用代码：91110113MA0BG21EAB；所在区：顺义；"
                    "主营：汽车座椅。能报基础级吗")["facts"]
    assert f["profile"]["name"] == "北京中科恒远科技有限公司"
    assert f["profile"]["credit_code"] == "91110113MA0BG21EAB"
    assert "统一社会信用代码" in f["spans"].get("credit_code", "") or f["spans"].get("credit_code")


# ---- whose renaming ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("q,ours", [
    # the firm the asker absorbed is its object: the renaming after it is the asker's
    ("We absorbed a sister company and took a new name; we still hold our advanced-level title. What now?", True),
    ("我们吸收合并了一家兄弟公司并更名，我们的先进级称号还有效吗", True),
    # a consultant asking of a client's own title: the client is the factory asked about
    ("Our client changed its name after a restructuring, still registered in Daxing. Does it lose its basic-level "
     "title?", True),
    ("有个客户是基础级智能工厂，它更名了，它的称号还有效吗", True),
    # another firm's renaming, asked of the asker's own title: no event of the asker's
    ("Our sister company was renamed last month. Does our advanced-level title change?", False),
])
def test_a_renaming_is_the_askers_only_when_the_words_make_it_so(read, q, ours):
    r = read(q)
    assert r.mode == "revocation"
    assert ("renamed" in [e.type for e in r.events]) is ours, (r.events, r.considered)


def test_another_firms_renaming_is_answered_not_a_500(client):
    a = ask(client, "Our sister company was renamed last month. Does our advanced-level title change?")
    assert a["facts"]["mode"] == "revocation" and a["facts"]["verdict"] == "retain"


@pytest.mark.parametrize("q,want", [
    # a sentence after a form's label is read as a sentence
    ("建设环节：除了研发设计，其余都已覆盖。能报先进级吗？",
     {"factory_construction", "production_operation", "production_management", "operations_management"}),
    ("Domains: all five construction domains except factory construction. Advanced?",
     {"rd_design", "production_operation", "production_management", "operations_management"}),
    ("Domains | only production operation\nNC rate | 72%\nBasic?", {"production_operation"}),
    # a list after the label is still a form's list
    ("已覆盖：生产作业、生产管理；未覆盖：研发设计。能报基础级吗？", {"production_operation", "production_management"}),
])
def test_domains_after_a_form_label(read, q, want):
    assert set(facts(read(q)).get("domains") or []) == want


# ---- a recognised factory's case told in the third person, in short --------------------------------------------

@pytest.mark.parametrize("q,kind", [
    ("该先进级智能工厂所在企业今年5月发生一起重大生产安全事故，按办法怎么处理？", "accident"),
    ("申报时隐瞒了一起较大环保事故，认定后被查出来了，会撤销称号吗？", "false_information"),
    ("It turned out the application overstated the networking rate. Consequences for the basic title?",
     "false_information"),
    ("Production has stopped for good and the firm cannot operate normally. Advanced title?", "unable_to_operate"),
    ("Fake invoices were found in the application file of a recognised basic-level factory. What now?",
     "false_information"),
    ("客户已被法院裁定破产清算，之前是先进级智能工厂，称号还保留吗？", "terminated"),
])
def test_a_title_held_said_of_another_or_in_short_is_a_revocation_case(read, q, kind):
    r = read(q)
    assert r.mode == "revocation", (r.mode, r.facts)
    assert kind in [e.type for e in r.events], r.events


@pytest.mark.parametrize("q", [
    "We make furniture, NC rate 72%. Advanced title?",  # an applicant's facts, then the level asked
    "Advanced title?",
    "称号被撤销后，破产程序怎么走？",  # a policy question of after a revocation
    "该企业为基础级智能工厂，其大客户被吊销了营业执照，对该企业的称号有影响吗？",  # the customer's event
])
def test_look_alikes_are_no_event_of_the_asker(read, q):
    r = read(q)
    assert not [e for e in r.events if e.type in ("terminated", "false_information", "unable_to_operate")], r.events


def test_whether_the_conditions_are_lost_still_open_is_no_loss(read):
    r = read("企业被应急管理部门处罚了，但是否因此不再符合认定条件还没有结论，先进级称号会撤销吗？")
    penalty = [e for e in r.events if e.type == "penalty"]
    assert penalty and "no_longer_meets_conditions" not in penalty[0].details, penalty


@pytest.mark.parametrize("q", [
    "认定为先进级智能工厂后能拿到多少奖励资金？",  # a benefit asked of, not an award won
    "Does the city bureau reimburse the cost of the maturity self-assessment?",
])
def test_money_the_measures_do_not_grant_is_declined(client, q):
    a = ask(client, q)
    assert a["addressed"] is False, a["answer"]
    assert not (a.get("facts") or {}).get("mode"), a["facts"]


@pytest.mark.parametrize("q,want", [
    # a case stated plainly and asked of in short: the asker's own
    ("该企业已实现数字化达标，能否申报基础级？", {"digital_transformation_compliant": True}),
    ("数字化达标：否。基础级？", {"digital_transformation_compliant": False}),
    ("独立法人：是；规上企业：是；失信记录：无。请评估。",
     {"independent_legal_person": True, "above_designated_size": True, "bad_credit_record": False}),
])
def test_a_case_stated_plainly_then_asked_in_short(read, q, want):
    got = facts(read(q))
    for path, value in want.items():
        assert got.get(path) == value, (path, got)


@pytest.mark.parametrize("q", ["什么样的企业是基础级？", "数字化达标的企业能报基础级吗？"])
def test_a_rule_asked_in_short_states_no_case(read, q):
    assert not facts(read(q))


def test_the_districts_report_deadline_is_art_6s_not_an_unstated_call_date(client):
    a = ask(client, "区里把基础级备案结果报给市经信局的截止时间是什么时候？")
    assert a["addressed"] is not False and "15" in a["answer"], a["answer"]
    assert "art_6" in [c["eid"] for c in a["citations"]][:3]
    b = ask(client, "先进级申报的截止时间是什么时候？")  # this year's call: not in the measures
    assert b["addressed"] is False, b["answer"]
