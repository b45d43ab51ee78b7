"""The README is executable: every command of its ``sh`` blocks runs as written, like a doctest.

Each block runs in bash, one command after the other (variables such as ``$KEY`` carry from one
line to the next, as in a reader's terminal), from a directory holding the checkout's ``examples/``,
with ``.venv/bin`` first on the PATH (as after ``source .venv/bin/activate``), against a live server
on a free port (``localhost:8000`` is rewritten to it) over a data directory of its own, which the
``sfkg`` commands use too (so a key made by ``sfkg keys create`` opens the server's records). A
command fails the test when it exits non-zero, and ``curl`` when the server answers an error
(``--fail-with-body``). Only the commands listed in ``NOT_RUN`` are left out, each with its reason.

The examples themselves are checked here too: the XLSX population is the JSONL one, and the
``POST /reforms/impact`` body is the reform and profiles it says.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT, app_on_data_dir, serve

README = ROOT / "README.md"
EXAMPLES = ROOT / "examples"

# command prefixes the test does not run, and why
NOT_RUN = {
    "scripts/serve": "starts the service itself: the test's live server stands in for it",
    "scripts/test": "runs this very suite",
    ".venv/bin/python bench/": "benchmarks run for minutes and measure, they do not check",
}


@dataclass(frozen=True)
class Command:
    line: int  # where it starts in README.md
    text: str  # continuation lines joined as bash sees them

    def skipped(self) -> str | None:
        return next((why for prefix, why in NOT_RUN.items() if self.text.startswith(prefix)), None)


def blocks(text: str) -> list[list[Command]]:
    """The README's ``sh`` blocks, each a list of commands (a command may span lines ending in ``\\``)."""
    out: list[list[Command]] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if lines[i].strip() != "```sh":
            i += 1
            continue
        block: list[Command] = []
        i += 1
        while lines[i].strip() != "```":
            start, parts = i + 1, [lines[i]]
            while parts[-1].rstrip().endswith("\\"):
                i += 1
                parts.append(lines[i])
            text_ = "\n".join(parts).strip()
            if text_ and not text_.startswith("#"):
                block.append(Command(start, text_))
            i += 1
        out.append(block)
        i += 1
    return out


BLOCKS = blocks(README.read_text(encoding="utf-8"))


def _script(commands: list[Command], port: int) -> str:
    """One bash script for a block: stops at the first command that fails, naming its README line."""
    head = [
        "set -eE -o pipefail",
        # an HTTP error is a failure; --max-time bounds a hung request
        'curl() { command curl --fail-with-body --show-error --max-time 60 "$@"; }',
        'trap \'echo "README.md line $__line failed (exit $?): $BASH_COMMAND" >&2\' ERR',
    ]
    body = []
    for c in commands:
        body += [f"__line={c.line}", 'echo "### README.md line $__line" >&2',
                 c.text.replace("localhost:8000", f"127.0.0.1:{port}"), 'echo']
    return "\n".join(head + body) + "\n"


@pytest.fixture(scope="module")
def readme_env(tmp_path_factory):
    """A working directory with ``examples/``, a data directory with the built caches, and a live
    server on it; the environment the commands run in."""
    work = tmp_path_factory.mktemp("readme")
    (work / "examples").symlink_to(EXAMPLES, target_is_directory=True)
    data = tmp_path_factory.mktemp("readme-data")
    app = app_on_data_dir(data)  # with the checkout's built caches: nothing is rebuilt
    with serve(app) as base:
        env = {**os.environ, "SFKG_DATA_DIR": str(data), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
               "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
               "SFKG_BATCH_WORKERS": "1", "PYTHONUNBUFFERED": "1"}
        env.pop("SFKG_PORT", None)
        yield work, env, int(base.rsplit(":", 1)[1])


