"""The held-out scorer's server-free check (``bench/heldout_eval.py --dir DIR --check``): it must pass a well-formed
set and name every fault of a malformed one. Runs on small synthetic sets written here -- it never opens the
held-out sets themselves (bench/heldout*/), which engineers must not read."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bench import heldout_eval as he

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def contract() -> str:
    for d in (Path(os.environ["SFKG_SHARED"]) / "contract" if os.environ.get("SFKG_SHARED") else None,
              ROOT.parent / "shared" / "contract"):
        if d is not None and (d / "eids.md").is_file():
            return str(d)
    pytest.skip("needs the shared contract (eids.md, enterprise-profile.schema.json) in ../shared or $SFKG_SHARED")


def write_set(folder: Path, situations: list, questions: list) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "situations.json").write_text(json.dumps(situations, ensure_ascii=False), encoding="utf-8")
    (folder / "questions.json").write_text(json.dumps(questions, ensure_ascii=False), encoding="utf-8")


GOOD_SITUATION = {"q": "疫苗企业，数控化率81%，联网率68%", "lang": "zh", "level": "advanced",
                  "expect": {"industry_code": "C27", "indicators.key_process_nc_rate": 81,
                             "indicators.equipment_networking_rate": 68, "incidents.0.grade": "larger"},
                  "status": {"att_2__sec_2": "unknown"}}
GOOD_REVOCATION = {"q": "Moved our registration to Tianjin.", "lang": "en", "level": "basic", "expect": {},
                   "revoke": "art_12__item_4", "why": "registration out of Beijing"}
GOOD_QUESTION = {"q": "Who interprets the measures?", "lang": "en", "kind": "authority", "gold": ["art_15"],
                 "answer_any": ["bureau"]}
OUT_OF_SCOPE = {"q": "How do we register a trademark?", "lang": "en", "kind": "out_of_scope", "gold": [],
                "out_of_scope": True}


def test_the_contract_eid_list_is_read_whole(contract):
    eids = he.contract_eids(contract)
    assert len(eids) == 86
    assert {"notice", "art_12__item_5", "att_2-1__row_5", "att_3__kpi_1", "att_3__kpi_20", "att_3__cat_5"} <= eids
    assert "att_3__kpi_21" not in eids


def test_a_well_formed_set_passes(contract, tmp_path, monkeypatch, capsys):
    write_set(tmp_path, [GOOD_SITUATION, GOOD_REVOCATION], [GOOD_QUESTION, OUT_OF_SCOPE])
    monkeypatch.setattr(he, "HERE", str(tmp_path))
    assert he.check_set(contract) == 0
    assert "ERROR" not in capsys.readouterr().out


def test_every_fault_of_a_malformed_set_is_named(contract, tmp_path, monkeypatch, capsys):
    bad_situations = [
        {**GOOD_SITUATION, "expect": {"indicators.nc_rate": 81}},                       # not a schema field
        {**GOOD_SITUATION, "q": "b", "expect": {"maturity_level": "3"}},                # wrong type
        {**GOOD_SITUATION, "q": "c", "expect": {"industry_code": "G"}},                 # breaks the code pattern
        {**GOOD_SITUATION, "q": "d", "status": {"att_2__sec_9": "met"}},                # no such eId
        {**GOOD_SITUATION, "q": "e", "status": {"art_5__item_7": "yes"}},               # no such status
        {**GOOD_REVOCATION, "q": "f", "revoke": "art_12__item_9"},                      # no such cause
    ]
    bad_questions = [{**GOOD_QUESTION, "gold": ["art_16"]}, {**OUT_OF_SCOPE, "gold": ["art_2"]}]
    write_set(tmp_path, bad_situations, bad_questions)
    monkeypatch.setattr(he, "HERE", str(tmp_path))
    assert he.check_set(contract) == 1
    out = capsys.readouterr().out
    for fault in ("indicators.nc_rate is not a field", "maturity_level = '3'", "industry_code = 'G'",
                  "att_2__sec_9=met", "art_5__item_7=yes", "revoke 'art_12__item_9'", "['art_16']",
                  "an out-of-scope question has no gold"):
        assert fault in out, fault
