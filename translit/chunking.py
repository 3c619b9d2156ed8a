"""Streaming text through a converter in pieces, cut only where the cut cannot change the result.

Shared by :class:`translit.engine.Romanizer` and :class:`translit.reversal.Reverser`: each
gives its own ``convert`` function and ``safe_cut`` (the largest index at which a text can be
cut without changing the output); the carrying of the unsafe tail lives here once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from .errors import ParameterError, want_str


def convert_chunks(
    chunks: Iterable[str], convert: Callable[[str], str], safe_cut: Callable[[str], int]
) -> Iterator[str]:
    """``convert`` over text pieces cut anywhere; the output equals converting their join.

    >>> "".join(convert_chunks(["ab c", "d e"], str.upper, lambda t: t.rfind(" ") + 1))
    'AB CD E'
    """
    carry = ""
    for piece in chunks:
        if not isinstance(piece, str):  # None was skipped, and a binary stream's b"" at its
            raise TypeError(  # end never ended convert_stream
                f"a piece of the text is {type(piece).__name__}, not str (open the file in "
                "text mode, or decode the bytes)"
            )
        chunk = want_str(piece, "")  # (a subclass read as its text)
        if not chunk:
            continue
        text = carry + chunk
        cut = safe_cut(text)
        carry = text[cut:]
        if cut:
            yield convert(text[:cut])
    if carry:
        yield convert(carry)


def convert_stream(
    src: IO[str],
    dst: IO[str],
    convert: Callable[[str], str],
    safe_cut: Callable[[str], int],
    chunk_size: int = 1 << 16,
) -> None:
    """Read ``src`` ``chunk_size`` characters at a time and write the converted text to ``dst``."""
    if chunk_size < 1:  # read(0) is "", which would end the stream before its first character
        raise ParameterError(f"chunk_size must be a positive number of characters: {chunk_size}")
    read: Any = getattr(src, "read", None)
    write: Any = getattr(dst, "write", None)
    for name, method, value in (("src", read, src), ("dst", write, dst)):
        if not callable(method):  # (a file name: "'str' object has no attribute 'read'")
            raise TypeError(
                f"`{name}` is a text stream (an open file, io.StringIO), not {type(value).__name__}"
            )
    for out in convert_chunks(iter(lambda: read(chunk_size), ""), convert, safe_cut):
        write(out)
