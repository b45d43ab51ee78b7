"""``sfkg compare``: Beijing's measures against the national and peer schemes, point by point.

Registering costs nothing: the graph is loaded inside the handler, and only when the command runs.
"""
from __future__ import annotations

import argparse
import sys

from kg_service.comparison.formats import FORMATS, LANGS


def cmd_compare(args: argparse.Namespace) -> int:
    from kg_service.cli.common import service
    from kg_service.comparison.render import render
    from kg_service.comparison.table import UnknownOptionError

    try:
        comparison = service().compare(args.level, args.schemes)
    except UnknownOptionError as e:
        # the same field names as the API's 422, so a message reads the same in both faces
        print(f"sfkg compare: --{e.field}: {e.message}", file=sys.stderr)
        return 2
    sys.stdout.write(render(comparison, args.format, args.lang))
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "compare", help="Beijing's measures against the national MIIT scheme and Jiangsu, point by point",
        description="One row per comparison point (who recognises, maturity, accident grade, validity …) with "
                    "each scheme's fact, its citations or sources, and Beijing's relation to each other scheme.")
    p.add_argument("--schemes", default="beijing,miit,jiangsu",
                   help="comma-separated schemes (beijing, miit, jiangsu); Beijing is always included")
    # levels are data (comparison profiles in the ontology), so they are checked when the command runs
    p.add_argument("--level", default="advanced", help="Beijing level compared: basic or advanced")
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    p.add_argument("--lang", choices=LANGS, default="both", help="language of the text (default: both)")
    p.set_defaults(func=cmd_compare)
