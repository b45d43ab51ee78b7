"""The lead's cases of the sixteenth wave: figures that are not the asker's own now (another plant's or the
group's maturity, another scheme's level, the industry's average, a level of last year changed since, the group's
revenue) are asked back, never bound; a lack said after a condition's name turns it over."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ask, case_reader, facts

DAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


@pytest.mark.parametrize("q,path", [
    # another scheme's level is not GB/T 39116's
    ("我们通过了等保三级，智能制造成熟度还没评。能报基础级吗？", "maturity_level"),
    ("We passed MLPS level 3, but our maturity has not been assessed yet.", "maturity_level"),
    ("我们是安全生产标准化二级企业，成熟度没测。", "maturity_level"),
    # a level after another model's cue, in the next clause
    ("我们做过DCMM数据管理能力成熟度评估，结果是三级；智能制造成熟度还没做。", "maturity_level"),
    # another plant's maturity
    ("我们天津的分厂成熟度评了三级，北京这边还没评。", "maturity_level"),
    ("Our sister plant reached maturity level 3; we have not been assessed.", "maturity_level"),
    ("Our Hebei plant was rated maturity level 3; the Beijing one is not rated yet.", "maturity_level"),
    # the group's, the industry's or the leaders' figures
    ("集团的平均联网率是80%，我们厂没单独算过。", "indicators.equipment_networking_rate"),
    ("全行业平均关键工序数控化率65%左右，我们还没统计。", "indicators.key_process_nc_rate"),
    ("业内领先企业的联网率都到90%了。我们是做家具的。", "indicators.equipment_networking_rate"),
    ("The sector average networking rate is 75%; we have not measured ours.", "indicators.equipment_networking_rate"),
    ("The group had revenue of 3 billion yuan last year; we are its Beijing subsidiary.", "annual_revenue_10k_cny"),
    # a level of last year, changed since: its value now is not stated
    ("前年联网率是60%，去年又提高了8个百分点。", "indicators.equipment_networking_rate"),
    ("In 2024 our networking rate was 60%, and since then it went up another 8 points.",
     "indicators.equipment_networking_rate"),
])
def test_a_figure_not_the_askers_own_now_is_never_bound(read, q, path):
    assert path not in facts(read(q))


@pytest.mark.parametrize("q,want", [
    ("我们成熟度是三级，等保是二级。", {"maturity_level": 3}),
    ("我们成熟度自评二级，DCMM是三级。", {"maturity_level": 2}),
    ("行业平均联网率大概60%，我们是72%。", {"indicators.equipment_networking_rate": 72}),
    ("去年关键工序数控化率68%，人均劳动生产率提升了8%。",
     {"indicators.key_process_nc_rate": 68, "indicators.labor_productivity_gain": 8}),
    ("集团下属的我们厂数控化率72%。", {"indicators.key_process_nc_rate": 72}),
])
def test_the_askers_own_beside_them_is_read(read, q, want):
    got = facts(read(q))
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize("q,path", [
    ("关键设备和工业软件依赖进口，安全可控这一条我们达不到要求。", "security_controllable"),
    ("智能制造方面的专业人才我们还很缺。", "talent_team"),
    ("人才队伍这块我们比较薄弱。", "talent_team"),
    ("专业人才方面我们还比较欠缺，推进组织倒是有。", "talent_team"),
])
def test_a_lack_said_after_the_name_turns_it_over(read, q, path):
    assert facts(read(q)).get(path) is False


@pytest.mark.parametrize("q,want", [
    # a branch the asker has says nothing of the asker's own legal personality
    ("我们在上海有一个分公司，数控化率72%。", None),
    ("We have a branch in Shanghai; NC rate 72%.", None),
    ("我们公司下面有三个分厂。", None),
    # the asker that is a branch is none
    ("我们是上海某集团在北京的分公司。", False),
    ("We are the Beijing branch of a Shanghai group.", False),
    ("我们不是分公司，是独立法人。", True),
])
def test_a_branch_is_the_askers_legal_form_only_when_the_asker_is_it(read, q, want):
    assert facts(read(q)).get("independent_legal_person") == want


@pytest.mark.parametrize("q,verdict", [
    # a court's procedure not yet ended terminates nothing yet
    ("我们是先进级，法院下个月开庭审理债权人对我们的破产申请。", "undetermined"),
    ("我们是基础级，债权人向法院申请我们破产，法院还没裁定。", "undetermined"),
    ("We're an advanced-level smart factory; a creditor's bankruptcy petition against us is heard next month. "
     "Do we keep the title?", "undetermined"),
    ("A bankruptcy petition has been filed against us, but the court hasn't ruled on it yet. We're basic level.",
     "undetermined"),
    # an allegation still being checked proves nothing yet
    ("有人举报我们申报数据不实，主管部门正在核查，还没有结论，我们是基础级。", "undetermined"),
    # an ended procedure does
    ("我们公司上个月被法院裁定破产清算了，之前评上过基础级智能工厂。", "revoke"),
    ("We're an advanced-level smart factory and the court declared us bankrupt last week.", "revoke"),
])
def test_a_procedure_not_yet_ended_leaves_the_title_undetermined(client, q, verdict):
    body = ask(client, q)
    assert body["facts"]["mode"] == "revocation"
    assert body["facts"]["verdict"] == verdict, body["answer"]


@pytest.mark.parametrize("q,verdict", [
    # a renaming told with its old and new names is one renaming: the title is kept
    ("我们公司改名了，从“甲机械”改成了“甲智能装备”，先进级称号会受影响吗？", "retain"),
    ("公司名称从“北京乙机械”变更为“北京乙智能科技”，我们是基础级。", "retain"),
    # a penalty said as "punished" is a penalty: whether it ended eligibility is asked
    ("The environmental bureau punished us for excess emissions. We're an advanced-level smart factory.",
     "undetermined"),
])
def test_events_in_other_words(client, q, verdict):
    body = ask(client, q)
    assert body["facts"]["mode"] == "revocation"
    assert body["facts"]["verdict"] == verdict, body["answer"]


@pytest.mark.parametrize("q,verdict", [
    ("我们因为超标排放被生态环境局处罚了，市经信局认定我们已经不再符合认定条件。基础级称号呢？", "revoke"),
    ("We were fined by the fire department, and the city bureau has concluded we no longer meet the recognition "
     "conditions. Title?", "revoke"),
    ("We got a fine from the tax office; no one has told us whether we still qualify. Basic title at risk?",
     "undetermined"),
    ("有人举报我们数据造假，还在核查。称号现在怎么算？", "undetermined"),
])
def test_the_title_asked_of_as_held(client, q, verdict):
    body = ask(client, q)
    assert body["facts"]["mode"] == "revocation"
    assert body["facts"]["verdict"] == verdict, body["answer"]


@pytest.mark.parametrize("q", ["基础级称号有什么用？", "How do we get the basic-level title?", "先进级称号怎么申请？"])
def test_the_title_asked_of_by_an_applicant_is_no_revocation(client, q):
    assert (ask(client, q).get("facts") or {}).get("mode") != "revocation"


@pytest.mark.parametrize("q,want", [
    # a trade corrected: the words taken back are not read
    ("我们做油漆？不对，我们做的是家具。", "C21"),
    ("We make paint? Sorry, I mean we make furniture.", "C21"),
])
def test_a_trade_said_again_after_a_correction_is_the_one_read(read, q, want):
    assert facts(read(q)).get("industry_code") == want


@pytest.mark.parametrize("q,want", [
    # another entity that is a subsidiary says nothing of the asker's legal personality
    ("我们总部在北京，实际生产主体是河北注册的全资子公司。", None),
    ("我们是集团在北京注册的全资子公司。", True),
    ("作为集团的控股子公司，我们在北京注册。", True),
])
def test_a_subsidiary_is_the_askers_legal_form_only_when_the_asker_is_it(read, q, want):
    assert facts(read(q)).get("independent_legal_person") == want
