"""The command line behaves as people expect of one: a closed pipe ends it quietly, people get tables and
programs get JSON (``--json``), it keeps its data where a user's data goes, not in whatever directory it
runs in, and it says so when it first builds its caches."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

SFKG = [sys.executable, "-m", "kg_service.cli"]
EXAMPLES = ROOT / "examples"


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(ROOT), **extra}
    return env


def test_a_closed_pipe_ends_quietly():
    """``sfkg … --json | head -1``: the reader leaves first; no BrokenPipeError traceback."""
    read, write = os.pipe()
    os.close(read)  # gone before anything is written
    try:
        done = subprocess.run([*SFKG, "parameters", "--json"], stdout=write, stderr=subprocess.PIPE, text=True,
                              env=_env(), cwd=ROOT, timeout=120)
    finally:
        os.close(write)
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr
    assert done.returncode == 141


def test_reform_impact_is_a_table_for_people_and_json_for_programs():
    args = [*SFKG, "reform", "impact", str(EXAMPLES / "reform.yaml"), str(EXAMPLES / "profiles.jsonl")]
    text = subprocess.run(args, capture_output=True, text=True, env=_env(), cwd=ROOT, timeout=120, check=True).stdout
    assert "{" not in text and "'" not in text.split("\n", 1)[1], text  # no Python dicts
    assert any(line.split()[:2] == ["basic", "eligible"] for line in text.splitlines()), text
    data = json.loads(subprocess.run([*args, "--json"], capture_output=True, text=True, env=_env(), cwd=ROOT,
                                     timeout=120, check=True).stdout)
    assert data["profiles"] == 10 and data["summary"]["advanced"]["before"]["eligible"] == 3


def test_run_elsewhere_it_keeps_no_var_in_the_current_directory(tmp_path):
    done = subprocess.run([*SFKG, "versions"], capture_output=True, text=True, env=_env(), cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "var").exists()


def test_installed_elsewhere_the_data_goes_to_the_users_data_directory(tmp_path, monkeypatch):
    from kg_service import settings

    rules = tmp_path / "share" / "sfkg"  # the rules as a wheel installs them: no pyproject.toml beside
    for d in ("corpus", "ontology", "shapes", "queries"):
        (rules / d).mkdir(parents=True)
    monkeypatch.delenv("SFKG_DATA_DIR", raising=False)
    monkeypatch.setenv("SFKG_HOME", str(rules))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert settings.Settings().data_dir == tmp_path / "xdg" / "sfkg"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert settings.Settings().data_dir == tmp_path / "home" / ".local" / "share" / "sfkg"
    monkeypatch.setenv("SFKG_HOME", str(ROOT))  # a checkout keeps its data in its own var/
    assert settings.Settings().data_dir == ROOT / "var"


def test_building_the_caches_says_so(tmp_path):
    """A new data directory: the first command builds the graph and the compiled rules, and says so on
    stderr (stdout keeps the answer); the second finds them built and says nothing."""
    env = _env(SFKG_DATA_DIR=str(tmp_path / "data"))
    first = subprocess.run([*SFKG, "assess", str(EXAMPLES / "profile.json"), "--json"], capture_output=True,
                           text=True, env=env, cwd=tmp_path, timeout=300)
    assert first.returncode == 0, first.stderr
    assert "sfkg: building the knowledge graph" in first.stderr and "done in" in first.stderr
    assert "sfkg: compiling the assessment rules" in first.stderr
    assert json.loads(first.stdout)["profile_id"] == "example-electronics"
    again = subprocess.run([*SFKG, "assess", str(EXAMPLES / "profile.json")], capture_output=True, text=True,
                           env=env, cwd=tmp_path, timeout=300)
    assert again.returncode == 0 and "sfkg:" not in again.stderr, again.stderr
    assert Path(tmp_path / "data" / "cache").is_dir()
