"""Benchmark of the tools for assistants (``sfkg mcp``): from starting the server to the tool list, over
stdio with the ``mcp`` package's own client, then the first and a warm ``assess``.

    .venv/bin/python bench/mcp_server.py [--repeat 5]

Prints medians. The baseline, measured in the same run: starting a Python interpreter that imports the
``mcp`` SDK's server and client and does nothing (what any server built on the SDK pays), so the figure
says what sfkg adds to it. Issue 22's bound: the tool list in under 2 s, without the embedding model.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


async def one(command: list[str], env: dict[str, str]) -> dict[str, float]:
    from mcp import ClientSession, StdioServerParameters, stdio_client

    profile = json.loads((ROOT / "examples" / "profile.json").read_text(encoding="utf-8"))
    params = StdioServerParameters(command=command[0], args=command[1:], env=env, cwd=str(ROOT))
    out: dict[str, float] = {}
    started = time.perf_counter()
    with open(os.devnull, "w") as errlog:
        async with stdio_client(params, errlog=errlog) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            tools = await session.list_tools()
            out["tool list"] = time.perf_counter() - started
            assert len(tools.tools) >= 6, tools
            t = time.perf_counter()
            first = await session.call_tool("assess", {"profile": profile})
            out["first assess"] = time.perf_counter() - t
            t = time.perf_counter()
            await session.call_tool("assess", {"profile": profile})
            out["warm assess"] = time.perf_counter() - t
            status = json.loads((await session.read_resource("sfkg://status")).contents[0].text)
            assert not first.is_error and not status["process"]["embedding_model_loaded"], status
    return out


def baseline(repeat: int) -> float:
    code = "import mcp.server.lowlevel, mcp.server.stdio, mcp.client.stdio"
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args()
    env = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", ""), "PYTHONPATH": str(ROOT),
           "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           **{k: v for k, v in os.environ.items() if k.startswith("SFKG_")}}
    base = baseline(args.repeat)
    print(f"baseline: python importing the mcp SDK  {base * 1000:7.0f} ms")
    for name, command in (("sfkg mcp", [str(BIN / "sfkg"), "mcp"]),
                          ("python -m kg_service.mcp", [sys.executable, "-m", "kg_service.mcp"])):
        runs = [asyncio.run(one(command, env)) for _ in range(args.repeat)]
        for what in runs[0]:
            median = statistics.median(r[what] for r in runs)
            ratio = f"  ({median / base:.2f}× baseline)" if what == "tool list" else ""
            print(f"{name:<26} {what:<13} {median * 1000:7.0f} ms{ratio}")


if __name__ == "__main__":
    main()
