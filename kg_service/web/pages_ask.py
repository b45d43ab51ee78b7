"""Ask: a policy question, its answer and the units it cites (the API's question engine)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import HTMLResponse

from kg_service.questions.limits import MAX_GET_CHARS
from kg_service.service import Service
from kg_service.web import facts as facts_view
from kg_service.web.deps import LangDep, ServiceDep
from kg_service.web.render import page

router = APIRouter()

EXAMPLES = (
    "电子信息产业的生产设备联网率要求是多少？",
    "什么情况下会被撤销智能工厂称号？",
    "基础级智能工厂由谁备案管理？",
    "How long are these measures valid?",
    "Who interprets these measures?",
)


@router.get("/ask")
def ask(request: Request, s: ServiceDep, lang: LangDep, q: Annotated[str, Query()] = "",
        k: Annotated[int, Query()] = 5) -> HTMLResponse:
    q, k = q.strip(), min(max(k, 1), 20)
    error = None
    answer = None
    if len(q) > MAX_GET_CHARS:
        error = {"zh": f"问题过长（最多 {MAX_GET_CHARS} 字）",
                 "en": f"The question is too long ({MAX_GET_CHARS} characters at most)"}
    elif q:
        answer = s.ask_with_lead(q, k)  # with its first sentence, as told: set apart on the page
    facts = facts_view.View(words(s), lang).rows(answer["facts"]) if answer and answer.get("facts") else []
    return page(request, "ask.html", lang=lang, section="ask", status=422 if error else 200,
                title={"zh": "政策问答", "en": "Ask"}[lang], q=q, answer=answer, error=error,
                examples=EXAMPLES, facts=facts, max_chars=MAX_GET_CHARS)


def words(s: Service) -> facts_view.Words:
    """The labels the facts are named by: profile fields and enumerated values (the graph's, as the
    assessment form has them), conditions (the rules'), units (their titles)."""
    def build() -> facts_view.Words:
        from kg_service.web import form
        from kg_service.web.pages_assess import choices, form_source, groups

        c = choices(s)
        return facts_view.Words(fields=form.field_labels(groups(s), form_source(s)),
                                values={**c.DOMAINS, **c.INCIDENT_GRADES, **c.INCIDENT_KINDS},
                                conditions=s.condition_labels(),
                                units={a["eid"]: a["title"] for a in _units(s.article_tree())})
    return s.get("web.facts_words", build)


def _units(tree: list[dict]):
    for node in tree:
        yield node
        yield from _units(node.get("children") or [])
