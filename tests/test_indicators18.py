"""Indicators and domains as applicants paste them (indicators18): a form's name on one line and its value on the
next, a CSV row ("数控化率,80%"), a dash before the value ("NC rate — 78%"), a bare numeral before the next name
("数控化率 78 联网率 72（单位：%）"); a past year just before the name ("我们去年数控化率68%") and a change said in the
next sentence ("…was 70%; it has since gone up 6 points") asked back; the domains of a form (a list after "已覆盖："
and one after "未覆盖：", each name with its mark), a count of domains with none named asked back, and the applicant
in the third person ("该企业已开展…", "the applicant covers …").

Each case is a question and exactly what it states (nothing more is read).
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

N, L, D, W, E = ("indicators.key_process_nc_rate", "indicators.labor_productivity_gain",
                 "indicators.defect_rate_reduction", "indicators.equipment_networking_rate",
                 "indicators.energy_per_output_reduction")
PO, PM, OM, FC, RD = ("production_operation", "production_management", "operations_management",
                      "factory_construction", "rd_design")


@pytest.fixture(scope="module")
def read():
    return case_reader(date(2026, 12, 7))


CASES = [
    # a form pasted: names and values on lines of their own, CSV rows, dashes, bare numerals in a row
    ("自评表如下：\n关键工序数控化率\n83%\n生产设备联网率\n74%", {N: 83, W: 74}),
    ("名称,数值\n联网率,69%\n数控化率,77%", {W: 69, N: 77}),
    ("Name,Value\nNetworking rate,71%\nNC rate,80%", {W: 71, N: 80}),
    ("Our networking rate — 70%; NC rate — 79%.", {W: 70, N: 79}),
    ("我们联网率 71 数控化率 80（单位：%）", {W: 71, N: 80}),
    ("我们数控化率 80 台设备联网", {}),  # (a count of machines, no rate)
    ("关键工序数控化率｜78%\n生产设备联网率｜72%", {N: 78, W: 72}),
    # another model's level joined before the GB/T 39116 one in one clause is its own
    ("Our DCMM level is 3 and our CMMM level is 2.", {"maturity_level": 2}),
    ("We hold CMMI level 3 and smart manufacturing maturity level 2.", {"maturity_level": 2}),
    ("我们等保三级，成熟度二级", {"maturity_level": 2}),
    ("我们通过了DCMM三级", {}),
    # lines of prose are still clauses of their own: a number alone on a line after a sentence is no value
    ("我们数控化率80%\n联网率还没统计", {N: 80}),
    # domains in a form
    ("已覆盖：工厂建设、生产作业、生产管理；未覆盖：研发设计、运营管理。基础级够吗", {"domains": [FC, PO, PM]}),
    ("Domains covered: production operation; operations management.\nNot covered: R&D design.", {"domains": [PO, OM]}),
    ("生产作业（已覆盖）、生产管理（已覆盖）、运营管理（未覆盖）", {"domains": [PO, PM]}),
    ("环节：工厂建设√ 研发设计× 生产作业√", {"domains": [FC, PO]}),
    ("Production operation - yes; production management - no", {"domains": [PO]}),
    # a statement of covered domains in prose is not a form's mark ("已覆盖，" after the names)
    ("我们生产作业、生产管理已覆盖，运营管理还没做", {"domains": [PO, PM]}),
    # a domain under way is not covered; the others said done are
    ("我们生产作业、生产管理都做了，运营管理还在推进中", {"domains": [PO, PM]}),
    ("We have covered production operation; operations management is still in progress.", {"domains": [PO]}),
    # the applicant in the third person
    ("该企业已开展生产作业、生产管理和运营管理的建设，能报先进级吗", {"domains": [PO, PM, OM]}),
    ("The applicant covers production operation and operations management only.", {"domains": [PO, OM]}),
]


@pytest.mark.parametrize(("q", "want"), CASES)
def test_forms_are_read_as_stated(read, q, want):
    r = read(q)
    got = facts(r)
    if "domains" in want:
        assert set(got.pop("domains", [])) == set(want.pop("domains")), (r.facts, r.unread)
    assert got == want, (r.facts, r.unread)


@pytest.mark.parametrize(("q", "field", "kind"), [
    # a year before last just before the name: that year's level, not today's (last year's is the latest: read)
    ("我们前年数控化率68%。", N, "past"),
    ("In 2024 our networking rate was 66%.", W, "past"),
    # a change in the next sentence of the level said before it
    ("Last year our NC rate was 70%; it has since gone up 6 points.", N, "change"),
    ("我们去年联网率62%。今年又提高了8个百分点", W, "change"),
    # a count of domains, or a form's list of those not covered alone
    ("我们覆盖了4个环节，能报基础级吗", "domains", "domains"),
    ("We cover three of the five domains. Basic level?", "domains", "domains"),
    ("未覆盖：研发设计、工厂建设", "domains", "domains"),
    # a form's list with a member named by no domain ("仓储物流"), or marks on some names only
    ("已覆盖：生产作业、仓储物流", "domains", "domains"),
    ("生产作业（已覆盖）、生产管理、运营管理（未覆盖）", "domains", "domains"),
    # energy per unit of value added (增加值) is not per unit of output value (产值)
    ("我们万元工业增加值能耗下降了7%，能报先进级吗", E, "ambiguous"),
    ("Our energy per unit of value added is down 7%.", E, "ambiguous"),
    # coverage said in the words of what the domains hold, no domain named: which domains is asked
    ("We cover scheduling, quality and warehousing but not sales. Basic level?", "domains", "domains"),
    ("我们覆盖了计划排产、质量和仓储，能报基础级吗", "domains", "domains"),
])
def test_what_is_not_read_is_asked_back(read, q, field, kind):
    r = read(q)
    assert field not in facts(r), r.facts
    assert any(a.kind == kind and field in a.fields for a in r.asks.values()), r.asks


def test_a_past_year_after_an_upgrade_is_not_the_levels_year(read):
    # "2025年完成改造，数控化率78%": the level the upgrade brought, read
    assert facts(read("我们2025年完成改造，数控化率78%")) == {N: 78}
