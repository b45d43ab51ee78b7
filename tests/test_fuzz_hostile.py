"""The hostile inputs of issue 19, replayed at CI's scale: each is refused (or fails cleanly) with a 4xx
``ErrorBody`` naming the bound, never a 5xx; the memory the request makes stays bounded (tracemalloc's
peak, a resource bound, not a timing); /health still answers after each; and no CSV cell the service
writes is one a spreadsheet would run. bench/hostile.py replays the same inputs at full size against a
live server and measures resident memory and times."""
from __future__ import annotations

import csv
import io
import json
import tracemalloc

import pytest

from tests import hostile_inputs as hostile

MIB = 1024 * 1024
XLSX = hostile.CT_XLSX


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    from fastapi.testclient import TestClient

    from kg_service.records.keys import KEYS_FILE, KeyStore
    from tests.conftest import app_on_data_dir

    data = tmp_path_factory.mktemp("hostile-data")
    app = app_on_data_dir(data)
    admin = KeyStore(data / KEYS_FILE).create("admin", None)[1]
    with TestClient(app) as client:
        yield client, {"Authorization": f"Bearer {admin}"}


def _error_body(r) -> dict:
    body = r.json()
    assert set(body) == {"detail", "errors"} and body["errors"], body
    assert all({"field", "message", "type"} <= set(e) for e in body["errors"])
    return body


def _hostile(client, method: str, url: str, bound_mib: float, **kw):
    """The request, its memory peak bounded, /health answering after it."""
    tracemalloc.start()
    try:
        r = client.request(method, url, **kw)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert r.status_code < 500, (url, r.status_code, r.text[:300])
    assert peak < bound_mib * MIB, f"{url}: {peak / MIB:.0f} MiB allocated at the peak"
    assert client.get("/health").status_code == 200
    return r


UPLOADS = [  # (name, content, content type, status, words of the message)
    ("far-corner.xlsx", hostile.xlsx_far_corner(), XLSX, 413, "SFKG_BATCH_MAX_COLUMNS"),
    ("big-cell.xlsx", hostile.xlsx_big_cell(48 * MIB), XLSX, 413, "SFKG_BATCH_MAX_CELL"),
    ("cell.csv", hostile.csv_big_cell(2 * MIB), "text/csv", 413, "SFKG_BATCH_MAX_CELL"),
    ("deep.csv", hostile.csv_deep_incidents(), "text/csv", 422, "SFKG_JSON_MAX_DEPTH"),
    ("deep.jsonl", hostile.jsonl_deep_line(), "application/x-ndjson", 422, "SFKG_JSON_MAX_DEPTH"),
    ("long.jsonl", hostile.jsonl_long_line(4 * MIB), "application/x-ndjson", 413, "SFKG_BATCH_MAX_LINE"),
    ("long.json", hostile.json_long_string(8 * MIB), "application/json", 413, "SFKG_JSON_MAX_STRING"),
]


@pytest.mark.parametrize(("name", "content", "ctype", "status", "bound"), UPLOADS, ids=[u[0] for u in UPLOADS])
@pytest.mark.parametrize("how", ["raw", "multipart"])
def test_hostile_upload_is_refused_naming_its_bound(env, name, content, ctype, status, bound, how):
    client, _ = env
    if how == "raw":
        r = _hostile(client, "POST", f"/batch?filename={name}", 160, content=content, headers={"content-type": ctype})
    else:
        r = _hostile(client, "POST", "/batch", 160, files={"file": (name, content, ctype)})
    assert r.status_code == status, r.text[:300]
    assert bound in _error_body(r)["detail"]


def test_far_corner_cell_in_bounds_is_read_as_two_rows():
    """A far row (the declared dimension notwithstanding) costs nothing: rows are never padded, and
    each keeps its number in the sheet (errors name it)."""
    from kg_service.batch.io import _xlsx_rows

    data = hostile._xlsx([hostile._SHEET_HEAD.format(dim="A1:XFD1048576"),
                          '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>',
                          '<row r="1048576"><c r="B1048576"><v>1</v></c></row></sheetData></worksheet>'])
    tracemalloc.start()
    try:
        rows = list(_xlsx_rows(data, _bounds()))
        _c, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert rows == [(1, ["id"]), (1048576, [None, 1])]
    assert peak < 8 * MIB


