"""The one error type for bad input, and the one 422 body every face answers with.

Capabilities raise ``InputError`` (or a subclass) naming the offending field as a dotted path
(``indicators.key_process_nc_rate``, ``profiles.3.maturity_level``, ``reform.parameters.art_99.x``); the
HTTP face turns it into a 422 with ``ErrorBody``, the CLI into a message and a non-zero exit, the web
forms into the same message beside the field. Nothing is half-done when it is raised: capabilities check
their input before they change anything.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg_service.error_body import ErrorBody, ErrorItem  # noqa: F401 (named lazily, below)


def rebuilt(cls: type[BaseException], args: tuple, state: dict) -> BaseException:
    """An exception as ``__reduce__`` below saved it, made without calling its ``__init__``."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class Picklable:
    """An exception that survives pickling whatever its ``__init__`` asks for.

    Python pickles an exception as ``cls(*self.args)``: ``InputError("f: m")`` came back as
    ``InputError("f: m")`` — one argument for two, so unpickling raised, and a batch worker that
    sent one (or received one) died while its pool waited for ever. This rebuilds the object from its
    args and attributes instead (tests/test_batch_workers.py round-trips every error type)."""

    def __reduce__(self):
        return rebuilt, (type(self), self.args, dict(self.__dict__))


class InputError(Picklable, ValueError):
    """Input that cannot be used, with the field it concerns and a message a user can act on."""

    status_code = 422

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class PayloadTooLarge(InputError):
    """Input over a published bound (body size, rows, items): answered 413, checked before any work."""

    status_code = 413


class StorageFull(InputError):
    """Work refused because the room it needs is used up (the batch jobs' disk quota), not because the
    input is wrong: answered 507 in the one error body, field ``(service)``; it passes as jobs expire."""

    status_code = 507


class ServiceBusy(InputError):
    """Work refused because enough of its kind already waits: answered 503 in the one error body, field
    ``(service)``, with ``Retry-After``; retry shortly."""

    status_code = 503
    retry_after = 1

    @property
    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after)}


class TooManyJobs(ServiceBusy):
    """A batch job refused because as many as the bound already wait behind the running one: answered
    429 (too many requests) in the one error body, field ``(service)``, with ``Retry-After``."""

    status_code = 429
    retry_after = 5


def __getattr__(name: str) -> Any:
    # the 422 body's models (pydantic's) are imported when first named: a capability that only raises
    # InputError, and ``sfkg assess``, do not load pydantic for them
    if name in ("ErrorBody", "ErrorItem"):
        from kg_service import error_body

        return getattr(error_body, name)
    raise AttributeError(f"module 'kg_service.errors' has no attribute {name!r}")
