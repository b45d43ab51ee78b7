"""sfkg batch (CSV, XLSX, JSONL, JSON; bad rows; template) and the batch jobs API."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import pytest

from kg_service.batch.columns import COLUMNS
from kg_service.cli import main
from tests.test_assessment import CASES, build_profile

OUT_FILES = {"results.jsonl", "results.csv", "errors.csv", "summary.json", "report.html"}


def flat(profile: dict) -> dict:
    """A profile as one row of the flat layout."""
    row = {}
    for path, _zh, _en in COLUMNS:
        value = profile
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if value is None:
            continue
        if path in ("incidents", "violations"):
            value = json.dumps(value, ensure_ascii=False)
        elif path == "domains":
            value = ";".join(value) if value else "[]"
        elif isinstance(value, bool):
            value = "是" if value else "否"
        row[path] = value
    return row


def sample_rows(n: int = 300) -> tuple[list[dict], list[dict], int]:
    """n rows (from the assessment cases), every 25th made bad; the profiles, the rows, the bad count."""
    cases = CASES["cases"]
    profiles, rows, bad = [], [], 0
    for i in range(n):
        p = build_profile(cases[i % len(cases)])
        p["id"] = f"p{i}"
        row = flat(p)
        if i % 25 == 7:
            row["maturity_level"] = "three"
            bad += 1
        else:
            profiles.append(p)
        rows.append(row)
    return profiles, rows, bad


def write_csv(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([c[0] for c in COLUMNS])
        w.writerow([c[1] for c in COLUMNS])  # a label row, as in the template: skipped
        for r in rows:
            w.writerow([r.get(c[0], "") for c in COLUMNS])


def write_xlsx(path: Path, rows: list[dict]) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append([c[2] for c in COLUMNS])  # headers may be the English labels
    for r in rows:
        ws.append([r.get(c[0]) for c in COLUMNS])
    wb.save(path)


def without_advice(answer: dict) -> dict:
    """An answer of POST /assess without what lean lines leave out (advice: ``missing``)."""
    return {**answer, "results": [{**r, "conditions": [{k: v for k, v in c.items() if k != "missing"}
                                                       for c in r["conditions"]]} for r in answer["results"]]}


def check_outputs(out: Path, profiles: list[dict], bad: int, full: bool = False) -> None:
    from kg_service.batch.lean import expand
    from kg_service.service import Service

    assert {p.name for p in out.iterdir()} >= OUT_FILES
    lines = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    results = [json.loads(x) for x in lines]
    errors = list(csv.DictReader((out / "errors.csv").open(encoding="utf-8")))
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["profiles"] == len(results) == len(profiles)
    assert summary["errors"] == len(errors) == bad
    assert all(e["field"] == "maturity_level" and e["line"] and e["profile_id"].startswith("p") for e in errors)
    single = Service()  # each line is the JSON POST /assess answers (explain=false), version named
    for p, line, r in zip(profiles, lines, results, strict=True):
        answer = single.assess(p, explain=False)
        if full:
            assert line == json.dumps(answer, ensure_ascii=False)
        else:  # lean: rebuilt from summary.json, byte for byte (but the advice)
            assert summary["results"] == "lean" and len(line.encode()) < 2000
            assert json.dumps(expand(r, summary), ensure_ascii=False) == \
                json.dumps(without_advice(answer), ensure_ascii=False)
    for lvl, counts in summary["levels"].items():
        assert sum(counts.values()) == len(profiles)
        assert counts["eligible"] == sum(
            1 for r in results for x in r["results"] if x["level"] == lvl and x["verdict"] == "eligible"
        )
    rows = list(csv.DictReader((out / "results.csv").open(encoding="utf-8")))
    assert len(rows) == 2 * len(profiles)
    assert {"line", "profile_id", "level", "verdict", "in_force", "advanced_indicators"} <= set(rows[0])
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<svg" in html and "http://" not in html.replace("http://www.w3.org", "") and "<script" not in html


def test_csv_with_bad_rows(tmp_path):
    profiles, rows, bad = sample_rows(300)
    write_csv(tmp_path / "in.csv", rows)
    assert main(["batch", str(tmp_path / "in.csv"), "--out", str(tmp_path / "out")]) == 0
    check_outputs(tmp_path / "out", profiles, bad)
    errors = list(csv.DictReader((tmp_path / "out" / "errors.csv").open(encoding="utf-8")))
    assert errors[0]["line"] == "10"  # header, label row, then rows: p7 is on line 10


def test_xlsx_with_bad_rows_full_lines(tmp_path):
    profiles, rows, bad = sample_rows(200)
    write_xlsx(tmp_path / "in.xlsx", rows)
    assert main(["batch", str(tmp_path / "in.xlsx"), "--out", str(tmp_path / "out"), "--full"]) == 0
    check_outputs(tmp_path / "out", profiles, bad, full=True)


def test_jsonl_json_level_and_as_of(tmp_path):
    profiles, _rows, _bad = sample_rows(40)
    (tmp_path / "in.json").write_text(json.dumps(profiles, ensure_ascii=False), encoding="utf-8")
    assert (
        main(
            [
                "batch",
                str(tmp_path / "in.json"),
                "--out",
                str(tmp_path / "o"),
                "--level",
                "basic",
                "--as-of",
                "2026-01-05",
            ]
        )
        == 0
    )
    results = [json.loads(x) for x in (tmp_path / "o" / "results.jsonl").read_text().splitlines()]
    assert len(results) == len(profiles) and all(
        r["as_of"] == "2026-01-05" and [x["level"] for x in r["results"]] == ["basic"] for r in results
    )
    summary = json.loads((tmp_path / "o" / "summary.json").read_text())
    assert set(summary["levels"]) == {"basic"}


def test_unreadable_files_exit_non_zero(tmp_path, capsys):
    (tmp_path / "x.txt").write_text("hello")
    assert main(["batch", str(tmp_path / "x.txt"), "--out", str(tmp_path / "o")]) != 0
    (tmp_path / "x.json").write_text("{not json")
    assert main(["batch", str(tmp_path / "x.json"), "--out", str(tmp_path / "o")]) != 0
    (tmp_path / "x.csv").write_text("name,province\nA,B\n")
    assert main(["batch", str(tmp_path / "x.csv"), "--out", str(tmp_path / "o")]) != 0
    assert main(["batch", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "o")]) != 0
    assert "cannot read" in capsys.readouterr().err
    assert not (tmp_path / "o" / "results.jsonl").exists()


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_template_round_trip(tmp_path, kind):
    path = tmp_path / f"t.{kind}"
    assert main(["batch", "--template", kind, str(path)]) == 0
    # the template with one profile added reads back as that profile
    p = build_profile(CASES["cases"][0])
    row = flat(p)
    if kind == "csv":
        with path.open("a", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerow([row.get(c[0], "") for c in COLUMNS])
    else:
        from openpyxl import load_workbook

        wb = load_workbook(path)
        assert [c.value for c in wb.active[2]][:2] == ["申报信息标识", "企业名称"]  # the ontology's labels
        wb.active.append([row.get(c[0]) for c in COLUMNS])
        wb.save(path)
    from kg_service.batch.io import read_file

    _kind, rows = read_file(path)
    [(line, got)] = list(rows)
    assert line == 4 and got == p


# ---- the API ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def batch_client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from kg_service.batch.engine import BatchEngine
    from kg_service.batch.jobs import JobManager
    from kg_service.server import create_app

    app = create_app(warm=False)
    s = app.state.sfkg
    root = tmp_path_factory.mktemp("jobs")
    manager = s.get(
        "batch_jobs",
        lambda: JobManager(
            lambda: BatchEngine.from_assessor(s.assessor), root, max_bytes=2_000_000, max_rows=12_000
        ),
    )
    with TestClient(app) as c:
        c.manager = manager
        yield c


def _wait(client, job_id, timeout=120):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        body = client.get(f"/batch/{job_id}").json()
        if body["status"] in ("done", "failed"):
            return body
        time.sleep(0.1)
    raise AssertionError("job did not finish")


def test_api_json_array_job(batch_client):
    profiles, _rows, _bad = sample_rows(60)
    r = batch_client.post("/batch", json=[*profiles, {"id": "bad", "maturity_level": "x"}])
    assert r.status_code == 202, r.text
    job = r.json()
    assert job["status"] in ("queued", "running", "done") and job["progress"]["total"] == len(profiles) + 1
    body = _wait(batch_client, job["id"])
    assert body["status"] == "done" and body["summary"]["profiles"] == len(profiles) and body["summary"]["errors"] == 1
    res = batch_client.get(f"/batch/{job['id']}/results.jsonl")
    assert res.status_code == 200 and len(res.text.splitlines()) == len(profiles)
    assert batch_client.get(f"/batch/{job['id']}/report.html").headers["content-type"].startswith("text/html")
    assert "maturity_level" in batch_client.get(f"/batch/{job['id']}/errors.csv").text
    assert batch_client.get(f"/batch/{job['id']}/secret.txt").status_code == 404
    assert batch_client.get("/batch/nope").status_code == 404


def test_api_multipart_xlsx_and_raw_csv(batch_client, tmp_path):
    profiles, rows, bad = sample_rows(80)
    write_xlsx(tmp_path / "a.xlsx", rows)
    r = batch_client.post(
        "/batch", files={"file": ("a.xlsx", (tmp_path / "a.xlsx").read_bytes())}, data={"level": "advanced"}
    )
    assert r.status_code == 202, r.text
    body = _wait(batch_client, r.json()["id"])
    assert body["summary"]["profiles"] == len(profiles) and body["summary"]["errors"] == bad
    assert set(body["summary"]["levels"]) == {"advanced"}
    write_csv(tmp_path / "a.csv", rows)
    r = batch_client.post("/batch", content=(tmp_path / "a.csv").read_bytes(), headers={"content-type": "text/csv"})
    assert r.status_code == 202, r.text
    assert _wait(batch_client, r.json()["id"])["summary"]["errors"] == bad


def test_api_bounds_and_bad_files(batch_client):
    r = batch_client.post("/batch", content=b"x" * 2_000_001, headers={"content-type": "text/csv"})
    assert r.status_code == 413 and r.json()["errors"][0]["field"] == "file"
    many = "".join(f'{{"id": "p{i}"}}\n' for i in range(12_001)).encode()
    r = batch_client.post("/batch?filename=m.jsonl", content=many, headers={"content-type": "application/x-ndjson"})
    assert r.status_code == 413 and "rows" in r.json()["detail"]
    r = batch_client.post("/batch", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "file"
    r = batch_client.post("/batch", content=b"a,b\n1,2\n", headers={"content-type": "text/plain"})
    assert r.status_code == 422
    r = batch_client.post("/batch?as_of=2025-13-01", json=[{"id": "a"}])
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "as_of"


@pytest.mark.slow
def test_api_ten_thousand_job_keeps_health_answering(batch_client):
    from tests.generated_profiles import profiles as generate

    body = "".join(
        json.dumps(p, ensure_ascii=False) + "\n"
        for p in generate(10_000, batch_client.manager._engine_factory().assessor.compiled.thresholds)
    )
    assert batch_client.get("/health").status_code == 200  # its first call loads lazily (warm=False)
    batch_client.manager.max_bytes = 64_000_000  # the default bound; the fixture's is small for the 413 test
    try:
        r = batch_client.post("/batch?filename=big.jsonl", content=body.encode())
    finally:
        batch_client.manager.max_bytes = 2_000_000
    assert r.status_code == 202
    job_id = r.json()["id"]
    while True:  # /health answers throughout (its latency is measured in bench/load.py, not asserted here)
        assert batch_client.get("/health").status_code == 200
        state = batch_client.get(f"/batch/{job_id}").json()
        if state["status"] in ("done", "failed"):
            break
        time.sleep(0.2)
    assert state["status"] == "done" and state["summary"]["profiles"] + state["summary"]["errors"] == 10_000


def test_web_page_upload_progress_report(batch_client, tmp_path):
    r = batch_client.get("/ui/batch")
    assert r.status_code == 200 and 'type="file"' in r.text and "/ui/batch" in r.text
    _profiles, rows, _bad = sample_rows(30)
    write_csv(tmp_path / "w.csv", rows)
    r = batch_client.post(
        "/ui/batch",
        files={"file": ("w.csv", (tmp_path / "w.csv").read_bytes(), "text/csv")},
        data={"level": ""},
        follow_redirects=False,
    )
    assert r.status_code == 303
    job_id = r.headers["location"].split("job=")[1]
    _wait(batch_client, job_id)
    page = batch_client.get(f"/ui/batch?job={job_id}")
    assert page.status_code == 200 and f"/batch/{job_id}/report.html" in page.text
    assert 'http-equiv="refresh"' not in page.text
    r = batch_client.post("/ui/batch", files={"file": ("w.txt", b"hello", "text/plain")})
    assert r.status_code == 422 and "file" in r.text
    assert batch_client.get("/ui/batch?job=nope").status_code == 404


def test_bad_as_of_and_reform_exit_non_zero(tmp_path, capsys):
    (tmp_path / "in.jsonl").write_text('{"id": "a"}\n')
    assert main(["batch", str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "o"), "--as-of", "2025-02-30"]) == 2
    assert "--as-of" in capsys.readouterr().err and not (tmp_path / "o").exists()
    assert main(["batch", str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "o"), "--reform", "r.json"]) == 2
    assert "--reform" in capsys.readouterr().err and not (tmp_path / "o").exists()  # no such reform


def test_workers_give_the_same_files(tmp_path):
    _profiles, rows, _bad = sample_rows(1200)
    write_csv(tmp_path / "in.csv", rows)
    assert main(["batch", str(tmp_path / "in.csv"), "--out", str(tmp_path / "one"), "--workers", "1"]) == 0
    from kg_service.batch.io import read_file
    from kg_service.batch.run import run
    from kg_service.service import Service
    from kg_service.time.versioned import VersionedEngine

    _kind, read = read_file(tmp_path / "in.csv")
    run(list(read), tmp_path / "two", VersionedEngine(Service().timeline), workers=2)
    for name in ("results.jsonl", "results.csv", "errors.csv"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    s1, s2 = (json.loads((tmp_path / d / "summary.json").read_text()) for d in ("one", "two"))
    assert {k: v for k, v in s1.items() if k not in ("engine", "source")} == \
        {k: v for k, v in s2.items() if k not in ("engine", "source")}


def test_batch_under_a_reform_names_the_version_and_the_reform(tmp_path):
    """--reform: each line is POST /assess's answer under the reform, byte for byte, naming it; a
    profile dated after the measures' end gets the notice unless the reform extends them."""
    from kg_service.batch.run import run
    from kg_service.service import Service
    from kg_service.time.reform import shipped
    from kg_service.time.versioned import VersionedEngine
    from tests.generated_profiles import profiles as generate

    app = Service()
    reform = shipped()["hypothetical-2027"]
    profiles = [dict(p, as_of=day) for p in generate(30, app.assessor.compiled.thresholds, seed=7)
                for day in ("2026-06-30", "2027-06-30")]
    rows = list(enumerate(profiles, start=1))
    from kg_service.batch.lean import expand

    for name, chosen in (("measures", None), ("reform", reform)):
        for full in (True, False):
            out = tmp_path / f"{name}-{'full' if full else 'lean'}"
            run(rows, out, VersionedEngine(app.timeline, chosen), full=full)
            lines = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
            summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
            for p, line in zip(profiles, lines, strict=True):
                answer = app.assess(p, explain=False, reform=chosen)
                if full:
                    assert line == json.dumps(answer, ensure_ascii=False)
                else:
                    assert json.dumps(expand(json.loads(line), summary), ensure_ascii=False) == \
                        json.dumps(without_advice(answer), ensure_ascii=False)
    late = json.loads((tmp_path / "measures-full" / "results.jsonl").read_text(encoding="utf-8").splitlines()[1])
    assert late["notice"]["en"] and late["measures"]["in_force_to"] == "2026-12-31"
    extended = json.loads((tmp_path / "reform-full" / "results.jsonl").read_text(encoding="utf-8").splitlines()[1])
    assert "notice" not in extended and extended["reform"]["id"] == "hypothetical-2027"
    assert extended["measures"]["in_force_to"] == "2027-12-31"
    lean = json.loads((tmp_path / "reform-lean" / "summary.json").read_text(encoding="utf-8"))["lean"]
    assert lean["reform"]["id"] == "hypothetical-2027" and lean["measures"]["2025-04-29"]["in_force_to"] == "2027-12-31"


