"""One error type for bad input and one 422 body on every route (kg_service.errors)."""
from __future__ import annotations

import pytest

from kg_service.errors import ErrorBody, InputError


def test_the_input_errors_of_the_capabilities_are_input_errors():
    from kg_service.assessment.profile import ProfileError
    from kg_service.assessment.revocation import RevocationError
    from kg_service.comparison.table import UnknownOptionError
    from kg_service.graph.sparql_limits import QueryRefused
    from kg_service.industry import InvalidIndustryCode
    from kg_service.records.keys import KeyStoreError
    from kg_service.reference import NoThresholds, UnknownIndustry

    for cls in (ProfileError, RevocationError, UnknownOptionError, QueryRefused, InvalidIndustryCode,
                KeyStoreError, NoThresholds, UnknownIndustry):
        assert issubclass(cls, InputError), cls


@pytest.mark.parametrize(("method", "url", "kwargs", "field"), [
    ("post", "/assess", {"json": {"id": "x", "maturity_level": "high"}}, "maturity_level"),
    ("post", "/assess", {"content": b"{not json", "headers": {"content-type": "application/json"}}, "(body)"),
    ("post", "/assess?level=excellent", {"json": {"id": "x"}}, "query.level"),
    ("post", "/revocation-check", {"json": {"level": "basic"}}, "body.recognised_on"),
    ("get", "/compare?level=expert", {}, "query.level"),
    ("get", "/ask?q=%20", {}, "query.q"),
    ("post", "/ask", {"json": {"q": "x", "k": 99}}, "body.k"),
    ("get", "/thresholds?industry=39", {}, "query.industry"),
    ("post", "/ui/assess/result.json", {"data": {"profile_json": "{}"}}, "id"),
])
def test_every_422_has_the_one_shape(client, method, url, kwargs, field):
    r = getattr(client, method)(url, **kwargs)
    assert r.status_code == 422, r.text
    body = ErrorBody.model_validate(r.json())
    assert set(r.json()) == {"detail", "errors"}
    assert field in [e.field for e in body.errors] and field in body.detail


def test_cli_revocation_check_names_the_field(tmp_path, capsys):
    from kg_service.cli import main as sfkg

    path = tmp_path / "req.json"
    path.write_text('{"level": "basic", "recognised_on": "soon"}', encoding="utf-8")
    assert sfkg(["revocation-check", str(path)]) == 2
    assert "recognised_on" in capsys.readouterr().err
