"""The tools: each a thin call of a use case of the application layer, answering the JSON the matching HTTP
route answers (structured content) and a short text an assistant can read or quote.

A tool's arguments are validated by its model (``kg_service.mcp.inputs``) and bounded in size like the
route's body (``kg_service.input_limits``); every input error is raised as the capabilities raise it, an
``InputError`` naming the field, which the server turns into a tool error (``isError``)."""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from kg_service import input_limits
from kg_service.errors import InputError, PayloadTooLarge
from kg_service.mcp import inputs

if TYPE_CHECKING:
    from kg_service.service import Service

MAX_ARGS_BYTES = 64 * input_limits.KIB  # a tool without a route bound of its own (the API's default body bound)


@dataclass(frozen=True)
class Tool:
    name: str
    title: str
    description: str
    args: type[BaseModel]
    run: Callable[[Service, Any], dict]
    text: Callable[[dict], str]
    output: Callable[[], type[BaseModel]] | None = None  # the answer's model, imported only when listed
    max_bytes: Callable[[Service], int] = lambda _s: MAX_ARGS_BYTES

    def parse(self, service: Service, arguments: dict[str, Any] | None) -> Any:
        """The validated arguments; an InputError naming the field (dotted path) otherwise."""
        raw = arguments or {}
        try:
            text = json.dumps(raw, ensure_ascii=False, default=str).encode("utf-8", "surrogatepass")
        except (RecursionError, ValueError) as e:
            raise InputError("(arguments)", f"not JSON the tool can read: {str(e)[:100]}") from e
        bound = self.max_bytes(service)
        # a profile is MAX_JSON_DEPTH deep at most, one level under the arguments
        input_limits.check_json_depth(text, "(arguments)", input_limits.MAX_JSON_DEPTH + 1)
        if len(text) > bound:
            raise PayloadTooLarge("(arguments)", f"the arguments are larger than {bound // input_limits.KIB} KiB, "
                                                 f"the bound of this tool")
        if where := input_limits.non_finite(raw):
            raise InputError(where, "must be a finite number (NaN and Infinity are not numbers in JSON)")
        try:
            return self.args.model_validate(raw)
        except ValidationError as e:
            err = e.errors()[0]
            where = ".".join(str(p) for p in err["loc"]) or "(arguments)"
            raise InputError(where[:200], err["msg"]) from e


def _in(prefix: str, e: InputError) -> InputError:
    """An error of a part of the arguments, named from the arguments' top (``profile.maturity_level``)."""
    field = prefix if e.field in ("(profile)", "(body)") else f"{prefix}.{e.field}"
    return type(e)(field, e.message) if type(e).__init__ is InputError.__init__ else InputError(field, e.message)


# ---- assess ---------------------------------------------------------------------------------------------
def assess(s: Service, a: inputs.AssessArgs) -> dict:
    """POST /assess: the body is the profile, or ``{"profile", "reform"}`` with a reform object; a shipped
    reform by id as the route's query parameter; as_of overrides the profile's (as ``sfkg assess --as-of``)."""
    reform_id = a.reform if isinstance(a.reform, str) else None
    body: Any = a.profile if a.reform is None or reform_id else {
        "profile": a.profile, "reform": a.reform.model_dump(exclude_none=True)}
    raw = json.dumps(body, ensure_ascii=False).encode()
    try:
        profile, chosen = s.read_assess_request(raw, "application/json", reform_id)
    except InputError as e:
        raise e if e.field == "reform" or e.field.startswith("reform.") else _in("profile", e) from e
    if a.as_of is not None:
        try:
            profile = s.read_profile(json.dumps({**profile, "as_of": a.as_of.isoformat()}).encode(), as_of=None)
        except InputError as e:
            raise e if e.field == "as_of" else _in("profile", e) from e
    return s.assess(profile, a.level, reform=chosen)


def assess_text(r: dict) -> str:
    lines = []
    if r.get("notice"):
        lines.append(f"NOTICE: {r['notice']['en']} / {r['notice']['zh']}")
    head = f"profile {r['profile_id']}, as of {r['as_of']}"
    if r.get("measures"):
        head += f", measures version {r['measures']['version']}"
    if r.get("reform"):
        head += f", under reform {r['reform']['id']}"
    lines.append(head)
    for res in r["results"]:
        lines.append(f"{res['level']} level: {res['verdict']}")
        for c in res["conditions"]:
            if c["status"] != "met":
                lines.append(f"  - {c['id']} {c['status']} [{', '.join(c['articles'])}]: {c['message']['en']} "
                             f"/ {c['message']['zh']}")
    return "\n".join(lines)


# ---- ask ------------------------------------------------------------------------------------------------
def ask(s: Service, a: inputs.AskArgs) -> dict:
    return s.ask(a.question, a.k, as_of=a.as_of, reform=a.reform)


