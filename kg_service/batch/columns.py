"""The flat column layout of CSV and XLSX batch files: one column per field path of the profile.

- scalar fields by their dotted path: ``id``, ``registration.province``, ``indicators.key_process_nc_rate``,
  ``basic_filing.date``; the header may also be a column's Chinese or English label: the ontology's label
  of the field's property (``rdfs:label``, through the JSON-LD context), with its unit, never listed here;
- booleans: true/false, 1/0, yes/no, y/n, 是/否 (any case); numbers as written; an empty cell leaves the
  field out (the conditions needing it are then ``unknown``);
- ``domains``: items separated by ``;`` (or ``；``/``,``); ``[]`` or ``none``/``无`` is the empty list;
- ``incidents``, ``violations``: JSON text (``[]`` for none, ``[{"kind": …, "grade": …, "date": …}]``),
  or repeated columns ``incidents.1.kind``, ``incidents.1.grade``, ``incidents.1.date``, ``incidents.2.kind``…
  (the numbered items are added to what the JSON column gives).

A cell that cannot be read as its type is passed on as written, so the profile check reports it with the
single path's message, naming the field.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from kg_service import input_limits
from kg_service.assessment.profile import ProfileError, schema
from kg_service.settings import get_settings


class Column(NamedTuple):
    path: str  # the field's dotted path: the column's name in row 1
    zh: str  # its label in Chinese (the template's row 2)
    en: str  # and in English (row 3)


# how a column's cell is written, by the field's schema (the flat layout's own words, not the rules')
FORMAT_NOTE = {"objects": ("JSON", "JSON"), "values": (";分隔", "; separated")}


@dataclass(frozen=True)
class Layout:
    columns: tuple[Column, ...]
    by_label: dict[str, str]  # a header cell (path, Chinese or English label) → path


def _leaves(node: dict, prefix: str = "") -> list[tuple[str, dict]]:
    """The schema's fields in order, objects flattened to dotted paths; arrays are one column."""
    out: list[tuple[str, dict]] = []
    for name, spec in node.get("properties", {}).items():
        if spec.get("type") == "object" and "properties" in spec:
            out += _leaves(spec, f"{prefix}{name}.")
        else:
            out.append((prefix + name, spec))
    return out


def derive(profile_schema: dict, labels: dict[str, dict[str, str]], units: dict[str, str]) -> Layout:
    """The columns: one per field of the schema, in its order, labelled as the ontology labels the
    field's property (``labels``: compiled from the graph), with the field's unit and how a list is
    written. Two fields with the same label are told apart by their parent's label."""
    leaves = _leaves(profile_schema)
    texts = {}
    for path, spec in leaves:
        label = labels.get(path) or {"zh": path, "en": path}
        zh, en = label.get("zh", path), label.get("en", path)
        note = units.get(path)
        if spec.get("type") == "array":
            note = FORMAT_NOTE["values" if "enum" in spec.get("items", {}) else "objects"]
        elif note:
            note = (note, note)
        texts[path] = [zh, en, note]
    for lang in (0, 1):  # a label two fields share is qualified by the parent's
        seen: dict[str, list[str]] = {}
        for path, t in texts.items():
            seen.setdefault(t[lang], []).append(path)
        for paths in (ps for ps in seen.values() if len(ps) > 1):
            for path in paths:
                parent = labels.get(path.rpartition(".")[0]) or {}
                if parent:
                    joiner = "·" if lang == 0 else " "
                    texts[path][lang] = f"{parent.get(('zh', 'en')[lang], '')}{joiner}{texts[path][lang]}"
    columns = []
    for path, (zh, en, note) in texts.items():
        columns.append(Column(path, f"{zh}（{note[0]}）" if note else zh, f"{en} ({note[1]})" if note else en))
    by_label: dict[str, str] = {}
    for c in columns:
        for label in (c.path, c.zh, c.en):
            by_label.setdefault(label, c.path)
    return Layout(tuple(columns), by_label)


@lru_cache(maxsize=4)
def _layout(home: Path, cache_dir: Path) -> Layout:
    from kg_service.assessment.compiled import load_compiled

    facts = load_compiled(get_settings())  # the compiled facts (cached): no graph is loaded
    return derive(schema(), facts.field_labels, facts.field_units)


