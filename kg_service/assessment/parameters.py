"""The parameters of the rules (ontology/parameters.ttl and the att_2-1 thresholds), as compiled
from the graph, and a parameter set: the measures' values with a reform's values applied.

A parameter's kind comes from its value in the graph: a date, an integer, a decimal, or a code
(an individual with a notation: a grade, a maturity level). A numeric code (the maturity level
"2") is an integer to users; a word code ("larger") is one of its class's ordered notations.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cached_property
from typing import Any

from kg_service.errors import InputError

DATE, INTEGER, DECIMAL, CODE = "date", "integer", "decimal", "code"
IN_FORCE_FROM, IN_FORCE_TO = "art_14.in_force_from", "art_14.in_force_to"
LOOKBACK = "art_5__item_3.lookback_years"
GRADE = "art_5__item_3.disqualifying_grade"
THRESHOLD_TABLE = "att_2-1__"


@dataclass(frozen=True)
class Parameter:
    id: str
    iri: str
    value: Any  # date, int, Decimal or str (a code)
    kind: str
    unit: str | None
    label: dict[str, str]
    cites: tuple[str, ...]
    valid_from: date | None = None
    valid_to: date | None = None
    # for codes: the notations of the value's class, lowest rank first (grades, maturity levels)
    codes: tuple[str, ...] = ()

    def as_json(self, default_from: date | None = None, default_to: date | None = None) -> dict:
        frm, to = self.valid_from or default_from, self.valid_to or default_to
        return {"id": self.id, "value": json_value(self.value), "unit": self.unit, "label": dict(self.label),
                "cites": list(self.cites), "valid_from": frm.isoformat() if frm else None,
                "valid_to": to.isoformat() if to else None, "type": self.kind,
                **({"values": list(self.codes)} if self.kind == CODE else {})}

    def coerce(self, raw: Any, field_path: str) -> Any:
        """A reform's value for this parameter in its kind, or an InputError naming ``field_path``."""
        try:
            return _coerce(self, raw)
        except (TypeError, ValueError, InvalidOperation) as e:
            article = "an" if self.kind[0] in "aeiou" else "a"
            raise InputError(field_path, f"{e} (parameter {self.id} takes {article} {self.kind} value"
                             + (f" among {list(self.codes)}" if self.codes else "") + ")") from None


def _coerce(p: Parameter, raw: Any) -> Any:
    if isinstance(raw, bool):
        raise TypeError(f"{raw!r} is a boolean")
    if p.kind == DATE:
        if isinstance(raw, date):
            return raw
        if not isinstance(raw, str):
            raise TypeError(f"{raw!r} is not an ISO date")
        return date.fromisoformat(raw)
    if p.kind == INTEGER:
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        if not isinstance(raw, int):
            raise TypeError(f"{raw!r} is not an integer")
        if raw < 0:
            raise ValueError(f"{raw} is negative")
        return raw
    if p.kind == DECIMAL:
        if not isinstance(raw, (int, float, Decimal)):
            raise TypeError(f"{raw!r} is not a number")
        value = Decimal(str(raw))
        if not value.is_finite() or value < 0:
            raise ValueError(f"{raw!r} is not a non-negative number")
        return value
    if not isinstance(raw, str) or raw not in p.codes:
        raise ValueError(f"{raw!r} is not one of {list(p.codes)}")
    return raw


def json_value(v: Any) -> Any:
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    return v


