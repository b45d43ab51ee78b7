"""Never guessing a fact (issue 17): words not bound to exactly one field are asked back as the
interview's own question of the field(s) they could fill; a date named by its month or year is not
decided as if its day were known where the verdict turns on that day; a product word names the asker's
industry only where they make the thing, not where they use it.
"""
from __future__ import annotations

import re
from datetime import date

import pytest
import yaml

from tests.conftest import ROOT, case_reader

TODAY = date(2026, 5, 20)
INTERVIEW = yaml.safe_load((ROOT / "queries" / "interview.yaml").read_text(encoding="utf-8"))["fields"]


@pytest.fixture(scope="module")
def read():
    return case_reader(TODAY)


def ask(client, q: str, as_of: str = TODAY.isoformat()) -> dict:
    r = client.get("/ask", params={"q": q, "as_of": as_of})
    assert r.status_code == 200, r.text
    return r.json()


def question(field: str, q: str) -> str:
    return INTERVIEW[field]["zh" if any("\u4e00" <= ch <= "\u9fff" for ch in q) else "en"]


# ---- 1. what each unread piece could fill, and the answer asking for it ---------------------------
ASKED = [
    ("我们在亦庄，设备联网率70%，能申报基础级吗？", "我们在亦庄", ["registration.province"]),
    ("We are in Yizhuang and our NC rate is 75%. Can we apply for the basic level?", "Yizhuang",
     ["registration.province"]),
    ("我们被罚款过一次，能申报先进级吗？", "罚款", ["violations"]),
    ("We had a larger safety accident at the plant. Can we still apply for the basic level?", "accident",
     ["incidents"]),
    ("Our networking rate is over 70% and our NC rate is 75%. Enough for the advanced level?", "over 70%",
     ["indicators.equipment_networking_rate"]),
    ("产品不良率从3%降到了1.8%，设备联网率72%，先进级？", "从3%降到了1.8%", ["indicators.defect_rate_reduction"]),
    ("关键工序数控化率78%和80%，先进级能过吗？", "78%和80%", ["indicators.key_process_nc_rate"]),
    ("我们年营业收入2000多万元，能申报基础级吗？", "2000多万", ["annual_revenue_10k_cny"]),
    ("我们的智能制造人才队伍正在组建中，联网率70%，能申报先进级吗？", "组建中", ["talent_team"]),
    ("Our maturity is level 3 or above under GB/T 39116. Can we apply for the advanced level?", "level 3",
     ["maturity_level"]),
    ("我们是食品企业，设备联网率58%，先进级够吗？", "食品", ["industry_code"]),
]


@pytest.mark.parametrize(("q", "words", "fields"), ASKED, ids=[a[0][:30] for a in ASKED])
def test_each_unread_piece_carries_the_fields_it_could_fill(read, q, words, fields):
    r = read(q)
    pieces = [u for u in r.unread if words in u]
    assert pieces, r.unread
    assert set(fields) <= set(r.asks[pieces[0]].fields), r.asks
    assert not set(fields) & r.paths()  # asked, not read
    assert set(r.asks) == set(r.unread)  # every unread piece says why
    # the contract's facts keep their shape: unread is the words only
    assert all(isinstance(u, str) for u in r.as_facts()["unread"])


def test_a_product_word_of_two_divisions_names_both(read):
    r = read("我们是食品企业，设备联网率58%，先进级够吗？")
    choices = r.asks["食品"].choices
    assert [c[:3] for c in choices] == ["C13", "C14"], choices


@pytest.mark.parametrize(("q", "words", "fields"), [a for a in ASKED if a[2] != ["industry_code"]],
                         ids=[a[0][:30] for a in ASKED if a[2] != ["industry_code"]])
def test_the_answer_asks_the_interviews_question_quoting_the_askers_words(client, q, words, fields):
    body = ask(client, q)
    unread = [u for u in body["facts"]["unread"] if words in u]
    assert unread, body["facts"]
    assert f"“{unread[0]}”" in body["answer"], body["answer"]
    for f in fields:
        assert body["answer"].count(question(f, q)) == 1, body["answer"]  # asked once, not twice


def test_a_product_word_of_two_divisions_is_asked_with_both(client):
    body = ask(client, "We are a food company with a networking rate of 58%. Is that enough for the advanced level?")
    assert "industry_code" not in body["facts"]["profile"]
    assert "“food” could be C13" in body["answer"] and "or C14" in body["answer"], body["answer"]
    assert INTERVIEW["industry_code"]["en"] in body["answer"]


def test_a_number_of_no_name_is_asked_which_indicator(client):
    body = ask(client, "我们的指标是75%，先进级够吗？")
    assert body["facts"]["profile"] == {} or "indicators" not in body["facts"]["profile"]
    assert "“我们的指标是75%”中的数值是哪一项指标的" in body["answer"], body["answer"]
    assert "关键工序数控化率" in body["answer"]


