"""The tools for assistants (issue 22), driven as an assistant's client drives them: ``sfkg mcp`` started
over stdio by the ``mcp`` package's own client (``stdio_client`` + ``ClientSession``), its answers held
equal to the HTTP API's (``POST /assess``, ``GET /ask``, ``GET /articles/{eid}``, ``POST /interview``);
and ``sfkg mcp --http PORT`` refusing a request without a valid API key."""
from __future__ import annotations

import asyncio
import copy
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from kg_service.assessment.profile import field_value, put_field
from tests.conftest import CONTRACT, ROOT, data_dir_with_caches, shared_file
from tests.test_assessment import CASES, build_profile

pytest.importorskip("mcp")
from mcp import ClientSession, StdioServerParameters, stdio_client

SFKG = Path(sys.executable).parent / "sfkg"
COMMAND = [str(SFKG), "mcp"] if SFKG.exists() else [sys.executable, "-m", "kg_service.cli", "mcp"]
TOOLS = {"assess", "ask", "interview", "article", "thresholds", "compare", "parameters", "versions", "reform_impact"}
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict[str, str]:
    """The server's environment: this checkout, offline, a data directory of its own with the built caches."""
    data = data_dir_with_caches(tmp_path_factory.mktemp("mcp-data"))
    return {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", ""), "PYTHONPATH": str(ROOT),
            "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "SFKG_DATA_DIR": str(data)}


@asynccontextmanager
async def session(env: dict[str, str]) -> AsyncIterator[ClientSession]:
    params = StdioServerParameters(command=COMMAND[0], args=COMMAND[1:], env=env, cwd=str(ROOT))
    async with stdio_client(params) as (read, write), ClientSession(read, write) as s:
        await s.initialize()
        yield s


def run(coro):
    return asyncio.run(coro)


async def status(s: ClientSession) -> dict:
    return json.loads((await s.read_resource("sfkg://status")).contents[0].text)


def maps(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return ""


def test_tools_are_listed_and_assess_answers_as_post_assess_without_the_model(env, client):
    profiles = [build_profile(c) for c in CASES["cases"]]

    async def go():
        async with session(env) as s:
            listed = {t.name: t for t in (await s.list_tools()).tools}
            answers = [await s.call_tool("assess", {"profile": p}) for p in profiles]
            return listed, answers, await status(s)

    listed, answers, state = run(go())
    assert set(listed) >= TOOLS
    schema = listed["assess"].input_schema
    assert schema["required"] == ["profile"]
    # the contract's EnterpriseProfile schema, as POST /assess validates with
    assert "maturity_level" in schema["properties"]["profile"]["properties"]
    assert set(schema["properties"]["level"]["anyOf"][0]["enum"]) == {"basic", "advanced"}
    assert listed["ask"].input_schema["properties"]["question"]["maxLength"] == 4000
    assert all(t.annotations.read_only_hint for t in listed.values())
    for profile, answer in zip(profiles, answers, strict=True):
        http = client.post("/assess", json=profile)
        assert http.status_code == 200
        assert not answer.is_error, answer.content
        assert answer.structured_content == http.json(), profile["id"]
        verdicts = {r["level"]: r["verdict"] for r in http.json()["results"]}
        assert all(f"{level} level: {v}" in answer.content[0].text for level, v in verdicts.items())
    # assessing loads neither the embedding model nor torch (checked inside and outside the process)
    assert state["process"]["embedding_model_loaded"] is False
    assert state["questions"]["dense"] == "lazy"


def test_the_server_does_not_load_torch_until_a_question_needs_it(env):
    async def go():
        async with session(env) as s:
            await s.list_tools()
            await s.call_tool("assess", {"profile": build_profile(CASES["cases"][0])})
            before = await status(s)
            torch_mapped = "libtorch" in maps(before["process"]["pid"])
            await s.call_tool("ask", {"question": "What should the workforce look like?"})
            after = await status(s)
            return before, torch_mapped, after

    before, torch_mapped, after = run(go())
    assert not before["process"]["embedding_model_loaded"] and not torch_mapped
    assert after["process"]["pid"] == before["process"]["pid"]
    # a question loads the model only if it needs it (most are answered from the graph and the lexical index)
    assert after["process"]["embedding_model_loaded"] == (after["questions"]["dense"] == "ready")


def test_ask_cites_the_units_get_ask_cites(env, client):
    questions = json.loads(shared_file(CONTRACT / "dev-questions.json").read_text(encoding="utf-8"))
    chosen = [q["q"] for q in questions[::max(1, len(questions) // 6)]][:6]
    chosen += ["电子信息产业的生产设备联网率要求是多少？", "What maturity level must a basic-level factory reach?",
               "我们智能制造能力成熟度只有一级，能报基础级吗？"]  # a stated case: decided the same way

    async def go():
        async with session(env) as s:
            return [await s.call_tool("ask", {"question": q}) for q in chosen]

    for q, answer in zip(chosen, run(go()), strict=True):
        http = client.get("/ask", params={"q": q}).json()
        assert not answer.is_error, answer.content
        got = answer.structured_content
        assert [c["eid"] for c in got["citations"]] == [c["eid"] for c in http["citations"]], q
        assert got["answer"] == http["answer"] and got["addressed"] == http["addressed"], q
        for c in got["citations"]:  # the text names each unit it cites, so an assistant can quote it
            assert f"[{c['eid']}]" in answer.content[0].text


def test_article_tool_and_resource_give_the_units_text(env, client):
    eids = ["art_5__item_7", "att_2-1__row_3", "art_12"]

    async def go():
        async with session(env) as s:
            tools = [await s.call_tool("article", {"eid": e}) for e in eids]
            resources = [await s.read_resource(f"sfkg://articles/{e}") for e in eids]
            templates = (await s.list_resource_templates()).resource_templates
            unknown = await s.call_tool("article", {"eid": "art_99"})
            listed = (await s.list_resources()).resources
            return tools, resources, templates, unknown, listed

    tools, resources, templates, unknown, listed = run(go())
    assert [t.uri_template for t in templates] == ["sfkg://articles/{eid}"]
    for eid, tool, resource in zip(eids, tools, resources, strict=True):
        http = client.get(f"/articles/{eid}").json()
        assert tool.structured_content == http
        text = tool.content[0].text
        assert http["text"]["zh"] in text and http["text"]["en"] in text
        by_type = {c.mime_type: c.text for c in resource.contents}
        assert http["text"]["zh"] in by_type["text/markdown"] and http["text"]["en"] in by_type["text/markdown"]
        assert json.loads(by_type["application/json"]) == http
    assert unknown.is_error and "art_99" in unknown.content[0].text
    assert {"sfkg://articles/art_5__item_7", "sfkg://status"} <= {str(r.uri) for r in listed}


@pytest.mark.parametrize(("case", "level"), [("all conditions met", "advanced"),
                                              ("registered in Tianjin", "basic")])
def test_interview_runs_a_case_to_its_verdict(env, client, case, level):
    """Each next question answered from a case's profile (a field it lacks: "we do not know") until done;
    the verdict is POST /assess's of the facts gathered."""
    profile = build_profile(next(c for c in CASES["cases"] if c["name"] == case))
    profile.pop("id")

    async def go():
        facts: dict = {"as_of": profile["as_of"]}
        unknown: list[str] = []
        steps = []
        async with session(env) as s:
            for _ in range(80):
                r = await s.call_tool("interview", {"facts": facts, "unknown": unknown, "level": level})
                assert not r.is_error, r.content
                steps.append(r)
                if r.structured_content["done"]:
                    break
                field = r.structured_content["next"]["field"]
                value = field_value(profile, field)
                if value is None:
                    unknown.append(field)
                else:
                    put_field(facts, field, copy.deepcopy(value))
        return steps, facts

    steps, facts = run(go())
    last = steps[-1].structured_content
    assert last["done"], "the interview did not finish"
    http = client.post("/assess", params={"level": level}, json={"id": "interview", **facts}).json()
    assert last["verdict"] == http["results"][0]["verdict"]
    assert f"{level} level: {last['verdict']} (final)" in steps[-1].content[0].text


def test_bad_input_is_a_tool_error_naming_the_field(env):
    base = build_profile(CASES["cases"][0])
    calls = [
        ("assess", {"profile": {**base, "maturity_level": "three"}}, "profile.maturity_level"),
        ("assess", {"profile": {**base, "indicators": {**base["indicators"], "key_process_nc_rate": -5}}},
         "profile.indicators.key_process_nc_rate"),
        ("assess", {"profile": {**base, "unexpected": 1}}, "profile.unexpected"),
        ("assess", {"profile": base, "level": "excellent"}, "level"),
        ("assess", {"profile": base, "reform": "no-such-reform"}, "reform"),
        ("assess", {"profile": base, "reform": {"id": "r", "parameters": {"art_5__item_7.minimum_level": "x"}}},
         "reform.parameters.art_5__item_7.minimum_level"),
        ("assess", {"profile": base, "as_of": "2026-13-01"}, "as_of"),
        ("assess", {}, "profile"),
        ("assess", {"profile": {**base, "incidents": [{"date": "2026-01-01", "grade": "larger"}] * 2000}},
         "profile.incidents"),
        ("ask", {"question": "   "}, "question"),
        ("ask", {"question": "x" * 4001}, "question"),
        ("ask", {"question": "我们智能制造能力成熟度只有一级，能报基础级吗？", "reform": "no-such-reform"}, "reform"),
        ("thresholds", {"industry": "electronics"}, "industry"),
        ("compare", {"level": "excellent"}, "level"),
        ("interview", {"facts": {}, "level": "gold"}, "level"),
        ("reform_impact", {"reform": {"id": "r", "parameters": {}}, "profiles": [{**base, "maturity_level": "x"}]},
         "profiles.0.maturity_level"),
        ("no_such_tool", {}, "name"),
    ]

    async def go():
        async with session(env) as s:
            out = [await s.call_tool(name, args) for name, args, _field in calls]
            deep: object = 1
            for _ in range(40):  # deeper than any profile (the SDK's own parser stops at 200)
                deep = [deep]
            nested = await s.call_tool("assess", {"profile": {**base, "incidents": deep}})
            still = await s.call_tool("assess", {"profile": base})
            return out, nested, still

    out, nested, still = run(go())
    for (name, _args, field), r in zip(calls, out, strict=True):
        assert r.is_error, (name, field, r.content)
        fields = [e["field"] for e in r.structured_content["errors"]]
        assert fields[0] == field or fields[0].startswith(field + "."), (name, field, fields)
        assert field in r.content[0].text
    assert nested.is_error  # JSON nested deeper than any profile: refused by its depth, the server alive
    assert "nested deeper" in nested.content[0].text
    assert not still.is_error and still.structured_content["results"][0]["verdict"] == "eligible"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_http_transport_requires_an_api_key(env):
    import httpx

    created = subprocess.run([*COMMAND[:-1], "keys", "create", "--role", "reviewer", "--json"], env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=120, check=True)
    key = json.loads(created.stdout)["key"]
    port = _free_port()
    server = subprocess.Popen([*COMMAND, "--http", str(port)], env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/mcp"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                anonymous = httpx.post(url, json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
                                       headers={"accept": "application/json, text/event-stream"})
                break
            except httpx.ConnectError:
                assert server.poll() is None and time.monotonic() < deadline, server.stderr.read()
                time.sleep(0.2)
        assert anonymous.status_code == 401 and "API key" in anonymous.json()["detail"]
        assert anonymous.headers["www-authenticate"].startswith("Bearer")
        wrong = httpx.post(url, json={}, headers={"authorization": "Bearer sfkg_not_a_key"})
        assert wrong.status_code == 401
        assert httpx.post(url, json={}, headers={"authorization": "Basic abc"}).status_code == 401

        async def go():
            import httpx2
            from mcp.client.streamable_http import streamable_http_client

            async with httpx2.AsyncClient(headers={"X-API-Key": key}, timeout=60) as http, \
                    streamable_http_client(url, http_client=http) as (read, write), \
                    ClientSession(read, write) as s:
                await s.initialize()
                names = {t.name for t in (await s.list_tools()).tools}
                article = await s.call_tool("article", {"eid": "art_7"})
                return names, article

        names, article = run(go())
        assert names >= TOOLS
        assert not article.is_error and article.structured_content["eid"] == "art_7"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_thresholds_description_reads_the_parameter(app):
    """The thresholds tool says how many indicators the advanced level needs from the parameter
    att_2__sec_2.minimum_met in force (and how many att_2-1 sets), not from words of its own."""
    from kg_service.mcp.tools import thresholds_description, tools

    service = app.state.sfkg
    params = {p["id"]: p for p in service.parameters()["parameters"]}
    need = params["att_2__sec_2.minimum_met"]["value"]
    indicators = {pid.split(".", 1)[1] for pid in params if pid.startswith("att_2-1__row_")}
    described = next(t.description for t in tools(service) if t.name == "thresholds")
    assert f"at least {need} of the {len(indicators)} reached" in described
    assert "att_2__sec_2.minimum_met" in described

    class Revised:  # the same service with the parameter at another value
        def parameters(self):
            out = service.parameters()
            return {**out, "parameters": [{**p, "value": 4} if p["id"] == "att_2__sec_2.minimum_met" else p
                                          for p in out["parameters"]]}

    assert f"at least 4 of the {len(indicators)} reached" in thresholds_description(Revised())
