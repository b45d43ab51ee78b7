"""The OWL ontology in ontology/*.ttl: it parses, it is labelled in both languages, its tables
match the measures, and HermiT finds it consistent (and finds deliberate errors)."""
from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

ONTOLOGY_DIR = Path(__file__).parent.parent / "ontology"
CORPUS = Path(__file__).parent.parent / "corpus" / "measures.yaml"
TTL_FILES = sorted(ONTOLOGY_DIR.glob("*.ttl"))

SFKG = Namespace("https://w3id.org/bjsf/ontology#")
SFID = Namespace("https://w3id.org/bjsf/id/")
REG = Namespace("https://w3id.org/bjsf/reg/bj-jjxf-2025-22/")
REGULATION = URIRef("https://w3id.org/bjsf/reg/bj-jjxf-2025-22")

FIELDS = ["key_process_nc_rate", "labor_productivity_gain", "defect_rate_reduction",
          "equipment_networking_rate", "energy_per_output_reduction"]
# att_2-1, row by row, in the column order of FIELDS
THRESHOLDS = {
    1: [65, 10, 5, 55, 4],
    2: [80, 8, 5, 70, 4],
    3: [80, 8, 4, 70, 7],
    4: [70, 8, 5, 65, 5],
    5: [75, 10, 2, 75, 10],
}
GROUP_ROWS = {"urban": 1, "biomedicine": 2, "electronics": 3, "equipment": 4, "materials": 5}

# The contract's conditions, in order: id, cited eIds, levels
BOTH = {"basic", "advanced"}
CONDITIONS = [
    ("in_force", {"art_14"}, BOTH),
    ("eligible_entity", {"art_5__item_1"}, BOTH),
    ("factory_operating", {"art_5__item_2"}, BOTH),
    ("clean_record", {"art_5__item_3"}, BOTH),
    ("product_technology", {"art_5__item_4"}, BOTH),
    ("security_controllable", {"art_5__item_5"}, BOTH),
    ("organisation_talent", {"art_5__item_6"}, BOTH),
    ("maturity_level", {"art_5__item_7"}, BOTH),
    ("basic_domains", {"art_5__item_8", "att_1__sec_1"}, {"basic"}),
    ("basic_effectiveness", {"art_5__item_8", "att_1__sec_2"}, {"basic"}),
    ("basic_filing", {"art_7"}, {"advanced"}),
    ("advanced_domains", {"art_5__item_8", "att_2__sec_1"}, {"advanced"}),
    ("advanced_indicators", {"art_5__item_8", "att_2__sec_2", "att_2-1"}, {"advanced"}),
]


def group_of_division(n: int) -> str:
    """The contract's mapping of a manufacturing division to its att_2-1 group."""
    if 13 <= n <= 23:
        return "urban"
    if n == 27:
        return "biomedicine"
    if n == 39:
        return "electronics"
    if n == 24 or 33 <= n <= 38 or 40 <= n <= 43:
        return "equipment"
    return "materials"  # C25–C26, C28–C32


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    for ttl in TTL_FILES:
        g.parse(ttl, format="turtle")
    return g


def langs(g: Graph, s, p=RDFS.label) -> set[str]:
    return {o.language for o in g.objects(s, p) if isinstance(o, Literal) and o.language}


def eid(iri) -> str:
    return str(iri)[len(str(REG)):]


# --- (a) parsing -------------------------------------------------------------------------------

def test_ontology_files_present():
    names = {f.name for f in TTL_FILES}
    assert {"core.ttl", "levels.ttl", "procedure.ttl", "conditions.ttl", "domains.ttl",
            "industries.ttl", "indicators.ttl", "kpis.ttl"} <= names


@pytest.mark.parametrize("ttl", TTL_FILES, ids=lambda p: p.name)
def test_file_parses(ttl: Path):
    g = Graph().parse(ttl, format="turtle")
    assert len(g) > 0


def test_ontology_header(graph: Graph):
    onto = URIRef("https://w3id.org/bjsf/ontology")
    assert (onto, RDF.type, OWL.Ontology) in graph
    assert graph.value(onto, OWL.versionInfo) is not None
    assert langs(graph, onto, URIRef("http://purl.org/dc/terms/title")) >= {"zh", "en"}
    assert (onto, URIRef("http://purl.org/dc/terms/source"), REGULATION) in graph


# --- (b) labels --------------------------------------------------------------------------------

def test_schema_terms_labelled_in_both_languages(graph: Graph):
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    terms = {s for k in kinds for s in graph.subjects(RDF.type, k) if isinstance(s, URIRef)}
    assert len(terms) > 60
    missing = sorted(str(t) for t in terms if langs(graph, t) < {"zh", "en"})
    assert not missing, missing


