"""Templates: one Jinja2 environment, and ``page`` to render one with what every page needs."""
from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from kg_service import __version__
from kg_service.web import i18n, terms

PREFIX = "/ui"
HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"

# The menu, in order: (key, path, name, what the home page says of it). The home page lists every area
# the menu has, from this one list.
NAV = (
    ("articles", "/articles", ("办法条文", "The measures"),
     ("%(units)d 个条款单元，附件中的指标参考表", "%(units)d units, with the annexes' reference tables")),
    ("assess", "/assess", ("自评估", "Self-assessment"),
     ("基础级、先进级条件逐项判断，并指出缺什么", "Each basic- and advanced-level condition, and what is missing")),
    ("interview", "/interview", ("引导式自评", "Guided interview"),
     ("一次一个问题，只问能改变结论的事项", "One question at a time, only what can still change the verdict")),
    ("ask", "/ask", ("政策问答", "Ask"),
     ("中文或英文提问，答案附引用条款", "Ask in Chinese or English; answers cite the units")),
    ("compare", "/compare", ("对比", "Compare"),
     ("北京与工信部、江苏的认定要求逐项对比", "Beijing against the MIIT and Jiangsu schemes")),
    ("trace", "/records", ("决策追溯", "Decision trace"),
     ("评审人员凭 API 密钥查看已记录的评估", "Reviewers look up a recorded assessment with their API key")),
    ("batch", "/batch", ("批量评估", "Batch"),
     ("上传企业资料表（JSONL、CSV、XLSX），逐一评估并生成报告",
      "Upload a file of profiles (JSONL, CSV, XLSX): each assessed, with a report")),
    ("reform", "/reforms", ("改革情景", "Reforms"),
     ("修改规则参数，看哪些企业的认定结果会改变", "Change the rules' parameters and see whose verdict changes")),
)


def ui(path: str = "") -> str:
    """A page's address: ``ui("/articles/art_5")`` → ``/ui/articles/art_5``."""
    return PREFIX + path


def article_url(eid: str) -> str:
    return ui(f"/articles/{eid}")


def _lead(answer: dict[str, Any]) -> tuple[str, str]:
    """An answer as (its first sentence, the rest): the lead it carries (``Service.ask_with_lead``: the
    verdict of a stated case, the fact asked for), which the page sets apart from its reasons."""
    text, lead = answer.get("answer") or "", answer.get("lead") or ""
    if not lead or not text.startswith(lead) or len(lead) >= len(text):
        return text, ""
    return lead, text[len(lead):].lstrip()


def _fmt_number(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _when(value: Any) -> str:
    """An ISO timestamp to the second, in UTC: ``2026-11-25T01:29:27.08+00:00`` → ``2026-11-25 01:29:27 UTC``."""
    try:
        t = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value or "")
    if t.tzinfo is not None:
        t = t.astimezone(UTC)
    return t.strftime("%Y-%m-%d %H:%M:%S") + (" UTC" if t.tzinfo is not None else "")


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(ui=ui, article_url=article_url, nav=NAV, sfkg_version=__version__, terms=terms,
                       in_words=lambda text: text)  # pages that know the field labels pass their own
    env.filters["num"] = _fmt_number
    env.filters["lead"] = _lead
    env.filters["when"] = _when
    env.filters["pretty_json"] = lambda v: json.dumps(v, ensure_ascii=False, indent=2)
    return env


def page(request: Request, template: str, *, lang: i18n.Lang, status: int = 200, section: str = "",
         title: str = "", switch_form: str | None = None, remember: bool = False, **context: Any) -> HTMLResponse:
    """Render ``template``; remember a language asked for explicitly in the cookie.

    ``switch_form``: on a page that answers a POST, the language switch submits the page's form of
    this id again (what was typed, and the result, stay on screen) instead of linking to the page.
    ``remember``: the language was chosen in the form posted (``?lang=`` is seen here).
    """
    t = i18n.Translator(lang)
    html = environment().get_template(template).render(
        request=request, lang=lang, t=t, pick=t.pick, section=section, title=title,
        switch={code: i18n.switch_url(request.url, code) for code in i18n.LANGS},
        switch_form=switch_form, **context)
    response = HTMLResponse(html, status_code=status)
    response.headers["Content-Language"] = "zh-CN" if lang == "zh" else "en"
    if (remember or i18n.requested(request)) and request.cookies.get(i18n.COOKIE) != lang:
        response.set_cookie(i18n.COOKIE, lang, max_age=i18n.COOKIE_MAX_AGE, path="/", samesite="lax")
    return response