def test_columns_are_the_schema_fields_with_the_ontology_labels(app):
    """Every field of the schema is a column, in its order, labelled as the ontology labels its property."""
    from rdflib import URIRef
    from rdflib.namespace import RDFS

    from kg_service.assessment.profile import schema
    from kg_service.batch.columns import derive

    def leaves(node: dict, prefix: str = "") -> list[str]:
        out = []
        for name, spec in node["properties"].items():
            out += leaves(spec, f"{prefix}{name}.") if spec.get("type") == "object" and "properties" in spec \
                else [prefix + name]
        return out

    assert [c.path for c in COLUMNS] == leaves(schema())
    graph = app.state.sfkg.kg.graph
    label = {str(o.language): str(o) for o in graph.objects(
        URIRef("https://w3id.org/bjsf/ontology#financesSound3y"), RDFS.label)}
    by_path = {c.path: c for c in COLUMNS}
    assert (by_path["finances_sound_3y"].zh, by_path["finances_sound_3y"].en) == (label["zh"], label["en"])
    assert by_path["indicators.equipment_networking_rate"].zh.endswith("（%）")  # the indicator's unit
    assert by_path["incidents"].en.endswith("(JSON)") and by_path["domains"].en.endswith("(; separated)")
    # a field added to the schema and the ontology is a column, with no Python changed
    extra = {**schema(), "properties": {**schema()["properties"], "water_reuse_rate": {"type": "number"}}}
    layout = derive(extra, {"water_reuse_rate": {"zh": "水重复利用率", "en": "water reuse rate"}},
                    {"water_reuse_rate": "%"})
    assert layout.columns[-1] == ("water_reuse_rate", "水重复利用率（%）", "water reuse rate (%)")
    assert layout.by_label["水重复利用率（%）"] == "water_reuse_rate"
    # two fields sharing a label are told apart by their parents' labels
    twin = derive({"properties": {"a": {"type": "object", "properties": {"d": {"type": "string"}}},
                                  "b": {"type": "object", "properties": {"d": {"type": "string"}}}}},
                  {"a": {"zh": "甲", "en": "A"}, "b": {"zh": "乙", "en": "B"},
                   "a.d": {"zh": "区", "en": "district"}, "b.d": {"zh": "区", "en": "district"}}, {})
    assert [(c.zh, c.en) for c in twin.columns] == [("甲·区", "A district"), ("乙·区", "B district")]


