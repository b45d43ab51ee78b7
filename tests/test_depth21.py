"""A product or trade word of ontology/products.ttl is read at the deepest GB/T 4754-2017 level its words fix alone
(bench/make_products_depth.py ``DEPTH``): 啤酒 C1513, 水泥 C3011, 化学药品制剂 C2720, 笔记本电脑 C3911, 汽车整车
C361; a word of two classes of one group at the group (轴承 C345: rolling or plain), of two groups at the division
(玻璃: flat glass C304 or glass products C305); never deeper than the words say."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

TODAY = date(2026, 5, 20)


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


READ = [
    # a class the words fix
    ("我们厂主要生产啤酒，去年设备联网率到了72%。", "C1513"),
    ("我们这家水泥企业设备联网率75%，想问问先进级。", "C3011"),
    ("公司做化学药品制剂，设备联网率80%。", "C2720"),
    ("我们组装笔记本电脑，设备联网率70%。", "C3911"),
    ("Our brewery runs at 72% equipment networking.", "C1513"),
    ("We are a cement producer with 75% of our equipment networked.", "C3011"),
    ("We build laptops; equipment networking rate 70%.", "C3911"),
    ("本公司生产疫苗，设备联网率82%。", "C27"),  # human (C2762) or veterinary (C2750 兽用药品)
    ("我们生产兽用疫苗，设备联网率82%。", "C2750"),
    ("We build yachts and fishing boats; networking rate 58%.", "C373"),  # two things joined: the level both are of
    ("我们做阀门，设备联网率70%。", "C3443"),
    ("We make elevators and escalators; networking rate 70%.", "C3435"),
    ("我们生产变压器，设备联网率70%。", "C3821"),
    ("We make water meters; networking rate 66%.", "C4016"),
    ("厂里做钢结构，设备联网率68%。", "C3311"),
    ("我们是生产挂车的，设备联网率70%。", "C3660"),
    # a name the matcher joins from two words of one division: as the words agree
    ("我们是一家啤酒厂，设备联网率72%。", "C1513"),
    ("我们是新能源汽车整车企业，设备联网率70%。", "C3612"),
    ("我们公司生产汽车整车，设备联网率78%。", "C361"),
    # the group the words fix: two classes of one group
    ("我们生产轴承，设备联网率70%。", "C345"),
    ("We make bearings; networking rate 70%.", "C345"),
    ("我们是做饮料的，设备联网率70%。", "C152"),
    ("We make medical devices; networking rate 70%.", "C358"),
    ("我们生产陶瓷，设备联网率70%。", "C307"),
    ("我们是做刀具的，设备联网率70%。", "C332"),
    ("我们是一家数控机床企业，设备联网率70%。", "C342"),
    # two words of two classes: the level they share
    ("我们生产变压器和开关柜，设备联网率70%。", "C382"),
    # a division's word alone stays at the division
    ("我们生产玻璃，设备联网率70%。", "C30"),
    ("我们是化工企业，设备联网率70%。", "C26"),
    ("We make garments; networking rate 70%.", "C18"),
    ("我们做热水器，设备联网率70%。", "C38"),  # electric C3855, gas C3861 or solar C3862
]


@pytest.mark.parametrize(("q", "code"), READ)
def test_deepest_read(read, q, code):
    assert facts(read(q)).get("industry_code") == code


def test_sold_not_read(read):
    assert "industry_code" not in facts(read("我们代理销售啤酒，设备联网率70%。"))


def test_depth_words_are_the_divisions():
    """Every word of DEPTH is a word of its code's division (the generator refuses one that is not), and no code is
    a class the standard lacks (C1820)."""
    import importlib.util
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("make_products_depth", root / "bench" / "make_products_depth.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    text = mod.render()
    assert "gbt4754-C1820 " not in text
    assert mod.depth_words()["C1513"] == ["啤酒", "beer", "brewery", "精酿啤酒", "craft beer"]
