"""The query page of ``/sparql``: a form, example queries and the results as a table, rendered by the
service (no script, no CDN: it works offline and on a phone).

A browser asking ``/sparql`` for HTML (``Accept: text/html`` first) gets this page; with ``?query=``
it shows that query's results under the form, run by the same workers and bounds as any SPARQL client
(``kg_service.graph.sparql_worker``). Other clients get the SPARQL 1.1 Protocol answers as before.
In Chinese or English: ``?lang=``, else the web interface's language cookie, else Chinese.
"""
from __future__ import annotations

import json
from html import escape
from pathlib import Path
from urllib.parse import urlencode

from rdflib import Graph

STATIC = Path(__file__).resolve().parent / "static"
CSS_URL = "/sparql/assets/sparql.css"
LANG_COOKIE = "sfkg_lang"  # the web interface's cookie: the same choice here
ACCEPT = "application/sparql-results+json, text/turtle;q=0.9"  # what the page asks the workers for
MAX_SHOWN = 1000  # rows drawn in the table (the endpoint's own bound applies first)

PREFIXES = """PREFIX sfkg: <https://w3id.org/bjsf/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
"""
EXAMPLES: dict[str, tuple[str, str, str]] = {  # key → (zh, en, query)
    "thresholds": ("附件2-1 的 25 个参考值", "The 25 thresholds of att_2-1", PREFIXES + """SELECT ?label ?value WHERE {
  ?t a sfkg:Threshold ; rdfs:label ?label ; sfkg:thresholdValue ?value .
  FILTER (LANG(?label) = "zh")
} ORDER BY ?label"""),
    "units": ("第五条的各项", "The items of art_5", PREFIXES + """SELECT ?eid ?title WHERE {
  ?u sfkg:eid ?eid ; eli:title ?title .
  FILTER (STRSTARTS(?eid, "art_5__item_") && LANG(?title) = "zh")
} ORDER BY ?eid"""),
    "classes": ("本体中的类", "The ontology's classes", PREFIXES + """PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?class ?zh ?en WHERE {
  ?class a owl:Class ; rdfs:label ?zh , ?en .
  FILTER (LANG(?zh) = "zh" && LANG(?en) = "en")
} ORDER BY ?class"""),
    "ask": ("国家方案中有“卓越级”吗？", "Does the national scheme have an excellent level?",
            PREFIXES + """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
ASK { ?level a sfkg:RecognitionLevel ; skos:altLabel "卓越级" }"""),
}
DEFAULT = EXAMPLES["thresholds"][2]

WORDS = {
    "title": ("SPARQL 查询", "SPARQL query"),
    "lead": ("对知识图谱（办法、附件、本体和对比资料）执行只读的 SPARQL 1.1 查询。不含企业记录。",
             "Read-only SPARQL 1.1 queries over the knowledge graph (the measures, annexes, ontology and "
             "comparison facts). Enterprise records are not in it."),
    "query": ("查询", "Query"),
    "run": ("执行", "Run"),
    "examples": ("示例", "Examples"),
    "results": ("结果", "Results"),
    "rows": ("行", "rows"),
    "shown": ("仅显示前 %d 行", "first %d rows shown"),
    "none": ("没有结果。", "No results."),
    "true": ("是（true）", "Yes (true)"),
    "false": ("否（false）", "No (false)"),
    "error": ("查询未执行", "The query was not run"),
    "clients": ("其他客户端：按 SPARQL 1.1 协议向本地址发送 GET 或 POST，"
                "用 Accept 选择格式（JSON、CSV、XML、Turtle 等）。",
                "Other clients: GET or POST to this address by the SPARQL 1.1 Protocol; Accept chooses the "
                "format (JSON, CSV, XML, Turtle …)."),
    "limits": ("每个查询最长 %s 秒、最多 %d 行。", "Each query runs at most %s s and returns at most %d rows."),
    "ui": ("网页界面", "Web interface"),
    "api": ("API 文档", "API docs"),
}


def language(query_lang: str | None, cookie: str | None) -> str:
    for value in (query_lang, cookie):
        if value in ("zh", "en"):
            return value
    return "zh"


def _w(key: str, lang: str) -> str:
    zh, en = WORDS[key]
    return zh if lang == "zh" else en


