"""art_12: revocation causes for a recognised factory, through the API and the CLI."""
from __future__ import annotations

import json

import pytest

from kg_service.cli import main as sfkg

BASE = {"factory_id": "f1", "level": "advanced", "recognised_on": "2025-10-01", "as_of": "2026-06-01"}


def check(client, *events, **extra):
    r = client.post("/revocation-check", json={**BASE, **extra, "events": list(events)})
    assert r.status_code == 200, r.text
    body = r.json()
    return body, {c["cause"]: c["status"] for c in body["causes"]}


def test_no_events_keeps_the_title(client):
    body, causes = check(client)
    assert body["verdict"] == "retain"
    assert causes == {f"art_12__item_{i}": "does_not_apply" for i in range(1, 6)}


@pytest.mark.parametrize(("event", "cause"), [
    ({"type": "false_information"}, "art_12__item_1"),
    ({"type": "terminated", "date": "2026-03-01"}, "art_12__item_2"),
    ({"type": "unable_to_operate", "date": "2026-03-01"}, "art_12__item_2"),
    ({"type": "accident", "kind": "environmental", "grade": "major", "date": "2026-01-05"}, "art_12__item_3"),
    ({"type": "accident", "kind": "quality", "grade": "extraordinary", "date": "2026-01-05"}, "art_12__item_3"),
    ({"type": "registered_address_moved", "province": "河北省", "date": "2026-02-01"}, "art_12__item_4"),
    ({"type": "penalty", "no_longer_meets_conditions": True, "date": "2026-02-01"}, "art_12__item_5"),
])
def test_each_cause(client, event, cause):
    body, causes = check(client, event)
    assert body["verdict"] == "revoke"
    assert causes[cause] == "applies"
    entry = next(c for c in body["causes"] if c["cause"] == cause)
    assert entry["citations"][0]["eid"] == cause and entry["citations"][0]["text"]["zh"]
    assert [c for c, s in causes.items() if s == "applies"] == [cause]


@pytest.mark.parametrize("event", [
    {"type": "accident", "kind": "safety", "grade": "larger", "date": "2026-01-05"},   # 较大 < 重大
    {"type": "accident", "kind": "safety", "grade": "major", "date": "2025-09-30"},    # before recognition
    {"type": "registered_address_moved", "province": "北京市", "date": "2026-02-01"},  # moved within Beijing
    {"type": "penalty", "no_longer_meets_conditions": False, "date": "2026-02-01"},
])
def test_events_that_do_not_revoke(client, event):
    body, _ = check(client, event)
    assert body["verdict"] == "retain"


def test_unknowns_and_the_renaming_obligation(client):
    body, causes = check(client, {"type": "penalty", "date": "2026-02-01"},
                         {"type": "registered_address_moved", "date": "2026-02-01"},
                         {"type": "renamed", "date": "2026-02-01"})
    assert body["verdict"] == "undetermined"
    assert causes["art_12__item_5"] == "unknown" and causes["art_12__item_4"] == "unknown"
    assert [o["cause"] for o in body["obligations"]] == ["art_12"]


@pytest.mark.parametrize("patch", [
    {"events": [{"type": "explosion"}]},
    {"level": "excellent"},
    {"recognised_on": "2025-02-30"},
    {"as_of": "2025-01-01"},
    {"events": [{"type": "penalty", "no_longer_meets_conditions": "yes"}]},
    {"surprise": 1},
])
def test_bad_requests_are_422(client, patch):
    assert client.post("/revocation-check", json={**BASE, "events": [], **patch}).status_code == 422


def test_cli(tmp_path, capsys):
    path = tmp_path / "r.json"
    path.write_text(json.dumps({**BASE, "events": [{"type": "terminated", "date": "2026-01-01"}]}), encoding="utf-8")
    assert sfkg(["revocation-check", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["verdict"] == "revoke"
