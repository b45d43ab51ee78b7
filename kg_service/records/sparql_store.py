"""The quad store on a SPARQL 1.1 server, over the Protocol (``SFKG_STORE=sparql``).

For deployments that outgrow one process: records live in a server (Virtuoso Open-Source in the
tests; anything speaking SPARQL 1.1 Query/Update over HTTP should do) that several service
processes share. Standard library only (urllib): queries are POSTed as ``query=`` and answered as
``application/sparql-results+json``; updates are POSTed as ``update=``. Credentials, when given,
are offered to HTTP digest or basic authentication, whichever the server asks for (Virtuoso's
``/sparql-auth`` asks for digest).

What a record needs from the store, and how it is kept here:

*Atomic writes.* A graph of up to ``max_triples_per_request`` triples (and ``max_request_bytes``)
that does not exist yet (an ``ASK`` first) is written by ONE ``INSERT DATA { GRAPH <g> { ... } }``
request, a single update operation. (Two writers creating the same new name at once would merge;
record names are fresh UUIDs.) Virtuoso runs one operation as one transaction (a server killed
in the middle of one rolls it back on restart; checked by killing it during a 100k-triple MOVE),
but NOT a request of several operations: after ``INSERT DATA {...} ; <failing op>`` the insert
stays. So no write here ever relies on two operations being applied together. Bigger graphs, and graphs that
replace an existing one, are written to a fresh staging graph (``urn:x-sfkg:staging:<uuid>``,
as many requests as needed) and then moved into place with one ``MOVE <staging> TO <g>``: a
single operation, so readers of ``<g>`` see the old content or the new, never a part. The
chunking is unavoidable on Virtuoso: its SPARQL compiler refuses an operation beyond ~1,400
triples ("generated SQL text has exceeded 10000 lines"). A failed write drops its staging graph;
a client that dies mid-write leaves one behind, harmless (never visible under the record's name)
and removable with ``DROP GRAPH``. ``select`` drops rows that bind a staging graph's name.

*Exact round trips.* ``get_graph`` returns the very terms that were put, which a SPARQL server
does not do by itself. Virtuoso keeps typed literals as SQL values and prints them back its own
way (found on 7.2.5, see ``tests/test_store_backends.py``): ``"8.50"^^xsd:decimal`` comes back
``"8.5"``, an integral decimal sometimes as ``xsd:integer``, booleans as ``"1"``/``"0"``,
``xsd:long`` as ``xsd:integer``, integers from 2^60 as ``xsd:decimal``, dateTimes with
``+00:00`` as ``Z`` and ``.100000`` as ``.100``, language tags in lower case, XML literals
re-serialised, WKT literals turned into its own geometries; it cannot store ``xsd:duration`` at
all (``P1Y`` comes back ``12``; ``xsd:dayTimeDuration`` is a compiler error), rejects integers
beyond 64 bits, drops a trailing U+0000 from some strings (so literals with U+0000 are refused
here, with a clear error), and after ``NaN``/``INF`` doubles went in with others it logged
"gen_qsort: items being sorted look to have changed during sort" and soon refused every insert
for good ("Insert stopped because out of seg data"; three fresh databases out of three). So each
literal is either

- stored natively, when Virtuoso is known to give it back exactly, up to a fixed reading rule:
  plain and language-tagged strings (tags come back in lower case and are restored to BCP 47
  case: ``zh-hans`` → ``zh-Hans``; tags are case-insensitive in RDF, and rdflib compares them so),
  ``xsd:string`` and its string-like subtypes, ``xsd:boolean`` ``true``/``false`` (read back from
  ``1``/``0``), canonical ``xsd:integer`` below 2^53, ``xsd:date``/``xsd:dateTime`` in the form
  Python's ``isoformat`` writes (read back with ``Z`` as ``+00:00`` and 3-digit fractions padded
  to 6), and datatypes outside XSD that Virtuoso leaves alone (``rdf:JSON``, ``rdf:HTML``, custom
  ones) — these behave in SPARQL (comparisons, ORDER BY, FILTER) as on any store; or
- stored with its exact lexical form under a wrapper datatype, ``<urn:x-sfkg:lexical:`` + the
  datatype IRI ``>``, and unwrapped on reading: every ``xsd:decimal``, ``xsd:double``,
  ``xsd:float``, duration, ``xsd:time``, derived integer type, other XSD types, and the native
  kinds above when not in their safe form (``"2025-09-10Z"``, ``"007"``, an integer of 2^53 or
  more...). Reads (``get_graph``, ``select``) return the original terms, but inside a query on
  this backend such a value is not a number or date: compare it as ``xsd:decimal(STR(?v))``,
  which means the same on every backend.

*Blank nodes* are skolemised: ``_:label`` is stored as
``<https://w3id.org/bjsf/.well-known/genid/label>`` (RDF 1.1 §3.5) and read back as
``_:label``, in ``get_graph`` and in ``select`` rows alike. So blank nodes keep their labels and
identity across requests (chunked writes need that; Virtuoso would mint new ones per request),
exactly as in the Oxigraph store, where a label is also store-wide: the same label in two graphs
is the same node. rdflib's labels are random, so graphs do not share them unless asked to.

*Durability.* ``put_graph`` returns when the server has committed the update. Virtuoso then has
it in its transaction log, so it survives the server being killed (checked); it does not fsync
that log per commit (checked with strace), so on power loss the last seconds may be lost unless
its storage is synchronous — a server-side setting, not something the Protocol can ask for.

*Queries* run as written, with two differences from the embedded store worth knowing: on
Virtuoso, a pattern outside ``GRAPH`` matches every graph (its default graph is the union), and
``GRAPH ?g`` also sees its own system graphs; write record queries with ``GRAPH`` and a class.
Results longer than the server's ``ResultSetMaxRows`` are not silently cut: ``select`` raises
``SparqlResultTruncated`` (Virtuoso signals it with ``X-SPARQL-MaxRows``) and ``get_graph``
pages through the graph.
"""
from __future__ import annotations

