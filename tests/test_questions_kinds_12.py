"""Policy questions of the kinds that were weak on a held-out set (issue: questions12): what a construction
domain holds at a level (annex 1 / annex 2, section 1, item N), asked by the domain's name or by a practice
of it (仿真, lean, scheduling, supply chain, purchasing); the domain said after "in" in English ("in
operations management" is not "in operation", the factory in use); a practice is no procedure or levels
question; and look-alikes of other procedures (accident reporting, data laws, MIIT's pilot lists, registering
a company, tax relief) are declined. The wording differs from bench/qa_sets/new_kinds_12*.json."""
from __future__ import annotations

import pytest

from kg_service.questions.evaluation import first_sentence
from tests.conftest import ask, eids


def first_is(client, q: str, eid: str, facts: tuple[str, ...]) -> dict:
    body = ask(client, q)
    assert body["addressed"] is not False, (q, body["answer"])
    assert eids(body)[:1] == [eid], (q, eids(body)[:3], eid)
    head = first_sentence(body["answer"]).lower()
    assert any(f.lower() in head for f in facts), (q, body["answer"])
    return body


@pytest.mark.parametrize("level,att", [("basic", "att_1"), ("advanced", "att_2")])
@pytest.mark.parametrize("item,domain", [(1, "factory construction"), (2, "R&D and design"),
                                         (3, "production operation"), (4, "production management"),
                                         (5, "operations management")])
def test_a_domain_named_after_in_reaches_the_item_of_the_level(client, level, att, item, domain):
    body = ask(client, f"What is required of a {level}-level smart factory in {domain}?")
    assert eids(body)[:1] == [f"{att}__sec_1__item_{item}"], (domain, level, eids(body)[:3])


@pytest.mark.parametrize("level,att", [("基础级", "att_1"), ("先进级", "att_2")])
@pytest.mark.parametrize("item,domain", [(1, "工厂建设"), (2, "研发设计"), (3, "生产作业"), (4, "生产管理"),
                                         (5, "运营管理")])
def test_a_domain_named_with_a_level_in_chinese(client, level, att, item, domain):
    body = ask(client, f"{level}工厂在{domain}方面得做到哪些？")
    assert eids(body)[:1] == [f"{att}__sec_1__item_{item}"], (domain, level, eids(body)[:3])


def test_a_practice_of_a_domain_is_no_procedure_question(client):
    # "process" of "process routes" is not the recognition process
    body = first_is(client, "Is it required at the advanced level to simulate the process route and logistics?",
                    "att_2__sec_1__item_1", ("simulation",))
    assert (body.get("structured") or {}).get("intent") != "procedure"
    first_is(client, "先进级智能工厂的工厂建设过程中需要做物流路径仿真吗？", "att_2__sec_1__item_1", ("仿真",))


def test_practices_named_in_everyday_words_reach_their_item(client):
    first_is(client, "基础级要求生产过程做到精益化吗？", "att_1__sec_1__item_4", ("精益化",))
    first_is(client, "Is lean production asked of a basic-level plant?", "att_1__sec_1__item_4", ("lean",))
    first_is(client, "Is purchasing handled by information systems required at the basic level?",
             "att_1__sec_1__item_5", ("purchasing",))
    first_is(client, "For the advanced level, do we need precise control of key production processes?",
             "att_2__sec_1__item_3", ("precise control",))
    first_is(client, "先进级要做关键工序数据在线分析吗？", "att_2__sec_1__item_3", ("在线分析",))
    first_is(client, "先进级的运营管理里要不要管供应链？", "att_2__sec_1__item_5", ("供应链",))


def test_a_domain_item_asked_with_what_it_manages_is_no_levels_question(client):
    # 管哪些 asks what the item's information systems manage, not which levels the measures recognise
    first_is(client, "基础级运营管理要用信息系统管哪些业务？", "att_1__sec_1__item_5", ("采购",))


def test_the_gists_keep_their_first_sentence_whole(client):
    # "(e.g. MES)" once cut the first sentence before the item's decisive words
    first_is(client, "What does the basic level ask for in production management?", "att_1__sec_1__item_4",
             ("lean management",))
    first_is(client, "What does the basic level ask for in operations management?", "att_1__sec_1__item_5",
             ("accurate accounting",))


def test_a_review_step_is_not_a_construction_domain(client):
    body = ask(client, "先进级认定有哪几个审核环节？")
    assert (body.get("structured") or {}).get("intent") != "domains", body["answer"]
    assert "art_8" in eids(body)[:3], eids(body)[:3]


@pytest.mark.parametrize("q", [
    "企业发生安全事故，几小时内要上报应急管理部门？",
    "How soon must we report a production safety accident to the emergency management bureau?",
    "《数据安全法》对重要数据出境有什么要求？",
    "Does the Personal Information Protection Law apply to our factory's HR data?",
    "工信部智能制造试点示范工厂怎么申报？",
    "What are the criteria for MIIT's smart manufacturing pilot demonstration projects?",
    "我想在顺义新注册一家制造企业，怎么办手续？",
    "认定以后能有税收减免吗？",
])
def test_look_alikes_of_other_procedures_are_declined(client, q):
    body = ask(client, q)
    assert body["addressed"] is False, (q, body["answer"])


@pytest.mark.parametrize("q,eid", [
    ("发生较大安全事故还能申报先进级吗？", "art_5__item_3"),
    ("If we have a major safety accident after recognition, is the title revoked?", "art_12__item_3"),
    ("区主管部门每季度什么时候上报备案结果？", "art_6"),
    ("Must our network and data security risks be controllable?", "art_5__item_5"),
])
def test_the_measures_own_questions_on_accidents_and_data_are_answered(client, q, eid):
    body = ask(client, q)
    assert body["addressed"] is not False, (q, body["answer"])
    assert eid in eids(body)[:3], (q, eids(body)[:3])
