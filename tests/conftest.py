"""Shared fixtures: one service app per test session (the graph and capabilities load once)."""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"  # the contract, reference facts and seeds, next to the checkout
CONTRACT = SHARED / "contract"


def ask(client, q: str, **params) -> dict:
    """GET /ask through the test client: the answer's JSON, after checking it is a 200."""
    r = client.get("/ask", params={"q": q, **params})
    assert r.status_code == 200, r.text
    return r.json()


def answered(client, q: str) -> tuple[dict, str]:
    """An /ask answer that addresses the question, with its first sentence (what the asker reads first)."""
    from kg_service.questions.evaluation import first_sentence

    body = ask(client, q)
    assert body["addressed"] is not False, (q, body["answer"])
    return body, first_sentence(body["answer"])


def declined(client, q: str) -> dict:
    """An /ask answer that declines the question (outside the measures)."""
    body = ask(client, q)
    assert body["addressed"] is False, (q, body["answer"])
    return body


def eids(body: dict) -> list[str]:
    """The eIds an /ask answer cites, best first."""
    return [c["eid"] for c in body["citations"]]


def shared_file(path: Path) -> Path:
    """``path`` (under ../shared) if it is there; otherwise the test is skipped, saying what is missing."""
    if not path.exists():
        pytest.skip(f"needs {path} (the shared contract files, expected in ../shared next to the checkout); "
                    "not found, so this test cannot run here")
    return path


def built_knowledge_graph():
    """The checkout's graph and compiled rules, built once: under a file lock, so that parallel test
    workers (pytest-xdist) do not build them side by side."""
    from filelock import FileLock

    from kg_service.assessment.compiled import load_compiled
    from kg_service.graph import get_knowledge_graph
    from kg_service.settings import get_settings

    cache = get_settings().cache_dir
    cache.mkdir(parents=True, exist_ok=True)
    with FileLock(str(cache / ".tests-build.lock")):
        kg = get_knowledge_graph()
        load_compiled(kg.settings, kg)
    return kg

def facts(reading) -> dict:
    """The values a case reading holds, by field path (the reading tests compare them with what was stated)."""
    return {f.path: f.value for f in reading.facts}


def read_events(r) -> list[dict]:
    """The revocation events a reading holds, without their dates (the reading tests compare kinds and grades)."""
    return [{k: v for k, v in e.as_dict().items() if k != "date"} for e in r.events]


def case_reader(today):
    """``read(q, today=today)``: the CaseReader's reading of a question, as /ask reads it (the graph's
    concept matcher, the question's language). The reading tests share it, each with its own today."""
    from kg_service.questions.case.passage import columns_as_rows
    from kg_service.questions.case.reader import CaseReader
    from kg_service.questions.structured import ConceptMatcher
    from kg_service.questions.text import detect_language

    kg = built_knowledge_graph()
    matcher, reader = ConceptMatcher.from_graph(kg), CaseReader(kg)

    def _read(q: str, today=today):
        q = columns_as_rows(q)  # (a pasted table read across, as /ask lays it out before reading)
        return reader.read(q, detect_language(q), matcher.find(q), today)
    return _read



def data_dir_with_caches(data: Path) -> Path:
    """``data`` as a data directory holding a copy of the checkout's built caches (graph, compiled
    rules, embeddings): a command or an app run on it starts without rebuilding anything."""
    kg = built_knowledge_graph()
    shutil.copytree(kg.settings.cache_dir, data / "cache", dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    return data


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    """The service over the checkout's graph, on a data directory of this test session's own (its
    store, keys and batch jobs): parallel workers, and a service running from the checkout, never
    share a store."""
    from dataclasses import replace

    from kg_service.graph import KnowledgeGraph
    from kg_service.server import create_app

    kg0 = built_knowledge_graph()
    data = data_dir_with_caches(tmp_path_factory.mktemp("session-data"))
    app = create_app(KnowledgeGraph(kg0.graph, kg0.sources_hash, replace(kg0.settings, data_dir=data)))
    # the embedding model loads in the background; tests of retrieval want it loaded
    assert app.state.sfkg.questions.wait_dense(timeout=300)
    return app


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="session")
def dev_cases() -> list[dict]:
    return json.loads(shared_file(CONTRACT / "dev-cases.json").read_text(encoding="utf-8"))


@contextmanager
def serve(app) -> Iterator[str]:
    """``app`` served by uvicorn on a free loopback port (in a thread), for real HTTP clients: its base URL."""
    import socket
    import threading
    import time

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(app):
    """The app served by uvicorn on a free loopback port, for real HTTP clients."""
    with serve(app) as base:
        yield base


def app_on_data_dir(data: Path):
    """The service app over the shared graph but its own data directory (records, keys), not warmed
    but for its record store: for tests that write records."""
    from dataclasses import replace

    from kg_service.graph import KnowledgeGraph
    from kg_service.server import create_app

    kg0 = built_knowledge_graph()
    data_dir_with_caches(data)
    app = create_app(KnowledgeGraph(kg0.graph, kg0.sources_hash, replace(kg0.settings, data_dir=data)), warm=False)
    app.state.sfkg.warm_records()
    return app



# ---- pytest-xdist: the long files first ---------------------------------------------------------------

def _has_slow_tests(path: Path) -> bool:
    try:
        return "pytest.mark.slow" in path.read_text(encoding="utf-8")
    except OSError:
        return False


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """``--dist loadfile`` (scripts/test) hands out the files with the most tests first; the few files
    whose tests run long (marked ``slow``: the 10,000-profile differential, the browsers, the servers)
    then came last, and one worker ran them alone while the others idled. Here they are handed out
    first, the rest in xdist's order; a file's tests still stay together, in order, on one worker."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class LongFilesFirst(LoadFileScheduling):
        _ordered = False

        def _assign_work_unit(self, node):
            if not self._ordered:  # the first assignment: the work queue is complete
                self._ordered = True
                scopes = sorted(self.workqueue, key=lambda s: not _has_slow_tests(config.rootpath / s))
                self.workqueue = type(self.workqueue)((s, self.workqueue[s]) for s in scopes)
            super()._assign_work_unit(node)

    return LongFilesFirst(config, log)
