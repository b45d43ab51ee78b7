"""The guided interview (contract: "Interview"): POST /interview, Service.interview, /ui/interview and
``sfkg interview``. Driven as an enterprise that knows its own facts would drive it: every answer taken
from a whole profile (or "we do not know" where the profile says nothing)."""
from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys

import pytest

from kg_service.assessment.profile import field_value, put_field
from tests.conftest import ROOT
from tests.test_assessment import CASES, LEVELS, build_profile


def drive(post, profile: dict, level: str) -> tuple[dict, list[str]]:
    """The interview to its end, answering from ``profile``: the last answer and the fields asked, checking
    every step on the way (a question is never asked twice, always says why with an eId, and the
    interview stops at the first condition not met)."""
    facts, unknown, asked = {}, [], []
    for _ in range(60):
        body = {"facts": facts, "unknown": unknown, "level": level}
        if profile.get("as_of"):
            body["as_of"] = profile["as_of"]
        step = post(body)
        if any(d["status"] == "not_met" for d in step["decided"]):
            assert step["done"] and step["next"] is None, f"went on after a condition was not met: {asked}"
        if step["done"]:
            assert step["next"] is None
            return step, asked
        q = step["next"]
        assert q["field"] not in asked, f"{q['field']} asked twice"
        assert field_value(facts, q["field"]) is None and q["field"] not in unknown, f"{q['field']} is known already"
        assert q["why"]["articles"] and all(re.fullmatch(r"[a-z0-9_\-]+", e) for e in q["why"]["articles"])
        assert q["why"]["condition"] in {d["condition"] for d in step["decided"]}
        assert q["question"]["zh"] and q["question"]["en"] and q["why"]["text"]["zh"] and q["why"]["text"]["en"]
        if q["kind"] in ("enum",) or (q["kind"] == "list" and not q["item"]):
            assert q["choices"]
        asked.append(q["field"])
        value = field_value(profile, q["field"])
        if value is None:
            unknown.append(q["field"])
        else:
            put_field(facts, q["field"], value)
    raise AssertionError(f"no end after 60 questions: {asked}")


def _profiles():
    return [pytest.param(build_profile(c), id=c["name"]) for c in CASES["cases"]]


@pytest.fixture(scope="module")
def post(client):
    def post(body: dict) -> dict:
        r = client.post("/interview", json=body)
        assert r.status_code == 200, r.text
        return r.json()
    return post


@pytest.mark.parametrize("profile", _profiles())
def test_every_assessment_case_ends_with_the_assess_verdict(client, post, profile):
    r = client.post("/assess", json=profile, params={"explain": "false"})
    if r.status_code != 200:
        pytest.skip("a profile /assess refuses has no verdict to reach")
    want = {res["level"]: res["verdict"] for res in r.json()["results"]}
    for level in LEVELS:
        step, asked = drive(post, profile, level)
        assert step["verdict"] == want[level], (level, asked)
        # the verdict of the facts gathered is /assess's of those same facts
        facts = {"id": "x", **step["facts"], **({"as_of": profile["as_of"]} if profile.get("as_of") else {})}
        same = client.post("/assess", json=facts, params={"level": level, "explain": "false"}).json()
        assert same["results"][0]["verdict"] == step["verdict"]


def test_a_varied_population_ends_with_the_assess_verdict(app):
    """Profiles drawn field by field (tests/generated_profiles.py: boundaries, absent fields, other
    sections and provinces, dates around the window), through the use case the faces call."""
    from tests.generated_profiles import profiles

    s = app.state.sfkg
    population = profiles(120, _thresholds(s), seed=7)
    for profile in population:
        want = {r["level"]: r["verdict"] for r in s.assess(profile, None, explain=False)["results"]}
        for level in LEVELS:
            step, asked = drive(s.interview, profile, level)
            assert step["verdict"] == want[level], (profile["id"], level, asked)


