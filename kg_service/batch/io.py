"""Reading batch files (JSONL, JSON array, CSV, XLSX) into rows, each a profile or the error that
kept it from being one. A file that cannot be read at all raises ``BatchFileError``.

Every bound is checked while the file is read, before what was read is held (``ReadBounds``, from
the settings): rows (``SFKG_BATCH_MAX_ROWS``), columns (``SFKG_BATCH_MAX_COLUMNS``), one cell's
characters (``SFKG_BATCH_MAX_CELL``), one JSONL line's or JSON item's bytes (``SFKG_BATCH_MAX_LINE``),
JSON depth, strings and numbers (``SFKG_JSON_MAX_*``), and for XLSX the bytes its parts inflate to, in
all and against their compressed size (``SFKG_XLSX_MAX_UNZIPPED``, ``SFKG_XLSX_MAX_RATIO``). A file
past one is refused (``PayloadTooLarge``, 413, or ``InputError``, 422) naming it, at the row where it
is passed. Nothing a file declares about itself is trusted: XLSX is read by our own streaming reader
(zipfile + expat), not by a library that pads every row to the sheet's declared ``<dimension>``.
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.parsers import expat

from kg_service import input_limits
from kg_service.assessment.profile import ProfileError
from kg_service.batch import fastjson
from kg_service.batch.columns import COLUMNS, header_paths, is_label_row, row_to_profile
from kg_service.errors import InputError, PayloadTooLarge
from kg_service.settings import get_settings

KINDS = ("jsonl", "json", "csv", "xlsx")
READ_SIZE = 64 * 1024  # bytes inflated (or read) at a time


class BatchFileError(InputError):
    """The batch file as a whole cannot be read (unknown type, not UTF-8, not a JSON array, no header)."""


Row = tuple[int, Any]  # (line or row number, profile dict or ProfileError)


@dataclass(frozen=True)
class ReadBounds:
    rows: int
    columns: int
    cell: int
    line: int
    unzipped: int
    ratio: int

    @classmethod
    def from_settings(cls, rows: int | None = None) -> ReadBounds:
        s = get_settings()
        return cls(rows=rows or s.batch_max_rows, columns=s.batch_max_columns, cell=s.batch_max_cell,
                   line=s.batch_max_line, unzipped=s.xlsx_max_unzipped, ratio=s.xlsx_max_ratio)


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


def read_file(path: Path, bounds: ReadBounds | None = None) -> tuple[str, Iterator[Row]]:
    kind = kind_of(path.name)
    try:
        size = path.stat().st_size
        limit = get_settings().batch_max_bytes
        if size > limit:
            raise PayloadTooLarge("file", f"{path} is {size:,} bytes; at most {limit:,} are read "
                                          "(the bound SFKG_BATCH_MAX_BYTES)")
        data = path.read_bytes()
    except OSError as e:
        raise BatchFileError("file", f"cannot read {path}: {e.strerror or e}") from e
    return kind, read_bytes(data, kind, bounds)


def _too_many_rows(bounds: ReadBounds) -> PayloadTooLarge:
    return PayloadTooLarge("file", f"the file has more than {bounds.rows:,} rows; at most {bounds.rows:,} are "
                                   "accepted (the bound SFKG_BATCH_MAX_ROWS)")


def read_bytes(data: bytes, kind: str, bounds: ReadBounds | None = None) -> Iterator[Row]:
    """Rows of a file's content, bounded as they are read; raises BatchFileError at once if the file as
    a whole is unreadable, and PayloadTooLarge/InputError (from the iterator) at the first bound passed."""
    b = bounds or ReadBounds.from_settings()
    if kind == "jsonl":
        return _counted(_jsonl(data, b), b)
    if kind == "json":
        return iter(_json_array(data, b))
    if kind == "csv":
        if data.count(b"\n") > b.rows:
            _count_csv_rows(data, b)  # a long file: its rows counted first, cheaply, before any is converted
        return _flat(enumerate(_csv_rows(data, b), start=1), b)
    if kind == "xlsx":
        return _flat(_xlsx_rows(data, b), b)
    raise BatchFileError("file", f"unknown batch file type {kind!r}")


def _counted(rows: Iterator[Row], b: ReadBounds) -> Iterator[Row]:
    for count, row in enumerate(rows, start=1):
        if count > b.rows:
            raise _too_many_rows(b)
        yield row


def _in_row(n: int, e: InputError, what: str = "line") -> InputError:
    """A bound passed inside one row: the file's error, naming the row."""
    return type(e)("file", f"{what} {n}: {e.field}: {e.message}" if e.field not in ("file", "(body)")
                   else f"{what} {n}: {e.message}")


