"""The built graph: assembled from corpus and ontology, cached, rebuilt only when a source changes;
the compiled assessment facts and the rules version follow the sources."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg_service.graph import KnowledgeGraph
from kg_service.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def home(tmp_path) -> Path:
    """A private copy of the rules, so that a test may edit them."""
    for d in ("corpus", "ontology", "shapes", "queries"):
        shutil.copytree(ROOT / d, tmp_path / "home" / d)
    return tmp_path / "home"


def settings_for(home: Path) -> Settings:
    return Settings(home=home, data_dir=home.parent / "data")


def test_cache_is_used_then_rebuilt_when_a_source_changes(home):
    s = settings_for(home)
    first = KnowledgeGraph.load(s)
    assert first.rebuilt and (s.cache_dir / "graph.nt").exists()
    again = KnowledgeGraph.load(s)
    assert not again.rebuilt and len(again.graph) == len(first.graph)
    assert again.sources_hash == first.sources_hash

    kpis = home / "ontology" / "kpis.ttl"
    kpis.write_text(kpis.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    changed = KnowledgeGraph.load(s)
    assert changed.rebuilt and changed.sources_hash != first.sources_hash


def test_graph_holds_corpus_and_ontology(home):
    kg = KnowledgeGraph.load(settings_for(home))
    assert len(kg.select("units")) == 86
    assert len(kg.select("all_thresholds")) == 25
    doc = kg.select("document")[0]
    assert str(doc["in_force_until"]) == "2026-12-31" and doc["number"] == "京经信发〔2025〕22号"


def test_rules_version_changes_with_a_shape_and_compiled_facts_follow(home):
    from kg_service.assessment.engine import Assessor

    s = settings_for(home)
    before = Assessor.load(s).rules_version
    shapes = home / "shapes" / "conditions.ttl"
    shapes.write_text(shapes.read_text(encoding="utf-8").replace("sh:minInclusive 2 ;", "sh:minInclusive 3 ;"),
                      encoding="utf-8")
    after = Assessor.load(s)
    assert after.rules_version != before
    profile = {"id": "x", "maturity_level": 2, "as_of": "2026-01-01"}
    statuses = {c["id"]: c["status"] for r in after.assess(profile)["results"] for c in r["conditions"]}
    assert statuses["maturity_level"] == "not_met"  # the edited rule is the one applied


def test_cli_build_reports_each_cache(home, capsys, monkeypatch):
    from kg_service import settings as settings_module
    from kg_service.cli import main

    monkeypatch.setenv("SFKG_HOME", str(home))
    monkeypatch.setenv("SFKG_DATA_DIR", str(home.parent / "data"))
    settings_module.get_settings.cache_clear()
    try:
        assert main(["build"]) == 0
        out = capsys.readouterr().out
        assert "graph:" in out and "assessment: 13 conditions" in out
    finally:
        settings_module.get_settings.cache_clear()