def test_the_statuses_that_weigh_a_field_are_those_assess_decides(app):
    """The interview weighs each open field by what-ifs decided as statuses alone (Timeline.statuses):
    on a varied population, at both levels and on days in and out of force, they equal /assess's."""
    from tests.generated_profiles import profiles

    s = app.state.sfkg
    for profile in profiles(200, _thresholds(s), seed=11):
        for level in LEVELS:
            want = {c["id"]: c["status"] for c in s.assess(profile, level, explain=False)["results"][0]["conditions"]}
            assert s.timeline.statuses(profile, level) == want, (profile["id"], level)


def _thresholds(s) -> dict:
    """att_2-1's thresholds by row, from GET /parameters' answer (``att_2-1__row_N.field``)."""
    from decimal import Decimal

    out: dict[str, dict[str, Decimal]] = {}
    for p in s.parameters()["parameters"]:
        row, _, name = p["id"].partition(".")
        if row.startswith("att_2-1__row_"):
            out.setdefault(row, {})[name] = Decimal(str(p["value"]))
    return out


def test_it_stops_at_the_first_condition_not_met(post):
    step = post({"facts": {"maturity_level": 1}, "unknown": [], "level": "advanced"})
    assert step["done"] and step["next"] is None and step["verdict"] == "not_eligible"
    assert {"condition": "maturity_level", "articles": ["art_5__item_7"], "status": "not_met"} in \
        [{k: d[k] for k in ("condition", "articles", "status")} for d in step["decided"]]


def test_a_date_out_of_force_ends_it_before_any_question(post):
    step = post({"facts": {}, "unknown": [], "level": "basic", "as_of": "2027-01-01"})
    assert step["done"] and step["verdict"] == "not_eligible" and step.get("notice")


def test_revenue_is_asked_before_the_stated_size_and_decides_it(post):
    base = build_profile(CASES["cases"][0])
    facts = {k: v for k, v in base.items() if k not in ("above_designated_size", "annual_revenue_10k_cny", "id")}
    step = post({"facts": facts, "unknown": [], "level": "basic"})
    assert step["next"]["field"] == "annual_revenue_10k_cny"
    assert step["next"]["why"]["condition"] == "eligible_entity" and "art_5__item_1" in step["next"]["why"]["articles"]
    # given the revenue, the stated size cannot change anything: not asked
    step = post({"facts": {**facts, "annual_revenue_10k_cny": 5000}, "unknown": [], "level": "basic"})
    assert step["done"] and step["verdict"] == "eligible"
    # the revenue not known: then the size is asked
    step = post({"facts": facts, "unknown": ["annual_revenue_10k_cny"], "level": "basic"})
    assert step["next"]["field"] == "above_designated_size"


def test_indicators_are_asked_after_the_industry_with_its_threshold_and_only_as_long_as_they_matter(post):
    base = build_profile(CASES["cases"][0])
    facts = {k: v for k, v in base.items() if k not in ("indicators", "industry_code", "id")}
    facts["annual_revenue_10k_cny"] = 5000  # else the revenue could still overturn the stated size
    step = post({"facts": facts, "unknown": [], "level": "advanced"})
    assert step["next"]["field"] == "industry_code"
    facts["industry_code"] = "C3911"
    step = post({"facts": facts, "unknown": [], "level": "advanced"})
    q = step["next"]
    assert q["field"].startswith("indicators.") and q["kind"] == "number" and "att_2-1__row_3" in q["why"]["articles"]
    assert "≥" in q["why"]["text"]["zh"]
    facts["indicators"] = {"key_process_nc_rate": 90, "labor_productivity_gain": 9, "defect_rate_reduction": 5}
    step = post({"facts": facts, "unknown": [], "level": "advanced"})
    assert step["done"] and step["verdict"] == "eligible"  # three of five reached: the other two cannot matter
    # an industry the table has no row for: its indicators cannot decide anything, so none is asked
    step = post({"facts": {**facts, "industry_code": "B0610", "indicators": {}}, "unknown": [], "level": "advanced"})
    assert step["done"] and step["verdict"] == "undetermined"


