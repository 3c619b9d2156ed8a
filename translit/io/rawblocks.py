"""Blocks of undecoded bytes, so that worker processes decode, convert and encode in parallel.

With ``-j 2`` on one large file, the parent process would otherwise decode every block, send
it to a worker as text (pickling encodes it to UTF-8 again), get text back (decoded again) and
encode it for the output: about a quarter of the work, all on one core. When both the input's
and the output's encodings are *byte-transparent* (:func:`transparent`: UTF-8 or a one-byte
ASCII-compatible code page such as cp1251 or KOI8-R) and the format's blocks are whole lines,
the parent only reads bytes, cuts them at line ends (:func:`raw_blocks`) and writes the bytes
the workers return; a worker decodes a block with :func:`translit.io.textio.read_blocks`
(the same decoder, errors and messages as every input), converts it and encodes the result.

Blocks are cut the same way whatever the number of workers, so the output is byte-identical
for any ``jobs``. Cutting never changes a byte: a block ends after a ``\\n`` (so ``\\r\\n``
stays whole), or, in a plain-text line longer than the chunk size, after a run of ASCII
whitespace that is followed by a non-whitespace character; a line with no such place is kept
whole up to ``hard_limit`` bytes and then cut at a character boundary.

    >>> list(raw_blocks(io.BytesIO(b"a\\r\\nb\\r\\nc"), b"", "utf-8", chunk_size=2))
    [b'a\\r\\n', b'b\\r\\n', b'c']
    >>> transparent("cp1251"), transparent("utf-16")
    (True, False)
"""

from __future__ import annotations

import codecs
import functools
import io
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from .textio import cut_lines, read_blocks

__all__ = ["decode", "line_mode", "raw_blocks", "transparent"]

_ASCII = bytes(range(128))
_WS = rb" \t\r\x0b\x0c\x1c-\x1f"
_WS_THEN_TEXT = re.compile(rb"[" + _WS + rb"](?=[^" + _WS + rb"\n])")


@functools.cache
def transparent(encoding: str) -> bool:
    """Whether ``encoding`` can be cut between any two characters of its bytes and maps ASCII
    to itself: UTF-8 and one-byte code pages (not UTF-16/32, a BOM-writing or shifting codec).
    """
    try:
        info = codecs.lookup(encoding)
    except (LookupError, ValueError):  # ValueError: a NUL in the name
        return False
    if info.name == "utf-8":
        return True
    module = sys.modules.get(getattr(info.incrementaldecoder, "__module__", ""), None)
    if not hasattr(module, "decoding_table") and info.name not in ("iso8859-1", "ascii"):
        return False  # not a one-byte charmap codec
    try:
        return _ASCII.decode(info.name) == _ASCII.decode("ascii")
    except UnicodeDecodeError:
        return False


def line_mode(fmt: Any) -> str | None:
    """How blocks of ``fmt`` may be cut as bytes: ``"lines"`` (only at a line end), ``"text"``
    (plain text: also after whitespace inside a very long line) or None (the format needs its
    text: a header, quotes that may hold a newline…). Asked of the format's own ``cut``."""
    from .formats import Format

    if type(fmt).start is not Format.start:
        return None  # binds to a header: the parent must read it as text
    if fmt.cut("a\nb") != 2 or fmt.cut('"a\nb') != 3:
        return None  # a newline is not always a record boundary (CSV quotes)
    if fmt.cut("ab cd") == 0:
        return "lines"
    return "text" if fmt.cut("ab cd") == 3 else None


def _cut(buf: bytearray, start: int, mode: str, encoding: str) -> int:
    """Where ``buf`` may end: after its last line end at or after ``start``; in ``text`` mode
    else after its last ASCII whitespace run followed by a character that is not whitespace
    (only near ``start`` and after: the bytes before had no such place)."""
    at = buf.rfind(b"\n", start) + 1
    if at or mode != "text":
        return at
    lowest = max(0, start - 4)  # a character cut short at the old end is looked at again
    tail = max(lowest, len(buf) - 4096)
    while True:
        for m in reversed(list(_WS_THEN_TEXT.finditer(buf, tail))):
            nxt = _next_char(buf, m.end(), encoding)
            if nxt is not None and not nxt.isspace():  # e.g. a no-break space in UTF-8
                return m.end()
        if tail == lowest:
            return 0
        tail = max(lowest, tail - (1 << 20))


def _next_char(buf: bytearray, at: int, encoding: str) -> str | None:
    """The character starting at ``buf[at]`` (None: not complete in ``buf``, or not valid)."""
    for size in range(1, 5):
        if at + size > len(buf):
            return None
        try:
            return bytes(buf[at : at + size]).decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _boundary(buf: bytearray, at: int, encoding: str) -> int:
    """``at`` moved back to the start of a character (UTF-8 continuation bytes skipped)."""
    if codecs.lookup(encoding).name == "utf-8":
        while at > 0 and 0x80 <= buf[at] < 0xC0:
            at -= 1
    return at


def raw_blocks(
    raw: BinaryIO,
    head: bytes,
    encoding: str,
    *,
    chunk_size: int = 1 << 20,
    mode: str = "text",
    hard_limit: int | None = None,
    on_read: Callable[[int], None] | None = None,
) -> Iterator[bytes]:
    """The bytes of ``raw`` (after ``head``, already read) in blocks cut as the module says."""
    buf = bytearray()
    searched = 0  # no cut lies before this offset of buf
    limit = 1
    pending = head
    while True:
        data = pending or raw.read(chunk_size)
        pending = b""
        if not data:
            break
        if on_read is not None:
            on_read(len(data))
        buf += data
        if len(buf) < limit:
            continue
        at = _cut(buf, searched, mode, encoding)
        if not at and hard_limit is not None and len(buf) >= hard_limit:
            at = _boundary(buf, len(buf) - 1, encoding) or len(buf)
        if at:
            block = bytes(buf[:at])
            del buf[:at]
            searched = 0
            limit = 1
            yield block
        else:
            searched = len(buf)
            limit = len(buf) + chunk_size  # keep reading: the line is not complete yet
    if buf:
        yield bytes(buf)


def decode(block: bytes, encoding: str, errors: str) -> str:
    """``block`` as text, by the one input decoder (:func:`read_blocks`: an undecodable byte
    raises :class:`~translit.io.textio.InputError` with its line, counted from the block).

    >>> decode("Щи\\n".encode("koi8-r"), "koi8-r", "strict")
    'Щи\\n'
    """
    pieces = read_blocks(
        io.BytesIO(block), encoding, errors, chunk_size=len(block) + 1, cut=cut_lines
    )
    return "".join(pieces)
