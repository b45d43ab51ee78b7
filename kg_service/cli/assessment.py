"""``sfkg assess`` and ``sfkg revocation-check``. Imports nothing heavy until run, and never torch."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from kg_service.assessment.levels import LEVELS
from kg_service.cli.common import print_json, service

STATUS_MARK = {"met": "✓", "not_met": "✗", "unknown": "?"}
VERDICT_TEXT = {"eligible": "ELIGIBLE 符合条件", "not_eligible": "NOT ELIGIBLE 不符合条件",
                "undetermined": "UNDETERMINED 待定（资料不足或需专家判断）"}


def register(sub) -> None:
    a = sub.add_parser("assess", help="assess an enterprise profile (JSON, JSON-LD or Turtle)")
    a.add_argument("profile", type=Path, help="PROFILE.json (or .jsonld, .ttl); - reads JSON from stdin")
    a.add_argument("--level", choices=LEVELS, help="one level only (default: both)")
    a.add_argument("--as-of", help="the date the assessment speaks for (YYYY-MM-DD); overrides the profile's")
    a.add_argument("--json", action="store_true", help="print the same JSON as POST /assess")
    a.add_argument("--explain", action="store_true", help="print the cited articles' texts")
    a.add_argument("--lang", choices=["zh", "en"], default="en", help="language of the readable output")
    a.add_argument("--reform", help="a reform file (JSON/YAML) or the id of a shipped reform")
    a.add_argument("--engine", choices=["compiled", "pyshacl"],
                   help="decide with the compiled shapes (default) or pySHACL, the W3C reference "
                        "(--json then adds its validation results, shacl)")
    a.set_defaults(func=cmd_assess)

    r = sub.add_parser("revocation-check", help="which art_12 causes apply to a recognised factory")
    r.add_argument("request", type=Path, help="JSON: {level, recognised_on, events: [{type, date, ...}], as_of?, "
                                              "factory_id?} (README: revocation request; examples/request.json)")
    r.add_argument("--json", action="store_true", help="print the same JSON as POST /revocation-check")
    r.add_argument("--lang", choices=["zh", "en"], default="en", help="language of the readable output")
    r.set_defaults(func=cmd_revocation)


def cmd_assess(args) -> int:
    from kg_service.errors import InputError

    app = service()
    try:
        source = sys.stdin.buffer.read() if str(args.profile) == "-" else args.profile
        profile = app.read_profile(source, "application/json", as_of=args.as_of)
        chosen = app.load_reform(args.reform) if args.reform else None
    except InputError as e:  # a ProfileError is an InputError
        print(f"invalid input: {e.field}: {e.message}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"cannot read {args.profile}: {e}", file=sys.stderr)
        return 2
    # the version in force on as_of (under the reform, if any), named in the answer as by POST /assess
    result = app.assess(profile, args.level, explain=args.json or args.explain, reform=chosen, engine=args.engine)
    if args.json:
        print_json(result)
    else:
        sys.stdout.write(render(result, lang=args.lang, explain=args.explain))
    return 0


def render(result: dict, *, lang: str = "en", explain: bool = False) -> str:
    """Verdict first, then each condition with its status and articles; what is missing under it."""
    lines = [f"profile {result['profile_id']} — as of {result['as_of']} — rules {result['rules_version'][:12]}"]
    if result.get("notice"):
        lines.insert(0, f"NOTICE: {result['notice'][lang]}\n")
    if result.get("measures"):
        m = result["measures"]
        lines.append(f"measures version {m['version']} ({m['in_force_from']} – {m['in_force_to']})"
                     + (f", under reform {result['reform']['id']}" if result.get("reform") else ""))
    for r in result["results"]:
        lines += ["", f"{r['level'].upper()} LEVEL: {VERDICT_TEXT[r['verdict']]}"]
        for c in r["conditions"]:
            lines.append(f"  {STATUS_MARK[c['status']]} {c['id']:<22} {', '.join(c['articles'])}")
            if c["status"] != "met":
                lines.append(f"      {c['message'][lang]}")
                for m in c.get("missing", []):
                    lines.append(f"      → {m[lang]}")
                    for ind in m.get("indicators", []):
                        state = {True: "met", False: f"short by {ind['gap']:g}", None: "unknown"}[ind["met"]]
                        lines.append(f"          {ind['indicator']:<30} {ind['observed']!s:>6} / "
                                     f"{ind['threshold'] if ind['threshold'] is not None else '—'!s:>6}  {state}")
    if explain:
        cited = {c["eid"]: c for r in result["results"] for cd in r["conditions"] for c in cd.get("citations", [])}
        lines += ["", "Cited articles:"]
        for eid, c in cited.items():
            lines += [f"  [{eid}] {c['title'][lang]}", f"    {c['text']['zh']}", f"    {c['text']['en']}"]
    return "\n".join(lines) + "\n"


def cmd_revocation(args) -> int:
    from kg_service.errors import InputError

    try:
        request = json.loads(args.request.read_text(encoding="utf-8"))
        result = service().check_revocation(request)
    except InputError as e:  # the same field and message as the API's 422
        print(f"invalid request: {e.field}: {e.message}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as e:  # unreadable file, not JSON
        print(f"invalid request: (request): {e}", file=sys.stderr)
        return 2
    if args.json:
        print_json(result)
    else:
        sys.stdout.write(render_revocation(result, lang=args.lang))
    return 0


REVOCATION_VERDICT = {"revoke": "REVOKE 撤销认定", "retain": "RETAIN 保留认定",
                      "undetermined": "UNDETERMINED 待定（资料不足）"}
CAUSE_MARK = {"applies": "✗", "does_not_apply": "✓", "unknown": "?", "obligation": "!"}


def render_revocation(result: dict, *, lang: str = "en") -> str:
    """Verdict first, then each art_12 cause with its status (and why, where it applies or is unknown)."""
    lines = [f"{REVOCATION_VERDICT[result['verdict']]} — {result['level']} level recognised on "
             f"{result['recognised_on']}, as of {result['as_of']}"
             + (f" — factory {result['factory_id']}" if result.get("factory_id") else "")]
    for c in result["causes"] + result.get("obligations", []):
        title = next((x["title"][lang] for x in c.get("citations", []) if x["eid"] == c["cause"]), "")
        lines.append(f"  {CAUSE_MARK.get(c['status'], ' ')} {c['cause']:<16} {c['status']:<15} {title}")
        if c["message"].get(lang):
            lines.append(f"      {c['message'][lang]}")
    return "\n".join(lines) + "\n"