def test_xlsx_reader_reads_what_openpyxl_reads(tmp_path):
    """Dates (by the cell's number format), numbers, booleans, shared and rich strings, formulas' values."""
    import datetime

    from openpyxl import Workbook, load_workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    from kg_service.batch.io import _xlsx_rows

    wb = Workbook()
    ws = wb.active
    ws.append(["id", "as_of", "n", "ok", "name", "f"])
    ws.append(["p1", datetime.date(2025, 3, 1), 3, True, "某公司", 0.95])
    ws.append(["p2", datetime.datetime(2025, 3, 1, 12, 0), -2.5, False, "x", None])
    ws["E3"] = CellRichText(["rich ", TextBlock(InlineFont(b=True), "bold")])
    ws.cell(row=10, column=3, value=7)
    wb.save(tmp_path / "t.xlsx")
    data = (tmp_path / "t.xlsx").read_bytes()
    theirs = [(n, list(r)) for n, r in enumerate(load_workbook(tmp_path / "t.xlsx", read_only=True, data_only=True)
                                                 .worksheets[0].iter_rows(values_only=True), start=1)]
    ours = dict(_xlsx_rows(data, _bounds()))
    for n, row in theirs:
        while row and row[-1] is None:
            row.pop()
        assert ours.get(n, []) == row, n


@pytest.mark.parametrize(("change", "bound"), [({"ratio": 20}, "SFKG_XLSX_MAX_RATIO"),
                                               ({"unzipped": 1 * MIB}, "SFKG_XLSX_MAX_UNZIPPED")])
def test_zip_bomb_is_refused_as_it_inflates(change, bound):
    """Inflated a chunk at a time: past the ratio (or the total), the rest is never inflated."""
    from dataclasses import replace

    from kg_service.batch.io import _xlsx_rows
    from kg_service.errors import PayloadTooLarge

    bounds = replace(_bounds(), cell=64 * MIB, **change)
    tracemalloc.start()
    try:
        with pytest.raises(PayloadTooLarge, match=bound):
            list(_xlsx_rows(hostile.xlsx_big_cell(32 * MIB), bounds))
        _c, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * MIB


@pytest.mark.parametrize("kind", ["csv", "xlsx", "jsonl", "json"])
def test_rows_are_counted_as_they_are_read(kind):
    """The row bound is checked at the row that passes it: the rest of the file is never read."""
    from dataclasses import replace

    from kg_service.batch.io import read_bytes
    from kg_service.errors import PayloadTooLarge

    data = {"csv": lambda: hostile.csv_many_rows(200_000), "xlsx": lambda: hostile.xlsx_many_rows(20_000),
            "jsonl": lambda: b'{"id": "p"}\n' * 200_000,
            "json": lambda: b"[" + b",".join([b'{"id": "p"}'] * 200_000) + b"]"}[kind]()
    tracemalloc.start()
    try:
        with pytest.raises(PayloadTooLarge, match="SFKG_BATCH_MAX_ROWS"):
            list(read_bytes(data, kind, replace(_bounds(), rows=500)))
        _c, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 32 * MIB, peak  # a few chunks of numpy temporaries, whatever the file's size


def test_a_file_over_the_row_bound_is_413(env):
    client, _ = env
    r = client.post("/batch?filename=rows.csv", content=hostile.csv_many_rows(120_000),
                    headers={"content-type": "text/csv"})
    assert r.status_code == 413 and "SFKG_BATCH_MAX_ROWS" in _error_body(r)["detail"]
    assert client.get("/health").status_code == 200


def _bounds():
    from kg_service.batch.io import ReadBounds

    return ReadBounds.from_settings()


