"""The quad store contract (``kg_service.records.backend.QuadBackend``), on every backend.

Parametrised over ``oxigraph`` (the embedded default; a fresh store per test) and ``virtuoso``
(``SparqlBackend`` on one private Virtuoso Open-Source server per session, started by
``scripts/virtuoso`` on free loopback ports in a temporary directory and stopped at the end). The
Virtuoso tests skip, saying why, only where Virtuoso is not installed or cannot start; with
``SFKG_REQUIRE_VIRTUOSO=1`` that is a failure instead (for CI machines that must run them).

Then what only the SPARQL backend has: how it writes one request or chunks, how it keeps literals
exact on a server that does not (see ``kg_service.records.sparql_store``), truncated results,
clear errors, and records written and read through ``RecordStore``.
"""
from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from kg_service.records.backend import QuadBackend, Triple
from kg_service.records.sparql_store import (
    LEXICAL_PREFIX,
    STAGING_PREFIX,
    SparqlBackend,
    SparqlResultTruncated,
    SparqlStoreError,
    SparqlStoreUnavailable,
    triple_line,
)
from tests.virtuoso_fixture import VirtuosoInstance, VirtuosoUnavailable, free_port, start_virtuoso

EX = Namespace("https://w3id.org/bjsf/test/")
REG = Namespace("https://w3id.org/bjsf/reg/bj-jjxf-2025-22/")
# A plain Namespace: rdflib's XSD (a DefinedNamespace) at module level makes pytest's fixture scan warn.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
XSD_NS = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"


# ---- fixtures ---------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory) -> Iterator[VirtuosoInstance]:
    try:
        instance = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    except VirtuosoUnavailable as e:
        if os.environ.get("SFKG_REQUIRE_VIRTUOSO") == "1":
            pytest.fail(f"SFKG_REQUIRE_VIRTUOSO=1 but {e}")
        pytest.skip(str(e))
    print(f"\nVirtuoso on {instance.query_url} started in {instance.start_seconds:.1f}s")  # visible with -s
    try:
        yield instance
    finally:
        instance.stop()


def _sparql(instance: VirtuosoInstance, **kw) -> SparqlBackend:
    return SparqlBackend(instance.query_url, instance.update_url, instance.user, instance.password, **kw)


@pytest.fixture
def sparql(virtuoso) -> Iterator[SparqlBackend]:
    backend = _sparql(virtuoso)
    yield backend
    backend.close()


@pytest.fixture(params=["oxigraph", "virtuoso"])
def backend(request, tmp_path) -> Iterator[QuadBackend]:
    if request.param == "oxigraph":
        try:
            from kg_service.records.oxigraph_store import OxigraphBackend
        except ImportError as e:
            pytest.skip(f"kg_service.records.oxigraph_store is not there yet: {e}")
        store = OxigraphBackend(tmp_path / "store")
    else:
        store = _sparql(request.getfixturevalue("virtuoso"))
    assert isinstance(store, QuadBackend)
    yield store
    store.close()


def new_graph() -> URIRef:
    """A graph name no other test uses (the Virtuoso server is shared by the whole session)."""
    return EX[f"graph/{uuid.uuid4().hex}"]


def exact(triples: Iterable[Triple]) -> set[tuple[str, str, str]]:
    """Triples as N-Triples terms: lexical forms, datatypes, language-tag case and blank node labels
    all count (rdflib's ``==`` ignores tag case, and NaN is not equal to itself)."""
    return {(s.n3(), p.n3(), o.n3()) for s, p, o in triples}


# ---- data ------------------------------------------------------------------------------------------

