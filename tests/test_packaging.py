"""A wheel carries every rules file the service reads (pip install . in a fresh venv must suffice)."""
from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_data_files_cover_the_rules():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = [p for ps in conf["tool"]["setuptools"]["data-files"].values() for p in ps]
    packaged = {f for p in patterns for f in ROOT.glob(p)}
    needed = {f for d in ("ontology", "shapes", "queries") for f in (ROOT / d).iterdir() if f.is_file()}
    needed.add(ROOT / "corpus" / "measures.yaml")
    assert needed <= packaged, sorted(str(f.relative_to(ROOT)) for f in needed - packaged)


def test_web_assets_are_package_data():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = conf["tool"]["setuptools"]["package-data"]["kg_service"]
    web = ROOT / "kg_service"
    packaged = {f for p in patterns for f in web.glob(p)}
    assets = {f for d in ("web/templates", "web/static") for f in (web / d).rglob("*") if f.is_file()}
    assert assets <= packaged, sorted(str(f.relative_to(web)) for f in assets - packaged)