def test_choices_come_from_the_schema_with_their_labels(post):
    step = post({"facts": {"maturity_level": 3}, "unknown": [], "level": "basic"})
    q = step["next"]
    assert q["field"] == "domains" and q["kind"] == "list" and "production_operation" in q["choices"]
    assert q["labels"]["production_operation"] == {"zh": "生产作业", "en": "Production operation"}


def test_say_is_read_and_merged_with_its_words(post):
    step = post({"facts": {"maturity_level": 3}, "unknown": ["indicators.equipment_networking_rate"],
                 "level": "advanced", "say": "我们是做锂电池的，联网率66%"})
    assert step["facts"]["maturity_level"] == 3
    assert step["facts"]["indicators"]["equipment_networking_rate"] == 66
    assert step["spans"]["indicators.equipment_networking_rate"]
    assert "indicators.equipment_networking_rate" not in step["unknown"]  # stated now
    assert step["next"]["field"] != "indicators.equipment_networking_rate"


@pytest.mark.parametrize(("say", "as_of", "kept"), [
    # the look-back of art_5 item 3 starts on 2023-06-15: a June 2023 accident may be inside or outside it
    ("我们2023年6月发生过一起较大安全事故", "2026-06-15", False),
    ("We had a larger safety accident in June 2023.", "2026-06-15", False),
    # wholly inside the three years, whichever day of June 2024: the month is enough
    ("我们2024年6月发生过一起较大安全事故", "2026-06-15", True),
])
def test_say_asks_the_day_a_verdict_turns_on_as_ask_does(post, say, as_of, kept):
    step = post({"facts": {}, "unknown": [], "level": "basic", "say": say, "as_of": as_of})
    if kept:
        assert step["facts"]["incidents"][0]["grade"] == "larger"
        assert step["verdict"] == "not_eligible"
    else:  # not kept on a guessed day: left unread, the verdict still open, the incidents still to be asked
        assert "incidents" not in step["facts"], step["facts"]
        assert any("2023" in u for u in step["unread"]), step["unread"]
        assert step["verdict"] != "not_eligible" and not step["done"]


@pytest.mark.parametrize(("body", "field"), [
    ({"facts": {}, "unknown": []}, "level"),
    ({"facts": {}, "level": "gold"}, "level"),
    ({"facts": [], "level": "basic"}, "facts"),
    ({"facts": {"maturity_level": 9}, "level": "basic"}, "facts.maturity_level"),
    ({"facts": {"indicators": {"key_process_nc_rate": "high"}}, "level": "basic"},
     "facts.indicators.key_process_nc_rate"),
    ({"facts": {"maturity_levle": 2}, "level": "basic"}, "facts.maturity_levle"),
    ({"facts": {}, "unknown": ["maturity_level", "nonsense"], "level": "basic"}, "unknown.1"),
    ({"facts": {}, "unknown": "maturity_level", "level": "basic"}, "unknown"),
    ({"facts": {}, "level": "basic", "as_of": "2026-02-30"}, "as_of"),
    ({"facts": {}, "level": "basic", "say": "x" * 5000}, "say"),
    ({"facts": {}, "level": "basic", "spans": {}}, "spans"),
])
def test_bad_bodies_are_422_naming_the_field(client, body, field):
    r = client.post("/interview", json=body)
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0]["field"] == field


