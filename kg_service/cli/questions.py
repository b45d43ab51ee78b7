"""``sfkg ask "QUESTION"``: the answer, then the cited units. Loads the model only when run."""
from __future__ import annotations

import argparse
import json
import sys
import textwrap
from datetime import date

from kg_service.cli.common import print_json, service


def register(sub) -> None:
    a = sub.add_parser("ask", help="ask a policy question, Chinese or English")
    a.add_argument("question", help='e.g. "电子信息产业的生产设备联网率要求是多少？"')
    a.add_argument("--k", type=_k, default=5, help="how many citations (1-20, default 5)")
    a.add_argument("--as-of", type=date.fromisoformat, help="date for relative answers (YYYY-MM-DD; default today)")
    a.add_argument("--reform", help="the id of a shipped reform (GET /reforms): a case the question states "
                                    "is decided under it")
    a.add_argument("--json", action="store_true", help="print the same JSON as GET /ask")
    a.set_defaults(func=cmd_ask)


def _k(value: str) -> int:
    k = int(value)
    if not 1 <= k <= 20:
        raise argparse.ArgumentTypeError("k must be between 1 and 20")
    return k


def cmd_ask(args) -> int:
    if not args.question.strip():
        print("the question is empty", file=sys.stderr)
        return 2
    # lazy: the model loads only if this question needs it (English, or a near-tie in Chinese)
    from kg_service.errors import InputError

    try:
        result = service().ask(args.question, args.k, as_of=args.as_of, reform=getattr(args, "reform", None))
    except InputError as e:  # an unknown reform: the same field and message as the API's 422
        print(f"{e.field}: {e.message}", file=sys.stderr)
        return 2
    if args.json:
        print_json(result)
    else:
        sys.stdout.write(render(result))
    return 0


def render(result: dict) -> str:
    lines = [result["answer"], ""]
    facts = result.get("facts") or {}
    read = facts.get("profile") or facts.get("events")
    if read:  # what the question was read as stating, so the asker can check it
        lines[1:1] = [f"(read from the question: {json.dumps(read, ensure_ascii=False)})"]
    for n, c in enumerate(result["citations"], 1):
        how = "see also" if c.get("see_also") else f"score {c['score']:.2f}"
        lines.append(f"[{n}] {c['eid']}  {c.get('title', '')}  ({how})")
        lines += textwrap.wrap(c["text"], width=100, initial_indent="    ", subsequent_indent="    ") or [""]
    return "\n".join(lines).rstrip() + "\n"
