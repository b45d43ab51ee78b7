"""The ``sfkg`` command: one face over the application layer (``kg_service.service.Service``), one
module per area (``assessment``, ``questions``, ``comparison``, ``records``, ``batch``, ``time``),
gathered by ``main``. Registering a command imports nothing heavy: ``sfkg assess`` never loads torch
or the graph."""
from __future__ import annotations

from kg_service.cli.main import main

__all__ = ["main"]