def factory_graph(name: str = "示例电子科技有限公司", *, at: datetime | None = None, level: int = 3,
                  ok: bool = True, since: date = date(2025, 9, 10), rate: str = "8.5") -> list[Triple]:
    """A small record-like graph with the kinds of terms records have."""
    g = Graph()
    f = EX[f"factory/{uuid.uuid4().hex}"]
    domains = BNode()
    g.add((f, RDF.type, EX.Factory))
    g.add((f, EX.name, Literal(name, lang="zh")))
    g.add((f, EX.name, Literal("Example Electronics Co., Ltd.", lang="en")))
    g.add((f, EX.note, Literal("繁體說明", lang="zh-Hant")))
    g.add((f, EX.text, Literal('a "quoted" line\nand a \\ backslash\tand a tab')))
    g.add((f, EX.since, Literal(since)))
    g.add((f, EX.assessedAt, Literal(at or datetime.now(UTC))))
    g.add((f, EX.rate, Literal(Decimal(rate))))
    g.add((f, EX.threshold, Literal(Decimal("82"))))
    g.add((f, EX.delta, Literal(Decimal("-12.75"))))
    g.add((f, EX.ok, Literal(ok)))
    g.add((f, EX.filed, Literal(not ok)))
    g.add((f, EX.level, Literal(level)))
    g.add((f, EX.ratio, Literal(4.2)))
    g.add((f, EX.observed, Literal('{"rate":8.5,"区":"大兴区"}', datatype=RDF.JSON)))
    g.add((f, EX.cites, REG["art_5__item_1"]))
    g.add((f, EX.district, URIRef("https://w3id.org/bjsf/test/区/大兴区")))
    Collection(g, domains, [Literal("production_operation"), Literal("production_management")])
    g.add((f, EX.domains, domains))
    filing = BNode()
    g.add((f, EX.filing, filing))
    g.add((filing, EX.date, Literal(date(2025, 9, 10))))
    g.add((filing, EX.district, Literal("大兴区", lang="zh")))
    return list(g)


# ---- the contract, on every backend -------------------------------------------------------------

def test_put_get_round_trip(backend):
    g = new_graph()
    triples = factory_graph()
    assert not backend.has_graph(g)
    backend.put_graph(g, triples)
    got = backend.get_graph(g)
    assert isinstance(got, Graph)
    assert set(got) == set(triples)
    # Blank nodes come back as themselves (same labels), not just as an isomorphic copy.
    assert {t for t in got if isinstance(t[0], BNode)} == {t for t in triples if isinstance(t[0], BNode)}


def test_values_round_trip_with_their_datatypes(backend):
    g = new_graph()
    values = [Literal(date(2025, 9, 10)), Literal(Decimal("8.5")), Literal(Decimal("82")), Literal(Decimal("0.1")),
              Literal(True), Literal(False), Literal(0), Literal(-7), Literal(2**40),
              Literal(datetime(2026, 6, 30, 8, 30, 0, 123456, tzinfo=UTC)),
              Literal(datetime(2026, 6, 30, 8, 30, 0, tzinfo=UTC)),
              Literal(datetime(2026, 6, 30, 8, 30, 0, 250000, tzinfo=timezone(timedelta(hours=8)))),
              Literal(datetime(2026, 6, 30, 8, 30)), Literal(4.2), Literal(0.1 + 0.2), Literal(1e300),
              Literal("中文", lang="zh"), Literal("English", lang="en"), Literal("plain")]
    triples = [(EX[f"s{i}"], EX.value, v) for i, v in enumerate(values)]
    backend.put_graph(g, triples)
    got = {s: o for s, _, o in backend.get_graph(g)}
    for (s, _, v) in triples:
        assert got[s] == v, (v, got[s])
        assert got[s].datatype == v.datatype and got[s].toPython() == v.toPython()