def _term(cell: dict, namespaces: list[tuple[str, str]]) -> str:
    """A result cell: IRIs shortened by the graph's prefixes, literals with their language or type."""
    value = cell.get("value", "")
    if cell.get("type") == "uri":
        for prefix, ns in namespaces:
            if value.startswith(ns) and len(value) > len(ns):
                return f'<span class="iri" title="{escape(value)}">{escape(prefix)}:{escape(value[len(ns):])}</span>'
        return f'<span class="iri">&lt;{escape(value)}&gt;</span>'
    if cell.get("type") == "bnode":
        return f'<span class="muted">_:{escape(value)}</span>'
    lang = cell.get("xml:lang")
    attr = f' lang="{escape(lang)}"' if lang else ""
    return f"<span{attr}>{escape(value)}</span>"


def _results(status: int, media_type: str, body: bytes, lang: str, namespaces: list[tuple[str, str]]) -> str:
    if status != 200:
        return (f'<div class="error" role="alert"><strong>{_w("error", lang)} ({status})</strong>'
                f"<pre>{escape(body.decode('utf-8', 'replace')[:2000])}</pre></div>")
    if not media_type.endswith("json"):  # CONSTRUCT, DESCRIBE: the graph as Turtle
        return f'<pre class="graph">{escape(body.decode("utf-8", "replace"))}</pre>'
    data = json.loads(body)
    if "boolean" in data:
        return f'<p class="boolean">{_w("true" if data["boolean"] else "false", lang)}</p>'
    head = data.get("head", {}).get("vars", [])
    rows = data.get("results", {}).get("bindings", [])
    if not rows:
        return f"<p>{_w('none', lang)}</p>"
    out = [f'<p class="count">{len(rows)} {_w("rows", lang)}'
           + (f" · {_w('shown', lang) % MAX_SHOWN}" if len(rows) > MAX_SHOWN else "") + "</p>",
           '<div class="scroll" tabindex="0" role="region" aria-label="' + _w("results", lang) + '"><table><thead><tr>',
           *(f"<th><code>?{escape(v)}</code></th>" for v in head), "</tr></thead><tbody>"]
    for row in rows[:MAX_SHOWN]:
        out.append("<tr>" + "".join(f"<td>{_term(row[v], namespaces) if v in row else ''}</td>" for v in head)
                   + "</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def render(*, lang: str, query: str | None, answer, graph: Graph, timeout_s: float, max_rows: int) -> str:
    """The page; ``answer`` (status, media_type, body) is the query's, or None when no query was given."""
    other = "en" if lang == "zh" else "zh"
    switch = {"lang": other, **({"query": query} if query else {})}
    namespaces = sorted(((p, str(ns)) for p, ns in graph.namespaces() if p), key=lambda x: -len(x[1]))
    examples = "".join(
        f'<li><a href="/sparql?{urlencode({"query": q, "lang": lang})}">{escape(zh if lang == "zh" else en)}</a></li>'
        for zh, en, q in EXAMPLES.values())
    result = ""
    if answer is not None:
        result = (f'<section class="results" aria-labelledby="results-h"><h2 id="results-h">{_w("results", lang)}</h2>'
                  + _results(answer.status, answer.media_type, answer.body, lang, namespaces) + "</section>")
    limits = _w("limits", lang) % (f"{timeout_s:g}", max_rows)
    return f"""<!doctype html>
<html lang="{'zh-CN' if lang == 'zh' else 'en'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_w("title", lang)} · sfkg</title><link rel="stylesheet" href="{CSS_URL}"></head>
<body>
<header><a class="brand" href="/ui">sfkg</a>
<nav><a href="/ui">{_w("ui", lang)}</a> <a href="/docs">{_w("api", lang)}</a>
<a href="/sparql?{escape(urlencode(switch))}" hreflang="{other}" lang="{'zh-CN' if other == 'zh' else 'en'}"
   data-lang-switch>{'中文' if other == 'zh' else 'English'}</a></nav></header>
<main>
<h1>{_w("title", lang)}</h1>
<p class="lead">{_w("lead", lang)} {limits}</p>
<form method="get" action="/sparql">
<input type="hidden" name="lang" value="{lang}">
<label for="query">{_w("query", lang)}</label>
<textarea id="query" name="query" rows="10" spellcheck="false">{escape(query or DEFAULT)}</textarea>
<button type="submit">{_w("run", lang)}</button>
</form>
{result}
<h2>{_w("examples", lang)}</h2>
<ul class="examples">{examples}</ul>
<p class="muted">{_w("clients", lang)}</p>
</main>
</body>
</html>"""
