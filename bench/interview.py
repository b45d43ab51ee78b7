"""Benchmark of the guided interview: one step of POST /interview, warm, against GET /health measured in
the same process (budget: a step's median ≤ 30 ms).

    .venv/bin/python bench/interview.py [--cases 20] [--repeat 3]

The steps are those of real interviews: each assessment case of tests/cases driven to its end at both
levels, answering from its profile (so every step is a different state: early steps weigh many fields,
late ones few). Each step's body is posted ``--repeat`` times; a say step (words read) is timed apart.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from timing import stats_ms, timed  # noqa: E402

from kg_service.assessment.profile import field_value, put_field  # noqa: E402  (the checkout's own)

BUDGET_MS = 30.0


def bodies(client, profiles: list[dict]) -> list[dict]:
    """Every step's body of the interviews of ``profiles`` at both levels."""
    out = []
    for profile in profiles:
        for level in ("basic", "advanced"):
            facts: dict = {}
            unknown: list[str] = []
            for _ in range(60):
                body = {"facts": json_copy(facts), "unknown": list(unknown), "level": level,
                        **({"as_of": profile["as_of"]} if profile.get("as_of") else {})}
                out.append(body)
                step = client.post("/interview", json=body).json()
                if step["done"]:
                    break
                field = step["next"]["field"]
                value = field_value(profile, field)
                if value is None:
                    unknown.append(field)
                else:
                    put_field(facts, field, value)
    return out


def json_copy(d: dict) -> dict:
    import json

    return json.loads(json.dumps(d))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=20, help="assessment cases driven (default 20)")
    ap.add_argument("--repeat", type=int, default=3, help="times each step is posted (default 3)")
    args = ap.parse_args()

    import yaml
    from fastapi.testclient import TestClient

    from kg_service.server import create_app
    from tests.test_assessment import build_profile

    cases = yaml.safe_load((ROOT / "tests" / "cases" / "assessment.yaml").read_text(encoding="utf-8"))["cases"]
    profiles = [build_profile(c) for c in cases[: args.cases]]
    with TestClient(create_app()) as client:
        steps = bodies(client, profiles)
        health = timed(lambda: client.get("/health"), 200)
        samples: list[float] = []
        for body in steps:
            samples += timed(lambda b=body: client.post("/interview", json=b), args.repeat)
        say = {"facts": {}, "unknown": [], "level": "advanced", "say": "我们是做锂电池的，联网率66%，数控化率80%"}
        said = timed(lambda: client.post("/interview", json=say), 50)
    h, _ = stats_ms(health)
    med, p95 = stats_ms(samples)
    smed, sp95 = stats_ms(said)
    print(f"GET /health           median {h:6.2f} ms")
    print(f"POST /interview step  median {med:6.2f} ms  p95 {p95:6.2f} ms  ({len(steps)} steps × {args.repeat}; "
          f"{med / h:.1f}× /health)  budget ≤ {BUDGET_MS:.0f} ms: {'ok' if med <= BUDGET_MS else 'OVER'}")
    print(f"POST /interview + say median {smed:6.2f} ms  p95 {sp95:6.2f} ms")
    return 0 if med <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