def ask_text(r: dict) -> str:
    lines = [r["answer"]]
    if r["citations"]:
        lines.append("")
        lines.append("Cited units (eId, title, text):" if r.get("addressed", True) else "See also:")
        lines += [f"[{c['eid']}] {c.get('title', '')}: {c['text']}" for c in r["citations"]]
    return "\n".join(lines)


# ---- interview ------------------------------------------------------------------------------------------
def interview(s: Service, a: BaseModel) -> dict:
    return s.interview(a)


def interview_text(r: dict) -> str:
    lines = [f"{r['level']} level: {r['verdict']}" + (" (final)" if r["done"] else " so far")]
    if r.get("notice"):
        lines.append(f"NOTICE: {r['notice']['en']}")
    for d in r["decided"]:
        if d["status"] != "met":
            lines.append(f"  - {d['condition']} {d['status']} [{', '.join(d['articles'])}]")
    nxt = r.get("next")
    if nxt:
        choices = f" (choices: {', '.join(nxt['choices'])})" if nxt.get("choices") else ""
        lines.append(f"next: set facts.{nxt['field']} ({nxt['kind']}){choices}, or add it to unknown — "
                     f"{nxt['question']['en']} / {nxt['question']['zh']}")
        lines.append(f"  why: {nxt['why']['condition']} [{', '.join(nxt['why']['articles'])}]")
    return "\n".join(lines)


def _interview_args() -> type[BaseModel]:
    from kg_service.interview.models import InterviewIn

    return InterviewIn


def _interview_out() -> type[BaseModel]:
    from kg_service.interview.models import InterviewOut

    return InterviewOut


# ---- the measures ---------------------------------------------------------------------------------------
def article(s: Service, a: inputs.ArticleArgs) -> dict:
    from kg_service.service import NotFound

    unit = s.article(a.eid)
    if unit is None:
        raise NotFound(f"no unit with eId '{a.eid}' (units are named as in the contract's eids.md, "
                       "e.g. art_5__item_7, att_2-1__row_3)")
    return unit.as_dict()


def article_text(r: dict) -> str:
    out = f"[{r['eid']}] {r['title']['zh']} / {r['title']['en']}\n{r['text']['zh']}\n{r['text']['en']}"
    return out + (f"\nchildren: {', '.join(r['children'])}" if r.get("children") else "")


def thresholds(s: Service, a: inputs.ThresholdsArgs) -> dict:
    from kg_service.industry import IndustryCode

    return s.thresholds(IndustryCode.parse(a.industry, field="industry"))


def thresholds_text(r: dict) -> str:
    head = f"{r['industry']} ({r['division']['label']['en']}, {r['group']['label']['en']}): {r['row']}"
    return head + "\n" + "\n".join(f"  {t['label']['en']} / {t['label']['zh']} {t['comparison']} {t['value']:g} "
                                   f"{t['unit']}" for t in r["thresholds"])


def compare(s: Service, a: inputs.CompareArgs) -> dict:
    return s.compare(a.level, a.schemes).model_dump(mode="json")


def compare_text(r: dict) -> str:
    from kg_service.comparison.models import ComparisonOut
    from kg_service.comparison.render import markdown

    return markdown(ComparisonOut.model_validate(r), "en")


def parameters(s: Service, a: inputs.ParametersArgs) -> dict:
    return s.parameters(a.version, a.reform)


def parameters_text(r: dict) -> str:
    head = f"parameters of version {r['version']}" + (f" under reform {r['reform']['id']}" if r.get("reform") else "")
    return head + "\n" + "\n".join(f"  {p['id']} = {p['value']} {p['unit']} ({p['label']['en']}; "
                                   f"cites {', '.join(p['cites'])})" for p in r["parameters"])


def versions(s: Service, _a: inputs.NoArgs) -> dict:
    return s.versions()


def versions_text(r: dict) -> str:
    return "\n".join(f"{v['id']}: {v['title']['zh']} / {v['title']['en']}, in force {v['in_force_from']} to "
                     f"{v['in_force_to']}" for v in r["versions"])


def reform_impact(s: Service, a: BaseModel) -> dict:
    request = {"reform": a.reform.model_dump(exclude_none=True), "profiles": a.profiles,
               **({"level": a.level} if a.level is not None else {})}
    return s.reform_impact(request)


def reform_impact_text(r: dict) -> str:
    lines = [f"{r['profiles']} profiles, {len(r['changed'])} verdicts changed"]
    for level, s in r["summary"].items():
        lines.append(f"  {level}: before {s['before']}, after {s['after']}")
    lines += [f"  {c['profile_id']} {c['level']}: {c['before']} → {c['after']} ({', '.join(c['conditions'])})"
              for c in r["changed"][:20]]
    return "\n".join(lines)


