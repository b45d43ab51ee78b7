"""The timing helpers every benchmark uses (one copy): samples in seconds, figures in ms.

    from timing import once, timed, stats_ms, median_ms, p95_ms

Medians and p95s, never means (a shared machine's stalls land in the tail, not in the median); ratios
are taken against a baseline measured in the same run."""
from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence


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
