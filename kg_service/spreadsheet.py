"""Cells a spreadsheet will not run: every CSV (and XLSX) the service writes goes through ``safe_rows``.

OWASP's CSV-injection rule: a text cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is read by Excel, LibreOffice and Google Sheets as a formula (``=HYPERLINK(…)`` in a profile id
becomes a link a regulator clicks), so it is written with a leading single quote, which the spreadsheet
shows as text and does not keep. The full-width forms (``＝＋－＠``) are included: some spreadsheets
fold them. Numbers are written as numbers (``-3`` stays a number; it is not a formula).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(TRIGGERS):
        return "'" + value
    return value


def safe_rows(rows: Iterable[Iterable[Any]]) -> Iterator[list[Any]]:
    for row in rows:
        yield [safe_cell(v) for v in row]
