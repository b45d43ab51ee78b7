"""pySHACL, the W3C reference, against the engines that decide: the compiled single path (POST /assess,
the interview, /ask's situations) and the columnar engine (batch, reforms). Every condition's status,
every verdict and the whole answer's JSON, byte for byte, on every case of tests/cases/assessment.yaml,
the contract's development cases, and a varied population (tests/generated_profiles.py).

The population's size is the hidden set's, 10,000: pySHACL costs ~10 ms a profile, so the comparison runs
once, in two forked processes (1–3 minutes on the 2-core machine); it is marked ``slow``, and the suite
(CI) runs it. SFKG_DIFF_PROFILES=N runs N instead (e.g. 1,000 for a quick check)."""
from __future__ import annotations

import json
import multiprocessing
import os
import random
import tempfile
from pathlib import Path

import pytest
from rdflib import URIRef

from kg_service.assessment import compiler
from kg_service.assessment.engine import LEVEL_NAMES, Assessor
from kg_service.assessment.profile import ProfileError, check_profile
from kg_service.batch.check import check_fast, check_many
from kg_service.batch.engine import BatchEngine
from kg_service.batch.lean import expand
from tests.conftest import CONTRACT
from tests.generated_profiles import profiles
from tests.test_assessment import CASES, build_profile
from tests.test_batch import without_advice

N = int(os.environ.get("SFKG_DIFF_PROFILES", "10000"))
_state: dict = {}


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


def reference(a: Assessor, p: dict, level: str | None = None) -> dict:
    """pySHACL's answer, without its own report (the rest must be the compiled engine's, byte for byte)."""
    r = a.assess(p, level, explain=False, engine="pyshacl")
    assert "shacl" in r
    return {k: v for k, v in r.items() if k != "shacl"}


def statuses(answer: dict) -> dict:
    return {r["level"]: (r["verdict"], {c["id"]: c["status"] for c in r["conditions"]}) for r in answer["results"]}


@pytest.fixture(scope="module")
def assessor() -> Assessor:
    return Assessor.load()