import datetime as dt
import http.client
import json
import logging
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from kg_service.errors import Picklable
from kg_service.records.backend import Triple

if TYPE_CHECKING:
    from kg_service.settings import Settings

log = logging.getLogger("sfkg.records.sparql")

SKOLEM_PREFIX = "https://w3id.org/bjsf/.well-known/genid/"
LEXICAL_PREFIX = "urn:x-sfkg:lexical:"
STAGING_PREFIX = "urn:x-sfkg:staging:"
_RESERVED = (SKOLEM_PREFIX, LEXICAL_PREFIX, STAGING_PREFIX)

RESULTS_JSON = "application/sparql-results+json"


class SparqlStoreError(Picklable, RuntimeError):
    """The SPARQL server refused or failed a request (the message says which and why)."""

    def __init__(self, message: str, *, status: int | None = None, body: str = ""):
        super().__init__(message)
        self.status = status
        self.body = body


class SparqlStoreUnavailable(SparqlStoreError):
    """The SPARQL server could not be reached, or did not answer in time."""


class SparqlResultTruncated(SparqlStoreError):
    """The server cut a result at its row limit (Virtuoso: ``ResultSetMaxRows``)."""

    def __init__(self, message: str, *, max_rows: int):
        super().__init__(message)
        self.max_rows = max_rows


# ---- writing terms ------------------------------------------------------------------------------

# IRIREF in SPARQL admits no escapes: these characters cannot be written at all.
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_LANG_RE = re.compile(r"^[A-Za-z]+(?:-[A-Za-z0-9]+)*$")
_STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
# A literal of ~1 MB takes Virtuoso's compiler 12 s; one of 5 MB crashed the server (GPF in Dkpool.c).
MAX_LITERAL_BYTES = 1_000_000


