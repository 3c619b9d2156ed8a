"""The one I/O layer of the command line: inputs, outputs, atomic writes.

Commands never open files themselves; they call these helpers so that every command treats
stdin, line endings, encodings and atomic output the same way.
"""

from __future__ import annotations

from .atomic import atomic_write

__all__ = ["atomic_write"]
