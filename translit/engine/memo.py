"""The interpreter's word memo, bounded without cliffs: when full, the oldest half of the
entries goes (never all of them), so a long diverse text keeps the words of the text at hand.
Its content never changes a result; it only saves interpreting a word again. (The C engine
has no memo: converting a word in C costs about what looking it up would.)
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice
from typing import Any

__all__ = ["MAX_KEY", "WORD_MEMO", "Memo", "make_room"]


WORD_MEMO = 1 << 17  # entries; when full, the oldest half goes
MAX_KEY = 64  # longer keys are computed, not stored


def make_room(memo: Any, size: int, incoming: int) -> None:
    """Forget the oldest entries of ``memo`` (a dict in insertion order) so ``incoming`` fit.

    At least half the memo is kept when it can be, so a full memo never starts over (no cliff):
    the newest words, those of the text at hand, stay.
    """
    excess = len(memo) + incoming - size
    if excess > 0:
        excess = max(excess, len(memo) // 2) if incoming < size // 2 else len(memo)
        for key in list(islice(memo, excess)):  # (one C-level pass: no other thread runs)
            memo.pop(key, None)


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
