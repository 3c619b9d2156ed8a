"""The package's data files (``translit/data/``): the one place that knows where they live.

Internal: the modules that own each file read it through here with names of their own (a
caller's scheme or language name never reaches a path; see :func:`translit.catalogue.locate`).

Scheme files, alphabets, normalisation and detection data ship inside the package; a wheel
installs them as plain files beside the modules, so they are found from this module's own
location and read with ``open`` and ``os.listdir``. (``importlib.resources`` finds the same
files, but importing it pulls in pathlib, tempfile, shutil and zipfile: about 10 ms of every
``translit`` start, as much as a short run spends converting.)

A TOML file is parsed once per installation, not once per process: :func:`load_toml` keeps
what it parsed beside the file, in ``__pycache__/<name>.<cache tag>.marshal``, as Python keeps
``.pyc`` files, and reads that while the file's modification time and size still match (a
tenth of a small run's instructions went to importing ``tomllib`` and parsing; detection and
``translit schemes`` read many more files). Python's own settings apply: nothing is written
under ``PYTHONDONTWRITEBYTECODE``, ``PYTHONPYCACHEPREFIX`` moves the copies, and a folder that
cannot be written (a system-wide install) is parsed each time, as before. A copy that cannot be
read back (truncated, another Python) is parsed again and rewritten.

    >>> load_toml("alphabets.toml")["ru"][:6]
    'абвгде'
    >>> "bgn-pcgn.toml" in listdir("schemes", "ru")
    True
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from typing import Any

#: The data folder (``translit/data``).
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def read_text(*parts: str) -> str:
    """The UTF-8 text of the data file ``parts`` (e.g. ``"schemes", "ru", "iso-9.toml"``);
    raises :class:`FileNotFoundError` when there is none."""
    with open(os.path.join(ROOT, *parts), encoding="utf-8") as fh:
        return fh.read()


def load_toml(*parts: str) -> dict[str, Any]:
    """The data file ``parts`` parsed as TOML (:class:`tomllib.TOMLDecodeError`, a
    :class:`ValueError`, if it is not), from its parsed copy when that is current (see the
    module docstring)."""
    path = os.path.join(ROOT, *parts)
    with open(path, "rb") as fh:
        st = os.fstat(fh.fileno())
        stamp = (_MAGIC, st.st_mtime_ns, st.st_size)
        copy = _copy_path(path)
        found = _read_copy(copy, stamp)
        if found is not None:
            return found
        text = fh.read().decode("utf-8")
    import tomllib  # only when a file has no current copy: importing it costs 3 ms

    data = tomllib.loads(text)
    _write_copy(copy, stamp, data)
    return data


#: what a parsed copy starts with: a change to what copies hold makes the old ones stale
_MAGIC = "translit-toml-1"


def _copy_path(path: str) -> str:
    """Where the parsed copy of the data file ``path`` lives (``__pycache__`` beside it, or
    under ``sys.pycache_prefix``, as for ``.pyc`` files)."""
    head, name = os.path.split(path)
    folder = (
        os.path.join(sys.pycache_prefix, os.path.splitdrive(head)[1].lstrip(os.sep))
        if sys.pycache_prefix
        else os.path.join(head, "__pycache__")
    )
    return os.path.join(folder, f"{name}.{sys.implementation.cache_tag}.marshal")


def _read_copy(copy: str, stamp: tuple[str, int, int]) -> dict[str, Any] | None:
    """The data of ``copy`` if it is there, whole and made from the file as ``stamp`` says."""
    try:
        with open(copy, "rb") as fh:
            found = marshal.loads(fh.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if type(found) is tuple and len(found) == 2 and found[0] == stamp and type(found[1]) is dict:
        return found[1]
    return None


def _write_copy(copy: str, stamp: tuple[str, int, int], data: dict[str, Any]) -> None:
    """Keep ``data`` in ``copy`` for the next process, written whole or not at all (another
    process may be reading it). Quietly nothing when it cannot be: bytecode writing turned off,
    a folder that cannot be written, values marshal does not hold (TOML dates)."""
    if sys.dont_write_bytecode:
        return
    try:
        blob = marshal.dumps((stamp, data))
    except ValueError:
        return
    tmp = f"{copy}.{os.getpid()}.{id(data)}.tmp"  # (threads of one process too)
    try:
        os.makedirs(os.path.dirname(copy), exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(blob)
        os.replace(tmp, copy)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def listdir(*parts: str) -> list[str]:
    """The names in the data folder ``parts``, sorted (empty when there is no such folder)."""
    try:
        return sorted(os.listdir(os.path.join(ROOT, *parts)))
    except (FileNotFoundError, NotADirectoryError):
        return []


def is_dir(*parts: str) -> bool:
    """Whether ``parts`` names a folder of the data."""
    return os.path.isdir(os.path.join(ROOT, *parts))