# Lexical forms a server may rewrite although the value stays: the SPARQL store keeps them all.
# Oxigraph canonicalises xsd:decimal ("8.50" -> "8.5"), lower-cases language tags ("zh-Hans" ->
# "zh-hans") and drops an explicit xsd:string, so this stricter test does not hold there (yet).
LEXICAL = [Literal("8.50", datatype=XSD.decimal), Literal("2000.0", datatype=XSD.decimal),
           Literal("x", lang="zh-Hans"), Literal("y", lang="en-GB"), Literal("typed", datatype=XSD.string),
           Literal("1", datatype=XSD.boolean, normalize=False), Literal("007", datatype=XSD.integer, normalize=False),
           Literal("2025-09-10Z", datatype=XSD.date, normalize=False),
           Literal("2025-09-10T08:30:00.5Z", datatype=XSD.dateTime, normalize=False),
           Literal("2025-09-10T08:30:00.123Z", datatype=XSD.dateTime, normalize=False),
           Literal("2025-09-10T08:30:00-00:00", datatype=XSD.dateTime, normalize=False),
           Literal("P1Y", datatype=XSD.duration), Literal("PT5M", datatype=XSD.dayTimeDuration),
           Literal("12:30:00", datatype=XSD.time), Literal(10**30), Literal("NaN", datatype=XSD.double),
           Literal("1.1", datatype=XSD.float), Literal("42", datatype=XSD.long), Literal("-0044", datatype=XSD.gYear),
           Literal("<a  x='1'>b</a>", datatype=RDF.XMLLiteral, normalize=False),
           Literal("POINT(116.4 39.9)", datatype=URIRef("http://www.opengis.net/ont/geosparql#wktLiteral"))]


def test_lexical_forms_round_trip_exactly(backend, request):
    if "oxigraph" in request.node.callspec.id:
        request.applymarker(pytest.mark.xfail(
            strict=True, reason="Oxigraph canonicalises xsd:decimal lexical forms, lower-cases language tags "
            "and drops an explicit xsd:string (values stay equal)"))
    g = new_graph()
    triples = [(EX[f"s{i}"], EX.value, v) for i, v in enumerate(LEXICAL)]
    backend.put_graph(g, triples)
    assert exact(backend.get_graph(g)) == exact(triples)


def test_has_graph_and_delete_graph(backend):
    g = new_graph()
    assert not backend.has_graph(g)
    backend.delete_graph(g)  # deleting what is not there is no error
    backend.put_graph(g, factory_graph())
    assert backend.has_graph(g)
    backend.delete_graph(g)
    assert not backend.has_graph(g)
    assert len(backend.get_graph(g)) == 0


def test_select_across_named_graphs(backend):
    run = uuid.uuid4().hex
    base = datetime(2026, 6, 30, 8, 0, tzinfo=UTC)
    graphs = {EX[f"graph/{run}/{i}"]: factory_graph(f"工厂{i}", at=base + timedelta(minutes=i), level=i,
                                                      ok=i != 2, since=date(2024 + i % 2, 1, 15), rate=f"{i}.50")
              for i in range(1, 6)}
    for g, triples in graphs.items():
        backend.put_graph(g, triples)
    # Native comparisons on booleans, dates, integers and dateTimes; a decimal compared the portable
    # way (its lexical form cast), which means the same on every backend.
    rows = backend.select(XSD_NS + f"""PREFIX ex: <{EX}>
SELECT ?g ?name ?at ?level WHERE {{
  GRAPH ?g {{
    ?f a ex:Factory ; ex:name ?name ; ex:assessedAt ?at ; ex:level ?level ; ex:ok ?ok ; ex:since ?since ;
       ex:rate ?rate .
    FILTER (LANG(?name) = "zh" && ?ok = true && ?since >= "2025-01-01"^^xsd:date && ?level > 1
            && xsd:decimal(STR(?rate)) < 5 && ?at > "2026-06-30T08:00:00+00:00"^^xsd:dateTime)
  }}
  FILTER (STRSTARTS(STR(?g), "{EX}graph/{run}/"))
}} ORDER BY DESC(?at)""")
    # 1: level 1; 2: not ok; 4: since 2024; 5: rate 5.50
    assert [(str(r["g"]), str(r["name"])) for r in rows] == [(str(EX[f"graph/{run}/3"]), "工厂3")]
    assert rows[0]["level"] == Literal(3) and rows[0]["at"] == Literal(base + timedelta(minutes=3))

    counts = backend.select(f"""SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
  FILTER (STRSTARTS(STR(?g), "{EX}graph/{run}/")) }} GROUP BY ?g""")
    assert {r["g"]: int(r["n"]) for r in counts} == {g: len(t) for g, t in graphs.items()}
    ordered = backend.select(f"""PREFIX ex: <{EX}> SELECT ?g WHERE {{ GRAPH ?g {{ ?f ex:assessedAt ?at }}
  FILTER (STRSTARTS(STR(?g), "{EX}graph/{run}/")) }} ORDER BY DESC(?at)""")
    assert [r["g"] for r in ordered] == list(reversed(graphs))


