"""Typed response models shared by the routes."""
from __future__ import annotations

from pydantic import BaseModel, Field


class Bilingual(BaseModel):
    zh: str
    en: str


class ArticleOut(BaseModel):
    eid: str = Field(examples=["art_5__item_7"])
    iri: str
    title: Bilingual
    text: Bilingual
    parent: str | None
    children: list[str]