# ---- 2. a month or a year where the look-back's edge falls inside it ------------------------------
# as_of 2026-05-20: the three years before it start on 2023-05-20 (art_5__item_3)
EDGE = [
    ("我们2023年5月发生过一起较大安全事故，能申报基础级吗？", "incidents"),
    ("We had a larger safety accident in May 2023. Can we apply for the basic level?", "incidents"),
    ("2023年我们因环保问题被罚款，能申报基础级吗？", "violations"),
    ("We were fined for a safety violation in 2023. Can we apply for the basic level?", "violations"),
    ("三年前我们被罚过款，能申报基础级吗？", "violations"),
]


@pytest.mark.parametrize(("q", "field"), EDGE, ids=[e[0][:30] for e in EDGE])
def test_a_date_whose_day_decides_is_asked_not_guessed(client, q, field):
    body = ask(client, q)
    facts = body["facts"]
    assert field not in facts["profile"], facts
    assert facts["unread"], facts
    assert question(field, q) in body["answer"], body["answer"]
    assert ("确切日期" if "确切" in body["answer"] else "exact date") in body["answer"], body["answer"]
    # nothing is decided from the guessed day: the look-back condition is not met nor met
    assert all(d["status"] != "not_met" for d in facts["decided"]), facts["decided"]


KEPT = [
    # the month lies wholly before the three years
    ("2022年3月我们发生过一起较大安全事故，能申报基础级吗？",
     {"kind": "safety", "grade": "larger", "date": "2022-03-15"}),
    # a general accident disqualifies on no day: the day read does not matter
    ("2023年发生过一起一般安全事故，能申报基础级吗？", {"kind": "safety", "grade": "general", "date": "2023-07-01"}),
    # a full date
    ("We had a larger safety accident on 28 May 2023. Basic level?", {"kind": "safety", "grade": "larger",
                                                                      "date": "2023-05-28"}),
]


@pytest.mark.parametrize(("q", "incident"), KEPT, ids=[k[0][:30] for k in KEPT])
def test_a_date_whose_day_does_not_decide_is_kept(client, q, incident):
    facts = ask(client, q)["facts"]
    assert facts["profile"].get("incidents") == [incident], facts
    assert not facts["unread"], facts


def test_a_list_whose_item_has_no_day_is_asked_whole_and_decides_nothing(client):
    q = "2023年5月我们发生过一起较大安全事故，2024年3月发生过一起一般质量事故，能申报基础级吗？"
    body = ask(client, q)
    facts = body["facts"]
    assert "incidents" not in facts["profile"], facts  # not "one general accident": the list is not known
    assert [u for u in facts["unread"] if "2023年5月" in u] and [u for u in facts["unread"] if "2024年3月" in u]
    assert body["answer"].count(question("incidents", q)) == 1, body["answer"]
    assert not body["answer"].startswith(("符合", "就所述情况而言符合")), body["answer"]


def test_an_exact_date_inside_the_three_years_decides_no(client):
    body = ask(client, "We had a larger safety accident on 28 May 2023. Can we apply for the basic level?")
    assert body["answer"].startswith("No —"), body["answer"]
    body = ask(client, "We had a larger safety accident on 10 May 2023. Can we apply for the basic level?")
    assert not body["answer"].startswith("No —"), body["answer"]  # "Not yet decidable …": outside the window


def test_the_reader_keeps_the_span_a_month_or_year_allows(read):
    r = read("我们2023年5月发生过一起较大安全事故，2021年被罚过款。")
    within = {f.path: f.within for f in r.facts if f.within}
    assert within == {"incidents.0.date": ("2023-05-01", "2023-05-31"),
                      "violations.0.date": ("2021-01-01", "2021-12-31")}, within
    assert all(f.within is None for f in read("2023年5月3日发生过一起较大安全事故。").facts)


# ---- 3. an industry named only where the asker makes the thing -------------------------------------
FRAMES = [
    # used, bought, installed, run: no industry
    ("We installed sensors on every line and our NC rate is 80%. Advanced level?", None),
    ("Our servers run the MES, and the networking rate is 70%. Advanced level?", None),
    ("We deployed cranes in the warehouse; networking rate 70%. Advanced level?", None),
    ("We outsource printing to a partner and our NC rate is 80%. Advanced level?", None),
    ("我们安装了传感器，关键工序数控化率80%，先进级？", None),
    ("我们在车间部署了服务器，设备联网率70%，先进级？", None),
    ("我们采购了一批起重机，设备联网率70%，先进级？", None),
    ("我们使用的是国产服务器，设备联网率68%，先进级？", None),
    # made: the industry
    ("We make sensors. NC rate 80%. Advanced level?", "C39"),
    ("We are a pump manufacturer with a networking rate of 70%. Advanced level?", "C34"),
    ("We're in printing: NC rate 66%. Advanced level?", "C23"),
    ("We run a recycling plant with an NC rate of 70%. Advanced level?", "C42"),
    ("我们是做传感器的，关键工序数控化率80%，先进级？", "C39"),
    ("我们生产起重机，设备联网率70%，先进级？", "C34"),
    ("我们是印刷企业，设备联网率65%，先进级？", "C23"),
]


