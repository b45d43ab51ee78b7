"""What a question states of the asker's case, read only: nothing here decides.

A ``CaseReading`` is the contract's ``facts`` before the decision: a partial EnterpriseProfile
(``profile()``), built from ``Fact`` s that each keep the words they were read from (``spans()``),
the words that state something no field could be bound to exactly (``unread``: asked back, never
guessed), or the revocation ``events`` of a factory already recognised. The Service decides it
(``Service.ask`` / ``Service.read_case``); ``telling`` words the decision.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from kg_service.assessment.profile import put_field

Mode = Literal["eligibility", "revocation"]


def field_of(path: str) -> str:
    """The profile field a fact's path fills: a list item's (``incidents.0.date``) fills the list
    (``incidents``), which the interview asks whole; any other path is its own field."""
    return re.split(r"\.\d+\.", path)[0]


@dataclass(frozen=True)
class Fact:
    """One value of the profile: ``path`` is the contract's dotted field path
    (``indicators.key_process_nc_rate``, ``basic_filing.filed``, ``incidents.0.grade``), ``words``
    the words of the question it was read from, ``start``/``end`` their character offsets."""

    path: str
    value: Any
    words: str
    start: int = -1
    end: int = -1
    # a date named by its month or year only ("2023年5月", "in 2023"): the first and last day the words
    # allow (the value is the day read for it). Where a rule's edge falls between them, so that the
    # decision turns on the day, the decision asks for the day instead (``deciding.decide``)
    within: tuple[str, str] | None = None


@dataclass(frozen=True)
class Event:
    """An event after recognition (a revocation request's event): ``type`` as the revocation
    request's schema names it (``accident``, ``registered_address_moved``, ``terminated`` …),
    ``details`` its other fields (``grade``, ``kind``, ``province``), ``words`` where it was read."""

    type: str
    words: str
    date: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # the place's name per language, for the answer
    # its date named by its month or year only: the first and last day the words allow (as ``Fact.within``),
    # and the words of the event with its date ("2025年6月发生了一起重大安全事故"): those asked back for its day
    within: tuple[str, str] | None = None
    dated: str = ""
    # its date named by its day ("2026年7月8日", "on 8 July 2026"); a month, a year or a relative time ("上个月",
    # "今年", "last month", "recently") names none: ``date`` is then the reader's day of it, for deciding only
    day_named: bool = False

    def as_dict(self, stated: bool = False) -> dict[str, Any]:
        """The revocation request's event; ``stated``: as the question states it (the contract's ``facts``), with a
        date only where the question names its day (the schema's date is a day; no day is guessed)."""
        out: dict[str, Any] = {"type": self.type, **self.details}
        if self.date and (self.day_named or not stated):
            out["date"] = self.date
        return out


@dataclass(frozen=True)
class Ask:
    """Why words were left unread, and what would read them: ``kind`` names why (``place``: the plant's
    or the registration's; ``date``: the day the verdict turns on, or none named; ``bound``: a bound or an
    estimate, not the value; ``change``: a change, not the level or the reduction asked for; ``number``: a
    number of no single field; ``industry``: a product word of two divisions; ``pending``, ``target``,
    ``past``, ``part``, ``conflict``, ``negated``, ``kpi`` …: the answer's templates say each), ``fields``
    the profile's field paths the words could fill (the answer asks the interview's question of each),
    ``choices`` what the words could be (the divisions' codes of "食品"). Internal: the contract's
    ``unread`` holds the words only."""

    kind: str
    fields: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    eids: tuple[str, ...] = ()  # the units whose rule the words' day decides (``day``: the look-back, art_12 …)


@dataclass
class CaseReading:
    """What ``words`` state. ``mode`` None: no case is stated (a policy question)."""

    words: str
    lang: str
    mode: Mode | None = None
    level: str | None = None  # the level named (basic | advanced), None when none is
    facts: list[Fact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    asks: dict[str, Ask] = field(default_factory=dict)  # unread words -> why, and the fields they could fill
    # event types a recognised factory's question speaks of without stating one that happened: said not
    # to have happened ("we never had a major accident"), or a move of the plant only (the registration
    # stays): what the answer tells them of, not events
    considered: list[str] = field(default_factory=list)
    # of ``unread``, the words of an event said to be only alleged or still looked into (an investigation, a court's
    # procedure not ended: "破产申请法院还没裁定", "the bureau is still checking"): told as not settled (revoc18)
    pending: list[str] = field(default_factory=list)
    as_of: date | None = None  # the date the question implies ("applying next year"), if any
    # a recognised factory's date of recognition, as stated ("2025年6月获评", "recognised in March 2026"):
    # a ``Fact`` of path ``recognised_on`` (its ``within`` when named by a month or a year)
    recognised: Fact | None = None
    asks_domain: bool = False  # "which part does our MES fall under", not "is it enough"
    first_person: bool = False  # the asker speaks of their own enterprise ("we", "我们"), not a case stated plainly
    # named things the answer may mention: [{"code", "named_as"}], [{"named_as", "domain"}]
    industries: list[dict[str, str]] = field(default_factory=list)
    systems: list[dict[str, str]] = field(default_factory=list)

    def leave(self, words: str, kind: str, fields: tuple[str, ...] | list[str] = (),
              choices: tuple[str, ...] | list[str] = (), eids: tuple[str, ...] | list[str] = ()) -> None:
        """``words`` left unread: asked back as the interview's question of ``fields`` (see ``Ask``)."""
        if not words:
            return
        self.unread.append(words)
        old = self.asks.get(words)
        if old is None:
            self.asks[words] = Ask(kind, tuple(dict.fromkeys(fields)), tuple(dict.fromkeys(choices)),
                                   tuple(dict.fromkeys(eids)))
        else:  # the same words left twice: what each could fill
            self.asks[words] = Ask(old.kind, tuple(dict.fromkeys((*old.fields, *fields))),
                                   tuple(dict.fromkeys((*old.choices, *choices))),
                                   tuple(dict.fromkeys((*old.eids, *eids))))

    def unleave(self, words: str) -> None:
        """``words`` read after all (or said again as another's): no longer left, nor asked back."""
        self.asks.pop(words, None)
        self.unread = [u for u in self.unread if u != words]

    @property
    def stated(self) -> bool:
        return self.mode is not None and bool(self.facts or self.events or self.unread or self.considered)

    def paths(self) -> set[str]:
        return {f.path for f in self.facts}

    def profile(self) -> dict[str, Any]:
        """The partial EnterpriseProfile: dotted paths nested (``incidents.0.grade`` into a list)."""
        out: dict[str, Any] = {}
        for f in self.facts:
            put_field(out, f.path, f.value)
        return out

    def spans(self) -> dict[str, str]:
        return {f.path: f.words for f in self.facts}

    def as_facts(self) -> dict[str, Any]:
        """The contract's ``facts`` without the decision (``decided`` / ``verdict`` / ``causes``)."""
        if self.mode == "revocation":
            out = {"mode": "revocation", "level": self.level, "events": [e.as_dict(stated=True) for e in self.events],
                   "spans": {f"events.{i}": e.words for i, e in enumerate(self.events)}, "unread": list(self.unread)}
            if self.recognised is not None:  # the day of recognition stated, with its words
                out["recognised_on"] = self.recognised.value
                out["spans"]["recognised_on"] = self.recognised.words
            return out
        return {"mode": "eligibility", "level": self.level, "profile": self.profile(), "spans": self.spans(),
                "unread": list(self.unread)}

