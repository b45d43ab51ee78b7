"""Batch workers whose death is noticed (issue 19): every error type survives pickling, large files with
bad rows run through the default worker count and through two workers, and a worker killed mid-run is
retried once (the files equal a one-process run's) or, killed again, fails the run naming its chunk.

Runs that could hang are subprocesses under a generous timeout: a regression fails here instead of
hanging the suite (the timeout is not a speed assertion)."""
from __future__ import annotations

import importlib
import inspect
import json
import os
import pickle
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import kg_service
from tests.test_batch import sample_rows, write_csv

ROOT = Path(__file__).resolve().parent.parent
HANG = 240  # seconds: only so that a hung run cannot hang CI
FILES = ("results.jsonl", "results.csv", "errors.csv")


# ---- every error type through pickle ---------------------------------------------------------------


def _error_types() -> list[type[BaseException]]:
    """Every exception class defined in kg_service: all modules imported, then the subclass tree walked
    (so that classes made anywhere, not only at module level, are found)."""
    for m in pkgutil.walk_packages(kg_service.__path__, "kg_service."):
        if not m.name.endswith("__main__"):
            importlib.import_module(m.name)
    found, stack = set(), [BaseException]
    while stack:
        cls = stack.pop()
        for sub in cls.__subclasses__():
            stack.append(sub)
            if sub.__module__.startswith("kg_service"):
                found.add(sub)
    return sorted(found, key=lambda c: f"{c.__module__}.{c.__qualname__}")


def _instance(cls: type[BaseException]) -> BaseException:
    """An instance with every parameter given a value of its own (defaults overridden too, so that a
    value lost on the way back shows)."""
    args, kwargs = [], {}
    for p in list(inspect.signature(cls.__init__).parameters.values())[1:]:
        if p.kind is p.VAR_POSITIONAL:
            args += ["some detail", 3]
            continue
        if p.kind is p.VAR_KEYWORD:
            continue
        value = 7 if "int" in str(p.annotation) else f"{p.name} of {cls.__name__}"
        if p.kind is p.KEYWORD_ONLY:
            kwargs[p.name] = value
        else:
            args.append(value)
    return cls(*args, **kwargs)


def _same(a: BaseException, b: BaseException) -> None:
    assert type(a) is type(b)
    assert a.args == b.args and str(a) == str(b)
    assert vars(a) == vars(b)


def test_the_error_types_are_found():
    names = {c.__name__ for c in _error_types()}
    assert {"InputError", "PayloadTooLarge", "ProfileError", "BatchFileError", "ServiceError", "NotFound",
            "SettingsError", "SparqlStoreError", "UnknownOptionError", "ContextRefused", "WorkerDied"} <= names


@pytest.mark.parametrize("cls", _error_types(), ids=lambda c: c.__qualname__)
def test_every_error_type_round_trips_through_pickle(cls):
    error = _instance(cls)
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        _same(error, pickle.loads(pickle.dumps(error, protocol)))
    try:  # raised, with a cause and a traceback, as a worker sends it back
        try:
            raise KeyError("cause")
        except KeyError as cause:
            raise error from cause
    except BaseException as raised:
        _same(error, pickle.loads(pickle.dumps(raised)))


def _echo(error: BaseException) -> BaseException:
    raise error


def test_errors_cross_a_process_pool_both_ways():
    """Sent to a forked worker as an argument and raised back: the parent gets the same error."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    errors = [_instance(c) for c in _error_types()]
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        for error in errors:
            with pytest.raises(type(error)) as got:
                pool.submit(_echo, error).result(timeout=HANG)
            _same(error, got.value)


# ---- runs with bad rows, workers and faults --------------------------------------------------------


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> tuple[Path, int, int]:
    """A 2,400-row CSV, every 25th row bad (96); the file, its valid and bad counts."""
    path = tmp_path_factory.mktemp("big") / "big.csv"
    profiles, rows, bad = sample_rows(2400)
    write_csv(path, rows)
    return path, len(profiles), bad


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


def _faulted(mode: str, path: Path, out: Path, workers: int) -> tuple[int, dict]:
    done = subprocess.run([sys.executable, "-m", "tests.batch_faults", mode, str(path), str(out), str(workers)],
                          cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=HANG)
    assert done.stdout.strip(), done.stderr[-3000:]
    return done.returncode, json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def one_process(big, tmp_path_factory) -> Path:
    path, valid, bad = big
    out = tmp_path_factory.mktemp("one") / "out"
    code, got = _faulted("none", path, out, 1)
    assert code == 0 and got == {"profiles": valid, "errors": bad, "workers": 1}
    return out


@pytest.mark.parametrize("workers", [None, 2])
def test_cli_large_file_with_bad_rows_default_and_two_workers(big, one_process, tmp_path, workers):
    path, valid, bad = big
    more = [] if workers is None else ["--workers", str(workers)]
    done = subprocess.run([sys.executable, "-m", "kg_service.cli", "batch", str(path), "--out", str(tmp_path / "o"),
                           *more], cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=HANG)
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"{valid} profiles assessed, {bad} rows rejected" in done.stdout
    summary = json.loads((tmp_path / "o" / "summary.json").read_text(encoding="utf-8"))
    assert summary["engine"]["workers"] == (workers or 1)
    for name in FILES:
        assert (tmp_path / "o" / name).read_bytes() == (one_process / name).read_bytes(), name


def test_two_workers_split_a_2000_row_file_into_chunks():
    from kg_service.batch.run import chunk_size

    assert chunk_size(2304, 1) >= 2304  # one process: one chunk
    size = chunk_size(2304, 2)
    assert 2304 / size >= 4  # two workers: two chunks each at least


def test_a_worker_killed_mid_run_is_retried_and_the_files_are_whole(big, one_process, tmp_path):
    path, valid, bad = big
    code, got = _faulted("kill-once", path, tmp_path / "o", 2)
    assert code == 0, got
    assert got == {"profiles": valid, "errors": bad, "workers": 2}
    assert (tmp_path / "o.victim").read_text()  # a worker was there to be killed
    for name in FILES:
        assert (tmp_path / "o" / name).read_bytes() == (one_process / name).read_bytes(), name
    assert not [p.name for p in (tmp_path / "o").iterdir() if p.name.startswith(".")]  # no spool, no parts


def test_a_worker_that_hangs_is_ended_and_its_chunk_retried(big, one_process, tmp_path):
    path, valid, bad = big
    code, got = _faulted("hang-once", path, tmp_path / "o", 2)
    assert code == 0, got
    assert got == {"profiles": valid, "errors": bad, "workers": 2}
    for name in FILES:
        assert (tmp_path / "o" / name).read_bytes() == (one_process / name).read_bytes(), name


def test_a_worker_dying_twice_fails_the_run_naming_its_chunk(big, tmp_path):
    path, _valid, _bad = big
    code, got = _faulted("die-always", path, tmp_path / "o", 2)
    assert code == 1 and got["error"] == "WorkerDied"
    assert "chunk 2 of " in got["message"] and "input lines" in got["message"]
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == []  # nothing written, nothing half-written


def test_an_error_raised_in_a_worker_reaches_the_run_whole(big, tmp_path):
    path, _valid, _bad = big
    code, got = _faulted("raise", path, tmp_path / "o", 2)
    assert code == 1 and got["error"] == "ProfileError"
    assert got["field"] == "indicators.key_process_nc_rate" and "planted in a worker" in got["message"]
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == []
