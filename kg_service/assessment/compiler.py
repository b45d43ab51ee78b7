"""SHACL core shapes compiled into Python predicates over the light data graph (datagraph.py).

Each shape of the shapes graph — the same graph pySHACL validates — becomes a ``Compiled`` object:
its targets, its path as a function, and one check per constraint giving the constraint
components it is violated by. Nothing here knows a condition: the constructs are SHACL core's, read
from the graph. A shape using a construct not listed in ``CONSTRAINTS`` (or a path form not in
``_path``) raises ``Unsupported``; the engine then validates that shape with pySHACL.

Semantics follow pySHACL where SHACL leaves room: value nodes are a set; ordering constraints
compare numbers with numbers, dates with dates, strings with strings, and anything else is a
violation; results of a shape's nested sh:property shapes are theirs, not the shape's (the
assessment reads results by top-level shape).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH

from kg_service.assessment.datagraph import Node

NUMERIC = (int, float, Decimal)


class Unsupported(Exception):
    """A construct the compiler does not know; the shape falls back to pySHACL."""


# SHACL predicates that do not constrain (or are handled as targets / by their owner)
IGNORED = {
    SH.message,
    SH.name,
    SH.description,
    SH.severity,
    SH.order,
    SH.group,
    SH.targetClass,
    SH.targetObjectsOf,
    SH.targetSubjectsOf,
    SH.path,
    SH.qualifiedMinCount,
    SH.qualifiedMaxCount,
    SH.deactivated,
    SH.defaultValue,
}


def term(node) -> tuple | None:
    """A constant of the shapes graph in the model's form."""
    if isinstance(node, Literal):
        dt = str(node.datatype) if node.datatype is not None else (f"@{node.language}" if node.language else "")
        return (dt, node.toPython())
    if isinstance(node, URIRef):
        return ("@id", str(node))
    raise Unsupported(f"blank node as a constant: {node}")


def _ordered(a, b) -> int | None:
    """a vs b as pySHACL orders literals (-1, 0, 1), or None when they cannot be compared."""
    if not (isinstance(a, tuple) and isinstance(b, tuple)) or a[0] == "@id" or b[0] == "@id":
        return None
    x, y = a[1], b[1]
    if isinstance(x, bool) or isinstance(y, bool):
        if not (isinstance(x, bool) and isinstance(y, bool)):
            return None
    elif (
        (isinstance(x, NUMERIC) and isinstance(y, NUMERIC))
        or (isinstance(x, date) and isinstance(y, date) and type(x) is type(y))
        or (isinstance(x, str) and isinstance(y, str))
    ):
        pass
    else:
        return None
    return (x > y) - (x < y)


EMPTY: tuple = ()


def _values(n, p: str):
    return n.props.get(p, EMPTY) if n.__class__ is Node else EMPTY


def _unique(vs) -> list:
    out, seen = [], set()
    for v in vs:
        k = id(v) if isinstance(v, Node) else v
        if k not in seen:
            seen.add(k)
            out.append(v)
    return out


def _path(sg: Graph, p) -> Callable[[object], list]:
    if isinstance(p, URIRef):
        ps = str(p)
        return lambda n: n.props.get(ps, EMPTY) if n.__class__ is Node else EMPTY
    if (p, RDF.first, None) in sg:  # a sequence path
        steps = [_path(sg, s) for s in Collection(sg, p)]

        def seq(n):
            cur = [n]
            for step in steps:
                cur = step(cur[0]) if len(cur) == 1 else _unique([v for c in cur for v in step(c)])
            return cur

        return seq
    if (inner := sg.value(p, SH.zeroOrMorePath)) is not None or (inner := sg.value(p, SH.oneOrMorePath)) is not None:
        step = _path(sg, inner)
        with_self = sg.value(p, SH.zeroOrMorePath) is not None

        def closure(n):
            # breadth first, in the order found (a queue read by index: no list.pop(0) shifting the rest)
            seen, out, todo = set(), [], [n, *step(n)] if with_self else list(step(n))
            i = 0
            while i < len(todo):
                v = todo[i]
                i += 1
                k = id(v) if v.__class__ is Node else v
                if k in seen:
                    continue
                seen.add(k)
                out.append(v)
                todo.extend(step(v))
            return out

        return closure
    if (inner := sg.value(p, SH.zeroOrOnePath)) is not None:
        step = _path(sg, inner)
        return lambda n: _unique([n, *step(n)])
    if (alts := sg.value(p, SH.alternativePath)) is not None:
        steps = [_path(sg, s) for s in Collection(sg, alts)]
        return lambda n: _unique(v for s in steps for v in s(n))
    raise Unsupported(f"property path {p}")


