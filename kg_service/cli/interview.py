"""``sfkg interview``: the guided interview in the terminal, one question at a time (``POST /interview``'s
steps through the same use case). Answer "?" or nothing for "we do not know"; "say: words" states facts
in a sentence instead. ``--json``: for scripts — each step's JSON on one line of stdout, each answer a JSON
value on one line of stdin (null or an empty line: unknown), until the interview is done."""
from __future__ import annotations

import json
import sys
import textwrap
from datetime import date
from pathlib import Path

from kg_service.assessment.levels import LEVELS
from kg_service.cli.common import print_json, service

UNKNOWN_WORDS = {"", "?", "？", "unknown", "不知道", "不清楚"}
YES = {"y", "yes", "true", "1", "是", "有", "对", "是的"}
NO = {"n", "no", "false", "0", "否", "没有", "无", "不是"}
NONE = {"none", "无", "没有", "[]"}
SAY = ("say:", "说：", "说:")
VERDICT = {"eligible": ("符合条件", "ELIGIBLE"), "not_eligible": ("不符合条件", "NOT ELIGIBLE"),
           "undetermined": ("待定（资料不足或需专家判断）",
                            "UNDETERMINED (not enough information, or expert judgement)")}
MARK = {"met": "✓", "not_met": "✗", "unknown": "?"}


def register(sub) -> None:
    a = sub.add_parser("interview", help="the guided interview: one question at a time, until the verdict is decided")
    a.add_argument("--level", choices=LEVELS, default="basic", help="the level applied for (default basic)")
    a.add_argument("--as-of", type=date.fromisoformat, help="the date the assessment speaks for (default today)")
    a.add_argument("--facts", type=Path, help="a JSON file of facts known already (a partial EnterpriseProfile)")
    a.add_argument("--say", help="facts stated in words, read first (Chinese or English)")
    a.add_argument("--lang", choices=["zh", "en"], default="zh", help="the language of the questions")
    a.add_argument("--json", action="store_true", help="script mode: step JSON out, answers (JSON values) in")
    a.set_defaults(func=cmd_interview)


class Unreadable(ValueError):
    pass


def parse(answer: str, q: dict):
    """An answer typed for question ``q``: the value to set (raises Unreadable)."""
    text = answer.strip()
    kind, choices = q["kind"], q.get("choices") or []
    low = text.lower()
    if kind == "boolean":
        if low in YES:
            return True
        if low in NO:
            return False
        raise Unreadable("yes or no (是 / 否)")
    if kind in ("number", "integer"):
        try:
            v = float(text.rstrip("%％"))
        except ValueError as e:
            raise Unreadable("a number") from e
        if kind == "integer":
            if not v.is_integer():
                raise Unreadable("a whole number")
            return int(v)
        return int(v) if v.is_integer() else v
    if kind == "date":
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError as e:
            raise Unreadable("a date YYYY-MM-DD") from e
    if kind == "enum":
        return _choice(text, choices)
    if kind == "list":
        if low in NONE:
            return []
        if q.get("item"):
            try:
                value = json.loads(text)
            except ValueError as e:
                raise Unreadable('"none", or a JSON list of records such as '
                                 '[{"kind": "safety", "grade": "general", "date": "2025-03-01"}]') from e
            if not isinstance(value, list):
                raise Unreadable("a JSON list")
            return value
        return [_choice(p, choices) for p in text.replace("，", ",").replace("、", ",").split(",") if p.strip()]
    return text


def _choice(text: str, choices: list[str]) -> str:
    text = text.strip()
    if text.isdigit() and 1 <= int(text) <= len(choices):
        return choices[int(text) - 1]
    if text in choices:
        return text
    raise Unreadable(f"one of 1-{len(choices)} or {', '.join(choices)}")


def drop_path(facts: dict, path: str) -> None:
    *parents, leaf = path.split(".")
    node = facts
    for p in parents:
        node = node.get(p) or {}
    node.pop(leaf, None)


