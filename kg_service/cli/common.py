"""What every command shares: the application layer for one command, and how ``--json`` prints.

Each area's module (``kg_service.cli.assessment`` …) has ``register(subparsers)`` and imports its
heavy dependencies inside its handlers, so registering costs nothing. Handlers run their use case on
the application layer (``kg_service.service.Service``), as the HTTP face does."""
from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg_service.service import Service


def service() -> Service:
    """The application layer for one command: capabilities made on first use, so ``sfkg assess``
    loads the assessor's compiled rules only (no graph, no torch)."""
    from kg_service.service import Service

    return Service(questions="lazy")


def print_json(obj) -> None:
    """What ``--json`` prints: the same JSON as the API, readable, Chinese unescaped."""
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