def _json_array(data: bytes, b: ReadBounds) -> list[Row]:
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    try:
        # the items counted and each sized before the parse: a 50 MB array of empty objects is refused
        # on its bytes, not after 20 million dicts are made
        input_limits.check_json(data, "file", input_limits.JsonBounds.from_settings(
            split_depth=1 if head == b"[" else 2, items=b.rows, item_bytes=b.line))
        doc = json.loads(data)
    except UnicodeDecodeError as e:
        raise BatchFileError("file", f"not UTF-8 text (byte {e.start})") from e
    except ValueError as e:
        if isinstance(e, InputError):
            raise
        raise BatchFileError("file", f"not valid JSON: {str(e)[:200]}") from e
    if isinstance(doc, dict) and isinstance(doc.get("profiles"), list):
        doc = doc["profiles"]
    if not isinstance(doc, list):
        raise BatchFileError("file", "a .json batch is an array of profiles (or {\"profiles\": [...]})")
    if len(doc) > b.rows:
        raise _too_many_rows(b)
    return list(enumerate(doc, start=1))


def _jsonl(data: bytes, b: ReadBounds) -> Iterator[Row]:
    json_bounds = input_limits.JsonBounds.from_settings()
    # one look at the whole file decides what each line would: a file whose every line passes check_json's
    # three counts (none longer than a string may be, no more brackets than the depth, no run of digits
    # past the bound) spares each line its own check, and its decode where orjson reads it (orjson reads
    # UTF-8 only) — the same lines pass and nothing else changes; any other file is checked line by line,
    # as before, so each refusal names its line
    digits = fastjson.digit_map(data)  # (one translation of the file, for both looks at its digit runs)
    lines = _lines_pass(data, b, json_bounds, digits)
    loads = fastjson.loader(data, digits)  # orjson where it gives what json gives (else json, and its message)
    quick = fastjson.quick_loader(data, digits)
    if lines and quick is not None and max(map(len, lines)) <= b.line + 1:
        # every line within every bound, no number json and orjson read apart: orjson on each line, and
        # on a line orjson refuses, what the loop below does with it (json's value or its message)
        last = len(lines)
        for n, line in enumerate(lines, start=1):
            if n == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line or line.isspace():
                continue
            try:
                value = quick(line)
            except ValueError:
                # orjson reads only UTF-8 (the file's decode is spared: orjson validates each line it
                # reads): a line it refuses is looked at, and a file not UTF-8 refused as the loop below does
                try:
                    line.decode("utf-8")
                except UnicodeDecodeError as e:
                    raise BatchFileError("file", f"line {n} is not UTF-8 text (byte {e.start})") from e
                try:
                    value = loads(line + b"\n" if n < last else line)  # the line as the loop below reads it
                except ValueError as e:
                    value = ProfileError("(line)", f"not valid JSON: {str(e)[:200]}")
            yield n, value
        return
    if lines and not _utf8(data):
        lines = None  # each line decoded (and checked) on its own, the first not UTF-8 named
    for n, raw in enumerate(io.BytesIO(data), start=1):
        if len(raw) > b.line + 2:
            raise PayloadTooLarge("file", f"line {n} is longer than {b.line:,} bytes (the bound SFKG_BATCH_MAX_LINE)")
        line = raw[3:] if n == 1 and raw.startswith(b"\xef\xbb\xbf") else raw
        if not line.strip():
            continue
        if not lines:
            try:
                line.decode("utf-8")
            except UnicodeDecodeError as e:
                raise BatchFileError("file", f"line {n} is not UTF-8 text (byte {e.start})") from e
            try:
                input_limits.check_json(line, "file", json_bounds)
            except InputError as e:
                raise _in_row(n, e) from None
        try:
            yield n, loads(line)
        except ValueError as e:
            yield n, ProfileError("(line)", f"not valid JSON: {str(e)[:200]}")


def _lines_pass(data: bytes, b: ReadBounds, json_bounds: input_limits.JsonBounds,
                digits: bytes | None = None) -> list[bytes] | None:
    """The lines of a JSONL file (split at each newline, without it) if every one passes ``check_json``'s
    counts (so that it need not be run on each line), else None: checked on the whole file at C speed, a
    few ms a 10 MB file. Whether the lines are UTF-8 is not looked at here (``_utf8``). ``digits``: the
    file's ``fastjson.digit_map``, if made."""
    if fastjson.has_digit_run(data, json_bounds.digits + 1, digits):  # digits never run across a newline
        return None
    lines = data.split(b"\n")
    if max(map(len, lines)) + 1 > json_bounds.string:  # a line holds its newline, as check_json saw it
        return None
    # no line with more brackets than the depth: the file's brackets (both kinds as one) and newlines alone,
    # in which no line's run of brackets may be longer
    if b"[" * (json_bounds.depth + 1) in data.translate(_BRACKET, _NOT_BRACKET_OR_NEWLINE):
        return None
    return lines


