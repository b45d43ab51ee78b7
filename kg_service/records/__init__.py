"""Decisions that last: recorded assessments and revocation checks, with their provenance.

``open_backend(settings)`` opens the quad store chosen by ``SFKG_STORE``:

- ``oxigraph`` (default): the embedded Oxigraph store in ``$SFKG_DATA_DIR/store``;
- ``sparql``: a SPARQL 1.1 server (``kg_service.records.sparql_store.SparqlBackend.from_env()``).

``RecordStore`` (``kg_service.records.store``) writes and reads records on it; API keys live in
``kg_service.records.keys``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg_service.records.backend import QuadBackend
    from kg_service.settings import Settings

STORE_DIR = "store"


def open_backend(settings: Settings | None = None) -> QuadBackend:
    """The store ``settings.store`` names (default: the settings of the environment as it is now)."""
    from kg_service.settings import Settings

    settings = settings or Settings()
    if settings.store == "sparql":
        from kg_service.records.sparql_store import SparqlBackend

        return SparqlBackend.from_settings(settings)
    from kg_service.records.oxigraph_store import OxigraphBackend

    return OxigraphBackend(settings.data_dir / STORE_DIR, sync=settings.store_sync)
