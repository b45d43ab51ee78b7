"""Hostile inputs of issue 19, made on the fly at any scale: the fuzz suite (tests/test_fuzz_hostile.py)
replays them small, bench/hostile.py at the sizes that took the service down, against a live server."""
from __future__ import annotations

import io
import zipfile

CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
          '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main'
          '+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
         '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WB = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
       '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet '
       'name="s" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
_SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
               'spreadsheetml/2006/main"><dimension ref="{dim}"/><sheetData>')


def _xlsx(sheet_chunks) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB)
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w") as fh:
            for chunk in sheet_chunks:
                fh.write(chunk.encode() if isinstance(chunk, str) else chunk)
    return buf.getvalue()


def xlsx_far_corner() -> bytes:
    """A few kB: the sheet declares A1:XFD1048576 and has one cell at the far corner (22 GB in openpyxl)."""
    return _xlsx([_SHEET_HEAD.format(dim="A1:XFD1048576"),
                  '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>',
                  '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>'])


def xlsx_big_cell(size: int) -> bytes:
    """One inline-string cell of ``size`` bytes, deflated to about size/1000 (a 1 GiB cell in ~1 MB)."""
    def chunks():
        yield _SHEET_HEAD.format(dim="A1:A2")
        yield '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>'
        yield '<row r="2"><c r="A2" t="inlineStr"><is><t>'
        block = b"A" * (1 << 20)
        for _ in range(size >> 20):
            yield block
        yield b"A" * (size & ((1 << 20) - 1))
        yield "</t></is></c></row></sheetData></worksheet>"
    return _xlsx(chunks())


def xlsx_many_rows(rows: int) -> bytes:
    def chunks():
        yield _SHEET_HEAD.format(dim=f"A1:A{rows}")
        yield '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>'
        for i in range(2, rows + 2):
            yield f'<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>'
        yield "</sheetData></worksheet>"
    return _xlsx(chunks())


def csv_many_rows(rows: int) -> bytes:
    """``rows`` rows of 5 bytes (5,000,000 rows: a 25 MB file)."""
    return b"id\n" + b"p001\n" * rows


def csv_big_cell(size: int) -> bytes:
    return b"id,name\np1," + b"x" * size + b"\n"


def csv_deep_incidents(depth: int = 5000) -> bytes:
    return b'id,incidents\np1,"' + b"[" * depth + b'"\n'


def jsonl_deep_line(depth: int = 5000) -> bytes:
    return b'{"id": "p1"}\n' + b"[" * depth + b"\n"


def jsonl_long_line(size: int) -> bytes:
    return b'{"id": "p1", "name": "' + b"x" * size + b'"}\n'


def json_long_string(size: int) -> bytes:
    """A JSON batch (or reform population) with one ``size``-byte string."""
    return b'[{"id": "' + b"x" * size + b'"}]'


def impact_long_string(size: int) -> bytes:
    return b'{"reform": {"id": "r", "parameters": {}}, "profiles": [{"id": "' + b"x" * size + b'"}]}'


def impact_many_profiles(n: int) -> bytes:
    return (b'{"reform": {"id": "r", "parameters": {}}, "profiles": [' + b",".join([b'{"id": "p"}'] * n) + b"]}")


def long_integer(digits: int = 5000) -> bytes:
    return b'{"question": ' + b"9" * digits + b"}"


INVALID_UTF8 = b'{"question": "\xff\xfe caf\xc3"}'
FORMULAS = ('=HYPERLINK("http://evil.example/","click")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\r=1")