_BRACKET = bytes(range(256)).replace(b"{", b"[")
_NOT_BRACKET_OR_NEWLINE = bytes(c for c in range(256) if c not in b"[{\n")


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")  # UTF-8 splits at no newline: a file that decodes is lines that do
    except UnicodeDecodeError:
        return False
    return True


def _csv_rows(data: bytes, b: ReadBounds) -> Iterator[list]:
    # the csv module's own bound on a field, set to ours (one setting for every reader in the process)
    csv.field_size_limit(max(b.cell, 1))
    text = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="")
    reader = csv.reader(_lines(text, b.line + b.cell))
    n = 0
    try:
        for row in reader:
            n += 1
            if len(row) > b.columns:
                raise PayloadTooLarge("file", f"row {n} has {len(row):,} columns; at most {b.columns:,} are read "
                                              "(the bound SFKG_BATCH_MAX_COLUMNS)")
            yield row
    except UnicodeDecodeError as e:
        raise BatchFileError("file", f"not UTF-8 text (byte {e.start})") from e
    except csv.Error as e:
        if "field larger than field limit" in str(e):
            raise PayloadTooLarge("file", f"row {n + 1} has a cell longer than {b.cell:,} characters "
                                          "(the bound SFKG_BATCH_MAX_CELL)") from e
        raise BatchFileError("file", f"row {n + 1} is not CSV: {e}") from e


def _lines(text: io.TextIOBase, cap: int) -> Iterator[str]:
    """Physical lines for the csv module, each read up to ``cap`` characters and no further (a line
    without a newline would otherwise be held whole, however long, before the csv module sees it)."""
    while line := text.readline(cap + 1):
        if len(line) > cap:
            raise PayloadTooLarge("file", f"a line is longer than {cap:,} characters (the bounds "
                                          "SFKG_BATCH_MAX_LINE + SFKG_BATCH_MAX_CELL)")
        yield line


def _count_csv_rows(data: bytes, b: ReadBounds) -> None:
    """Refuses a CSV with more rows than the bound (not counting the header and the template's two label
    rows) after reading bound + 3 of them, a few ms; conversion is what costs (20 µs a row)."""
    count = 0
    for row in _csv_rows(data, b):
        if any(cell.strip() for cell in row):
            count += 1
            if count > b.rows + 3:
                raise _too_many_rows(b)


# ---- XLSX: the parts read through zipfile, inflated a chunk at a time, parsed by expat as they come ----

_NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DATE_BUILTIN = {14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47}


class _Zip:
    """An XLSX's parts, each inflated under the bounds: the file's total and each part's ratio."""

    def __init__(self, data: bytes, b: ReadBounds):
        self.b = b
        self.left = b.unzipped
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, zlib.error, ValueError, EOFError) as e:
            raise BatchFileError("file", f"not a readable XLSX workbook: {e}") from e

    def has(self, name: str) -> bool:
        return name in self.zf.NameToInfo

    def chunks(self, name: str) -> Iterator[bytes]:
        try:
            info = self.zf.getinfo(name)
        except KeyError:
            raise BatchFileError("file", f"not a readable XLSX workbook: no part {name}") from None
        cap = max(info.compress_size, 4096) * self.b.ratio
        read = 0
        try:
            with self.zf.open(info) as fh:
                while chunk := fh.read(READ_SIZE):
                    read += len(chunk)
                    self.left -= len(chunk)
                    if read > cap:
                        raise PayloadTooLarge("file", f"the workbook's part {name} inflates more than "
                                                      f"{self.b.ratio}-fold (the bound SFKG_XLSX_MAX_RATIO)")
                    if self.left < 0:
                        raise PayloadTooLarge("file", f"the workbook inflates past {self.b.unzipped:,} bytes "
                                                      "(the bound SFKG_XLSX_MAX_UNZIPPED)")
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as e:
            raise BatchFileError("file", f"not a readable XLSX workbook ({name}): {e}") from e


