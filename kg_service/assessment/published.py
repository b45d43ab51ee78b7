"""The published documents a profile is read by: the EnterpriseProfile JSON Schema and the JSON-LD
context (``shapes/``), and the error for a profile that does not fit them.

Both ``profile`` (checking) and ``rdfmap`` (RDF mapping) read these; neither imports the other's
internals through here, so the two stay one-way (``profile`` → ``rdfmap``).
"""
from __future__ import annotations

import json
from functools import lru_cache

from kg_service.errors import InputError
from kg_service.settings import get_settings

CONTEXT_URL = "https://w3id.org/bjsf/contexts/profile.jsonld"
CONTEXT_PATHS = {CONTEXT_URL, "/contexts/profile.jsonld"}


class ProfileError(InputError):
    """A profile that cannot be assessed; ``field`` is its dotted path (``indicators.key_process_nc_rate``)."""


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads((get_settings().shapes_dir / "enterprise-profile.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def context() -> dict:
    return json.loads((get_settings().shapes_dir / "profile.context.jsonld").read_text(encoding="utf-8"))
