"""Each interface speaks one language throughout: the Chinese pages show no engine code or English word
(``not_met``, ``eligible``, ``production_operation``, ``section B``, ``credit_code: not a valid …``), the
English pages no Chinese outside what is marked Chinese (the official text, ``lang="zh-CN"``).

Every kind of page is rendered in both languages, in the states a user meets: forms, results, errors,
a question stating a case, a revocation question, the comparison at both levels, a batch job with
rejected rows and its report, a reform's impact and a reform refused. The text a reader sees is
collected with the language in force at each point (the nearest ``lang``), leaving out code-like
elements (``code``, ``pre``, eIds and citations, which are identifiers in either language) and what
the browser does not show (scripts, styles, attributes).
"""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from urllib.parse import urlencode

import pytest

from tests.conftest import ROOT

EXAMPLES = ROOT / "examples"
CODE_TAGS = {"code", "pre", "kbd", "samp", "script", "style", "textarea", "template"}
CODE_CLASSES = {"eid", "cite", "iri"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

# words a Chinese page may show as they are: acronyms, standards, formats, names
ALLOWED_LATIN = {
    "GB", "GB/T", "MIIT", "SPARQL", "API", "JSON", "JSONL", "CSV", "XLSX", "XML", "PDF", "HTML", "ERP", "MES",
    "KPI", "KPIs", "Markdown", "English", "sfkg", "Turtle", "UTC", "ID", "JSON-LD", "MiB", "OWL", "SHACL", "YYYY",
    "MM", "DD", "true", "false", "SELECT", "ASK", "Accept", "GET", "POST", "URL", "IT", "PLC", "SCADA", "DCS",
    "CNC", "MOM", "PLM", "WMS", "APS", "AI", "CAD", "CAE", "CAPP", "OT", "ICT", "B2B", "OEM", "EMS", "AGV",
    "T/CAMS", "CO", "Schema", "eId", "Cookie", "HttpOnly", "SI",
}
LATIN_WORD = re.compile(r"[A-Za-z][\w/.-]*[A-Za-z0-9]|[A-Za-z]")
EID = re.compile(r"^(art|att|ch|preamble)[_\w.-]*$")
STANDARD = re.compile(r"^(GB|GB/T|T/[A-Z]+)\d*$")  # a standard's number: GB/T39116, T/CAMS182
HOST = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")  # a source's publisher by its host name: an identifier
QUOTED = re.compile(r"“[^”]*”|'[^']*'|‘[^’]*’")  # what the user typed, quoted back
HAN_RUN = re.compile(r"[\u3400-\u9fff][\u3000-\u303f\u3400-\u9fff\uff00-\uffef]*")
# Chinese that an English page may show unmarked: the document number of the measures (an identifier)
ALLOWED_HAN = ("京经信发〔2025〕22号",)


class Visible(HTMLParser):
    """The page's visible text, each piece with the language in force where it stands."""

    def __init__(self, lang: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str, bool]] = [("", lang, False)]  # (tag, lang, inside code)
        self.pieces: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        _, lang, code = self.stack[-1]
        lang = (a.get("lang") or lang).split("-")[0]
        code = code or tag in CODE_TAGS or bool(CODE_CLASSES & set((a.get("class") or "").split()))
        code = code or "hidden" in a or a.get("translate") == "no"
        if tag not in VOID:
            self.stack.append((tag, lang, code))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        _, lang, code = self.stack[-1]
        if not code and data.strip():
            self.pieces.append((lang, data.strip()))


def problems(html: str, lang: str) -> list[str]:
    parser = Visible(lang)
    parser.feed(html)
    found = []
    for where, text in parser.pieces:
        if where != lang:
            continue  # marked as the other language (the official Chinese text, the language switch)
        if lang == "zh":
            for word in LATIN_WORD.findall(QUOTED.sub("", text)):
                word = word.rstrip(".")
                if word not in ALLOWED_LATIN and not EID.match(word) and not HOST.match(word) \
                        and not STANDARD.match(word) and not re.fullmatch(r"[A-Z]\d*", word):
                    found.append(f"{word!r} in {text[:80]!r}")
        else:
            rest = text
            for ok in ALLOWED_HAN:
                rest = rest.replace(ok, "")
            runs = HAN_RUN.findall(rest)
            # an English sentence may quote a Chinese legal term as a gloss (“grade 较大 (larger)”); a text
            # that is Chinese, or holds more than a term of it, is not English
            if runs and (len(re.findall(r"[A-Za-z]{3,}", rest)) < 3 or max(map(len, runs)) > 12):
                found.append(repr(text[:80]))
    return found


