"""Reading the asker's trade from the products, trades and verbs people name it by (helper industry11):
GB/T 4754-2017 class-level product words in both languages (ontology/products.ttl); a part's noun after a
machine's or vehicle's word keeps its division ("hydraulic valve bodies", "汽车座椅骨架"); "X and other Y"
names one kind; a trade's name that is its verb ("吹塑矿泉水瓶"); 配套 after the customer supplies the
product named next; making verbs ("we machine", "we do", "turn … into", "搞"); smelting a metal names C31 or
C32. A customer's industry is not the asker's, and a product of two divisions is asked back, never bound.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

TODAY = date(2026, 5, 20)
NET = "indicators.equipment_networking_rate"


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


READ = [
    # class-level products, both languages
    ("我们是做不锈钢保温杯的，联网率66%，能评先进级吗？", "C33"),
    ("我们厂做真皮手袋，设备联网率62%。", "C19"),
    ("我们是做冷冻虾仁加工的，设备联网率63%。", "C13"),
    ("We make ceramic toilets and washbasins; equipment networking rate 61%.", "C30"),
    ("We make oscilloscopes and signal analysers; equipment networking rate 66%.", "C40"),
    ("We make Bluetooth earbuds; equipment networking rate 67%.", "C39"),
    # a part's noun after a machine's or a vehicle's word
    ("We machine hydraulic valve bodies; key process NC rate 70%.", "C34"),
    ("我们主要给主机厂配套生产汽车座椅骨架，设备联网率65%。", "C36"),
    ("我们生产摩托车发动机，设备联网率60%。", "C37"),
    # "X and other Y": one kind
    ("We make insulin and other biologics; equipment networking rate 68%.", "C27"),
    ("We smelt ferrochrome and other ferroalloys; equipment networking rate 70%.", "C31"),
    # trades and their verbs
    ("我们厂吹塑矿泉水瓶，设备联网率60%。", "C29"),
    ("我们厂搞注塑，给家电厂配套塑料外壳，设备联网率64%。", "C29"),
    ("We do injection moulding for appliance makers; equipment networking rate 70%.", "C29"),
    ("We do heat treatment and zinc plating for other factories; equipment networking rate 59%.", "C33"),
    ("我们是搞钣金加工的，设备联网率60%。", "C33"),
    ("We turn waste PET bottles into recycled flakes; equipment networking rate 58%.", "C42"),
    ("We refine gold and silver; equipment networking rate 63%.", "C32"),
    ("We smelt lead; equipment networking rate 62%.", "C32"),
    # a product named inside a longer clause; the customer named beside it is not the asker's trade
    ("Our plant in Yizhuang makes infant formula; equipment networking rate 66%.", "C14"),
    ("我们做铜箔，主要供锂电池厂，设备联网率68%。", "C32"),
    ("我们主要做汽车座椅面料，设备联网率65%。", "C17"),
]


@pytest.mark.parametrize(("q", "code"), READ, ids=[c[0][:40] for c in READ])
def test_the_trade_is_read(read, q, code):
    got = facts(read(q))
    assert got.get("industry_code") == code or str(got.get("industry_code")).startswith(str(code)), got


ASKED = [
    "We make robots; key process NC rate 70%.",  # industrial C34 or service C39
    "我们是做机器人的，设备联网率62%。",
    "我们是做包装的，设备联网率60%。",  # paper, plastic or metal
    "We make wire harnesses; equipment networking rate 63%.",  # a car's or electrical
    "我们生产碳纤维，设备联网率64%。",  # C28 or C30
    "We supply carmakers; equipment networking rate 65%.",  # the customer only
    "我们给手机厂商做配套，设备联网率66%。",
    "我们做LED显示屏和灯具，设备联网率63%。",  # two divisions
    "我们做塑料和五金配件，设备联网率61%。",  # both qualify the parts: plastic C29 or hardware C33
]


@pytest.mark.parametrize("q", ASKED, ids=[c[:40] for c in ASKED])
def test_a_product_of_no_one_division_is_asked_back(read, q):
    r = read(q)
    assert "industry_code" not in facts(r), facts(r)
    assert any("industry_code" in a.fields for a in r.asks.values()), r.asks


@pytest.mark.parametrize("q", [
    "We installed new hydraulic valves on line 2; equipment networking rate 62%.",  # used, not made
    "我们引进了机器人，设备联网率60%。",
    "Our decision hinges on the NC rate; equipment networking rate 60%.",
    "We dye and finish textiles; networking rate 65%.",  # "dye" the verb is not the dyes' C26
])
def test_no_wrong_trade_from_what_is_used_or_a_verb(read, q):
    assert facts(read(q)).get("industry_code") in (None, "C17"), facts(read(q))


def test_robots_named_alone_stay_the_topic(read):
    """"机器人" alone is the automation topic of a plant using them: no trade is read or asked."""
    r = read("我们车间有20台机器人，设备联网率60%。")
    assert "industry_code" not in facts(r)
