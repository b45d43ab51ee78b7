"""attest25: the basic-level filing, maturity, organisation, three years' finances, violations, incidents and
credit as firms write them, zh and en: attestations said plainly in a list with no subject (finances and credit
too, as `statement_plain`; not the measures' own "企业近三年…"); a record's number beside a filing ("备案编号…",
"filing no. BJ-JC-…") masked; a fine with its amount before it ("a RMB 20,000 fine") and "apart from" it; a form's
violation line with 情况/近三年 ("违法违规情况：无", "行政处罚：近三年无"); credit denied with no noun ("企业信用：
无不良"); an en list of accidents each with its word ("no safety accidents, pollution incidents or product quality
incidents"); a maturity level after a colon, and one awaiting its assessment asked back; the asker's own filing
said after another firm's; a year told more closely in brackets ("去年的一次消防罚款（2025年7月）"); materials
prepared ("基础级材料准备好了") are no filing made."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

DAY = date(2026, 12, 8)
F = "basic_filing."
ORG, TAL, FIN, BAD = "organization_mechanism", "talent_team", "finances_sound_3y", "bad_credit_record"
ADV, MAT = "advanced_technology", "maturity_level"


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


@pytest.mark.parametrize("q,want", [
    # plain lists of attestations, no subject
    ("近三年无违法违规行为，未发生安全、环保、质量事故，无不良信用记录。",
     {"violations": [], "incidents": [], BAD: False}),
    ("基础级备案：已完成（2025-06）\n成熟度等级：二级\n组织机制：设立了智能制造推进办公室\n近三年财务：连续三年盈利，资产负债率合理",
     {F + "filed": True, F + "date": "2025-06-15", MAT: 2, ORG: True, FIN: True}),
    # a record's number beside the filing
    ("Basic filing no. BJ-JC-2025-0123, filed with Fengtai in August 2025. Can we apply for advanced?",
     {F + "filed": True, F + "district": "丰台区", F + "date": "2025-08-15"}),
    ("基础级备案：已完成，备案号BJ2025-031，大兴区", {F + "filed": True, F + "district": "大兴区"}),
    ("基础级这块去年10月在怀柔区备完了", {F + "filed": True, F + "district": "怀柔区", F + "date": "2025-10-15"}),
    # fines and accidents
    ("Apart from a RMB 20,000 fine from the fire brigade in June 2025, we have had no violations.",
     {"violations.0.date": "2025-06-15"}),
    ("除了去年的一次消防罚款（2025年7月），其他都没有。", {"violations.0.date": "2025-07-15"}),
    ("违法违规情况：无", {"violations": []}),
    ("行政处罚：近三年无", {"violations": []}),
    ("企业信用：无不良", {BAD: False}),
    ("We had no safety accidents, pollution incidents or product quality incidents in the past three years.",
     {"incidents": []}),
    # 其他 (kind "other") opens no list of accidents after a comma
    ("我们2025年6月发生了一起较大生产安全事故，其他方面都还可以，能报基础级吗？",
     {"incidents.0.kind": "safety", "incidents.0.grade": "larger", "incidents.0.date": "2025-06-15"}),
    # maturity after a colon
    ("Maturity level per our latest GB/T 39116 assessment: 2.", {MAT: 2}),
    ("成熟度评估结果：3", {MAT: 3}),
    # organisation, technology, finances
    ("Smart manufacturing here is run by a CIO-led team, and we have a dedicated team of 25 smart-manufacturing "
     "engineers.", {ORG: True, TAL: True}),
    ("Our IT department leads the smart factory program.", {ORG: True}),
    ("智能制造工作由生产副总分管，设有智能制造科。", {ORG: True}),
    ("Our technology is at the domestic leading level.", {ADV: True}),
    ("近三年公司营收稳步增长，年年盈利。", {FIN: True}),
    ("我们公司财务上没问题，连续三年赚钱。", {FIN: True}),
    ("三年都亏损", {FIN: False}),
    # the asker's own filing after another firm's
    ("Our sister company in Tongzhou completed its basic filing in 2024; we haven't filed ourselves. Can we apply for "
     "advanced?", {F + "filed": False}),
])
def test_read(read, q, want):
    assert facts(read(q)) == want


@pytest.mark.parametrize("q", [
    "Maturity: Level 2 (self-assessed; the formal assessment is still pending)",
    "我们成熟度三级（还没正式评估）",
    "基础级材料准备好了，能报先进级吗",
    "Our sales team leads the digital transformation of our customers.",
    "企业近三年经营和财务状况良好，无不良信用记录",
    "The weather is fine today.",
    "近三年中，2024年亏损，其余年年盈利",
    "我们设备都准备好了",
])
def test_not_a_fact_is_not_read(read, q):
    said = facts(read(q))
    assert MAT not in said and F + "filed" not in said and ORG not in said and FIN not in said and BAD not in said


@pytest.mark.parametrize("q,want", [
    ("Our sister company in Tongzhou completed its basic filing in 2024; we haven't filed ourselves. Can we apply for "
     "advanced?", "not_met"),
    ("Basic filing no. BJ-JC-2025-0123, filed with Fengtai in August 2025. Can we apply for advanced?", "met"),
    ("基础级这块去年10月在怀柔区备完了，能报先进级吗？", "met"),
    ("基础级材料准备好了，能报先进级吗", "unknown"),
])
def test_art_7_through_the_service(app, q, want):
    out = app.state.sfkg.ask(q, as_of=DAY)
    art7 = next(d for d in out["facts"]["decided"] if d["articles"] == ["art_7"])
    assert art7["status"] == want


def test_item_3_met_from_a_plain_list(app):
    q = "近三年经营和财务状况良好，无违法违规行为，无不良信用记录，未发生安全、环保、质量事故。能报基础级吗？"
    out = app.state.sfkg.ask(q, as_of=DAY)
    item3 = next(d for d in out["facts"]["decided"] if d["articles"] == ["art_5__item_3"])
    assert item3["status"] == "met"
