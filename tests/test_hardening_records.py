"""Idempotent recording (a retry returns the first record, also after a restart) and what admin
keys may do with records."""
from __future__ import annotations

import uuid

import pytest

from tests.conftest import app_on_data_dir
from tests.test_records import CODE_A, REVOCATION, bearer, profile


def _app(data):
    return app_on_data_dir(data)


def _close(app) -> None:
    store = app.state.sfkg.get("records", lambda: None)
    if store is not None:
        store.close()


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    from kg_service.records.keys import KEYS_FILE, KeyStore

    data = tmp_path_factory.mktemp("idem-data")
    keys = KeyStore(data / KEYS_FILE)
    made = {name: keys.create(role, scope)[1] for name, role, scope in (
        ("admin", "admin", None), ("reviewer", "reviewer", None), ("ent_a", "enterprise", CODE_A))}
    return data, made


def test_a_retry_returns_the_first_record_even_after_a_restart(data):
    from fastapi.testclient import TestClient

    path, keys = data
    idem = str(uuid.uuid4())
    headers = {**bearer(keys["reviewer"]), "Idempotency-Key": idem}
    body = profile("idem-1")
    app = _app(path)
    try:
        with TestClient(app) as c:
            first = c.post("/assess?record=true&explain=false", json=body, headers=headers)
            assert first.status_code == 200, first.text
            before = len(app.state.sfkg.get("records", lambda: None).record_ids())
            again = c.post("/assess?record=true&explain=false", json=body, headers=headers)
            assert again.status_code == 200
            assert again.json() == first.json()  # same record_id, same answer
            assert len(app.state.sfkg.get("records", lambda: None).record_ids()) == before
            # another idempotency key, or none, is another record
            other = c.post("/assess?record=true", json=body, headers={**headers, "Idempotency-Key": idem + "x"})
            assert other.json()["record_id"] != first.json()["record_id"]
            plain = c.post("/assess?record=true", json=body, headers=bearer(keys["reviewer"]))
            assert plain.json()["record_id"] not in (first.json()["record_id"], other.json()["record_id"])
            # the same key for a different request is refused, and writes nothing
            n = len(app.state.sfkg.get("records", lambda: None).record_ids())
            changed = c.post("/assess?record=true&explain=false", json=profile("idem-2"), headers=headers)
            assert changed.status_code == 422 and "idempotency-key" in changed.text.lower()
            assert len(app.state.sfkg.get("records", lambda: None).record_ids()) == n
            # a revocation check too
            rh = {**bearer(keys["reviewer"]), "Idempotency-Key": str(uuid.uuid4())}
            r1 = c.post("/revocation-check?record=true", json=REVOCATION, headers=rh).json()
            r2 = c.post("/revocation-check?record=true", json=REVOCATION, headers=rh).json()
            assert r1 == r2 and len(r1["record_id"]) == 32
    finally:
        _close(app)

    restarted = _app(path)  # a new process would open the same store and keys
    try:
        with TestClient(restarted) as c:
            retry = c.post("/assess?record=true&explain=false", json=body, headers=headers)
            assert retry.status_code == 200 and retry.json() == first.json()
            store = restarted.state.sfkg.get("records", lambda: None)
            assert store.check(first.json()["record_id"]) == []
            rid = first.json()["record_id"]
            assert c.get(f"/assessments/{rid}", headers=bearer(keys["reviewer"])).status_code == 200
    finally:
        _close(restarted)


def test_idempotency_keys_are_per_api_key_and_checked(data):
    from fastapi.testclient import TestClient

    from kg_service.records.idempotency import record_id_for

    path, keys = data
    assert record_id_for("k1", "assessment", "x") != record_id_for("k2", "assessment", "x")
    assert record_id_for("k1", "assessment", "x") != record_id_for("k1", "revocation_check", "x")
    app = _app(path)
    try:
        with TestClient(app) as c:
            for bad in ("", "has space", "x" * 201, "tab\tkey"):
                r = c.post("/assess?record=true", json=profile("idem-bad", credit_code=CODE_A),
                           headers={**bearer(keys["ent_a"]), "Idempotency-Key": bad})
                assert r.status_code == 422, (bad, r.text)
    finally:
        _close(app)


def test_admin_keys_do_not_record_but_read(data):
    from fastapi.testclient import TestClient

    path, keys = data
    app = _app(path)
    try:
        with TestClient(app) as c:
            admin = bearer(keys["admin"])
            before = len(app.state.sfkg.get("records", lambda: None).record_ids())
            for url, body in (("/assess?record=true", profile("idem-admin", credit_code=CODE_A)),
                              ("/revocation-check?record=true", REVOCATION)):
                r = c.post(url, json=body, headers=admin)
                assert r.status_code == 403 and "admin" in r.text
            assert len(app.state.sfkg.get("records", lambda: None).record_ids()) == before
            # without record=true an admin assesses like anyone, without a record
            r = c.post("/assess", json=profile("idem-admin"), headers=admin)
            assert r.status_code == 200 and "record_id" not in r.json()
            # and reads every record, for audits
            assert c.get("/assessments", headers=admin).status_code == 200
    finally:
        _close(app)


def test_keys_made_by_one_process_are_seen_by_another(tmp_path):
    """Workers (and replicas sharing the data directory) each hold a KeyStore on keys.json; a key
    created or revoked through one is seen by the others without a restart."""
    from kg_service.records.keys import KEYS_FILE, KeyStore

    one, other = KeyStore(tmp_path / KEYS_FILE), KeyStore(tmp_path / KEYS_FILE)
    assert other.list() == []
    key, secret = one.create("reviewer", None, "made in worker 1")
    assert other.verify(secret).key_id == key.key_id
    one.revoke(key.key_id)
    assert other.verify(secret) is None


def test_several_workers_need_a_shared_store(monkeypatch, capsys):
    from kg_service.cli import main

    monkeypatch.setenv("SFKG_STORE", "oxigraph")
    assert main(["serve", "--workers", "2", "--port", "8299"]) == 2
    assert "SFKG_STORE=sparql" in capsys.readouterr().err
