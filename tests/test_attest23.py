"""attest23: the yes/no attestations of art_5 (items 1, 4, 5, 6) and annex 1 (数字化达标) as firms
write them, zh and en: said plainly with no subject and nothing asked (statement_plain); the
organisation's more names (推进委员会, X运营部, a CIO office, 指挥部, 组织保障 beside the people); the
talent team as a count of engineers or full-time staff beside the smart factory; network and data
risk (no major risk, low, 风险可控 beside 网络安全; 等保 alone asked back); 国产 alone asked back for
security; a legal person against a branch ("a subsidiary rather than a branch", "原为分厂",
"…设立的分公司"); a body being formed or doing it part-time asked back."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

DAY = date(2026, 6, 1)
ORG, TAL, ADV, SEC = "organization_mechanism", "talent_team", "advanced_technology", "security_controllable"
CYB, DTC, POL, ILP = ("cyber_data_risk_controllable", "digital_transformation_compliant", "product_policy_compliant",
                      "independent_legal_person")


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


def asked_back(reading, field: str) -> bool:
    return field not in facts(reading) and any(field in a.fields for a in reading.asks.values())


@pytest.mark.parametrize("q,want", [
    # said plainly: no subject, nothing asked
    ("成立了智能制造领导小组，总经理任组长。", {ORG: True}),
    ("智能工厂建设由首席数字官牵头，下设三个工作组。", {ORG: True}),
    ("关键设备和工业软件基本都是国产的，安全可控；网络和数据安全风险也可控。", {SEC: True, CYB: True}),
    ("There is no digital transformation office; the IT manager handles it part-time.", {ORG: False}),
    # the organisation's names
    ("去年公司专门成立了数智化转型推进委员会，下面分了几个工作组。", {ORG: True}),
    ("我们设立了首席信息官办公室，统筹智能工厂的规划和建设。", {ORG: True}),
    ("咱们有个智能工厂建设指挥部，总经理任总指挥。", {ORG: True}),
    ("我们有厂级的智能制造管理委员会，还有一支专业人才队伍，能申报吗？", {ORG: True, TAL: True}),
    ("我们设立了数字化运营部，拥有一批数字化人才，能报吗？", {ORG: True, TAL: True}),
    ("我们组织保障和人才队伍都到位了，能报吗？", {ORG: True, TAL: True}),
    ("我们还没有成立专门的数字化转型机构，相关工作由生产部兼着做。", {ORG: False}),
    # the talent team as its people counted beside the smart factory
    ("总经理亲自挂帅成立了智能制造工作组，有30多名工程师。能报吗？", {ORG: True, TAL: True}),
    ("我们配备了专职的数字化人员30人，能报吗？", {TAL: True}),
    ("We have no dedicated team for smart manufacturing; everything is outsourced to an integrator.", {TAL: False}),
    # network and data risk
    ("我们通过了等保三级，网络安全和数据安全没有重大风险，能报吗？", {CYB: True}),
    ("网络和数据安全方面，我们建立了完善的防护体系，风险可控。能报吗？", {CYB: True}),
    ("我们的数据安全风险较低，能报吗？", {CYB: True}),
    ("Our cybersecurity and data security are under control. Basic level?", {CYB: True}),
    ("Our cyber and data security risk is uncontrolled. Can we apply?", {CYB: False}),
    ("We have no major cybersecurity or data security risks. Basic level?", {CYB: True}),
    # products, technology, digital transformation
    ("我们的主导产品符合国家和北京市的产业政策，能报吗？", {POL: True}),
    ("我们的产品不属于落后产能，能报吗？", {POL: True}),
    ("Our core product fits with the municipal industrial policy.", {POL: True}),
    ("我们采用了行业领先的工艺，能报吗？", {ADV: True}),
    ("咱们数转这块早就达标了，能报基础级不？", {DTC: True}),
    ("We've met the requirements of Beijing's manufacturing digital transformation plan. Basic level?", {DTC: True}),
    ("Is digital transformation compliant? Yes.", {DTC: True}),
    # a legal person, a parent group named
    ("我司系某集团控股子公司，能报基础级吗？", {ILP: True}),
    ("我们为集团在京设立的独立法人企业，原为分厂，能报吗？", {ILP: True}),
    ("我们是集团子公司，下面还有两个分公司，能报吗？", {ILP: True}),
    ("我们企业性质为有限责任公司，是集团的子公司，能报吗？", {ILP: True}),
    ("该厂是某集团在北京设立的分公司，不是独立法人，能否申报？", {ILP: False}),
    ("We are a subsidiary rather than a branch. Can we apply?", {ILP: True}),
    ("We are a subsidiary and not a branch office. Can we apply?", {ILP: True}),
    ("We are the Beijing branch of a Shanghai group. Can we apply?", {ILP: False}),
    ("我们是XX集团第一分厂改制成立的独立法人公司，能报吗？", {ILP: True}),
    ("信息安全风险可控。", {CYB: True}),
    ("数字化转型评估结果为达标。", {DTC: True}),
    ("We don't have a formal team for smart manufacturing. Can we apply?", {TAL: False}),
    ("The smart factory is run by a cross-functional task force. Basic?", {ORG: True}),
    ("Our products are not on any restricted or eliminated list. Basic?", {POL: True}),
    ("公司智能制造工作由数字化转型委员会统筹，下设数字化部，有专业人员30名。", {ORG: True, TAL: True}),
    ("我们成立了智能制造专家委员会，还聘请了外部专家，能报吗？", {}),
])
def test_read(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q,field", [
    ("我们的智能制造推进小组正在筹建中，能报吗？", ORG),
    ("我们正在组建数字化团队。", TAL),
    ("我们有一个两人的信息化小组，兼顾智能制造。", ORG),
    ("我们智能制造这块的组织机制还不太健全，能报吗？", ORG),
    ("我们的信息系统通过了等保三级测评，能报吗？", CYB),
    ("我们的关键技术装备、工业软件都是国产的，能报吗？", SEC),
    ("Digital transformation compliance: not yet assessed.", DTC),
    ("Our digital transformation office is still being set up. Basic level?", ORG),
    ("关键装备、工业软件尚未完全实现安全可控。", SEC),
    ("网络安全还有隐患，数据安全风险尚未完全可控。", CYB),
    ("We are still recruiting a smart manufacturing team. Basic?", TAL),
    ("我们的智能制造团队正在招聘中。", TAL),
])
def test_partial_or_pending_is_asked_back(read, q, field):
    r = read(q)
    assert asked_back(r, field)
    assert field not in facts(r)


@pytest.mark.parametrize("q", [
    "企业应建立智能工厂统筹规划、建设和运营的组织机制吗？",
    "What does an organisation mechanism for the smart factory mean?",
    "（六）企业应建立智能工厂统筹规划、建设和运营的组织机制，拥有一批智能制造专业人才。",
])
def test_the_rule_asked_or_quoted_states_no_case(read, q):
    assert facts(read(q)) == {}


def test_item_6_is_met_when_both_are_said(app):
    out = app.state.sfkg.ask("智能工厂建设由首席数字官牵头，下设三个工作组，有30多名专职工程师。能报吗？", as_of=DAY)
    assert out["facts"]["profile"] == {ORG: True, TAL: True}
    item6 = next(d for d in out["facts"]["decided"] if d["articles"][-1] == "art_5__item_6")
    assert item6["status"] == "met"
