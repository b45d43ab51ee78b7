"""The thesaurus and the product words in the graph (ontology/thesaurus.ttl, ontology/products.ttl):
every concept points to real units, products resolve to their GB/T 4754 division and row, places
cover the provinces, and names are matched as words."""
from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, URIRef
from rdflib.namespace import SKOS

from kg_service.graph import get_knowledge_graph
from kg_service.graph.namespaces import SFKG, eid_of
from kg_service.questions.structured import ConceptMatcher

SFID = "https://w3id.org/bjsf/id/"


@pytest.fixture(scope="module")
def kg():
    return get_knowledge_graph()


@pytest.fixture(scope="module")
def matcher(kg):
    return ConceptMatcher.from_graph(kg)


def test_every_topic_concerns_units_of_the_measures(kg):
    g = kg.graph
    units = {e for u in g.subjects(SFKG.eid, None) if (e := eid_of(u))}
    topics = set(g.subjects(RDF.type, SFKG.Topic))
    assert len(topics) >= 50
    for t in topics:
        langs = {lbl.language for lbl in g.objects(t, SKOS.prefLabel)}
        assert {"zh", "en"} <= langs, t
        for u in g.objects(t, SFKG.concerns):
            assert eid_of(u) in units, (t, u)
    for t in g.subjects(RDF.type, SFKG.UnstatedTopic):
        see = [eid_of(u) for u in g.objects(t, RDFS.seeAlso)]
        assert see and all(e in units for e in see), t


@pytest.mark.parametrize(("words", "code", "row"), [
    ("医疗器械", "C35", "att_2-1__row_4"), ("medical devices", "C35", "att_2-1__row_4"),
    ("锂电池", "C38", "att_2-1__row_4"), ("car parts", "C36", "att_2-1__row_4"),
    ("芯片", "C39", "att_2-1__row_3"), ("garments", "C18", "att_2-1__row_1"),
    ("塑料管材", "C29", "att_2-1__row_5"), ("steel mill", "C31", "att_2-1__row_5"),
    ("乳制品", "C14", "att_2-1__row_1"), ("疫苗", "C27", "att_2-1__row_2"),
    ("coal mine", "B06", None), ("自来水", "D46", None),
])
def test_products_resolve_to_division_and_row(kg, matcher, words, code, row):
    found = [m for m in matcher.find(f"我们做{words}" if not words.isascii() else f"we make {words}")
             if m.type == "IndustryDivision"]
    assert [m.concept for m in found] == [f"{SFID}gbt4754-{code}"]
    rows = kg.select("ask_division", division=URIRef(found[0].concept))
    assert (eid_of(rows[0]["row"]) if rows[0].get("row") else None) == row
    assert rows[0]["industrial"] is True


@pytest.mark.parametrize("words", ["建筑施工", "软件开发", "批发", "software company", "construction company"])
def test_trades_outside_industry_resolve_to_non_industrial_sections(kg, matcher, words):
    found = [m for m in matcher.find(words) if m.type == "IndustryDivision"]
    assert found, words
    assert kg.select("ask_division", division=URIRef(found[0].concept))[0]["industrial"] is False


PROVINCES = (
    "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海",
    "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北",
    "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南",
    "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门",
    "台湾",
)


def test_every_province_outside_beijing_is_outside(kg, matcher):
    outside = {str(r["place"]) for r in kg.select("ask_places") if r["outside"]}
    for p in PROVINCES:
        assert any(m.concept in outside for m in matcher.find(f"注册在{p}")), p
    assert not any(m.concept in outside for m in matcher.find("注册在北京海淀"))


def test_latin_names_match_as_words_only(matcher):
    assert any(m.label == "mes" for m in matcher.find("我们上了MES系统"))
    assert not any(m.label in ("mes", "ai") for m in matcher.find("sometimes the main thing"))
