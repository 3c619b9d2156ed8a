"""Plain text: the transform sees whole lines (or whitespace-cut pieces of a very long line).

>>> Text().apply(str.upper, "ab\\ncd\\n")
('AB\\nCD\\n', 2)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from ..textio import HARD_LIMIT, cut_lines, cut_text
from . import Format, Transform, register

__all__ = ["Text"]


@register
@dataclass(frozen=True)
class Text(Format):
    """Plain text; line endings are kept exactly.

    ``whole_lines``: never cut inside a line (for transforms whose matches may span spaces,
    such as multi-word glossary terms); a very long line is then held in memory whole.
    """

    whole_lines: bool = False
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
        return Text(whole_lines=True) if getattr(spec, "whole_lines", False) else self

    def cut(self, buf: str) -> int:
        return cut_lines(buf) if self.whole_lines else cut_text(buf)

    def hard_limit(self) -> int | None:
        return None if self.whole_lines else HARD_LIMIT

    def apply(self, fn: Transform, block: str) -> tuple[str, int]:
        # (imported here: importing the formats stays light; a transform has loaded it by now)
        from ...engine.native import changed_lines

        out = fn(block)
        return out, changed_lines(block, out)
