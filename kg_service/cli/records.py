"""``sfkg keys …`` (API keys, also while the service runs) and ``sfkg records …`` (the store, while
the service is stopped: one process at a time opens the embedded store)."""
from __future__ import annotations

import sys

from kg_service.cli.common import print_json, service


def register(sub) -> None:
    k = sub.add_parser("keys", help="create, list and revoke API keys (stored hashed in the data directory)")
    ks = k.add_subparsers(dest="keys_command", required=True)
    c = ks.add_parser("create", help="create a key and print it (shown this once)")
    c.add_argument("--role", required=True, choices=["admin", "reviewer", "enterprise"])
    c.add_argument("--scope", help="enterprise keys: the enterprise's unified social credit code")
    c.add_argument("--label", help="a note on whom the key is for")
    c.add_argument("--json", action="store_true", help="print the key's description and the key as JSON")
    c.set_defaults(func=cmd_keys_create)
    ls = ks.add_parser("list", help="list keys (never their secrets)")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_keys_list)
    r = ks.add_parser("revoke", help="revoke a key by id")
    r.add_argument("id")
    r.set_defaults(func=cmd_keys_revoke)

    rec = sub.add_parser("records", help="recorded decisions in the store (stop the service first)")
    rs = rec.add_subparsers(dest="records_command", required=True)
    show = rs.add_parser("show", help="one record: the decision and its trace, as GET /assessments/{id}")
    show.add_argument("id")
    show.set_defaults(func=cmd_records_show)
    lst = rs.add_parser("list", help="recorded assessments, newest first")
    lst.add_argument("--profile-id")
    lst.add_argument("--limit", type=int, default=50)
    lst.set_defaults(func=cmd_records_list)
    chk = rs.add_parser("check", help="verify every record is whole (completion marker, all conditions)")
    chk.set_defaults(func=cmd_records_check)


def cmd_keys_create(args) -> int:
    from kg_service.records.keys import KeyStoreError

    try:
        key, secret = service().create_key(args.role, args.scope, args.label)
    except KeyStoreError as e:
        print(f"cannot create key: {e}", file=sys.stderr)
        return 2
    if args.json:
        print_json({**key.public(), "key": secret})
    else:
        print(secret)
        print(f"created {key.role} key {key.key_id}{f' for {key.scope}' if key.scope else ''}: "
              "keep it now, it is not shown again", file=sys.stderr)
    return 0


def cmd_keys_list(args) -> int:
    keys = service().list_keys()
    if args.json:
        print_json([k.public() for k in keys])
        return 0
    for k in keys:
        print(f"{k.key_id}  {k.role:<10} {k.scope or '-':<18} {k.created or ''}  "
              f"{'revoked ' + k.revoked if k.revoked else 'active'}  {k.label or ''}".rstrip())
    return 0


def cmd_keys_revoke(args) -> int:
    if not service().revoke_key(args.id):
        print(f"no key {args.id!r}", file=sys.stderr)
        return 2
    print(f"revoked {args.id}")
    return 0


def _reading(read):
    """``read(app)`` on the store, closed afterwards (one process at a time opens the embedded store);
    None, said why, if it cannot be opened."""
    from kg_service.service import Unavailable

    app = service()
    try:
        return read(app)
    except Unavailable as e:
        print(f"cannot open the store (is the service running? stop it first): {e.message}", file=sys.stderr)
        return None
    finally:
        app.close()


def cmd_records_show(args) -> int:
    found = _reading(lambda app: [app.record(args.id)])
    if found is None:
        return 2
    record = found[0]
    if record is None:
        print(f"no record {args.id!r}", file=sys.stderr)
        return 2
    print_json(record)
    return 0


def cmd_records_list(args) -> int:
    rows = _reading(lambda app: app.recorded(profile_id=args.profile_id, limit=args.limit))
    if rows is None:
        return 2
    for r in rows:
        print(f"{r['record_id']}  {r['recorded_at']}  {r['who']['role']:<10} {r['profile_id']}")
    return 0


def cmd_records_check(args) -> int:
    checked = _reading(lambda app: app.check_records())
    if checked is None:
        return 2
    count, problems = checked
    for p in problems:
        print(p)
    print(f"{count} records, {len(problems)} problems")
    return 1 if problems else 0
