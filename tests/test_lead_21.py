"""The lead's cases of the twenty-first wave: a revenue named at the head of a form's line or a table's cell is
read across a note in brackets or a bar, with the unit the heading gives ("(10k CNY)", "（万元）"); the unit is no
amount of its own, and a note that may make the amount another's is asked back."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts


@pytest.fixture(scope="module")
def read():
    return case_reader(date(2026, 12, 7))


@pytest.mark.parametrize("words,value", [
    ("Annual revenue (10k CNY): 5,600; NC rate of key processes 70%.", 5600),
    ("Annual revenue 10k CNY: 5600, NC rate 70%. Can we apply?", 5600),  # not 1: "10k CNY" heads the value
    ("| Item | Value |\n|---|---|\n| Annual revenue (10k CNY) | 32,000 |\n| NC rate of key processes | 71% |", 32000),
    ("| Annual revenue | RMB 320 million |", 32000),
    ("Revenue (2025): 98.6 million yuan, can we apply?", 9860),
    ("Our revenue (FY2025, audited) was RMB 88 million.", 8800),
    ("年营收（万元）|23000", 23000),
    ("营业收入（单位：万元）：5600；数控化率70%", 5600),
    ("我们的情况：营业收入（2025年）：1.2亿元，成熟度三级", 12000),
    ("营业收入（2025年）为1.2亿元", 12000),
])
def test_a_revenue_heading_its_value_is_read_in_the_unit_it_gives(read, words, value):
    got = facts(read(words))
    assert got.get("annual_revenue_10k_cny") == value, got


@pytest.mark.parametrize("words", [
    "营收（集团合并口径）：20亿元，能申报吗",
    "Revenue (group consolidated): RMB 2 billion. Can we apply?",
])
def test_a_heading_note_that_may_make_it_another_s_is_asked_back(read, words):
    r = read(words)
    assert "annual_revenue_10k_cny" not in facts(r)
    assert any("20亿元" in u or "2 billion" in u for u in r.as_facts()["unread"])


def test_a_unit_heading_an_indicator_s_base_is_no_revenue(read):
    got = facts(read("Energy consumption per 10,000 yuan of output fell 5%; our revenue is RMB 60 million."))
    assert got.get("annual_revenue_10k_cny") == 6000


# --- an intermediary asking for a client: the client is the applicant, the intermediary's trade no trade of it -----

@pytest.mark.parametrize("words,code", [
    ("我们是一家咨询公司，我们服务的一家客户是做水泥的，数控化率70%，能申报吗？", "C30"),
    ("我是咨询顾问，客户是印刷企业，联网率65%，能申报基础级吗？", "C23"),
    ("我是咨询顾问，客户主要是做汽车座椅的，能申报基础级吗？", "C36"),
    ("We are a consulting firm asking for a client: the client makes printed circuit boards, networking rate 66%.",
     "C39"),
])
def test_an_intermediary_s_client_is_the_case(read, words, code):
    r = read(words)
    got = facts(r)
    assert got.get("industry_code", "").startswith(code), got
    assert not any(u for u in r.as_facts()["unread"] if "咨询" in u or "consult" in u)


@pytest.mark.parametrize("words,code", [
    ("我们是一家咨询公司，能申报智能工厂吗？", "L72"),  # asking for itself: its own trade, as said
    ("我们是一家软件公司，能申报吗？", "I65"),
])
def test_a_firm_asking_for_itself_keeps_its_own_trade(read, words, code):
    assert facts(read(words)).get("industry_code") == code


@pytest.mark.parametrize("words", [
    "我们的客户是做家具的，我们做五金件，能申报吗？",  # a customer's trade, no intermediary: not the asker's
    "Our customers make furniture; we make hinges. Can we apply?",
])
def test_a_customer_s_trade_stays_another_s(read, words):
    r = read(words)
    assert facts(r).get("industry_code", "").startswith("C33")
    assert any("家具" in u or "furniture" in u for u in r.as_facts()["unread"])


def test_an_intermediary_s_client_s_statements_are_read(read):
    got = facts(read("I'm a consultant writing for a client. The client is an independent legal entity registered in "
                     "Haidian, maturity level 3. Can it apply for the basic level?"))
    assert got.get("independent_legal_person") is True and got.get("registration.district") == "海淀区"
    assert got.get("maturity_level") == 3


# --- a basic filing only named is not read as made; one sent back, refused or still in hand is not made -----------

@pytest.mark.parametrize("words", [
    "我们的基础级备案有效期多久？",
    "我们基础级备案需要什么材料？",
    "Where do we submit our basic filing?",
    "Our basic filing: what documents are needed?",
])
def test_a_filing_only_named_in_a_question_reads_nothing(read, words):
    r = read(words)
    assert "basic_filing.filed" not in facts(r)


@pytest.mark.parametrize("words", [
    "关于我们的基础级备案，数控化率70%，能报先进级吗",  # named, not said made: asked back
    "我们基础级备案材料已经提交了，还在审核",  # sent, under review
    "区里的基础级备案我们还在准备材料",
])
def test_a_filing_not_said_made_is_asked_back(read, words):
    r = read(words)
    assert "basic_filing.filed" not in facts(r)
    assert any("备案" in u for u in r.as_facts()["unread"])


@pytest.mark.parametrize("words", [
    "我们的基础级备案被退回了",
    "我们去年申请了基础级备案，但没通过",
])
def test_a_filing_refused_is_not_made(read, words):
    assert facts(read(words)).get("basic_filing.filed") is False


@pytest.mark.parametrize("words,district", [
    ("咱们厂基础级的备案上个月在顺义弄完了，能接着报先进级不？", "顺义区"),
    ("我们在海淀区做了基础级备案", "海淀区"),
    ("We filed at basic level in Haidian in May 2025.", "海淀区"),
])
def test_a_filing_said_made_is_read(read, words, district):
    got = facts(read(words))
    assert got.get("basic_filing.filed") is True and got.get("basic_filing.district") == district


@pytest.mark.parametrize("words,value", [
    ("我们规上还差一点", False),
    ("我们去年掉出了规上", False),
    ("We dropped out of the above-designated-size count last year", False),
    ("We are still short of designated size", False),
    ("规上企业的标准我们还没达到", False),
    ("规模以上的门槛我们还不够", False),
    ("我们是规上企业", True),
    ("我们达到了规上企业的标准", True),
])
def test_short_of_or_out_of_the_size_line_is_not_above_it(read, words, value):
    assert facts(read(words)).get("above_designated_size") is value


@pytest.mark.parametrize("words,value", [
    ("We had RMB 300 million in revenue last year.", 30000),
    ("We generated 120 million yuan of revenue in 2025.", 12000),
    ("Last year we made RMB 95 million in sales.", 9500),
    ("Our revenue (2025) RMB 88 million, can we apply?", 8800),
    ("Our revenue: 4,500万元.", 4500),  # English words in a sentence read as Chinese
])
def test_a_revenue_named_after_its_amount_or_beside_a_note_is_read(read, words, value):
    assert facts(read(words)).get("annual_revenue_10k_cny") == value


@pytest.mark.parametrize("words", [
    "We lost RMB 5 million in sales because of the fire.",  # not what was made
    "We target RMB 500 million of revenue next year.",  # a target
    "We did about RMB 75 million in sales last year",  # about: asked back
    "The group had RMB 2 billion in revenue; we are its subsidiary.",  # the group's
])
def test_an_amount_before_the_revenue_word_that_is_not_the_revenue_is_not_read(read, words):
    assert "annual_revenue_10k_cny" not in facts(read(words))


@pytest.mark.parametrize("words,path,value", [
    ("我们设有智能制造部，负责规划建设运营", "organization_mechanism", True),
    ("我们建立了智能制造推进机制", "organization_mechanism", True),
    ("我们还没有设立智能制造部", "organization_mechanism", False),
    ("我们有智能制造专职人员15名", "talent_team", True),
    ("我们没有智能制造专职人员", "talent_team", False),
])
def test_a_department_or_staff_named_by_its_trade_is_read(read, words, path, value):
    assert facts(read(words)).get(path) is value


def test_deploying_is_no_department(read):
    got = facts(read("我们数字化部署了MES，智能化部署了很多机器人"))
    assert "organization_mechanism" not in got
