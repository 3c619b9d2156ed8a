"""The progress bar on stderr: tqdm's, fed with the bytes a run reads.

tqdm is imported only when a bar is drawn (stderr is a terminal, or ``--progress``), so
``import translit``, ``translit --help`` and quiet or piped runs never pay for it (a test checks
that it is not imported; ``bench/bench_startup.py`` times the import and ``--help``). The bar shows bytes done / total, the rate and the time left, and
is erased when done so the summary line follows on a clean line.

    >>> p = Progress(total=100, enabled=False)
    >>> p.advance(50)
    >>> p.done
    50
"""

from __future__ import annotations

import sys
from typing import Any, TextIO

__all__ = ["Progress", "human_bytes"]


def human_bytes(n: float) -> str:
    """``n`` bytes as a short human-readable size.

    >>> human_bytes(1536)
    '1.5 KB'
    """
    for unit in ("B", "KB", "MB", "GB"):
        if abs(n) < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"  # pragma: no cover


class Progress:
    """Counts bytes done and, when ``enabled``, draws them with tqdm on ``stream``."""

    def __init__(self, total: int | None, *, enabled: bool, stream: TextIO | None = None) -> None:
        self.total = total
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.done = 0
        self.bar: Any = None

    def advance(self, n: int) -> None:
        """Count ``n`` more bytes done."""
        self.done += n
        if not self.enabled:
            return
        if self.bar is None:
            from tqdm import tqdm  # type: ignore[import-untyped,unused-ignore]

            class Bar(tqdm):  # type: ignore[misc,unused-ignore]
                monitor_interval = 0  # no monitor thread: -j forks the workers after the
                # first read (a thread alive at a fork is a hazard, and a warning from 3.12)

            self.bar = Bar(
                total=self.total,
                file=self.stream,
                unit="B",
                unit_scale=True,
                unit_divisor=1024,
                leave=False,
                dynamic_ncols=True,
                mininterval=0.2,
            )
        if self.total is not None and self.done > self.total:  # compressed inputs grow
            self.bar.total = self.done
        self.bar.update(n)

    def clear(self) -> None:
        """Erase the bar for a message; it comes back on the next update."""
        if self.bar is not None:
            self.bar.clear()

    def close(self) -> None:
        """Erase the bar for good."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None