def _compare(batch: list[dict]) -> list[str]:
    """In a worker: the profiles on which the compiled single path or the columnar engine differs from
    pySHACL (statuses, verdicts, JSON), each level and one level alone."""
    a: Assessor = _state["assessor"]
    engine = BatchEngine.from_assessor(a)
    pop = a.population(batch)
    diffs = []
    for i, p in enumerate(batch):
        ref = reference(a, p)
        text = dumps(ref)
        compiled = a.assess(p, explain=False)
        if dumps(compiled) != text:
            diffs.append(f"{p['id']}: compiled single path")
        got = pop.statuses(i, LEVEL_NAMES)
        if {lvl: (s.verdict, s.conditions) for lvl, s in got.items()} != statuses(ref):
            diffs.append(f"{p['id']}: columnar statuses")
        if engine.population_line(pop, i)[1] != text:
            diffs.append(f"{p['id']}: columnar full line")
        if i % 10 == 0:  # one level alone (the same code but for the level's conditions)
            lvl = LEVEL_NAMES[i // 10 % 2]
            if engine.population_line(pop, i, lvl)[1] != dumps(reference(a, p, lvl)):
                diffs.append(f"{p['id']}: columnar line, {lvl} alone")
    return diffs


def _differential(a: Assessor, population: list[dict]) -> None:
    _state["assessor"] = a
    chunks = [population[i:i + 500] for i in range(0, len(population), 500)]
    with multiprocessing.get_context("fork").Pool(2) as pool:
        diffs = [d for part in pool.imap_unordered(_compare, chunks) for d in part]
    assert diffs == []


def test_both_engines_compile_every_shape(assessor):
    assert assessor.engine.fallback_shapes == {} and assessor.columnar.unsupported == {}
    assert len(assessor.engine.compiled) == len(assessor.columnar.compiled) == len(assessor.rules.shapes)


def test_every_case_identical(assessor):
    cases = [build_profile(c) for c in CASES["cases"]]
    contract = CONTRACT / "dev-cases.json"
    if contract.exists():
        cases += [c["profile"] for c in json.loads(contract.read_text(encoding="utf-8")) if "expect" in c]
    cases = [check_profile(p) for p in cases]
    pop = assessor.population(cases)
    engine = BatchEngine.from_assessor(assessor)
    for i, p in enumerate(cases):
        for explain in (True, False):  # with the cited texts too
            ref = assessor.assess(p, explain=explain, engine="pyshacl")
            ref.pop("shacl")
            assert dumps(assessor.assess(p, explain=explain)) == dumps(ref), p["id"]
        assert {lvl: (s.verdict, s.conditions) for lvl, s in pop.statuses(i, LEVEL_NAMES).items()} == \
            statuses(ref), p["id"]
        assert engine.population_line(pop, i)[1] == dumps(reference(assessor, p)), p["id"]


@pytest.mark.slow
def test_varied_population_identical(assessor):
    """The hidden size (10,000), once: pySHACL, the compiled single path, the columnar engine."""
    _differential(assessor, [check_profile(p) for p in profiles(N, assessor.compiled.thresholds)])


def test_the_population_reaches_every_status(assessor):
    """The generated 10,000 reach every verdict of both levels and every status of every condition (in
    force cannot be unknown: as_of defaults to today)."""
    pop = assessor.population([check_profile(p) for p in profiles(10_000, assessor.compiled.thresholds)])
    assert all(set(pop.verdict(lvl).tolist()) == {0, 1, 2} for lvl in LEVEL_NAMES)
    for cid, codes in pop.conditions.items():
        assert set(codes.tolist()) == ({0, 2} if cid == "in_force" else {0, 1, 2}), cid


def test_batch_lines_rebuild_the_single_path(assessor, tmp_path):
    """sfkg batch on a varied population: lean lines under 2 kB whose rebuild from summary.json is the
    single path's answer byte for byte (without the advice), every left-out message included; full lines
    the single path's answer itself."""
    from kg_service.batch.run import run
    from kg_service.service import Service
    from kg_service.time.versioned import VersionedEngine

    app = Service()
    population = profiles(1500, assessor.compiled.thresholds, seed=17)
    rows = list(enumerate(population, start=1))
    lean, full = tmp_path / "lean", tmp_path / "full"
    run(rows, lean, VersionedEngine(app.timeline))
    run(rows, full, VersionedEngine(app.timeline), full=True)
    summary = json.loads((lean / "summary.json").read_text(encoding="utf-8"))
    lines = (lean / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert (lean / "results.jsonl").stat().st_size / len(lines) < 2000
    left_out = entries = 0
    for p, line, whole in zip(population, lines, (full / "results.jsonl").read_text(encoding="utf-8").splitlines(),
                              strict=True):
        answer = app.assess(p, explain=False)
        assert whole == dumps(answer)
        got = json.loads(line)
        assert dumps(expand(got, summary)) == dumps(without_advice(answer))
        for r in answer["results"]:  # the contract's rebuild: a left-out message is summary.json's
            for c in r["conditions"]:
                entries += 1
                e = got["conditions"][c["id"]]
                if not (isinstance(e, dict) and "message" in e):
                    left_out += 1
                    assert summary["messages"][c["id"]][c["status"]] == c["message"]
    assert left_out > 0.8 * entries


def test_numbers_beyond_floats_compare_exactly(assessor):
    """Values that floats cannot hold apart (huge integers, many digits) are ranked exactly."""
    base = build_profile(CASES["cases"][0])
    odd = [{**base, "id": f"n{i}", "annual_revenue_10k_cny": v} for i, v in enumerate(
        [10 ** 30, 10 ** 30 + 1, 2 ** 53 + 1, 1999.9999999999998, 2000, 1e308, 0.1 + 0.2])]
    odd += [{**base, "id": f"t{i}", "industry_code": "C39",
             "indicators": {**base["indicators"], "equipment_networking_rate": v}} for i, v in
            enumerate([69.99999999999999, 70, 70.00000000000001])]
    pop = assessor.population([check_profile(p) for p in odd])
    for i, p in enumerate(odd):
        assert {lvl: (s.verdict, s.conditions) for lvl, s in pop.statuses(i, LEVEL_NAMES).items()} == \
            statuses(reference(assessor, p)), p["id"]


def test_unknown_construct_falls_back_to_pyshacl(monkeypatch, caplog):
    """A construct neither engine knows (here: sh:minInclusive, pretended unknown): its shapes are
    validated with pySHACL row by row, the answers unchanged."""
    monkeypatch.delitem(compiler.CONSTRAINTS, compiler.SH.minInclusive)
    with caplog.at_level("WARNING", logger="sfkg.assessment"):
        a = Assessor.load()
    assert any("maturity-level" in s for s in a.engine.fallback_shapes)
    assert any("maturity-level" in s for s in a.columnar.unsupported)
    assert any("validated with pySHACL" in r.message for r in caplog.records)
    population = [build_profile(c) for c in CASES["cases"]] + profiles(200, a.compiled.thresholds, seed=7)
    pop = a.population(population)
    for i, p in enumerate(population):
        ref = reference(a, p)
        assert dumps(a.assess(p, explain=False)) == dumps(ref), p["id"]
        assert dumps(pop.result(i)) == dumps(ref), p["id"]


def test_bulk_check_gives_the_same_errors():
    """check_many (columns at once) and check_fast (one row) against check_profile, on mutated profiles."""
    rng = random.Random(3)
    base = build_profile(CASES["cases"][0])
    mutations = [("maturity_level", "three"), ("maturity_level", 2.5), ("maturity_level", 2.0), ("maturity_level", 9),
                 ("as_of", "2025-02-30"), ("as_of", "0999-01-01"), ("extra", 1), ("annual_revenue_10k_cny", True),
                 ("annual_revenue_10k_cny", -1), ("annual_revenue_10k_cny", float("nan")), ("annual_revenue_10k_cny",
                 10 ** 400), ("industry_code", "Z99"), ("industry_code", "C3"), ("credit_code", "91350100M000100Y44"),
                 ("credit_code", "91350100M000100Y43"), ("domains", ["x"]), ("domains", ["rd_design", "rd_design"]),
                 ("domains", "rd_design"), ("incidents", [{"kind": "safety", "grade": "larger"}]),
                 ("incidents", [{"kind": "safety", "grade": "larger", "date": "2025-01-01", "x": 1}]),
                 ("incidents", [{"kind": 1, "grade": "larger", "date": "2025-01-01"}]), ("registration", {"city": "x"}),
                 ("registration", "北京"), ("indicators", {"key_process_nc_rate": "high"}),
                 ("indicators", {"key_process_nc_rate": 101}), ("id", ""), ("id", "x" * 129), ("name", None),
                 ("basic_filing", {"filed": "yes"}), ("violations", [{"date": "2025-01-01", "description": 3}]),
                 ("violations", [{}] * 2), ("factory_built", 1), ("factory_built", None)]
    items = []
    for _ in range(600):
        p = dict(base)
        for k, v in rng.sample(mutations, rng.randint(0, 3)):
            p[k] = v
        items.append(p)
    items += [[], "x", None, {"id": "ok"}]
    expected, one = [], []
    for p in items:
        for out, check in ((expected, check_profile), (one, check_fast)):
            try:
                out.append(("ok", check(p)))
            except ProfileError as e:
                out.append(("error", e.field, e.message))
    got = [("error", r.field, r.message) if isinstance(r, ProfileError) else ("ok", r) for r in check_many(items)]
    assert one == expected and got == expected
    assert sum(1 for g in got if g[0] == "ok") > 50



def test_bulk_check_of_credit_codes_gives_the_same_errors():
    """check_many vouches for credit codes all at once (numpy): valid codes, each kind of invalid one
    (length, characters outside the alphabet, lower case, non-ASCII, a wrong check character), against
    check_profile, field and message."""
    from kg_service.assessment.creditcode import ALPHABET, check_character

    rng = random.Random(5)
    codes = []
    for _ in range(400):
        body = "".join(rng.choice(ALPHABET) for _ in range(17))
        good = body + check_character(body)
        codes.append(rng.choice([
            good, good, good,
            body + rng.choice([c for c in ALPHABET if c != check_character(body)]),  # wrong check character
            good[:17], good + "0", good.lower(), good[:5] + rng.choice("IOZSV") + good[6:],
            good[:9] + "é" + good[10:], good[:17] + "Ｙ", "",
        ]))
    items = [{"id": f"c{i}", "credit_code": c} for i, c in enumerate(codes)]
    for batch in ([p for p in items if p["credit_code"].isascii()], items):  # (a non-ASCII code among them)
        expected = []
        for p in batch:
            try:
                expected.append(("ok", check_profile(p)))
            except ProfileError as e:
                expected.append(("error", e.field, e.message))
        got = [("error", r.field, r.message) if isinstance(r, ProfileError) else ("ok", r) for r in check_many(batch)]
        assert got == expected
        assert {g[0] for g in got} == {"ok", "error"}
    assert check_many([*items[:1], {"id": "x", "credit_code": "９" * 18}])[1].field == "credit_code"  # no ASCII

NEW_SHAPES = """
@prefix sh:    <http://www.w3.org/ns/shacl#> .
@prefix sfkg:  <https://w3id.org/bjsf/ontology#> .
@prefix sfid:  <https://w3id.org/bjsf/id/> .
@prefix sfsh:  <https://w3id.org/bjsf/shapes#> .
@prefix reg:   <https://w3id.org/bjsf/reg/bj-jjxf-2025-22/> .

# a new part of a condition in constructs the engines know
sfsh:test-maturity-at-most-4 a sh:PropertyShape ;
    sh:targetClass sfkg:EnterpriseProfile ;
    sfkg:condition sfid:condition-maturity_level ; sfkg:cites reg:art_5__item_7 ; sfkg:field "maturity_level" ;
    sh:path sfkg:maturityLevel ; sh:maxInclusive 4 ;
    sfkg:required "至多四级"@zh, "level 4 at most"@en ;
    sh:message "成熟度高于四级"@zh, "maturity above level 4"@en .

# and one in a construct they do not (sh:pattern): validated with pySHACL
sfsh:test-district-pattern a sh:PropertyShape ;
    sh:targetClass sfkg:EnterpriseProfile ;
    sfkg:condition sfid:condition-eligible_entity ; sfkg:cites reg:art_5__item_1 ; sfkg:field "registration.district" ;
    sh:path ( sfkg:registration sfkg:district ) ; sh:pattern "区$" ;
    sfkg:required "区级行政区"@zh, "a district"@en ;
    sh:message "注册地不是区"@zh, "the registration is not in a district"@en .
"""


def test_a_new_shape_needs_no_python(tmp_path):
    """Two shapes added to shapes/conditions.ttl (in a copy of the rules): both engines compile one and
    leave the other to pySHACL, and agree with pySHACL on both."""
    import shutil

    from kg_service.assessment.compiled import FORMAT, load_compiled
    from kg_service.settings import Settings, get_settings

    real = get_settings()
    home = tmp_path / "home"
    home.mkdir()
    for d in ("corpus", "ontology", "queries"):
        (home / d).symlink_to(real.home / d)
    shutil.copytree(real.shapes_dir, home / "shapes")
    with (home / "shapes" / "conditions.ttl").open("a", encoding="utf-8") as fh:
        fh.write(NEW_SHAPES)
    settings = Settings(home=home, data_dir=tmp_path / "var")
    settings.cache_dir.mkdir(parents=True)
    name = f"assessment-facts-v{FORMAT}.pickle"  # the same graph sources: its compiled facts serve
    shutil.copy(real.cache_dir / name, settings.cache_dir / name)
    changed = Assessor(load_compiled(settings), settings)
    pattern = "https://w3id.org/bjsf/shapes#test-district-pattern"
    assert list(changed.engine.fallback_shapes) == [pattern] and list(changed.columnar.unsupported) == [pattern]
    assert any(iri.endswith("test-maturity-at-most-4") for iri, _ in changed.engine.compiled)
    generated = profiles(300, changed.compiled.thresholds, seed=11)
    haidian = {**build_profile(CASES["cases"][0]), "id": "haidian", "registration": {"province": "北京市",
                                                                                      "district": "Haidian"}}
    population = [*generated, haidian]
    pop = changed.population(population)
    for i, p in enumerate(population):
        ref = reference(changed, p)
        assert dumps(changed.assess(p, explain=False)) == dumps(ref) == dumps(pop.result(i)), p["id"]
    assert {c["id"]: c["status"] for c in changed.assess(haidian)["results"][0]["conditions"]}[
        "eligible_entity"] == "not_met"
    five = next(p for p in generated if p.get("maturity_level") == 5)
    assert {c["id"]: c["status"] for r in changed.assess(five)["results"] for c in r["conditions"]}[
        "maturity_level"] == "not_met"
    with tempfile.TemporaryDirectory() as d:  # and through a batch run
        from kg_service.batch.run import run

        summary = run(list(enumerate(population, start=1)), Path(d), BatchEngine.from_assessor(changed), full=True)
        assert summary["engine"]["fallback_shapes"] == [pattern]
        lines = (Path(d) / "results.jsonl").read_text(encoding="utf-8").splitlines()
        assert lines == [dumps(changed.assess(p, explain=False)) for p in population]


def test_decimal_constants_are_told_apart_as_the_single_row_engine_does(assessor):
    """A shape naming decimals (sh:in, bounds) on a decimal field: values equal, beside and a float's width
    apart from them decide as the compiled single-row engine decides (which pySHACL's tests hold)."""
    from rdflib import Graph

    from kg_service.assessment.columnar import ColumnarShapes
    from kg_service.assessment.facts import add_facts
    from kg_service.assessment.profile import as_of
    from kg_service.assessment.rdfmap import profile_to_graph
    from kg_service.assessment.shacl import ShaclRunner
    from kg_service.assessment.validator import CompiledShapes
    from kg_service.graph.namespaces import SFKG

    shapes = Graph().parse(format="turtle", data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix sfkg: <https://w3id.org/bjsf/ontology#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix ex: <http://example.org/> .
        ex:in a sh:PropertyShape ; sh:targetClass sfkg:EnterpriseProfile ; sh:path sfkg:annualRevenue10kCny ;
            sh:in ( 0.1 2000.5 "0.30000000000000004"^^xsd:decimal 7 ) .
        ex:range a sh:PropertyShape ; sh:targetClass sfkg:EnterpriseProfile ; sh:path sfkg:annualRevenue10kCny ;
            sh:minExclusive "0.1000000000000000055511151231257827"^^xsd:decimal ; sh:maxInclusive 2000.5 .
    """)
    iris = [URIRef("http://example.org/in"), URIRef("http://example.org/range")]
    one, many = CompiledShapes(shapes, iris, assessor.facts), ColumnarShapes(shapes, iris, assessor.engine.facts)
    values = [0.1, 0.1 + 0.2, 0.3, 2000.5, 2000.5000000000002, 7, 7.0, 0, 10 ** 30]
    population = [{"id": f"v{i}", "annual_revenue_10k_cny": v} for i, v in enumerate(values)]
    masks = many.evaluate(population).masks
    reference = ShaclRunner(shapes, SFKG.EnterpriseProfile)
    for i, p in enumerate(population):
        single = {iri: {v.component for v in vs} for iri, vs in one.validate(p)[0].items()}
        columns = {iri: {c for c, m in comps.items() if m[i]} for iri, comps in masks.items()}
        g, focus = profile_to_graph(p)
        add_facts(g, focus, p, as_of(p), assessor.facts)
        w3c: dict = {}
        for v in reference.validate(g, focus):
            w3c.setdefault(str(v.shape), set()).add(v.component)
        assert {k: v for k, v in columns.items() if v} == single == w3c, p
