"""``sfkg parameters``, ``sfkg versions``, ``sfkg diff FROM TO`` and ``sfkg reform impact REFORM PROFILES``.
Never imports torch or the web stack."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from kg_service.assessment.levels import LEVELS
from kg_service.cli.common import print_json, service


def register(sub) -> None:
    p = sub.add_parser("parameters", help="every number and date of the rules, with citation and validity")
    p.add_argument("--version", help="a version id (default: the latest)")
    p.add_argument("--reform", help="a reform file or the id of a shipped reform")
    p.add_argument("--json", action="store_true", help="the same JSON as GET /parameters")
    p.set_defaults(func=cmd_parameters)

    v = sub.add_parser("versions", help="the versions of the measures with their periods in force")
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=cmd_versions)

    d = sub.add_parser("diff", help="units, parameters and conditions that differ between FROM and TO")
    d.add_argument("frm", metavar="FROM", help="a version id")
    d.add_argument("to", metavar="TO", help="a version id, a shipped reform id or a reform file")
    d.add_argument("--json", action="store_true", help="the same JSON as GET /versions/diff")
    d.set_defaults(func=cmd_diff)

    r = sub.add_parser("reform", help="reforms: changed parameters and their impact")
    rs = r.add_subparsers(dest="reform_command", required=True)
    i = rs.add_parser("impact", help="which profiles change verdict under a reform")
    i.add_argument("reform", help="a reform file (JSON/YAML) or the id of a shipped reform")
    i.add_argument("profiles", type=Path, help="profiles: .jsonl (one a line) or .json (an array)")
    i.add_argument("--level", choices=LEVELS)
    i.add_argument("--json", action="store_true", help="the same JSON as POST /reforms/impact")
    i.set_defaults(func=cmd_impact)


def _run(fn):
    from kg_service.errors import InputError

    try:
        return fn()
    except InputError as e:
        print(f"invalid input: {e.field}: {e.message}", file=sys.stderr)
        return None


def cmd_parameters(args) -> int:
    app = service()
    out = _run(lambda: app.parameters(args.version, reform=app.load_reform(args.reform) if args.reform else None))
    if out is None:
        return 2
    if args.json:
        print_json(out)
        return 0
    under = f" under reform {out['reform']['id']}" if out.get("reform") else ""
    print(f"parameters of version {out['version']}{under}")
    for p in out["parameters"]:
        print(f"  {p['id']:<45} {p['value']!s:>12} {p['unit'] or '':<10} {', '.join(p['cites']):<16} "
              f"{p['valid_from']} – {p['valid_to']}  {p['label'].get('en', '')}")
    return 0


def cmd_versions(args) -> int:
    out = service().versions()
    if args.json:
        print_json(out)
    else:
        for v in out["versions"]:
            print(f"{v['id']}  {v['iri']}  published {v['published']}, "
                  f"in force {v['in_force_from']} – {v['in_force_to']}")
    return 0


def cmd_diff(args) -> int:
    app = service()
    out = _run(lambda: app.versions_diff(args.frm, args.to,
                                         app.load_reform(args.to) if Path(args.to).is_file() else None))
    if out is None:
        return 2
    if args.json:
        print_json(out)
        return 0
    u = out["units"]
    print(f"from {out['from']['version']} to {out['to']['version']}"
          + (f" under reform {out['to']['reform']['id']}" if out["to"].get("reform") else ""))
    print(f"units: {len(u['added'])} added {u['added']}, {len(u['removed'])} removed {u['removed']}, "
          f"{len(u['changed'])} changed")
    for c in u["changed"]:
        for lang, text in c["diff"].items():
            print(f"--- {c['eid']} [{lang}]\n{text}")
    print(f"parameters changed: {len(out['parameters'])}")
    for p in out["parameters"]:
        print(f"  {p['id']:<45} {p['from']!s:>12} → {p['to']!s:<12} {p['unit'] or ''}")
    print(f"conditions touched: {len(out['conditions'])}")
    for c in out["conditions"]:
        print(f"  {c['id']:<22} by {', '.join(c['parameters'])}")
    return 0


def read_profiles(path: Path) -> list:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    data = json.loads(text)
    return data if isinstance(data, list) else data.get("profiles", [])


def cmd_impact(args) -> int:
    app = service()
    try:
        profiles = read_profiles(args.profiles)
    except (OSError, ValueError) as e:
        print(f"cannot read {args.profiles}: {e}", file=sys.stderr)
        return 2
    out = _run(lambda: app.impact_of(app.load_reform(args.reform), profiles, args.level))
    if out is None:
        return 2
    if args.json:
        print_json(out)
        return 0
    print(f"reform {out['reform']['id']}: {out['reform']['label']['en']}\n{out['profiles']} profiles\n")
    verdicts = ("eligible", "not_eligible", "undetermined")
    print(f"  {'level':<9} {'verdict':<13} {'before':>7} {'after':>7} {'change':>7}")
    for lvl, s in out["summary"].items():
        for v in verdicts:
            before, after = s["before"].get(v, 0), s["after"].get(v, 0)
            print(f"  {lvl:<9} {v:<13} {before:>7} {after:>7} {after - before:>+7}")
    print(f"\n{len(out['changed'])} verdict changes:")
    for c in out["changed"]:
        print(f"  {c['profile_id']:<30} {c['level']:<9} {c['before']} → {c['after']}  via {', '.join(c['conditions'])}")
    return 0
