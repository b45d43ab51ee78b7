"""Reading the asker's trade (helper industry18): general trade frames rather than single words. A product named after
a label without first person ("所属行业：", "主营：", "Sector:", "Main products:", "Business scope: manufacturing of"),
the company's main product, "a maker of" after a label, an OEM of; a process word after the product that keeps its
trade (铝型材挤压, 轮胎硫化, 疫苗灌装, "tyre vulcanising"), but not the machine that does it (硫化机, "bottling lines");
a trade of the past or a plan is not today's (以前做…现在做…, 打算做…, "we used to make"), expanding our plant
is today's; of two divisions, the main one said after the list (主要是X, 以X为主, "mainly X"); a supplier the asker
says it is is the asker, a sister company or a group's other plant is not; a design or testing service on a
product is not its trade.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

TODAY = date(2026, 5, 20)


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


READ = [
    # labels without first person
    ("所属行业：汽车零部件，规上企业，设备联网率62%。", "C36"),
    ("行业类别：化学药品制剂，关键工序数控化率70%。", "C27"),
    ("主要产品：伺服电机、步进电机，设备联网率66%。", "C38"),
    ("经营范围：汽车零部件制造，设备联网率61%。", "C36"),
    ("Sector: auto parts. Key process NC rate 71%.", "C36"),
    ("Main products: ball bearings; equipment networking rate 64%.", "C34"),
    ("Core business: lithium-ion batteries; NC rate 75%.", "C38"),
    ("Business scope: manufacturing of auto parts. NC rate 70%.", "C36"),
    ("Company profile: a Beijing maker of medical devices. NC rate 70%.", "C35"),
    ("Our company's main product is servo motors; NC rate 70%.", "C38"),
    ("We are an OEM of bluetooth earbuds and laptops; NC rate 70%.", "C39"),
    # the asker said to be a supplier
    ("We are a tier-1 supplier of car seats to BAIC; NC rate 70%.", "C36"),
    # a process word after the product
    ("我们主要做铝型材挤压，设备联网率63%。", "C32"),
    ("我们厂做轮胎硫化，关键工序数控化率58%。", "C29"),
    ("公司做疫苗灌装，设备联网率70%。", "C27"),
    ("我们是做食用油压榨的，设备联网率55%。", "C13"),
    ("We do tyre vulcanising; NC rate 63%.", "C29"),
    ("We do aluminium extrusion; NC rate 70%.", "C32"),
    # the trade of today, not of the past or a plan
    ("我们以前做服装，现在做汽车座椅，设备联网率61%。", "C36"),
    ("我们原来做纺织，后来转做汽车座椅，设备联网率60%。", "C36"),
    ("We used to make garments but now we make car seats; NC rate 75%.", "C36"),
    ("我们打算做新能源电池，现在做服装，设备联网率60%。", "C18"),
    ("我们过去三年一直做汽车座椅，设备联网率60%。", "C36"),
    ("We are planning to expand our car seat plant; NC rate 70%.", "C36"),
    # the main one of two divisions said
    ("我们做伺服电机和减速机，主要是减速机，设备联网率64%。", "C34"),
    ("主要产品：轴承、变压器，以轴承为主，设备联网率60%。", "C34"),
    ("Main products: bearings and transformers, mainly bearings. NC rate 70%.", "C34"),
    # a topic's word named with the trade's words
    ("We are a maker of industrial robots; NC rate 71%.", "C34"),
    ("公司专业从事工业机器人的研发和生产，设备联网率60%。", "C34"),
    ("我们是一家EMS工厂，设备联网率60%。", "C39"),
]


@pytest.mark.parametrize("q,code", READ)
def test_the_trade_is_read(read, q, code):
    got = facts(read(q))
    assert got.get("industry_code") == code or str(got.get("industry_code")).startswith(str(code)), got


NOT_READ = [
    # a plan or a past trade alone
    "我们计划明年开始生产锂电池，设备联网率64%。",
    "We plan to start making lithium batteries next year; NC rate 70%.",
    "我们之前做过汽车座椅，设备联网率60%。",
    "We previously made car seats; NC rate 70%.",
    "我们拟新建汽车座椅工厂，设备联网率60%。",
    # two divisions, no main one said
    "主要产品：伺服电机、减速机，设备联网率60%。",
    "Product line: servo motors, gear reducers; NC rate 61%.",
    "主要产品：轴承、变压器，其中轴承占80%，设备联网率60%。",
    # another party's trade
    "我们集团下面有个汽车座椅厂，我们公司做软件，设备联网率60%。",
    "Our sister company makes car seats; NC rate 70%.",
    "主要客户：汽车座椅厂，设备联网率60%。",
    # a service on the product, or the machine of the process
    "我们做汽车座椅的设计，设备联网率60%。",
    "We do car seat design for carmakers; NC rate 70%.",
    "我们是做疫苗灌装设备的，设备联网率60%。",
    "我们是做啤酒灌装线的，设备联网率60%。",
    "We make beer bottling lines; NC rate 70%.",
]


@pytest.mark.parametrize("q", NOT_READ)
def test_no_trade_is_guessed(read, q):
    got = facts(read(q))
    assert "industry_code" not in got, got


@pytest.mark.parametrize("q", [
    "我们以前是做服装的，设备联网率60%。",
    "主要产品：伺服电机、减速机，设备联网率60%。",
])
def test_the_trade_is_asked_back(read, q):
    r = read(q)
    assert any("industry_code" in a.fields for a in r.asks.values()), r.asks


def test_the_other_facts_beside_a_label_are_read(read):
    got = facts(read("所属行业：汽车零部件，注册在北京，规上企业，关键工序数控化率73%，能申报先进级吗？"))
    assert str(got.get("industry_code")).startswith("C36")  # C3670: a group or class within C36 is right
    assert got.get("above_designated_size") is True
    assert got.get("indicators.key_process_nc_rate") == 73
