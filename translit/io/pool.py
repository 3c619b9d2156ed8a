"""Worker processes forked from this one and fed through pipes: no thread in the parent.

:class:`ForkPool` is the part of :class:`concurrent.futures.ProcessPoolExecutor` the batch
needs (``submit`` → a future with ``result``; ``shutdown``), built for a parent that only
reads, cuts and writes while two or more workers convert. The executor feeds its workers
from two threads of the parent (a queue feeder and a manager) that compete with them for
the cores, starts slower and ends slower; here:

- each worker has a task pipe and a result pipe; a task or a result is a length-prefixed
  pickle; a task goes to the worker with the fewest unfinished ones (the blocks are of one
  size, so that balances them); a task's function goes to a worker once, and the tasks after
  it with the same function object only send their arguments (the batch submits each block
  of an input with one ``functools.partial`` holding the format and the transform, which
  took more to pickle and unpickle than the block's file span); a task larger than 64 KiB (a block of stdin, a block of text)
  is written to one of the worker's in-memory staging files (Linux ``memfd_create``, made
  before the fork) and only its length goes down the pipe, so the parent never waits for a
  busy worker to read it;
- the parent reads results only when it waits for one, then from every worker at once
  (``poll``), so a worker never blocks on a full pipe while the parent waits for another;
- a worker ends at the end of its task pipe and leaves with ``os._exit`` (no interpreter
  shutdown to pay); on ``shutdown(cancel_futures=True)`` it is killed at once (a worker holds
  no output: the parent writes everything);
- a worker that dies (the OOM killer, a signal) makes its unfinished futures raise
  :class:`WorkerError` and the pool :attr:`~ForkPool.broken`; no other process is left behind.

Only where ``os.fork`` exists (Linux, macOS); elsewhere the batch uses the executor.

>>> pool = ForkPool(2)
>>> futures = [pool.submit(pow, n, 2) for n in range(5)]
>>> [f.result() for f in futures]
[0, 1, 4, 9, 16]
>>> pool.shutdown()
"""

from __future__ import annotations

import collections
import contextlib
import os
import select
import signal
import struct
from collections.abc import Callable
from typing import Any

from ..errors import TranslitError
from .rawblocks import read_span

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no fork either, the pool is not used there
    fcntl = None  # type: ignore[assignment]

__all__ = ["ForkPool", "Future", "WorkerError", "memory_files", "write_file"]

_HEAD = struct.Struct("<Q")  # the length of the pickle that follows
_TASK = struct.Struct("<Qi")  # a task's length, and the staging file holding it (-1: the pipe)
_INLINE = 1 << 16  # a larger task is staged (see ForkPool), so sending it never waits
STAGES = 3  # staging files per worker: the runner keeps at most two tasks waiting on one
_PIPE_SIZE = 1 << 20  # Linux: results of up to a block pass without a wait (F_SETPIPE_SZ)


class WorkerError(TranslitError):
    """A task got no result: its worker process died (killed, out of memory) or it raised
    (the message then holds the worker's traceback)."""


class Future:
    """The result of one task, once a worker has sent it."""

    __slots__ = ("_ok", "_pool", "_value", "done", "stage")

    def __init__(self, pool: ForkPool, stage: int = -1) -> None:
        self._pool = pool
        self._ok = False
        self._value: Any = None
        self.done = False
        self.stage = stage  # the staging file its task was written to (-1: none)

    def result(self) -> Any:
        """The task's return value; :class:`WorkerError` if the task raised (the message holds
        the worker's traceback) or its worker died."""
        while not self.done:
            self._pool.wait()
        if self._ok:
            return self._value
        raise WorkerError(self._value)

    def cancel(self) -> bool:
        """A task sent to a worker cannot be taken back: always False."""
        return False

    def settle(self, ok: bool, value: Any) -> None:
        self._ok, self._value, self.done = ok, value, True


class _Worker:
    """The parent's side of one worker: its pid, pipes and unfinished futures."""

    def __init__(self, pid: int, tasks: int, results: int, stages: list[int]) -> None:
        self.pid = pid
        self.tasks = tasks  # write end
        self.results = results  # read end, non-blocking
        self.stages = list(stages)  # its free staging files
        self.pending: collections.deque[Future] = collections.deque()
        self.fn: Any = None  # the function it holds: tasks with this one leave it out
        self.buf = bytearray()
        self.status: int | None = None  # the wait status once reaped


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _read_exactly(fd: int, n: int) -> bytes | None:
    """``n`` bytes of the blocking ``fd``; None at its end."""
    parts = []
    while n:
        data = os.read(fd, n)
        if not data:
            return None
        parts.append(data)
        n -= len(data)
    return b"".join(parts)


