"""One validated Settings: every environment variable read there (and only there), each in the
README's table, an invalid value refused at start with the variable named."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg_service.settings import Settings, SettingsError

ROOT = Path(__file__).resolve().parent.parent


def _variables() -> set[str]:
    return set(re.findall(r'"(SFKG_[A-Z_]+)"', (ROOT / "kg_service" / "settings.py").read_text(encoding="utf-8")))


def test_only_settings_reads_the_environment():
    readers = [str(p.relative_to(ROOT)) for p in (ROOT / "kg_service").rglob("*.py")
               if re.search(r"os\.environ|os\.getenv|getenv\(", p.read_text(encoding="utf-8"))]
    assert readers == ["kg_service/settings.py"]


def test_every_variable_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    settings_table = readme.split("## Settings", 1)[1].split("\n## ", 1)[0]
    assert len(_variables()) >= 12
    missing = [v for v in sorted(_variables()) if f"`{v}`" not in settings_table]
    assert not missing, missing


@pytest.mark.parametrize(("variable", "value"), [
    ("SFKG_SPARQL_TIMEOUT", "ten"), ("SFKG_SPARQL_TIMEOUT", "0"), ("SFKG_SPARQL_MAX_ROWS", "1.5"),
    ("SFKG_SPARQL_STORE_TIMEOUT", "-3"), ("SFKG_STORE", "postgres"), ("SFKG_STORE_SYNC", "sometimes"),
    ("SFKG_HOME", "/nonexistent/sfkg"), ("SFKG_SPARQL_QUERY_URL", "localhost:8890/sparql"),
])
def test_an_invalid_value_names_the_variable(monkeypatch, variable, value):
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as e:
        Settings()
    assert e.value.variable == variable and variable in str(e.value)


def test_defaults_and_overrides(monkeypatch, tmp_path):
    for v in _variables():
        monkeypatch.delenv(v, raising=False)
    s = Settings()
    assert (s.store, s.store_sync, s.sparql_timeout_s, s.sparql_max_rows, s.sparql_store_timeout_s) == (
        "oxigraph", "wal", 10.0, 10000, 30.0)
    monkeypatch.setenv("SFKG_STORE_SYNC", "FLUSH")
    monkeypatch.setenv("SFKG_DATA_DIR", str(tmp_path))
    s = Settings()
    assert s.store_sync == "flush" and s.data_dir == tmp_path
    assert "secret" not in repr(Settings(sparql_password="secret"))


def test_the_command_fails_at_start_naming_the_variable(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "SFKG_DATA_DIR": str(tmp_path),
           "SFKG_STORE_SYNC": "sometimes"}
    proc = subprocess.run([sys.executable, "-m", "kg_service.cli", "article", "art_1"], capture_output=True,
                          text=True, timeout=120, env=env, cwd=tmp_path)
    assert proc.returncode == 2
    assert "SFKG_STORE_SYNC" in proc.stderr and "Traceback" not in proc.stderr