def test_sfkg_terms_are_commented(graph: Graph):
    terms = {s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(str(SFKG))}
    missing = sorted(str(t) for t in terms if "en" not in langs(graph, t, RDFS.comment))
    assert not missing, missing


def test_individuals_labelled_in_both_languages(graph: Graph):
    individuals = {s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(str(SFID))}
    assert len(individuals) > 150
    missing = sorted(str(i) for i in individuals if langs(graph, i) < {"zh", "en"})
    assert not missing, missing
    untyped = sorted(str(i) for i in individuals if (i, RDF.type, OWL.NamedIndividual) not in graph)
    assert not untyped, untyped


def test_one_label_per_language(graph: Graph):
    """Answers name things by their rdfs:label: two labels in one language would be ambiguous."""
    for s in set(graph.subjects(RDFS.label)):
        tags = [o.language for o in graph.objects(s, RDFS.label)]
        assert len(tags) == len(set(tags)), s


def test_skos_concepts_have_pref_labels(graph: Graph):
    concepts = set(graph.subjects(RDF.type, SKOS.Concept)) | set(graph.subjects(RDF.type, SKOS.ConceptScheme))
    missing = sorted(str(c) for c in concepts if langs(graph, c, SKOS.prefLabel) < {"zh", "en"})
    assert not missing, missing
    for c in concepts:  # one prefLabel per language
        for lang in ("zh", "en"):
            assert len([o for o in graph.objects(c, SKOS.prefLabel) if o.language == lang]) == 1, c


# --- (c) the tables ----------------------------------------------------------------------------

def test_thresholds_match_att_2_1(graph: Graph):
    thresholds = set(graph.subjects(RDF.type, SFKG.Threshold))
    assert len(thresholds) == 25
    found: dict[tuple[int, str], Decimal] = {}
    for t in thresholds:
        group = graph.value(t, SFKG.forGroup)
        row_unit = graph.value(group, SFKG.thresholdRow)
        row = int(eid(row_unit).rsplit("_", 1)[1])
        field = str(graph.value(graph.value(t, SFKG.forIndicator), SFKG.profileField))
        value = graph.value(t, SFKG.thresholdValue)
        assert value.datatype == URIRef("http://www.w3.org/2001/XMLSchema#decimal"), t
        assert str(graph.value(t, SFKG.unit)) == "%"
        assert graph.value(t, SFKG.definedIn) == row_unit, t
        assert t == SFID[f"threshold-row_{row}-{field}"]
        assert (row, field) not in found
        found[(row, field)] = value.toPython()
    expected = {(row, f): Decimal(v) for row, values in THRESHOLDS.items() for f, v in zip(FIELDS, values, strict=True)}
    assert found == expected


def test_industry_groups(graph: Graph):
    groups = set(graph.subjects(RDF.type, SFKG.IndustryGroup))
    assert groups == {SFID[f"group-{g}"] for g in GROUP_ROWS}
    for g, row in GROUP_ROWS.items():
        node = SFID[f"group-{g}"]
        assert graph.value(node, SFKG.thresholdRow) == REG[f"att_2-1__row_{row}"]
        assert (node, SKOS.inScheme, SFID["industry-groups"]) in graph
        assert langs(graph, node, SKOS.altLabel) >= {"zh", "en"}


def test_manufacturing_divisions_each_in_one_group(graph: Graph):
    section_c = SFID["gbt4754-C"]
    divisions = {d for d in graph.subjects(SFKG.section, section_c)}
    assert len(divisions) == 31
    for n in range(13, 44):
        d = SFID[f"gbt4754-C{n}"]
        assert d in divisions
        assert (d, RDF.type, SFKG.IndustryDivision) in graph
        assert str(graph.value(d, SKOS.notation)) == f"C{n}"
        assert list(graph.objects(d, SFKG.industryGroup)) == [SFID[f"group-{group_of_division(n)}"]], d


def test_sections_and_groupless_divisions(graph: Graph):
    industrial = {str(graph.value(s, SKOS.notation)): graph.value(s, SFKG.isIndustrial).toPython()
                  for s in graph.subjects(RDF.type, SFKG.IndustrySection)}
    assert industrial == {"A": False, "B": True, "C": True, "D": True, "E": False, "F": False, "G": False, "H": False,
                          "I": False, "J": False, "K": False, "L": False, "M": False, "O": False, "P": False,
                          "Q": False}
    for section, numbers in (("B", range(6, 13)), ("D", range(44, 47))):
        for n in numbers:
            d = SFID[f"gbt4754-{section}{n:02d}"]
            assert graph.value(d, SFKG.section) == SFID[f"gbt4754-{section}"], d
            assert graph.value(d, SFKG.industryGroup) is None, d


