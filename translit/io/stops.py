"""The signals that stop a run as Ctrl-C does, in one place that costs nothing to import.

:data:`STOPS` is read by the command line (which makes SIGTERM and SIGHUP stop every command
as Ctrl-C does), by the runner (held back while workers start, ignored while a stopped run
cleans up) and by the workers (which ignore them and leave the decision to the parent).
SIGHUP is a closed terminal or a lost ssh session: left to its default action, it killed the
run on the spot, leaving a temporary file and no report.

>>> [s.name for s in STOPS][:2]
['SIGINT', 'SIGTERM']
"""

from __future__ import annotations

import signal

__all__ = ["STOPS"]

#: the signals that stop a run as Ctrl-C does (the command's own process handles them: exit
#: 128 + the signal, report written, outputs dropped); workers ignore them
STOPS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)
