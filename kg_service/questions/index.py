"""The question engine: lexical + dense retrieval over the units, fused, with exact answers from the
graph in front when the question is one the graph answers.

Built once from a ``KnowledgeGraph`` and an ``ArticleIndex`` (a few seconds, most of it loading
the embedding model); answering is then in-memory work plus one forward pass of the model.
"""
from __future__ import annotations

import logging
import re
import threading
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

import yaml
from rdflib import Literal, URIRef

from kg_service.articles import Article, ArticleIndex
from kg_service.graph import KnowledgeGraph
from kg_service.graph.namespaces import REG_IRI, SFID, eid_of
from kg_service.questions.case.deciding import CaseDeciders, leave_undecided_days, stated_paths, unread_events
from kg_service.questions.case.deciding import decide as decide_case
from kg_service.questions.case.model import CaseReading
from kg_service.questions.case.passage import columns_as_rows, mention_span
from kg_service.questions.case.reader import CaseReader
from kg_service.questions.case.telling import CaseTeller
from kg_service.questions.fusion import RRF_K, reciprocal_rank_fusion
from kg_service.questions.lexical import LexicalIndex
from kg_service.questions.scope import OutOfScope, ScopeModel
from kg_service.questions.structured import ConceptMatcher, Mention, StructuredAnswer, StructuredAnswerer, cue
from kg_service.questions.text import (
    ChineseTokenizer,
    defined_abbreviations,
    detect_language,
    title_fragments,
    to_simplified,
    tokenize_en,
)
from kg_service.questions.thesaurus import Thesaurus
from kg_service.settings import Settings

if TYPE_CHECKING:  # dense.py imports numpy only, but keep the module graph of an import minimal
    from kg_service.questions.dense import DenseIndex

log = logging.getLogger("sfkg.questions")

MODES = ("lexical", "dense", "fused", "fused+structured")

# Weights of the two rankings in the fusion, per question language. all-MiniLM-L6-v2 is the weaker
# ranker on these units (Recall@1 about 0.5 on English questions against about 0.9 for BM25, see
# bench/qa_eval.py), so it mostly breaks near-ties of the lexical ranking. It reads English only:
# a Chinese question reaches it only through the English names of the concepts it mentions (a
# partial rendering), hence a lower weight still.
WEIGHTS = {"en": {"lexical": 1.0, "dense": 0.25, "concepts": 1.0},
           "zh": {"lexical": 1.0, "dense": 0.1, "concepts": 1.0}}
# The dense ranking orders all units; below this depth it is noise that should not lift a unit.
DENSE_DEPTH = 20
# For a Chinese question the dense model sees only the English names of the concepts it mentions,
# evidence the lexical ranking already holds; it is consulted (and a forward pass paid) only to
# break a near-tie at the top of the lexical ranking: second score >= ZH_TIE x the first.
ZH_TIE = 0.9

# Whether a question is within the measures is decided by the concepts it names (see
# ``Thesaurus.in_scope``), not by these signals. They remain as diagnostics (``on_topic``,
# bench/qa_eval.py --calibrate): the earlier gate, which this text describes, declined a question
# when the retrieval signals were weak:
# - coverage: the share of the question's information (IDF mass of its words) found in the best
#   three lexical hits, in [0, 1];
# - cosine: the best unit's cosine similarity to an English question, in [0, 1] in practice.
# A Chinese question is on topic with coverage >= 0.36; an English one when the mean of coverage
# and cosine is >= 0.5 (coverage alone >= 0.55 when no dense model is loaded). Calibrated with
# bench/qa_eval.py --extra --calibrate on the 16 dev questions, the project's own 35 and 18
# off-topic ones. Answerable questions the graph does not answer exactly score coverage >= 0.44
# (zh) and mean >= 0.53 (en); off-topic ones score below, except look-alikes that share the
# measures' words (个人所得税怎么计算 0.44: 计算 is in the division name 计算机…; 如何申请护照 0.35:
# 申请) and "business loan in Beijing" (mean 0.49). The thresholds lean towards answering: a false
# "not addressed" hides the measures from a real question, a false answer still only quotes them.
MIN_COVERAGE = {"zh": 0.36, "en": 0.55}
MIN_MEAN_EN = 0.50


# the units of annex 2-1's rows, one per industry group
ROW_PREFIX = "att_2-1__row_"
# the intents answering with a date of the measures' (art_6's deadline, art_14's validity)
_DATE_INTENTS = frozenset({"deadline", "validity"})

# the levels told apart (questions21): a domain's item of one annex and the same item of the other
_DIFFERENCE = SFID + "topic-level-difference"
# the grade of accident that bars applying (art_5 item 3), asked in the grading rules' words (questions21)
_BARRED_GRADE = SFID + "topic-accident-larger"
_ANNEX_ITEM = re.compile(r"att_([12])(__sec_[12](?:__item_\d+)?)")

_NUMBER_PREFIX = {
    "zh": re.compile(r"^(第[一二三四五六七八九十百零]+[条章])\s*"),
    "en": re.compile(r"^((?:Article|Chapter) \d+)\s*"),
}



def _lead_first(told: StructuredAnswer, middle: str, lang: str) -> str:
    """A case's answer with ``middle`` put after its lead (the verdict) and before the rest of it; a middle
    that ends without a full stop (a threshold table's rows) gets one, so the rest does not run on from it."""
    rest = told.answer[len(told.lead):].strip()
    middle = middle.strip()
    if middle and rest and middle[-1] not in "。.！？!?":
        middle += "。" if lang == "zh" else "."
    return ("" if lang == "zh" else " ").join(x for x in (told.lead, middle, rest) if x)

@dataclass
class Retrieval:
    """Ranked units (index into the engine's units, normalised fused score) and the signals the
    on-topic decision reads."""

    ranking: list[tuple[int, float]]
    language: str
    coverage: float = 0.0  # share of the question's IDF mass found in the best lexical unit
    cosine: float | None = None  # best cosine similarity, when the dense model read the question
    lexical: list[tuple[int, float]] = field(default_factory=list)
    dense: list[tuple[int, float]] = field(default_factory=list)
    concepts: list[tuple[int, float]] = field(default_factory=list)


