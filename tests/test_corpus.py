"""The corpus: every contract unit, texts that reproduce the seed, a consistent tree."""
from __future__ import annotations

import re

import pytest

from kg_service.corpus import load_corpus
from kg_service.settings import get_settings

from .conftest import CONTRACT, SHARED, shared_file

SEED = SHARED / "seeds" / "beijing-smart-factory-measures-2025.txt"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(get_settings().corpus_dir / "measures.yaml")


def contract_eids() -> set[str]:
    """The contract's eIds (skips the calling test when ../shared is not there)."""
    text = shared_file(CONTRACT / "eids.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| `([a-z0-9_\-]+)` \|", text, re.M)) | {f"att_3__kpi_{i}" for i in range(1, 21)}


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_units_are_exactly_the_contract_eids(corpus):
    assert {u.eid for u in corpus.units} == contract_eids()


def test_chinese_texts_together_reproduce_the_seed(corpus):
    assert squash(corpus.chinese_text()) == squash(shared_file(SEED).read_text(encoding="utf-8"))


def test_every_unit_has_both_languages_and_a_known_parent(corpus):
    by_eid = corpus.by_eid()
    for u in corpus.units:
        assert u.text["zh"] and u.text["en"] and u.title["zh"] and u.title["en"], u.eid
        assert u.parent is None or u.parent in by_eid, u.eid
        if u.parent:
            assert u.eid in by_eid[u.parent].children


def test_document_metadata(corpus):
    doc = corpus.document
    assert doc["number"] == "京经信发〔2025〕22号"
    assert str(doc["date_issued"]) == "2025-04-29" and str(doc["in_force_until"]) == "2026-12-31"
    assert doc["repeals"]["zh"] == "北京市数字化车间与智能工厂认定管理办法"
    assert doc["issuer"]["zh"] == "北京市经济和信息化局"