def show(q: dict, lang: str) -> str:
    lines = [q["question"][lang]]
    for n, c in enumerate(q.get("choices") or [], 1):
        lines.append(f"  {n}. {(q.get('labels') or {}).get(c, {}).get(lang, c)} ({c})")
    for i in q.get("item") or []:
        lines.append(f"  - {i['field']}: {i['kind']}" + (f" ({', '.join(i['choices'])})" if i["choices"] else ""))
    why = q["why"]
    lines += textwrap.wrap(("为什么问：" if lang == "zh" else "Why we ask: ") + why["text"][lang], width=100,
                           initial_indent="  ", subsequent_indent="  ")
    return "\n".join(lines)


def summary(step: dict, lang: str) -> str:
    zh, en = VERDICT[step["verdict"]]
    head = "结论" if lang == "zh" else "Verdict"
    lines = [f"{head} ({step['level']}, {step['as_of']}): {zh if lang == 'zh' else en}"]
    for d in step["decided"]:
        label = (d.get("label") or {}).get(lang, d["condition"])
        lines.append(f"  {MARK[d['status']]} {label}  [{', '.join(d['articles'])}]")
    return "\n".join(lines) + "\n"


def cmd_interview(args) -> int:
    from kg_service.assessment.profile import put_field
    from kg_service.errors import InputError

    s = service()
    facts: dict = {}
    if args.facts:
        try:
            facts = json.loads(args.facts.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            print(f"sfkg interview: cannot read {args.facts}: {e}", file=sys.stderr)
            return 2
    unknown: list[str] = []
    say = args.say
    tty = sys.stdin.isatty() and not args.json
    while True:
        body = {"facts": facts, "unknown": unknown, "level": args.level,
                **({"as_of": args.as_of.isoformat()} if args.as_of else {}), **({"say": say} if say else {})}
        try:
            step = s.interview(body)
        except InputError as e:
            if say is not None:
                print(f"{e.field}: {e.message}", file=sys.stderr)
                say = None
                continue
            print(f"sfkg interview: {e.field}: {e.message}", file=sys.stderr)
            return 2
        say = None
        facts, unknown = step["facts"], step["unknown"]
        if args.json:
            print(json.dumps(step, ensure_ascii=False), flush=True)
        elif step["spans"]:
            read = "; ".join(f"{k} = {json.dumps(_at(facts, k), ensure_ascii=False)} «{w}»"
                             for k, w in step["spans"].items())
            print(("读到：" if args.lang == "zh" else "Read: ") + read)
        q = step["next"]
        if step["done"] or q is None:
            if not args.json:
                sys.stdout.write(summary(step, args.lang))
            return 0
        while True:
            if not args.json:
                print(show(q, args.lang))
            line = input("> " if tty else "") if tty else sys.stdin.readline()
            if not tty and line == "":  # end of input: the verdict so far
                if args.json:
                    print_json(step)
                else:
                    sys.stdout.write(summary(step, args.lang))
                return 0
            line = line.rstrip("\n")
            if line.strip().startswith(SAY):
                say = line.strip().split(":", 1)[-1].split("：", 1)[-1].strip()
                break
            try:
                value = json.loads(line) if args.json and line.strip() else parse(line, q) \
                    if line.strip() not in UNKNOWN_WORDS else None
            except (Unreadable, ValueError) as e:
                print(("请回答：" if args.lang == "zh" else "Please answer: ") + str(e), file=sys.stderr)
                continue
            if value is None:
                unknown.append(q["field"])
                break
            put_field(facts, q["field"], value)
            try:  # a value the profile refuses (a level of 9) is asked again, not carried on
                s.interview({"facts": facts, "unknown": unknown, "level": args.level,
                             **({"as_of": args.as_of.isoformat()} if args.as_of else {})})
            except InputError as e:
                drop_path(facts, q["field"])
                print(f"{e.message}", file=sys.stderr)
                if not tty and args.json:
                    return 2
                continue
            break


def _at(facts: dict, path: str):
    node = facts
    for p in path.split("."):
        node = node.get(p) if isinstance(node, dict) else None
    return node
