"""codes23: a product's everyday words read at the class they alone fix (GB/T 4754-2017), zh and en; a word of two
classes carries them (bench/products_depth_words.yaml, among -> sfkg:sharedProduct): read at the level they share,
deeper with a word naming one of them, never at another's; a battery's cells are its own class."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

TODAY = date(2026, 5, 20)


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


READ = [
    # rechargeable lithium chemistries and their cells: C3841
    ("我们主要生产动力锂电池，设备联网率72%。", "C3841"),
    ("公司专注磷酸铁锂电池的研发和生产，设备联网率70%。", "C3841"),
    ("我们是做三元锂电池电芯的，设备联网率70%。", "C3841"),
    ("We manufacture LFP batteries for energy storage; networking rate 70%.", "C3841"),
    ("We make lithium-ion battery cells; networking rate 70%.", "C3841"),
    ("我们生产锂离子电池模组，设备联网率70%。", "C3841"),  # a battery's module is its class's
    # cells or packs of any chemistry, 锂电池 alone (lithium-ion or primary): the group
    ("我们厂生产电芯，设备联网率70%。", "C384"),
    ("公司生产动力电池电芯，设备联网率70%。", "C384"),
    ("Our plant makes battery cells; networking rate 70%.", "C384"),
    ("我们主要做锂电池，设备联网率70%。", "C384"),
    # a word of two classes beside a word of a third: what they share, not the third's class
    ("我们生产锂电池，也做铅酸电池，设备联网率70%。", "C384"),
    ("我们做刀具，也做扳手，设备联网率70%。", "C332"),
    # ... beside a word of one of them: that class
    ("我们生产锂电池，主要是磷酸铁锂电池，设备联网率70%。", "C3841"),
    ("我们生产化学药品制剂，主要是片剂和胶囊，设备联网率70%。", "C2720"),
    ("我们是仿制药企业，主要生产片剂、胶囊，设备联网率70%。", "C2720"),
    ("We make generic drugs: tablets, capsules and injections; networking rate 70%.", "C2720"),
    ("我们生产化学药，主要是原料药，设备联网率70%。", "C2710"),
    ("我们是兽药企业，生产疫苗，设备联网率70%。", "C2750"),
    # chemical and TCM preparations
    ("我们主要生产中药制剂，设备联网率70%。", "C2740"),
    ("We make TCM preparations; networking rate 70%.", "C2740"),
    # computers, electronic devices
    ("我们生产计算机整机，设备联网率70%。", "C3911"),
    ("We make personal computers; networking rate 70%.", "C3911"),
    ("我们生产光模块，设备联网率70%。", "C3976"),
    ("We make optical transceivers; networking rate 70%.", "C3976"),
    ("我们生产贴片电容和电解电容，设备联网率70%。", "C3981"),
    # food, printing, vehicles, others
    ("我们做速冻汤圆，设备联网率70%。", "C1432"),
    ("我们生产汤圆和饺子，设备联网率70%。", "C143"),  # fresh or quick-frozen
    ("我们生产软糖和棒棒糖，设备联网率70%。", "C1421"),
    ("我们生产猪饲料和水产饲料，设备联网率70%。", "C1329"),
    ("我们主要做杂志印刷，设备联网率70%。", "C2311"),
    ("We print magazines and newspapers; networking rate 70%.", "C2311"),
    ("我们做烟包印刷，设备联网率70%。", "C2319"),
    ("我们生产电动自行车，设备联网率70%。", "C3770"),
    ("We make e-bikes; networking rate 70%.", "C3770"),
    ("我们生产电动摩托车，设备联网率70%。", "C3751"),
    ("我们做数控刀具，设备联网率70%。", "C3321"),
    ("我们生产钢化玻璃，设备联网率70%。", "C3042"),
]


@pytest.mark.parametrize(("q", "code"), READ)
def test_class_read(read, q, code):
    got = facts(read(q))
    assert got.get("industry_code") == code
    assert got["indicators.equipment_networking_rate"] in (70, 72)


@pytest.mark.parametrize("q", [
    "我们主要生产片剂和胶囊，设备联网率70%。",  # chemical or Chinese patent medicine
    "We make tablets and capsules; networking rate 70%.",
    "我们生产疫苗，设备联网率70%。",  # human or veterinary
    "我们生产化学药品制剂，也做中药，设备联网率70%。",  # a division's word after the class's
    "我们生产中药饮片，也做片剂，设备联网率70%。",  # tablets are not decoction pieces
])
def test_two_classes_stay_at_the_division(read, q):
    assert facts(read(q)).get("industry_code") == "C27"


@pytest.mark.parametrize("q", [
    "我司主营服务器和工作站，设备联网率70%。",  # 工作站 is a research station too
    "我们生产电容器，设备联网率70%。",  # power (C3822) or electronic (C3981) capacitors
])
def test_two_divisions_not_read(read, q):
    got = facts(read(q))
    assert "industry_code" not in got
    assert got["indicators.equipment_networking_rate"] == 70


def test_shared_products_written():
    """The yaml's `among` words are written as sfkg:sharedProduct of each class, and the generator refuses a key of
    two divisions."""
    import importlib.util
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("make_products_depth", root / "bench" / "make_products_depth.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    text = (root / "ontology" / "products-depth.ttl").read_text(encoding="utf-8")
    assert 'sfid:gbt4754-C2720 sfkg:sharedProduct "片剂"@zh .' in text
    assert 'sfid:gbt4754-C2740 sfkg:sharedProduct "片剂"@zh .' in text
    with pytest.raises(ValueError):
        mod.shared_products({"C2720|C3841": ["片剂"]}, mod.division_labels())