def test_a_failing_command_fails_its_block(readme_env):
    """The harness itself: a command that fails, or a curl answered with an error, stops the block."""
    work, env, port = readme_env
    for bad in ("sfkg article no_such_unit", "curl -s localhost:8000/articles/no_such_unit"):
        script = _script([Command(1, "sfkg versions"), Command(2, bad), Command(3, "sfkg versions")], port)
        done = subprocess.run(["bash", "-c", script], cwd=work, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode != 0 and "README.md line 2 failed" in done.stderr, done.stderr
        assert "README.md line 3" not in done.stderr


def test_the_readme_has_runnable_blocks():
    """Every block is parsed; what is not run is only what NOT_RUN says, and nothing it says is stale."""
    commands = [c for b in BLOCKS for c in b]
    assert len(BLOCKS) >= 6 and len(commands) >= 30
    skipped = {prefix for c in commands for prefix in NOT_RUN if c.text.startswith(prefix)}
    assert skipped == set(NOT_RUN), f"NOT_RUN names commands the README no longer has: {set(NOT_RUN) - skipped}"
    assert not [c for c in commands if "profile.json" in c.text and "examples/" not in c.text], \
        "the README names a profile file that does not ship"


@pytest.mark.parametrize("index", range(len(BLOCKS)), ids=[f"line{b[0].line}" if b else "empty" for b in BLOCKS])
def test_readme_block_runs_as_written(index, readme_env):
    work, env, port = readme_env
    commands = [c for c in BLOCKS[index] if not c.skipped()]
    if not commands:
        pytest.skip("only commands the test does not run (NOT_RUN): " + "; ".join(
            sorted({c.skipped() for c in BLOCKS[index]})))
    script = _script(commands, port)
    done = subprocess.run(["bash", "-c", script], cwd=work, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{done.stderr[-4000:]}\n--- stdout ---\n{done.stdout[-2000:]}"
    assert "Traceback" not in done.stderr, done.stderr[-4000:]
    for c in commands:  # each command said something
        assert f"### README.md line {c.line}" in done.stderr


def test_revocation_check_reads_as_text_without_json(readme_env):
    """The README's request, without --json: the verdict first, then each cause (it was a KeyError)."""
    work, env, _port = readme_env
    done = subprocess.run(["sfkg", "revocation-check", "examples/request.json"], cwd=work, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    first, *rest = done.stdout.splitlines()
    assert first.startswith("REVOKE"), done.stdout
    assert any("art_12__item_" in line and "applies" in line for line in rest), done.stdout


# ---- the examples say what they claim ---------------------------------------------------------------

def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_xlsx_population_is_the_jsonl_one():
    from kg_service.batch.io import read_file

    _kind, rows = read_file(EXAMPLES / "profiles.xlsx")
    from_xlsx = [profile for _line, profile in rows]
    assert from_xlsx == _jsonl(EXAMPLES / "profiles.jsonl")


def test_reform_impact_body_is_the_reform_and_the_first_profiles():
    import yaml

    body = json.loads((EXAMPLES / "reform-impact.json").read_text(encoding="utf-8"))
    assert body["reform"] == yaml.safe_load((EXAMPLES / "reform.yaml").read_text(encoding="utf-8"))
    profiles = _jsonl(EXAMPLES / "profiles.jsonl")
    assert body["profiles"] == profiles[: len(body["profiles"])] and len(body["profiles"]) >= 3


def test_example_profile_shows_what_a_reform_changes(readme_env):
    """The README says: advanced-eligible today, not under hypothetical-2027 (networking 72 % < 75 %)."""
    import httpx

    _work, _env, port = readme_env
    profile = json.loads((EXAMPLES / "profile.json").read_text(encoding="utf-8"))
    base = f"http://127.0.0.1:{port}/assess?level=advanced"
    now = httpx.post(base, json=profile, timeout=60).json()
    later = httpx.post(base + "&reform=hypothetical-2027", json=profile, timeout=60).json()
    assert now["results"][0]["verdict"] == "eligible"
    assert later["results"][0]["verdict"] == "not_eligible"