def memory_files(name: str, count: int) -> list[int]:
    """``count`` anonymous in-memory files (Linux ``memfd_create``); made before a fork, the
    workers inherit them, and their memory goes with the last process holding them, even after
    a SIGKILL. Empty where there is no ``memfd_create``."""
    if not hasattr(os, "memfd_create"):
        return []
    return [os.memfd_create(name, os.MFD_CLOEXEC) for _ in range(count)]


def write_file(fd: int, data: bytes) -> None:
    """Write ``data`` at the start of the in-memory file ``fd`` (a staging file, an output
    slot); whatever lies beyond it is left and never read."""
    view = memoryview(data)
    done = 0
    while done < len(view):
        done += os.pwrite(fd, view[done:], done)


def _serve(tasks: int, results: int) -> None:
    """A worker's loop: run each task of the pipe ``tasks`` (or of the staging file it names),
    send its result on ``results``. A task without its function runs the one held from the
    task before (see :meth:`ForkPool.submit`)."""
    import pickle  # imported by the parent before it forked (ForkPool.__init__)

    held = None
    while True:
        head = _read_exactly(tasks, _TASK.size)
        if head is None:
            return
        size, stage = _TASK.unpack(head)
        body = _read_exactly(tasks, size) if stage < 0 else read_span(stage, 0, size)
        if body is None:
            return
        try:
            try:
                fn, args, kwargs = pickle.loads(body)
            except Exception:
                held = None  # (whatever function the parent sent is not held: the tasks that
                raise  # leave it out fail too, not run another)
            held = fn = held if fn is None else fn
            if fn is None:
                raise WorkerError("the task's function did not load in this worker")
            reply = pickle.dumps((True, fn(*args, **kwargs)), pickle.HIGHEST_PROTOCOL)
        except Exception:
            reply = pickle.dumps((False, current_traceback()), pickle.HIGHEST_PROTOCOL)
        _write_all(results, _HEAD.pack(len(reply)) + reply)


def current_traceback() -> str:
    """The exception being handled, as the interpreter prints it (imported for a failure
    only: traceback and textwrap cost a run that forks a pool a millisecond before the fork)."""
    import traceback

    return traceback.format_exc()


def _widen(fd: int) -> None:
    if fcntl is not None:
        with contextlib.suppress(OSError, AttributeError):  # above pipe-max-size, or not Linux
            fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)


