"""Reading the asker's trade from English and code-switched writing (helper trade24): key: value lists and pasted
tables ("- Products: lithium-ion battery packs", "| Industry | lithium-ion batteries |"), a consultant's words of its
client ("Our client, a Huairou-registered maker of health-food supplements, wants to apply"), codes written without
their section's letter ("industry code 3841", "行业代码：3670") or just before their own division's name ("C27 pharma"),
and the classes C1492 (supplements), C1523 (juices) and C2762 (human vaccines, recombinant drugs). A thing sold
("We sell auto parts"), another firm's product, and a word of two classes ("vaccines": human or veterinary) are not
read deeper than the words make certain.
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


READ = [
    ("Can we apply?\n- Products: lithium-ion battery packs\n- NC rate: 70%", "C3841"),
    ("Our profile:\n- Industry: pharmaceuticals\n- NC rate: 70%", "C27"),
    ("* Industry: Medical devices\n* NC rate: 70%", "C358"),
    ("- Products: baijiu\n- NC rate: 70%", "C1512"),
    ("Can we apply? Products: servo motors. NC rate: 70%", "C3813"),
    ("Can we apply?\n| Company | Industry | NC rate |\n|---|---|---|\n| us | lithium-ion batteries | 70% |", "C3841"),
    ("Our industry code 3841, NC rate 70%.", "C3841"),
    ("Our GB/T 4754-2017 class is 3670. NC rate 70%.", "C3670"),
    ("Our GB/T 4754 code is C3841; NC rate 70%.", "C3841"),
    ("we are C27 pharma, NC rate 70%", "C27"),
    ("Our company falls under C1523; NC rate 70%.", "C1523"),
    ("我们的行业代码：3670，数控化率70%。", "C3670"),
    ("- 主要产品：伺服电机\n- 数控化率：70%", "C3813"),
    ("我们生产人用疫苗，数控化率70%。", "C2762"),
    ("我们做果蔬汁饮料，数控化率70%。", "C1523"),
    ("We produce covid-19 vaccines; NC rate 70%.", "C2762"),
    ("We make recombinant protein drugs; NC rate 70%.", "C2762"),
    ("we make fruit juices and vegetable juices, NC rate 70%.", "C1523"),
    ("we make li-ion batteries nc rate 70% can we apply for advanced", "C3841"),
    ("We assemble industrial robots; NC rate 70%.", "C3491"),
    ("we make 医疗器械, NC rate 70%", "C358"),
    ("our company 主要做 lithium-ion batteries, NC rate 70%", "C3841"),  # a Chinese verb in English words
    ("we 生产 auto parts, NC rate 70%", "C3670"),
]


@pytest.mark.parametrize(("q", "code"), READ, ids=[c[0][:40] for c in READ])
def test_the_trade_is_read_from_lists_codes_and_class_words(read, q, code):
    got = facts(read(q))
    assert got["industry_code"] == code
    assert got[NC] == 70


def test_a_consultants_client_described_after_its_name(read):
    got = facts(read("Our client, a Huairou-registered maker of health-food supplements, wants to apply for the "
                     "advanced level."))
    assert got["industry_code"] == "C1492"
    assert got["registration.district"] == "怀柔区"


NOT_READ = [
    "We sell auto parts; NC rate 70%.",  # sold, not made
    "We sell lithium-ion batteries; NC rate 70%.",
    "We buy servo motors from Inovance, a maker of servo motors; NC rate 70%.",  # the supplier's product
    "Our customers make furniture; NC rate 70%.",
    "Our customers 做 furniture; NC rate 70%",
    "- Products we use: servo motors\n- NC rate: 70%",
    "- Customer industry: auto parts\n- NC rate: 70%",
    "Our client, a maker of servo motors, wants to buy our MES. NC rate 70%.",  # the client is no applicant here
]


@pytest.mark.parametrize("q", NOT_READ, ids=[q[:40] for q in NOT_READ])
def test_a_thing_sold_bought_or_anothers_is_no_trade(read, q):
    got = facts(read(q))
    assert "industry_code" not in got
    assert got[NC] == 70


SHALLOW = [
    ("- Products: vaccines\n- NC rate: 70%", "C27"),  # human (C2762) or veterinary (C2750)
    ("- Products: lithium batteries\n- NC rate: 70%", "C384"),  # lithium-ion or primary lithium
    ("我们生产疫苗，数控化率70%。", "C27"),
]


@pytest.mark.parametrize(("q", "code"), SHALLOW, ids=[c[0][:40] for c in SHALLOW])
def test_a_word_of_two_classes_stays_at_the_level_they_share(read, q, code):
    assert facts(read(q))["industry_code"] == code
