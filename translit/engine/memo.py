"""The engine's memos: the C token memo when built, the bounded dict memo otherwise.

Both are bounded without cliffs: when full, the oldest half of the entries goes (never all of
them), so a long diverse text keeps the tokens of the text at hand. A memo's content never
changes a result; it only saves converting a token or word again.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from itertools import islice
from typing import Any

__all__ = ["BACKEND", "MAX_KEY", "NATIVE", "TOKEN_MEMO", "WORD_MEMO", "Memo", "make_room"]


def _native_memo() -> Callable[[], Any] | None:
    """The C token memo (``translit._speedups``, from ``src/_speedups.c``) if built, else ``None``.

    ``TRANSLIT_PURE_PYTHON=1`` in the environment turns it off (the output is the same).
    Where the source tree shadows an installed copy (tests run from the repository root), the
    compiled module is found beside the installed package (:func:`_installed_speedups`).
    """
    if os.environ.get("TRANSLIT_PURE_PYTHON", "") not in ("", "0"):
        return None
    try:
        import translit._speedups as native  # (the C extension: no Python module of ours)
    except ImportError:
        native = _installed_speedups()
        if native is None:  # built without a C compiler: the dict memo does the same job
            return None
    return native.TokenMemo if getattr(native, "API_VERSION", 0) == API_VERSION else None


def _installed_speedups() -> Any:
    """``translit/_speedups*.so`` of another ``translit`` on ``sys.path`` (the installed one
    when this package is a source tree that shadows it), loaded as ``translit._speedups``."""
    import sys
    from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader
    from importlib.util import module_from_spec, spec_from_loader
    from pathlib import Path

    here = Path(__file__).resolve().parent.parent
    for entry in sys.path:
        folder = Path(entry or ".").resolve() / "translit"
        if folder == here or not folder.is_dir():
            continue
        for suffix in EXTENSION_SUFFIXES:
            path = folder / f"_speedups{suffix}"
            if path.is_file():
                loader = ExtensionFileLoader("translit._speedups", str(path))
                spec = spec_from_loader("translit._speedups", loader)
                if spec is None:
                    continue
                module = module_from_spec(spec)
                loader.exec_module(module)
                sys.modules["translit._speedups"] = module
                return module
    return None


API_VERSION = 2  # the C module's API_VERSION this engine speaks
NATIVE = _native_memo()
BACKEND = "native" if NATIVE else "python"  # which token memo new Romanizers use

TOKEN_MEMO = 1 << 17  # entries; when full, the oldest half goes
WORD_MEMO = 1 << 17
MAX_KEY = 64  # longer keys are computed, not stored


def make_room(memo: Any, size: int, incoming: int) -> None:
    """Forget the oldest entries of ``memo`` (a dict in insertion order) so ``incoming`` fit.

    At least half the memo is kept when it can be, so a full memo never starts over (no cliff):
    the newest tokens, those of the text at hand, stay.
    """
    excess = len(memo) + incoming - size
    if excess > 0:
        excess = max(excess, len(memo) // 2) if incoming < size // 2 else len(memo)
        if isinstance(memo, dict):
            for key in list(islice(memo, excess)):  # (one C-level pass: no other thread runs)
                memo.pop(key, None)
        else:  # the C memo keeps its newest entries itself
            memo.trim(len(memo) - excess)


class Memo(dict[str, str]):
    """A dict that computes missing values with ``fn``, bounded: the oldest go first."""

    __slots__ = ("_fn", "_max")

    def __init__(self, fn: Callable[[str], str], size: int) -> None:
        super().__init__()
        self._fn = fn
        self._max = size

    def __missing__(self, key: str) -> str:
        value = self._fn(key)
        if len(key) <= MAX_KEY:
            make_room(self, self._max, 1)
            self[key] = value
        return value
