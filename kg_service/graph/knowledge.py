"""The loaded knowledge graph and the named SPARQL queries (``queries/*.rq``) that read it."""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
import threading
from functools import cached_property
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from kg_service.graph.build import load_or_build
from kg_service.graph.namespaces import PREFIXES
from kg_service.settings import Settings, get_settings

log = logging.getLogger("sfkg")


class NamedQueries:
    """``queries/NAME.rq`` files, parsed once and run with bindings."""

    def __init__(self, directory: Path):
        self.directory = directory
        self._prepared: dict[str, Query] = {}
        self._lock = threading.Lock()

    def text(self, name: str) -> str:
        return (self.directory / f"{name}.rq").read_text(encoding="utf-8")

    def ordered(self, name: str) -> bool:
        """Whether the query states its rows' order (ORDER BY, outside comments)."""
        code = "\n".join(line.split("#", 1)[0] for line in self.text(name).splitlines())
        return "ORDER BY" in code.upper()

    def prepare_all(self) -> None:
        """Parse every named query now (the service does so in the background once it is up)."""
        for path in sorted(self.directory.glob("*.rq")):
            self.prepared(path.stem)

    def prepared(self, name: str) -> Query:
        with self._lock:
            if name not in self._prepared:
                self._prepared[name] = prepareQuery(self.text(name), initNs=dict(PREFIXES))
            return self._prepared[name]


class KnowledgeGraph:
    def __init__(self, graph: Graph, sources_hash: str, settings: Settings, *, rebuilt: bool = False):
        self.graph = graph
        self.sources_hash = sources_hash
        self.settings = settings
        self.rebuilt = rebuilt
        self.queries = NamedQueries(settings.queries_dir)
        self._selects: dict | None = None
        self._memo_lock = threading.Lock()

    @classmethod
    def load(cls, settings: Settings | None = None, *, force: bool = False) -> KnowledgeGraph:
        settings = settings or get_settings()
        g, digest, rebuilt = load_or_build(settings, force=force)
        return cls(g, digest, settings, rebuilt=rebuilt)

    def select(self, name: str, *, memo: bool = False, **bindings: Any) -> list[dict[str, Any]]:
        """Run the named SELECT query; rows as dicts of Python values (IRIs stay URIRefs).

        A query without bindings reads the whole graph the same way every time: its rows are kept
        on disk beside the graph cache, keyed by the sources' hash and the query's text, so a
        start-up does not re-run the capabilities' indexing queries (rdflib's SPARQL engine takes
        seconds over them). ``memo=True`` does the same for bindings that come from the graph
        itself (never for bindings taken from user input: the memo would grow without bound)."""
        if not bindings or memo:
            init = sorted((k, (v if isinstance(v, (URIRef, Literal)) else Literal(v)).n3())
                          for k, v in bindings.items())
            key = (name, hashlib.sha256(self.queries.text(name).encode()).hexdigest(), *init)
            rows = self._memo().get(key)
            if rows is None:
                rows = self._run(name, bindings)
                self._remember(key, rows)
            return [dict(r) for r in rows]
        return self._run(name, bindings)

    def _memo_path(self) -> Path:
        # v2: rows of unordered queries sorted (see ``_run``); older files kept the store's order
        return self.settings.cache_dir / f"selects-v2-{self.sources_hash[:16]}.pickle"

    def _memo(self) -> dict:
        with self._memo_lock:
            if self._selects is None:
                self._selects = {}
                try:
                    with self._memo_path().open("rb") as fh:
                        self._selects = pickle.load(fh)  # our own cache file, written below
                except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
                    pass
            return self._selects

    def _remember(self, key: tuple, rows: list[dict]) -> None:
        with self._memo_lock:
            self._selects[key] = rows
            path = self._memo_path()
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name)
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump(self._selects, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, path)
            except OSError as e:  # a read-only data directory only costs speed
                log.warning("cannot keep query results in %s: %s", path, e)

    def _run(self, name: str, bindings: dict[str, Any]) -> list[dict[str, Any]]:
        init = {k: v if isinstance(v, (URIRef, Literal)) else Literal(v) for k, v in bindings.items()}
        result = self.graph.query(self.queries.prepared(name), initBindings=init)
        names = [str(v) for v in result.vars]
        rows = list(result)
        if not self.queries.ordered(name):
            # the store's order differs between processes (and between a built and a loaded graph):
            # rows of a query without ORDER BY come in one fixed order, so that whatever reads them
            # (rankings, citations, the first row) answers the same in every process
            rows.sort(key=lambda row: tuple("" if t is None else t.n3() for t in row))
        return [
            {n: (t.toPython() if isinstance(t, Literal) else t)
             for n, t in zip(names, row, strict=True) if t is not None}
            for row in rows
        ]

    def construct(self, name: str, **bindings: Any) -> Graph:
        init = {k: v if isinstance(v, (URIRef, Literal)) else Literal(v) for k, v in bindings.items()}
        return self.graph.query(self.queries.prepared(name), initBindings=init).graph

    @cached_property
    def labels(self) -> dict[str, dict[str, str]]:
        """IRI → {lang: label}, for naming things in answers."""
        out: dict[str, dict[str, str]] = {}
        for row in self.select("labels"):
            out.setdefault(str(row["s"]), {})[row["lang"]] = row["label"]
        return out


_lock = threading.Lock()
_instance: KnowledgeGraph | None = None


def get_knowledge_graph() -> KnowledgeGraph:
    """The process-wide graph, loaded (or built) on first use."""
    global _instance
    with _lock:
        if _instance is None:
            _instance = KnowledgeGraph.load()
        return _instance
