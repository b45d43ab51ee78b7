"""A stated case's first sentence carries the verdict, for every kind of case, in the asker's language:
eligible / not eligible for the level named / not yet decidable and what is missing (the words that could
not be read quoted there), and a recognised factory's title revoked / not revoked / not yet decidable --
never the rule's text first, never another verdict later. Kinds from bench/qa_sets/telling_5.json."""
from __future__ import annotations

import re
from datetime import date

import pytest
import yaml

from kg_service.questions.evaluation import first_sentence

from .conftest import ROOT

DAY = date(2026, 6, 1)
ASK_CASE = yaml.safe_load((ROOT / "queries" / "ask_case.yaml").read_text(encoding="utf-8"))
LEVEL = ASK_CASE["facts"]["levels"]
OPENING = {("no", "zh"): "不符合", ("no", "en"): "No —", ("open", "zh"): "尚无法判断",
           ("open", "en"): "Not yet decidable", ("yes", "zh"): "符合", ("yes", "en"): "Yes"}
TITLE = {("revoke", "zh"): "称号会被撤销", ("revoke", "en"): "The title is revoked",
         ("retain", "zh"): "称号不会", ("retain", "en"): "The title is not revoked",
         ("open", "zh"): "尚无法判断", ("open", "en"): "Cannot be decided yet"}


@pytest.fixture(scope="module")
def service(app):
    return app.state.sfkg


def asked(service, q: str, as_of: date = DAY) -> tuple[str, str]:
    body = service.ask_with_lead(q, as_of=as_of)
    return body["answer"], body["lead"]


LEVEL_CASES = [
    # (question, language, level, verdict, an eId the first sentence names, words it must hold too, as_of)
    ("We have a team of smart-manufacturing professionals, but no organisation for planning, building and "
     "running the smart factory. Can we apply for the basic level?", "en", "basic", "no", "art_5__item_6", [], DAY),
    ("我们有一批智能制造专业人才，但还没有建立智能工厂统筹规划、建设和运营的组织机制，能申报基础级吗？",
     "zh", "basic", "no", "art_5__item_6", [], DAY),
    ("Last year we had a larger environmental accident and a general safety accident. Can we apply for the basic "
     "level?", "en", "basic", "no", "art_5__item_3", [], DAY),
    ("去年我们发生了一起较大环保事故和一起一般安全事故，能申报基础级吗？", "zh", "basic", "no", "art_5__item_3", [],
     DAY),
    # what was read and what is missing: the value that could not be read is named in the verdict
    ("We make chips: NC rate of key processes 85%, equipment networking rate 72%, and one more indicator is at 6%. "
     "Can we apply for the advanced level?", "en", "advanced", "open", "att_2__sec_2", ["6%", "2 of the 5"], DAY),
    ("我们是做芯片的，关键工序数控化率85%，生产设备联网率72%，另外还有一项指标是6%，能申报先进级吗？",
     "zh", "advanced", "open", "att_2__sec_2", ["6%", "已有2项"], DAY),
    # nothing read but a bound: not yet decidable, with the words, before any rule text
    ("Our revenue is over 20 million yuan. Can we apply for the basic level?", "en", "basic", "open",
     "art_5__item_1", ["over 20 million"], DAY),
    ("我们的营收超过两千万元，能申报基础级吗？", "zh", "basic", "open", "art_5__item_1", ["超过两千万"], DAY),
    # decided for a date the measures were not yet in force: no, for the level named
    ("Our maturity is level 2 and we want to apply for the basic level.", "en", "basic", "no", "art_14", [],
     date(2025, 3, 1)),
    ("我们智能制造能力成熟度二级，想申报基础级。", "zh", "basic", "no", "art_14", [], date(2025, 3, 1)),
    # the same accident decided for two dates: inside the three years, then outside them
    ("On 10 August 2022 we had a larger safety accident. Can we apply for the basic level?", "en", "basic", "no",
     "art_5__item_3", [], date(2025, 6, 1)),
    ("On 10 August 2022 we had a larger safety accident. Can we apply for the basic level?", "en", "basic", "open",
     "art_5__item_3", [], DAY),
    # mixed: one condition not met decides, whatever is met beside it
    ("We are an independent legal person registered in Beijing with revenue of 300 million yuan, our maturity is "
     "level 1, and we have an organisation for planning and a team of professionals. Can we apply for the basic "
     "level?", "en", "basic", "no", "art_5__item_7", [], DAY),
]


@pytest.mark.parametrize(("q", "lang", "level", "verdict", "eid", "holds", "as_of"), LEVEL_CASES,
                         ids=[f"{c[1]}-{c[3]}-{c[0][:24]}" for c in LEVEL_CASES])
def test_the_first_sentence_carries_the_levels_verdict(service, q, lang, level, verdict, eid, holds, as_of):
    answer, lead = asked(service, q, as_of)
    first = first_sentence(answer)
    assert lead == first, (lead, first)
    assert first.startswith(OPENING[verdict, lang]) and LEVEL[level][lang] in first, first
    assert eid in first and all(h in first for h in holds), first
    # no other verdict later: "not yet decidable" after a "no", a "no" after "not yet decidable"
    rest = answer[len(first):]
    for (v, lg), words in OPENING.items():
        if lg == lang and v != verdict and not words.startswith(OPENING[verdict, lang]):
            assert (words + "：" if lang == "zh" else words + " ") not in rest, rest


def test_a_verdict_not_in_force_is_the_decisions(service):
    """The date decided for (as_of) is told when it decides, though the question never named it."""
    body = service.ask("Our maturity is level 2 and we want to apply for the basic level.", as_of=date(2025, 3, 1))
    decided = {d["condition"]: d["status"] for d in body["facts"]["decided"]}
    assert decided.get("in_force") == "not_met"
    assert body["answer"].startswith("No — not for the basic level")


