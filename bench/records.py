"""What recording costs: POST /assess anonymous (not recorded) vs with a reviewer key (recorded),
in process (TestClient), on a fresh data directory; medians in ms, and the store's write alone.

    .venv/bin/python bench/records.py [N]
"""
from __future__ import annotations

import statistics
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import once


def main(n: int = 200) -> None:
    from fastapi.testclient import TestClient

    from kg_service.graph import KnowledgeGraph, get_knowledge_graph
    from kg_service.records.keys import KEYS_FILE, KeyStore
    from kg_service.server import create_app
    from tests.test_records import PROFILE, profile

    data = Path(tempfile.mkdtemp(prefix="sfkg-bench-"))
    kg0 = get_knowledge_graph()
    kg = KnowledgeGraph(kg0.graph, kg0.sources_hash, replace(kg0.settings, data_dir=data))
    app = create_app(kg, warm=False)
    app.state.sfkg.warm_records()
    _, key = KeyStore(data / KEYS_FILE).create("reviewer")
    headers = {"Authorization": f"Bearer {key}"}

    def timed(fn) -> float:  # ms
        return once(fn) * 1000

    with TestClient(app) as c:
        for _ in range(10):  # warm up: assessor, scrypt of the key once
            c.post("/assess", json=PROFILE).raise_for_status()
            c.post("/assess", json=PROFILE, headers=headers).raise_for_status()
        plain, recorded = [], []
        for i in range(n):  # interleaved, so drift hits both alike
            p = profile(f"bench-{i}")
            plain.append(timed(lambda p=p: c.post("/assess", json=p).raise_for_status()))
            recorded.append(timed(lambda p=p: c.post("/assess", json=p, headers=headers).raise_for_status()))
        store = app.state.sfkg.get("records", lambda: None)
        ids = [r["record_id"] for r in store.list(limit=20)]
        reads = [timed(lambda rid=rid: c.get(f"/assessments/{rid}", headers=headers).raise_for_status())
                 for rid in ids]
    m_plain, m_rec = statistics.median(plain), statistics.median(recorded)
    print(f"POST /assess, anonymous (not recorded): median {m_plain:.1f} ms")
    print(f"POST /assess, reviewer key (recorded):  median {m_rec:.1f} ms  "
          f"(+{m_rec - m_plain:.1f} ms, ×{m_rec / m_plain:.2f})")
    print(f"GET /assessments/{{id}}:                  median {statistics.median(reads):.1f} ms")
    print(f"({n} of each; store in {data / 'store'})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