class Compiled:
    """One shape: ``violations(focus)`` lists the components its own constraints report."""

    def __init__(self, compiler: ShapeCompiler, shape):
        sg = compiler.sg
        self.iri = shape
        preds = set(sg.predicates(shape, None))
        unknown = {p for p in preds if str(p).startswith(str(SH)) and p not in IGNORED and p not in CONSTRAINTS}
        if unknown:
            raise Unsupported(", ".join(sorted(str(u) for u in unknown)))
        path = sg.value(shape, SH.path)
        self.path = _path(sg, path) if path is not None else None
        self.checks = [
            CONSTRAINTS[p](compiler, shape, o)
            for p, o in sg.predicate_objects(shape)
            if p in CONSTRAINTS and p != SH.property
        ]
        self.properties = [compiler.compile(o) for o in sg.objects(shape, SH.property)]
        self.target_classes = [term(o) for o in sg.objects(shape, SH.targetClass)]
        self.target_objects_of = [str(o) for o in sg.objects(shape, SH.targetObjectsOf)]
        self.target_subjects_of = [str(o) for o in sg.objects(shape, SH.targetSubjectsOf)]
        self.one_class = self.target_classes[0] if len(self.target_classes) == 1 and not (
            self.target_objects_of or self.target_subjects_of) else None

    def violations(self, focus) -> list[URIRef]:
        values = self.path(focus) if self.path is not None else (focus,)
        out = []
        for check in self.checks:
            found = check(focus, values)
            if found:
                out.extend(found)
        return out

    def conforms(self, focus) -> bool:
        values = self.path(focus) if self.path is not None else (focus,)
        for check in self.checks:
            if check(focus, values):
                return False
        for p in self.properties:
            for v in values:
                if not p.conforms(v):
                    return False
        return True

    def targets(self, nodes: list[Node], by_type: dict) -> list[Node]:
        """Focus nodes among ``nodes`` (``by_type``: rdf:type value → the nodes of that type)."""
        if self.one_class is not None:  # the usual case: sh:targetClass alone
            return by_type.get(self.one_class, EMPTY)
        out = []
        for c in self.target_classes:
            out.extend(by_type.get(c, EMPTY))
        for p in self.target_subjects_of:
            out.extend(n for n in nodes if p in n.props)
        for p in self.target_objects_of:
            out.extend(v for n in nodes for v in n.props.get(p, EMPTY))
        return _unique(out) if len(out) > 1 else out


class ShapeCompiler:
    def __init__(self, sg: Graph):
        self.sg = sg
        self._done: dict = {}

    def compile(self, shape) -> Compiled:
        if shape not in self._done:
            self._done[shape] = Compiled(self, shape)
        return self._done[shape]


# ---- constraint components: (compiler, shape, parameter value) → check(focus, values) → [component…]


def _count(cmp, component):
    def make(_c, _s, o):
        n = int(o)
        return lambda f, vs: [component] if cmp(len(vs), n) else []

    return make


def _in(_c, shape, o):
    allowed = {term(x) for x in Collection(_c.sg, o)}
    return lambda f, vs: [SH.InConstraintComponent for v in vs if not (isinstance(v, tuple) and v in allowed)]


def _has_value(_c, _s, o):
    t = term(o)
    return lambda f, vs: [] if t in vs else [SH.HasValueConstraintComponent]


