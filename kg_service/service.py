"""The application layer: the capabilities, built once and on first use, and the use cases.

Every face is a thin sibling over one ``Service``: the HTTP API (``kg_service.api``), the web pages
(``kg_service.web``) and the command line (``kg_service.cli``). No face imports another; each asks the
service, and only through its use cases (the methods below): a face never reaches a capability the
service holds (``kg``, ``assessor``, ``timeline`` …; tests/test_layering.py checks it). The service
calls the capabilities (assessment, questions, comparison, records, batch, time), which read the graph.

Capabilities are made lazily, the first time a use case needs them: ``sfkg assess`` builds only
the assessor (from its compiled cache: no graph, no torch), while the HTTP service calls ``warm``
before it reports healthy so that no request pays for loading.

Errors a caller can act on are raised as ``kg_service.errors.InputError`` (422) by the capabilities;
what the service itself decides (who may record or read, what exists) is a ``ServiceError`` with
the HTTP status it stands for, which every face renders in its own way.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from kg_service.errors import Picklable
from kg_service.settings import Settings, get_settings

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from rdflib import Graph

    from kg_service.articles import Article, ArticleIndex, Place
    from kg_service.assessment.engine import Assessor
    from kg_service.assessment.fields import ProfileFields, RuleWords
    from kg_service.assessment.revocation import RevocationChecker, RevocationRequest
    from kg_service.batch.jobs import Job, JobManager
    from kg_service.comparison.models import ComparisonOut
    from kg_service.comparison.table import Comparator
    from kg_service.graph import KnowledgeGraph
    from kg_service.industry import IndustryCode
    from kg_service.questions.index import QuestionIndex
    from kg_service.records.keys import ApiKey, KeyStore
    from kg_service.records.store import RecordStore
    from kg_service.time.reform import Reform
    from kg_service.time.timeline import Timeline

log = logging.getLogger("sfkg")
T = TypeVar("T")

ASSESSMENT, REVOCATION = "assessment", "revocation_check"  # record kinds (records.provenance)
CHALLENGE = {"WWW-Authenticate": 'Bearer realm="sfkg"'}


class ServiceError(Picklable, Exception):
    """A use case refused: not an input error, but who may do what, or what exists (401/403/404/503)."""

    status_code = 500
    headers: ClassVar[dict[str, str]] = {}

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NotAuthenticated(ServiceError):
    status_code = 401
    headers: ClassVar[dict[str, str]] = CHALLENGE


class Forbidden(ServiceError):
    status_code = 403


class NotFound(ServiceError):
    status_code = 404


class Unavailable(ServiceError):
    status_code = 503


def _now() -> datetime:
    return datetime.now(UTC)


def without_citations(result: dict) -> dict:
    """The answer of ``explain=false``: the same result without the cited texts."""
    return {**result, "results": [
        {**r, "conditions": [{k: v for k, v in c.items() if k != "citations"} for c in r["conditions"]]}
        for r in result["results"]]}


def _replayed(stored: dict, explain: bool = True) -> dict:
    """A stored record as the answer its first request got (a retry with the same Idempotency-Key)."""
    answer = {k: v for k, v in stored.items() if k != "trace"}
    return answer if explain else without_citations(answer)


class Service:
    """The capabilities of one process, each made on first use, and what the faces may ask of them.

    ``questions``: ``"background"`` (the HTTP service: the embedding model loads in a thread once
    ``start_background`` is called, questions are answered lexically meanwhile) or ``"lazy"`` (the
    command line: the model loads only if a question needs it).
    """

    def __init__(self, kg: KnowledgeGraph | None = None, settings: Settings | None = None, *,
                 questions: str = "lazy"):
        self._kg = kg
        self.settings = settings or (kg.settings if kg is not None else get_settings())
        self._questions_mode = questions
        self._objects: dict[str, Any] = {}
        # re-entrant: a factory may ask for another capability (the comparator needs the articles)
        self._lock = threading.RLock()

    # ---- capabilities, made on first use --------------------------------------------------------
    def get(self, name: str, factory: Callable[[], T]) -> T:
        """The object ``name``, made by ``factory`` the first time it is asked for (faces keep their
        own derived objects here too, e.g. the web form's groups)."""
        obj = self._objects.get(name)
        if obj is None:
            with self._lock:
                obj = self._objects.get(name)
                if obj is None:
                    obj = self._objects[name] = factory()
        return obj

    @property
    def kg(self) -> KnowledgeGraph:
        if self._kg is None:
            with self._lock:
                if self._kg is None:
                    from kg_service.graph import get_knowledge_graph

                    self._kg = get_knowledge_graph()
        return self._kg

    @property
    def articles(self) -> ArticleIndex:
        from kg_service.articles import ArticleIndex

        return self.get("articles", lambda: ArticleIndex(self.kg))

    @property
    def assessor(self) -> Assessor:
        from kg_service.assessment.engine import Assessor

        # from the compiled facts; the graph only if it is loaded already or they must be recompiled
        return self.get("assessor", lambda: Assessor.load(self.settings, kg=self._kg))

    @property
    def timeline(self) -> Timeline:
        """The versions of the measures, with an Assessor per version and reform (the measures' own is
        ``assessor``)."""
        from kg_service.time.timeline import Timeline

        base = self.assessor  # outside the factory: get() holds the lock while a factory runs
        return self.get("timeline", lambda: Timeline(base, self.settings))

    @property
    def revocation_checker(self) -> RevocationChecker:
        from kg_service.assessment.revocation import RevocationChecker

        return self.get("revocation", lambda: RevocationChecker.load(self.settings, kg=self._kg))

    @property
    def questions(self) -> QuestionIndex:
        from kg_service.questions.index import QuestionIndex

        if self._questions_mode == "background":
            return self.get("questions", lambda: QuestionIndex(self.kg, self.articles, background=True))
        return self.get("questions", lambda: QuestionIndex(self.kg, self.articles, lazy=True))

    @property
    def comparator(self) -> Comparator:
        from kg_service.comparison.table import Comparator

        return self.get("comparison", lambda: Comparator(self.kg, self.articles))

    @property
    def batch_jobs(self) -> JobManager:
        """Batch jobs (POST /batch, the web's batch page): each profile under the version in force on
        its as_of, named in its line, as /assess answers it."""
        from kg_service.batch.jobs import JobManager
        from kg_service.time.versioned import VersionedEngine

        return self.get("batch_jobs", lambda: JobManager(
            lambda: VersionedEngine(self.timeline), self.settings.data_dir / "batch",
            max_bytes=self.settings.batch_max_bytes, max_rows=self.settings.batch_max_rows,
            keep_s=self.settings.batch_keep_hours * 3600, quota_bytes=self.settings.batch_quota_bytes))

    @property
    def keys(self) -> KeyStore:
        from kg_service.records.keys import KEYS_FILE, KeyStore

        return self.get("keys", lambda: KeyStore(self.settings.data_dir / KEYS_FILE))

    @property
    def records(self) -> RecordStore:
        """The record store, opened on first use; ``Unavailable`` if it cannot be opened (e.g. held
        by another process)."""
        from kg_service.records.store import open_store

        try:
            return self.get("records", lambda: open_store(self.settings))
        except OSError as e:
            raise Unavailable(f"the record store is not available: {e}") from e

    # ---- building (``sfkg build``, ``sfkg serve``) -----------------------------------------------------
    @staticmethod
    def build(*, force: bool = False) -> Iterator[tuple[str, str]]:
        """The graph (rebuilt when a source changed, or with ``force``), then each cache built from it
        (made on first use otherwise): ``(what, a one-line summary)``, as each is done."""
        from kg_service.assessment.compiled import build_cache as assessment
        from kg_service.graph import KnowledgeGraph
        from kg_service.questions.index import build_caches as questions
        from kg_service.records.store import build_cache as records

        kg = KnowledgeGraph.load(force=force)
        yield "graph", (f"{len(kg.graph)} triples, sources {kg.sources_hash[:16]} "
                        f"({'built' if kg.rebuilt else 'cache up to date'}) in {kg.settings.cache_dir}")
        for name, build in (("assessment", assessment), ("questions", questions), ("records", records)):
            yield name, build(kg)

    def prepare(self) -> None:
        """Build whatever is missing of the graph before serving (once, for all workers)."""
        _ = self.kg

    # ---- lifecycle (the HTTP service) -----------------------------------------------------------
    def warm(self) -> None:
        """Load what the first requests would otherwise pay for, before the service reports healthy."""
        _ = self.assessor, self.revocation_checker, self.timeline
        # what the command line leaves to first use, loaded here: the check that names a refused profile's
        # field (jsonschema), the columns of many profiles (numpy), pySHACL (engine=pyshacl)
        from kg_service.assessment import columnar, profile, shacl  # noqa: F401

        profile.prepare()
        shacl.prepare()
        # the lexical index and structured answers (the model loads later); questions stating a case
        # are decided by the assessor and timeline warmed above, with the profile's fields
        _ = self.questions, self.profile_fields()
        comparator = self.comparator
        for level in comparator.levels():  # parses the comparison queries once
            comparator.compare(level)
        self.warm_records()

    def warm_records(self) -> None:
        self.keys.list()
        try:
            store = self.records
        except Unavailable as e:  # the service still answers everything but records
            log.warning("%s; recording will answer 503", e.message)
            return
        try:
            if store.ensure_kg(self.kg):
                log.info("loaded the knowledge graph into the store (sources %s)", self.kg.sources_hash[:16])
        except Exception as e:  # a stale copy of the graph must not keep the service from starting
            log.warning("could not refresh the knowledge graph in the store: %s", e)

    def start_background(self) -> None:
        """Once everything is warm: load the embedding model without slowing the start; start the batch
        jobs (their sweep removes expired job folders now, then every few minutes)."""
        self.questions.start_loading()
        _ = self.batch_jobs
        # the modules of a reform's impact (a fifth of a second), imported meanwhile rather than by the
        # first POST /reforms/impact and not before /health is green
        threading.Thread(target=_import_later, name="sfkg-import-later", daemon=True).start()
        # every named query parsed once (rdflib takes ~10 ms a query), so that the first question needing one
        # does not pay for it
        threading.Thread(target=self.kg.queries.prepare_all, name="sfkg-prepare-queries", daemon=True).start()

    def status(self) -> dict:
        from kg_service import __version__

        out = {"status": "ok", "version": __version__, "units": len(self.articles),
               "triples": len(self.kg.graph), "sources": self.kg.sources_hash[:16]}
        out["questions"] = {"dense": self.questions.dense_state}
        return out

    # ---- who may record and read ----------------------------------------------------------------
    @staticmethod
    def must_record(key: ApiKey | None, record: bool) -> bool:
        """Whether this call is recorded: on request (needs a key), always for reviewers."""
        if key is None:
            if record:
                raise NotAuthenticated("recording needs an API key (Authorization: Bearer <key> or X-API-Key)")
            return False
        if key.role == "admin" and record:
            # separation of duties: admins manage keys; a decision is recorded under the key of the
            # reviewer or enterprise who takes it (an admin can make itself a reviewer key, which the
            # record then names)
            raise Forbidden("admin keys manage keys and do not record decisions: use a reviewer or enterprise key")
        return record or key.role == "reviewer"

    @staticmethod
    def _owner(key: ApiKey, stated: str | None) -> str | None:
        if key.role == "enterprise":
            if stated is not None and stated != key.scope:
                raise Forbidden("the profile states another enterprise's credit code than this key's")
            return key.scope
        return stated

    @staticmethod
    def _owner_filter(key: ApiKey, owner: str | None) -> str | None:
        if key.can_read_all:
            return owner
        if owner is not None and owner != key.scope:
            raise Forbidden("an enterprise key lists its own records only")
        return key.scope

    # ---- use cases --------------------------------------------------------------------------------
    def assess(self, profile: dict, level: str | None = None, *, explain: bool = True,
               reform: Reform | None = None, engine: str | None = None) -> dict:
        """A checked profile's assessment (the plain JSON of ``POST /assess``) under the version of the
        measures in force on its as_of (and the reform, if any), which the answer names. Decided by the
        compiled shapes; ``engine="pyshacl"`` asks pySHACL, the reference, whose results it then adds.

        With deciders started (``start_deciders``), an assessment asked while another is being decided
        in this process is decided in a forked decider process: the same rules, on another core."""
        deciders: Deciders | None = self._objects.get("deciders")
        if deciders is not None:
            return deciders.run(self.assess_here, "assess_here", profile, level, explain=explain, reform=reform,
                                engine=engine)
        return self.assess_here(profile, level, explain=explain, reform=reform, engine=engine)

    def assess_if_idle(self, profile: dict, level: str | None = None, *, explain: bool = True,
                       reform: Reform | None = None) -> dict | None:
        """``assess`` (compiled engine) in the calling thread if no other decision is being made in this
        process, without waiting; None if one is (or no deciders run), and the caller uses ``assess``. The
        API answers a lone JSON assessment on its event loop with it: a decision takes about 0.3 ms, less
        than the hop to a worker thread and back, while under load ``assess`` still spreads decisions over
        the deciders."""
        deciders: Deciders | None = self._objects.get("deciders")
        if deciders is None:
            return None
        return deciders.run_if_idle(self.assess_here, profile, level, explain=explain, reform=reform)

    def assess_here(self, profile: dict, level: str | None = None, *, explain: bool = True,
                    reform: Reform | None = None, engine: str | None = None) -> dict:
        """``assess`` in this process."""
        return self.timeline.assess(profile, level, explain=explain, reform=reform, engine=engine)

    def start_deciders(self, workers: int | None = None) -> None:
        """Fork the decider processes (SFKG_DECIDERS, default 1): call once everything is loaded and
        before any thread starts (a fork copies one thread only)."""
        workers = self.settings.deciders if workers is None else workers
        if workers > 0 and "deciders" not in self._objects:
            self._objects["deciders"] = Deciders(self, workers)

    def read_profile(self, body: bytes | Path, content_type: str | None = None, *,
                     as_of: str | None = None) -> dict:
        """A checked profile from a body (JSON, JSON-LD or Turtle, by ``content_type``) or a file (by its
        suffix), with ``as_of`` overriding its own; a ``ProfileError`` naming the field otherwise."""
        from kg_service.assessment.profile import check_profile, load_profile_file, parse_body

        if isinstance(body, bytes):
            profile = parse_body(body, content_type or "application/json")
        else:
            profile = load_profile_file(body)
        return check_profile({**profile, "as_of": as_of}) if as_of else profile

    def read_assess_request(self, body: bytes, content_type: str | None,
                            reform_id: str | None = None) -> tuple[dict, Reform | None]:
        """The checked profile of a ``POST /assess`` body (JSON, JSON-LD, Turtle, or a JSON
        ``{"profile": …, "reform": REFORM}``) and the reform to assess under (that body's, or the
        shipped one ``reform_id`` names)."""
        from kg_service.assessment.profile import parse_body
        from kg_service.time.reform import split_request

        chosen = self.reform_by_id(reform_id) if reform_id else None
        chosen, body = split_request(body, content_type, chosen)
        profile = parse_body(body, content_type or "application/json")
        return profile, self.checked_reform(chosen)

    def checked_reform(self, reform: Reform | None) -> Reform | None:
        """The reform, if its parameters fit the measures' (an InputError naming the one that does not)."""
        if reform is not None:
            reform.apply(self.timeline.versions.latest().parameters)
        return reform

    def reform_by_id(self, reform_id: str, where: str = "reform") -> Reform:
        """A shipped reform by id (an InputError naming ``where`` if there is none)."""
        return self.timeline.reform(reform_id, where)

    def load_reform(self, ref: str) -> Reform:
        """A reform from a file (JSON or YAML) or a shipped reform's id, checked against the parameters.
        For the command line only: a request never names a file."""
        from kg_service.time import reform

        return self.checked_reform(reform.load(ref, self.settings))

    def assess_and_record(self, key: ApiKey, profile: dict, level: str | None = None, *,
                          explain: bool = True, idempotency_key: str | None = None,
                          reform: Reform | None = None, engine: str | None = None) -> dict:
        """Assess and record in one go; the record keeps the cited texts even when the answer leaves
        them out (``explain=false``). With an ``Idempotency-Key``, a retry answers the first record."""
        owner = self._owner(key, profile.get("credit_code"))
        store = self.records

        def write(record_id: str | None, extra: list) -> dict:
            started = _now()
            result = self.assess(profile, level, explain=True, reform=reform, engine=engine)
            ended = _now()
            report = result.pop("shacl", None)  # the decision is recorded, not one engine's report of it
            record_id = store.record_assessment(profile, result, key, owner=owner, started=started, ended=ended,
                                                request={"level": level, "explain": explain},
                                                record_id=record_id, extra=extra)
            answer = {**(result if explain else without_citations(result)), "record_id": record_id}
            return answer | ({"shacl": report} if report is not None else {})

        if idempotency_key is None:
            return write(None, [])
        from kg_service.records import idempotency

        return idempotency.once(store, key.key_id, ASSESSMENT, idempotency_key,
                                {"profile": profile, "level": level, "explain": explain,
                                 **({"reform": reform.as_json()} if reform else {})}, write,
                                lambda stored: _replayed(stored, explain))

    def check_revocation(self, request: dict | RevocationRequest) -> dict:
        return self.revocation_checker.check(request)

    def check_revocation_and_record(self, key: ApiKey, request: RevocationRequest, *,
                                    idempotency_key: str | None = None) -> dict:
        owner = self._owner(key, None)
        store = self.records

        def write(record_id: str | None, extra: list) -> dict:
            started = _now()
            result = self.revocation_checker.check(request)
            ended = _now()
            record_id = store.record_revocation(request, result, key, owner=owner,
                                                rules_version=self.assessor.rules_version,
                                                started=started, ended=ended, record_id=record_id, extra=extra)
            return {**result, "record_id": record_id}

        if idempotency_key is None:
            return write(None, [])
        from kg_service.records import idempotency

        return idempotency.once(store, key.key_id, REVOCATION, idempotency_key,
                                request.model_dump(mode="json", exclude_none=True), write, _replayed)

    def read_case(self, words: str, *, level: str | None = None, as_of: date | None = None) -> dict:
        """What ``words`` (Chinese or English) state of the asker's case, read only -- nothing is decided:
        ``CaseReading.as_facts()`` (questions/case): ``{"mode": "eligibility" | "revocation", "level": the level
        asked about (``level`` if given) or None, "profile": partial EnterpriseProfile, "spans": {field path:
        source words}, "unread": [words not bound to one field], "events": [revocation events]}``, plus
        ``"as_of"`` when the words imply the date of the application ("applying next year"). ``as_of`` is the
        day relative dates are read from ("two years ago"). A value the words do not bind to exactly one field
        is left in ``unread``, never guessed."""
        return self.questions.read_case(words, level=level, as_of=as_of or date.today())

    def interview(self, body: Any) -> dict:
        """One step of the guided interview (``POST /interview``): ``body`` ``{facts, unknown, level, as_of?,
        say?}``; the facts (with ``say`` read and merged), the verdict so far, what is decided, and the next
        question. Every status is decided here, by ``assess`` (the version in force on as_of); ``say`` is read
        by ``read_case``. An InputError names a bad field of the body."""
        from kg_service.interview.guide import Interviewer
        from kg_service.interview.models import InterviewIn
        from kg_service.interview.wording import Wording

        req = InterviewIn.parse(body)
        guide = self.get("interviewer", lambda: Interviewer(
            self.profile_fields(), Wording.load(self.settings.queries_dir / "interview.yaml")))
        from kg_service.questions.case.deciding import CaseDeciders

        # `say` is read as /ask reads a stated case: a month whose day the verdict turns on is asked, not guessed
        days = CaseDeciders(assess=lambda profile, level: self.assess(profile, level, explain=False),
                            revocation=self.check_revocation, fields=self.profile_fields())
        # the step's own verdict is assess's; the many what-ifs that weigh a field need the statuses alone,
        # decided here by the same timeline and engine (a hop to a decider would cost more than each one)
        return guide.step(req, lambda profile: self.assess(profile, req.level, explain=False),
                          lambda words: self.questions.read_case(words, level=req.level, as_of=req.as_of,
                                                                 decide=days),
                          statuses=lambda profile: self.timeline.statuses(profile, req.level))

    def ask(self, question: str, k: int = 5, *, as_of: date | None = None,
            reform: Reform | str | None = None) -> dict:
        """A question's answer (``GET /ask``). When it states the asker's case, the case is decided here,
        once, by this Service's own use cases: ``assess`` of the partial profile it states (the version in
        force on the date the question implies, or ``as_of``, or today; under ``reform``, a shipped one's
        id or a reform read already), or ``check_revocation`` of the events of a recognised factory; the
        question capability reads the case and words the decision. An unknown reform is an InputError."""
        out = self.ask_with_lead(question, k, as_of=as_of, reform=reform)
        out.pop("lead", None)
        return out

    def ask_with_lead(self, question: str, k: int = 5, *, as_of: date | None = None,
                      reform: Reform | str | None = None) -> dict:
        """``ask``, with ``lead``: the answer's first sentence as it was told (the verdict of a stated case,
        the fact asked for), which the web page sets apart; the whole answer when that is one statement."""
        from kg_service.questions.case.deciding import CaseDeciders

        chosen = self.checked_reform(self.reform_by_id(reform) if isinstance(reform, str) else reform)
        decide = CaseDeciders(assess=lambda profile, level: self.assess(profile, level, explain=False, reform=chosen),
                              revocation=self.check_revocation, fields=self.profile_fields_under(chosen))
        return self.questions.answer(question, k, as_of=as_of, decide=decide)

    def compare(self, level: str, schemes: str | list[str]) -> ComparisonOut:
        return self.comparator.compare(level, schemes)

    def comparison_options(self) -> dict[str, list[str]]:
        """What ``compare`` accepts: the levels compared and the schemes, in column order."""
        return {"levels": self.comparator.levels(), "schemes": self.comparator.schemes()}

    def read_record(self, key: ApiKey, record_id: str, kind: str) -> dict:
        """A recorded decision with its trace, if ``key`` may read it (404 unknown, 403 another's)."""
        record = self.records.get(record_id)
        if record is None or record["trace"]["kind"] != kind:
            raise NotFound(f"no {kind.replace('_', ' ')} record {record_id!r}")
        if not key.may_read(record["trace"]["owner"]):
            raise Forbidden("this record belongs to another enterprise")
        return record

    def list_records(self, key: ApiKey, kind: str, *, subject: str | None = None, owner: str | None = None,
                     limit: int = 50, offset: int = 0) -> list[dict]:
        """Summaries of the records ``key`` may see, newest first (``subject``: profile or factory id)."""
        return self.records.list(kind=kind, profile_id=subject, owner=self._owner_filter(key, owner),
                                 limit=limit, offset=offset)


    # ---- the measures and their reference facts ---------------------------------------------------
    def article(self, eid: str) -> Article | None:
        """One unit of the measures by eId (None if there is none)."""
        return self.articles.get(eid)

    def article_tree(self) -> list[dict]:
        """The top-level units with their children nested (eId, titles)."""
        return self.articles.tree()

    def article_place(self, eid: str) -> Place | None:
        """Where a unit stands: its ancestors and its neighbours in document order."""
        return self.articles.place(eid)

    def sparql_graph(self) -> Graph:
        """The knowledge graph ``/sparql`` answers from (read-only; records are never in it)."""
        return self.kg.graph

    def unit_count(self) -> int:
        return len(self.articles)

    def document(self) -> dict[str, str]:
        """The measures as a document: number, titles, dates issued and in force."""
        return self.get("document", lambda: {k: str(v) for k, v in self.kg.select("document")[0].items()})

    THRESHOLDS_KEPT = 4096  # industry codes whose answer is kept (GB/T 4754-2017 has ~1,400 classes)

    def thresholds(self, industry: IndustryCode) -> dict:
        """The att_2-1 thresholds of an industry (404 in the one error body if it has none).

        Two SPARQL queries over the graph (~4 ms) for an answer that only the code decides: kept, the
        refusals too, so that GET /thresholds stays a cheap route under load (issue 19)."""
        from kg_service import reference

        kept = self.kept_thresholds(industry)
        if kept is not None:
            return kept
        try:
            got: dict | Exception = reference.thresholds(self.kg, industry)
        except reference.ReferenceNotFound as e:
            got = e
        store: dict = self.get("thresholds_kept", dict)
        if len(store) >= self.THRESHOLDS_KEPT:
            store.clear()  # bounded: codes of the right form are many; real ones few
        store[industry.code] = got
        return self.kept_thresholds(industry)

    def kept_thresholds(self, industry: IndustryCode) -> dict | None:
        """``thresholds`` if its answer is kept (a copy; a kept refusal is raised), else None: in memory,
        never blocking (the HTTP face answers it on the event loop)."""
        import copy

        got = self.get("thresholds_kept", dict).get(industry.code)
        if isinstance(got, Exception):
            raise copy.copy(got)
        return copy.deepcopy(got)

    def kpis(self) -> list[dict]:
        """The att_3 KPI catalogue, by category."""
        from kg_service import reference

        return self.get("kpis", lambda: reference.kpis(self.kg))

    def threshold_table(self) -> dict:
        """att_2-1 as a table: one row per industry group (its divisions and thresholds), columns in order."""
        from kg_service import reference

        return self.get("threshold_table", lambda: reference.threshold_table(self.kg))

    # ---- the profile and the rules in words (forms, templates) -------------------------------------
    def profile_fields(self) -> ProfileFields:
        """The profile's fields: labels, units, which conditions read each, the enumerated values' labels."""
        from kg_service.assessment.fields import profile_fields

        return self.get("profile_fields", lambda: profile_fields(self.assessor))

    def profile_fields_under(self, reform: Reform | None) -> ProfileFields:
        """``profile_fields`` with the words of the rules under ``reform`` (the latest version's parameters
        with the reform's values: "≥ 1500 万元" where a reform lowered the revenue line)."""
        if reform is None:
            return self.profile_fields()
        from kg_service.assessment.fields import profile_fields

        version = self.timeline.versions.latest()
        params = self.timeline.parameters(version, reform)
        cache: dict = self.get("profile_fields_under", dict)
        got = cache.get(params.key())
        if got is None:
            got = profile_fields(self.timeline.assessor(version, reform, params))
            if len(cache) < 64:
                cache[params.key()] = got
        return got

    def rule_words(self, day: date | None = None) -> RuleWords:
        """The look-back window and the disqualifying grade of the version in force on ``day`` (today)."""
        from kg_service.assessment.fields import rule_words

        version, params, _note = self.timeline.select(day or date.today())
        return rule_words(version.id, params, self.timeline.assessor(version, None, params))

    def condition_labels(self) -> dict[str, dict[str, str]]:
        """Each condition's label by its id, in both languages (the ontology's): how pages name a condition."""
        return {cid: dict(c.label) for cid, c in self.assessor.rules.conditions.items()}

    def rules_version(self) -> str:
        """The hash of the rules (corpus, ontology, shapes) this process assesses with."""
        return self.assessor.rules_version

    # ---- API keys ---------------------------------------------------------------------------------
    def create_key(self, role: str, scope: str | None = None, label: str | None = None) -> tuple[ApiKey, str]:
        """A new key and its secret (shown this once; stored as a scrypt hash)."""
        return self.keys.create(role, scope, label)

    def list_keys(self) -> list[ApiKey]:
        return self.keys.list()

    def revoke_key(self, key_id: str) -> bool:
        """Whether there was such a key (now revoked)."""
        return self.keys.revoke(key_id)

    def known_key(self, token: str) -> ApiKey | None:
        """The key a token stands for if it was verified lately (no hashing: cheap on the event loop)."""
        return self.keys.verify_cached(token)

    def verify_key(self, token: str) -> ApiKey | None:
        """The key a token stands for, None if invalid or revoked (scrypt: blocking, off the event loop)."""
        return self.keys.verify(token)

    # ---- the record store, from the command line (``sfkg records``: the service stopped) ----------
    def record(self, record_id: str) -> dict | None:
        """A record as stored, with its trace (the operator's own store: no key)."""
        return self.records.get(record_id)

    def recorded(self, *, profile_id: str | None = None, limit: int = 50) -> list[dict]:
        """Summaries of the recorded assessments, newest first."""
        return self.records.list(profile_id=profile_id, limit=limit)

    def check_records(self) -> tuple[int, list[str]]:
        """How many records there are, and what is wrong with any (a missing completion marker …)."""
        store = self.records
        ids = store.record_ids()
        return len(ids), [p for i in ids for p in store.check(i)]

    def close(self) -> None:
        """Close the record store if this process opened it (one process at a time holds the embedded one)."""
        store = self._objects.pop("records", None)
        if store is not None:
            store.close()

    # ---- the measures in time: parameters, versions, reforms --------------------------------------
    def parameters(self, version: str | None = None, reform_id: str | None = None, *,
                   reform: Reform | None = None) -> dict:
        """Every parameter of a version (default: the latest), under a reform (a shipped one's id, or
        ``reform`` itself)."""
        v = self.timeline.version(version)
        chosen = self.reform_by_id(reform_id) if reform_id else reform
        params = self.timeline.parameters(v, chosen)
        return {"version": v.id, **({"reform": chosen.named()} if chosen else {}), "parameters": params.as_json()}

    def versions(self) -> dict:
        return {"versions": [v.as_json() for v in self.timeline.versions.versions]}

    def versions_diff(self, frm: str, to: str, to_reform: Reform | None = None) -> dict:
        return self.timeline.diff(frm, to, to_reform)

    def reforms(self) -> dict:
        return {"reforms": [r.as_json() for r in self.timeline.reforms.values()]}

    def reform_impact(self, body: Any) -> dict:
        """Which profiles of a population change verdict under a reform (on the batch engine), for a
        request body ``{"reform", "profiles", "level"?}``."""
        from kg_service.time import impact

        profiles = body.get("profiles") if isinstance(body, dict) else None
        if isinstance(profiles, list):
            self._population_bound(profiles, "profiles")
        return impact.from_request(self.timeline, body)

    def _population_bound(self, profiles: Sequence, field: str) -> None:
        """A reform's population is at most SFKG_REFORM_MAX_ROWS profiles (413 before any work)."""
        from kg_service.errors import PayloadTooLarge

        bound = self.settings.reform_max_rows
        if len(profiles) > bound:
            raise PayloadTooLarge(field, f"{len(profiles):,} profiles; at most {bound:,} are assessed under a "
                                         "reform at once (the bound SFKG_REFORM_MAX_ROWS; use POST /batch)")

    def impact_of(self, reform: Reform, profiles: Sequence, level: str | None = None) -> dict:
        """``reform_impact`` for a reform already read (a file, a form)."""
        from kg_service.time import impact

        self._population_bound(profiles, "population_file")
        return impact.impact(self.timeline, reform, profiles, level)

    def demo_population(self) -> list[dict]:
        """The population shipped for trying reforms (reforms/demo-population.jsonl)."""
        from kg_service.time import reform

        return self.get("demo_population", lambda: reform.demo_population(self.settings))

    def reassess(self, key: ApiKey, record_id: str, version: str | None = None,
                 reform_id: str | None = None) -> dict:
        """A recorded assessment again under another version or a reform, condition by condition."""
        from kg_service.time.reassess import reassess

        record = self.read_record(key, record_id, ASSESSMENT)
        return reassess(self.timeline, record, version, self.reform_by_id(reform_id) if reform_id else None)

    # ---- batch ------------------------------------------------------------------------------------
    def read_batch_file(self, path: Path) -> list:
        """The rows of a batch file (.jsonl, .json, .csv, .xlsx): each a profile or its error;
        ``BatchFileError`` if the file as a whole cannot be read."""
        from kg_service.batch.io import read_file

        _kind, rows = read_file(path)
        return list(rows)

    def submit_batch(self, data: bytes, kind: str, filename: str = "", *, level: str | None = None,
                     as_of: str | None = None, full: bool = False) -> Job:
        """A batch job for an upload (read and bounded at once; 413/422 before any work), assessed by
        one worker thread; each profile under the version in force on its as_of (``full``: every line of
        results.jsonl whole)."""
        return self.batch_jobs.submit(data, kind, filename, level=level, as_of=as_of, full=full)

    def batch_job(self, job_id: str) -> Job | None:
        return self.batch_jobs.get(job_id)

    def batch_file(self, job_id: str, name: str) -> Path | None:
        """A file of a finished job (results.jsonl, results.csv, errors.csv, summary.json, report.html)."""
        return self.batch_jobs.file(job_id, name)

    def batch_max_bytes(self) -> int:
        """The bound of an upload (SFKG_BATCH_MAX_BYTES): a larger one is refused before it is read."""
        return self.batch_jobs.max_bytes

    def write_batch_template(self, path: Path, kind: str) -> None:
        """An empty batch file (csv or xlsx): the field paths, then their Chinese and English labels."""
        from kg_service.batch.io import write_template

        write_template(path, kind)

    def run_batch(self, rows: list, out: Path, *, level: str | None = None, as_of: str | None = None,
                  reform: Reform | None = None, workers: int | None = None,
                  progress: Callable[[int], None] | None = None, source: str = "",
                  on_fallback: Callable[[str, str], None] | None = None, full: bool = False) -> dict:
        """Assess rows into ``out`` (the five files), each profile under the version in force on its
        as_of (and the reform), named in its line as ``POST /assess`` names it; summary.json's content.
        ``on_fallback(shape, why)`` hears of each shape validated row by row, before the run. ``full``:
        results.jsonl with every answer whole (else lean lines, rebuilt from summary.json)."""
        from kg_service.batch.run import run
        from kg_service.time.versioned import VersionedEngine

        engine = VersionedEngine(self.timeline, reform)
        for iri, why in engine.fallback_shapes.items():
            if on_fallback is not None:
                on_fallback(iri, why)
        return run(rows, out, engine, level=level, as_of=as_of, progress=progress, source=source, workers=workers,
                   full=full)


def _import_later() -> None:
    import kg_service.time.impact  # noqa: F401


_DECIDING: Service | None = None  # in a decider process: the service it was forked with


def _decider_started(parent: int) -> None:
    """In a new decider: Ctrl-C is the server's to handle; and the decider ends when the server does,
    even killed (SIGKILL leaves no one to shut the pool down)."""
    import os
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="sfkg-decider-watch", daemon=True).start()


