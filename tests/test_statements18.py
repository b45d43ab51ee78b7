"""Reading stated cases (task statements18): the yes/no facts of art_5 as askers write them. A form's lines, a
name, a mark and an answer ("独立法人：是", "有无不良信用——无", "网络和数据安全风险 可控", "Legal entity: yes",
"Cyber risk: none", "legal person - independent"), read before the statements, so "不良信用记录：无" and "bad credit
record: no" are no bad record; an answer unknown, vague, hedged or of a kind its name does not bind ("财务状况：不太
清楚", "Credit: no") is asked back; 等保 levels are no maturity. The third person ("The applicant is … Can it
apply?"), the client the asker asks for ("我帮客户问一下：客户公司…"), and synonyms ("法人独立核算", "良好信用",
"经营异常名录"). Another firm's record stays another's. bench/qa_sets/statements18_{a,b}.json score the same at
scale."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

DAY = date(2026, 12, 7)
ILP, BCR, FIN = "independent_legal_person", "bad_credit_record", "finances_sound_3y"
CYB = "cyber_data_risk_controllable"


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


def asked_back(reading, field: str) -> bool:
    return field not in facts(reading) and any(field in a.fields for a in reading.asks.values())


@pytest.mark.parametrize("q,want", [
    # a form's lines, zh
    ("独立法人：是；信用记录：良好；近三年财务状况：良好。能报基础级吗？", {ILP: True, BCR: False, FIN: True}),
    ("基本情况：独立法人：否（分公司）；规上：是。能申报吗？", {ILP: False, "above_designated_size": True}),
    ("我们的情况：是否独立法人——是；有无不良信用——无。能报吗？", {ILP: True, BCR: False}),
    ("申报信息：失信记录 无，近三年财务 良好，网络和数据安全风险 可控。可以申报吗？",
     {BCR: False, FIN: True, CYB: True}),
    ("近三年经营状况：亏损（连续两年）；信用：正常。能报吗？", {FIN: False, BCR: False}),
    ("不良信用记录：无；违法违规：无。第三项条件满足吗？", {BCR: False, "violations": []}),
    # 等保三级 is a certification of cyber security, no maturity level
    ("网络安全：已通过等保三级测评，无重大风险。能满足安全方面的要求吗？", {CYB: True}),
    # a form's lines, en
    ("Legal entity: yes. Credit: clean. Finances: sound for the last 3 years. Cyber risk: none. Do we qualify?",
     {ILP: True, BCR: False, FIN: True, CYB: True}),
    ("Our profile: legal person - independent; credit history - clean; data risk - under control. Eligible?",
     {ILP: True, BCR: False, CYB: True}),
    ("Blacklisted: no. Bad credit record: no. Can we apply?", {BCR: False}),
    ("Facts: independent legal entity: no (we're a branch), above designated size. Do we meet item 1?",
     {ILP: False, "above_designated_size": True}),
    # the third person, and the client asked for
    ("The applicant is an independent legal person and has no record of dishonesty. Can it apply?",
     {ILP: True, BCR: False}),
    ("我帮客户问一下：客户公司是独立法人，信用良好，能报基础级吗？", {ILP: True, BCR: False}),
    # synonyms and lists
    ("我们公司法人独立核算，规上企业，能报吗？", {ILP: True, "above_designated_size": True}),
    ("我们具备：独立法人资格、良好信用、近三年财务健康；缺少：智能制造组织机制。能报吗？",
     {ILP: True, BCR: False, FIN: True, "organization_mechanism": False}),
    ("我们近三年财务状况都很健康，没有被列入经营异常名录，能报吗？", {FIN: True, BCR: False}),
    ("我们既没有失信记录，也没有违法违规行为，财务也一直很好，能报吗？", {BCR: False, "violations": [], FIN: True}),
    # another firm's record is not the asker's
    ("我们的一家供应商被列入了失信名单，我们自己信用良好，能报吗？", {BCR: False}),
    # a form's name asked and answered; a risk's level binds a risk's name only
    ("Independent legal entity? Yes. Dishonesty record? None. Can we apply?", {ILP: True, BCR: False}),
    ("失信被执行人：否；经营异常名录：无。能申报吗？", {BCR: False}),
    ("网络安全风险：较高，尚在整改。能报吗？", {CYB: False}),
    # a cyber incident denied is no accident denied
    ("We have never had a data security incident. We are an independent legal person. Eligible?", {ILP: True}),
])
def test_read(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q,field,also", [
    ("失信记录：应该没有吧；独立法人：是。能报吗？", BCR, {ILP: True}),
    ("独立法人：是；财务状况：不太清楚。能报吗？", FIN, {ILP: True}),
    ("信用记录：应该没有问题吧；独立法人：是。能报吗？", BCR, {ILP: True}),
    ("Credit: no. Legal entity: yes. Can we apply?", BCR, {ILP: True}),
    ("Finances: okay. Legal entity: yes. Can we apply?", FIN, {ILP: True}),
    ("We don't know whether we count as an independent legal person; our finances are sound. Eligible?", ILP,
     {FIN: True}),
    ("我们是独立法人，财务状况不太清楚，能报吗？", FIN, {ILP: True}),
    ("信用：较高；独立法人？是的。能报吗？", BCR, {ILP: True}),
    ("Our data security risk is probably under control. We are an independent legal person. Can we apply?", CYB,
     {ILP: True}),
    ("We have never had a data security incident. We are an independent legal person. Eligible?", "incidents",
     {ILP: True}),
])
def test_asked_back(read, q, field, also):
    r = read(q)
    assert asked_back(r, field)
    assert facts(r) == also


def test_the_hedge_asks_the_fields_question(app):
    out = app.state.sfkg.ask("我们应该算独立法人吧，信用记录良好，能报吗？", as_of=DAY)
    assert "申报企业是否具有独立法人资格？" in out["answer"]
    assert out["facts"]["profile"] == {BCR: False}
