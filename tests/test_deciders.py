"""Decider processes (issue 19: heavy work off the server's core): an assessment asked while another is
decided in the server goes to a forked decider and comes back the same; a decision's error comes back
as itself; a decider killed is replaced and the decision made in the server."""
from __future__ import annotations

import json
import os
import signal
import threading

import pytest

from tests.test_batch import sample_rows


@pytest.fixture(scope="module")
def service():
    from kg_service.service import Service

    s = Service()
    s.warm()
    s.start_deciders(1)
    yield s
    s._objects["deciders"].close()


def _same(a: dict, b: dict) -> bool:
    return json.dumps(a, ensure_ascii=False, sort_keys=True) == json.dumps(b, ensure_ascii=False, sort_keys=True)


def test_a_decider_answers_as_the_server_does(service):
    d = service._objects["deciders"]
    profiles, _rows, _bad = sample_rows(40)
    for p in profiles:
        for explain in (False, True):
            assert _same(d.run_there(service.assess_here, "assess_here", p, explain=explain),
                         service.assess_here(p, explain=explain))


def test_an_assessment_asked_while_another_is_decided_here_goes_to_the_decider(service, monkeypatch):
    d = service._objects["deciders"]
    profiles, _rows, _bad = sample_rows(12)
    expected = [service.assess_here(p, explain=False) for p in profiles]
    here = service.assess_here
    started, others_done = threading.Event(), threading.Event()

    def slow_here(*args, **kwargs):  # this process's decision, held until the others are answered
        started.set()
        others_done.wait(120)
        return here(*args, **kwargs)

    monkeypatch.setattr(service, "assess_here", slow_here)  # in this process only: the decider has its own
    sent = d.sent
    first: list[dict] = []
    t = threading.Thread(target=lambda: first.append(service.assess(profiles[0], explain=False)))
    t.start()
    started.wait(30)
    got = [service.assess(p, explain=False) for p in profiles[1:]]  # while the first is decided here
    others_done.set()
    t.join(60)
    assert _same(first[0], expected[0])
    assert all(_same(a, b) for a, b in zip(got, expected[1:], strict=True))
    assert d.sent == sent + len(profiles) - 1  # every one of them by the decider


def test_a_decisions_error_comes_back_as_itself(service):
    from kg_service.industry import IndustryCode
    from kg_service.reference import NoThresholds

    d = service._objects["deciders"]
    with pytest.raises(NoThresholds) as got:
        d.run_there(service.thresholds, "thresholds", IndustryCode.parse("A01"))
    assert got.value.field == "industry" and "A01" in got.value.message


def test_a_killed_decider_is_replaced_and_the_decision_made_here(service):
    d = service._objects["deciders"]
    profiles, _rows, _bad = sample_rows(3)
    before = d.pids()
    assert before and os.getpid() not in before
    for pid in before:
        os.kill(pid, signal.SIGKILL)
    failed = d.failed
    assert _same(d.run_there(service.assess_here, "assess_here", profiles[0], explain=False),
                 service.assess_here(profiles[0], explain=False))
    assert d.failed == failed + 1 and set(d.pids()).isdisjoint(before)
    sent = d.sent
    d.run_there(service.assess_here, "assess_here", profiles[1], explain=False)
    assert d.sent == sent + 1  # the new decider answers


def test_a_lone_assessment_is_decided_at_once_and_one_asked_while_another_runs_is_not(service, monkeypatch):
    # POST /assess answers a lone JSON profile on its event loop (Service.assess_if_idle); one asked while
    # another decision runs in this process must not wait on the loop for it: None, and the route takes the
    # usual way (a thread, then a decider)
    d = service._objects["deciders"]
    profiles, _rows, _bad = sample_rows(6)
    for p in profiles:
        assert _same(service.assess_if_idle(p, explain=True), service.assess_here(p, explain=True))
    here = service.assess_here
    started, release = threading.Event(), threading.Event()

    def slow_here(*args, **kwargs):
        started.set()
        release.wait(60)
        return here(*args, **kwargs)

    monkeypatch.setattr(service, "assess_here", slow_here)
    t = threading.Thread(target=lambda: service.assess(profiles[0], explain=False))
    t.start()
    started.wait(30)
    assert service.assess_if_idle(profiles[1], explain=False) is None
    release.set()
    t.join(60)
    assert not d._busy_here


def test_post_assess_answers_as_the_service_does_on_the_loop_or_off_it(client, app):
    # the session's service is warm (deciders started): a lone JSON profile is decided on the event loop;
    # JSON-LD goes through a thread; both equal the decision made directly
    service = app.state.sfkg
    assert service._objects.get("deciders") is not None
    profiles, _rows, _bad = sample_rows(4)
    for p in profiles:
        for explain in ("true", "false"):
            r = client.post(f"/assess?explain={explain}", json=p)
            assert r.status_code == 200
            assert _same(r.json(), service.assess_here(p, explain=explain == "true"))
    bad = client.post("/assess", json={**profiles[0], "industry_code": "bogus"})
    assert bad.status_code == 422 and "industry_code" in bad.text
