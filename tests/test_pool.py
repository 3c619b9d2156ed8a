"""The fork pool of ``-j N`` (translit.io.pool): order, errors, deaths, no process left behind."""

from __future__ import annotations

import functools
import os
import signal
import time
from typing import Any

import pytest
from conftest import child_pids, pid_alive
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.io.pool import ForkPool, WorkerError

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the fork pool needs os.fork")


def _echo(data: bytes, delay: float = 0.0) -> bytes:
    time.sleep(delay)
    return data


def _pid() -> int:
    return os.getpid()


def _fail(text: str) -> None:
    raise ValueError(text)


def _tag(tag: int, n: int) -> tuple[int, int, int]:
    return tag, n, os.getpid()


class _Calls:
    """A task function with state: how often this object was called in its process."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> int:
        self.calls += 1
        return self.calls


def _unloadable() -> None:
    raise RuntimeError("this function cannot be loaded")


class _Unloadable:
    """Pickles, but unpickling it (in the worker) raises."""

    def __call__(self) -> str:
        return "ran"

    def __reduce__(self) -> tuple[Any, tuple[()]]:
        return _unloadable, ()


@settings(max_examples=15, deadline=None)
@given(st.lists(st.integers(0, 3 << 20), min_size=1, max_size=8), st.integers(1, 3))
def test_results_come_back_whole_and_in_order(sizes: list[int], workers: int) -> None:
    # results larger than a pipe holds, from several workers at once: none waits on another
    pool = ForkPool(workers)
    try:
        blobs = [bytes([n % 251]) * size for n, size in enumerate(sizes)]
        futures = [pool.submit(_echo, b) for b in blobs]
        assert [f.result() for f in reversed(futures)] == blobs[::-1]
    finally:
        pool.shutdown()
    assert not [w.pid for w in pool.workers if pid_alive(w.pid)]


def test_tasks_spread_over_the_workers() -> None:
    pool = ForkPool(2)
    try:
        pids = {f.result() for f in [pool.submit(_pid) for _ in range(6)]}
    finally:
        pool.shutdown()
    assert len(pids) == 2 and os.getpid() not in pids


def test_a_task_that_raises_gives_its_traceback_and_the_pool_goes_on() -> None:
    pool = ForkPool(1)
    try:
        bad = pool.submit(_fail, "no such block")
        good = pool.submit(_echo, b"ok")
        with pytest.raises(WorkerError, match="ValueError: no such block"):
            bad.result()
        assert good.result() == b"ok"
        assert not pool.broken
    finally:
        pool.shutdown()


def test_a_killed_worker_fails_its_tasks_and_breaks_the_pool() -> None:
    pool = ForkPool(2)
    try:
        slow = [pool.submit(_echo, b"x", 0.5) for _ in range(4)]
        victim = pool.workers[0].pid
        os.kill(victim, signal.SIGKILL)
        outcomes = []
        for f in slow:
            try:
                outcomes.append(f.result())
            except WorkerError as exc:
                outcomes.append(str(exc))
        assert outcomes.count(b"x") == 2  # the other worker's tasks finish
        assert "killed by signal 9" in outcomes[0] and "before it finished" in outcomes[0]
        assert pool.broken
        with pytest.raises(WorkerError, match=r"no task can be sent: .* killed by signal 9"):
            pool.submit(_echo, b"y")
    finally:
        pool.shutdown(cancel_futures=True)
    assert not pid_alive(victim)


def test_shutdown_with_cancel_kills_busy_workers_at_once() -> None:
    busy = 30  # seconds each task sleeps: a shutdown that waited for them took as long
    pool = ForkPool(2)
    futures = [pool.submit(_echo, b"x", busy) for _ in range(2)]
    pids = [w.pid for w in pool.workers]
    assert set(pids) <= set(child_pids(os.getpid()))
    started = time.monotonic()
    pool.shutdown(cancel_futures=True)
    assert time.monotonic() - started < busy
    assert not [p for p in pids if pid_alive(p)]
    for f in futures:
        with pytest.raises(WorkerError):
            f.result()


def test_shutdown_after_the_tasks_waits_for_their_results() -> None:
    pool = ForkPool(2)
    futures = [pool.submit(_echo, bytes([n]), 0.05) for n in range(4)]
    pool.shutdown(wait=True)
    assert [f.result() for f in futures] == [bytes([n]) for n in range(4)]


def test_wait_with_no_timeout_returns_when_nothing_has_arrived() -> None:
    pool = ForkPool(1)
    try:
        future = pool.submit(_echo, b"x", 1.0)
        pool.wait(0)
        assert not future.done  # (a wait for the result would have read it)
        assert future.result() == b"x"
    finally:
        pool.shutdown()


@pytest.mark.skipif(not hasattr(os, "memfd_create"), reason="staging files need memfd_create")
def test_a_large_task_for_a_busy_worker_is_sent_without_waiting() -> None:
    # a block of stdin (1 MB) for a worker still converting the block before: staged in an
    # in-memory file, not pushed through a pipe the worker will only read later
    pool = ForkPool(1)
    try:
        seconds = 3.0
        busy = pool.submit(_echo, b"", seconds)
        started = time.monotonic()
        big = pool.submit(_echo, b"x" * (4 << 20))
        assert time.monotonic() - started < seconds  # not the 3 s the worker is busy for
        assert not busy.done
        assert big.result() == b"x" * (4 << 20) and busy.result() == b""
        again = [pool.submit(_echo, bytes([n]) * (1 << 20)) for n in range(8)]  # stages reused
        assert [f.result() for f in again] == [bytes([n]) * (1 << 20) for n in range(8)]
    finally:
        pool.shutdown()


@settings(max_examples=20, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 1000)), min_size=1, max_size=30))
def test_each_task_runs_its_own_function_however_they_interleave(
    tasks: list[tuple[int, int]],
) -> None:
    # a worker holds the function of its task before; a task with another one sends it
    fns = [functools.partial(_tag, tag) for tag in range(4)]
    pool = ForkPool(2)
    try:
        futures = [pool.submit(fns[tag], n) for tag, n in tasks]
        got = [f.result()[:2] for f in futures]
    finally:
        pool.shutdown()
    assert got == tasks


def test_a_worker_keeps_the_function_sent_once() -> None:
    # the same function object is pickled for a worker once: its later tasks call the copy the
    # worker holds (as the parent calls one object for all the blocks it converts itself)
    calls = _Calls()
    pool = ForkPool(1)
    try:
        assert [pool.submit(calls).result() for _ in range(3)] == [1, 2, 3]
        assert pool.submit(_Calls()).result() == 1  # another object: sent, a fresh copy
    finally:
        pool.shutdown()
    assert calls.calls == 0


def test_a_function_that_does_not_load_never_runs_the_one_held_before() -> None:
    pool = ForkPool(1)
    bad = _Unloadable()
    try:
        assert pool.submit(_echo, b"held").result() == b"held"
        with pytest.raises(WorkerError, match="cannot be loaded"):
            pool.submit(bad).result()
        with pytest.raises(WorkerError, match="did not load"):  # (not sent again)
            pool.submit(bad).result()
        assert pool.submit(_echo, b"next").result() == b"next"
        assert not pool.broken
    finally:
        pool.shutdown()