@pytest.mark.parametrize(("q", "code"), FRAMES, ids=[f[0][:30] for f in FRAMES])
def test_an_industry_binds_only_where_the_thing_is_made(read, q, code):
    r = read(q)
    got = {f.path: f.value for f in r.facts}.get("industry_code")
    assert (got or None) == code or (code and got and got.startswith(code)), (got, r.unread)
    assert not r.unread  # a thing used is not asked back either: it says nothing of the trade


# ---- 4. the dates of a recognised factory (art_12) and of the application ---------------------------
# art_12 revokes for events after the recognition: an event and the recognition named in one month or one
# year, the Service's check differs between its first and last day, so the day is asked, the verdict open
REVOCATION_EDGE = [
    ("我们2025年6月获评基础级智能工厂，2025年6月发生了一起重大安全事故，称号会被撤销吗？", "2025年6月",
     "art_12__item_3"),
    ("We were recognised as a basic-level smart factory in June 2025 and had a major safety accident in June 2025. "
     "Will the title be revoked?", "June 2025", "art_12__item_3"),
    ("我们2025年获评先进级智能工厂，2025年注册地迁到了河北，称号还保留吗？", "2025年", "art_12__item_4"),
    ("We were recognised as an advanced-level smart factory in 2025 and moved our registered address to Tianjin "
     "in 2025. Can we keep the title?", "2025", "art_12__item_4"),
    ("我们2025年5月10日获评基础级智能工厂，2025年5月发生了一起重大环保事故，称号会被撤销吗？", "2025年5月",
     "art_12__item_3"),
]


@pytest.mark.parametrize(("q", "words", "cause"), REVOCATION_EDGE, ids=[e[0][:30] for e in REVOCATION_EDGE])
def test_an_event_whose_day_decides_against_the_recognition_is_asked(client, q, words, cause):
    body = ask(client, q)
    facts = body["facts"]
    assert facts["mode"] == "revocation" and facts["verdict"] == "undetermined", facts
    assert facts["events"] == [] and facts["request"]["events"] == [], facts  # not decided on a guessed day
    assert [u for u in facts["unread"] if words in u], facts["unread"]
    assert cause in body["answer"] and ("确切日期" if "确切" in body["answer"] else "exact date") in body["answer"]
    assert next(c for c in facts["causes"] if c["cause"] == cause)["status"] == "unknown", facts["causes"]
    zh = "\u4e00" <= q[0] <= "\u9fff"
    assert body["answer"].startswith("尚无法判断" if zh else "Cannot be decided yet"), body["answer"]


REVOCATION_KEPT = [
    # the event before the recognition's month, by month: art_12 does not look at it
    ("We were recognised as a basic-level smart factory in March 2026 and had a major safety accident in January "
     "2026. Will the title be revoked?", "2026-01-15", "retain"),
    ("我们2026年3月获评基础级智能工厂，2026年1月发生了一起重大安全事故，称号会被撤销吗？", "2026-01-15", "retain"),
    # by day, on either side of the recognition's day
    ("We were recognised as a basic-level smart factory on 20 May 2025 and had a major environmental accident on "
     "10 May 2025. Will the title be revoked?", "2025-05-10", "retain"),
    ("我们2025年5月10日获评基础级智能工厂，2025年5月20日发生了一起重大环保事故，称号会被撤销吗？", "2025-05-20",
     "revoke"),
    # after the recognition's year: its day decides nothing
    ("我们2025年获评先进级智能工厂，2026年3月注册地迁到了河北，称号还保留吗？", "2026-03-15", "revoke"),
    ("We are a recognised basic-level smart factory. We had a major safety accident in May 2026. Will the title be "
     "revoked?", "2026-05-15", "revoke"),
]


@pytest.mark.parametrize(("q", "day", "verdict"), REVOCATION_KEPT, ids=[k[0][:30] for k in REVOCATION_KEPT])
def test_an_event_whose_day_does_not_decide_is_kept(client, q, day, verdict):
    facts = ask(client, q)["facts"]
    assert [e.get("date") for e in facts["request"]["events"]] == [day], facts  # decided on the reader's day
    # the facts state a day only where the question names it: a month names none (revoc17)
    named = day[-2:].lstrip("0") + " " in q or day[-2:].lstrip("0") + "日" in q
    assert [e.get("date") for e in facts["events"]] == [day if named else None], facts
    assert facts["verdict"] == verdict and not facts["unread"], facts


