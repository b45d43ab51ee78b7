"""Reading the asker's trade (helper industry16): everyday product words found missing division by division over
GB/T 4754-2017's classes (a one-character product, 鞋 醋 药 砖 泵 船, in its trade's words; 猪肉分割, 定制衣柜 not
制衣, 钢管, 厨具, 电阻 电感, metro vehicles C37 not cars, printing machinery C35 not printing C23, "X equipment
manufacturer" not the annex's equipment group); the frames of assembling and contract making (整机组装, 代工, 贴牌,
"we assemble", "contract manufacturer of", "a laptop OEM", "turns out", "puts together", "under contract for");
words of two divisions asked back (口罩, 医用耗材, medical consumables); an assembly line or a phone factory's cast-off
equipment is not the asker's trade; 变速箱, 密封件, duvets and 塔吊 are asked back.
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
    # assembling and contract making name the trade of the thing assembled
    ("我们是做手机整机组装的，设备联网率62%，能报先进级吗？", "C39"),
    ("公司主要是手机整机组装，关键工序数控化率71%。", "C39"),
    ("我们是一家手机代工厂，设备联网率66%。", "C39"),
    ("我们给几个品牌代工笔记本电脑，关键工序数控化率73%。", "C39"),
    ("咱们厂是做服务器整机装配的，设备联网率58%。", "C39"),
    ("我们贴牌生产电饭煲，设备联网率57%。", "C38"),
    ("我们主要给品牌做手机贴牌，设备联网率60%。", "C39"),
    ("We assemble complete mobile phones for two big brands; equipment networking rate 69%.", "C39"),
    ("We're a contract manufacturer of smartphones; key process NC rate 77%.", "C39"),
    ("We're a laptop OEM; key process NC rate 60%.", "C39"),
    ("Our plant turns out refrigerators, key process NC rate 74%.", "C38"),
    ("Our factory puts together washing machines for several brands; equipment networking rate 63%.", "C38"),
    ("We manufacture washing machines under contract for other brands; key process NC rate 60%.", "C38"),
    # everyday words of one division
    ("我们是做猪肉分割和冷鲜肉的，设备联网率60%。", "C13"),
    ("We're a pork processor; key process NC rate 68%.", "C13"),
    ("我们是做醋的，老字号，关键工序数控化率52%。", "C14"),
    ("We make frozen dumplings and buns; key process NC rate 72%.", "C14"),
    ("我们是做咖啡的，速溶和冻干都做，设备联网率59%。", "C15"),
    ("We make suits and shirts for department stores; key process NC rate 66%.", "C18"),
    ("我们是做鞋的，运动鞋为主，设备联网率63%。", "C19"),
    ("我们做定制衣柜和橱柜，设备联网率71%。", "C21"),  # 定制衣柜 holds 制衣 (garments): the wardrobe heads
    ("我们是做笔的，中性笔、马克笔都有，设备联网率54%。", "C24"),
    ("We're a fitness equipment manufacturer; key process NC rate 69%.", "C24"),
    ("我们是做药的，主要是片剂和胶囊，设备联网率66%。", "C27"),
    ("我们是做砖的，空心砖、透水砖，关键工序数控化率57%。", "C30"),
    ("我们是做钢管的，主要是无缝钢管，设备联网率73%。", "C31"),
    ("我们是做贵金属的，设备联网率60%。", "C32"),
    ("我们做厨具，主要是不锈钢炒锅，设备联网率59%。", "C33"),
    ("我们是做泵的，主要是离心泵，设备联网率72%。", "C34"),
    ("We make springs; key process NC rate 64%.", "C34"),  # C3483 弹簧制造
    ("We make loaders and excavators; equipment networking rate 70%.", "C35"),
    ("We make printing machinery; equipment networking rate 60%.", "C35"),  # C3542, not printing (C23)
    ("我们做商用厨具，设备联网率61%。", "C35"),  # C3594, not cookware
    ("We build RVs and camper vans; key process NC rate 60%.", "C36"),
    ("我们是做船的，关键工序数控化率63%。", "C37"),
    ("We make metro vehicles; key process NC rate 72%.", "C37"),  # C3720, not cars (C36)
    ("我们是做电阻和电感的，设备联网率79%。", "C39"),
    ("We make watches and clocks; equipment networking rate 53%.", "C40"),
    ("我们是做电子废弃物拆解的，设备联网率60%。", "C42"),
    ("我们是做砂石骨料的，设备联网率58%。", "B10"),
    ("我们是做再生水的，设备联网率58%。", "D46"),
    # the second pass over the classes
    ("我们厂主要生产螺蛳粉和辣椒酱，设备联网率60%。", "C14"),
    ("我们是做土工布的，设备联网率60%。", "C17"),
    ("我们是做药包材的，设备联网率60%。", "C27"),  # C278 药用辅料及包装材料, not 做药 before 包材
    ("我们厂主要生产泵车，设备联网率60%。", "C35"),  # the truck-mounted pump, not 做泵
    ("我们是做泵阀的，设备联网率60%。", "C34"),
    ("We manufacture crushers and ball mills; equipment networking rate 60%.", "C35"),
    ("我们是做ATM机的，设备联网率60%。", "C34"),  # C3475 货币专用设备
    ("我们是做IGBT的，设备联网率60%。", "C39"),
    ("We manufacture truck scales; equipment networking rate 60%.", "C40"),
    ("我们是做废玻璃的，设备联网率60%。", "C42"),  # waste glass processed, not glass made
]


@pytest.mark.parametrize(("q", "code"), READ, ids=[c[0][:40] for c in READ])
def test_the_trade_is_read(read, q, code):
    got = facts(read(q))
    assert got.get("industry_code") == code or str(got.get("industry_code")).startswith(str(code)), got


@pytest.mark.parametrize("q", [
    "我们是做口罩的，设备联网率60%。",  # C1789 产业用纺织制成品 or, medical, C2770 卫生材料
    "We make face masks; equipment networking rate 60%.",
    "我们是做医用耗材的，设备联网率58%。",  # C2770 dressings or C3584 syringes and sets
    "We make medical consumables; key process NC rate 62%.",
    "We make packaging; equipment networking rate 60%.",  # not "packaging equipment" across the semicolon
    "我们是做变速箱的，设备联网率60%。",  # a car's (C3670) or a gearbox (C3453)
    "我们是做密封件的，设备联网率60%。",  # rubber (C2913) or metal (C3481)
    "We make duvets; equipment networking rate 60%.",  # bedding (C1771) or down (C1942)
    "我们是做塔吊的，设备联网率60%。",  # construction machinery (C3514) or cranes (C343)
])
def test_a_word_of_two_divisions_is_asked_back(read, q):
    r = read(q)
    assert "industry_code" not in facts(r), facts(r)
    assert any("industry_code" in a.fields for a in r.asks.values()), r.asks


@pytest.mark.parametrize(("q", "not_code"), [
    ("我们给手机厂做组装设备，设备联网率60%。", "C39"),  # equipment for a phone factory: not phones
    ("We make car assembly lines; NC rate 60%.", "C36"),  # a line for cars, not cars
    ("We make furniture and will apply in spring; key process NC rate 60%.", "C34"),  # the season, no spring
    # a contract maker the asker hires: the phones are made elsewhere
    ("我们委托代工厂生产手机，设备联网率60%。", "C39"),
    ("我们的手机是找代工厂做的，设备联网率60%。", "C39"),
    ("我们把手机组装外包给了代工厂，设备联网率60%。", "C39"),
])
def test_a_thing_for_a_trade_is_not_its_trade(read, q, not_code):
    assert facts(read(q)).get("industry_code") != not_code, facts(read(q))


@pytest.mark.parametrize(("q", "code"), [
    ("我们是代工厂，主要做手机，设备联网率60%。", "C39"),  # the asker is the contract maker
    ("我们替别的品牌代工手机，设备联网率60%。", "C39"),
    ("我们厂给海尔代工冰箱，设备联网率60%。", "C38"),
    ("我们为主机厂代工汽车座椅，设备联网率60%。", "C36"),
])
def test_the_contract_maker_s_own_trade(read, q, code):
    got = facts(read(q)).get("industry_code")  # the division, or a group or class within it (the contract's rule)
    assert got == code or str(got).startswith(code), got
