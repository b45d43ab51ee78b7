"""Reading the asker's trade (helper industry15): everyday product words of one division (feeds named by the
animal, snacks, women's wear and shoes, plastic pipes by polymer, implants, fuel cells, smart cards, a car's air
conditioner); a Chinese compound headed by its last name where two names of equal length overlap ("做包装纸": the
paper, not the making phrase of three divisions) and two overlapping names of one division read as one name
("旅行箱包"); an apostrophe in the words after a making verb ("children's toys"); a longer name that tells the head
noun's other trade (VR眼镜 is electronics, not spectacles); a name holding its making verb ("make robots", "build
ships") said by the asker whatever follows; machines "for" a product named by a trade word between ("battery
manufacturing equipment"); the customers said to be a trade ("our customers are carmakers",
客户主要是车企) name no trade of the asker; a word of several divisions narrowed by a product named after it, not
joined to it ("食品厂，主要做面包": C14). Words of more than one division (管材, 新材料, a traction
motor) are asked back, never guessed; a thing bought is still no trade.
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
    ("我们厂主要生产鱼饲料和鸡饲料，设备联网率61%，够先进级吗？", "C13"),
    ("We mostly make pig feed and cattle feed; equipment networking rate 61%.", "C13"),
    ("公司做休闲零食，设备联网率66%。", "C14"),
    ("我们是做女装的，关键工序数控化率57%。", "C18"),
    ("We make children's toys and board games; equipment networking rate 60%.", "C24"),
    ("我们生产女鞋和男鞋，设备联网率62%。", "C19"),
    ("我们厂生产旅行箱包，设备联网率58%。", "C19"),  # 旅行箱 and 箱包: one name of one division
    ("我们是做包装纸的，设备联网率64%。", "C22"),  # the paper heads the compound, not 做包装
    ("公司生产PVC地板，设备联网率70%。", "C29"),  # vinyl floors are plastic products, not wooden floors
    ("We make vinyl flooring; key process NC rate 71%.", "C29"),
    ("我们是做PPR管的，设备联网率63%。", "C29"),
    ("我们生产VR眼镜，设备联网率75%。", "C39"),  # a headset, not spectacles (眼镜, C35)
    ("我们做眼镜，设备联网率60%。", "C35"),  # GB/T 4754-2017 C3587 眼镜制造
    ("我们生产汽车空调，设备联网率68%。", "C36"),  # a car's air conditioner is a car part
    ("We make hydrogen fuel cells for buses; equipment networking rate 73%.", "C38"),
    ("我们生产骨科植入物和人工关节，设备联网率66%。", "C35"),
    ("We make stents; key process NC rate 79%.", "C35"),
    ("我们是做智能卡的，设备联网率71%。", "C39"),
    ("We make welding robots; equipment networking rate 77%.", "C34"),
    ("我们是做燃气轮机的，关键工序数控化率74%。", "C34"),
    ("我们生产商砼，设备联网率59%。", "C30"),
    ("We build ships for the offshore market; equipment networking rate 62%.", "C37"),
    ("We're a chipmaker; equipment networking rate 81%.", "C39"),
    ("我们是砖厂，设备联网率52%。", "C30"),
    ("我们做轴承，客户主要是车企，设备联网率70%。", "C34"),  # the bearings are the asker's, the carmakers customers
    ("We build railcars for subway lines; key process NC rate 61%.", "C37"),  # not cars, C36
]


@pytest.mark.parametrize(("q", "code"), READ, ids=[c[0][:40] for c in READ])
def test_the_trade_is_read(read, q, code):
    got = facts(read(q))
    assert got.get("industry_code") == code or str(got.get("industry_code")).startswith(str(code)), got


@pytest.mark.parametrize("q", [
    "我们是做管材的，设备联网率56%。",  # plastic C29, steel C31, copper or aluminium C32
    "我们公司做新材料，设备联网率58%。",  # chemical, fibre, non-metallic, metallic or electronic
    "我们生产新能源汽车驱动电机，设备联网率70%。",  # a car part (C3670) or a motor (C381)
    "We make traction motors; equipment networking rate 70%.",
    "We make robots for warehouses; equipment networking rate 70%.",  # the name holds its verb: C34 or C39
    "We make packaging for cosmetics brands; equipment networking rate 66%.",  # paper, plastic or metal
])
def test_a_word_of_several_divisions_is_asked_back(read, q):
    r = read(q)
    assert "industry_code" not in facts(r), facts(r)
    assert any("industry_code" in a.fields for a in r.asks.values()), r.asks


@pytest.mark.parametrize("q", [
    "我们采购了一批PPR管，设备联网率60%。",  # bought, not made
    "我们是做电动车的，设备联网率60%。",  # an e-bike (C37) or an electric car (C36): 动车 is no name alone
    "我们生产机动车零部件，设备联网率60%。",  # no train (动车) in 机动车
])
def test_no_trade_of_the_asker(read, q):
    assert facts(read(q)).get("industry_code") not in ("C29", "C37"), facts(read(q))


@pytest.mark.parametrize(("q", "not_code"), [
    ("We make battery manufacturing equipment; equipment networking rate 70%.", "C38"),  # machines for batteries
    ("We make battery assembly lines; equipment networking rate 70%.", "C38"),
    # the customers said to be a trade: not the asker's
    ("Our customers are mostly carmakers; equipment networking rate 70%.", "C36"),
    ("Our clients are steel mills; equipment networking rate 70%.", "C31"),
    ("我们的客户主要是车企，设备联网率70%。", "C36"),
])
def test_a_machine_for_a_product_is_not_its_trade(read, q, not_code):
    assert facts(read(q)).get("industry_code") != not_code, facts(read(q))


@pytest.mark.parametrize(("q", "code"), [
    ("我们是一家食品厂，主要做面包，设备联网率70%。", "C14"),  # 食品 (C13 or C14) narrowed by the bread
    ("我们做手套，主要是乳胶手套，设备联网率70%。", "C29"),
    ("我们做包装，主要是纸箱，设备联网率70%。", "C22"),
    ("我们做空调和冰箱，设备联网率70%。", None),  # joined: two products, the first perhaps central (C34)
    ("We make capacitors and transformers; equipment networking rate 70%.", None),
])
def test_a_word_of_several_divisions_narrowed_by_a_product_after_it(read, q, code):
    got = facts(read(q)).get("industry_code")  # the division, or the class the product after it fixes (trade22: C1411)
    assert got == code or (code is not None and str(got).startswith(code)), facts(read(q))


def test_two_names_of_equal_length_the_later_heads():
    from kg_service.graph import KnowledgeGraph
    from kg_service.questions.structured import ConceptMatcher

    matcher = ConceptMatcher.from_graph(KnowledgeGraph.load())
    found = [m.concept.rsplit("-", 1)[-1] for m in matcher.find("我们是做包装纸的") if m.type == "IndustryDivision"]
    assert found == ["C22"], found
    joined = [(m.label, m.concept.rsplit("-", 1)[-1]) for m in matcher.find("生产旅行箱包")
              if m.type == "IndustryDivision"]
    assert joined == [("旅行箱包", "C19")], joined