def test_kpi_catalogue(graph: Graph):
    kpis = set(graph.subjects(RDF.type, SFKG.KPI))
    assert kpis == {SFID[f"kpi-{n}"] for n in range(1, 21)}
    sizes = []
    for n, numeral in enumerate("一二三四五", start=1):
        cat = SFID[f"kpi-cat-{n}"]
        assert (cat, RDF.type, SFKG.KPICategory) in graph
        assert (cat, SKOS.topConceptOf, SFID["kpi-scheme"]) in graph
        assert str(graph.value(cat, SKOS.notation)) == numeral
        assert graph.value(cat, SFKG.definedIn) == REG[f"att_3__cat_{n}"]
        sizes.append(len(set(graph.subjects(SKOS.broader, cat))))
    assert sizes == [4, 2, 9, 4, 1]
    for n in range(1, 21):
        k = SFID[f"kpi-{n}"]
        assert str(graph.value(k, SKOS.notation)) == str(n)
        assert graph.value(k, SFKG.order).toPython() == n
        assert list(graph.objects(k, SFKG.definedIn)) == [REG[f"att_3__kpi_{n}"]]
        assert str(graph.value(k, SFKG.unit)) == {4: "个", 20: "家"}.get(n, "%")
    zh = {n: [str(o) for o in graph.objects(SFID[f"kpi-{n}"], RDFS.label) if o.language == "zh"] for n in (1, 17, 20)}
    assert zh == {1: ["关键设备数控化率"], 17: ["单位产品二氧化碳(CO ₂)排放量降低"],
                  20: ["先进制造模式/解决方案向产业链供应链上下游复制推广的企业数量"]}


def test_indicators_related_not_merged(graph: Graph):
    indicators = set(graph.subjects(RDF.type, SFKG.Indicator))
    assert indicators == {SFID[f"indicator-{f}"] for f in FIELDS}
    assert not indicators & set(graph.subjects(RDF.type, SFKG.KPI))
    related = {f: graph.value(SFID[f"indicator-{f}"], SFKG.relatedKPI) for f in FIELDS}
    assert related == {"key_process_nc_rate": SFID["kpi-1"], "labor_productivity_gain": SFID["kpi-15"],
                       "defect_rate_reduction": SFID["kpi-9"], "equipment_networking_rate": None,
                       "energy_per_output_reduction": SFID["kpi-16"]}
    assert graph.value(SFID["indicator-equipment_networking_rate"], SFKG.hasNoCatalogueCounterpart).toPython()
    assert (SFKG.relatedKPI, RDFS.subPropertyOf, SKOS.relatedMatch) in graph
    for column, f in enumerate(FIELDS, start=1):
        i = SFID[f"indicator-{f}"]
        assert graph.value(i, SFKG.column).toPython() == column
        assert str(graph.value(i, SFKG.profileField)) == f
        assert langs(graph, i, SFKG.differenceNote) == {"zh", "en"}
        kind = "level" if f in ("key_process_nc_rate", "equipment_networking_rate") else "improvement"
        assert graph.value(i, SFKG.indicatorKind) == SFID[f"kind-{kind}"]


def test_conditions_match_contract(graph: Graph):
    assert len(set(graph.subjects(RDF.type, SFKG.Condition))) == len(CONDITIONS)
    for order, (cid, cites, levels) in enumerate(CONDITIONS, start=1):
        c = SFID[f"condition-{cid}"]
        assert (c, RDF.type, SFKG.Condition) in graph, cid
        assert str(graph.value(c, SFKG.conditionId)) == cid
        assert graph.value(c, SFKG.order).toPython() == order
        assert {eid(u) for u in graph.objects(c, SFKG.cites)} == cites, cid
        assert {str(lv).rsplit("-", 1)[1] for lv in graph.objects(c, SFKG.appliesToLevel)} == levels, cid
    clean = SFID["condition-clean_record"]
    assert graph.value(clean, SFKG.lookbackYears).toPython() == 3
    assert graph.value(clean, SFKG.minimumAccidentGrade) == SFID["grade-larger"]
    assert graph.value(SFID["condition-maturity_level"], SFKG.minimumMaturityLevel) == SFID["maturity-2"]
    for n in range(1, 6):
        r = SFID[f"revocation-{n}"]
        assert (r, RDF.type, SFKG.RevocationCause) in graph
        assert list(graph.objects(r, SFKG.cites)) == [REG[f"art_12__item_{n}"]]
    assert graph.value(SFID["revocation-3"], SFKG.minimumAccidentGrade) == SFID["grade-major"]


