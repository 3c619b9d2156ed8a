"""The package's data files (``translit/data/``): the one place that knows where they live.

Internal: the modules that own each file read it through here with names of their own (a
caller's scheme or language name never reaches a path; see :func:`translit.catalogue.locate`).

Scheme files, alphabets, normalisation and detection data ship inside the package; a wheel
installs them as plain files beside the modules, so they are found from this module's own
location and read with ``open`` and ``os.listdir``. (``importlib.resources`` finds the same
files, but importing it pulls in pathlib, tempfile, shutil and zipfile: about 10 ms of every
``translit`` start, as much as a short run spends converting.)

    >>> load_toml("alphabets.toml")["ru"][:6]
    'абвгде'
    >>> "bgn-pcgn.toml" in listdir("schemes", "ru")
    True
"""

from __future__ import annotations

import os
import tomllib
from typing import Any

#: The data folder (``translit/data``).
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def read_text(*parts: str) -> str:
    """The UTF-8 text of the data file ``parts`` (e.g. ``"schemes", "ru", "iso-9.toml"``);
    raises :class:`FileNotFoundError` when there is none."""
    with open(os.path.join(ROOT, *parts), encoding="utf-8") as fh:
        return fh.read()


def load_toml(*parts: str) -> dict[str, Any]:
    """The data file ``parts`` parsed as TOML (:class:`tomllib.TOMLDecodeError` if it is not)."""
    return tomllib.loads(read_text(*parts))


def listdir(*parts: str) -> list[str]:
    """The names in the data folder ``parts``, sorted (empty when there is no such folder)."""
    try:
        return sorted(os.listdir(os.path.join(ROOT, *parts)))
    except (FileNotFoundError, NotADirectoryError):
        return []


def is_dir(*parts: str) -> bool:
    """Whether ``parts`` names a folder of the data."""
    return os.path.isdir(os.path.join(ROOT, *parts))
