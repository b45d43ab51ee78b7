"""kg_service/batch/fastjson.py gives what the standard library gives: the same values read (or the
same error), the same text written, on random values and on the edges where orjson differs."""
from __future__ import annotations

import json
import math
import random
import struct

import pytest

from kg_service.assessment.profile import ProfileError
from kg_service.batch import fastjson
from kg_service.batch.io import ReadBounds, read_bytes
from kg_service.errors import InputError


def _compact(v):
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def _same(a, b) -> bool:
    """Equal values of equal types all the way down (1 == 1.0 == True is not enough; NaN equals NaN)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return repr(a) == repr(b)
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def _float(rng: random.Random) -> float:
    r = rng.random()
    if r < 0.3:
        return rng.uniform(-1e3, 1e3)
    if r < 0.6:
        return rng.random() * 10 ** rng.randint(-30, 30)
    if r < 0.8:
        return round(rng.uniform(0, 100), rng.randint(0, 4))
    return struct.unpack("d", struct.pack("Q", rng.getrandbits(64)))[0]  # any double, NaN and ±inf too


def _string(rng: random.Random) -> str:
    pools = [(0, 0x80), (0x80, 0xD800), (0xE000, 0x110000), (0, 0x20)]
    return "".join(chr(rng.randrange(*rng.choice(pools))) for _ in range(rng.randint(0, 8)))


def _value(rng: random.Random, depth: int = 0):
    kind = rng.randrange(8 if depth < 3 else 5)
    if kind == 0:
        return _float(rng)
    if kind == 1:
        return rng.choice([0, -1, 2**63 - 1, -(2**63), 2**64, -(2**64) - 1, 10**25, rng.randint(-10**6, 10**6)])
    if kind == 2:
        return _string(rng)
    if kind == 3:
        return rng.choice([True, False, None])
    if kind == 4:
        return rng.choice(["null", "e-5", "0.0000", "1e-07"])  # what the writer's guards look for, in strings
    if kind == 5:
        return [_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {_string(rng): _value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def test_compact_writes_what_json_writes():
    rng = random.Random(7)
    for _ in range(20_000):
        v = _value(rng)
        assert fastjson.compact(v) == _compact(v)
        try:
            encoded = _compact(v).encode()
        except UnicodeEncodeError:  # a lone surrogate: no UTF-8 for it either way
            with pytest.raises(UnicodeEncodeError):
                fastjson.compact_bytes(v)
            continue
        assert fastjson.compact_bytes(v) == encoded
    for v in [1e-7, 4.265817885401368e-05, 1e-4, 1e16, 1e308, 5e-324, -0.0, math.nan, math.inf, -math.inf, 2**64,
              {1: "a"}, "\u2028\x7f\x00\"\\", {"a": [1.5, None, True]}]:
        assert fastjson.compact(v) == _compact(v)
        assert fastjson.compact_bytes(v) == _compact(v).encode()


def test_loads_reads_what_json_reads():
    rng = random.Random(11)
    for _ in range(20_000):
        text = json.dumps(_value(rng), ensure_ascii=rng.random() < 0.5)
        want = json.loads(text)
        assert _same(fastjson.loads(text), want), text
        assert _same(fastjson.loader(text.encode())(text), want), text


@pytest.mark.parametrize("text", [
    "18446744073709551616", "-9223372036854775809", "[123456789012345678901234567890]", "NaN", "-Infinity",
    "1e400", '"\\ud800"', "-0", "-0.0", "1E2", "0.1e-400", '{"a":1,"a":2}', "[1,2,]", "{", "", "nul",
    '{"id": "x"} trailing', "\ufeff{}", "  [1]  ",
])
def test_edges_read_or_refused_as_json_does(text):
    try:
        want = json.loads(text)
    except ValueError as e:
        for loads in (fastjson.loads, fastjson.loader(text.encode("utf-8", "surrogatepass"))):
            with pytest.raises(ValueError) as got:
                loads(text)
            assert str(got.value) == str(e)
        return
    assert _same(fastjson.loads(text), want)
    assert _same(fastjson.loader(text.encode("utf-8", "surrogatepass"))(text), want)


def test_batch_lines_read_as_json_reads_them():
    """A JSONL batch read with orjson (no long numbers in the file) and with json (one line has some)."""
    from kg_service.assessment.engine import Assessor
    from tests.generated_profiles import profiles

    population = profiles(300, Assessor.load().compiled.thresholds, seed=5)
    lines = [json.dumps(p, ensure_ascii=False) for p in population] + ["{bad", '{"id": "n", "x": NaN}']
    for extra in ([], ['{"id": "big", "annual_revenue_10k_cny": 123456789012345678901234}']):
        data = "\n".join(lines + extra).encode()
        got = list(read_bytes(data, "jsonl"))
        want = [(n, json.loads(t)) for n, t in enumerate(lines + extra, start=1) if n != len(lines) - 1]
        assert [n for n, _ in got] == list(range(1, len(lines + extra) + 1))
        assert _same([v for n, v in got if n != len(lines) - 1], [v for _, v in want])
        bad = dict(got)[len(lines) - 1]
        assert bad.field == "(line)" and "not valid JSON" in bad.message


def _rows_or_error(data: bytes):
    """read_bytes's rows (profiles, or their errors as (field, message)), or the file's error."""
    try:
        return [(n, (v.field, v.message) if isinstance(v, ProfileError) else v)
                for n, v in read_bytes(data, "jsonl", ReadBounds(rows=1000, columns=50, cell=1000, line=100_000,
                                                                unzipped=1 << 20, ratio=100))]
    except InputError as e:
        return (type(e).__name__, e.field, e.message)


@pytest.mark.parametrize("bad", [
    None, b"\xff\xfe not utf-8", b"[" * 40 + b"]" * 40, b'{"id": "' + b"x" * 70_000 + b'"}',
    b'{"id": "d", "annual_revenue_10k_cny": ' + b"9" * 70 + b"}", b'{"id": "ok", "domains": [[[[[]]]]]}',
    b'{"id": "s", "note": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}', b"{bad", b"", b"   ", b"\xef\xbb\xbf{}",
    b'{"id": "n", "x": NaN}', b'{"id": "big", "v": 123456789012345678901234}',
])
def test_jsonl_whole_file_check_reads_as_line_by_line(monkeypatch, bad):
    """The JSONL reader looks at the whole file once (UTF-8, line lengths, brackets, digit runs) to spare
    each line its checks: what it reads, and what it refuses (naming the line), is what checking each
    line gives."""
    from kg_service.assessment.engine import Assessor
    from kg_service.batch import io as batch_io
    from tests.generated_profiles import profiles

    lines = [json.dumps(p, ensure_ascii=False).encode() for p in profiles(40, Assessor.load().compiled.thresholds,
                                                                             seed=3)]
    if bad is not None:
        lines.insert(17, bad)
    data = b"\xef\xbb\xbf" + b"\n".join(lines) + b"\n"
    if bad is None:  # a clean file is the one the whole-file look passes
        assert batch_io._lines_pass(data, None, batch_io.input_limits.JsonBounds.from_settings())
    fast = _rows_or_error(data)
    monkeypatch.setattr(batch_io, "_lines_pass", lambda *_a: False)
    slow = _rows_or_error(data)
    assert fast == slow if isinstance(slow, tuple) else _same(fast, slow)
    if bad is not None and bad.startswith((b"\xff", b"[[", b'{"id": "x')):
        assert isinstance(slow, tuple) and "line 18" in slow[2]  # refused, naming the line (after the BOM's)


def test_api_responses_give_the_values_json_gives():
    """POST /assess and /interview answer through orjson: the same JSON values as Starlette's JSONResponse,
    on random values (floats, strings, nesting) and on what orjson cannot write (big integers, int keys)."""
    from fastapi.responses import JSONResponse

    from kg_service.api.responses import FastJSONResponse

    rng = random.Random(13)
    values = [{"a": _value(rng)} for _ in range(3000)]
    values += [{"big": 2**70}, {1: "int key"}, {"s": "\u2028\x00\"\\é漢"}]
    for v in values:
        if "NaN" in json.dumps(v) or "Infinity" in json.dumps(v):
            continue  # not JSON: neither writes it (Starlette refuses; the service never answers one)
        got = FastJSONResponse(v).body
        assert _same(json.loads(got), json.loads(JSONResponse(v).body)), v


@pytest.mark.parametrize("data", [
    b'{"id": "a"}\n{"id": "b"}',  # no newline at the end
    b'{"id": "a"}\r\n\r\n{"id": "b"}\r\n',  # CRLF, a blank line between
    b'{"id": "a"}\n{"id": "b", \n"x": 1}\n',  # an object across two lines: each line refused on its own
    b'{"id": "a"}\n{"id": "b"',  # the last line cut short, without its newline
    b'{"id": "a"}\n[1,\n2]\n\t \n',  # a value across lines, a line of blanks
    b'\xef\xbb\xbf\n{"id": "a"}\n',  # a BOM on a line of its own
    b'{"id": "a", "t": "\\ud800"}\n{"id": "b"}\n',  # a lone surrogate (json reads it, orjson refuses)
    b'{"id": "a"}\n' + b'{"id": "b", "w": "' + b"y" * 99_990 + b'"}\n',  # past SFKG_BATCH_MAX_LINE
])
def test_jsonl_lines_read_as_line_by_line(monkeypatch, data):
    """The whole-file look's reading of each line (orjson, then json on what orjson refuses) gives what
    the line-by-line loop gives: values, errors and their messages (line numbers and positions), refusals."""
    from kg_service.batch import io as batch_io

    fast = _rows_or_error(data)
    monkeypatch.setattr(batch_io, "_lines_pass", lambda *_a: None)
    slow = _rows_or_error(data)
    assert fast == slow if isinstance(slow, tuple) else _same(fast, slow)
