"""``sfkg mcp``: the tools for assistants (Model Context Protocol), served by their own face
(``kg_service.mcp``). Faces never import each other, so this command replaces its process with
``python -m kg_service.mcp``: the same interpreter and environment, stdin and stdout handed over as they are."""
from __future__ import annotations

import argparse
import os
import sys

LOG_LEVELS = ("debug", "info", "warning", "error")


def _port(value: str) -> int:
    port = int(value)
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError("a port is between 1 and 65535")
    return port


def register(sub) -> None:
    m = sub.add_parser("mcp", help="serve the tools for assistants (MCP) over stdio, or --http PORT on loopback",
                       description="Model Context Protocol server: tools assess, ask, interview, article, thresholds, "
                                   "compare, parameters, versions, reform_impact; resources sfkg://articles/{eid}.")
    m.add_argument("--http", type=_port, metavar="PORT",
                   help="serve streamable HTTP at http://127.0.0.1:PORT/mcp (loopback only; every request needs an "
                        "API key: sfkg keys create) instead of stdio")
    m.add_argument("--log-level", default="warning", choices=LOG_LEVELS, help="what goes to stderr")
    m.set_defaults(func=cmd_mcp)


def command(args: argparse.Namespace) -> list[str]:
    argv = [sys.executable, "-m", "kg_service.mcp", "--log-level", args.log_level]
    return argv + (["--http", str(args.http)] if args.http is not None else [])


def cmd_mcp(args: argparse.Namespace) -> int:
    argv = command(args)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(argv[0], argv)  # does not return
    return 0  # pragma: no cover
