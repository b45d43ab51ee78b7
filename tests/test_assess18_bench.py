"""The benchmark's interleaved measurement (bench/timing.interleaved): a figure and its baseline are timed
batch by batch, in alternating order, and the ratio is the median of the batches' ratios; with ``cpu``,
each batch's CPU a call is kept as well (bench/timing.server_cpu reads a process's from /proc)."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from timing import interleaved, server_cpu


def test_batches_alternate_and_the_ratio_is_the_median_of_theirs():
    calls: list[str] = []

    def slow():
        calls.append("f")
        time.sleep(0.003)

    def quick():
        calls.append("b")
        time.sleep(0.001)

    m = interleaved(slow, quick, rounds=4, batch=3)
    assert len(m.samples) == len(m.base) == 12 and len(m.ratios) == 4 and m.cpu == [] and m.cpu_ratio is None
    # round 0: the baseline first, round 1: the figure first, and so on
    assert "".join(calls) == "bbbfff" "fffbbb" "bbbfff" "fffbbb"
    assert sorted(m.ratios)[1] > 1.2  # 3 ms against 1 ms, whatever a loaded machine adds to both


@pytest.mark.skipif(not Path(f"/proc/{os.getpid()}/task").is_dir(), reason="needs /proc (Linux)")
def test_cpu_counts_work_not_waiting():
    used = server_cpu(os.getpid())

    def spin():  # 4 ms of this thread's CPU, however long a loaded machine makes it wait
        t = time.thread_time()
        while time.thread_time() - t < 0.004:
            pass

    m = interleaved(spin, lambda: time.sleep(0.004), rounds=4, batch=10, cpu=used)
    assert len(m.cpu) == len(m.cpu_base) == 4
    # only the spinning one uses the CPU (4 ms a call; the count may lag by a scheduler tick a batch)
    assert sum(m.cpu) / 4 > 0.002 and sum(m.cpu_base) / 4 < 0.002 and m.cpu_ratio > 2
