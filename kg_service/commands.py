"""What the capabilities add to the ``sfkg`` command: subcommands and caches for ``sfkg build``.

Subcommands, by module. Each module has ``register(subparsers)`` and
imports its heavy dependencies inside its handlers, so registering costs nothing."""
from __future__ import annotations

import importlib
import json
import sys

MODULES = [
    "kg_service.assessment.cli",
    "kg_service.questions.cli",
    "kg_service.comparison.cli",
    "kg_service.records.cli",
    "kg_service.versions.cli",
]


def register_all(subparsers) -> None:
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name and name.startswith(e.name):
                continue  # capability not installed in this build
            raise
        module.register(subparsers)


# Caches built by ``sfkg build`` (and on first use otherwise): "module:function", each taking the
# KnowledgeGraph and returning a one-line summary.
BUILDERS = {
    "assessment": "kg_service.assessment.compiled:build_cache",
    "questions": "kg_service.questions.index:build_caches",
    "records": "kg_service.records.store:build_cache",
}


def load(ref: str):
    """The function named by "module:function", or None if that capability is not installed."""
    module_name, _, attr = ref.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as e:
        if e.name and module_name.startswith(e.name):
            return None
        raise
    return getattr(module, attr)


def print_json(obj) -> None:
    """What ``--json`` prints: the same JSON as the API, readable, Chinese unescaped."""
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
