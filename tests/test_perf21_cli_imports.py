"""``sfkg assess FILE`` imports what an assessment needs and nothing else: registering the other commands
(compare, interview …) loads neither pydantic nor numpy, and the compiled engine needs neither the graph's
SPARQL machinery nor pySHACL nor jsonschema (a valid profile is checked by the compiled schema). Each is
still loaded by the command or the answer that needs it."""
from __future__ import annotations

import json
import subprocess
import sys

from tests.test_assessment import CASES

# what a one-shot assessment of a valid JSON profile must not load (each costs 50–300 ms to import)
NOT_NEEDED = ("torch", "sentence_transformers", "numpy", "pydantic", "pyshacl", "rdflib.plugins.sparql",
              "pyparsing", "jsonschema", "fastapi")


def _loaded(code: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    probe = f"{code}\nimport sys; print('LOADED', [m for m in {NOT_NEEDED!r} if m in sys.modules], file=sys.stderr)"
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    line = next(x for x in proc.stderr.splitlines() if x.startswith("LOADED "))
    return proc, eval(line[len("LOADED "):])  # a list literal this test printed


def test_assess_loads_only_what_assessment_needs(tmp_path):
    path = tmp_path / "p.json"
    path.write_text(json.dumps(CASES["base"]), encoding="utf-8")
    proc, loaded = _loaded(f"from kg_service.cli import main; rc = main(['assess', {str(path)!r}, '--json'])")
    assert json.loads(proc.stdout)["results"][0]["verdict"] == "eligible"
    assert loaded == []


def test_registering_the_commands_loads_nothing_heavy():
    # every subcommand registered (the help lists them all), none run
    _proc, loaded = _loaded("import contextlib, io\nfrom kg_service.cli.main import main\n"
                            "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
                            "    main(['--help'])")
    assert loaded == []


def test_an_invalid_profile_is_still_named_by_the_full_check(tmp_path, capsys):
    from kg_service.cli import main

    path = tmp_path / "p.json"
    path.write_text(json.dumps({**CASES["base"], "maturity_level": "three"}), encoding="utf-8")
    assert main(["assess", str(path)]) == 2
    assert "maturity_level" in capsys.readouterr().err


def test_compare_formats_are_the_renderers():
    from kg_service.comparison import formats, render

    assert (render.FORMATS, render.LANGS) == (formats.FORMATS, formats.LANGS)
    assert set(render.RENDERERS) == set(formats.FORMATS)


def test_error_body_is_named_by_errors():
    from kg_service import error_body, errors

    assert errors.ErrorBody is error_body.ErrorBody and errors.ErrorItem is error_body.ErrorItem
    body = errors.ErrorBody.from_error(errors.InputError("indicators.x", "must be a number"))
    assert body.model_dump() == {"detail": "indicators.x: must be a number", "errors": [
        {"field": "indicators.x", "message": "must be a number", "type": "InputError"}]}
