"""Reading the asker's trade (helper industry14): a name joined after another whose head is a product of the
same division ("吉他和电钢琴", "变压器和高低压开关柜"); a part's noun after a word or two of its own ("液晶显示模组",
"锂电池电芯", "lithium-ion battery cells", "automotive seats") that ends the name; "such as", "包括" and a drug's
own head noun (药物) after a product are no other thing; customers listed ("给电商和食品厂配套") are all customers;
the making verb seen through a list ("生产羊绒衫和针织毛衫"), after the thing ("液态奶和酸奶都做") and in food
verbs ("bake", "烘焙"); coordinated verbs ("slaughters and packs poultry"); gas or water piped to others (D45,
D46); fixtures after a lamp's word ("LED lighting fixtures"); 产品(主要)为 a copula, 年产, 专注于, "a maker of", "our
business:"; examples of a thing just named ("像除尘器、脱硫塔这些"); a utility's operator (运营商). A word two
divisions claim (capacitors, gloves, 空调) and a recycled material named again after 再生成 are asked back, never
guessed; a customer's or a user's words (为汽车厂配套, 服务器运营商) name no trade.
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
    ("我们厂生产二胡和电子琴，设备联网率59%，先进级够吗？", "C24"),
    ("公司主营断路器和高压开关柜，设备联网率68%。", "C38"),
    ("我们做手机液晶显示模组，关键工序数控化率80%。", "C39"),
    ("我们主要生产动力电池电芯，设备联网率79%。", "C38"),
    ("We make automotive seats and interior trim; key process NC rate 66%.", "C36"),
    ("We produce lithium-ion battery cells for e-bikes; equipment networking rate 74%.", "C38"),
    ("公司生产抗肿瘤抗体药物，设备联网率65%。", "C27"),
    ("We make power semiconductors such as IGBTs; key process NC rate 88%.", "C39"),
    ("我们生产瓦楞纸箱，给家电和食品企业配套，设备联网率63%。", "C22"),
    ("我们做羊绒围巾和针织毛衫，设备联网率56%。", "C18"),
    ("鲜奶和酸奶我们都做，设备联网率68%。", "C14"),
    ("We bake bread and cakes for coffee chains; equipment networking rate 55%.", "C14"),
    ("Our plant slaughters and processes hogs; equipment networking rate 61%.", "C13"),
    ("We pipe natural gas to homes in the district; equipment networking rate 70%.", "D45"),
    ("我们给城区居民供应自来水，设备联网率66%。", "D46"),
    ("We make LED lighting fixtures for offices; equipment networking rate 64%.", "C38"),
    ("我们是一家乳企，设备联网率70%。", "C14"),
    # product lists and trade frames: 产品(主要)为 (a copula, not "for"), 年产, 专注于, a maker of, our business:
    ("公司产品主要为闸阀和球阀，关键工序数控化率71%。", "C34"),
    ("我们厂年产各类轴承800万套，设备联网率66%。", "C34"),
    ("本公司专注于集成电路封装测试，设备联网率87%。", "C39"),
    ("We are a leading manufacturer of industrial boilers; equipment networking rate 69%.", "C34"),
    ("Our business: precision castings for aerospace. Equipment networking rate 70%.", "C33"),
    ("We're a printing house doing packaging and labels; equipment networking rate 62%.", "C23"),
    # examples of the thing just named: an unknown word among them is one more example
    ("我们主要做环保设备，像除尘器、脱硫塔这些，设备联网率62%。", "C35"),
    # a utility's operator, heating homes
    ("我们是光伏电站运营商，设备联网率70%。", "D44"),
    ("我们公司给周边几个小区供暖，设备联网率60%。", "D44"),
]


@pytest.mark.parametrize(("q", "code"), READ, ids=[c[0][:40] for c in READ])
def test_the_trade_is_read(read, q, code):
    got = facts(read(q))
    assert got.get("industry_code") == code or str(got.get("industry_code")).startswith(str(code)), got


@pytest.mark.parametrize("q", [
    "We make capacitors; equipment networking rate 68%.",  # power C3822 or electronic C3981
    "我们生产电容器，设备联网率68%。",
    "We make gloves; equipment networking rate 58%.",  # knitted C18, rubber C29, leather C19
    "我们是做手套的，设备联网率58%。",
    "我们是做空调的，设备联网率70%。",  # room units C38 or central air conditioning C34
    "We make air conditioners; equipment networking rate 70%.",
])
def test_a_word_of_two_divisions_is_asked_back(read, q):
    r = read(q)
    assert "industry_code" not in facts(r), facts(r)
    assert any("industry_code" in a.fields for a in r.asks.values()), r.asks


@pytest.mark.parametrize(("q", "not_code"), [
    ("我们回收废旧塑料，再生成塑料颗粒，设备联网率55%。", "C29"),  # recycled pellets: not the plastics trade
    ("我们给车企配套，设备联网率70%。", "C36"),  # a carmaker is the customer
    ("汽车座椅面料是我们的主打，设备联网率60%。", "C36"),  # fabric for car seats: not a car part
    ("We make automotive rubber parts; equipment networking rate 62%.", "C36"),  # rubber parts are C2913
    ("公司产品主要为汽车厂配套，设备联网率70%。", "C36"),  # 为 … 配套: car factories are the customers
    ("我们是服务器运营商，设备联网率60%。", "C39"),  # runs servers, does not make them
])
def test_never_the_trade_of_the_thing_qualified(read, q, not_code):
    assert facts(read(q)).get("industry_code") != not_code, facts(read(q))


def test_a_used_thing_named_before_a_verb_is_no_trade(read):
    """"都做了" is something done to the servers, not their making."""
    assert "industry_code" not in facts(read("我们采购的服务器都做了国产化替代，设备联网率60%。"))