# ---- batch15: results.csv joined by hand, the read's UTF-8 left to orjson, the check's columns reused -----

HOSTILE_IDS = ["a,b", 'q"uote', "line\nbreak", "cr\rx", "=cmd", "+1", "@at", " lead", "tab\there", "x\u2028y",
               "中文，逗号,", '"', ",", "nul\x00x", "plain-id"]


def test_results_csv_quotes_ids_as_the_csv_module_does(tmp_path):
    from kg_service.spreadsheet import safe_cell

    profiles, _rows, _bad = sample_rows(len(HOSTILE_IDS))
    for p, pid in zip(profiles, HOSTILE_IDS, strict=False):
        p["id"] = pid
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in profiles), encoding="utf-8")
    assert main(["batch", str(src), "--out", str(tmp_path / "o")]) == 0
    raw = (tmp_path / "o" / "results.csv").read_bytes().decode("utf-8")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    again = io.StringIO()
    csv.writer(again).writerows(rows)
    assert again.getvalue() == raw  # byte for byte what the csv module writes of the same cells
    ids = [r[1] for r in rows[1:]]
    assert ids[::2] == [safe_cell(p["id"]) for p in profiles]  # (made safe for spreadsheets: '=cmd)
    assert len(ids) == 2 * len(profiles)
    assert [r[2] for r in rows[1:3]] == ["basic", "advanced"] and all(len(r) == len(rows[0]) for r in rows)