def test_levels(graph: Graph):
    basic, advanced = SFID["level-beijing-basic"], SFID["level-beijing-advanced"]
    assert graph.value(basic, SFKG.nationalCounterpart) == SFID["level-miit-basic"]
    assert graph.value(advanced, SFKG.nationalCounterpart) == SFID["level-miit-advanced"]
    assert graph.value(basic, SFKG.filedWith) == SFID["authority-district"]
    assert graph.value(advanced, SFKG.recognisedBy) == SFID["authority-city-bureau"]
    assert graph.value(advanced, SFKG.prerequisiteLevel) == basic
    assert graph.value(advanced, SFKG.mayBeRecommendedFor) == SFID["level-miit-excellent"]
    assert set(graph.objects(basic, SFKG.requiredDomain)) == {SFID["domain-production_operation"]}
    assert set(graph.objects(advanced, SFKG.requiredDomain)) == {
        SFID["domain-production_operation"], SFID["domain-production_management"],
        SFID["domain-operations_management"]}
    ranks = {lv: graph.value(SFID[f"level-miit-{lv}"], SFKG.rank).toPython()
             for lv in ("basic", "advanced", "excellent", "leading")}
    assert ranks == {"basic": 1, "advanced": 2, "excellent": 3, "leading": 4}


def test_quarterly_deadline_and_validity(graph: Graph):
    d = SFID["deadline-quarterly-report"]
    assert graph.value(SFID["step-district-quarterly-report"], SFKG.hasDeadline) == d
    assert graph.value(d, SFKG.deadlineDayOfMonth).toPython() == 15
    assert str(graph.value(d, SFKG.deadlineMonths)) == "3,6,9,12"
    assert str(graph.value(REGULATION, SFKG.inForceFrom)) == "2025-04-29"
    assert str(graph.value(REGULATION, SFKG.inForceUntil)) == "2026-12-31"
    assert graph.value(REGULATION, SFKG.repeals) == SFID["measures-repealed"]


def test_cited_units_exist_in_corpus(graph: Graph):
    """Every unit the ontology points to is a unit of the corpus (eIds of the contract)."""
    if not CORPUS.exists():
        pytest.skip("corpus/measures.yaml not present")
    known = set(re.findall(r"^- eid: (\S+)\s*$", CORPUS.read_text(encoding="utf-8"), re.MULTILINE))
    used = {eid(o) for o in graph.objects() if isinstance(o, URIRef) and str(o).startswith(str(REG))}
    assert used and used <= known, sorted(used - known)


# --- (d), (e) the reasoner ---------------------------------------------------------------------

needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")


@pytest.fixture(scope="module")
def ntriples(graph: Graph, tmp_path_factory) -> Path:
    """The union of the ontology files, as N-Triples for owlready2 (written once per module)."""
    path = tmp_path_factory.mktemp("ontology") / "union.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    return path


def reason(path: Path):
    """Load one N-Triples file into a fresh owlready2 world and run HermiT on it."""
    owlready2 = pytest.importorskip("owlready2")
    world = owlready2.World()
    world.get_ontology(path.resolve().as_uri()).load()
    owlready2.sync_reasoner(world, infer_property_values=False, debug=0)
    return world


@pytest.fixture(scope="module")
def reasoned(ntriples: Path):
    return reason(ntriples)


@needs_java
@pytest.mark.reasoner
def test_consistent(reasoned):
    """HermiT finds no inconsistent class (how long it takes is not a test's to assert: a few seconds,
    JVM start-up included)."""
    assert list(reasoned.inconsistent_classes()) == []


@needs_java
@pytest.mark.reasoner
def test_range_inference(reasoned):
    """A unit only ever referred to is classified a LegalUnit by the range of sfkg:thresholdRow."""
    world = reasoned
    row = world[str(REG["att_2-1__row_3"])]
    assert any(c.iri == str(SFKG.LegalUnit) for c in row.is_a)


BROKEN = {
    "threshold-is-indicator": [(SFID["x-bad"], RDF.type, SFKG.Threshold),
                               (SFID["x-bad"], RDF.type, SFKG.Indicator)],
    "indicator-merged-with-kpi": [(SFID["indicator-defect_rate_reduction"], OWL.sameAs, SFID["kpi-9"])],
    "division-in-two-groups": [(SFID["gbt4754-C39"], SFKG.industryGroup, SFID["group-equipment"])],
}


@needs_java
@pytest.mark.reasoner
@pytest.mark.parametrize("case", sorted(BROKEN))
def test_inconsistency_detected(case: str, graph: Graph, tmp_path: Path):
    owlready2 = pytest.importorskip("owlready2")
    broken = Graph()
    broken += graph
    for triple in BROKEN[case]:
        broken.add(triple)
    path = tmp_path / f"{case}.nt"
    broken.serialize(path, format="nt", encoding="utf-8")
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        reason(path)