def _profile() -> dict:
    return json.loads((EXAMPLES / "profile.json").read_text(encoding="utf-8"))


def _form(profile: dict) -> dict:
    """The assessment form's fields for a profile (what a user would type)."""
    yes_no = {True: "yes", False: "no"}
    data: dict = {"lang": "", "action": "assess", "incidents.stated": "none", "violations.stated": "none"}
    for k, v in profile.items():
        if isinstance(v, bool):
            data[k] = yes_no[v]
        elif isinstance(v, dict):
            for kk, vv in v.items():
                data[f"{k}.{kk}"] = yes_no.get(vv, vv) if isinstance(vv, bool) else str(vv)
        elif k == "domains":
            data["domains"] = v
        elif not isinstance(v, list):
            data[k] = str(v)
    return data


@pytest.fixture(scope="module")
def batch_job(client, tmp_path_factory) -> str:
    """A finished batch job over the example population plus two bad rows."""
    lines = (EXAMPLES / "profiles.jsonl").read_text(encoding="utf-8").splitlines()
    lines += ['{"id": "bad-credit", "credit_code": "91110000MA0000001A"}',
              '{"id": "bad-rate", "indicators": {"equipment_networking_rate": "seventy"}}']
    r = client.post("/batch", files={"file": ("population.jsonl", "\n".join(lines).encode(), "application/x-ndjson")})
    assert r.status_code == 202, r.text
    job = r.json()["id"]
    manager = client.app.state.sfkg.batch_jobs
    assert manager.wait(job, timeout=120).status == "done"
    return job


def _pages(client, batch_job: str, lang: str) -> dict[str, str]:
    """Every kind of page, rendered in ``lang``: name → HTML."""
    out: dict[str, str] = {}
    get = {
        "home": "/ui", "articles": "/ui/articles", "article": "/ui/articles/art_5__item_7",
        "annex-table": "/ui/articles/att_2-1", "kpis": "/ui/articles/att_3", "tables": "/ui/tables",
        "assess-form": "/ui/assess", "records": "/ui/records", "compare-advanced": "/ui/compare",
        "compare-basic": "/ui/compare?level=basic", "ask-examples": "/ui/ask",
        "ask-policy": "/ui/ask?q=电子信息产业的生产设备联网率要求是多少？",
        "ask-case": "/ui/ask?q=我们去年发生了一起一般安全事故，营收约1500万元，能申请基础级吗？",
        "ask-case-en": "/ui/ask?q=We had a general safety accident last year and revenue of about 15 million yuan; "
                       "can we apply for the basic level?",
        "ask-revocation": "/ui/ask?q=我们获得先进级认定后把注册地迁到了河北，会被撤销吗？",
        "ask-not-stated": "/ui/ask?q=How much subsidy do advanced-level smart factories receive?",
        "batch-form": "/ui/batch", "batch-job": f"/ui/batch?job={batch_job}", "reforms": "/ui/reforms",
        "reforms-preset": "/ui/reforms?preset=hypothetical-2027", "sparql": "/sparql",
        "sparql-results": "/sparql?" + urlencode({"query": "SELECT ?s ?label WHERE { ?s "
                                                  "<http://www.w3.org/2000/01/rdf-schema#label> ?label "
                                                  f"FILTER (LANG(?label) = '{lang}') }} LIMIT 20"}),
        "not-found": "/ui/articles/no_such_unit",
    }
    for name, path in get.items():
        sep = "&" if "?" in path else "?"
        r = client.get(f"{path}{sep}lang={lang}", headers={"accept": "text/html"})
        assert r.status_code in (200, 404), (name, r.status_code)
        out[name] = r.text
    profile = _profile()
    not_eligible = {**profile, "maturity_level": 1, "domains": ["production_operation"],
                    "indicators": {**profile["indicators"], "equipment_networking_rate": 60}}
    for name, p, extra in (("assess-result", not_eligible, {}),
                           ("assess-unknown", {"id": "x", "industry_code": "B0610"}, {}),
                           ("assess-error", profile, {"credit_code": "91110000MA0000001A"}),
                           ("assess-error-number", profile, {"indicators.equipment_networking_rate": "seventy"})):
        data = {**_form(p), **extra, "lang": lang}
        out[name] = client.post("/ui/assess", data=data).text
    out["reform-result"] = client.post("/ui/reforms", data={
        "lang": lang, "reform_id": "t", "p.art_5__item_7.minimum_level": "3"}).text
    out["reform-error"] = client.post("/ui/reforms", data={
        "lang": lang, "reform_id": "t", "p.art_5__item_7.minimum_level": "three"}).text
    return out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_speaks_one_language(client, batch_job, lang):
    pages = _pages(client, batch_job, lang)
    found = {name: p for name, html in pages.items() if (p := problems(html, lang))}
    assert not found, "\n".join(f"{name}: {', '.join(sorted(set(p))[:12])}" for name, p in found.items())


