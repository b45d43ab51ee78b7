"""The profile's fields and the rules' words, as the faces show them (the web form, the batch
template): each field's label and unit (the ontology's, through the published JSON-LD context), which
conditions read it (their shapes' ``sfkg:field``), the labels of the enumerated values, and the words
a form states of the rules — the look-back window and the disqualifying grade — from the parameters
of the version in force, never written in Python.

Everything here is read off the compiled facts and the rules (``Assessor``): no graph is loaded.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kg_service.assessment.levels import LEVELS
from kg_service.assessment.parameters import GRADE, LOOKBACK, ParameterSet
from kg_service.assessment.profile import schema

if TYPE_CHECKING:
    from kg_service.assessment.engine import Assessor

Text = dict[str, str]


@dataclass(frozen=True)
class ProfileFields:
    """What a form or a file layout of the profile is built from."""
    schema: Mapping[str, Any]  # the EnterpriseProfile schema (fields, their order, types, enums)
    labels: Mapping[str, Text]  # dotted field path → the ontology's label of its property
    units: Mapping[str, str]  # dotted field path → its unit ("%"), where the graph gives one
    reads: Mapping[str, tuple[str, ...]]  # field named by a shape (sfkg:field) → condition ids
    values: Mapping[str, Text]  # enumerated value (skos:notation) → label
    minimum_met: int | None  # how many indicators must reach their thresholds (from the shapes)
    cites: Mapping[str, tuple[str, ...]]  # condition id → the eIds it cites
    # condition id → field → what each of the condition's parts reading that field requires (their
    # sfkg:required), in the shapes' order: the first states the whole requirement where there are several
    requires: Mapping[str, Mapping[str, tuple[Text, ...]]] = field(default_factory=dict)


@dataclass(frozen=True)
class RuleWords:
    """The rules' values a form or a page puts in words, from the parameters of one version."""
    version: str
    lookback_years: int  # art_5__item_3.lookback_years
    grade: str  # art_5__item_3.disqualifying_grade: a grade's code ("larger")
    grade_word: Text  # the word for it (its shortest skos:altLabel: 较大, larger)

    def key(self) -> tuple:
        return (self.version, self.lookback_years, self.grade)


def profile_fields(assessor: Assessor) -> ProfileFields:
    compiled, rules = assessor.compiled, assessor.rules
    reads: dict[str, list[str]] = {}
    cites: dict[str, tuple[str, ...]] = {}
    requires: dict[str, dict[str, list[Text]]] = {}
    minimum = 0
    for level in LEVELS:
        for cond in rules.for_level(level):
            cites.setdefault(cond.id, tuple(cond.cites))
            for shape in cond.shapes:
                minimum = max(minimum, shape.qualified_min_count or 0)
                for f in shape.fields:
                    if cond.id not in reads.setdefault(f, []):
                        reads[f].append(cond.id)
                    said = requires.setdefault(cond.id, {}).setdefault(f, [])
                    if shape.required and dict(shape.required) not in said:
                        said.append(dict(shape.required))
    return ProfileFields(schema=schema(), labels=dict(compiled.field_labels), units=dict(compiled.field_units),
                         reads={f: tuple(c) for f, c in reads.items()}, values=dict(compiled.value_labels),
                         minimum_met=minimum or None, cites=cites,
                         requires={c: {f: tuple(t) for f, t in fs.items()} for c, fs in requires.items()})


def rule_words(version: str, params: ParameterSet, assessor: Assessor) -> RuleWords:
    grade = str(params[GRADE])
    word = assessor.compiled.value_short.get(grade) or {"zh": grade, "en": grade}
    return RuleWords(version=version, lookback_years=int(params[LOOKBACK]), grade=grade,
                     grade_word=dict(word))
