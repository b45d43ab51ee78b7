"""A reform: ``{"id", "label": {"zh", "en"}, "parameters": {"<parameter id>": value}}`` (contract:
Parameters, versions and reforms), read from JSON or YAML and checked against the parameters before
anything is assessed. The shipped reforms are the files of ``reforms/`` beside the rules."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg_service.assessment.parameters import ParameterSet
from kg_service.errors import InputError
from kg_service.settings import Settings, get_settings

KEYS = {"id", "label", "parameters", "hypothetical", "note"}
DEMO_POPULATION = "demo-population.jsonl"  # shipped beside the reforms, to try them on


@dataclass(frozen=True)
class Reform:
    id: str
    label: dict[str, str]
    parameters: dict[str, Any]
    hypothetical: bool = False
    note: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, obj: Any, where: str = "reform") -> Reform:
        """A reform from a decoded JSON/YAML object; InputError naming the field otherwise."""
        if not isinstance(obj, dict):
            raise InputError(where, "a reform is an object {id, label, parameters}")
        extra = sorted(set(obj) - KEYS)
        if extra:
            raise InputError(f"{where}.{extra[0]}", f"unknown field (a reform has {sorted(KEYS)})")
        rid = obj.get("id")
        if not isinstance(rid, str) or not rid.strip():
            raise InputError(f"{where}.id", "a reform needs a non-empty string id")
        params = obj.get("parameters")
        if not isinstance(params, dict):
            raise InputError(f"{where}.parameters", "an object {parameter id: value}")
        label = obj.get("label") or {"zh": rid, "en": rid}
        if not isinstance(label, dict) or not all(isinstance(label.get(k), str) for k in ("zh", "en")):
            raise InputError(f"{where}.label", "an object with zh and en strings")
        note = obj.get("note") or {}
        return cls(id=rid, label={"zh": label["zh"], "en": label["en"]}, parameters=dict(params),
                   hypothetical=bool(obj.get("hypothetical", False)), note=dict(note) if isinstance(note, dict) else {})

    def apply(self, params: ParameterSet, where: str = "reform") -> ParameterSet:
        """The parameter set with this reform's values; InputError naming ``<where>.parameters.<id>``."""
        return params.with_values(self.parameters, f"{where}.parameters")

    def as_json(self) -> dict:
        return {"id": self.id, "label": dict(self.label), "parameters": dict(self.parameters),
                "hypothetical": self.hypothetical}

    def key(self) -> str:
        """The values it sets, as one hashable key (equal for reforms setting the same values)."""
        return json.dumps(self.parameters, sort_keys=True, ensure_ascii=False, default=str)

    def named(self) -> dict:
        """How an answer names the reform it was computed under."""
        return {"id": self.id, "label": dict(self.label)}


def parse_text(text: str, where: str = "reform") -> Reform:
    """A reform from JSON or YAML text (YAML is a superset of JSON)."""
    try:
        obj = json.loads(text)
    except ValueError:
        try:
            obj = yaml.safe_load(text)
        except yaml.YAMLError as e:
            raise InputError(where, f"neither JSON nor YAML: {e}") from None
    return Reform.parse(obj, where)


def reforms_dir(settings: Settings | None = None) -> Path:
    return (settings or get_settings()).home / "reforms"


def shipped(settings: Settings | None = None) -> dict[str, Reform]:
    """The reforms shipped with the rules, by id."""
    out: dict[str, Reform] = {}
    folder = reforms_dir(settings)
    for path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.json")) if folder.is_dir() else []:
        r = parse_text(path.read_text(encoding="utf-8"), where=path.name)
        out[r.id] = r
    return out


def demo_population(settings: Settings | None = None) -> list[dict]:
    """The demo population shipped beside the reforms (fictitious profiles, one a line)."""
    path = reforms_dir(settings) / DEMO_POPULATION
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load(ref: str, settings: Settings | None = None) -> Reform:
    """A reform by file path, or by the id of a shipped one."""
    path = Path(ref)
    if path.is_file():
        return parse_text(path.read_text(encoding="utf-8"), where="reform")
    known = shipped(settings)
    if ref in known:
        return known[ref]
    raise InputError("reform", f"no reform file or shipped reform '{ref}' (shipped: {sorted(known)})")


def split_request(body: bytes, content_type: str | None, chosen: Reform | None = None) -> tuple[Reform | None, bytes]:
    """A ``POST /assess`` body that wraps the profile, ``{"profile": …, "reform": REFORM}``, split into
    the reform (parsed; an InputError naming its field) and the profile's bytes; any other body is
    the profile itself. ``chosen``: the reform named in the query, if any (not both)."""
    ctype = (content_type or "application/json").split(";")[0].strip().lower()
    if ctype == "application/json" and body.lstrip().startswith(b"{") and b'"profile"' in body:
        from kg_service import input_limits

        try:
            obj = input_limits.loads(body)
        except InputError:
            return chosen, body  # the profile check names what is wrong with it
        # an EnterpriseProfile has an "id"; the wrapper has "profile" and no "id"
        if isinstance(obj, dict) and "profile" in obj and "id" not in obj:
            if obj.get("reform") is not None:
                if chosen is not None:
                    raise InputError("reform", "give the reform in the query or in the body, not both")
                chosen = Reform.parse(obj["reform"], "reform")
            body = json.dumps(obj["profile"], ensure_ascii=False).encode()
    return chosen, body