def test_a_body_that_is_not_json_is_422(client):
    r = client.post("/interview", content=b"{facts", headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and r.json()["errors"]


# ---- the page --------------------------------------------------------------------------------------
def _state(page: str) -> str:
    return html.unescape(re.search(r'name="state" value="([^"]*)"', page).group(1))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_page_asks_one_question_in_its_language(client, lang):
    r = client.get(f"/ui/interview?lang={lang}&level=advanced")
    assert r.status_code == 200
    assert r.text.count('id="question"') == 1 and 'name="say"' in r.text
    assert ("为什么问" if lang == "zh" else "Why we ask") in r.text
    assert 'href="/ui/articles/art_5__item_' in r.text  # why: the eIds, linked
    assert "<script src=\"http" not in r.text and "https://" not in r.text.split("<footer")[0]


def test_the_page_reads_words_shows_them_and_ends_with_a_printable_result(client):
    r = client.get("/ui/interview?lang=en&level=advanced")
    r = client.post("/ui/interview", data={"state": _state(r.text), "level": "advanced", "action": "say",
                                           "say": "我们是做锂电池的，联网率66%", "lang": "en"})
    assert r.status_code == 200
    assert "«联网率" in r.text  # the fact read, with its words, correctable
    assert 'value="forget:indicators.equipment_networking_rate"' in r.text
    field = re.search(r'id="question" data-field="([^"]+)"', r.text).group(1)
    assert field == "maturity_level"
    r = client.post("/ui/interview", data={"state": _state(r.text), "level": "advanced", "action": "answer",
                                           "field": field, "value": "1", "lang": "en"})
    assert 'id="question"' not in r.text and "verdict-not_eligible" in r.text and "data-print" in r.text
    assert 'value="record"' in r.text


def test_a_refused_answer_is_asked_again_saying_why(client):
    r = client.post("/ui/interview", data={"state": "", "level": "basic", "action": "answer",
                                           "field": "maturity_level", "value": "9", "lang": "en"})
    assert r.status_code == 422 and "facts.maturity_level" in r.text
    assert re.search(r'id="question" data-field="maturity_level"', r.text)


def test_the_result_is_recorded_with_a_key(app, client):
    _key, secret = app.state.sfkg.create_key("reviewer", label="interview test")
    base = build_profile(CASES["cases"][0])
    facts = {k: v for k, v in base.items() if k not in ("id", "as_of")}
    state = json.dumps({"facts": {**facts, "maturity_level": 1}, "unknown": [], "spans": {}})
    client.cookies.set("sfkg_key", secret, path="/ui")
    try:
        r = client.post("/ui/interview", data={"state": state, "level": "basic", "action": "record", "lang": "en"})
    finally:
        client.cookies.delete("sfkg_key", path="/ui")
    assert r.status_code == 200, r.text
    record_id = re.search(r'href="/ui/records/([^"]+)"', r.text).group(1)
    stored = app.state.sfkg.record(record_id)
    assert stored["results"][0]["verdict"] == "not_eligible"
    # typed beside the result instead: recorded, and the key kept for the records pages
    r = client.post("/ui/interview", data={"state": state, "level": "basic", "action": "record", "key": secret})
    assert r.status_code == 200 and re.search(r'href="/ui/records/([^"]+)"', r.text)
    assert "sfkg_key" in r.headers.get("set-cookie", "") and "HttpOnly" in r.headers["set-cookie"]
    client.cookies.delete("sfkg_key", path="/ui")
    r = client.post("/ui/interview", data={"state": state, "level": "basic", "action": "record", "key": "sfkg_wrong"})
    assert r.status_code == 401 and "/ui/records/" not in r.text


# ---- the command line --------------------------------------------------------------------------------
def test_the_command_line_runs_a_case_to_the_assess_verdict():
    profile = build_profile(CASES["cases"][0])
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "kg_service.cli", "interview", "--level", "advanced",
                             "--as-of", profile["as_of"], "--json"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    asked = []
    try:
        while True:
            line = proc.stdout.readline()
            assert line, proc.stderr.read()
            step = json.loads(line)
            if step["done"]:
                break
            field = step["next"]["field"]
            asked.append(field)
            value = field_value(profile, field)
            proc.stdin.write(("" if value is None else json.dumps(value, ensure_ascii=False)) + "\n")
            proc.stdin.flush()
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()
    assert step["verdict"] == "eligible" and len(asked) == len(set(asked))


def test_the_command_line_reads_unknown_and_prints_the_verdict():
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "kg_service.cli", "interview", "--level", "basic", "--as-of",
                           "2026-06-30", "--lang", "en"], input="two\n1\n", capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Please answer" in done.stderr  # "two" is not a level: asked again
    assert "Verdict (basic, 2026-06-30): NOT ELIGIBLE" in done.stdout and "✗" in done.stdout
