"""Plain text: the transform sees whole lines (or whitespace-cut pieces of a very long line).

>>> Text().apply(str.upper, "ab\\ncd\\n")
('AB\\nCD\\n', 2)
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import ne
from typing import Any, ClassVar

from ...script import LINE_END_RE, lone_cr
from ..textio import HARD_LIMIT, cut_lines, cut_text
from ._base import Format, Transform, register

__all__ = ["Text"]


@register
@dataclass(frozen=True, eq=False, repr=False)  # (see ARCHITECTURE.md, "Start-up")
class Text(Format):
    """Plain text; line endings are kept exactly.

    ``whole_lines``: never cut inside a line (for transforms whose matches may span spaces,
    such as multi-word glossary terms); a very long line is then held in memory whole.
    ``forced``: with ``whole_lines``, a line past 64 MiB is cut there all the same, where
    without it the line fails its input (for a transform that decides per line and can go on
    in pieces: normalize's mojibake repair, which converted such a line before it read lines
    whole).
    """

    whole_lines: bool = False
    forced: bool = False
    kinds: ClassVar[tuple[str, ...]] = ("text",)
    extensions: ClassVar[dict[str, tuple[str, ...]]] = {"text": (".txt",)}
    selects: ClassVar[str] = ""
    title: ClassVar[str] = "plain text"
    summary: ClassVar[str] = "the whole text"
    name = "text"

    @classmethod
    def build(cls, kind: str, **options: Any) -> Text:
        return cls()

    def for_spec(self, spec: Any) -> Text:
        if not getattr(spec, "whole_lines", False):
            return self
        return Text(whole_lines=True, forced=getattr(spec, "forced_cut", False))

    def cut(self, buf: str) -> int:
        return cut_lines(buf) if self.whole_lines else cut_text(buf)

    def hard_limit(self) -> int | None:
        return None if self.whole_lines and not self.forced else HARD_LIMIT

    def apply(self, fn: Transform, block: str) -> tuple[str, int]:
        # (imported here: importing the formats stays light; a transform has loaded it by now)
        from ...engine.native import changed_lines

        out = fn(block)
        if lone_cr(block):  # a CR alone ends a line too (translit.script.line_ends)
            return out, _changed_lines(block, out)
        return out, changed_lines(block, out)


def _changed_lines(a: str, b: str) -> int:
    r""":func:`~translit.engine.native.changed_lines` with lines ended at LF, CRLF or a CR
    alone (:data:`~translit.script.LINE_END_RE`), for a text holding a CR alone.

    >>> _changed_lines("ab\rcd\rx", "ab\rCD\rx")
    1
    """
    if a == b:
        return 0
    old, new = LINE_END_RE.split(a), LINE_END_RE.split(b)
    if len(old) != len(new):
        return max(len(old), len(new))
    return sum(map(ne, old, new))
