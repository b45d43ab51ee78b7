"""Bounds on raw input, checked before it is parsed: JSON nesting, string and number sizes, text
encoding, finite numbers.

Parsing is the first work a request causes, so its bounds are checked on the bytes, in one pass
that holds nothing of the body: a 5000-deep array would otherwise end in a RecursionError inside
the parser (or inside a validator that walks the parsed value), a 60 MB string would be decoded,
copied and validated several times over (8 GB resident, every other request stalled), a
5000-digit integer is a ValueError Python's json raises after the parse, and ``NaN`` is accepted
by Python's json module although JSON has no such number.

``scan_json`` walks the bytes a chunk at a time with numpy (quotes, escapes, brackets, digits: no
regex over the whole body, no per-byte Python loop), so a 64 MB body is scanned in a fraction of a
second and refused at the first chunk that passes a bound. Each bound is a setting
(``SFKG_JSON_MAX_DEPTH``, ``SFKG_JSON_MAX_STRING``, ``SFKG_JSON_MAX_DIGITS``) and its error names it.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg_service.errors import InputError, PayloadTooLarge
from kg_service.settings import get_settings

if TYPE_CHECKING:  # numpy is imported by the scan itself: most bodies are let through without it (check_json)
    import numpy as np

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

MAX_JSON_DEPTH = 32  # the default of SFKG_JSON_MAX_DEPTH: a profile is 3 deep; JSON-LD a few more
CHUNK = 1 << 20  # bytes scanned at a time: a few MB of numpy temporaries, whatever the body's size

_QUOTE, _BACKSLASH, _COMMA = 34, 92, 44
_OPEN, _CLOSE = (91, 123), (93, 125)


@dataclass(frozen=True)
class JsonBounds:
    """The bounds ``scan_json`` checks. ``items``/``item_bytes``: at ``split_depth`` (1: the elements of
    a top-level array; 2: those of the arrays in a top-level object), how many values and how large
    each may be, so that a batch's row bound is checked before the parse."""

    depth: int
    string: int
    digits: int
    split_depth: int | None = None
    items: int | None = None
    item_bytes: int | None = None

    @classmethod
    def from_settings(cls, **more: Any) -> JsonBounds:
        s = get_settings()
        return cls(depth=s.json_max_depth, string=s.json_max_string, digits=s.json_max_digits, **more)


@dataclass
class JsonScan:
    depth: int = 0  # the deepest nesting seen
    longest_string: int = 0  # in bytes, between its quotes, escapes as written
    longest_number: int = 0  # the longest run of digits outside strings
    items: int = 0  # values at the split depth (an empty array counts one)
    largest_item: int = 0  # bytes of the largest of them


