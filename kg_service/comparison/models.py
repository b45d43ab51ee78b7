"""The typed shape of a comparison: what ``GET /compare`` returns and what the renderers read.

Kept in the capability, not in ``api``, so that the CLI's JSON output and the API's response are
the same model (faces call capabilities; capabilities never import faces).
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Relation = Literal["stricter", "looser", "same", "different", "only_in_one", "not_stated"]
Direction = Literal["lower-is-stricter", "higher-is-stricter", "unordered"]
Role = Literal["base", "peer", "reference"]


class Text(BaseModel):
    """One text in both languages."""

    zh: str
    en: str


class DocumentOut(BaseModel):
    """An official document a source reprints or reports on (its text is not held here)."""

    id: str
    label: Text
    identifier: str | None = Field(None, description="Issuing number, e.g. 工信厅联通装函〔2025〕251号")
    date: str | None = Field(None, description="ISO date, or year-month when only the month is known")


class SourceOut(BaseModel):
    """A published source of a national or provincial fact, as the reference file records it."""

    id: str
    label: Text = Field(description="What the source is (this project's description)")
    publisher: str | None = Field(None, description="Where it was published (the site)")
    date: str | None = Field(None, description="When it was published; null when not given")
    url: str | None = Field(None, description="Not recorded in the reference file, so null for now")
    document: DocumentOut | None = None


class CellOut(BaseModel):
    """One scheme level's fact on one dimension."""

    fact: str | None = Field(None, description="IRI of the sfkg:SchemeFact; null when no fact exists")
    value: Text = Field(description="A summary in this project's words, never official wording")
    wording: Literal["summary"] = "summary"
    stated: bool = Field(description="False when the sources we hold do not state the rule")
    order_value: int | None = Field(None, description="Position on an ordered dimension")
    comparison_key: str | None = Field(None, description="Classifies the fact on an unordered dimension")
    citations: list[str] = Field(default_factory=list, description="eIds of the Beijing units cited")
    sources: list[SourceOut] = Field(default_factory=list, description="Sources of a non-Beijing fact")


class DimensionOut(BaseModel):
    id: str = Field(examples=["accident-grade"])
    iri: str
    order: int
    label: Text
    comment: str | None = None
    direction: Direction


class RowOut(BaseModel):
    dimension: DimensionOut
    values: dict[str, CellOut] = Field(description="By column key (beijing, miit, jiangsu, miit-excellent)")
    relations: dict[str, Relation] = Field(description="Beijing's relation to each other column of the row")


class ColumnOut(BaseModel):
    key: str = Field(examples=["miit"])
    scheme: str = Field(examples=["miit"])
    role: Role
    label: Text
    level: str | None = Field(None, description="IRI of the level compared; null when the sources describe none")


class RelationOut(BaseModel):
    key: Relation
    label: Text
    comment: str | None = Field(None, description="What the relation means, in English (as description.en)")
    description: Text | None = Field(None, description="What the relation means, in both languages")


class CitedUnitOut(BaseModel):
    """A cited unit of the Beijing measures with its text (Chinese: official; English: unofficial)."""

    eid: str
    title: Text
    text: Text


class MeasuresOut(BaseModel):
    number: str
    title: Text


class ComparisonOut(BaseModel):
    level: str = Field(examples=["advanced"])
    level_label: Text
    schemes: list[str] = Field(examples=[["beijing", "miit", "jiangsu"]])
    measures: MeasuresOut
    columns: list[ColumnOut]
    rows: list[RowOut]
    relations: list[RelationOut] = Field(description="The relations used in rows, with their labels")
    cited_units: list[CitedUnitOut] = Field(description="Every Beijing unit cited in the rows, in document order")
    note: Text
