"""Checking many profiles fast, with the same errors as ``check_profile``.

jsonschema's validator costs about 0.3 ms a profile, more than assessing it; fastjsonschema, which
compiles the same schema to Python (``check_fast``), still walks each profile on its own. ``check_many`` checks a
whole file column by column: the schema's keywords, read once, become checks over all the values of
a field at once (most columns pass in one pass of C code: their types, their bounds, the distinct
values of a pattern or a date format). The checks only ever *accept* for sure: a row any of them
doubts — and every row if the schema uses a keyword they do not know — goes through
``check_fast`` (the single path's check), so every error a user sees is the single path's error,
field and message.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np

from kg_service.assessment.creditcode import ALPHABET, WEIGHTS, credit_code_error
from kg_service.assessment.profile import ProfileError, calendar_date, check_fast, schema


def _credit_code(profile: dict) -> dict:
    code = profile.get("credit_code")
    if code is not None and (why := credit_code_error(code)):
        raise ProfileError("credit_code", f"not a valid unified social credit code (GB 32100-2015): {why}")
    return profile


# ---- the schema as checks over columns -----------------------------------------------------------
# A check takes the values of one field (or item) across rows and returns the indices of the values
# it cannot vouch for. It may doubt a valid value (that row is then checked by check_profile), never
# vouch for an invalid one.

Check = Callable[[list], set[int]]
ANNOTATIONS = {"description", "title", "$schema", "$id", "$comment", "examples", "default"}


class _Unknown(Exception):
    """A keyword (or a form of one) the column checks do not know: rows are checked one by one."""


def _doubted(values: list, ok: Callable[[Any], bool]) -> set[int]:
    return {j for j, v in enumerate(values) if not ok(v)}


def _compile(node: dict) -> Check:
    if not isinstance(node, dict):
        raise _Unknown(repr(node))
    keys = set(node) - ANNOTATIONS
    kind = node.get("type")
    if "enum" in node:
        if keys - {"enum", "type"} or kind not in (None, "string") or not all(isinstance(e, str) for e in node["enum"]):
            raise _Unknown("enum")
        return _enum(frozenset(node["enum"]))
    if kind == "object":
        return _object(node, keys)
    if kind == "array":
        return _array(node, keys)
    if kind == "string":
        return _string(node, keys)
    if kind in ("number", "integer"):
        return _number(node, keys)
    if kind == "boolean":
        if keys != {"type"}:
            raise _Unknown(str(keys))
        return lambda values: set() if set(map(type, values)) == {bool} else _doubted(values, lambda v: v is True
                                                                                      or v is False)
    raise _Unknown(f"type {kind!r}")


def _enum(allowed: frozenset) -> Check:
    def check(values):
        if set(map(type, values)) == {str} and set(values) <= allowed:
            return set()
        return _doubted(values, lambda v: v.__class__ is str and v in allowed)

    return check


def _string(node: dict, keys: set) -> Check:
    if keys - {"type", "minLength", "maxLength", "pattern", "format"} or node.get("format", "date") != "date":
        raise _Unknown(str(keys))
    lo, hi = node.get("minLength", 0), node.get("maxLength")
    pattern = re.compile(node["pattern"]) if "pattern" in node else None
    dated = "format" in node

    def one(v) -> bool:
        return (v.__class__ is str and lo <= len(v) and (hi is None or len(v) <= hi)
                and (pattern is None or pattern.search(v) is not None) and (not dated or calendar_date(v)))

    def check(values):
        if set(map(type, values)) == {str}:
            lengths = list(map(len, values))
            fine = min(lengths) >= lo and (hi is None or max(lengths) <= hi)
            if fine and (pattern is not None or dated):
                distinct = set(values)  # a pattern or a date is checked once per distinct value
                fine = all((pattern is None or pattern.search(v) is not None) and (not dated or calendar_date(v))
                           for v in distinct)
            if fine:
                return set()
        return _doubted(values, one)

    return check


def _number(node: dict, keys: set) -> Check:
    if keys - {"type", "minimum", "maximum"}:
        raise _Unknown(str(keys))
    lo, hi = node.get("minimum"), node.get("maximum")
    types = {int} if node["type"] == "integer" else {int, float}  # an integral float is doubted, not refused

    def one(v) -> bool:
        return (v.__class__ in types and (v.__class__ is int or math.isfinite(v))
                and (lo is None or v >= lo) and (hi is None or v <= hi))

    def check(values):
        if set(map(type, values)) <= types:
            try:
                fine = all(map(math.isfinite, values)) and (lo is None or min(values) >= lo) and \
                    (hi is None or max(values) <= hi)
            except OverflowError:  # an int too large for a float: judged one by one
                fine = False
            if fine:
                return set()
        return _doubted(values, one)

    return check


def _array(node: dict, keys: set) -> Check:
    if keys - {"type", "maxItems", "uniqueItems", "items"}:
        raise _Unknown(str(keys))
    hi = node.get("maxItems")
    unique = node.get("uniqueItems", False)
    items = _compile(node["items"]) if "items" in node else None

    def check(values):
        bad = set()
        owners, flat = [], []
        for j, v in enumerate(values):  # one pass: each array checked, its items gathered
            if v.__class__ is not list or (hi is not None and len(v) > hi):
                bad.add(j)
            elif unique and not (set(map(type, v)) <= {str} and len(set(v)) == len(v)):
                bad.add(j)  # distinct items, told apart when they are strings (anything else is doubted)
            elif v:
                owners.extend([j] * len(v))
                flat.extend(v)
        if items is not None and flat:
            bad |= {owners[k] for k in items(flat)}
        return bad

    return check


def _object(node: dict, keys: set) -> Check:
    if keys - {"type", "properties", "additionalProperties", "required"}:
        raise _Unknown(str(keys))
    extra = node.get("additionalProperties", True)
    if extra not in (True, False):
        raise _Unknown("additionalProperties as a schema")
    props = {k: _compile(v) for k, v in node.get("properties", {}).items()}
    allowed = frozenset(props)
    required = frozenset(node.get("required", ()))

    def check(values, gathered: dict | None = None):
        bad = set()
        cols: dict[str, tuple[list, list]] = {k: ([], []) for k in props}
        get = cols.get
        for j, v in enumerate(values):  # one pass: each object checked, its fields into columns
            if v.__class__ is not dict or not (extra or v.keys() <= allowed) or not v.keys() >= required:
                bad.add(j)
                continue
            for k, x in v.items():
                col = get(k)
                if col is not None:
                    col[0].append(j)
                    col[1].append(x)
        for k, (at, vals) in cols.items():
            if vals:
                bad |= {at[i] for i in props[k](vals)}
        if gathered is not None:  # the columns, for whoever reads the same objects next (columnar.py)
            gathered.update(cols)
        return bad

    check.fields = allowed  # (the fields whose columns it gathers)
    return check


@lru_cache(maxsize=1)
def _columns() -> Check | None:
    try:
        return _compile(schema())
    except _Unknown:
        return None  # the schema uses what the column checks do not know: rows one by one


def _valid_codes(codes: list[str]) -> list[bool] | None:
    """Whether each code (a string of 18 characters) is a valid credit code, all at once; None when some
    code is not ASCII (then each is checked on its own). Only ever vouches for a code credit_code_error
    accepts: the alphabet's values, the weighted sum mod 31, the check character."""
    try:
        raw = "".join(codes).encode("ascii")
    except UnicodeEncodeError:
        return None
    values = _ALPHABET[np.frombuffer(raw, dtype=np.uint8)].reshape(len(codes), 18)
    expected = (31 - values[:, :17] @ _WEIGHTS % 31) % 31
    return ((values >= 0).all(axis=1) & (values[:, 17] == expected)).tolist()


