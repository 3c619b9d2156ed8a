"""Atomic output files: write to a temporary file beside the target, fsync, then rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from typing import IO

__all__ = ["TEMP_PREFIX", "atomic_write"]

#: Temporary files are named ``.translit-tmp-<target>-<random>`` so a leftover one is
#: recognisable (and removable) as translit's.
TEMP_PREFIX = ".translit-tmp-"


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike[str],
    *,
    encoding: str = "utf-8",
    errors: str = "strict",
    newline: str = "",
    keep_mode_of: str | os.PathLike[str] | None = None,
) -> Iterator[IO[str]]:
    """Open a text file for writing that appears at ``path`` only once complete.

    On an exception the temporary file is removed and ``path`` is left untouched.
    """
    target = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(target))
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX + os.path.basename(target) + "-", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding=encoding, errors=errors, newline=newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        mode_source = (
            keep_mode_of
            if keep_mode_of is not None
            else (target if os.path.exists(target) else None)
        )
        if mode_source is not None:
            os.chmod(tmp, os.stat(mode_source).st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
