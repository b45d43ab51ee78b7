"""Reading the enterprise's name and unified social credit code: facts that decide nothing, kept so that a case
stated in a question can be recorded and assessed as the enterprise's.

A part of ``CaseReader`` (reader.py). The name is read only where the words make it the asker's (a form's label,
"we are …") and only as a legal name; a code is read when GB 32100-2015's check character is right, and
asked back when it is not (an invalid code is an input error of ``POST /assess``)."""
from __future__ import annotations

import re

from kg_service.assessment.creditcode import credit_code_error
from kg_service.questions.case.model import CaseReading, Fact
from kg_service.questions.case.passage import Passage


class IdentityReading:
    """The enterprise's name and unified social credit code."""

    def _identity(self, t: Passage, r: CaseReading) -> None:
        name = self.cues.search(t.text, "identity", "name", lang=t.lang)
        if name is not None:
            g = next(i for i in range(1, (name.re.groups or 0) + 1) if name.group(i) is not None)
            s, e = name.span(g)
            words = re.sub(r"\s+", " ", t.raw[s:e]).strip()
            if words:
                r.facts.append(Fact("name", words, t.raw[name.start():e].strip(), s, e))
                t.blank(s, e)  # read: no other reader reads its words
        codes = {m.group(1): m for m in self.cues.finditer(t.text.upper(), "identity", "code", lang=t.lang)}
        if len(codes) > 1:  # two codes: whose is which the words do not say
            for m in codes.values():
                r.leave(t.words(m.start(1), m.end(1)), "ambiguous", ["credit_code"])
            return
        for code, m in codes.items():
            s, e = m.span(1)
            if credit_code_error(code) is None:
                r.facts.append(Fact("credit_code", code, t.raw[s:e], s, e))
                t.blank(s, e)
            else:  # a code mistyped: asked back, never put in a profile the Service would refuse
                r.leave(t.raw[s:e], "number", ["credit_code"])
