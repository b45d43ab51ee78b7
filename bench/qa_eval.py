"""Retrieval quality and latency of the question engine, per retrieval mode, side by side.

    python bench/qa_eval.py [--questions PATH] [--repeat 5] [--extra] [--calibrate]
    python bench/qa_eval.py --user [--no-dense]
    python bench/qa_eval.py --sets [--no-dense] [--misses] [--only NAME]

``--sets`` scores the project's evaluation sets of new kinds (bench/qa_sets/*.json, written from
the measures in both languages, not from the development samples): scope (out-of-scope questions
declined, in-scope look-alikes answered), KPIs in everyday words, what recognition brings and asks,
and answers whose first sentence must carry the decisive fact. Per set and language: Recall@1/3,
refused, declined, the fact in the answer and in its first sentence, and /ask's latency per
question as unseen (query-embedding cache cleared), median and p95; then the totals against the
targets (Recall@3 >= 0.95, >= 0.9 of out-of-scope declined, none of the in-scope refused, the fact
in >= 0.9 of first sentences).

``--user`` scores the questions of the user kind the way acceptance does, per language: the
project's own set (tests/cases/questions-user.yaml) and the contract's two development sets --
Recall@1/3, answerable questions refused, out-of-scope ones declined, answers stating the
decisive fact, and the latency of /ask's answer for each question as unseen (query-embedding
cache cleared before each), median and p95.

For each question of the development set (default: the contract's dev-questions.json, next to the
repository) it asks the engine in four modes -- lexical only, dense only, fused (reciprocal rank
fusion), fused+structured (what GET /ask serves: exact graph answers first, and the off-topic
gate) -- and prints Recall@1, Recall@3, MRR (a question counts as found at the rank of its first
gold unit) and the median warm latency (every question asked once before timing, then --repeat
times each). ``--extra`` adds the project's own questions (not the dev set) in both languages;
``--calibrate`` prints the on-topic signals of answerable and off-topic questions, from which the
thresholds in ``kg_service/questions/index.py`` were set.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

REPO = Path(__file__).resolve().parent.parent
DEFAULT_QUESTIONS = REPO.parent / "shared" / "contract" / "dev-questions.json"
QA_SETS = REPO / "bench" / "qa_sets"
USER_SETS = [REPO / "tests" / "cases" / "questions-user.yaml", REPO / "tests" / "cases" / "questions-user-heldout.yaml",
             REPO.parent / "shared" / "contract" / "dev-questions-user.json", DEFAULT_QUESTIONS]

# The project's own questions with the units that answer them: same kind as the dev set, written
# independently of it, used to check that what was tuned on the dev set generalises.
EXTRA_QUESTIONS: list[dict] = [
    {"q": "生物医药产业的关键工序数控化率要达到多少？", "gold": ["att_2-1__row_2"]},
    {"q": "C3612汽车零部件企业的生产设备联网率门槛是多少？", "gold": ["att_2-1__row_4"]},
    {"q": "本办法什么时候到期？", "gold": ["art_14"]},
    {"q": "智能制造能力成熟度需要达到几级？", "gold": ["art_5__item_7"]},
    {"q": "先进级智能工厂需要满足几个技术经济指标？", "gold": ["att_2__sec_2"]},
    {"q": "先进级智能工厂由哪个部门认定？", "gold": ["art_4", "art_8"]},
    {"q": "注册地迁出北京会有什么后果？", "gold": ["art_12__item_4", "art_12"]},
    {"q": "企业更名或重组后需要做什么？", "gold": ["art_12"]},
    {"q": "申请先进级智能工厂之前需要先具备什么资格？", "gold": ["art_7"]},
    {"q": "基础级智能工厂经区主管部门复核通过后视为什么？", "gold": ["art_10"]},
    {"q": "区主管部门每季度什么时候报送备案结果？", "gold": ["art_6"]},
    {"q": "销售增长率属于哪一类指标？", "gold": ["att_3__kpi_6", "att_3__cat_2"]},
    {"q": "可持续发展类指标包括哪些？", "gold": ["att_3__cat_4", "att_3__kpi_16", "att_3__kpi_17"]},
    {"q": "本办法由哪个部门负责解释？", "gold": ["art_15"]},
    {"q": "对网络安全和数据安全有什么要求？", "gold": ["art_5__item_5"]},
    {"q": "企业需要具备什么样的人才队伍？", "gold": ["art_5__item_6"]},
    {"q": "先进级智能工厂可以被推荐申报什么级别？", "gold": ["art_4"]},
    {"q": "基础级智能工厂的建设内容至少要覆盖哪个环节？", "gold": ["att_1__sec_1"]},
    {"q": "发生重大安全事故会被撤销称号吗？", "gold": ["art_12__item_3", "art_12"]},
    {"q": "What is the networking rate threshold for the biomedicine industry?", "gold": ["att_2-1__row_2"]},
    {"q": "Which divisions belong to the urban industries group?", "gold": ["att_2-1__row_1"]},
    {"q": "What smart-manufacturing maturity level is required?", "gold": ["art_5__item_7"]},
    {"q": "Who reviews and recognises advanced-level smart factories?", "gold": ["art_4", "art_8"]},
    {"q": "When must the districts report basic-level filings to the city bureau each quarter?", "gold": ["art_6"]},
    {"q": "Which category does the sales growth rate KPI belong to?", "gold": ["att_3__kpi_6", "att_3__cat_2"]},
    {"q": "What happens if the enterprise moves its registered address outside Beijing?", "gold": ["art_12__item_4"]},
    {"q": "How many of the five indicators must an advanced-level factory reach?", "gold": ["att_2__sec_2"]},
    {"q": "Can an enterprise apply for the advanced level without being a basic-level factory?", "gold": ["art_7"]},
    {"q": "What construction effectiveness must a basic-level smart factory show?", "gold": ["att_1__sec_2"]},
    {"q": "What is the purpose of these measures?", "gold": ["art_1"]},
    {"q": "Which authority issued these measures?", "gold": ["notice"]},
    {"q": "What is required for production operation at the advanced level?", "gold": ["att_2__sec_1__item_3"]},
    {"q": "Does a major quality accident lead to revocation of the title?", "gold": ["art_12__item_3"]},
    {"q": "What are the energy consumption reduction thresholds of each industry?",
     "gold": ["att_2-1", "att_2-1__row_1", "att_2-1__row_2", "att_2-1__row_3", "att_2-1__row_4", "att_2-1__row_5"]},
    {"q": "How is the list of advanced-level smart factories published?", "gold": ["art_8"]},
]

# Questions the measures do not address: the engine must say so and cite nothing but "see also".
OFF_TOPIC: list[str] = [
    "What is the capital of France?", "How do I bake sourdough bread?", "Who won the 2018 World Cup?",
    "What is the speed of light?", "How do I renew my passport?", "Tell me a joke about cats.",
    "What is the best programming language for data science?", "What is the population of Shanghai?",
    "How do I apply for a business loan in Beijing?", "What time does the Beijing subway close?",
    "今天天气怎么样", "北京的房价是多少？", "如何申请护照？", "推荐一家好吃的餐厅", "个人所得税怎么计算？",
    "明天股市会涨吗？", "怎么学习Python编程？", "北京地铁几点停运？",
]

MODES = ("lexical", "dense", "fused", "fused+structured")


def first_gold_rank(got: list[str], gold: list[str]) -> int | None:
    return next((n for n, e in enumerate(got, 1) if e in gold), None)


def ask(engine, q: str, mode: str, k: int) -> list[str]:
    if mode == "fused+structured":
        return [c["eid"] for c in engine.answer(q, k=k)["citations"]]
    return [engine.units[i].eid for i, _ in engine.retrieve(q, mode=mode).ranking[:k]]


def forget_queries(engine) -> None:
    dense = engine._dense
    if dense is not None:
        dense.forget_queries()


def evaluate(engine, questions: list[dict], repeat: int, k: int = 10) -> dict[str, dict]:
    from kg_service.questions.text import detect_language

    results = {}
    for mode in MODES:
        for q in questions:  # warm-up: first calls pay for lazy initialisation in torch and jieba
            ask(engine, q["q"], mode, k)
        ranks, times, misses = [], [], []
        by_lang: dict[str, list[float]] = {"zh": [], "en": []}
        for q in questions:
            got = ask(engine, q["q"], mode, k)
            lang = detect_language(q["q"])
            for _ in range(repeat):
                forget_queries(engine)  # time the question as if unseen, not the embedding cache
                t = time.perf_counter()
                ask(engine, q["q"], mode, k)
                times.append(time.perf_counter() - t)
                by_lang[lang].append(times[-1])
            rank = first_gold_rank(got, q["gold"])
            ranks.append(rank)
            if rank != 1:
                misses.append((q["q"], got[:3], q["gold"][:3]))
        n = len(questions)
        results[mode] = {
            "R@1": sum(r == 1 for r in ranks) / n,
            "R@3": sum(bool(r and r <= 3) for r in ranks) / n,
            "MRR": sum(1 / r for r in ranks if r) / n,
            "ms": statistics.median(times) * 1000,
            "ms zh": statistics.median(by_lang["zh"]) * 1000 if by_lang["zh"] else float("nan"),
            "ms en": statistics.median(by_lang["en"]) * 1000 if by_lang["en"] else float("nan"),
            "misses": misses,
        }
    return results


def print_table(title: str, results: dict[str, dict]) -> None:
    print(f"\n{title}")
    print(f"{'':<20}" + "".join(f"{m:>18}" for m in MODES))
    names = {"R@1": "Recall@1", "R@3": "Recall@3", "MRR": "MRR", "ms": "median latency ms",
             "ms zh": "  Chinese questions", "ms en": "  English questions"}
    for metric, name in names.items():
        fmt = "{:.1f}" if metric.startswith("ms") else "{:.3f}"
        print(f"{name:<20}" + "".join(f"{fmt.format(results[m][metric]):>18}" for m in MODES))


def print_misses(results: dict[str, dict]) -> None:
    for q, got, gold in results["fused+structured"]["misses"]:
        print(f"  not first (fused+structured): {q} -> {got}, gold {gold}")


def http_latency(questions: list[dict], repeat: int) -> tuple[float, float]:
    """Median latency of GET /ask through the whole FastAPI app, in process (TestClient), and the
    same for English questions only (the ones that always pay for the dense model)."""
    from fastapi.testclient import TestClient

    from kg_service.questions.text import detect_language
    from kg_service.server import create_app

    with TestClient(create_app()) as client:
        for q in questions:
            client.get("/ask", params={"q": q["q"]})
        times: list[tuple[str, float]] = []
        for q in questions:
            for _ in range(repeat):
                t = time.perf_counter()
                r = client.get("/ask", params={"q": q["q"]})
                times.append((detect_language(q["q"]), time.perf_counter() - t))
                assert r.status_code == 200, r.text
    return (statistics.median(t for _, t in times) * 1000,
            statistics.median(t for lang, t in times if lang == "en") * 1000)


def calibrate(engine, questions: list[dict]) -> None:
    """The on-topic signals: coverage (share of the question's IDF mass in the best lexical unit)
    and the best cosine (English questions), for answerable and for off-topic questions."""
    from kg_service.questions.index import MIN_COVERAGE, MIN_MEAN_EN

    print(f"\non-topic signals (thresholds: coverage >= {MIN_COVERAGE}; English with a dense model: "
          f"mean of coverage and cosine >= {MIN_MEAN_EN})")
    for kind, qs in (("answerable", [q["q"] for q in questions]), ("off-topic", OFF_TOPIC)):
        for q in qs:
            r = engine.retrieve(q)
            structured = engine.structured.answer(q, r.language) is not None
            verdict = "on" if structured or engine.on_topic(r) else "OFF"
            cos = f"{r.cosine:.2f}" if r.cosine is not None else "  - "
            print(f"  {kind:<10} {verdict:<3} coverage {r.coverage:.2f} cosine {cos} "
                  f"structured {'y' if structured else 'n'}  {q}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    p.add_argument("--repeat", type=int, default=5, help="timed calls per question (after one warm-up)")
    p.add_argument("--extra", action="store_true", help="also evaluate the project's own questions")
    p.add_argument("--calibrate", action="store_true", help="print the on-topic signals")
    p.add_argument("--misses", action="store_true", help="list questions whose gold unit is not first")
    p.add_argument("--http", action="store_true", help="also time GET /ask through the app (TestClient)")
    p.add_argument("--user", action="store_true", help="score the user-kind sets per language (acceptance's figures)")
    p.add_argument("--no-dense", action="store_true", help="with --user or --sets: a lexical-only engine")
    p.add_argument("--sets", action="store_true", help="score bench/qa_sets/*.json (the new kinds, both languages)")
    p.add_argument("--only", help="with --sets: only the set of this name (e.g. new_kinds)")
    args = p.parse_args(argv)
    if args.user:
        return user_sets(dense=not args.no_dense)
    if args.sets:
        return qa_sets(dense=not args.no_dense, show=args.misses, only=args.only)

    sys.path.insert(0, str(REPO))
    from kg_service.graph import get_knowledge_graph
    from kg_service.questions.index import QuestionIndex

    started = time.perf_counter()
    engine = QuestionIndex(get_knowledge_graph())
    print(f"engine built in {time.perf_counter() - started:.1f} s "
          f"(embeddings {'computed' if engine.dense and engine.dense.computed else 'from cache'})")
    questions = json.loads(args.questions.read_text(encoding="utf-8"))
    dev = evaluate(engine, questions, args.repeat)
    print_table(f"{args.questions.name}: {len(questions)} questions", dev)
    if args.misses:
        print_misses(dev)
    if args.extra:
        extra = evaluate(engine, EXTRA_QUESTIONS, args.repeat)
        print_table(f"own questions: {len(EXTRA_QUESTIONS)}", extra)
        if args.misses:
            print_misses(extra)
    off = [engine.answer(q) for q in OFF_TOPIC]
    refused = sum(a["addressed"] is False and all(c.get("see_also") for c in a["citations"]) for a in off)
    print(f"\noff-topic questions declined (addressed false, at most 'see also' citations): {refused}/{len(OFF_TOPIC)}")
    if args.http:
        overall, english = http_latency(questions, args.repeat)
        print(f"GET /ask in process (TestClient), warm: median {overall:.1f} ms over {args.questions.name}; "
              f"English questions {english:.1f} ms")
    if args.calibrate:
        calibrate(engine, questions + (EXTRA_QUESTIONS if args.extra else []))
    return 0


def user_sets(dense: bool = True) -> int:
    sys.path.insert(0, str(REPO))
    from kg_service.graph import get_knowledge_graph
    from kg_service.questions.evaluation import load_cases, score
    from kg_service.questions.index import QuestionIndex
    from kg_service.service import Service

    engine = QuestionIndex(get_knowledge_graph(), dense=dense)
    if dense:
        engine.wait_dense()
    service = Service(get_knowledge_graph())  # a stated case is decided by the Service, with this engine
    service.get("questions", lambda: engine)
    for path in USER_SETS:
        if not path.exists():
            print(f"{path}: missing")
            continue
        cases = load_cases(path)
        for c in cases:  # warm-up of lazy initialisation (jieba, torch, the assessor), untimed
            service.ask(c["q"])
        result = score(lambda q: service.ask(q), cases, before_each=lambda: forget_queries(engine))
        print(f"\n{path.name}: {len(cases)} questions (dense: {engine.dense_state})")
        for lang in ("zh", "en", "all"):
            print(f"  {lang:<4} " + ", ".join(f"{k} {v}" for k, v in result[lang].as_dict().items()))
        for f in result["all"].failures:
            print(f"    {f}")
    return 0


def qa_sets(dense: bool = True, show: bool = False, only: str | None = None) -> int:
    """Score the evaluation sets of new kinds; exit status 1 when a target is missed."""
    sys.path.insert(0, str(REPO))
    from kg_service.graph import get_knowledge_graph
    from kg_service.questions.evaluation import Score, load_cases, score
    from kg_service.questions.index import QuestionIndex
    from kg_service.service import Service

    engine = QuestionIndex(get_knowledge_graph(), dense=dense)
    if dense:
        engine.wait_dense()
    service = Service(get_knowledge_graph())  # a stated case is decided by the Service, with this engine
    service.get("questions", lambda: engine)
    total = Score()
    for path in sorted(QA_SETS.glob("*.json")):
        if only and path.stem != only:
            continue
        if not isinstance(json.loads(path.read_text(encoding="utf-8")), list):
            continue  # not a set of questions (cases_reading*.json: bench/reading_eval.py's)
        cases = load_cases(path)
        for c in cases:  # warm-up of lazy initialisation, untimed
            service.ask(c["q"])
        result = score(lambda q: service.ask(q), cases, before_each=lambda: forget_queries(engine))
        print(f"\n{path.name}: {len(cases)} questions (dense: {engine.dense_state})")
        for lang in ("zh", "en", "all"):
            print(f"  {lang:<4} " + ", ".join(f"{k} {v}" for k, v in result[lang].as_dict().items()))
        kinds = list(dict.fromkeys(c["kind"] for c in cases if c.get("kind")))
        for kind in kinds:  # a set whose questions name their kind: the figures per kind and language
            mine = [c for c in cases if c.get("kind") == kind]
            by_kind = score(lambda q: engine.answer(q), mine, before_each=lambda: forget_queries(engine))
            for lang in ("zh", "en", "all"):
                print(f"  {kind:<13} {lang:<4} " + ", ".join(
                    f"{k} {v}" for k, v in by_kind[lang].as_dict().items() if not k.startswith("latency")))
        if show:
            for f in result["all"].failures:
                print(f"    {f}")
        a = result["all"]
        for name in ("answerable", "hit1", "hit3", "refused", "out_of_scope", "declined", "with_fact", "fact",
                     "with_first", "first"):
            setattr(total, name, getattr(total, name) + getattr(a, name))
        total.latencies_ms += a.latencies_ms
    print("\nall sets: " + ", ".join(f"{k} {v}" for k, v in total.as_dict().items()))
    met = {"Recall@3 >= 0.95": total.recall3 >= 0.95, "declined >= 0.9": total.declined_rate >= 0.9,
           "in-scope never declined": total.refused == 0, "fact first >= 0.9": total.first_rate >= 0.9}
    print("targets: " + ", ".join(f"{k}: {'met' if v else 'MISSED'}" for k, v in met.items()))
    return 0 if all(met.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