def compile_parameters(kg) -> dict[str, Parameter]:
    """The parameters of the graph, by id (queries/parameters.rq, parameter_codes.rq)."""
    from kg_service.graph.namespaces import eid_of

    codes: dict[str, list[str]] = {}
    for r in kg.select("parameter_codes"):
        codes.setdefault(str(r["class"]), []).append(str(r["notation"]))
    labels = kg.labels
    rows: dict[str, dict] = {}
    for r in kg.select("parameters"):
        row = rows.setdefault(r["id"], {"r": r, "cites": []})
        if (e := eid_of(r["cites"]) if r.get("cites") else None) and e not in row["cites"]:
            row["cites"].append(e)
        if r.get("class") is not None and str(r["class"]) in codes:
            row["r"] = r
    out: dict[str, Parameter] = {}
    for pid, row in rows.items():
        r = row["r"]
        value, kind, allowed = r["value"], None, ()
        if r.get("notation") is not None:
            notation = str(r["notation"])
            if notation.isdigit():
                value, kind = int(notation), INTEGER
            else:
                value, kind, allowed = notation, CODE, tuple(codes.get(str(r.get("class")), ()))
        elif isinstance(value, date):
            kind = DATE
        elif isinstance(value, bool):
            raise ValueError(f"parameter {pid} has a boolean value")
        elif isinstance(value, int):
            kind = INTEGER
        else:
            value, kind = Decimal(str(value)), DECIMAL
        out[pid] = Parameter(id=pid, iri=str(r["p"]), value=value, kind=kind, unit=r.get("unit"),
                             label=labels.get(str(r["p"]), {}), cites=tuple(row["cites"]),
                             valid_from=r.get("from"), valid_to=r.get("to"), codes=allowed)
    return dict(sorted(out.items()))


@dataclass(frozen=True)
class ParameterSet:
    """The parameters with their values for one version of the measures, optionally under a reform."""
    parameters: Mapping[str, Parameter]
    changed: frozenset[str] = field(default_factory=frozenset)  # ids a reform set to another value

    def __getitem__(self, pid: str) -> Any:
        return self.parameters[pid].value

    def get(self, pid: str, default: Any = None) -> Any:
        p = self.parameters.get(pid)
        return default if p is None else p.value

    def by_iri(self) -> dict[str, Parameter]:
        return {p.iri: p for p in self.parameters.values()}

    @property
    def in_force(self) -> tuple[date, date]:
        return self[IN_FORCE_FROM], self[IN_FORCE_TO]

    def with_values(self, values: Mapping[str, Any], field_prefix: str = "reform.parameters") -> ParameterSet:
        """A copy with ``values`` (id → raw value) applied; unknown ids and wrong types raise InputError,
        all before anything is changed."""
        coerced: dict[str, Any] = {}
        for pid, raw in values.items():
            p = self.parameters.get(pid)
            if p is None:
                raise InputError(f"{field_prefix}.{pid}", f"unknown parameter id '{pid}' (GET /parameters lists them)")
            coerced[pid] = p.coerce(raw, f"{field_prefix}.{pid}")
        frm, to = coerced.get(IN_FORCE_FROM, self[IN_FORCE_FROM]), coerced.get(IN_FORCE_TO, self[IN_FORCE_TO])
        if frm > to:
            raise InputError(f"{field_prefix}.{IN_FORCE_TO}", f"{to} is before the in-force date {frm}")
        params = dict(self.parameters)
        changed = set(self.changed)
        for pid, v in coerced.items():
            if v != params[pid].value:
                changed.add(pid)
            params[pid] = replace(params[pid], value=v)
        return ParameterSet(params, frozenset(changed))

    def thresholds(self) -> dict[str, dict[str, Decimal]]:
        """att_2-1 row eId → indicator field → threshold."""
        out: dict[str, dict[str, Decimal]] = {}
        for pid, p in self.parameters.items():
            if pid.startswith(THRESHOLD_TABLE):
                row, _, name = pid.partition(".")
                out.setdefault(row, {})[name] = Decimal(str(p.value))
        return out

    def as_json(self) -> list[dict]:
        frm, to = self.in_force
        return [p.as_json(frm, to) for p in self.parameters.values()]

    def differs(self, other: ParameterSet) -> set[str]:
        """The ids whose values differ between the two sets (a parameter only one has counts)."""
        ids = set(self.parameters) | set(other.parameters)
        return {pid for pid in ids if pid not in self.parameters or pid not in other.parameters
                or json_value(self[pid]) != json_value(other[pid])}

    @cached_property
    def _key(self) -> tuple:
        return tuple((pid, json_value(p.value)) for pid, p in self.parameters.items())

    def key(self) -> tuple:
        """Hashable identity of the values (for caching assessors per parameter set; made once: every
        assessment looks its assessor up by it)."""
        return self._key
