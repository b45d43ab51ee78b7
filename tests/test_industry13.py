"""Reading the asker's trade as enterprise staff state it (helper industry13): the frames of a main line
("our main line is", "主营", "主打", "产销"), a thing supplied to a customer named after it ("we supply
airbags to carmakers"), making verbs before "into" ("refine crude oil into diesel", "tan cowhides into
leather"), "造", "回收", "knit", "tan"; a one-word product's name just after "we" is the verb ("we mould
plastic crates": not the moulds' C35); verbs that name their trade whatever they are done to (dyeing or
weaving cloth C17, quarrying stone B10, recycling scrap C42); a utility or a wind farm run; a making verb
after the trade's name ("a shipyard building bulk carriers"). A product of two divisions ("steel wire": wire
rod C31 or drawn wire C33), a customer only, or recovering one's own waste heat is never bound.
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
    ("Our main line is hydraulic cylinders; equipment networking rate 66%.", "C34"),
    ("We supply seat belts and airbags to carmakers; equipment networking rate 71%.", "C36"),
    ("We refine crude oil into diesel and jet fuel; equipment networking rate 85%.", "C25"),
    ("We tan cowhides into finished leather; equipment networking rate 57%.", "C19"),
    ("We mould plastic crates; equipment networking rate 64%.", "C29"),
    ("We knit sweaters and cardigans; equipment networking rate 58%.", "C18"),
    ("We recycle scrap lead-acid batteries; equipment networking rate 54%.", "C42"),
    ("We run a wind farm; equipment networking rate 90%.", "D44"),
    ("We're a gas utility piping natural gas to households; equipment networking rate 75%.", "D45"),
    ("We quarry granite for building stone; equipment networking rate 52%.", "B10"),
    ("We are a shipyard building bulk carriers; key process NC rate 63%.", "C37"),
    ("We make lithium-ion battery packs for e-bikes; equipment networking rate 77%.", "C38"),
    ("We assemble laptops and desktop PCs; equipment networking rate 79%.", "C39"),
    ("我们厂主要给服装厂染布，设备联网率58%。", "C17"),
    ("公司主营羽绒服和冲锋衣，设备联网率57%。", "C18"),
    ("我们是一家工业机器人企业，关键工序数控化率82%。", "C34"),
    ("我们做数控机床，设备联网率70%。", "C34"),
    ("我们厂造电动自行车，设备联网率62%。", "C37"),
    ("我们厂回收废塑料再造粒，设备联网率55%。", "C42"),
    ("我们回收废旧手机，拆解后卖金属，设备联网率54%。", "C42"),
    ("我们开采石灰石，设备联网率54%。", "B10"),
    ("我们做羊毛衫和针织内衣，设备联网率61%。", "C18"),
    ("我们厂铸造灰铁件和球铁件，设备联网率56%。", "C33"),
]


@pytest.mark.parametrize(("q", "code"), READ, ids=[c[0][:40] for c in READ])
def test_the_trade_is_read(read, q, code):
    got = facts(read(q))
    assert got.get("industry_code") == code or str(got.get("industry_code")).startswith(str(code)), got


@pytest.mark.parametrize("q", [
    "We make steel wire for tyre makers; equipment networking rate 70%.",  # wire rod C31 or drawn wire C33
    "We supply carmakers; equipment networking rate 65%.",  # the customer only
    "We make smartphones and tablets; equipment networking rate 84%.",  # tablets: computers or pills
])
def test_a_product_of_no_one_division_is_asked_back(read, q):
    r = read(q)
    assert "industry_code" not in facts(r), facts(r)
    assert any("industry_code" in a.fields for a in r.asks.values()), r.asks


@pytest.mark.parametrize("q", [
    "We recycle waste heat from our kilns; equipment networking rate 60%.",  # one's own heat, no trade
    "我们回收废水循环利用，设备联网率60%。",
    "In our building we have new servers; equipment networking rate 60%.",  # "building" the noun
    "我们改造了生产线，设备联网率60%。",  # 改造 is no making of 造
])
def test_no_trade_from_what_is_recovered_or_rebuilt(read, q):
    assert "industry_code" not in facts(read(q)), facts(read(q))


def test_fire_doors_are_no_fire(read):
    """"fire doors" is a product, not a fire: no accident is read from it."""
    r = read("We make steel doors and fire doors; equipment networking rate 61%.")
    assert not any(f.path.startswith("incidents") for f in r.facts), facts(r)
