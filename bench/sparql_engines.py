"""rdflib against Oxigraph for /sparql: the named queries (queries/*.rq) and the attack queries.

    PYTHONPATH=. python bench/sparql_engines.py [--repeat 5] [--cap 10]

Each named query runs ``repeat`` times on each engine (medians printed, ratio rdflib/Oxigraph);
each attack query runs once per engine in a child process killed after ``cap`` seconds.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import time

ATTACKS = {
    "cross join COUNT": "SELECT (COUNT(*) AS ?n) WHERE {?a ?b ?c . ?d ?e ?f}",
    "join, never-true FILTER": "SELECT * WHERE {?a ?b ?c . ?d ?e ?f FILTER(STR(?c) = CONCAT(STR(?f), 'x'))}",
    "CONSTRUCT over a join": "CONSTRUCT {?a ?b ?f} WHERE {?a ?b ?c . ?d ?e ?f}",
    "ORDER BY over a label join": "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                                  "SELECT ?l ?m WHERE {?a rdfs:label ?l . ?b rdfs:label ?m} ORDER BY ?l ?m LIMIT 10",
}


def _graphs():
    import pyoxigraph as ox

    from kg_service.graph import get_knowledge_graph

    g = get_knowledge_graph().graph
    store = ox.Store()
    store.load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return g, store, {p: str(ns) for p, ns in g.namespaces() if p}


def _consume(result) -> int:
    return sum(1 for _ in result) if not isinstance(result, bool) and hasattr(result, "__iter__") else 1


def _once(engine: str, query: str, out) -> None:
    g, store, prefixes = _graphs()
    out.put("loaded")  # the clock starts now: loading the graph is not the query's time
    t = time.perf_counter()
    if engine == "rdflib":
        r = g.query(query)
        n = len(r) if r.type != "ASK" else 1
    else:
        n = _consume(store.query(query, prefixes=prefixes))
    out.put((time.perf_counter() - t, n))


def capped(engine: str, query: str, cap: float) -> str:
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    p = ctx.Process(target=_once, args=(engine, query, q))
    p.start()
    try:
        q.get(timeout=120)
        seconds, n = q.get(timeout=cap)
        p.join()
        return f"{seconds:8.2f} s ({n} rows)"
    except Exception:
        return f"   > {cap:g} s (killed)"
    finally:
        if p.is_alive():
            p.kill()
            p.join()


def main() -> None:
    from kg_service.settings import get_settings

    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--cap", type=float, default=10)
    ap.add_argument("--attacks-only", action="store_true")
    args = ap.parse_args()
    g, store, prefixes = _graphs()
    if args.attacks_only:
        return _attacks(args.cap)
    print(f"{'named query':32} {'rdflib ms':>10} {'oxigraph ms':>12} {'ratio':>7}")
    ratios = []
    for path in sorted(get_settings().queries_dir.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        times = {}
        for engine in ("rdflib", "oxigraph"):
            runs = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                try:
                    if engine == "rdflib":
                        list(g.query(text))
                    else:
                        _consume(store.query(text, prefixes=prefixes))
                except Exception as e:  # a query one engine does not take is reported, not fatal
                    runs = [float("nan")]
                    print(f"  {path.stem} on {engine}: {type(e).__name__}: {str(e)[:80]}")
                    break
                runs.append(time.perf_counter() - t)
            times[engine] = statistics.median(runs) * 1000
        ratio = times["rdflib"] / times["oxigraph"] if times["oxigraph"] else float("nan")
        ratios.append(ratio)
        print(f"{path.stem:32} {times['rdflib']:10.2f} {times['oxigraph']:12.2f} {ratio:7.1f}")
    good = [r for r in ratios if r == r]
    print(f"median ratio rdflib/oxigraph over {len(good)} named queries: {statistics.median(good):.1f}")
    _attacks(args.cap)


def _attacks(cap: float) -> None:
    print(f"\n{'attack query':32} {'rdflib':>24} {'oxigraph':>24}")
    for name, query in ATTACKS.items():
        print(f"{name:32} {capped('rdflib', query, cap):>24} {capped('oxigraph', query, cap):>24}",
              flush=True)


if __name__ == "__main__":
    main()