def layout() -> Layout:
    """The columns of the rules in use (``SFKG_HOME``): derived once from the profile schema and the
    ontology's labels, so a new field of the profile is a new column without a line of Python."""
    settings = get_settings()
    return _layout(settings.home, settings.cache_dir)


class _Columns(Sequence[Column]):
    """``COLUMNS``: the layout's columns, derived on first use (not when this module is imported)."""

    def __getitem__(self, i):  # type: ignore[override]
        return layout().columns[i]

    def __len__(self) -> int:
        return len(layout().columns)

    def __iter__(self) -> Iterator[Column]:
        return iter(layout().columns)


COLUMNS: Sequence[Column] = _Columns()  # the template's columns, in order: (path, zh, en)
TRUE, FALSE = {"true", "1", "yes", "y", "是", "t"}, {"false", "0", "no", "n", "否", "f"}
ITEM = re.compile(r"^(incidents|violations)\.(\d+)\.(\w+)$")


def _type_of(path: str) -> str | None:
    node: Any = schema()
    for part in path.split("."):
        node = (node.get("properties") or {}).get(part) if isinstance(node, dict) else None
        if node is None:
            return None
    t = node.get("type")
    return t if isinstance(t, str) else None


def _cell(value: Any, kind: str | None) -> Any:
    if not isinstance(value, str):
        if kind == "string" and isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
        if hasattr(value, "isoformat"):  # XLSX dates
            return value.date().isoformat() if hasattr(value, "date") else value.isoformat()
        return value
    text = value.strip()
    if kind == "boolean":
        low = text.lower()
        return True if low in TRUE else False if low in FALSE else text
    if kind in ("number", "integer"):
        for parse in (int, float):
            try:
                return parse(text)
            except ValueError:
                continue
        return text
    if kind == "array":
        if text.startswith("["):
            # bounded first (depth, strings, digits: an InputError naming the bound, which the reader
            # turns into the file's refusal); a cell that is merely not JSON goes on as written
            input_limits.check_json(text.encode("utf-8", "surrogatepass"), "(cell)")
            try:
                return json.loads(text)
            except ValueError:
                return text
        if text.lower() in ("none", "无"):
            return []
        return [p.strip() for p in re.split(r"[;；,]", text) if p.strip()]
    return text


def header_paths(header: list[Any]) -> list[str | None]:
    """The field path of each header cell (None for a column left empty)."""
    out = []
    for h in header:
        h = "" if h is None else str(h).strip()
        out.append(layout().by_label.get(h, h) or None)
    return out


def is_label_row(paths: list[str | None], row: list[Any]) -> bool:
    """The template's second and third rows (labels in Chinese and English) carry no profile."""
    cells = [(p, "" if c is None else str(c).strip()) for p, c in zip(paths, row, strict=False)]
    by_label = layout().by_label
    return any(c for _, c in cells) and all(not c or (p and by_label.get(c) == p) for p, c in cells)


def row_to_profile(paths: list[str | None], row: list[Any]) -> dict:
    """A profile from one row of flat columns; ProfileError for a cell that cannot be placed."""
    profile: dict[str, Any] = {}
    items: dict[tuple[str, int], dict] = {}
    for path, value in zip(paths, row, strict=False):
        if path is None or value is None or (isinstance(value, str) and not value.strip()):
            continue
        if m := ITEM.match(path):
            items.setdefault((m[1], int(m[2])), {})[m[3]] = _cell(value, "string")
            continue
        value = _cell(value, _type_of(path))
        parts = path.split(".")
        target = profile
        for part in parts[:-1]:
            nxt = target.setdefault(part, {})
            if not isinstance(nxt, dict):
                raise ProfileError(path, f"{part} is given both as a value and as a group of columns")
            target = nxt
        target[parts[-1]] = value
    for (field, _n), item in sorted(items.items()):
        existing = profile.setdefault(field, [])
        if not isinstance(existing, list):
            raise ProfileError(field, "given both as JSON text and as numbered columns, and the text is not a list")
        existing.append(item)
    return profile
