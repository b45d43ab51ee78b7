"""Shared fixtures: one service app per test session (the graph and capabilities load once)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = ROOT.parent / "shared" / "contract"


@pytest.fixture(scope="session")
def app():
    from kg_service.api.app import create_app

    return create_app()


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="session")
def dev_cases() -> list[dict]:
    path = CONTRACT / "dev-cases.json"
    if not path.exists():
        pytest.skip(f"contract development cases not found at {path}")
    return json.loads(path.read_text(encoding="utf-8"))
