"""Reading the asker's industry at the depth its words fix (helper trade25): the class (four digits) where the words
name one class of GB/T 4754-2017 ("we manufacture power cables": C3831 电线、电缆制造; "基因工程药物和疫苗": C2762;
"grape wine": C1515; "铅酸蓄电池": C3843; "UHT milk": C1441; "blood products": C2761), never deeper than the words
("vaccines", human or veterinary: C27; "wine", grape or fruit: C151; "medical devices — infusion pumps": C358), a
product list of two divisions asked back, a thing sold or another client's trade not read. The scorer takes a read
code that starts with the stated one: a code one level too shallow (C383 for cables, C27 for genetically engineered
vaccines) is a wrong value.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

TODAY = date(2026, 5, 20)
NC = "indicators.key_process_nc_rate"


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


CLASS = [
    ("We are a cable manufacturer; NC rate 70%.", "C3831"),
    ("Products: electric wire & cable. NC rate 70%.", "C3831"),
    ("We make electrical cables; NC rate 70%.", "C3831"),
    ("我们生产光伏电缆，数控化率70%。", "C3831"),
    ("We make genetically engineered drugs and vaccines; NC rate 70%.", "C2762"),
    ("我们生产基因工程药物和疫苗，数控化率70%。", "C2762"),
    ("我司主要生产基因工程疫苗，数控化率70%。", "C2762"),
    ("We make recombinant vaccines; NC rate 70%.", "C2762"),
    ("We make blood products; NC rate 70%.", "C2761"),
    ("我们做血液制品，数控化率70%。", "C2761"),
    ("We make grape wine; NC rate 70%.", "C1515"),
    ("我们生产铅酸蓄电池，数控化率70%。", "C3843"),
    ("我们生产常温奶，数控化率70%。", "C1441"),
    ("Dairy (UHT milk) producer, NC rate 70%.", "C1441"),
    ("Auto parts (brake pads) maker; NC rate 70%.", "C3670"),
    ("我们生产二锅头，数控化率70%。", "C1512"),
    ("We make juice drinks; NC rate 70%.", "C1523"),
    ("We make tea drinks; NC rate 70%.", "C1529"),
    ("We make diesel generator sets; NC rate 70%.", "C3811"),
    ("我们生产酱油和醋，数控化率70%。", "C1462"),
]


@pytest.mark.parametrize(("q", "code"), CLASS, ids=[c[0][:40] for c in CLASS])
def test_a_class_named_is_read_at_the_class(read, q, code):
    got = facts(read(q))
    assert got["industry_code"] == code
    assert got[NC] == 70


SHALLOWER = [
    ("We are a vaccine maker; NC rate 70%.", "C27"),  # human (C2762) or veterinary (C2750)
    ("We produce wine; NC rate 70%.", "C151"),  # grape (C1515) or fruit wine (C1519)
    ("We're in medical devices — infusion pumps. NC rate 70%.", "C358"),  # which class of C358 is not said
    ("We make optical cables; NC rate 70%.", "C3833"),
    ("We make fibre-optic cables; NC rate 70%.", "C3833"),
    ("我们生产果汁和葡萄酒，数控化率70%。", "C15"),  # two classes of two groups: the division
    ("Sector: manufacturing — electrical equipment. NC rate 70%. Advanced level?", "C38"),
]


@pytest.mark.parametrize(("q", "code"), SHALLOWER, ids=[c[0][:40] for c in SHALLOWER])
def test_no_deeper_than_the_words(read, q, code):
    assert facts(read(q))["industry_code"] == code


NOT_READ = [
    "We sell cables and wires (trading only, no factory); NC rate 70%.",
    "Our products: car seats and LED lamps. NC rate 70%.",  # two divisions: asked back, not picked
    "我们的产品有汽车座椅和LED灯，数控化率70%。",
    "I'm a consultant. My other client makes wine; the client I'm asking for is registered in Daxing with NC rate 70%.",
]


@pytest.mark.parametrize("q", NOT_READ, ids=[q[:40] for q in NOT_READ])
def test_no_industry_read(read, q):
    got = facts(read(q))
    assert "industry_code" not in got
    assert got[NC] == 70


def test_other_facts_beside_the_class_stay_read(read):
    got = facts(read("Auto parts (brake pads) maker registered in Shunyi; NC rate 71%; revenue 120 million yuan; "
                     "can we apply for the advanced level?"))
    assert got["industry_code"] == "C3670"
    assert got["registration.district"] == "顺义区"
    assert got[NC] == 71
    assert got["annual_revenue_10k_cny"] == 12000
    got = facts(read("我们做汽车刹车片，注册在顺义，营业收入1.2亿元，数控化率71%，能报先进级吗？"))
    assert got["industry_code"] == "C3670"
    assert got["annual_revenue_10k_cny"] == 12000


def test_no_name_is_matched_across_a_line_or_a_sentence(read):
    from kg_service.questions.text import token_breaks_en, tokenize_en

    q = "We make medical equipment\nNC rate: 70%"
    assert tokenize_en(q, keep_stopwords=True)[3:5] == ["equip", "nc"]
    assert 4 in token_breaks_en(q)  # ("equipment NC rate" is a KPI's name: not matched across the line)
    assert facts(read(q))["industry_code"] == "C358"
    assert facts(read("Sector: manufacturing — electrical equipment. NC rate 70%."))["industry_code"] == "C38"
    assert token_breaks_en("bolts, nuts and screws") == frozenset()
