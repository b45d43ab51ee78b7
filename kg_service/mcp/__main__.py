"""``python -m kg_service.mcp [--http PORT]`` (``sfkg mcp``): the MCP server over stdio, or streamable HTTP
on loopback (http://127.0.0.1:PORT/mcp, an API key required)."""
from __future__ import annotations

import argparse
import logging
import sys


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="sfkg mcp", description=__doc__)
    p.add_argument("--http", type=int, metavar="PORT",
                   help="serve streamable HTTP on 127.0.0.1:PORT/mcp (needs an API key: sfkg keys create) "
                        "instead of stdio")
    p.add_argument("--log-level", default="warning", choices=["debug", "info", "warning", "error"])
    args = p.parse_args(argv)
    # stdout is the protocol's over stdio: everything else goes to stderr
    logging.basicConfig(stream=sys.stderr, level=args.log_level.upper(), format="sfkg mcp: %(message)s")

    from kg_service.service import Service
    from kg_service.settings import SettingsError, get_settings

    try:
        get_settings()
    except SettingsError as e:
        print(f"sfkg mcp: invalid setting {e.variable}: {e.message}", file=sys.stderr)
        return 2
    # capabilities on first use: the tool list answers at once, the model loads when a question needs it
    service = Service(questions="lazy")
    try:
        if args.http is not None:
            from kg_service.mcp.server import serve_http

            serve_http(service, args.http, args.log_level)
        else:
            import anyio

            from kg_service.mcp.server import serve_stdio

            anyio.run(serve_stdio, service)
    except KeyboardInterrupt:
        pass
    finally:
        service.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
