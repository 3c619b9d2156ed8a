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
from collections.abc import Iterator

__all__ = ["STOPS", "held"]

#: the signals that stop a run as Ctrl-C does (the command's own process handles them: exit
#: 128 + the signal, report written, outputs dropped); workers ignore them
STOPS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


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
