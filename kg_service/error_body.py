"""The one 422 body every face answers with (``kg_service.errors`` names it: import it from there). Apart,
so that raising an ``InputError`` does not load pydantic; it imports nothing of kg_service (no circle)."""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ErrorItem(BaseModel):
    field: str = Field(description="the offending field as a dotted path, e.g. indicators.key_process_nc_rate")
    message: str
    type: str = Field("value_error", description="a machine-readable kind of error")


class ErrorBody(BaseModel):
    """Every 4xx answer for bad input (422, 413) has this shape, on every route."""

    detail: str = Field(description="the errors as one readable line: 'field: message; …'")
    errors: list[ErrorItem]

    @classmethod
    def of(cls, items: list[ErrorItem]) -> ErrorBody:
        return cls(detail="; ".join(f"{e.field}: {e.message}" for e in items), errors=items)

    @classmethod
    def from_error(cls, e: Any) -> ErrorBody:
        """The body of an ``InputError`` (its field and message; its class names the type)."""
        return cls.of([ErrorItem(field=e.field, message=e.message, type=type(e).__name__)])