def unit_labels(kg: KnowledgeGraph) -> dict[str, list[tuple[str, str]]]:
    """eId -> [(label, lang)] of the concepts attached to the unit (``ask_unit_concepts.rq``)."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in kg.select("ask_unit_concepts"):
        out[row["eid"]].append((str(row["label"]), row.get("lang", "")))
    # sorted: SPARQL's DISTINCT has no stable order, and the embedding cache is keyed by the texts
    return {eid: sorted(set(labels), key=lambda x: (x[1], x[0])) for eid, labels in out.items()}


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,8}")


def domain_terms(kg: KnowledgeGraph, units: Iterable[Article]) -> set[str]:
    """Words for jieba's dictionary: the graph's Chinese names (cut at punctuation, so that
    "都市产业 产品不良率下降 ≥ 5%" gives 都市产业 and 产品不良率下降), fragments of the units' Chinese
    titles, and the short forms the text defines (以下简称区主管部门)."""
    terms: set[str] = set()
    for row in kg.select("ask_terms"):
        terms.update(_CJK_RUN.findall(str(row["term"])))
    for u in units:
        terms.update(title_fragments(u.title.get("zh", "")))
        terms.update(defined_abbreviations(u.text.get("zh", "")))
    return {t for t in terms if not re.fullmatch(r"[一二三四五六七八九十]+", t)}


class QuestionIndex:
    def __init__(self, kg: KnowledgeGraph, articles: ArticleIndex | None = None, *,
                 settings: Settings | None = None, dense: bool = True, lazy: bool = False,
                 background: bool = False):
        """``dense=False`` builds a lexical-only engine; ``lazy=True`` loads the model and the
        embeddings on the first question that needs them (the CLI: a Chinese question rarely does);
        ``background=True`` loads them in a thread, started by ``start_loading`` (or by the first
        question), and answers lexically until they are ready (the service: importing the model's
        libraries takes most of a cold start, and must not compete with the rest of it)."""
        started = time.perf_counter()
        self.settings = settings or kg.settings
        self.articles = articles or ArticleIndex(kg)
        self.units = self.articles.all()
        labels = unit_labels(kg)
        self.matcher = ConceptMatcher.from_graph(kg)
        self.structured = StructuredAnswerer(kg, self.matcher)
        self.templates = yaml.safe_load((self.settings.queries_dir / "ask_answers.yaml").read_text(encoding="utf-8"))
        self.thesaurus = Thesaurus(kg, self.templates["scope"], self.matcher.types, self.templates.get("asks_rules"),
                                   {u.eid: u.parent for u in self.units})
        self.scope = ScopeModel(kg, set(self.templates["scope"]), set(self.templates["scope_anchors"]),
                                self.matcher.types, self.thesaurus.weak,
                                self.matcher.labels, self.templates.get("scope_applied"),
                                {cue: self.templates.get(f"scope_{cue}", {})
                                 for cue in ("title", "own", "source", "how", "holds")})
        # questions16: a step's duration asked, an accident grade's criteria asked (queries/ask_answers.yaml)
        self._duration_cues = self._cue_groups("step_duration")
        self._grade_cues = self._cue_groups("grade_criteria")
        # quest22: a yes/no question negating a requirement, answered verdict-first (queries/ask_answers.yaml, polar)
        polar = self.templates.get("polar", {})
        self._polar_cues = {k: {lang: re.compile(polar[k][lang], re.I) for lang in ("zh", "en")}
                            for k in ("asked", "negated", "applying", "not_of") if k in polar}
        self._polar_answers: dict[str, dict] = {SFID + c: v for c, v in polar.get("answers", {}).items()}
        self._polar_applying = {SFID + c for c in polar.get("applying_concepts", [])}
        # quest23: a topic asked in words that name none of its labels (queries/ask_answers.yaml, topics_asked)
        self._topics_asked = {name: {lang: re.compile(x, re.I) for lang, x in cues.items()}
                              for name, cues in self.templates.get("topics_asked", {}).items()}
        self._topics_not = {lang: re.compile(x, re.I) for lang, x in self.templates.get("topics_first_not", {}).items()}
        # the reader of a stated case (issue 17): /ask and Service.read_case read with it
        self.case_reader = CaseReader(kg)
        self._division_of_code = {code: d for d, code in self.case_reader.division_code.items()}
        self.teller = CaseTeller(self.settings.queries_dir, self.structured.label, self.structured.select,
                                 self.templates.get("gists", {}))
        validity = self.structured.select("ask_validity", doc=URIRef(REG_IRI))
        self._in_force_from: date | None = validity[0]["from"] if validity else None
        self._eid_index = {u.eid: i for i, u in enumerate(self.units)}
        # unit -> the measures' levels it speaks of (only units tied to a level are listed)
        self._unit_levels: dict[int, set[str]] = defaultdict(set)
        self._step_units: dict[str, set[int]] = defaultdict(set)  # level -> units of its procedure's steps
        for row in kg.select("ask_unit_levels"):
            if str(row["eid"]) in self._eid_index:
                i = self._eid_index[str(row["eid"])]
                self._unit_levels[i].add(str(row["level"]))
                if row.get("step") is not None:
                    self._step_units[str(row["level"])].add(i)
        for i, u in enumerate(self.units):  # a part of annex 2 is the advanced level's as annex 2 is
            parent = u.parent
            while i not in self._unit_levels and parent is not None:
                levels = self._unit_levels.get(self._eid_index.get(parent, -1))
                if levels:
                    self._unit_levels[i] = set(levels)
                parent = self.articles.get(parent).parent if self.articles.get(parent) else None
        self.zh = ChineseTokenizer(domain_terms(kg, self.units))
        self.lexical = LexicalIndex([self._unit_tokens(u, labels.get(u.eid, [])) for u in self.units])
        self.dense_texts = [self._unit_english(u, labels.get(u.eid, [])) for u in self.units]
        self._dense_wanted = dense
        self._dense: DenseIndex | None = None
        self._dense_lock = threading.Lock()
        self._loader: threading.Thread | None = None
        self._background = background
        if dense and not lazy and not background:
            self._load_dense()
        self.build_seconds = time.perf_counter() - started
        log.info("question index: %d units in %.1f s (dense: %s)", len(self.units), self.build_seconds,
                 "loaded" if self._dense else "lazy" if dense else "off")

    def _load_dense(self) -> DenseIndex:
        with self._dense_lock:
            if self._dense is None:
                from kg_service.questions.dense import DenseIndex

                index = DenseIndex(self.dense_texts, self.settings.embedding_model, self.settings.cache_dir)
                index.warm()  # before it serves: the first forward passes are slow
                self._dense = index
            return self._dense

    def attach_dense(self, index: DenseIndex) -> None:
        """Use ``index`` as the dense ranking (a model already loaded elsewhere, or a stand-in with
        the same ``rank(text)`` in tests)."""
        with self._dense_lock:
            self._dense, self._dense_wanted = index, True

    @property
    def dense(self) -> DenseIndex | None:
        """The dense index (loaded on first use when the engine was built lazily), or None for a
        lexical-only engine."""
        if self._dense is None and self._dense_wanted:
            if self._background:
                self.start_loading()
                return None  # still loading in the background: answer lexically meanwhile
            return self._load_dense()
        return self._dense

    def start_loading(self) -> None:
        """Load the model and embeddings in a background thread (once)."""
        with self._dense_lock:
            if self._loader is None and self._dense_wanted and self._dense is None:
                self._loader = threading.Thread(target=self._load_dense, name="sfkg-dense-loader", daemon=True)
                self._loader.start()

    @property
    def dense_state(self) -> str:
        if not self._dense_wanted:
            return "off"
        if self._dense is not None:
            return "ready"
        return "loading" if self._loader is not None else "pending" if self._background else "lazy"

    def wait_dense(self, timeout: float | None = None) -> bool:
        """Wait for a background load (starting it if need be); True when the dense index is ready."""
        if self._background:
            self.start_loading()
        if self._loader is not None:
            self._loader.join(timeout)
        return self._dense is not None

    # -- indexing ---------------------------------------------------------------------------

    def _unit_tokens(self, unit: Article, labels: list[tuple[str, str]]) -> list[str]:
        # Titles twice: they were written as summaries of the unit and carry its key terms.
        zh = unit.title.get("zh", "") + " " + unit.title.get("zh", "") + " " + unit.text.get("zh", "")
        en = unit.title.get("en", "") + " " + unit.title.get("en", "") + " " + unit.text.get("en", "")
        tokens = self.zh.tokenize(zh) + tokenize_en(en)
        for label, lang in labels:
            tokens += self.zh.tokenize(label) if lang == "zh" else tokenize_en(label)
        return tokens

    @staticmethod
    def _unit_english(unit: Article, labels: list[tuple[str, str]]) -> str:
        names = list(dict.fromkeys(label for label, lang in labels if lang == "en"))
        text = f"{unit.title.get('en', '')}. {unit.text.get('en', '')}"
        return text + (" Related: " + "; ".join(names) + "." if names else "")

    # -- retrieval --------------------------------------------------------------------------

    def tokens(self, question: str, lang: str) -> list[str]:
        return self.zh.tokenize(question) if lang == "zh" else tokenize_en(question)

    def english_rendering(self, question: str, lang: str, mentions: list[Mention]) -> str | None:
        """What the English-only model reads: the question itself, or for a Chinese question the
        English names of the concepts it mentions (None when it mentions none)."""
        if lang == "en":
            return question
        names = list(dict.fromkeys(self.matcher.label(m.concept, "en") for m in mentions))
        return "; ".join(names) or None

    def retrieve(self, question: str, *, mode: str = "fused", lang: str | None = None,
                 mentions: list[Mention] | None = None, dense: bool = True) -> Retrieval:
        """``dense=False``: no forward pass of the model (the caller has decisive evidence)."""
        use_model = dense  # the ranking below is named ``found``: a local ``dense`` once hid this flag
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        lang = lang or detect_language(question)
        mentions = self.matcher.find(question) if mentions is None else mentions
        weights = WEIGHTS[lang]
        tokens = self.tokens(question, lang)
        lexical = self.lexical.rank(tokens)
        words = self.zh.words(question) if lang == "zh" else [(t, []) for t in tokens]
        coverage = self.lexical.coverage(words, [i for i, _ in lexical[:3]])
        found: list[tuple[int, float]] = []
        cosine = None
        ranked = [(self._eid_index[e], key) for e, key in self.thesaurus.ranked(mentions) if e in self._eid_index]
        concepts = [(i, share) for i, (_, share) in ranked]
        rendering = self.english_rendering(question, lang, mentions)
        tied = len(lexical) < 2 or lexical[1][1] >= ZH_TIE * lexical[0][1]
        # The concepts a question names are evidence the model cannot add to when the lexical
        # ranking agrees with them (their best unit is among its first three): then no forward pass.
        agreed = bool(concepts) and bool(lexical) and concepts[0][0] in {i for i, _ in lexical[:3]}
        wanted = use_model and self._dense_wanted and rendering and mode != "lexical" and (
            mode == "dense" or (not agreed and (lang == "en" or tied)))
        model = self.dense if wanted else None
        if model is not None:
            found = model.rank(rendering)
            cosine = found[0][1] if found and lang == "en" else None
        if mode == "lexical":
            rankings = [([i for i, _ in lexical], 1.0)]
        elif mode == "dense":
            rankings = [([i for i, _ in found], 1.0)]
        else:
            rankings = [([i for i, _ in lexical], weights["lexical"]),
                        ([i for i, _ in found[:DENSE_DEPTH]], weights["dense"]),
                        ([i for i, _ in ranked], weights["concepts"], [key for _, key in ranked])]
        fused = reciprocal_rank_fusion(rankings)
        if mode != "lexical" and mode != "dense":
            # equal fused scores: the unit more of the question's words point to first (重大事故 +
            # 影响申报: the condition of applying, art_5__item_3, not the revocation), then as fused
            hits = {i: key[0] for i, key in ranked}
            fused.sort(key=lambda x: (-x[1], -hits.get(x[0], 0)))
        fused = self._for_level(fused, mentions)
        # normalised: 1.0 for a unit every ranking put first
        best = sum(r[1] for r in rankings if r[0]) / (RRF_K + 1) or 1.0
        ranking = [(i, s / best) for i, s in fused]
        return Retrieval(ranking=ranking, language=lang, coverage=coverage, cosine=cosine,
                         lexical=lexical, dense=found, concepts=concepts)

    def _for_level(self, fused: list[tuple[int, float]], mentions: list[Mention]) -> list[tuple[int, float]]:
        """A question about one of the measures' levels: the units of the other level only (art_8's
        expert review, for a question about the basic level) after the rest, order kept."""
        asked = set(self.structured.own_levels_within(mentions))
        if len(asked) != 1:
            return fused
        other = {i for i, levels in self._unit_levels.items() if not levels & asked}
        kept = [x for x in fused if x[0] not in other]
        if fused and fused[0][0] in other and any(fused[0][0] in units for units in self._step_units.values()):
            # the best unit was a step of the other level's procedure ("基础级需要专家评审吗": art_8's
            # expert review): what answers is the asked level's own procedure
            own = self._step_units[next(iter(asked))]
            kept = [x for x in kept if x[0] in own] + [x for x in kept if x[0] not in own]
        return kept + [x for x in fused if x[0] in other]

    def on_topic(self, r: Retrieval) -> bool:
        if r.cosine is None:
            return r.coverage >= MIN_COVERAGE[r.language]
        return (r.coverage + r.cosine) / 2 >= MIN_MEAN_EN

    # -- answers ----------------------------------------------------------------------------

    def answer(self, question: str, k: int = 5, *, as_of: date | None = None,
               mode: str = "fused+structured", decide: CaseDeciders | None = None) -> dict[str, Any]:
        """The answer to a question: a direct sentence (an exact answer from the graph, the rules'
        decision on the case the question states, or what the best unit says), its citations,
        ``addressed`` (false when the measures do not address or do not state it) and the
        ``facts`` read from the question, when it stated a case; ``lead`` (not the API's: ``Service.ask``
        drops it) the answer's first sentence as its teller composed it, the whole answer when that is
        one statement.

        A stated case is decided by ``decide`` (``Service.ask`` lends the Service's ``assess`` and
        ``check_revocation``: the version in force on the date the question implies, the reform
        asked for); without it the case is read and shown, not decided."""
        out = self._answer(question, k, as_of=as_of, mode=mode, decide=decide)
        out.setdefault("lead", out["answer"])
        return out

    def _answer(self, question: str, k: int, *, as_of: date | None, mode: str,
                decide: CaseDeciders | None) -> dict[str, Any]:
        said = columns_as_rows(question.strip())  # as written (a table's columns as rows): the case's spans quote it
        q = to_simplified(said)  # traditional characters read as simplified, one for one ("申報先進級")
        lang = detect_language(q)
        day = as_of or date.today()
        mentions = self.matcher.find(q)
        out: dict[str, Any] = {"question": question, "language": lang}
        structured: StructuredAnswer | None = None
        asked_back: StructuredAnswer | None = None  # a case that decides nothing: its words asked back
        dated_case: dict[str, Any] | None = None  # a case beside which a date (validity, deadline) answers
        if mode == "fused+structured":
            # the subject first: a question about another scheme, procedure or place is declined
            # before any case is read from it ("register a company in Beijing" states no case)
            outside = self.scope.decline(q, lang, mentions) or self._grade_asked(q, lang)
            if outside is not None and self._grade_barring(outside, q, lang):
                # "what grade of accident means a company cannot apply": the grade art_5 item 3 bars, the measures' own
                outside, mentions = None, [replace(m, concept=_BARRED_GRADE, type="Topic")
                                           if m.concept == SFID + "foreign-accidentgrade" else m for m in mentions]
            # the policy answer, when the place asked of needs it first: kept for below if the mentions
            # are still the same then (the answer is a function of the question, language, day and mentions)
            early: tuple[list[Mention], tuple[Mention, ...], StructuredAnswer | None] | None = None
            if outside is not None and outside.kind == "jurisdiction":
                early = (mentions, tuple(mentions), self.structured.answer(q, lang, as_of, mentions))
                if getattr(early[2], "intent", None) == "scheme_comparison":
                    outside = None  # another province's level compared with Beijing's: the comparison's facts answer
            case = self.case_of(said, lang, mentions, day)
            if outside is not None and case is not None and _said_in_facts(q, outside, case):
                outside = None  # "工商注册在北京市昌平区", "the market regulator fined us in April": the case's words
            if outside is not None and (case is None or case.mode != "revocation"):
                # a recognised factory's case is about its title here, whatever other body it names ("fined
                # by the market regulator"): answered, not declined
                return {**out, **self._outside(outside, lang)}
            unstated = self._durations(q, lang, self.thesaurus.unstated_in(mentions))
            # a recognised factory's case is answered, though it states only what is no cause ("a new
            # shareholder"): never "the measures do not state …"
            if unstated and (case is None or (stated_paths(case) <= {"industry_code"} and not case.events
                                              and not case.considered and not unread_events(case))):
                return {**out, **self._not_stated(unstated, lang, k, self._step_article(q, lang, mentions, unstated))}
            mentions = self._with_trade_read(case, mentions)
            if early is not None and early[0] is mentions and early[1] == tuple(mentions):
                structured = early[2]
            else:
                structured = self.structured.answer(q, lang, as_of, mentions)
            if case is not None and structured is not None and structured.intent in _DATE_INTENTS \
                    and case.level is None and case.mode != "revocation" and not case.events:
                # a date asked beside what was done or when ("we filed in June; by what day must the district
                # report", "materials ready next February: can we still apply under these measures"): the date
                # answers, on the day the question names when it names one; no level asked, nothing decided
                if case.as_of is not None and as_of is None:
                    structured = self.structured.answer(q, lang, case.as_of, mentions) or structured
                # (what the case states is still decided and returned as its facts, through the version in force
                # on its day: "如果我们2027年3月申报，办法还有效吗" -- the measures' validity not met then)
                told = self._told(case, lang, day, decide)
                if told is not None and told.facts:
                    units = [*structured.units, *(u for u in told.units if u not in structured.units)]
                    structured = StructuredAnswer(structured.intent, structured.answer, units, structured.facts,
                                                  structured.rank_units, structured.lead or structured.answer)
                    dated_case = told.facts
                case = None
            if case is not None and (structured is None or stated_paths(case) - {"industry_code"} or case.events
                                     or case.unread or case.mode == "revocation"):
                told = self._told(case, lang, day, decide)
                one_row = False
                if told is not None and structured is not None and structured.intent == "threshold" and \
                        any("industry_code" in a.fields for a in case.asks.values()) and \
                        "industry_code" not in case.paths():
                    # the industry's words left unread (asked back): no row of theirs leads the answer -- unless
                    # the question's trade words name one row only, whichever division they are (食品: C13 or C14,
                    # both the urban row), which then answers the threshold checked (quest23), the case after it
                    one_row = self._one_row(structured, case)
                    if not one_row:
                        structured = None
                if told is not None and told.units and structured is not None and structured.intent == "threshold" \
                        and case.mode != "revocation" and (cue("threshold_asked", lang, q) or one_row):
                    # a threshold asked for beside figures stated: the threshold answers, the case follows
                    units = [*structured.units, *(u for u in told.units if u not in structured.units)]
                    # a table (one row a line) ends with no full stop: the case starts on a line of its own
                    sep = "\n" if "\n" in structured.answer else "" if lang == "zh" else " "
                    head = structured.answer.rstrip()
                    if sep != "\n" and head and head[-1] not in "。.！？!?":  # a row's one line: its own sentence
                        head += "。" if lang == "zh" else "."
                    if one_row and case.level is not None and told.lead and not cue("threshold_asked", lang, q):
                        # a level asked ("我们是做食品的，联网率60%，够先进级吗"): the case's verdict first, then the
                        # one row's threshold its trade words give, then the rest of the case
                        said = _lead_first(told, head, lang)
                    else:
                        said = sep.join((head, told.answer))
                    told = StructuredAnswer("situation", said, units, told.facts, structured.rank_units,
                                            structured.lead or structured.answer)
                elif told is not None and structured is not None and not set(told.units) & set(structured.units) \
                        and case.mode != "revocation":  # whether the title is kept is what was asked
                    # the exact answer to what was asked first (the case bears on other units, or nothing
                    # was decided: words left unread), then the case told; but a level asked is answered by
                    # the case's verdict, which leads (then the exact answer, then the rest of the case)
                    units = [*structured.units, *(u for u in told.units if u not in structured.units)]
                    if case.level is not None and told.lead:
                        said = _lead_first(told, structured.answer, lang)
                        told = StructuredAnswer("situation", said, units, told.facts, structured.rank_units, told.lead)
                    else:
                        told = StructuredAnswer("situation", f"{structured.answer} {told.answer}", units,
                                                told.facts, structured.rank_units, structured.lead or structured.answer)
                if told is not None and not told.units:
                    asked_back = told  # nothing decided: the policy answer, then what is asked back
                else:
                    structured = told or structured
            if case is None and asked_back is None and (structured is None or structured.intent not in _DATE_INTENTS):
                # (a date asked, the districts' quarterly report or the measures' end, answers with its date)
                structured = self._polar(q, lang, mentions) or self._topic_first(q, mentions, lang, structured) \
                    or structured
            if structured is None:
                structured = self._topic_answer(mentions, lang, q)
        addressed = structured is not None or bool(self.thesaurus.in_scope(mentions, q, lang))
        if not addressed and mode == "fused+structured":
            return {**out, "answer": self.templates["not_addressed"][lang], "citations": [], "structured": None,
                    "addressed": False, "facts": None}
        # An exact or rule-decided answer cites its own units first; the model would only reorder
        # the "further reading" after them, not worth a forward pass (bench/qa_eval.py --user).
        r = self.retrieve(q, mode="fused" if mode == "fused+structured" else mode, lang=lang, mentions=mentions,
                          dense=structured is None)
        if not r.ranking and structured is None:
            return {**out, "answer": self.templates["not_addressed"][lang], "citations": [], "structured": None,
                    "addressed": False, "facts": None}
        if structured is None and any(m.concept == _DIFFERENCE for m in mentions):
            r.ranking = self._both_annexes_first(r.ranking)
        citations = self._citations(r, structured, k, lang)
        text = structured.answer if structured else self._said(r, mentions, lang)
        lead = (structured.lead if structured else "") or text
        # (a case's facts, and those of a case a date answers: its validity or deadline asked beside it)
        facts = structured.facts if structured and structured.intent == "situation" else dated_case
        if asked_back is not None and facts is None:
            if asked_back.lead:  # a level asked: not yet decidable, with what could not be read, leads
                # the rule the open words bear on, as the lead cites it, rather than a policy answer on
                # another unit ("a serious safety accident": art_5 item 3, not the measures' scope)
                cited = [e for e in re.findall(r"\b(?:art|att)_[\w.-]*\w", asked_back.lead) if e in self._eid_index]
                if cited and not (structured and set(structured.units) & set(cited)):
                    text = self._gist(self.units[self._eid_index[cited[0]]], lang)
                text, lead = _lead_first(asked_back, text, lang), asked_back.lead
            else:
                text = f"{text} {asked_back.answer}"
            facts = asked_back.facts
        return {**out, "answer": text, "citations": citations, "addressed": True,
                "structured": structured.as_dict() if structured else None, "facts": facts, "lead": lead}

    def _one_row(self, structured: StructuredAnswer, case: CaseReading) -> bool:
        """Whether a threshold answer gives one row of att_2-1 only, and every division the case's unread trade words
        could be (their ``choices``, when they have any) lies in that row. The industry stays asked back: the row
        answers the threshold of what the words name ("steel plant", "食品"), it binds no fact of the asker's."""
        rows = {t.get("row") for t in (structured.facts or {}).get("thresholds", [])}
        if len(rows) != 1:
            return False
        row = next(iter(rows))
        for a in case.asks.values():
            if "industry_code" not in a.fields:
                continue
            for choice in a.choices:
                code = re.split(r"[（(\s]", choice, maxsplit=1)[0]
                found = self.structured.select("ask_division", notation=Literal(code[:3]))
                if not found or found[0].get("row") is None or eid_of(found[0]["row"]) != row:
                    return False
        return True

    def _with_trade_read(self, case: CaseReading | None, mentions: list[Mention]) -> list[Mention]:
        """The mentions, with the division the case reader bound the asker's trade to when no name of a
        division or group says it (a verb of the trade: "we print packaging labels", "我们厂印包装盒"):
        the answer and the retrieval look for the row of the industry the case was read as."""
        if case is None or any(m.type in ("IndustryDivision", "IndustryGroup") for m in mentions):
            return mentions
        read = next((f for f in case.facts if f.path == "industry_code"), None)
        division = read and self._division_of_code.get(str(read.value)[:3])  # a class's code: its division
        if not division:
            return mentions
        return [*mentions, Mention(division, "IndustryDivision", read.start, read.end, "code", str(read.value))]

    def case_of(self, q: str, lang: str, mentions: list[Mention], day: date) -> CaseReading | None:
        """What the question states of the asker's case (None: no case, a policy question)."""
        case = self.case_reader.read(q, lang, mentions, day)
        return case if case.stated or case.as_of is not None else None

    def _told(self, case: CaseReading, lang: str, day: date, decide: CaseDeciders | None) -> StructuredAnswer | None:
        """The case decided by the Service's engine (``decide``) and told verdict-first; the systems a
        question places in the construction domains ("which part does our MES fall under") told
        without a decision."""
        if case.asks_domain and case.systems and case.paths() <= {"domains", "industry_code"}:
            return self.teller.domains_of(case, lang)
        if decide is None:
            return None
        decision = decide_case(case, decide, day, self._in_force_from)
        if decision is None:
            return None
        return self.teller.tell(decision, decide.fields, lang)

    def read_case(self, words: str, *, level: str | None = None, as_of: date | None = None,
                  decide: CaseDeciders | None = None) -> dict[str, Any]:
        """What ``words`` state of the asker's case (see ``Service.read_case``); nothing is decided. With
        ``decide`` (the interview's ``say``), a date named by its month or year whose day the decision turns on
        is left unread, as ``answer`` leaves it, not kept on a guessed day."""
        said = columns_as_rows(words.strip())
        q = to_simplified(said)
        reading = self.case_reader.read(said, detect_language(q), self.matcher.find(q), as_of or date.today())
        if decide is not None:
            if level is not None and reading.level is None:
                reading.level = level
            leave_undecided_days(reading, decide, reading.as_of or as_of or date.today())
        out = reading.as_facts()
        out.setdefault("profile", {})
        out.setdefault("events", [])
        out["level"] = level or reading.level
        if reading.as_of is not None:
            out["as_of"] = reading.as_of.isoformat()
        return out

    # -- what the measures do not state or govern, asked in general words (questions16) ------------------

    _DURATIONS = (SFID + "unstated-duration", SFID + "unstated-notice")

    def _cue_groups(self, key: str) -> dict[str, dict[str, re.Pattern[str]]]:
        """The named cues of one group of queries/ask_answers.yaml, each compiled per language."""
        return {k: {lang: re.compile(x, re.I) for lang, x in v.items()} for k, v in self.templates.get(key, {}).items()}

    def _said_of(self, cues: dict[str, dict[str, re.Pattern[str]]], name: str, lang: str, q: str) -> bool:
        pattern = cues.get(name, {}).get(lang)
        return bool(pattern and pattern.search(q))

    def _durations(self, q: str, lang: str, unstated: list[Mention]) -> list[Mention]:
        """The unstated topics of ``q``, the duration of a step added or dropped: a duration asked
        ("多久", "几个月", "多少个工作日", "how long", "how many days") of a step of the procedure (its
        review, filing, notice …) is one the measures do not state -- the notice's length when the notice
        is named -- unless how often it recurs is asked ("多久报一次": art_6's quarterly report) or a length
        the measures do state or another subject's (their validity, the three-year lookback, the title)."""
        cues = self._duration_cues
        if self._said_of(cues, "exists", lang, q) and not self._said_of(cues, "asked", lang, q):
            # whether the step is there at all ("is there a public notice period"): the article answers
            return [m for m in unstated if m.concept not in self._DURATIONS]
        if self._said_of(cues, "often", lang, q) or self._said_of(cues, "other", lang, q):
            return [m for m in unstated if m.concept not in self._DURATIONS]
        if any(m.concept in self._DURATIONS for m in unstated) or not self._said_of(cues, "asked", lang, q) \
                or not self._said_of(cues, "step", lang, q):
            return unstated
        concept = self._DURATIONS[1] if self._said_of(cues, "notice", lang, q) else self._DURATIONS[0]
        if concept not in self.thesaurus.unstated:
            return unstated
        return [*unstated, Mention(concept, "UnstatedTopic", 0, 0, "char", "")]

    def _step_article(self, q: str, lang: str, mentions: list[Mention], unstated: list[Mention]) -> list[str]:
        """The article laying down the step whose duration is asked, first among the "see also" units:
        the best-ranked unit of a step of either level's procedure (art_6 for the basic level's filing)."""
        if not any(m.concept in self._DURATIONS for m in unstated):
            return []
        steps = set().union(*self._step_units.values()) if self._step_units else set()
        ranking = self.retrieve(q, mode="lexical", lang=lang, mentions=mentions, dense=False).ranking
        return [self.units[i].eid for i, _ in ranking if i in steps][:1]

    def _grade_asked(self, q: str, lang: str) -> OutOfScope | None:
        """The criteria of an accident's or incident's grade asked ("直接经济损失1000万算什么等级的事故",
        "较大和一般环境事件怎么划分", "how is a major accident defined"): the grading rules', which the measures
        use (art_5 item 3, art_12 item 3) and do not lay down."""
        cues = self._grade_cues
        grading = SFID + "foreign-accidentgrade"
        if not (self._said_of(cues, "subject", lang, q) and self._said_of(cues, "asked", lang, q)) \
                or self._said_of(cues, "own", lang, q) or grading not in self.matcher.labels:
            return None
        return OutOfScope("foreign", [Mention(grading, "ForeignSubject", 0, 0, "char", "")])

    def _grade_barring(self, why: OutOfScope, q: str, lang: str) -> bool:
        """Only the grading of accidents named, and asked as the grade the measures bar or exclude (the cue
        ``own`` of grade_criteria): the measures' own fact (art_5 item 3), not the grading rules' criteria."""
        grading = SFID + "foreign-accidentgrade"
        return why.kind == "foreign" and bool(why.mentions) and all(m.concept == grading for m in why.mentions) \
            and self._said_of(self._grade_cues, "own", lang, q)

    def _not_stated(self, unstated: list[Mention], lang: str, k: int, first: Iterable[str] = ()) -> dict[str, Any]:
        """What the measures are silent on: said so, with the nearest units as "see also" (``first``
        before them: the article of the step asked about)."""
        topics = list(dict.fromkeys(self.matcher.label(m.concept, lang) for m in unstated))
        notes = self.templates["not_stated"].get("notes", {})
        note = next((notes[c] for m in unstated if (c := m.concept.removeprefix(SFID)) in notes), None)
        steps = list(first)
        if note is not None:  # what the measures do say beside the silence (quest22): its units first
            first = [*note["units"], *steps]
        eids = list(dict.fromkeys([*first, *(e for m in unstated for e in self.thesaurus.unstated[m.concept])]))[:k]
        sep = "、" if lang == "zh" else ", "
        names = sep.join(self.articles.get(e).title.get(lang, e) for e in eids if self.articles.get(e))
        topic = sep.join(topics) if lang == "zh" else ", ".join(t[:1].lower() + t[1:] for t in topics)
        text = self.templates["not_stated"][lang].format(topic=topic, units=names or "—")
        step = next((a for e in steps if (a := self.articles.get(e))), None)
        if step is not None:  # what the step's article does say (art_6's quarterly report, art_8's notice then list)
            text = self.templates["not_stated"]["step"][lang].format(
                topic=topic, title=step.title.get(lang, step.eid), gist=self._gist(step, lang))
        elif note is not None:
            text = note[lang]
        cites = [{"eid": e, "title": a.title.get(lang, ""), "text": a.text.get(lang, ""), "score": 0.0,
                  "see_also": True} for e in eids if (a := self.articles.get(e))]
        return {"answer": text, "citations": cites, "structured": None, "addressed": False,
                "facts": {"not_stated": [m.concept for m in unstated]}}

    def _polar(self, q: str, lang: str, mentions: list[Mention]) -> StructuredAnswer | None:
        """A yes/no question that negates a requirement ("Is it true that a basic-level factory does not need to
        file?", "Can a firm that has not filed still apply for the advanced level?", "难道不需要独立法人资格吗"): the
        rule's verdict first, in words that answer either way of asking, with its unit (quest22). The concept
        answered is the one listed first in ``polar.answers`` among those named (the most specific), per level
        named (one level named: its variant, else ``any``)."""
        cues = self._polar_cues
        if not cues or cues["not_of"][lang].search(q):
            return None
        negated = bool(cues["asked"][lang].search(q) and cues["negated"][lang].search(q))
        if not negated and not cues["applying"][lang].search(q):
            return None
        named = {m.concept for m in mentions}
        concept = next((c for c in self._polar_answers if c in named and (negated or c in self._polar_applying)), None)
        if concept is None:
            return None
        variants = self._polar_answers[concept]
        levels = self.structured.levels(mentions)
        # both levels named: the one named last is asked of ("has not done its basic-level filing: can it go for the
        # advanced level?"), as the case reader takes the advanced one
        named_last = max((m for m in mentions if m.concept in levels), key=lambda m: m.start, default=None)
        level = named_last.concept.removeprefix(SFID) if named_last is not None else None
        chosen = variants.get(level) or variants.get("any") or next(iter(variants.values()))
        return StructuredAnswer("polar", chosen[lang], [e for e in chosen["units"] if e in self.articles],
                                {"concept": concept})

    def _topic_first(self, q: str, mentions: list[Mention], lang: str,
                     structured: StructuredAnswer | None) -> StructuredAnswer | None:
        """A topic of ``topics_first`` (queries/ask_answers.yaml) named, whose answer leads over the graph's answer of
        the intents listed for it, or when there is none (quest23: what is submitted, asked beside a step of the
        procedure, "先进级的申报材料清单在哪里能找到": the materials' answer, not who receives the application)."""
        if lang in self._topics_not and self._topics_not[lang].search(q):
            return None
        firsts = self.templates.get("topics_first", {})
        answers = self.templates.get("topics", {})
        intent = structured.intent if structured is not None else None
        named = {m.concept for m in mentions}
        asked = [Mention(SFID + name, "Topic", 0, 0, "char", "") for name, cues in self._topics_asked.items()
                 if SFID + name not in named and cues[lang].search(q)]
        mentions = [*mentions, *asked]
        for topic in dict.fromkeys(m.concept for m in mentions):
            name = topic.removeprefix(SFID)
            if name in firsts and name in answers and (intent is None or intent in firsts[name]):
                # the level also inside a longer name ("先进级申报材料": the advanced level's application)
                told = self._one_topic_answer(topic, mentions, lang, answers,
                                              self.structured.own_levels_within(mentions), q=q)
                if told is not None:
                    return told
        return None

    def _topic_answer(self, mentions: list[Mention], lang: str, q: str = "") -> StructuredAnswer | None:
        """The answer to a thesaurus topic asked as a whole ("认定为基础级有什么用", "what must we do
        after recognition"), for the level named, when the question names nothing more specific."""
        answers = self.templates.get("topics", {})
        # each topic named, in the question's order: the first whose answer nothing else named makes
        # more specific ("申报先进级对年销售额有没有门槛": not the application, which the revenue line
        # is one condition of, but the revenue line, beside which the application is no other subject)
        named = list(dict.fromkeys(m.concept for m in mentions if m.concept.removeprefix(SFID) in answers))
        for topic in named:
            told = self._one_topic_answer(topic, mentions, lang, answers, q=q)
            if told is not None:
                return told
        return None

    def _one_topic_answer(self, topic: str, mentions: list[Mention], lang: str,
                          answers: dict[str, Any], levels: list[str] | None = None,
                          q: str = "") -> StructuredAnswer | None:
        allowed = {SFID + name for name in answers.get("with", [])}
        variants = dict(answers[topic.removeprefix(SFID)])
        allowed |= {SFID + name for name in variants.pop("with", [])}  # the topic's own
        # concepts of these classes are what the topic is asked of ("不良率下降怎么算": the indicator computed)
        kinds = set(variants.pop("with_types", []))
        # a topic whose words are also every question's (指标, "thresholds") answers only what its cue asks (quest25:
        # the level the indicators must reach, not which industries the table lists)
        asked = variants.pop("asked", None)
        if asked is not None and not re.search(asked.get(lang, "(?!)"), q, re.I):
            return None
        # another concept named by the topic's own words ("expected of us": the obligations, and of them
        # cooperation) is another reading of what was asked, not something more specific beside it
        spans = {(m.space, m.start, m.end) for m in mentions if m.concept == topic}
        others = [m for m in mentions if self.scope.of_measures(m) and m.concept != topic and m.concept not in allowed
                  and (m.space, m.start, m.end) not in spans
                  and "RecognitionLevel" not in self.matcher.types.get(m.concept, {m.type})
                  and not self.matcher.types.get(m.concept, {m.type}) & kinds
                  and m.concept != REG_IRI]  # the measures themselves ("the annexes of the measures")
        if others:
            return None
        levels = [lv.removeprefix(SFID) for lv in (self.structured.levels(mentions) if levels is None else levels)]
        chosen = next((variants[lv] for lv in levels if lv in variants), None) if len(levels) == 1 else None
        chosen = chosen or variants.get("any") or next(iter(variants.values()))
        return StructuredAnswer("topic", chosen[lang], [e for e in chosen["units"] if e in self.articles],
                                {"topic": topic})

    def _outside(self, why: OutOfScope, lang: str) -> dict[str, Any]:
        """A question about something the measures do not govern: said so, with the unit that sets
        their scope (art_2) as "see also"."""
        sep = "、" if lang == "zh" else ", "
        names = list(dict.fromkeys(self.matcher.label(m.concept, lang) if why.kind == "foreign" and m.concept
                                   else m.label for m in why.mentions))
        if lang == "en":
            names = [n[:1].lower() + n[1:] if why.kind == "foreign" and n[1:2].islower() else n for n in names]
        template = self.templates["outside"][why.kind][lang]
        text = template.format(subject=sep.join(names), place=sep.join(names))
        eids = [e for e in self.templates["outside"]["see_also"] if e in self.articles]
        cites = [{"eid": e, "title": a.title.get(lang, ""), "text": a.text.get(lang, ""), "score": 0.0,
                  "see_also": True} for e in eids if (a := self.articles.get(e))]
        return {"answer": text, "citations": cites, "addressed": False, "facts": None,
                "structured": {"intent": "out_of_scope", "answer": text, "units": [],
                               "facts": {"kind": why.kind,
                                         "subjects": list(dict.fromkeys(m.concept or m.label for m in why.mentions))}}}

    def _said(self, r: Retrieval, mentions: list[Mention], lang: str) -> str:
        """What the best unit says, then what its siblings among the next two say when two or more of the
        question's words point to them, and exactly as much: a word naming several items of one list alike
        is answered by each (设备 at the basic level: its production management's equipment assets and its
        production operation's monitoring of key equipment), not by whichever the text ranking put first."""
        top = self.units[r.ranking[0][0]]
        said = [top]
        keys = dict(self.thesaurus.ranked(mentions)) if top.parent else {}
        key = keys.get(top.eid)
        if key is not None and key[0] >= 2:  # two of its words at least (a level and a practice), not one alone
            said += [u for i, _ in r.ranking[1:3]
                     if (u := self.units[i]).parent == top.parent and keys.get(u.eid) == key]
        other = self._counterpart(top) if any(m.concept == _DIFFERENCE for m in mentions) else None
        if other is not None and other not in said:  # the levels told apart on one domain: both annexes' item
            said = sorted([*said, other], key=lambda u: u.eid)  # annex 1 (basic) before annex 2 (advanced)
        return ("" if lang == "zh" else " ").join(_with_eid(self._gist(u, lang), u.eid, lang) for u in said)

    def _both_annexes_first(self, ranking: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """The levels told apart (questions21): the best-ranked item of an annex among the first three (the
        domain asked, "先进级和基础级的生产作业要求有什么区别") and the same item of the other annex, basic first,
        before the rest (art_4 on both levels alone says nothing of the domain)."""
        first = next((i for i, _ in ranking[:3] if self._counterpart(self.units[i]) is not None), None)
        if first is None:
            return ranking
        other = self._eid_index.get(self._counterpart(self.units[first]).eid)
        pair = sorted({first, other} - {None}, key=lambda i: self.units[i].eid)
        score = ranking[0][1]
        return [(i, score) for i in pair] + [x for x in ranking if x[0] not in pair]

    def _counterpart(self, unit: Article) -> Article | None:
        """The same item of the other level's annex (附件1 一、3 生产作业 <-> 附件2 一、3), or None."""
        m = _ANNEX_ITEM.fullmatch(unit.eid)
        return self.articles.get(f"att_{3 - int(m.group(1))}{m.group(2)}") if m else None

    def _gist(self, unit: Article, lang: str) -> str:
        """What the unit says as a direct answer (``ask_answers.yaml``); a unit without one (a
        KPI, a row of the table: short already) by its own text."""
        gist = self.templates.get("gists", {}).get(unit.eid)
        return gist[lang] if gist else self._extract(unit, lang)

    def _citations(self, r: Retrieval, structured: StructuredAnswer | None, k: int, lang: str) -> list[dict]:
        scores = {self.units[i].eid: s for i, s in r.ranking}
        first: list[str] = []
        if structured:
            first = [e for e in structured.units if e in self.articles]
            if structured.rank_units:  # equally exact sources: the one matching the question best first
                first.sort(key=lambda e: -scores.get(e, 0.0))
        rest = [self.units[i].eid for i, _ in r.ranking if self.units[i].eid not in first]
        if structured and structured.intent == "threshold" and any(e.startswith(ROW_PREFIX) for e in first):
            # the asker's industry row only: another industry's row is no further reading for them
            rest = [e for e in rest if not e.startswith(ROW_PREFIX)]
        out = []
        for e in (first + rest)[:k]:
            a = self.articles.get(e)
            # the graph's exact answer outranks any retrieval score
            score = 1.0 if e in first else scores.get(e, 0.0)
            out.append({"eid": e, "title": a.title.get(lang, ""), "text": a.text.get(lang, ""),
                        "score": round(score, 4)})
        return out

    def _extract(self, unit: Article, lang: str) -> str:
        """The unit's title and text; a unit that introduces a list (第五条 …需具备以下条件:) is
        followed by its items, since they are the answer."""
        title, text = unit.title.get(lang, ""), unit.text.get(lang, "")
        m = _NUMBER_PREFIX[lang].match(text)
        if m and title.startswith(m.group(1)):
            text = text[m.end():]
        if text.rstrip().endswith((":", "：")) and unit.children:
            items = [self.articles.get(c) for c in unit.children]
            text = text.rstrip() + " " + " ".join(a.text.get(lang, "") for a in items if a)
        sep = "：" if lang == "zh" else ": "
        return f"{title}{sep}{text}" if title and title not in text else text


def build_caches(kg: KnowledgeGraph) -> str:
    """Build the question index (and with it the embedding cache); a one-line summary for
    ``sfkg build``."""
    index = QuestionIndex(kg)
    d = index.dense
    state = "computed" if d and d.computed else "up to date"
    return (f"{len(index.units)} units indexed; embeddings {d.embeddings.shape[0]}×{d.embeddings.shape[1]} "
            f"({d.model_name}, {state}) in {d.path}" if d else f"{len(index.units)} units indexed (no dense model)")


_SENTENCE_END = re.compile(r"[。！!？?\n]")
_EN_FIRST_END = re.compile(r"\.(?=\s+[A-Z(“\"\u4e00-\u9fff])|\.?\s*$")


def _with_eid(text: str, eid: str, lang: str) -> str:
    """A unit's gist with its eId at the end of its first sentence ("Annex 3 lists 20 reference KPIs in 5 categories
    (att_3).", quest22: the decisive fact and the unit it stands in, first); unchanged when it names the unit."""
    if not text or eid in text:
        return text
    if lang == "zh":
        i = text.find("。")
        return f"{text}（{eid}）" if i < 0 else f"{text[:i]}（{eid}）{text[i:]}"
    m = _EN_FIRST_END.search(text)
    return f"{text[:m.start()]} ({eid}){text[m.start():]}"
_ASKING = re.compile(r"[？?]|[吗么呢嘛]\s*$")


def _asks(q: str, at: int) -> bool:
    """Whether the sentence holding character ``at`` asks (a question mark, or a closing 吗/呢)."""
    start = max((m.end() for m in _SENTENCE_END.finditer(q, 0, at)), default=0)
    end = _SENTENCE_END.search(q, at)
    return bool(_ASKING.search(q[start:end.end() if end else len(q)].rstrip("。！! \n")))


def _said_in_facts(q: str, outside: OutOfScope, case: CaseReading) -> bool:
    """Every word naming the other scheme or procedure overlaps, or adjoins, the words of a fact read of the
    asker's own case (an eligibility case: "工商注册在北京市昌平区" is the registration, "the market regulator fined
    us in April 2025" a violation): they state the case, they ask nothing of that procedure, and the case is
    answered, not declined. The case must state more than where it is registered: "How do I register a new company in
    Beijing?" asks of the procedure, whatever place its words name."""
    spans = [(f.start, f.end) for f in case.facts if f.start >= 0 and f.path != "industry_code"]
    others = {f.path for f in case.facts} - {"industry_code", "registration.province", "registration.district"}
    if outside.kind != "foreign" or case.mode != "eligibility" or not outside.mentions or not spans or not others:
        return False
    if len(others) >= 3 and not any(_asks(q, mention_span(q, m)[0]) for m in outside.mentions):
        # a letter or a form that states a case at length names other matters on the way ("纳税信用A级", an
        # invoice address, a tax number in its signature): they are its context, not what it asks
        return True

    def adjoins(s: int, e: int, a: int, b: int) -> bool:
        return (s < b and a < e) or (e <= a and not q[e:a].strip()) or (b <= s and not q[b:s].strip())
    return all(any(adjoins(s, e, a, b) for a, b in spans) for s, e in (mention_span(q, m) for m in outside.mentions))
