"""Retrieval of GET /ask for the application by its own words (ontology/thesaurus.ttl): the advanced
level's application named with words between ("提出先进级认定申请") or by its applicant ("an applicant for
the advanced level") reaches art_7 first, and what is expected of an applicant for the basic level its
conditions (art_5), not the level's summary (art_4) or the measures' scope (art_2). The questions are the
project's own, not those of bench/qa_sets/lead_8.json."""
from __future__ import annotations

import pytest

from tests.conftest import ask, eids


@pytest.mark.parametrize("question", [
    "先进级认定申请怎么提出？",
    "先进级的认定申请向谁提出？",
    "What must an applicant for the advanced level have done first?",
])
def test_the_advanced_application_by_its_words_leads_with_art_7(client, question):
    assert eids(ask(client, question))[0] == "art_7"


def test_an_applicant_for_the_basic_level_is_asked_the_conditions(client):
    assert "art_5" in eids(ask(client, "What is expected of applicants for the basic level?"))[:3]
