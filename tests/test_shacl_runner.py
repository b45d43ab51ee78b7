"""sfkg's pySHACL runner keeps its speed-ups to itself: a plain ``pyshacl.validate`` in the same
process, after the runner has loaded and run, still gets its result descriptions and messages,
with or without pySHACL's advanced features."""
from __future__ import annotations

import pytest
from pyshacl import validate
from rdflib import Graph
from rdflib.namespace import SH

SHAPES = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
ex:S a sh:NodeShape ; sh:targetClass ex:Thing ;
  sh:property [ sh:path ex:size ; sh:minInclusive 10 ; sh:message "size too small" ] ."""
DATA = """@prefix ex: <http://example.org/> . ex:a a ex:Thing ; ex:size 3 ."""


@pytest.mark.parametrize("advanced", [False, True])
def test_plain_pyshacl_validate_keeps_its_messages(advanced):
    from kg_service.assessment.engine import Assessor
    from tests.test_assessment import CASES

    result = Assessor.load().assess({**CASES["base"], "maturity_level": 1})  # the runner has run
    assert any(c["status"] == "not_met" for r in result["results"] for c in r["conditions"])

    conforms, report, text = validate(Graph().parse(data=DATA, format="turtle"),
                                      shacl_graph=Graph().parse(data=SHAPES, format="turtle"), advanced=advanced)
    assert not conforms
    assert "Constraint Violation in MinInclusiveConstraintComponent" in text and "size too small" in text
    assert [str(m) for m in report.objects(None, SH.resultMessage)] == ["size too small"]


def test_the_runner_still_sees_every_violation():
    from rdflib import URIRef

    from kg_service.assessment.shacl import ShaclRunner

    runner = ShaclRunner(Graph().parse(data=SHAPES, format="turtle"), URIRef("http://example.org/Thing"))
    data = Graph().parse(data=DATA, format="turtle")
    (v,) = runner.validate(data, URIRef("http://example.org/a"))
    assert v.component == SH.MinInclusiveConstraintComponent and int(v.value) == 3
