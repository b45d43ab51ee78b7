"""The MCP server: the tools (``kg_service.mcp.tools``) and the measures' units as resources, over stdio or
streamable HTTP on loopback, built on the official ``mcp`` package's low-level server.

Listing tools costs nothing but their schemas: the service's capabilities are made by the first call that
needs them (``assess`` loads the compiled rules only; the embedding model loads when ``ask`` needs it). Calls
run off the event loop, one thread each. Bad input is a tool error naming the field (``isError``), never a
protocol error or a crash; an unexpected failure is a tool error too, logged on stderr.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from typing import TYPE_CHECKING, Any

import anyio
import mcp_types as types
from mcp.server.lowlevel import Server
from mcp.shared.exceptions import MCPError

from kg_service import __version__
from kg_service.errors import ErrorBody, InputError
from kg_service.mcp import inputs
from kg_service.mcp.tools import Tool, tools

if TYPE_CHECKING:
    from kg_service.service import Service

log = logging.getLogger("sfkg.mcp")
ARTICLE_URI = "sfkg://articles/"
STATUS_URI = "sfkg://status"
RESOURCE_NOT_FOUND = -32002  # the MCP specification's code for an unknown resource
INSTRUCTIONS = (
    "sfkg answers from Beijing's smart-factory recognition measures "
    "(《北京市智能工厂认定管理办法》, 京经信发〔2025〕22号) "
    "as a knowledge graph. Decide eligibility with assess (or interview, step by step), answer policy questions "
    "with ask, and cite the units (eIds) the answers name: read their text with article or the resource "
    "sfkg://articles/{eid} and quote it rather than paraphrasing from memory.")


def error_result(e: InputError) -> types.CallToolResult:
    body = ErrorBody.from_error(e).model_dump()
    return types.CallToolResult(content=[types.TextContent(text=f"invalid input: {body['detail']}")],
                                structured_content=body, is_error=True)


def build(service: Service) -> Server:
    """The server over ``service``: its tools, its resources."""
    specs: dict[str, Tool] = {t.name: t for t in tools(service)}
    listed: list[types.Tool] = []

    def tool_list() -> list[types.Tool]:
        if not listed:
            for t in specs.values():
                listed.append(types.Tool(
                    name=t.name, title=t.title, description=t.description, input_schema=inputs.input_schema(t.args),
                    output_schema=t.output().model_json_schema() if t.output else None,
                    annotations=types.ToolAnnotations(title=t.title, read_only_hint=True, open_world_hint=False)))
        return listed

    async def list_tools(_ctx, _params) -> types.ListToolsResult:
        return types.ListToolsResult(tools=tool_list())

    def call(spec: Tool, arguments: dict[str, Any] | None) -> types.CallToolResult:
        from kg_service.service import ServiceError

        try:
            result = spec.run(service, spec.parse(service, arguments))
        except InputError as e:
            return error_result(e)
        except ServiceError as e:  # who may do what, what exists: the route's 401/403/404/503
            return types.CallToolResult(content=[types.TextContent(text=e.message)],
                                        structured_content={"detail": e.message}, is_error=True)
        except Exception:  # never a crash of the server: the failure is the call's, logged
            log.exception("tool %s failed", spec.name)
            return types.CallToolResult(content=[types.TextContent(text=f"{spec.name} failed (internal error; see the "
                                                                        "server's log)")], is_error=True)
        return types.CallToolResult(content=[types.TextContent(text=spec.text(result))], structured_content=result)

    async def call_tool(_ctx, params: types.CallToolRequestParams) -> types.CallToolResult:
        spec = specs.get(params.name)
        if spec is None:
            return error_result(InputError("name", f"no tool '{params.name}' (tools: {', '.join(specs)})"))
        # blocking work (parsing, deciding, the model's first load): off the event loop
        return await anyio.to_thread.run_sync(call, spec, params.arguments)

    async def list_resources(_ctx, _params) -> types.ListResourcesResult:
        units = await anyio.to_thread.run_sync(_units, service)
        return types.ListResourcesResult(resources=[
            types.Resource(uri=STATUS_URI, name="status", title="The server's state",
                           description="what is loaded (the embedding model loads when a question needs it)",
                           mime_type="application/json"),
            *(types.Resource(uri=f"{ARTICLE_URI}{u['eid']}", name=u["eid"],
                             title=f"{u['title']['zh']} / {u['title']['en']}", mime_type="text/markdown")
              for u in units)])

    async def list_templates(_ctx, _params) -> types.ListResourceTemplatesResult:
        return types.ListResourceTemplatesResult(resource_templates=[types.ResourceTemplate(
            uri_template=ARTICLE_URI + "{eid}", name="article", title="A unit of the measures by eId",
            description="its text in Chinese and English (text/markdown), and as GET /articles/{eid} answers it "
                        "(application/json)", mime_type="text/markdown")])

    async def read_resource(_ctx, params: types.ReadResourceRequestParams) -> types.ReadResourceResult:
        uri = str(params.uri)
        if uri == STATUS_URI:
            status = await anyio.to_thread.run_sync(service.status)
            status["process"] = {"pid": os.getpid(), "embedding_model_loaded": "torch" in sys.modules}
            return types.ReadResourceResult(contents=[types.TextResourceContents(
                uri=uri, mime_type="application/json", text=json.dumps(status, ensure_ascii=False))])
        if uri.startswith(ARTICLE_URI):
            eid = uri[len(ARTICLE_URI):]
            unit = await anyio.to_thread.run_sync(service.article, eid) if 0 < len(eid) <= 200 else None
            if unit is not None:
                a = unit.as_dict()
                return types.ReadResourceResult(contents=[
                    types.TextResourceContents(uri=uri, mime_type="text/markdown", text=(
                        f"# {a['eid']} {a['title']['zh']} / {a['title']['en']}\n\n{a['text']['zh']}\n\n"
                        f"{a['text']['en']}\n")),
                    types.TextResourceContents(uri=uri, mime_type="application/json",
                                               text=json.dumps(a, ensure_ascii=False))])
        raise MCPError(RESOURCE_NOT_FOUND, f"no resource {uri[:300]!r} (units: {ARTICLE_URI}{{eid}}, e.g. "
                                           f"{ARTICLE_URI}art_5__item_7)")

    return Server("sfkg", version=__version__, title="sfkg: Beijing smart-factory recognition measures",
                  instructions=INSTRUCTIONS, on_list_tools=list_tools, on_call_tool=call_tool,
                  on_list_resources=list_resources, on_list_resource_templates=list_templates,
                  on_read_resource=read_resource)


def _units(service: Service) -> list[dict]:
    out: list[dict] = []
    stack = list(reversed(service.article_tree()))
    while stack:
        u = stack.pop()
        out.append(u)
        stack.extend(reversed(u.get("children", [])))
    return out


async def serve_stdio(service: Service) -> None:
    from mcp.server.stdio import stdio_server

    server = build(service)
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


class RequireKey:
    """ASGI: every HTTP request carries a valid API key (``Authorization: Bearer <key>`` or ``X-API-Key``),
    verified by the service's key store as the records routes do; 401 otherwise, before the MCP app sees it."""

    def __init__(self, app, service: Service):
        self.app = app
        self.service = service

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or ()}
        token, problem = _presented(headers)
        if token is not None:
            key = self.service.known_key(token) or await anyio.to_thread.run_sync(self.service.verify_key, token)
            if key is None:
                problem = "invalid or revoked API key"
        if problem:
            payload = json.dumps({"detail": problem}).encode()
            await send({"type": "http.response.start", "status": 401, "headers": [
                (b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
                (b"www-authenticate", b'Bearer realm="sfkg"')]})
            await send({"type": "http.response.body", "body": payload})
            return None
        return await self.app(scope, receive, send)


def _presented(headers: dict[str, str]) -> tuple[str | None, str | None]:
    auth = headers.get("authorization")
    if auth:
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None, "Authorization must be 'Bearer <API key>'"
        return token.strip(), None
    key = headers.get("x-api-key")
    if key is None or not key.strip():
        return None, "an API key is required (Authorization: Bearer <key> or X-API-Key)"
    return key.strip(), None


LOOPBACK = "127.0.0.1"


def http_app(service: Service):
    """The streamable HTTP app at /mcp, for loopback (DNS-rebinding protection on), behind ``RequireKey``."""
    from kg_service import input_limits

    app = build(service).streamable_http_app(host=LOOPBACK, max_request_body_size=service.settings.batch_max_bytes
                                             + 64 * input_limits.KIB)
    return RequireKey(app, service)


def serve_http(service: Service, port: int, log_level: str = "warning") -> None:
    import uvicorn

    uvicorn.run(http_app(service), host=LOOPBACK, port=port, log_level=log_level)