def test_a_failing_put_leaves_no_partial_graph(backend):
    g = new_graph()
    triples = factory_graph()

    def failing() -> Iterator[Triple]:
        for i, t in enumerate(triples):
            if i == len(triples) // 2:
                raise RuntimeError("disk full")
            yield t

    with pytest.raises(RuntimeError, match="disk full"):
        backend.put_graph(g, failing())
    assert not backend.has_graph(g) and len(backend.get_graph(g)) == 0

    bad = [*triples[:5], (Literal("a literal is no subject"), EX.p, EX.o), *triples[5:]]
    with pytest.raises((TypeError, ValueError)):
        backend.put_graph(g, bad)
    assert not backend.has_graph(g)

    backend.put_graph(g, triples)  # and a failing write does not touch what is there
    with pytest.raises(RuntimeError):
        backend.put_graph(g, failing())
    assert set(backend.get_graph(g)) == set(triples)


def test_graphs_do_not_bleed_into_each_other(backend):
    a, b = new_graph(), new_graph()
    shared = EX["shared-subject"]
    ta = [(shared, EX.p, Literal("in a")), (shared, EX.q, BNode()), *factory_graph("甲")]
    tb = [(shared, EX.p, Literal("in b")), (shared, EX.q, BNode()), *factory_graph("乙")]
    backend.put_graph(a, ta)
    backend.put_graph(b, tb)
    assert set(backend.get_graph(a)) == set(ta)
    assert set(backend.get_graph(b)) == set(tb)
    backend.delete_graph(a)
    assert not backend.has_graph(a)
    assert set(backend.get_graph(b)) == set(tb)
    rows = backend.select(f'SELECT ?o WHERE {{ GRAPH <{b}> {{ <{shared}> <{EX.p}> ?o }} }}')
    assert [r["o"] for r in rows] == [Literal("in b")]


def test_unicode_round_trip(backend):
    g = EX[f"graph/图/{uuid.uuid4().hex}"]
    texts = ["北京市智能工厂和数字化车间认定管理办法", "京经信发〔2025〕22号", "第五条（一）：在北京市注册。",
             "emoji 🏭 and 𝄞, combining é, ideographic space:\u3000.", "\u2028line separator", "\ufeffBOM"]
    triples = [(EX[f"第{i}条"], EX.text, Literal(t, lang="zh")) for i, t in enumerate(texts)]
    triples += [(EX[f"第{i}条"], EX.plain, Literal(t)) for i, t in enumerate(texts)]
    triples += [(EX["工厂/一"], URIRef("https://w3id.org/bjsf/test/属性#名称"), URIRef("https://例子.中国/路径?查询=值"))]
    backend.put_graph(g, triples)
    assert exact(backend.get_graph(g)) == exact(triples)
    rows = backend.select(f'SELECT ?s WHERE {{ GRAPH <{g}> {{ ?s <{EX.text}> "京经信发〔2025〕22号"@zh }} }}')
    assert [r["s"] for r in rows] == [EX["第1条"]]


def test_a_large_graph_round_trips(backend):
    g = new_graph()
    # Beyond one request on Virtuoso (1,000 triples): staged in chunks, then moved into place.
    triples = [(EX[f"unit/{i // 10}"], EX[f"p{i % 10}"], Literal(f"第{i}段", lang="zh")) for i in range(500)]
    triples += [(EX[f"unit/{i // 10}"], EX.order, Literal(i)) for i in range(1000)]
    triples += [(EX[f"unit/{i // 10}"], EX.next, EX[f"unit/{i}"]) for i in range(1000)]
    backend.put_graph(g, triples)
    assert backend.has_graph(g)
    assert set(backend.get_graph(g)) == set(triples)


# ---- the SPARQL backend on Virtuoso ---------------------------------------------------------------

