"""The ``sfkg`` command. Each subcommand imports only what it needs: ``sfkg assess`` and
``sfkg article`` never load torch or the web stack."""
from __future__ import annotations

import argparse
import os
import sys

from kg_service.cli import assessment, assistants, batch, comparison, interview, questions, records, time
from kg_service.cli.common import print_json, service

# each area's commands (``register(subparsers)``; registering imports nothing heavy)
AREAS = (assessment, questions, interview, comparison, records, batch, time, assistants)


def cmd_build(args) -> int:
    from kg_service.service import Service

    for name, summary in Service.build(force=args.force):
        print(f"{name}: {summary}")
    return 0


def cmd_serve(args) -> int:
    import uvicorn

    from kg_service import progress

    app = service()
    if args.workers > 1 and app.settings.store != "sparql":
        # the embedded store is one process's (RocksDB's lock): several workers share a server
        print("--workers above 1 needs SFKG_STORE=sparql (a SPARQL 1.1 server such as Virtuoso, see README)",
              file=sys.stderr)
        return 2
    progress.say(f"starting: data in {app.settings.data_dir}")
    app.prepare()  # build whatever is missing before accepting requests (once, for all workers)
    progress.say(f"serving on http://{args.host}:{args.port}/ui once /health answers (the embedding model "
                 "loads in the background; questions are answered lexically until it has)")
    uvicorn.run("kg_service.server:create_app", factory=True, host=args.host, port=args.port,
                log_level=args.log_level, workers=args.workers)
    return 0


def cmd_article(args) -> int:
    a = service().article(args.eid)
    if a is None:
        print(f"no unit with eId '{args.eid}'", file=sys.stderr)
        return 2
    if args.json:
        print_json(a.as_dict())
    else:
        print(f"{a.eid}  {a.title['zh']} / {a.title['en']}\n{a.iri}\n\n{a.text['zh']}\n\n{a.text['en']}")
        if a.children:
            print("\nchildren: " + ", ".join(a.children))
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="sfkg", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build the graph and caches (only what changed)")
    b.add_argument("--force", action="store_true", help="rebuild even if the cache is up to date")
    b.set_defaults(func=cmd_build)

    s = sub.add_parser("serve", help="build whatever is missing, then serve the API")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--log-level", default="info")
    s.add_argument("--workers", type=int, default=1,
                   help="worker processes (uvicorn); above 1 needs SFKG_STORE=sparql")
    s.set_defaults(func=cmd_serve)

    a = sub.add_parser("article", help="print one unit of the measures by eId")
    a.add_argument("eid")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_article)

    for module in AREAS:
        module.register(sub)

    args = p.parse_args(argv)
    from kg_service import progress
    from kg_service.settings import SettingsError, get_settings

    progress.enable()  # slow first-time work (graph, caches) says so on stderr
    try:
        get_settings()  # every setting checked before any work: a bad one fails here, named
        return args.func(args)
    except BrokenPipeError:
        # the reader went away (sfkg … --json | head -1): not an error; stdout goes nowhere from here on, so
        # that Python's own flush at exit cannot print a traceback either
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # as a process ended by SIGPIPE
    except SettingsError as e:
        print(f"sfkg: invalid setting {e.variable}: {e.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
