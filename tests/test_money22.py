"""Reading the main-business revenue and the finances of art_5 item 3 (task money22).

Revenue in everyday English: "turnover", "top line", a verb of trading with no word of revenue ("we turned over RMB 64
million", "grossed", "brought in", "did"), "200 million renminbi"; never guessed: an amount in another currency
("US$40 million", "1500万美元": not converted, asked back), a bound ("exceeds RMB 20 million", like 超过), an estimate
("about", "around", as 约/大约 already are), another firm's revenue ("our biggest customer has revenue of …"), a profit
or a side income ("net income", "营业外收入"), an amount said to be of something else ("brought in RMB 30 million of
investment").

Finances (近三年财务状况良好): sound when said so ("财务上一直很稳健", "our balance sheet is healthy") or by three
years' profit ("近三年净利润均为正", "net profit has been positive for the past three years"); not sound by insolvency
("净资产为负", "liabilities exceed our assets") or losses two years running ("近两年亏损"). Not bound, asked back:
one year's loss ("我们去年亏了三百万", "net profit was negative in 2025", "a net loss of RMB 3 million") -- a year's
loss does not state how the three years' finances were, and the measures ask of the three; no loss said ("no losses
since 2022", "近三年没有亏损": a year may break even and debts are not said); an auditor's opinion ("审计报告无保留
意见": the statements fairly presented, not the finances sound); a debt ratio ("资产负债率45%").

A plain figure of the asker's own read (revenue, an indicator) makes the plain statements beside it the asker's
case, as a form's lines do ("近三年净利润均为正，年营收1.2亿元。"). bench/qa_sets/money22_{a,b}.json score the same at
scale."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

DAY = date(2026, 6, 1)
REV, FIN = "annual_revenue_10k_cny", "finances_sound_3y"


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


def asked_back(reading, field: str) -> bool:
    return field not in facts(reading) and any(field in a.fields for a in reading.asks.values())


@pytest.mark.parametrize("q,want", [
    ("Top line last year was RMB 95 million; we are not above designated size yet.",
     {REV: 9500, "above_designated_size": False}),
    ("Our top line: RMB 320 million. No bad credit record.", {REV: 32000, "bad_credit_record": False}),
    ("Last year we turned over RMB 64 million. We are an independent legal person.",
     {REV: 6400, "independent_legal_person": True}),
    ("In 2025 our company grossed RMB 410 million.", {REV: 41000}),
    ("We brought in RMB 130 million in 2025.", {REV: 13000}),
    ("We did RMB 250 million last year.", {REV: 25000}),
    ("Our revenue is 200 million renminbi.", {REV: 20000}),
    ("Our biggest customer has revenue of RMB 10 billion, and our own sales are RMB 150 million.", {REV: 15000}),
    ("我们的客户年营收上百亿，我们自己营业收入8000万元。", {REV: 8000}),
    ("我们去年收入2亿元。", {REV: 20000}),
    # the heading's unit (plain_amount, now in read_case.yaml)
    ("Our annual revenue (10k CNY): 5,600", {REV: 5600}),
    ("我们年营收（万元）| 23000", {REV: 23000}),
    # the revenue's word after the amount, "at", "with" or only a year before it
    ("We're at RMB 85 million in annual revenue.", {REV: 8500}),
    ("With RMB 400 million in revenue, are we eligible?", {REV: 40000}),
    ("Last year, 50 million yuan in sales. Can we apply?", {REV: 5000}),
])
def test_revenue_read(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q", [
    "Our revenue was US$40 million last year. Can we apply?",
    "Turnover last year: USD 25 million; we are an independent legal person.",
    "Our sales were 40 million dollars.",
    "去年我们营收1500万美元，能申请吗？",
    "我们营收港币3亿元。",
])
def test_another_currency_is_not_converted_but_asked_back(read, q):
    r = read(q)
    assert REV not in facts(r)
    assert asked_back(r, REV)
    assert any(a.kind == "currency" for a in r.asks.values())


@pytest.mark.parametrize("q", [
    "Our revenue exceeds RMB 20 million.",  # a bound, as 超过 is
    "Our annual turnover is roughly CNY 45 million.",  # an estimate, as 约/大约 are
    "We grossed about RMB 55 million last year. Is that enough?",  # (the hedge after a verb of trading too)
    "我们去年营收大概2个亿，规上企业。",
    "Net income was RMB 20 million last year, we are in Beijing.",  # a profit, not the revenue
    "我们营业外收入500万元。",
    "We brought in RMB 30 million of investment last year.",
    "Our biggest customer has revenue of RMB 10 billion.",
])
def test_revenue_never_guessed(read, q):
    assert REV not in facts(read(q))


def test_a_customers_revenue_is_told_as_anothers(read):
    r = read("Our biggest customer has revenue of RMB 10 billion, and our own sales are RMB 150 million.")
    assert r.asks["revenue of RMB 10 billion"].kind == "other"


@pytest.mark.parametrize("q,want", [
    ("我们财务上一直很稳健，产品有市场竞争力。", {FIN: True, "market_competitive": True}),
    ("我们近三年净利润均为正，年营收1.2亿元。", {FIN: True, REV: 12000}),
    ("近三年净利润均为正，年营收1.2亿元。", {FIN: True, REV: 12000}),  # the figure makes it the asker's case
    ("Our balance sheet is healthy and we have no bad credit record.", {FIN: True, "bad_credit_record": False}),
    ("Our net profit has been positive for the past three years.", {FIN: True}),
    ("We have had three straight years of profit.", {FIN: True}),
    ("我们公司净资产为负，能申请吗？", {FIN: False}),
    ("Liabilities exceed our assets at the moment, can we apply?", {FIN: False}),
    ("我们近两年亏损，能申请吗？", {FIN: False}),
    ("我们连续亏损两年了，还能申请吗？", {FIN: False}),
    ("我们财务状况优秀。", {FIN: True}),
    ("我们近三年财务状况均良好，未发生亏损。", {FIN: True}),  # and nothing asked back beside it
    ("我们一直在亏损。", {FIN: False}),
    ("我们近三年累计亏损2000万。", {FIN: False}),
    ("We've posted profits three years running.", {FIN: True}),
    ("The company has been profitable in each of the last three fiscal years.", {FIN: True}),
    ("We've had three consecutive profitable years.", {FIN: True}),
    ("We lost money in 2024 and 2025.", {FIN: False}),
    ("We've been running at a loss for years.", {FIN: False}),
])
def test_finances_read(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q", [
    "我们去年亏了三百万，能申请基础级吗？",
    "我们去年净利润为负，能申请吗？",
    "Our net profit was negative in 2025. Can we apply?",
    "We posted a net loss of RMB 3 million in 2025.",
    "We have had no losses since 2022. Can we apply?",
    "我们近三年没有亏损，能申请吗？",
    "We have not made a loss in the last three years.",
    "我们审计报告是无保留意见，能申请吗？",
    "Our auditors gave us a clean (unqualified) opinion. Are we OK on finances?",
])
def test_finances_not_stated_are_asked_back(read, q):
    r = read(q)
    assert FIN not in facts(r) and REV not in facts(r)
    assert asked_back(r, FIN)


def test_no_loss_beside_sound_finances_asks_nothing(read):
    r = read("我们近三年财务状况均良好，未发生亏损。")
    assert not r.unread


@pytest.mark.parametrize("q", [
    "RMB 5 million in sales returns were booked last year, can we apply?",
    "We lost RMB 5 million in sales last year.",
])
def test_sales_not_revenue(read, q):
    assert REV not in facts(read(q))


def test_a_debt_ratio_is_no_finances(read):
    r = read("我们公司资产负债率45%，营收6000万元。")
    assert facts(r) == {REV: 6000}
    assert r.unread


def test_one_years_loss_leaves_item_3_unknown_and_insolvency_not_met():
    """Decided by /ask: a year's loss says nothing of the three years (art_5 item 3 unknown); insolvency is finances
    not sound (not met)."""
    from kg_service.service import Service
    from tests.conftest import built_knowledge_graph

    s = Service(built_knowledge_graph())

    def item_3(q):
        out = s.ask(q, as_of=DAY)
        return out["facts"]["profile"], {d["condition"]: d["status"] for d in out["facts"]["decided"]
                                          if "art_5__item_3" in d["articles"]}

    profile, status = item_3("我们去年亏了三百万，能申请基础级吗？")
    assert FIN not in profile and set(status.values()) == {"unknown"}
    profile, status = item_3("We made a loss last year. Can we still apply?")
    assert FIN not in profile and set(status.values()) == {"unknown"}
    profile, status = item_3("公司目前资不抵债，注册在北京，能申请吗？")
    assert profile[FIN] is False and set(status.values()) == {"not_met"}
    profile, status = item_3("The company is insolvent and has a bad credit record. Can we apply?")
    assert profile[FIN] is False and set(status.values()) == {"not_met"}
