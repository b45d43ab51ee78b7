"""Enterprise profiles: parsed from JSON, JSON-LD or Turtle, checked against the contract's schema.

Every error names the field (a dotted path such as ``indicators.key_process_nc_rate``) so that the
API can answer 422 with it. A profile that passes is a plain dict in the contract's JSON shape,
whatever syntax it arrived in; nothing downstream sees unchecked input.
"""
from __future__ import annotations

import itertools
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg_service import input_limits
from kg_service.assessment.creditcode import credit_code_error
from kg_service.assessment.published import CONTEXT_PATHS, CONTEXT_URL, ProfileError, context, schema
from kg_service.errors import InputError

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

__all__ = ["CONTEXT_PATHS", "CONTEXT_URL", "ProfileError", "as_of", "check_fast", "check_profile", "context",
           "field_value", "load_profile_file", "parse_body", "prepare", "schema"]

# Dates the assessment can compute with: its look-back windows and waiting periods shift dates by
# a few years, which year 1 or 9999 cannot take (date's range is 1..9999).
MIN_YEAR, MAX_YEAR = 1000, 8999
MAX_MESSAGE = 200  # error messages never echo more of the input than this


def calendar_date(value: object) -> bool:
    """A date the assessment can compute with (the schema's "date" format, as sfkg checks it)."""
    if not isinstance(value, str):
        return True
    try:
        return MIN_YEAR <= date.fromisoformat(value).year <= MAX_YEAR and len(value) == 10
    except ValueError:
        return False


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    # made the first time a profile is checked this way: one the compiled check (check_fast) refuses, or a
    # caller of check_profile (``sfkg assess`` of a valid profile never imports jsonschema)
    from jsonschema import Draft202012Validator, FormatChecker

    formats = FormatChecker()
    formats.checks("date")(calendar_date)
    return Draft202012Validator(schema(), format_checker=formats)


def prepare() -> None:
    """Make the full checker now (jsonschema's, which names the field of a refused profile), so that the
    first profile refused does not pay for importing it: the HTTP service, not ``sfkg assess``."""
    _validator()


def _message(error) -> str:
    if error.validator == "format" and error.validator_value == "date":
        return f"not a date YYYY-MM-DD between {MIN_YEAR} and {MAX_YEAR}"
    m = error.message
    return m if len(m) <= MAX_MESSAGE else m[:MAX_MESSAGE] + "…"


def _bounds(instance: Any, node: dict, path: str) -> None:
    """The schema's size bounds (maxItems, maxLength, maxProperties), checked on the instance
    before full validation: a 20 MB array must be refused by its length, not validated item by
    item, and its error must not repeat it."""
    where = path or "(profile)"
    if isinstance(instance, list):
        if "maxItems" in node and len(instance) > node["maxItems"]:
            raise ProfileError(where, f"more than {node['maxItems']} items")
        items = node.get("items")
        if isinstance(items, dict):
            for i, v in enumerate(instance):
                _bounds(v, items, f"{path}.{i}" if path else str(i))
    elif isinstance(instance, str):
        if "maxLength" in node and len(instance) > node["maxLength"]:
            raise ProfileError(where, f"longer than {node['maxLength']} characters")
    elif isinstance(instance, dict):
        if "maxProperties" in node and len(instance) > node["maxProperties"]:
            raise ProfileError(where, f"more than {node['maxProperties']} properties")
        props = node.get("properties", {})
        for k, v in instance.items():
            if k in props:
                _bounds(v, props[k], f"{path}.{k}" if path else k)


def _field_of(error) -> str:
    path = ".".join(str(p) for p in error.absolute_path)
    if error.validator == "additionalProperties":
        # name the unexpected field itself, not its parent
        extra = [k for k in error.instance if k not in error.schema.get("properties", {})]
        return ".".join(p for p in (path, extra[0] if extra else "") if p)
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else ""
        return ".".join(p for p in (path, missing) if p)
    return path or "(profile)"