def _impact_args() -> type[BaseModel]:
    from kg_service.time.models import ImpactIn

    return ImpactIn


def _assessment_out() -> type[BaseModel]:
    from kg_service.assessment.models import AssessmentResult

    return AssessmentResult


def _ask_out() -> type[BaseModel]:
    from kg_service.questions.models import AskOut

    return AskOut


READ_ONLY = "Reads the measures only; changes nothing."
CITES = "Every condition cites the units (eIds) it rests on; read them with the article tool or sfkg://articles/{eid}."


MINIMUM_MET = "att_2__sec_2.minimum_met"  # the parameter: indicators the advanced level needs reached
ROW_PARAMETER = "att_2-1__row_"  # att_2-1__row_<n>.<indicator>: a row's threshold of an indicator


def thresholds_description(service: Service) -> str:
    """The thresholds tool's description, its numbers read from the parameters in force (GET /parameters):
    how many indicators att_2-1 sets and how many of them the advanced level needs reached — a new value
    of the parameter is a new description, not a new string here."""
    params = service.parameters()
    by_id = {p["id"]: p for p in params["parameters"]}
    indicators = {pid.split(".", 1)[1] for pid in by_id if pid.startswith(ROW_PARAMETER) and "." in pid}
    need = by_id.get(MINIMUM_MET)
    rule = (f"the advanced level needs at least {need['value']} of the {len(indicators)} reached (parameter "
            f"{MINIMUM_MET}, {need['cites'][0]}, version {params['version']})" if need is not None else
            "the advanced level needs some of them reached (GET /parameters)")
    return (f"The att_2-1 thresholds of the {len(indicators)} indicators for an industry (GB/T 4754-2017 code, "
            f"e.g. C3911): {rule}.")


def tools(service: Service) -> list[Tool]:
    from kg_service.interview.models import InterviewIn
    from kg_service.time.models import ImpactIn

    return [
        Tool("assess", "Assess an enterprise profile",
             "Whether a factory is eligible for Beijing smart-factory recognition (basic and/or advanced level, "
             "京经信发〔2025〕22号): the verdict per level and each condition's status (met, not_met, unknown) with "
             f"what was observed and required. The same answer as POST /assess. {CITES}",
             inputs.AssessArgs, assess, assess_text, _assessment_out, lambda _s: input_limits.MAX_PROFILE_BYTES),
        Tool("ask", "Ask a policy question",
             "A question about the measures in Chinese or English, answered from the knowledge graph with the "
             "units that state the answer (eId, title, text), best first; addressed=false when the measures do "
             "not state it. A question that states the asker's case also answers facts (what was read, and what "
             "the rules decided). The same answer as GET /ask.",
             inputs.AskArgs, ask, ask_text, _ask_out, lambda _s: input_limits.MAX_QUESTION_BYTES),
        Tool("interview", "Guided eligibility interview, one step",
             "One step of the guided interview (POST /interview): give the facts known so far (a partial "
             "EnterpriseProfile), the fields the enterprise does not know, the level, optionally words to read "
             "(say); answers the verdict so far, what is decided, and the next question (a field to set in facts, "
             "or to add to unknown). Call again with the answer until done is true; the verdict then equals assess.",
             InterviewIn, interview, interview_text, _interview_out, lambda _s: input_limits.MAX_PROFILE_BYTES),
        Tool("article", "Read one unit of the measures",
             f"The text (Chinese and English) of one unit of the measures or their annexes by eId, with its parent "
             f"and children: quote it when you cite it. {READ_ONLY}",
             inputs.ArticleArgs, article, article_text),
        Tool("thresholds", "Indicator thresholds for an industry", thresholds_description(service),
             inputs.ThresholdsArgs, thresholds, thresholds_text),
        Tool("compare", "Compare with the national and peer schemes",
             "Beijing's measures against the national MIIT scheme and Jiangsu, point by point, each fact with its "
             "citations or sources and Beijing's relation to the other scheme. The same answer as GET /compare.",
             inputs.CompareArgs, compare, compare_text),
        Tool("parameters", "The rules' parameters",
             "Every number and date of the rules (thresholds, minimum maturity level, look-back years, the period "
             "in force …) with its unit, citation and validity, for a version or under a shipped reform.",
             inputs.ParametersArgs, parameters, parameters_text),
        Tool("versions", "Versions of the measures",
             "The versions of the measures with their periods in force: an assessment applies the version in "
             "force on its as_of.", inputs.NoArgs, versions, versions_text),
        Tool("reform_impact", "Impact of a reform on a population",
             "Which profiles of a population change verdict under a reform (new parameter values), and through "
             "which conditions; the summary counts verdicts before and after. The same answer as "
             "POST /reforms/impact.",
             ImpactIn, reform_impact, reform_impact_text, None, lambda s: s.settings.batch_max_bytes),
    ]
