"""pySHACL, run the way a service needs it: the shapes graph is parsed and harvested once, then
each profile's small data graph is validated in place, and results come back as plain tuples
(no report graph is built: we read source shape, component, focus and value directly).

Nothing here changes pySHACL for anyone else in the process: the runner's speed-ups are on its own
shapes graph object, and it skips the human-readable result descriptions only while it runs (a
context variable: other threads and other callers of ``pyshacl.validate`` get theirs).
"""
from __future__ import annotations

import contextvars
import threading
from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

_QUIET: contextvars.ContextVar[bool] = contextvars.ContextVar("sfkg_shacl_quiet", default=False)
_loaded: dict = {}


def _pyshacl() -> dict:
    """pySHACL, imported when a runner is first made (the compiled engine never needs it: ``sfkg assess``
    does not load it), with the runner's quiet descriptions installed."""
    if not _loaded:
        from pyshacl import Validator
        from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS
        from pyshacl.constraints.constraint_component import ConstraintComponent
        from pyshacl.graph_abstraction import DataGraph

        describe = ConstraintComponent.make_v_result_description

        def _description(self, *args, **kwargs) -> str:
            # Each result (including the many inner results of sh:or and qualified shapes, later discarded)
            # gets a description that stringifies nodes against the shapes graph; the runner never reads it
            # (results are read from their triples), which saves about a tenth of a validation.
            return "" if _QUIET.get() else describe(self, *args, **kwargs)

        if getattr(describe, "__name__", "") != "_description":
            ConstraintComponent.make_v_result_description = _description
        _loaded.update(Validator=Validator, DataGraph=DataGraph, parameters=frozenset(ALL_CONSTRAINT_PARAMETERS))
    return _loaded


def prepare() -> None:
    """Import pySHACL now (the HTTP service, before it reports healthy) rather than with the first runner."""
    _pyshacl()


def _constraint_parameters_only(sg) -> None:
    """Make this ShapesGraph object (the runner's own) answer ``predicate_objects`` of a shape with
    its constraint parameters only, computed once per shape.

    pySHACL asks it once per shape and per validation (it is its only caller outside "advanced"
    mode, which the runner does not use) and tests each predicate against its *list* of parameters;
    our shapes carry annotations (citations, fields, messages, parameters) that each cost a full
    scan of that list: a third of the validation time. The shapes graph does not change after
    loading, so the answer is memoised.
    """
    graph = sg.graph
    parameters = _pyshacl()["parameters"]
    memo: dict[Node, tuple] = {}

    def predicate_objects(s):
        pairs = memo.get(s)
        if pairs is None:
            pairs = memo[s] = tuple((p, o) for p, o in graph.predicate_objects(s) if p in parameters)
        return pairs

    sg.predicate_objects = predicate_objects


@dataclass(frozen=True)
class Violation:
    shape: Node
    component: Node
    focus: Node
    value: Node | None


class ShaclRunner:
    """``only``: the IRIs of the shapes to validate, if not all of them (the batch engine's fallback
    validates the shapes its compiler cannot read, and no others)."""

    def __init__(self, shapes_graph: Graph, focus_class: URIRef, *, only: set[str] | None = None):
        lib = _pyshacl()
        self._validator = lib["Validator"](lib["DataGraph"].from_rdflib_graph(Graph()), shacl_graph=shapes_graph,
                                           options={"inplace": True})
        _constraint_parameters_only(self._validator.shacl_graph)
        shapes = [s for s in self._validator.shacl_graph.shapes
                  if not s.deactivated and (only is None or str(s.node) in only)]
        # Shapes whose only target is the focus class are given the focus node directly: the data
        # graph holds exactly one instance of it, and finding targets is a quarter of the cost.
        self._focused = [s for s in shapes if self._only_targets(s, focus_class)]
        # the rest with targets of their own; shapes without targets (the nested ones) are only
        # evaluated through the shapes that use them, so validating them on their own finds nothing
        self._targeted = [s for s in shapes if s not in self._focused and any(any(t) for t in s.target())]
        self._executor = self._validator.make_executor()
        # pySHACL's shape objects keep per-run caches; one validation at a time per runner
        self._lock = threading.Lock()

    @staticmethod
    def _only_targets(shape, focus_class: URIRef) -> bool:
        nodes, classes, implicit, objects_of, subjects_of = (list(t) for t in shape.target())
        return classes == [focus_class] and not (nodes or implicit or objects_of or subjects_of)

    def validate(self, data: Graph, focus: URIRef) -> list[Violation]:
        """Violations of every shape; ``focus`` is the one instance of the focus class in ``data``."""
        out: list[Violation] = []
        token = _QUIET.set(True)
        try:
            self._run(data, focus, out)
        finally:
            _QUIET.reset(token)
        return out

    def _run(self, data: Graph, focus: URIRef, out: list[Violation]) -> None:
        with self._lock:
            for shape, focus_nodes in [*((s, [focus]) for s in self._focused), *((s, None) for s in self._targeted)]:
                conforms, reports = shape.validate(self._executor, data, focus=focus_nodes)
                if conforms:
                    continue
                for _desc, node, triples in reports:
                    # the triples also describe nested results (sh:detail); keep this result's own
                    fields = {p: o for s, p, o in triples if s == node}
                    value = fields.get(SH.value)
                    out.append(Violation(
                        shape=fields[SH.sourceShape][1],
                        component=fields[SH.sourceConstraintComponent][1],
                        focus=fields[SH.focusNode][1],
                        value=value[1] if isinstance(value, tuple) else value,
                    ))
