"""SHACL core over a whole population at once: the shapes compiled into operations on columns (numpy).

The population's data graphs — each the same triples as ``datagraph.build`` gives one profile (the
profile through the JSON-LD context, the date assessed for and the look-back window on its nested
nodes, its industry's section, one observation per att_2-1 indicator) — are held as one graph of
integer ids: literals and IRIs interned as terms, nodes numbered after them, each node knowing the
row (profile) it belongs to, and for each property read by some shape the sorted (subject, object)
pairs. A path maps an array of focus nodes to the pairs (focus index, value); a constraint maps those
pairs to a mask over the focus nodes. Every row is evaluated by the same operations at once, so the
cost depends on the number of rows and values, not on how often rows repeat.

Semantics are the compiled single-row engine's (``compiler.py``), itself held equal to pySHACL: value
nodes are sets; ordering constraints compare numbers with numbers (exactly: when two distinct numbers
share a float, ranks from exact comparison are used), dates with dates, strings with strings, booleans
with booleans, anything else is a violation; results of a shape's nested property shapes are theirs.
A shape using a construct not handled here raises ``Unsupported``; the caller evaluates it row by row.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from itertools import chain, compress, repeat
from operator import is_not

import numpy as np
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH

from kg_service.assessment.compiler import CONSTRAINTS, IGNORED, Unsupported, term
from kg_service.assessment.datagraph import (
    AS_OF,
    DEC,
    DEFINED_IN,
    FIRST,
    INDICATOR,
    OBSERVATION,
    OBSERVED,
    PROFILE_TYPE,
    REST,
    SECTION,
    THRESHOLD,
    TYPE,
    WINDOW_START,
    XSD_DATE,
    FactCache,
    literal,
    profile_terms,
)
from kg_service.assessment.facts import window_start
from kg_service.assessment.profile import as_of as profile_as_of

# kinds of ids: ordering constraints compare ids of the same orderable kind only
NODE, IRI, BOOL, NUM, DATE, STR, OTHER = range(7)
ORDERABLE = np.array([False, False, True, True, True, True, False])
I64 = np.int64
EMPTY = np.zeros(0, dtype=I64)


def _unique(keys: np.ndarray) -> np.ndarray:
    """The sorted distinct values (a sort and a comparison: faster than np.unique's hashing here; no
    sort when they are in order already, as most properties' triples are made)."""
    if len(keys) < 2:
        return keys.copy()
    if not (keys[1:] > keys[:-1]).all():
        keys = np.sort(keys)
    keep = np.empty(len(keys), dtype=bool)
    keep[0] = True
    np.not_equal(keys[1:], keys[:-1], out=keep[1:])
    return keys[keep]


def _kind(t: tuple) -> int:
    dt, v = t
    if dt == "@id":
        return IRI
    if isinstance(v, bool):
        return BOOL
    if isinstance(v, (int, float, Decimal)):
        return NUM
    if type(v) is date:
        return DATE
    if isinstance(v, str):
        return STR
    return OTHER  # datetimes and other values: compared by nothing in the data (literal() makes none)


_KIND_OF = {bool: BOOL, int: NUM, float: NUM, Decimal: NUM, date: DATE, str: STR}  # _kind's, by exact class


def _decimal(v):
    """An xsd:decimal value in the form its term is kept in: the number itself where the float prints as
    the decimal (Decimal(str(x)) is what datagraph.literal makes of a number x; equal numbers give equal
    terms, as equal Decimals do), saving a Decimal per value; the Decimal where no float stands for it."""
    if v.__class__ is Decimal:
        f = float(v)
        return f if f - f == 0 and Decimal(repr(f)) == v else v
    return v


def _exact(v):
    """A number as the decimal datagraph's literal compares (a float is its shortest decimal)."""
    return Decimal(repr(v)) if v.__class__ is float else v


def _float(v) -> tuple[float, bool]:
    """The value as a float, and whether the float may stand for it in comparisons."""
    try:
        f = float(v)
    except OverflowError:
        return (float("inf") if v > 0 else float("-inf")), False
    return f, f not in (float("inf"), float("-inf"))


# ---- the population's graph ------------------------------------------------------------------------

class PopulationGraph:
    """The data graphs of many profiles as one graph of integer ids: nodes first (each knowing its row),
    then terms (literals and IRIs), so that terms can be added without renumbering nodes."""

    def __init__(self, n_rows: int, terms: list[tuple], node_rows: np.ndarray, edges: dict[str, tuple]):
        self.rows = n_rows
        self.nodes = m = len(node_rows)
        self.size = m + len(terms)
        self.terms = terms
        self.term_ids = {x: m + i for i, x in enumerate(terms)}
        kind = np.full(self.size, NODE, dtype=np.int8)
        order = np.zeros(self.size, dtype=np.float64)
        nums, strs = [], []
        exact = True
        # each term's kind and order made in lists and set at once (a numpy item set one by one costs
        # more than the rest of the loop)
        kinds: list[int] = []
        orders: list[float] = []
        kind_of = _KIND_OF
        for i, x in enumerate(terms, start=m):
            v = x[1]
            k = IRI if x[0] == "@id" else kind_of.get(v.__class__)
            if k is None:
                k = _kind(x)  # (a class of its own: the subclasses as isinstance sees them)
            kinds.append(k)
            if k == BOOL:
                orders.append(float(v))
            elif k == NUM:
                f, ok = _float(v)
                orders.append(f)
                exact &= ok
                nums.append(i)
            elif k == DATE:
                orders.append(v.toordinal())
            else:
                orders.append(0.0)
                if k == STR:
                    strs.append(i)
        if terms:
            kind[m:] = kinds
            order[m:] = orders
        if nums and (not exact or self._ties(nums, order)):
            # distinct numbers sharing a float (or beyond floats): rank them by exact comparison
            ranked = sorted({_exact(terms[i - m][1]) for i in nums})  # ints and Decimals compare exactly
            rank = {v: r for r, v in enumerate(ranked)}
            for i in nums:
                order[i] = rank[_exact(terms[i - m][1])]
        if strs:
            rank = {v: r for r, v in enumerate(sorted({terms[i - m][1] for i in strs}))}
            for i in strs:
                order[i] = rank[terms[i - m][1]]
        self.kind, self.order = kind, order
        self.row_of = np.concatenate([node_rows, np.full(len(terms), -1, dtype=I64)])
        self.edges = edges  # property → (subjects sorted, objects)
        self._single: dict[str, bool] = {}  # property → whether no subject has two values (one search a step)

    def _ties(self, nums: list[int], order: np.ndarray) -> bool:
        ids = np.array(nums, dtype=I64)
        by = ids[np.argsort(order[ids], kind="stable")]
        same = np.flatnonzero(order[by][1:] == order[by][:-1])
        m = self.nodes
        return any(_exact(self.terms[by[j] - m][1]) != _exact(self.terms[by[j + 1] - m][1]) for j in same)

    def with_terms(self, terms: Sequence[tuple]) -> PopulationGraph:
        """This graph, knowing ``terms`` too (constants of other shapes: a reform's values)."""
        missing = [t for t in dict.fromkeys(terms) if t not in self.term_ids]
        if not missing:
            return self
        return PopulationGraph(self.rows, self.terms + missing, self.row_of[:self.nodes], self.edges)

    def term(self, t: tuple) -> int:
        return self.term_ids.get(t, -1)

    def step(self, p: str, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(index into ``ids``, value) for every value of property ``p`` of each id."""
        got = self.edges.get(p)
        if got is None or not len(ids):
            return EMPTY, EMPTY
        subj, obj = got
        if not len(subj):
            return EMPTY, EMPTY
        lo = np.searchsorted(subj, ids, "left")
        single = self._single.get(p)
        if single is None:
            single = self._single[p] = bool((subj[1:] != subj[:-1]).all())
        if single:  # each subject has one value at most: a subject's value is where the search lands
            own = np.flatnonzero(subj[np.minimum(lo, len(subj) - 1)] == ids)
            return own, obj[lo[own]]
        counts = np.searchsorted(subj, ids, "right") - lo
        total = int(counts.sum())
        if not total:
            return EMPTY, EMPTY
        own = np.repeat(np.arange(len(ids), dtype=I64), counts)
        pos = np.arange(total, dtype=I64) - np.repeat(np.cumsum(counts) - counts - lo, counts)
        return own, obj[pos]

    def dedupe(self, own: np.ndarray, val: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        keys = _unique(own * self.size + val)
        return keys // self.size, keys % self.size


class _Ids(dict):
    """value → term id, interning a value the first time it is seen."""

    def __init__(self, builder: _Builder, dtype, unkey):
        super().__init__()
        self.builder, self.dtype, self.unkey = builder, dtype, unkey

    def __missing__(self, key):
        v = key[1] if self.unkey is not None else key
        t = (DEC, _decimal(v)) if self.dtype == DEC and v.__class__ is not bool else literal(v, self.dtype)
        i = self[key] = self.builder.intern(t)
        return i


class _Builder:
    """Rows into a PopulationGraph: the triples ``datagraph.build`` makes, for the properties read."""

    def __init__(self, reads: set[str], constants: Sequence[tuple]):
        self.reads = reads
        self.terms: list[tuple] = []
        self.ids: dict[tuple, int] = {}
        for c in constants:
            self.intern(c)
        self.n_nodes = 0
        self.node_rows: list[np.ndarray] = []
        self.blank_chunks: list[np.ndarray] = []  # nodes made from the profile (they get asOf, windowStart)
        self.s: dict[str, list] = defaultdict(list)
        self.o: dict[str, list] = defaultdict(list)

    def copy(self) -> _Builder:
        """Another builder holding what this one holds (arrays are shared: they are never changed)."""
        other = _Builder.__new__(_Builder)
        other.reads, other.terms, other.ids = self.reads, list(self.terms), dict(self.ids)
        other.n_nodes, other.node_rows, other.blank_chunks = self.n_nodes, list(self.node_rows), list(self.blank_chunks)
        other.s = defaultdict(list, {p: list(v) for p, v in self.s.items()})
        other.o = defaultdict(list, {p: list(v) for p, v in self.o.items()})
        return other

    def intern(self, t: tuple) -> int:
        i = self.ids.get(t)
        if i is None:
            i = self.ids[t] = len(self.terms)
            self.terms.append(t)
        return i

    def nodes(self, rows: np.ndarray, blank: bool) -> np.ndarray:
        """New nodes, one for each row given; their ids are -(local index + 1) until finished."""
        local = np.arange(self.n_nodes, self.n_nodes + len(rows), dtype=I64)
        self.n_nodes += len(rows)
        self.node_rows.append(np.asarray(rows, dtype=I64))
        refs = -local - 1
        if blank:
            self.blank_chunks.append(refs)
        return refs

    def edge(self, p: str, s, o) -> None:
        if p in self.reads and len(s):
            self.s[p].append(np.asarray(s, dtype=I64))
            self.o[p].append(np.asarray(o, dtype=I64))

    def literals(self, values: list, dtype) -> np.ndarray:
        """The term ids of literal values. Values are keyed by themselves (equal numbers give equal
        terms: Decimal(str(2)) == Decimal(str(2.0))); a column mixing booleans with other values, where
        True == 1 would merge distinct terms, is keyed by (class, value)."""
        classes = set(map(type, values))
        if bool in classes and len(classes) > 1:
            ids = _Ids(self, dtype, lambda v: (v.__class__, v))
            return np.fromiter((ids[(v.__class__, v)] for v in values), dtype=I64, count=len(values))
        ids = _Ids(self, dtype, None)
        return np.fromiter(map(ids.__getitem__, values), dtype=I64, count=len(values))

    def fill(self, subjects: np.ndarray, rows: np.ndarray, objs: list, terms: dict, top: bool = False,
             gathered=None) -> None:
        """The triples of JSON objects ``objs`` (subjects and rows aligned with them), by context terms.
        ``gathered``: the objects' fields as columns already (field → (indices, values), ``fields``: those
        it has columns of), used when it covers every field wanted (None values are left out here)."""
        wanted = {key: spec for key, spec in terms.items()
                  if not (top and spec[0] == AS_OF)  # the date assessed for is a fact, set below
                  and (spec[0] in self.reads or (spec[3] is not None and self._reads_under(spec[3])))}
        if gathered is not None and wanted.keys() <= gathered.fields:
            cols: dict[str, tuple] = {}
            for key in wanted:
                at, vals = gathered.columns.get(key, ((), ()))
                if None in vals:
                    keep = list(map(is_not, vals, repeat(None)))
                    at, vals = list(compress(at, keep)), list(compress(vals, keep))
                cols[key] = (at, vals)
        else:
            cols = {key: ([], []) for key in wanted}
            for j, o in enumerate(objs):  # one pass over the objects: their fields into columns
                for key, v in o.items():
                    col = cols.get(key)
                    if col is not None and v is not None:
                        col[0].append(j)
                        col[1].append(v)
        for key, (at, vals) in cols.items():
            if not len(at):
                continue
            prop, dtype, container, nested = wanted[key]
            subj, rws = subjects[at], rows[at]
            if container == "@list":
                self._lists(prop, subj, rws, vals, dtype, nested)
                continue
            classes = set(map(type, vals))
            if dict not in classes and list not in classes:
                self.edge(prop, subj, self.literals(vals, dtype))
                continue
            scalar = [j for j, v in enumerate(vals) if v.__class__ is not dict and v.__class__ is not list]
            if scalar:
                self.edge(prop, subj[scalar], self.literals([vals[j] for j in scalar], dtype))
            # objects, and (outside @list) arrays of values: every item of the column at once
            many = [j for j, v in enumerate(vals) if isinstance(v, (dict, list))]
            counts = np.array([len(vals[j]) if isinstance(vals[j], list) else 1 for j in many], dtype=I64)
            items = [x for j in many for x in (vals[j] if isinstance(vals[j], list) else (vals[j],))]
            refs = self._values(items, np.repeat(rws[many], counts), dtype, nested)
            self.edge(prop, np.repeat(subj[many], counts), refs)

    def _reads_under(self, terms: dict) -> bool:
        return any(p in self.reads or (n is not None and self._reads_under(n)) for p, _d, _c, n in terms.values())

    def _values(self, items: list, rows: np.ndarray, dtype, nested) -> np.ndarray:
        """Each item as a node (an object, with nested terms) or a literal, in order."""
        refs = np.empty(len(items), dtype=I64)
        objs = [j for j, v in enumerate(items) if nested is not None and isinstance(v, dict)]
        lits = [j for j, v in enumerate(items) if not (nested is not None and isinstance(v, dict))]
        if objs:
            made = self.nodes(rows[objs], blank=True)
            refs[objs] = made
            self.fill(made, rows[objs], [items[j] for j in objs], nested)
        if lits:
            refs[lits] = self.literals([items[j] for j in lits], dtype)
        return refs

    def _lists(self, prop: str, subj: np.ndarray, rows: np.ndarray, vals: list, dtype, nested) -> None:
        """RDF lists as cons cells (rdf:first, rdf:rest, ending in a nil node of the row)."""
        lengths = np.array([len(v) for v in vals], dtype=I64)
        flat = [x for v in vals for x in v]
        item_rows = np.repeat(rows, lengths)
        items = self._values(flat, item_rows, dtype, nested)
        nil = self.nodes(rows, blank=False)  # rdf:nil: no properties, no asOf
        cells = self.nodes(item_rows, blank=True)
        ends = np.cumsum(lengths)
        starts = ends - lengths
        # each cell's rest: the next cell, or the row's nil after the last
        rest = np.empty(len(cells), dtype=I64)
        if len(cells):
            rest[:-1] = cells[1:]
            last = ends[lengths > 0] - 1
            rest[last] = nil[lengths > 0]
        self.edge(FIRST, cells, items)
        self.edge(REST, cells, rest)
        heads = nil.copy()
        heads[lengths > 0] = cells[starts[lengths > 0]]
        self.edge(prop, subj, heads)

    def finish(self, rows: int) -> PopulationGraph:
        m = self.n_nodes  # nodes are 0 … m-1, terms m + their index
        size = m + len(self.terms)
        edges = {}
        for p, ss in self.s.items():
            s = np.concatenate(ss)
            o = np.concatenate(self.o[p])
            s = np.where(s < 0, -s - 1, s + m)
            o = np.where(o < 0, -o - 1, o + m)
            keys = _unique(s * size + o)  # a set of triples, sorted by subject
            edges[p] = (keys // size, keys % size)
        node_rows = np.concatenate(self.node_rows) if self.node_rows else EMPTY
        return PopulationGraph(rows, self.terms, node_rows, edges)


# ---- shapes ----------------------------------------------------------------------------------------

Path = Callable[[PopulationGraph, np.ndarray], tuple[np.ndarray, np.ndarray]]
Check = Callable[[PopulationGraph, np.ndarray, np.ndarray, np.ndarray], list[tuple[URIRef, np.ndarray]]]


def _owners(k: int, own: np.ndarray, bad: np.ndarray) -> np.ndarray:
    mask = np.zeros(k, dtype=bool)
    mask[own[bad]] = True
    return mask


class ColumnarShape:
    """One shape: ``violations`` (top level: component → mask over focus nodes) and ``conforms``."""

    reads: frozenset[str] = frozenset()  # the properties it reads, its nested shapes' included

    def __init__(self, c: ColumnarCompiler, shape):
        sg = c.sg
        self.iri = shape
        preds = set(sg.predicates(shape, None))
        unknown = {p for p in preds if str(p).startswith(str(SH)) and p not in IGNORED and p not in CONSTRAINTS}
        unknown |= {p for p in preds if p in CONSTRAINTS and p not in _CHECKS}
        if unknown:
            raise Unsupported(", ".join(sorted(str(u) for u in unknown)))
        path = sg.value(shape, SH.path)
        self.path = c.path(path) if path is not None else None
        self.checks: list[Check] = [_CHECKS[p](c, shape, o) for p, o in sg.predicate_objects(shape)
                                    if p in _CHECKS and p != SH.property]
        self.properties = [c.compile(o) for o in sg.objects(shape, SH.property)]
        self.target_classes = [c.constant(o) for o in sg.objects(shape, SH.targetClass)]
        self.target_objects_of = [c.reading(str(o)) for o in sg.objects(shape, SH.targetObjectsOf)]
        self.target_subjects_of = [c.reading(str(o)) for o in sg.objects(shape, SH.targetSubjectsOf)]
        if self.target_classes:
            c.reading(TYPE)

    def values(self, g: PopulationGraph, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if self.path is None:
            return np.arange(len(ids), dtype=I64), ids
        return self.path(g, ids)

    def violations(self, g: PopulationGraph, ids: np.ndarray) -> dict[URIRef, np.ndarray]:
        own, val = self.values(g, ids)
        out: dict[URIRef, np.ndarray] = {}
        for check in self.checks:
            for component, mask in check(g, ids, own, val):
                out[component] = out[component] | mask if component in out else mask
        return out

    def conforms(self, g: PopulationGraph, ids: np.ndarray) -> np.ndarray:
        own, val = self.values(g, ids)
        ok = np.ones(len(ids), dtype=bool)
        for check in self.checks:
            for _component, mask in check(g, ids, own, val):
                ok &= ~mask
        for p in self.properties:
            if len(val):
                bad = ~conforming(p, g, val)
                ok[own[bad]] = False
        return ok

    def targets(self, g: PopulationGraph) -> tuple[np.ndarray, np.ndarray]:
        """(row, focus id) pairs, each once."""
        rows, ids = [], []
        for cls in self.target_classes:
            t = g.term(cls)
            subj, obj = g.edges.get(TYPE, (EMPTY, EMPTY))
            hit = subj[obj == t] if t >= 0 else EMPTY
            rows.append(g.row_of[hit])
            ids.append(hit)
        for p in self.target_subjects_of:
            subj, _obj = g.edges.get(p, (EMPTY, EMPTY))
            subj = _unique(subj)
            rows.append(g.row_of[subj])
            ids.append(subj)
        for p in self.target_objects_of:
            subj, obj = g.edges.get(p, (EMPTY, EMPTY))
            rows.append(g.row_of[subj])
            ids.append(obj)
        if not ids:
            return EMPTY, EMPTY
        r, i = np.concatenate(rows), np.concatenate(ids)
        if len(ids) > 1:
            r, i = g.dedupe(r, i)
        return r, i


def _distinct(vals: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values, sorted, and for each value its index among them."""
    order = np.argsort(vals, kind="stable")
    s = vals[order]
    new = np.empty(len(s), dtype=bool)
    if len(s):
        new[0] = True
        np.not_equal(s[1:], s[:-1], out=new[1:])
    inv = np.empty(len(s), dtype=I64)
    inv[order] = np.cumsum(new) - 1
    return s[new], inv


def conforming(shape: ColumnarShape, g: PopulationGraph, vals: np.ndarray) -> np.ndarray:
    """Whether each value node conforms to ``shape`` (each distinct value evaluated once)."""
    u, inv = _distinct(vals)
    return shape.conforms(g, u)[inv]


class ColumnarCompiler:
    def __init__(self, sg: Graph):
        self.sg = sg
        self._done: dict = {}
        self.reads: set[str] = set()  # the properties some shape reads: the only ones built
        self.constants: list[tuple] = []
        self._reading: list[set[str]] = []  # the shapes being compiled: what each reads, nested ones too

    def compile(self, shape) -> ColumnarShape:
        if shape not in self._done:
            self._reading.append(set())
            try:
                made = ColumnarShape(self, shape)
            finally:
                made_reads = self._reading.pop()
            made.reads = frozenset(made_reads)
            self._done[shape] = made
        got = self._done[shape]
        if self._reading:
            self._reading[-1].update(got.reads)
        return got

    def reading(self, p: str) -> str:
        self.reads.add(p)
        if self._reading:
            self._reading[-1].add(p)
        return p

    def constant(self, node) -> tuple:
        t = term(node)
        if t[0] == DEC:
            t = (DEC, _decimal(t[1]))
        self.constants.append(t)
        return t

    def path(self, p) -> Path:
        sg = self.sg
        if isinstance(p, URIRef):
            ps = self.reading(str(p))
            return lambda g, ids: g.step(ps, ids)
        if (p, RDF.first, None) in sg:
            steps = [self.path(s) for s in Collection(sg, p)]

            def seq(g, ids):
                own, val = np.arange(len(ids), dtype=I64), ids
                for step in steps:
                    o2, val = step(g, val)
                    own, val = g.dedupe(own[o2], val)
                return own, val

            return seq
        inner = sg.value(p, SH.zeroOrMorePath)
        if inner is not None or (inner := sg.value(p, SH.oneOrMorePath)) is not None:
            step = self.path(inner)
            with_self = sg.value(p, SH.zeroOrMorePath) is not None

            def closure(g, ids):
                if with_self:
                    seen = _unique(np.arange(len(ids), dtype=I64) * g.size + ids)
                    frontier = seen
                else:
                    o2, v2 = step(g, ids)
                    seen = frontier = _unique(o2 * g.size + v2)
                while len(frontier):
                    o2, v2 = step(g, frontier % g.size)
                    keys = _unique((frontier // g.size)[o2] * g.size + v2)
                    at = np.minimum(np.searchsorted(seen, keys), len(seen) - 1)
                    frontier = keys[seen[at] != keys]  # not seen before (seen is sorted)
                    seen = _unique(np.concatenate([seen, frontier]))
                return seen // g.size, seen % g.size

            return closure
        if (inner := sg.value(p, SH.zeroOrOnePath)) is not None:
            step = self.path(inner)

            def zero_or_one(g, ids):
                o2, v2 = step(g, ids)
                return g.dedupe(np.concatenate([np.arange(len(ids), dtype=I64), o2]), np.concatenate([ids, v2]))

            return zero_or_one
        if (alts := sg.value(p, SH.alternativePath)) is not None:
            steps = [self.path(s) for s in Collection(sg, alts)]

            def alternative(g, ids):
                got = [s(g, ids) for s in steps]
                return g.dedupe(np.concatenate([o for o, _ in got]), np.concatenate([v for _, v in got]))

            return alternative
        raise Unsupported(f"property path {p}")


# ---- constraint components: (compiler, shape, parameter) → check(graph, focus, own, val) → [(component, mask)]

def _count(cmp, component):
    def make(_c, _s, o):
        n = int(o)

        def check(g, ids, own, val):
            return [(component, cmp(np.bincount(own, minlength=len(ids)), n))]

        return check

    return make


def _in(c, _shape, o):
    allowed = [c.constant(x) for x in Collection(c.sg, o)]

    def check(g, ids, own, val):
        known = np.array([i for i in (g.term(t) for t in allowed) if i >= 0], dtype=I64)
        return [(SH.InConstraintComponent, _owners(len(ids), own, ~_member(val, known)))]

    return check


def _member(vals: np.ndarray, known: np.ndarray) -> np.ndarray:
    """Whether each value is one of ``known`` (a few ids)."""
    out = np.zeros(len(vals), dtype=bool)
    for k in known:
        out |= vals == k
    return out


def _has_value(c, _s, o):
    t = c.constant(o)

    def check(g, ids, own, val):
        i = g.term(t)
        has = np.zeros(len(ids), dtype=bool)
        if i >= 0:
            has[own[val == i]] = True
        return [(SH.HasValueConstraintComponent, ~has)]

    return check


def _ok_pairs(g: PopulationGraph, a: np.ndarray, b: np.ndarray, ok) -> np.ndarray:
    """Whether each ordered pair (a, b) compares and ``ok`` of its order (-1, 0, 1) holds."""
    ka = g.kind[a]
    comparable = (ka == g.kind[b]) & ORDERABLE[ka]
    order = np.sign(g.order[a] - g.order[b])
    return comparable & ok(order)


def _range(ok, component):
    def make(c, _s, o):
        bound = c.constant(o)

        def check(g, ids, own, val):
            b = g.term(bound)
            good = _ok_pairs(g, val, np.full(len(val), b, dtype=I64), ok)
            return [(component, _owners(len(ids), own, ~good))]

        return check

    return make


def _pair(ok, component):
    def make(c, _s, o):
        other = c.reading(str(o))

        def check(g, ids, own, val):
            own2, val2 = g.step(other, ids)  # sorted by owner
            lo = np.searchsorted(own2, own, "left")
            counts = np.searchsorted(own2, own, "right") - lo
            total = int(counts.sum())
            if not total:
                return [(component, np.zeros(len(ids), dtype=bool))]
            which = np.repeat(np.arange(len(own), dtype=I64), counts)
            pos = np.arange(total, dtype=I64) - np.repeat(np.cumsum(counts) - counts - lo, counts)
            good = _ok_pairs(g, val[which], val2[pos], ok)
            return [(component, _owners(len(ids), own[which], ~good))]

        return check

    return make


def _logical(kind):
    component = {"or": SH.OrConstraintComponent, "and": SH.AndConstraintComponent,
                 "xone": SH.XoneConstraintComponent, "not": SH.NotConstraintComponent}[kind]

    def make(c, _s, o):
        members = [c.compile(m) for m in Collection(c.sg, o)] if kind != "not" else [c.compile(o)]

        def check(g, ids, own, val):
            if not len(val):
                return [(component, np.zeros(len(ids), dtype=bool))]
            u, inv = _distinct(val)
            conf = np.stack([m.conforms(g, u) for m in members])
            test = {"or": lambda: conf.any(axis=0), "and": lambda: conf.all(axis=0),
                    "xone": lambda: conf.sum(axis=0) == 1, "not": lambda: ~conf[0]}[kind]()
            return [(component, _owners(len(ids), own, ~test[inv]))]

        return check

    return make


def _node(c, _s, o):
    member = c.compile(o)

    def check(g, ids, own, val):
        if not len(val):
            return [(SH.NodeConstraintComponent, np.zeros(len(ids), dtype=bool))]
        return [(SH.NodeConstraintComponent, _owners(len(ids), own, ~conforming(member, g, val)))]

    return check


def _qualified(c, shape, o):
    if c.sg.value(shape, SH.qualifiedValueShapesDisjoint) in (Literal(True),):
        raise Unsupported("sh:qualifiedValueShapesDisjoint")
    member = c.compile(o)
    lo, hi = c.sg.value(shape, SH.qualifiedMinCount), c.sg.value(shape, SH.qualifiedMaxCount)
    lo, hi = (int(lo) if lo is not None else None), (int(hi) if hi is not None else None)

    def check(g, ids, own, val):
        conf = conforming(member, g, val) if len(val) else np.zeros(0, dtype=bool)
        n = np.bincount(own[conf], minlength=len(ids))
        out = []
        if lo is not None:
            out.append((SH.QualifiedMinCountConstraintComponent, n < lo))
        if hi is not None:
            out.append((SH.QualifiedMaxCountConstraintComponent, n > hi))
        return out

    return check


_CHECKS: dict[URIRef, Callable] = {
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
    SH.property: lambda c, s, o: lambda g, ids, own, val: [],  # nested shapes: in conforms
}


# ---- the engine ------------------------------------------------------------------------------------

class ShapeMasks:
    """Per top-level shape, per constraint component: which rows violate it (bool arrays over rows)."""

    def __init__(self, rows: int, masks: dict[str, dict[URIRef, np.ndarray]], as_of: list[date], facts: list,
                 graph: PopulationGraph | None = None, part: _Builder | None = None):
        self.rows = rows
        self.masks = masks
        self.as_of = as_of  # each row's date assessed for
        self.facts = facts  # each row's IndicatorFacts (its att_2-1 row and thresholds)
        self.graph = graph  # the population's graph (kept for re-evaluating some shapes under a reform)
        self.part = part  # the profiles' part of it (to add other facts to)


class ColumnarShapes:
    """The shapes compiled for columns; ``evaluate`` gives every row's violations at once. Shapes it
    cannot compile are listed in ``unsupported`` (the caller evaluates them row by row)."""

    def __init__(self, shapes_graph: Graph, shapes, facts: FactCache):
        self.facts = facts
        c = ColumnarCompiler(shapes_graph)
        self.compiled: list[tuple[str, ColumnarShape]] = []
        self.unsupported: dict[str, str] = {}
        for iri in sorted(shapes, key=str):
            try:
                self.compiled.append((str(iri), c.compile(iri)))
            except Unsupported as e:
                self.unsupported[str(iri)] = str(e)
        self.reads = c.reads
        self.constants = [*dict.fromkeys(c.constants), PROFILE_TYPE]

    def profiles_part(self, profiles: Sequence[dict], gathered=None) -> _Builder:
        """The graph of the profiles themselves, before any fact is added (kept, so that facts under other
        parameters can be added to a copy). ``gathered``: their top-level fields as columns, if made."""
        n = len(profiles)
        b = _Builder(self.reads, self.constants)
        rows = np.arange(n, dtype=I64)
        focus = b.nodes(rows, blank=False)
        b.edge(TYPE, focus, np.full(n, b.intern(PROFILE_TYPE), dtype=I64))
        b.fill(focus, rows, list(profiles), profile_terms(), top=True, gathered=gathered)
        return b

    def graph(self, profiles: Sequence[dict], part: _Builder | None = None, gathered=None
              ) -> tuple[PopulationGraph, list[date], list, _Builder]:
        """The population's graph, each row's date assessed for, its indicator facts, and the profiles'
        part of the graph (``part``: that of an earlier graph of the same profiles, to add facts to;
        ``gathered``: their top-level fields as columns, if made)."""
        n = len(profiles)
        part = part or self.profiles_part(profiles, gathered)
        b = part.copy()
        for c in self.constants:  # this engine's constants (the part may be another's: a reform's values)
            b.intern(c)
        rows = np.arange(n, dtype=I64)
        focus = -rows - 1  # the profiles' nodes are made first

        # the date assessed for on the profile, and with the window's start on every nested node
        lookback = self.facts.source.lookback_years
        days: dict = {}
        day_of = np.fromiter((days.setdefault(p.get("as_of"), len(days)) for p in profiles), dtype=I64, count=n)
        dates = [profile_as_of({"as_of": raw}) for raw in days]
        day_terms = np.array([b.intern((XSD_DATE, d)) for d in dates], dtype=I64)
        start_terms = np.array([b.intern((XSD_DATE, window_start(d, lookback))) for d in dates], dtype=I64)
        as_of = [dates[k] for k in day_of.tolist()]
        b.edge(AS_OF, focus, day_terms[day_of])
        if b.blank_chunks:
            blanks = np.concatenate(b.blank_chunks)
            blank_days = day_of[np.concatenate(b.node_rows)[-blanks - 1]]
            b.edge(AS_OF, blanks, day_terms[blank_days])
            b.edge(WINDOW_START, blanks, start_terms[blank_days])

        # the industry's section, and one observation per att_2-1 indicator (the facts of each code, once)
        codes: dict = {}
        code_of = np.fromiter((codes.setdefault(p.get("industry_code"), len(codes)) for p in profiles),
                              dtype=I64, count=n)
        known = [self.facts.industry(code) for code in codes]  # (section node, indicator facts, row)
        with_section = np.array([section is not None for section, _ind, _row in known], dtype=bool)
        at = np.flatnonzero(with_section[code_of])
        if len(at):
            sections = b.nodes(at, blank=False)
            b.edge(SECTION, focus[at], sections)
            # each code's section values, by property (interned code by code, as they were first seen),
            # then every row's at once: a pass over the codes, not over the rows for each code
            by_prop: dict[str, list[list[int]]] = {}
            for k, (section, _ind, _row) in enumerate(known):
                if section is None:
                    continue
                for prop, vs in section.props.items():
                    if prop not in by_prop:
                        by_prop[prop] = [[] for _ in known]
                    by_prop[prop][k] = [b.intern(v) for v in vs]
            code_at = code_of[at]
            for prop, per_code in by_prop.items():
                lens = np.fromiter(map(len, per_code), dtype=I64, count=len(per_code))
                flat = np.fromiter(chain.from_iterable(per_code), dtype=I64, count=int(lens.sum()))
                counts = lens[code_at]
                total = int(counts.sum())
                if total:
                    first = np.repeat((np.cumsum(lens) - lens)[code_at] - (np.cumsum(counts) - counts), counts)
                    b.edge(prop, np.repeat(sections, counts), flat[first + np.arange(total, dtype=I64)])
        row_terms = np.array([b.intern(row) if row is not None else -1 for _s, _ind, row in known], dtype=I64)
        values = [p.get("indicators") or {} for p in profiles]
        observations = []
        for indicator, field, _column in self.facts.indicator_fields:
            obs = b.nodes(rows, blank=False)
            observations.append(obs)
            b.edge(INDICATOR, obs, np.full(n, b.intern(("@id", indicator)), dtype=I64))
            has = [i for i, v in enumerate(values) if field in v]
            if has:  # (DEC, Decimal(str(value))), as datagraph.build (kept as _decimal's form)
                b.edge(OBSERVED, obs[has], b.literals([values[i][field] for i in has], DEC))
            thresholds = np.array([b.intern((DEC, _decimal(ind.thresholds[field]))) if field in ind.thresholds else -1
                                   for _s, ind, _row in known], dtype=I64)[code_of]
            with_t = np.flatnonzero(thresholds >= 0)
            if len(with_t):
                b.edge(THRESHOLD, obs[with_t], thresholds[with_t])
                b.edge(DEFINED_IN, obs[with_t], row_terms[code_of[with_t]])
        if observations:
            b.edge(OBSERVATION, np.repeat(focus, len(observations)), np.stack(observations, axis=1).ravel())
        facts = [known[k][1] for k in code_of.tolist()]
        return b.finish(n), as_of, facts, part

    def reading(self, properties: set[str]) -> set[str]:
        """The shapes reading any of ``properties``."""
        return {iri for iri, shape in self.compiled if shape.reads & properties}

    def evaluate(self, profiles: Sequence[dict], *, like: ShapeMasks | None = None, same_facts: bool = False,
                 only: set[str] | None = None, gathered=None) -> ShapeMasks:
        """Every compiled shape's violations, row by row (``only``: those shapes alone). ``like``: masks of
        the same profiles, whose graph serves as it is (``same_facts``: the facts this engine adds are the
        same) or with this engine's facts added to its profiles' part."""
        if like is not None and like.part is not None and same_facts:
            g, as_of, inds, part = like.graph.with_terms(self.constants), like.as_of, like.facts, like.part
        else:
            g, as_of, inds, part = self.graph(profiles, like.part if like is not None else None, gathered)
        n = len(profiles)
        masks: dict[str, dict[URIRef, np.ndarray]] = {}
        for iri, shape in self.compiled:
            if only is not None and iri not in only:
                continue
            rows, ids = shape.targets(g)
            out: dict[URIRef, np.ndarray] = {}
            if len(ids):
                for component, mask in shape.violations(g, ids).items():
                    if mask.any():
                        m = np.zeros(n, dtype=bool)
                        m[rows[mask]] = True
                        out[component] = m
            masks[iri] = out
        return ShapeMasks(n, masks, as_of, inds, g, part)

