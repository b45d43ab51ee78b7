"""Reading batch files (JSONL, JSON array, CSV, XLSX) into rows, each a profile or the error that
kept it from being one. A file that cannot be read at all raises ``BatchFileError``."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg_service.assessment.profile import ProfileError
from kg_service.batch.columns import COLUMNS, header_paths, is_label_row, row_to_profile
from kg_service.batch.fastjson import loader
from kg_service.errors import InputError

KINDS = ("jsonl", "json", "csv", "xlsx")


class BatchFileError(InputError):
    """The batch file as a whole cannot be read (unknown type, not UTF-8, not a JSON array, no header)."""


Row = tuple[int, Any]  # (line or row number, profile dict or ProfileError)


def kind_of(name: str, content_type: str | None = None) -> str:
    suffix = Path(name or "").suffix.lower().lstrip(".")
    if suffix == "ndjson":
        suffix = "jsonl"
    if suffix in KINDS:
        return suffix
    ct = (content_type or "").split(";")[0].strip().lower()
    by_type = {"application/x-ndjson": "jsonl", "application/jsonl": "jsonl", "application/json": "json",
               "text/csv": "csv",
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx"}
    if ct in by_type:
        return by_type[ct]
    raise BatchFileError("file", f"cannot tell the file's type from '{name}' ({content_type or 'no type'}): "
                                 "use .jsonl, .json, .csv or .xlsx")


def read_file(path: Path) -> tuple[str, Iterator[Row]]:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise BatchFileError("file", f"cannot read {path}: {e.strerror or e}") from e
    kind = kind_of(path.name)
    return kind, read_bytes(data, kind)


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise BatchFileError("file", f"not UTF-8 text: {e}") from e


def read_bytes(data: bytes, kind: str) -> Iterator[Row]:
    """Rows of a file's content; raises BatchFileError at once if the file as a whole is unreadable."""
    if kind == "jsonl":
        return _jsonl(_text(data), loader(data))
    if kind == "json":
        try:
            doc = loader(data)(_text(data))
        except ValueError as e:
            raise BatchFileError("file", f"not valid JSON: {e}") from e
        if isinstance(doc, dict) and isinstance(doc.get("profiles"), list):
            doc = doc["profiles"]
        if not isinstance(doc, list):
            raise BatchFileError("file", "a .json batch is an array of profiles (or {\"profiles\": [...]})")
        return iter(list(enumerate(doc, start=1)))
    if kind == "csv":
        rows = list(csv.reader(io.StringIO(_text(data))))
        return _flat(rows)
    if kind == "xlsx":
        return _flat(_xlsx_rows(data))
    raise BatchFileError("file", f"unknown batch file type {kind!r}")


def _jsonl(text: str, loads=json.loads) -> Iterator[Row]:
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield n, loads(line)  # json.loads's value or error (fastjson.loader: the same, faster)
        except ValueError as e:
            yield n, ProfileError("(line)", f"not valid JSON: {e}")


def _xlsx_rows(data: bytes) -> list[list[Any]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises zipfile, KeyError, InvalidFileException…
        raise BatchFileError("file", f"not a readable XLSX workbook: {e}") from e
    ws = wb.worksheets[0]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    wb.close()
    return rows


def _flat(rows: list[list[Any]]) -> Iterator[Row]:
    if not rows:
        raise BatchFileError("file", "the file is empty: the first row names the columns")
    paths = header_paths(rows[0])
    if "id" not in paths:
        raise BatchFileError("file", "the first row names the columns and must have an 'id' column "
                                     "(see `sfkg batch --template csv`)")
    return _flat_rows(paths, rows)


def _flat_rows(paths, rows) -> Iterator[Row]:
    # a column outside the layout becomes a field the profile check refuses, naming it
    for n, row in enumerate(rows[1:], start=2):
        if not any(c is not None and str(c).strip() for c in row) or is_label_row(paths, row):
            continue
        try:
            yield n, row_to_profile(paths, list(row) + [None] * (len(paths) - len(row)))
        except ProfileError as e:
            yield n, e


def write_template(path: Path, kind: str) -> None:
    """An empty batch file: field paths, then the Chinese and the English labels of each column."""
    header = [[c[0] for c in COLUMNS], [c[1] for c in COLUMNS], [c[2] for c in COLUMNS]]
    if kind == "csv":
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows(header)
    elif kind == "xlsx":
        from openpyxl import Workbook
        from openpyxl.styles import Font

        wb = Workbook()
        ws = wb.active
        ws.title = "profiles"
        for r in header:
            ws.append(r)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A4"
        wb.save(path)
    else:
        raise BatchFileError("template", f"templates are csv or xlsx, not {kind!r}")