def _check_text(text: str, what: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:  # lone surrogates: not Unicode scalar values, not RDF
        raise ValueError(f"{what} is not valid Unicode: {text[:80]!r}") from e


def _escape_string(text: str) -> str:
    """The body of a SPARQL STRING_LITERAL_QUOTE: quotes, backslashes and control characters escaped,
    everything else as UTF-8 (Virtuoso reads UTF-8 form data correctly, Chinese and astral planes included)."""
    out = []
    for ch in text:
        esc = _STRING_ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ch < " " or ch == "\x7f":
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return "".join(out)


def _iri(value: str) -> str:
    if _IRI_FORBIDDEN.search(value):
        raise ValueError(f"IRI cannot be written in SPARQL (space, control or one of <>\"{{}}|^`\\): {value!r}")
    _check_text(value, "IRI")
    return f"<{value}>"


def _skolem(node: BNode) -> str:
    return _iri(SKOLEM_PREFIX + urllib.parse.quote(str(node), safe=""))


_XSD_NS = str(XSD)
_STRINGLIKE = {str(XSD.string), str(XSD.normalizedString), str(XSD.token), str(XSD.language), str(XSD.anyURI)}
# Datatypes outside XSD that Virtuoso rewrites (checked: XML literals re-serialised, WKT turned into
# its own virtrdf:Geometry with float coordinates).
_REWRITTEN_NAMESPACES = ("http://www.opengis.net/ont/geosparql#", "http://www.openlinksw.com/schemas/virtrdf#")
_REWRITTEN = {str(RDF.XMLLiteral)}

_INTEGER_RE = re.compile(r"^-?(?:0|[1-9][0-9]*)$")
_TZ = r"(Z|[+-](?:0[0-9]|1[0-4]):[0-5][0-9])?"
_DATE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})" + _TZ + "$")
_DATETIME_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{6})?" + _TZ + "$")
_NATIVE_INT_LIMIT = 2**53  # from 2^60 Virtuoso answers xsd:decimal; 2^53 + 1 checked exact


def _tz_native(tz: str | None) -> bool:
    # Virtuoso prints +00:00 as Z (read back as +00:00), so an original Z must be wrapped;
    # -00:00 it drops altogether.
    return tz not in ("Z", "-00:00")


def _real_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _stored_natively(lexical: str, datatype: str) -> bool:
    """Whether Virtuoso gives this typed literal back exactly (after ``_read_literal``'s rules)."""
    if datatype in _STRINGLIKE:
        return True
    if datatype == str(XSD.boolean):
        return lexical in ("true", "false")
    if datatype == str(XSD.integer):
        return bool(_INTEGER_RE.match(lexical)) and lexical != "-0" and abs(int(lexical)) < _NATIVE_INT_LIMIT
    if datatype == str(XSD.date):
        m = _DATE_RE.match(lexical)
        return bool(m) and _real_date(m.group(1)) and _tz_native(m.group(2))
    if datatype == str(XSD.dateTime):
        m = _DATETIME_RE.match(lexical)
        return (bool(m) and _real_date(m.group(1)) and m.group(3) != ".000000" and _tz_native(m.group(4)))
    if datatype.startswith(_XSD_NS):
        return False  # decimal, double, float, durations, time, derived integers, g*, binary...
    return datatype not in _REWRITTEN and not datatype.startswith(_REWRITTEN_NAMESPACES)


def _literal(lit: Literal) -> str:
    lexical = str(lit)
    _check_text(lexical, "literal")
    if "\x00" in lexical:
        # Virtuoso keeps strings as C strings in places: a trailing U+0000 is dropped from some
        # literals and not others. Refused rather than stored wrongly (no XML serialisation has it either).
        raise ValueError(f"the SPARQL store cannot keep U+0000 in a literal: {lexical[:80]!r}")
    if len(lexical.encode("utf-8")) > MAX_LITERAL_BYTES:
        raise ValueError(f"literal of {len(lexical.encode('utf-8'))} bytes: the SPARQL store takes at most "
                         f"{MAX_LITERAL_BYTES} (Virtuoso slows down sharply and then crashes on longer ones)")
    quoted = f'"{_escape_string(lexical)}"'
    if lit.language:
        if not _LANG_RE.match(lit.language):
            raise ValueError(f"not a language tag: {lit.language!r}")
        return f"{quoted}@{lit.language}"
    if lit.datatype is None:
        return quoted
    datatype = str(lit.datatype)
    if datatype.startswith(LEXICAL_PREFIX):
        raise ValueError(f"datatype {datatype} is reserved by the SPARQL store")
    if not _stored_natively(lexical, datatype):
        datatype = LEXICAL_PREFIX + datatype
    return f"{quoted}^^{_iri(datatype)}"


def _resource(term: Node, position: str) -> str:
    if isinstance(term, URIRef):
        if str(term).startswith(_RESERVED):
            raise ValueError(f"IRI {term} is in a namespace reserved by the SPARQL store")
        return _iri(str(term))
    if isinstance(term, BNode):
        return _skolem(term)
    raise TypeError(f"not an IRI or blank node, as {position} must be: {term!r}")


