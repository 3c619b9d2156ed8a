"""Worker processes that die with their parent and leave Ctrl-C to it.

A batch with ``jobs > 1`` converts blocks in a :class:`~concurrent.futures.ProcessPoolExecutor`
whose workers are set up by :func:`_init`:

- on Linux, ``prctl(PR_SET_PDEATHSIG, SIGKILL)``: the kernel kills the worker the moment its
  parent dies, even by SIGKILL (the parent cannot clean up then); a parent that died between
  the fork and that call is caught by checking the parent's PID right after it;
- elsewhere, a watchdog thread checks every half second that the parent is still the same
  process and ends the worker otherwise;
- SIGINT and SIGTERM are ignored: Ctrl-C (or a ``kill`` of the group) reaches the whole
  process group, and only the parent decides what to do with it (finish the report, remove
  temporary files, exit 130 or 143), so workers never print a ``KeyboardInterrupt`` traceback
  nor die under a pool that is shutting down.

:func:`convert` is what a worker runs on a block; it never raises (an exception with an odd
constructor would not unpickle in the parent), it returns ``(ok, payload)``.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from .formats import Format
from .rawblocks import decode
from .textio import InputError

__all__ = ["Codec", "Done", "convert", "encode_failure", "start_pool"]

_PR_SET_PDEATHSIG = 1


def _die_with(parent: int) -> None:
    """Make this process end when ``parent`` does (see the module docstring)."""
    armed = False
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
        except (OSError, AttributeError):  # pragma: no cover - no libc prctl
            armed = False
    if os.getppid() != parent:  # the parent died before the worker could arm anything
        os._exit(1)
    if armed:
        return

    def watch() -> None:  # pragma: no cover - exercised on systems without PDEATHSIG
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="translit-parent-watchdog", daemon=True).start()


def _init(parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a worker killed by a SIGTERM sent to the
    # whole group could hang the pool's shutdown (seen once in four runs)
    if hasattr(signal, "pthread_sigmask"):  # forked while the parent held both back
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    _die_with(parent)


def start_pool(workers: int) -> Any:
    """A process pool of ``workers`` set up as the module docstring says."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    return ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context(method),
        initializer=_init,
        initargs=(os.getpid(),),
    )


#: for a block of bytes: (input encoding, errors, output encoding), see :mod:`.rawblocks`
Codec = tuple[str, str, str]


def convert(
    fmt: Format,
    fn: Callable[[str], str],
    block: str | bytes,
    skip: bool,
    codec: Codec | None = None,
) -> tuple[bool, Any]:
    """Convert ``block``: (True, (result, changed, skipped)) or (False, (message, line, tb)).

    A block of bytes (``codec`` given) is decoded first and its result encoded: the result is
    then bytes, ready for the output.
    """
    try:
        if codec is not None:
            assert isinstance(block, bytes)
            block = decode(block, codec[0], codec[1])
        assert isinstance(block, str)
        if skip:
            out, changed, skipped = fmt.apply_skipping(fn, block)
        else:
            out, changed = fmt.apply(fn, block)
            skipped = []
        if codec is None:
            return True, (out, changed, skipped)
        try:
            return True, (out.encode(codec[2], codec[1]), changed, skipped)
        except UnicodeEncodeError as exc:
            message, line = encode_failure(exc, codec[2])
            return False, (message, line, "")
    except InputError as exc:
        return False, (exc.message, exc.line, "")
    except Exception as exc:
        return False, (str(exc) or type(exc).__name__, 0, traceback.format_exc())


def encode_failure(exc: UnicodeEncodeError, encoding: str) -> tuple[str, int]:
    """What to say when a result cannot be written in ``encoding``: (message, line in it)."""
    line = exc.object.count("\n", 0, exc.start) + 1
    return (
        f"cannot encode {exc.object[exc.start : exc.end]!r} in {encoding}; choose "
        "errors='replace' or another output encoding",
        line,
    )


class Done:
    """A finished 'future' for work done in this process."""

    def __init__(
        self,
        fmt: Format,
        fn: Callable[[str], str],
        block: str | bytes,
        skip: bool,
        codec: Codec | None = None,
    ) -> None:
        self.value = convert(fmt, fn, block, skip, codec)

    def result(self) -> tuple[bool, Any]:
        """The value of :func:`convert`."""
        return self.value

    def cancel(self) -> bool:
        """Nothing to cancel."""
        return False
