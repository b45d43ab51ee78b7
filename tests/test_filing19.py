"""Reading the basic-level filing (art_7: filed, its day, its district) as askers write it (task filing19): pasted
forms and tables ("基础级备案：已备案（2025年4月，海淀区）", "备案区｜丰台区", a tab between cells), a name asked and
answered ("Filed at basic level? Yes, …"), the third person ("该企业已于…完成基础级备案"), spoken words ("去年三月在
亦庄那边备的案"), days relative to the day asked (去年底, 今年初, 上个月, 2025.3) and the development area (亦庄,
经开区, E-Town) as a place filed with. Never a guess: a plan, a filing under way, the group's filing, another
event's day, two days, an unsure answer are asked back. And one reading of a form's answer (statement_forms.reply and
answers, ``_form_reply``) for every kind: the statements' lack or doubt after a name and the filing.
bench/qa_sets/filing19_{a,b}.json score the same at scale."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

DAY = date(2026, 12, 7)
FD, DI, DA = "basic_filing.filed", "basic_filing.district", "basic_filing.date"
JK = "北京经济技术开发区"


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


def asked_back(reading, field: str) -> bool:
    return field not in facts(reading) and any(field in a.fields for a in reading.asks.values())


@pytest.mark.parametrize("q, want", [
    # forms and tables
    ("基础级备案：已备案（2025年4月，海淀区）\n成熟度：三级", {FD: True, DA: "2025-04-15", DI: "海淀区"}),
    ("备案情况｜已于2025.3完成海淀区备案\n成熟度｜二级", {FD: True, DA: "2025-03-15", DI: "海淀区"}),
    ("是否已完成基础级备案：是", {FD: True}),
    ("备案时间：2025-05-10 备案区：朝阳", {FD: True, DA: "2025-05-10", DI: "朝阳区"}),
    ("项目｜情况\n基础级备案｜已完成\n备案区｜丰台区\n备案日期｜2025年11月20日",
     {FD: True, DI: "丰台区", DA: "2025-11-20"}),
    ("基础级备案\t已备案\n备案所在区\t大兴区", {FD: True, DI: "大兴区"}),
    ("是否完成基础级备案｜否", {FD: False}),
    ("基础级备案：已备案（经开区，2025年10月）", {FD: True, DI: JK, DA: "2025-10-15"}),
    ("Basic filing: filed\nFiling district: Chaoyang\nFiling date: 2025-05-10",
     {FD: True, DI: "朝阳区", DA: "2025-05-10"}),
    ("Basic filing | done | Fengtai | 2025-11-20", {FD: True, DI: "丰台区", DA: "2025-11-20"}),
    ("Filed at basic level? Yes, in Tongzhou on 8 December 2025.", {FD: True, DI: "通州区", DA: "2025-12-08"}),
    ("Basic-level filing: done (E-Town, October 2025)", {FD: True, DI: JK, DA: "2025-10-15"}),
    ("Basic filing: not yet", {FD: False}),
    # third person, spoken words, relative days
    ("该企业已于2025年7月在海淀区完成基础级智能工厂备案，能否申请先进级？", {FD: True, DI: "海淀区", DA: "2025-07-15"}),
    ("该公司尚未完成基础级备案，成熟度为二级，能否申报先进级？", {FD: False}),
    ("我们去年三月在亦庄那边备的案，基础级的，今年能冲先进级吗？", {FD: True, DI: JK, DA: "2025-03-15"}),
    ("基础级的案我们早备了，在昌平，前年十月份。", {FD: True, DI: "昌平区", DA: "2024-10-15"}),
    ("基础级备案去年底在东城区做完了。", {FD: True, DI: "东城区", DA: "2025-12-15"}),
    ("我们今年初在延庆区完成了基础级备案。", {FD: True, DI: "延庆区", DA: "2026-01-15"}),
    ("基础级备案我们上个月刚在密云区办完。", {FD: True, DI: "密云区", DA: "2026-11-15"}),
    ("Basic filing's done, Changping, October 2024.", {FD: True, DI: "昌平区", DA: "2024-10-15"}),
    ("The company completed its basic-level smart factory filing in Haidian in July 2025. Can it apply for advanced?",
     {FD: True, DI: "海淀区", DA: "2025-07-15"}),
])
def test_filing_read(read, q, want):
    got = {k: v for k, v in facts(read(q)).items() if k.startswith("basic_filing")}
    assert got == want


@pytest.mark.parametrize("q, field", [
    ("我们准备下个月去海淀区做基础级备案，能报先进级吗？", FD),  # a plan
    ("基础级备案还在办理中（朝阳区），能申请先进级吗？", FD),  # under way
    ("集团总部在海淀区完成了基础级备案，我们子公司能直接报先进级吗？", FD),  # the group's
    ("Our parent group completed a basic-level filing in Haidian. Can our subsidiary apply for advanced?", FD),
    ("基础级备案：待确认", FD),  # unsure
    ("Basic-level filing: not sure", FD),
    ("基础级备案：已备案，2025年3月或4月，海淀区", DA),  # two days
    ("去年或者前年在海淀备的案，基础级。", DA),
])
def test_filing_never_guessed(read, q, field):
    r = read(q)
    assert asked_back(r, field)


def test_another_events_day_is_not_the_filings(read):
    r = read("We got ISO 9001 certified in March 2025 and have completed our basic-level filing in Tongzhou.")
    assert facts(r) == {FD: True, DI: "通州区"}
    r = read("基础级备案：是\n先进级申报时间：2026-03-01")
    assert DA not in facts(r) and facts(r)[FD] is True


def test_filing_district_is_no_registration(read):
    r = read("Basic filing: filed\nFiling district: Chaoyang")
    assert "registration.district" not in facts(r) and facts(r)[DI] == "朝阳区"
    r = read("我们的工厂在亦庄，公司注册在海淀区，基础级备案还没做。")
    assert facts(r) == {"registration.province": "北京市", "registration.district": "海淀区", FD: False}


def test_relative_year_ends(read):
    # "去年底", "今年初": a month of that year (as "2023年底" is its December), not a day of today
    r = read("我们今年初在延庆区完成了基础级备案。")
    assert facts(r)[DA] == "2026-01-15"


# ---- one reading of a form's answer for every kind -------------------------------------------------
@pytest.mark.parametrize("q, field, value", [
    ("基础级备案情况：否", FD, False),  # the filing
    ("Basic-level filing: no", FD, False),
    ("基础级备案情况：未备案", FD, False),
    ("我们组织机制情况：无", "organization_mechanism", False),  # a statement's lack after its name
    ("we have a talent team situation: none", "talent_team", False),
])
def test_form_answer_read_alike(read, q, field, value):
    assert facts(read(q)).get(field) == value


@pytest.mark.parametrize("q, field", [
    ("基础级备案情况：待确认", FD),
    ("我们安全可控情况：待核实", "security_controllable"),  # a statement's doubt after its name
])
def test_form_answer_unsure_asked_alike(read, q, field):
    assert asked_back(read(q), field)


def test_form_reply_kinds(read):
    """The one reader: a mark, a few words before it, an answer of statement_forms.answers."""
    from kg_service.questions.case.passage import Passage
    from kg_service.questions.case.reader import CaseReader
    from tests.conftest import built_knowledge_graph
    reader = CaseReader(built_knowledge_graph())
    values = reader.cues["filing_answers"]
    for text, lang, kind in [("情况：否", "zh", "no"), ("：已完成", "zh", "done"), ("：尚未备案", "zh", "not_done"),
                             ("：应该没有吧", "zh", "unknown"), (": not yet", "en", "no"), (": TBD", "en", "unknown"),
                             (": done", "en", "done")]:
        t = Passage(raw=text, text=text, lang=lang, today=DAY)
        assert reader._form_reply(t, 0, len(text), values)[0] == kind
    # "已完成" says nothing of a credit: the filing's kinds only where a name lists them
    t = Passage(raw="：已完成", text="：已完成", lang="zh", today=DAY)
    assert reader._form_reply(t, 0, len(t.text)) is None


@pytest.mark.parametrize("q", ["基础级备案：备案中", "基础级备案：申请中", "基础级备案：是（正在办理）"])
def test_filing_under_way_asked(read, q):
    assert asked_back(read(q), FD)


@pytest.mark.parametrize("q", ["我们2024年在海淀区备案了一个投资项目", "We filed a patent in 2025.",
                               "完成基础级备案的企业可以申请先进级吗？",
                               "Do companies that filed as basic in Haidian qualify?"])
def test_no_filing_of_the_asker(read, q):
    assert not {k for k in facts(read(q)) if k.startswith("basic_filing")}


def test_two_districts_asked(read):
    r = read("基础级备案：已备案（海淀区、朝阳区）")
    assert facts(r) == {FD: True} and asked_back(r, DI)


def test_registration_and_filing_districts_apart(read):
    r = read("我们在海淀区注册，在朝阳区备的案，基础级。")
    assert facts(r) == {"registration.province": "北京市", "registration.district": "海淀区", FD: True, DI: "朝阳区"}