def triple_line(triple: Triple) -> str:
    """One triple as SPARQL ``INSERT DATA`` text (N-Triples terms; blank nodes skolemised)."""
    try:
        s, p, o = triple
    except (TypeError, ValueError):
        raise TypeError(f"not a triple: {triple!r}") from None
    if not isinstance(p, URIRef):
        raise TypeError(f"predicate must be an IRI: {p!r}")
    obj = _literal(o) if isinstance(o, Literal) else _resource(o, "an object")
    return f"{_resource(s, 'a subject')} {_resource(p, 'a predicate')} {obj} ."


# ---- reading terms ------------------------------------------------------------------------------

def _bcp47_case(tag: str) -> str:
    """Canonical case (RFC 5646 §2.1.1): language lower, script title, region upper; after a singleton
    (``x-``, ``u-``...) everything lower."""
    parts = tag.lower().split("-")
    out, singleton = [parts[0]], False
    for part in parts[1:]:
        if singleton or len(part) not in (1, 2, 4):
            out.append(part)
        elif len(part) == 1:
            singleton = True
            out.append(part)
        elif len(part) == 2:
            out.append(part.upper())
        else:
            out.append(part.title())
    return "-".join(out)


_V_DATETIME_RE = re.compile(r"^(.*T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")


def _read_datetime(lexical: str) -> str:
    # Virtuoso writes microseconds in 3 digits when they are whole milliseconds, and +00:00 as Z.
    m = _V_DATETIME_RE.match(lexical)
    if not m:
        return lexical
    base, frac, tz = m.groups()
    if frac and len(frac) == 4:
        frac += "000"
    return base + (frac or "") + ("+00:00" if tz == "Z" else tz or "")


def _read_literal(value: str, datatype: str | None, lang: str | None) -> Literal:
    if lang:
        return Literal(value, lang=_bcp47_case(lang))
    if datatype is None:
        return Literal(value)
    if datatype.startswith(LEXICAL_PREFIX):
        datatype = datatype[len(LEXICAL_PREFIX):]
    elif datatype == str(XSD.boolean):
        value = {"1": "true", "0": "false"}.get(value, value)
    elif datatype == str(XSD.dateTime):
        value = _read_datetime(value)
    elif datatype == str(XSD.date) and value.endswith("Z"):
        value = value[:-1] + "+00:00"
    # normalize=False: the lexical form as stored, which is the one that was put.
    return Literal(value, datatype=URIRef(datatype), normalize=False)


def read_term(binding: dict[str, Any]) -> Node:
    """A SPARQL JSON results term as the rdflib term that was stored."""
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        if value.startswith(SKOLEM_PREFIX):
            return BNode(urllib.parse.unquote(value[len(SKOLEM_PREFIX):]))
        return URIRef(value)
    if kind == "bnode":  # not ours (ours are skolemised); Virtuoso names them nodeID://...
        return BNode(value.removeprefix("nodeID://").removeprefix("_:"))
    if kind in ("literal", "typed-literal"):  # typed-literal: the 2008 JSON draft, still Virtuoso's
        return _read_literal(value, binding.get("datatype"), binding.get("xml:lang"))
    raise SparqlStoreError(f"unexpected term in SPARQL results: {binding!r}")


# ---- the backend ----------------------------------------------------------------------------------