TITLE_CASES = [
    ("Our factory was recognised at the basic level in 2025. Last month we had a major safety accident. Will the "
     "title be revoked?", "en", "revoke", "art_12__item_3"),
    ("我们已被认定为基础级智能工厂，后来注册地迁到了河北，称号会被撤销吗？", "zh", "revoke", "art_12__item_4"),
    ("We were recognised at the basic level and last month had a general safety accident. Will the title be "
     "revoked?", "en", "retain", "art_12__item_3"),
    ("我们已被认定为先进级智能工厂，上个月发生了一起一般安全事故，称号会被撤销吗？", "zh", "retain", "art_12__item_3"),
    ("Our recognised basic-level smart factory was fined by the environmental bureau. Will we lose the title?",
     "en", "open", "art_12__item_5"),
    ("我们已被认定为基础级智能工厂，受到了环保部门的罚款，称号会被撤销吗？", "zh", "open", "art_12__item_5"),
]


@pytest.mark.parametrize(("q", "lang", "verdict", "eid"), TITLE_CASES, ids=[f"{c[1]}-{c[2]}" for c in TITLE_CASES])
def test_the_first_sentence_carries_the_titles_verdict(service, q, lang, verdict, eid):
    answer, _ = asked(service, q)
    first = first_sentence(answer)
    assert first.startswith(TITLE[verdict, lang]) and eid in first, first
    rest = answer[len(first):]
    assert not any(w in rest for (v, lg), w in TITLE.items() if lg == lang and v != verdict), rest


def test_a_policy_question_is_not_led_by_a_verdict(service):
    """Words of a policy question left unread do not make it a case to decide: the fact asked leads."""
    answer, _ = asked(service, "Compared with the national scheme, who recognises Beijing's advanced level?")
    assert not answer.startswith(("Not yet decidable", "No —", "Yes")), answer
    assert "Bureau" in first_sentence(answer)


def test_a_phrase_quoted_within_a_longer_one_is_quoted_once(service):
    answer, _ = asked(service, "Last year we had a larger environmental accident and a general safety accident. "
                               "Can we apply for the basic level?")
    assert answer.count("Last year we had a larger environmental accident") == 1, answer


@pytest.mark.parametrize(("q", "holds"), [
    ("We make chips: NC rate 85%, networking about 72%, defect rate reduction roughly 5%. Can we apply for the "
     "advanced level?", ["1 of the 5", "2 more", "“networking about 72%”", "2 not stated yet"]),
    ("我们是做芯片的，关键工序数控化率85%，联网率大约72%，不良率下降了5个百分点左右，能申报先进级吗？",
     ["已有1项", "另有2项", "“联网率大约72%”", "2项未说明"]),
])
def test_indicators_stated_but_not_read_are_counted_apart_from_those_not_stated(service, q, holds):
    """'3 of 5' stated with two values read as bounds: what was read, what could not be read (quoted), and
    what was not stated, in the verdict -- each quoted once."""
    _, lead = asked(service, q)
    assert lead.startswith(("Not yet decidable for the advanced level", "尚无法判断能否申报先进级")), lead
    assert all(h in lead for h in holds), lead
    assert lead.count("networking about 72%") + lead.count("联网率大约72%") == 1, lead


@pytest.mark.parametrize(("q", "opening"), [
    ("我们是做芯片的，5项指标满足3项：关键工序数控化率85%，另外两项分别是72%和5%，能申报先进级吗？",
     "尚无法判断能否申报先进级"),
    ("我们是做芯片的，关键工序数控化率85%，生产设备联网率72%，产品不良率下降5%，先进级指标够吗？", "符合"),
    ("We make chips: NC rate of key processes 85%, equipment networking rate 72%, defect rate reduction 5%. Do we "
     "reach the advanced indicators?", "Yes"),
])
def test_a_condition_is_asked_about_only_in_the_asking_clause(service, q, opening):
    """'5项指标满足3项' states a count; the question, last, asks of the level."""
    _, lead = asked(service, q)
    assert lead.startswith(opening) and ("先进级" in lead) == ("先进级" in opening), lead


@pytest.mark.parametrize(("q", "rule"), [
    ("We had a serious safety accident last year. Can we apply for the basic level?", "accident of grade larger"),
    ("去年我们发生了一起严重的安全事故，还能申报基础级吗？", "无较大及以上安全、环保等事故"),
])
def test_words_left_open_are_followed_by_the_rule_they_bear_on(service, q, rule):
    """Nothing decided: the verdict names the open words and their condition, and the rule told next is that
    condition's (art_5 item 3), not a policy answer on another unit (the measures' scope)."""
    answer, first = asked(service, q)
    assert first.startswith(("Not yet decidable", "尚无法判断")) and "art_5__item_3" in first, answer
    second = answer[len(first):].strip()
    assert second.startswith(("Over the last three years", "企业近三年")) and rule in second, answer


@pytest.mark.parametrize("q", [
    "我们劳产率提高了8%，2025年3月发生过一起一般安全事故，能申报基础级吗？",
    "Our labour productivity is up 8% and we had a general safety accident in March 2025. Can we apply for the "
    "basic level?",
])
def test_the_rule_told_between_verdict_and_case_ends_its_sentence(service, q):
    """The threshold rows told after the verdict end with a full stop: the case told next does not run on
    from the last row ("≥ 10%“近三年…")."""
    answer, _ = asked(service, q)
    assert answer.startswith(("Not yet decidable", "尚无法判断")), answer
    assert not re.search(r"%\s*[“\"]", answer), answer
