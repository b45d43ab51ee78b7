"""A product's word that names one GB/T 4754 class (or group) alone is read at that class's code, not its division's
(ontology/products-depth.ttl, written by bench/make_products_depth.py from products-classes.ttl): 锂离子电池 C3841,
液体乳 C1441; a word of two classes, or of the division only, stays at the level the words share."""
from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import case_reader, facts

TODAY = date(2026, 5, 20)
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


READ = [
    # a class's word: the class
    ("我们是一家锂离子电池生产企业，设备联网率70%。", "C3841"),
    ("我司主营液体乳，设备联网率70%。", "C1441"),
    ("本单位是台式机生产企业，设备联网率70%。", "C3911"),
    ("Our plant produces lithium-ion cells; networking rate 70%.", "C3841"),
    ("We make stepper motors; networking rate 70%.", "C3813"),
    ("We produce yoghurt; networking rate 70%.", "C1441"),
    # a group's word (the standard's group name): the group
    ("我们是一家乳制品企业，设备联网率70%。", "C144"),
    ("We make lithium batteries; networking rate 70%.", "C384"),  # lithium-ion or lithium primary cells
    # two classes of one group: the group; a class within a group's word: the class
    ("我们生产锂离子电池和镍氢电池，设备联网率70%。", "C384"),
    # a division's word of one class (bench/products_depth_words.yaml): the class
    ("我们生产变压器，设备联网率70%。", "C3821"),
    # a division's word stays at the division, alone or beside a class's word
    ("We produce garments; networking rate 70%.", "C18"),
    ("我们生产变压器和锂离子电池，设备联网率70%。", None),
    # a word of two classes is read at the group they share: 刀具 (cutting tools or kitchen knives, C332 金属工具),
    # 轿车 (petrol or electric, C361 汽车整车) (depth21)
    ("我们是做刀具的，设备联网率70%。", "C332"),
    ("我们生产轿车，设备联网率70%。", "C361"),
    # a code written is read as written
    ("我们是锂离子电池企业，行业代码C3841，设备联网率70%。", "C3841"),
]


@pytest.mark.parametrize(("q", "code"), READ)
def test_depth_read(read, q, code):
    got = facts(read(q)).get("industry_code")
    if code is None:
        assert got is None or len(got) == 3, got  # two products of one division: no deeper than the division
    else:
        assert got == code


def test_never_guess_kept(read):
    assert "industry_code" not in facts(read("我们以前做锂离子电池，打算转型，设备联网率70%。"))
    assert facts(read("我们以前做锂离子电池，现在做服装，设备联网率70%。"))["industry_code"] == "C18"


def test_generated_file_current():
    spec = importlib.util.spec_from_file_location("make_products_depth", ROOT / "bench" / "make_products_depth.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert (ROOT / "ontology" / "products-depth.ttl").read_text(encoding="utf-8") == mod.render()


def test_shared_word_not_a_class():
    """No word is given to two subdivisions that are not one within the other."""
    import rdflib
    g = rdflib.Graph().parse(ROOT / "ontology" / "products-depth.ttl")
    sfkg = rdflib.Namespace("https://w3id.org/bjsf/ontology#")
    seen: dict[tuple[str, str], str] = {}
    for s, w in g.subject_objects(sfkg.subdivisionProduct):
        code = str(g.value(s, rdflib.namespace.SKOS.notation))
        key = (code[:3], str(w).lower())
        assert seen.get(key, code) == code, (w, code, seen.get(key))
        seen[key] = code
