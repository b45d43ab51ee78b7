"""A name of the graph read in the forms a question writes it (task label-variants): the case reader's lexicon
reads label and question alike as a row of words (width, case, spaces, hyphens, 的/之 and of/the between words,
plurals, British spellings, NC/CNC/OEE set aside), and an indicator's or KPI's label gains its other wordings
(word order, 率/比例/占比/比率) where no other concept's name reads so. What two measures may both be called stays
apart: a KPI is no indicator, and a wording two concepts share is asked back, not bound to one of them.
bench/qa_sets/cases_reading_12*.json score the same at scale."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import built_knowledge_graph, case_reader, facts

N, W, L, D, E = ("indicators.key_process_nc_rate", "indicators.equipment_networking_rate",
                 "indicators.labor_productivity_gain", "indicators.defect_rate_reduction",
                 "indicators.energy_per_output_reduction")
DAY = date(2026, 9, 1)


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


@pytest.fixture(scope="module")
def lexicon():
    from kg_service.questions.case.lexicon import Lexicon

    return Lexicon.from_graph(built_knowledge_graph())


def named(lexicon, text: str, lang: str) -> list[tuple[str, list[str]]]:
    """The names found in ``text``: their words and the fields (or notations) of what they name."""
    return [(h.text, [t.key or "" for t in h.terms]) for h in lexicon.find(text, lang)]


# ---- English: one kind of variation per case ------------------------------------------------------------
@pytest.mark.parametrize("text,words,key", [
    # hyphens and spaces, inside a word too
    ("our NC-rate", "NC-rate", "key_process_nc_rate"),
    ("the equipment net-working rate", "equipment net-working rate", "equipment_networking_rate"),
    # 'of' and 'the' left out or put in
    ("Energy per unit output down 6%", "Energy per unit output", "energy_per_output_reduction"),
    ("energy consumption per unit of the output value", "energy consumption per unit of the output value",
     "energy_per_output_reduction"),
    # a plural, and a possessive
    ("our networking rates", "networking rates", "equipment_networking_rate"),
    ("our key processes' NC rate", "key processes' NC rate", "key_process_nc_rate"),
    # British and American spelling
    ("labor-productivity per capita", "labor-productivity per capita", "labor_productivity_gain"),
    # 'the rate of X' for 'the X rate', 'X per capita' for 'per capita X'
    ("the rate of product defects", "rate of product defects", "defect_rate_reduction"),
    ("the networking rate of our production equipment", "networking rate of our production equipment",
     "equipment_networking_rate"),
    ("labour productivity per head", "labour productivity per head", "labor_productivity_gain"),
    # an abbreviation for its words
    ("the computer numerical control rate of key processes", "computer numerical control rate of key processes",
     "key_process_nc_rate"),
    ("overall equipment effectiveness", "overall equipment effectiveness", "10"),
    # one thing in other words: energy usage is energy use
    ("energy usage per unit of output value", "energy usage per unit of output value", "energy_per_output_reduction"),
    # a rate said as a proportion or a percentage
    ("the equipment networking proportion", "equipment networking proportion", "equipment_networking_rate"),
    ("the percentage of product defects", "percentage of product defects", "defect_rate_reduction"),
])
def test_english_forms_of_a_name(lexicon, text, words, key):
    assert named(lexicon, text, "en") == [(words, [key])]


# ---- Chinese ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,words,key", [
    ("关键工序的数控化率", "关键工序的数控化率", "key_process_nc_rate"),  # 的 between the words
    ("生产设备之联网率", "生产设备之联网率", "equipment_networking_rate"),  # 之
    ("关键工序数 控化率", "关键工序数 控化率", "key_process_nc_rate"),  # a space between characters
    ("关键工序ＮＣ率", "关键工序ＮＣ率", "key_process_nc_rate"),  # full-width Latin
    ("联网比率", "联网比率", "equipment_networking_rate"),  # 率 said as 比率
    ("产品不良品比例", "产品不良品比例", "defect_rate_reduction"),  # … as 比例
    ("设备联网占比", "设备联网占比", "equipment_networking_rate"),  # … as 占比
])
def test_chinese_forms_of_a_name(lexicon, text, words, key):
    assert named(lexicon, text, "zh") == [(words, [key])]


def test_spaced_words_are_words_of_their_own(lexicon):
    # a hyphen may join what a name writes as one word; a space parts two words: net working capital is a sum of money
    assert named(lexicon, "our net working capital ratio is 20%", "en") == []
    assert named(lexicon, "our net-working rate", "en") == [("net-working rate", ["equipment_networking_rate"])]


def test_a_word_is_read_whole(lexicon):
    # "NC" in "NCR" or "CNCs" as a Latin word of its own only; a name's own edge 的 stays its own ("数控的")
    assert named(lexicon, "NCR 5%", "en") == []
    assert named(lexicon, "我们数控机床", "zh") == []


def test_the_rate_of_efficiency_is_no_share(lexicon):
    # 率 of 效率 / 生产率 is a word's own, not a rate said as a share: no 生产效比例, 劳动生产比例
    names = lexicon.names["zh"]
    assert "劳动生产率" in names and "生产效率" in names
    assert not [n for n in names for w in ("效", "生产", "劳产") for r in ("比例", "占比", "比率") if w + r in n]


# ---- whole questions ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("q,want", [
    ("We make pumps. Energy per unit output down 6%, defect rate of our products down 9%, NC rate of the key "
     "processes 75%. Advanced level?", {"industry_code": "C344", E: 6, D: 9, N: 75}),
    ("Our equipment net-working rate is 68%, labor productivity per capita is up 13% and the key process CNC "
     "ratio is 82%. Advanced?", {W: 68, L: 13, N: 82}),
    ("Our rate of equipment networking is 66%, energy consumption per unit of the output value is down 5% and "
     "the rate of product defects fell 6%.", {W: 66, E: 5, D: 6}),
    ("我们关键工序ＮＣ率７６％，生产设备联网率７１％，产品不良率下降８％，能报先进级吗？", {N: 76, W: 71, D: 8}),
    ("我们人均的劳动生产率提升了14%，单位产值的能源消耗下降了6%，设备的联网率是71%，能报先进级吗？",
     {L: 14, E: 6, W: 71}),
    ("我们ＣＮＣ率８０％，联网比率７２％，不良品比例下降了７％，能报先进级吗？", {N: 80, W: 72, D: 7}),
])
def test_every_indicator_of_a_question_read(read, q, want):
    assert facts(read(q)) == want


# ---- what two measures may be called stays apart ---------------------------------------------------------
@pytest.mark.parametrize("q,want", [
    # annex 3's production efficiency (KPI 7) is not the per-capita labour productivity, in either word order
    ("我们生产的效率提升了20%，数控化率70%。", {N: 70}),
    ("Our efficiency of production rose 20% and our NC rate is 70%.", {N: 70}),
    # energy per unit of PRODUCT is KPI 16, with a 的 or an 'of the' in it too: not energy per output value
    ("我们单位产品的综合能耗降低了5%，联网率70%。", {W: 70}),
    ("Our comprehensive energy consumption per unit of the product fell 5% and networking rate is 70%.", {W: 70}),
    # the key-equipment NC rate is KPI 1, not the key-process indicator
    ("我们关键设备的数控化率90%，关键工序的数控化率74%。", {N: 74}),
])
def test_a_kpi_in_another_form_is_still_no_indicator(read, q, want):
    r = read(q)
    assert facts(r) == want
    assert r.unread


def test_total_energy_is_not_energy_per_output(read):
    # energy use and 能源消耗 alone are the plant's total: not read as the energy-per-output indicator
    for q in ("We cut energy use by 10%. Advanced?", "我们能源消耗下降了10%，能报吗？"):
        assert facts(read(q)) == {}


@pytest.mark.parametrize("q", [
    "我们单位的能耗降低了6%，能报吗？",
    "Our unit-energy consumptions fell 6%. Advanced?",
])
def test_an_ambiguous_name_stays_ambiguous_in_its_forms(read, q):
    r = read(q)
    assert facts(r) == {}
    assert r.unread


def test_a_wording_an_indicator_and_a_kpi_share_is_asked_back(read):
    # "NC ratio" names the key-process indicator and annex 3's key-equipment KPI 1 alike; "NC rate" the indicator:
    # "NC proportion", a wording of both, is bound to neither
    r = read("Our NC proportion is 70%. Advanced?")
    assert facts(r) == {} and r.unread
    assert facts(read("Our NC rate is 70%. Advanced?")) == {N: 70}


# a wording two concepts' labels both vary into is theirs both, ambiguous; a label as spelled is its concept's
@dataclass
class _Graph:
    rows: list[dict]
    labels: dict = field(default_factory=dict)

    def select(self, name, memo=False):
        return self.rows


def _row(concept: str, label: str, field_: str) -> dict:
    from rdflib import Literal, URIRef

    return {"concept": URIRef(f"urn:x:{concept}"), "type": URIRef("https://w3id.org/bjsf/ontology#Indicator"),
            "label": Literal(label, lang="zh"), "lang": "zh", "field": Literal(field_)}


def test_a_wording_two_concepts_share_is_asked_back():
    from kg_service.questions.case.lexicon import Lexicon, load_forms

    forms = load_forms(Path(__file__).resolve().parent.parent / "queries" / "read_case_names.yaml")
    kg = _Graph([_row("a", "甲联网率", "a"), _row("b", "甲联网占比", "b"), _row("c", "乙联网率", "c"),
                 _row("d", "乙联网比例", "d")])
    lex = Lexicon.from_graph(kg, forms)  # type: ignore[arg-type]
    # 甲联网比例: a's 率 and b's 占比 both read so -> both, ambiguous
    (hit,) = lex.find("甲联网比例70%", "zh")
    assert {t.key for t in hit.terms} == {"a", "b"} and hit.ambiguous
    # 乙联网比例 is d's as its label spells it, not c's variant
    (hit,) = lex.find("乙联网比例70%", "zh")
    assert [t.key for t in hit.terms] == ["d"] and not hit.ambiguous
    # 乙联网占比: c's and d's variants, both -> ambiguous
    (hit,) = lex.find("乙联网占比", "zh")
    assert {t.key for t in hit.terms} == {"c", "d"} and hit.ambiguous
