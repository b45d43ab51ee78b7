"""``sfkg batch``: assess a file of profiles (JSONL, JSON array, CSV, XLSX) into a directory."""
from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

from kg_service.assessment.levels import LEVELS


def register(sub) -> None:
    b = sub.add_parser("batch", help="assess many profiles from a .jsonl, .json, .csv or .xlsx file")
    b.add_argument("file", type=Path, nargs="?", help="FILE.jsonl | .json | .csv | .xlsx")
    b.add_argument("--out", type=Path, help="directory for results.jsonl, results.csv, errors.csv, "
                                            "summary.json, report.html")
    b.add_argument("--level", choices=LEVELS, help="one level only (default: both)")
    b.add_argument("--as-of", help="assess every profile as of this date (YYYY-MM-DD), overriding its own")
    b.add_argument("--reform", help="assess under a reform: a JSON/YAML file, or the id of a shipped one")
    b.add_argument("--full", action="store_true",
                   help="results.jsonl with every answer whole (the JSON of POST /assess, advice included); "
                        "by default lines are lean, the rules' words in summary.json")
    b.add_argument("--workers", type=int, help="worker processes (default: SFKG_BATCH_WORKERS, else 1)")
    b.add_argument("--template", choices=["csv", "xlsx"],
                   help="write an empty template (Chinese and English headers) to FILE or --out, then stop")
    b.set_defaults(func=cmd_batch)


class _Progress:
    """A progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, total: int):
        self.total, self.started = max(total, 1), time.perf_counter()
        self.on = sys.stderr.isatty()

    def __call__(self, done: int) -> None:
        if not self.on:
            return
        frac = min(done / self.total, 1.0)
        rate = done / max(time.perf_counter() - self.started, 1e-9)
        bar = "█" * int(frac * 30) + "·" * (30 - int(frac * 30))
        sys.stderr.write(f"\r{bar} {done}/{self.total} ({rate:,.0f}/s)")
        if done >= self.total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def cmd_batch(args) -> int:
    from kg_service.assessment.profile import ProfileError
    from kg_service.batch.io import BatchFileError
    from kg_service.batch.run import WorkerDied
    from kg_service.cli.common import service
    from kg_service.errors import InputError

    app = service()
    if args.template:
        target = args.file or args.out or Path(f"sfkg-batch-template.{args.template}")
        if target.is_dir():
            target = target / f"sfkg-batch-template.{args.template}"
        app.write_batch_template(target, args.template)
        print(f"template written: {target}")
        return 0
    if args.file is None or args.out is None:
        print("sfkg batch: FILE and --out DIR are needed (or --template csv|xlsx)", file=sys.stderr)
        return 2
    # a one-shot process reading and writing acyclic data (dicts, lists, strings): the cyclic garbage
    # collector would walk every row again and again as they pile up (a fifth of the run), for nothing
    gc.disable()
    try:
        rows = app.read_batch_file(args.file)
    except BatchFileError as e:
        print(f"sfkg batch: cannot read {args.file}: {e.message}", file=sys.stderr)
        return 2
    try:
        chosen = app.load_reform(args.reform) if args.reform else None
    except (InputError, OSError) as e:
        print(f"sfkg batch: --reform: {getattr(e, 'message', e)}", file=sys.stderr)
        return 2

    def fallback(iri: str, why: str) -> None:
        print(f"sfkg batch: shape {iri} is validated with pySHACL ({why})", file=sys.stderr)

    # each profile under the version in force on its as_of (and the reform), named in its line
    try:
        summary = app.run_batch(rows, args.out, level=args.level, as_of=args.as_of, reform=chosen,
                                workers=args.workers, progress=_Progress(len(rows)), source=str(args.file),
                                on_fallback=fallback, full=args.full)
    except ProfileError as e:
        print(f"sfkg batch: --as-of: {e.message}", file=sys.stderr)
        return 2
    except WorkerDied as e:
        print(f"sfkg batch: {e}", file=sys.stderr)
        return 1
    levels = ", ".join(f"{lvl}: {c['eligible']} eligible / {c['not_eligible']} not / {c['undetermined']} undetermined"
                       for lvl, c in summary["levels"].items())
    print(f"{summary['profiles']} profiles assessed, {summary['errors']} rows rejected ({levels}) → {args.out}")
    return 0
