"""Reading the asker's trade (helper industry19) from products and trades in more frames: 为 of a copula after the
asker's own name or its field (我单位为…生产企业, 本单位为…厂, 所属行业为…, 主营业务为…), not 为 of a customer
(我单位为汽车厂提供物流服务); the process words 纺丝 and 拉丝 after a product keep its trade (涤纶纺丝), not a
mould's (拉丝模具 is C35's own word); parts supplied to a maker (给车企配套汽车座椅); any subject said to be a maker
("The applicant is a Tier-1 manufacturer of switchgear", "Huaxin Electric is a producer of"), "engaged in the
manufacture of", "specialized in", "a book printing house", and a learner's words ("our company main product is",
"we do the production of"); a name holding a product's word (国家电网 holds 家电) names no product. Never guessed:
selling, a customer's trade, a plan, two plants of two trades, a word of two divisions.
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
    # 为 of a copula after the asker's name or its field
    ("我单位为一家从事涤纶纺丝的企业，设备联网率65%。", "C28"),
    ("我单位为中成药生产企业，关键工序数控化率82%。", "C27"),
    ("本单位为医疗器械生产企业，设备联网率70%。", "C35"),
    ("我单位所属行业为通用设备制造业，数控化率72%。", "C34"),
    ("我司主营业务为高低压开关柜，设备联网率66%。", "C38"),
    ("本单位是商品混凝土搅拌站，设备联网率58%。", "C30"),
    # process words after the product; a mould's own word
    ("我们是做铜杆拉丝的，设备联网率60%。", "C32"),
    ("我司主营拉丝模具，设备联网率67%。", "C35"),
    # parts supplied to a maker: the parts are the asker's
    ("我们给车企配套汽车座椅，设备联网率70%。", "C36"),
    ("我司生产注塑件给汽车厂，设备联网率62%。", "C29"),
    ("公司主要产品为变压器、箱式变电站，设备联网率68%。", "C38"),
    # English: any subject said to be a maker, and other frames
    ("The applicant is a Tier-1 manufacturer of switchgear; NC rate 72%. Can it apply for the advanced level?", "C38"),
    ("Huaxin Electric is a producer of ring main units; NC rate 70%. Advanced?", "C38"),
    ("Our company is engaged in the manufacture of precision bearings; NC rate 74%.", "C34"),
    ("We are specialized in soy sauce; networking rate 60%.", "C14"),
    ("We are a book printing house; NC rate 70%.", "C23"),
    ("Our company main product is gear reducer; NC rate 71%.", "C34"),
    ("Our company do the production of cotton yarn; NC rate 66%.", "C17"),
    ("We are factory for produce plastic injection parts; NC rate 69%.", "C29"),
    ("We are a semiconductor packaging and testing plant; NC rate 81%.", "C39"),
]


@pytest.mark.parametrize("q,code", READ)
def test_the_trade_is_read(read, q, code):
    got = facts(read(q))
    assert got.get("industry_code") == code or str(got.get("industry_code")).startswith(str(code)), got


NOT_READ = [
    # 为 of a customer after the asker's name
    "我单位为汽车厂提供物流服务，设备联网率60%。",
    "我司主营业务为汽车厂配套座椅骨架的检测，设备联网率60%。",
    # a name holding a product's word
    "我们给国家电网做运维服务，设备联网率60%。",
    # selling, a customer, a plan, two trades, a word of two divisions
    "我们是汽车零部件经销商，设备联网率60%。",
    "我们给汽车厂供货，设备联网率60%。",
    "我们有两个工厂，一个生产轮胎，一个生产服装，设备联网率60%。",
    "我们做食品，设备联网率60%。",
    "We distribute switchgear; NC rate 70%.",
    "We supply the auto industry; NC rate 70%.",
    "We plan to start making lithium battery cells next year; NC rate 70%.",
    "Our customers are switchgear manufacturers; NC rate 70%.",
    "Our customer is a manufacturer of switchgear; NC rate 70%.",
    "We make motors and gearboxes; NC rate 70%.",
    # an appositive naming another party's trade
    "Our main customer, a maker of switchgear, asked us to apply; NC rate 70%. Advanced?",
    "We buy steel from Baosteel, a maker of steel; NC rate 70%. Advanced?",
]


@pytest.mark.parametrize("q", NOT_READ)
def test_no_trade_is_guessed(read, q):
    got = facts(read(q))
    assert "industry_code" not in got, got