def check_profile(profile: Any) -> dict:
    """The profile if it is valid; otherwise ProfileError naming the first offending field."""
    if not isinstance(profile, dict):
        raise ProfileError("(profile)", "a profile is a JSON object")
    if where := input_limits.non_finite(profile):
        raise ProfileError(where, "must be a finite number (NaN and Infinity are not numbers in JSON)")
    _bounds(profile, schema(), "")
    errors = sorted(_validator().iter_errors(profile), key=lambda e: (list(e.absolute_path), e.validator))
    if errors:
        e = errors[0]
        raise ProfileError(_field_of(e)[:MAX_MESSAGE], _message(e))
    code = profile.get("credit_code")
    if code is not None and (why := credit_code_error(code)):
        raise ProfileError("credit_code", f"not a valid unified social credit code (GB 32100-2015): {why}")
    return profile


@lru_cache(maxsize=1)
def _fast():
    import fastjsonschema

    s = {k: v for k, v in schema().items() if k != "$schema"}  # keywords used are draft-07's
    formats = {"date": calendar_date}  # the single path's date check (a real day, years it can compute with)
    return fastjsonschema.compile({**s, "$schema": "http://json-schema.org/draft-07/schema#"}, formats=formats)


def check_fast(profile: Any) -> dict:
    """As ``check_profile``, about ten times faster: the schema compiled to Python (fastjsonschema) says
    whether the profile is valid; one it refuses goes through ``check_profile``, so every error is
    ``check_profile``'s, field and message (tests/test_engine_differential.py holds them equal)."""
    if isinstance(profile, dict) and input_limits.non_finite(profile) is None:
        import fastjsonschema

        try:
            _fast()(profile)
        except fastjsonschema.JsonSchemaException:
            return check_profile(profile)
        code = profile.get("credit_code")
        if code is not None and (why := credit_code_error(code)):
            raise ProfileError("credit_code", f"not a valid unified social credit code (GB 32100-2015): {why}")
        return profile
    return check_profile(profile)


def field_value(profile: dict, dotted: str) -> Any:
    """The value at a dotted field path (``basic_filing.date``), or None where the profile has none."""
    value: Any = profile
    for part in dotted.split("."):
        if isinstance(value, list) and part.isdigit():  # incidents.0.grade
            value = value[int(part)] if int(part) < len(value) else None
        elif isinstance(value, dict) and part in value:
            value = value[part]
        else:
            return None
    return value


def put_field(profile: dict, dotted: str, value: Any) -> None:
    """Sets the value at a dotted field path, making the objects on the way (``field_value``'s inverse);
    a numeric part indexes a list (``incidents.0.grade``), grown with empty objects as needed."""
    parts = dotted.split(".")
    node: Any = profile
    for part, nxt in itertools.pairwise(parts):
        node = _item(node, int(part)) if isinstance(node, list) else node.setdefault(part, [] if nxt.isdigit() else {})
    if isinstance(node, list):
        _item(node, int(parts[-1]))
        node[int(parts[-1])] = value
    else:
        node[parts[-1]] = value


def _item(items: list, index: int) -> Any:
    while len(items) <= index:
        items.append({})
    return items[index]


def as_of(profile: dict) -> date:
    return date.fromisoformat(profile["as_of"]) if profile.get("as_of") else date.today()


def load_profile_file(path: Path) -> dict:
    """A profile from a file: JSON, JSON-LD (.jsonld) or Turtle (.ttl)."""
    text = path.read_text(encoding="utf-8")
    media = {".ttl": "text/turtle", ".jsonld": "application/ld+json"}.get(path.suffix, "application/json")
    return parse_body(text.encode("utf-8"), media)


def parse_body(body: bytes, media_type: str) -> dict:
    """A checked profile from a request body in any accepted syntax."""
    media_type = (media_type or "application/json").split(";")[0].strip().lower()
    if media_type in ("text/turtle", "application/x-turtle"):
        from kg_service.assessment.rdfmap import profile_from_rdf

        try:
            text = input_limits.decode_text(body)
        except InputError as e:
            raise ProfileError(e.field, e.message) from e
        return check_fast(profile_from_rdf(text, "turtle"))
    try:
        data = input_limits.loads(body)
    except InputError as e:
        raise ProfileError(e.field, e.message) from e
    if isinstance(data, dict) and ("@context" in data or media_type == "application/ld+json"):
        from kg_service.assessment.rdfmap import profile_from_jsonld

        return check_fast(profile_from_jsonld(data))
    return check_fast(data)
