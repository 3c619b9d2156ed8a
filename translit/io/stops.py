"""The signals that stop a run as Ctrl-C does, in one place that costs nothing to import.

:data:`STOPS` is read by the command line (which makes SIGTERM and SIGHUP stop every command
as Ctrl-C does), by the runner (held back while workers start, ignored while a stopped run
cleans up) and by the workers (which ignore them and leave the decision to the parent).
SIGHUP is a closed terminal or a lost ssh session: left to its default action, it killed the
run on the spot, leaving a temporary file and no report. :func:`held` holds them back for a
moment that must not be cut (a file's last rename, the workers' start).

>>> [s.name for s in STOPS][:2]
['SIGINT', 'SIGTERM']
"""

from __future__ import annotations

import contextlib
import signal
import sys
from collections.abc import Iterator

TYPE_CHECKING = False  # (typing, not imported here: the command line's first import)
if TYPE_CHECKING:
    from typing import NoReturn

__all__ = ["STOPPED", "STOPS", "end_stopped", "held", "stop_early", "stopped"]

#: the signals that stop a run as Ctrl-C does (the command's own process handles them: exit
#: 128 + the signal, report written, outputs dropped); workers ignore them
STOPS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


#: the stop signal (SIGTERM, SIGHUP) that ended the running command, if one did
STOPPED: list[int] = []


def stopped(signum: int, frame: object) -> None:
    """Stop the command (a ``KeyboardInterrupt``, as Ctrl-C) on the first SIGTERM or SIGHUP;
    a later one is only recorded (the command line's ``stop_code``): it came while the command
    was already stopping, and raised there it cut the stop short before its report (a Dask run
    whose second SIGTERM arrived before the run's handler ignored further stops)."""
    first = not STOPPED
    STOPPED.append(signum)
    if first:
        raise KeyboardInterrupt("terminated")


def stop_early() -> None:
    """Make SIGTERM and SIGHUP stop the process as Ctrl-C does from here on (the command
    line's first step, before it imports anything: killed by their default action while it
    loaded, a run ended with the signal's status and no word). A signal the process was
    started with ignored (``nohup``) stays ignored; only the main thread can set handlers."""
    for signum in STOPS[1:]:
        try:
            if signal.getsignal(signum) is signal.SIG_DFL:
                signal.signal(signum, stopped)
        except ValueError:  # pragma: no cover - not the main thread
            return


def end_stopped() -> NoReturn:
    """End a process stopped before the command line could say so (a stop while it loads):
    ``translit: interrupted`` (``by SIGTERM``…) and exit 128 + the signal, 130 for Ctrl-C,
    as the command line's own ``stop`` does."""
    by = f" by {signal.Signals(STOPPED[-1]).name}" if STOPPED else ""
    if sys.stderr is not None:  # (None: started with stderr closed)
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(f"translit: interrupted{by}\n")
    sys.exit(128 + STOPPED[-1] if STOPPED else 130)


@contextlib.contextmanager
def held() -> Iterator[None]:
    """Hold :data:`STOPS` back in this thread (and in a process it forks meanwhile, until that
    sets its own handlers); a signal that came meanwhile is delivered as the block ends.

    >>> with held():
    ...     signal.SIGTERM in signal.pthread_sigmask(signal.SIG_BLOCK, [])
    True
    >>> signal.SIGTERM in signal.pthread_sigmask(signal.SIG_BLOCK, [])
    False
    """
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, STOPS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