def _runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The runs of True in ``mask``: their starts and their ends (exclusive)."""
    import numpy as np

    edges = np.diff(mask.view(np.int8), prepend=np.int8(0), append=np.int8(0))
    return np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)


def scan_json(body: bytes | bytearray | memoryview, bounds: JsonBounds, field: str = "(body)") -> JsonScan:
    """One pass over a JSON text's bytes checking ``bounds``; raises InputError (422: depth, digits)
    or PayloadTooLarge (413: a string, the items, an item) naming the bound's setting, at the first
    chunk that passes it. A text that is not JSON is not refused here: the parser says what is wrong
    (and up to its first error, this scan and the parser agree on what is inside a string)."""
    import numpy as np

    data = np.frombuffer(body, dtype=np.uint8)
    out = JsonScan()
    in_string = 0  # 1 when the previous chunk ended inside a string
    string_start = -1  # its opening quote
    backslashes = 0  # the run of backslashes that ended the previous chunk
    digits = 0  # the run of digits (outside strings) that ended the previous chunk
    depth = 0
    last_boundary = -1  # the latest open/comma/close at split depth
    split = bounds.split_depth
    for start in range(0, data.size, CHUNK):
        c = data[start:start + CHUNK]
        n = c.size
        quotes = np.flatnonzero(c == _QUOTE)
        bs = c == _BACKSLASH
        if bs.any():
            # a quote preceded by an odd run of backslashes is escaped (inside a string; outside one, a
            # backslash is an error the parser stops at)
            b_start, b_end = _runs(bs)
            if quotes.size:
                k = np.searchsorted(b_end, quotes)  # the run ending right before the quote, if any
                k_ok = np.minimum(k, b_end.size - 1)
                ends_here = (k < b_end.size) & (b_end[k_ok] == quotes)
                run = np.where(ends_here, b_end[k_ok] - b_start[k_ok] + np.where(b_start[k_ok] == 0, backslashes, 0), 0)
                run = np.where((quotes == 0), backslashes, run)
                quotes = quotes[(run & 1) == 0]
            backslashes = int(b_end[-1] - b_start[-1]) + (backslashes if b_start[-1] == 0 else 0) \
                if b_end[-1] == n else 0
        elif backslashes:
            if quotes.size and quotes[0] == 0 and backslashes & 1:
                quotes = quotes[1:]
            backslashes = 0
        started_in_string = in_string
        # strings: the quotes alternate opening and closing
        seq = quotes + start
        if in_string:
            seq = np.concatenate(([string_start], seq))
        if seq.size >= 2:
            out.longest_string = max(out.longest_string, int((seq[1::2] - seq[0:seq.size - 1:2]).max()) - 1)
        if seq.size % 2:
            in_string, string_start = 1, int(seq[-1])
            out.longest_string = max(out.longest_string, start + n - string_start - 1)
        else:
            in_string = 0
        if out.longest_string > bounds.string:
            raise PayloadTooLarge(field, f"a JSON string is longer than {bounds.string:,} bytes "
                                         "(the bound SFKG_JSON_MAX_STRING)")
        if not quotes.size and started_in_string:
            digits = 0
            continue  # the whole chunk inside one string

        def outside(pos: np.ndarray, quotes=quotes, started=started_in_string) -> np.ndarray:
            """Which of the positions lie outside strings (the quotes before each, counted)."""
            return ((np.searchsorted(quotes, pos) + started) & 1) == 0

        isdigit = (c >= 48) & (c <= 57)
        if isdigit.any():
            d_start, d_end = _runs(isdigit)
            keep = outside(d_start)
            lengths = d_end - d_start
            if d_start.size and d_start[0] == 0:
                lengths[0] += digits
            lengths = lengths[keep]
            if lengths.size:
                out.longest_number = max(out.longest_number, int(lengths.max()))
            digits = int(lengths[-1]) if lengths.size and keep[-1] and d_end[-1] == n else 0
            if out.longest_number > bounds.digits:
                raise InputError(field, f"a JSON number has more than {bounds.digits} digits "
                                        "(the bound SFKG_JSON_MAX_DIGITS)")
        else:
            digits = 0
        opens = (c == _OPEN[0]) | (c == _OPEN[1])
        marks = opens | (c == _CLOSE[0]) | (c == _CLOSE[1])
        if split:
            marks |= c == _COMMA
        where = np.flatnonzero(marks)
        if quotes.size:
            where = where[outside(where)]
        if not where.size:
            continue
        kinds = c[where]
        is_open = opens[where]
        is_close = (kinds == _CLOSE[0]) | (kinds == _CLOSE[1])
        step = is_open.astype(np.int32) - is_close
        levels = np.cumsum(step, dtype=np.int64) + depth
        deepest = int(levels.max())
        out.depth = max(out.depth, deepest)
        if deepest > bounds.depth:
            raise InputError(field, f"JSON nested deeper than {bounds.depth} levels (the bound SFKG_JSON_MAX_DEPTH)")
        depth = int(levels[-1])
        if split:
            at_split = np.where(is_close, levels == split - 1, levels == split)
            bounds_at = where[at_split] + start
            if bounds_at.size:
                out.items += int(np.count_nonzero(~is_close[at_split]))
                edges = np.concatenate(([last_boundary], bounds_at)) if last_boundary >= 0 else bounds_at
                if edges.size > 1:
                    out.largest_item = max(out.largest_item, int(np.diff(edges).max()) - 1)
                last_boundary = int(bounds_at[-1])
            if bounds.items is not None and out.items > bounds.items:
                raise PayloadTooLarge(field, f"more than {bounds.items:,} items (the bound SFKG_BATCH_MAX_ROWS)")
            if bounds.item_bytes is not None and out.largest_item > bounds.item_bytes:
                raise PayloadTooLarge(field, f"an item is larger than {bounds.item_bytes:,} bytes "
                                             "(the bound SFKG_BATCH_MAX_LINE)")
    return out


def json_depth(body: bytes, limit: int = MAX_JSON_DEPTH) -> int:
    """The nesting depth of a JSON text outside strings; ``limit + 1`` as soon as it passes ``limit``."""
    try:
        return scan_json(body, JsonBounds(depth=limit, string=len(body) + 1, digits=len(body) + 1)).depth
    except InputError:
        return limit + 1


def check_json(body: bytes, field: str = "(body)", bounds: JsonBounds | None = None) -> JsonScan | None:
    """``scan_json`` with the settings' bounds (or ``bounds``). A text that cannot pass a bound (no
    longer than a string may be, fewer brackets than the depth, no run of digits past the bound) is
    let through on three C-speed counts, without the scan (None): most profiles and questions."""
    b = bounds or JsonBounds.from_settings()
    if b.split_depth is None and len(body) <= b.string and \
            body.count(b"[") + body.count(b"{") <= b.depth and not has_digit_run(body, b.digits + 1):
        return None
    return scan_json(body, b, field)


# every ASCII digit to b"0", every other byte to a space: a run of n digits is then b"0" * n
_DIGIT_MAP = bytes(48 if 48 <= b < 58 else 32 for b in range(256))


def digit_map(data: bytes) -> bytes:
    """``data`` with every ASCII digit made b"0" and every other byte a space: made once, it serves every
    ``has_digit_run`` over the same bytes (a batch file's two looks at its digit runs)."""
    return data.translate(_DIGIT_MAP)


def has_digit_run(data: bytes, length: int, digits: bytes | None = None) -> bool:
    """Whether ``data`` holds ``length`` ASCII digits in a row: one translation and one substring search,
    ten times faster than the regular expression ``[0-9]{length}`` (~2 µs against ~20 µs on a profile,
    whose body is checked twice per ``POST /assess``). ``digits``: its ``digit_map``, if made."""
    return b"0" * length in (digits if digits is not None else data.translate(_DIGIT_MAP))


def check_json_depth(body: bytes, field: str = "(body)", limit: int | None = None) -> None:
    bounds = JsonBounds.from_settings()
    if limit is not None:
        bounds = JsonBounds(depth=limit, string=bounds.string, digits=bounds.digits)
    scan_json(body, bounds, field)


def loads(body: bytes | str, field: str = "(body)") -> Any:
    """JSON from a request body: depth bounded, errors naming ``field``. NaN and Infinity parse (as
    Python's json does) so that the checks of the parsed value can name the field they are in: see
    ``non_finite``."""
    raw = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    check_json(raw, field)
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
    if _all_finite(value):
        return None  # the usual case, found without making a path for every value
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


def _all_finite(value: Any) -> bool:
    """Whether every number in a parsed value is finite (``non_finite``'s walk without the paths)."""
    stack = [value]
    pop, push = stack.pop, stack.extend
    while stack:
        v = pop()
        if isinstance(v, float):
            if not math.isfinite(v):
                return False
        elif isinstance(v, dict):
            push(v.values())
        elif isinstance(v, list):
            push(v)
    return True
