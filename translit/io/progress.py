"""A one-line progress bar on stderr: bytes done / total, rate and time left.

Drawn only when enabled (stderr is a terminal and ``--quiet`` was not given), at most five times
a second, and erased when done so the summary line follows on a clean line.

    >>> p = Progress(total=100, enabled=False)
    >>> p.advance(50)
    >>> p.done
    50
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

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
    """Tracks bytes done and redraws the bar (see the module docstring)."""

    def __init__(self, total: int | None, *, enabled: bool, stream: TextIO | None = None) -> None:
        self.total = total
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.done = 0
        self.start = time.monotonic()
        self._last = 0.0
        self._drawn = False

    def advance(self, n: int) -> None:
        """Count ``n`` more bytes done."""
        self.done += n
        if self.enabled:
            now = time.monotonic()
            if now - self._last >= 0.2:
                self._last = now
                self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-6)
        rate = self.done / elapsed
        if self.total:
            frac = min(self.done / self.total, 1.0)
            bar = "#" * int(frac * 24)
            left = (self.total - self.done) / rate if rate else 0
            eta = f"ETA {int(left) // 60}:{int(left) % 60:02d}"
            line = (
                f"[{bar:<24}] {frac:4.0%} {human_bytes(self.done)}/{human_bytes(self.total)}"
                f" {human_bytes(rate)}/s {eta}"
            )
        else:
            line = f"{human_bytes(self.done)} {human_bytes(rate)}/s"
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """Erase the bar."""
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = False
