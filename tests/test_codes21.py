"""The asker's industry read as deep as the words fix it (GB/T 4754-2017 group or class), and asked back where a
product names two trades: products.ttl's division words under the group or class they alone name
(bench/products_depth_words.yaml), the classes' and groups' own names written out, a code written after the words of
classification, a letterhead's tagline; a material's parts of another trade, a material's product for pharmacy."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

TODAY = date(2026, 5, 20)


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


DEEPER = [
    # a division's word of one class or group: read there, not at the division
    ("我们厂主要生产地脚螺栓，设备联网率68%。", "C3482"),  # fasteners: 紧固件制造
    ("We turn out coil springs for mattresses; equipment networking rate 66%.", "C3483"),
    ("我们是一家做服务器的企业，设备联网率71%。", "C3911"),
    ("我们生产人用疫苗，设备联网率60%。", "C2762"),
    ("Our plant makes forklift trucks; equipment networking rate 64%.", "C3433"),
    ("我们主要生产液晶面板，设备联网率75%。", "C3974"),
    ("We brew craft beer; equipment networking rate 58%.", "C1513"),
    ("我们生产电线电缆，设备联网率66%。", "C3831"),
    ("我们厂生产挖掘机，设备联网率70%。", "C3514"),
    ("我们是做轴承的，设备联网率70%。", "C345"),  # rolling or plain bearings: the group
    ("We manufacture pumps; equipment networking rate 61%.", "C344"),  # water or hydraulic pumps: the group
    # the standard's own class or group name written out
    ("我司所属行业为计算机整机制造，设备联网率70%。", "C3911"),
    ("本公司属于医疗诊断、监护及治疗设备制造行业，设备联网率70%。", "C3581"),
    ("我们属于通信设备制造业，设备联网率63%。", "C392"),
    ("我们是摩托车制造商，设备联网率62%。", "C375"),  # the name ending in 制造 heads 商
    # a code written after the words of classification, even after 为
    ("我司国民经济行业代码为C3482，设备联网率70%。", "C3482"),
    # a letterhead's or signature's tagline
    ("HENGTAI FASTENERS CO., LTD. - manufacturer of high-strength bolts\nDear Sir, our equipment networking rate "
     "is 70%. Can we apply?", "C3482"),
    ("Hi, our equipment networking rate is 70%. Can we apply?\n--\nLi Wei\nHengtai Co., Ltd. | Manufacturer of "
     "industrial ball valves", "C3443"),
]


@pytest.mark.parametrize(("q", "code"), DEEPER, ids=[c[0][:30] for c in DEEPER])
def test_read_as_deep_as_the_words_say(read, q, code):
    assert facts(read(q)).get("industry_code") == code


SHALLOW = [
    ("我们是做片剂和胶囊的药厂，设备联网率70%。", "C27"),  # chemical or Chinese patent medicines: the division
    ("我们生产压缩机，设备联网率70%。", "C34"),  # air or refrigeration compressors
]


@pytest.mark.parametrize(("q", "code"), SHALLOW, ids=[c[0][:30] for c in SHALLOW])
def test_a_word_of_two_classes_stays_shallow(read, q, code):
    assert facts(read(q)).get("industry_code") == code


ASKED = [
    ("我们生产塑料汽车配件，设备联网率70%。", {"C29", "C36"}),  # 塑料零件 C2929 or 汽车零部件 C3670
    ("We make plastic car parts; equipment networking rate 70%.", {"C29", "C36"}),
    ("我们生产药用玻璃瓶，设备联网率70%。", {"C30", "C27"}),  # 玻璃包装容器 C3055 or 药用包装材料 C2780
    ("We make glass bottles for pharmaceuticals; equipment networking rate 70%.", {"C30", "C27"}),
    ("我们生产医用橡胶手套，设备联网率70%。", {"C29", "C27"}),
]


@pytest.mark.parametrize(("q", "codes"), ASKED, ids=[c[0][:30] for c in ASKED])
def test_a_product_of_two_trades_is_asked_back(read, q, codes):
    r = read(q)
    assert "industry_code" not in facts(r)
    asked = [a for a in r.asks.values() if "industry_code" in a.fields]
    assert asked, r.unread
    choices = " ".join(c for a in asked for c in a.choices)
    assert all(code in choices for code in codes), choices


def test_a_part_of_a_thing_is_read_at_the_division(read):
    # 飞机 is C3741's word, but an aircraft engine is C3744's (航空相关设备): the part's class is not said
    # (C374 航空、航天器及设备制造 holds aircraft engines, C3744, and aircraft, C3741: the group, not a class)
    assert facts(read("我们生产飞机发动机，设备联网率70%。")).get("industry_code") in ("C37", "C374")


def test_a_material_alone_keeps_its_product_s_trade(read):
    assert facts(read("我们生产塑料玩具，设备联网率70%。")).get("industry_code") == "C2452"  # 塑胶玩具制造, of C245
    assert facts(read("我们生产玻璃瓶，设备联网率70%。")).get("industry_code") == "C3055"
    # a grade of the material is no use: medical-grade silicone tubing stays the rubber trade's
    assert str(facts(read("We make medical-grade silicone tubing; equipment networking rate 65%.")
                     ).get("industry_code")).startswith("C29")


def test_no_trade_from_a_company_name_or_another_s_trade(read):
    assert "industry_code" not in facts(read("我们是北京天合医药科技有限公司，设备联网率70%，能报先进级吗？"))
    assert "industry_code" not in facts(read("我们是卖服务器的，设备联网率70%。"))
    assert "industry_code" not in facts(read("我们的客户是做液晶面板的，设备联网率70%。"))