def _decide(method: str, args: tuple, kwargs: dict) -> tuple[bool, Any]:
    """In a decider: a Service method's answer, or the error it raised (as a value: an error in the
    decision is the caller's, unlike a failure to get an answer at all)."""
    try:
        return True, getattr(_DECIDING, method)(*args, **kwargs)
    except Exception as e:
        return False, e


class Deciders:
    """Decisions in forked processes, so that the costly routes use a core the event loop does not.

    One process runs the event loop, the cheap routes and the costly routes' threads under one GIL; a
    second core helps only from another process. A decision asked while none is being decided in this
    process is decided here (one client keeps its latency: no pickling, no pipe); one asked while another
    is (the service under load) goes to a decider, forked from the warm service (everything loaded,
    nothing to build). A decider that dies or does not answer is replaced and the decision made here:
    the answer never depends on the way it was made."""

    TIMEOUT_S = 60.0

    def __init__(self, service: Service, workers: int):
        global _DECIDING
        _DECIDING = service
        self.workers = workers
        self._lock = threading.Lock()
        self._busy_here = False
        self.sent = self.failed = 0  # decisions a decider made; deciders that failed
        self._pool = self._start()

    def _start(self):
        import multiprocessing
        import os
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_decider_started, initargs=(os.getpid(),))
        pool.submit(int).result()  # forked now (a fork-context pool starts all its processes on first use)
        return pool

    def run(self, here: Callable[..., T], method: str, *args, **kwargs) -> T:
        if self._claim_here():
            return self._decide_here(here, *args, **kwargs)
        return self.run_there(here, method, *args, **kwargs)

    def run_if_idle(self, here: Callable[..., T], *args, **kwargs) -> T | None:
        """``here`` in this thread if no decision is being made in this process; None at once otherwise."""
        return self._decide_here(here, *args, **kwargs) if self._claim_here() else None

    def _claim_here(self) -> bool:
        """Whether a decision may be made in this process now (none is being made): claimed if so."""
        with self._lock:
            if self._busy_here:
                return False
            self._busy_here = True
            return True

    def _decide_here(self, here: Callable[..., T], *args, **kwargs) -> T:
        try:
            return here(*args, **kwargs)
        finally:
            self._busy_here = False

    def run_there(self, here: Callable[..., T], method: str, *args, **kwargs) -> T:
        """``method`` of the service in a decider (``here`` if the decider fails)."""
        pool = self._pool
        try:
            ok, value = pool.submit(_decide, method, args, kwargs).result(timeout=self.TIMEOUT_S)
        except Exception as e:  # the decider, not the decision, failed: replace it, decide here
            log.warning("a decider process failed (%s: %s): replaced; this decision is made in the server",
                        type(e).__name__, e)
            self._replace(pool)
            self.failed += 1
            return here(*args, **kwargs)
        self.sent += 1
        if not ok:
            raise value
        return value

    def pids(self) -> list[int]:
        return [p.pid for p in getattr(self._pool, "_processes", {}).values()]

    def _replace(self, pool) -> None:
        with self._lock:
            if self._pool is not pool:
                return  # another thread did
            for proc in list(getattr(pool, "_processes", {}).values()):  # a stuck one is not waited for
                proc.kill()
            pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._start()

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


__all__ = ["ASSESSMENT", "REVOCATION", "Forbidden", "NotAuthenticated", "NotFound", "Service", "ServiceError",
           "Unavailable", "without_citations"]
