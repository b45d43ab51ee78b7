"""JSON in and out of batch runs with orjson, giving exactly what the standard library gives.

``json.loads`` costs about 10 µs a profile line and ``json.dumps`` a few µs a piece of a lean line:
most of a run's reading and a good part of its writing. orjson is 3–10× faster but differs from the
standard library at the edges, so each call falls back to ``json`` wherever they could differ:

- reading: orjson turns an integer beyond 64 bits into a float (``json``: the int) — a line holding 19
  digits in a row is read by ``json``; orjson refuses NaN, Infinity, a number beyond floats and lone
  surrogates, which ``json`` accepts — a line orjson refuses is read (or refused, with its message) by
  ``json``;
- writing: orjson writes a float below 1e-4 as ``0.0000…`` or ``1e-7`` where ``json`` writes ``1e-07``,
  and NaN/±Infinity as ``null`` — output holding ``e-``, ``0.0000`` or ``null`` is written by ``json``;
  what orjson cannot write (an integer beyond 64 bits, a key not a string) too.

Held to ``json`` by tests/test_fastjson.py (random values, strings and profile lines).
"""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from kg_service.input_limits import digit_map, has_digit_run

try:
    import orjson
except ImportError:  # pragma: no cover - a dependency; the standard library still gives the same bytes
    orjson = None

# a run of 19 digits may be an integer beyond 64 bits, which orjson makes a float: such a line is json's
_RUN = 19
_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _short_numbers(text: str) -> Any:
    """``json.loads`` of text known to hold no run of 19 digits."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)  # json's verdict (it accepts NaN, big numbers, lone surrogates) and its message


def loads(text: str | bytes) -> Any:
    """``json.loads(text)``: the same value, or the same ``ValueError``."""
    if orjson is not None:
        try:
            data = text.encode() if text.__class__ is str else text
        except UnicodeEncodeError:  # a lone surrogate: json's to read
            return json.loads(text)
        if not has_digit_run(data, _RUN):
            return _short_numbers(text)
    return json.loads(text)


def loader(data: bytes, digits: bytes | None = None) -> Callable[[str], Any]:
    """A ``json.loads`` for the lines of a file's content ``data``: one look at the whole file for a run
    of 19 digits (~1 ms a MB) spares each line its own."""
    if orjson is None:
        return json.loads
    return loads if has_digit_run(data, _RUN, digits) else _short_numbers


def quick_loader(data: bytes, digits: bytes | None = None) -> Callable[[bytes], Any] | None:
    """``orjson.loads`` for the lines of ``data`` when it reads every line it accepts as ``json.loads``
    does (no run of 19 digits in the file), else None. A line it refuses (ValueError) is ``loader``'s."""
    if orjson is None or has_digit_run(data, _RUN, digits):
        return None
    return orjson.loads


def compact_bytes(value: Any) -> bytes:
    """``compact(value)`` encoded in UTF-8 (orjson's bytes as they come, where they are json's)."""
    if orjson is not None:
        try:
            out = orjson.dumps(value)
        except TypeError:
            return _compact(value).encode()
        if b"e-" not in out and b"0.0000" not in out and b"null" not in out:
            return out
    return _compact(value).encode()


def compact(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, separators=(",", ":"))``, the same text."""
    if orjson is not None:
        try:
            out = orjson.dumps(value)
        except TypeError:
            return _compact(value)
        if b"e-" not in out and b"0.0000" not in out and b"null" not in out:
            return out.decode()
    return _compact(value)


__all__ = ["compact", "compact_bytes", "digit_map", "has_digit_run", "loader", "loads", "quick_loader"]