def _compared(ok, component, bounds_of):
    """A value-range (sh:minInclusive …) or property-pair (sh:lessThan …) constraint: each value is
    ordered against each bound (``bounds_of(o)(f)``: the one literal, or the focus node's values of
    the other property); one result per failing or incomparable pair."""
    def make(_c, _s, o):
        bounds = bounds_of(o)

        def check(f, vs):
            out = []
            for v in vs:
                for w in bounds(f):
                    r = _ordered(v, w)
                    if r is None or not ok(r):
                        out.append(component)
            return out

        return check

    return make


def _range(ok, component):
    def bounds_of(o):
        bound = (term(o),)
        return lambda _f: bound

    return _compared(ok, component, bounds_of)


def _pair(ok, component):
    def bounds_of(o):
        other = str(o)
        return lambda f: _values(f, other)

    return _compared(ok, component, bounds_of)


def _logical(kind):
    def make(c, _s, o):
        members = [c.compile(m) for m in Collection(c.sg, o)] if kind != "not" else [c.compile(o)]
        component = {
            "or": SH.OrConstraintComponent,
            "and": SH.AndConstraintComponent,
            "xone": SH.XoneConstraintComponent,
            "not": SH.NotConstraintComponent,
        }[kind]
        test = {
            "or": lambda v: any(m.conforms(v) for m in members),
            "and": lambda v: all(m.conforms(v) for m in members),
            "xone": lambda v: sum(m.conforms(v) for m in members) == 1,
            "not": lambda v: not members[0].conforms(v),
        }[kind]
        return lambda f, vs: [component for v in vs if not test(v)]

    return make


def _node(c, _s, o):
    member = c.compile(o)
    return lambda f, vs: [SH.NodeConstraintComponent for v in vs if not member.conforms(v)]


def _qualified(c, shape, o):
    if c.sg.value(shape, SH.qualifiedValueShapesDisjoint) in (Literal(True),):
        raise Unsupported("sh:qualifiedValueShapesDisjoint")
    member = c.compile(o)
    lo, hi = c.sg.value(shape, SH.qualifiedMinCount), c.sg.value(shape, SH.qualifiedMaxCount)
    lo, hi = (int(lo) if lo is not None else None), (int(hi) if hi is not None else None)

    def check(f, vs):
        n = sum(1 for v in vs if member.conforms(v))
        out = []
        if lo is not None and n < lo:
            out.append(SH.QualifiedMinCountConstraintComponent)
        if hi is not None and n > hi:
            out.append(SH.QualifiedMaxCountConstraintComponent)
        return out

    return check


CONSTRAINTS: dict[URIRef, Callable] = {
    SH.minCount: _count(lambda n, m: n < m, SH.MinCountConstraintComponent),
    SH.maxCount: _count(lambda n, m: n > m, SH.MaxCountConstraintComponent),
    SH["in"]: _in,
    SH.hasValue: _has_value,
    SH.minInclusive: _range(lambda r: r >= 0, SH.MinInclusiveConstraintComponent),
    SH.maxInclusive: _range(lambda r: r <= 0, SH.MaxInclusiveConstraintComponent),
    SH.minExclusive: _range(lambda r: r > 0, SH.MinExclusiveConstraintComponent),
    SH.maxExclusive: _range(lambda r: r < 0, SH.MaxExclusiveConstraintComponent),
    SH.lessThanOrEquals: _pair(lambda r: r <= 0, SH.LessThanOrEqualsConstraintComponent),
    SH.lessThan: _pair(lambda r: r < 0, SH.LessThanConstraintComponent),
    SH["or"]: _logical("or"),
    SH["and"]: _logical("and"),
    SH.xone: _logical("xone"),
    SH["not"]: _logical("not"),
    SH.node: _node,
    SH.qualifiedValueShape: _qualified,
    SH.property: lambda c, s, o: lambda f, vs: [],  # nested shapes: evaluated by Compiled.conforms
}
IGNORED.add(SH.qualifiedValueShapesDisjoint)