class CountingBackend(SparqlBackend):
    """Counts update requests; fails the n-th one when told to."""

    def __init__(self, *a, fail_at: int | None = None, **kw):
        super().__init__(*a, **kw)
        self.updates: list[str] = []
        self.fail_at = fail_at

    def _update(self, update: str) -> None:
        self.updates.append(update)
        if self.fail_at is not None and len(self.updates) == self.fail_at:
            raise SparqlStoreUnavailable("injected: connection lost")
        super()._update(update)


def _counting(virtuoso: VirtuosoInstance, **kw) -> CountingBackend:
    return CountingBackend(virtuoso.query_url, virtuoso.update_url, virtuoso.user, virtuoso.password, **kw)


def _staging_graphs(backend: SparqlBackend) -> int:
    # select() hides rows naming a staging graph; a count names none.
    rows = backend.select(f"""SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
  FILTER (STRSTARTS(STR(?g), "{STAGING_PREFIX}")) }}""")
    return int(rows[0]["n"])


def test_a_record_sized_graph_is_one_update_request(virtuoso):
    backend = _counting(virtuoso)
    g = new_graph()
    triples = [t for _ in range(16) for t in factory_graph()]
    assert 300 < len(triples) <= backend.max_triples_per_request
    backend.put_graph(g, triples)
    assert len(backend.updates) == 1 and backend.updates[0].startswith(f"INSERT DATA {{ GRAPH <{g}>")
    assert set(backend.get_graph(g)) == set(triples)


def test_big_graphs_are_staged_and_moved_in_one_operation(virtuoso):
    backend = _counting(virtuoso)
    backend.max_triples_per_request = 100
    g = new_graph()
    triples = [(EX[f"s{i}"], EX.p, Literal(i)) for i in range(450)]
    backend.put_graph(g, triples)
    assert len(backend.updates) == 6 and backend.updates[-1].startswith(f"MOVE <{STAGING_PREFIX}")
    assert set(backend.get_graph(g)) == set(triples)
    # Replacing an existing graph goes the same way, whatever its size.
    backend.updates.clear()
    backend.put_graph(g, triples[:3])
    assert len(backend.updates) == 2 and set(backend.get_graph(g)) == set(triples[:3])
    assert _staging_graphs(backend) == 0


def test_a_chunked_write_failing_midway_leaves_nothing(virtuoso):
    g = new_graph()
    old = factory_graph("旧")
    _sparql(virtuoso).put_graph(g, old)
    new = [(EX[f"s{i}"], EX.p, Literal(f"新{i}", lang="zh")) for i in range(50)]
    for fail_at in (2, 5, 6):  # a middle chunk, the last chunk, the MOVE
        backend = _counting(virtuoso, fail_at=fail_at)
        backend.max_triples_per_request = 10
        with pytest.raises(SparqlStoreUnavailable):
            backend.put_graph(g, new)
        assert set(backend.get_graph(g)) == set(old), fail_at
        assert backend.updates[-1].startswith("DROP SILENT GRAPH <urn:x-sfkg:staging:")  # cleaned up
        assert _staging_graphs(backend) == 0
    fresh = new_graph()
    backend = _counting(virtuoso, fail_at=3)
    backend.max_triples_per_request = 10
    with pytest.raises(SparqlStoreUnavailable):
        backend.put_graph(fresh, new)
    assert not backend.has_graph(fresh)


def test_readers_see_the_old_graph_or_the_new_never_a_part(virtuoso):
    writer = _sparql(virtuoso)
    writer.max_triples_per_request = 50
    reader = _sparql(virtuoso)
    g = new_graph()
    small = [(EX[f"s{i}"], EX.p, EX[f"old{i}"]) for i in range(300)]
    big = [(EX[f"s{i}"], EX.p, EX[f"new{i}"]) for i in range(900)]
    writer.put_graph(g, small)
    seen: set[int] = set()
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            rows = reader.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")
            seen.add(int(rows[0]["n"]))

    thread = threading.Thread(target=read)
    thread.start()
    try:
        for triples in (big, small, big):
            writer.put_graph(g, triples)
    finally:
        done.set()
        thread.join(30)
    assert seen <= {300, 900} and seen, seen