_ALPHABET = np.full(256, -1, dtype=np.int64)
_ALPHABET[np.frombuffer(ALPHABET.encode("ascii"), dtype=np.uint8)] = np.arange(len(ALPHABET))
_WEIGHTS = np.array(WEIGHTS, dtype=np.int64)


class Gathered(NamedTuple):
    """The top-level fields of checked items as columns: field → (item indices, values), each field of
    ``fields`` (a field no item has: not a key), values as the items hold them (None included)."""
    fields: frozenset[str]
    columns: dict[str, tuple[Sequence[int], list]]


def check_many(items: Sequence[Any], gathered: list | None = None) -> list[dict | ProfileError]:
    """Each item checked as ``check_profile`` would: the profile, or the ProfileError naming its field.
    ``gathered``: a list, to which the columns the check gathered are appended (a ``Gathered``)."""
    columns = _columns()
    doubted = set(range(len(items))) if columns is None else set()
    if columns is not None:
        objs = [j for j, p in enumerate(items) if p.__class__ is dict]
        doubted = set(range(len(items))) - set(objs)
        cols: dict | None = {} if gathered is not None and hasattr(columns, "fields") else None
        doubted |= {objs[k] for k in (columns([items[j] for j in objs]) if cols is None
                                      else columns([items[j] for j in objs], cols))}
        if cols is not None:
            if len(objs) != len(items):  # indices among the objects → among the items
                cols = {k: ([objs[i] for i in at], vals) for k, (at, vals) in cols.items()}
            gathered.append(Gathered(columns.fields, {k: v for k, v in cols.items() if v[0]}))
    out: list[dict | ProfileError] = list(items)  # an item the columns vouch for is the profile itself
    coded = [j for j, p in enumerate(items) if j not in doubted and p.get("credit_code") is not None]
    again = [j for j in coded if len(items[j]["credit_code"]) != 18]  # (a string: the columns vouch for it)
    coded = [j for j in coded if len(items[j]["credit_code"]) == 18]
    fine = _valid_codes([items[j]["credit_code"] for j in coded]) if coded else []
    again += coded if fine is None else [j for j, ok in zip(coded, fine, strict=True) if not ok]
    again += doubted
    for j in again:  # the rows doubted, and the credit codes not vouched for: one by one, as the single path
        try:
            out[j] = check_fast(items[j]) if j in doubted else _credit_code(items[j])
        except ProfileError as e:
            out[j] = e
    return out
