"""The value methods of the package's public dataclasses, written once.

A class declared ``@dataclass(eq=False, repr=False)`` (``frozen=True`` or not) on top of
:class:`Record` compares, hashes and shows itself as dataclasses would have generated it
to: ``==`` between instances of the same class, field by field; ``hash()`` of the fields'
values when the class is frozen (a mutable one sets ``__hash__ = None``, unhashable as
dataclasses makes it); the ``Name(field=value, ...)`` repr. They read the fields when
called, where dataclasses compiles three methods per class when the class is made (Python
3.11: one ``exec`` each), which every start of the command line paid for every class.

    >>> from dataclasses import dataclass
    >>> @dataclass(frozen=True, eq=False, repr=False)
    ... class Point(Record):
    ...     x: int
    ...     y: int = 0
    >>> Point(1), Point(1) == Point(1, 0), Point(1) == Point(2), hash(Point(1)) == hash((1, 0))
    (Point(x=1, y=0), True, False, True)
"""

from __future__ import annotations

import reprlib
from dataclasses import Field, fields
from typing import Any

__all__ = ["Record"]


class Record:
    """The base of a dataclass made with ``eq=False, repr=False`` (see the module docstring)."""

    __slots__ = ()

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in _fields(self) if f.repr)
        return f"{self.__class__.__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _values(self, "compare") == _values(other, "compare")

    def __hash__(self) -> int:
        return hash(_values(self, "hash"))


def _fields(record: Any) -> tuple[Field[Any], ...]:
    return fields(record)


def _values(record: Any, use: str) -> tuple[Any, ...]:
    """The values of the fields of ``record`` that ``==`` compares (``use="compare"``) or
    ``hash()`` reads (``"hash"``: a field's ``hash``, else its ``compare``), in order."""
    return tuple(
        getattr(record, f.name)
        for f in _fields(record)
        if (f.compare if use == "compare" or f.hash is None else f.hash)
    )