def test_how_literals_are_kept_on_virtuoso(sparql):
    """What the server holds: natively what it gives back exactly (so comparisons work in queries),
    the rest under the lexical wrapper datatype. And a NaN, which would corrupt Virtuoso's quad index
    if sent as a double, is stored safely."""
    g = new_graph()
    values = {"integer": Literal(5), "bool": Literal(True), "date": Literal(date(2025, 9, 10)),
              "datetime": Literal(datetime(2026, 6, 30, 8, 30, 0, 123000, tzinfo=UTC)),
              "decimal": Literal(Decimal("8.50")), "double": Literal(float("nan")), "inf": Literal(float("inf")),
              "zh": Literal("中文", lang="zh-Hans"), "json": Literal("{}", datatype=RDF.JSON)}
    sparql.put_graph(g, [(EX[k], EX.v, v) for k, v in values.items()])
    # As the server answers (JSON results), before this backend reads them back.
    raw, _ = sparql._query("SELECT ?s ?o (DATATYPE(?o) AS ?dt) (LANG(?o) AS ?lang) "
                           f"WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")
    held = {b["s"]["value"][len(str(EX)):]: (b.get("dt", {}).get("value"), b["o"]["value"], b["lang"]["value"])
            for b in raw["results"]["bindings"]}
    assert held["integer"] == (str(XSD.integer), "5", "")
    assert held["bool"] == (str(XSD.boolean), "1", "")  # Virtuoso's own form, read back as "true"
    assert held["date"] == (str(XSD.date), "2025-09-10", "")
    assert held["datetime"] == (str(XSD.dateTime), "2026-06-30T08:30:00.123Z", "")  # read back as .123000+00:00
    assert held["decimal"] == (LEXICAL_PREFIX + str(XSD.decimal), "8.50", "")
    assert held["double"] == (LEXICAL_PREFIX + str(XSD.double), str(values["double"]), "")
    assert held["zh"][1:] == ("中文", "zh-hans")  # read back as zh-Hans
    assert held["json"] == (str(RDF.JSON), "{}", "")
    assert exact(sparql.get_graph(g)) == exact((EX[k], EX.v, v) for k, v in values.items())
    sparql.put_graph(new_graph(), factory_graph())  # the server still takes writes


def test_results_cut_by_the_server_are_paged_or_refused(virtuoso, sparql):
    g = new_graph()
    triples = [(EX[f"s{i:02d}"], EX.p, Literal(i)) for i in range(20)]
    sparql.put_graph(g, triples)
    virtuoso.isql("cfg_write(virtuoso_ini_path(), 'SPARQL', 'ResultSetMaxRows', '7');")
    try:
        assert set(sparql.get_graph(g)) == set(triples)  # paged: 7 + 7 + 6
        with pytest.raises(SparqlResultTruncated) as e:
            sparql.select(f"SELECT ?s WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")
        assert e.value.max_rows == 7
        assert len(sparql.select(f"SELECT ?s WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }} LIMIT 5")) == 5
    finally:
        virtuoso.isql("cfg_write(virtuoso_ini_path(), 'SPARQL', 'ResultSetMaxRows', '1000000');")


def test_authorisation(virtuoso):
    wrong = SparqlBackend(virtuoso.query_url, virtuoso.update_url, virtuoso.user, "not-the-password", timeout=10)
    with pytest.raises(SparqlStoreError, match="not authorised"):
        wrong.has_graph(new_graph())
    # The anonymous endpoint reads but may not write: only the sfkg user has SPARQL_UPDATE.
    anonymous = SparqlBackend(virtuoso.anonymous_url, timeout=10)
    assert anonymous.has_graph(new_graph()) is False
    with pytest.raises(SparqlStoreError) as e:
        anonymous.put_graph(new_graph(), factory_graph())
    assert e.value.status is not None and e.value.status >= 400


