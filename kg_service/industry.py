"""GB/T 4754-2017 industry codes: parsing a code and placing it in the graph.

A code is a section letter then 2 (division), 3 (group) or 4 (class) digits. Thresholds and the
"industrial enterprise" test depend only on the section and the division, which the ontology
models; the finer digits are accepted and ignored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg_service.errors import InputError

CODE_PATTERN = re.compile(r"^[A-T][0-9]{2,4}$")


def shared_level(codes: list[str]) -> str:
    """The deepest code every one of ``codes`` lies within ("C3841", "C384": C384; "C3841", "C3842": C384)."""
    shared = codes[0]
    for c in codes[1:]:
        while not c.startswith(shared):
            shared = shared[:-1]
    return shared


def narrowest_common(codes: list[str]) -> str:
    """The code all of ``codes`` agree on: the deepest when each lies within it ("C384", "C3841": C3841), else
    the level they share ("C3841", "C3842": C384)."""
    deepest = max(codes, key=len)
    if all(deepest.startswith(c) for c in codes):
        return deepest
    return shared_level(codes)


class InvalidIndustryCode(InputError):
    """Not a GB/T 4754-2017 code; ``field`` is where it was given (``industry_code`` by default)."""

    def __init__(self, message: str, field: str = "industry_code"):
        super().__init__(field, message)


@dataclass(frozen=True)
class IndustryCode:
    code: str
    section: str
    division: str  # e.g. "C39"

    @classmethod
    def parse(cls, code: str, *, field: str = "industry_code") -> IndustryCode:
        code = code.strip().upper()
        if not CODE_PATTERN.match(code):
            raise InvalidIndustryCode(
                f"'{code}' is not a GB/T 4754-2017 code: a section letter A–T then 2 to 4 digits, e.g. C39 or C3911",
                field)
        return cls(code=code, section=code[0], division=code[:3])
