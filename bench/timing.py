"""The timing helpers every benchmark uses (one copy): samples in seconds, figures in ms.

    from timing import once, timed, interleaved, server_cpu, stats_ms, median_ms, p95_ms

Medians and p95s, never means (a shared machine's stalls land in the tail, not in the median); ratios
are taken against a baseline measured in the same run."""
from __future__ import annotations

import contextlib
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple


def once(fn: Callable[[], object]) -> float:
    """Seconds one call of ``fn`` takes."""
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Seconds each of ``repeat`` calls of ``fn`` takes."""
    return [once(fn) for _ in range(repeat)]


def median_ms(samples: Sequence[float]) -> float:
    return statistics.median(samples) * 1000


def p95_ms(samples: Sequence[float]) -> float:
    """The 95th percentile (the sample below which 95% fall; the largest of fewer than 20)."""
    s = sorted(samples)
    return s[max(0, int(len(s) * 0.95) - 1)] * 1000


def stats_ms(samples: Sequence[float]) -> tuple[float, float]:
    """(median, p95) in ms."""
    return median_ms(samples), p95_ms(samples)


class Interleaved(NamedTuple):
    samples: list[float]  # seconds of each call of the figure
    base: list[float]  # seconds of each call of the baseline
    ratios: list[float]  # each round's ratio of batch medians
    cpu: list[float]  # given ``cpu``: each round's CPU seconds a call of the figure (else empty)
    cpu_base: list[float]  # and of the baseline

    @property
    def cpu_ratio(self) -> float | None:
        """The figure's CPU over the baseline's, all rounds together (a thread's CPU count, updated at the
        scheduler's ticks, is a few ms late at times: summed over the rounds, that lag averages out)."""
        return sum(self.cpu) / sum(self.cpu_base) if self.cpu and sum(self.cpu_base) > 0 else None


def interleaved(fn: Callable[[], object], base: Callable[[], object], rounds: int, batch: int,
                cpu: Callable[[], float] | None = None) -> Interleaved:
    """``fn`` against a baseline ``base`` measured beside it: ``rounds`` rounds, each a batch of ``batch``
    calls of one then of the other (which goes first alternates), so that both see the same moments of a
    shared machine; the median of the rounds' ratios is the ratio a stall or a neighbour's burst moves
    least (two runs of 100 calls of each, one after the other, gave 2.3× and 3.8× for the same code).
    ``cpu``: the CPU seconds the measured process has used so far (``server_cpu``): each round's CPU a
    call is then kept too, which waiting for a core on a loaded machine does not change."""
    out = Interleaved([], [], [], [], [])
    for r in range(rounds):
        first, second = (fn, base) if r % 2 else (base, fn)
        c0 = cpu() if cpu else 0.0
        a = timed(first, batch)
        c1 = cpu() if cpu else 0.0
        b = timed(second, batch)
        c2 = cpu() if cpu else 0.0
        (f, fc), (g, gc) = ((a, c1 - c0), (b, c2 - c1)) if r % 2 else ((b, c2 - c1), (a, c1 - c0))
        out.samples.extend(f)
        out.base.extend(g)
        out.ratios.append(statistics.median(f) / statistics.median(g))
        if cpu:
            out.cpu.append(fc / batch)
            out.cpu_base.append(gc / batch)
    return out


def server_cpu(pid: int) -> Callable[[], float]:
    """The CPU seconds process ``pid`` has used so far, all its threads (/proc/PID/task/*/schedstat:
    nanoseconds on a core), for ``interleaved``'s ``cpu``."""
    tasks = Path(f"/proc/{pid}/task")

    def used() -> float:
        total = 0
        for t in tasks.iterdir():
            with contextlib.suppress(OSError, IndexError, ValueError):  # a thread that ended meanwhile
                total += int((t / "schedstat").read_text().split()[0])
        return total / 1e9

    return used