def test_an_unreachable_server_is_a_clear_error():
    url = f"http://127.0.0.1:{free_port()}/sparql"  # nothing listens there
    backend = SparqlBackend(url, timeout=5)
    with pytest.raises(SparqlStoreUnavailable, match=r"127\.0\.0\.1.*unreachable"):
        backend.has_graph(EX.g)
    with pytest.raises(SparqlStoreUnavailable, match="may or may not have been applied"):
        backend.delete_graph(EX.g)  # an update: it may have reached the server before the connection broke


def test_from_env(monkeypatch):
    monkeypatch.delenv("SFKG_SPARQL_QUERY_URL", raising=False)
    with pytest.raises(SparqlStoreError, match="SFKG_SPARQL_QUERY_URL"):
        SparqlBackend.from_env()
    monkeypatch.setenv("SFKG_SPARQL_QUERY_URL", "http://127.0.0.1:8890/sparql-auth")
    monkeypatch.delenv("SFKG_SPARQL_UPDATE_URL", raising=False)
    monkeypatch.setenv("SFKG_SPARQL_USER", "sfkg")
    monkeypatch.setenv("SFKG_SPARQL_PASSWORD", "secret")
    b = SparqlBackend.from_env()
    assert (b.query_url, b.update_url, b.user, b.password) == (
        "http://127.0.0.1:8890/sparql-auth", "http://127.0.0.1:8890/sparql-auth", "sfkg", "secret")
    monkeypatch.setenv("SFKG_STORE", "sparql")
    from kg_service.records import open_backend

    assert isinstance(open_backend(), SparqlBackend)


def test_terms_that_cannot_be_written_are_refused_before_any_request():
    for bad in [(URIRef("https://w3id.org/bjsf/a b"), EX.p, EX.o),  # no escapes inside <> in SPARQL
                (EX.s, EX.p, Literal("nul \x00 inside")),
                (EX.s, EX.p, Literal("x", datatype=URIRef(LEXICAL_PREFIX + str(XSD.decimal)))),
                (URIRef(STAGING_PREFIX + "x"), EX.p, EX.o),
                (EX.s, Literal("p"), EX.o),
                (EX.s, EX.p, Literal("\ud800 lone surrogate"))]:
        with pytest.raises((TypeError, ValueError)):
            triple_line(bad)
    assert triple_line((EX.s, EX.p, Literal('"\\\n\r\t\x01'))) == (
        f'<{EX.s}> <{EX.p}> "\\"\\\\\\n\\r\\t\\u0001" .')


# ---- records through RecordStore on Virtuoso ------------------------------------------------------

class Reviewer:
    key_id, role, scope = "0123456789ab", "reviewer", None


def test_record_store_on_virtuoso(virtuoso, sparql, dev_cases):
    from kg_service.assessment.engine import Assessor
    from kg_service.assessment.profile import ProfileError, check_profile
    from kg_service.graph import get_knowledge_graph
    from kg_service.records import provenance as pv
    from kg_service.records.store import RecordStore

    assessor = Assessor.load()
    store = RecordStore(sparql)
    written = {}
    for case in dev_cases[:4]:
        try:
            profile = check_profile(case["profile"])
        except ProfileError:
            continue
        result = assessor.assess(profile)
        written[store.record_assessment(profile, result, Reviewer())] = (profile, result)
    assert written
    for rid, (profile, result) in written.items():
        record = store.get(rid)
        trace = record.pop("trace")
        assert record.pop("record_id") == rid
        assert record == result
        assert trace["profile"] == profile and trace["who"]["key_id"] == Reviewer.key_id
        assert store.check(rid) == []
    assert set(written) <= set(store.record_ids())
    listed = [r["record_id"] for r in store.list(limit=1000) if r["record_id"] in written]
    assert listed == list(reversed(written))  # newest first

    kg = get_knowledge_graph()  # the copy of the knowledge graph: 5,000 triples, chunked
    store.backend.delete_graph(pv.KG_GRAPH)
    assert store.ensure_kg(kg) is True and store.kg_sources() == kg.sources_hash
    copy = store.backend.get_graph(pv.KG_GRAPH)
    assert len(copy) == len(kg.graph) + 2
    assert exact(t for t in copy if t[0] != pv.KG_GRAPH) == exact(kg.graph)
    assert store.ensure_kg(kg) is False
