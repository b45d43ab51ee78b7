"""An ASGI middleware that bounds request bodies before any route reads them.

The body is read here, up to the route's bound and no further: a ``Content-Length`` over the
bound is answered 413 at once, a chunked body as soon as it passes the bound, so a 20 MB upload
costs the server 64 KiB of memory, not 17 GB. JSON bodies have their nesting depth checked on
the bytes (a 5000-deep array would otherwise be a RecursionError in the parser). The route then
reads the buffered body as usual. Answers are ``ErrorBody`` (413 or 422), like every input error.
"""
from __future__ import annotations

import json

from kg_service import input_limits
from kg_service.errors import ErrorBody, ErrorItem, InputError
from kg_service.settings import get_settings

KIB = input_limits.KIB
# path prefix → largest body accepted, in bytes (the use cases' bounds, kg_service.input_limits); the
# first prefix that matches applies
ROUTE_LIMITS: tuple[tuple[str, int], ...] = (
    ("/assess", input_limits.MAX_PROFILE_BYTES),
    ("/revocation-check", input_limits.MAX_REVOCATION_BYTES),
    ("/ask", input_limits.MAX_QUESTION_BYTES),
    ("/sparql", input_limits.MAX_SPARQL_BYTES),
    ("/keys", input_limits.MAX_KEY_REQUEST_BYTES),
    ("/ui/assess", input_limits.MAX_FORM_BYTES),
)
JSON_TYPES = ("application/json", "application/ld+json")


# uploads of many profiles (a batch file, a population for a reform): SFKG_BATCH_MAX_BYTES
UPLOAD_ROUTES = ("/batch", "/ui/batch", "/reforms/impact", "/ui/reforms")


def limit_for(path: str) -> int:
    for prefix, limit in ROUTE_LIMITS:
        if path == prefix or path.startswith(prefix + "/") or path.startswith(prefix + "?"):
            return limit
    settings = get_settings()
    if path == "/reforms/impact":
        return settings.reform_max_bytes  # SFKG_REFORM_MAX_BYTES: a population, not a batch file
    if any(path == p or path.startswith(p + "/") for p in UPLOAD_ROUTES):
        # a little over the bound, so that the route itself answers with its own field ("file")
        return settings.batch_max_bytes + 64 * KIB
    return settings.max_body


def _is_json(content_type: str) -> bool:
    """A JSON body, or one without a type (which FastAPI parses as JSON)."""
    media = content_type.split(";")[0].strip().lower()
    return not media or media in JSON_TYPES or media.endswith("+json")


async def _answer(send, status: int, field: str, message: str) -> None:
    body = ErrorBody.of([ErrorItem(field=field, message=message,
                                   type="PayloadTooLarge" if status == 413 else "InputError")])
    payload = json.dumps(body.model_dump(), ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": payload})


class BodyLimits:
    """Reads each request body up to its route's bound; 413 past it, 422 for JSON nested too deep."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS", "DELETE"):
            return await self.app(scope, receive, send)
        limit = limit_for(scope["path"])
        headers = dict(scope.get("headers") or ())
        declared = headers.get(b"content-length")
        too_large = f"the body is larger than {limit // KIB} KiB, the bound of this route"
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            return await _answer(send, 413, "(body)", too_large)
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                return await _answer(send, 413, "(body)", too_large)
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        chunks.clear()  # the parts are not kept beside the whole while the route runs
        if _is_json(headers.get(b"content-type", b"").decode("latin-1")):
            # bounded before any parser sees it: depth, one string's bytes, one number's digits
            # (SFKG_JSON_MAX_*), and UTF-8 (else the framework answers a bare 400)
            try:
                input_limits.check_json(body)
                if not body.isascii():
                    input_limits.decode_text(body)
            except InputError as e:
                return await _answer(send, e.status_code, e.field, e.message)
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: wait for the disconnect, as the server would

        return await self.app(scope, replay, send)
