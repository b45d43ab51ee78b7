"""The lead's cases of the nineteenth wave: a pasted e-mail is a question (by GET as by POST); a day written in
figures before its month is read as that day, and one whose order the figures leave open is asked, never read as
some day of its year."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask, case_reader, facts


@pytest.fixture(scope="module")
def read():
    return case_reader(date(2026, 12, 7))


@pytest.mark.parametrize("words,day", [
    ("We filed as basic level in Haidian on 20.11.2025.", "2025-11-20"),  # dots: day first
    ("We filed as basic level in Haidian on 20-11-2025.", "2025-11-20"),
    ("We filed as basic level in Haidian on 20/11/2025.", "2025-11-20"),  # 20 is no month
    ("We filed as basic level in Haidian on 11/20/2025.", "2025-11-20"),  # nor here: month first
    ("We filed as basic level in Haidian on the 20th of November 2025.", "2025-11-20"),
    ("We filed as basic level in Haidian on 20-Nov-2025.", "2025-11-20"),
    ("我们于20.11.2025在海淀区完成了基础级备案。", "2025-11-20"),
])
def test_a_day_written_before_its_month_is_that_day(read, words, day):
    got = facts(read(words))
    assert got.get("basic_filing.date") == day, got
    assert got.get("basic_filing.district") == "海淀区"


@pytest.mark.parametrize("words", [
    "We filed as basic level in Haidian on 03/04/2025.",  # 3 April or 4 March
    "Basic filing: yes, 05/06/2025, Chaoyang district.",
])
def test_a_day_the_figures_leave_open_is_not_read_nor_its_year(read, words):
    got = facts(read(words))
    assert got.get("basic_filing.filed") is True, got
    assert "basic_filing.date" not in got, got  # not 2025-07-01, "some day of 2025"


@pytest.mark.parametrize("words", ["We filed as basic level in Haidian on 31.02.2025.",
                                   "We filed as basic level in Haidian on 12.13.2025."])
def test_figures_that_make_no_day_are_not_read(read, words):
    got = facts(read(words))
    assert got.get("basic_filing.filed") is True and "basic_filing.date" not in got, got


@pytest.mark.parametrize("words,code", [
    ("我们行业代码是C2710，化学药品原料药制造。", "C2710"),
    ("我们是一家企业，国民经济行业分类：C3841 锂离子电池制造，数控化率70%", "C3841"),
    ("企业名称：某某科技有限公司\n所属行业：C3911\n关键工序数控化率：70%", "C3911"),
    ("Industry code: C3841 (lithium-ion batteries). NC rate 70%.", "C3841"),
    ("We are in class C3911, computer manufacturing.", "C3911"),
    ("Our industry class is C1441.", "C1441"),
    ("We make servers, computer manufacturing.", "C39"),  # words give the division, no more
])
def test_a_code_written_is_read_as_written(read, words, code):
    got = facts(read(words)).get("industry_code")  # as written, or a group or class within it (servers: C3911)
    assert got == code or (code is not None and str(got).startswith(code)), got


@pytest.mark.parametrize("words", ["我们的客户都是C36汽车企业，我们做物流。", "对照C39的门槛，我们够吗？"])
def test_a_code_of_another_or_of_a_rule_is_not_the_askers(read, words):
    assert "industry_code" not in facts(read(words))


LETTER = ("尊敬的领导：您好！我公司为北京市海淀区注册的独立法人企业，年营收1.2亿元，主要生产服务器。"
          "关键工序数控化率78%，设备联网率72%，纳税信用等级为A级，无不良信用记录。"
          "请问我们能否申报先进级？此致 敬礼 联系人：王工 "
          "电话：13800000000 开票信息另附")


def test_a_letter_stating_its_case_is_answered_whatever_else_it_names(client):
    body = ask(client, LETTER)
    assert body["addressed"] is True and body["facts"]["mode"] == "eligibility", body["answer"]
    profile = body["facts"]["profile"]
    assert profile["indicators"]["key_process_nc_rate"] == 78 and profile["bad_credit_record"] is False


def test_a_case_that_asks_of_another_matter_is_still_declined(client):
    body = ask(client, "我们公司关键工序数控化率78%，设备联网率72%，年营收1.2亿，独立法人。"
                       "请问研发费用加计扣除怎么申请？")
    assert body["addressed"] is False


def test_a_pasted_email_is_answered_by_get_as_by_post(client):
    q = ("Dear Sir or Madam,\n\nI am writing on behalf of our company, which is registered in Shunyi District, "
         "Beijing. We are an independent legal person with an annual revenue of 350 million yuan, and we make "
         "lithium-ion battery cells. Our key-process NC rate is 81% and our equipment networking rate is 77%. "
         "Labour productivity rose 14% and the defect rate fell 9%. We filed as a basic-level smart factory in "
         "Shunyi on 20.11.2025.\n\nCould you tell us whether we can apply for the advanced level?\n\n"
         "Kind regards,\nZhang Wei\nPlant Manager\nTel. +86 10 6945 1234")
    assert len(q) > 500
    got = client.get("/ask", params={"q": q})
    assert got.status_code == 200, got.text
    profile = got.json()["facts"]["profile"]
    assert profile["basic_filing"]["date"] == "2025-11-20" and profile["indicators"]["key_process_nc_rate"] == 81
    assert got.json()["facts"] == client.post("/ask", json={"q": q}).json()["facts"]


@pytest.mark.parametrize("words,path,value", [
    # taken back and said again: the value said instead, or the field asked
    ("（语音）呃，单位产值能耗降低了百分之六，哦不，百分之六点八；人均劳动生产率提高了百分之十二。",
     "indicators.energy_per_output_reduction", 6.8),
    # "no problem" says yes ("没问题" holds 没)
    ("除了成熟度还没评，其他我们都没问题：独立法人、规上、北京注册。", "independent_legal_person", True),
    ("除了成熟度还没评，其他我们都没问题：独立法人、规上、北京注册。", "above_designated_size", True),
    # a name's trade word is its name; the trade is what the words say is made
    ("We are Beijing Boyuan Electronics Co., Ltd. We make liquid milk.", "industry_code", "C1441"),
    ("Our industry class is manufacture of liquid milk.", "industry_code", "C1441"),
    ("数控化率现在能到75%", "indicators.key_process_nc_rate", 75),
])
def test_what_is_said_instead_or_plainly_is_read(read, words, path, value):
    assert facts(read(words)).get(path) == value


@pytest.mark.parametrize("words,path", [
    ("成熟度是三级，哦不对，上个月复评是二级，以复评为准。", "maturity_level"),  # taken back: asked, not 3
    ("We are registered in Chaoyang - sorry, in Fengtai.", "registration.district"),
    ("单位产值能耗降低2024年是4%，2025年是5%。", "indicators.energy_per_output_reduction"),  # two years
    ("基础级还没备案，计划明年3月去通州区备。到时候联网率能到80%。", "indicators.equipment_networking_rate"),
    ("We are Beijing Boyuan Electronics Co., Ltd. NC rate 80%.", "industry_code"),  # a name says no trade
])
def test_a_value_taken_back_of_two_years_of_a_time_to_come_or_of_a_name_is_not_read(read, words, path):
    got = facts(read(words))
    assert path not in got, got


HEADED = "北京北辰股份有限公司情况：\n- 人均劳动生产率提高了8％\n- 主导产品不符合北京市产业政策"


@pytest.mark.parametrize("words,path,value", [
    # an enterprise's name and its situation as a header ("X股份有限公司情况："), then rule-like lines: its own case
    (HEADED + "\n想确认一下先进级能不能过。", "product_policy_compliant", False),
    (HEADED, "name", "北京北辰股份有限公司"),
    # the asker's turns of a pasted chat speak for the asker
    ("顾问：还有别的情况吗？\n我：做了研发设计、生产管理、运营管理，生产作业环节还没有改造",
     "domains", ["rd_design", "production_management", "operations_management"]),
    ("We set up an organisation to plan, build and run the smart factory.", "organization_mechanism", True),
    ("We have no organisation to plan the smart factory.", "organization_mechanism", False),
    ("Reduction of the product defect rate: 7%; NC rate 80%.", "indicators.defect_rate_reduction", 7),
])
def test_headers_chats_and_annex_3_names_state_the_case(read, words, path, value):
    assert facts(read(words)).get(path) == value


@pytest.mark.parametrize("q,verdict,cause", [
    # a move discussed for next year, the registration still in Beijing now: nothing has moved
    ("我们是先进级智能工厂，董事会在讨论明年把注册地迁到天津，现在还没迁，注册地还在北京亦庄。现在称号有影响吗？",
     "retain", None),
    ("We are an advanced-level smart factory. We plan to move our registration to Tianjin next year, but for now we "
     "are still registered in Haidian. Does this affect our title?", "retain", None),
    # a move supposed is decided as asked: if made, it revokes
    ("获评基础级后，我们打算把公司总部搬到河北，如果搬了会不会被撤销称号？", "revoke", "art_12__item_4"),
    # a notice of a third party's move, its name (with "Co., Ltd.") and an aside between the address and its change
    ("NOTICE. The registered address of Beijing Shengtuo Auto Parts Co., Ltd. (basic-level smart factory, filed in "
     "Fangshan) has been changed to Langfang, Hebei Province, effective 1 October 2026. Please advise on the status "
     "of its title.", "revoke", "art_12__item_4"),
    # the parent's move is not the applicant's
    ("Our parent group moved its registered seat to Shanghai. We are a separate legal person and our company stays "
     "registered in Changping, Beijing, where our advanced-level smart factory is. Does the parent's move affect our "
     "title?", "retain", None),
    # a letter headed by the matter, its move said below with where to
    ("关于北京华川精密制造有限公司注册地变更情况的函\n市经济和信息化局：\n经核实，该公司（先进级智能工厂）已于2026年9月"
     "将注册地由北京市顺义区迁至天津市滨海新区。\n请问其称号如何处理？", "revoke", "art_12__item_4"),
    # the title held, said as "评的基础级"
    ("因为资金链断裂，我们工厂已经全面停产半年多了，工人都遣散了，无法正常经营。之前评的基础级智能工厂还保留吗？",
     "revoke", "art_12__item_2"),
])
def test_a_recognised_factory_is_read_for_what_happened_to_it_only(client, q, verdict, cause):
    f = ask(client, q)["facts"]
    assert f and f["mode"] == "revocation", f
    applies = [c["cause"] for c in f["causes"] if c["status"] == "applies"]
    assert f["verdict"] == verdict and applies == ([cause] if cause else []), f


def test_a_registered_capital_changed_is_no_move(read):
    r = read("We are a basic-level smart factory; our registered capital has been changed to 50 million yuan.")
    # (told with no cause of art_12, the basic level held reads as a case for the advanced level: filing23)
    assert not [e for e in r.events if e.type == "registered_address_moved"], r.events
    assert not any(f.path.startswith("registration") for f in r.facts)


# --- a question asking about a level as a whole lists every condition of it in ``decided`` -------------------

@pytest.fixture(scope="module")
def service(app):
    return app.state.sfkg


WHOLE = [
    ("我们是北京海淀注册的独立法人，成熟度三级，能申报基础级吗？", "basic"),
    ("We are registered in Beijing, maturity level 3, NC rate 70%. Can we apply for the advanced level?", "advanced"),
]


@pytest.mark.parametrize(("q", "level"), WHOLE)
def test_a_whole_level_question_lists_every_condition_as_assess_decides_it(service, q, level):
    facts = service.ask(q)["facts"]
    assert facts["level"] == level
    listed = {d["condition"]: d for d in facts["decided"] if "level" not in d}
    profile = {"id": "x", **facts["profile"]}
    assessed = service.assess(profile, level, explain=False)["results"][0]["conditions"]
    assert set(listed) == {c["id"] for c in assessed}
    assert {k: d["status"] for k, d in listed.items()} == {c["id"]: c["status"] for c in assessed}
    # what nothing stated bears on is marked so, and says what it misses
    unstated = [d for d in listed.values() if d.get("stated") is False]
    assert unstated and all(d["status"] != "not_met" for d in unstated)
    assert all(d["missing"] for d in unstated if d["status"] == "unknown")


def test_a_question_naming_a_condition_lists_only_what_bears_on_it(service):
    facts = service.ask("Our NC rate is 70%, networking 65%. Do we meet the advanced indicators?")["facts"]
    assert [d["condition"] for d in facts["decided"]] == ["advanced_indicators"]
    assert all(d.get("stated", True) for d in facts["decided"])