@pytest.mark.parametrize("path", ["/reforms/impact", "/batch"])
def test_long_json_string_is_refused_before_parsing(env, path):
    client, _ = env
    body = hostile.impact_long_string(16 * MIB) if path == "/reforms/impact" else hostile.json_long_string(16 * MIB)
    r = _hostile(client, "POST", path, 120, content=body, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "SFKG_JSON_MAX_STRING" in _error_body(r)["detail"]


def test_reform_population_is_bounded_in_rows(env):
    from kg_service.settings import get_settings

    client, _ = env
    n = get_settings().reform_max_rows + 1
    r = _hostile(client, "POST", "/reforms/impact", 200, content=hostile.impact_many_profiles(n),
                 headers={"content-type": "application/json"})
    assert r.status_code == 413 and "SFKG_REFORM_MAX_ROWS" in _error_body(r)["detail"]


@pytest.mark.parametrize("path", ["/assessments", "/revocation-checks"])
@pytest.mark.parametrize("offset", [2**63, 2**64, 10**30])
def test_huge_offset_is_422(env, path, offset):
    client, admin = env
    r = client.get(f"{path}?offset={offset}", headers=admin)
    assert r.status_code == 422
    assert _error_body(r)["errors"][0]["field"].endswith("offset")


LONG_NUMBER = b'{"a": ' + b"1" * 100 + b".5e" + b"9" * 80 + b"}"


@pytest.mark.parametrize("path", ["/ask", "/revocation-check", "/keys", "/reforms/impact", "/assess"])
@pytest.mark.parametrize("body", [hostile.INVALID_UTF8, hostile.long_integer(), LONG_NUMBER],
                         ids=["invalid-utf8", "long-integer", "long-number"])
def test_bad_bytes_are_a_4xx_error_body(env, path, body):
    client, admin = env
    r = client.post(path, content=body, headers={"content-type": "application/json", **admin})
    assert 400 <= r.status_code < 500, r.text[:300]
    _error_body(r)


@pytest.mark.parametrize("path", ["/ask", "/keys", "/reforms/impact"])
def test_bad_bytes_without_a_content_type_are_a_4xx_error_body(env, path):
    client, admin = env
    r = client.post(path, content=hostile.INVALID_UTF8, headers=admin)
    assert 400 <= r.status_code < 500
    _error_body(r)


def test_framework_errors_have_the_error_body(env):
    client, _ = env
    for r in (client.get("/no-such-route"), client.delete("/health"), client.get("/batch/nope"),
              client.get("/assessments/nope"), client.get("/sparql", params={"query": "SELECT WHERE {"}),
              client.post("/sparql", content=b"INSERT DATA { <a:a> <a:b> <a:c> }",
                          headers={"content-type": "application/sparql-update"})):
        assert 400 <= r.status_code < 500
        _error_body(r)


def _wait(client, job_id: str) -> dict:
    import time

    for _ in range(600):
        job = client.get(f"/batch/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError("the job did not finish")


def test_no_cell_a_spreadsheet_would_run(env):
    """OWASP's rule over results.csv and errors.csv: ids that are formulas, good rows and bad."""
    client, _ = env
    rows = ["id,maturity_level"] + [f'"{f.replace(chr(34), chr(34) * 2)}",2' for f in hostile.FORMULAS] + \
           [f'"{f.replace(chr(34), chr(34) * 2)}",not-a-level' for f in hostile.FORMULAS]
    r = client.post("/batch?filename=f.csv", content="\n".join(rows).encode(), headers={"content-type": "text/csv"})
    assert r.status_code == 202, r.text
    job = _wait(client, r.json()["id"])
    assert job["status"] == "done", job
    seen = 0
    for name in ("results.csv", "errors.csv"):
        text = client.get(f"/batch/{job['id']}/{name}").text
        for row in csv.reader(io.StringIO(text)):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (name, cell)
                seen += cell.startswith("'")
    assert seen >= len(hostile.FORMULAS)  # the formulas were written, escaped


def test_safe_cell_follows_owasp():
    from kg_service.spreadsheet import safe_cell

    for f in hostile.FORMULAS:
        assert safe_cell(f) == "'" + f
    assert safe_cell("plain") == "plain" and safe_cell(-3) == -3 and safe_cell("a=b") == "a=b"


def test_scanner_agrees_with_the_parser_on_strings_and_depth():
    """The byte scanner against a straightforward walk, on texts with escapes across chunk edges."""
    import random

    from kg_service import input_limits
    from kg_service.input_limits import JsonBounds, scan_json

    rnd = random.Random(19)

    def value(d=0):
        r = rnd.random()
        if d > 5 or r < 0.3:
            return rnd.choice([rnd.randint(-10**9, 10**9), "a\\\"b" * rnd.randint(0, 3) + "\\" * rnd.randint(0, 2),
                               "名" * rnd.randint(0, 5), None, 1.5])
        if r < 0.65:
            return [value(d + 1) for _ in range(rnd.randint(0, 4))]
        return {f"k{i}": value(d + 1) for i in range(rnd.randint(0, 4))}

    def deepest(v) -> int:
        if isinstance(v, list):
            return 1 + max((deepest(x) for x in v), default=0)
        if isinstance(v, dict):
            return 1 + max((deepest(x) for x in v.values()), default=0)
        return 0

    def longest(v) -> int:
        if isinstance(v, str):
            return len(json.dumps(v, ensure_ascii=False).encode()) - 2
        items = v if isinstance(v, list) else [*v, *v.values()] if isinstance(v, dict) else []
        return max((longest(x) for x in items), default=0)

    chunk = input_limits.CHUNK
    try:
        for size in (5, 64):
            input_limits.CHUNK = size
            for _ in range(150):
                v = [value() for _ in range(rnd.randint(1, 6))]
                text = json.dumps(v, ensure_ascii=False).encode()
                s = scan_json(text, JsonBounds(depth=99, string=10**9, digits=10**9, split_depth=1))
                assert (s.depth, s.longest_string, s.items) == (deepest(v), longest(v), len(v)), text
    finally:
        input_limits.CHUNK = chunk
