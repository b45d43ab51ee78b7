"""What the interview can ask: the leaves of the profile schema that some condition's shapes read
(``sfkg:field``), each with its kind and choices from the schema, and the values tried when weighing
whether its answer could still change a condition (the schema's bounds and enumerations: extremes, not
guesses of the rules' values).

A field the shapes read as a whole object (``indicators``) is asked leaf by leaf; a list (``domains``,
``incidents``) is asked whole, as the contract says. ``as_of`` is the request's, never asked.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

Text = dict[str, str]
NOT_ASKED = frozenset({"as_of"})  # the request states it (InterviewIn.as_of)
FAR_PAST, FAR_FUTURE = "1000-01-01", "8999-12-31"  # the dates a profile may carry (assessment.profile)
LOW, HIGH = -1e9, 1e12  # numbers without a bound in the schema


@dataclass(frozen=True)
class Field:
    path: str
    kind: str  # boolean | number | integer | date | enum | list | text
    order: int  # the schema's order
    conditions: tuple[str, ...]  # the conditions whose shapes read it
    label: Text
    unit: str | None = None
    choices: tuple[str, ...] = ()
    item: tuple[dict, ...] = ()  # a list of records: each record's fields
    minimum: float | None = None
    maximum: float | None = None
    probes: tuple[Any, ...] = ()  # values tried; none: any answer may matter (text, records)
    parent: str | None = None

    @property
    def probeable(self) -> bool:
        return bool(self.probes)


def _kind(node: Mapping) -> str:
    t = node.get("type")
    if "enum" in node:
        return "enum"
    if t == "array":
        return "list"
    if t == "string":
        return "date" if node.get("format") == "date" else "text"
    return t if t in ("boolean", "number", "integer") else "text"


def _probes(kind: str, node: Mapping) -> tuple:
    if kind == "boolean":
        return (True, False)
    if kind == "enum":
        return tuple(node["enum"])
    if kind in ("number", "integer"):
        lo, hi = node.get("minimum", LOW), node.get("maximum", HIGH)
        return (int(lo), int(hi)) if kind == "integer" else (lo, hi)
    if kind == "date":
        return (FAR_PAST, FAR_FUTURE)
    if kind == "list":
        items = node.get("items") or {}
        if "enum" in items:  # a set of codes: none of them, and all of them
            return ((), tuple(items["enum"]))
    return ()


def _item(node: Mapping) -> tuple[dict, ...]:
    items = node.get("items") or {}
    if items.get("type") != "object":
        return ()
    required = set(items.get("required", ()))
    return tuple({"field": name, "kind": _kind(sub), "choices": list(sub.get("enum", ())), "required": name in required}
                 for name, sub in (items.get("properties") or {}).items())


def askable(schema: Mapping, reads: Mapping[str, tuple[str, ...]], labels: Mapping[str, Text],
            units: Mapping[str, str]) -> dict[str, Field]:
    """Every field the interview may ask, in the schema's order."""
    out: dict[str, Field] = {}

    def add(path: str, node: Mapping, conditions: tuple[str, ...], parent: str | None) -> None:
        kind = _kind(node)
        if kind == "text" and node.get("type") == "object":
            return
        values = tuple(node.get("enum") or (node.get("items") or {}).get("enum") or ())
        out[path] = Field(path=path, kind=kind, order=len(out), conditions=conditions,
                          label=dict(labels.get(path) or {"zh": path, "en": path}), unit=units.get(path),
                          choices=values, item=_item(node), minimum=node.get("minimum"), maximum=node.get("maximum"),
                          probes=_probes(kind, node), parent=parent)

    def walk(props: Mapping, prefix: str) -> None:
        for name, node in props.items():
            path = f"{prefix}{name}"
            if path in NOT_ASKED:
                continue
            if path in reads:
                if node.get("type") == "object":  # read whole, asked leaf by leaf
                    for leaf, sub in (node.get("properties") or {}).items():
                        add(f"{path}.{leaf}", sub, tuple(reads[path]), path)
                else:
                    add(path, node, tuple(reads[path]), None)
            elif node.get("type") == "object":
                walk(node.get("properties") or {}, path + ".")

    walk(schema.get("properties") or {}, "")
    return out


@dataclass
class Gathered:
    """The facts and the fields the enterprise does not know: which fields are closed (never asked)."""
    facts: dict
    unknown: set[str] = field(default_factory=set)

    def closed(self, f: Field) -> bool:
        parts = f.path.split(".")
        if any(".".join(parts[:i]) in self.unknown for i in range(1, len(parts) + 1)):
            return True
        value: Any = self.facts
        for p in parts:
            if not isinstance(value, dict) or p not in value:
                return False
            value = value[p]
        return value is not None