def _parse(chunks: Iterable[bytes], start: Callable, end: Callable, text: Callable | None,
           name: str) -> Iterator[None]:
    """Feeds a part to expat a chunk at a time; yields after each chunk (so the caller can hand on
    what the handlers collected). No DTD, so no entities to expand."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True

    def no_dtd(*_a):
        raise BatchFileError("file", f"the workbook's part {name} declares a DTD: refused")

    parser.StartDoctypeDeclHandler = no_dtd
    parser.EntityDeclHandler = no_dtd
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    if text is not None:
        parser.CharacterDataHandler = text
    try:
        for chunk in chunks:
            parser.Parse(chunk, False)
            yield None
        parser.Parse(b"", True)
    except expat.ExpatError as e:
        raise BatchFileError("file", f"not a readable XLSX workbook ({name}): {e}") from e
    yield None


def _consume(parse: Iterator[None]) -> None:
    for _ in parse:
        pass


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _sheet_part(z: _Zip) -> tuple[str, bool]:
    """The first worksheet's part and whether dates count from 1904."""
    first: list[str] = []
    date1904 = [False]

    def start(tag, attrs):
        name = _local(tag)
        if name == "sheet" and not first:
            first.append(attrs.get(f"{_NS_REL}}}id", ""))
        elif name == "workbookPr":
            date1904[0] = attrs.get("date1904") in ("1", "true")

    if z.has("xl/workbook.xml"):
        _consume(_parse(z.chunks("xl/workbook.xml"), start, lambda tag: None, None, "workbook.xml"))
    targets: dict[str, str] = {}
    if first and z.has("xl/_rels/workbook.xml.rels"):
        def rel(tag, attrs):
            if _local(tag) == "Relationship":
                targets[attrs.get("Id", "")] = attrs.get("Target", "")

        _consume(_parse(z.chunks("xl/_rels/workbook.xml.rels"), rel, lambda tag: None, None, "workbook.xml.rels"))
    target = targets.get(first[0], "") if first else ""
    path = target.lstrip("/") if target.startswith("/") else f"xl/{target}" if target else "xl/worksheets/sheet1.xml"
    return path, date1904[0]


