"""The shapes themselves: valid SHACL, each traceable to its articles, thresholds not copied in."""
from __future__ import annotations

from pathlib import Path

import pytest
from pyshacl import validate
from pyshacl.entrypoints import meta_validate
from rdflib import Graph, Literal
from rdflib.namespace import SH

from kg_service.graph.namespaces import SFKG

SHAPES = Path(__file__).resolve().parent.parent / "shapes"
FILES = sorted(SHAPES.glob("*.ttl"))


@pytest.fixture(scope="module", params=FILES, ids=[f.name for f in FILES])
def shapes(request) -> Graph:
    return Graph().parse(request.param, format="turtle")


def test_valid_against_shacl_for_shacl(shapes):
    conforms, _graph, text = meta_validate(shapes)
    assert conforms, text


def test_every_top_level_shape_cites_and_explains(shapes):
    annotated = set(shapes.subjects(SFKG.cites, None))
    targeted = {s for p in (SH.targetClass, SH.targetObjectsOf) for s in shapes.subjects(p, None)}
    assert targeted and targeted <= annotated
    for shape in targeted:
        langs = {m.language for m in shapes.objects(shape, SH.message) if isinstance(m, Literal)}
        unknown = {m.language for m in shapes.objects(shape, SFKG.unknownMessage) if isinstance(m, Literal)}
        assert langs == {"zh", "en"} or unknown == {"zh", "en"}, shape
        assert shapes.value(shape, SFKG.condition) is not None or shapes.value(shape, SFKG.cause) is not None


def test_thresholds_come_from_the_graph_not_the_shapes(shapes):
    assert not list(shapes.triples((None, SFKG.thresholdValue, None)))
    assert not [o for o in shapes.objects(None, SH.minInclusive) if o.toPython() in (55, 65, 70, 75, 80)]


def test_shape_for_an_article_is_found_by_its_eid():
    text = (SHAPES / "conditions.ttl").read_text(encoding="utf-8")
    block = text[text.index("sfsh:art_5__item_7-maturity-level"):]
    block = block[:block.index(" .\n")]
    assert "reg:art_5__item_7" in block and "sh:minInclusive 2" in block and "sh:message" in block


def test_conditions_shapes_check_a_profile_with_plain_pyshacl():
    """The shapes need no engine of ours: pySHACL alone finds the maturity violation."""
    data = Graph().parse(data="""
        @prefix sfkg: <https://w3id.org/bjsf/ontology#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        <urn:p> a sfkg:EnterpriseProfile ; sfkg:maturityLevel 1 ; sfkg:asOf "2026-01-01"^^xsd:date .
    """, format="turtle")
    conforms, report, _ = validate(data, shacl_graph=str(SHAPES / "conditions.ttl"))
    assert not conforms
    shapes = {str(s) for s in report.objects(None, SH.sourceShape)}
    assert "https://w3id.org/bjsf/shapes#art_5__item_7-maturity-level" in shapes
