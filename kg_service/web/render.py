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
from kg_service.web import i18n

PREFIX = "/ui"
HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"

NAV = (
    ("articles", "/articles", ("办法条文", "The measures")),
    ("assess", "/assess", ("自评估", "Self-assessment")),
    ("ask", "/ask", ("政策问答", "Ask")),
    ("compare", "/compare", ("对比", "Compare")),
    ("trace", "/records", ("决策追溯", "Decision trace")),
    ("batch", "/batch", ("批量评估", "Batch")),
    ("reform", "/reforms", ("改革情景", "Reforms")),
)


def ui(path: str = "") -> str:
    """A page's address: ``ui("/articles/art_5")`` → ``/ui/articles/art_5``."""
    return PREFIX + path


def article_url(eid: str) -> str:
    return ui(f"/articles/{eid}")


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
    env.globals.update(ui=ui, article_url=article_url, nav=NAV, version=__version__)
    env.filters["num"] = _fmt_number
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
