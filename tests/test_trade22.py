"""Reading the asker's trade in English and in Chinese verb frames (helper trade22): a trade's word named before
the deeper products it makes ("a pharmaceutical manufacturer making chemical drug preparations": C2720, "我们是制药厂，
主要生产化学药品制剂"); English lists joined by commas ("valves, pumps and compressors": C34, not the valves' class);
trade nouns (bakery, cannery, CDMO, brewer, sawmill) and contract makers ("an ODM for laptops"); metalworking verbs
on a metal ("we forge steel": C3393, not steel's C31; "我们铸造铝合金": C3392); Chinese one-character trade verbs
(酿, 榨, 磨, 织); product words (bolts/nuts lists, PLCs, ICs, MLCCs, fabs, foundries). A supplier named by the field it
serves ("an automotive supplier"), plastic parts for cars and HVAC equipment are asked back, never guessed; a
customer's trade, a thing sold or used is no trade of the asker's.
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
    ("We make bolts, nuts and screws; equipment networking rate 70%.", "C3482"),
    ("We brew beer, registered in Beijing; key process NC rate 66%.", "C1513"),
    ("We formulate generic tablets; equipment networking rate 70%.", "C2720"),
    ("We make valves, pumps and compressors; equipment networking rate 70%.", "C34"),
    ("Our products: pumps, valves. Equipment networking rate 70%.", "C344"),
    ("We are an iron foundry; equipment networking rate 70%.", "C3391"),
    ("We are an industrial bakery; equipment networking rate 70%.", "C141"),
    ("We are a pharma plant; equipment networking rate 70%.", "C27"),
    ("We are a pharmaceutical manufacturer making chemical drug preparations; NC rate 60%.", "C2720"),
    ("We are a pharmaceutical company producing Chinese patent medicines; NC rate 60%.", "C2740"),
    ("We run a semiconductor fab; equipment networking rate 70%.", "C397"),
    ("We are an EMS contract manufacturer; equipment networking rate 70%.", "C39"),
    ("We are an ODM for laptops; equipment networking rate 70%.", "C3911"),
    ("We make PLCs; equipment networking rate 70%.", "C4011"),
    ("We make MLCCs; equipment networking rate 70%.", "C3981"),
    ("We make gears and gearboxes; equipment networking rate 70%.", "C3453"),
    ("We make capacitors, resistors and inductors; equipment networking rate 70%.", "C3981"),
    ("We are a cannery; equipment networking rate 70%.", "C145"),
    ("We're a brewer; equipment networking rate 70%.", "C1513"),
    ("We forge steel; equipment networking rate 70%.", "C3393"),
    ("We die-cast aluminium; equipment networking rate 70%.", "C3392"),
    ("We cast grey iron and ductile iron; equipment networking rate 70%.", "C3391"),
    ("We galvanize steel; equipment networking rate 70%.", "C3360"),
    ("We are a printing house; we print books and magazines; NC rate 60%.", "C2311"),
    ("Industry: pharmaceuticals (chemical drug preparations); equipment networking rate 70%.", "C2720"),  # after set B
    ("我们厂主要酿啤酒，设备联网率70%，能报先进级吗？", "C1513"),
    ("我们磨面粉，设备联网率70%。", "C1312"),
    ("我们榨花生油，设备联网率70%。", "C1331"),
    ("我们厂主要织地毯，设备联网率70%。", "C2437"),
    ("我们是制药厂，主要生产化学药品制剂，设备联网率70%。", "C2720"),
    ("我们主要生产螺栓、螺母和螺钉，设备联网率70%。", "C3482"),
    ("我们是铸造厂，主要做灰铁铸件，设备联网率70%。", "C3391"),
    ("我们铸造铝合金，设备联网率70%。", "C3392"),
    ("我们给啤酒厂做玻璃瓶，设备联网率70%。", "C3055"),
]


@pytest.mark.parametrize(("q", "code"), READ)
def test_the_trade_is_read_at_the_depth_its_words_fix(read, q, code):
    got = facts(read(q))
    assert got.get("industry_code") == code, got


def test_other_facts_stay_right_beside_the_trade(read):
    got = facts(read("We are a pharma plant, registered in Beijing, above designated size, key process NC rate 66%. "
                     "Can we apply for the advanced level?"))
    assert got["industry_code"] == "C27"
    assert got["indicators.key_process_nc_rate"] == 66
    assert got["above_designated_size"] is True
    assert "北京" in got["registration.province"]


@pytest.mark.parametrize("q", [
    "We are an automotive supplier; equipment networking rate 70%.",  # a supplier of what is not said
    "We are a Tier-1 auto supplier; equipment networking rate 70%.",
    "We make plastic parts for cars; equipment networking rate 70%.",  # C29 or C36
    "We make HVAC equipment; equipment networking rate 70%.",  # C3464 or household air conditioners C3852
    "We make parts for the aerospace and automotive industries; equipment networking rate 70%.",
])
def test_words_of_two_trades_are_asked_back(read, q):
    r = read(q)
    assert "industry_code" not in facts(r), facts(r)
    assert any("industry_code" in a.fields for a in r.asks.values()), r.asks


@pytest.mark.parametrize(("q", "not_code"), [
    ("We cast iron manhole covers; equipment networking rate 60%.", "C3391"),  # cast iron is the covers' material
    ("We forge steel flanges; equipment networking rate 60%.", "C31"),  # steel is worked, not made
    ("We are an OEM for carmakers; equipment networking rate 70%.", "C361"),  # carmakers are the customers
    ("We're a paint shop; equipment networking rate 70%.", "C2641"),  # a workshop, no paint maker
    ("我们厂织毛巾被，设备联网率59%。", "C1772"),  # 毛巾 qualifies the quilt (被)
])
def test_never_the_trade_of_a_material_customer_or_workshop(read, q, not_code):
    assert facts(read(q)).get("industry_code") != not_code, facts(read(q))


@pytest.mark.parametrize("q", [
    "We import and sell CNC machine tools; NC rate 60%.",  # sold, not made
    "We use Siemens PLCs to control our bottling lines; equipment networking rate 70%.",  # used
    "We machine steel; equipment networking rate 70%.",  # machining's trade is not fixed by the steel
])
def test_no_trade_read_from_things_sold_used_or_worked(read, q):
    assert "industry_code" not in facts(read(q)), facts(read(q))