def test_the_scan_finds_raw_codes():
    """The checker itself: a code or an English word on a Chinese page is found, an eId in code is not."""
    html = ('<html lang="zh-CN"><p>结论：not_met <code>art_5__item_7</code> <span lang="en">English</span></p>'
            "<p>依据 art_5__item_7：“seventy”不是数字</p><p>credit_code: not a valid code</p></html>")
    assert problems(html, "zh")[:2] == ["'not_met' in '结论：not_met'",
                                         "'credit_code' in 'credit_code: not a valid code'"]
    en = '<html lang="en"><p>Verdict: 不符合</p><p lang="zh-CN">第五条</p></html>'
    assert problems(en, "en") == ["'Verdict: 不符合'"]
    assert not problems('<html lang="en"><p>No accident of grade 较大 (larger) or above</p></html>', "en")


def test_every_chinese_label_in_the_graph_passes_the_scan():
    """Any label may reach a Chinese page (the SPARQL results page shows whichever rows a query returns, in
    no fixed order), so every @zh label of the ontology and shapes is held to the same scan, not a sample."""
    import rdflib
    from rdflib.namespace import RDFS, SKOS

    graph = rdflib.Graph()
    for path in sorted((ROOT / "ontology").rglob("*.ttl")) + sorted((ROOT / "shapes").rglob("*.ttl")):
        graph.parse(path)
    # display labels; altLabels are words to match (acronyms such as MES, OEE among them)
    labels = {str(o) for p in (RDFS.label, SKOS.prefLabel)
              for o in graph.objects(None, p) if getattr(o, "language", None) == "zh"}
    assert len(labels) > 100
    found = [f for label in sorted(labels) for f in problems(f'<html lang="zh-CN"><p>{label}</p></html>', "zh")]
    assert not found, found[:12]


def test_chinese_pages_name_fields_and_errors_in_chinese(client):
    data = {**_form(_profile()), "credit_code": "91110000MA0000001A", "lang": "zh"}
    html = client.post("/ui/assess", data=data).text
    assert "统一社会信用代码" in html and "校验位" in html and "not a valid" not in html


def test_batch_page_shows_the_report_and_the_rejected_rows(client, batch_job):
    zh = client.get(f"/ui/batch?job={batch_job}&lang=zh").text
    assert re.search(r"<main class=.report.>", zh) and "<iframe" not in zh
    assert "bad-credit" in zh and "bad-rate" in zh and "被拒绝的行（2）" in zh
    assert "差一步" in zh  # the near misses' heading, in the page's language
    en = client.get(f"/ui/batch?job={batch_job}&lang=en").text
    assert "Rejected rows (2)" in en and "check character" in en


def test_report_file_is_in_both_languages(client, batch_job):
    html = client.get(f"/batch/{batch_job}/report.html").text
    for zh, en in (("差一步", "Near misses"), ("企业", "profile"), ("还缺什么", "what is missing")):
        assert f'lang="zh-CN">{zh}<' in html and f'lang="en">{en}<' in html
    chinese = re.sub(r"<[^>]+>", " ", re.sub(r'<(t?span) class="l-en" lang="en">[^<]*</\1>', "", html))
    assert "门类 D" in chinese and not re.search(r"section [A-T]\b", chinese)  # D4430 of the examples


def test_reform_page_footer_and_order(client):
    html = client.post("/ui/reforms", data={"lang": "zh", "reform_id": "t",
                                            "p.art_5__item_7.minimum_level": "3"}).text
    assert "Version(" not in html and "ParameterSet" not in html and len(html) < 200_000
    assert html.index('id="reform-result"') < html.index('<details class="parameters')
    from kg_service import __version__

    assert f"sfkg {__version__}" in html


def test_home_lists_every_area_of_the_menu(client):
    from kg_service.web.render import NAV

    html = client.get("/ui?lang=zh").text
    for key, path, _names, _blurb in NAV:
        assert f'data-section="{key}"' in html and f'href="/ui{path}"' in html