def _date_styles(z: _Zip) -> set[int]:
    """The cell styles (``s``) whose number format is a date: their numbers are read as dates."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

    if not z.has("xl/styles.xml"):
        return set()
    formats: dict[int, str] = {}
    xfs: list[int] = []
    where: list[str] = []

    def start(tag, attrs):
        name = _local(tag)
        where.append(name)
        if name == "numFmt":
            with contextlib.suppress(ValueError):
                formats[int(attrs.get("numFmtId", "-1"))] = attrs.get("formatCode", "")
        elif name == "xf" and len(where) >= 2 and where[-2] == "cellXfs":
            try:
                xfs.append(int(attrs.get("numFmtId", "0")))
            except ValueError:
                xfs.append(0)

    _consume(_parse(z.chunks("xl/styles.xml"), start, lambda tag: where.pop(), None, "styles.xml"))
    dates = set()
    for i, fid in enumerate(xfs):
        code = formats.get(fid, BUILTIN_FORMATS.get(fid, ""))
        if fid in _DATE_BUILTIN or (code and is_date_format(code)):
            dates.add(i)
    return dates


def _shared_strings(z: _Zip, b: ReadBounds) -> list[str]:
    if not z.has("xl/sharedStrings.xml"):
        return []
    out: list[str] = []
    parts: list[str] = []
    state = {"t": False, "rph": 0, "len": 0}
    most = b.rows * 64  # distinct strings a sheet of the bound's rows could use

    def start(tag, _attrs):
        name = _local(tag)
        if name == "si":
            parts.clear()
            state["len"] = 0
        elif name == "rPh":
            state["rph"] += 1
        elif name == "t" and not state["rph"]:
            state["t"] = True

    def end(tag):
        name = _local(tag)
        if name == "si":
            out.append("".join(parts))
            if len(out) > most:
                raise PayloadTooLarge("file", f"the workbook has more than {most:,} shared strings "
                                              "(SFKG_BATCH_MAX_ROWS × 64)")
        elif name == "rPh":
            state["rph"] -= 1
        elif name == "t":
            state["t"] = False

    def text(data):
        if state["t"]:
            state["len"] += len(data)
            if state["len"] > b.cell:
                raise PayloadTooLarge("file", f"a cell's text is longer than {b.cell:,} characters "
                                              "(the bound SFKG_BATCH_MAX_CELL)")
            parts.append(data)

    _consume(_parse(z.chunks("xl/sharedStrings.xml"), start, end, text, "sharedStrings.xml"))
    return out


def _column_index(ref: str) -> int:
    n = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            n = n * 26 + ord(ch) - 64
        else:
            break
    return n


def _number(text: str) -> Any:
    try:
        return int(text) if "." not in text and "E" not in text and "e" not in text else float(text)
    except ValueError:
        return text


def _xlsx_rows(data: bytes, b: ReadBounds) -> Iterator[tuple[int, list]]:
    """The sheet's rows that have a value, each with its row number (never padded: an empty row, or the
    columns past a row's last cell, cost nothing, whatever the sheet declares)."""
    z = _Zip(data, b)
    sheet, date1904 = _sheet_part(z)
    dates = _date_styles(z)
    strings = _shared_strings(z, b)
    ready: list[tuple[int, list]] = []
    row: dict[int, Any] = {}
    cell: dict[str, Any] = {}
    text: list[str] = []
    state = {"col": 0, "in_value": False, "len": 0, "row": 0}

    def start(tag, attrs):
        name = _local(tag)
        if name == "c":
            ref = attrs.get("r")
            col = _column_index(ref) if ref else state["col"] + 1
            if col > b.columns:
                raise PayloadTooLarge("file", f"row {state['row']} has a cell in column {col:,}; at most "
                                              f"{b.columns:,} columns are read (the bound SFKG_BATCH_MAX_COLUMNS)")
            state["col"] = col
            cell.clear()
            cell.update(t=attrs.get("t", "n"), s=attrs.get("s"))
            text.clear()
            state["len"] = 0
        elif name in ("v", "t") and cell:
            state["in_value"] = True
        elif name == "row":
            state["col"] = 0
            number = attrs.get("r", "")
            state["row"] = int(number) if number.isdigit() and len(number) < 10 else state["row"] + 1
            row.clear()

    def chars(data):
        if state["in_value"]:
            state["len"] += len(data)
            if state["len"] > b.cell:
                raise PayloadTooLarge("file", f"row {state['row']} has a cell longer than {b.cell:,} characters "
                                              "(the bound SFKG_BATCH_MAX_CELL)")
            text.append(data)

    def end(tag):
        name = _local(tag)
        if name in ("v", "t"):
            state["in_value"] = False
        elif name == "c" and cell:
            raw = "".join(text)
            kind = cell["t"]
            value: Any
            if not raw and kind != "inlineStr":
                value = None
            elif kind == "s":
                try:
                    value = strings[int(raw)]
                except (ValueError, IndexError):
                    raise BatchFileError("file", f"row {state['row']}: a shared string that does not exist") from None
            elif kind in ("inlineStr", "str", "e", "d"):
                value = raw
            elif kind == "b":
                value = raw.strip() in ("1", "true")
            else:
                value = _number(raw)
                if cell["s"] is not None and isinstance(value, (int, float)) and cell["s"].isdigit() \
                        and int(cell["s"]) in dates:
                    value = _excel_date(value, date1904)
            if value is not None and value != "":
                row[state["col"]] = value
            cell.clear()
        elif name == "row" and row:
            width = max(row)
            values = [None] * width
            for col, value in row.items():
                values[col - 1] = value
            ready.append((state["row"], values))
            row.clear()

    for _ in _parse(z.chunks(sheet), start, end, chars, sheet):
        yield from ready
        ready.clear()


def _excel_date(value: float, date1904: bool) -> Any:
    from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

    try:
        return from_excel(value, CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900)
    except (ValueError, OverflowError):
        return value


def _flat(rows: Iterator[tuple[int, list]], b: ReadBounds) -> Iterator[Row]:
    """The numbered rows of a flat file (CSV, XLSX): the header checked at once, the rest as they are read."""
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        raise BatchFileError("file", "the file is empty: the first row names the columns")
    paths = header_paths(list(first[1]))
    if "id" not in paths:
        raise BatchFileError("file", "the first row names the columns and must have an 'id' column "
                                     "(see `sfkg batch --template csv`)")
    return _flat_rows(paths, rows, b)


def _flat_rows(paths, rows: Iterator[tuple[int, list]], b: ReadBounds) -> Iterator[Row]:
    # a column outside the layout becomes a field the profile check refuses, naming it
    count = 0
    for n, row in rows:
        if not any(c is not None and str(c).strip() for c in row) or is_label_row(paths, row):
            continue
        count += 1
        if count > b.rows:
            raise _too_many_rows(b)
        try:
            yield n, row_to_profile(paths, list(row) + [None] * (len(paths) - len(row)))
        except ProfileError as e:
            yield n, e
        except InputError as e:  # a bound passed inside a cell (a JSON cell nested too deep …)
            raise _in_row(n, e, "row") from None


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