class SparqlBackend:
    """``QuadBackend`` on a SPARQL 1.1 server reached over the Protocol."""

    # Virtuoso compiles one operation into at most 10,000 lines of SQL, ~7 per triple: 1,000 is safe.
    max_triples_per_request = 1000
    max_request_bytes = 2 * 1024 * 1024
    # Virtuoso reports a deadlock with SQLSTATE 40001 and has rolled the operation back: safe to retry.
    deadlock_retries = 3

    def __init__(self, query_url: str, update_url: str | None = None, user: str | None = None,
                 password: str | None = None, timeout: float = 30.0):
        if not query_url:
            raise ValueError("a SPARQL query URL is needed (SFKG_SPARQL_QUERY_URL)")
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.user = user or None
        self.password = password
        self.timeout = timeout
        self._closed = False

    @classmethod
    def from_settings(cls, settings: Settings) -> SparqlBackend:
        """From ``SFKG_SPARQL_QUERY_URL`` (required), ``SFKG_SPARQL_UPDATE_URL`` (default: the query
        URL), ``SFKG_SPARQL_USER``/``SFKG_SPARQL_PASSWORD`` (optional) and
        ``SFKG_SPARQL_STORE_TIMEOUT`` (seconds per request, default 30), as ``Settings`` read them."""
        if not settings.sparql_query_url:
            raise SparqlStoreError("SFKG_STORE=sparql needs SFKG_SPARQL_QUERY_URL (and usually "
                                   "SFKG_SPARQL_UPDATE_URL, SFKG_SPARQL_USER, SFKG_SPARQL_PASSWORD)")
        return cls(settings.sparql_query_url, settings.sparql_update_url, settings.sparql_user,
                   settings.sparql_password, timeout=settings.sparql_store_timeout_s)

    @classmethod
    def from_env(cls) -> SparqlBackend:
        """From the environment as it is now (``from_settings(Settings())``)."""
        from kg_service.settings import Settings

        return cls.from_settings(Settings())

    def __repr__(self) -> str:
        return f"SparqlBackend({self.query_url!r}, update={self.update_url!r}, user={self.user!r})"

    # ---- HTTP -------------------------------------------------------------------------------------
    def _opener(self) -> urllib.request.OpenerDirector:
        # A fresh opener per request: urllib's digest handler counts failed retries on the instance
        # and never resets the count when the retried request raises (an HTTP 500 counts), so a
        # shared one ends up refusing to authenticate at all after a few server errors.
        handlers: list[urllib.request.BaseHandler] = []
        if self.user is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in {self.query_url, self.update_url}:
                passwords.add_password(None, url, self.user, self.password or "")
            handlers += [urllib.request.HTTPDigestAuthHandler(passwords),
                         urllib.request.HTTPBasicAuthHandler(passwords)]
        return urllib.request.build_opener(*handlers)

    def _post(self, url: str, form: dict[str, str]) -> tuple[http.client.HTTPMessage, bytes]:
        if self._closed:
            raise SparqlStoreError(f"{self!r} is closed")
        request = urllib.request.Request(
            url, data=urllib.parse.urlencode(form).encode("utf-8"), method="POST",
            headers={"Accept": RESULTS_JSON, "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"})
        try:
            with self._opener().open(request, timeout=self.timeout) as response:
                return response.headers, response.read()
        except urllib.error.HTTPError as e:
            body = e.read().decode("utf-8", "replace") if e.fp is not None else ""
            if e.code in (401, 403):
                raise SparqlStoreError(
                    f"{url}: not authorised (HTTP {e.code}); check SFKG_SPARQL_USER/SFKG_SPARQL_PASSWORD and "
                    "that the user may update (Virtuoso: GRANT SPARQL_UPDATE)", status=e.code, body=body) from None
            first = next((line for line in body.splitlines() if line.strip()), e.reason)
            raise SparqlStoreError(f"{url}: HTTP {e.code}: {first}", status=e.code, body=body) from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as e:
            reason = getattr(e, "reason", None) or e
            what = "update" if "update" in form else "query"
            maybe = " (the update may or may not have been applied, atomically)" if what == "update" else ""
            raise SparqlStoreUnavailable(
                f"SPARQL server at {url} is unreachable or did not answer the {what} in "
                f"{self.timeout:g}s: {reason}{maybe}") from e

    def _update(self, update: str) -> None:
        for attempt in range(self.deadlock_retries + 1):
            try:
                self._post(self.update_url, {"update": update})
                return
            except SparqlStoreError as e:
                if isinstance(e, SparqlStoreUnavailable) or "40001" not in e.body or attempt == self.deadlock_retries:
                    raise
                log.warning("SPARQL update deadlocked (attempt %d), retrying", attempt + 1)
                time.sleep(0.05 * 2**attempt)

    def _query(self, query: str) -> tuple[dict, int | None]:
        """The JSON result, and the server's row limit when it says the result may have been cut."""
        headers, body = self._post(self.query_url, {"query": query})
        try:
            result = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            raise SparqlStoreError(f"{self.query_url}: not SPARQL JSON results: {body[:200]!r}") from e
        max_rows = headers.get("X-SPARQL-MaxRows")
        return result, int(max_rows) if max_rows and max_rows.strip().isdigit() else None

    def _bindings(self, query: str) -> tuple[list[dict], int | None]:
        result, max_rows = self._query(query)
        try:
            bindings = result["results"]["bindings"]
        except (KeyError, TypeError):
            raise SparqlStoreError("select() needs a SELECT query (no result bindings came back)") from None
        cut = max_rows if max_rows is not None and len(bindings) >= max_rows else None
        return bindings, cut

    # ---- QuadBackend ------------------------------------------------------------------------------
    def put_graph(self, name: URIRef, triples: Iterable[Triple]) -> None:
        graph = _resource(URIRef(name), "a graph name")
        # Serialise everything first: a bad term or a failing iterator raises before any request.
        lines = [triple_line(t) for t in triples]
        if not lines:
            self._update(f"DROP SILENT GRAPH {graph}")
            return
        chunks = list(self._chunks(lines))
        if len(chunks) == 1 and not self.has_graph(name):
            self._update(f"INSERT DATA {{ GRAPH {graph} {{\n{chunks[0]}\n}} }}")
            return
        staging = _iri(f"{STAGING_PREFIX}{uuid.uuid4().hex}")
        try:
            for chunk in chunks:
                self._update(f"INSERT DATA {{ GRAPH {staging} {{\n{chunk}\n}} }}")
            self._update(f"MOVE {staging} TO {graph}")  # one operation: the old graph or the new one
        except BaseException:
            try:
                self._update(f"DROP SILENT GRAPH {staging}")
            except SparqlStoreError as e:
                log.warning("could not drop staging graph %s: %s", staging, e)
            raise

    def _chunks(self, lines: list[str]) -> Iterator[str]:
        chunk: list[str] = []
        size = 0
        for line in lines:
            n = len(line.encode("utf-8")) + 1
            if chunk and (len(chunk) >= self.max_triples_per_request or size + n > self.max_request_bytes):
                yield "\n".join(chunk)
                chunk, size = [], 0
            chunk.append(line)
            size += n
        if chunk:
            yield "\n".join(chunk)

    def get_graph(self, name: URIRef) -> Graph:
        graph = _resource(URIRef(name), "a graph name")
        pattern = f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"
        bindings, cut = self._bindings(pattern)
        if cut is not None:
            bindings = self._paged(pattern + " ORDER BY ?s ?p ?o", cut)
        out = Graph()
        for b in bindings:
            out.add((read_term(b["s"]), read_term(b["p"]), read_term(b["o"])))
        return out

    def _paged(self, ordered: str, page: int) -> list[dict]:
        rows: list[dict] = []
        while True:
            bindings, _ = self._bindings(f"{ordered} LIMIT {page} OFFSET {len(rows)}")
            rows += bindings
            if len(bindings) < page:
                return rows

    def has_graph(self, name: URIRef) -> bool:
        graph = _resource(URIRef(name), "a graph name")
        result, _ = self._query(f"ASK WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
        if not isinstance(result.get("boolean"), bool):
            raise SparqlStoreError(f"{self.query_url}: no boolean in the ASK result: {result!r}")
        return result["boolean"]

    def delete_graph(self, name: URIRef) -> None:
        self._update(f"DROP SILENT GRAPH {_resource(URIRef(name), 'a graph name')}")

    def select(self, query: str) -> list[dict[str, Node]]:
        bindings, cut = self._bindings(query)
        if cut is not None:
            raise SparqlResultTruncated(
                f"the SPARQL server cut the result at {cut} rows (Virtuoso: [SPARQL] ResultSetMaxRows); "
                "page with LIMIT/OFFSET below that, or raise the limit", max_rows=cut)
        rows = []
        for b in bindings:
            # A write in progress elsewhere: its staging graph is no record (see the module doc).
            if any(v.get("type") == "uri" and v.get("value", "").startswith(STAGING_PREFIX) for v in b.values()):
                continue
            rows.append({var: read_term(term) for var, term in b.items()})
        return rows

    def close(self) -> None:
        self._closed = True  # no connection is kept between requests

    def __enter__(self) -> SparqlBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
