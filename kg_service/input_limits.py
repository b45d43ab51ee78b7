"""Bounds on raw input, checked before it is parsed: JSON nesting depth, text encoding, finite numbers.

Parsing is the first work a request causes, so its bounds are checked on the bytes: a 5000-deep
array would otherwise end in a RecursionError inside the parser (or, worse, inside a validator
that walks the parsed value), and ``NaN`` is accepted by Python's json module although JSON has no
such number.
"""
from __future__ import annotations

import json
import math
import re
from typing import Any

from kg_service.errors import InputError

MAX_JSON_DEPTH = 32  # a profile is 3 deep; JSON-LD with @graph and contexts a few more

# The largest input of each use case, in bytes, the same in every face (the HTTP API bounds its request
# bodies by these, the tools for assistants their arguments). A profile is a few kB: 1000 incidents, the
# schema's bound, fit in about 60 kB. Uploads of many profiles (a batch, a reform's population) are
# bounded by the setting SFKG_BATCH_MAX_BYTES instead.
KIB = 1024
MAX_PROFILE_BYTES = 128 * KIB  # POST /assess: a profile (or {profile, reform})
MAX_REVOCATION_BYTES = 64 * KIB  # POST /revocation-check
MAX_QUESTION_BYTES = 16 * KIB  # POST /ask: a long question (4000 characters of up to 4 bytes each)
MAX_SPARQL_BYTES = 32 * KIB
MAX_KEY_REQUEST_BYTES = 4 * KIB
MAX_FORM_BYTES = 2 * 1024 * KIB + 16 * KIB  # the web form takes a profile file of up to 2 MiB

_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(rb"[\[\]{}]")


def json_depth(body: bytes, limit: int = MAX_JSON_DEPTH) -> int:
    """The nesting depth of a JSON text, counted on its brackets outside strings; stops counting
    (and returns limit + 1) as soon as the depth passes ``limit``."""
    depth = deepest = 0
    for m in _BRACKET.finditer(_STRING.sub(b'""', body)):
        if m.group() in b"[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    return deepest
        else:
            depth -= 1
    return deepest


def check_json_depth(body: bytes, field: str = "(body)", limit: int = MAX_JSON_DEPTH) -> None:
    if json_depth(body, limit) > limit:
        raise InputError(field, f"JSON nested deeper than {limit} levels")


def loads(body: bytes | str, field: str = "(body)") -> Any:
    """JSON from a request body: depth bounded, errors naming ``field``. NaN and Infinity parse (as
    Python's json does) so that the checks of the parsed value can name the field they are in: see
    ``non_finite``."""
    raw = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    check_json_depth(raw, field)
    try:
        return json.loads(raw)
    except RecursionError as e:  # unreachable after the depth check; kept so it can never be a 500
        raise InputError(field, "JSON nested too deep") from e
    except UnicodeDecodeError as e:
        raise InputError(field, f"not UTF-8 text (byte {e.start})") from e
    except ValueError as e:
        raise InputError(field, f"not valid JSON: {str(e)[:200]}") from e


def decode_text(body: bytes, field: str = "(body)") -> str:
    """A body as UTF-8 text, or InputError naming the first bad byte (never a UnicodeDecodeError)."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(field, f"not UTF-8 text (byte {e.start})") from e


def non_finite(value: Any, path: str = "") -> str | None:
    """The dotted path of the first NaN or infinite number in a parsed value, else None."""
    stack = [(path, value)]
    while stack:
        where, v = stack.pop()
        if isinstance(v, float) and not math.isfinite(v):
            return where or "(body)"
        if isinstance(v, dict):
            stack.extend((f"{where}.{k}" if where else str(k), x) for k, x in v.items())
        elif isinstance(v, list):
            stack.extend((f"{where}.{i}" if where else str(i), x) for i, x in enumerate(v))
    return None