APPLICATION_EDGE = [
    # the three years before an application in December 2026 begin in December 2023, as the accident
    ("We had a larger safety accident on 10 December 2023. We plan to apply for the basic level in December 2026. "
     "Are we eligible?", "December 2026"),
    ("2023年12月10日发生过一起较大安全事故，我们计划2026年12月申报基础级，可以吗？", "2026年12月"),
]


@pytest.mark.parametrize(("q", "words"), APPLICATION_EDGE, ids=[e[0][:30] for e in APPLICATION_EDGE])
def test_an_application_day_that_decides_is_asked(client, q, words):
    body = ask(client, q)
    facts = body["facts"]
    assert "as_of" not in facts["profile"] and "incidents" not in facts["profile"], facts
    assert words in facts["unread"], facts["unread"]
    assert "art_5__item_3" in body["answer"], body["answer"]
    # not decided on its first day ("No —", "不符合"; "Not yet decidable" is what it should say)
    assert not re.match(r"No\b|不符合", body["answer"]), body["answer"]


APPLICATION_KEPT = [
    ("We had a larger safety accident on 10 March 2023. We plan to apply for the basic level in December 2026. "
     "Are we eligible?", "2026-12-01"),
    ("2024年5月发生过一起较大安全事故，我们计划2026年12月申报基础级，可以吗？", "2026-12-01"),
    ("我们2027年申报基础级，还适用本办法吗？", "2027-01-01"),  # no day of 2027 is in the measures' term
    ("If we apply for the basic level on 1 January 2027, do these measures still govern it?", "2027-01-01"),
]


@pytest.mark.parametrize(("q", "day"), APPLICATION_KEPT, ids=[k[0][:30] for k in APPLICATION_KEPT])
def test_an_application_day_that_does_not_decide_is_kept(client, q, day):
    facts = ask(client, q)["facts"]
    assert facts["profile"].get("as_of") == day and not facts["unread"], facts


def test_the_reader_reads_the_recognition_and_the_span_of_dates(read):
    r = read("我们2025年6月获评基础级智能工厂，2025年6月发生了一起重大安全事故，称号会被撤销吗？")
    assert r.recognised is not None and r.recognised.within == ("2025-06-01", "2025-06-30"), r.recognised
    assert [e.within for e in r.events] == [("2025-06-01", "2025-06-30")], r.events
    # a month still to come is no day of today's month: not an event's date, an application's whole month
    r = read("我们是基础级智能工厂，2026年12月发生了重大安全事故，会撤销吗？")
    assert [e.date for e in r.events] == [None], r.events
    r = read("We plan to apply for the basic level in December 2026.")
    assert [(f.value, f.within) for f in r.facts if f.path == "as_of"] == [("2026-12-01", ("2026-12-01", "2026-12-31"))]


SHOWN = [
    # a date kept (its day decides nothing) is shown as it was named, not as the day read for it
    ("2022年3月我们发生过一起较大安全事故，能申报基础级吗？", "2022年3月较大安全事故", "2022年3月15日"),
    ("We were fined in March 2024. Can we apply for the basic level?", "a violation in March 2024", "15 March 2024"),
    ("We had a larger environmental accident in 2019. Can we apply for the basic level?", "accident in 2019",
     "1 July 2019"),
    ("2023年5月3日我们发生过一起较大安全事故，能申报基础级吗？", "2023年5月3日较大安全事故", None),
]


@pytest.mark.parametrize(("q", "shown", "not_shown"), SHOWN, ids=[s[0][:30] for s in SHOWN])
def test_a_kept_date_is_shown_as_named(client, q, shown, not_shown):
    answer = ask(client, q)["answer"]
    assert shown in answer and (not_shown is None or not_shown not in answer), answer


# ---- an accident asked back for what its words leave open, not for all of it ----------------------
LEFT_OPEN = [
    # "serious" is 较大 or 重大: the grade alone is asked
    ("We had a serious safety accident in March 2025. Can we apply for the basic level?", "incident_grade",
     "which grade"),
    ("去年3月我们发生过一起环境事故，能申报基础级吗？", "incident_grade", "事故等级"),
    # the grade and the date said, the kind not
    ("We had a general accident on 2025-03-02. Can we apply for the basic level?", "incident_kind",
     "what kind of accident"),
]


@pytest.mark.parametrize(("q", "kind", "told"), LEFT_OPEN, ids=[x[0][:30] for x in LEFT_OPEN])
def test_an_accident_is_asked_for_what_its_words_leave_open(read, client, q, kind, told):
    r = read(q)
    assert "incidents" not in {f.path.split(".")[0] for f in r.facts}
    assert [a.kind for a in r.asks.values() if "incidents" in a.fields] == [kind]
    assert told in ask(client, q)["answer"]
