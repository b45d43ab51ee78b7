"""Reading the asker's trade (issue 17, helper industry8): a product's word that only qualifies the noun
after it is not the trade ("cigarette lighters", "卷烟纸"); the noun after it is, when it is a product's word
of its own ("服装面料": fabric, C17); a verb that names its trade whatever it is done to ("we print books",
"我们厂印包装盒", "we slaughter hogs") binds that trade's division when no product's word does, and only when
the asker says it of themselves.
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


# ---- the head of a thing's name decides its trade ---------------------------------------------------
HEADS = [
    ("我们做服装面料，设备联网率65%。", {"industry_code": "C17", NET: 65}),
    ("We make EV batteries; equipment networking rate 65%.", {"industry_code": "C384", NET: 65}),  # batteries' group
    # the trade's own words after the product's word are no other noun
    ("我们是风电场运营企业，设备联网率70%。", {"industry_code": "D44", NET: 70}),
    ("我们是油田开采企业，设备联网率66%。", {"industry_code": "B07", NET: 66}),
    ("We are a waterworks supplying tap water; equipment networking rate 62%.", {"industry_code": "D46", NET: 62}),
    ("咱家是做家具十几年了，设备联网率60%。", {"industry_code": "C21", NET: 60}),
    ("We make furniture mainly for export; equipment networking rate 60%.", {"industry_code": "C21", NET: 60}),
]


@pytest.mark.parametrize(("q", "want"), HEADS, ids=[c[0][:40] for c in HEADS])
def test_the_head_noun_names_the_trade(read, q, want):
    got = facts(read(q))
    code = want.get("industry_code")
    if code and str(got.get("industry_code")).startswith(code):
        got["industry_code"] = code  # a group or class of the division the words fix (depth21)
    assert got == want


@pytest.mark.parametrize("q", ["We make cigarette cases; equipment networking rate 60%.",
                               "We make beer bottles; equipment networking rate 60%.",
                               "我们厂生产手机壳，设备联网率60%。"])
def test_a_product_word_before_an_unknown_noun_is_asked_back(read, q):
    r = read(q)
    assert "industry_code" not in facts(r) and r.unread, facts(r)


# ---- a verb that names its trade ------------------------------------------------------------------------
VERBS = [
    ("我们厂印包装盒和说明书，设备联网率64%。", "C23"),
    ("We print books and magazines; equipment networking rate 65%.", "C23"),
    ("We slaughter hogs; equipment networking rate 60%.", "C13"),
    ("我们厂主要杀猪，做白条肉，设备联网率62%。", "C13"),
    ("We can fruit and vegetables; equipment networking rate 62%.", "C14"),
    ("We brew kombucha; equipment networking rate 62%.", "C15"),
    ("We spin flax; equipment networking rate 62%.", "C17"),
    ("We tan hides for the leather trade; equipment networking rate 59%.", "C19"),
    # a product's own word decides, not the verb
    ("We print circuit boards; equipment networking rate 62%.", "C39"),
    ("我们酿造酱油，设备联网率62%。", "C14"),
]


@pytest.mark.parametrize(("q", "code"), VERBS, ids=[c[0][:40] for c in VERBS])
def test_a_verb_names_its_trade(read, q, code):
    got = facts(read(q)).get("industry_code")  # the division, or a group or class within it
    assert got == code or (code is not None and str(got).startswith(code)), got


@pytest.mark.parametrize("q", [
    "We 3D-print titanium parts; equipment networking rate 60%.",   # additive manufacturing is no printing
    "We use printers to print labels; equipment networking rate 60%.",  # used, not the trade
    "We can apply for basic; equipment networking rate 62%.",        # "can" of a verb, not canning
    "The printing of labels is outsourced; equipment networking rate 60%.",  # not said of the asker
    "We print books and slaughter hogs; equipment networking rate 60%.",  # two trades: neither
])
def test_a_verb_not_said_of_the_trade_binds_nothing(read, q):
    assert "industry_code" not in facts(read(q))


# ---- products across the divisions, in everyday words (ontology/products.ttl) ----------------------------
PRODUCTS = [
    ("咱家是做粉条粉皮的，设备联网率65%。", "C13"), ("我们生产腐乳和豆瓣酱，设备联网率65%。", "C14"),
    ("我们厂生产卷烟纸，设备联网率66%。", "C22"), ("咱家是做汉服的，设备联网率65%。", "C18"),
    ("我们厂做拖鞋，设备联网率57%。", "C19"), ("我们生产芳纶，设备联网率65%。", "C28"),
    ("我们厂压制橡胶密封圈，设备联网率62%。", "C29"), ("我们厂生产汽车排气管，设备联网率68%。", "C36"),
    ("我们做中药配方颗粒，设备联网率65%。", "C27"), ("咱家是做机顶盒的，设备联网率67%。", "C39"),
    ("We distil vodka; equipment networking rate 65%.", "C15"),
    ("We make golf balls; equipment networking rate 65%.", "C24"),
    ("We make cigarette lighters; equipment networking rate 60%.", "C41"),
    ("We make steel wire rope; equipment networking rate 64%.", "C33"),
    ("We make pressure transmitters; equipment networking rate 65%.", "C40"),
    ("We make printers; equipment networking rate 65%.", "C39"), ("We're in printing: NC rate 66%.", "C23"),
    # a trade by 是…的, a mining verb, a recycler's own words after its verb
    ("我们是烧垃圾发电的，设备联网率70%。", "D44"), ("咱家是挖石英砂的，设备联网率52%。", "B10"),
    ("我们是回收废旧轮胎的，设备联网率55%。", "C42"),
    ("We recycle used cooking oil; equipment networking rate 55%.", "C42"),
    ("We generate electricity from biomass; equipment networking rate 70%.", "D44"),
]


@pytest.mark.parametrize(("q", "code"), PRODUCTS, ids=[c[0][:40] for c in PRODUCTS])
def test_products_name_their_division(read, q, code):
    got = facts(read(q)).get("industry_code")  # the division, or a group or class within it
    assert got == code or (code is not None and str(got).startswith(code)), got


# a thing that spans divisions, or is another's product being recycled, or is no trade at all: not guessed
@pytest.mark.parametrize("q", [
    "我们是做零部件的，设备联网率60%。", "We make parts; equipment networking rate 60%.",
    "咱家是做配件的，设备联网率62%。",
    "We make machines; equipment networking rate 60%.", "We quarry and cut marble; equipment networking rate 55%.",
    "We run a gas station; equipment networking rate 50%.", "我们做传感器和仪表，设备联网率64%。",
    "We recycle end-of-life EV batteries; equipment networking rate 75%.", "我们是用机器人的，设备联网率60%。",
])
def test_a_thing_of_no_one_division_is_not_guessed(read, q):
    assert "industry_code" not in facts(read(q))


# ---- several events in one sentence, other words between (issue 17) ------------------------------------
EVENTS = [
    # a second fine with its verb left out: its amount after "and"
    ("We were fined 50,000 yuan by the market regulator on 2024-02-02 and 80,000 yuan by the tax bureau on "
     "2025-07-07.", {"violations.0.date": "2024-02-02", "violations.1.date": "2025-07-07"}),
]


@pytest.mark.parametrize(("q", "want"), EVENTS, ids=[c[0][:40] for c in EVENTS])
def test_several_events_separated_by_other_words(read, q, want):
    assert facts(read(q)) == want


# an event's date is its own part's ("… and on 2026-03-02 we were fined", "… and then … in April 2026")
@pytest.mark.parametrize(("q", "want"), [
    ("We were recognised at the advanced level in 2025; on 2026-01-10 we had a major environmental accident and "
     "on 2026-03-02 we were fined by the environmental bureau. Will the title be revoked?",
     [("accident", "2026-01-10"), ("penalty", "2026-03-02")]),
    ("After recognition at the basic level we had a general safety accident in February 2026 and then a larger "
     "quality accident in April 2026. Do we keep the title?",
     [("accident", "2026-02-15"), ("accident", "2026-04-15")]),
])
def test_revocation_events_take_the_date_of_their_part(read, q, want):
    r = read(q)
    assert [(e.type, e.date) for e in r.events] == want


def test_a_span_of_dates_is_still_no_list(read):
    r = read("We were fined 50,000 yuan between 2024-02-10 and 80,000 yuan 2025-11-03.")
    assert not any(p.startswith("violations") for p in facts(r))


# ---- more ways of naming a trade: a shop one is, supplying a utility's product, repairing for others ----
MORE = [
    ("We're a canvas and tarpaulin shop; equipment networking rate 58%.", "C17"),
    ("We supply LPG to households; equipment networking rate 68%.", "D45"),
    ("我们给园区企业供应蒸汽，设备联网率69%。", "D44"),
    ("我们专门给航空公司修飞机发动机，设备联网率75%。", "C43"),
    ("We overhaul locomotives for the railways; equipment networking rate 73%.", "C43"),
    ("我们厂炼硅锰合金，设备联网率78%。", "C31"),
    ("我们厂压铸铝件，设备联网率65%。", "C33"),
    ("We sew school uniforms; equipment networking rate 57%.", "C18"),
    ("We blow-mould plastic drums; equipment networking rate 63%.", "C29"),
]


@pytest.mark.parametrize(("q", "code"), MORE, ids=[c[0][:40] for c in MORE])
def test_more_ways_of_naming_a_trade(read, q, code):
    got = facts(read(q)).get("industry_code")  # the division, or a group or class within it
    assert got == code or (code is not None and str(got).startswith(code)), got


@pytest.mark.parametrize("q", [
    "We repair our own CNC machines for our plants; equipment networking rate 70%.",  # own machines
    "我们给自己的工厂维修设备，设备联网率60%。",
    "我们给车间供应蒸汽，设备联网率60%。",  # a boiler house serving its own workshops
    "We supply cover glass to smartphone makers; equipment networking rate 72%.",  # a part supplied to a trade
    "We had a general safety accident in the paint shop on 2025-06-30.",  # a workshop, not the trade
])
def test_what_names_no_trade_of_the_asker(read, q):
    assert "industry_code" not in facts(read(q))


# ---- a thing made electric is another trade's; a verb's object that is another's product --------------
@pytest.mark.parametrize(("q", "code"), [
    # C38's appliance (C3857), not C41's brush: named so since industry15
    ("We make electric toothbrushes; equipment networking rate 64%.", "C38"),
    ("我们生产电动牙刷，设备联网率60%。", "C38"),
    ("我们是造电动叉车的，设备联网率72%。", "C34"),  # a machine stays its division's when electric
    ("We make electric kettles; equipment networking rate 60%.", "C38"),  # the whole name is a product's word
    # vinegar is C14's (C1462 调味品), not brewing's C15 (trade22: 酿 is a making verb)
    ("我们厂酿米醋，设备联网率62%。", "C14"),
    ("我们厂酿米酒，设备联网率60%。", "C15"),
])
def test_electric_things_and_brewed_condiments(read, q, code):
    got = facts(read(q)).get("industry_code")  # the division, or a group or class within it
    assert got == code or (code is not None and str(got).startswith(code)), got


# ---- a domain said only as not covered: nothing covered is stated, so the domains are asked back ---------
@pytest.mark.parametrize("q", ["我们生产作业这块还没做，能申报基础级吗？",
                               "We haven't digitalised production operation yet. Can we apply for basic?"])
def test_a_domain_said_only_as_not_covered_is_asked_back(read, q):
    r = read(q)
    assert "domains" not in facts(r) and any("domains" in a.fields for a in r.asks.values()), (facts(r), r.unread)