def test_a_jsonl_file_not_utf8_is_refused_naming_its_line(tmp_path):
    from kg_service.batch.io import BatchFileError, read_bytes

    profiles, _rows, _bad = sample_rows(4)
    lines = [json.dumps(p, ensure_ascii=False).encode("utf-8") for p in profiles]
    lines[2] = lines[2].replace(b'"id": "p2"', b'"id": "p\xff2"')
    with pytest.raises(BatchFileError) as got:
        list(read_bytes(b"\n".join(lines) + b"\n", "jsonl"))
    assert "line 3 is not UTF-8" in got.value.message
    # a line that is UTF-8 but not JSON is that row's error, the others are read
    lines[2] = b'{"id": "p2", oops}'
    read = list(read_bytes(b"\n".join(lines) + b"\n", "jsonl"))
    assert [n for n, _v in read] == [1, 2, 3, 4] and "not valid JSON" in read[2][1].message


def test_the_check_hands_on_the_valid_profiles_fields_as_columns():
    from kg_service.batch.run import _checked

    profiles, _rows, _bad = sample_rows(30)
    rows = [(i + 1, p) for i, p in enumerate(profiles)]
    rows.insert(3, (99, {"id": "bad", "maturity_level": "three"}))
    rows.insert(7, (98, "not an object"))
    valid, errors, gathered = _checked(rows, "2026-02-01")
    assert len(errors) == 2 and len(valid) == len(profiles) and gathered is not None
    for field, (at, values) in gathered.columns.items():
        expected = [(i, p[field]) for i, (_line, p) in enumerate(valid) if field in p]
        assert list(zip([int(i) for i in at], values, strict=True)) == expected, field
    assert all(p["as_of"] == "2026-02-01" for _line, p in valid)


def test_a_lean_line_observes_the_same_fields_copied_or_picked():
    """A valid profile's observed fields, copied without the others (the schema closes the profile and
    allows no null), are those picked one by one, in the same order."""
    from kg_service.assessment.engine import Assessor
    from kg_service.assessment.profile import check_profile, schema
    from kg_service.batch.lean import LeanLines, _closed_fields, _observer
    from tests.generated_profiles import profiles as generate

    assessor = Assessor.load()
    lean = LeanLines(assessor, ["basic", "advanced"])
    fields = list(dict.fromkeys(f for cid in lean.conditions for f in lean.texts[cid]["observed"]))
    closed = _closed_fields(schema())
    assert closed is not None and "id" in closed and "id" not in fields
    copied, picked = _observer(fields, closed), _observer(fields)
    for p in generate(300, assessor.compiled.thresholds):
        p = check_profile(p)
        assert list(copied(p).items()) == list(picked(p).items())
    assert _closed_fields({**schema(), "additionalProperties": True}) is None