class ForkPool:
    """``workers`` processes forked now, each running ``initializer(*initargs)`` first.

    Call from the main thread with SIGINT and SIGTERM blocked if the workers must not see them
    before ``initializer`` sets their handlers (the batch does).
    """

    def __init__(
        self,
        workers: int,
        initializer: Callable[..., None] | None = None,
        initargs: tuple[Any, ...] = (),
    ) -> None:
        # pickle only when a pool starts (not for -j 1), before the forks, so that each
        # worker inherits it imported
        import pickle  # noqa: F401

        self.workers: list[_Worker] = []
        self.broken = False
        self.death = ""  # what happened to the first worker that died
        # staging files for large tasks, made before any fork so that each worker inherits its
        # own: a task larger than a pipe holds would otherwise make the parent wait until the
        # worker, busy with the task before, reads it (stdin's blocks, blocks of text)
        self.staging = [memory_files("translit-task", STAGES) for _ in range(workers)]
        try:
            for stages in self.staging:
                self.workers.append(self._fork(initializer, initargs, stages))
        except BaseException:
            self.shutdown(cancel_futures=True)
            raise

    def _fork(
        self, initializer: Callable[..., None] | None, initargs: tuple[Any, ...], stages: list[int]
    ) -> _Worker:
        task_r, task_w = os.pipe()
        res_r, res_w = os.pipe()
        _widen(res_w)
        _widen(task_w)
        pid = os.fork()
        if pid == 0:  # the worker
            code = 0
            try:
                for fd in (task_w, res_r, *(x for w in self.workers for x in (w.tasks, w.results))):
                    os.close(fd)
                if initializer is not None:
                    initializer(*initargs)
                _serve(task_r, res_w)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        os.close(task_r)
        os.close(res_w)
        os.set_blocking(res_r, False)
        os.set_blocking(task_w, False)
        os.set_inheritable(task_w, False)
        os.set_inheritable(res_r, False)
        return _Worker(pid, task_w, res_r, stages)

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        """Send ``fn(*args, **kwargs)`` (all picklable) to the least busy worker; ``fn`` only if
        that worker's task before had another function (the same object: not pickled again)."""
        alive = [w for w in self.workers if w.status is None]
        if self.broken or not alive:
            raise WorkerError(f"no task can be sent: {self.death or 'no worker is left'}")
        import pickle

        worker = min(alive, key=lambda w: len(w.pending))
        held = fn is worker.fn
        worker.fn = fn
        body = pickle.dumps((None if held else fn, args, kwargs), pickle.HIGHEST_PROTOCOL)
        stage = worker.stages.pop() if len(body) > _INLINE and worker.stages else -1
        if stage >= 0:  # the worker reads it from there: only its length goes down the pipe
            try:
                write_file(stage, body)
            except OSError:  # a file-size limit (ulimit -f counts in-memory files too) or
                worker.stages.append(stage)  # no memory for it: the task goes down the pipe
                stage = -1
        future = Future(self, stage)
        worker.pending.append(future)
        head = _TASK.pack(len(body), stage)
        data = memoryview(head + (body if stage < 0 else b""))
        while data and worker.status is None:
            try:
                data = data[os.write(worker.tasks, data) :]
            except BlockingIOError:  # its pipe is full: take results meanwhile (a worker
                self._pump(worker.tasks)  # blocked on sending one would never read on)
            except OSError:  # it is gone (EPIPE)
                self._died(worker)
        return future

    def wait(self, timeout: float | None = None) -> None:
        """Take every result the workers have sent, waiting until at least one arrives (at
        most ``timeout`` seconds; 0: take only what is there)."""
        if not any(w.pending for w in self.workers):
            if timeout is None:
                raise WorkerError("no task is waiting for a worker")
            return
        self._pump(-1, timeout)

    def _pump(self, sending: int, timeout: float | None = None) -> None:
        """Wait until a result arrives or the task pipe ``sending`` (-1: none) has room, and
        take every result that is there."""
        busy = {w.results: w for w in self.workers if w.pending}
        poller = select.poll()
        for fd in busy:
            poller.register(fd, select.POLLIN)
        if sending >= 0:
            poller.register(sending, select.POLLOUT)
        for fd, _event in poller.poll(None if timeout is None else timeout * 1000):
            worker = busy.get(fd)
            if worker is None:
                continue  # the task pipe has room (or its worker is gone: the write says)
            ended = False
            try:
                while not ended:
                    data = os.read(fd, _PIPE_SIZE)
                    ended = not data
                    worker.buf += data
            except BlockingIOError:
                pass
            self._settle(worker)  # what it sent before it ended counts
            if ended:
                self._died(worker)

    def _settle(self, worker: _Worker) -> None:
        import pickle

        buf = worker.buf
        at = 0
        while len(buf) - at >= _HEAD.size:
            size = _HEAD.unpack_from(buf, at)[0]
            end = at + _HEAD.size + size
            if len(buf) < end:
                break
            ok, value = pickle.loads(memoryview(buf)[at + _HEAD.size : end])
            future = worker.pending.popleft()
            if future.stage >= 0:  # read by the worker before it ran the task: free again
                worker.stages.append(future.stage)
            future.settle(ok, value)
            at = end
        del buf[:at]

    def _died(self, worker: _Worker) -> None:
        """``worker`` is gone: reap it; its unfinished futures fail; the pool is broken."""
        self.broken = True
        if worker.status is None:
            with contextlib.suppress(ChildProcessError):
                worker.status = os.waitpid(worker.pid, 0)[1]
            if worker.status is None:
                worker.status = 0
        message = self._death(worker)
        self.death = self.death or message
        while worker.pending:
            worker.pending.popleft().settle(False, message)

    @staticmethod
    def _death(worker: _Worker) -> str:
        status = worker.status or 0
        if os.WIFSIGNALED(status):
            how = f"was killed by signal {os.WTERMSIG(status)}"
            if os.WTERMSIG(status) == signal.SIGKILL:
                how += " (out of memory?)"
        else:
            how = f"exited with status {os.waitstatus_to_exitcode(status)}"
        return f"a worker process {how} before it finished its block"

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """End the workers: after their tasks, or at once with ``cancel_futures`` (unfinished
        futures then fail). ``wait``: reap them before returning (always done with
        ``cancel_futures``)."""
        for worker in self.workers:
            if worker.tasks >= 0:
                with contextlib.suppress(OSError):
                    os.close(worker.tasks)  # the end of its tasks: it leaves after them
                worker.tasks = -1
            if cancel_futures and worker.status is None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(worker.pid, signal.SIGKILL)
        if not (wait or cancel_futures):
            return
        while not cancel_futures and any(w.pending for w in self.workers):
            self.wait()  # their results, before they are reaped
        for worker in self.workers:
            if worker.status is None:
                with contextlib.suppress(ChildProcessError):
                    worker.status = os.waitpid(worker.pid, 0)[1]
                worker.status = worker.status or 0
            while worker.pending:
                worker.pending.popleft().settle(False, "the pool was shut down")
            if worker.results >= 0:
                with contextlib.suppress(OSError):
                    os.close(worker.results)
                worker.results = -1
        for fd in (fd for stages in self.staging for fd in stages):
            with contextlib.suppress(OSError):
                os.close(fd)
        self.staging = []
